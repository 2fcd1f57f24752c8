"""Floors on the labeled dev data in ../shared/data (skipped where it is absent).

The numbers come from tests/accuracy.py, which prints the full table.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest

from conftest import SHARED_DATA

accuracy = pytest.importorskip("accuracy")
pytestmark = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is not present")


def test_bioscope_uncertain_sentence_f1():
    assert accuracy.hedge_f1()["f1"] >= 0.80


def test_bioscope_uncertain_sentence_f1_model_grouped_cv():
    """Issue 14 target: >= 0.90 with the cue model deciding, abstracts never split (0.916)."""
    assert accuracy.hedge_cv()["f1"] >= 0.91


def test_certainty_spearman():
    assert accuracy.certainty_spearman() >= 0.55


def test_certainty_spearman_model():
    """Issue 14 target: >= 0.65 (5-fold CV 0.662); the 136 val rows alone read 0.585."""
    figures = accuracy.certainty_cv()
    assert figures["spearman_cv5"] >= 0.65
    assert figures["spearman_train_to_val"] >= 0.55


def test_sensational_language_auc_of_promotional_rate():
    # 0.671 before the precision audit's promotional fixes, 0.701 after (issue 14 target 0.70)
    assert accuracy.hnr_auc("sensational_language", accuracy.promotional_rate) >= 0.69


def test_audit_rows_are_in_the_accuracy_table():
    from audit.corpus import FAMILIES

    rows = list(accuracy.audit_rows())  # the dev sample, then the held-out sample
    assert len(rows) == 2 * len(FAMILIES) and all(0.0 <= value <= 1.0 for _, _, value, _ in rows)


def test_consensus_grade_orders_onestop_levels():
    assert accuracy.readability_ordering(lambda r: r.consensus_grade) >= 0.94


# Issue 6 targets: harms >= 0.82, costs >= 0.90, conflicts >= 0.80, benefits >= 0.70,
# evidence >= 0.65. Harms (0.78) and conflicts (0.77) do not reach theirs yet: the floors
# below guard what is measured; the README's accuracy table says where each stands. Conflicts
# fell from 0.754 to 0.749 when the funding cue chose precision (held-out precision 0.75 -> 0.87):
# a wrong funding finding costs an editor's trust more than 0.005 of story-level AUC.
@pytest.mark.parametrize(
    "criterion, floor",
    [("harms", 0.78), ("costs", 0.92), ("conflicts", 0.74), ("benefits", 0.70), ("evidence_quality", 0.65)],
)
def test_health_cue_auc(criterion, floor):
    assert accuracy.cue_auc(criterion) >= floor


def test_claim_strength_macro_f1():
    macro_f1, matrix = accuracy.claim_strength_scores()
    assert macro_f1 >= 0.65
    assert sum(map(sum, matrix)) > 3000


# Issue 20: press release vs abstract. Target 0.55 (published few-shot models 0.4-0.5, a keyword
# comparison 0.33); measured 0.598 with release claim strength 0.595.
def test_exaggeration_macro_f1():
    scores = accuracy.exaggeration_scores()
    assert scores["verdict_f1"] >= 0.55
    assert scores["release_strength_f1"] >= 0.55
    assert sum(map(sum, scores["verdicts"])) == 100


def test_verdicts_sort_news_from_advertorials():
    """Issue 15: under the default profile most plain news is ok and almost none fails; real
    advertorials fail; the editorial score separates the two."""
    rows = {measure: value for data, measure, value, _ in accuracy.verdict_rows() if data != "Advertorials dev"}
    ads = {measure: value for data, measure, value, _ in accuracy.verdict_rows() if data == "Advertorials dev"}
    assert rows["verdict ok"] >= 0.80 and rows["verdict fail"] <= 0.03  # issue target 0.40; 0.874 since round 25
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    news = len(accuracy.verdicts_news_and_ads()["news"])
    # the README's prose quotes the share it measures (it said 81.8% a round after it was 87.4%)
    assert f"{rows['verdict ok']:.1%} of {news:,} health news stories are ok" in readme
    assert ads["verdict fail"] >= 0.90
    assert rows["editorial score AUC"] >= 0.97


def test_profiles_quote_the_news_reading_level_they_measure():
    """profiles.toml justifies its news thresholds with the dev set's median and 90th-percentile
    consensus grade; the quoted figures went stale once (14.3 quoted, 14.7 measured) when headings
    left the formulas, so the quote is checked against the data it names."""
    from analyzer.score.thresholds import profiles

    found = profiles()[1]
    quoted = re.search(r"median consensus grade of ([\d.]+) and a 90th percentile of ([\d.]+)",
                       found["general"].source)
    grades = sorted(d.analysis.readability.consensus_grade for d in accuracy.verdicts_news_and_ads()["news"]
                    if d.analysis.readability.consensus_grade is not None)
    assert quoted and abs(float(quoted[1]) - statistics.median(grades)) <= 0.1
    assert abs(float(quoted[2]) - grades[int(0.9 * len(grades))]) <= 0.1
    assert f"median grade {quoted[1]}" in found["news"].source
