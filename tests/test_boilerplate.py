"""Site furniture in text and Markdown: recognised, listed with its span, kept out of the counts.

Every kind in lexicons/support/boilerplate.toml has lines that must be boilerplate and lines of
article prose, on the same subjects, that must not be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.report.records import analysis_record
from analyzer.text import prepare
from analyzer.text.boilerplate import _rules

ROOT = Path(__file__).resolve().parent.parent
PROSE = "Ketamine may help some patients with depression, but the trial was small and short.\n\n"

# (kind, a line of furniture), each placed inside an article.
FIRES = [
    ("ad_blocker", "Ad Blocker Detected"),
    ("ad_blocker", "Please consider supporting us by disabling your ad blocker."),
    ("ad_blocker", "We noticed you're using an adblocker. Please whitelist our site."),
    ("cookie_banner", "This website uses cookies to improve your experience."),
    ("cookie_banner", "We use cookies to personalise content and ads. Accept all cookies"),
    ("cookie_banner", "Privacy Policy | Terms of Use | Contact Us"),
    ("newsletter_banner", "Sign up for our free weekly health newsletter."),
    ("newsletter", "Click the link to confirm your subscription and begin receiving our newsletters."),
    ("newsletter_banner", "Get the best of our health coverage delivered to your inbox"),
    ("newsletter", "Thank you for subscribing!"),
    ("social_counter", "Reply. 8 . Like . 6 hours ago"),
    ("social_counter", "Like · Reply · 3 days ago"),
    ("social_counter", "Share on Facebook"),
    ("social_counter", "Facebook Twitter LinkedIn Email"),
    ("social_counter", "Click to Tweet: new data on stroke prevention"),
    ("copyright", "© 2015 Health Daily Media. All Rights reserved."),
    ("copyright", "Copyright 2017 The Associated Press. All rights reserved."),
    ("copyright", "This material may not be published, broadcast, rewritten or redistributed."),
    ("related_links", "Related articles"),
    ("page_furniture", "Advertisement"),
    ("page_furniture", "Read more: Why sleep matters for your heart"),
    ("page_furniture", "Enlarge this image toggle caption Ann Lee/Getty Images Ann Lee/Getty Images"),
    # round 26: a related story's headline is another article's claim, not the page's
    ("related_headline", "Related: Night shifts may disturb sleep for years, survey finds"),
    ("related_links", "RELATED:"),
    ("page_furniture", "Green tea could protect the liver, researchers say Read more"),
    ("page_furniture", "Why do we yawn? The answer might surprise you | Opinion Read more"),
]

# Article prose about the same things: never boilerplate.
QUIET = [
    "Ad blockers cost publishers about a fifth of their revenue, the survey found.",
    "Researchers asked whether cookies and other sweets raise the risk of diabetes.",
    "Subscribers to the patient newsletter were more likely to attend screening.",
    "Patients who share their experience online like to hear from others, she said.",
    "Copyright law does not protect the results of a clinical trial.",
    "This material may not be safe for people with kidney disease, the label warns.",
    "Related studies found no link between the drug and weight gain.",
    "Read more about the trial in the journal before deciding.",
    "Call 555-123-4567 to book an appointment.",
    "646-378-2963",
    "About 40 research centres took part in the trial.",
    "About the study: 200 adults with gout took the tablet for a year.",
    "About Dravelin",
    "Looking forward, the team plans a larger trial.",
    "Enlarge this image on your phone to read the dose, the nurse said.",
    "Related: The second trial, in older adults, found the same drop in blood pressure.",
    "Related: the second trial found the same drop",
    "Parents who want to Read more about the vaccine can ask their pharmacist",
    "The nurses could not find time to read more",
]


def _kinds(text: str) -> list[tuple[str, str]]:
    prepared = prepare(text)
    return [(b.kind, prepared.text[b.start:b.end]) for b in prepared.boilerplate]


@pytest.mark.parametrize("kind, line", FIRES)
def test_furniture_is_boilerplate(kind, line):
    text = PROSE + line + "\n\n" + PROSE
    found = _kinds(text)
    assert (kind, line) in found, found


# (a line without final punctuation runs into the next sentence when flattened)
@pytest.mark.parametrize("kind, line", [(k, line) for k, line in FIRES
                                        if line.endswith((".", "!", "?")) and k != "newsletter_banner"])
def test_furniture_in_a_flattened_page_is_boilerplate(kind, line):
    """A page copied into one paragraph: the furniture is a sentence of it."""
    text = PROSE.strip() + " " + line + " " + PROSE.strip()
    assert any(k == kind and line in t for k, t in _kinds(text)), _kinds(text)


@pytest.mark.parametrize("line", QUIET)
def test_prose_is_not_boilerplate(line):
    assert _kinds(PROSE + line + "\n\n" + PROSE) == []


def test_a_newsletter_offer_inside_a_clinics_paragraph_is_a_call_to_action():
    """A banner is a line of its own; in the clinic's own paragraph the offer is its copy."""
    analysis = analyze("Call us today. Book a consultation now. Sign up for our newsletter.")
    assert analysis.prepared.boilerplate == ()
    assert analysis.wording.family("cta").count == 3


def test_related_list_takes_its_headlines_and_stops_at_prose():
    text = (PROSE + "Related articles\n\nNew pill melts fat overnight\nDoctors hate this trick\n\n"
            "The trial enrolled 52 adults and followed them for twelve weeks.\n")
    (span,) = prepare(text).boilerplate
    assert span.kind == "related_links"
    assert text[span.start:span.end].endswith("Doctors hate this trick")


def test_a_related_headline_takes_only_its_own_line():
    """Round 27: "Related: <headline>" is one linked headline; the story's next lines, a list's
    lead-in and its items, are the story's again (as a line of a list heading it took them all, and
    the side effects listed went uncounted)."""
    text = ("Statins lower cholesterol and may help prevent heart attacks in many adults.\n"
            "Related: Why statins are prescribed\nSide effects of statins include:\n- muscle aches\n"
            "- headaches\n- feeling sick\nMost people take statins for life.")
    prepared = prepare(text)
    assert [prepared.text[b.start:b.end] for b in prepared.boilerplate] == ["Related: Why statins are prescribed"]
    listed = [s for s in prepared.sentences if "muscle aches" in prepared.text[s.start:s.end]]
    assert listed and not any(s.in_boilerplate for s in listed)
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.counted]
    assert harms


def test_a_related_label_alone_takes_the_headlines_below_it():
    text = (PROSE + "Related:\nNew pill melts fat overnight\nDoctors hate this trick\n\n"
            "The trial enrolled 52 adults and followed them for twelve weeks.\n")
    (span,) = prepare(text).boilerplate
    assert span.kind == "related_links"
    assert text[span.start:span.end] == "Related:\nNew pill melts fat overnight\nDoctors hate this trick"


RELEASE = ("The tablet cut pain scores by a third, the trial found.\n\n"
           "The trial was funded by the Hartwell Heart Foundation.\n\n")


def test_an_about_section_of_an_organisation_runs_to_the_next_heading():
    """A release's closing "About <organisation>" paragraphs describe the issuer (PR Newswire
    release format): the heading and its paragraphs, up to "Media Contact"."""
    about = ("About the Hartwell Heart Foundation\n\n"
             "The Hartwell Heart Foundation is a charity that funds heart research, with grants to 300 labs.\n\n"
             "For more information, visit the foundation's website.\n\n")
    text = RELEASE + about + "Media Contact\n\nJo Ames, 555-0100\n"
    spans = [s for s in prepare(text).boilerplate if s.kind == "press_about"]
    assert [text[s.start:s.end] for s in spans] == [about.strip()]
    analysis = analyze(text)
    funding = [f for f in analysis.findings if f.family == "funding" and f.counted]
    assert funding and all(f.start < len(RELEASE) for f in funding)


def test_an_about_section_of_a_study_or_a_drug_is_the_release_itself():
    for heading in ("About the Study", "About the Phase 3 Trial", "About Dravelin", "About Gout"):
        text = RELEASE + heading + "\n\nDravelin may cause nausea and headache in some patients.\n"
        assert not prepare(text).boilerplate, heading


def test_forward_looking_statements_are_boilerplate_but_their_reference_notes_are_not():
    """SEC safe-harbor paragraphs (Private Securities Litigation Reform Act of 1995) close a listed
    company's release; the reference notes after them stay citations."""
    safe_harbor = ("This press release contains forward-looking statements within the meaning of the Private "
                   "Securities Litigation Reform Act of 1995. Risks include health care cost containment and "
                   "the loss of patent protection.\n\nExcept as required by law, we undertake no obligation "
                   "to update these statements.\n\n")
    note = "1. Lee J, Park S et al. Pain after knee surgery. Lancet 2016;387:1234-40.\n"
    text = RELEASE + safe_harbor + note
    (span,) = prepare(text).boilerplate
    assert span.kind == "forward_looking" and text[span.start:span.end] == safe_harbor.strip()
    analysis = analyze(text)
    assert not [f for f in analysis.findings if f.counted and f.family in ("costs", "funding")
                and span.start <= f.start < span.end]


def test_seed_ad_blocker_notice_is_boilerplate_not_the_articles_words():
    text = (ROOT / "seeds" / "000_88d3b8cad0cf7519.txt").read_text(encoding="utf-8")
    analysis = analyze(text)
    (span,) = analysis.prepared.boilerplate
    assert span.kind == "ad_blocker"
    assert "disabling your ad blocker" in text[span.start:span.end]
    # no finding comes from it, and readability does not count its words
    assert not [f for f in analysis.findings if span.start <= f.start < span.end]
    flagged = [s for s in analysis.prepared.sentences if s.in_boilerplate]
    assert flagged and all(s not in analysis.prepared.body_sentences for s in flagged)
    record = analysis_record(analysis)
    assert record["boilerplate"] == [{"kind": "ad_blocker", "start": span.start, "end": span.end,
                                      "text": text[span.start:span.end]}]


def test_boilerplate_adds_no_calls_to_action_and_no_words():
    article = PROSE * 3
    banner = "Sign up for our free weekly newsletter.\n\nReply. 8 . Like . 6 hours ago\n\n"
    plain, furnished = analyze(article), analyze(banner + article)
    assert furnished.wording.family("cta").count == plain.wording.family("cta").count == 0
    assert furnished.readability.words == plain.readability.words


def test_every_kind_names_a_source_and_its_words():
    rules = _rules()
    assert {k.name for k in rules.kinds} >= {kind for kind, _ in FIRES}
    import tomllib

    data = tomllib.loads((ROOT / "lexicons" / "support" / "boilerplate.toml").read_text(encoding="utf-8"))
    for kind in data["kinds"]:
        assert kind["source"].strip() and kind["patterns"] and (kind.get("openers") or kind.get("words"))
