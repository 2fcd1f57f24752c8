"""Reading level: the standard formulas from one pass over the words.

Counting follows textstat 0.7 exactly (what a word, a letter, a syllable and a difficult word
are), so each formula agrees with textstat's own function on the same sentences; the tests
hold that. Two things differ on purpose:

* sentences come from our splitter, not textstat's regex, which drops every segment of two
  words or fewer ("Buy now! Call today." is one sentence there) and cannot see headings;
* the reference list is not prose and is left out.

textstat calls every formula separately and recounts each time; here one pass per sentence
counts everything, and the formulas are arithmetic on the totals.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple, Sequence

from ..text import PreparedText
from .memo import WordMemo
from .syllables import syllable_count

# textstat's punctuation rules: an apostrophe survives only inside an English contraction.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_NON_WORD_CHAR = re.compile(r"[^\w]")

# Below these sizes the formulas were never validated (Flesch 1948 used 100-word samples;
# McLaughlin 1969 defines SMOG on 30 sentences). We still compute them, with a warning.
MIN_WORDS = 100
SMOG_MIN_SENTENCES = 30
# Sentences shorter than this are headings or fragments; ranking them as "hardest" misleads.
HARD_SENTENCE_MIN_WORDS = 8
HARDEST_SENTENCES = 3
LINSEAR_WRITE_SAMPLE = 100  # Linsear Write is defined on a 100-word sample
# Longer than any sentence an editor would publish (the longest in the seeds has 60 words):
# the text has lost its punctuation (a scrape, a transcript) and grades would mislead.
RUN_ON_WORDS = 250


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The Dale-Chall list of 3,000 familiar words, as textstat ships it."""
    text = resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


class _Counts(NamedTuple):
    words: int = 0
    tokens: int = 0  # whitespace tokens, punctuation-only ones included (ARI's denominator)
    characters: int = 0  # non-space characters (ARI)
    letters: int = 0  # word characters (Coleman-Liau)
    syllables: int = 0
    polysyllables: int = 0  # 3+ syllables (SMOG)
    fog_hard_words: int = 0  # 3+ syllables and not on the Dale-Chall list (Gunning Fog)
    unfamiliar_words: int = 0  # not on the Dale-Chall list (Dale-Chall)


_TRAILING = frozenset(",.;:!?)]\"")


def _words(sentence: str) -> tuple[list[str], int, int]:
    """Words as textstat counts them, plus whitespace tokens and non-space characters."""
    tokens = sentence.split()
    words = []
    for token in tokens:
        if not token.isalpha():
            # fast path for the usual "word," / "word." before the general rules
            if token[-1] in _TRAILING and token[:-1].isalpha():
                token = token[:-1]
            else:
                token = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", token))
        if token:
            words.append(token)
    return words, len(tokens), sum(map(len, tokens))


# word -> (letters, syllables, 3+ syllables, hard for Fog, not on the Dale-Chall list).
# Prose repeats its words, so each distinct word is looked up once per process; the memo is
# bounded by bytes, so endless streams of rare or enormous tokens cannot grow it (memo.py).
_FEATURES = WordMemo(max_bytes=48 * 2**20, value_bytes=200)


def _word_features(word: str) -> tuple[int, int, int, int, int]:
    lower = word.lower()
    letters = len(word) if word.isalpha() else len(_NON_WORD_CHAR.sub("", word))
    n = syllable_count(lower)
    familiar = lower in _easy_words()
    features = (letters, n, int(n >= 3), int(n >= 3 and not familiar), int(not familiar))
    _FEATURES[word] = features
    return features


def _count(sentence: str) -> tuple[_Counts, list[str]]:
    words, tokens, characters = _words(sentence)
    get = _FEATURES.get
    letters = syllables = poly = fog = unfamiliar = 0
    for word in words:
        f = get(word) or _word_features(word)
        letters += f[0]
        syllables += f[1]
        poly += f[2]
        fog += f[3]
        unfamiliar += f[4]
    counts = _Counts(len(words), tokens, characters, letters, syllables, poly, fog, unfamiliar)
    return counts, words


@dataclass(frozen=True)
class HardSentence:
    """A sentence worth rewriting first, with its own Flesch-Kincaid grade."""

    sentence_index: int
    text: str
    words: int
    grade: float


@dataclass(frozen=True)
class Readability:
    """Reading-level figures for the body of a document (reference list excluded).

    Formula values are ``None`` when the text has no words: a number there would be invented.
    """

    words: int
    sentences: int
    syllables: int
    polysyllabic_words: int
    characters: int
    letters: int
    flesch_reading_ease: float | None
    flesch_kincaid_grade: float | None
    gunning_fog: float | None
    smog_index: float | None
    coleman_liau_index: float | None
    automated_readability_index: float | None
    dale_chall_score: float | None
    linsear_write: float | None
    consensus_grade: float | None
    hardest_sentences: tuple[HardSentence, ...]
    sentence_grades: tuple[float | None, ...]  # per document sentence; None for references
    warnings: tuple[str, ...]

    GRADE_FORMULAS = (
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_grade",
        "linsear_write",
    )

    @property
    def dale_chall_grade(self) -> float | None:
        return None if self.dale_chall_score is None else dale_chall_to_grade(self.dale_chall_score)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    # Kincaid et al. 1975
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def dale_chall_to_grade(score: float) -> float:
    """Continuous reading of the Dale-Chall grade table (Chall & Dale 1995).

    The table maps 4.9 and below to grade 4 and below, then each further point to two grades
    (5.0-5.9: 5-6, 6.0-6.9: 7-8, ... 9.0-9.9: 13-15); we interpolate instead of binning so
    documents can be ranked.
    """
    return score if score < 5 else 2 * score - 5


def _linsear_write(per_sentence: Sequence[list[str]]) -> float:
    """Linsear Write on the first 100 words (O'Hayre 1966, as textstat computes it)."""
    easy = hard = sentences = 0
    remaining = LINSEAR_WRITE_SAMPLE
    for words in per_sentence:
        if remaining <= 0:
            break
        if not words:
            continue
        sentences += 1
        for word in words[:remaining]:
            n = syllable_count(word.lower())
            if n >= 3:
                hard += 1
            elif n > 0:
                easy += 1
        remaining -= len(words)
    if sentences == 0:
        return 0.0
    raw = (easy + 3 * hard) / sentences
    return (raw - 2 if raw <= 20 else raw) / 2


def measure_readability(prepared: PreparedText) -> Readability:
    """Count once per sentence, then apply every formula to the totals."""
    total = _Counts()
    grades: list[float | None] = [None] * len(prepared.sentences)
    per_sentence_words: list[list[str]] = []
    candidates: list[HardSentence] = []
    sentences = 0
    for sentence in prepared.body_sentences:
        counts, words = _count(sentence.text)
        if not words:
            continue
        sentences += 1
        per_sentence_words.append(words)
        total = _Counts(*(a + b for a, b in zip(total, counts)))
        grade = flesch_kincaid_grade(counts.words, 1, counts.syllables)
        grades[sentence.index] = grade
        if counts.words >= HARD_SENTENCE_MIN_WORDS:
            candidates.append(HardSentence(sentence.index, sentence.text, counts.words, grade))
    hardest = tuple(sorted(candidates, key=lambda h: (-h.grade, h.sentence_index))[:HARDEST_SENTENCES])

    warnings = []
    if total.words == 0:
        warnings.append("no words to measure: readability formulas are not computed")
        return Readability(0, 0, 0, 0, total.characters, 0, *([None] * 9), (), tuple(grades), tuple(warnings))
    if total.words < MIN_WORDS:
        warnings.append(f"only {total.words} words (formulas are validated on {MIN_WORDS} or more): scores are unreliable")
    longest = max((len(words) for words in per_sentence_words), default=0)
    if longest > RUN_ON_WORDS:
        warnings.append(f"a sentence of {longest:,} words: the text lacks sentence punctuation, so grades are not meaningful")
    if sentences < SMOG_MIN_SENTENCES:
        warnings.append(f"SMOG is defined on {SMOG_MIN_SENTENCES} sentences; this text has {sentences}")

    w, s = total.words, sentences
    words_per_sentence = w / s
    syllables_per_word = total.syllables / w
    # Flesch 1948
    fre = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
    fkg = flesch_kincaid_grade(w, s, total.syllables)
    # Gunning 1952: hard words are 3+ syllables; textstat spares words on the Dale-Chall list
    fog = 0.4 * (words_per_sentence + 100 * total.fog_hard_words / w)
    # McLaughlin 1969, the 1.043 * sqrt(30 * polysyllables / sentences) + 3.1291 regression
    smog = 1.043 * (30 * total.polysyllables / s) ** 0.5 + 3.1291
    # Coleman & Liau 1975: letters and sentences per 100 words
    cli = 0.058 * (100 * total.letters / w) - 0.296 * (100 * s / w) - 15.8
    # Smith & Senter 1967: characters per token and words per sentence
    ari = 4.71 * total.characters / total.tokens + 0.5 * words_per_sentence - 21.43
    # Dale & Chall 1948, new formula 1995 constants; +3.6365 when over 5% unfamiliar words
    unfamiliar_percent = 100 * total.unfamiliar_words / w
    dale_chall = 0.1579 * unfamiliar_percent + 0.0496 * words_per_sentence
    if unfamiliar_percent > 5:
        dale_chall += 3.6365
    linsear = _linsear_write(per_sentence_words)
    # Consensus: the mean of the seven grade-level formulas without the highest and the lowest.
    # Continuous (unlike textstat's text_standard, a vote over rounded grades that ties often);
    # trimming keeps one formula's outlier (Linsear Write's 100-word sample, SMOG on a short
    # text) from dragging it. On OneStopEnglish it orders the three levels correctly for 95.2%
    # of topics, against 93.1% for the median of the seven.
    formula_grades = sorted([fkg, fog, smog, cli, ari, dale_chall_to_grade(dale_chall), linsear])
    consensus = statistics.fmean(formula_grades[1:-1])
    return Readability(
        words=w,
        sentences=s,
        syllables=total.syllables,
        polysyllabic_words=total.polysyllables,
        characters=total.characters,
        letters=total.letters,
        flesch_reading_ease=fre,
        flesch_kincaid_grade=fkg,
        gunning_fog=fog,
        smog_index=smog,
        coleman_liau_index=cli,
        automated_readability_index=ari,
        dale_chall_score=dale_chall,
        linsear_write=linsear,
        consensus_grade=consensus,
        hardest_sentences=hardest,
        sentence_grades=tuple(grades),
        warnings=tuple(warnings),
    )
