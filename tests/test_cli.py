"""The command line, through typer's CliRunner."""

from __future__ import annotations

import json

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
    result = runner.invoke(app, ["score", str(SEEDS), "--no-exit"])
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


def test_jsonl_in_and_out(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"doc": "a1", "body": "This miracle cure works. Call today to book a consultation."}\n'
        '{"doc": "a2", "body": "The results may suggest a modest benefit."}\n'
        '{"doc": "a3", "other": "no body field"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(corpus), "--text-field", "body", "--id-field", "doc", "--format", "jsonl"])
    assert result.exit_code == 2  # one row had no text
    # an unreadable row is named by its id, with where it is (issue 18)
    assert f"a3 ({corpus}:3): no text in field 'body'" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"]
    assert rows[2]["error"] == "no text in field 'body' (use --text-field to name it)" and rows[2]["where"] == f"{corpus}:3"
    first = rows[0]
    assert first["wording"]["promotional"]["count"] == 1
    assert first["wording"]["cta"]["count"] == 1  # "Call today to book": one request counts once (round 26)
    assert [f["mention_reason"] for f in first["findings"] if f["family"] == "cta" and not f["counted"]] == ['one_per_clause: one request, counted as "Call today"']
    assert first["readability"]["words"] == 10
    for finding in first["findings"]:
        assert {"family", "category", "text", "start", "end", "sentence_index", "sentence", "weight", "usage"} <= set(finding)
    assert rows[1]["wording"]["hedges"]["count"] == 2


def test_json_output_file_is_written_whole(tmp_path):
    target = tmp_path / "report.json"
    result = runner.invoke(app, ["score", str(SEEDS), "--format", "json", "--output", str(target), "--no-exit"])
    assert result.exit_code == 0, result.output
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["schema_version"] == 1 and len(report["documents"]) == 5
    assert not list(tmp_path.glob(".*.tmp"))


def test_lexicons_check_reports_file_line_and_exits_1(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('family = "x"\n[[categories]]\nname = "a"\nweight = -1\nsource = "s"\nterms = ["ok"]\n', encoding="utf-8")
    result = runner.invoke(app, ["lexicons", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:4: category 'a': 'weight' must be a finite number from 0 to 100" in result.stderr
    assert runner.invoke(app, ["lexicons", "check"]).exit_code == 0


def test_lexicons_list_shows_families_and_sources():
    result = runner.invoke(app, ["lexicons", "list"])
    assert result.exit_code == 0
    for family in ["hedges", "boosters", "promotional", "cta"]:
        assert family in result.stdout
    assert "Millar" in result.stdout


def test_bad_user_lexicon_stops_scoring_with_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('family = "x"\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(SEEDS), "--lexicon", str(bad)])
    assert result.exit_code == 2
    assert "no [[categories]]" in result.stderr and "nothing was scored" in result.stderr
    assert result.stdout == ""


def test_user_lexicon_findings_appear_in_output(tmp_path):
    extra = tmp_path / "jargon.toml"
    extra.write_text('family = "jargon"\n[[categories]]\nname = "term"\nweight = 1\nsource = "house"\nterms = ["ketamine"]\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(SEEDS / "000_88d3b8cad0cf7519.txt"), "-l", str(extra), "-f", "jsonl"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["wording"]["jargon"]["count"] > 5
