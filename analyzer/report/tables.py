"""The terminal tables: reading level, wording, checklist, verdicts and the corpus ranking.

Which wording columns and checklist columns appear is the families' own data (``[display]``
``column`` and ``top_terms``, ``[disclosure]`` and a score rule's ``header``): a new family shows
up here without a code change.

Every table fits the console it is printed on. Rich squeezes a table that is too wide until its
numbers read "1…"; instead, columns are listed in priority order and packed into as many
blocks as the width needs, each block repeating the document names, so every figure is printed
whole at 60, 80 or 160 columns. The verdicts become one block per document on a narrow console.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..measure import Analysis, Family, Lexicon
from ..score import CorpusSummary, ScoredDocument
from ..score.formulas import family_value
from .labels import document_label
from .records import measured

READABILITY_COLUMNS = (  # the CSV's order too
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
# The terminal's priority: the consensus grade first, the formulas behind it after.
READABILITY_PRIORITY = (READABILITY_COLUMNS[-1], *READABILITY_COLUMNS[:-1])
VERDICT_STYLE = {"ok": "green", "info": "cyan", "review": "yellow", "fail": "bold red", "unsupported": "magenta"}
WIDE = 160  # the width of a report rendered to a file or a pipe when none is given
# A wrapping column (top terms, reasons) narrower than this reads one word a line.
WRAP_MIN = 24
REASONS_MIN = 48


NOT_MEASURED = "–"


def fmt(value: float | None, digits: int = 1) -> str:
    return NOT_MEASURED if value is None else f"{value:.{digits}f}"


def count_cell(analysis: Analysis, value: int) -> str:
    """A count (words, sentences, findings) as a cell: "–" for an unmeasured text."""
    return str(value) if measured(analysis) else NOT_MEASURED


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


def cell_text(text: str) -> str:
    """Untrusted text (a document id, a term) as a cell: control characters shown, rich markup escaped."""
    return escape(printable(text))


@dataclass(frozen=True)
class Column:
    header: str
    justify: str = "right"
    wraps: bool = False  # may wrap onto several lines (terms, reasons); numbers never do


@dataclass(frozen=True)
class Row:
    document: str  # the document id, labelled to fit the width
    cells: tuple[str, ...]  # rich markup, one per column
    lead: tuple[str, ...] = ()  # cells before the document (the rank), repeated in every block
    suffix: str = ""  # after the label (" !" when a formula warned)


@dataclass(frozen=True)
class Grid:
    """A table before it meets a console: its columns in priority order and its rows."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    lead: tuple[Column, ...] = ()
    footer: Row | None = None  # after a rule (the corpus mean)


def _cell_width(markup: str) -> int:
    return max((Text.from_markup(line).cell_len for line in markup.split("\n")), default=0)


DOCUMENT = "Document"


def header_min_width(header: str) -> int:
    """The narrowest a column can be without breaking a word of its header ("Docu / ment" under
    ids as short as "r1": new user, round 23)."""
    return max((len(word) for word in header.split()), default=0)


def label_width(width: int, rows: Sequence[Row]) -> int:
    """Characters for document names: the longest id, within two fifths of the console."""
    longest = max((len(r.document) for r in rows), default=8)
    return max(12, min(longest, width * 2 // 5))


def _blocks(grid: Grid, width: int, fixed: int) -> list[list[int]]:
    """Column indexes per block: in priority order, as many as fit beside the fixed columns.

    A SIMPLE_HEAD table is its cells' widths plus three characters a column, plus one.
    """
    blocks: list[list[int]] = [[]]
    used = fixed
    for index, column in enumerate(grid.columns):
        natural = max([_cell_width(column.header)] + [_cell_width(r.cells[index]) for r in grid.rows])
        need = (min(natural, WRAP_MIN) if column.wraps else natural) + 3
        if blocks[-1] and used + need > width:
            blocks.append([])
            used = fixed
        blocks[-1].append(index)
        used += need
    return blocks


def title_line(title: str) -> Text:
    """A table's title on its own line: a title inside a narrow table would wrap."""
    return Text(title, style="table.title", overflow="fold")


def fit(grid: Grid, width: int) -> list[RenderableType]:
    """The grid as titled tables no wider than ``width``, every figure whole."""
    names = label_width(width, grid.rows)
    rows = (*grid.rows, *([grid.footer] if grid.footer else []))
    labels = {r.document: cell_text(document_label(r.document, names, cut_name=False)) + r.suffix for r in rows}
    # a file name is never folded while it takes up to two thirds of the width (the columns go
    # into more blocks instead); "small/02_leaflet_after_colonoscopy.m" / "d" at 120 (round 26)
    document_width = max(min(max(_cell_width(label) for label in labels.values()), width * 2 // 3), header_min_width(DOCUMENT))
    lead_widths = [max([len(c.header)] + [_cell_width(r.lead[i]) for r in rows]) for i, c in enumerate(grid.lead)]
    fixed = 1 + document_width + 3 + sum(w + 3 for w in lead_widths)
    blocks = _blocks(grid, width, fixed)
    parts: list[RenderableType] = []
    for number, block in enumerate(blocks, start=1):
        table = Table(box=box.SIMPLE_HEAD)
        for column in grid.lead:
            table.add_column(column.header, justify=column.justify, no_wrap=True)
        # a fixed width: Rich shrinks every wrapping column of a table too wide for the console, and
        # cut "small/02_leaflet_after_colonoscopy.m" / "d" (new user, round 26); _blocks left it room
        table.add_column(DOCUMENT, overflow="fold", width=document_width)
        for index in block:
            column = grid.columns[index]
            table.add_column(column.header, justify=column.justify, no_wrap=not column.wraps,
                             min_width=max(WRAP_MIN, header_min_width(column.header)) if column.wraps else len(column.header))
        for row in grid.rows:
            table.add_row(*row.lead, labels[row.document], *(row.cells[i] for i in block))
        if grid.footer:
            table.add_section()
            table.add_row(*grid.footer.lead, labels[grid.footer.document], *(grid.footer.cells[i] for i in block))
        title = grid.title if len(blocks) == 1 else f"{grid.title} ({number}/{len(blocks)})"
        parts.append(Group(title_line(title), table))
    return parts


def readability_grid(analyses: Sequence[Analysis]) -> Grid:
    columns = (Column("Grade"), Column("Words"), Column("Sent."), *(Column(h) for h, _ in READABILITY_PRIORITY[1:]))
    rows = tuple(Row(a.id, (fmt(a.readability.consensus_grade), count_cell(a, a.readability.words),
                            count_cell(a, a.readability.sentences),
                            *(fmt(getattr(a.readability, attr)) for _, attr in READABILITY_PRIORITY[1:])),
                     suffix=" !" if a.readability.warnings else "")
                 for a in analyses)
    return Grid("Reading level", columns, rows)


def readability_table(analyses: Sequence[Analysis], width: int = WIDE) -> list[RenderableType]:
    return fit(readability_grid(analyses), width)


def top_terms(analysis: Analysis, family: str, n: int = 3) -> str:
    """The terms that weigh most in the family's total, with their counts."""
    counts: Counter[str] = Counter()
    weights: Counter[str] = Counter()
    for f in analysis.findings:
        if f.family == family and f.counted:
            counts[f.text.lower()] += 1
            weights[f.text.lower()] += f.weight
    top = sorted(weights, key=lambda t: (-weights[t], t))[:n]
    return ", ".join(f"{term}×{counts[term]}" if counts[term] > 1 else term for term in top)


def headline(family: Family, lexicon: Lexicon, analysis: Analysis) -> str:
    """A family's figure for a table cell: its first declared score, else its weighted rate; "–"
    for a text that was not measured."""
    if not measured(analysis):
        return NOT_MEASURED
    spec = next((s for s in lexicon.scores if s.family == family.name), None)
    kind, categories = (spec.kind, spec.categories) if spec else ("rate", ())
    value = family_value(analysis, family.name, kind, categories)  # as the score itself is measured
    return str(int(value)) if kind == "count" else fmt(value)


def column_families(lexicon: Lexicon) -> tuple[Family, ...]:
    return tuple(f for f in lexicon.display_order() if f.display.column)


def wording_table(analyses: Sequence[Analysis], lexicon: Lexicon, width: int = WIDE) -> list[RenderableType]:
    """Each column family's figure, and the top terms of the families that ask for them."""
    columns = column_families(lexicon)
    tops = [f for f in lexicon.display_order() if f.display.top_terms]
    headers = (*(Column(f.display.short) for f in columns),
               *(Column(f"Top {f.display.label.lower()}", "left", wraps=True) for f in tops))
    rows = tuple(Row(a.id, (*(headline(f, lexicon, a) for f in columns), *(cell_text(top_terms(a, f.name)) for f in tops)))
                 for a in analyses)
    return fit(Grid(wording_title(columns, lexicon), headers, rows), width)


def wording_title(columns: Sequence[Family], lexicon: Lexicon) -> str:
    """The Wording table's title, saying which columns are weighted rates (CSV and JSON
    ``<family>_weighted_per_1k_words``) and which are counts: it said "rates weighted" over
    CTA and Mktg counts too, and a new user compared the weighted Promo with the CSV's plain rate."""
    kinds: dict[str, list[str]] = {}
    for f in columns:
        spec = next((s for s in lexicon.scores if s.family == f.name), None)
        kinds.setdefault(spec.kind if spec else "rate", []).append(f.display.short)
    parts = [f"{', '.join(kinds['rate'])}: weighted per 1,000 words"] if kinds.get("rate") else []
    parts += [f"{', '.join(kinds['count'])}: counted findings"] if kinds.get("count") else []
    return f"Wording ({'; '.join(parts)})"


def checklist_mark(analysis: Analysis, item: str, present: str, missing: str) -> str:
    """A checklist cell: present, missing, or "–" when the text was not measured."""
    if not measured(analysis):
        return NOT_MEASURED
    return present if analysis.cues.disclosure(item).present else missing


def checklist_table(documents: Sequence[ScoredDocument], lexicon: Lexicon, width: int = WIDE) -> list[RenderableType]:
    """Disclosure checklist (HealthNewsReview criteria, DISCERN) and the flagged claims per document."""
    items = lexicon.display_rules("missing")
    flagged = [r for r in lexicon.display_rules() if r.cue and r.header]
    ranked = {c.name: c.short or c.name for c in lexicon.categories if c.rank is not None}
    headers = (*(Column(r.header or r.item, "center") for r in items), *([Column("Design")] if ranked else []),
               *(Column(r.header) for r in flagged))
    rows = []
    for d in documents:
        cues = d.analysis.cues
        marks = [checklist_mark(d.analysis, r.item, "[green]✓[/]", "[red]✗[/]") for r in items]
        design = [cell_text(ranked.get(cues.strongest_design, "–"))] if ranked else []
        rows.append(Row(d.analysis.id, (*marks, *design, *(count_cell(d.analysis, len(cues.listed(r.cue))) for r in flagged))))
    return fit(Grid("Disclosure checklist (✓ present, ✗ missing) and claim cues", headers, tuple(rows)), width)


def _reason_lines(document: ScoredDocument) -> list[tuple[str, str]]:
    """(level markup, reason and the words behind it) per reason."""
    lines = []
    for r in document.reasons:
        words = cell_text(", ".join(f'"{f.text}"' for f in r.findings))
        lines.append((f"[{VERDICT_STYLE[r.level]}]{r.level}[/]", cell_text(r.short) + (f"  {words}" if words else "")))
    return lines


def verdict_table(documents: Sequence[ScoredDocument], width: int = WIDE) -> RenderableType:
    """A table when the reasons get room to read; otherwise one block per document."""
    names = label_width(width, [Row(d.analysis.id, ()) for d in documents])
    if 1 + names + 3 + len("Verdict") + 3 + REASONS_MIN + 3 <= width:
        table = Table(box=box.SIMPLE_HEAD)
        labels = [cell_text(document_label(d.analysis.id, names, cut_name=False)) for d in documents]
        fixed = max(min(max((_cell_width(label) for label in labels), default=0), names), header_min_width(DOCUMENT))
        table.add_column(DOCUMENT, overflow="fold", width=fixed)  # fixed: Rich would shrink it with the reasons
        table.add_column("Verdict", no_wrap=True)
        table.add_column("Reasons (rule: value > threshold) and the words behind them", min_width=REASONS_MIN)
        for d, label in zip(documents, labels):
            lines = "\n".join(f"{level}{' ' * (6 - Text.from_markup(level).cell_len)} {text}" for level, text in _reason_lines(d))
            table.add_row(label,
                          f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]", lines or "–")
        return Group(title_line("Verdicts"), table)
    parts: list[RenderableType] = [title_line("Verdicts: the reasons (rule: value > threshold) and the words behind them")]
    for d in documents:
        parts.append(Text.from_markup(f"[bold]{cell_text(document_label(d.analysis.id, width - 10, cut_name=False))}[/]  "
                                      f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]", overflow="fold"))
        reasons = Table.grid(padding=(0, 1))
        reasons.add_column(no_wrap=True)
        reasons.add_column(overflow="fold")
        for level, text in _reason_lines(d) or [("", "–")]:
            reasons.add_row(level, text)
        parts.append(Padding(reasons, (0, 0, 1, 2)))
    return Group(*parts)


def ranking_table(summary: CorpusSummary, lexicon: Lexicon, width: int = WIDE) -> list[RenderableType]:
    counts = ", ".join(f"{n} {v}" for v, n in summary.verdict_counts.items())
    columns = column_families(lexicon)
    headers = (Column("Score"), Column("Verdict", "left"), Column("Grade"), *(Column(f.display.short) for f in columns),
               Column("Balance"))
    rows = tuple(
        Row(d.analysis.id, (fmt(d.scores["editorial_score"]), f"[{VERDICT_STYLE[d.verdict]}]{d.verdict}[/]",
                            fmt(d.scores["reading_grade"]), *(headline(f, lexicon, d.analysis) for f in columns),
                            fmt(d.scores['promotional_balance'], 2)), lead=(str(rank),))
        for rank, d in enumerate(summary.ranking, start=1)
    )
    footer = Row("mean", (fmt(summary.mean("editorial_score")), "", fmt(summary.mean("reading_grade")),
                          *("" for _ in columns), ""), lead=("",))
    return fit(Grid(f"Corpus ranking by editorial score ({counts})", headers, rows, (Column("#"),), footer), width)


def print_report(documents: Sequence[ScoredDocument], summary: CorpusSummary, lexicon: Lexicon, console: Console) -> None:
    analyses = [d.analysis for d in documents]
    width = console.width
    for table in readability_table(analyses, width):
        console.print(table)
    for analysis in analyses:
        for warning in analysis.readability.warnings:
            console.print(f"[yellow]! {cell_text(analysis.id)}[/]: {escape(warning)}", highlight=False)
    for table in (*wording_table(analyses, lexicon, width), *checklist_table(documents, lexicon, width)):
        console.print(table)
    console.print(verdict_table(documents, width))
    for table in ranking_table(summary, lexicon, width):
        console.print(table)


RULE_HEADERS = ("Rule", "Kind", "Measures", "Threshold", "Level", "Source")
# Below this width the rules table's Source column gets fewer than about 20 characters (the
# fixed columns take about 100): one word a line. Each rule becomes a block instead.
RULES_TABLE_MIN = 120


def rules_view(title: str, rows: Sequence[tuple[str, ...]], width: int = WIDE) -> RenderableType:
    """``analyzer rules``: a table when the sources get room to read; otherwise one block per rule,
    each value on its own labelled line (new user: at 80 columns the table squeezed Kind and
    Measures to four letters a line and cut the Source column off)."""
    if width >= RULES_TABLE_MIN:
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
        for header in RULE_HEADERS:
            table.add_column(header, overflow="fold", no_wrap=header in ("Rule", "Threshold", "Level"),
                             min_width=header_min_width(header))
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        return table
    parts: list[RenderableType] = [title_line(title), Text("")]
    for rule_id, *values in rows:
        parts.append(Text(rule_id, style="bold", overflow="fold"))
        block = Table.grid(padding=(0, 1))
        block.add_column(no_wrap=True, style="dim")
        block.add_column(overflow="fold")
        for header, value in zip(RULE_HEADERS[1:], values):
            block.add_row(header.lower(), Text(value))
        parts.append(Padding(block, (0, 0, 1, 2)))
    return Group(*parts)
