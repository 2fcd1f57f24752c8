"""The learned context models (analyzer/measure/model.py): decisions on guideline examples,
the shape of decided findings, and that the shipped weights are what training rebuilds.

Accept / reject examples follow the BioScope annotation guidelines (Vincze et al. 2008,
speculation cues; CoNLL-2010 task 1): a cue marks a proposition as possible, not fact; the same
word naming a quantity, a method or an ability is not a cue.
"""

from __future__ import annotations

import json

import pytest

from analyzer import analyze
from analyzer.measure.model import MODEL_DIR, apply_models, load_certainty_model, load_cue_model, sentence_certainty
from analyzer.measure import compiled_matcher as default_matcher
from analyzer.text import prepare
from conftest import SHARED_DATA


def hedge(sentence: str, term: str):
    found = [f for f in analyze(sentence).findings if f.family == "hedges" and f.term == term]
    assert len(found) == 1, f"{term!r} should be one hedge candidate in {sentence!r}: {found}"
    return found[0]


# (sentence, candidate term, accepted?, why: the guideline's reading)
CASES = [
    ("These results suggest a role for NF-kB in this response.", "suggest", True, "epistemic verb on a finding"),
    ("We propose a possible mechanism for this effect.", "possible", True, "possible mechanism: hypothesis"),
    ("The effect is likely to be small.", "likely", True, "likelihood of a proposition"),
    ("This might explain the difference between the groups.", "might", True, "modal of possibility"),
    ("These results indicate that the protein binds DNA directly.", "indicate that", True, "inference from results"),
    ("The role of this factor in T cells is unclear.", "unclear", True, "open question"),
    ("It remains to be determined whether the gene is required.", "whether", True, "open alternative"),
    ("Prevalence was estimated by logistic regression.", "estimate*", False, "a method: a quantity was computed"),
    ("The probability of survival was calculated for each group.", "probability of", False, "a quantity, not doubt"),
    ("Cells were treated with either PMA or ionomycin.", "either", False, "a method's alternatives, both done"),
    ("Cells were incubated for the times indicated.", "indicated", False, "a method reference, not an inference"),
]


@pytest.mark.parametrize("sentence, term, accepted, why", CASES, ids=[c[0][:40] for c in CASES])
def test_cue_decisions(sentence, term, accepted, why):
    finding = hedge(sentence, term)
    assert finding.counted is accepted, f"{why}: p={finding.probability} {finding.features}"
    assert (finding.probability >= load_cue_model("hedge_cues").threshold) is accepted


def test_could_is_scored_but_left_to_the_lexicon():
    """BioScope abstracts cannot separate epistemic "could" from past ability (see the card):
    the lexicon and its rule decide it, the probability is shown for information."""
    finding = hedge("This could be considered a risk factor.", "could")
    assert finding.counted and finding.probability is not None
    assert "could" in load_cue_model("hedge_cues").undecided_terms


def test_rejected_candidate_stays_visible_and_does_not_count():
    finding = hedge("Prevalence was estimated by logistic regression.", "estimate*")
    assert (finding.usage, finding.mention_reason, finding.counted) == ("rejected", "model", False)
    assert 1 <= len(finding.features) <= 3
    # each feature reads "<feature> <signed contribution>"
    assert all(f.rsplit(" ", 1)[1][0] in "+-" for f in finding.features)


def test_context_rules_still_filter_before_the_model():
    # "May" the month and "could not" never reach the model (BioScope cannot teach them)
    findings = analyze("The study was published in May 2019. We could not detect it.").findings
    assert not [f for f in findings if f.family == "hedges"]


def test_other_families_and_categories_pass_unchanged():
    text = "About 30 patients often said this amazing product may work."
    matcher = default_matcher()
    prepared = prepare(text)
    before = matcher.find(prepared)
    after = apply_models(before, prepared, matcher.lexicon)
    assert len(after) == len(before)
    for b, a in zip(before, after):
        modelled = b.family == "hedges" and b.category in load_cue_model("hedge_cues").categories
        assert (a.probability is not None) is modelled
        if not modelled:
            assert a is b
    assert apply_models(before, prepared, matcher.lexicon, models={}) == before


def test_sentence_certainty_orders_hedged_below_plain():
    text = "The drug reduces pain. The drug might possibly reduce pain in some patients."
    a = analyze(text)
    plain, hedged = (sentence_certainty(a.findings, a.prepared, i) for i in (0, 1))
    assert 1.0 <= hedged < plain <= 6.0


@pytest.mark.parametrize("name", ["hedge_cues", "certainty"])
def test_model_file_is_plain_json_with_a_card(name):
    data = json.loads((MODEL_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert data["weights"] and all(isinstance(v, float) for v in data["weights"].values())
    card = (MODEL_DIR / f"{name}.md").read_text(encoding="utf-8")
    for needed in ("License", "python -m analyzer.training", "Metrics"):
        assert needed in card


needs_data = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is not present")


def _shipped(name: str) -> dict:
    return json.loads((MODEL_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _same_weights(fresh: dict, shipped: dict) -> None:
    assert fresh.get("threshold") == shipped.get("threshold")
    assert fresh["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    assert fresh["weights"].keys() == shipped["weights"].keys()
    for key, value in fresh["weights"].items():
        assert value == pytest.approx(shipped["weights"][key], abs=1e-3), key


@needs_data
def test_shipped_hedge_model_equals_a_fresh_training_run():
    from analyzer.training import fit_hedge_cues, hedge_data

    _same_weights(fit_hedge_cues(*hedge_data(SHARED_DATA)), _shipped("hedge_cues"))


@needs_data
def test_shipped_certainty_model_equals_a_fresh_training_run():
    from analyzer.training import certainty_data, fit_certainty

    names, x, y, _ = certainty_data(SHARED_DATA, load_cue_model("hedge_cues"))
    load_certainty_model.cache_clear()
    _same_weights(fit_certainty(names, x, y), _shipped("certainty"))


def test_recorded_evaluation_meets_the_issue_targets():
    """The grouped CV figures that training measured and stored beside the weights
    (``python -m analyzer.training`` recomputes them; tests/accuracy.py prints them fresh)."""
    assert _shipped("hedge_cues")["metrics"]["sentence"]["f1"] >= 0.90
    assert _shipped("certainty")["metrics"]["spearman_cv5"] >= 0.65


def test_claim_certainty_covers_claim_sentences_and_says_why():
    # Sentence 0 states a result plainly, 1 hedges it twice, 2 is scene-setting with no claim wording.
    text = ("Exercise reduces pain in older adults. The drug might possibly reduce pain in some patients. "
            "The clinic opened in March.")
    a = analyze(text)
    by_index = {s.sentence_index: s for s in a.claim_certainty}
    assert set(by_index) == {0, 1}
    assert 1.0 <= by_index[1].certainty < by_index[0].certainty <= 6.0
    assert any("hedge" in feature for feature in by_index[1].deciding)
    assert a.mean_claim_certainty == pytest.approx((by_index[0].certainty + by_index[1].certainty) / 2)
    assert analyze("The clinic opened in March.").mean_claim_certainty is None


def test_certainty_is_in_the_json_record_and_explain():
    from rich.console import Console

    from analyzer.measure.analysis import lexicon_for
    from analyzer.report.explain import print_explanation
    from analyzer.report.records import analysis_record

    a = analyze("The drug might possibly reduce pain in some patients. Exercise clearly reduces pain.")
    record = analysis_record(a)["certainty"]
    assert [s["sentence_index"] for s in record["sentences"]] == [0, 1]
    assert record["sentences"][0]["certainty"] < record["sentences"][1]["certainty"]
    console = Console(width=200, color_system=None, record=True)
    print_explanation(a, lexicon_for(), console)
    out = console.export_text()
    assert "Claim certainty" in out and "least certain" in out and "might possibly" in out
