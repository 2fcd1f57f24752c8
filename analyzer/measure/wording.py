"""Per-document counts and rates of lexicon findings, by family and category.

Rates are per 1,000 words of body text (the readability word count), so long and short
documents compare. Only uses count: mentions and uncounted categories (press boilerplate) are
listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .lexicon import Lexicon
from .matcher import Finding


def per_1k(value: float, words: int) -> float:
    return 1000 * value / words if words else 0.0


@dataclass(frozen=True)
class CategoryCount:
    family: str
    category: str
    count: int
    weighted: float
    mentions: int
    counted: bool


@dataclass(frozen=True)
class FamilyCount:
    """Totals for one family. ``weighted_per_1k_words`` is the rate scores are built on."""

    family: str
    count: int
    weighted: float
    mentions: int
    per_1k_words: float
    weighted_per_1k_words: float
    categories: tuple[CategoryCount, ...]


@dataclass(frozen=True)
class Wording:
    words: int
    families: tuple[FamilyCount, ...]

    def family(self, name: str) -> FamilyCount:
        for family in self.families:
            if family.family == name:
                return family
        return FamilyCount(name, 0, 0.0, 0, 0.0, 0.0, ())


def _family_count(family: str, categories: Sequence, tally: dict, words: int, zeros: dict) -> FamilyCount:
    counts = []
    for category in categories:
        found = tally.get((family, category.name))
        counts.append(zeros[category.name] if found is None else
                      CategoryCount(family, category.name, found[0], found[1], found[2], category.counted))
    counted = [c for c in counts if c.counted]
    count = sum([c.count for c in counted])  # lists, not generators: a family has a few categories
    weighted = sum([c.weighted for c in counted])
    return FamilyCount(family, count, weighted, sum([c.mentions for c in counts]),
                       per_1k(count, words), per_1k(weighted, words), tuple(counts))


# Per lexicon (by identity; a process compiles a handful): each family's categories and the
# count objects of a document with no finding in them. Most of a page's 56 categories are
# empty, and these immutable zeros are shared instead of built again for every document.
_LAYOUTS: dict[int, tuple[Lexicon, tuple]] = {}


def _layout(lexicon: Lexicon) -> tuple:
    cached = _LAYOUTS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    layout = []
    for family in lexicon.family_names:
        categories = lexicon.categories_of(family)
        zeros = {c.name: CategoryCount(family, c.name, 0, 0.0, 0, c.counted) for c in categories}
        layout.append((family, categories, zeros, _family_count(family, categories, {}, 0, zeros)))
    if len(_LAYOUTS) >= 8:
        _LAYOUTS.clear()
    _LAYOUTS[id(lexicon)] = (lexicon, tuple(layout))
    return tuple(layout)


def summarise_wording(findings: Sequence[Finding], lexicon: Lexicon, words: int) -> Wording:
    # one pass over the findings: (family, category) -> [uses, weight of uses, mentions]
    tally: dict[tuple[str, str], list] = {}
    for f in findings:
        entry = tally.setdefault((f.family, f.category), [0, 0.0, 0])
        if f.usage == "use":
            entry[0] += 1
            entry[1] += f.weight
        elif f.usage == "mention":  # suppressed findings are neither uses nor mentions
            entry[2] += 1
    present = {family for family, _ in tally}
    families = tuple(
        _family_count(family, categories, tally, words, zeros) if family in present else empty
        for family, categories, zeros, empty in _layout(lexicon)
    )
    return Wording(words, families)
