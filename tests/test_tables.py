"""Terminal tables at 60, 80 and 160 columns: every figure whole, every document name whole.

Rich squeezes a table wider than the console until its numbers read "1…"; the tables pack their
columns into blocks instead. A screenshot of ``analyzer score seeds/`` at 80 columns is saved to
tests/artifacts/ for a person to look at (where Chromium is installed).
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from analyzer.measure import lexicon_for
from analyzer.pipeline import run
from analyzer.load import LoadError
from analyzer.report.labels import document_label, distinct_labels
from analyzer.report.tables import READABILITY_COLUMNS, fmt, print_report
from analyzer.score import load_config, summarise_corpus
from conftest import SEEDS

ARTIFACTS = Path(__file__).parent / "artifacts"
NAME = "000_88d3b8cad0cf7519.txt"

LABELS = [  # (id, width, cut_name, expected)
    (NAME, 40, True, NAME),
    (f"seeds/{NAME}", 40, True, f"seeds/{NAME}"),
    (f"/home/editor/corpus/seeds/{NAME}", 32, True, f"…/seeds/{NAME}"),  # folders go first, whole
    (f"/home/editor/corpus/seeds/{NAME}", 28, True, f"…/{NAME}"),
    # the drop is always marked, and the file name stays whole even past the width (round 26: the
    # charts showed "…flet_after_colonoscopy.md" and folders dropped with no mark)
    (f"/home/editor/corpus/seeds/{NAME}", 25, True, f"…/{NAME}"),
    (f"/home/editor/corpus/seeds/{NAME}", 16, True, f"…/{NAME}"),
    (f"/home/editor/corpus/seeds/{NAME}", 16, False, f"…/{NAME}"),
    ("small/02_leaflet_after_colonoscopy.md", 26, True, "…/02_leaflet_after_colonoscopy.md"),
    ("corpus.jsonl:17", 40, True, "corpus.jsonl:17"),
    # an id more than twice the width is no file name a reader looks for: its start goes
    ("a_rather_long_generated_document_name_017", 20, True, "…rather_long_generated_document_name_017"),
    # round 27: a file name with a folder stays whole however long; only a folder-less id is cut
    (f"/home/editor/corpus/seeds/{NAME}", 10, True, f"…/{NAME}"),
    ("seeds/very_long_file_name_that_goes_on_and_on_forever.md", 16, True,
     "…/very_long_file_name_that_goes_on_and_on_forever.md"),
    (NAME, None, True, NAME),
]


@pytest.mark.parametrize("document_id, width, cut_name, expected", LABELS)
def test_labels_shorten_from_the_left_only(document_id, width, cut_name, expected):
    label = document_label(document_id, width, cut_name)
    assert label == expected
    name = document_id.split("/")[-1]
    assert width is None or label.endswith(name) or (cut_name and len(label) <= 2 * width)
    assert label.lstrip("…/") in document_id and document_id.endswith(label.lstrip("…"))
    assert label == document_id or label.startswith("…")  # a shortened name always says so


def test_a_narrow_chart_cuts_only_an_id_without_a_folder():
    """The narrow heatmap's ``longest=16`` cuts a corpus id, never a file's name (round 27)."""
    assert distinct_labels(["corpus/a_rather_long_generated_document_name_017.md"], 16, longest=16) == [
        "…/a_rather_long_generated_document_name_017.md"]
    assert distinct_labels(["a_rather_long_generated_document_name_017"], 16, longest=16) == ["…" + "document_name_017"[-15:]]


def test_labels_that_collide_stay_apart():
    assert distinct_labels(["a/x_report.txt", "b/x_report.txt"], 12) == ["…/x_report.txt", "…/x_report.txt (2)"]


@pytest.fixture(scope="module")
def seeds():
    config = load_config(start=SEEDS)
    documents = [d for d in run([SEEDS], config) if not isinstance(d, LoadError)]
    return documents, summarise_corpus(documents), lexicon_for(config.lexicon_files)


def printed(seeds, width: int, record: bool = False) -> tuple[str, Console]:
    documents, summary, lexicon = seeds
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, record=record)
    print_report(documents, summary, lexicon, console)
    return console.file.getvalue(), console


@pytest.mark.parametrize("width", [60, 80, 160])
def test_every_figure_and_name_is_whole_at_any_width(seeds, width):
    out, _ = printed(seeds, width)
    lines = out.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= width
    assert not re.search(r"\d…|…\d", out), "a number was cut"
    documents = seeds[0]
    for d in documents:
        assert Path(d.analysis.id).name in out  # the file name, extension and all
        r = d.analysis.readability
        for _, attr in READABILITY_COLUMNS:  # every formula's figure for every document
            assert fmt(getattr(r, attr)) in out
    for header in ("Linsear", "Dale-Chall", "Safety", "Absol.", "Stories", "Balance", "Hedges", "Top promotional"):
        assert header in out, header
    blocks = len(re.findall(r"^Reading level", out, flags=re.M))
    assert (blocks == 1) == (width >= 160)


def test_reading_level_rows_keep_their_document_in_every_block(seeds):
    out, _ = printed(seeds, 60)
    linsear = next(i for i, line in enumerate(out.splitlines()) if "Linsear" in line)
    row = next(line for line in out.splitlines()[linsear:] if NAME[:8] in line)
    documents = seeds[0]
    linsear_of_000 = next(d for d in documents if d.analysis.id.endswith(NAME)).analysis.readability.linsear_write
    assert NAME in row and f"{linsear_of_000:.1f}" in row  # 000's Linsear Write, on the row that names it


def test_verdicts_become_one_block_per_document_when_narrow(seeds):
    narrow, _ = printed(seeds, 80)
    wide, _ = printed(seeds, 160)
    # 001 (a clinic's page) asks the reader to get in touch twice ("reach out to our [contact
    # information]" is one request, counted once since round 26, and "We offer consultations")
    assert re.search(r"^\S*001_0ff18e5b74c14366\.txt\s+review$", narrow, flags=re.M)
    assert re.search(r"^\s+review cta\.count: 2 > 0", narrow, flags=re.M)
    assert re.search(r"001_0ff18e5b74c14366\.txt\s+review\s+review cta\.count", wide)


def test_screenshot_at_80_columns(seeds):
    """An 80-column terminal, drawn by rich as SVG and photographed by Chromium."""
    _, console = printed(seeds, 80, record=True)
    ARTIFACTS.mkdir(exist_ok=True)
    svg = ARTIFACTS / "terminal_80.svg"
    # rich's SVG names a web font on a CDN: dropped, the terminal's monospace font is used
    drawing = re.sub(r"@font-face\s*\{[^}]*\}", "", console.export_svg(title="analyzer score seeds/ (80 columns)"))
    assert "cdnjs" not in drawing
    svg.write_text(drawing, encoding="utf-8")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no chromium: the SVG is saved, not the PNG")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1000, "height": 800})
        page.set_content(f'<body style="margin:0;background:#fff">{drawing}</body>')
        page.locator("svg").screenshot(path=str(ARTIFACTS / "terminal_80.png"))
        browser.close()
    assert (ARTIFACTS / "terminal_80.png").stat().st_size > 20_000


@pytest.mark.parametrize("width", [60, 80, 160])
def test_no_header_breaks_inside_a_word_under_short_ids(seeds, width):
    """Ids as short as "r1" made the Document column four characters wide: "Docu / ment"."""
    from dataclasses import replace

    documents, summary, lexicon = seeds
    short = [replace(d, analysis=replace(d.analysis, id=f"r{i}")) for i, d in enumerate(documents, start=1)]
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    print_report(short, summarise_corpus(short), lexicon, console)
    out = console.file.getvalue()
    assert not re.search(r"^\s*(?:#\s+)?Docu\s*$", out, flags=re.M), out
    assert re.search(r"^\s+Document\s+Grade", out, flags=re.M)  # the reading level table
    assert re.search(r"^\s+#\s+Document\s+Score", out, flags=re.M)  # the ranking


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_rules_fit_a_narrow_terminal_with_every_source_whole(columns):
    """`COLUMNS=80 analyzer rules` printed 120 columns when piped, and a terminal 80 wide got Kind
    and Measures four letters a line and no Source at all (new user): now one block per rule."""
    from typer.testing import CliRunner

    from analyzer.cli import app
    from analyzer.score.thresholds import all_rules

    result = CliRunner().invoke(app, ["rules"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert max(len(line) for line in result.stderr.splitlines()) <= columns  # the hint wraps too
    flat = " ".join(result.stdout.split())
    rules = all_rules(lexicon_for())
    for rule in rules:
        assert rule.id in {line.strip() for line in lines}, rule.id  # each id whole, on its own line
        assert " ".join(rule.source.split()) in flat, rule.id
        assert " ".join(rule.measure.split()) in flat, rule.id
    assert sum(line.strip().startswith("threshold ") for line in lines) == len(rules)


def test_rules_stay_a_table_on_a_wide_terminal():
    from typer.testing import CliRunner

    from analyzer.cli import app

    result = CliRunner().invoke(app, ["rules"], env={"COLUMNS": "160"})
    header = next(line for line in result.stdout.splitlines() if "Rule" in line)
    assert header.split() == ["Rule", "Kind", "Measures", "Threshold", "Level", "Source"]
    assert max(len(line) for line in result.stdout.splitlines()) <= 160
