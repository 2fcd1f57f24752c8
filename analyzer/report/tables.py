"""The terminal tables: reading level, wording, checklist, verdicts and the corpus ranking.

Which wording columns and checklist columns appear is the families' own data (``[display]``
``column`` and ``top_terms``, ``[disclosure]`` and a score rule's ``header``): a new family shows
up here without a code change.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..measure import Analysis, Family, Lexicon
from ..score import CorpusSummary, ScoredDocument
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
VERDICT_STYLE = {"ok": "green", "info": "cyan", "review": "yellow", "fail": "bold red"}


def fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _table(title: str, headers: Sequence[str], **options) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, **options)
    table.add_column("Document", no_wrap=True)
    for header in headers:
        table.add_column(header, justify="right", no_wrap=True, min_width=len(header))
    return table


def readability_table(analyses: Sequence[Analysis]) -> Table:
    table = _table("Reading level", ["Words", "Sent."] + [h for h, _ in READABILITY_COLUMNS])
    for analysis in analyses:
        r = analysis.readability
        flag = " !" if r.warnings else ""
        table.add_row(escape(short_label(analysis.id)) + flag, str(r.words), str(r.sentences),
                      *(fmt(getattr(r, attr)) for _, attr in READABILITY_COLUMNS))
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


def headline(family: Family, lexicon: Lexicon, analysis: Analysis) -> str:
    """A family's figure for a table cell: its first declared score, else its weighted rate."""
    spec = next((s for s in lexicon.scores if s.family == family.name), None)
    if spec is not None and spec.kind == "count":
        wording = analysis.wording.family(family.name)
        return str(wording.count if not spec.categories else sum(c.count for c in wording.categories if c.category in spec.categories))
    return fmt(analysis.wording.family(family.name).weighted_per_1k_words)


def column_families(lexicon: Lexicon) -> tuple[Family, ...]:
    return tuple(f for f in lexicon.display_order() if f.display.column)


def wording_table(analyses: Sequence[Analysis], lexicon: Lexicon) -> Table:
    """Each column family's figure, and the top terms of the families that ask for them."""
    columns = column_families(lexicon)
    tops = [f for f in lexicon.display_order() if f.display.top_terms]
    table = _table("Wording (rates weighted per 1,000 words)", [f.display.short for f in columns]
                   + [f"Top {f.display.label.lower()}" for f in tops])
    for column in table.columns[len(columns) + 1:]:
        column.justify, column.no_wrap = "left", False
    for analysis in analyses:
        table.add_row(escape(short_label(analysis.id)), *(headline(f, lexicon, analysis) for f in columns),
                      *(escape(top_terms(analysis, f.name)) for f in tops))
    return table


def checklist_table(documents: Sequence[ScoredDocument], lexicon: Lexicon) -> Table:
    """Disclosure checklist (HealthNewsReview criteria, DISCERN) and the flagged claims per document."""
    items = lexicon.display_rules("missing")
    flagged = [r for r in lexicon.display_rules() if r.cue and r.header]
    ranked = {c.name: c.short or c.name for c in lexicon.categories if c.rank is not None}
    table = _table("Disclosure checklist (✓ present, ✗ missing) and claim cues",
                   [r.header or r.item for r in items] + ["Design"] * bool(ranked) + [r.header for r in flagged],
                   pad_edge=False, collapse_padding=True)
    for column in table.columns[1:len(items) + 1]:
        column.justify = "center"
    for d in documents:
        cues = d.analysis.cues
        marks = ["[green]✓[/]" if cues.disclosure(r.item).present else "[red]✗[/]" for r in items]
        design = [ranked.get(cues.strongest_design, "–")] if ranked else []
        table.add_row(escape(short_label(d.analysis.id)), *marks, *design, *(str(len(cues.listed(r.cue))) for r in flagged))
    return table


def verdict_table(documents: Sequence[ScoredDocument]) -> Table:
    table = Table(title="Verdicts", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Document", no_wrap=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Reasons (rule: value > threshold) and the words behind them")
    for d in documents:
        lines = []
        for r in d.reasons:
            words = escape(", ".join(f'"{f.text}"' for f in r.findings))
            lines.append(f"[{VERDICT_STYLE[r.level]}]{r.level}[/] {escape(r.short)}" + (f"  {words}" if words else ""))
        table.add_row(escape(short_label(d.analysis.id)), f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]", "\n".join(lines) or "–")
    return table


def ranking_table(summary: CorpusSummary, lexicon: Lexicon) -> Table:
    counts = ", ".join(f"{n} {v}" for v, n in summary.verdict_counts.items())
    columns = column_families(lexicon)
    table = Table(title=f"Corpus ranking by editorial score ({counts})", title_justify="left", box=box.SIMPLE_HEAD)
    for header in ["#", "Document", "Score", "Verdict", "Grade", *(f.display.short for f in columns), "Balance"]:
        table.add_column(header, justify="left" if header in ("Document", "Verdict") else "right", no_wrap=True)
    for rank, d in enumerate(summary.ranking, start=1):
        s = d.scores
        table.add_row(str(rank), escape(short_label(d.analysis.id)), fmt(s["editorial_score"]),
                      f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]", fmt(s["reading_grade"]),
                      *(headline(f, lexicon, d.analysis) for f in columns), f"{s['promotional_balance']:.2f}")
    table.add_section()
    table.add_row("", "mean", fmt(summary.mean("editorial_score")), "", fmt(summary.mean("reading_grade")),
                  *("" for _ in columns), "")
    return table


def print_report(documents: Sequence[ScoredDocument], summary: CorpusSummary, lexicon: Lexicon, console: Console) -> None:
    analyses = [d.analysis for d in documents]
    console.print(readability_table(analyses))
    for analysis in analyses:
        for warning in analysis.readability.warnings:
            console.print(f"[yellow]! {escape(short_label(analysis.id))}[/]: {escape(warning)}", highlight=False)
    console.print(wording_table(analyses, lexicon))
    console.print(checklist_table(documents, lexicon))
    console.print(verdict_table(documents))
    console.print(ranking_table(summary, lexicon))
