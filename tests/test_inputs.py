"""Input formats, standard input, folders and globs, encodings, and parallel engines."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from analyzer.pipeline import POOL_THRESHOLD
from analyzer.cli import app
from analyzer.load import LoadOptions, decode, load_documents, markdown_to_text
from conftest import SEEDS

runner = CliRunner()

PAGE = """<!doctype html><html><head><title>Ketamine clinic</title></head><body>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/book">Book now</a></nav>
<div class="adblock-banner"><h2>Ad Blocker Detected</h2><p>Our website is made possible by displaying
online advertisements to our visitors. Please consider supporting us by disabling your ad blocker.</p></div>
<main><article><h1>Ketamine for depression</h1>
<p>Ketamine may help some patients whose depression has not responded to other treatments. Researchers
suggest that its effect on glutamate could explain the rapid relief some people report.</p>
<p>Side effects include nausea, dizziness and raised blood pressure, so clinics monitor patients for two
hours after each infusion. More research is needed on long-term safety.</p></article></main>
<footer>Copyright 2024 Example Clinic. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>"""


def jsonl(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_html_main_text_without_navigation_or_ad_banner(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    [document] = load_documents([page])
    assert "Ketamine may help some patients" in document.text and "Side effects include nausea" in document.text
    for boilerplate in ("Ad Blocker Detected", "About us", "Copyright 2024", "Cookie settings"):
        assert boilerplate not in document.text
    result = runner.invoke(app, ["score", str(page), "-f", "jsonl", "--no-exit"])
    [record] = jsonl(result)
    assert record["wording"]["hedges"]["count"] >= 3


def test_markdown_markup_is_stripped_and_code_skipped():
    text = markdown_to_text("# Title\n\nSome **bold** [link](http://x.example) text.\n\n```python\nmiracle = True\n```\n\n- item one\n")
    assert "Title" in text and "bold" in text and "link" in text and "- item one" in text
    assert "**" not in text and "http://x.example" not in text and "miracle" not in text


def test_csv_with_a_missing_text_cell_is_reported_and_the_rest_scored(tmp_path):
    corpus = tmp_path / "corpus.csv"
    corpus.write_text('id,body\nr1,"This miracle cure works, call today."\nr2,\nr3,"It may help, but more research is needed."\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "--text-field", "body", "-f", "jsonl", "--no-exit"])
    assert result.exit_code == 0  # --no-exit reports the unreadable row and exits 0 (round 26)
    assert f"r2 ({corpus}:3): empty: field 'body' has no text" in result.stderr  # by its id, and where (issue 18)
    records = jsonl(result)
    assert [r["id"] for r in records] == ["r1", "r2", "r3"]
    assert records[1] == {"id": "r2", "error": "empty: field 'body' has no text", "where": f"{corpus}:3"}
    assert records[0]["wording"]["promotional"]["count"] >= 1 and records[2]["wording"]["hedges"]["count"] >= 2
    # the CSV says where the row is too, as JSON does (round 27 review: its error row had only the id)
    table = runner.invoke(app, ["score", str(corpus), "--text-field", "body", "-f", "csv", "--no-exit"]).stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    assert [(r["id"], r["error"], r["where"]) for r in rows] == [
        ("r1", "", ""), ("r2", "empty: field 'body' has no text", f"{corpus}:3"), ("r3", "", "")]


def test_standard_input():
    result = runner.invoke(app, ["score", "-", "-f", "jsonl", "--no-exit"], input="Ketamine may help. It is a miracle.")
    [record] = jsonl(result)
    assert record["id"] == "-" and record["wording"]["promotional"]["count"] == 1


def test_glob_selects_files_in_folders(tmp_path):
    (tmp_path / "a.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Plain text that should be skipped by the glob.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--glob", "*.htm", "-f", "jsonl", "--no-exit"])
    assert [r["id"] for r in jsonl(result)] == [str(tmp_path / "a.htm")]


def test_encodings_bom_utf8_and_fallback_with_warning(tmp_path):
    assert decode("café".encode("utf-16")) == ("café", ())
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9") == ("café", ())
    text, warnings = decode("café".encode("cp1252"))
    assert text == "café" and "read as cp1252" in warnings[0]
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("The café treatment may help some patients.".encode("cp1252"))
    result = runner.invoke(app, ["score", str(legacy), "-f", "jsonl", "--no-exit"])
    assert result.exit_code == 0 and "warning" in result.stderr and "cp1252" in result.stderr


def corpus(tmp_path, n: int):
    path = tmp_path / "many.jsonl"
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"d{i}", "text": seeds[i % 5] + f"\nCopy {i} may differ."}) + "\n")
    return path


def test_jobs_give_the_same_results_in_input_order(tmp_path, monkeypatch):
    from analyzer import pipeline

    monkeypatch.setattr(pipeline, "POOL_START_SECONDS", 0.0)  # a real pool after the first POOL_THRESHOLD
    path = corpus(tmp_path, POOL_THRESHOLD + 10)
    one = runner.invoke(app, ["score", str(path), "-f", "jsonl", "--jobs", "1", "--no-exit"])
    two = runner.invoke(app, ["score", str(path), "-f", "jsonl", "--jobs", "2", "--no-exit"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [r["id"] for r in jsonl(two)] == [f"d{i}" for i in range(POOL_THRESHOLD + 10)]


def test_dask_local_cluster_gives_the_same_json(tmp_path):
    pytest.importorskip("distributed")
    path = corpus(tmp_path, 12)
    local = runner.invoke(app, ["score", str(path), "-f", "json", "--no-exit"])
    dask = runner.invoke(app, ["score", str(path), "-f", "json", "--engine", "dask", "--jobs", "2", "--no-exit"])
    assert dask.exit_code == 0, dask.output
    assert json.loads(dask.stdout) == json.loads(local.stdout)


def test_load_options_max_size_applies_to_corpus_rows(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"text": "x" * 3000}) + "\n" + json.dumps({"text": "short text here"}) + "\n", encoding="utf-8")
    items = list(load_documents([path], LoadOptions(max_bytes=1000)))
    assert "too large" in items[0].reason and items[1].text == "short text here"


@pytest.mark.parametrize("value, extracted", [
    (PAGE, True),  # a saved page in a corpus field (the advertorial set's `html`) is a page
    ("  <HTML><body><p>One.</p><p>Two.</p><p>Three.</p></body></HTML>", True),
    ("<div><p>Our clinic</p><p>Book now</p><p>Ketamine may help.</p></div>", True),
    ("<3 to my nurses, who got me through chemo. It may help others.", False),  # no tags at all
    ("<5 mg a day is the usual dose, said <b>Dr Lee</b>.", False),  # opens with no tag; one closing tag
    ("The <b>new</b> drug may help, the <i>study</i> says.", False),  # tags inside prose: text
])
def test_a_corpus_field_holding_an_html_page_is_extracted_like_a_file(tmp_path, value, extracted):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "r1", "html": value}) + "\n", encoding="utf-8")
    [document] = load_documents([corpus], LoadOptions(text_field="html"))
    assert (document.text != value) is extracted
    assert any("holds an HTML page" in w for w in document.warnings) is extracted
    if value == PAGE:
        [from_file] = load_documents([page])
        assert document.text == from_file.text and "Ad Blocker Detected" not in document.text


def test_a_corpus_field_holding_a_page_with_no_main_text_is_an_error_for_that_row(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "r1", "text": "<html><head><style>p {}</style></head><body><script>var x = 1;</script></body></html>"},
            {"id": "r2", "text": "It may help, but more research is needed."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["score", str(corpus), "-f", "jsonl", "--no-exit"])
    assert result.exit_code == 0 and "r1" in result.stderr and "HTML page with no main text" in result.stderr
    assert [r["id"] for r in jsonl(result)] == ["r1", "r2"] and "error" not in jsonl(result)[1]


@pytest.mark.parametrize("value, text", [
    # trafilatura finds no main text in these short fragments: their text is read, not an error for the row
    ("<div><p>Melatonin may help you sleep. Ask your doctor.</p></div></div>", "Melatonin may help you sleep. Ask your doctor."),
    ("<td>Melatonin may help.</td><td>Take it at night.</td><td>Ask a doctor &amp; nurse.</td>",
     "Melatonin may help.\nTake it at night.\nAsk a doctor & nurse."),
    ("<span><style>.a {width: 6%}</style>Zinc may help.</span></span></span>", "Zinc may help."),  # no CSS
])
def test_a_corpus_field_holding_an_html_fragment_with_no_main_text_is_read_without_its_tags(tmp_path, value, text):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "r1", "text": value}) + "\n", encoding="utf-8")
    [document] = load_documents([corpus], LoadOptions())
    assert document.text == text
    assert any("holds an HTML fragment" in w for w in document.warnings)
