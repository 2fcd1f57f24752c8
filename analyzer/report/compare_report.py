"""Reports for ``analyzer compare``: one record per pair, in every output format.

HTML shows the release and its source side by side, the main claim of each highlighted and every
reason's wording marked on both sides; like the main report it is one self-contained file with no
script, and every piece of either text goes through ``html.escape``. The batch chart counts the
verdicts and which kinds of reason drove them (matplotlib Agg, Okabe-Ito colours, as charts.py).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any, Sequence

from rich import box
from rich.console import Console
from rich.markup import escape as rich_escape
from rich.table import Table

from ..compare import NOT_COMPARED, NOTE, REASON_KINDS, VERDICTS, Claim, Comparison, Span, vocabulary
from ..load import LoadError
from ..text import Language
from .records import error_record, rounded, text_cell
from .tables import header_min_width

# /2: a pair may have verdict "unsupported" (a side in a language the vocabulary does not read),
# with "not_compared" and "languages" keys.
COMPARE_SCHEMA = "analyzer-compare/2"


def _spans(spans: Sequence[Span]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def _claim(claim: Claim | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    return {"sentence_index": claim.sentence_index, "start": claim.start, "end": claim.end, "text": claim.text,
            "strength": claim.strength, "label": claim.label, "chosen_because": claim.chosen_because,
            "cues": _spans(claim.cues)}


def _language(language: Language | None) -> dict[str, Any] | None:
    if language is None:
        return None
    return {"code": language.code, "confidence": rounded(language.confidence), "method": language.method,
            "supported": language.supported}


def comparison_record(c: Comparison) -> dict[str, Any]:
    """Everything about one pair, JSON-ready; spans index into each side's text. A pair not
    compared (a side in an unsupported language) has verdict "unsupported", null claims, no
    reasons, and ``not_compared`` saying which side."""
    languages = c.languages or (None, None)
    return {
        "id": c.id,
        "verdict": c.verdict,
        "claim_verdict": c.claim_verdict,
        "not_compared": c.not_compared,
        "languages": {"release": _language(languages[0]), "source": _language(languages[1])},
        "release_claim": _claim(c.release_claim),
        "source_claim": _claim(c.source_claim),
        "reasons": [{"kind": r.kind, "direction": r.direction, "title": r.title, "message": r.message,
                     "source": r.source, "release_spans": _spans(r.release_spans),
                     "source_spans": _spans(r.source_spans)} for r in c.reasons],
    }


def summary_record(comparisons: Sequence[Comparison]) -> dict[str, Any]:
    """How many pairs get each verdict ("unsupported": not compared, never counted as "same"), and
    how often each reason kind occurs among them."""
    verdicts = Counter(c.verdict for c in comparisons)
    kinds = Counter(k for c in comparisons for k in set(c.kinds))
    exaggerating = Counter(k for c in comparisons if c.verdict == "exaggerates" for k in set(c.kinds))
    return {"pairs": len(comparisons), "verdicts": {v: verdicts.get(v, 0) for v in VERDICTS + (NOT_COMPARED,)},
            "reasons": {k: kinds.get(k, 0) for k in REASON_KINDS},
            "reasons_in_exaggerating": {k: exaggerating.get(k, 0) for k in REASON_KINDS}}


def report_record(comparisons: Sequence[Comparison], errors: Sequence[LoadError] = ()) -> dict[str, Any]:
    return {"schema": COMPARE_SCHEMA, "summary": summary_record(comparisons),
            "pairs": [comparison_record(c) for c in comparisons],
            "errors": [error_record(e) for e in errors]}


def _strength(c: Comparison, claim: Claim | None) -> str:
    """A side's claim strength; "–" for a pair not compared (nothing was graded, "no claim" would
    say otherwise)."""
    if not c.compared:
        return "–"
    return f"{claim.strength} {claim.label}" if claim else "no claim"


def verdict_counts(comparisons: Sequence[Comparison]) -> str:
    """"1 exaggerates, 0 same, 0 downplays", and how many pairs were not compared, when any."""
    counts = summary_record(comparisons)["verdicts"]
    parts = [f"{counts[v]} {v}" for v in VERDICTS]
    if counts[NOT_COMPARED]:
        parts.append(f"{counts[NOT_COMPARED]} not compared (language not supported)")
    return ", ".join(parts)


def _reasons_text(c: Comparison) -> str:
    if not c.compared:
        return c.not_compared or "not compared"
    return "\n".join(f"{'·' if r.direction == NOTE else '•'} {r.title}: {r.message}" for r in c.reasons) or "none"


def comparison_table(comparisons: Sequence[Comparison]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title="Press release vs source")
    for header in ("pair", "verdict", "release claim", "source claim", "reasons"):
        table.add_column(header, overflow="fold", min_width=header_min_width(header))
    for c in comparisons:
        table.add_row(rich_escape(c.id or "-"), c.verdict, _strength(c, c.release_claim), _strength(c, c.source_claim),
                      rich_escape(_reasons_text(c)))
    return table


def print_comparisons(comparisons: Sequence[Comparison], errors: Sequence[LoadError], console: Console) -> None:
    if comparisons:
        console.print(comparison_table(comparisons))
    for c in comparisons:
        for side, claim in (("release", c.release_claim), ("source", c.source_claim)):
            if claim:
                console.print(f"[bold]{rich_escape(c.id or '-')}[/] {side} claim ({claim.label}; {rich_escape(claim.chosen_because)}): "
                              f"{rich_escape(claim.text)}", highlight=False)
    if len(comparisons) > 1:
        console.print(verdict_counts(comparisons), highlight=False)
    for e in errors:
        console.print(f"[red]error[/]: {rich_escape(e.name)}: {rich_escape(e.reason)}", highlight=False)


def _jsonl(comparisons: Sequence[Comparison], errors: Sequence[LoadError]) -> str:
    lines = [json.dumps(comparison_record(c), ensure_ascii=False) for c in comparisons]
    lines += [json.dumps(error_record(e), ensure_ascii=False) for e in errors]
    return "".join(line + "\n" for line in lines)


def _csv(comparisons: Sequence[Comparison], errors: Sequence[LoadError]) -> str:
    """One row a pair, then one an unreadable pair: its id, the reason, and in ``where`` where it is
    when that differs from the id, the columns JSON's error record has (``error_record``; round 27:
    the row of a pair with an id lost its "pairs.jsonl:3", which JSON, Markdown and HTML keep)."""
    out = io.StringIO()
    # text cells neutralised as the score CSV's are (a pair id or a claim opening "=" or "-"), and CRLF
    # ends a record (RFC 4180), so a claim holding a bare CR is quoted, not read back as a row
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "verdict", "claim_verdict", "release_strength", "source_strength", "release_claim",
                     "source_claim", "reasons", "error", "where", "not_compared"])
    for c in comparisons:
        writer.writerow([text_cell(c.id), c.verdict, c.claim_verdict,
                         c.release_claim.strength if c.release_claim else "", c.source_claim.strength if c.source_claim else "",
                         text_cell(c.release_claim.text) if c.release_claim else "",
                         text_cell(c.source_claim.text) if c.source_claim else "", ";".join(c.kinds), "", "",
                         c.not_compared or ""])
    for e in errors:
        record = error_record(e)
        writer.writerow([text_cell(e.id), "error", "", "", "", "", "", "", text_cell(e.reason),
                         text_cell(record.get("where", "")), ""])
    return out.getvalue()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(comparisons: Sequence[Comparison], errors: Sequence[LoadError]) -> str:
    lines = ["# Press release vs source\n", f"{len(comparisons)} pair{'s' if len(comparisons) != 1 else ''}: " + verdict_counts(comparisons) + ".\n",
             "| pair | verdict | release claim | source claim | reasons |", "|---|---|---|---|---|"]
    for c in comparisons:
        reasons = (', '.join(c.kinds) or 'none') if c.compared else _md(c.not_compared or "not compared")
        lines.append(f"| {_md(c.id or '-')} | {c.verdict} | {_strength(c, c.release_claim)} | {_strength(c, c.source_claim)} | "
                     f"{reasons} |")
    for c in comparisons:
        lines.append(f"\n## {_md(c.id or 'pair')}: {c.verdict}\n")
        if not c.compared:
            lines.append(f"- {_md(c.not_compared or 'not compared')}")
        for side, claim in (("Release", c.release_claim), ("Source", c.source_claim)):
            if claim:
                lines.append(f"- **{side} claim** ({claim.label}): “{_md(claim.text)}”")
        for r in c.reasons:
            lines.append(f"- **{r.direction}** `{r.kind}`: {_md(r.message)} — _{_md(r.source)}_")
    if errors:
        lines.append("\n## Pairs that could not be read\n")
        lines += [f"- {_md(e.name)}: {_md(e.reason)}" for e in errors]
    return "\n".join(lines) + "\n"


# --- HTML ---------------------------------------------------------------------------------

CSS = """
body { font: 16px/1.55 "DejaVu Sans", system-ui, sans-serif; color: #1b1b1b; max-width: 80rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d9d9d9; }
table { border-collapse: collapse; font-size: .92rem; margin: .5rem 0 1rem; }
img { max-width: 100%; height: auto; }
figure { margin: 1rem 0; }
th, td { border-bottom: 1px solid #d9d9d9; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { border: 1px solid #d9d9d9; padding: .8rem 1rem; white-space: pre-wrap; line-height: 1.8; }
.side h3 { margin: 0 0 .4rem; font-size: 1rem; white-space: normal; }
.claim { background: #e8f1fb; outline: 2px solid #0072B2; border-radius: .15rem; }
mark { color: inherit; border-radius: .15rem; padding: 0 .1rem; }
mark.exaggerates { background: #f6cdb4; } mark.downplays { background: #a6d9f5; } mark.note { background: #f7d774; }
.verdict { font-weight: bold; padding: 0 .4rem; border-radius: .2rem; }
.v-exaggerates { background: #f6cdb4; } .v-same { background: #d6f0e5; } .v-downplays { background: #a6d9f5; }
.v-unsupported { background: #ffffff; border: 1px dashed #5a5a5a; }
.muted { color: #5a5a5a; font-size: .85rem; }
@media (max-width: 50rem) { .pair { grid-template-columns: 1fr; } }
@media (max-width: 40rem) { body { padding: .75rem; } }
@media print { .pair { grid-template-columns: 1fr 1fr; } }
"""


def _marked(text: str, claim: Claim | None, marks: Sequence[tuple[Span, str, str]]) -> str:
    """The text escaped, the claim sentence boxed, and each reason's spans marked (a deciding
    reason's wording before a note's; a span overlapping one already marked is left unmarked
    rather than mis-nested)."""
    events: list[tuple[int, int, str, str]] = []  # (position, order, kind, html)
    if claim:
        events += [(claim.start, 0, "open", '<span class="claim">'), (claim.end, 3, "close", "</span>")]
    opened: list[tuple[int, int]] = []
    whole = (claim.start, claim.end) if claim else None
    # deciding reasons first, then notes; the claim sentence itself is boxed, not marked
    ranked = sorted(marks, key=lambda m: (m[1] == NOTE, m[0].start, -m[0].end))
    for span, direction, title in (m for m in ranked if (m[0].start, m[0].end) != whole):
        nests = claim is None or (claim.start <= span.start and span.end <= claim.end) or \
            span.end <= claim.start or span.start >= claim.end
        if not nests or any(s < span.end and span.start < e for s, e in opened):
            continue
        opened.append((span.start, span.end))
        events += [(span.start, 1, "open", f'<mark class="{escape(direction)}" title="{escape(title, quote=True)}">'),
                   (span.end, 2, "close", "</mark>")]
    events.sort(key=lambda e: (e[0], 0 if e[2] == "close" else 1, e[1]))  # close before open; inner closes first
    out, at = [], 0
    for position, _, _, tag in events:
        out.append(escape(text[at:position]))
        out.append(tag)
        at = position
    out.append(escape(text[at:]))
    return "".join(out)


def _pair_html(c: Comparison) -> str:
    release_marks = [(s, r.direction, r.title) for r in c.reasons for s in r.release_spans]
    source_marks = [(s, r.direction, r.title) for r in c.reasons for s in r.source_spans]
    reasons = "".join(
        f"<li><strong>{escape(r.title)}</strong> ({escape(r.direction)}): {escape(r.message)} "
        f'<span class="muted">{escape(r.source)}</span></li>' for r in c.reasons) or (
        "<li>no reason: the claims match</li>" if c.compared else f"<li>{escape(c.not_compared or 'not compared')}</li>")
    sides = []
    for title, analysis, claim, marks in (("Press release", c.release, c.release_claim, release_marks),
                                          ("Source", c.source, c.source_claim, source_marks)):
        label = (f"main claim: {claim.label} ({claim.chosen_because})" if claim else "no claim found") if c.compared \
            else "not compared"
        sides.append(f'<div class="side"><h3>{title} <span class="muted">{escape(label)}</span></h3>'
                     f"{_marked(analysis.text, claim, marks)}</div>")
    return (f'<section><h2>{escape(c.id or "pair")} <span class="verdict v-{escape(c.verdict)}">{escape(c.verdict)}</span></h2>'
            f'<div class="pair">{"".join(sides)}</div><ul>{reasons}</ul></section>')


def _html(comparisons: Sequence[Comparison], errors: Sequence[LoadError], charted: bool = False) -> str:
    """One self-contained page; ``charted`` embeds the verdicts chart, a phone-width drawing below 40rem."""
    summary = summary_record(comparisons)
    rows = "".join(f"<tr><td>{escape(v)}</td><td>{n}</td></tr>" for v, n in summary["verdicts"].items()
                   if v != NOT_COMPARED or n)
    kinds = "".join(f"<tr><td>{escape(vocabulary()[1][k]['title'])}</td><td>{n}</td></tr>"
                    for k, n in summary["reasons"].items() if n)
    chart = ""
    if charted:
        import base64

        from .html import NARROW as PHONE_SCREEN

        wide, narrow = (base64.b64encode(chart_bytes(comparisons, n)).decode() for n in (False, True))
        chart = (f'<figure><picture><source media="{PHONE_SCREEN}" srcset="data:image/png;base64,{narrow}">'
                 f'<img alt="{escape(chart_alt(comparisons))}" src="data:image/png;base64,{wide}"></picture></figure>')
    problems = "".join(f"<li>{escape(e.name)}: {escape(e.reason)}</li>" for e in errors)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Press release vs source</title><style>{CSS}</style></head><body>"
        f"<h1>Press release vs source</h1><p>{summary['pairs']} pairs. Boxed: each side's main claim. "
        '<mark class="exaggerates">exaggerates</mark> <mark class="downplays">downplays</mark> '
        '<mark class="note">note</mark>: the wording behind each reason.</p>'
        f"<table><tr><th>verdict</th><th>pairs</th></tr>{rows}</table>"
        + (f"<table><tr><th>reason</th><th>pairs</th></tr>{kinds}</table>" if kinds else "")
        + chart
        + "".join(_pair_html(c) for c in comparisons)
        + (f"<h2>Pairs that could not be read</h2><ul>{problems}</ul>" if problems else "")
        + "</body></html>\n"
    )


def render(fmt: str, comparisons: Sequence[Comparison], errors: Sequence[LoadError] = ()) -> str:
    """The whole report as text in ``fmt`` (table, json, jsonl, csv, markdown, html)."""
    if fmt == "table":
        console = Console(file=io.StringIO(), width=120, color_system=None)
        print_comparisons(comparisons, errors, console)
        return console.file.getvalue()
    if fmt == "json":
        return json.dumps(report_record(comparisons, errors), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return _jsonl(comparisons, errors)
    if fmt == "csv":
        return _csv(comparisons, errors)
    if fmt == "markdown":
        return _markdown(comparisons, errors)
    if fmt == "html":
        return _html(comparisons, errors, charted=len(comparisons) > 1)
    raise ValueError(f"unknown format {fmt!r}")


# --- chart --------------------------------------------------------------------------------


def chart_bytes(comparisons: Sequence[Comparison], narrow: bool = False) -> bytes:
    """A PNG: pairs per verdict, and per reason kind how many pairs it was found in, split by verdict.
    Pairs not compared (a side in an unsupported language) have no verdict bar; the title says how
    many were left out. ``narrow`` stacks the two panels in a phone-width drawing (charts.NARROW
    inches) with the reasons' titles wrapped: the wide drawing shrunk to 400 px set its text at a
    third of its size."""
    from io import BytesIO
    from textwrap import fill

    from matplotlib.ticker import MaxNLocator

    from .charts import DPI, NARROW, OKABE_ITO, STYLE, plt

    summary = summary_record(comparisons)
    colours = {"exaggerates": OKABE_ITO[5], "same": OKABE_ITO[2], "downplays": OKABE_ITO[4]}
    titles = vocabulary()[1]
    kinds = [k for k in REASON_KINDS if summary["reasons"][k]] or list(REASON_KINDS)
    labels = [fill(titles[k]["title"], 24) if narrow else titles[k]["title"] for k in kinds]
    with plt.rc_context(STYLE):
        if narrow:
            figure, (left, right) = plt.subplots(2, 1, figsize=(NARROW, 4.2 + 0.6 * len(kinds)),
                                                 gridspec_kw={"height_ratios": [2.4, 0.6 * len(kinds) + 0.8]})
        else:
            figure, (left, right) = plt.subplots(1, 2, figsize=(11, max(3.0, 1.2 + 0.4 * len(kinds))),
                                                 gridspec_kw={"width_ratios": [1.3, 2.2]})
        counts = [summary["verdicts"][v] for v in VERDICTS]
        left.bar(VERDICTS, counts, color=[colours[v] for v in VERDICTS])
        for x, n in enumerate(counts):
            left.text(x, n, str(n), ha="center", va="bottom")
        left.tick_params(axis="x", labelsize=9)
        apart, shown = summary["verdicts"][NOT_COMPARED], summary["pairs"] - summary["verdicts"][NOT_COMPARED]
        left.set_title(f"{shown} pair{'s' if shown != 1 else ''} by verdict")
        if apart:
            left.set_xlabel(f"{apart} not compared, left out\n(language not supported)", fontsize=9)
        left.set_ylabel("pairs")
        bottom = [0] * len(kinds)
        for verdict in VERDICTS:
            values = [sum(1 for c in comparisons if c.verdict == verdict and k in c.kinds) for k in kinds]
            right.barh(labels, values, left=bottom, color=colours[verdict], label=verdict)
            bottom = [b + v for b, v in zip(bottom, values)]
        right.invert_yaxis()
        right.set_xlabel("pairs with this reason")
        right.set_title("reasons, by the pair's verdict")
        for axis in (left.yaxis, right.xaxis):  # counts of pairs: no "0.5 pairs" tick
            axis.set_major_locator(MaxNLocator(integer=True))
        if narrow:  # no room beside the bars: the legend goes in a row at the foot
            figure.legend(*right.get_legend_handles_labels(), frameon=False, loc="lower center", ncol=3)
            figure.tight_layout(rect=(0, 0.05, 1, 1))
        else:
            right.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
            figure.tight_layout()
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
        plt.close(figure)
    return buffer.getvalue()


def chart_alt(comparisons: Sequence[Comparison]) -> str:
    """The chart in words, with its figures (WCAG 2.1, 1.1.1: an image's text alternative serves the
    same purpose): a screen reader heard only "verdicts and reasons"."""
    summary = summary_record(comparisons)
    verdicts = ", ".join(f"{summary['verdicts'][v]} {v}" for v in VERDICTS)
    titles = vocabulary()[1]
    reasons = "; ".join(f"{titles[k]['title']}: {n} pair{'s' if n != 1 else ''}"
                        for k, n in summary["reasons"].items() if n)
    apart = summary["verdicts"][NOT_COMPARED]
    return (f"Bar charts of {summary['pairs']} pairs by verdict ({verdicts}"
            + (f", {apart} not compared" if apart else "") + ")"
            + (f" and by reason ({reasons})." if reasons else "; no reason was found."))


def write_chart(comparisons: Sequence[Comparison], folder: Path) -> Path:
    from .output import write_atomic_bytes

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "compare_verdicts.png"
    write_atomic_bytes(path, chart_bytes(comparisons))
    return path
