"""Stage 5, report: one scored batch rendered as table, json, jsonl, csv, markdown or html.

``render`` returns the whole report as a string, so ``--output`` can write it atomically.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Sequence

from rich.console import Console

from ..load import LoadError
from ..measure import Lexicon
from ..score import CorpusSummary, ScoredDocument, Threshold
from ..score.verdicts import EDITORIAL_SCORE
from .records import (SCHEMA_VERSION, error_record, families_record, rounded, rules_record, score_value, scored_record,
                      summary_record, text_cell)
from .tables import READABILITY_COLUMNS, checklist_mark, count_cell, fmt, measured, print_report


def report_record(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
                  thresholds: Sequence[Threshold], lexicon: Lexicon) -> dict:
    """The whole batch as the JSON report (and the input the charts are drawn from)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [scored_record(d) for d in documents],
        "errors": [error_record(e) for e in errors],
        "summary": summary_record(summary),
        "rules": rules_record(thresholds),
        "families": families_record(lexicon),
    }


def jsonl_line(document: ScoredDocument, min_level: str = "info") -> str:
    """One document's JSON Lines record (without the newline), reasons from ``min_level`` up.
    Module-level: pool workers run it (see pipeline.Rendered)."""
    from .diagnostics import at_least

    return json.dumps(scored_record(at_least(document, min_level)), ensure_ascii=False)


def _in_order(documents: Sequence[ScoredDocument], errors: Sequence[LoadError], order: Sequence | None) -> list:
    """Documents and errors in input order (``order``: the pipeline's results as they came)."""
    if order is None:
        return [*documents, *errors]
    wanted = {id(x) for x in (*documents, *errors)}
    return [x for x in order if id(x) in wanted]


def _jsonl(documents: Sequence[ScoredDocument], errors: Sequence[LoadError], order: Sequence | None = None) -> str:
    lines = [json.dumps(error_record(x) if isinstance(x, LoadError) else scored_record(x), ensure_ascii=False)
             for x in _in_order(documents, errors, order)]
    return "".join(line + "\n" for line in lines)


def _csv(documents: Sequence[ScoredDocument], errors: Sequence[LoadError], order: Sequence | None = None) -> str:
    out = io.StringIO()
    # CRLF ends a record (RFC 4180), so a cell holding a bare CR is quoted and cannot be read
    # back as a row of its own; the numbers are ours, only text cells need neutralising.
    writer = csv.writer(out, lineterminator="\r\n")
    readability = [attr for _, attr in READABILITY_COLUMNS]
    names = [name for name, _ in documents[0].scores.items()] if documents else []
    scores = sorted(names, key=lambda name: name != EDITORIAL_SCORE)  # the ranking figure first
    families = [f.family for f in documents[0].analysis.wording.families] if documents else []
    wording = [f"{family}_{column}" for family in families for column in WORDING_COLUMNS]
    writer.writerow(["id", "verdict", *scores, "words", "sentences", *readability, *wording, "reasons", "error", "where"])
    for d in _in_order(documents, errors, order):  # rows in input order, errors where they occurred
        if isinstance(d, LoadError):  # "where" as JSON's error record has it: "corpus.jsonl:3" for row a3
            writer.writerow([text_cell(d.id), "error", *[""] * (len(scores) + 2 + len(readability) + len(wording) + 1),
                             text_cell(d.reason), text_cell(error_record(d).get("where", ""))])
            continue
        r = d.analysis.readability
        writer.writerow([
            text_cell(d.analysis.id), d.verdict, *(_number_cell(score_value(k, d.scores[k])) for k in scores),
            *((r.words, r.sentences) if measured(d.analysis) else ("", "")),
            *(_cell(getattr(r, a)) for a in readability), *_wording_cells(d),
            text_cell(";".join(x.rule_id for x in d.reasons)), "", "",
        ])
    return out.getvalue()


# Each family's columns, named as JSON's ``wording`` names the figures: ``per_1k_words`` counts
# findings, ``weighted_per_1k_words`` sums their weights and is the rate the table's family
# columns and the ``.rate`` rules show (a new user compared "Promo" 289.7 with a CSV 102.8).
WORDING_COLUMNS = ("count", "per_1k_words", "weighted_per_1k_words")


def _wording_cells(d: ScoredDocument) -> list[str]:
    """Each family's counted findings, its rate and its weighted rate per 1,000 words, as JSON's
    ``wording`` gives them: a researcher comparing hype across a corpus needs them beside the
    scores (a new user found the CSV held only the scores); empty where the document was not measured."""
    if not measured(d.analysis):
        return [""] * (len(WORDING_COLUMNS) * len(d.analysis.wording.families))
    return [cell for f in d.analysis.wording.families
            for cell in (str(f.count), _number_cell(rounded(f.per_1k_words)), _number_cell(rounded(f.weighted_per_1k_words)))]


def _number_cell(value: float | int | None) -> str:
    """A number written as JSON writes it (53.3, not 53.300): the two formats agree cell for cell."""
    return "" if value is None else json.dumps(value)


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
        lines.append(f"| {rank} | {_md(d.analysis.id)} | {fmt(s['editorial_score'])} | {d.verdict} | {fmt(s['reading_grade'])} | "
                     + " | ".join(headline(f, lexicon, d.analysis) for f in columns) + " |")
    if documents:
        items = lexicon.display_rules("missing")
        flagged = [r for r in lexicon.display_rules() if r.cue and r.header]
        lines += ["\n## Disclosure checklist\n",
                  "| document | " + " | ".join([r.item for r in items] + [r.cue.replace("_", " ") for r in flagged]) + " |",
                  "|---|" + "---|" * (len(items) + len(flagged))]
        for d in documents:
            cues = d.analysis.cues
            lines.append(f"| {_md(d.analysis.id)} | " + " | ".join(checklist_mark(d.analysis, r.item, "✓", "✗") for r in items)
                         + "".join(f" | {count_cell(d.analysis, len(cues.listed(r.cue)))}" for r in flagged) + " |")
    lines.append("\n## Reasons\n")
    for d in documents:
        lines.append(f"### {_md(d.analysis.id)}: {d.verdict}\n")
        for r in d.reasons:
            words = ", ".join(f"“{_md(f.text)}”" for f in r.findings)
            lines.append(f"- **{r.level}** `{r.rule_id}`: {r.message}" + (f" ({words})" if words else ""))
        if not d.reasons:
            lines.append("- no rule fired" if measured(d.analysis) else "- not measured (language not supported)")
        lines.append("")
    if errors:
        lines.append("## Inputs that could not be read\n")
        lines += [f"- {_md(e.id)}: {_md(e.reason)}" for e in errors]
    return "\n".join(lines) + "\n"


def _for_editors(fmt_name: str, documents: Sequence[ScoredDocument], errors: Sequence[LoadError],
                 thresholds: Sequence[Threshold], lexicon: Lexicon, min_level: str) -> str:
    """line, github and sarif: one diagnostic per rule and place (see diagnostics.py)."""
    from .annotations import github_format, line_format
    from .diagnostics import all_diagnostics, in_source, rules_by_id
    from .sarif import render_sarif

    if fmt_name == "sarif":
        return render_sarif(documents, errors, thresholds, lexicon, min_level)
    rules = rules_by_id(thresholds)
    found = [(d, in_source(document)) for document in documents for d in all_diagnostics([document], rules, min_level)]
    return line_format(found) if fmt_name == "line" else github_format(found)


# Markdown renders inline HTML and reads markup characters: a document id like <script> or
# [click](javascript:...) must show as written (issue 16). Entities for HTML, backslashes for
# Markdown (CommonMark: any ASCII punctuation may be backslash-escaped); line breaks and
# control characters would end the table row.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _md(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", _MD_BREAKS.sub(" ", text))


def render(fmt_name: str, documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
           thresholds: Sequence[Threshold], lexicon: Lexicon, width: int = 120, min_level: str = "info",
           order: Sequence | None = None) -> str:
    """The whole report as text (tables without colour, for files and pipes).

    ``min_level`` hides reasons below it in every format (the verdicts stay as scored);
    ``order``: documents and errors as the pipeline returned them, so rows keep input order.
    """
    if fmt_name in ("line", "github", "sarif"):
        return _for_editors(fmt_name, documents, errors, thresholds, lexicon, min_level)
    if min_level != "info":
        from .diagnostics import at_least

        shown = {id(d): at_least(d, min_level) for d in documents}
        documents = list(shown.values())
        order = [shown.get(id(x), x) for x in order] if order is not None else None
    if fmt_name in ("json", "html"):
        record = report_record(documents, summary, errors, thresholds, lexicon)
        if fmt_name == "json":
            return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        from .html import render_html  # matplotlib loads only when the report embeds charts

        return render_html(documents, summary, errors, lexicon, record)
    if fmt_name == "jsonl":
        return _jsonl(documents, errors, order)
    if fmt_name == "csv":
        return _csv(documents, errors, order)
    if fmt_name == "markdown":
        return _markdown(documents, summary, errors, lexicon)
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    print_report(documents, summary, lexicon, console)
    return console.file.getvalue()
