"""Every formula against textstat's own function, on texts where both agree on sentences.

Tolerance: 1e-6. Counting (words, letters, syllables, difficult words) is meant to be
textstat's exactly, so any difference is a bug, not rounding.
"""

from __future__ import annotations

import math

import pytest

from analyzer import analyze
from analyzer.measure.readability import dale_chall_to_grade

PROSE = [
    # Plain patient-information prose: every sentence has three or more words, so textstat's
    # regex splitter and ours agree on the sentence count.
    (
        "Ketamine is a medicine that doctors have used for surgery since the 1960s. "
        "In recent years, researchers have studied whether low doses can ease severe depression. "
        "Some patients report that their mood improves within hours of an infusion. "
        "Others feel no change at all, and the effect often fades after a few weeks. "
        "The treatment can raise blood pressure and may cause a dreamlike state. "
        "Because of these risks, clinics watch patients closely for at least two hours. "
        "Insurance plans rarely pay for the infusions, which can cost hundreds of dollars each. "
        "Experts say more research is needed before the drug becomes a routine option."
    ),
    (
        "The committee reviewed the evidence carefully and could not reach a unanimous decision. "
        "Cardiovascular complications were considerably more frequent among elderly participants. "
        "Nevertheless, the investigators recommended additional randomized controlled trials. "
        "Patients shouldn't stop their current medication without talking to their doctor. "
        "It's important to remember that individual responses vary enormously."
    ),
    "The cat sat on the mat. The dog ran to the park and back again. We all went home happy.",
]

FORMULAS = [
    ("flesch_reading_ease", "flesch_reading_ease"),
    ("flesch_kincaid_grade", "flesch_kincaid_grade"),
    ("gunning_fog", "gunning_fog"),
    ("smog_index", "smog_index"),
    ("coleman_liau_index", "coleman_liau_index"),
    ("automated_readability_index", "automated_readability_index"),
    ("dale_chall_score", "dale_chall_readability_score"),
    ("linsear_write", "linsear_write_formula"),
]


@pytest.mark.parametrize("text", PROSE)
@pytest.mark.parametrize("ours, theirs", FORMULAS)
def test_formula_matches_textstat(textstat_offline, text, ours, theirs):
    result = analyze(text).readability
    assert result.sentences == textstat_offline.sentence_count(text)
    assert result.words == textstat_offline.lexicon_count(text, removepunct=True)
    expected = getattr(textstat_offline, theirs)(text)
    assert getattr(result, ours) == pytest.approx(expected, abs=1e-6)


def test_linsear_write_uses_first_hundred_words(textstat_offline):
    text = " ".join([PROSE[0]] * 3)  # about 250 words: only the first 100 count
    assert analyze(text).readability.linsear_write == pytest.approx(
        textstat_offline.linsear_write_formula(text), abs=1e-6
    )


def test_consensus_is_the_trimmed_mean_of_seven_grades():
    r = analyze(PROSE[0]).readability
    grades = sorted(getattr(r, name) for name in r.GRADE_FORMULAS)
    assert len(grades) == 7
    assert r.consensus_grade == pytest.approx(sum(grades[1:-1]) / 5)
    # continuous, not textstat's integer vote
    assert r.consensus_grade != round(r.consensus_grade)


def test_consensus_orders_easy_below_hard():
    easy = analyze(PROSE[2]).readability.consensus_grade
    hard = analyze(PROSE[1]).readability.consensus_grade
    assert easy < 5 < 12 < hard


def test_dale_chall_grade_table_is_continuous():
    assert dale_chall_to_grade(4.9) == pytest.approx(4.9)
    assert dale_chall_to_grade(5.0) == pytest.approx(5.0)
    assert dale_chall_to_grade(6.0) == pytest.approx(7.0)  # table: 6.0-6.9 -> grades 7-8
    assert dale_chall_to_grade(9.0) == pytest.approx(13.0)  # table: 9.0-9.9 -> grades 13-15


def test_short_text_warns_and_smog_warns_below_thirty_sentences():
    r = analyze("Buy now! Call today.").readability
    assert r.sentences == 2
    assert any("only 4 words" in w for w in r.warnings)
    assert any("SMOG" in w and "this text has 2" in w for w in r.warnings)


def test_long_text_has_no_warnings():
    r = analyze(" ".join([PROSE[0]] * 4)).readability
    assert r.words >= 100 and r.sentences >= 30
    assert r.warnings == ()


def test_empty_and_wordless_text_give_missing_scores_with_a_warning():
    for text in ["", "   ", "!!! ??? ..."]:
        r = analyze(text).readability
        assert r.words == 0
        assert r.consensus_grade is None and r.flesch_reading_ease is None
        assert r.warnings and "no words" in r.warnings[0]


def test_hardest_sentences_are_ranked_by_grade_and_skip_fragments():
    r = analyze(PROSE[1] + "\nShort heading here").readability
    grades = [h.grade for h in r.hardest_sentences]
    assert grades == sorted(grades, reverse=True) and len(grades) == 3
    assert r.hardest_sentences[0].text.startswith("Cardiovascular complications")
    assert all(h.words >= 8 for h in r.hardest_sentences)
    assert all(math.isfinite(g) for g in grades)


def test_reference_list_is_not_read_as_prose(seed_texts):
    text = seed_texts["004_2c502a08521c033c.txt"]
    r = analyze(text)
    body_words = analyze(text[: r.prepared.references_start]).readability.words
    assert r.readability.words == body_words
    assert any(s.in_references for s in r.prepared.sentences)


def test_sentence_grades_follow_the_document_sentences(seed_texts):
    """One grade per sentence of the document, each that sentence's own FK grade; None in references."""
    a = analyze(seed_texts["004_2c502a08521c033c.txt"])
    grades = a.readability.sentence_grades
    assert len(grades) == len(a.prepared.sentences)
    for sentence, grade in zip(a.prepared.sentences, grades):
        if sentence.in_references:
            assert grade is None
    hardest = a.readability.hardest_sentences[0]
    assert grades[hardest.sentence_index] == hardest.grade
