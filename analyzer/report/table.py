"""The terminal tables: reading level, then wording, one row per document."""

from __future__ import annotations

import re
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


# Control characters from a document must not reach a terminal: ESC starts sequences that set the
# window title (ESC]0;...), clear the screen (ESC[2J) or fake output (issue 16); a bare CR
# overwrites the line. C0 (but line break and tab), DEL and C1 are shown as visible marks.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _mark(match: re.Match) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7f else "\ufffd"  # ␛, ␍, ␡ ...


def printable(text: str, keep_lines: bool = False) -> str:
    """``text`` with control characters made visible, safe to print to a terminal; line breaks
    and tabs kept when ``keep_lines``, else shown as marks too."""
    text = _CONTROL.sub(_mark, text)
    return text if keep_lines else text.replace("\n", "\u2424").replace("\t", " ")


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
            escape(printable(short_label(analysis.id))) + flag,
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
            escape(printable(short_label(analysis.id))),
            *(fmt(w.family(family).weighted_per_1k_words) for _, family in WORDING_FAMILIES),
            str(w.family("cta").count),
            escape(printable(top_terms(analysis, "promotional"))),
        )
    return table


def print_tables(analyses: Sequence[Analysis], console: Console) -> None:
    console.print(readability_table(analyses))
    for analysis in analyses:
        for warning in analysis.readability.warnings:
            console.print(f"[yellow]! {escape(printable(short_label(analysis.id)))}[/]: {escape(warning)}", highlight=False)
    console.print(wording_table(analyses))
