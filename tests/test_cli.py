"""The command line, through typer's CliRunner."""

from __future__ import annotations

from typer.testing import CliRunner

from analyzer import __version__
from analyzer.cli import app
from conftest import SEEDS

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"analyzer {__version__}"


def test_score_prints_one_row_per_seed():
    result = runner.invoke(app, ["score", str(SEEDS)])
    assert result.exit_code == 0, result.output
    for name in ["000_88d3b", "001_0ff18", "002_773cc", "003_97a53", "004_2c502"]:
        assert name in result.stdout
    for header in ["FRE", "FK", "Fog", "SMOG", "CLI", "ARI", "Dale-Chall", "Linsear", "Grade"]:
        assert header in result.stdout


def test_missing_file_is_reported_and_others_still_scored(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A plain sentence about health. Another one follows here.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(good), str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "missing.txt: no such file" in result.stderr
    assert "good" in result.stdout
