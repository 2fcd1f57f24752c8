"""A document's text cut into runs, each with the findings that cover it.

Shared by the terminal view (``analyzer explain``) and the HTML report, so both show exactly
the same highlights. Findings of different families may overlap ("no side effects" is
promotional, "side effects" a harm); a run carries every finding that covers it and is styled
by the family that comes first in display order (each family file's ``[display] order``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..measure import Analysis, Finding, Lexicon

# A sentence is marked hard above this Flesch-Kincaid grade (college graduate level), and the
# three hardest sentences are always marked.
HARD_GRADE = 16.0


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    findings: tuple[Finding, ...]  # in display order: the first one's family styles the run

    @property
    def family(self) -> str | None:
        return self.findings[0].family if self.findings else None


def tint(colour: str, amount: float = 0.55) -> str:
    """``colour`` mixed with white: a background light enough for black text on it."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (red, green, blue))


def runs(text_length: int, findings: Sequence[Finding], start: int = 0, end: int | None = None) -> list[Run]:
    """Cut ``[start, end)`` at every finding boundary; each run lists the findings covering it."""
    end = text_length if end is None else end
    inside = [f for f in findings if f.end > start and f.start < end]
    cuts = sorted({start, end, *(max(start, f.start) for f in inside), *(min(end, f.end) for f in inside)})
    result = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(f for f in inside if f.start <= a and f.end >= b)
        result.append(Run(a, b, covering))
    return result


def selected(analysis: Analysis, lexicon: Lexicon, only: Iterable[str] | None = None) -> list[Finding]:
    """Findings to show, in display order of their families (so overlaps resolve the same way
    everywhere): every highlighted family, or only some."""
    wanted = set(only) if only else None
    order = {f.name: i for i, f in enumerate(lexicon.display_order()) if f.display.highlight}
    shown = [f for f in analysis.findings if f.family in order and (wanted is None or f.family in wanted)]
    return sorted(shown, key=lambda f: (order[f.family], f.start))


def hard_sentences(analysis: Analysis) -> dict[int, float]:
    """Sentence index -> grade, for the sentences to mark as hard."""
    grades = analysis.readability.sentence_grades
    marked = {i: g for i, g in enumerate(grades) if g is not None and g > HARD_GRADE}
    marked.update({h.sentence_index: h.grade for h in analysis.readability.hardest_sentences})
    return marked


def describe(finding: Finding) -> str:
    """One line that explains a finding: family, category, term, rule, weight, use, source, and
    what to write instead when its term lists suggestions."""
    parts = [f"{finding.family} · {finding.category.replace('_', ' ')}", f"term “{finding.term}”"]
    if finding.rule:
        parts.append(f"rule {finding.rule}")
    parts.append(f"weight {finding.weight:g}")
    if finding.usage == "suppressed":
        parts.append(f"suppressed by the directive on line {finding.suppressed_by}")
    else:
        parts.append("counted" if finding.counts else f"not counted ({finding.mention_reason or 'reported apart'})")
    parts.append(f"source: {finding.source}")
    if finding.suggest:
        parts.append(f"instead: {' / '.join(finding.suggest)} ({finding.suggest_source})")
    return " · ".join(parts)
