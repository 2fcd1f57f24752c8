"""``analyzer explain``: the document in the terminal, findings highlighted by family.

With colour, each family has its own style and hard sentences are underlined; without colour
(output piped to a file), findings are written as ``[text]{family}`` and a hard sentence starts
with ``▸hard(grade)``, so nothing is lost in plain text.
"""

from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.text import Text

from ..pipeline import Analysis
from .highlight import hard_sentences, runs, selected
from .table import printable

STYLES = {
    "promotional": "bold black on yellow",
    "cta": "bold white on red",
    "claims": "bold red",
    "boosters": "bold magenta",
    "hedges": "cyan",
    "testimonials": "bold blue",
    "benefits": "green",
    "harms": "green",
    "evidence": "green",
    "costs": "green",
    "funding": "green",
    "availability": "green",
    "alternatives": "green",
}
HARD_STYLE = "underline"


def explain_text(analysis: Analysis, only: Iterable[str] | None, colour: bool) -> Text:
    findings = selected(analysis, only)
    hard = hard_sentences(analysis)
    original = analysis.text
    out = _SafeText()
    position = 0
    for sentence in analysis.prepared.sentences:
        out.append(original[position:sentence.start])
        grade = hard.get(sentence.index)
        if colour:
            for run in runs(len(original), findings, sentence.start, sentence.end):
                style = STYLES.get(run.family, "") if run.findings else ""
                if grade is not None:
                    style = f"{style} {HARD_STYLE}".strip()
                out.append(original[run.start:run.end], style=style or None)
        else:
            if grade is not None:
                out.append(f"▸hard({grade:.0f}) ")
            cursor = sentence.start
            for start, end, families in _clusters(findings, sentence.start, sentence.end):
                out.append(original[cursor:start])
                out.append(f"[{original[start:end]}]{{{','.join(families)}}}")
                cursor = end
            out.append(original[cursor:sentence.end])
        position = sentence.end
    out.append(original[position:])
    return out


class _SafeText(Text):
    """Rich text that shows a document's control characters instead of sending them to the
    terminal (ESC]0;... would set the window title, ESC[2J clear the screen: issue 16)."""

    def append(self, text, style=None):  # type: ignore[override]
        return super().append(printable(text, keep_lines=True) if isinstance(text, str) else text, style)


def _clusters(findings, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Overlapping findings in ``[start, end)`` merged: (start, end, families in it)."""
    merged: list[tuple[int, int, list[str]]] = []
    for f in sorted((f for f in findings if start <= f.start and f.end <= end), key=lambda f: (f.start, -f.end)):
        label = f.family if f.counts else f"{f.family} (not counted)"
        if merged and f.start < merged[-1][1]:
            a, b, families = merged[-1]
            merged[-1] = (a, max(b, f.end), families + [label] * (label not in families))
        else:
            merged.append((f.start, f.end, [label]))
    return merged


def legend(only: Iterable[str] | None) -> Text:
    wanted = set(only) if only else None
    out = Text("Legend: ")
    for family, style in STYLES.items():
        if wanted is None or family in wanted:
            out.append(f" {family} ", style=style)
            out.append(" ")
    out.append(" hard sentence ", style=HARD_STYLE)
    return out


def print_explanation(analysis: Analysis, console: Console, only: Iterable[str] | None = None) -> None:
    colour = console.color_system is not None
    if colour:
        console.print(legend(only))
    else:
        console.print("Legend: [text]{family} marks a finding; ▸hard(grade) starts a hard sentence.", markup=False)
    console.print()
    console.print(explain_text(analysis, only, colour), soft_wrap=False)
    counts = {}
    for f in selected(analysis, only):
        if f.counts:
            counts[f.family] = counts.get(f.family, 0) + 1
    console.print()
    console.print("Counted findings: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"),
                  markup=False, highlight=False)
