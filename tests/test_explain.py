"""``analyzer explain``: the terminal view, without colour and with."""

from __future__ import annotations

import io
import re

import pytest
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


# Hard and very hard sentences by grade alone (scores.toml [sentences]: above 10 and above 14,
# Hemingway's two levels). Expected levels checked by hand with the Flesch-Kincaid formula:
# 0.39 * words/sentence + 11.8 * syllables/word - 15.59.
SENTENCES = [
    "Then we went home.",  # 4 words, 4 syllables: grade -2.2
    "Ask your doctor if it is right for you.",  # 9 words, 10 syllables: grade 1.0
    # 12 words, 32 syllables: grade 20.6
    "The investigators evaluated the comparative effectiveness of the intervention in elderly patients.",
    # 14 words, 23 syllables: grade 9.3, near the line: the measured grade decides
    "Patients who took the new medicine reported feeling better within two weeks of treatment.",
]


def test_sentence_levels_are_data_with_a_source():
    from analyzer.report.highlight import sentence_levels

    levels = sentence_levels()
    assert (levels.hard, levels.very_hard) == (10.0, 14.0)
    assert "Hemingway" in levels.source
    assert [levels.level(g) for g in (None, 3.0, 10.0, 10.1, 14.0, 14.1)] == [None, None, None, "hard", "hard", "very hard"]


def test_short_plain_sentences_are_never_marked_hard(tmp_path):
    """Once, the three hardest sentences were always marked: "▸hard(0) Then we went home"."""
    doc = tmp_path / "plain.txt"
    doc.write_text("Then we went home. Ask your doctor if it is right for you. We ate. It was late.", encoding="utf-8")
    out = runner.invoke(app, ["explain", str(doc)]).stdout
    assert not re.search(r"▸(very )?hard\(\d", out)


def test_marks_follow_each_sentence_grade(tmp_path):
    from analyzer.report.highlight import hard_sentences, sentence_levels

    doc = tmp_path / "mixed.txt"
    doc.write_text(" ".join(SENTENCES), encoding="utf-8")
    analysis = analyze(doc.read_text(encoding="utf-8"), "mixed")
    grades = analysis.readability.sentence_grades
    marks = hard_sentences(analysis)
    assert set(marks) <= set(range(len(grades)))
    assert marks.get(0) is None and marks.get(1) is None
    assert marks[2][0] == "very hard" and marks[2][1] > 14
    levels = sentence_levels()
    for index, grade in enumerate(grades):  # the mark is the level of the grade, for every sentence
        assert marks.get(index, (None,))[0] == levels.level(grade)
    out = runner.invoke(app, ["explain", str(doc), "--width", "200"]).stdout
    assert f"▸very hard({grades[2]:.1f}) The investigators" in out
    assert f"{grades[2]:.1f}" == "20.6"
    assert not re.search(r"▸(very )?hard\(\d", out.split("▸very hard(20.6)")[0])


def test_a_learned_models_decision_is_shown_with_its_probability_and_features(tmp_path):
    """Issue 14: where a model decided, the reader sees its probability and the features that
    decided it, in explain and in the HTML tooltip; a rejected candidate stays visible."""
    from analyzer.report.highlight import describe

    doc = tmp_path / "d.txt"
    doc.write_text("Ketamine may help some patients. Prevalence was estimated by logistic regression.", encoding="utf-8")
    out = runner.invoke(app, ["explain", str(doc), "--width", "200"]).stdout
    assert "Decided by a learned model:" in out
    line = next(line for line in out.splitlines() if line.strip().startswith("“may”"))
    assert "p=" in line and "counted" in line and "term 'may'" in line
    analysis = analyze(doc.read_text(encoding="utf-8"))
    decided = [f for f in analysis.findings if f.probability is not None]
    assert decided and all(f.features for f in decided)
    assert all("model: p=" in describe(f) for f in decided)


def test_families_people_often_judged_wrong_are_named_for_checking(tmp_path):
    """Only families with counted findings here and an audited precision under 0.90 are named. Since
    round 37 read every audit label twice, hedges is under it on the held-out audit (availability was,
    0.897, until round 38) and harms is over it: the expectations follow the lexicons' [audit] figures; a
    team's own family, audited at 0.8999, shows the cut is never rounded up."""
    under = {f.name for f in lexicon_for().families if f.audit and f.audit.precision < 0.90}
    page = tmp_path / "page.txt"
    page.write_text("Zorvax is a new drug for migraine. Zorvax causes nausea in some patients. Zorvax is now "
                    "available by prescription at pharmacies. Call 555-0100 to order today.", encoding="utf-8")
    out = runner.invoke(app, ["explain", str(page), "--width", "200"]).stdout
    named = " ".join(line for line in out.splitlines() if line.startswith("Check before acting"))
    assert "harms 1" in out and ("Harms" in named) == ("harms" in under)  # counted; named only if under 0.90
    assert ("Availability" in named) == ("availability" in under)
    house = tmp_path / "jargon.toml"
    house.write_text('family = "jargon"\n[[categories]]\nname = "term"\nweight = 1\nsource = "house style"\n'
                     'terms = ["migraine", "prescription"]\n[audit]\nprecision = 0.8999\nfindings = 120\n'
                     'measured = "2026-11-24"\n', encoding="utf-8")
    out = runner.invoke(app, ["explain", str(page), "--width", "200", "--lexicon", str(house)]).stdout
    line = next(l for l in out.splitlines() if l.startswith("Check before acting"))
    assert "89.9%" in line and ("Harms" in line) == ("harms" in under)  # under 90.0%, never rounded up
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("Call 555-0100 to book a visit.", encoding="utf-8")
    assert "Check before acting" not in runner.invoke(app, ["explain", str(quiet), "--lexicon", str(house)]).stdout


@pytest.mark.parametrize("certainties, labels", [
    ([4.8], ["the claim sentence"]),
    ([4.8, 5.4], ["least certain", "most certain"]),  # both were "least certain"
    ([3.0, 4.8, 5.4], ["least certain", "most certain"]),
    ([1.0, 2.0, 3.0, 4.0, 5.0], ["least certain", "least certain", "most certain", "most certain"]),
])
def test_no_claim_sentence_is_called_least_and_most_certain_alike(certainties, labels):
    """A new user's advertorial had two claim sentences, 4.8 and 5.4, both labelled "least certain"."""
    from analyzer.report.explain import _extremes

    picked = _extremes(sorted(certainties), 2)
    assert [label for label, _ in picked] == labels
    assert len({id(s) for _, s in picked}) == len(picked)


def test_counted_findings_are_the_families_json_counts(tmp_path):
    """New user, round 25: claim-strength findings were ``counted: true`` in JSON but missing
    from explain's "Counted findings" (the family is not highlighted: its [display] says so).
    Every family JSON counts is listed with JSON's number; an unhighlighted one is named as such."""
    import json

    page = tmp_path / "tea.txt"
    page.write_text("Eating walnuts lowers cholesterol, the company says. In one survey, people who ate nuts daily "
                    "were less likely to report chest pain. A bag costs six dollars and might upset some stomachs.\n",
                    encoding="utf-8")
    report = json.loads(runner.invoke(app, ["score", str(page), "-f", "json", "--no-exit"]).stdout)
    in_json: dict[str, int] = {}
    for f in report["documents"][0]["findings"]:
        if f["counted"]:
            in_json[f["family"]] = in_json.get(f["family"], 0) + 1
    lexicon = lexicon_for()
    hidden = {name for name in in_json if not lexicon.family(name).display.highlight}
    assert hidden, "the page should have findings of a family that is not highlighted"
    out = " ".join(runner.invoke(app, ["explain", str(page), "--width", "200"]).stdout.split())
    line = out[out.index("Counted findings:"):]
    listed = dict(re.findall(r"(\w+) (\d+)", line.split("(")[0].split(":", 1)[1]))
    assert {k: int(v) for k, v in listed.items()} == in_json
    for name in hidden:
        assert f"{{{name}}}" not in out and re.search(rf"{name}[ ,].*not highlighted", line)


def test_a_candidate_the_model_admits_and_a_rule_rejects_says_which_rule(tmp_path):
    """A new user read "p=0.98 rejected" with positive features as the model contradicting itself:
    the line names the context rule that rejected the candidate after the model."""
    from analyzer.report.explain import model_lines

    analysis = analyze("Nobody knows what the long-term effect might be.")
    [line] = [line for line in model_lines(analysis.findings) if line.startswith("“might”")]
    [might] = [f for f in analysis.findings if f.text == "might"]
    assert not might.counted and might.mention_reason and f"rejected ({might.mention_reason})" in line


def test_the_sentence_length_floor_has_one_source(monkeypatch):
    """Round 27: scores.toml's ``[sentences] min_words = 8`` and readability's
    HARD_SENTENCE_MIN_WORDS were two eights equal by hand; the marking follows the measure's."""
    import analyzer.measure.readability as readability
    from analyzer.report.highlight import sentence_levels

    monkeypatch.setattr(readability, "HARD_SENTENCE_MIN_WORDS", 11)
    sentence_levels.cache_clear()
    try:
        assert sentence_levels().min_words == 11
    finally:
        sentence_levels.cache_clear()


def test_a_short_sentence_is_never_marked_whatever_its_grade(tmp_path):
    """A new user's list items "Same-week appointments" (grade 14.7) and "Award-winning consultants"
    were marked very hard: on two words the grade is syllables per word alone. Under min_words
    (the floor the readability rules use for fragments) nothing is marked, in explain, the JSON the
    charts draw from, or a readability diagnostic's label."""
    import json

    from analyzer.measure.readability import HARD_SENTENCE_MIN_WORDS
    from analyzer.report.highlight import hard_sentences, sentence_levels

    assert sentence_levels().min_words == HARD_SENTENCE_MIN_WORDS
    doc = tmp_path / "list.md"
    doc.write_text("What we offer:\n\n- Quarterly consultations\n- Individualised rehabilitation\n\n"
                   "Personalised physiotherapy appointments available.\n\n" + SENTENCES[2] + "\n", encoding="utf-8")
    analysis = analyze(doc.read_text(encoding="utf-8"), "list")
    grades = analysis.readability.sentence_grades
    assert sum(1 for g in grades if g is not None and g > 14) >= 3  # short and "very hard" by grade alone
    marks = hard_sentences(analysis)
    assert [analysis.prepared.sentences[i].text for i in marks] == [SENTENCES[2]]
    out = runner.invoke(app, ["explain", str(doc), "--width", "200"]).stdout
    assert len(re.findall(r"▸(?:very )?hard\(\d", out)) == 1 and "8 words or more" in out
    record = json.loads(runner.invoke(app, ["score", str(doc), "-f", "json", "--no-exit"]).stdout)["documents"][0]
    assert [m["sentence_index"] for m in record["readability"]["marked_sentences"]] == list(marks)
