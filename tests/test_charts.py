"""Charts: every PNG for 1, 5 and 200 documents exists, has its size, is not blank, and is
byte-for-byte the same when drawn twice; no two texts overlap (measured on the saved figure) at
5, 30 and 200 documents; each chart picks and colours by its own measure."""

from __future__ import annotations

import json
import random
from io import BytesIO
from itertools import combinations

import pytest
from matplotlib import image
from matplotlib.colors import to_hex
from matplotlib.text import Text
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.measure import lexicon_for
from analyzer.report import charts
from analyzer.report.charts import CHARTS, TOP_N, render_charts
from conftest import SEEDS

runner = CliRunner()
WORDS = ("ketamine depression patients study may suggest miracle breakthrough hope promising "
         "call us today proven clearly results treatment pharmacological administration "
         "approximately").split()


def report_for(paths: list[str], tmp_path, *options: str) -> dict:
    target = tmp_path / "report.json"
    result = runner.invoke(app, ["score", *paths, "-f", "json", "-o", str(target), "--no-exit", *options])
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


@pytest.fixture(scope="module")
def reports(generated, tmp_path_factory) -> dict[int, dict]:
    seeds = report_for([str(SEEDS)], tmp_path_factory.mktemp("seeds"))
    large = report_for([generated], tmp_path_factory.mktemp("large"))
    return {5: seeds, 30: {**large, "documents": large["documents"][:30]}, 200: large}


@pytest.mark.parametrize("size", [1, 5])
def test_every_chart_renders_sized_non_blank_and_deterministic(tmp_path, reports, size):
    report = report_for([str(SEEDS / "003_97a530df274c8eed.txt")], tmp_path) if size == 1 else reports[size]
    first = render_charts(report, tmp_path / "a")
    second = render_charts(report, tmp_path / "b")
    assert [p.stem for p in first] == list(CHARTS)
    for one, two in zip(first, second):
        assert one.read_bytes() == two.read_bytes(), f"{one.name} differs between two renders"
        pixels = image.imread(one)
        height, width = pixels.shape[:2]
        assert 800 <= width <= 1400 and 250 <= height <= 1400, (one.name, width, height)
        assert pixels[..., :3].std() > 0.05, f"{one.name} looks blank"


# --- what the saved figure shows: every text's box, measured after drawing ----------------------

def drawn_texts(figure) -> list[tuple[str, object]]:
    """(text, window box) of every text drawn: tick labels only for ticks inside the view."""
    renderer = figure.canvas.get_renderer()
    ticks, shown = set(), []
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                for label in (tick.label1, tick.label2):
                    ticks.add(id(label))
                    if label.get_visible() and label.get_text().strip() and low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                        shown.append(label)
    shown += [t for t in figure.findobj(Text) if id(t) not in ticks and t.get_visible() and t.get_text().strip()]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in shown]


@pytest.fixture
def measured(monkeypatch) -> dict[str, dict]:
    """Chart name -> its drawn texts, bar colours and widths, and the figure's box."""
    found: dict[str, dict] = {}
    original = charts._save

    def save(figure, path):
        figure.savefig(BytesIO(), format="png", dpi=charts.DPI)
        axes = figure.axes[0]
        found[path.stem] = {
            "texts": drawn_texts(figure),
            "frame": figure.bbox,
            "bars": [(p.get_width(), to_hex(p.get_facecolor())) for p in axes.patches],
            "vlines": [line.get_xdata()[0] for line in axes.lines if len(set(line.get_xdata())) == 1],
            "hlines": [line.get_ydata()[0] for line in axes.lines if len(set(line.get_ydata())) == 1],
        }
        return original(figure, path)

    monkeypatch.setattr(charts, "_save", save)
    return found


def assert_no_overlap(found: dict[str, dict]) -> None:
    for name, drawn in found.items():
        frame = drawn["frame"]
        for text, box in drawn["texts"]:
            assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1 and frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1, \
                f"{name}: {text!r} is cut off at the edge"
        for (a, box_a), (b, box_b) in combinations(drawn["texts"], 2):
            overlap_x = min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0)
            overlap_y = min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0)
            assert overlap_x <= 0.5 or overlap_y <= 0.5, f"{name}: {a!r} overlaps {b!r}"


@pytest.mark.parametrize("size, width", [(5, charts.WIDE), (30, charts.WIDE), (200, charts.WIDE), (30, charts.NARROW)])
def test_no_text_overlaps_another_or_the_edge(tmp_path, reports, measured, size, width):
    drawn = charts.draw_charts(reports[size], tmp_path, width)
    assert len(measured) == len(CHARTS)
    assert_no_overlap(measured)
    for chart in drawn:  # the alt text states figures, not only the title
        assert chart.alt != chart.title and any(ch.isdigit() for ch in chart.alt)
        height, pixels = image.imread(chart.path).shape[:2]
        assert abs(pixels - width * charts.DPI) <= 400 and 250 <= height <= (1600 if width >= charts.WIDE else 3000), \
            (chart.name, pixels, height)


def test_each_chart_picks_its_documents_by_its_own_measure(tmp_path, reports):
    report = reports[200]
    by_grade = sorted(report["documents"], key=lambda d: -(d["readability"]["consensus_grade"] or 0))
    chart = charts.reading_grade_chart(report, tmp_path / "g.png")
    assert f"the {TOP_N} of 200 documents with the highest reading grade" in chart.alt
    first = chart.alt.split("hardest first: ")[1].split(";")[0]
    assert by_grade[0]["id"].endswith(first.split(" ")[0].lstrip("…/"))
    top_by_score = {r["id"] for r in report["summary"]["ranking"][:TOP_N]}
    assert by_grade[0]["id"] not in top_by_score  # the old selection left the hardest document out


def test_reading_grade_bars_are_coloured_by_grade_band_with_the_thresholds_drawn(tmp_path, reports, measured):
    report = reports[5]
    charts.reading_grade_chart(report, tmp_path / "reading_grade.png")
    drawn = measured["reading_grade"]
    rules = {r["id"]: r["threshold"] for r in report["rules"]}
    low, high = rules["readability.grade"], rules["readability.grade_severe"]  # as the profile sets them
    assert sorted(drawn["vlines"]) == [low, high]
    for grade, colour in drawn["bars"]:  # bars share a band whatever their verdicts
        expected = charts.GRADE_RAMP[-1] if grade > high else charts.GRADE_RAMP[-2] if grade > low else charts.GRADE_RAMP[-3]
        assert colour == expected.lower(), (grade, colour)
    texts = [t for t, _ in drawn["texts"]]
    assert not any("verdict" in t for t in texts)


def test_scatter_regions_come_from_the_configured_thresholds(tmp_path, measured):
    config = tmp_path / "analyzer.toml"
    config.write_text('[rules."hedges.rate"]\nthreshold = 25\nlevel = "info"\n', encoding="utf-8")
    report = report_for([str(SEEDS)], tmp_path, "--config", str(config))
    charts.hedging_promotional_chart(report, tmp_path / "hedging_vs_promotional.png")
    drawn = measured["hedging_vs_promotional"]
    assert drawn["vlines"] == [25.0] and drawn["hlines"] == [20.0]  # no median split
    texts = {t for t, _ in drawn["texts"]}
    assert {"Promotional and hedges", "Promotional, little hedges", "Hedges, little promotional", "little of either"} <= texts
    assert not any(word in " ".join(texts).lower() for word in ("balanced", "cautious", "median"))


def test_scatter_without_a_hedging_threshold_splits_on_selling_only(tmp_path, reports, measured):
    charts.hedging_promotional_chart(reports[5], tmp_path / "hedging_vs_promotional.png")
    drawn = measured["hedging_vs_promotional"]
    assert drawn["vlines"] == [] and drawn["hlines"] == [20.0]
    texts = {t for t, _ in drawn["texts"]}
    assert {"Promotional above 20", "Promotional at or below 20"} <= texts
    assert sum(1 for t in texts if t.endswith(".txt")) == 5  # five documents, five labels


def test_palettes_do_not_share_a_meaning():
    verdicts = {c.lower() for c in charts.VERDICT_COLOURS.values()}
    categories = {c.lower() for c in charts.CATEGORY_COLOURS}
    grades = {c.lower() for c in charts.GRADE_RAMP}
    assert not verdicts & categories and not verdicts & grades and not categories & grades
    families = [f.display.colour.lower() for f in lexicon_for().display_order() if f.display.highlight]
    assert len(set(families)) == len(families), "two families share a colour"
    assert not set(families) & verdicts


def test_chart_command_redraws_from_saved_results(tmp_path):
    report_for([str(SEEDS)], tmp_path)
    result = runner.invoke(app, ["chart", str(tmp_path / "report.json"), "--charts", str(tmp_path / "figs")])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in (tmp_path / "figs").glob("*.png")) == sorted(CHARTS)
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    refused = runner.invoke(app, ["chart", str(bad), "--charts", str(tmp_path / "x")])
    assert refused.exit_code == 2 and "not an analyzer JSON report" in refused.stderr


def test_committed_figures_match_the_seeds(tmp_path, reports):
    """figures/ holds the charts drawn from seeds/ with the default config: regenerate with the
    command in the README when scoring changes."""
    for path in render_charts(reports[5], tmp_path / "figures"):
        committed = image.imread(SEEDS.parent / "figures" / path.name)
        fresh = image.imread(path)
        # pixels, not bytes: a new matplotlib may encode or anti-alias a little differently
        assert committed.shape == fresh.shape, f"figures/{path.name} is stale"
        assert abs(committed - fresh).mean() < 0.01, f"figures/{path.name} is stale"


def test_the_heatmap_ranks_by_the_highest_level_fired_then_severity():
    """A new user's heatmap of "the 30 with the highest rule severity" showed ok pages (six info
    rules add up to 6) and left out review pages (one review rule, 2): the level comes first."""
    info_only = [{"id": f"ok{i:02}", "verdict": "ok", "reasons": [{"rule": f"r{k}", "level": "info"} for k in range(6)]}
                 for i in range(TOP_N)]
    review = {"id": "zz-review", "verdict": "review", "reasons": [{"rule": "r0", "level": "review"}]}
    failing = {"id": "zz-fail", "verdict": "fail", "reasons": [{"rule": "r1", "level": "fail"}]}
    picked = charts._pick({"documents": [*info_only, review, failing]}, charts._severity, "level fired")
    assert [d["id"] for d in picked.documents[:2]] == ["zz-fail", "zz-review"]
    assert len(picked.documents) == TOP_N and picked.documents[2]["id"] == "ok00"  # ties by id


GERMAN = ("Dieses neue Mittel hilft Ihnen, in wenigen Tagen leichter zu schlafen. Rufen Sie uns heute noch an, "
          "denn das Angebot gilt nur diese Woche. Viele zufriedene Kunden schwören darauf.")


@pytest.fixture(scope="module")
def with_unsupported(tmp_path_factory) -> dict:
    """The seeds and one page in German: a JSON Lines corpus, as the new user's advertorials were."""
    folder = tmp_path_factory.mktemp("unsupported")
    rows = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    rows.insert(2, {"id": "zz_german_page", "text": GERMAN})
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return report_for([str(corpus)], folder)


def test_an_unsupported_document_changes_no_chart(tmp_path, with_unsupported, monkeypatch):
    """New user, round 25: one page not in English took the promotional threshold line, the
    region labels and the family names off the scatter. Every chart must draw the rest exactly
    as without it, leave it out, and say so."""
    report = with_unsupported
    assert [d["verdict"] for d in report["documents"]].count("unsupported") == 1
    without = {**report, "documents": [d for d in report["documents"] if d["id"] != "zz_german_page"]}
    drawings = []
    for which in (report, without):
        found: dict[str, dict] = {}
        original = charts._save

        def save(figure, path, found=found, original=original):
            figure.savefig(BytesIO(), format="png", dpi=charts.DPI)
            axes = figure.axes[0]
            found[path.stem] = {"title": figure._suptitle.get_text(),
                                "texts": sorted(t for t, _ in drawn_texts(figure) if t != figure._suptitle.get_text()),
                                "bars": [round(p.get_width(), 6) for p in axes.patches],
                                "lines": [(tuple(line.get_xdata()), tuple(line.get_ydata())) for line in axes.lines]}
            return original(figure, path)

        monkeypatch.setattr(charts, "_save", save)
        charts.draw_charts(which, tmp_path / str(len(drawings)))
        monkeypatch.setattr(charts, "_save", original)
        drawings.append(found)
    mixed, clean = drawings
    assert set(mixed) == set(CHARTS)
    for name in CHARTS:
        assert mixed[name]["texts"] == clean[name]["texts"], name
        assert mixed[name]["bars"] == clean[name]["bars"], name
        assert mixed[name]["lines"] == clean[name]["lines"], name
        assert "1 not measured" in mixed[name]["title"] and "not measured" not in clean[name]["title"], name
        assert not any("german" in t for t in mixed[name]["texts"]), name
    scatter = mixed["hedging_vs_promotional"]
    assert {"Promotional above 20", "Promotional at or below 20"} <= set(scatter["texts"])
    assert "Promotional per 1,000 words (weighted)" in scatter["texts"]


def test_category_bars_add_up_to_the_family_rate_the_score_reads(tmp_path, measured):
    """New user, round 25: a category drawn at 50 per 1,000 words where the score was 45.5, the
    chart dividing by the words of the readability formulas (headings out) and the score by the
    body words (headings in). A page with a heading shows the difference."""
    page = tmp_path / "page.md"
    page.write_text("# A breakthrough for tired parents\n\nThis revolutionary pillow is the best way to sleep, "
                    "and it is a miracle for sore necks. Parents who tried it slept longer in a small survey "
                    "of twenty families. The pillow costs forty dollars.\n", encoding="utf-8")
    report = report_for([str(page)], tmp_path)
    document = report["documents"][0]
    wording = document["wording"]["promotional"]
    assert wording["weighted"] > 0 and document["readability"]["words"] * wording["weighted_per_1k_words"] != \
        pytest.approx(1000 * wording["weighted"])  # the two word counts differ on this page
    charts.findings_by_category_chart(report, tmp_path / "findings_by_category.png")
    drawn = sum(width for width, _ in measured["findings_by_category"]["bars"])
    assert drawn == pytest.approx(document["scores"]["promotional_rate"], abs=0.01)


def test_a_scatter_of_one_document_says_so_in_the_singular(tmp_path):
    """A German page beside one English page titled the scatter "all 1 documents"."""
    assert charts._every(1) == "the one document" and charts._every(2) == "all 2 documents"
