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


# Per lexicon (by identity): the checklist rules in display order, the rules that list findings,
# and the ranked categories. They depend only on the lexicon; working them out for every
# document was a tenth of measuring its cues.
_PLANS: dict[int, tuple] = {}


def _plan(lexicon: Lexicon) -> tuple:
    cached = _PLANS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    plan = (lexicon.display_rules("missing"), tuple(r for r in lexicon.score_rules if r.cue),
            {(c.family, c.name): c.rank for c in lexicon.categories if c.rank is not None})
    if len(_PLANS) >= 8:
        _PLANS.clear()
    _PLANS[id(lexicon)] = (lexicon, plan)
    return plan


def measure_cues(findings: Sequence[Finding], lexicon: Lexicon) -> Cues:
    """The checklist and the flagged findings, as the families' score rules declare them."""
    missing_rules, cue_rules, ranks = _plan(lexicon)
    by_family: dict[str, list[Finding]] = {}
    for f in findings:
        if f.counts:
            by_family.setdefault(f.family, []).append(f)

    def of(family: str | None, categories: tuple[str, ...]) -> tuple[Finding, ...]:
        mine = by_family.get(family, ())
        return tuple(f for f in mine if f.category in categories) if categories else tuple(mine)

    disclosures = []
    for rule in missing_rules:
        mine = of(rule.family, rule.categories)
        strength = cue_strength(mine)
        disclosures.append(Disclosure(rule.item, strength >= PRESENT_AT, strength, mine))
    return Cues(
        disclosures=tuple(disclosures),
        strongest_design=_strongest([f for f in findings if f.counts], ranks),
        flagged=tuple(Flagged(r.cue, of(r.family, r.categories)) for r in cue_rules),
        claims=tuple(ClaimSentence(i, s) for i, s in sentence_strengths(findings, lexicon.roles).items()),
    )
