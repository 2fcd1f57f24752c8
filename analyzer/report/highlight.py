"""A document's text cut into runs, each with the findings that cover it.

Shared by the terminal view (``analyzer explain``) and the HTML report, so both show exactly
the same highlights. Findings of different families may overlap ("no side effects" is
promotional, "side effects" a harm); a run carries every finding that covers it and is styled
by the first in ``FAMILY_ORDER``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..measure import Finding
from ..pipeline import Analysis

# The order in which families win a run when they overlap: what an editor acts on first.
FAMILY_ORDER = ("promotional", "cta", "claims", "boosters", "hedges", "testimonials", "benefits", "harms",
                "evidence", "costs", "funding", "availability", "alternatives", "causality")
WORDING_FAMILIES = ("hedges", "boosters", "promotional", "cta")
# A sentence is marked hard above this Flesch-Kincaid grade (college graduate level), and the
# three hardest sentences are always marked.
HARD_GRADE = 16.0


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    findings: tuple[Finding, ...]

    @property
    def family(self) -> str | None:
        if not self.findings:
            return None
        return min((f.family for f in self.findings), key=family_rank)


def family_rank(family: str) -> int:
    return FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER)


def runs(text_length: int, findings: Sequence[Finding], start: int = 0, end: int | None = None) -> list[Run]:
    """Cut ``[start, end)`` at every finding boundary; each run lists the findings covering it."""
    end = text_length if end is None else end
    inside = [f for f in findings if f.end > start and f.start < end]
    cuts = sorted({start, end, *(max(start, f.start) for f in inside), *(min(end, f.end) for f in inside)})
    result = []
    active = sorted(inside, key=lambda f: f.start)
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(f for f in active if f.start <= a and f.end >= b)
        result.append(Run(a, b, covering))
    return result


def selected(analysis: Analysis, only: Iterable[str] | None = None) -> list[Finding]:
    """Findings to show: the wording families and the cues, optionally only some families."""
    wanted = set(only) if only else None
    return [f for f in analysis.findings if (wanted is None or f.family in wanted) and f.family != "causality"]


def hard_sentences(analysis: Analysis) -> dict[int, float]:
    """Sentence index -> grade, for the sentences to mark as hard."""
    grades = analysis.readability.sentence_grades
    marked = {i: g for i, g in enumerate(grades) if g is not None and g > HARD_GRADE}
    marked.update({h.sentence_index: h.grade for h in analysis.readability.hardest_sentences})
    return marked


def describe(finding: Finding) -> str:
    """One line that explains a finding: family, category, term, rule, weight, use, source."""
    parts = [f"{finding.family} · {finding.category.replace('_', ' ')}", f"term “{finding.term}”"]
    if finding.rule:
        parts.append(f"rule {finding.rule}")
    parts.append(f"weight {finding.weight:g}")
    parts.append("counted" if finding.counts else f"not counted ({finding.mention_reason or 'reported apart'})")
    parts.append(f"source: {finding.source}")
    return " · ".join(parts)
