"""Health marketing: purchase and response calls, urgency, offers, endorsements, miracle
mechanisms, testimonial profiles and safety claims (issue 15), as must-fire / must-not-fire
cases. Every miss listed in the issue is a must-fire case here; the must-not-fire cases are
the news-story uses of the same words.
"""

from __future__ import annotations

import pytest

from analyzer import analyze

# (family, category, sentence, the matched text)
FIRES = [
    ("cta", "purchase", "Order now and get 50% off your first bottle.", "Order now"),  # the order button: a purchase call
    ("cta", "signup", "Register now for the free webinar.", "Register now"),
    ("cta", "purchase", "Rush my order!", "Rush my order"),
    ("cta", "purchase", "To order your bottle, follow the links I have provided.", "order your bottle"),
    ("cta", "purchase", "Place your order today.", "Place your order"),
    ("cta", "purchase", "Add to cart", "Add to cart"),
    ("cta", "purchase", "Buy two and get one free.", "Buy"),
    ("cta", "response", "Claim your free bottle today.", "Claim your free bottle"),
    ("cta", "response", "Claim now before stock expires!", "Claim now"),
    # round 26: "Get a free bottle of the cream by clicking the image below" is one request, counted
    # once as "Get a free bottle" (one_per_clause); the click alone here
    ("cta", "response", "You can begin by clicking the image below.", "clicking the image"),
    ("cta", "response", "I challenge you to try it for yourself!", "try it for yourself"),
    ("cta", "response", "Start your free trial of the serum.", "Start your free"),
    ("cta", "response", "Click this link to enter your details.", "Click this link"),
    ("cta", "learn_more", "Click here to see the results.", "Click here"),
    ("marketing", "urgency", "Claim now before stock expires!", "stock expires"),
    ("marketing", "urgency", "Hurry, supplies are limited.", "Hurry"),
    ("marketing", "urgency", "Only 3 bottles left at this price.", "Only 3 bottles left"),
    ("marketing", "urgency", "This offer is for today only.", "today only"),
    ("marketing", "offer", "Get your free bottle, just pay shipping.", "free bottle"),
    ("marketing", "offer", "Every order comes with a money-back guarantee.", "money-back guarantee"),
    ("marketing", "offer", "It is completely risk free.", "risk free"),
    ("marketing", "endorsement", "As seen on TV and in magazines.", "As seen on"),
    ("marketing", "endorsement", "Dr. Oz called it a fat buster.", "Dr. Oz"),
    ("marketing", "endorsement", "The dermatologist-recommended cream sold out.", "dermatologist-recommended"),
    ("marketing", "miracle_mechanism", "This shockingly simple trick erases wrinkles.", "shockingly simple"),
    ("marketing", "miracle_mechanism", "This cream is a facelift in a jar.", "facelift in a jar"),
    ("marketing", "miracle_mechanism", "Learn the one weird trick for belly fat.", "one weird trick"),
    ("marketing", "miracle_mechanism", "She lost 27kg in just 5 weeks.", "lost 27kg in just 5 weeks"),
    ("marketing", "miracle_mechanism", "You will look 10 years younger.", "look 10 years younger"),
    ("marketing", "conspiracy", "Big Pharma doesn't want you to know about it.", "Big Pharma"),
    ("testimonials", "profile", "Brenda Wright, a 57 year old mother of 3, tried it.", "Wright, a 57 year old"),
    ("testimonials", "profile", "Alma Eriksson (57, Stockholm) was the lucky one.", "Alma Eriksson (57, Stockholm)"),
    ("testimonials", "named_patient", "Brenda, a 57-year-old mother, tried it.", "Brenda, a 57-year-old"),
    ("claims", "safety", "Our cream works without any side effects.", "without any side effects"),
    ("claims", "safety", "The formula is 100% safe.", "100% safe"),
    ("claims", "safety", "The pill is completely harmless.", "completely harmless"),
    ("claims", "safety", "It has none of the dangerous side effects of diet pills.", "none of the dangerous side effects"),
    ("claims", "safety", "It is safe with no side effects.", "no side effects"),
    # round 26: a clinic's and a supplement page's devices a new user found missed
    ("marketing", "endorsement", "Thousands of happy patients trust our clinic.", "Thousands of happy patients"),
    ("marketing", "endorsement", "Join over 12,000 satisfied customers.", "12,000 satisfied customers"),
    ("marketing", "endorsement", "A doctor-recommended formula for stiff joints.", "doctor-recommended"),
    ("cta", "signup", "Register here to save your seat!", "Register here"),
    ("cta", "signup", "Register for our free evening talk.", "Register for our"),
]

# News-story uses of the same words: no counted finding of that family and category.
QUIET = [
    ("cta", "purchase", "In order to test the drug, the team ordered blood samples."),
    ("cta", "purchase", "You can buy a bottle of 90 capsules at many health food stores."),
    ("cta", "purchase", "Physicians now order a PSA test for most men."),
    ("cta", "response", "If parents want to try it, they could use a dropper."),
    ("cta", "response", "The team plans to try the drug in a larger trial."),
    ("marketing", "urgency", "The vaccine was in short supply this winter."),
    ("marketing", "urgency", "The antidepressant appears to act fast and last long."),
    ("marketing", "endorsement", "Many doctors recommend probiotics with antibiotics."),
    ("marketing", "endorsement", "The meeting was held in Hollywood, Fla."),
    ("marketing", "miracle_mechanism", "Participants lost 10 pounds over 12 months."),
    ("marketing", "miracle_mechanism", "The average age was six years younger than in the earlier study."),
    ("marketing", "offer", "None of the treatments is free of risk."),
    ("testimonials", "profile", "The trial enrolled 57 women aged 40 to 60."),
    ("claims", "safety", "Serious side effects were rare."),
    ("marketing", "endorsement", "Thousands of patients joined the trial."),
    ("marketing", "endorsement", "The doctor recommended a head X-ray."),
    ("cta", "signup", "Register of deaths shows a rise."),
    ("cta", "signup", "To get the boxes, parents can register through the programme's site."),
]


def _found(sentence: str, family: str, category: str) -> list[str]:
    return [f.text for f in analyze(sentence).findings if f.family == family and f.category == category and f.counted]


@pytest.mark.parametrize("family, category, sentence, text", FIRES)
def test_marketing_fires(family, category, sentence, text):
    assert text in _found(sentence, family, category), analyze(sentence).findings


@pytest.mark.parametrize("family, category, sentence", QUIET)
def test_marketing_stays_quiet(family, category, sentence):
    assert not _found(sentence, family, category)


@pytest.mark.parametrize("sentence", [
    "It is 100% safe with no side effects.",
    "Our cream works without any side effects.",
    "Enjoy all the benefits and none of the dangerous side effects.",
])
def test_a_safety_claim_is_not_a_disclosure_of_harms(sentence):
    analysis = analyze(sentence)
    assert analysis.cues.listed("safety_claims")
    assert not analysis.cues.disclosure("harms").present


@pytest.mark.parametrize("sentence", [
    "No serious side effects were reported.",
    "Side effects included nausea and dizziness in 12% of patients.",
    "The most common side effects were headache and fatigue.",
])
def test_reported_harms_still_count(sentence):
    assert analyze(sentence).cues.disclosure("harms").present


def test_press_boilerplate_is_reported_not_counted():
    analysis = analyze("Media contact: Jane Doe. The company will host a conference call and webcast at 8 a.m.")
    boiler = [f for f in analysis.findings if f.family == "cta" and f.category in ("press_boilerplate", "investor_boilerplate")]
    assert {f.category for f in boiler} == {"press_boilerplate", "investor_boilerplate"}
    assert all(not f.counted for f in boiler)
    assert analysis.wording.family("cta").count == 0
