"""Cues a health reviewer checks: what the text discloses, and how it supports its claims.

The words come from the cue lexicons (harms, benefits, evidence, costs, availability, funding,
alternatives, claims, testimonials, causality); this module turns their findings into the
per-document checklist that HealthNewsReview.org's criteria and DISCERN ask for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .claims import STRENGTH_NAMES, sentence_strengths
from .matcher import Finding

# Checklist item -> the lexicon family that evidences it (and, for benefits, which categories:
# a number attached to an outcome, not any number).
DISCLOSURES: dict[str, tuple[str, frozenset[str] | None]] = {
    "harms": ("harms", None),
    "benefits": ("benefits", frozenset({"statistic", "unsourced_statistic", "relative_effect", "absolute_effect", "outcome_number"})),
    "evidence": ("evidence", None),
    "costs": ("costs", None),
    "availability": ("availability", None),
    "funding": ("funding", None),
    "alternatives": ("alternatives", None),
}
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
class Cues:
    disclosures: tuple[Disclosure, ...]
    strongest_design: str | None  # evidence category with the highest weight found
    unsourced_statistics: tuple[Finding, ...]
    absolute_claims: tuple[Finding, ...]
    safety_claims: tuple[Finding, ...]
    testimonials: tuple[Finding, ...]
    claims: tuple[ClaimSentence, ...]

    def disclosure(self, name: str) -> Disclosure:
        return next(d for d in self.disclosures if d.name == name)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.disclosures if not d.present)


_DESIGNS = ("systematic_review", "randomized_trial", "observational", "case_report", "preclinical")


def cue_strength(findings: Sequence[Finding]) -> float:
    """Summed weight of distinct wordings: saying "side effects" five times discloses no more."""
    distinct = {f.text.lower(): f.weight for f in findings}
    return sum(distinct.values())


def measure_cues(findings: Sequence[Finding]) -> Cues:
    used = [f for f in findings if f.counts]
    disclosures = []
    for name, (family, categories) in DISCLOSURES.items():
        mine = tuple(f for f in used if f.family == family and (categories is None or f.category in categories))
        strength = cue_strength(mine)
        disclosures.append(Disclosure(name, strength >= PRESENT_AT, strength, mine))
    designs = {f.category for f in used if f.family == "evidence"}
    strongest = next((d for d in _DESIGNS if d in designs), None)

    def pick(family: str, category: str | None = None) -> tuple[Finding, ...]:
        return tuple(f for f in used if f.family == family and (category is None or f.category == category))

    return Cues(
        disclosures=tuple(disclosures),
        strongest_design=strongest,
        unsourced_statistics=pick("benefits", "unsourced_statistic"),
        absolute_claims=pick("claims", "absolute"),
        safety_claims=pick("claims", "safety"),
        testimonials=pick("testimonials"),
        claims=tuple(ClaimSentence(i, s) for i, s in sentence_strengths(findings).items()),
    )
