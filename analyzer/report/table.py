"""The terminal tables: reading level, then wording, one row per document."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..pipeline import Analysis
from .labels import short_label

READABILITY_COLUMNS = (
    ("FRE", "flesch_reading_ease"),
    ("FK", "flesch_kincaid_grade"),
    ("Fog", "gunning_fog"),
    ("SMOG", "smog_index"),
    ("CLI", "coleman_liau_index"),
    ("ARI", "automated_readability_index"),
    ("Dale-Chall", "dale_chall_score"),
    ("Linsear", "linsear_write"),
    ("Grade", "consensus_grade"),
)
WORDING_FAMILIES = (("Hedges", "hedges"), ("Boosters", "boosters"), ("Promo", "promotional"))


def fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _table(title: str, headers: Sequence[str]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Document", no_wrap=True)
    for header in headers:
        table.add_column(header, justify="right", no_wrap=True)
    return table


def readability_table(analyses: Sequence[Analysis]) -> Table:
    table = _table("Reading level", ["Words", "Sent."] + [h for h, _ in READABILITY_COLUMNS])
    for analysis in analyses:
        r = analysis.readability
        flag = " !" if r.warnings else ""
        table.add_row(
            escape(short_label(analysis.id)) + flag,
            str(r.words),
            str(r.sentences),
            *(fmt(getattr(r, attr)) for _, attr in READABILITY_COLUMNS),
        )
    return table


def top_terms(analysis: Analysis, family: str, n: int = 3) -> str:
    """The terms that weigh most in the family's total, with their counts."""
    counts: Counter[str] = Counter()
    weights: Counter[str] = Counter()
    for f in analysis.findings:
        if f.family == family and f.counts:
            counts[f.text.lower()] += 1
            weights[f.text.lower()] += f.weight
    top = sorted(weights, key=lambda t: (-weights[t], t))[:n]
    return ", ".join(f"{term}×{counts[term]}" if counts[term] > 1 else term for term in top)


def wording_table(analyses: Sequence[Analysis]) -> Table:
    """Weighted rates per 1,000 words, the calls to action, and the top promotional words."""
    table = _table("Wording (weighted per 1,000 words)", [h for h, _ in WORDING_FAMILIES] + ["CTA", "Top promotional"])
    table.columns[-1].justify = "left"
    table.columns[-1].no_wrap = False
    for analysis in analyses:
        w = analysis.wording
        table.add_row(
            escape(short_label(analysis.id)),
            *(fmt(w.family(family).weighted_per_1k_words) for _, family in WORDING_FAMILIES),
            str(w.family("cta").count),
            escape(top_terms(analysis, "promotional")),
        )
    return table


def print_tables(analyses: Sequence[Analysis], console: Console) -> None:
    console.print(readability_table(analyses))
    for analysis in analyses:
        for warning in analysis.readability.warnings:
            console.print(f"[yellow]! {escape(short_label(analysis.id))}[/]: {escape(warning)}", highlight=False)
    console.print(wording_table(analyses))
