"""Reports cannot be turned against their readers, and are written even when every input fails
(issue 16: formulas in CSV cells, <script> in Markdown, ESC sequences in the terminal, a 0600
report coming back 0644, no report at all when every input failed)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest
from rich.console import Console
from typer.testing import CliRunner

from analyzer import analyze
from analyzer.cli import app
from analyzer.report.explain import print_explanation
from analyzer.report.formats import _md, render
from analyzer.measure import lexicon_for
from analyzer.report.tables import printable
from analyzer.score import load_config, score_document, summarise_corpus

runner = CliRunner()
TEXT = "Ketamine may help some patients. It is a miracle cure, call today."
HOSTILE_IDS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "ok\rinjected,row",
               "<script>alert(1)</script>", "[click](javascript:alert(1))", "a|b"]


def scored(ids, text=TEXT):
    config = load_config()
    return [score_document(analyze(text, i), config) for i in ids]


def test_csv_cells_cannot_start_a_formula_and_a_bare_cr_is_no_extra_row():
    documents = scored(HOSTILE_IDS)
    rows = list(csv.reader(io.StringIO(render("csv", documents, summarise_corpus(documents), (), load_config().active, lexicon_for()), newline="")))
    assert len(rows) == 1 + len(HOSTILE_IDS)  # the header, then one row per document: the CR made none
    ids = [row[0] for row in rows[1:]]
    for original, cell in zip(HOSTILE_IDS, ids):
        if original.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert cell == "'" + original  # OWASP: a leading apostrophe keeps it text
        else:
            assert cell == original
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row[:1] + row[-2:])


def test_markdown_shows_markup_in_ids_and_text_as_written():
    documents = scored(["<script>alert(1)</script>", "[click](javascript:alert(1))", "line\nbreak|pipe"],
                       text="It is a <b>miracle</b> cure*, call today.")
    report = render("markdown", documents, summarise_corpus(documents), (), load_config().active, lexicon_for())
    assert "<script>" not in report and "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "[click](javascript" not in report and "\\[click\\](javascript:alert(1))" in report
    assert "line break\\|pipe" in report  # one table row, one cell
    assert _md("a_b*c`d") == "a\\_b\\*c\\`d"


def test_terminal_output_strips_control_sequences():
    hostile = "It may help. \x1b]0;pwned\x07 \x1b[2J\r It is a miracle cure, call \x9b31m today."
    analysis = analyze(hostile, "doc\x1b[31m.txt")
    console = Console(file=io.StringIO(), width=100, color_system="truecolor", force_terminal=True)
    print_explanation(analysis, lexicon_for(), console)
    shown = console.file.getvalue()
    assert "]0;pwned" in shown.replace("\u241b", "")  # the text is shown, made harmless
    assert "\x1b]0" not in shown and "\x1b[2J" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\r" not in shown
    documents = [score_document(analysis, load_config())]
    table = render("table", documents, summarise_corpus(documents), (), load_config().active, lexicon_for())
    assert not any(c in table for c in "\x1b\x07\x9b\r")
    assert printable("a\x1bb\nc\td") == "a\u241bb\u2424c d" and printable("a\nb", keep_lines=True) == "a\nb"


def test_an_existing_reports_permissions_are_kept(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "report.json"
    target.write_text("{}", encoding="utf-8")
    os.chmod(target, 0o600)
    result = runner.invoke(app, ["score", str(source), "-f", "json", "-o", str(target), "--no-exit"])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and json.loads(target.read_text())["documents"]


@pytest.mark.parametrize("fmt", ["json", "csv", "html", "markdown", "jsonl"])
def test_a_report_is_written_when_every_input_fails(tmp_path, fmt):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    target = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["score", str(bad), "-f", fmt, "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert target.exists() and "bad.jsonl:1" in target.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(target.read_text(encoding="utf-8"))["errors"] == [{"id": f"{bad}:1", "error": "not valid JSON: Expecting value"}]
