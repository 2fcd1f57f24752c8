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
from typing import Iterable, Iterator, NamedTuple

from ..resources import package_file
from ..text import PreparedText
from .memo import LONGEST_WORD
from .syllables import syllable_count

# textstat's punctuation rules: an apostrophe survives only inside an English contraction.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_NON_WORD_CHAR = re.compile(r"[^\w]")

# Below these sizes the formulas were never validated (Flesch 1948 used 100-word samples;
# McLaughlin 1969 defines SMOG on 30 sentences). We still compute them, with a warning.
MIN_WORDS = 100
SMOG_MIN_SENTENCES = 30
# Sentences shorter than this are headings or fragments; ranking them as "hardest" misleads. The
# one source of the floor: explain, the HTML report and readability diagnostics mark no shorter
# sentence hard either (report/highlight.py, sentence_levels).
HARD_SENTENCE_MIN_WORDS = 8
HARDEST_SENTENCES = 3
LINSEAR_WRITE_SAMPLE = 100  # Linsear Write is defined on a 100-word sample
# Longer than any sentence an editor would publish (the longest in the seeds has 60 words):
# the text has lost its punctuation (a scrape, a transcript) and grades would mislead.
RUN_ON_WORDS = 250


@lru_cache(maxsize=1)
def familiar_words() -> frozenset[str]:
    """The Dale-Chall list of 3,000 familiar words, as textstat ships it.

    Read from textstat's installed files without importing textstat: its import pulls in
    NLTK, SciPy and scikit-learn and took 3.4 s of a 4.3 s cold start (issue 17).
    """
    text = package_file("textstat", "resources/en/easy_words.txt").read_text("utf-8")
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


# Counts are sums over whitespace tokens, each token's six features packed into one small
# integer (``_Packed``) so that ``sum`` over dictionary lookups stays in its C fast path (62
# bits), one lookup a token: per sentence one sum, whose word and syllable fields give the
# sentence's grade; the sums of consecutive sentences up to ``_PACKED_MAX_CHARS`` long are added
# up before their other fields, which only the totals need, are read. Text shorter than
# ``_PACKED_MAX_CHARS`` holds at most 512 whitespace tokens and 1,023 characters of them, so no
# field of its sum outgrows its width and carries into the next: the word, 3+ syllable, Fog and
# unfamiliar fields count at most one a token, letters one a character, syllables at most three a
# character (CMUdict's "w" has three; tests/test_speed.py checks the bound). A longer sentence
# (text that has lost its punctuation) is summed run by run, and a token that long alone is
# counted word by word. A third of the time of counting field by field per word (issue 17); a
# quarter less again than two lookups a token, in two dicts, of (word, syllables) and of the rest.
_FIELD_BITS = 10
_MASK = (1 << _FIELD_BITS) - 1
_POLY_AT, _FOG_AT, _UNFAMILIAR_AT, _LETTERS_AT, _SYLLABLES_AT = 10, 20, 30, 40, 50  # the word at 0; 12 bits for syllables
_PACKED_MAX_CHARS = 1 << _FIELD_BITS
# A bound on memory for endless streams of rare tokens: an entry of ~100 bytes per token, so at
# most ~10 MB (the token's string is shared). A stream of 800,000 distinct tokens peaked at 147
# MB with 200,000 (tests/benchmark.py --rare); prose repeats far fewer distinct tokens.
_PACKED_LIMIT = 100_000


def _features(token: str) -> tuple[int, int, int, int, int, int, int]:
    """(word, letters, syllables, characters, 3+ syllables, hard for Fog, not on the Dale-Chall
    list) of one whitespace token; word and its features are 0 when nothing is left once
    punctuation is stripped as textstat strips it."""
    words, _, characters = _words(token)
    if not words:
        return (0, 0, 0, characters, 0, 0, 0)
    word = words[0]
    lower = word.lower()
    n = syllable_count(lower)
    familiar = lower in familiar_words()
    letters = len(word) if word.isalpha() else len(_NON_WORD_CHAR.sub("", word))
    return (1, letters, n, characters, int(n >= 3), int(n >= 3 and not familiar), int(not familiar))


class _Packed(dict):
    """token -> its features packed (word, 3+ syllables, Fog, unfamiliar, letters, syllables),
    filled on first sight (prose repeats its tokens)."""

    def __missing__(self, token: str) -> int:
        if len(self) >= _PACKED_LIMIT:
            self.clear()
        word, letters, syllables, _characters, poly, fog, unfamiliar = _features(token)
        packed = (word | poly << _POLY_AT | fog << _FOG_AT | unfamiliar << _UNFAMILIAR_AT | letters << _LETTERS_AT
                  | syllables << _SYLLABLES_AT)
        if len(token) <= LONGEST_WORD:  # a blob is counted when met, never remembered: bytes stay bounded
            self[token] = packed
        return packed


_PACKED = _Packed()


def _packed_counts(tokens: list[str]) -> _Counts:
    """Counts of whitespace ``tokens`` shorter than ``_PACKED_MAX_CHARS`` in all, spaces between them counted."""
    a = sum(map(_PACKED.__getitem__, tokens))
    return _Counts(a & _MASK, len(tokens), sum(map(len, tokens)), a >> _LETTERS_AT & _MASK, a >> _SYLLABLES_AT,
                   a >> _POLY_AT & _MASK, a >> _FOG_AT & _MASK, a >> _UNFAMILIAR_AT & _MASK)


def _word_by_word(tokens: list[str]) -> _Counts:
    """Counts of whitespace ``tokens``, each token's features worked out again (no packing)."""
    totals = [sum(column) for column in zip(*map(_features, tokens))] or [0] * 7
    word, letters, syllables, characters, poly, fog, unfamiliar = totals
    return _Counts(word, len(tokens), characters, letters, syllables, poly, fog, unfamiliar)


def _runs(tokens: list[str]) -> Iterator[list[str]]:
    """``tokens`` in runs each shorter than ``_PACKED_MAX_CHARS`` with a space after each token; a
    token that long alone is a run of its own."""
    run: list[str] = []
    chars = 0
    for token in tokens:
        if run and chars + len(token) + 1 >= _PACKED_MAX_CHARS:
            yield run
            run, chars = [], 0
        run.append(token)
        chars += len(token) + 1
    if run:
        yield run


def _sentence_counts(tokens: list[str], length: int) -> _Counts:
    """Counts of one sentence of ``length`` characters split into whitespace ``tokens``."""
    if length < _PACKED_MAX_CHARS:
        return _packed_counts(tokens)
    runs = [_word_by_word(run) if len(run[0]) + 1 >= _PACKED_MAX_CHARS else _packed_counts(run) for run in _runs(tokens)]
    return _Counts(*map(sum, zip(*runs))) if runs else _Counts()


def _word_syllables(tokens: list[str], length: int) -> list[int]:
    """Syllables of each word of a sentence (tokens that leave no word skipped)."""
    if length >= _PACKED_MAX_CHARS:
        return [f[2] for f in map(_features, tokens) if f[0]]
    return [a >> _SYLLABLES_AT for a in map(_PACKED.__getitem__, tokens) if a & _MASK]


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
    sentence_grades: tuple[float | None, ...]  # per document sentence; None for references and headings
    warnings: tuple[str, ...]
    furniture_words: int = 0  # words of headings, labels, contact lines and datelines (not in ``words``)

    @property
    def body_words(self) -> int:
        """Every word of the body, headings too: what wording rates are per (a headline's findings count)."""
        return self.words + self.furniture_words

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


def _linsear_write(per_sentence: Iterable[list[int]]) -> float:
    """Linsear Write on the first 100 words (O'Hayre 1966, as textstat computes it), from the
    syllables of each word of each sentence."""
    easy = hard = sentences = 0
    remaining = LINSEAR_WRITE_SAMPLE
    for syllables in per_sentence:
        if remaining <= 0:
            break
        if not syllables:
            continue
        sentences += 1
        for n in syllables[:remaining]:
            if n >= 3:
                hard += 1
            elif n > 0:
                easy += 1
        remaining -= len(syllables)
    if sentences == 0:
        return 0.0
    raw = (easy + 3 * hard) / sentences
    return (raw - 2 if raw <= 20 else raw) / 2


@dataclass(frozen=True)
class _Tally:
    """What one counting pass over the body sentences yields: totals and the per-sentence facts."""

    total: _Counts
    sentences: int
    grades: tuple[float | None, ...]
    first: tuple[tuple[list[str], int], ...]  # the first sentences' tokens, for Linsear Write's 100 words
    hardest: tuple[HardSentence, ...]
    longest: int
    furniture: int = 0  # words outside the prose: headings, labels, contact lines, datelines


def _tally(prepared: PreparedText) -> _Tally:
    """Count once per sentence: packed per-token counts summed in C (see ``_Packed``)."""
    words = tokens = characters = letters = syllables = poly = fog = unfamiliar = 0
    grades: list[float | None] = [None] * len(prepared.sentences)
    first: list[tuple[list[str], int]] = []
    candidates: list[tuple[float, int, int]] = []  # (-grade, index, words) of sentences long enough to rank
    chunk = chunk_chars = 0  # the packed sum of counted sentences whose other fields are still to add, and their length
    longest = sentences = 0
    furniture = 0  # words of headings, labels, contact lines and datelines (text/headings.py): no prose
    for sentence in prepared.body_sentences:
        if sentence.in_heading or sentence.dateline:
            furniture += _word_count(sentence.text if sentence.in_heading else sentence.text[:sentence.dateline])
            if sentence.in_heading:
                continue
        split, length = sentence.prose.split(), len(sentence.prose)
        if length >= _PACKED_MAX_CHARS:
            c = _sentence_counts(split, length)
            n, s = c.words, c.syllables
            if n:
                characters += c.characters
                letters += c.letters
                poly += c.polysyllables
                fog += c.fog_hard_words
                unfamiliar += c.unfamiliar_words
        else:
            a = sum(map(_PACKED.__getitem__, split))
            n, s = a & _MASK, a >> _SYLLABLES_AT
            if n:
                if chunk_chars + length >= _PACKED_MAX_CHARS:
                    letters, poly, fog, unfamiliar = _added(chunk, letters, poly, fog, unfamiliar)
                    chunk = chunk_chars = 0
                chunk += a
                chunk_chars += length
                characters += sum(map(len, split))
        if not n:
            continue
        sentences += 1
        words += n
        tokens += len(split)
        syllables += s
        if words - n < LINSEAR_WRITE_SAMPLE:
            first.append((split, length))
        longest = max(longest, n)
        grade = grades[sentence.index] = flesch_kincaid_grade(n, 1, s)
        if n >= HARD_SENTENCE_MIN_WORDS:
            candidates.append((-grade, sentence.index, n))
    letters, poly, fog, unfamiliar = _added(chunk, letters, poly, fog, unfamiliar)
    texts = prepared.sentences
    hardest = tuple(HardSentence(index, texts[index].text, n, -negative)
                    for negative, index, n in sorted(candidates)[:HARDEST_SENTENCES])
    total = _Counts(words, tokens, characters, letters, syllables, poly, fog, unfamiliar)
    return _Tally(total, sentences, tuple(grades), tuple(first), hardest, longest, furniture)


def _added(chunk: int, letters: int, poly: int, fog: int, unfamiliar: int) -> tuple[int, int, int, int]:
    """The totals of letters, 3+ syllables, Fog and unfamiliar words with those of a packed ``chunk``."""
    return (letters + (chunk >> _LETTERS_AT & _MASK), poly + (chunk >> _POLY_AT & _MASK),
            fog + (chunk >> _FOG_AT & _MASK), unfamiliar + (chunk >> _UNFAMILIAR_AT & _MASK))


def _word_count(text: str) -> int:
    """Words of ``text`` as the formulas count them."""
    split = text.split()
    if len(text) >= _PACKED_MAX_CHARS:
        return _sentence_counts(split, len(text)).words
    return sum(map(_PACKED.__getitem__, split)) & _MASK


def _warnings(tally: _Tally) -> list[str]:
    """Why the figures may mislead: too few words or sentences, or no sentence punctuation."""
    words, warnings = tally.total.words, []
    if words < MIN_WORDS:
        warnings.append(f"only {words} words (formulas are validated on {MIN_WORDS} or more): scores are unreliable")
    if tally.longest > RUN_ON_WORDS:
        warnings.append(f"a sentence of {tally.longest:,} words: the text lacks sentence punctuation, so grades are not meaningful")
    if tally.sentences < SMOG_MIN_SENTENCES:
        warnings.append(f"SMOG is defined on {SMOG_MIN_SENTENCES} sentences; this text has {tally.sentences}")
    return warnings


# The formulas, each on the totals of one counting pass (``c``) and the sentence count (``s``).

def flesch_reading_ease(c: _Counts, s: int) -> float:
    """Flesch 1948."""
    return 206.835 - 1.015 * (c.words / s) - 84.6 * (c.syllables / c.words)


def gunning_fog(c: _Counts, s: int) -> float:
    """Gunning 1952: hard words are 3+ syllables; textstat spares words on the Dale-Chall list."""
    return 0.4 * (c.words / s + 100 * c.fog_hard_words / c.words)


def smog_index(c: _Counts, s: int) -> float:
    """McLaughlin 1969, the 1.043 * sqrt(30 * polysyllables / sentences) + 3.1291 regression."""
    return 1.043 * (30 * c.polysyllables / s) ** 0.5 + 3.1291


def coleman_liau_index(c: _Counts, s: int) -> float:
    """Coleman & Liau 1975: letters and sentences per 100 words."""
    return 0.058 * (100 * c.letters / c.words) - 0.296 * (100 * s / c.words) - 15.8


def automated_readability_index(c: _Counts, s: int) -> float:
    """Smith & Senter 1967: characters per token and words per sentence."""
    return 4.71 * c.characters / c.tokens + 0.5 * (c.words / s) - 21.43


def dale_chall_score(c: _Counts, s: int) -> float:
    """Dale & Chall 1948, new formula 1995 constants; +3.6365 when over 5% unfamiliar words."""
    unfamiliar_percent = 100 * c.unfamiliar_words / c.words
    score = 0.1579 * unfamiliar_percent + 0.0496 * (c.words / s)
    return score + 3.6365 if unfamiliar_percent > 5 else score


def consensus_grade(grades: list[float]) -> float:
    """The mean of the seven grade-level formulas without the highest and the lowest.

    Continuous (unlike textstat's text_standard, a vote over rounded grades that ties often);
    trimming keeps one formula's outlier (Linsear Write's 100-word sample, SMOG on a short
    text) from dragging it. On OneStopEnglish it orders the three levels correctly for 95.2%
    of topics, against 93.1% for the median of the seven.
    """
    return statistics.fmean(sorted(grades)[1:-1])


def measure_readability(prepared: PreparedText) -> Readability:
    """Count once per sentence, then apply every formula to the totals."""
    tally = _tally(prepared)
    c, s = tally.total, tally.sentences
    if c.words == 0:
        warnings = ("no words to measure: readability formulas are not computed",)
        return Readability(0, 0, 0, 0, c.characters, 0, *([None] * 9), (), tally.grades, warnings, tally.furniture)
    fkg = flesch_kincaid_grade(c.words, s, c.syllables)
    fog, smog, cli = gunning_fog(c, s), smog_index(c, s), coleman_liau_index(c, s)
    ari, dale_chall = automated_readability_index(c, s), dale_chall_score(c, s)
    linsear = _linsear_write(_word_syllables(split, length) for split, length in tally.first)
    return Readability(
        words=c.words,
        sentences=s,
        syllables=c.syllables,
        polysyllabic_words=c.polysyllables,
        characters=c.characters,
        letters=c.letters,
        flesch_reading_ease=flesch_reading_ease(c, s),
        flesch_kincaid_grade=fkg,
        gunning_fog=fog,
        smog_index=smog,
        coleman_liau_index=cli,
        automated_readability_index=ari,
        dale_chall_score=dale_chall,
        linsear_write=linsear,
        consensus_grade=consensus_grade([fkg, fog, smog, cli, ari, dale_chall_to_grade(dale_chall), linsear]),
        hardest_sentences=tally.hardest,
        sentence_grades=tally.grades,
        warnings=tuple(_warnings(tally)),
        furniture_words=tally.furniture,
    )
