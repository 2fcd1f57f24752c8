"""The HTML report, opened in headless Chromium (Debian's chromium, driven by Playwright).

Skipped where Chromium or Playwright is not installed (.ci/run installs both). Checks the phone
layout (400 px: nothing wider than the screen), the number of tab stops, and the contrast of
text on every highlight (WCAG 2.1 AA: 4.5:1). Saves screenshots at 1280 and 400 px to
tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer import analyze
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


def test_legend_says_which_families_people_judged_right_less_than_nine_times_in_ten(report, tmp_path):
    """Every audited family carries its figure on hover; those under 0.90 are named in a note (since
    round 37 read every audit label twice, hedges); a team's own family audited at 0.8999
    shows the cut is never rounded up, and no family at 0.90 or over is named."""
    from analyzer.measure import lexicon_for

    html = report.read_text(encoding="utf-8")
    for family in lexicon_for().display_order():
        if family.audit:
            assert f'class="f-{family.name}" title="{family.audit.percent} of {family.audit.findings} ' in html
    weak = [f for f in lexicon_for().display_order() if f.audit and f.audit.precision < 0.90]
    assert ("Share of counted findings judged right" in html) == bool(weak)
    house = tmp_path / "jargon.toml"
    house.write_text('family = "jargon"\n[[categories]]\nname = "term"\nweight = 1\nsource = "house style"\n'
                     'terms = ["ketamine"]\n[audit]\nprecision = 0.8999\nfindings = 120\nmeasured = "2026-11-24"\n',
                     encoding="utf-8")
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["score", str(SEEDS), "--format", "html", "--output", str(target), "--no-exit",
                                 "--lexicon", str(house)])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    note = html[html.index("Share of counted findings judged right"):].split("</p>", 1)[0]
    assert "Jargon 89.9%" in note and not any(f"{f.display.label} {f.audit.percent}" in note
                                               for f in lexicon_for().display_order() if f.audit and f not in weak)


def test_report_is_self_contained_and_escapes_document_text(report):
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html.lower()  # the report has no script of its own, and none leaks in
    assert "&lt;script&gt;window.__pwned" in html
    import re

    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)  # nothing fetched from a network
    assert html.count('src="data:image/png;base64,') == 5
    assert "Content-Security-Policy" in html


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def _opened(browser, report, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(report.as_uri())
    yield page
    page.close()


@pytest.fixture(scope="module")
def page(report, browser):
    yield from _opened(browser, report, 1280, 900)


@pytest.fixture(scope="module")
def phone(report, browser):
    yield from _opened(browser, report, 400, 800)


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
    assert not tip.is_visible()
    # keyboard users open the document's findings list and follow a link into the text
    target = mark.get_attribute("id")
    section = page.locator("section.doc", has=page.locator(f"mark#{target}"))
    section.locator("details.findings summary").focus()
    page.keyboard.press("Enter")
    link = section.locator(f'details.findings a[href="#{target}"]')
    link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#{target}"
    assert tip.is_visible()
    page.goto(page.url.split("#")[0])


def test_injected_script_does_not_run(page):
    assert page.evaluate("window.__pwned === undefined")
    assert page.title() == "analyzer report"
    assert page.get_by_text('<script>window.__pwned = true; document.title = "pwned";</script>', exact=False).count() == 1


def test_full_page_screenshots_at_1280_and_400(page, phone):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report_1280.png"), full_page=True)
    phone.screenshot(path=str(ARTIFACTS / "report_400.png"), full_page=True)
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / "report_print.png"))
    page.emulate_media(media="screen")
    assert (ARTIFACTS / "report_1280.png").stat().st_size > 100_000


def test_phone_layout_never_scrolls_sideways(phone):
    assert phone.evaluate("document.documentElement.scrollWidth") <= 400
    wide = phone.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > 400.5; })
        .map(e => e.tagName + '.' + e.className)""")
    assert wide == []
    # the ranking is one card per document: cells stacked, every grade on screen
    cells = phone.locator("#ranking tbody tr").first.locator("td")
    assert phone.evaluate("getComputedStyle(document.querySelector('#ranking td')).display") != "table-cell"
    tops = [cells.nth(i).bounding_box()["y"] for i in range(cells.count())]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    grade = phone.locator('#ranking tbody tr td[data-label="Grade"]').first.bounding_box()
    assert grade["width"] > 0 and grade["x"] + grade["width"] <= 400  # on screen, its label beside it (CSS)


def test_phone_gets_the_narrow_charts_at_full_width(page, phone):
    wide = page.evaluate("[...document.querySelectorAll('.charts img')].map(i => i.currentSrc.length)")
    narrow = phone.evaluate("[...document.querySelectorAll('.charts img')].map(i => i.currentSrc.length)")
    assert len(narrow) == 5 and narrow != wide  # the <source> for small screens was chosen
    widths = phone.evaluate("[...document.querySelectorAll('.charts img')].map(i => [i.getBoundingClientRect().width, i.naturalWidth])")
    for shown, natural in widths:
        assert shown >= 360 and natural <= 2 * shown  # full width, drawn for it (not a 1000 px chart shrunk)


def test_alt_text_states_the_figures(page):
    alts = page.evaluate("[...document.querySelectorAll('.charts img')].map(i => i.alt)")
    assert len(alts) == 5
    for alt in alts:
        assert len(alt) > 80 and any(ch.isdigit() for ch in alt)
    grades = [analyze(p.read_text(encoding="utf-8")).readability.consensus_grade for p in SEEDS.glob("*.txt")]
    assert f"{max(grades):.1f}" in alts[0]  # the hardest seed's reading grade, stated in the alt text


def test_keyboard_reaches_everything_in_a_few_tab_stops(page):
    """One stop per ranking link and per document's findings list (plus the skip link), not one
    per highlight: 309 stops for 6 documents before."""
    page.goto(page.url.split("#")[0])
    page.locator("body").click(position={"x": 1, "y": 1})
    seen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        key = page.evaluate("(() => { const e = document.activeElement; return e === document.body ? null :"
                            " e.tagName + '|' + (e.getAttribute('href') || e.textContent.slice(0, 40)); })()")
        if key is None or key in seen:
            break
        seen.append(key)
    documents = 6
    assert len(seen) <= 1 + 2 * documents + 2, seen
    assert sum(1 for k in seen if k.startswith("SUMMARY")) == documents  # every findings list is reachable


def relative_luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour (0-255 channels)."""
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_examples():
    assert round(contrast((0, 0, 0), (255, 255, 255)), 1) == 21.0
    assert round(contrast((118, 118, 118), (255, 255, 255)), 2) == 4.54  # #767676: the lightest AA grey on white


def test_text_on_every_highlight_and_badge_passes_wcag_aa(page):
    import re

    pairs = page.evaluate("""() => [...document.querySelectorAll('.legend mark, .verdict, .checklist span')]
        .map(e => { const s = getComputedStyle(e); return [e.className, s.color, s.backgroundColor]; })""")
    classes = {c for c, _, _ in pairs}
    assert sum(1 for c in classes if c.startswith("f-")) >= 10  # every highlighted family is in the legend
    backgrounds = set()
    for name, colour, background in pairs:
        text = tuple(float(v) for v in re.findall(r"[\d.]+", colour)[:3])
        values = [float(v) for v in re.findall(r"[\d.]+", background)]
        fill = (255.0, 255.0, 255.0) if len(values) == 4 and values[3] == 0 else tuple(values[:3])  # transparent: the page
        assert contrast(text, fill) >= 4.5, (name, colour, background)
        if name.startswith("f-"):
            backgrounds.add(fill)
    assert len(backgrounds) == sum(1 for c in classes if c.startswith("f-")), "two families share a highlight colour"


def test_disclosure_cues_have_an_outline_as_well_as_a_colour(page):
    outlines = page.evaluate("""() => [...document.querySelectorAll('.legend mark')]
        .map(e => getComputedStyle(e).outlineStyle).filter(s => s !== 'none')""")
    assert len(outlines) >= 7 and len(set(outlines)) >= 4


@pytest.mark.parametrize("precision, shown", [(0.899, "89.9%"), (0.8999, "89.9%"), (0.9, "90.0%"), (0.917, "91.7%"), (1.0, "100.0%")])
def test_a_family_under_ninety_percent_never_reads_ninety(precision, shown):
    """The legend said "under 0.90 for Hedges 0.90" while explain said 89.9% (new user, round 23):
    every report writes the figure as Audit.percent, rounded down."""
    from analyzer.measure.lexicon import Audit

    audit = Audit(precision, 850, "2026-11-24")
    assert audit.percent == shown and audit.summary.startswith(f"{shown} of 850 counted findings")


def test_compare_report_fits_a_phone(browser, tmp_path):
    """The compare report embeds its verdicts chart as an image wider than a phone: at 400 px it
    pushed the page to 1124 px (last read of rounds 30-32); the chart scales to the screen, and
    a phone gets a narrow drawing (the wide one shrunk to 400 px set its words at a third of their size)."""
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        '{"id": "a", "press_release": "Coffee cures cancer in every patient, the study proves.", '
        '"abstract": "Coffee intake was associated with lower cancer risk in an observational cohort."}\n'
        '{"id": "b", "press_release": "Tea prevents dementia, doctors say.", '
        '"abstract": "Tea drinking may be associated with slower cognitive decline in older adults."}\n',
        encoding="utf-8")
    out = tmp_path / "compare.html"
    result = runner.invoke(app, ["compare", str(pairs), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0 and 'src="data:image/png;base64,' in out.read_text(encoding="utf-8")
    for page in _opened(browser, out, 400, 800):
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        chart = page.locator("img").first.bounding_box()
        assert chart["width"] > 0 and chart["x"] + chart["width"] <= 400
        # the phone drawing, shown at four fifths of its size or more: its words stay legible
        drawn = page.evaluate("(() => { const i = document.querySelector('img'); "
                              "return [i.currentSrc.length, i.naturalWidth, i.getBoundingClientRect().width]; })()")
        assert drawn[2] >= 0.8 * drawn[1], drawn
        narrow_length = drawn[0]
    for page in _opened(browser, out, 1280, 900):  # a desktop gets the wide drawing
        assert page.evaluate("document.querySelector('img').currentSrc.length") != narrow_length
