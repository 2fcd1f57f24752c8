"""Cues a health reviewer checks: what the text discloses, and how it supports its claims.

The words come from the cue lexicons; which family is a checklist item (HealthNewsReview.org's
criteria, DISCERN) and which findings are listed by name is declared in each family's file
(``[disclosure]``, and ``cue`` on a score rule). This module only tallies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .claims import STRENGTH_NAMES, sentence_strengths
from .lexicon import Lexicon
from .matcher import Finding

# A cue counts as present at the weight of one explicit mention ("side effects", "cost",
# "funded by"); words that only hint at it (0.25-0.5 each) need several distinct ones.
PRESENT_AT = 1.0


@dataclass(frozen=True)
class Disclosure:
    """One checklist item: is it there, how strongly, and which words show it."""

    name: str
    present: bool
    strength: float  # summed weight of the distinct wordings found
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class ClaimSentence:
    sentence_index: int
    strength: int

    @property
    def label(self) -> str:
        return STRENGTH_NAMES[self.strength]


@dataclass(frozen=True)
class Flagged:
    """Findings a count rule lists by name (unsourced statistics, safety claims ...)."""

    name: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Cues:
    disclosures: tuple[Disclosure, ...]
    strongest_design: str | None  # the strongest ranked evidence category found
    flagged: tuple[Flagged, ...]
    claims: tuple[ClaimSentence, ...]

    def disclosure(self, name: str) -> Disclosure:
        return next(d for d in self.disclosures if d.name == name)

    def listed(self, name: str) -> tuple[Finding, ...]:
        return next((f.findings for f in self.flagged if f.name == name), ())

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.disclosures if not d.present)


def cue_strength(findings: Sequence[Finding]) -> float:
    """Summed weight of distinct wordings: saying "side effects" five times discloses no more."""
    distinct = {f.text.lower(): f.weight for f in findings}
    return sum(distinct.values())


def _strongest(used: Sequence[Finding], ranks: dict[tuple[str, str], int]) -> str | None:
    """The best-ranked category found (evidence designs: Oxford CEBM levels, 1 strongest)."""
    found = sorted({(ranks[(f.family, f.category)], f.category) for f in used if (f.family, f.category) in ranks})
    return found[0][1] if found else None


def measure_cues(findings: Sequence[Finding], lexicon: Lexicon) -> Cues:
    """The checklist and the flagged findings, as the families' score rules declare them (the
    lexicon works out which rules those are once: see its cached properties)."""
    used = [f for f in findings if f.counted]
    by_family: dict[str, list[Finding]] = {}
    for f in used:
        by_family.setdefault(f.family, []).append(f)

    def of(family: str | None, categories: tuple[str, ...]) -> tuple[Finding, ...]:
        mine = by_family.get(family, ())
        return tuple(f for f in mine if f.category in categories) if categories else tuple(mine)

    disclosures = []
    for rule in lexicon.disclosure_rules:
        mine = of(rule.family, rule.categories)
        strength = cue_strength(mine)
        disclosures.append(Disclosure(rule.item, strength >= PRESENT_AT, strength, mine))
    return Cues(
        disclosures=tuple(disclosures),
        strongest_design=_strongest(used, lexicon.ranks),
        flagged=tuple(Flagged(r.cue, of(r.family, r.categories)) for r in lexicon.cue_rules),
        claims=tuple(ClaimSentence(i, s) for i, s in sentence_strengths(findings, lexicon.roles).items()),
    )
