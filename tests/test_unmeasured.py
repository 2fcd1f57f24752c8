"""A document in a language the measures do not support is shown as not measured in every
format: "–" or an empty cell, never a 0 or a "missing" nobody measured (new user, round 25: the
table and the HTML ranking read Promo 0.0, CTA 0 and "Not disclosed: harms, benefits, ..." for
pages in German while the JSON said null)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from analyzer.cli import app

runner = CliRunner()
SPANISH = ("Nuestro nuevo suplemento le ayuda a dormir mejor desde la primera noche. Llame hoy mismo y "
           "reciba un descuento especial. Miles de clientes satisfechos ya lo recomiendan a sus familias.")
ENGLISH = ("This miracle cream is the best product for dry skin. Order now and save. A small trial found "
           "that some people had side effects such as redness, and the cream costs twelve dollars.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("unmeasured") / "pages.jsonl"
    path.write_text(json.dumps({"id": "es_page", "text": SPANISH}) + "\n"
                    + json.dumps({"id": "en_page", "text": ENGLISH}) + "\n", encoding="utf-8")
    return str(path)


def run(corpus: str, *options: str) -> str:
    result = runner.invoke(app, ["score", corpus, "--no-exit", *options])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_has_null_scores_for_the_page_in_spanish(corpus):
    report = json.loads(run(corpus, "-f", "json"))
    spanish = next(d for d in report["documents"] if d["id"] == "es_page")
    assert spanish["verdict"] == "unsupported" and set(spanish["scores"].values()) == {None}


def test_json_counts_and_rates_are_null_as_csv_cells_are_empty(corpus):
    """Not 0 words and 0.0 a family: a researcher's corpus mean would count them (round 26)."""
    report = json.loads(run(corpus, "-f", "json"))
    spanish, english = (next(d for d in report["documents"] if d["id"] == name) for name in ("es_page", "en_page"))
    assert spanish["readability"]["words"] is None and spanish["readability"]["sentences"] is None
    assert all(f["count"] is None and f["per_1k_words"] is None for f in spanish["wording"].values())
    assert {d["present"] for d in spanish["cues"]["disclosures"].values()} == {None}
    assert spanish["cues"]["missing"] is None and "harms" not in english["cues"]["missing"]
    assert isinstance(english["cues"]["missing"], list)
    assert english["readability"]["words"] > 20 and english["wording"]["promotional"]["count"] >= 2
    assert english["cues"]["disclosures"]["harms"]["present"] is True


def rows_of(output: str, name: str) -> list[str]:
    return [line for line in output.splitlines() if name in line and "written in" not in line]


def test_tables_show_no_figure_for_it(corpus):
    output = run(corpus, "-f", "table")
    for line in rows_of(output, "es_page"):
        cells = line.split("es_page", 1)[1]
        assert not re.search(r"(?<![\w.])\d", cells.replace("unsupported", "")), line  # no number at all
        assert "✗" not in cells and "✓" not in cells, line
    english = " ".join(rows_of(output, "en_page"))
    assert "✗" in english and re.search(r"\d", english)  # the measured page keeps its figures


def test_csv_leaves_its_counts_empty(corpus):
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(run(corpus, "-f", "csv")))}
    assert rows["es_page"]["words"] == "" and rows["es_page"]["sentences"] == ""
    assert int(rows["en_page"]["words"]) > 20


def test_markdown_shows_no_checklist_or_counts(corpus):
    lines = rows_of(run(corpus, "-f", "markdown"), "es\\_page")
    assert lines and not any("✗" in line or re.search(r"\| 0(\.0)? ", line) for line in lines)


def test_html_ranking_and_section_say_not_measured(corpus, tmp_path):
    target = tmp_path / "report.html"
    run(corpus, "-f", "html", "-o", str(target))
    page = target.read_text(encoding="utf-8")
    row = re.search(r"<tr>(?:(?!</tr>).)*es_page(?:(?!</tr>).)*</tr>", page).group()
    assert "harms" not in row and not re.search(r">0(\.0)?<", row)
    section = page[page.index('es_page <span class="verdict'):]
    section = section[:section.index("</section>")]
    assert "not measured" in section and "✗" not in section and "0 words" not in section
    assert "of 0 sentences" not in section  # no sentences graded on a page not measured
    english = re.search(r"<tr>(?:(?!</tr>).)*en_page(?:(?!</tr>).)*</tr>", page).group()
    assert "benefits" in english or "alternatives" in english  # a measured page still lists what it leaves out


def test_explain_says_not_measured_rather_than_none_counted(tmp_path):
    page = tmp_path / "es.txt"
    page.write_text(SPANISH, encoding="utf-8")
    out = " ".join(runner.invoke(app, ["explain", str(page), "--width", "200"]).stdout.split())
    assert "Not measured:" in out and "Counted findings" not in out


def test_a_corpus_with_nothing_measured_draws_no_chart_and_says_why(tmp_path):
    """With every page left out of the charts there is nothing to draw: no crash, no empty PNG."""
    page = tmp_path / "es.txt"
    page.write_text(SPANISH, encoding="utf-8")
    folder, html = tmp_path / "charts", tmp_path / "report.html"
    result = runner.invoke(app, ["score", str(page), "--no-exit", "--charts", str(folder), "-f", "html", "-o", str(html)])
    assert result.exit_code == 0, result.output
    assert "no document was measured" in result.stderr
    assert not list(folder.glob("*.png")) if folder.exists() else True
    assert "No charts: no document was measured" in html.read_text(encoding="utf-8")
