"""Which language a document is written in, so that English-only measures are not applied to
German, Indonesian or Japanese pages as if they were English.

Reading-level formulas (Flesch, Dale-Chall ...) and every lexicon are English. A German
advertorial scored as English has no "hype" words and ranks as the cleanest page of a corpus;
a Japanese page gets grade 69. Detection is offline and deterministic:

* **English function words first.** When "the", "and", "that", "with" ... make up at least
  ``ENGLISH_SHARE`` of the words, the text is English and no model is loaded. In the dev corpora
  99% of English news stories, releases and OneStopEnglish texts are above 8.4% for these ten
  words; the Swedish and Indonesian advertorials are at 0% (they are not their words). This
  keeps the common case at a fraction of a millisecond and spares each process the model's
  start-up (about 2 s).
* **Otherwise py3langid** (Lui & Baldwin 2012, langid.py; the maintained fork by Barbaresi),
  a naive Bayes model over byte n-grams for 97 languages: a 4.5 MB model shipped in its wheel
  (numpy arrays, loaded without pickle), deterministic, ~1 ms for a page's first 2,000
  characters. Chosen over langdetect (random unless seeded, pure Python, ~10x slower) and
  lingua (more accurate on single words, but a far larger download) because documents here
  are paragraphs, where all three agree.
* **Too short to tell** (under ``MIN_LETTERS`` letters, Latin-script text under
  ``MIN_LATIN_LETTERS``, or a short Latin-script text the model is less than 95% sure of (the surest
  wrong guess for an English sentence in the dev sets was 64%)): the
  language is "und" (undetermined) and the text is scored as English, as before. A
  heading-only English note is not flagged; on the dev sets no English sentence (BioScope,
  Pei & Jurgens, PubMed claims: 16,000 sentences) and no news headline is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .tokens import translated

# Frequent English function words that are not words of the other languages the web serves
# most ("a", "in", "to", "is", "of" are: Spanish, Italian, German, Polish, Dutch).
ENGLISH_FUNCTION_WORDS = frozenset({"the", "and", "that", "with", "this", "was", "are", "which", "have", "from"})
ENGLISH_SHARE = 0.06
MIN_WORDS_FOR_SHARE = 8
# Below this many letters no detector is reliable: the text is "und" and scored as English.
MIN_LETTERS = 12
# Latin-script text shares letters between many languages: a short one is decided only when
# the model is sure; non-Latin scripts (Japanese, Cyrillic, Arabic) are distinctive sooner.
MIN_LATIN_LETTERS = 60
CONFIDENT = 0.90
# Latin-script text under LONG_LETTERS letters (a sentence or two) needs the model surer still.
LONG_LETTERS = 200
CONFIDENT_SHORT = 0.95
# ... and the language named must be the model's clear first choice: a registry number
# ("ACTRN12610000049077") spreads its probability thin over dozens of languages, English too.
MIN_TOP = 0.5
SAMPLE_CHARS = 2000

_WORD = re.compile(r"[^\W\d_]+")
# The same runs without the regex engine (round 37; tests/test_speed.py compares them): every
# character that is no letter of ``_WORD`` made a space by one bytes.translate, then str.split. The
# findall paid its per-match overhead on each of a sample's ~300 words.
_NOT_LETTERS = bytes(c if chr(c).isalpha() else ord(" ") for c in range(128)) + b" " * 128


def _letter(ch: str) -> bool:
    """Whether a character is one ``_WORD`` matches: a word character that is no decimal digit nor "_"."""
    return ch.isalnum() and not ch.isdecimal()


def _letter_runs(text: str) -> list[str]:
    """``_WORD.findall(text)``."""
    spaced = translated(text, _NOT_LETTERS, _letter)
    return _WORD.findall(text) if spaced is None else spaced.split()
# ISO 639-1 code -> name, for the warning (the languages the model knows that readers meet most).
_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish", "cs": "Czech",
    "ro": "Romanian", "hu": "Hungarian", "el": "Greek", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian",
    "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "id": "Indonesian", "ms": "Malay", "tl": "Tagalog",
    "vi": "Vietnamese", "th": "Thai", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
}


@dataclass(frozen=True)
class Language:
    """The document's language: ISO 639-1 ``code`` ("und" when too short to tell), the
    detector's ``confidence`` in that code (0-1) and which ``method`` decided it. A text is
    judged not English when the model gives English at most 1 - ``CONFIDENT``."""

    code: str
    confidence: float
    method: str  # "function words", "py3langid", "too short" or "unsure" (the model's best guess is not sure)

    @property
    def supported(self) -> bool:
        """English, or too short to tell (scored as English, as every text was before)."""
        return self.code in ("en", "und")

    @property
    def name(self) -> str:
        return {"en": "English", "und": "undetermined"}.get(self.code) or _NAMES.get(self.code, self.code)

    @property
    def warning(self) -> str | None:
        """The per-document warning for a language the measures do not support."""
        if self.supported:
            return None
        return (f"written in {self.name} ({self.code}, confidence {self.confidence:.2f}), not English: "
                "reading-level formulas and wording lexicons are English-only, so their scores do not apply")


UNDETERMINED = Language("und", 0.0, "too short")


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, loaded on first need (English text never needs it): memory-mapped
    from the per-user cache (langid_model.py), else py3langid's own loader (about 2 s)."""
    from .langid_model import load_identifier

    return load_identifier()


def _latin_share(letters: list[str]) -> float:
    latin = sum(1 for word in letters for ch in word if ch < "\u0250")
    total = sum(len(word) for word in letters)
    return latin / total if total else 1.0


GUESS_METHOD = "best guess"


def best_guess(text: str) -> Language | None:
    """The detector's first choice for a text too short for ``detect_language`` to be sure of,
    when it holds at least ``CONFIDENT`` of the probability; None otherwise. For a caller that
    has a second text to weigh it against (compare: one foreign sentence beside an English
    abstract), never for a document alone: short English sentences rank foreign languages first
    with less ("Registered 06 September 2008" Nigerian Pidgin at 0.63)."""
    code, confidence = _identifier().rank(text[:SAMPLE_CHARS])[0]
    return Language(code, float(confidence), GUESS_METHOD) if confidence >= CONFIDENT else None


def detect_language(text: str) -> Language:
    """The language of ``text`` (the document's prose: references and boilerplate left out)."""
    sample = text[:SAMPLE_CHARS]
    words = _letter_runs(sample)
    letters = sum(map(len, words))
    if letters < MIN_LETTERS:
        return UNDETERMINED
    if len(words) >= MIN_WORDS_FOR_SHARE:
        share = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, words))) / len(words)
        if share >= ENGLISH_SHARE:
            return Language("en", 1.0, "function words")
    ranked = _identifier().rank(sample)
    code, confidence = ranked[0][0], float(ranked[0][1])
    if code == "en":
        return Language("en", confidence, "py3langid")
    # What matters is "not English": Indonesian and Malay, or Norwegian and Danish, share the
    # rest of the probability between them.
    english = next((float(p) for c, p in ranked if c == "en"), 0.0)
    latin = _latin_share(words) > 0.5
    needed = CONFIDENT_SHORT if latin and letters < LONG_LETTERS else CONFIDENT
    if confidence < MIN_TOP or 1.0 - english < needed or (latin and letters < MIN_LATIN_LETTERS):
        return Language("und", 0.0, "unsure")
    return Language(code, confidence, "py3langid")
