"""Press release vs source (analyzer/compare.py): reason cases, claim choice, outputs, CLI."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer import compare
from analyzer.cli import app
from analyzer.compare import REASON_KINDS, grade, main_claim, vocabulary
from analyzer.measure import analyze
from analyzer.report.compare_report import chart_alt, chart_bytes, render
from analyzer.tomlfile import tomllib

CASES = tomllib.loads((Path(__file__).parent / "compare_cases.toml").read_text(encoding="utf-8"))
runner = CliRunner()


def test_every_reason_kind_has_cases_and_a_source():
    for kind in REASON_KINDS:
        assert CASES[kind]["fires"] and CASES[kind]["quiet"], kind
        meta = vocabulary()[1][kind]
        assert meta["source"] and meta["title"], kind


def _cases(key: str) -> list[tuple[str, str, str]]:
    return [(kind, release, source) for kind in REASON_KINDS for release, source in CASES[kind][key]]


@pytest.mark.parametrize("kind, release, source", _cases("fires"))
def test_reason_fires(kind, release, source):
    result = compare(release, source)
    assert kind in result.kinds, f"{kind} should fire: {result.kinds}"
    reason = next(r for r in result.reasons if r.kind == kind)
    # every reason shows its wording: spans slice the texts they point into
    for span in reason.release_spans:
        assert release[span.start:span.end] == span.text
    for span in reason.source_spans:
        assert source[span.start:span.end] == span.text
    assert reason.release_spans or reason.source_spans


@pytest.mark.parametrize("kind, release, source", _cases("quiet"))
def test_reason_stays_quiet(kind, release, source):
    assert kind not in compare(release, source).kinds


@pytest.mark.parametrize("sentence, strength", [tuple(c) for c in CASES["strength"]["cases"]])
def test_strength_as_the_exaggeration_studies_code_it(sentence, strength):
    assert grade(analyze(sentence), 0)[0] == strength


def test_verdicts_follow_the_deciding_reasons():
    assert compare("Coffee prevents cancer.", "Coffee was associated with less cancer.").verdict == "exaggerates"
    assert compare("Coffee is linked to less cancer.", "Coffee prevented cancer in the trial.").verdict == "downplays"
    assert compare("Coffee prevents cancer.", "Coffee prevented cancer.").verdict == "same"
    # notes never decide: a promotional word added to an equal claim leaves it "same"
    noted = compare("A remarkable drug prevents cancer.", "The drug prevented cancer.")
    assert noted.kinds == ("promotional_added",) and noted.verdict == "same"
    # advice decides even when the claims are equally strong (Sumner et al. 2014)
    advised = compare("Coffee prevents cancer. You should drink two cups a day.", "Coffee prevented cancer.")
    assert advised.claim_verdict == "same" and advised.verdict == "exaggerates"


def test_result_is_frozen():
    result = compare("Coffee prevents cancer.", "Coffee was associated with less cancer.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.verdict = "same"


def test_main_claim_prefers_conclusion_wording_and_conclusion_section():
    release = "Coffee is popular in Europe. The study shows that coffee may lower blood pressure. Cafes were busy."
    claim = main_claim(analyze(release))
    assert claim.text.startswith("The study shows") and "conclusion wording" in claim.chosen_because
    abstract = ("Background: Coffee reduces fatigue in shift workers.\nMethods: A survey of 400 nurses.\n"
                "Conclusions: Coffee intake was associated with fewer errors.")
    claim = main_claim(analyze(abstract))
    # the stronger causal sentence in the background is not the study's conclusion
    assert "associated with fewer errors" in claim.text and claim.strength == 1


def test_one_sentence_is_its_own_main_claim():
    claim = main_claim(analyze("Tea drinkers slept longer."))
    assert claim.text == "Tea drinkers slept longer." and claim.chosen_because == "only sentence"


EVIL = 'Coffee prevents cancer. <script>alert("x")</script> & <b onmouseover="x">bold</b>'


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown", "html"])
def test_every_format_renders(fmt):
    pairs = [compare(EVIL, "Coffee was associated with less cancer.", "p1"), compare("Tea helps.", "Tea may help.", "p2")]
    out = render(fmt, pairs)
    assert "p1" in out and "p2" in out
    if fmt == "json":
        record = json.loads(out)
        assert record["summary"]["verdicts"]["exaggerates"] == 2
        assert record["pairs"][0]["reasons"][0]["kind"] == "causal_from_correlational"


def test_html_is_self_contained_side_by_side_and_escaped():
    html = render("html", [compare(EVIL, "Coffee was associated with less cancer.", "p<1>")])
    assert "<script" not in html.lower() and "onmouseover=\"" not in html  # escaped: &quot;, not an attribute
    assert "&lt;script&gt;" in html and "p&lt;1&gt;" in html
    assert 'class="pair"' in html and html.count('class="side"') == 2
    assert html.count('class="claim"') == 2  # each side's main claim boxed
    assert '<mark class="exaggerates" title="causal language where the source is correlational">prevents</mark>' in html
    assert "http" not in html.replace("http-equiv", "")  # nothing fetched


def test_chart_is_a_png():
    png = chart_bytes([compare("Coffee prevents cancer.", "Coffee was associated with less cancer.")])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def _png_width(png: bytes) -> int:
    return int.from_bytes(png[16:20], "big")  # IHDR: width, then height, big-endian


def test_the_phone_drawing_is_phone_wide():
    """The wide drawing (1,100 px) shrunk to a 400 px screen set its words at a third of their
    size: the narrow one is drawn at charts.NARROW inches."""
    from analyzer.report.charts import DPI, NARROW

    pairs = [compare("Coffee prevents cancer.", "Coffee was associated with less cancer.")]
    assert _png_width(chart_bytes(pairs, narrow=True)) == round(NARROW * DPI) < _png_width(chart_bytes(pairs))


def test_the_chart_alt_text_states_its_figures():
    """A screen reader heard "verdicts and reasons" and nothing of what the chart shows (WCAG 1.1.1)."""
    pairs = [compare("Coffee prevents cancer.", "Coffee was associated with less cancer.", "a"),
             compare("Coffee may be linked to less cancer.", "Coffee may be associated with less cancer.", "b"),
             compare(*FRENCH, "fr")]
    alt = chart_alt(pairs)
    assert alt.startswith("Bar charts of 3 pairs by verdict (1 exaggerates, 1 same, 0 downplays, 1 not compared)")
    assert "causal language where the source is correlational: 1 pair" in alt
    html = render("html", pairs)
    assert f'alt="{chart_alt(pairs)}"' in html and html.count('srcset="data:image/png;base64,') == 1


def test_cli_two_files_and_texts(tmp_path):
    release, source = tmp_path / "release.txt", tmp_path / "source.txt"
    release.write_text("Coffee prevents cancer.", encoding="utf-8")
    source.write_text("Coffee was associated with less cancer.", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(release), str(source), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pairs"][0]["verdict"] == "exaggerates"
    result = runner.invoke(app, ["compare", "--text", "Tea may help.", "Tea helps.", "-f", "jsonl"])
    assert result.exit_code == 0 and json.loads(result.stdout)["verdict"] == "downplays"
    result = runner.invoke(app, ["compare", str(release), str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "missing.txt" in result.stderr


def test_cli_batch_with_fields_chart_and_bad_row(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    rows = [{"key": "a", "pr": "Coffee prevents cancer.", "paper": "Coffee was associated with less cancer."},
            {"key": "b", "pr": "Tea may help.", "paper": "Tea helps."},
            {"key": "c", "pr": "No source in this row."}]
    pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out, charts = tmp_path / "out.csv", tmp_path / "figs"
    result = runner.invoke(app, ["compare", str(pairs), "--release-field", "pr", "--source-field", "paper",
                                 "--id-field", "key", "-f", "csv", "-o", str(out), "--charts", str(charts)])
    assert result.exit_code == 2  # the bad row is reported; the others are still compared
    assert "'paper'" in result.stderr and "c (" in result.stderr and "pairs.jsonl:3)" in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("a,exaggerates") and lines[2].startswith("b,downplays")
    assert lines[3].startswith("c,error,")  # named by its id, as score names a corpus row
    # round 27: and where it is, as JSON, Markdown and HTML say it
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[2]["id"] == "c" and rows[2]["where"] == f"{pairs}:3" and rows[0]["where"] == ""
    assert (charts / "compare_verdicts.png").read_bytes()[:4] == b"\x89PNG"


def test_a_bad_pair_is_named_by_id_and_line_and_reported_once(tmp_path):
    """A bad row is found by its id (a new user could not find "pairs.jsonl:14" among ids); the
    table printed each error twice before (round 26)."""
    pairs = tmp_path / "pairs.jsonl"
    rows = [json.dumps({"id": "good", "press_release": "Tea cures colds.", "abstract": "Tea was linked to fewer colds."}),
            json.dumps({"id": "no_source", "press_release": "Tea prevents stroke."}), "not json"]
    pairs.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = runner.invoke(app, ["compare", str(pairs)])
    assert table.exit_code == 2
    both = table.stdout + table.stderr
    assert both.count("no_source (") == 1 and both.count("pairs.jsonl:3") == 1
    records = [json.loads(line) for line in runner.invoke(app, ["compare", str(pairs), "-f", "jsonl"]).stdout.splitlines()]
    assert records[1] == {"id": "no_source", "error": records[1]["error"], "where": f"{pairs}:2"}
    assert records[2]["id"] == f"{pairs}:3" and "where" not in records[2]


def test_the_compare_csv_keeps_ids_and_claims_as_text(tmp_path):
    """A pair id or a claim opening with "=", "+", "-" or "@" is written as text, as the score CSV
    writes its ids (OWASP, "CSV Injection"; round 27 review: the compare CSV wrote them raw)."""
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": '=HYPERLINK("http://x","y")', "press_release": "-Tea cures colds.",
                                 "abstract": "Tea was linked to fewer colds."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert runner.invoke(app, ["compare", str(pairs), "-f", "csv", "-o", str(out)]).exit_code == 0
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert row["id"] == '\'=HYPERLINK("http://x","y")'
    assert not row["release_claim"] or not row["release_claim"].startswith("-")


@pytest.mark.parametrize("release, source, named", [tuple(c) for c in CASES["not_compared"]["cases"]])
def test_a_pair_in_an_unsupported_language_is_not_compared(release, source, named):
    """A side the English vocabulary cannot read gives no verdict, never "same" (new user: a
    French pair read "same", 0 no relationship on both sides)."""
    result = compare(release, source)
    if not named:
        assert result.verdict in ("exaggerates", "same", "downplays") and result.not_compared is None
        return
    assert result.verdict == result.claim_verdict == "unsupported"
    assert result.release_claim is None and result.source_claim is None and result.reasons == ()
    message = result.not_compared
    assert message.startswith(f"not compared: {named} ")
    assert "unsupported language" in message
    codes = {lang.code for lang in result.languages if not lang.supported}
    assert codes and all(f", {code}" in message for code in codes)


FRENCH = ("Le médicament guérit la dépression chez tous les patients, c'est prouvé.",
          "Le médicament peut réduire les symptômes chez certains patients.")


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown", "html"])
def test_a_pair_not_compared_is_said_so_in_every_format_and_never_counted_same(fmt):
    pairs = [compare(*FRENCH, "fr1"), compare("Tea helps.", "Tea helps.", "en1")]
    out = render(fmt, pairs)
    message = "not compared: the pair is in an unsupported language (French, fr"
    if fmt == "json":
        record = json.loads(out)
        assert record["summary"]["verdicts"] == {"exaggerates": 0, "same": 1, "downplays": 0, "unsupported": 1}
        first = record["pairs"][0]
        assert first["verdict"] == "unsupported" and first["not_compared"].startswith(message)
        assert first["languages"]["release"]["code"] == "fr" and first["languages"]["release"]["supported"] is False
        assert record["pairs"][1]["not_compared"] is None and record["pairs"][1]["languages"]["source"]["supported"]
    elif fmt == "jsonl":
        first = json.loads(out.splitlines()[0])
        assert first["verdict"] == "unsupported" and first["not_compared"].startswith(message)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["verdict"] == "unsupported" and rows[0]["not_compared"].startswith(message)
        assert rows[0]["release_strength"] == "" and rows[1]["not_compared"] == "" and rows[1]["verdict"] == "same"
    else:
        flat = " ".join(out.split())
        assert message in flat
        assert "1 same" in flat or ">same</td><td>1<" in flat  # the English pair alone is "same"
        assert "no relationship" not in flat  # the French side was graded as English before
    if fmt == "markdown":
        assert "1 exaggerates" not in out and "0 exaggerates, 1 same, 0 downplays, 1 not compared" in out
        assert "| fr1 | unsupported | – | – |" in out
    if fmt == "table":
        row = next(line for line in out.splitlines() if "fr1" in line and "claim" not in line)
        assert "unsupported" in row and "same" not in row
    if fmt == "html":
        assert 'class="verdict v-unsupported"' in out and out.count("the claims match") == 1  # the English pair's


def test_the_summary_and_chart_leave_out_pairs_not_compared():
    pairs = [compare(*FRENCH, "fr1"), compare(*FRENCH, "fr2"), compare("Coffee prevents cancer.", "Coffee was associated with less cancer.")]
    summary = render("json", pairs)
    assert json.loads(summary)["summary"]["verdicts"] == {"exaggerates": 1, "same": 0, "downplays": 0, "unsupported": 2}
    assert chart_bytes(pairs)[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart_bytes(pairs[:1])[:8] == b"\x89PNG\r\n\x1a\n"  # nothing compared: still a chart, no crash


def test_cli_text_pair_in_french_is_not_compared():
    result = runner.invoke(app, ["compare", "--text", *FRENCH])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "not compared: the pair is in an unsupported language (French, fr" in flat
    assert " same " not in flat and "no relationship" not in flat


@pytest.mark.parametrize("name, content, says", [
    # a release whose SOURCE was forgotten: one usage error, not "not valid JSON" for every line
    ("release.txt", "Coffee prevents cancer.\n\nIt works.\n", "is one document: compare needs RELEASE and SOURCE"),
    ("release.md", "# Coffee\n\nCoffee prevents cancer.\n", "is one document"),
    # review 32: a prose file with no suffix, or another one, printed "not valid JSON" per line
    ("notes", "Coffee prevents cancer.\nIt works.\nTruly.\n", "is one document"),
    ("release.rtf", "{\\rtf1\\ansi Coffee prevents cancer.\\par\nIt works.}\n", "is one document"),
    # an empty pairs file printed nothing at all
    ("pairs.jsonl", "", "no pairs: the file has no rows"),
    ("pairs.jsonl", "\n\n", "no pairs: the file has no rows"),
    ("pairs.csv", "", "no pairs: the file has no rows"),
])
def test_a_lone_argument_that_holds_no_pairs_is_one_clear_error(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert says in " ".join(result.stderr.split()) and lines[-1] == "nothing was compared"
    assert result.stdout == ""


def test_a_folder_given_as_pairs_says_nothing_was_compared(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 2 and "is a directory" in result.stdout + result.stderr  # the table prints errors
    assert result.stderr.strip().splitlines()[-1] == "nothing was compared"


GERMAN_LONG = "Das Medikament heilt Depressionen bei allen Patienten, das ist bewiesen."
GERMAN_SHORT = "Das Medikament kann die Symptome bei einigen Patienten verringern."
FRENCH_LONG = ("Le médicament guérit la dépression chez tous les patients, selon une étude publiée aujourd'hui "
               "par des chercheurs français de Lyon.")


@pytest.mark.parametrize("release, source, message", [
    # one language on both sides is named once, with both sides (review 32: "the release is in
    # an unsupported language (German, de)" suggested the source was English)
    (GERMAN_LONG, GERMAN_SHORT, "not compared: the release and the source are in an unsupported language (German, de)"),
    (GERMAN_SHORT, GERMAN_LONG, "not compared: the release and the source are in an unsupported language (German, de)"),
    (FRENCH_LONG, FRENCH_LONG.replace("guérit", "peut réduire"),
     "not compared: the release and the source are in an unsupported language (French, fr)"),
    # two languages: each is named
    (GERMAN_LONG, FRENCH_LONG, "not compared: the release and the source are in unsupported languages (German, de; French, fr)"),
])
def test_unsupported_sides_are_named_once_each(release, source, message):
    assert compare(release, source).not_compared == message


def test_a_short_foreign_side_beside_english_says_its_language_is_a_guess():
    result = compare("Le café guérit le cancer chez tous.",
                     "Coffee intake was associated with a lower incidence of liver cancer. The association was strongest in women.")
    assert result.verdict == "unsupported"
    assert result.not_compared.startswith("not compared: the release is in an unsupported language (French, fr; a best guess")
    # English stays English, one short sentence or not
    assert compare("Coffee cures liver cancer.", "Coffee intake was associated with less liver cancer.").compared


def test_a_missing_pairs_file_is_not_found_not_one_document(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "not found" in result.stderr and "one document" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "nothing was compared"


def test_json_lines_without_a_pairs_suffix_are_still_read(tmp_path):
    pairs = tmp_path / "pairs"
    pairs.write_text("\n" + json.dumps({"id": "a", "press_release": "Coffee prevents cancer.",
                                        "abstract": "Coffee was associated with less cancer."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(pairs), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"] == "exaggerates"


def _french_pairs_file(tmp_path) -> Path:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "fr1", "press_release": FRENCH[0], "abstract": FRENCH[1]}) + "\n", encoding="utf-8")
    return pairs


def test_no_chart_is_written_when_nothing_was_compared(tmp_path):
    """Review 32: a pairs file whose only pair is French wrote "0 pairs by verdict", three zero
    bars, although README says the chart leaves such pairs out."""
    charts = tmp_path / "figs"
    result = runner.invoke(app, ["compare", str(_french_pairs_file(tmp_path)), "-f", "json", "--charts", str(charts)])
    assert result.exit_code == 0, result.output  # an unsupported pair changes no exit code (README)
    assert not (charts / "compare_verdicts.png").exists()
    assert "no chart: nothing was compared" in result.stderr


def test_nothing_was_compared_when_every_pair_is_unsupported(tmp_path):
    result = runner.invoke(app, ["compare", str(_french_pairs_file(tmp_path)), "-f", "jsonl"])
    assert result.exit_code == 0 and json.loads(result.stdout)["verdict"] == "unsupported"
    assert result.stderr.strip().splitlines()[-1] == "nothing was compared"
    english = runner.invoke(app, ["compare", "--text", "Tea helps.", "Tea may help.", "-f", "jsonl"])
    assert "nothing was compared" not in english.stderr
