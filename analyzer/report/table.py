"""The terminal table: one row per document, warnings underneath."""

from __future__ import annotations

from typing import Sequence

from rich.console import Console
from rich import box
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


def fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def readability_table(analyses: Sequence[Analysis]) -> Table:
    table = Table(title="Reading level", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Document", no_wrap=True)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column("Sent.", justify="right", no_wrap=True)
    for header, _ in READABILITY_COLUMNS:
        table.add_column(header, justify="right", no_wrap=True)
    for analysis in analyses:
        r = analysis.readability
        flag = " !" if r.warnings else ""
        table.add_row(
            short_label(analysis.id) + flag,
            str(r.words),
            str(r.sentences),
            *(fmt(getattr(r, attr)) for _, attr in READABILITY_COLUMNS),
        )
    return table


def print_readability(analyses: Sequence[Analysis], console: Console) -> None:
    console.print(readability_table(analyses))
    for analysis in analyses:
        for warning in analysis.readability.warnings:
            console.print(f"[yellow]! {analysis.id}[/]: {warning}", highlight=False)
