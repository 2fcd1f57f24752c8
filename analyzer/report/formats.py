"""Stage 5, report: one scored batch rendered as table, json, jsonl, csv, markdown or html.

``render`` returns the whole report as a string, so ``--output`` can write it atomically.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence

from rich.console import Console

from ..load import LoadError
from ..measure import Lexicon
from ..score import CorpusSummary, ScoredDocument, Threshold
from ..score.verdicts import EDITORIAL_SCORE
from .records import SCHEMA_VERSION, families_record, rules_record, scored_record, summary_record
from .tables import READABILITY_COLUMNS, fmt, print_report


def report_record(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
                  thresholds: Sequence[Threshold], lexicon: Lexicon) -> dict:
    """The whole batch as the JSON report (and the input the charts are drawn from)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [scored_record(d) for d in documents],
        "errors": [{"id": e.id, "error": e.reason} for e in errors],
        "summary": summary_record(summary),
        "rules": rules_record(thresholds),
        "families": families_record(lexicon),
    }


def jsonl_line(document: ScoredDocument) -> str:
    """One document's JSON Lines record (without the newline). Module-level: pool workers run it."""
    return json.dumps(scored_record(document), ensure_ascii=False)


def _jsonl(documents: Sequence[ScoredDocument], errors: Sequence[LoadError]) -> str:
    lines = [jsonl_line(d) for d in documents]
    lines += [json.dumps({"id": e.id, "error": e.reason}, ensure_ascii=False) for e in errors]
    return "".join(line + "\n" for line in lines)


def _csv(documents: Sequence[ScoredDocument], errors: Sequence[LoadError]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    readability = [attr for _, attr in READABILITY_COLUMNS]
    names = [name for name, _ in documents[0].scores.items()] if documents else []
    scores = sorted(names, key=lambda name: name != EDITORIAL_SCORE)  # the ranking figure first
    writer.writerow(["id", "verdict", *scores, "words", "sentences", *readability, "reasons", "error"])
    for d in documents:
        r = d.analysis.readability
        writer.writerow([
            d.analysis.id, d.verdict, *(_cell(d.scores[k]) for k in scores), r.words, r.sentences,
            *(_cell(getattr(r, a)) for a in readability), ";".join(x.rule_id for x in d.reasons), "",
        ])
    for e in errors:
        writer.writerow([e.id, "error", *[""] * (len(scores) + 2 + len(readability) + 1), e.reason])
    return out.getvalue()


def _cell(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _markdown(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError], lexicon: Lexicon) -> str:
    from .tables import column_families, headline

    counts = ", ".join(f"{n} {v}" for v, n in summary.verdict_counts.items())
    columns = column_families(lexicon)
    lines = [f"# analyzer report\n\n{len(documents)} documents: {counts}.\n",
             "| # | document | editorial score | verdict | grade | " + " | ".join(f.display.short for f in columns) + " |",
             "|---:|---|---:|---|---:|" + "---:|" * len(columns)]
    for rank, d in enumerate(summary.ranking, start=1):
        s = d.scores
        lines.append(f"| {rank} | {_md(d.analysis.id)} | {s['editorial_score']:.1f} | {d.verdict} | {fmt(s['reading_grade'])} | "
                     + " | ".join(headline(f, lexicon, d.analysis) for f in columns) + " |")
    if documents:
        items = lexicon.display_rules("missing")
        flagged = [r for r in lexicon.display_rules() if r.cue and r.header]
        lines += ["\n## Disclosure checklist\n",
                  "| document | " + " | ".join([r.item for r in items] + [r.cue.replace("_", " ") for r in flagged]) + " |",
                  "|---|" + "---|" * (len(items) + len(flagged))]
        for d in documents:
            cues = d.analysis.cues
            lines.append(f"| {_md(d.analysis.id)} | " + " | ".join("✓" if cues.disclosure(r.item).present else "✗" for r in items)
                         + "".join(f" | {len(cues.listed(r.cue))}" for r in flagged) + " |")
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


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(fmt_name: str, documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
           thresholds: Sequence[Threshold], lexicon: Lexicon, width: int = 120) -> str:
    """The whole report as text (tables without colour, for files and pipes)."""
    if fmt_name in ("json", "html"):
        record = report_record(documents, summary, errors, thresholds, lexicon)
        if fmt_name == "json":
            return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        from .html import render_html  # matplotlib loads only when the report embeds charts

        return render_html(documents, summary, errors, lexicon, record)
    if fmt_name == "jsonl":
        return _jsonl(documents, errors)
    if fmt_name == "csv":
        return _csv(documents, errors)
    if fmt_name == "markdown":
        return _markdown(documents, summary, errors, lexicon)
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    print_report(documents, summary, lexicon, console)
    return console.file.getvalue()
