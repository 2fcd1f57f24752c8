"""``analyzer explain``: the terminal view, without colour and with."""

from __future__ import annotations

import io

from rich.console import Console
from typer.testing import CliRunner

from analyzer import analyze
from analyzer.cli import app
from analyzer.measure import lexicon_for
from analyzer.report.explain import print_explanation
from conftest import SEEDS

runner = CliRunner()
SEED = SEEDS / "003_97a530df274c8eed.txt"


def test_plain_output_marks_findings_and_hard_sentences_at_a_fixed_width():
    result = runner.invoke(app, ["explain", str(SEED), "--width", "80"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b[" not in out  # not a terminal: no colour codes
    assert "[game-changer]{promotional}" in out
    assert "[may]{hedges}" in out
    assert "▸hard(" in out
    assert "Legend:" in out and "Counted findings:" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_only_filters_families():
    result = runner.invoke(app, ["explain", str(SEED), "--only", "promotional,cta", "--width", "100"])
    assert "{promotional}" in result.stdout and "{hedges}" not in result.stdout
    bad = runner.invoke(app, ["explain", str(SEED), "--only", "hype"])
    assert bad.exit_code == 2 and "unknown family 'hype'" in bad.stderr


def test_colour_output_has_ansi_styles_and_no_brackets():
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, force_terminal=True, color_system="truecolor")
    print_explanation(analyze(SEED.read_text(encoding="utf-8"), "003"), lexicon_for(), console)
    out = buffer.getvalue()
    assert "\x1b[" in out and "game-changer" in out
    assert "{promotional}" not in out


def test_mentions_are_labelled_as_not_counted(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("Some people call it a miracle drug. Others do not.", encoding="utf-8")
    out = runner.invoke(app, ["explain", str(doc)]).stdout
    assert "[miracle drug]{promotional (not counted)}" in out


def test_unreadable_file_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["explain", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "missing.txt: no such file" in result.stderr
