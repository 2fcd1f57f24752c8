"""Language detection: non-English documents are flagged; English, even short, is not.

The snippets are written for these tests in the style of the advertorials and news the
project reads (no text is copied from the data sets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.text.language import detect_language

ROOT = Path(__file__).resolve().parent.parent

DETECTED = [
    ("de", "Dieses neue Mittel hilft Ihnen, in nur drei Wochen zehn Kilo abzunehmen. Ärzte sind "
           "sprachlos, und die Vorräte sind begrenzt. Bestellen Sie noch heute Ihre kostenlose Probe!"),
    ("id", "Produk ini membantu Anda menurunkan berat badan dengan cepat tanpa diet dan olahraga. "
           "Dokter terkejut dengan hasilnya. Pesan sekarang juga sebelum stok habis!"),
    ("ja", "この新しいサプリメントは、わずか三週間で体重を減らすのに役立ちます。"
           "医師も驚いています。在庫がなくなる前に今すぐご注文ください。"),
    ("sv", "Denna kräm får rynkorna att försvinna på bara fjorton dagar. Forskarna kallar det ett "
           "mirakel, och du kan beställa den helt gratis idag."),
    ("es", "Este suplemento le ayuda a perder peso rápidamente sin dieta ni ejercicio. Los médicos "
           "están sorprendidos. Pida hoy su frasco gratis antes de que se agote."),
]

ENGLISH = [
    "Ketamine shows promise for hard-to-treat depression in a new study. The trial enrolled 52 adults "
    "and found that symptoms improved within hours, although the effect faded after a week.",
    "Side effects\nHow it works\nDosage\nCosts",  # headings only
    "Ketamine for depression",
    "FAQ",
    "Results: IL-2 expression increased in T cells after stimulation with PMA.",
    "TRIAL REGISTRATION NUMBER: Clinical Trials Registry (ACTRN12699000011122), Freiburg, Germany.",
    "Nuclear factor kappa B activates interleukin transcription in human monocytes.",
]


@pytest.mark.parametrize("code, text", DETECTED)
def test_other_languages_are_detected_and_warned(code, text):
    language = detect_language(text)
    assert language.code == code and not language.supported
    assert language.confidence >= 0.9
    assert language.warning and code in language.warning and "English" in language.warning


@pytest.mark.parametrize("text", ENGLISH)
def test_english_and_short_texts_are_not_flagged(text):
    language = detect_language(text)
    assert language.supported and language.warning is None
    assert language.code in ("en", "und")


def test_english_news_is_english_without_the_model():
    text = (ROOT / "seeds" / "000_88d3b8cad0cf7519.txt").read_text(encoding="utf-8")
    language = detect_language(text)
    assert (language.code, language.method) == ("en", "function words")


def test_prepared_text_carries_the_language_of_its_prose():
    german = DETECTED[0][1]
    analysis = analyze("Cookie Policy\n\n" + german + "\n")
    assert analysis.prepared.language.code == "de"
    assert analyze(ENGLISH[0]).prepared.language.code == "en"


def test_detection_is_deterministic():
    text = DETECTED[1][1]
    assert len({detect_language(text) for _ in range(3)}) == 1


# --- the verdict of a document in an unsupported language -------------------------------------

GERMAN = ("Diese revolutionäre Creme ist ein Wundermittel gegen Falten. Bestellen Sie jetzt und erhalten Sie eine "
          "kostenlose Flasche! Nur noch wenige Flaschen verfügbar. Unsere Kundinnen sind begeistert: Die Haut wirkt "
          "nach zwei Wochen deutlich jünger, und es gibt keinerlei Nebenwirkungen.")


def test_an_unsupported_language_gets_its_own_verdict_and_no_english_scores(tmp_path):
    from analyzer import analyze
    from analyzer.score import load_config, score_document

    strict = tmp_path / "analyzer.toml"  # thresholds no English text passes: still not "ok", not "fail"
    strict.write_text('profile = "patient"\n[rules."readability.grade"]\nthreshold = -1\nlevel = "fail"\n', encoding="utf-8")
    analysis = analyze(GERMAN, "de")
    scored = score_document(analysis, load_config(strict))
    assert scored.verdict == "unsupported" and scored.reasons == ()
    assert analysis.findings == () and analysis.readability.consensus_grade is None
    assert any("German" in w and "not English" in w for w in analysis.readability.warnings)
    assert all(value is None for _, value in scored.scores.items())


# --- the model, memory-mapped from the per-user cache (issue 17: streaming memory) ------------


def test_the_mapped_model_ranks_as_py3langid_own_loader(tmp_path, monkeypatch):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from analyzer.text.langid_model import load_identifier

    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(tmp_path))
    mapped, reloaded = load_identifier(), load_identifier()  # the first extracts, the second maps
    assert [p.name for p in tmp_path.iterdir()] and type(mapped.nb_ptc).__name__ == "ndarray"
    own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for text in [t for _, t in DETECTED] + ENGLISH + [GERMAN, "", "12345"]:
        assert mapped.rank(text) == own.rank(text) == reloaded.rank(text)


def test_without_a_cache_py3langid_loads_its_model_itself(monkeypatch):
    from analyzer.text.langid_model import load_identifier

    monkeypatch.setenv("ANALYZER_CACHE_DIR", "")
    assert load_identifier().rank(DETECTED[0][1])[0][0] == "de"
