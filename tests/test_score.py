"""Scores, thresholds, verdicts, config files, exit codes and atomic output."""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from analyzer import analyze
from analyzer.cli import app
from analyzer.report import output as output_module
from analyzer.report.output import write_atomic
from analyzer.score import ConfigError, load_config, score_document, summarise_corpus
from analyzer.score.formulas import editorial_score, formulas, promotional_balance
from conftest import SEEDS

runner = CliRunner()
CALLS = ["Call us today.", "Book a consultation now.", "Sign up for our newsletter."]


def config_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "analyzer.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("calls, fires", [(1, False), (2, False), (3, True)])  # under, at, over
def test_threshold_fires_only_above(tmp_path, calls, fires):
    others = '["readability", "promotional", "boosters", "balance", "editorial", "claims", "disclosure"]'
    config = load_config(config_file(tmp_path, f'disable = {others}\n[rules."cta.count"]\nthreshold = 2\nlevel = "review"\n'))
    document = score_document(analyze(" ".join(CALLS[:calls])), config)
    assert document.scores["calls_to_action"] == calls
    assert [r.rule_id for r in document.reasons] == (["cta.count"] if fires else [])
    assert document.verdict == ("review" if fires else "ok")


def test_reason_carries_value_threshold_and_evidence(tmp_path):
    config = load_config(config_file(tmp_path, '[rules."cta.count"]\nthreshold = 0\nlevel = "fail"\n'))
    document = score_document(analyze("Call us today."), config)
    reason = next(r for r in document.reasons if r.rule_id == "cta.count")
    assert (reason.value, reason.threshold, reason.level) == (1.0, 0.0, "fail")
    assert [f.text for f in reason.findings] == ["Call us"]
    assert document.verdict == "fail"


def test_disable_by_prefix_and_by_id(tmp_path):
    text = (SEEDS / "003_97a530df274c8eed.txt").read_text(encoding="utf-8")
    everything = score_document(analyze(text), load_config(config_file(tmp_path, "")))
    assert any(r.rule_id.startswith("readability.") for r in everything.reasons)
    config = load_config(config_file(tmp_path, 'disable = ["readability", "editorial.score"]\n'))
    fewer = score_document(analyze(text), config)
    ids = {r.rule_id for r in fewer.reasons}
    assert not any(i.startswith("readability.") for i in ids) and "editorial.score" not in ids
    assert "promotional.rate" in ids


def test_pyproject_tool_section_is_found_upward(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.analyzer]\nfail_level = "review"\n', encoding="utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = load_config(start=nested)
    assert config.path == tmp_path / "pyproject.toml" and config.fail_level == "review"


@pytest.mark.parametrize(
    "body, line, message",
    [
        ('[rules."readability.grade"]\nthreshold = "eight"\nlevel = "review"\n', 2, "rule 'readability.grade': 'threshold' must be a finite number, not 'eight'"),
        ('[rules."readability.grade"]\nthreshold = 8\nlevel = "severe"\n', 3, "'level' must be one of info, review, fail, not 'severe'"),
        ('colour = "red"\n', 1, "unknown key 'colour' (allowed: disable, fail_level, lexicons, profile, rules)"),
        ('\n[rules."reading.level"]\nthreshold = 8\nlevel = "review"\n', 2, "unknown rule 'reading.level' (rules: "),
        ('[rules."cta.count"]\nthreshold = 1\nlevel = "info"\nmax = 3\n', 4, "unknown key 'max' in rule 'cta.count' (allowed: level, threshold)"),
        ('fail_level = "sometimes"\n', 1, "'fail_level' must be one of review, fail"),
        ('disable = ["nothing.here"]\n', 1, "'disable': 'nothing.here' names no rule"),
        ('[rules\nthreshold = 1\n', 1, "not valid TOML"),
    ],
)
def test_config_errors_name_file_line_key_and_what_is_allowed(tmp_path, body, line, message):
    path = config_file(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in caught.value.problems), caught.value.problems
    result = runner.invoke(app, ["score", str(SEEDS), "--config", str(path)])
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_balance_and_editorial_score_ranges():
    assert promotional_balance(0, 0, 5) == pytest.approx(0.5)
    assert 0.9 < promotional_balance(200, 0, 5) < 1
    assert promotional_balance(0, 200, 5) < 0.1
    components = formulas().components
    assert editorial_score({c.score: 0.0 for c in components}, components) == 0
    assert 95 < editorial_score({c.score: (1.0 if c.half is None else 1e6) for c in components}, components) <= 100


# --- the command line: exit codes, formats, output -------------------------------------


def test_exit_1_when_a_document_fails_and_0_with_no_exit():
    assert runner.invoke(app, ["score", str(SEEDS)]).exit_code == 1  # 002 and 003 fail
    assert runner.invoke(app, ["score", str(SEEDS), "--no-exit"]).exit_code == 0


def test_exit_0_when_nothing_reaches_the_fail_level():
    assert runner.invoke(app, ["score", str(SEEDS / "004_2c502a08521c033c.txt")]).exit_code == 0


def test_fail_level_review_moves_the_gate(tmp_path):
    doc = str(SEEDS / "004_2c502a08521c033c.txt")  # verdict "review"
    assert runner.invoke(app, ["score", doc, "--fail-level", "review"]).exit_code == 1
    assert runner.invoke(app, ["score", doc, "--fail-level", "fail"]).exit_code == 0
    cfg = config_file(tmp_path, 'fail_level = "review"\n')
    assert runner.invoke(app, ["score", doc, "--config", str(cfg)]).exit_code == 1


def test_exit_2_for_usage_and_input_errors(tmp_path):
    assert runner.invoke(app, ["score", str(SEEDS), "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["score", str(tmp_path / "nope.txt")]).exit_code == 2


def test_table_has_verdicts_reasons_and_ranking():
    result = runner.invoke(app, ["score", str(SEEDS)])
    out = result.stdout
    # 002 (a clinic's ketamine page) sits at the fail line: 60.2 before weak evaluative words were
    # tiered ("a new approach", "significant effects" no longer count), 59.3 since (issue 14).
    # 000 is ok since its only safety claims went: "its relatively high safety profile" is a
    # qualified claim and "ensure its safe and effective use" an aim (claims_safety_asserted).
    assert "Verdicts" in out and "Corpus ranking by editorial score (1 ok, 3 review, 1 fail)" in out
    assert "editorial.score" in out and '"game-changer"' in out
    ranking = out[out.index("Corpus ranking"):]
    assert ranking.index("003_97a53") < ranking.index("001_0ff18")


def test_json_report_validates_against_the_documented_schema(tmp_path):
    result = runner.invoke(app, ["score", str(SEEDS), str(tmp_path / "missing.txt"), "--format", "json"])
    report = json.loads(result.stdout)
    schema = json.loads(resources.files("analyzer.report").joinpath("schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    assert report["summary"]["ranking"][0]["id"].endswith("003_97a530df274c8eed.txt")
    assert report["errors"][0]["id"].endswith("missing.txt")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**report, "schema_version": 2}, schema)


@pytest.mark.parametrize("fmt, marker", [("csv", "id,verdict,editorial_score"), ("markdown", "| # | document |"), ("jsonl", '"verdict": ')])
def test_other_formats(fmt, marker):
    result = runner.invoke(app, ["score", str(SEEDS), "--format", fmt, "--no-exit"])
    assert result.exit_code == 0 and marker in result.stdout
    if fmt == "csv":
        assert len(result.stdout.strip().splitlines()) == 6


def test_output_file_is_whole_and_replaces_atomically(tmp_path):
    target = tmp_path / "report.md"
    result = runner.invoke(app, ["score", str(SEEDS), "-f", "markdown", "-o", str(target), "--no-exit"])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# analyzer report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_failure_midway_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("previous report", encoding="utf-8")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_module.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "x" * 100_000)
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(os.listdir(tmp_path)) == ["report.json"]
    result = runner.invoke(app, ["score", str(SEEDS), "-f", "json", "-o", str(target)])
    assert result.exit_code == 2 and "cannot write the report" in result.stderr
    assert target.read_text(encoding="utf-8") == "previous report"


def test_init_writes_a_config_that_loads_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "analyzer.toml"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "AMA" in text and "NIH" in text and "Vale" in text  # defaults cite their sources
    assert len(load_config(target).thresholds) >= 8
    again = runner.invoke(app, ["init", str(target)])
    assert again.exit_code == 2 and "--force" in again.stderr


def test_corpus_summary_ranks_by_editorial_score():
    config = load_config()
    documents = [score_document(analyze(p.read_text(encoding="utf-8"), p.name), config) for p in sorted(SEEDS.glob("*.txt"))]
    summary = summarise_corpus(documents)
    scores = [d.scores["editorial_score"] for d in summary.ranking]
    assert scores == sorted(scores, reverse=True)
    assert sum(summary.verdict_counts.values()) == 5
    assert summary.ranking[0].analysis.id == "003_97a530df274c8eed.txt"


def test_config_file_adds_user_lexicons_relative_to_itself(tmp_path):
    (tmp_path / "jargon.toml").write_text(
        'family = "jargon"\n[[categories]]\nname = "drug"\nweight = 1\nsource = "house style"\nterms = ["esketamine"]\n',
        encoding="utf-8",
    )
    cfg = config_file(tmp_path, 'lexicons = ["jargon.toml"]\n')
    result = runner.invoke(app, ["score", str(SEEDS / "003_97a530df274c8eed.txt"), "-c", str(cfg), "-f", "jsonl", "--no-exit"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["wording"]["jargon"]["count"] == 2


@pytest.mark.parametrize("profile", ["general", "patient", "news", "marketing-review"])
def test_clinic_posts_calls_to_action_bring_them_to_review_under_any_profile(tmp_path, profile):
    """Issue 15: seeds 001 ("reach out to our team", "We offer consultations") and 002 ("Learn
    more") market a clinic; their calls to action alone are a review reason, whatever the audience."""
    config = load_config(config_file(tmp_path, f'profile = "{profile}"\n'))
    for name in ("001_0ff18e5b74c14366.txt", "002_773cc354ab78808c.txt"):
        document = score_document(analyze((SEEDS / name).read_text(encoding="utf-8"), name), config)
        reason = next(r for r in document.reasons if r.rule_id == "cta.count")
        assert reason.level == "review" and document.verdict in ("review", "fail")


def test_the_ad_blocker_notice_in_seed_000_is_boilerplate_not_the_articles_words():
    text = (SEEDS / "000_88d3b8cad0cf7519.txt").read_text(encoding="utf-8")
    analysis = analyze(text)
    notice = text.index("Ad Blocker Detected")
    assert any(b.start <= notice < b.end for b in analysis.prepared.boilerplate)
    assert not any(f.start >= notice and f.end <= notice + 200 for f in analysis.findings)


def test_a_readability_rule_points_only_at_sentences_above_its_threshold(tmp_path):
    """A new user's release over grade 10 was pointed at a "hard sentence (grade 8)": the rule names
    the hardest sentences above its own threshold, each by its level (scores.toml [sentences]),
    and with none above it points at the document without calling a sentence hard."""
    from analyzer.report.diagnostics import document_diagnostics, rules_by_id

    config = load_config(config_file(tmp_path, '[rules."readability.grade"]\nthreshold = 8\n'))
    mixed = ("The hard sentence plainly needs rewriting for ordinary readers today. Participants in the study "
             "reported fewer headache days each month. Most of them said the program was easy to use at home.")
    document = score_document(analyze(mixed), config)
    reason = next(r for r in document.reasons if r.rule_id == "readability.grade")
    assert reason.sentences == (0, 1)  # grades 10.7 and 9.6; the third (2.9) is plain
    labels = [d.message.split(".")[0] for d in document_diagnostics(document, rules_by_id(config.active))
              if d.rule_id == "readability.grade"]
    assert labels == ["hard sentence (grade 10", "sentence at grade 9"]
    config = load_config(config_file(tmp_path, '[rules."readability.grade"]\nthreshold = 10\n'))
    none_above = ("Participants in the study reported fewer headache days each month. Researchers measured "
                  "migraine frequency using electronic diaries. Most of them said the program was easy to use at home.")
    document = score_document(analyze(none_above), config)
    reason = next(r for r in document.reasons if r.rule_id == "readability.grade")
    assert reason.sentences == ()
    [diagnostic] = [d for d in document_diagnostics(document, rules_by_id(config.active)) if d.rule_id == "readability.grade"]
    assert diagnostic.position is None and "hard" not in diagnostic.message


def test_every_config_error_is_reported_in_one_run(tmp_path):
    """A new user fixed a config file one error a run (first fail_level, then disable and threshold):
    the settings, the rule names and the thresholds are all checked before anything stops."""
    path = config_file(tmp_path, 'fail_level = "warn"\ndisable = ["ctaa"]\n\n[rules."readability.grade"]\nthreshold = "ten"\n')
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in error.value.problems] == ["1", "2", "5"]
    result = runner.invoke(app, ["score", str(SEEDS), "--config", str(path)])
    assert result.exit_code == 2 and all(w in result.output for w in ("'fail_level'", "'ctaa'", "'ten'"))
    lexicon = tmp_path / "ours.toml"
    lexicon.write_text("not = [valid\n", encoding="utf-8")
    both = config_file(tmp_path, 'fail_level = "warn"\nlexicons = ["ours.toml"]\n')
    with pytest.raises(ConfigError) as error:  # a broken lexicon too: reported with the config's problems
        load_config(both)
    assert "'fail_level'" in error.value.problems[0] and any("ours.toml" in p for p in error.value.problems[1:])


def test_a_renamed_rule_keeps_working_with_a_note(tmp_path):
    """hedging.rate (declared by the hedges family) and hedges.rate (every family's rate) measured
    the same hedges per 1,000 words: one is left, and the old name in a config still works."""
    from analyzer.measure import lexicon_for
    from analyzer.score import all_rules

    ids = [r.id for r in all_rules(lexicon_for())]
    assert "hedges.rate" in ids and "hedging.rate" not in ids
    measures = [(r.family, r.kind, r.categories) for r in all_rules(lexicon_for()) if r.family and r.kind == "rate"]
    assert len(measures) == len(set(measures)), "two rules measure the same rate"
    config = load_config(config_file(tmp_path, '[rules."hedging.rate"]\nthreshold = 5\nlevel = "info"\n'))
    assert [(t.id, t.threshold, t.level) for t in config.thresholds if "hedg" in t.id] == [("hedges.rate", 5.0, "info")]
    assert len(config.notes) == 1 and ":1: 'hedging.rate' was renamed 'hedges.rate'" in config.notes[0]
    config = load_config(config_file(tmp_path, 'disable = ["hedging.rate"]\n[rules."hedges.rate"]\nthreshold = 5\n'))
    assert not config.enabled("hedges.rate") and config.notes
    with pytest.raises(ConfigError, match="both are set"):
        load_config(config_file(tmp_path, '[rules."hedging.rate"]\nthreshold = 5\n[rules."hedges.rate"]\nthreshold = 6\n'))
    text = "Ketamine may help some patients.\n<!-- analyzer-disable hedging.rate -->\n"
    document = score_document(analyze(text), load_config(config_file(tmp_path, '[rules."hedges.rate"]\nthreshold = 0\n')))
    assert [r.rule_id for r in document.suppressed] == ["hedges.rate"] and "renamed" in document.warnings[0]


# What each judged rule is called in the profiles' prose (README table, profiles.toml, init).
PROFILE_WORDING = {"disclosure.harms": "harms", "disclosure.evidence": "evidence", "claims.unsourced_statistics": "statistics",
                   "claims.absolute": "absolute claims", "claims.testimonials": "testimonials"}


def _in_force_under(tmp_path: Path, profile: str) -> dict[str, tuple[float, str]]:
    folder = tmp_path / profile
    folder.mkdir()
    return {t.id: (t.threshold, t.level) for t in load_config(config_file(folder, f'profile = "{profile}"\n')).thresholds}


def _readme_profile_row(profile: str) -> str:
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    return next(line for line in readme.splitlines() if line.startswith(f"| `{profile}`"))


@pytest.mark.parametrize("profile", ["general", "patient", "news", "marketing-review"])
def test_profile_prose_names_what_the_profile_judges(tmp_path, profile):
    """New user, round 25: the README called missing harms and evidence "the news profile's job",
    yet under patient and marketing-review they were review reasons (kept from the family
    defaults), and neither the README, the description nor init said so. The README row and the
    description of each profile name every checklist or claim rule that is review or fail under
    it, and every one of those it makes information where another profile judges it."""
    from analyzer.score.thresholds import profiles

    in_force = _in_force_under(tmp_path, profile)
    row = _readme_profile_row(profile).split("|")[3]
    description = profiles()[1][profile].description
    sets = {rule for rule, _, _ in profiles()[1][profile].rules}
    for rule, words in PROFILE_WORDING.items():
        level = in_force[rule][1]
        if level != "info" or rule in sets:  # judged here, or made information by this profile
            assert words in row and words in description, (profile, rule, level)


def test_a_patient_leaflet_is_not_sent_to_review_for_naming_no_study(tmp_path):
    """A leaflet on using an inhaler names no study design, and need not; it still must say what
    the medicine can do wrong (DISCERN item 11)."""
    leaflet = ("Rinse the mouthpiece of your inhaler once a week and let it dry overnight. Keep the cap on "
               "when you are not using it, and store it away from heat.")
    config = load_config(config_file(tmp_path, 'profile = "patient"\n'))
    document = score_document(analyze(leaflet), config)
    fired = {r.rule_id: r.level for r in document.reasons}
    assert fired.get("disclosure.evidence") == "info"
    assert fired.get("disclosure.harms") == "review"


def test_init_lists_under_each_profile_the_rules_it_decides_as_they_stand(tmp_path):
    from analyzer.score.thresholds import profiles

    target = tmp_path / "starter.toml"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    names = list(profiles()[1])
    for profile in names:
        block = text.split(f"# {profile}: ", 1)[1]
        for other in names:
            block = block.split(f"# {other}: ", 1)[0] if other != profile else block
        block = block.split("profile = ", 1)[0]
        listed = {rule: level for rule, _, level in re.findall(r"#\s+([\w.]+): threshold ([\d.]+), (\w+)", block)}
        in_force = _in_force_under(tmp_path, profile)
        for rule in PROFILE_WORDING:
            assert listed[rule] == in_force[rule][1], (profile, rule)


def test_the_api_and_json_agree_on_which_findings_count():
    """A new user filtered ``analyze(text).findings`` on ``counted``, which then said only whether
    the category counts, and counted the mentions and rejected candidates JSON calls not counted."""
    result = runner.invoke(app, ["score", str(SEEDS), "-f", "jsonl", "--no-exit"])
    for line in result.stdout.splitlines():
        record = json.loads(line)
        analysis = analyze(Path(record["id"]).read_text(encoding="utf-8"))
        assert [f["counted"] for f in record["findings"]] == [f.counted for f in analysis.findings]
        assert any(not f.counted and f.category_counted for f in analysis.findings)  # the two differ here
