"""Health-claim cues on the seeds and on small texts."""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.measure import lexicon_for
from analyzer.measure.claims import claim_strength


def cues(text: str):
    return analyze(text).cues


def test_testimonials_in_003_are_found(seed_texts):
    found = cues(seed_texts["003_97a530df274c8eed.txt"]).listed("testimonials")
    texts = " | ".join(f.text for f in found)
    assert "Sarah, a 32-year-old" in texts and "John, a 45-year-old" in texts


def test_004_reference_list_counts_as_evidence(seed_texts):
    result = analyze(seed_texts["004_2c502a08521c033c.txt"])
    start = result.prepared.references_start
    evidence = result.cues.disclosure("evidence")
    in_references = [f for f in evidence.findings if f.start >= start]
    assert evidence.present and in_references
    assert {"citation", "randomized_trial", "systematic_review"} <= {f.category for f in in_references}
    assert result.cues.strongest_design == "systematic_review"


@pytest.mark.parametrize("name, statistic", [("000_88d3b8cad0cf7519.txt", "70%"), ("004_2c502a08521c033c.txt", "70-80%")])
def test_unsourced_statistics_are_flagged(seed_texts, name, statistic):
    flagged = [f.text for f in cues(seed_texts[name]).listed("unsourced_statistics")]
    assert any(statistic in text for text in flagged), flagged


@pytest.mark.parametrize("name", ["000_88d3b8cad0cf7519.txt", "001_0ff18e5b74c14366.txt"])
def test_side_effect_paragraphs_count_as_harms_disclosed(seed_texts, name):
    harms = cues(seed_texts[name]).disclosure("harms")
    assert harms.present and harms.strength >= 3




def test_safety_and_absolute_claims():
    found = cues("Ketamine has an excellent safety profile. It always works, guaranteed.")
    assert [f.text for f in found.listed("safety_claims")] == ["excellent safety profile"]
    assert {f.text for f in found.listed("absolute_claims")} == {"always", "guaranteed"}
    assert not cues("It is not completely safe.").listed("safety_claims")  # negated: a mention


def test_checklist_lists_present_and_missing():
    text = ("The trial was funded by the NIH. In a randomized trial of 120 patients, 40% improved versus 20% "
            "on placebo. Side effects included nausea. Each infusion costs $400 and is not covered by insurance. "
            "It is not yet approved by the FDA. Psychotherapy remains an alternative.")
    found = cues(text)
    assert found.missing == ()
    assert found.strongest_design == "randomized_trial"
    assert not found.listed("unsourced_statistics")
    bare = cues("Ketamine works wonders for depression.")
    assert set(bare.missing) == {"harms", "benefits", "evidence", "costs", "availability", "funding", "alternatives"}


@pytest.mark.parametrize(
    "sentence, strength",
    [
        ("Further research is needed to confirm these findings.", 0),
        ("Obesity was associated with increased blood pressure.", 1),
        ("Levels were lower in patients than in controls.", 1),
        ("Metformin may reduce mortality.", 2),
        ("The findings suggest that exercise improves mood.", 2),
        ("Ketamine reduced depressive symptoms within 24 hours.", 3),
        ("The drug did not increase the risk of falls.", 3),
    ],
)
def test_claim_strength(sentence, strength):
    assert claim_strength(analyze(sentence).findings, lexicon_for().roles) == strength


def test_claim_sentences_are_listed_per_document(seed_texts):
    claims = cues(seed_texts["000_88d3b8cad0cf7519.txt"]).claims
    assert claims and all(0 <= c.strength <= 3 for c in claims)
    assert {c.label for c in claims} <= {"no relationship", "correlational", "conditional causal", "direct causal"}


@pytest.mark.parametrize("text, term, counted", [
    ("The trial was published in JAMA last week.", "published in", True),
    ("Results appeared in The Lancet in June.", "The Lancet", True),
    ("Lee J, Park S et al. Pain after knee surgery. Lancet 2016;387:1234-40.", "et al", False),
    ("The full paper is at 10.1186/s12889-019-6754-1 online.", "10.1186/s12889-019-6754-1", False),
    ("Earlier trials found the same [3].", "[3]", False),
    ("A review (2009) found the same.", "(2009)", False),
])
def test_reference_apparatus_is_shown_not_counted_as_evidence(text, term, counted):
    """Round 37: a named journal or "published in" tells whether results passed peer review (HNR
    criterion 5); the apparatus of a reference list names a source (DISCERN item 4) but describes no
    design, size or limit, so it is shown and not counted."""
    found = [f for f in analyze(text).findings if f.family == "evidence" and f.text == term]
    assert found and all(f.counted is counted for f in found), [(f.text, f.usage, f.counted) for f in found]
