"""Stage 5, report: one scored batch rendered as table, json, jsonl, csv or markdown.

``render`` returns the whole report as a string, so ``--output`` can write it atomically.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Sequence

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..load import LoadError
from ..score import CorpusSummary, Rule, ScoredDocument
from .labels import short_label
from .records import SCHEMA_VERSION, scored_record, summary_record
from .table import READABILITY_COLUMNS, fmt, printable, print_tables

FORMATS = ("table", "json", "jsonl", "csv", "markdown", "html")
VERDICT_STYLE = {"ok": "green", "info": "cyan", "review": "yellow", "fail": "bold red"}
CSV_SCORES = ("editorial_score", "reading_grade", "hedging_rate", "promotional_rate", "booster_rate",
              "calls_to_action", "red_flags", "promotional_balance")


def verdict_table(documents: Sequence[ScoredDocument]) -> Table:
    table = Table(title="Verdicts", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Document", no_wrap=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Reasons (rule: value > threshold) and the words behind them")
    for d in documents:
        lines = []
        for r in d.reasons:
            words = escape(printable(", ".join(f'"{f.text}"' for f in r.findings)))
            lines.append(f"[{VERDICT_STYLE[r.level]}]{r.level}[/] {escape(r.short)}"
                         + (f"  {words}" if words else ""))
        table.add_row(escape(printable(short_label(d.analysis.id))), f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]", "\n".join(lines) or "–")
    return table


DESIGN_SHORT = {"systematic_review": "review", "randomized_trial": "RCT", "observational": "observ.",
                "case_report": "case", "preclinical": "lab"}
CHECKLIST_HEADERS = {"harms": "Harms", "benefits": "Benefit", "evidence": "Evid.", "costs": "Cost",
                     "availability": "Avail.", "funding": "Fund.", "alternatives": "Alt."}


def checklist_table(documents: Sequence[ScoredDocument]) -> Table:
    """Disclosure checklist (HealthNewsReview criteria, DISCERN) and claim cues per document."""
    names = [d.name for d in documents[0].analysis.cues.disclosures] if documents else []
    table = Table(title="Disclosure checklist (✓ present, ✗ missing) and claim cues", title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("Document", no_wrap=True)
    for name in names:
        header = CHECKLIST_HEADERS.get(name, name)
        table.add_column(header, justify="center", no_wrap=True, min_width=len(header))
    for header in ("Design", "Bare %", "Safety", "Absol.", "Stories"):
        table.add_column(header, justify="right", no_wrap=True, min_width=len(header))
    for d in documents:
        cues = d.analysis.cues
        marks = ["[green]✓[/]" if x.present else "[red]✗[/]" for x in cues.disclosures]
        design = DESIGN_SHORT.get(cues.strongest_design, "–")
        table.add_row(escape(printable(short_label(d.analysis.id))), *marks, design, str(len(cues.unsourced_statistics)),
                      str(len(cues.safety_claims)), str(len(cues.absolute_claims)), str(len(cues.testimonials)))
    return table


def ranking_table(summary: CorpusSummary) -> Table:
    counts = ", ".join(f"{n} {v}" for v, n in summary.verdict_counts.items())
    table = Table(title=f"Corpus ranking by editorial score ({counts})", title_justify="left", box=box.SIMPLE_HEAD)
    for header in ["#", "Document", "Score", "Verdict", "Grade", "Promo", "Hedges", "Balance", "CTA"]:
        table.add_column(header, justify="left" if header in ("Document", "Verdict") else "right", no_wrap=True)
    for rank, d in enumerate(summary.ranking, start=1):
        s = d.scores
        table.add_row(str(rank), escape(printable(short_label(d.analysis.id))), fmt(s.editorial_score), f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]",
                      fmt(s.reading_grade), fmt(s.promotional_rate), fmt(s.hedging_rate), f"{s.promotional_balance:.2f}",
                      str(s.calls_to_action))
    table.add_section()
    table.add_row("", "mean", fmt(summary.mean_editorial_score), "", fmt(summary.mean_reading_grade),
                  fmt(summary.mean_promotional_rate), fmt(summary.mean_hedging_rate), "", "")
    return table


def print_report(documents: Sequence[ScoredDocument], summary: CorpusSummary, console: Console) -> None:
    print_tables([d.analysis for d in documents], console)
    console.print(checklist_table(documents))
    console.print(verdict_table(documents))
    console.print(ranking_table(summary))


def report_record(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
                  rules: Sequence[Rule]) -> dict:
    """The whole batch as the JSON report (and the input the charts are drawn from)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [scored_record(d) for d in documents],
        "errors": [{"id": e.id, "error": e.reason} for e in errors],
        "summary": summary_record(summary),
        "rules": [{"id": r.id, "threshold": r.threshold, "level": r.level} for r in rules],
    }


def _jsonl(documents: Sequence[ScoredDocument], errors: Sequence[LoadError]) -> str:
    lines = [json.dumps(scored_record(d), ensure_ascii=False) for d in documents]
    lines += [json.dumps({"id": e.id, "error": e.reason}, ensure_ascii=False) for e in errors]
    return "".join(line + "\n" for line in lines)


# A cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): an id like
# =HYPERLINK(...) from a corpus must stay text, so it gets a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv(documents: Sequence[ScoredDocument], errors: Sequence[LoadError]) -> str:
    out = io.StringIO()
    # CRLF ends a record (RFC 4180), so a cell holding a bare CR is quoted and cannot be read
    # back as a row of its own; the numbers are ours, only text cells need neutralising.
    writer = csv.writer(out, lineterminator="\r\n")
    readability = [attr for _, attr in READABILITY_COLUMNS]
    writer.writerow(["id", "verdict", *CSV_SCORES, "words", "sentences", *readability, "reasons", "error"])
    for d in documents:
        r = d.analysis.readability
        writer.writerow([
            _text_cell(d.analysis.id), d.verdict, *(_cell(getattr(d.scores, k)) for k in CSV_SCORES), r.words, r.sentences,
            *(_cell(getattr(r, a)) for a in readability), _text_cell(";".join(x.rule_id for x in d.reasons)), "",
        ])
    for e in errors:
        writer.writerow([_text_cell(e.id), "error", *[""] * (len(CSV_SCORES) + 2 + len(readability) + 1), _text_cell(e.reason)])
    return out.getvalue()


def _cell(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _markdown(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError]) -> str:
    counts = ", ".join(f"{n} {v}" for v, n in summary.verdict_counts.items())
    lines = [f"# analyzer report\n\n{len(documents)} documents: {counts}.\n",
             "| # | document | editorial score | verdict | grade | promotional /1k | hedges /1k | CTA |",
             "|---:|---|---:|---|---:|---:|---:|---:|"]
    for rank, d in enumerate(summary.ranking, start=1):
        s = d.scores
        lines.append(f"| {rank} | {_md(d.analysis.id)} | {s.editorial_score:.1f} | {d.verdict} | {fmt(s.reading_grade)} | "
                     f"{s.promotional_rate:.1f} | {s.hedging_rate:.1f} | {s.calls_to_action} |")
    if documents:
        names = [x.name for x in documents[0].analysis.cues.disclosures]
        lines += ["\n## Disclosure checklist\n", "| document | " + " | ".join(names) + " | unsourced % | testimonials |",
                  "|---|" + "---|" * (len(names) + 2)]
        for d in documents:
            cues = d.analysis.cues
            lines.append(f"| {_md(d.analysis.id)} | " + " | ".join("✓" if x.present else "✗" for x in cues.disclosures)
                         + f" | {len(cues.unsourced_statistics)} | {len(cues.testimonials)} |")
    lines.append("\n## Reasons\n")
    for d in documents:
        lines.append(f"### {_md(d.analysis.id)}: {d.verdict}\n")
        for r in d.reasons:
            words = ", ".join(f"“{_md(f.text)}”" for f in r.findings)
            lines.append(f"- **{r.level}** `{r.rule_id}`: {r.message}" + (f" ({words})" if words else ""))
        if not d.reasons:
            lines.append("- no rule fired")
        lines.append("")
    if errors:
        lines.append("## Inputs that could not be read\n")
        lines += [f"- {_md(e.id)}: {_md(e.reason)}" for e in errors]
    return "\n".join(lines) + "\n"


# Markdown renders inline HTML and reads markup characters: a document id like <script> or
# [click](javascript:...) must show as written (issue 16). Entities for HTML, backslashes for
# Markdown (CommonMark: any ASCII punctuation may be backslash-escaped); line breaks and
# control characters would end the table row.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _md(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", _MD_BREAKS.sub(" ", text))


def render(fmt_name: str, documents: Sequence[ScoredDocument], summary: CorpusSummary,
           errors: Sequence[LoadError] = (), rules: Sequence[Rule] = (), width: int = 120) -> str:
    """The whole report as text (tables without colour, for files and pipes)."""
    if fmt_name == "json":
        return json.dumps(report_record(documents, summary, errors, rules), ensure_ascii=False, indent=2) + "\n"
    if fmt_name == "html":
        from .html import render_html  # matplotlib loads only when the report embeds charts

        return render_html(documents, summary, errors, rules, report_record(documents, summary, errors, rules))
    if fmt_name == "jsonl":
        return _jsonl(documents, errors)
    if fmt_name == "csv":
        return _csv(documents, errors)
    if fmt_name == "markdown":
        return _markdown(documents, summary, errors)
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    print_report(documents, summary, console)
    return console.file.getvalue()
