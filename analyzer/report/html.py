"""One self-contained HTML report: summary, ranking, charts, and every document highlighted.

No network: CSS is inline, charts are data URIs, and there is no script at all (tooltips are
CSS, shown on hover and on keyboard focus). Documents are untrusted input: every piece of their
text, and every attribute value, goes through ``html.escape``.
"""

from __future__ import annotations

import base64
import tempfile
from html import escape
from pathlib import Path
from typing import Sequence

from ..load import LoadError
from ..score import CorpusSummary, Rule, ScoredDocument
from .highlight import describe, hard_sentences, runs, selected
from .labels import short_label
from .table import READABILITY_COLUMNS, fmt

# Okabe-Ito colours (as in the charts), light enough behind text.
CSS = """
:root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d9d9d9; --bg: #ffffff; }
* { box-sizing: border-box; }
body { font: 16px/1.55 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: var(--bg);
       max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
a { color: #0b5cad; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child, td.left, th.left { text-align: left; }
.verdict { font-weight: bold; padding: 0 .4rem; border-radius: .2rem; }
.v-ok { background: #d6f0e5; } .v-review { background: #fbe6bf; } .v-fail { background: #f6cdb4; }
.charts figure { margin: 0 0 1.2rem; }
.charts img { width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .85rem; }
.doc { border-top: 3px solid var(--line); margin-top: 2rem; padding-top: .5rem; }
.text { white-space: pre-wrap; border: 1px solid var(--line); padding: 1rem; line-height: 1.8; }
.legend span { margin-right: .6rem; }
mark { position: relative; color: inherit; border-radius: .15rem; padding: 0 .1rem; cursor: help; }
mark:focus { outline: 2px solid #0b5cad; }
.f-promotional { background: #f7d774; } .f-cta { background: #f4a582; } .f-claims { background: #f4a582; }
.f-boosters { background: #e7b9dc; } .f-hedges { background: #a6d9f5; } .f-testimonials { background: #b7c9f2; }
.f-harms, .f-benefits, .f-evidence, .f-costs, .f-funding, .f-availability, .f-alternatives { background: #bfe8d6; }
.mention { background: none; border-bottom: 2px dotted var(--muted); }
.hard { text-decoration: underline wavy #d55e00; text-decoration-thickness: 1px; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 10; width: 26rem; max-width: 80vw;
       background: #fff; border: 1px solid var(--ink); padding: .4rem .5rem; font-size: .8rem; line-height: 1.4;
       white-space: normal; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
mark:hover > .tip, mark:focus > .tip, mark:focus-within > .tip { display: block; }
.checklist span { display: inline-block; margin: 0 .5rem .3rem 0; padding: 0 .4rem; border-radius: .2rem; }
.present { background: #d6f0e5; } .missing { background: #f6cdb4; }
ul.reasons { margin: .3rem 0; padding-left: 1.2rem; }
.muted { color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .tip, .skip, .legend { display: none !important; }
  mark { background: none !important; border-bottom: 1.5px solid #000; }
  .doc { page-break-before: always; }
  .charts { display: block; } .charts img { width: 100%; page-break-inside: avoid; }
}
"""


def _verdict(verdict: str) -> str:
    return f'<span class="verdict v-{escape(verdict)}">{escape(verdict)}</span>'


def _anchor(index: int) -> str:
    return f"doc-{index}"


def _charts(report: dict) -> list[tuple[str, str]]:
    """(title, data URI) for every chart, drawn into a temporary folder."""
    from .charts import render_charts

    if not report["documents"]:
        return []  # every input failed: the report lists the errors, there is nothing to chart
    with tempfile.TemporaryDirectory() as folder:
        paths = render_charts(report, Path(folder))
        return [(p.stem.replace("_", " "), "data:image/png;base64," + base64.b64encode(p.read_bytes()).decode("ascii"))
                for p in paths]


def _highlighted(document: ScoredDocument) -> str:
    analysis = document.analysis
    findings = selected(analysis)
    hard = hard_sentences(analysis)
    original = analysis.text
    parts = []
    position = 0
    for sentence in analysis.prepared.sentences:
        parts.append(escape(original[position:sentence.start]))
        grade = hard.get(sentence.index)
        if grade is not None:
            parts.append(f'<span class="hard" title="hard sentence: grade {grade:.0f}">')
        for run in runs(len(original), findings, sentence.start, sentence.end):
            piece = escape(original[run.start:run.end])
            if not run.findings:
                parts.append(piece)
                continue
            counted = any(f.counts for f in run.findings)
            classes = f"f-{escape(run.family)}" + ("" if counted else " mention")
            tip = "<br>".join(escape(describe(f)) for f in run.findings)
            first = run.findings[0]
            parts.append(
                f'<mark class="{classes}" tabindex="0" data-family="{escape(first.family)}" '
                f'data-category="{escape(first.category)}">{piece}<span class="tip" role="tooltip">{tip}</span></mark>'
            )
        if grade is not None:
            parts.append("</span>")
        position = sentence.end
    parts.append(escape(original[position:]))
    return "".join(parts)


def _document(index: int, document: ScoredDocument) -> str:
    a = document.analysis
    reasons = []
    for r in document.reasons:
        words = ", ".join(f"“{escape(f.text)}”" for f in r.findings)
        reasons.append(f"<li><b>{escape(r.level)}</b> <code>{escape(r.rule_id)}</code>: {escape(r.message)}"
                       + (f" <span class='muted'>({words})</span>" if words else "") + "</li>")
    checklist = "".join(
        f'<span class="{"present" if d.present else "missing"}">{"✓" if d.present else "✗"} {escape(d.name)}</span>'
        for d in a.cues.disclosures
    )
    r = a.readability
    figures = ", ".join(f"{label} {fmt(getattr(r, attr))}" for label, attr in READABILITY_COLUMNS)
    return f"""
<section class="doc" id="{_anchor(index)}" aria-labelledby="{_anchor(index)}-title">
  <h3 id="{_anchor(index)}-title">{escape(a.id)} {_verdict(document.verdict)}</h3>
  <p class="muted">Editorial score {document.scores.editorial_score:.1f} · {r.words} words · {figures}</p>
  <ul class="reasons">{''.join(reasons) or '<li>no rule fired</li>'}</ul>
  <p class="checklist" aria-label="disclosure checklist">{checklist}</p>
  <div class="text">{_highlighted(document)}</div>
</section>"""


def render_html(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
                rules: Sequence[Rule], report: dict) -> str:
    """The whole report as one HTML page."""
    index = {id(d): i for i, d in enumerate(documents)}
    counts = ", ".join(f"{n} {escape(v)}" for v, n in summary.verdict_counts.items())
    ranking = "".join(
        f'<tr><td class="left">{rank}</td><td class="left"><a href="#{_anchor(index[id(d)])}" title="{escape(d.analysis.id)}">'
        f"{escape(short_label(d.analysis.id, 40))}</a></td><td>{d.scores.editorial_score:.1f}</td>"
        f'<td class="left">{_verdict(d.verdict)}</td><td>{fmt(d.scores.reading_grade)}</td>'
        f"<td>{d.scores.promotional_rate:.1f}</td><td>{d.scores.hedging_rate:.1f}</td>"
        f"<td>{d.scores.calls_to_action}</td><td class='left'>{escape(', '.join(d.analysis.cues.missing)) or '–'}</td></tr>"
        for rank, d in enumerate(summary.ranking, start=1)
    )
    charts = "".join(f'<figure><img src="{uri}" alt="{escape(title)} chart"><figcaption>{escape(title)}</figcaption></figure>'
                     for title, uri in _charts(report))
    failed = "".join(f"<li>{escape(e.id)}: {escape(e.reason)}</li>" for e in errors)
    legend = "".join(f'<span><mark class="f-{f}">{f}</mark></span>' for f in
                     ("promotional", "cta", "claims", "boosters", "hedges", "testimonials", "harms"))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>analyzer report</title><style>{CSS}</style></head>
<body><a class="skip" href="#documents">Skip to the documents</a>
<header><h1>analyzer report</h1>
<p>{len(documents)} documents: {counts}. Mean editorial score {summary.mean_editorial_score:.1f};
mean reading grade {fmt(summary.mean_reading_grade)}; promotional {summary.mean_promotional_rate:.1f} and hedging
{summary.mean_hedging_rate:.1f} per 1,000 words.</p></header>
<main>
<h2>Ranking by editorial score</h2>
<table id="ranking"><thead><tr><th class="left">#</th><th class="left">Document</th><th>Score</th><th class="left">Verdict</th>
<th>Grade</th><th>Promo /1k</th><th>Hedges /1k</th><th>CTA</th><th class="left">Not disclosed</th></tr></thead>
<tbody>{ranking}</tbody></table>
{f'<h2>Inputs that could not be read</h2><ul>{failed}</ul>' if failed else ''}
<h2>Charts</h2><div class="charts">{charts}</div>
<h2 id="documents">Documents</h2>
<p class="legend">Highlights: {legend} <span class="hard">hard sentence</span> · dotted: mentioned, not counted.
Hover or focus (Tab) a highlight for its category, term, rule and source.</p>
{''.join(_document(index[id(d)], d) for d in documents)}
</main></body></html>
"""
