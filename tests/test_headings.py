"""Headings, labels, contact lines and datelines are no prose: readability neither counts nor
marks them (analyzer/text/headings.py). A new user's press release was graded on "FOR IMMEDIATE
RELEASE", "Media Contact:" and a phone number (round 23)."""

from __future__ import annotations

import pytest

from analyzer.measure.readability import measure_readability
from analyzer.report.highlight import hard_sentences
from analyzer.text import prepare
from analyzer.text.headings import dateline_length, is_heading

BODY = ("The town library now lends blood pressure monitors for two weeks at a time. Staff show each "
        "borrower how to put the cuff on and read the numbers. The monitors were paid for by a local "
        "charity. Anyone with a library card can ask for one at the front desk.")

RELEASE = f"""FOR IMMEDIATE RELEASE

Department of Public Affairs
Lakeside County Library

Library Starts Lending Blood Pressure Monitors

MILLBROOK, Ore., May 4, 2026 /PRNewswire/ -- {BODY}

Press Contact:
Sam Ortiz
sam.ortiz@lakesidelibrary.org
(555) 014-7788

###
"""


@pytest.mark.parametrize("text", [
    "FOR IMMEDIATE RELEASE", "Department of Public Affairs", "Press Contact:", "media contact:",
    "Library Starts Lending Blood Pressure Monitors", "Sam Ortiz\nsam.ortiz@lakesidelibrary.org\n(555) 014-7788",
    "###", "Tips for a Better Night's Sleep", "This Doctor-Approved Formula Changed Everything",
])
def test_headings_labels_and_contact_lines(text):
    assert is_heading(text)


@pytest.mark.parametrize("text", [
    "Staff show each borrower how to put the cuff on", "Call Us Today.", "Ask your pharmacist:",
    "We found three things that helped most of the people we asked:",
    "The library lends monitors", "Is It Safe?",
    # final punctuation inside markdown emphasis or before a citation's number is still final
    "**STOP SMOKING NOW.**", "_Quit Today._", "THIS WORKS.[1]", "IT CUT THE RISK BY HALF.[2,3]",
])
def test_prose_stays_prose(text):
    assert not is_heading(text)


@pytest.mark.parametrize("text, dateline", [
    ("MILLBROOK, Ore., May 4, 2026 /PRNewswire/ -- The library", "MILLBROOK, Ore., May 4, 2026 /PRNewswire/ -- "),
    ("TUESDAY, March 13, 2018 (HealthDay News) -- Adults who", "TUESDAY, March 13, 2018 (HealthDay News) -- "),
    ("NEW YORK (Reuters Health) - People who", "NEW YORK (Reuters Health) - "),
    ("LONDON, UK \u2014 Doctors", "LONDON, UK \u2014 "),
    ("HIV, AIDS - both spread by blood", ""), ("DNA, RNA \u2013 the molecules", ""),
    ("FDA - approved drugs are", ""), ("AIDS \u2013 the disease", ""), ("CDC -- the agency said", ""),
])
def test_datelines(text, dateline):
    assert text[:dateline_length(text)] == dateline


def test_a_dateline_opens_only_the_first_sentence_of_prose():
    from analyzer.text.headings import mark_headings
    from analyzer.text.sentences import split_sentences
    text = ("Clinic Opens Sleep Center\nLONDON, UK \u2014 The clinic opened a center. "
            "It treats apnea.\nPARIS, France \u2014 the city where the method began, uses it too.")
    marked = mark_headings(split_sentences(text), text)
    assert [bool(s.dateline) for s in marked if not s.in_heading] == [True, False, False]
    # under a subheadline that ends with a period, a dateline with its wire service is still one
    text = "Clinic opens a sleep center.\nBOSTON (AP) \u2014 The clinic opened a center."
    assert [bool(s.dateline) for s in mark_headings(split_sentences(text), text)] == [False, True]


def test_furniture_leaves_the_release_graded_as_its_body():
    release, body = measure_readability(prepare(RELEASE)), measure_readability(prepare(BODY))
    assert (release.words, release.sentences, release.consensus_grade) == (body.words, body.sentences, body.consensus_grade)


def test_furniture_is_never_marked_hard_but_keeps_its_findings():
    from analyzer import analyze

    prepared = prepare(RELEASE)
    analysis = analyze(RELEASE, id="release")
    marked = hard_sentences(analysis)
    assert all(not prepared.sentences[i].in_heading for i in marked)
    assert not any(prepared.sentences[i].text.startswith(("FOR", "Department", "Press", "Sam")) for i in marked)
    headline = "This Doctor-Approved Formula Changed Everything\n\nI tried it and I liked it."
    advert = analyze(headline, id="advert")
    assert not hard_sentences(advert)
    assert any(f.text == "Doctor-Approved" for f in advert.findings)  # a headline's wording still counts


HEADLINE = "University researchers discover groundbreaking approach to treating migraine"


@pytest.mark.parametrize("text, headline", [
    (f"{HEADLINE}\n\n{BODY}", True),  # sentence case, alone on the first line, a blank line after
    (f"  \n{HEADLINE}\n\n{BODY}", True),  # blank lines before it change nothing
    (f"{HEADLINE}\n{BODY}", False),  # no blank line: the line may run on into the paragraph
    (f"{BODY}\n\n{HEADLINE}\n\n{BODY}", False),  # not the first line: a list item or a fragment
    (f"{HEADLINE}.\n\n{BODY}", False),  # final punctuation: a sentence
    (f"{HEADLINE} {BODY}\n\n{BODY}", False),  # a first paragraph is no headline
])
def test_a_sentence_case_first_line_headline_is_no_prose(text, headline):
    """A new user's release opened with a sentence-case headline (AP style) and hardest_sentences
    listed it at grade 18.5: by its place, the first line alone before a blank line, it is one."""
    first = next(s for s in prepare(text).sentences if s.text.strip())
    assert first.in_heading is headline
    if headline:
        assert HEADLINE not in [h.text for h in measure_readability(prepare(text)).hardest_sentences]
