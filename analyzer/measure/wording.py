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
    families = []
    for family in lexicon.family_names:
        categories = []
        for category in lexicon.categories_of(family):
            uses, weight, mentions = tally.get((family, category.name), (0, 0.0, 0))
            categories.append(CategoryCount(family, category.name, uses, weight, mentions, category.counted))
        counted = [c for c in categories if c.counted]
        count = sum(c.count for c in counted)
        weighted = sum(c.weighted for c in counted)
        families.append(
            FamilyCount(family, count, weighted, sum(c.mentions for c in categories),
                        per_1k(count, words), per_1k(weighted, words), tuple(categories))
        )
    return Wording(words, tuple(families))
