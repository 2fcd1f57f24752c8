"""Charts: every PNG for 1, 5 and 200 documents exists, has its size, is not blank, and is
byte-for-byte the same when drawn twice."""

from __future__ import annotations

import json
import random

import pytest
from matplotlib import image
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report.charts import CHARTS, TOP_N, render_charts
from conftest import SEEDS

runner = CliRunner()
WORDS = ("ketamine depression patients study may suggest miracle breakthrough hope promising "
         "call us today proven clearly results treatment").split()


def report_for(paths: list[str], tmp_path) -> dict:
    target = tmp_path / "report.json"
    result = runner.invoke(app, ["score", *paths, "-f", "json", "-o", str(target), "--no-exit"])
    assert result.exit_code == 0, result.output
    return json.loads(target.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> str:
    rng = random.Random(7)
    folder = tmp_path_factory.mktemp("generated")
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(200):
            sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 20))).capitalize() + "."
                         for _ in range(rng.randint(2, 30))]
            out.write(json.dumps({"id": f"a_rather_long_generated_document_name_{i:03d}", "text": " ".join(sentences)}) + "\n")
    return str(path)


@pytest.mark.parametrize("size", [1, 5, 200])
def test_every_chart_renders_sized_non_blank_and_deterministic(tmp_path, generated, size):
    paths = {1: [str(SEEDS / "003_97a530df274c8eed.txt")], 5: [str(SEEDS)], 200: [generated]}[size]
    report = report_for(paths, tmp_path)
    first = render_charts(report, tmp_path / "a")
    second = render_charts(report, tmp_path / "b")
    assert [p.stem for p in first] == list(CHARTS)
    for one, two in zip(first, second):
        assert one.read_bytes() == two.read_bytes(), f"{one.name} differs between two renders"
        pixels = image.imread(one)
        height, width = pixels.shape[:2]
        assert 800 <= width <= 1400 and 250 <= height <= 1400, (one.name, width, height)
        assert pixels[..., :3].std() > 0.05, f"{one.name} looks blank"


def test_large_corpora_show_the_top_n_and_say_so(tmp_path, generated):
    from analyzer.report import charts

    report = report_for([generated], tmp_path)
    documents, note = charts._selection(report)
    assert len(documents) == TOP_N and f"top {TOP_N} of 200" in note
    assert [d["id"] for d in documents] == [r["id"] for r in report["summary"]["ranking"][:TOP_N]]


def test_chart_command_redraws_from_saved_results(tmp_path):
    report_for([str(SEEDS)], tmp_path)
    result = runner.invoke(app, ["chart", str(tmp_path / "report.json"), "--charts", str(tmp_path / "figs")])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in (tmp_path / "figs").glob("*.png")) == sorted(CHARTS)
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    refused = runner.invoke(app, ["chart", str(bad), "--charts", str(tmp_path / "x")])
    assert refused.exit_code == 2 and "not an analyzer JSON report" in refused.stderr


def test_committed_figures_match_the_seeds(tmp_path):
    """figures/ holds the charts drawn from seeds/ with the default config: regenerate with the
    command in the README when scoring changes."""
    report = report_for([str(SEEDS)], tmp_path)
    for path in render_charts(report, tmp_path / "figures"):
        committed = image.imread(SEEDS.parent / "figures" / path.name)
        fresh = image.imread(path)
        # pixels, not bytes: a new matplotlib may encode or anti-alias a little differently
        assert committed.shape == fresh.shape, f"figures/{path.name} is stale"
        assert abs(committed - fresh).mean() < 0.01, f"figures/{path.name} is stale"
