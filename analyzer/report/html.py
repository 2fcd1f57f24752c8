"""One self-contained HTML report: summary, ranking, charts, and every document highlighted.

No network: CSS is inline, charts are data URIs, and there is no script at all. Documents are
untrusted input: every piece of their text, and every attribute value, goes through
``html.escape``.

Made to be read on a phone as on a desktop: nothing is wider than the screen (the ranking
becomes one card per document below 40rem, and charts come in a narrow drawing for small
screens), and a keyboard reaches everything in a few stops: each document has a collapsed list
of its findings whose links jump into the text, where the highlight shows its explanation
(``:target``), instead of one tab stop per highlight. Each family has its own colour from its
``[display]``; disclosure cues also get an outline style each, so they differ without colour.
"""

from __future__ import annotations

import base64
import tempfile
from html import escape
from pathlib import Path
from typing import Sequence

from ..load import LoadError
from ..measure import Analysis, Finding, Lexicon
from ..score import CorpusSummary, ScoredDocument
from .highlight import HARD, VERY_HARD, describe, hard_sentences, runs, selected, sentence_levels, tint
from .labels import document_label
from .ruledocs import CHECK_BELOW_PRECISION, families_to_check
from .tables import NOT_MEASURED, READABILITY_COLUMNS, column_families, fmt, headline, measured

NARROW = "(max-width: 40rem)"
# Verdict badges in the charts' verdict palette (Paul Tol, medium contrast); text passes WCAG AA.
CSS = """
:root { --ink: #1b1b1b; --muted: #545454; --line: #d0d0d0; --bg: #ffffff; --link: #0b5cad; }
* { box-sizing: border-box; }
body { font: 16px/1.55 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: var(--bg);
       max-width: 72rem; margin: 0 auto; padding: 1.5rem; overflow-wrap: break-word; }
a { color: var(--link); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child, td.left, th.left { text-align: left; }
.verdict { font-weight: bold; padding: 0 .4rem; border-radius: .2rem; white-space: nowrap; }
.v-ok { background: #dddddd; } .v-info { background: #6699cc; } .v-review { background: #eecc66; }
.v-fail { background: #994455; color: #ffffff; } .v-unsupported { background: #ffffff; border: 1px dashed #5a5a5a; }
.charts figure { margin: 0 0 1.5rem; }
.charts img { display: block; width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .85rem; }
.doc { border-top: 3px solid var(--line); margin-top: 2rem; padding-top: .5rem; }
.text { white-space: pre-wrap; border: 1px solid var(--line); padding: 1rem; line-height: 1.9; }
.legend { line-height: 2.2; }
.legend > span { margin-right: .5rem; white-space: nowrap; }
mark { position: relative; color: inherit; border-radius: .15rem; padding: 0 .1rem; }
mark:target { outline: 3px solid var(--link); outline-offset: 1px; }
mark.mention { background: none; box-shadow: none; outline: none; border-bottom: 2px dotted var(--muted); }
.s-hard { text-decoration: underline dotted 1px #8f8abf; text-underline-offset: .4em; }
.s-very-hard { text-decoration: underline solid 1px #8f8abf; text-underline-offset: .4em; }
.tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 10; width: 24rem; max-width: 70vw;
       background: #fff; border: 1px solid var(--ink); padding: .4rem .5rem; font-size: .8rem; line-height: 1.4;
       white-space: normal; box-shadow: 0 2px 6px rgba(0,0,0,.25); text-decoration: none; }
mark:hover > .tip, mark:target > .tip { display: block; }
.checklist span { display: inline-block; margin: 0 .5rem .3rem 0; padding: 0 .4rem; border-radius: .2rem; }
.present { background: #d6f0e5; } .missing { background: #f6d3c0; }
ul.reasons { margin: .3rem 0; padding-left: 1.2rem; }
details.findings { margin: .5rem 0; }
details.findings summary { cursor: pointer; padding: .2rem 0; }
details.findings ol { columns: 2 18rem; font-size: .9rem; margin: .3rem 0; }
.muted { color: var(--muted); }
@media (max-width: 40rem) {
  body { padding: .75rem; font-size: 15px; }
  .text { padding: .6rem; }
  table.cards thead { position: absolute; left: -9999px; }
  table.cards, .cards tbody, .cards tr, .cards td { display: block; width: 100%; }
  .cards tr { border: 1px solid var(--line); border-radius: .3rem; margin: 0 0 .6rem; padding: .3rem .6rem; }
  .cards td { border: 0; padding: .1rem 0; text-align: right; display: flex; justify-content: space-between; gap: 1rem; }
  .cards td::before { content: attr(data-label); color: var(--muted); text-align: left; flex: none; }
  .cards td.name a { overflow-wrap: anywhere; }
  .cards td.name { display: block; text-align: left; font-weight: bold; }
  .cards td.name::before { content: none; }
  mark:hover > .tip, mark:target > .tip { position: fixed; left: .5rem; right: .5rem; top: auto; bottom: .5rem;
                                          width: auto; max-width: none; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .tip, .skip, .legend, details.findings { display: none !important; }
  mark { background: none !important; box-shadow: none !important; outline: none !important; border-bottom: 1.5px solid #000; }
  .doc { page-break-before: always; }
  .charts img { width: 100%; page-break-inside: avoid; }
}
"""
OUTLINES = ("solid", "dashed", "dotted", "double")


def _verdict(verdict: str) -> str:
    return f'<span class="verdict v-{escape(verdict)}">{escape(verdict)}</span>'


def _anchor(index: int) -> str:
    return f"doc-{index}"


def _uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _charts(report: dict) -> str:
    """Every chart twice (desktop and phone drawings) with alt text that states its figures."""
    from .charts import NARROW as NARROW_INCHES, draw_charts

    with tempfile.TemporaryDirectory() as folder:
        wide = draw_charts(report, Path(folder) / "wide")
        narrow = draw_charts(report, Path(folder) / "narrow", NARROW_INCHES)
        if not wide:  # every input failed or none was measured: nothing to chart
            return '<p class="muted">No charts: no document was measured.</p>'
        return "".join(
            f'<figure><picture><source media="{NARROW}" srcset="{_uri(small.path)}">'
            f'<img src="{_uri(chart.path)}" alt="{escape(chart.alt)}"></picture>'
            f"<figcaption>{escape(chart.title)}</figcaption></figure>"
            for chart, small in zip(wide, narrow))


def disclosure_families(lexicon: Lexicon) -> tuple[str, ...]:
    """Families that are checklist items (a ``[disclosure]``): they get an outline as well."""
    return tuple(dict.fromkeys(r.family for r in lexicon.display_rules("missing") if r.family))


def family_css(lexicon: Lexicon) -> str:
    """One highlight class per family (names are [a-z0-9_]): a light tint of its display colour
    with a bar of the full colour under the text; disclosure cues get an outline style each instead."""
    outlined = {name: OUTLINES[i % len(OUTLINES)] for i, name in enumerate(disclosure_families(lexicon))}
    rules = []
    for f in lexicon.display_order():
        colour = f.display.colour
        if f.name in outlined:
            rules.append(f".f-{f.name} {{ background: {tint(colour, 0.8)}; outline: 2px {outlined[f.name]} {colour}; "
                         f"outline-offset: -1px; }}")
        else:
            rules.append(f".f-{f.name} {{ background: {tint(colour, 0.6)}; box-shadow: inset 0 -3px 0 {colour}; }}")
    return "\n".join(rules)


def _first_runs(all_runs, position: dict[int, int]) -> dict[int, int]:
    """Finding (by its number, ``position[id(finding)]``) -> index of the first run it covers."""
    first: dict[int, int] = {}
    for index, run in enumerate(all_runs):
        for f in run.findings:
            first.setdefault(position[id(f)], index)
    return first


def _highlighted(index: int, analysis: Analysis, findings: Sequence[Finding]) -> tuple[str, dict[int, str]]:
    """The text with its highlights, and finding number -> the id of its highlight."""
    hard = hard_sentences(analysis)
    original = analysis.text
    parts = []
    targets: dict[int, str] = {}
    position = 0
    counter = 0
    numbers = {id(f): k for k, f in enumerate(findings)}
    for sentence in analysis.prepared.sentences:
        parts.append(escape(original[position:sentence.start]))
        level, grade = hard.get(sentence.index, (None, None))
        if level is not None:
            css = "s-hard" if level == HARD else "s-very-hard"
            parts.append(f'<span class="{css}" title="{escape(level)} sentence: grade {grade:.1f}">')
        sentence_runs = runs(len(original), findings, sentence.start, sentence.end)
        starts = _first_runs(sentence_runs, numbers)
        run_ids = {}
        for k, run_index in starts.items():
            run_ids.setdefault(run_index, f"d{index}-h{counter + run_index}")
            targets.setdefault(k, run_ids[run_index])
        for run_index, run in enumerate(sentence_runs):
            piece = escape(original[run.start:run.end])
            if not run.findings:
                parts.append(piece)
                continue
            counted = any(f.counted for f in run.findings)
            classes = f"f-{escape(run.family)}" + ("" if counted else " mention")
            tip = "<br>".join(escape(describe(f)) for f in run.findings)
            first = run.findings[0]
            anchor = f' id="{run_ids[run_index]}"' if run_index in run_ids else ""
            parts.append(
                f'<mark{anchor} class="{classes}" data-family="{escape(first.family)}" '
                f'data-category="{escape(first.category)}">{piece}<span class="tip" role="tooltip">{tip}</span></mark>'
            )
        counter += len(sentence_runs)
        if level is not None:
            parts.append("</span>")
        position = sentence.end
    parts.append(escape(original[position:]))
    return "".join(parts), targets


def _unhighlighted(analysis: Analysis, lexicon: Lexicon) -> str:
    """Counted findings of families not highlighted (``highlight = false``: claim strength), which
    JSON marks counted: named, as explain names them, though there is no highlight to link to."""
    counts: dict[str, int] = {}
    for f in analysis.findings:
        if f.counted and not lexicon.family(f.family).display.highlight:
            counts[f.family] = counts.get(f.family, 0) + 1
    listed = ", ".join(f"{escape(lexicon.family(name).display.label)} {n}" for name, n in sorted(counts.items()))
    return f"; counted, not highlighted: {listed}" if listed else ""


def _findings_list(findings: Sequence[Finding], targets: dict[int, str], lexicon: Lexicon, hidden: str = "") -> str:
    """A collapsed list of the document's findings, each a link to its highlight: one tab stop
    until opened, where a highlight per stop would be hundreds. ``hidden``: the counted findings
    of families not highlighted (``_unhighlighted``)."""
    if not findings:
        return f'<p class="muted">No findings{hidden}.</p>'
    by_family: dict[str, int] = {}
    for f in findings:
        if f.counted:
            by_family[f.family] = by_family.get(f.family, 0) + 1
    counted = ", ".join(f"{lexicon.family(name).display.label} {n}" for name, n in by_family.items())
    mentions = sum(1 for f in findings if not f.counted)
    items = "".join(
        f'<li><a href="#{targets[k]}">“{escape(f.text)}”</a> <span class="muted">{escape(lexicon.family(f.family).display.label)}'
        f' · {escape(f.category.replace("_", " "))}{"" if f.counted else " · not counted"}</span></li>'
        for k, f in sorted(enumerate(findings), key=lambda item: item[1].start) if k in targets)
    return (f'<details class="findings"><summary>Findings: {counted or "none counted"}'
            f'{f"; {mentions} mentioned, not counted" if mentions else ""}{hidden} (list with links into the text)</summary>'
            f"<ol>{items}</ol></details>")


def _document(index: int, document: ScoredDocument, lexicon: Lexicon) -> str:
    a = document.analysis
    reasons = []
    for r in document.reasons:
        words = ", ".join(f"“{escape(f.text)}”" for f in r.findings)
        reasons.append(f"<li><b>{escape(r.level)}</b> <code>{escape(r.rule_id)}</code>: {escape(r.message)}"
                       + (f" <span class='muted'>({words})</span>" if words else "") + "</li>")
    checklist = "".join(
        f'<span class="{"present" if d.present else "missing"}">{"✓" if d.present else "✗"} {escape(d.name)}</span>'
        for d in a.cues.disclosures
    ) if measured(a) else '<span class="muted">not measured (language not supported)</span>'
    r = a.readability
    words = f"{r.words} words" if measured(a) else "not measured"
    figures = ", ".join(f"{label} {fmt(getattr(r, attr))}" for label, attr in READABILITY_COLUMNS)
    findings = selected(a, lexicon)
    text, targets = _highlighted(index, a, findings)
    marked = hard_sentences(a)
    levels = sentence_levels()
    hard = sum(1 for level, _ in marked.values() if level == HARD)
    very_hard = len(marked) - hard
    # sentences graded: none for a text not measured ("0 very hard and 0 hard of 0 sentences" read as measured)
    graded = (f" · {very_hard} very hard and {hard} hard of {r.sentences} sentences (grade above {levels.very_hard:g} / "
              f"{levels.hard:g})" if measured(a) else "")
    return f"""
<section class="doc" id="{_anchor(index)}" aria-labelledby="{_anchor(index)}-title">
  <h3 id="{_anchor(index)}-title">{escape(a.id)} {_verdict(document.verdict)}</h3>
  <p class="muted">Editorial score {fmt(document.scores["editorial_score"])} · {words} · {figures}{graded}</p>
  <ul class="reasons">{''.join(reasons) or f'<li>{"no rule fired" if measured(a) else "no rule measured"}</li>'}</ul>
  <p class="checklist" aria-label="disclosure checklist">{checklist}</p>
  {_findings_list(findings, targets, lexicon, _unhighlighted(a, lexicon))}
  <div class="text">{text}</div>
</section>"""


def _not_disclosed(analysis: Analysis) -> str:
    """The checklist items missing, "–" for none, or for a text that was not measured."""
    return escape(", ".join(analysis.cues.missing)) if measured(analysis) and analysis.cues.missing else NOT_MEASURED


def _ranking(documents: Sequence[ScoredDocument], summary: CorpusSummary, lexicon: Lexicon) -> str:
    index = {id(d): i for i, d in enumerate(documents)}
    columns = column_families(lexicon)
    rows = "".join(
        f'<tr><td class="left" data-label="#">{rank}</td><td class="left name" data-label="Document">'
        f'<a href="#{_anchor(index[id(d)])}">{escape(document_label(d.analysis.id))}</a></td>'
        f'<td data-label="Score">{fmt(d.scores["editorial_score"])}</td>'
        f'<td class="left" data-label="Verdict">{_verdict(d.verdict)}</td>'
        f'<td data-label="Grade">{fmt(d.scores["reading_grade"])}</td>'
        + "".join(f'<td data-label="{escape(f.display.label)}">{headline(f, lexicon, d.analysis)}</td>' for f in columns)
        + f'<td class="left" data-label="Not disclosed">{_not_disclosed(d.analysis)}</td></tr>'
        for rank, d in enumerate(summary.ranking, start=1)
    )
    headers = "".join(f'<th title="{escape(f.display.label)}">{escape(f.display.short)}</th>' for f in columns)
    return (f'<table id="ranking" class="cards"><thead><tr><th class="left">#</th><th class="left">Document</th><th>Score</th>'
            f'<th class="left">Verdict</th><th>Grade</th>{headers}<th class="left">Not disclosed</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _audit_note(lexicon: Lexicon) -> str:
    """The families whose findings people judged right less often than ``CHECK_BELOW_PRECISION``."""
    weak = families_to_check(lexicon)
    if not weak:
        return ""
    listed = ", ".join(f"{escape(f.display.label)} {f.audit.percent}" for f in weak)
    return (f'<p class="muted">Share of counted findings judged right when people read them on real health news, '
            f"advertorials and press releases: under {CHECK_BELOW_PRECISION:.0%} for {listed}. Check these "
            "findings before acting on them; hover a family above for its figure.</p>")


def _legend(lexicon: Lexicon) -> str:
    levels = sentence_levels()
    families = "".join(f'<span><mark class="f-{f.name}"{_audit_title(f)}>{escape(f.display.label)}</mark></span>'
                       for f in lexicon.display_order() if f.display.highlight)
    return (f'<p class="legend">Highlights: {families} <span class="s-hard">hard sentence (grade above {levels.hard:g})</span> '
            f'<span class="s-very-hard">very hard (above {levels.very_hard:g})</span> (sentences of {levels.min_words} words or more) '
            '<span><mark class="mention">dotted</mark>: mentioned, not counted</span>. '
            "Hover a highlight, or open a document's findings list and follow a link, for its category, term, "
            f'rule and source.</p><p class="muted">Sentence levels: {escape(levels.source)}.</p>{_audit_note(lexicon)}')


def _audit_title(family) -> str:
    return f' title="{escape(family.audit.summary)}"' if family.audit else ""


def render_html(documents: Sequence[ScoredDocument], summary: CorpusSummary, errors: Sequence[LoadError],
                lexicon: Lexicon, report: dict) -> str:
    """The whole report as one HTML page."""
    index = {id(d): i for i, d in enumerate(documents)}
    counts = ", ".join(f"{n} {escape(v)}" for v, n in summary.verdict_counts.items())
    failed = "".join(f"<li>{escape(e.id)}: {escape(e.reason)}</li>" for e in errors)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>analyzer report</title><style>{CSS}{family_css(lexicon)}</style></head>
<body><a class="skip" href="#documents">Skip to the documents</a>
<header><h1>analyzer report</h1>
<p>{len(documents)} documents: {counts}. Mean editorial score {fmt(summary.mean("editorial_score"))};
mean reading grade {fmt(summary.mean("reading_grade"))}.</p></header>
<main>
<h2>Ranking by editorial score</h2>
{_ranking(documents, summary, lexicon)}
{f'<h2>Inputs that could not be read</h2><ul>{failed}</ul>' if failed else ''}
<h2>Charts</h2><div class="charts">{_charts(report)}</div>
<h2 id="documents">Documents</h2>
{_legend(lexicon)}
{''.join(_document(index[id(d)], d, lexicon) for d in documents)}
</main></body></html>
"""
