"""The CLI rough edges of issue 18, one test each."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from analyzer.cli import DEFAULT_JOBS, app
from conftest import SEEDS

runner = CliRunner()
COMMANDS = [["score"], ["explain"], ["rules"], ["chart"], ["init"], ["compare"], ["lexicons", "check"], ["lexicons", "list"]]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_help_shows_no_python_types_and_keeps_square_brackets(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for python_type in ("<list[", "<path>", "<str>", "<int", "<bool>", "Path]"):
        assert python_type not in result.stdout, (python_type, result.stdout)
    if "--config" in result.stdout:
        assert "[tool.analyzer] in pyproject.toml" in " ".join(result.stdout.split())


def test_output_file_with_failing_documents_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", str(SEEDS), "-f", "json", "-o", "report.json"])
    assert result.exit_code == 1
    assert result.stdout == "" and json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["documents"]
    # one seed fails (003); 002 sits just under the fail line since weak evaluative words were tiered (issue 14)
    assert "5 documents scored and written to report.json; 1 reaches the fail level (fail): exit 1" in result.stderr


def test_exit_2_still_says_that_documents_failed(tmp_path):
    result = runner.invoke(app, ["score", str(SEEDS), str(tmp_path / "missing.txt"), "-f", "csv"])
    assert result.exit_code == 2
    assert "1 reaches the fail level (fail)" in result.stderr and "1 input could not be read" in result.stderr


def test_error_rows_by_id_and_in_input_order_in_csv(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "r1", "text": "A miracle cure."}\n{"id": "r2", "text": ""}\nnot json\n'
                      '{"id": "r4", "text": "It may help."}\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "-f", "csv", "--no-exit"])
    assert result.exit_code == 0  # --no-exit: report only, the errors are rows of the report
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["verdict"]) for r in rows] == [("r1", rows[0]["verdict"]), ("r2", "error"), (f"{corpus}:3", "error"),
                                                       ("r4", rows[3]["verdict"])]
    assert rows[0]["verdict"] != "error" and rows[3]["verdict"] != "error"
    assert f"error: r2 ({corpus}:2): empty" in result.stderr and f"error: {corpus}:3: not valid JSON" in result.stderr
    report = json.loads(runner.invoke(app, ["score", str(corpus), "-f", "json", "--no-exit"]).stdout)
    assert report["errors"][0] == {"id": "r2", "error": "empty: field 'text' has no text", "where": f"{corpus}:2"}


def test_config_error_is_located_by_the_toml_parser(tmp_path):
    config = tmp_path / "analyzer.toml"
    config.write_text('# team settings\nfail_level = "fail"\n\n[rules."readability.grade"]\n# the level for\n'
                      '# grade problems\nlevel = "loud"\nthreshold = 9\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(SEEDS), "-c", str(config)])
    assert result.exit_code == 2
    assert f"{config}:7: rule 'readability.grade': 'level' must be one of info, review, fail, not 'loud'" in result.stderr


def test_config_error_in_pyproject_is_located_too(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n# fail_level is "review"\n[tool.analyzer]\n# fail_level\n'
                         'fail_level = "sometimes"\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(SEEDS), "-c", str(pyproject)])
    assert result.exit_code == 2 and f"{pyproject}:6: 'tool.analyzer.fail_level' must be one of" in result.stderr


@pytest.mark.parametrize("content, expected, code", [
    ('family = "x"\n[[categories]]\nname = "a"\nsource = "s"\nterms = ["ok"]\n',
     ":2: category 'a': 'weight' is required (a number >= 0, e.g. weight = 1.0)", 1),
    ('family = "x"\n[[categories]]\nname = "a"\n# weight matters\nweight = "heavy"\nsource = "s"\nterms = ["ok"]\n',
     ":5: category 'a': 'weight' must be a finite number from 0 to 100, not 'heavy'", 1),
    ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok"]\n'
     '[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["fine"]\n',
     ":7: category 'a' is defined twice in this family (first at line 2)", 1),
    ('family = "promotional"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok"]\n',
     ":1: family 'promotional' is already loaded; to add categories to it, write extends = \"promotional\"", 1),
])
def test_lexicons_check_messages(tmp_path, content, expected, code):
    path = tmp_path / "lex.toml"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["lexicons", "check", str(path)])
    assert result.exit_code == code
    assert f"{path}{expected}" in result.stderr


def test_lexicons_check_missing_file_exits_2_without_errno(tmp_path):
    result = runner.invoke(app, ["lexicons", "check", str(tmp_path / "nope.toml")])
    assert result.exit_code == 2
    assert "nope.toml: no such file" in result.stderr and "Errno" not in result.stderr
    result = runner.invoke(app, ["score", str(SEEDS), "-l", str(tmp_path / "nope.toml")])
    assert result.exit_code == 2 and "nope.toml: no such file" in result.stderr and "nope.toml:1" not in result.stderr and "Errno" not in result.stderr


def test_user_lexicon_named_like_a_builtin_is_refused_not_merged(tmp_path):
    path = tmp_path / "promo.toml"
    path.write_text('family = "promotional"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok"]\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(SEEDS), "-l", str(path)])
    assert result.exit_code == 2 and "family 'promotional' is already loaded" in result.stderr


def test_md_is_accepted_as_markdown():
    md = runner.invoke(app, ["score", str(SEEDS), "-f", "md", "--no-exit"])
    markdown = runner.invoke(app, ["score", str(SEEDS), "-f", "markdown", "--no-exit"])
    assert md.exit_code == 0 and md.stdout == markdown.stdout and md.stdout.startswith("# analyzer report")


def test_default_jobs_is_one_process():
    """Measured on two cores (README, "Parallel"): workers were slower than one process."""
    assert DEFAULT_JOBS == 1
    from analyzer.cli import score
    import inspect

    assert inspect.signature(score).parameters["jobs"].default == 1


def test_chart_of_a_missing_or_broken_file_is_one_clear_line(tmp_path):
    """'error: x.json: [Errno 2] No such file or directory: ...' said the path twice and raw."""
    result = runner.invoke(app, ["chart", str(tmp_path / "nosuch.json")])
    assert result.exit_code == 2
    assert f"error: {tmp_path / 'nosuch.json'}: no such file" in result.stderr and "Errno" not in result.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{x", encoding="utf-8")
    result = runner.invoke(app, ["chart", str(broken)])
    assert result.exit_code == 2 and f"error: {broken}: not a JSON file (" in result.stderr


def test_a_missing_config_file_has_no_line_number(tmp_path):
    """'nosuch.toml:1: config file not found' pointed at line 1 of a file that does not exist."""
    missing = tmp_path / "nosuch.toml"
    for command in (["score", str(SEEDS)], ["explain", str(SEEDS / "000_88d3b8cad0cf7519.txt")]):
        result = runner.invoke(app, [*command, "--config", str(missing)])
        assert result.exit_code == 2
        assert f"error: {missing}: no such config file" in result.stderr and f"{missing}:1" not in result.stderr


@pytest.mark.parametrize("args, config, suggested, not_suggested", [
    # a near miss of a rule id, a family, a config key: the one meant is named
    (["rules", "hedges.rat"], None, "did you mean 'hedges.rate'?", None),
    (["rules", "hedgez"], None, "did you mean 'hedges'?", None),
    (["score", str(SEEDS)], '[rules."hedges.rat"]\nthreshold = 3\nlevel = "review"\n', "did you mean 'hedges.rate'?", None),
    (["score", str(SEEDS)], '[rules."cta.count"]\nthreshhold = 1\nlevel = "review"\n', "did you mean 'threshold'?", None),
    (["score", str(SEEDS)], 'fail_levl = "review"\n', "did you mean 'fail_level'?", None),
    # nothing close: no guess, only the list
    (["rules", "zzz"], None, None, "did you mean"),
    (["score", str(SEEDS)], '[rules."tone"]\nthreshold = 3\nlevel = "review"\n', None, "did you mean"),
])
def test_unknown_names_suggest_the_near_miss_only(tmp_path, args, config, suggested, not_suggested):
    if config is not None:
        (tmp_path / "analyzer.toml").write_text(config, encoding="utf-8")
        args = [*args, "-c", str(tmp_path / "analyzer.toml")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    if suggested:
        assert suggested in result.stderr
    if not_suggested:
        assert not_suggested not in result.stderr


@pytest.mark.parametrize("name, meant", [("hedges.rat", "hedges.rate"), ("disclosre", "disclosure"), ("nonexistent_rule", None)])
def test_an_unknown_rule_reads_as_one_error_and_where_to_look(name, meant):
    """New user, round 25: `rules nonexistent_rule` printed every one of the rule ids on the
    error's line, then "nothing to show" on its own; with the "did you mean" suggestion that list
    buried the one name meant. The error names the near miss (a rule, a family, a group of rule
    ids) or, with none, the families; the closing line says where every rule is listed."""
    result = runner.invoke(app, ["rules", name])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"error: unknown rule or family '{name}'")
    assert "`analyzer rules`" in lines[1] and "nothing to show" in lines[1]
    rule_ids = ("promotional.rate", "cta.count", "disclosure.harms", "readability.grade_severe")
    assert not any(rule_id in result.stderr for rule_id in rule_ids if rule_id != meant)
    if meant:
        assert lines[0].endswith(f"did you mean '{meant}'?")
    else:
        assert "families: " in lines[0] and "promotional" in lines[0]


def test_csv_and_json_give_the_same_numbers_and_the_families_counts():
    """A researcher read editorial_score 53.300 in CSV and 53.3 in JSON, and found no family's
    counts in the CSV at all: CSV cells are JSON's numbers, and each family has its count and rate."""
    records = {r["id"]: r for r in json.loads(runner.invoke(app, ["score", str(SEEDS), "-f", "json", "--no-exit"]).stdout)["documents"]}
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["score", str(SEEDS), "-f", "csv", "--no-exit"]).stdout)))
    assert len(rows) == len(records) == 5
    for row in rows:
        record = records[row["id"]]
        assert {name: json.loads(row[name]) for name in record["scores"]} == record["scores"]
        for family, counts in record["wording"].items():
            assert int(row[f"{family}_count"]) == counts["count"]
            assert float(row[f"{family}_per_1k_words"]) == round(counts["per_1k_words"], 3)


def test_csv_json_and_the_table_give_each_family_the_same_figure():
    """A new user read Promo 289.7 in the table and promotional_per_1k_words 102.8 in the CSV: the
    table's rate columns are weighted. The CSV carries the weighted rate as JSON names it, and each
    table cell is that figure (a rate column) or the count (a count column), as its title says."""
    from analyzer.measure import lexicon_for
    from analyzer.report.tables import column_families, fmt

    records = {r["id"]: r for r in json.loads(runner.invoke(app, ["score", str(SEEDS), "-f", "json", "--no-exit"]).stdout)["documents"]}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(runner.invoke(app, ["score", str(SEEDS), "-f", "csv", "--no-exit"]).stdout))}
    table = runner.invoke(app, ["score", str(SEEDS), "--no-exit"]).stdout
    lexicon = lexicon_for()
    columns = column_families(lexicon)
    title = next(line for line in table.splitlines() if line.startswith("Wording ("))
    assert "weighted per 1,000 words" in title and "counted findings" in title
    for doc_id, record in records.items():
        cells = next(line for line in table.splitlines()[table.splitlines().index(title):] if line.strip().startswith(doc_id)).split()
        for offset, family in enumerate(columns, start=1):
            wording = record["wording"][family.name]
            weighted = wording["weighted_per_1k_words"]
            assert float(rows[doc_id][f"{family.name}_weighted_per_1k_words"]) == round(weighted, 3)
            kind = next(s.kind for s in lexicon.scores if s.family == family.name)
            shown = str(wording["count"]) if kind == "count" else fmt(weighted)
            assert cells[offset] == shown, (doc_id, family.name, cells)
            assert f"{family.display.short}" in title.split(": counted" if kind == "count" else ": weighted")[0]
