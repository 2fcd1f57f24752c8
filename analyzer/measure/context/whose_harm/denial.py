"""Harms denied: a harm named only to deny it ("no side effects", "the lack of complications") is a
safety claim, not a disclosure; a trial's report of an absence ("no serious adverse events
occurred") stays one. A negation denies only what falls in its scope, not the object of a verb of
weighing nor, past a subordinate clause, the main clause's harm.

Sources: HealthNewsReview.org criterion 3; FTC Health Products Compliance Guidance 2022 ("no side
effects" is a safety claim); Huddleston & Pullum 2002, ch. 9 (negation: scope and focus); Quirk et
al. 1985, 4.6 and 10.64-10.66; CONSORT 2010 item 13b (losses and exclusions, with reasons)."""

from __future__ import annotations

import re

from ..base import Context, _words_back, pattern, registry, words
from .readers import _DENIALS, _DENIAL_REACH, _HARMS_BARE_PEOPLE, _harms_contraindication
from .minimised import harm_not_minimised
from .of_intervention import harm_of_intervention


# Harms a negation names rather than denies: "not well tolerated" discloses a harm.
_NEGATION_DISCLOSES = words("negation_discloses")
_POORLY = words("poorly")
# A qualified denial reports a trial's observation ("no serious side effects", "no increased
# risk"); sales copy denies every harm outright ("no side effects", "no harmful side effects").
_REPORT_QUALIFIERS = words("report_qualifiers")

# How far back a subordinate clause before the harm is looked for ("when you do not need them can cause").
_CLAUSE_REACH = 14


def harm_not_denied(c: Context) -> bool:
    """A harm named only to deny it ("100% safe with no side effects", "none of the dangerous
    side effects", "without any side effects") is a safety claim, not a disclosure of harms;
    harms avoided or minimised (``harm_not_minimised``) do not count either.

    Prevents a sales page's "no side effects" ticking harms as disclosed (HealthNewsReview.org
    criterion 3; FTC Health Products Compliance Guidance 2022 treats "no side effects" as a
    safety claim needing evidence). A trial's report stays a disclosure: "no serious adverse
    events occurred", "patients reported no side effects".
    """
    if not harm_not_minimised(c) or not harm_of_intervention(c) or _harms_stopped_for_no_harm(c):
        return False
    # a denial in an earlier clause does not reach, nor one in a subordinate clause before the harm's verb
    window = _main_clause_words(_words_back(c, _CLAUSE_REACH, ",;:.!?"))[-_DENIAL_REACH:]
    # a pattern's match may hold the denial itself: "100% safe with no side effects"
    window = window + ([] if _harms_contraindication(c) else c.tokens.words[c.start:c.end - 1])
    if c.tokens.words[c.end - 1] in _NEGATION_DISCLOSES:
        # "not well tolerated", "poorly tolerated" disclose; "well tolerated" is a safety claim
        return c.tokens.words[c.end - 1] != "tolerated" or any(
            w in _DENIALS or w.endswith("n't") or w in _POORLY for w in c.before(3))
    denied = _denial_at(window)
    if denied is None:
        return True
    if not _REPORT_QUALIFIERS.isdisjoint(window[denied + 1:]) and not _denied_as_property(window, denied):
        return True
    return _observed_by_others(c) or _denied_visibly(c)


def _denied_as_property(window: list[str], denied: int) -> bool:
    """A qualified denial in the generic present with a thing, not people, as the subject: "fish
    oil pills have no serious side effects", "the cream has no major risks". The simple present of
    a state verb asserts a timeless property (Quirk et al. 1985, 4.6, the state present), a general
    assurance about the product; a trial reports what its people had, in the past ("there were no
    serious side effects", "patients had no serious reactions"). A verb of observation beside it
    still makes it a report (``_observed_by_others``).

    Prevents a general assurance counting as harms disclosed because a qualifier ("serious") made
    it look like a trial's report (audit guide, settled convention on a reported absence of harm:
    safety_claim; dev audit harms errors, round 33: story_reviews_01653)."""
    if window[denied] != "no" or window[denied - 1:denied] not in (["has"], ["have"]):
        return False
    return not set(window[:denied - 1]) & _HARMS_BARE_PEOPLE


_HARMS_SCOPE_VERBS = words("harms_scope_verbs")
_NEGATED_QUANTIFIERS = words("harms_negated_quantifiers")


def _denial_at(window: list[str]) -> int | None:
    """Where in ``window`` (the words before a harm) a negation denies the harm, rather than
    something else in its clause. A negation denies what falls in its scope and focus (Huddleston &
    Pullum 2002, ch. 9, "Negation": scope and focus): not the object of a verb of weighing that it
    negates ("the benefit does not outweigh the harms", "the gains do not offset the risk of a torn
    tendon"), where the harm is presupposed and the weighing is what is denied. Such a weighing
    formula is then judged by the rules on bare statements of harms (guide.md: a weighing that names
    no harm is no disclosure; one that names it is).

    Left denied on purpose, though the harm is asserted there too (round 26, dev news set): verbs of
    bearing ("some patients can't tolerate the side effects, which can include headache"), where 8
    of 9 harms were the usual care's (statins, the ED pills a device replaces), the stock motive for
    a new option that ``_harms_usual_care_drawback`` does not reach; factive "don't appreciate the
    downside" and additive "it's not just the risk of side effects", which named no harm (guide.md:
    a bare statement that harms exist). Lifting the denial there counted 2 right of 11. Nor plain
    "weigh" ("made no attempt to weigh the risks of X against the benefits"), which the weighing
    formula's rules do not reach in a sentence of its own.

    A negated universal quantifier ("not everyone who takes it will get side effects", "not all
    patients have them") denies "all", not the harm: some do get it (ch. 9, 1.3).

    The index lets a caller read only the words the negation governs: a report qualifier
    ("serious", "drug-related") qualifies the denied harm only after the negation ("no serious side
    effects"); before it ("the drug does not cause side effects") it is the subject (round 30).

    Prevents a weighing formula being shown rejected as "denied: a negation reaches the harm"
    (round 26: "does not outweigh the harms", "don't seem to outweigh the risks"), a reason that
    misleads the page's writer about why the harm is not counted."""
    for at, w in enumerate(window):
        if not (w in _DENIALS or w.endswith("n't")):
            continue
        if w not in {"without", "free"} and set(window[at + 1:]) & _HARMS_SCOPE_VERBS:
            continue  # the negation denies the weighing, not the harm weighed
        if w == "not" and window[at + 1:at + 2] and window[at + 1] in _NEGATED_QUANTIFIERS:
            continue  # "not everyone ... will get": some will
        return at
    return None


def _negation_reaches(window: list[str]) -> bool:
    """Whether a negation among ``window`` denies the harm (``_denial_at``)."""
    return _denial_at(window) is not None


def _denied_visibly(c: Context) -> bool:
    """Record that a denial rejects the harm, so the candidate stays visible, not counted, with its
    reason (the README: rejected candidates are kept with their reason); always False. Round 26: a
    leaflet's "can cause side effects" read as denied vanished from the report, and its writer
    could not see why harms were "not disclosed"."""
    c.dropped = "denied: a negation reaches the harm"
    return False


# A subordinate clause that opens before the harm's own verb: "Taking antibiotics when you do
# not need them can cause side effects", "People who don't finish the course may get diarrhoea".
_HARMS_SUBORDINATORS = words("harms_subordinators")
_HARMS_MAIN_MODALS = words("harms_main_modals")


def _main_clause_words(window: list[str]) -> list[str]:
    """The words of ``window`` (those before a harm, back to a clause break) without a subordinate
    clause that a modal after it closes: in "when you do not need them can cause side effects" the
    "not" negates "need", and the modal "can" opens the main clause that names the harm. A
    negation's scope is its own clause (Quirk et al. 1985, 10.64; Huddleston & Pullum 2002, ch. 9);
    a subordinate clause ends where the main clause's verb group begins.

    Prevents a patient leaflet's "can cause side effects such as diarrhoea, rash and thrush" being
    read as denied because a "when you do not need them" stands before it (round 26, a new user's
    leaflet on antibiotics, where the harms then vanished). A modal right after the negation
    ("does not ... may not") or no subordinator before it leaves the window whole."""
    for at in range(len(window) - 1, 0, -1):
        if window[at] not in _HARMS_MAIN_MODALS:
            continue
        opener = max((i for i, w in enumerate(window[:at]) if w in _HARMS_SUBORDINATORS), default=None)
        if opener is not None and at - opener >= 3:
            return window[:opener] + window[at:]
    return window


def harm_not_denied_in_its_phrase(c: Context) -> bool:
    """A harm named as such counts as ``harm_not_denied`` has it, and not where a denial reaches it
    through the noun phrase the denial heads: "no complaints of side effects", "no grounds to
    suspect adverse effects", "the lack of side effects", "the absence of complications" are
    safety claims (or a success criterion), not harms told. A qualified or observed absence stays a
    disclosure ("its lack of severe side effects", "researchers found no sign of liver damage").

    Only for harms named as such: a listed symptom may itself be a lack ("causing a lack of bladder
    control"). Prevents general assurances counting as harms disclosed (HealthNewsReview.org
    criterion 3; FTC Health Products Compliance Guidance 2022; round 19, four documents)."""
    if not harm_not_denied(c):
        return False
    return _denied_visibly(c) if _denied_through_head(c) else True


_DENIED_THROUGH_HEAD = pattern("harms_denied_through_head")


def _denied_through_head(c: Context) -> bool:
    """A denial that reaches the harm through the noun phrase it heads: "no customer complaints of
    side effects", "there are no grounds to suspect adverse effects", and the negative nouns "the
    lack of side effects", "the absence of complications". A negation's scope runs to the end of
    its noun phrase, through an of-complement or a to-infinitive (Quirk et al. 1985, 10.64-10.66;
    Huddleston & Pullum 2002, ch. 9, "lack" and "absence" as negators that are not verbal). As
    near the harm, a qualified denial ("its lack of severe side effects") or one beside a verb of
    observation ("the review found no sign of liver damage") still discloses (round 19: safety
    claims and success criteria counted as harms told, four documents)."""
    lead = c.text_before(120)
    found = _DENIED_THROUGH_HEAD.search(lead)
    if not found:
        return False
    if set(re.findall(r"[\w-]+", found.group(0).lower())) & _REPORT_QUALIFIERS:
        return False
    return not _observed_by_others(c)


_HARMS_STOPPED_FOR_NO_HARM = pattern("harms_stopped_for_no_harm")


def _harms_stopped_for_no_harm(c: Context) -> bool:
    """A discontinuation whose reason is no harm ("1.2% discontinued due to a protocol deviation",
    "0.9% discontinued due to pregnancy", "20% discontinued due to other reasons") or that is the
    study's end ("women who desired pregnancy after study discontinuation") reports the trial's
    flow, not a harm; one for a harm, or with no reason given, stays ("22% discontinued due to an
    adverse reaction", "reactions leading to discontinuation").

    Prevents the participant flow counting as harms disclosed (CONSORT 2010 item 13b: losses and
    exclusions after randomisation, with reasons; not_disclosure and literal_sense, dev audit harms
    errors, round 13b)."""
    match = c.text[c.match_start:c.match_end]
    if not match.lower().endswith("discontinu"):
        return False
    return bool(_HARMS_STOPPED_FOR_NO_HARM.match(c.text[c.match_end - 10:min(c.sentence_end, c.match_end + 60)])
                or re.search(r"(?i)\bstudy\s+discontinu$", match))


# Verbs that report what a trial observed: "no serious adverse events occurred" discloses, as does
# the base form after do-support: "the researchers did not observe any side effects" (round 26).
_OBSERVED = re.compile(
    r"\b(?:report|reported|reports|observe|observes|observed|occurred|occur|seen|noted|recorded|detected|experienced|"
    r"developed|found|identified|documented|emerged)\b",
    re.IGNORECASE,
)

# How near the denial the observing verb must stand to make it a report: "no serious adverse
# events occurred", "patients reported no side effects"; not "a study found that people lost
# 12% of their body fat - with zero side effects", where "found" governs the weight loss.
_OBSERVED_REACH = 6


def _observed_by_others(c: Context) -> bool:
    """A verb of observation beside the denial ("no adverse events occurred", "patients reported
    no side effects") makes it a trial's report, unless the observer is the writer's "I": a
    testimonial's "I haven't experienced any side effects" is a safety claim."""
    # counted from the harm's last word: a pattern's match may be long ("12% of ... side effects")
    first = max(c.first, c.end - 1 - _DENIAL_REACH - _OBSERVED_REACH)
    last = min(c.last, c.end + _OBSERVED_REACH)
    near = c.tokens.words[first:last]
    if "i" in near or "i've" in near:
        return False
    return any(_OBSERVED.fullmatch(w) for w in near)


RULES = registry(
    harm_not_denied,
    harm_not_denied_in_its_phrase,
)
