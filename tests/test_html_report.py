"""The HTML report, opened in headless Chromium (Debian's chromium, driven by Playwright).

Skipped where Chromium or Playwright is not installed (.ci/run installs both). Saves a
screenshot to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from conftest import SEEDS

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).parent / "artifacts"
EVIL = ('A miracle cure? <script>window.__pwned = true; document.title = "pwned";</script> '
        '<img src=x onerror="window.__pwned = true"> It is a game-changer, say fans.')
# The flags the workplace's probe uses: no background networking on a closed network.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    evil = folder / "evil.txt"
    evil.write_text(EVIL, encoding="utf-8")
    target = folder / "report.html"
    result = runner.invoke(app, ["score", str(SEEDS), str(evil), "--format", "html", "--output", str(target), "--no-exit"])
    assert result.exit_code == 0, result.output
    return target


def test_report_is_self_contained_and_escapes_document_text(report):
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html.lower()  # the report has no script of its own, and none leaks in
    assert "&lt;script&gt;window.__pwned" in html
    import re

    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)  # nothing fetched from a network
    assert html.count('src="data:image/png;base64,') == 5
    assert "Content-Security-Policy" in html


@pytest.fixture(scope="module")
def page(report):
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(report.as_uri())
        yield page
        browser.close()


def test_ranking_table_lists_every_document_by_score(page):
    rows = page.locator("#ranking tbody tr")
    assert rows.count() == 6
    texts = [rows.nth(i).inner_text() for i in range(6)]
    assert "evil" in texts[0]  # the injected page is pure hype
    assert "003_97a530df274c8eed" in texts[1] and "fail" in texts[1]
    for seed in SEEDS.glob("*.txt"):
        assert sum(seed.stem in text for text in texts) == 1, seed.stem
    scores = [float(rows.nth(i).locator("td").nth(2).inner_text()) for i in range(6)]
    assert scores == sorted(scores, reverse=True)


def test_hover_and_keyboard_focus_show_category_rule_and_source(page):
    ARTIFACTS.mkdir(exist_ok=True)
    mark = page.locator('mark[data-family="promotional"]', has_text="game-changer").first
    tip = mark.locator(".tip")
    assert not tip.is_visible()
    mark.scroll_into_view_if_needed()
    mark.hover()
    assert tip.is_visible()
    text = tip.inner_text()
    assert "promotional · red flag" in text and "source: FTC" in text and "weight 3" in text
    page.screenshot(path=str(ARTIFACTS / "report_hover.png"))
    page.mouse.move(0, 0)
    mark.focus()  # keyboard users reach highlights with Tab
    assert tip.is_visible()


def test_injected_script_does_not_run(page):
    assert page.evaluate("window.__pwned === undefined")
    assert page.title() == "analyzer report"
    assert page.get_by_text('<script>window.__pwned = true; document.title = "pwned";</script>', exact=False).count() == 1


def test_full_page_screenshot(page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(page.url)
    page.screenshot(path=str(ARTIFACTS / "report_top.png"))
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / "report_print.png"))
    assert (ARTIFACTS / "report_top.png").stat().st_size > 20_000
