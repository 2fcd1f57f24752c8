"""Families and score rules are data: their examples are enforced, and a new family shows everywhere.

Every family file carries ``[examples]`` (sentences that must and must not produce a counted
finding of the family), every score rule ``fires``/``quiet`` texts (in which it must and must not
fire under its default threshold): proselint's examples table, enforced for each one. Then a
throwaway family, written to a temporary file, is followed through every report with no code change.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from analyzer import analyze
from analyzer.cli import app
from analyzer.measure import compiled_matcher, lexicon_for
from analyzer.score import all_rules, load_config, rule_value, score_document
from analyzer.score.formulas import compute_scores

runner = CliRunner()
LEXICON = lexicon_for()


def _counted(text: str, family: str) -> list[str]:
    return [f.text for f in analyze(text).findings if f.family == family and f.counted]


def test_every_family_has_examples_both_ways():
    for family in LEXICON.families:
        assert family.examples_fire and family.examples_quiet, f"{family.file}: [examples] needs fires and quiet"


@pytest.mark.parametrize("family, text", [(f.name, t) for f in LEXICON.families for t in f.examples_fire])
def test_family_example_fires(family, text):
    assert _counted(text, family), f"{family}: expected a counted finding in {text!r}"


@pytest.mark.parametrize("family, text", [(f.name, t) for f in LEXICON.families for t in f.examples_quiet])
def test_family_example_stays_quiet(family, text):
    assert not _counted(text, family), f"{family}: expected no counted finding in {text!r}"


DEFAULT_RULES = [r for r in all_rules(LEXICON) if r.threshold is not None]


def test_every_default_rule_has_examples_both_ways():
    for rule in DEFAULT_RULES:
        assert rule.fires and rule.quiet, f"{rule.origin}: score rule {rule.id} needs fires and quiet examples"


def _value(rule, text: str) -> float:
    analysis = analyze(text)
    return rule_value(rule, analysis, compute_scores(analysis, LEXICON))


def _id(value) -> str:
    return value.id if hasattr(value, "id") else str(value)[:30]


@pytest.mark.parametrize("rule, text", [(r, t) for r in DEFAULT_RULES for t in r.fires], ids=_id)
def test_score_rule_example_fires(rule, text):
    assert _value(rule, text) > rule.threshold


@pytest.mark.parametrize("rule, text", [(r, t) for r in DEFAULT_RULES for t in r.quiet], ids=_id)
def test_score_rule_example_stays_quiet(rule, text):
    assert not _value(rule, text) > rule.threshold


# --- a family added with one file shows up everywhere ---------------------------------------

URGENCY = """family = "urgency"
description = "Pressure to act before thinking."

[display]
label = "Urgency"
short = "Urg."
colour = "#CC79A7"
order = 15
column = true
charts = ["strip"]

[examples]
fires = ["Order today: only 3 left in stock."]
quiet = ["The trial lasted three months."]

[[categories]]
name = "scarcity"
weight = 1.0
source = "FTC .com Disclosures (2013); test fixture"
terms = ["only 3 left", "limited time", "act now"]
"""
DOCUMENT = "This cream is a limited time offer. Act now, because there are only 3 left.\n"


@pytest.fixture
def urgency(tmp_path, monkeypatch):
    """A temporary lexicon, named in a team config by one line, with one threshold line."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "urgency.toml").write_text(URGENCY, encoding="utf-8")
    (tmp_path / "analyzer.toml").write_text('lexicons = ["urgency.toml"]\nrules."urgency.count".threshold = 1\n', encoding="utf-8")
    (tmp_path / "ad.txt").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def test_a_new_family_needs_one_file_and_one_threshold_line(urgency):
    config = load_config()
    document = score_document(analyze(DOCUMENT, "ad", compiled_matcher(config.lexicon_files)), config)
    reason = next(r for r in document.reasons if r.rule_id == "urgency.count")
    assert (reason.value, reason.level) == (3.0, "review")
    assert {f.text.lower() for f in reason.findings} == {"limited time", "act now", "only 3 left"}


def test_a_new_family_shows_in_json_table_explain_html_and_charts(urgency):
    report = json.loads(runner.invoke(app, ["score", "ad.txt", "-f", "json", "--no-exit"]).stdout)
    doc = report["documents"][0]
    assert doc["wording"]["urgency"]["count"] == 3 and doc["verdict"] == "review"
    assert any(f["family"] == "urgency" for f in doc["findings"])
    assert {"family": "urgency", "label": "Urgency", "colour": "#CC79A7"}.items() <= report["families"][1].items()

    table = runner.invoke(app, ["score", "ad.txt", "--no-exit"]).stdout
    assert "Urg." in table and "urgency.count" in table

    explained = runner.invoke(app, ["explain", "ad.txt", "--width", "200"]).stdout
    assert re.search(r"\[only 3 left\]\{[a-z,]*urgency", explained)  # (other families may share the span)

    html = runner.invoke(app, ["score", "ad.txt", "-f", "html", "--no-exit"]).stdout
    assert '<mark class="f-urgency">Urgency</mark>' in html and ".f-urgency { background:" in html

    from analyzer.report.charts import _with_role

    strip = [f["label"] for f in _with_role(report, "strip")]
    assert "Urgency" in strip and strip.index("Promotional") < strip.index("Urgency")  # display order 10 < 15


def test_reusing_a_loaded_family_needs_extends(tmp_path):
    body = 'family = "promotional"\n[[categories]]\nname = "house"\nweight = 1\nsource = "s"\nterms = ["stellar"]\n'
    (tmp_path / "mine.toml").write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["lexicons", "check", str(tmp_path / "mine.toml")])
    assert result.exit_code == 1 and "extends = \"promotional\"" in result.stderr
    (tmp_path / "mine.toml").write_text(body.replace('family =', 'extends ='), encoding="utf-8")
    assert runner.invoke(app, ["lexicons", "check", str(tmp_path / "mine.toml")]).exit_code == 0
    matcher = compiled_matcher((str(tmp_path / "mine.toml"),))
    found = [f for f in analyze("A stellar result.", matcher=matcher).findings if f.family == "promotional"]
    assert [(f.category, f.text) for f in found] == [("house", "stellar")]


def test_rules_command_documents_every_rule_with_its_source():
    out = runner.invoke(app, ["rules"], terminal_width=200).stdout
    for rule in all_rules(LEXICON):
        assert rule.id in out
    one = runner.invoke(app, ["rules", "claims.safety"], terminal_width=200).stdout
    assert "FTC" in one and "review" in one and "promotional.rate" not in one


def test_a_call_and_its_number_are_one_call_to_action():
    """A new user's "Call 1-800-555-0199 today to order." was counted twice ("Call", contact, and
    "800-555-0199", its span without the "1-"): a reviewer reads one call to action with its number.
    A number standing alone after a short question still counts, once."""
    def cta(text):
        return [(f.category, f.text) for f in analyze(text).findings if f.family == "cta" and f.counted]
    assert cta("Call 1-800-555-0199 today to order.") == [("contact", "Call 1-800-555-0199")]
    assert cta("Call us at +1 (800) 555-0199.") == [("contact", "Call us at +1 (800) 555-0199")]
    assert cta("Questions? 1-800-555-0199") == [("contact_detail", "1-800-555-0199")]
    assert cta("We shop now a days at the market.") == []
