"""Harms (HealthNewsReview.org criterion 3: "Does the story adequately explain/quantify the harms
of the intervention?"): whose harm a harm word names. The intervention's counts; the disease's own
burden, another option's harm, a harm feared, lowered, denied or sought by a study does not. Rules
that need the page's intervention read it from ``Context.interventions`` (intervention.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...text.sentences import abbreviations
from ..intervention import Interventions
from .base import _ANAPHORS, _TREATMENT_OWNERS, Context, _drop, cue_before_or_after, pattern, words, _words_back, registry


_MINIMISERS = words("minimisers")

_FAVOURABLE = words("favourable")


def harm_not_minimised(c: Context) -> bool:
    """Harms named only to say the treatment avoids them ("without the side effects of surgery",
    "fewer complications", "minimal side effects", "prevents swelling") or welcomes them ("a
    welcome side effect") are a selling point, not a disclosure.

    Prevents promotional comparisons counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the intervention itself). "No serious adverse events
    occurred" still counts: it reports what the trial observed.

    Since round 33 a comparative of mildness after the harm ("side effects that patients find
    much more tolerable than those of chemotherapy", ``_harms_said_small``), and a harm after a substitutive preposition ("benefits, as opposed to more side
    effects", "instead of", "rather than", "in place of"): the preposition sets its complement
    against what the option brings, so the harm is one the option is said not to bring (the
    preposition's complement is the rejected alternative: Quirk et al. 1985, ch. 9, prepositional
    meanings; only determiners and quantifiers may stand between, so "rather than placebo had side
    effects" keeps its harm; minimised, dev audit harms errors, round 33: story_reviews_01118).
    """
    return (not any(w in _MINIMISERS or w in _FAVOURABLE for w in c.before(3)) and not _harms_scant(c)
            and not _harms_said_small(c) and not _harms_rate_lowered(c) and not _harms_welcome_sense(c)
            and not _in_praised_profile(c) and not _HARMS_SUBSTITUTED.search(c.text_before(40)))


# A substitutive preposition right before the harm (round 33): "has long-term benefits, as opposed to
# more side effects", "relief instead of the usual side effects".
_HARMS_SUBSTITUTED = pattern("harms_substituted")


_HARMS_PRAISED_PROFILE = pattern("harms_praised_profile")


def _in_praised_profile(c: Context) -> bool:
    """The harm word is part of a safety profile praised as a whole ("an acceptable safety and
    tolerability profile"): the harms are called small and none is told. Only the profile: "an
    acceptable rate of serious side effects, with 3 deaths" tells one (round 32 review: "acceptable"
    among the favourable words dropped that too)."""
    return any(m.start() <= c.match_start < m.end()
               for m in _HARMS_PRAISED_PROFILE.finditer(c.text, c.sentence_start, c.sentence_end))


# "Side effect" in its welcome sense (round 16b): what it names is a gain.
_HARMS_WELCOME_EFFECTS = words("harms_welcome_effects")
_HARMS_WELCOME_AFTER = pattern("harms_welcome_after")
_HARMS_WELCOME_PRONOUN = pattern("harms_welcome_pronoun")
# compiled once, not per candidate: the match's "side effect(s)" head, clause marks, plain words
_HARMS_WELCOME_HEAD = re.compile(r"(?i)side[- ]effects?(?=$|\s+(?:include[sd]?|is|are|was|were)$)")
_HARMS_WELCOME_PARTS = re.compile(r"[,;:()\u2014\u2013]")
_HARMS_WELCOME_WORD = re.compile(r"[a-z]+")


def _harms_welcome_sense(c: Context) -> bool:
    """"Side effect" whose content, as the sentence gives it, is a gain: its complement after
    "include", "is (that)" or a colon ("yoga's side effects include better posture, improved
    balance", "the biggest side effect is that people feel relaxed"), or, where it is the
    complement of a pronoun ("though that may be a side effect"), the clause the pronoun refers
    back to ("not to extend lifespan, though that may be a side effect"). A side effect is "a
    secondary and usually adverse effect" (Merriam-Webster); said of a gain it is the welcome
    sense, as "a welcome side effect" is (``_FAVOURABLE``), a selling point, no harm disclosed.
    A gain in tolerating harms ("side effects were better tolerated", "better than placebo")
    stays a harm.

    Prevents a benefit called a side effect counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; literal_sense and minimised, dev audit harms
    errors, round 16b)."""
    head = _HARMS_WELCOME_HEAD.match(c.text[c.match_start:c.match_end])
    if not head:
        return False
    after = _HARMS_WELCOME_AFTER.match(c.text, c.match_start + head.end(), c.sentence_end)
    if after:
        gain = after.group("gain").lower().split()
        if any(w in _HARMS_WELCOME_EFFECTS and gain[i + 1:i + 2] not in (["than"], ["tolerated"])
               for i, w in enumerate(gain)):
            return True
    pronoun = _HARMS_WELCOME_PRONOUN.search(c.text, c.sentence_start, c.match_start)
    if not pronoun:
        return False
    # the clause the pronoun refers back to: the one before it, past a bare conjunction ("though")
    parts = _HARMS_WELCOME_PARTS.split(c.text[c.sentence_start:pronoun.start()])
    clause = " ".join(parts[-2:]) if len(_HARMS_WELCOME_WORD.findall(parts[-1].lower())) <= 1 else parts[-1]
    tokens = _HARMS_WELCOME_WORD.findall(clause.lower())
    return bool(set(tokens) & _HARMS_WELCOME_EFFECTS) and not _HARM_HEAD.search(clause)


_HARMS_SAID_SMALL = pattern("harms_said_small")


def _harms_said_small(c: Context) -> bool:
    """The harm is said after it, in its own clause, to be small or lowered: "compared to surgery,
    the side effects are minimal", "other side effects are reduced", "the most common side effects
    are either eliminated or greatly reduced", "the downsides to getting a vaccine are extremely
    minimal". The predicate minimises as a minimiser before the harm does ("minimal side effects");
    "side effects were limited to mild nausea" lists them, and stays.

    Prevents a selling point counting as harms disclosed (HealthNewsReview.org criterion 3 asks
    what the harms are and how often; minimised, a dev audit harms error, round 13b)."""
    clause = re.split(r"[,;:.!?()]", c.rest_of_sentence)[0]
    return bool(_HARMS_SAID_SMALL.match(clause))


_HARMS_RATE_AGAINST = pattern("harms_rate_against")
_HARMS_RATE_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)", re.IGNORECASE)


def _harms_rate_lowered(c: Context) -> bool:
    """An event rate whose match names no harm noun ("13 percent of patients on the drug suffered
    heart attacks") set against a higher rate in a comparison arm later in its sentence ("against
    14.9 percent of those on placebo", "compared with 2.18 percent in the group that did not take
    the drug"): the events are the outcome the option lowers, its benefit. A rate above the
    comparison's ("0.7 percent ... suffered a stroke, as did 0.3 percent") and a rate of side
    effects or complications stay harms.

    Prevents a trial's primary efficacy outcome counting as harms disclosed (CONSORT 2010 item 17a:
    the outcome's result in each group; HealthNewsReview.org criteria 2 and 3 tell benefits from
    harms; disease_burden and not_disclosure, dev audit harms errors, round 13b)."""
    match = c.text[c.match_start:c.match_end]
    own = _HARMS_RATE_FIGURE.match(match)
    if not own or _HARMS_OF_TREATMENT.search(match) or re.search(r"(?i)complication", match):
        return False
    against = _HARMS_RATE_AGAINST.match(c.rest_of_sentence)
    return bool(against) and float(own.group(1)) < float(against.group(1))


_RAISED = words("raised")
_LOWERED = _MINIMISERS | {"decrease", "decreased", "decreases", "cut", "cuts", "prevent", "prevents", "prevented",
                          "preventing", "avoid", "lowered", "lowers", "reducing", "drop", "dropped", "declined"}


def risk_raised(c: Context) -> bool:
    """Words that usually name the disease ("risk of", "death", "infection") disclose a harm only
    where the text says something raises them ("increases the risk of heart attack", "linked to a
    higher risk of dementia"), not where the treatment lowers them or the disease is described
    ("reduced the risk of stroke", "the leading cause of death").

    Prevents the burden of the disease counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention).
    """
    window = c.before(5)
    if "leading" in window:  # "the third leading cause of death": a ranking of the disease
        return False
    if ({"cause", "causes"} & set(window)) and set(window) & _CAUSE_RANK:  # "the second most common cause of death", "one of the most common causes of"
        return False
    if set(c.before(10)) & _INHERENT_RISK_FACTORS:  # "genetic variants that increase the risk of"
        return False
    if any(w in {"not", "no", "never"} or w.endswith("n't") for w in window):  # "does not cause"
        return False
    return any(w in _RAISED for w in window) and not any(w in _LOWERED for w in window) and harm_of_intervention(c)


# A negation that denies a harm: "no side effects", "none of the dangerous side effects",
# "zero risks", "never any side effects", "does not cause cardiac toxicity", "I haven't had any".
_DENIALS = words("denials")
# Harms a negation names rather than denies: "not well tolerated" discloses a harm.
_NEGATION_DISCLOSES = words("negation_discloses")
_POORLY = words("poorly")
# A qualified denial reports a trial's observation ("no serious side effects", "no increased
# risk"); sales copy denies every harm outright ("no side effects", "no harmful side effects").
_REPORT_QUALIFIERS = words("report_qualifiers")
# Verbs that report what a trial observed: "no serious adverse events occurred" discloses, as does
# the base form after do-support: "the researchers did not observe any side effects" (round 26).
_OBSERVED = re.compile(
    r"\b(?:report|reported|reports|observe|observes|observed|occurred|occur|seen|noted|recorded|detected|experienced|"
    r"developed|found|identified|documented|emerged)\b",
    re.IGNORECASE,
)
_DENIAL_REACH = 5
# How far back a subordinate clause before the harm is looked for ("when you do not need them can cause").
_CLAUSE_REACH = 14
# How near the denial the observing verb must stand to make it a report: "no serious adverse
# events occurred", "patients reported no side effects"; not "a study found that people lost
# 12% of their body fat - with zero side effects", where "found" governs the weight loss.
_OBSERVED_REACH = 6


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
    if any(w in _REPORT_QUALIFIERS for w in window[denied + 1:]) and not _denied_as_property(window, denied):
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


def _negation_reaches(window: list[str]) -> bool:
    """Whether a negation among ``window`` denies the harm (``_denial_at``)."""
    return _denial_at(window) is not None


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


_DENIED_THROUGH_HEAD = pattern("harms_denied_through_head")


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


_HARMS_CONTRAINDICATION = pattern("harms_contraindication")


def _harms_contraindication(c: Context) -> bool:
    """The match states a contraindication: a use barred for people or circumstances that follow
    it ("should not be used in children", "is contraindicated in people with heart disease", "not
    recommended for pregnant women"). Its own "not" is the prohibition, not a denial of a harm, and
    the condition after it names who is barred, not whose harm it is.

    Prevents a label's contraindications being read as denied or as the disease's burden (FDA, 21
    CFR 201.57(c)(5): contraindications are the situations in which a drug should not be used;
    HealthNewsReview.org criterion 3; round 30: two of a release's contraindications were lost).
    A page's own text barred from a use ("This content should not be used during a medical
    emergency") is a site disclaimer, not a product's contraindication (round 30's held-out
    newcomers: a release's footer counted)."""
    if any(w in _CONTENT_NOUNS for w in _words_back(c, _CONTRAINDICATED_SUBJECT_REACH, ",;:.!?")):
        return False
    return bool(_HARMS_CONTRAINDICATION.match(c.text, c.match_start, c.sentence_end))


_CONTENT_NOUNS = words("harms_content_nouns")
_CONTRAINDICATED_SUBJECT_REACH = 4  # "this content", "the information on this site": the subject just before the verb


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


# How far before its sentence the tie may be: a list of effects often follows its lead-in line.
_TIE_REACH = 150


def adverse_effect_of_intervention(c: Context) -> bool:
    """A named symptom ("insomnia", "headaches", "weight gain") or a word of misuse ("addiction",
    "withdrawal") discloses a harm only where its sentence (or the line before) ties it to a
    treatment or exposure: "side effects included headache", "the drug can cause swelling",
    "patients taking it reported nausea", "do not take it if you have bleeding". Not where it
    describes the disease or a life ("Symptoms can include sadness, insomnia"), names what is
    treated ("an insomnia drug", "a treatment for anxiety and insomnia", "addiction
    specialists"), or sits in a disease's name ("chronic fatigue syndrome"). A symptom listed
    under a denied harm ("did not induce side effects, such as tremors") is denied with it, as is
    one whose causing its clause denies ("it does not show that the protein causes memory loss");
    a protein, gene or mutation as the cause is the disease's mechanism (round 23).

    Prevents the symptoms of the condition counting as harms disclosed (HealthNewsReview.org
    criterion 3: "Does the story adequately explain/quantify the harms of the intervention?";
    MedDRA terms name both symptoms and adverse reactions). Denied harms do not count either
    (``harm_not_denied``).
    """
    if c.word(c.end) in {"syndrome", "disorder"} or _names_the_condition(c) or _symptom_of_condition(c):
        return False
    if _harms_free_of(c) or _harms_everyday_sense(c) or _harms_names_a_score(c) or _harms_exposure_described(c):
        return False
    near = c.text[_lead_in_start(c):c.match_start]
    after = c.rest_of_sentence
    sentence = c.text[c.sentence_start:c.match_start] + " " + after
    tied = (_harm_tie(near + " " + after, len(near)) or (_INTAKE.search(sentence) and _REPORT_OF_SYMPTOM.search(sentence))
            or _leaflet_tied(c))
    if not tied or not harm_not_denied(c) or _listed_under_measured_head(c):
        return False
    return _denied_visibly(c) if _under_denied_head(c) else True


_HARMS_SCORE_HEADS = frozenset({"score", "scores"})


def _harms_names_a_score(c: Context) -> bool:
    """The symptom word premodifies a risk score ("the current stroke and bleeding risk scores"):
    the compound's head noun decides its sense (Quirk et al. 1985, noun premodification, as
    ``harms_warning_of_harm`` reads "warning sign"), and a risk score is an instrument that
    predicts a patient's chance of the event before treatment is chosen (HAS-BLED, the bleeding
    risk score of Pisters et al. 2010), not a harm that happened. A symptom score ("bleeding
    scores rose on the drug") measures the harm and keeps it. Prevents a clinical prediction score
    counting as harms disclosed (literal_sense, dev audit harms errors, round 33:
    story_reviews_00821)."""
    return c.word(c.end) == "risk" and c.word(c.end + 1) in _HARMS_SCORE_HEADS


_HARMS_EXPOSURE_HEADS = words("harms_exposure_heads")
_HARMS_REPORT_ADJECTIVES = frozenset({"transient", "mild to moderate"})


def _harms_exposure_described(c: Context) -> bool:
    """A harm report's adjective ("transient", "mild to moderate") that premodifies the exposure,
    not a harm: "women who had only transient exposure to such drugs", "mild to moderate use".
    The adjective describes its head noun (Quirk et al. 1985, noun premodification), and here the
    head is the taking of the treatment, its length or amount, a study's exposure group, not an
    effect. "Transient increases in blood pressure" keeps it. Prevents an exposure's duration
    counting as harms disclosed (literal_sense, dev audit harms errors, round 33:
    story_reviews_01187)."""
    return (c.text[c.match_start:c.match_end].lower() in _HARMS_REPORT_ADJECTIVES
            and c.word(c.end) in _HARMS_EXPOSURE_HEADS)


# What opens a harm's list of examples: "side effects ... including fatigue", "such as", "like".
_HARMS_EXAMPLE_CUE = re.compile(r"(?i)\b(?:including|such as|like|e\.g\.)")


def _listed_under_measured_head(c: Context) -> bool:
    """The symptom is an example listed under the nearest harm word before it ("measurements of side
    effects often experienced by prostate cancer patients--including fatigue, sexual health, and
    urinary incontinence--were stable"), and that harm word is what a study measures or sought
    (``harms_found_not_sought``): the examples share their head's status, as they share its denial
    (``_under_denied_head``) and its owner. A list cue ("including", "such as", "like") stands
    between, and no clause break: "researchers monitored side effects; two had nausea" keeps the
    nausea (round 33).

    Prevents the examples of a harm measured counting as harms disclosed (CONSORT 2010 item 6a:
    outcomes defined are not harms observed; HealthNewsReview.org criterion 3)."""
    heads = list(_HARM_HEAD.finditer(c.text, c.sentence_start, c.match_start))
    if not heads:
        return False
    head = heads[-1]
    between = c.text[head.end():c.match_start]
    if not _HARMS_EXAMPLE_CUE.search(between) or re.search(r"[;.!?]", between):
        return False
    starts, ends = c.tokens.starts, c.tokens.ends
    first = bisect_left(ends, head.start() + 1, c.first, c.start)
    stop = bisect_left(starts, head.end(), first, c.start)
    if first >= stop:
        return False
    word = Context(c.text, c.tokens, range(c.first, c.last), c.sentence_start, c.sentence_end, first, stop,
                   head.start(), head.end(), c._interventions, sentence_index=c.sentence_index)
    return not harms_found_not_sought(word)


# A patient leaflet's plain tie of a symptom to the medicine or the procedure (round 26): "Some
# tablets can make you feel dizzy", "A few people get a dry cough", "bloated after the test".
_HARMS_LEAFLET_TIE = pattern("harms_leaflet_tie")
_HARMS_LEAFLET_REPORT = pattern("harms_leaflet_report")
_HARMS_LEAFLET_AFTER = pattern("harms_leaflet_after")
_HARMS_LEAFLET_READER = pattern("harms_leaflet_reader")


def _lead_in_start(c: Context) -> int:
    """Where the text before the sentence that a list's lead-in line may occupy begins."""
    return max(0, c.sentence_start - _TIE_REACH)


def _lead_in(c: Context) -> str:
    """The text before the sentence, as far as a list's lead-in line may stand above it."""
    return c.text[_lead_in_start(c):c.sentence_start]


def _leaflet_tied(c: Context) -> bool:
    """The sentence (or its lead-in) ties a symptom to the medicine or procedure as a leaflet does."""
    return bool(_HARMS_LEAFLET_TIE.search(c.text, _lead_in_start(c), c.sentence_end)
                or _after_the_readers_procedure(c.sentence))


def _after_the_readers_procedure(sentence: str) -> bool:
    """A symptom that follows the procedure the reader has had: "You may feel bloated for a few hours
    after the test". Leaflets address the reader (EU package-leaflet guideline 2009); in the third
    person, "women who have nausea and vomiting after the operation" names the condition an option
    treats (round 27 review: an acupressure page's postoperative nausea counted as its harm)."""
    return bool(_HARMS_LEAFLET_AFTER.search(sentence) and _HARMS_LEAFLET_READER.search(sentence))
_HARMS_LEAFLET_OWN_OPTION = pattern("harms_leaflet_own_option")


def harms_plain_symptom(c: Context) -> bool:
    """A symptom in a patient's plain words ("dizzy", "a dry cough", "swollen ankles", "bloated",
    "blood in your stool") counts as ``harms_tied_to_treatment`` has it, and only where it is told
    as a leaflet tells a side effect: tied in a leaflet's way ("can make you feel dizzy", "a few
    people get", "after the test"), under a harm named as such in its sentence ("side effects
    such as nausea, bloating"), or in a sentence that names the reader's own medicine ("this
    medicine may cause a dry cough"). Elsewhere it stays visible, not counted.

    Source: the EU package-leaflet guideline (2009), section 4 "Possible side effects"; NHS
    medicines pages. Prevents the plain words counting where news uses them for the disease's
    symptoms ("recommended for people with ... blood in the stool") or another option's harm
    ("ACE inhibitors can produce a dry cough"; round 26 dev reading: 3 of 6 such were wrong)."""
    if not harms_tied_to_treatment(c):
        return False
    return bool(_leaflet_tied(c)
                or _HARM_HEAD.search(c.sentence)
                or _HARMS_LEAFLET_OWN_OPTION.search(c.sentence))


_HARMS_EVERYDAY_SENSES = words("harms_everyday_senses")
_HARMS_LIST_MARKS = words("harms_list_marks")


def _harms_everyday_sense(c: Context) -> bool:
    """A symptom word with a common everyday sense ("confusion": public bewilderment as well as a
    clinical sign) stands neither in a list of symptoms (after a comma, a colon, a semicolon, "and",
    "or", "including", "such as"; a semicolon parts the items of a list whose items hold commas, as
    a drug's list of effects under a heading does: Chicago Manual of Style 6.60) nor in a sentence that names side effects, adverse events or
    complications: "This results in confusion and puts women at risk of losing coverage", "that
    has led to some confusion". "Side effects include dizziness and confusion" keeps it.

    Prevents the everyday sense counting as harms disclosed (word-sense ambiguity: WordNet gives
    "confusion" both the mental disorder and the public's disorientation; literal_sense, dev
    audit harms errors, round 14). Precision first: the finding stays visible."""
    if c.tokens.words[c.start] not in _HARMS_EVERYDAY_SENSES:
        return False
    if c.marks_before(c.start, ",:;") or c.word(c.start - 1) in _HARMS_LIST_MARKS:
        return False
    return not _HARM_HEAD.search(c.sentence)


_SYMPTOM_FRAME = pattern("harms_symptom_frame")
_SYMPTOM_OF_HARM = words("harms_symptom_of_harm")
# Determiners by which "symptoms" refers back to the harms of the line before: "Most symptoms were mild".
_REFERRING = words("harms_referring_determiners")


def _symptom_of_condition(c: Context) -> bool:
    """The sentence presents the word as a symptom of the condition or as what a treatment treats:
    "other symptoms associated with constipation", "symptoms one month after injury, such as
    headache", "signs of bleeding", "characterised by debilitating fatigue", "used to control pain,
    fever and swelling". Not where the symptoms are a harm's ("symptoms of vitamin D toxicity
    include nausea", "withdrawal symptoms such as insomnia") or the sentence (or the line before)
    names a harm or a report under treatment ("side effects such as ...", "patients taking it
    reported symptoms"), or the symptoms refer back to the harms of the line before ("Adverse
    events included pain. Most symptoms were mild to moderate").

    Prevents the condition's symptoms counting as harms disclosed (HealthNewsReview.org
    criterion 3; MedDRA terms name both symptoms and adverse reactions, and the frame tells which)."""
    frame = None
    for frame in _SYMPTOM_FRAME.finditer(c.text, c.sentence_start, c.match_start):
        pass
    if frame is None:
        return False
    sentence = c.text[c.sentence_start:c.sentence_end]
    if _HARM_HEAD.search(sentence) or (_INTAKE.search(sentence) and _REPORT_OF_SYMPTOM.search(sentence)):
        return False
    determiner = re.findall(r"[a-z]+", c.text[max(c.sentence_start, frame.start() - 12):frame.start()].lower())[-1:]
    if set(determiner) & _REFERRING and _HARM_HEAD.search(c.text, _lead_in_start(c), c.sentence_start):
        return False  # "Adverse events included pelvic pain. Most symptoms were mild": the harms' symptoms
    around = re.findall(r"[a-z]+", c.text[max(c.sentence_start, frame.start() - 25):min(c.match_start, frame.end() + 40)].lower())
    return not set(around) & _SYMPTOM_OF_HARM


# HealthNewsReview.org criterion 3 asks "Does the story adequately explain/quantify the harms of
# the intervention?": a harm word counts when the harm is the intervention's (or the exposure's),
# not the disease's own burden and not the harm of an option the page contrasts with its own.
_HARM_TIE = pattern("harm_tie")
_INTAKE = pattern("intake")
_REPORT_OF_SYMPTOM = pattern("report_of_symptom")
_HARM_HEAD = pattern("harm_head")
_AT_RISK = pattern("at_risk")
_PUTS_AT_RISK = pattern("puts_at_risk")
_HARM_FEARED = words("harm_feared")
_DISEASE_OWNERS = words("disease_owners")

_COMPARATOR_OWNERS = words("comparator_owners")
_CONDITION_HEADS = words("condition_heads")
_TOXIC_EFFECTS = words("toxic_effects")
_EXPERIENCED_BENEFIT = words("experienced_benefit")
_CAUSE = re.compile(r"(?i:\bcaus\w*)")
_CAUSE_NOUN_BEFORE = words("cause_noun_before")
_CAUSE_RANK = words("cause_rank")
_INHERENT_RISK_FACTORS = words("inherent_risk_factors")
_OWNER_REACH = 7
# How far back a word of lowering or fear reaches: "can reduce the risk of complications".
_MINIMISER_REACH = 5


def _harm_tie(text: str, at: int | None = None) -> bool:
    """A word of harm or causation in ``text`` that is not the disease causing its own symptoms
    ("the condition, which causes chronic aches and fatigue", "Zika cases result in a mild fever,
    rash", "fibromyalgia can lead to fatigue", "bleeding caused by irregular growths"), nor, where
    the harm stands at ``at`` in the causal verb's own clause, a causing denied ("does not show that
    the protein causes memory loss")."""
    for m in _HARM_TIE.finditer(text):
        if not _CAUSAL_VERB.fullmatch(m.group()):
            return True
        subject = re.findall(r"[a-z]+", text[max(0, m.start() - 30):m.start()].lower())
        if _CAUSE.match(m.group()) and subject and subject[-1] in _CAUSE_NOUN_BEFORE:  # "physical causes"
            continue
        if not _cause_is_condition(text, m) and not (at is not None and _cause_denied(text, m, at)):
            return True
    return False


_HARMS_CAUSE_DENIED = pattern("harms_cause_denied")


def _cause_denied(text: str, m: re.Match, at: int) -> bool:
    """The clause denies the causing, or that anything shows it: "the drug does not cause memory
    loss", "it does not show that the protein causes memory loss", "no evidence that the pill
    causes rashes" (``harms_cause_denied``). A denied cause ties no harm to a treatment
    (HealthNewsReview.org criterion 3: harms the intervention has; a negation's scope runs over
    its clause, Huddleston & Pullum 2002 ch. 9). Round 23: a press release's "does not show that
    the protein causes memory loss" counted as harms disclosed. A harm past a clause break is not
    the denied verb's object ("it does not cause liver damage in most, though two had liver damage")."""
    if at < m.end() or re.search(r"[,;:.!?\u2014]", text[m.end():at]):
        return False
    clause = re.split(r"[,;:.!?()\u2014]", text[max(0, m.start() - 80):m.start()])[-1]
    return bool(_HARMS_CAUSE_DENIED.search(clause))


# The verbs of ``harm_tie`` that name a cause (the rest name a harm outright: "side effects").
_CAUSAL_VERB = re.compile(r"(?i:caus\w*|(?:led|lead|leads|leading) to|result(?:ed|s)? in)")
_CONDITION_NOUNS = words("harms_condition_nouns")
_UNTREATED = pattern("harms_untreated")
_CAUSE_AUXILIARIES = words("harms_cause_auxiliaries")
_CONDITION_SUFFIXES = tuple(words("harms_condition_suffixes"))
# How many words before a causal verb its subject may run: "a devastating childhood disorder that leads to".
_CAUSE_SUBJECT_REACH = 6
# Prepositions that open a postmodifier of the subject or an adverbial, never a subject: a part of
# the sentence between commas that opens on one ("[beta amyloid, or plaques,] in the brain may
# trigger") leaves the subject before it (Quirk et al. 1985, ch. 17 on postmodifying prepositional
# phrases; round 33).
_CAUSE_POSTMODIFIER_OPENERS = frozenset({"in", "at", "on", "of", "within", "among", "from", "inside", "throughout"})


def _cause_is_condition(text: str, m: re.Match) -> bool:
    """Whether the cause of a causal verb names the condition, not a treatment: the subject before
    it ("Zika cases result in", "fibroids may cause"), or the agent after a passive "caused by"
    ("bleeding caused by irregular growths"). A cause that names a treatment is the treatment's,
    whatever else it names: "chemotherapy for breast cancer can cause nausea". A subject left
    without treatment is the condition, whatever it names ("untreated high blood pressure can lead
    to headaches", "Untreated, or under-treated brain injuries, can lead to dizziness"): the
    negated treatment word reads as a treatment word otherwise (round 9b; HealthNewsReview.org
    criterion 3: the harms of the intervention, not the course of the untreated disease)."""
    after = text[m.end():m.end() + 60]
    if after.lstrip().lower().startswith("by "):
        cause = re.findall(r"[a-z]+", after.lower())[1:5]
    else:
        parts = re.split(r"[,;:.!?()\u2014]", text[max(0, m.start() - 80):m.start()])
        cause = re.findall(r"[a-z]+", parts[-1].lower())[-_CAUSE_SUBJECT_REACH:]
        if len(parts) > 1 and (cause[:1] in (["which"], ["that"], ["who"]) or not set(cause) - _CAUSE_AUXILIARIES):
            # "the illness, which causes fevers": the relative pronoun's antecedent is the cause;
            # "Untreated brain injuries, like concussions, can lead to": the subject stands before
            cause = re.findall(r"[a-z]+", parts[-2].lower())[-_CAUSE_SUBJECT_REACH:] + cause
            cause = _subject_before_postmodifier(parts[:-2], cause)
        else:
            cause = _subject_before_postmodifier(parts[:-1], cause)
        if _UNTREATED.search(" ".join(parts[-2:])):
            return True  # "untreated high blood pressure can lead to headaches": the condition's own
    if set(cause) & _TREATMENT_OWNERS or any(w.endswith("therapy") for w in cause) or _INTAKE.search(" ".join(cause)):
        return False
    return _names_condition(cause, _CAUSE_CONDITION_WORDS)


def _subject_before_postmodifier(parts: list[str], cause: list[str]) -> list[str]:
    """``cause`` with the words of the parts before it while it opens on a preposition: "beta
    amyloid, or "plaques," [in the brain] may trigger" reads "plaques in the brain". A part that
    opens on a preposition has no subject of its own; it postmodifies the one before (round 33)."""
    left = list(parts)  # the parts before ``cause``'s, nearest last
    while left and cause[:1] and cause[0] in _CAUSE_POSTMODIFIER_OPENERS:
        cause = re.findall(r"[a-z]+", left.pop().lower())[-_CAUSE_SUBJECT_REACH:] + cause
    return cause


# Round 23: a protein, gene or mutation that causes a symptom is the disease's mechanism, no
# treatment's harm ("the protein causes memory loss"; HealthNewsReview.org criterion 3).
_CAUSE_CONDITION_WORDS = _DISEASE_OWNERS | _CONDITION_NOUNS | words("harms_biological_causers")


def _names_condition(tokens: list[str], vocabulary: frozenset[str]) -> bool:
    """Whether the words name a condition: a word of ``vocabulary`` or one with a disease's suffix."""
    return bool(set(tokens) & vocabulary) or any(w.endswith(_CONDITION_SUFFIXES) and len(w) > 5 for w in tokens)


def _names_the_condition(c: Context) -> bool:
    """The word modifies a noun naming the condition's treatment, patients or care: "insomnia
    drug", "fatigue patients", "addiction specialists", "warning letters"."""
    return c.word(c.end) in _CONDITION_HEADS and not c.marks_before(c.end, ",;:.!?\"'")


# How far before a harm word heading a list its own clause is read for a denial, in characters:
# "did not induce side effects, such as tremors" (the words are then cut to _DENIAL_REACH).
_HEAD_CLAUSE_REACH = 90


def _under_denied_head(c: Context) -> bool:
    """The nearest harm word before a listed symptom in its sentence is denied or avoided: "did
    not induce side effects, such as tremors", "without any of the side effects ..., said to
    include fatigue". A symptom listed under a harm shares the harm's polarity, as it shares its
    owner (below), so the head's denial is read as ``harm_not_denied`` reads a harm's own."""
    heads = list(_HARM_HEAD.finditer(c.text, c.sentence_start, c.match_start))
    if not heads:
        return False
    head = heads[-1].start()
    clause = re.split(r"[,;:.!?]", c.text[max(c.sentence_start, head - _HEAD_CLAUSE_REACH):head])[-1]
    before = _main_clause_words(re.findall(r"[a-z']+", clause.lower()))
    if _negation_reaches(before[-_DENIAL_REACH:]):
        return True
    # the head's owner is another option: "side effects associated with celecoxib and other
    # NSAIDs, including stomach ulcers and bleeding"
    owner = re.findall(r"[a-z]+", c.text[heads[-1].end():c.match_start].lower())[:_OWNER_REACH]
    return bool(owner) and owner[0] in {"of", "from", "with", "associated"} and bool(set(owner) & _COMPARATOR_OWNERS)


def _owner_words(c: Context) -> list[str]:
    """The words after the harm up to a clause break: its owner when they begin "of", "from",
    "with" or "associated with" ("side effects of current treatments")."""
    out = []
    for i in range(c.end, min(c.last, c.end + _OWNER_REACH)):
        if i > c.end and c.marks_before(i, ",;:.!?"):
            break
        out.append(c.word(i))
    return out


def harm_of_intervention(c: Context) -> bool:
    """Whose harm is it? Not the disease's: "complications of diabetes", "an adverse effect of
    having breast cancer", "the risk of developing the disease". Not another option's the text
    contrasts: "side effects of current treatments", "side effects associated with celecoxib and
    other NSAIDs". Not a harm feared or lowered rather than disclosed: "scared of the potential
    risks of surgery", "can reduce the risk of complications". And "at high risk of" tells a
    person's risk, not what causes it.

    Prevents the disease's burden and comparators' harms counting as the harms of the
    intervention (HealthNewsReview.org criterion 3: "Does the story adequately explain/quantify
    the harms of the intervention?"; DISCERN item 11: the risks of each treatment).
    """
    if not harm_not_of_another_option(c):  # the page's intervention is known: whose option is it?
        return False
    if _harms_history(c):
        return False
    window = _words_back(c, _MINIMISER_REACH, ",;:.!?")  # a clause break ends the reach
    if any(w in _MINIMISERS or w in _FAVOURABLE or w in _HARM_FEARED for w in window) or _harm_lowered(c):
        return False
    lead = c.text[max(c.sentence_start, c.match_start - 40):c.match_end]
    at_risk = _AT_RISK.search(lead)
    if at_risk and not _PUTS_AT_RISK.search(c.text, max(c.sentence_start, at_risk.start() - 40), at_risk.start()):
        return False
    if _names_the_condition(c):
        return False
    if _harms_contraindication(c):
        return True  # "contraindicated in people with heart disease": the disease names who is barred
    owner = _owner_words(c)
    if c.tokens.words[c.end - 2:c.end] == ["risk", "of"]:
        # "the risk of heart attack" names the harm itself, not its cause: only "the risk of
        # developing the disease" (the story's condition, by its anaphor) is the disease's
        return not any(a == "the" and b in _DISEASE_OWNERS for a, b in zip(owner, owner[1:]))
    if c.tokens.words[c.end - 1] != "of":
        # the owner follows "of", "from" or "with" at once or after the harm's own noun ("most
        # common adverse side effects of current treatments")
        links = [i for i, w in enumerate(owner[:3]) if w in {"of", "from", "with"}]
        if not links:
            return True
        owner = owner[links[0]:]
    if set(owner) & _COMPARATOR_OWNERS:
        return False
    return bool(set(owner) & _TREATMENT_OWNERS) or not set(owner) & _DISEASE_OWNERS


# A harm placed before the treatment (round 16b): "a prior heart attack", "before treatment, the
# participants experienced", "who survived a major bleeding event", "at least once in the last year".
_HARMS_HISTORY_BEFORE = pattern("harms_history_before")
_HARMS_HISTORY_AFTER = pattern("harms_history_after")
_HARMS_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:(?:all|already|also|ever|never|not|previously)\s+)?(?:been|had|\w+ed)\b")


def _harms_history(c: Context) -> bool:
    """The harm is placed in the patients' past, before the option: a modifier of its noun phrase
    ("a prior heart attack", "a previous major bleed"), a verb of having come through it ("patients
    who survived a major bleeding event"), a fronted time before treatment in its clause ("before
    treatment, the participants experienced 1.2 relapses a year"), or a time after it that reaches
    back before the study ("had experienced joint swelling at least once in the last year"). What
    people had before they were treated is their history, a baseline characteristic or an
    eligibility criterion, not a harm the option caused.

    Prevents the population's history counting as harms disclosed (CONSORT 2010 item 15: baseline
    characteristics of each group, apart from item 19's harms; HealthNewsReview.org criterion 3: the
    harms of the intervention; guide.md's settled convention on 'suffered'/'experienced': a trait
    the patients had before is disease_burden; dev audit harms errors, round 16b)."""
    before = c.text_before(60)
    clause = re.split(r"[;:()\u2014\u2013]", before)[-1]
    after = c.text[c.match_end:min(c.sentence_end, c.match_end + 60)]
    match = c.text[c.match_start:c.match_end]
    if _HARMS_HISTORY_BEFORE.search(clause) or _HARMS_HISTORY_BEFORE.search(clause + match):
        return True  # the match may hold the people and their verb: "before treatment, the [participants experienced]"
    # a time after the harm places it before the study only in the past perfect, which sets an event
    # before the story's own past (Quirk et al. 1985, 4.21): "had experienced swelling at least once
    # in the last year"; "reports of bleeding in the past year" stay harms
    return bool(_HARMS_HISTORY_AFTER.match(after)) and bool(_HARMS_PAST_PERFECT.search(clause + match))


# Since round 14 also the verbs of relief ("would lessen the side effects", "to alleviate the side
# effects of treatment"): what an option eases is another treatment's harm or the condition's, not
# one it causes (guide.md, settled convention: comparator_harm).
_RELIEVING = words("harms_relieving")
_LOWERING = _LOWERED | words("harms_lowering_nouns") | _RELIEVING
# Coping verbs relieve where something helps the person cope: "helped Landon deal with the side
# effects of chemotherapy", not "patients may have to deal with these side effects" (endured).
_COPING = words("harms_coping")
_HELPING = words("harms_helping")
_RISK_CHAIN = words("harms_risk_chain")
# How far back a lowering reaches through "the risk of", "the rate of": "would reduce the risk
# of long-term complications", "a 27 percent reduction in the risk for further cardiac complications".
_LOWERED_REACH = 9
# How far back a lowering word may reach through the premodifiers of the harm's noun phrase.
_HARMS_NOUN_PHRASE_REACH = 14
# A causative verb before the harm and an infinitive of lowering after it: "caused death risk to drop".
_HARMS_LOWERED_AFTER = pattern("harms_lowered_after")
_HARMS_CAUSATIVE_BEFORE = pattern("harms_causative_before")


def _harm_lowered(c: Context) -> bool:
    """The harm is what something lowers: a lowering word before it in its clause that reaches it
    through "the risk of", "the rate of", "the likelihood of" ("a reduction in the risk for
    further cardiac complications", "would reduce the risk of long-term complications"), within
    two words of it ("can curb those risks", "a reduction in complications"), or further back
    through the harm's own noun phrase (``_harms_one_noun_phrase``: "alleviating prostate cancer
    patients' side effects"). Since round 14 a verb of relief counts too ("would lessen the side
    effects"), or of coping after a helper ("helped him cope with the side effects of
    chemotherapy"): what an option eases is no harm it causes,
    guide.md's settled convention on side effects another treatment's option eases); or, for a
    long match, a lowering word inside it ("a 10 percent drop reduces complications"); since round
    33 a causative verb before the harm whose infinitive lowers it ("caused death risk to drop",
    ``harms_lowered_after``). No raising
    word may stand between ("cut the dose but raised the risk of bleeding" is a harm).

    Prevents a benefit (fewer complications of the disease) counting as harms disclosed
    (HealthNewsReview.org criterion 3: the harms of the intervention)."""
    inside = c.tokens.words[c.start:c.end - 1]
    if len(inside) > 2 and set(inside) & _LOWERING and not set(inside) & _RAISED:
        return True
    if _HARMS_LOWERED_AFTER.match(c.rest_of_sentence) and _HARMS_CAUSATIVE_BEFORE.search(c.text_before(40)):
        return True  # "caused death risk to drop": a causative whose infinitive lowers the harm (round 33)
    window = _words_back(c, _HARMS_NOUN_PHRASE_REACH, ",;:.!?")  # a clause break ends the reach
    for j in range(len(window) - 1, -1, -1):
        if window[j] in _LOWERING or (window[j] in _COPING and set(window[max(0, j - 3):j]) & _HELPING):
            between = window[j + 1:]
            if set(between) & _RAISED:
                return False
            if len(between) <= _LOWERED_REACH and (len(between) <= 2 or bool(set(between) & _RISK_CHAIN)):
                return True
            return _harms_one_noun_phrase(between)
    return _harm_listed_under_lowered(c)


# Words that end a noun phrase (round 16b): a finite or auxiliary verb, a preposition other than
# "of", a conjunction of clauses, a relative pronoun; what stands between a verb of lowering and the
# harm may not hold one if the harm is to be its object.
_HARMS_PHRASE_BREAKS = words("harms_phrase_breaks")
_HARMS_COORDINATED_VERBS = words("harms_coordinated_verbs")


def _harms_one_noun_phrase(between: list[str]) -> bool:
    """The words between a verb of lowering or relief and the harm are the harm's own noun phrase:
    premodifiers and possessives ("alleviating prostate cancer patients' side effects"), coordinated
    modifiers ("serious heart and metabolic complications"), an of-phrase and a non-finite clause
    inside it ("the risk of obese children developing serious complications"). No verb of its own,
    no preposition but "of", no conjunction of clauses: "reduced pain in patients who had nausea"
    and "cut costs and brought headaches" leave the harm outside the object. A noun phrase's
    premodifiers and postmodifiers belong to its head (Quirk et al. 1985, 17.2-17.4): what is eased
    is the harm the phrase names.

    Prevents a harm the option is said to ease or prevent counting as harms disclosed where
    modifiers stand between the verb and the harm word (HealthNewsReview.org criterion 3: the harms
    of the intervention; disease_burden, the dev audit's most common harms error, round 16b)."""
    for i, w in enumerate(between):
        if w in _HARMS_PHRASE_BREAKS or w.endswith("n't"):
            return False
        if w in {"and", "or"} and i + 1 < len(between) and between[i + 1] in _HARMS_COORDINATED_VERBS:
            return False  # "and caused", "and triggers": a second verb, not a coordinated modifier ("and diabetes")
    return True


# A list of short items after "the risks of": "diversion, abuse, misuse, and"; the last item's
# premodifiers may stand before the harm after its "and"/"or" ("stillbirth, Caesarean delivery and
# maternal and neonatal [complications]": the harm's own noun phrase, Quirk et al. 1985, 17.2; round
# 33), never after a comma alone: "effective in treating depression, but it's not without [side
# effects]" is no list under "treating" (a seed page's harm was lost).
_HARMS_LIST_ITEM = r"\s*[\w\x27-]+(?:\s+[\w\x27-]+){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_HARMS_LIST_SO_FAR = re.compile(
    rf"^(?:{_HARMS_LIST_ITEM})+$"
    rf"|^(?:{_HARMS_LIST_ITEM})*\s*[\w\x27-]+(?:\s+[\w\x27-]+){{0,2}}\s*,?\s*(?:and|or)\s+(?:[\w\x27-]+\s+){{1,2}}$")
# How far back a list's lowered head may stand, in words.
_HARMS_LIST_REACH = 16


def _harm_listed_under_lowered(c: Context) -> bool:
    """The harm is an item of a list whose head a lowering word governs: "minimizes the risks of
    diversion, abuse, misuse, and accidental exposure", "cuts the rates of infection, bleeding and
    readmission" (the items share the head: Quirk et al. 1985, coordination), or a verb of relief
    governs the list itself ("focus on controlling pain, nausea, swelling and other side effects",
    round 33). The items are short (three words at most) and nothing raising stands between.

    Prevents a benefit (risks the option lowers) counting as harms disclosed where the harm stands
    after the first comma of the list (HealthNewsReview.org criterion 3; minimised, a dev audit
    harms error, round 13b)."""
    starts, ends, words_ = c.tokens.starts, c.tokens.ends, c.tokens.words
    floor = max(c.first, c.start - _HARMS_LIST_REACH)
    for r in range(c.start - 2, floor, -1):
        if words_[r] in _RELIEVING:
            # a verb of relief governs the list itself: "controlling pain, nausea, swelling and other
            # side effects" (round 33); not a word of lowering, which may itself be a harm named
            # ("reduced appetite, nausea and fatigue", "falls, fractures and bleeding")
            items = c.text[ends[r]:c.match_start]
            return bool(_HARMS_LIST_SO_FAR.match(items)) and not any(p in items for p in ";:.!?")
        if words_[r] in _RISK_CHAIN and words_[r + 1] == "of":
            items = c.text[ends[r + 1]:c.match_start]
            if not _HARMS_LIST_SO_FAR.match(items) or any(p in c.text[starts[r]:c.match_start] for p in ";:.!?"):
                return False
            lead_first = max(c.first, r - _MINIMISER_REACH)
            for i in range(r, lead_first, -1):  # a clause break ends the head's reach
                if c.marks_before(i, ",;:.!?"):
                    lead_first = i
                    break
            lead = words_[lead_first:r]
            return any(w in _LOWERING for w in lead) and not set(lead) & _RAISED
    return False


def experienced_harm(c: Context) -> bool:
    """"Patients experienced ..." reports a harm ("some patients experienced itchiness and eye
    redness"), not a benefit ("patients experienced rather large weight loss", "70 percent of
    participants experienced a complete stop in disease progression").

    Since round 13 also where the benefit stands before as the head of a relative clause ("the
    results patients experienced a half-year out") or the outcome is longer life ("a prolonged
    survival", "a significantly longer period without progression").

    Prevents outcomes counting as harms reported (HealthNewsReview.org criterion 3).
    """
    if set(c.before(1)) & _EXPERIENCED_BENEFIT:
        return False
    return not set(c.tokens.words[c.end:min(c.last, c.end + 9)]) & _EXPERIENCED_BENEFIT and harm_not_denied(c)


def toxic_of_intervention(c: Context) -> bool:
    """"Toxic" discloses a harm said of the intervention ("the drug is toxic to the liver",
    "toxic side effects"), not when it describes another substance ("toxic byproducts", "the
    release of these toxic substances").

    Prevents the toxins a product claims to remove or a theory blames counting as harms of the
    intervention (HealthNewsReview.org criterion 3).
    """
    following = c.word(c.end)
    return (following in _TOXIC_EFFECTS or not following) and harm_not_denied(c)


# Words that refer back to what the sentence before named: "Both drugs increase the risk of
# bleeding", "They carry a risk of infection", "Those drugs carry significant risk".
_BACK_REFERENCES = words("harms_back_references")
# How far back the previous sentence may begin, in tokens.
_ANTECEDENT_REACH = 60


def _previous_sentence_start(c: Context, first: int | None = None) -> int:
    """The first token of the sentence before the candidate's (or before the sentence that begins at
    token ``first``; a sentence-ending mark between two tokens marks it, but not the period of an
    abbreviation: "Dr. McBane", "Mr. Lee", as the sentence splitter reads them; round 16), at most
    ``_ANTECEDENT_REACH`` tokens back."""
    starts, ends, words_ = c.tokens.starts, c.tokens.ends, c.tokens.words
    first = c.first if first is None else first
    floor = max(0, first - _ANTECEDENT_REACH)
    for i in range(first - 1, floor, -1):
        gap = c.text[ends[i - 1]:starts[i]]
        if any(p in gap for p in ".!?") and not (gap.strip() == "." and words_[i - 1] in abbreviations()):
            return i
    return floor


# Round 32: definite noun phrases that refer back to an option ("those drugs", "this method"), and the
# words that make an option the standard of a comparison rather than an antecedent ("than Prozac").
_ANAPHOR_DETERMINERS = words("harms_anaphor_determiners")
_ANAPHOR_HEADS = words("harms_anaphor_heads")
_ANAPHOR_COMPARED = words("harms_anaphor_compared")
# How many modifiers may stand between the determiner and the head: "the heavy drugs".
_ANAPHOR_MODIFIERS = 1
# How many sentences back an anaphor's antecedent is sought.
_ANAPHOR_SENTENCES = 3
# How many words after an earlier mention of the anaphor's head noun the option it names may stand.
_SAME_HEAD_REACH = 4


def _definite_anaphor(c: Context) -> tuple[int, bool] | None:
    """The last definite noun phrase headed by an option word before the harm in its sentence
    ("Those drugs carry significant risk for weight gain", "However, these drugs can lead to
    hypoglycemia"), with no option named between it and the harm: (its head's index, whether it is
    plural). None where there is none."""
    words_ = c.tokens.words
    for head in range(c.start - 1, c.first - 1, -1):
        if c.interventions.named(head, c.start):
            return None
        if words_[head] not in _ANAPHOR_HEADS:
            continue
        for det in range(head - 1, max(c.first, head - 1 - _ANAPHOR_MODIFIERS) - 1, -1):
            if c.marks_before(det + 1, ",;:.!?()"):
                break
            if words_[det] in _ANAPHOR_DETERMINERS:
                return head, words_[det] in {"these", "those"} or words_[head].endswith("s")
    return None


def _agrees(c: Context, i: int, key: str, plural: bool) -> bool:
    """Option ``key`` named at token ``i`` may be the antecedent of an anaphor of this number: not
    the standard of a comparison ("than Prozac does"), not itself a bare option word ("the drug"),
    and plural (a plural class, "sulphonylureas", or one of a coordination, "Risperdal and Abilify")
    where the anaphor is, singular where it is not."""
    words_ = c.tokens.words
    if words_[i] in _ANAPHOR_HEADS or _ANAPHOR_COMPARED & set(words_[max(0, i - 2):i]):
        return False
    named = {j for j, _ in c.interventions.named(max(0, i - 4), i + 5)} - {i}
    coordinated = any({"and", "or"} & set(words_[min(i, j):max(i, j)]) for j in named)
    is_plural = coordinated or (words_[i].endswith("s") and not key.endswith("s"))
    return is_plural == plural


_ONE_SUBSTANCE = words("harms_one_substance_kinds")


def _may_be_of_own_class(iv: Interventions, key: str) -> bool:
    """Option ``key`` may belong to the page's option where that is a kind of treatment
    ("antidepressant") and ``key`` is one named drug ("fluoxetine"): a product in the class the
    page covers is its own (guide.md, round 30: another product's harm), and the page does not say
    which class each drug is in, so the anaphor decides nothing there. Not where the kind names one
    substance ("lithium", "aspirin": ``harms_one_substance_kinds``; round 33), which has no members."""
    return not iv.is_kind(key) and any(iv.is_kind(name) and name not in _ONE_SUBSTANCE for name in iv.names)


def _same_head_antecedent(c: Context, head: int) -> str | None:
    """The option an earlier noun phrase with the anaphor's head noun names ("newer drugs called
    aromatase inhibitors ... the newer drugs", "a class of drugs called sulphonylureas ... these
    drugs"): the nearest such mention before the anaphor, in its sentence or up to
    ``_ANAPHOR_SENTENCES`` before, with an option named within ``_SAME_HEAD_REACH`` words after it
    in the same sentence (a definite description's antecedent shares its head: Vieira & Poesio 2000)."""
    words_, iv = c.tokens.words, c.interventions
    noun = words_[head]  # the same word, so the same number: "drugs such as risperidone" is no "the drug"
    floor = c.first
    for _ in range(_ANAPHOR_SENTENCES):
        floor = _previous_sentence_start(c, floor)
    for j in range(head - 2, floor - 1, -1):
        if words_[j] != noun:
            continue
        for i, key in iv.named(j + 1, min(head - 1, j + 1 + _SAME_HEAD_REACH)):
            if any(c.marks_before(m, ".!?") for m in range(j + 1, i + 1)):
                break
            return key
    return None


def _anaphor_antecedent(c: Context) -> str | None:
    """The option a definite anaphor before the harm refers back to (``_definite_anaphor``): the one
    an earlier phrase with the same head noun names (``_same_head_antecedent``); else the nearest
    agreeing option before it in its own sentence; else the first agreeing option of the nearest of
    up to ``_ANAPHOR_SENTENCES`` sentences before that names one, its likeliest subject (Hobbs 1978:
    within the sentence the nearest noun phrase first, in a sentence before left to right; Grosz,
    Joshi & Weinstein 1995: the preferred center is the previous utterance's highest-ranked entity,
    the subject). None where there is no anaphor or it resolves to nothing (the older fallbacks
    of ``_harm_of_another_option`` then decide). Round 32: comparator_harm, the dev audit's second
    harms error, mostly owned by such anaphors."""
    found = _definite_anaphor(c)
    if found is None:
        return None
    head, plural = found
    iv = c.interventions
    same_head = _same_head_antecedent(c, head)
    if same_head is not None:
        return same_head
    within = [(i, k) for i, k in reversed(iv.named(c.first, head)) if _agrees(c, i, k, plural)]
    if within:
        return within[0][1]
    stop = c.first
    for _ in range(_ANAPHOR_SENTENCES):
        start = _previous_sentence_start(c, stop)
        before = [(i, k) for i, k in iv.named(start, stop) if _agrees(c, i, k, plural)]
        if before or start == stop:
            return before[0][1] if before else None
        stop = start
    return None


def _harm_of_another_option(c: Context) -> bool:
    """The harm's sentence names options (a drug, a product, a treatment) and none of them is the
    page's intervention: "oral pills cause side effects such as bleeding" on a page about a gel,
    "problems associated with conventional chemotherapy" on a page about abiraterone. Read before
    the harm and after it up to its clause's end. A sentence that also names the intervention
    keeps the harm: "apixaban was safer than warfarin and caused less bleeding". Where the
    sentence names no option but refers back ("Both drugs increase the risk of bleeding", "They
    carry a risk of infection"), the options are those of the sentence before: the nearest
    antecedent (Halliday & Hasan 1976, reference as cohesion across sentences). Since round 32 a
    definite anaphor that owns the harm ("Those drugs carry significant risk", "this medication")
    decides first, by the option it resolves to (``_anaphor_antecedent``). Since round 33 a definite
    harm with no owner of its own ("these side effects", ``_definite_harm``) refers back as "they" does."""
    iv = c.interventions
    if not iv:
        return False
    stop = c.on_to_break(c.end, ",;:.!?", _OWNER_REACH)
    named = {key for _, key in iv.named(c.first, c.start)} | {key for _, key in iv.named(c.end, stop)}
    antecedent = _anaphor_antecedent(c)
    if antecedent is not None and not _may_be_of_own_class(iv, antecedent):
        # round 32: "Those drugs carry significant risk" after "Risperdal and Abilify ... than Prozac does"
        return not iv.is_intervention(antecedent) and not iv.names_intervention(c.end, stop)
    if not named and (set(c.tokens.words[c.first:c.start]) & _BACK_REFERENCES or _definite_harm(c)):
        named = {key for _, key in iv.named(_previous_sentence_start(c), c.first)}
    elif not named and iv.comparators and not iv.named(c.first, c.last):
        # round 25: a sentence naming no option goes on about the sentence before where that one
        # names only comparators the lead set against the page's own ("For 60 years the main
        # treatment has been warfarin, but it's tough to use. Too little can lead to strokes; too
        # much, dangerous bleeding." on a page whose drug did "as well as warfarin"); reads
        # ``Interventions.comparators``, not any option before (that took 13 right harms, round 25)
        before = {key for _, key in iv.named(_previous_sentence_start(c), c.first)}
        named = before if before and before <= iv.comparators else set()
    if named and iv.comparators and _nearest_is_comparator(c, stop):
        return True  # round 26 (intervention.py's comparators): "... to hormone replacement therapy after HRT was linked to"
    if not named or any(iv.is_intervention(key) for key in named):
        return False
    # "the treatment", "the drug", "the combination" refer back to the page's own option
    sentence = c.tokens.words[c.first:c.last]
    return not any(a in {"the", "this", "these"} and b in _ANAPHORS for a, b in zip(sentence, sentence[1:]))


_COMPARED_HERE = words("harms_compared_here")


# Round 33: the determiners of a definite harm ("the side effects", "these complications") and the
# determiners by which its sentence refers to a treatment of its own ("the implants", "their drugs").
_DEFINITE_HARM_DETERMINERS = words("harms_definite_harm_determiners")
_OWN_TREATMENT_DETERMINERS = words("harms_own_treatment_determiners")
# How many words may stand between a definite harm's determiner and the harm: "the long-lasting complications"
# ("long" and "lasting" are two tokens).
_DEFINITE_HARM_MODIFIERS = 2


def _definite_harm(c: Context) -> bool:
    """The harm is a definite noun phrase with no owner of its own ("For patients these side effects
    are just as devastating", "One of the long-lasting complications is"): no "of", "from", "with",
    "associated with" after it (``harms_owner_link``), not "the risk of" (whose object is the harm),
    and its sentence refers to no treatment with a determiner ("the implants", "their drugs"). A
    definite description with no modifier to identify it refers back to what the text has already
    evoked, directly or by bridging (the side effects of the drug just named: Clark 1975; Poesio &
    Vieira 1998, most definite descriptions are anaphoric or associative), so its owner is the option
    the sentence before names (``_harm_of_another_option``; Halliday & Hasan 1976 on reference).
    Round 33: comparator_harm, the dev audit's second harms error."""
    words_ = c.tokens.words
    for d in range(c.start - 1, max(c.first, c.start - 2 - _DEFINITE_HARM_MODIFIERS), -1):
        if c.marks_before(d + 1, ",;:.!?()"):
            return False
        if words_[d] in _DEFINITE_HARM_DETERMINERS:
            if words_[c.end - 1] == "of" or _HARMS_OWNER_LINK.match(c.rest_of_sentence):
                return False
            sentence = words_[c.first:c.last]
            return not any(a in _OWN_TREATMENT_DETERMINERS and b in _HARMS_TREATMENT_WORDS
                           for a, b in zip(sentence, sentence[1:]))
    return False


def _nearest_is_comparator(c: Context, stop: int) -> bool:
    """The option named nearest before the harm, in its clause (no mark between), is a comparator
    the lead set against the page's own, and the intervention is not named after the harm; not one
    compared right there ("prevented strokes as well as warfarin did and without an increase in
    bleeding": the page's drug is the subject)."""
    before = c.interventions.named(c.first, c.start)
    return (bool(before) and before[-1][1] in c.interventions.comparators
            and _COMPARED_HERE.isdisjoint(c.tokens.words[max(c.first, before[-1][0] - 3):before[-1][0]])
            and not any(c.marks_before(m, ",;:()") for m in range(before[-1][0] + 1, c.start + 1))
            and not c.interventions.names_intervention(c.end, stop))


def harm_not_of_another_option(c: Context) -> bool:
    """The harms check of ``harm_of_intervention`` with the intervention (see ``_harm_of_another_option``):
    a harm tied only to another named option does not count."""
    if _harm_of_another_option(c):
        return _drop(c, "harm of another option")
    return True


# Words naming a treatment or its giving: "the drug", "a daily pill", "the injection", "after
# surgery", "screening", "supplements". Their absence leaves a symptom or an outcome to the disease.
_HARMS_TREATMENT_WORDS = words("harms_treatment_words")
_HARMS_TREATMENT_ENDINGS = tuple(words("harms_treatment_endings"))
# Giving and taking: "patients taking it", "those who received", "use of bisphosphonates".
_HARMS_INTAKE = pattern("harms_intake")
# Harm nouns that only a treatment has: "side effects", "adverse events", "toxicity", "tolerated".
_HARMS_OF_TREATMENT = pattern("harms_of_treatment")


def harms_tied_to_treatment(c: Context) -> bool:
    """A word that names the disease's burden as often as a treatment's harm (a symptom such as
    "fatigue" or "bleeding", "death", "the risk of", "blood pressure") counts only where its
    sentence ties it to a treatment or an exposure: it names an option (a drug, a
    product, a named treatment, the page's intervention) or a treatment word ("the drug", "the
    injection", "screening", "surgery"); it tells the treatment's giving ("patients taking it",
    "use of"), a harm noun only a treatment has ("side effects", "adverse events"), people in a
    study reporting it ("a few participants reported headaches"), or something that can cause it
    ("decongestants can raise blood pressure"); or it goes on with the harms of the line before
    ("Side effects were common. The most common were headaches and insomnia"). Elsewhere the
    finding stays visible, not counted: "Migraines can be accompanied by nausea", "the patients
    with the highest score had a tenfold higher risk of metastases", "postpartum depression is the
    most common complication of childbirth".

    Prevents the condition's own symptoms, deaths and risks counting as harms disclosed
    (HealthNewsReview.org criterion 3: "the harms of the intervention"; disease_burden was the
    dev audit's most common harms error, 54 of 118 wrong findings at the start of round 5). A harm
    sought or measured, not found (``harms_found_not_sought``), does not count either (round 10).
    """
    if _harms_not_this_treatments(c) or not harms_found_not_sought(c) or _harms_negated_prefix(c):
        return False
    iv = c.interventions
    if iv and iv.named(c.first, c.last):
        return True
    before = c.text[c.sentence_start:c.match_start]
    after = c.rest_of_sentence
    # a long match may hold the treatment itself: "2% of patients on the drug had bleeding" (round 23)
    if any(_harms_treatment_in(text) for text in (before, c.text[c.match_start:c.match_end], after)):
        return True
    if _HARMS_STUDY_REPORT.search(before) or _harms_leaflet_report(c):
        return True
    causes = _HARMS_CAN_CAUSE.finditer(before)
    if any(_harms_active_cause(before, m) and not _cause_is_condition(before, m) for m in causes):
        return True
    return _harms_listed_under_lead_in(c, before)


# What a treatment is for: "a treatment for their insomnia", "used to treat nausea", "patients
# with cocaine addiction", "approved for the treatment of hallucinations" (the indication).
_HARMS_INDICATION = pattern("harms_indication")
# Another option, named by class with a word that sets it apart from the page's own: "existing
# treatments", "other drugs", "traditional psychotherapy", "an alternative to oral drugs".
_HARMS_OTHER_OPTION = pattern("harms_other_option")
# Words after a harm that give its owner: "side effects of", "common to", "associated with"; not
# "similar to", "comparable to", which compare the page's own harms with another option's.
_HARMS_OWNER_LINK = pattern("harms_owner_link")
# A sentence opening "By contrast" or "In contrast": its subject is set against the page's option.
_HARMS_CONTRAST_OPENING = pattern("harms_contrast_opening")


# A sentence that opens with a bare plural of the most general option nouns ("Medications can
# cause mood problems", "Drugs carry risks"): options in general (round 13b).
_HARMS_GENERIC_OPTIONS = pattern("harms_generic_options")


def _harms_indication(c: Context) -> bool:
    """The word names what a treatment treats, not what it does: "cognitive therapy for their
    insomnia", "it might help to treat addiction", "designation for the treatment of
    hallucinations", "the safety of the device in patients with cocaine addiction"; since round 27
    also the object of a verb of controlling, targeting, shortening or protecting against ("teams
    focus on controlling pain, nausea", "regimens that could best target different cases of acute
    diarrhea", "protecting against cardiac death linked to arrhythmia": what the option acts on is
    its indication, as with "treat"). Not where its sentence has already named a harm ("Among the
    side effects, five patients with neutropenia had fevers"): there the condition is the harm.

    Prevents the indication counting as a harm of the treatment (HealthNewsReview.org criterion
    3; MedDRA terms name both indications and adverse reactions; the dev audit's disease_burden
    errors, the most common harms error since round 4)."""
    before = c.text_before(80)
    if not (_HARMS_INDICATION.search(before) or _HARMS_INDICATION_LIST.search(before)):
        return False
    return not _HARM_HEAD.search(c.text, c.sentence_start, c.match_start)


# The indication named by a class and then listed (round 13b): "used to treat stomach problems
# such as nausea and vomiting", "patients with health conditions such as chronic pain and insomnia".
_HARMS_INDICATION_LIST = pattern("harms_indication_list")


def _harms_other_option(c: Context) -> bool:
    """The harm's sentence names an option only by a class set apart from the page's own
    ("existing treatments", "other forms of B3", "traditional psychotherapy", "an alternative to
    oral drugs, which often have side effects", "help patients avoid drugs"; since round 13b a
    sentence that opens with a bare plural of the most general option nouns, which speaks of
    options in general, a generic statement (Carlson 1977 on bare plurals): "Medications can cause
    mood problems, fatigue", "Medications can help, although many complain of side effects"; the
    page's own option is named or referred to with a determiner ("the drug"); since round 9b also a
    class called common or already sold: "common cholesterol-lowering drugs called statins", "there
    are sleep aids on the market", "the only drug currently approved"; or a sentence opening "By
    contrast", whatever the harm's owner) and names neither the
    page's intervention nor refers back to it ("the drug", "this treatment"): the harm is another
    option's. Read where the page's intervention is not identified too: the class word is the
    signal. Since round 27 the intervention named only inside the phrase that sets the other option
    apart ("Previous attempts to find an Alzheimer's vaccine caused harmful side effects") or as
    the standard of a comparison after "than" ("which tend to have more severe side effects than
    Prozac does", "the side-effects of the mood-stabilising alternatives are worse than lithium")
    does not make the harm its own (``_harms_set_apart_spans``: a comparative clause's standard is
    what the compared term is measured against, Quirk et al. 1985, 15.63-15.69; a postmodifier
    belongs to its head, 17.2-17.4).

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; DISCERN item 11; comparator_harm, the dev audit's second harms error)."""
    before = c.text[c.sentence_start:c.match_start]
    owner = c.rest_of_sentence
    owner = owner if _HARMS_OWNER_LINK.match(owner) else ""  # "side effects common to existing treatments"
    if _HARMS_CONTRAST_OPENING.match(before):  # "By contrast, surgery means complications of anesthesia"
        if _HARMS_INTAKE.search(before) or _HARMS_STUDY_REPORT.search(before):
            return False  # "In contrast, volunteers given the new spray reported nausea": a trial's own arm
    elif _HARMS_GENERIC_OPTIONS.match(before) and not _harms_treatment_in(owner):
        pass  # "Medications can cause mood problems, fatigue, or problems with thinking": options in general
    elif owner:  # the harm's own owner decides: "side effects of the patch" is the patch's
        if not _HARMS_OTHER_OPTION.search(owner):
            return False
    elif not _HARMS_OTHER_OPTION.search(before):
        return False
    if "\u00ae" in before + owner or "\u2122" in before + owner:  # a product's mark names the page's own
        return False
    return not _names_own_option_outside(c, _harms_set_apart_spans(c))


# How many words after a phrase that sets another option apart still belong to it: "previous
# attempts to find an Alzheimer's vaccine", "other forms of the drug".
_HARMS_SET_APART_REACH = 6
# How many words after "than" the standard of a comparison runs: "than Prozac does".
_HARMS_STANDARD_REACH = 4
_HARMS_COMPARISON_MARKERS = words("harms_comparison_markers")
_HARMS_SET_APART_LINKS = words("harms_set_apart_links")


def _harms_set_apart_spans(c: Context) -> list[tuple[int, int]]:
    """The token spans of the sentence in which a mention of the page's intervention does not make
    a harm its own: a phrase that sets another option apart, with its of- or to-phrase ("previous
    attempts to find an Alzheimer's vaccine": earlier vaccines, not the page's), and the standard of
    a comparison after "than" ("more severe side effects than Prozac does": Prozac is what the other
    option is measured against). A clause break or a finite verb ends either span."""
    starts, ends, words_ = c.tokens.starts, c.tokens.ends, c.tokens.words
    spans = []
    for m in _HARMS_OTHER_OPTION.finditer(c.text, c.sentence_start, c.sentence_end):
        i = next((k for k in range(c.first, c.last) if ends[k] > m.end()), c.last)
        stop = i
        while stop < min(c.last, i + _HARMS_SET_APART_REACH) and not c.marks_before(stop, ",;:()") and \
                words_[stop] not in _HARMS_COORDINATED_VERBS and (words_[stop] not in _HARMS_PHRASE_BREAKS
                                                                  or words_[stop] in _HARMS_SET_APART_LINKS):
            stop += 1
        spans.append((next((k for k in range(c.first, c.last) if starts[k] >= m.start()), c.last), stop))
    for k in range(c.first, c.last):
        if words_[k] in _HARMS_COMPARISON_MARKERS:
            spans.append((k, c.on_to_break(k + 1, ",;:()", _HARMS_STANDARD_REACH)))
    return spans


def _names_own_option_outside(c: Context, spans: list[tuple[int, int]]) -> bool:
    """``_names_own_option`` over the sentence, the tokens of ``spans`` left out."""
    inside = {k for a, b in spans for k in range(a, b)}
    first = c.first
    for k in range(c.first, c.last + 1):
        if k == c.last or k in inside:
            if k > first and _names_own_option(c, first, k):
                return True
            first = k + 1
    return False


# Determiners by which a treatment noun refers back to the page's own option: "the drug", "this
# treatment", "its side effects ... the therapy", "our device".
_OWN_OPTION_DETERMINERS = frozenset({"the", "this", "its", "our"})


def _names_own_option(c: Context, first: int, stop: int) -> bool:
    """Tokens ``first:stop`` name the page's intervention or refer back to an option with a
    determiner ("the drug", "this treatment"): then a harm there may be the option's own, and the
    readings that give it to another option or to the condition stay out."""
    if c.interventions.names_intervention(first, stop):
        return True
    words_ = c.tokens.words[first:stop]
    return any(a in _OWN_OPTION_DETERMINERS and b in _ANAPHORS for a, b in zip(words_, words_[1:]))


def harms_disclosed(c: Context) -> bool:
    """A harm counts where it is found, not sought (``harms_found_not_sought``), and is not the
    indication (``_harms_indication``), another option's (``_harms_other_option``), part of an
    organisation's name (``_harms_in_a_name``) or negated by its prefix ("a non-toxic dose");
    elsewhere it is shown, not counted (precision first: the finding stays visible with this
    rule's name)."""
    if _harms_negated_prefix(c) or _harms_warning_lifted(c) or c.word(c.end) in _HARMS_DATA_HEADS:
        return False
    return harms_found_not_sought(c) and not _harms_not_this_treatments(c)


# Head nouns that make a harm noun before them the name of a body of data (round 33): "based on the
# adverse event data from both studies" names where the harms were recorded, not a harm (the
# compound's head decides its sense: Quirk et al. 1985, noun premodification; not_disclosure and
# minimised, dev audit harms errors, round 33: news_reviews_00078). "Adverse event reports of
# seizures" names its harm after "of" and is not read here.
_HARMS_DATA_HEADS = frozenset({"data", "database", "databases", "dataset", "datasets"})


# A label warning taken off (round 33): "the FDA removed the black box warning", "the warning was lifted".
_HARMS_LIFTED_BEFORE = pattern("harms_lifted_before")
_HARMS_LIFTED_AFTER = pattern("harms_lifted_after")


def _harms_warning_lifted(c: Context) -> bool:
    """A label warning named as removed, lifted or dropped ("Just a few months ago, the FDA removed
    the black box warning from varenicline", "the boxed warning was lifted in 2016"): the
    regulator no longer asks the label to state the harm, so the sentence tells the reader the
    drug is safer than was thought, a safety claim, not a harm (FDA's removal of a boxed warning
    is a labeling change under 21 CFR 314.70 that deletes the warning's text; audit guide,
    safety_claim; dev audit harms errors, round 33: news_reviews_00258). Only the warning itself:
    "removed the warning about liver damage" names the harm and keeps it (the harm word counts)."""
    if "warning" not in c.text[c.match_start:c.match_end].lower():
        return False
    return bool(_HARMS_LIFTED_BEFORE.search(c.text_before(60))
                or _HARMS_LIFTED_AFTER.match(c.text[c.match_end:c.sentence_end]))


def _harms_negated_prefix(c: Context) -> bool:
    """The harm word is negated by its prefix: "a non-toxic dose", "non-fatal heart attacks" (since
    round 13b also for the words that name a disease's burden as often as a harm); "non-serious
    side effects" are side effects still.

    Since round 33 also the prefix "anti-" ("an anti-nausea patch", "anti-addiction drugs"): "anti-"
    means "against" (Quirk et al. 1985, Appendix I, prefixes of attitude), so the compound names a
    remedy for the symptom, what a treatment is for, not a harm (literal_sense, dev audit harms
    errors, round 33: story_reviews_00530)."""
    before = c.text[max(0, c.match_start - 5):c.match_start].lower()
    return before.endswith("anti-") or (before.endswith("non-") and c.tokens.words[c.start] not in _HARMS_SEVERITY)


# "headache-free", "nausea free": the symptom's absence, an outcome, not a harm.
_HARMS_FREE_OF = re.compile(r"[-\u2010\u2011 ]free\b", re.IGNORECASE)


def _harms_free_of(c: Context) -> bool:
    """The symptom word is the first half of an "X-free" compound ("18 percent were headache-free
    after two hours", "pain-free days"): it names relief from the symptom, a benefit.

    Prevents an efficacy outcome counting as harms disclosed (HealthNewsReview.org criterion 3;
    Quirk et al. 1985 on "-free" compounds, 'without X')."""
    return bool(_HARMS_FREE_OF.match(c.text, c.match_end))


_HARMS_WARNING_LITERAL_HEADS = words("harms_warning_literal_heads")
_HARMS_WARNING_SIGNAL_MODIFIERS = words("harms_warning_signal_modifiers")
_HARMS_WARNING_ENFORCEMENT = words("harms_warning_enforcement_words")


def harms_warning_of_harm(c: Context) -> bool:
    """"Warning" counts as a harm disclosed where it is a warning about the treatment (a label's
    "boxed warning", "carries a warning about suicidal thoughts", "Despite these warnings"), not
    where it modifies a noun that makes it a signal or an enforcement step: "a warning sign",
    "warning letters to spas", "warning alarms" (the compound's head noun decides its sense:
    Quirk et al. 1985, noun premodification).

    Since round 21 also the signal and the enforcement senses read from the warning's other
    words (``_harms_warning_not_safety``); since round 33 only a warning tied to a treatment, a
    product or a harm (``_harms_warning_tied``).

    Prevents literal senses counting as harms disclosed (the dev audit's literal_sense errors)."""
    if c.word(c.end) in _HARMS_WARNING_LITERAL_HEADS and not c.marks_before(c.end, ",;:.!?"):
        return False
    return harms_disclosed(c) and not _harms_warning_not_safety(c) and _harms_warning_tied(c)


_HARMS_WARNING_BACK = frozenset({"this", "these", "that", "those", "such"})


def _harms_warning_tied(c: Context) -> bool:
    """"Warning" counts only where its sentence ties it to a treatment or a harm: it names a
    product, a treatment word or the page's intervention ("the drug also comes with a more serious
    warning"), a harm or a cause ("a warning about suicidal thoughts", "warning that the radiation
    raises cancer risk"); or, after "this", "these", "that", "those" or "such", the sentence before
    does ("Despite these warnings, you can buy dried hijiki", after a line on its arsenic). A
    warning is a message about any danger (Merriam-Webster: "something that warns or serves to
    warn"; WordNet gives a notice of danger in any field): warnings from scientists about a food
    crisis, from parents' advice on allergenic foods, of polar bears, or a medical emergency taken
    as a warning tell no harm of an option. Prevents the general-English sense counting as harms
    disclosed (HealthNewsReview.org criterion 3: the harms of the intervention; literal_sense and
    not_disclosure, dev audit harms errors, round 33: story_reviews_00358, 00694; most OneStopEnglish
    harms findings, general news never tuned on, were such warnings)."""
    if _harms_warning_ties(c, c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence, c.first, c.last):
        return True
    if c.word(c.start - 1) not in _HARMS_WARNING_BACK:
        return False
    start = c.tokens.starts[_previous_sentence_start(c)]
    return _harms_warning_ties(c, c.text[start:c.sentence_start], None, None)


def _harms_warning_ties(c: Context, text: str, first: int | None, last: int | None) -> bool:
    """Whether ``text`` names a treatment or a product (a treatment word, a product's mark, the
    page's intervention within tokens ``first:last``), a harm or a cause. Not a verb of giving
    alone (``_HARMS_INTAKE``: "have given a strong warning" gives no treatment)."""
    iv = c.interventions
    if first is not None and iv and iv.named(first, last):
        return True
    tokens = re.findall(r"[a-z]+", text.lower())
    treatment = (bool(set(tokens) & _HARMS_TREATMENT_WORDS) or any(w.endswith(_HARMS_TREATMENT_ENDINGS) for w in tokens)
                 or "\u00ae" in text or "\u2122" in text or _HARMS_OF_TREATMENT.search(text))
    return bool(treatment or _HARM_HEAD.search(text) or _harm_tie(text) or _HARMS_WARNING_NAMES_HARM.search(text))


def _harms_warning_not_safety(c: Context) -> bool:
    """"Warning" in a sense other than a safety warning, read from its premodifier or its own
    clause: "an early warning that it is time to drink" (a signal: "early warning" is a fixed
    compound for an advance signal, Merriam-Webster), or a warning whose clause is about a breach of
    law or a sales claim and names no harm ("issued a consumer warning about false and misleading
    claims", "sent a letter warning the clinic that its unlicensed sales violated the law": a
    regulator's enforcement step, FDA Regulatory Procedures Manual ch. 4, Warning Letters). A
    warning whose clause names a harm or a cause stays, even beside such words ("a warning that
    the unapproved pills caused kidney damage", "misleading claims about its safety", "early
    warnings of the risk of suicide"). Since round 33 also a warning that the option may not work,
    whose clause names no harm ("warning that being classed as a medical device does not guarantee
    that the app will effectively prevent pregnancy"): a benefit that may be lost, which the audit
    guide's round-30 ruling labels disease_burden (``harms_warning_efficacy``).

    Prevents the signal and enforcement senses counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the option; literal_sense, dev audit harms errors, round 21:
    story_reviews_00324, 01587, 01590).

    Since round 22 (code review) the harm is read in the whole sentence, the warning word itself
    left out, and more widely (``harms_warning_names_harm``: a harm noun, "reports of", "the effect
    on", a modal's causal verb): "a warning about illegal online sales after reports of seizures",
    "a warning that it is not licensed for children because it can slow breathing" are safety
    warnings. "Early" makes a signal only where the clause names no harm and reads "when ..." or
    "that it is time" ("an early warning about the drug's effect on the liver" is a harm told)."""
    clause = re.split(r"[;:.!?()]", c.rest_of_sentence)[0]
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    if (_HARM_HEAD.search(sentence) or _harm_tie(sentence) or _HARMS_WARNING_NAMES_HARM.search(sentence)):
        return False
    if c.word(c.start - 1) in _HARMS_WARNING_SIGNAL_MODIFIERS and _HARMS_WARNING_SIGNAL_CLAUSE.match(clause):
        return True
    if _HARMS_WARNING_EFFICACY.search(clause):
        return True  # "warning that ... does not guarantee that the app will effectively prevent pregnancy"
    tokens = re.findall(r"[a-z]+", clause.lower())
    return bool(set(tokens) & _HARMS_WARNING_ENFORCEMENT)


_HARMS_WARNING_NAMES_HARM = pattern("harms_warning_names_harm")
_HARMS_WARNING_SIGNAL_CLAUSE = pattern("harms_warning_signal_clause")
_HARMS_WARNING_EFFICACY = pattern("harms_warning_efficacy")


_HARMS_RELATED_HARM_HEADS = words("harms_related_harm_heads")


def harms_related_harm(c: Context) -> bool:
    """"Treatment-related" counts only before a harm noun ("treatment-related deaths",
    "treatment-related adverse events"): before any other noun it classifies a disease or an
    effect ("treatment-related AML", "treatment-related increases in brain activity").
    Precision first: elsewhere the finding is shown, not counted.

    Prevents literal senses counting as harms disclosed (the dev audit's literal_sense errors;
    HealthNewsReview.org criterion 3)."""
    return c.word(c.end) in _HARMS_RELATED_HARM_HEADS and harms_disclosed(c)


def _harms_not_this_treatments(c: Context) -> bool:
    """The harm word names what the treatment is for, another option's harm, the disease's burden
    or part of a name."""
    return (_harms_indication(c) or _harms_other_option(c) or _harms_back_to_other_option(c) or _harms_of_relative_other(c)
            or _harms_usual_care_drawback(c) or _harms_usual_care_turned(c)
            or _harms_burden_of_condition(c) or _harms_in_a_name(c) or _harms_risk_read(c)
            or _harms_death_toll(c) or _harms_cancer_site(c) or _harms_caused_by_condition(c)
            or _harms_condition_classified(c) or _harms_of_target_condition(c) or _harms_of_habit(c)
            or _harms_at_risk_complement(c) or _harms_use_disorder(c) or _harms_risk_measure(c)
            or _harms_prevented_endpoint(c) or _harms_lack_of_the_option(c) or _harms_of_coordinated_owner(c))


_HARMS_COORDINATED_OWNER = pattern("harms_coordinated_owner")


def _harms_of_coordinated_owner(c: Context) -> bool:
    """The harm follows its owner in a coordination whose participle of association points back to
    it ("notified of the patient's frailty and associated surgical risks", "obesity and related
    complications"), and that owner names no treatment, giving or option ("the implant and
    associated risks" on an implant page stays): the harm is the first conjunct's, a condition or a
    trait, not one the option causes (the participle's implied complement is the conjunct before
    it: Quirk et al. 1985, ch. 17 on participles as premodifiers; round 33).

    Prevents a patient trait's or a condition's risks counting as harms disclosed
    (HealthNewsReview.org criterion 3: the harms of the intervention; disease_burden, the dev
    audit's most common harms error)."""
    found = _HARMS_COORDINATED_OWNER.search(c.text_before(80))
    if not found:
        return False
    owner = found.group(1)
    if _harms_treatment_in(owner):
        return False
    at = c.match_start - len(c.text_before(80)) + found.start(1)
    first = bisect_left(c.tokens.starts, at, c.first, c.start)
    return not c.interventions.named(first, c.start)


# A clause of its own after the at-risk phrase: ", and ...", ", but ...", "; ...".
_HARMS_NEW_CLAUSE = pattern("harms_new_clause")


def _harms_at_risk_complement(c: Context) -> bool:
    """The harm stands in the complement of "at risk" ("patients at risk, because of genetic
    factors, for an erratic rhythm that can cause sudden death", "many individuals will be at risk
    for vision loss from diabetic eye complications") in a sentence that names no option (no drug,
    product, treatment word, giving or the page's intervention): to be at risk of something is the
    bearer's risk level, the disease they may come to, not a harm something the page offers
    causes. ``harm_of_intervention`` reads "at high risk of" only within 40 characters and only
    where its rule asks; the complement may run further (a list, a relative clause). Not after
    "put", "place" or "leave" ("puts patients at risk of bleeding" names a cause), nor where a
    clause of its own comes between ("Those at risk were excluded, and complications were rare"),
    nor where the bearer is the trial's group on a page with an identified intervention
    ("Recipients were at risk, years later, for scarring", "Half were at risk of lasting
    complications" on an implant page: the group that got the option, its harm; round 21 code
    review).

    Prevents a person's risk of a disease counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; risk as the probability that a person develops a
    disease, Last's Dictionary of Epidemiology; disease_burden, the dev audit's most common harms
    error, round 20)."""
    before = c.text[c.sentence_start:c.match_start]
    found = list(_AT_RISK.finditer(before))
    if not found:
        return False
    at_risk = found[-1]
    if _PUTS_AT_RISK.search(before, max(0, at_risk.start() - 40), at_risk.start()):
        return False
    if _HARMS_NEW_CLAUSE.search(before, at_risk.end()):
        return False
    if _harms_treatment_in(c.text[c.sentence_start:c.sentence_end]):
        return False
    if _trial_group_bears(before[:at_risk.start()]) and c.interventions.names:
        return False  # "Recipients were at risk, years later, for scarring" on an implant's page
    return not _names_own_option(c, c.first, c.last)


_HARMS_TRIAL_GROUP_BEARERS = words("harms_trial_group_bearers")
_HARMS_GIVEN_VERBS = words("harms_given_verbs")


def _trial_group_bears(bearer: str) -> bool:
    """The bearer of "at risk" is the trial's group, people who got the option: "recipients",
    "participants", "half", "those who got it" (round 21 code review)."""
    tokens = re.findall(r"[a-z]+", bearer.lower())
    if any(w in _HARMS_TRIAL_GROUP_BEARERS for w in tokens):
        return True
    return any(w == "those" and set(tokens[i + 1:i + 4]) & _HARMS_GIVEN_VERBS for i, w in enumerate(tokens))


# Habits and exposures named by a gerund (round 16b): "smoking", "eating fatty foods", "carrying
# extra weight"; and the links by which they own a risk: "risks of", "associated with", "linked to".
_HARMS_HABIT_GERUNDS = words("harms_habit_gerunds")
_HARMS_HABIT_LINKS = words("harms_habit_links")

def _harms_of_habit(c: Context) -> bool:
    """The harm's owner is a habit or exposure named by a gerund ("the health risks associated with
    smoking", "the heart risks of eating fatty foods", "the health risks associated with carrying
    extra weight"), and the habit names no option (no treatment word, giving or the page's
    intervention: "the risks of eating a ketogenic diet" on a diet page stays): a risk factor's
    harm, the burden a cessation programme, a drug or a diet is offered against, not a harm of the
    option. A habit is an exposure in epidemiology's sense, the E a cohort study weighs, as
    the option is the I of a trial (PICO, Richardson et al. 1995).

    Prevents an exposure's risks counting as harms disclosed (HealthNewsReview.org criterion 3: the
    harms of the intervention; disease_burden, the dev audit's most common harms error, round 16b)."""
    words_ = c.tokens.words
    owner = _owner_words(c)
    if words_[c.end - 1] not in _HARMS_HABIT_LINKS:
        links = [i for i, w in enumerate(owner[:2]) if w in _HARMS_HABIT_LINKS]
        if not links:
            return False
        owner = owner[links[0] + 1:]
    if not owner or owner[0] not in _HARMS_HABIT_GERUNDS:
        return False
    if _harms_treatment_in(" ".join(owner)):
        return False
    return not c.interventions.names_intervention(c.end, min(c.last, c.end + len(owner) + 2))


_HARMS_USE_DISORDER_HEADS = words("harms_use_disorder_heads")
_HARMS_USE_DISORDER_OBJECTS = words("harms_use_disorder_objects")


def _harms_use_disorder(c: Context) -> bool:
    """An addiction, abuse, dependence, withdrawal or overdose named by its object, a substance or a
    behaviour that is never a medicine, right before the word or right after "to"/"of" ("alcohol
    abuse", "their tobacco addiction", "food addiction", "addiction to gambling", "cocaine
    withdrawal"), is a condition, the use disorder a programme or a drug may be offered against,
    not a harm of the option: DSM-5 names the substance-related and addictive disorders by the
    substance or behaviour (alcohol use disorder, tobacco use disorder, gambling disorder), and
    ICD-10 (F10-F19) by the substance used. Objects that may be the option itself ("nicotine" on a
    nicotine-gum page, "opioid", "drug") are not in the list, an object that names the page's
    intervention keeps the harm, and so does a clause whose cause is a treatment ("the pill can lead
    to alcohol abuse": the option's harm, whatever its object).

    Prevents a habit's use disorder counting as harms disclosed (HealthNewsReview.org criterion 3:
    the harms of the intervention; disease_burden, the dev audit's most common harms error, round
    22)."""
    words_ = c.tokens.words
    if words_[c.end - 1] not in _HARMS_USE_DISORDER_HEADS:
        return False
    objects = [c.start - 1]  # "alcohol abuse"
    if c.word(c.end) in {"to", "of"}:  # "addiction to gambling", "abuse of alcohol"
        objects.append(c.end + 1)
    if not any(c.word(i) in _HARMS_USE_DISORDER_OBJECTS and not c.interventions.names_intervention(i, i + 1)
               for i in objects):
        return False
    before = c.text[c.sentence_start:c.match_start]
    clause = before[_harms_clause_start(before):]
    return not any(_harms_active_cause(clause, m) and _harms_treatment_in(clause[:m.start()])
                   for m in _HARMS_CAN_CAUSE.finditer(clause))


# Words after a harm that give the page's condition as its owner: "adverse effects of menopause".
_HARMS_CONDITION_OWNER_LINKS = words("harms_condition_owner_links")
# How many words after the link the condition may stand: "of [the] [chronic] [GERD]".
_HARMS_CONDITION_OWNER_REACH = 3


def _harms_of_target_condition(c: Context) -> bool:
    """The harm word names the page's target condition, the disease or symptom its option is
    given for (``Interventions.conditions``: "a drug for insomnia" makes "insomnia" the page's
    indication there and wherever it returns: "the more common type of insomnia"), or its owner
    after "of", "from" or "with" in its clause is that condition ("adverse effects of menopause"
    on a page about a remedy for menopause), or the cause before it is ("GERD can cause serious
    complications", via ``_harms_caused_by_condition``). What an option treats is its indication,
    not its harm. A condition named as a harm ("side effects included insomnia", "the drug can
    cause withdrawal") stays the option's.

    Prevents the page's own condition counting as harms disclosed (HealthNewsReview.org criterion
    3: the harms of the intervention, not the burden of the disease; disease_burden, the dev
    audit's most common harms error: 78 of 195 wrong at the start of round 16)."""
    iv = c.interventions
    if not iv.conditions:
        return False
    words_ = c.tokens.words
    if iv.names_condition(words_[c.start:c.end]):
        before = c.text[c.sentence_start:c.match_start]
        return not (_HARM_HEAD.search(before) or _HARMS_OF_TREATMENT.search(before)
                    or (_harm_tie_caused(before) and not _condition_caused_by_no_option(c, before))
                    or _HARMS_CAUSED_AFTER.match(c.text, c.match_end, c.sentence_end))
    # the owner right after the harm or its noun ("adverse [effects] of menopause"), not a list's
    # member further on ("adverse event reports of symptoms like depression")
    owner = _owner_words(c)
    links = [i for i, w in enumerate(owner[:2]) if w in _HARMS_CONDITION_OWNER_LINKS]
    if not links:
        return False
    owner = owner[links[0] + 1:links[0] + 1 + _HARMS_CONDITION_OWNER_REACH]
    return (iv.names_condition(owner) and not set(owner) & _TREATMENT_OWNERS
            and not iv.names_intervention(c.end, min(c.last, c.end + _OWNER_REACH)))


# Subjects that may stand for the page's option: "it can cause withdrawal", "they cause injuries".
_CAUSER_REFERENCES = frozenset({"it", "they", "this", "these", "that", "those", "which", "who", "one", "both", "each", "its",
                                "their", "he", "she", "we", "you", "some", "many", "most", "all"})


# How many words after the harm its event may run: "[10 percent of the participants suffered] either
# a heart attack or stroke", "No [patients experienced] a stroke".
_HARMS_ENDPOINT_REACH = 8
_HARMS_ENDPOINT_RAISED = pattern("harms_endpoint_raised")
_HARMS_ENDPOINT_TIED = pattern("harms_endpoint_tied")


def _harms_prevented_endpoint(c: Context) -> bool:
    """The harm, or the event named right after it in its clause, is an outcome the page's option is
    said to prevent or reduce (``Interventions.prevents``: "Victoza cut the risk of heart attack and
    stroke", "it protects against stroke"): "10 percent of the participants suffered a heart attack
    or stroke, or died", "No patients experienced a stroke" report the study's endpoint, whose rate
    measures the benefit, not a harm of the option. Kept where the sentence ties the event to a
    cause (a verb of causing before it; "caused by", "that the drug caused", "linked to" after it:
    ``harms_endpoint_tied``), names a side effect or adverse event, or tells of the event raised
    ("more strokes", "a higher risk of death", ``_endpoint_raised_by_option``).

    Prevents a prevention trial's endpoint counting as harms disclosed (CONSORT 2010: the primary
    outcome, item 6a, is reported apart from harms, item 19; HealthNewsReview.org criterion 3: the
    harms of the intervention; disease_burden, the dev audit's most common harms error, round 27)."""
    iv = c.interventions
    if not iv.prevents:
        return False
    after = re.split(r"[;:()\u2014]|,\s(?!or\b|and\b)", c.rest_of_sentence)[0]
    event = c.tokens.words[c.start:c.end] + re.findall(r"[a-z'-]+", after.lower())[:_HARMS_ENDPOINT_REACH]
    if not iv.names_prevented(event):
        return False
    before = c.text[c.sentence_start:c.match_start]
    sentence = c.text[c.sentence_start:c.sentence_end]
    return not (_HARM_HEAD.search(sentence) or _HARMS_OF_TREATMENT.search(before) or _harm_tie_caused(before)
                or _HARMS_ENDPOINT_TIED.search(c.rest_of_sentence) or _endpoint_raised_by_option(c))


# A finite verb of raising with a subject of its own ("certain compounds can increase the risk"):
# "increased", often an adjective ("an increased risk"), is read as the arms' comparison instead.
_HARMS_RAISING_VERB = re.compile(r"(?i)(?:increase|increases|raise|raises|double|doubles|triple|triples)")
# Words between a subject and its verb of raising: "compounds [can substantially] increase".
_HARMS_RAISE_AUX = frozenset({"can", "could", "may", "might", "will", "would", "also", "further", "substantially",
                              "significantly", "greatly", "dramatically", "does", "do", "did", "to"})


def _endpoint_raised_by_option(c: Context) -> bool:
    """The sentence tells of the prevented endpoint raised (``harms_endpoint_raised``: "more
    strokes", "a higher risk of death", "it also increases the risk of bleeding"), unless the only
    raising is a verb before the harm whose subject names another agent, not the page's option, a
    pronoun or treatment word that may stand for it, or its taking ("certain compounds can increase
    the risk of cancer", "atrial fibrillation increases the risk of stroke"): a risk factor for
    the endpoint the option prevents is the disease's burden, not the option raising it."""
    sentence = c.text[c.sentence_start:c.sentence_end]
    for m in _HARMS_ENDPOINT_RAISED.finditer(sentence):
        at = c.sentence_start + m.start()
        if not (_HARMS_RAISING_VERB.fullmatch(m.group()) and at < c.match_start and _raised_by_another(c, at)):
            return True
    return False


def _raised_by_another(c: Context, at: int) -> bool:
    """The verb of raising at character ``at`` has a subject naming no option, no pronoun or
    treatment word that may stand for one, and no taking of one; see ``_endpoint_raised_by_option``."""
    if c.interventions.named(c.first, bisect_left(c.tokens.starts, at)):
        return False
    clause = re.findall(r"[a-z']+", re.split(r"[,;:.!?()\u2014]", c.text[c.sentence_start:at])[-1].lower())
    clause = [w for w in clause if w not in _HARMS_RAISE_AUX]
    links = [i for i, w in enumerate(clause) if w in ("that", "which", "who")]
    if links and links[-1] < len(clause) - 1:
        clause = clause[links[-1] + 1:]  # "showing that [certain compounds] can increase"
    subject = clause[-_CAUSE_SUBJECT_REACH:]
    text = " ".join(subject)
    return bool(subject) and not (set(subject) & (_CAUSER_REFERENCES | _TREATMENT_OWNERS) or _harms_treatment_in(text)
                                  or _INTAKE.search(text) or any(w.endswith("therapy") for w in subject))


def harms_not_a_prevented_endpoint(c: Context) -> bool:
    """A quantified harm counts unless it is the rate of an outcome the page's option is said to
    prevent or reduce (``_harms_prevented_endpoint``): "10 percent of the participants suffered a
    heart attack or stroke" on a page whose option cuts the risk of heart attack and stroke.
    Since round 33 nor where the harm word it quantifies, read alone, names what is not the
    option's (``_quantified_harm_not_this_treatments``)."""
    return not (_harms_prevented_endpoint(c) or _quantified_harm_not_this_treatments(c))


# The harm word inside a quantified harm's match: "[complications] of pregnancy, with 10 percent".
_HARMS_QUANTIFIED_WORD = re.compile(r"(?i)\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|complications?)\b")


def _quantified_harm_not_this_treatments(c: Context) -> bool:
    """The harm word a quantified harm holds ("PPD is one of the most common [complications] of
    pregnancy, with between 10 and 20 percent of mothers experiencing it") is read as the harm word
    alone is (``_harms_not_this_treatments``): a figure quantifies the harm its phrase names, so
    where that harm is the disease's or another option's, so is its rate (HealthNewsReview.org
    criterion 3: the harms of the intervention, quantified). Without it the longer match counted
    the disease's burden that the harm word's own finding had set aside (round 33)."""
    found = _HARMS_QUANTIFIED_WORD.search(c.text, c.match_start, c.match_end)
    if not found:
        return False
    starts, ends = c.tokens.starts, c.tokens.ends
    first = bisect_left(ends, found.start() + 1, c.start, c.end)
    stop = bisect_left(starts, found.end(), first, c.end)
    if first >= stop:
        return False
    word = Context(c.text, c.tokens, range(c.first, c.last), c.sentence_start, c.sentence_end, first, stop,
                   found.start(), found.end(), c._interventions, sentence_index=c.sentence_index)
    return _harms_not_this_treatments(word)


def _condition_caused_by_no_option(c: Context, before: str) -> bool:
    """The page's target condition after a verb of causing whose subject names no option, no
    treatment word and no pronoun that may stand for one ("Blasts can cause brain injuries" on a
    page about a blood test for brain injuries; round 25, read from ``Interventions.options`` and
    ``conditions``): the sentence tells what causes the disease, not a harm of the option. A verb
    of inducing, a passive "caused by" and any option named before the harm in the sentence keep
    the harm the option's ("the drug can cause withdrawal", "stopping it led to withdrawal").

    Prevents the disease's causes counting as harms disclosed (HealthNewsReview.org criterion 3:
    the harms of the intervention; the disease's burden is not one: disease_burden)."""
    if _HARMS_INDUCED.search(before) or c.interventions.named(c.first, c.start):
        return False
    causes = [m for m in _HARM_TIE.finditer(before) if _CAUSAL_VERB.fullmatch(m.group())]
    if not causes or before[causes[-1].end():].lstrip().lower().startswith("by "):
        return False
    subject = re.findall(r"[a-z']+", re.split(r"[,;:.!?()\u2014]", before[:causes[-1].start()])[-1].lower())
    subject = subject[-_CAUSE_SUBJECT_REACH:]
    text = " ".join(subject)
    return bool(subject) and not (set(subject) & (_CAUSER_REFERENCES | _TREATMENT_OWNERS) or _harms_treatment_in(text)
                                  or _INTAKE.search(text) or any(w.endswith("therapy") for w in subject))


# A verb of inducing before the harm ("it can induce a feeling of withdrawal"), and a passive
# agent after it ("neutropenia caused by the treatment"): the harm is caused, not the condition's.
_HARMS_INDUCED = re.compile(r"(?i)\b(?:induc|trigger|provok|precipitat)\w*")
_HARMS_CAUSED_AFTER = re.compile(r"(?i)[\s,]*(?:[\w-]+\s+){0,2}?(?:caused|induced|triggered|brought on|provoked) by\b")


def _harm_tie_caused(before: str) -> bool:
    """A verb of causing or inducing before the harm whose subject is no condition: "the drug can
    cause withdrawal", "stopping it suddenly led to withdrawal", "it can induce a feeling of
    withdrawal".

    A condition the option is said to cause stays a harm of the option (HealthNewsReview.org
    criterion 3), where ``_harms_of_target_condition`` would otherwise read the page's condition as
    the disease's burden; "GERD can cause complications" (a condition as the causer) stays burden."""
    return bool(_HARMS_INDUCED.search(before)) or any(
        _CAUSAL_VERB.fullmatch(m.group()) and not _cause_is_condition(before, m) for m in _HARM_TIE.finditer(before))


_HARMS_CLASSIFYING_COPULA = pattern("harms_classifying_copula")


def _harms_condition_classified(c: Context) -> bool:
    """The harm word is the complement of a copula that classes its subject as a complication or
    side effect of something ("postpartum depression is the most common complication of
    childbirth", "Depression after stroke is a common enough complication", "Early menopause is
    often a side effect for women treated with chemotherapy"): the sentence names a condition, which
    the page's option treats or prevents, by what it follows. Where the page's intervention or a
    reference to it ("the drug") stands in the sentence the harm stays the option's ("Stomach upset
    was the biggest side effect with Victoza"), as where it is said of people studied ("a key side
    effect in participants") or the subject is a pronoun ("which is a known side effect").

    Prevents the page's condition counting as harms disclosed (HealthNewsReview.org criterion 3:
    the harms of the intervention; a predicate nominal classifies its subject, Quirk et al. 1985;
    disease_burden, the dev audit's most common harms error, round 13b)."""
    before = c.text[c.sentence_start:c.match_start]
    m = _HARMS_CLASSIFYING_COPULA.search(before)
    if not m:
        return False
    subject = re.findall(r"[a-z\x27]+", re.split(r"[,;:()\u2014]", before[:m.start()].lower())[-1])
    if not subject or subject[0] in {"which", "that", "it", "this", "these", "they", "there", "what", "who"}:
        return False
    if subject[-1] == "there" or not re.match(r"(?i)(?:complications?|side[- ]effects?|adverse effects?)$", c.text[c.match_start:c.match_end]):
        return False  # "there is an increased risk": existential, no subject classed
    if _harms_treatment_in(" ".join(subject)):
        return False
    after = re.split(r"[,;:()\u2014]", c.rest_of_sentence)[0].lower()
    if re.match(r"\s*(?:in|among|with)\b", after):
        return False
    return not _names_own_option(c, c.first, c.last)


# How far before the harm its causing verb may stand, in characters: a list of symptoms between
# ("can lead to chest pain, shortness of breath, fatigue").
_HARMS_CAUSE_REACH = 80


def _harms_caused_by_condition(c: Context) -> bool:
    """The nearest verb of causing before the harm in its sentence ("causes", "can lead to",
    "results in") has the condition as its subject ("the condition, which causes chronic aches and
    pains, sleep disturbances, fatigue", "a devastating childhood disorder that leads to prolonged
    bleeding", "uncontrolled reflux can cause serious complications"), and only the harm's list
    stands between (no treatment word, no clause of its own): the condition's course, whatever
    option the sentence names elsewhere ("only a few approved medications for the condition, which
    causes ..."). A cause that names a treatment keeps the harm ("chemotherapy for breast cancer can
    cause nausea", ``_cause_is_condition``).

    Prevents the disease's symptoms counting as harms disclosed because a treatment is named in
    another clause of the sentence (HealthNewsReview.org criterion 3: the harms of the
    intervention; disease_burden, the dev audit's most common harms error, round 13b)."""
    before = c.text[c.sentence_start:c.match_start]
    near = max(0, len(before) - _HARMS_CAUSE_REACH)
    causes = [m for m in _HARM_TIE.finditer(before, near) if _CAUSAL_VERB.fullmatch(m.group())]
    if not causes:
        return False
    cause = causes[-1]
    between = before[cause.end():]
    if re.search(r"[;:()]", between) or _harms_treatment_in(between) or _HARM_HEAD.search(between):
        return False
    if not _harms_active_cause(before, cause):
        return False
    if _UNTREATED.search(before[max(0, cause.start() - 80):cause.start()]):
        return True  # "uncontrolled reflux can cause serious complications"
    parts = re.split(r"[,;:()\u2014\u2013]", before[:cause.start()])
    subject = re.findall(r"[a-z]+", parts[-1].lower())
    if subject[:1] in (["which"], ["that"], ["who"]) and len(parts) > 1:
        # "the condition, which causes": the antecedent is the noun phrase just before the comma
        subject = re.findall(r"[a-z]+", parts[-2].lower())[-3:] + subject
    elif len(subject) > 1 and subject[-2:-1] in (["which"], ["that"], ["who"]):
        subject = re.findall(r"[a-z]+", " ".join(parts[-2:]).lower())[-5:]  # "a disorder that leads to"
    text = " ".join(subject)
    if set(subject) & _TREATMENT_OWNERS or _harms_treatment_in(text) or _INTAKE.search(text):
        return False
    # since round 16 also the page's target condition by its name ("GERD can cause complications")
    return _names_condition(subject, _CAUSE_CONDITION_WORDS) or c.interventions.names_condition(subject)


_HARMS_CANCER_SITE = pattern("harms_cancer_site")
_HARMS_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|that)\s", re.IGNORECASE)
_HARMS_SAFER_THAN = pattern("harms_safer_than")
# How far before a relative pronoun the other option's name may end: its antecedent noun phrase.
_HARMS_ANTECEDENT_REACH = 40


def _harms_of_relative_other(c: Context) -> bool:
    """The harm stands in a relative clause whose antecedent is another option, set apart from the
    page's own ("an alternative to oral drugs, which often have severe side effects", "much safer
    than, say, systemic stimulants that also rev up the heart and cause strong side effects"),
    even where the sentence names the page's intervention elsewhere: the relative clause tells of
    its antecedent. The clause itself names no option of the page's (no intervention, no "the
    drug") and has no clause break before the harm.

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; relative clauses modify their antecedent, Quirk et al. 1985; comparator_harm, the
    dev audit's second harms error, round 13b)."""
    before = c.text[c.sentence_start:c.match_start]
    relatives = list(_HARMS_RELATIVE.finditer(before))
    if not relatives:
        return False
    rel = relatives[-1]
    clause = before[rel.end():]
    if re.search(r"[;:()]", clause) or "," in clause.strip(" ,"):
        return False
    antecedent = before[max(0, rel.start() - _HARMS_ANTECEDENT_REACH - 30):rel.start()]
    other = [m for m in list(_HARMS_OTHER_OPTION.finditer(antecedent)) + list(_HARMS_SAFER_THAN.finditer(antecedent))
             if len(antecedent) - m.end() <= _HARMS_ANTECEDENT_REACH]
    if not other:
        return False
    first = next((i for i in range(c.first, c.start) if c.tokens.starts[i] >= c.sentence_start + rel.end()), c.start)
    return not _names_own_option(c, first, c.start)


def _harms_cancer_site(c: Context) -> bool:
    """The word names the organ where a cancer grows, not a harm to it: "bladder cancer patients",
    "deaths from pancreatic, prostate, bladder, kidney or blood cancers". An organ's loss of
    function stays a harm: "a lack of bladder control", "low toxicity on the bladder" (a
    compound's head noun decides its sense: Quirk et al. 1985, noun premodification; a list of
    premodifiers shares the head).

    Prevents a cancer's name counting as harms disclosed (HealthNewsReview.org criterion 3: the
    harms of the intervention; the dev audit's disease_burden and literal_sense errors)."""
    if c.tokens.words[c.end - 1] in {"of", "for", "from", "to"}:  # "the risk of cancer" names the harm
        return False
    return bool(_HARMS_CANCER_SITE.match(c.rest_of_sentence))


_HARMS_RISK_WORDS = words("harms_risk_words")
_HARMS_RISK_READER = pattern("harms_risk_reader")
# The harm as the of-complement of a noun of probability (round 20): "the likelihood of serious
# complications", "the odds of death", "the chance of infection" (two modifiers at most between).
_HARMS_RISK_HEAD = pattern("harms_risk_head")
# How far back from the risk word a reading verb may stand, in characters (seven words or so).
_HARMS_READER_REACH = 90


def _harms_risk_read(c: Context) -> bool:
    """A risk that a test or a marker reads is the person's risk of a disease, not a harm: "to
    test for an increased risk of Alzheimer's", "a low omega-3 index indicates a heightened risk of
    heart disease", "imaging that alerts patients to an increased risk of heart attack", "two
    substances that may indicate an increased risk"; since round 20 also a harm that is the
    of-complement of such a noun of probability ("a measure of blood glucose that predicts the
    likelihood of serious complications": what is predicted is the person's risk, the harm only
    its content). The reading verb stands in the present or the
    infinitive ("indicated", "revealed" report a study's finding, which may be a harm), and the
    risk names no treatment after it ("a boxed warning alerting doctors to an increased risk of
    death associated with the use of these drugs" is the drug's harm).

    Prevents a test's or a biomarker's target condition counting as harms disclosed
    (HealthNewsReview.org criterion 3 asks a test story for the test's own harms, false positives
    and overdiagnosis, not the disease risk the test estimates; the QUADAS-2 "target condition",
    Whiting et al. 2011; disease_burden, the dev audit's most common harms error)."""
    if not set(c.tokens.words[c.start:c.end]) & _HARMS_RISK_WORDS and not _HARMS_RISK_HEAD.search(
            c.text, max(c.sentence_start, c.match_start - 40), c.match_start):
        return False
    before = c.text_before(_HARMS_READER_REACH)
    if not _HARMS_RISK_READER.search(before):
        return False
    after = c.rest_of_sentence
    return not _harms_treatment_in(re.split(r"[,;:]", after)[0])


_HARMS_RISK_MEASURE_BEFORE = pattern("harms_risk_measure_before")


def _harms_risk_measure(c: Context) -> bool:
    """A bare "risk(s)" named as an epidemiological measure, a person's or a group's chance of the
    disease over a horizon or against a baseline: "10-year risks were three times higher among
    women never screened", "the corresponding risks would be 1.4 and 5.8 percent", "the excess
    risks of people with low levels", "a woman's lifetime risk", and since round 33 "knowledge
    about relative risks", "information on comparative risks" (not_disclosure, news_reviews_00441).
    Absolute, relative, baseline, lifetime, excess and N-year risk are the terms of risk communication for the probability of an outcome
    in a population (Gigerenzer et al. 2007, "Helping doctors and patients make sense of health
    statistics"; Rothman, Modern Epidemiology, ch. 3); a bare risk so measured names no harm of
    the option, only how likely the condition is. The risk keeps counting where an owner after it
    is the option or a treatment ("the excess risks with the drug", "the absolute risks of
    surgery"); "the risk of bleeding" (a match ending "of") names its harm and is not read here.

    Prevents a disease's risk statistics counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; disease_burden, the dev audit's most common harms
    error, round 26: news_reviews_00498, story_reviews_00557, story_reviews_01474)."""
    if c.tokens.words[c.end - 1] not in _HARMS_RISK_WORDS:
        return False  # "risk of" names what is risked; only the bare noun is a measure alone
    if not _HARMS_RISK_MEASURE_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 40), c.match_start):
        return False
    after = c.rest_of_sentence
    link = _HARMS_GENERIC_OWNER_LINK.match(after)
    if not link:
        return True
    owner = re.split(r"[,;:()\u2014\u2013]", after[link.end():])[0]
    owner_words = re.findall(r"[a-z]+", owner.lower())[:_HARMS_GENERIC_OWNER_REACH]
    return not (owner_words and _harms_owner_is_the_option(c, owner_words, len(owner_words) + 2, _HARMS_BARE_OWNERS))


_HARMS_TOLL_WORDS = words("harms_toll_words")
_HARMS_TOLL_BEFORE = pattern("harms_toll_before")
_HARMS_TOLL_AFTER = pattern("harms_toll_after")


def _harms_death_toll(c: Context) -> bool:
    """Deaths named as a population's toll: the noun of "cause(s) of death" ("the number one cause
    of death", "Causes of Death 2017"), deaths counted per year ("causes 480,000 premature deaths
    each year", "some 100,000 deaths a year worldwide") or shared out among causes ("causes most
    skin cancer deaths"). A toll is the burden of a disease or an exposure, which a treatment is
    offered to lower; a treatment's own deaths are told of the people who took it ("can cause death
    to an unborn baby", "a higher risk of death with the procedure").

    Prevents mortality statistics of the condition counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; cause-of-death statistics, WHO ICD-10 volume 2, are
    a population's burden of disease; disease_burden, the dev audit's most common harms error)."""
    if c.tokens.words[c.end - 1] not in _HARMS_TOLL_WORDS:
        return False
    return cue_before_or_after(c, _HARMS_TOLL_BEFORE, 60, _HARMS_TOLL_AFTER)


_HARMS_BURDEN_WORDS = words("harms_burden_words")
_HARMS_BURDEN_LINKS = words("harms_burden_links")
_HARMS_BURDEN_ONSET = words("harms_burden_onset")
# A risk factor measured in the body or a life ("insulin levels", "family history") bears a risk as a
# condition does: its raised risk is the burden the page's option may lower, not the option's harm.
_HARMS_RISK_FACTOR_WORDS = words("harms_risk_factor_words")
_HARMS_CONDITION_WORDS = _CAUSE_CONDITION_WORDS | _INHERENT_RISK_FACTORS | _HARMS_RISK_FACTOR_WORDS


def _harms_burden_of_condition(c: Context) -> bool:
    """A word that names a disease's burden as often as a treatment's harm ("risks",
    "complications", "increased risk of") whose sentence names no option (no drug, product,
    treatment word, giving or the page's intervention) and whose own clause makes a condition or
    risk factor its cause or bearer ("Chronic kidney disease increases risks of cardiovascular
    complications", "diabetes and related complications", "a gene variant, which is associated with
    increased risk"), or whose owner is a disease's onset ("the risk of developing dementia").
    A sentence that names neither keeps the harm: on a page about a treatment its topic carries
    whose harm it is ("There are substantial risks", "Severe complications are rare").

    Prevents the disease's burden counting as harms disclosed (HealthNewsReview.org criterion 3:
    the harms of the intervention; PICO, Nye et al. 2018: the P's condition is not the I's
    outcome; disease_burden, the dev audit's most common harms error)."""
    words_ = c.tokens.words
    head = words_[c.end - 2] if words_[c.end - 1] == "of" and c.end - 2 >= c.start else words_[c.end - 1]
    if head not in _HARMS_BURDEN_WORDS:
        return False
    before = c.text[c.sentence_start:c.match_start]
    after = c.rest_of_sentence
    if _harms_risk_borne(c, before, after):
        return True
    iv = c.interventions
    if (iv and iv.named(c.first, c.last)) or _harms_treatment_in(before) or _harms_treatment_in(after):
        return _harms_risk_factor_raises(c, before, after)
    return (_names_condition(_harms_clause_before(before), _HARMS_CONDITION_WORDS)
            or bool(set(_harms_burden_owner(c)[:1]) & _HARMS_BURDEN_ONSET))


def _harms_risk_factor_raises(c: Context, before: str, after: str) -> bool:
    """A raised risk whose own clause makes a condition or a risk factor what raises it or who
    bears it ("low hormone levels are thought to increase a man's risk of depression", "a family
    history, which may increase a man's risk of developing prostate cancer", "risk factors such as
    diabetes or smoking that put them at a greater risk of a heart attack"), read in that clause
    alone: a treatment named elsewhere in the sentence ("..., and his PSA screening history") is
    not the risk's cause. The clause, with the risk's owner after it, names no treatment, giving or
    the page's intervention, and a word of raising stands in it ("increase", "higher", "greater"):
    "statins raise the risk of diabetes" stays a harm.

    Prevents a risk factor's harm counting as harms disclosed where the page's option is named
    elsewhere in the sentence (epidemiology's risk factor, a cause of the disease the option is
    offered against; HealthNewsReview.org criterion 3: the harms of the intervention;
    disease_burden, the dev audit's most common harms error, round 13b)."""
    words_ = c.tokens.words
    if not set(words_[c.start:c.end]) & _HARMS_RISK_WORDS:
        return False
    tokens = _harms_untreated_clause(c, before, after)
    if tokens is None:
        return False
    if not (set(tokens) | set(words_[c.start:c.end])) & _RAISED:
        return False
    return _names_condition(tokens, _HARMS_CONDITION_WORDS)


_HARMS_RISK_BEARER = pattern("harms_risk_bearer")
_HARMS_BEARERS = words("harms_bearers")


def _harms_risk_borne(c: Context, before: str, after: str) -> bool:
    """A raised risk that people or a condition "have" or "face" ("shift workers with little sleep
    face an increased risk of accidents", "people aged 50 to 59, who have increased risk of heart
    disease", "the patients with the highest scores had a tenfold higher risk of metastases",
    "advanced tumours that have high risks of recurrence") is their risk level, as "at high risk
    of" is: it tells who bears the risk, not that something the page offers causes it. Read in the
    risk's own clause (a relative clause with its antecedent's), which with the risk's owner names
    no treatment, giving or the page's intervention: "patients on the drug had a higher risk of
    bleeding", "women who took hormones faced an increased risk of clots" stay harms.

    Prevents a population's or a condition's risk counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; epidemiology's absolute risk of a group, as the
    ``at_risk`` reading; disease_burden, the dev audit's most common harms error, round 13b)."""
    words_ = c.tokens.words
    if not set(words_[c.start:c.end]) & _HARMS_RISK_WORDS:
        return False
    lead = before + c.text[c.match_start:c.match_end]
    if not _HARMS_RISK_BEARER.search(lead):
        return False
    tokens = _harms_untreated_clause(c, before, after)
    if tokens is None:
        return False
    return bool(set(tokens) & _HARMS_BEARERS) or _names_condition(tokens, _HARMS_CONDITION_WORDS)


def _harms_untreated_clause(c: Context, before: str, after: str) -> list[str] | None:
    """The lowered words of the risk's own clause, or None where that clause or the risk's owner
    after it ("the risk of bleeding with the drug") names a treatment, a giving or the page's
    intervention: then the risk may be the option's harm, and the two risk-factor readings above
    stay out."""
    start = _harms_clause_start(before)
    owner = re.split(r"[,;:()\u2014\u2013]|--", after)[0]
    first = next((i for i in range(c.first, c.start) if c.tokens.starts[i] >= c.sentence_start + start), c.start)
    stop = next((i for i in range(c.end, c.last) if c.tokens.starts[i] >= c.match_end + len(owner)), c.last)
    lacking = _harms_deficient_options(c, first, stop)
    clause = _harms_as_deficiency(c, before[start:], c.sentence_start + start, lacking)
    owner = _harms_as_deficiency(c, owner, c.match_end, lacking)
    if _harms_treatment_in(clause) or _harms_treatment_in(owner):
        return None
    iv = c.interventions
    sorting = _harms_sorting_options(c, first, stop)
    if iv and any(i not in lacking and i not in sorting for i, _ in iv.named(first, stop)):
        return None
    return re.findall(r"[a-z]+", clause.lower())


# What makes an option the instrument that sorts people by risk: "the patients with the highest
# risk based on Decipher", "high risk according to the test" (round 33).
_HARMS_SORTED_BY = re.compile(r"(?i)\b(?:based on|according to|as (?:measured|assessed|estimated|predicted) by)\s+(?:the\s+|a\s+|its\s+)?$")


def _harms_sorting_options(c: Context, first: int, stop: int) -> set[int]:
    """The tokens in ``first:stop`` that name an option as the instrument by which people are sorted
    into risk groups ("the 19% of the patients with the highest risk based on Decipher had a
    10-fold higher risk of metastases"): a prognostic test's classification, whose groups bear the
    risk of the disease (risk stratification, REMARK, McShane et al. 2005: a marker's prognostic
    value is the outcome risk of the groups it defines). The test is not given to cause the risk,
    so the group's risk stays the group's (``_harms_risk_borne``)."""
    iv = c.interventions
    found: set[int] = set()
    for i, _ in iv.named(first, stop) if iv else ():
        lead = c.text[max(c.sentence_start, c.tokens.starts[i] - 30):c.tokens.starts[i]]
        if _HARMS_SORTED_BY.search(lead) or (i - 1 in found and iv.options.get(i - 1) == iv.options[i]):
            found.add(i)
    return found


_HARMS_DEFICIENCY_BEFORE = pattern("harms_deficiency_before")
_HARMS_DEFICIENCY_AFTER = pattern("harms_deficiency_after")
# How far around an option's name its deficiency word is read, in characters.
_HARMS_DEFICIENCY_REACH = 40


def _harms_deficient_options(c: Context, first: int, stop: int) -> set[int]:
    """The tokens in ``first:stop`` that name an option as lacking: "conditions in which the body
    makes too little insulin", "people with less [omega-3 fatty acids]", "the risk of low
    testosterone", "vitamin D deficiency". A deficiency is a condition, not a treatment given: ICD-10
    names deficiency states as diseases (E50-E64 nutritional deficiencies; E29.1 testicular
    hypofunction), and the label of a replacement therapy names the deficiency as its indication
    ("for conditions associated with a deficiency or absence of endogenous testosterone", the US
    label of AndroGel). Not a dose ("low-dose aspirin", "lower the dose of aspirin")."""
    iv = c.interventions
    if not iv:
        return set()
    starts, ends = c.tokens.starts, c.tokens.ends
    lacking: set[int] = set()
    named = iv.named(first, stop)
    for n, (i, key) in enumerate(named):
        if n and named[n - 1] == (i - 1, key):
            continue  # the run's first token decides: "omega 3"
        run = [i]
        while n + len(run) < len(named) and named[n + len(run)] == (i + len(run), key):
            run.append(i + len(run))
        lead = c.text[max(c.sentence_start, starts[i] - _HARMS_DEFICIENCY_REACH):starts[i]]
        tail = c.text[ends[run[-1]]:min(c.sentence_end, ends[run[-1]] + _HARMS_DEFICIENCY_REACH)]
        if _HARMS_DEFICIENCY_BEFORE.search(lead) or _HARMS_DEFICIENCY_AFTER.match(tail):
            lacking.update(run)
    return lacking


# How many words after "risk of" the option named as lacking may stand: "the risk of [too] [little] insulin".
_HARMS_DEFICIENCY_WORDS = 3


def _harms_lack_of_the_option(c: Context) -> bool:
    """The risk names a deficiency of the page's own option as what is risked ("steroid medicines
    increase their risk of low testosterone" on a testosterone page, "a higher risk of vitamin D
    deficiency" on a vitamin D page): the condition the option replaces, its indication, not a harm
    it causes (``_harms_deficient_options``; guide.md: the disease or condition's harm is
    disease_burden).

    Prevents the option's indication counting as its harm (HealthNewsReview.org criterion 3: the
    harms of the intervention; disease_burden, the dev audit's most common harms error, round 31)."""
    iv = c.interventions
    if not iv or c.tokens.words[c.end - 1] != "of":
        return False
    stop = c.on_to_break(c.end, ",;:.!?", _HARMS_DEFICIENCY_WORDS)
    return any(iv.is_intervention(iv.options[i]) for i in _harms_deficient_options(c, c.end, stop))


def _harms_as_deficiency(c: Context, text: str, offset: int, lacking: set[int]) -> str:
    """``text`` (which begins at ``offset`` in the page) with each option named as lacking
    (``_harms_deficient_options``) read as "deficiency", a condition word."""
    for i in sorted(lacking, reverse=True):
        a, b = c.tokens.starts[i] - offset, c.tokens.ends[i] - offset
        if 0 <= a and b <= len(text):
            text = text[:a] + "deficiency" + text[b:]
    return text


def _harms_clause_start(before: str) -> int:
    """Where the harm's own clause begins in ``before`` (as ``_harms_clause_before`` reads it)."""
    marks = list(re.finditer(r"[,;:()\u2014\u2013]|--|\bbut\b", before.lower()))
    dashes = [m for m in marks if m.group() in ("\u2014", "\u2013", "--")]
    if len(dashes) >= 2 and marks[-1] is dashes[-1]:
        # "conditions ... — diabetes, prediabetes — are associated with": a pair of dashes sets off a
        # parenthesis inside the clause (Chicago Manual of Style 6.85), which goes on around it
        marks = [m for m in marks if m.end() <= dashes[-2].start()]
    cuts = [m.end() for m in marks]
    if not cuts or _harms_supplementive(before[cuts[-1]:]):
        return 0
    start = cuts[-1]
    relative = re.match(r"\s*(which|that|who)\b", before[start:].lower())
    if relative:
        # "a family history, which may increase": the antecedent's words, at most eight back
        floor = cuts[-2] if len(cuts) > 1 else 0
        antecedent = list(re.finditer(r"[\w\x27-]+", before[floor:start]))[-_HARMS_ANTECEDENT_WORDS:]
        if relative.group(1) == "who":
            antecedent = _personal_antecedent(antecedent)
        start = floor + antecedent[0].start() if antecedent else floor
    return start


# Heads of a personal noun phrase that "who" may take as its antecedent: "those", "patients".
_HARMS_PERSONAL_HEADS = (_HARMS_BEARERS - {"who"}) | {"those"}


def _personal_antecedent(words_: list[re.Match]) -> list[re.Match]:
    """The antecedent of "who" from its last personal head on ("give the drug to [those with severe
    strokes], who have a higher risk of death"): "who" takes a personal antecedent (Quirk et al.
    1985, ch. 6 on relative pronouns), a noun phrase that begins at or before its head, so a verb and its object before
    the head ("give the drug to") are the main clause's, not the bearer's. With no personal head
    in reach all the words stay ("patients on the drug, who had" keeps "on the drug")."""
    heads = [i for i, m in enumerate(words_) if m.group().lower() in _HARMS_PERSONAL_HEADS]
    return words_[heads[-1]:] if heads else words_


# A supplementive clause opens on a participle, after an optional "and" or a linking adverb
# ("..., increasing the risk of", "..., and thereby raising the risk of").
_HARMS_SUPPLEMENTIVE = re.compile(r"\s*(?:(?:and|thus|thereby|therefore|so)\s+)*([a-z]+ing)\b", re.I)
_HARMS_NOT_PARTICIPLES = words("harms_not_participles")


def _harms_supplementive(clause: str) -> bool:
    """Whether ``clause`` is a supplementive -ing clause ("..., making them stiff and increasing
    the risk of heart disease", "..., increasing risks for heart problems"): it has no subject of
    its own, and its implied subject is that of the clause it hangs on (Quirk et al. 1985,
    15.59-15.61), so the harm's cause or bearer is read from the sentence before it, not from the
    participle clause alone. A preposition or list lead ending in -ing ("including", "according",
    "during") opens no such clause.

    Prevents a risk factor's raised risk counting as the option's harm where a comma separates the
    risk from the factor that raises it ("Too much LDL cholesterol ... can thicken artery walls,
    increasing the risk of heart disease"; disease_burden, round 18)."""
    m = _HARMS_SUPPLEMENTIVE.match(clause)
    return bool(m) and m.group(1).lower() not in _HARMS_NOT_PARTICIPLES


# How many words before a relative clause its antecedent may reach: "for people who are 50 to 59
# years old, who have".
_HARMS_ANTECEDENT_WORDS = 8


def _harms_clause_before(before: str) -> list[str]:
    """The words of the harm's own clause before it; a clause opened by a relative pronoun takes
    its antecedent's clause too ("a gene variant, which is associated with")."""
    parts = re.split(r"[,;:()\u2014\u2013]|\bbut\b", before.lower())
    if _harms_supplementive(parts[-1]):
        return re.findall(r"[a-z]+", before.lower())
    clause = re.findall(r"[a-z]+", parts[-1])
    if len(parts) > 1 and clause[:1] in (["which"], ["that"], ["who"]):
        clause = re.findall(r"[a-z]+", parts[-2]) + clause
    return clause


def _harms_burden_owner(c: Context) -> list[str]:
    """The words that give the harm's owner, up to a clause break: after a match ending "of" ("risk
    of developing diabetes") or after a link ("complications of pregnancy", "risks for smokers")."""
    owner = _owner_words(c)
    if c.tokens.words[c.end - 1] == "of":
        return owner
    return owner[1:] if owner[:1] and owner[0] in _HARMS_BURDEN_LINKS else []


_HARMS_OPENING_BACK_REFERENCES = words("harms_opening_back_references")
# How many words into its sentence a back reference must stand to be the sentence's subject.
_HARMS_OPENING_REACH = 4


def _harms_back_to_other_option(c: Context) -> bool:
    """The harm's sentence opens by referring back to options ("Those medications can produce side
    effects", "Such drugs carry a risk of infection") and names no option of its own, while the sentence before
    sets another option apart from the page's ("a safer alternative to bone-loss drugs", "unlike
    older pills") and names neither the page's intervention nor a product by its mark: the harm is
    that other option's. Since round 16 also "these" and "the" before a plural ("However, these
    drugs can lead to", "However, the heavy drugs often come with"), after a sentence that
    describes the condition's usual care ("children are often prescribed a cocktail of
    medications", "most patients are prescribed a class of drugs called", "the first-line
    therapy", ``harms_standard_care``): the usual care is the comparator a new option is set
    against (PICO's C). A singular "the drug" may be the page's own ("Pitocin, the most commonly
    used drug for induction ... The drug can cause contractions") and is left alone.

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; PICO's C, Nye et al. 2018; reference across sentences, Halliday & Hasan 1976;
    comparator_harm, the dev audit's second harms error)."""
    opening = c.tokens.words[c.first:min(c.start, c.first + _HARMS_OPENING_REACH)]
    # a determiner and a treatment noun, one modifier between at most ("the heavy drugs"); "the"
    # only before a plural, a class ("the drugs"), not "the drug", which may be the page's own
    if not any(a in _HARMS_OPENING_BACK_REFERENCES and any(n in _HARMS_TREATMENT_WORDS and (a != "the" or n.endswith("s"))
                                                           for n in (b, d))
               for a, b, d in zip(opening, opening[1:], opening[2:] + [""])):
        return False
    iv = c.interventions
    if iv and iv.named(c.first, c.last):
        return False
    before = _unbranded_sentence_before(c)
    return before is not None and bool(_HARMS_OTHER_OPTION.search(before[1]) or _HARMS_STANDARD_CARE.search(before[1]))


def _unbranded_sentence_before(c: Context) -> tuple[int, str] | None:
    """The sentence before the harm's (its first token and its text), where it names neither the
    page's intervention nor a product by its mark (\u00ae, \u2122); None where there is no such
    sentence. A comparator set out there may be the harm's owner (_harms_back_to_other_option,
    _harms_usual_care_drawback); a sentence naming the page's own option or a brand may not."""
    previous = _previous_sentence_start(c)
    if previous >= c.first:
        return None
    prior = c.text[c.tokens.starts[previous]:c.sentence_start]
    if "\u00ae" in prior or "\u2122" in prior or c.interventions.names_intervention(previous, c.first):
        return None
    return previous, prior


# The standard care of the condition, described in the sentence before (round 16).
_HARMS_STANDARD_CARE = pattern("harms_standard_care")
# Words by which the harm's sentence refers back to the usual care before it (round 20: pronouns
# only, "they", "these"; a determiner's back reference is read with its head noun).
_HARMS_USUAL_CARE_BACK = words("harms_usual_care_back")
_HARMS_USUAL_CARE_DETERMINERS = words("harms_usual_care_determiners")
_HARMS_USUAL_CARE_HEADS = words("harms_usual_care_heads")
_HARMS_USUAL_CARE_PEOPLE = words("harms_usual_care_people")
_HARMS_USUAL_CARE_THAT_AFTER = words("harms_usual_care_that_after")
# A turn against the usual care the sentence before described: the harm's sentence opening "But",
# "However", "Yet" (round 19); a pronoun before the harm's clause may then refer back.
_HARMS_CARE_TURN_OPENING = pattern("harms_care_turn_opening")


def _harms_usual_care_drawback(c: Context) -> bool:
    """The harm is the drawback of the condition's usual care, stated where the page sets that
    care out before its own option: a sentence describes the usual care ("the condition is treated
    with a range of medications", "steroid creams are often prescribed", "the first-line therapy",
    "the standard treatment", "the only drugs approved", ``harms_standard_care``) and the next
    sentence, which names no option of its own, refers back to it (``_refers_back_to_usual_care``:
    "But these don't suit everyone, and some have side effects", "Side effects have limited their
    use", "prompting patients to quit the drugs", "wary of that option because of side effects").
    Neither sentence names the page's intervention, a product by its mark, or an option by a
    singular "the drug", "this treatment", which may be the page's own. Within one sentence ("X is
    commonly used, but it is linked with dementia") the usual care may be the class the page's own
    option belongs to: ``_harms_usual_care_turned`` reads it where no class is named (round 33). A turn alone ("But in the trial, some participants had
    side effects") refers back to nothing and is the page's own trial (round 20, code review).

    The usual care is the comparator a new option is set against (PICO's C; Nye et al. 2018), and
    "existing treatments have drawbacks" is the stock motive a press release gives for the new one;
    its harms are not the new option's (HealthNewsReview.org criterion 3: the harms of the
    intervention; comparator_harm, the dev audit's second harms error, round 19)."""
    iv = c.interventions
    if iv.names_intervention(c.first, c.last) or _harms_singular_own(c, c.first, c.last):
        return False
    sentence = c.text[c.sentence_start:c.sentence_end]
    if "\u00ae" in sentence or "\u2122" in sentence:
        return False
    before = _unbranded_sentence_before(c)
    if before is None or not _HARMS_STANDARD_CARE.search(before[1]) or _harms_singular_own(c, before[0], c.first):
        return False
    return _refers_back_to_usual_care(c)


# Round 33: a turn inside a sentence, after the usual care it states: ", but", "; however", "although".
_HARMS_CARE_TURN_WITHIN = pattern("harms_care_turn_within")


def _harms_usual_care_turned(c: Context) -> bool:
    """Within one sentence, the condition's usual care (``harms_standard_care``: "anticholinergics are
    commonly used off-label for this purpose", "they often recommend taking citrate"), then a turn
    against it ("but", "however", "although"), then the harm: "..., but they are linked with the
    risk of dementia", "..., but some people are unable to tolerate the side effects". The turn
    makes the harm the drawback of the care just stated, the stock motive for a new option
    (``_harms_usual_care_drawback`` reads the same across two sentences). Not where the sentence
    names the page's intervention, refers to an option by a singular "the drug", names a class
    of treatment that may hold the page's own drug ("Statins are commonly prescribed, but ..." on a
    page about one statin: the round-19 reason for leaving one sentence alone), or a product by its
    mark.

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; PICO's C, Nye et al. 2018; adversative conjunction, Halliday & Hasan 1976 5.3;
    comparator_harm, the dev audit's second harms error, round 33)."""
    iv = c.interventions
    if iv.names_intervention(c.first, c.last) or _harms_singular_own(c, c.first, c.last):
        return False
    if any(iv.is_kind(key) for _, key in iv.named(c.first, c.last)):
        return False
    before = c.text[c.sentence_start:c.match_start]
    if "\u00ae" in before or "\u2122" in before:
        return False
    care = _HARMS_STANDARD_CARE.search(before)
    return bool(care and _HARMS_CARE_TURN_WITHIN.search(before, care.end()))


def _refers_back_to_usual_care(c: Context) -> bool:
    """The harm's sentence refers back to options, not to people: a noun phrase headed by an
    option word after a referring determiner, anywhere in the sentence ("the drugs", "these
    medications", "such drugs", "their use", "of that option"; "the" only before a plural, a
    class; "that" only first, after a preposition or after "But", where it is no conjunction), or
    a pronoun in the harm's clause before the harm ("they", "these", "their"; anywhere before it
    after "But", "However") that no person named before it there can be the antecedent of
    ("Participants said they had side effects" refers to the participants). "such" alone is no
    back reference: "side effects such as rashes" introduces examples (Halliday & Hasan 1976 on
    reference; round 20 code review: "such as" and "they" for participants silenced the page's
    own harms). Nor "those" followed by a phrase or clause that describes people ("those in the
    trial", "those who wore the patch", "those taking it"; round 21 code review)."""
    words_ = c.tokens.words[c.first:c.last]
    for i, w in enumerate(words_):
        if w not in _HARMS_USUAL_CARE_DETERMINERS or (w == "that" and i and words_[i - 1] not in _HARMS_USUAL_CARE_THAT_AFTER):
            continue
        if any(n in _HARMS_USUAL_CARE_HEADS and (w != "the" or n.endswith("s")) for n in words_[i + 1:i + 3]):
            return True
    before = c.tokens.words[c.first:c.start]
    # the pronoun stands in the harm's clause, or anywhere before it after a turn ("But these don't
    # work for all patients, and some have side effects")
    turned = _HARMS_CARE_TURN_OPENING.match(c.text[c.sentence_start:c.match_start])
    window = before if turned else _words_back(c, None, ",;:")
    for i, w in enumerate(window):
        if any(p in _HARMS_USUAL_CARE_PEOPLE for p in window[:i + 2]):
            return False
        if w == "those" and window[i + 1:i + 2] and window[i + 1] in _HARMS_THOSE_PEOPLE_FOLLOWERS:
            continue  # "Those in the trial had mild side effects": people, not the options
        if w in _HARMS_USUAL_CARE_BACK:
            return True
    return False


_HARMS_THOSE_PEOPLE_FOLLOWERS = words("harms_those_people_followers")


def _harms_singular_own(c: Context, first: int, stop: int) -> bool:
    """Tokens ``first:stop`` refer to an option with a determiner and a singular noun ("the drug",
    "this treatment", "our device"), which may be the page's own; a plural ("the drugs") refers to
    a class, the usual care."""
    words_ = c.tokens.words[first:stop]
    return any(a in _OWN_OPTION_DETERMINERS and b in _ANAPHORS and not b.endswith("s")
               for a, b in zip(words_, words_[1:]))


# An organisation's or a programme's name around a capitalised harm word: "National Institute on
# Drug Abuse", "Substance Abuse and Mental Health Services Administration", "FDA Adverse Effect
# Reporting System".
_HARMS_NAME_BEFORE = pattern("harms_name_before")
_HARMS_NAME_AFTER = pattern("harms_name_after")


def _harms_in_a_name(c: Context) -> bool:
    """A capitalised harm word inside an organisation's or programme's name names no harm: "the
    National Institute on Drug Abuse", "the FDA Adverse Effect Reporting System"; since round 13b
    also a titled name whose head stands before it and whose initials follow it ("the Common
    Terminology Criteria for Adverse Events (CTCAE)"). A label's "Boxed Warning" or a heading's
    "Side Effects" has no organisation word beside it.

    Prevents institutions' names counting as harms disclosed (the dev audit's literal_sense)."""
    if not c.text[c.match_start:c.match_start + 1].isupper():
        return False
    return bool(_HARMS_NAME_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 60), c.match_start)
                or _HARMS_NAME_AFTER.match(c.text, c.match_end, min(c.sentence_end, c.match_end + 80))
                or (_HARMS_TITLED_HEAD_BEFORE.search(c.text_before(60))
                    and _HARMS_ACRONYM_AFTER.match(c.text[c.match_end:min(c.sentence_end, c.match_end + 60)])))


# A titled name whose head stands before the harm and whose initials follow it (round 13b): "the
# Common Terminology Criteria for Adverse Events (CTCAE)", a grading scale, not a harm.
_HARMS_TITLED_HEAD_BEFORE = pattern("harms_titled_head_before")
_HARMS_ACRONYM_AFTER = pattern("harms_acronym_after")


def _harms_leaflet_report(c: Context) -> bool:
    """A patient leaflet's symptom tied to the medicine as leaflets write it: the sentence opens by
    telling who gets it and the line before names the medicine ("Some blood pressure tablets can
    make you feel dizzy. A few people get a dry cough or swollen ankles"), or the symptom follows
    the procedure the reader has had ("You may feel bloated for a few hours after the test").

    Source: the EU package-leaflet guideline (2009), section 4 "Possible side effects", and NHS
    medicines pages, which name side effects in plain words by how many people get them. Prevents
    a leaflet that discloses harms being sent to review as "harms not disclosed" (round 26)."""
    if _after_the_readers_procedure(c.sentence):
        return True
    previous = _lead_in(c)
    opening = c.text[c.sentence_start:c.match_end]  # "Some people feel sick": the verb may open the match
    return bool(_HARMS_LEAFLET_REPORT.match(opening)) and _harms_treatment_in(previous)


def _harms_listed_under_lead_in(c: Context, before: str) -> bool:
    """The sentence goes on with the harms of the line before: it refers back ("Side effects were
    common. The most common were hot flushes") or the line before is its heading or lead-in, with
    no full stop ("Possible side effects of the drug" above a list, "Side effects include:")."""
    previous = _lead_in(c)
    if not _HARMS_OF_TREATMENT.search(previous):
        return False
    if _HARMS_GOES_ON.search(before):
        return True
    lines = [line.strip() for line in previous.splitlines() if line.strip()]
    lead_in = lines[-1] if lines else ""
    return bool(_HARMS_OF_TREATMENT.search(lead_in)) and not lead_in.endswith((".", "!", "?", ")", '"', "\u201d"))


# People in a study reporting a symptom: "a few participants reported headaches", "62 percent of
# the patients had problems like vomiting" (a report under study, the trial's observation).
_HARMS_STUDY_REPORT = pattern("harms_study_report")
# A verb of causing whose subject is not the condition: "decongestants can raise blood pressure",
# "the steroid causes insomnia"; not "fibromyalgia causes fatigue" (``_cause_is_condition``).
_HARMS_CAN_CAUSE = pattern("harms_can_cause")
# Words by which a sentence goes on with the list of the line before: "the most common", "others".
_HARMS_GOES_ON = pattern("harms_goes_on")


def _harms_active_cause(text: str, m: re.Match) -> bool:
    """A causing verb in the active voice: "the steroid causes insomnia", not "is caused by the
    death of cells" or "were caused by the infections themselves", where the harm word is the cause."""
    if text[m.end():m.end() + 4].lower() == " by ":
        return False
    previous = re.findall(r"[a-z]+", text[max(0, m.start() - 12):m.start()].lower())[-1:]
    return not set(previous) & {"is", "are", "was", "were", "be", "been", "being"}


# What makes a harm the object of a search, not a finding: "to test for side effects", "evaluated
# the safety and tolerability", "You may also report side effects to the maker".
_HARMS_SOUGHT = pattern("harms_sought")


def harms_found_not_sought(c: Context) -> bool:
    """A harm counts where the text tells it was found or can happen, not where it names what a
    study sets out to look for ("a phase one trial tests for side effects", "trials that evaluated
    the safety and tolerability of the products") or what readers are asked to report ("You are
    encouraged to report negative side effects of prescription drugs to the FDA", the MedWatch
    line FDA regulations require on drug advertising, 21 CFR 202.1(e)(3)(iii)).

    Since round 14 also risk as a stratum ("matched for risks", ``_harms_risk_stratum``).
    Since round 13b also a sentence that defines a word ("Cytotoxicity refers to being toxic to
    cells", '"Primary insomnia" means that ...'): a definition explains a term, it finds nothing;
    and the stock weighing of risks and benefits, which names no harm (``_harms_generic_weighing``).

    Prevents a study's aim and a reporting line counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks what the harms are and how often; the dev audit's not_disclosure errors)."""
    lead = c.text_before(60)
    return not (_HARMS_SOUGHT.search(lead) or _harms_measured(c) or _HARMS_DEFINITION.match(c.sentence)
                or _harms_generic_weighing(c) or _harms_risk_stratum(c, lead)
                or _harms_names_none(c))


# Risk as a stratum (round 14): "evident across risks", "cases matched for risks".
_HARMS_RISK_STRATUM = pattern("harms_risk_stratum")


def _harms_risk_stratum(c: Context, lead: str) -> bool:
    """"Risk(s)" as the object of a phrase that sorts or matches people by their risk level ("the
    drug's effect was evident across risks", "cases matched for risks", "adjusted for cardiac
    risks", "regardless of risk"): a stratum of the analysis, as epidemiology's risk groups are, not a
    harm found (STROBE item 12, matching and adjustment; literal_sense and not_disclosure, dev
    audit harms errors, round 14)."""
    return c.tokens.words[c.start] in _HARMS_RISK_WORDS and bool(_HARMS_RISK_STRATUM.search(lead))


# A sentence that defines a word (round 13b): "Cytotoxicity refers to being toxic to cells", '("Primary
# insomnia" means that ...'. A definition explains a term; it tells no harm found.
_HARMS_DEFINITION = pattern("harms_definition")


# A harm named as an outcome a study measures: "investigating the efficacy, tolerability and
# safety of", "Primary outcomes included GU and GI toxicities"; "Safety, tolerability and response
# were assessed every eight weeks", "Major bleeding was the primary safety outcome".
_HARMS_MEASURED_LEAD = pattern("harms_measured_lead")
_HARMS_MEASURED_AFTER = pattern("harms_measured_after")
# A harm as the topic of a study, review or report ("a retrospective analysis of complication rate",
# "in a report on the risks of"), unless the work is still ahead (round 30b).
_HARMS_TOPIC_LEAD = pattern("harms_topic_lead")
_HARMS_TOPIC_PENDING = pattern("harms_topic_pending")
# An outcome on which a study measures the option's effect: "examined the effect of X on death and
# complications" (round 33); read further back, as the option's name may be long.
_HARMS_EFFECT_ON_LEAD = pattern("harms_effect_on_lead")
_HARMS_EFFECT_ON_REACH = 200


def _harms_measured(c: Context) -> bool:
    """The harm is what a study measures, named in its methods: the object of a verb of measuring
    or of an outcome list, reached through other measure nouns ("evaluating the safety, efficacy
    and tolerability of DBS", "Researchers measured toxicity using the CTCAE"), or the subject of a
    passive of measuring or of "was the primary outcome" ("Safety and tolerability were assessed
    every eight weeks", "Major bleeding was the primary safety outcome"), or the outcome on which
    it measures an option's effect ("examined the effect of a screening programme on death and
    complications", round 33). What was found stays a
    disclosure: "Compared with placebo, side effects were more common", "Adverse events were
    mild".

    Prevents a study's methods counting as harms disclosed (CONSORT 2010 items 6a and 17 and the
    CONSORT harms extension, Ioannidis et al. 2004: harms defined as outcomes are not harms
    observed; not_disclosure, the dev audit's third harms error)."""
    lead = c.text_before(80)
    after = c.text[c.match_end:min(c.sentence_end, c.match_end + 80)]
    return bool(_HARMS_MEASURED_LEAD.search(lead) or _HARMS_MEASURED_AFTER.match(after)
                or _HARMS_EFFECT_ON_LEAD.search(c.text_before(_HARMS_EFFECT_ON_REACH))
                or (_HARMS_TOPIC_LEAD.search(lead) and not _HARMS_TOPIC_PENDING.search(c.rest_of_sentence)))


# A harm word that names no harm (round 25): a bare statement that harms exist, a pointer to the label.
_HARMS_EXISTENCE_BEFORE = pattern("harms_existence_before")
_HARMS_EXISTENCE_AFTER = pattern("harms_existence_after")
_HARMS_EXISTENCE_NAMED = pattern("harms_existence_named")
_HARMS_EXISTENCE_TOLD = pattern("harms_existence_told")
_HARMS_EXISTENCE_OWNER_LINK = pattern("harms_existence_owner_link")
# Owners beside the treatment words that name the option: "risks to this procedure", "harms
# associated with treatment".
_HARMS_BARE_OWNERS = words("harms_bare_owners")
_HARMS_BARE_PEOPLE = words("harms_bare_people")
# How many words before the verb of having are read for its subject ("patients who were treated
# with surgery or radiation had"), from the last word that opens its clause ("should recognize
# that CAD comes with": CAD is the subject, not women).
_HARMS_BARE_SUBJECT_REACH = 8
_HARMS_BARE_CLAUSE_OPENERS = words("harms_bare_clause_openers")
_HARMS_BARE_NOUNS = words("harms_bare_nouns")
_HARMS_POINTER_LEAD = pattern("harms_pointer_lead")
_HARMS_POINTER_DOCUMENT = pattern("harms_pointer_document")
_HARMS_POINTER_NAMES = pattern("harms_pointer_names")
# How far back in its sentence the verb of having or the pointer's verb is read, in characters.
_HARMS_NAMES_NONE_REACH = 160


def _harms_names_none(c: Context) -> bool:
    """A harm word that tells the reader no harm: a bare statement that the option has some
    (``_harms_bare_existence``) or a pointer to where its harms are written
    (``_harms_label_pointer``).

    HealthNewsReview.org criterion 3 asks the story to tell "what is known about the harms", and
    notes that all treatments have harms, side effects and complications: saying that this one
    has some, or where to read them, tells none (audit guide, settled conventions of rounds 13
    and 25: not_disclosure). Since round 33 also a content disclaimer that the page does not
    cover them (``_HARMS_DISCLAIMED``: news_reviews_00317)."""
    return (_harms_bare_existence(c) or _harms_label_pointer(c) or _harms_called_a_concern(c)
            or _harms_any_unasserted(c) or bool(_HARMS_DISCLAIMED.search(c.text_before(_HARMS_NAMES_NONE_REACH))))


_HARMS_ANY_QUALIFIERS = frozenset({"possible", "potential", "other"})


def _harms_any_unasserted(c: Context) -> bool:
    """A bare harm noun after "any" in a clause that no negation reaches and that "any" does not
    open: "to record ... any side effects a person experiences", "the agency's aversion to
    accepting any risks", "whether its benefits outweigh any risks". Outside negation, "any" is
    non-assertive or free-choice (Quirk et al. 1985, on assertive and non-assertive forms;
    Huddleston & Pullum 2002, ch. 5, free-choice "any"): it ranges over harms that may or may not
    exist and asserts none, so no harm is told. Under a negation ("did not observe any side
    effects") the denial rules decide; a sentence-initial "Any side effects were mild" describes
    the harms seen, and stays. Prevents a harm named as whatever may come counting as harms
    disclosed (not_disclosure, dev audit harms errors, round 33: story_reviews_00032, 00919)."""
    words_ = c.tokens.words
    if not set(words_[c.start:c.end]) <= _HARMS_BARE_NOUNS:
        return False
    at = c.start - 1
    while at > c.first and words_[at] in _HARMS_ANY_QUALIFIERS:
        at -= 1
    if at <= c.first or words_[at] != "any":
        return False
    before = words_[c.first:at]
    return not any(w in _DENIALS or w.endswith("n't") or w in {"neither", "nobody", "nothing", "hardly"} for w in before)


# A bare harm noun whose whole sentence calls it a concern (round 33): "Side effects are a potential concern."
_HARMS_CONCERN_SUBJECT = pattern("harms_concern_subject")
_HARMS_CONCERN_PREDICATE = pattern("harms_concern_predicate")


def _harms_called_a_concern(c: Context) -> bool:
    """A bare harm noun, the subject of its sentence with at most determiners and generic
    qualifiers before it, whose predicate only calls it a concern and ends the sentence ("Side
    effects are a potential concern.", "The risks remain a worry."): like "there are risks", it
    says that harms exist or matter and tells none (audit guide, settled convention of round 25 on
    bare statements of harms: not_disclosure; dev audit harms errors, round 33: story_reviews_00112).
    A sentence that goes on ("a concern, chiefly bleeding", "a concern for older women") keeps it."""
    if not set(c.tokens.words[c.start:c.end]) <= _HARMS_BARE_NOUNS:
        return False
    return bool(_HARMS_CONCERN_SUBJECT.match(c.text[c.sentence_start:c.match_start])
                and _HARMS_CONCERN_PREDICATE.match(c.rest_of_sentence))


# A content disclaimer that says the page does not cover the harms (round 33): "All content ... is
# not intended to cover all possible uses, directions, precautions, drug interactions, or adverse
# effects", the stock disclaimer of drug-information publishers (Cerner Multum's, on drug pages and
# society newsrooms): it tells the reader where the harms are not, and names none.
_HARMS_DISCLAIMED = pattern("harms_disclaimed")


def _harms_bare_existence(c: Context) -> bool:
    """A bare harm noun as the object of a verb of having or of the existential "there is/are",
    with only determiners and qualifiers that neither size nor name it between, ending its clause
    and named nowhere later in its sentence: "tamoxifen has risks", "all of which carry inherent
    risks", "comes with some potential risks", "there are possible complications with all
    surgical procedures", "there are some harms associated with treatment" (an owner that is the
    option, ``_harms_bare_owner``). It keeps counting where the sentence names the harm ("has
    risks of bleeding", "has side effects, including nausea", "has side effects: ...") or goes on
    about it ("there are risks, and they are greater in younger women", "there are side effects,
    but they are manageable"), tells its severity or frequency ("some serious side effects", "rare
    risks": no such qualifier is allowed between), or that it is unknown ("there are unknown
    risks": HealthNewsReview credits a story that says some harms are not yet known), and where
    people are the subject of the verb ("volunteers who took the capsules had complications": a
    harm result of the people studied, as the guide's reported absence of harm is one).

    Prevents a statement that harms exist counting as harms disclosed (HealthNewsReview.org
    criterion 3; DISCERN item 11 asks what the risks are; audit guide, settled convention of round
    25: a bare statement that an option has risks is not_disclosure, as the weighing formula of
    round 13 is)."""
    found = c.tokens.words[c.start:c.end]
    if found[-1] == "of" or not set(found) <= _HARMS_BARE_NOUNS:
        return False  # "has risks of bleeding", "has some serious side effects", "19% had diarrhea"
    lead = c.text_before(_HARMS_NAMES_NONE_REACH)
    verb = _HARMS_EXISTENCE_BEFORE.search(lead)
    if not verb:
        return False
    subject = re.findall(r"[a-z]+", lead[:verb.start()].lower())[-_HARMS_BARE_SUBJECT_REACH:]
    opens = [i for i, w in enumerate(subject) if w in _HARMS_BARE_CLAUSE_OPENERS]
    if set(subject[opens[-1] + 1:] if opens else subject) & _HARMS_BARE_PEOPLE:
        return False  # "volunteers who took the capsules had complications": what the people studied had
    after = _harms_bare_owner(c, c.rest_of_sentence)
    return bool(after is not None and _HARMS_EXISTENCE_AFTER.match(after)
                and not _HARMS_EXISTENCE_TOLD.search(after) and not _HARMS_EXISTENCE_NAMED.search(after))


def _harms_bare_owner(c: Context, after: str) -> str | None:
    """The rest of the sentence after a bare harm noun and its owner, where the owner is the option
    ("some harms associated with treatment", "risks to this procedure", "the risks of it"): an
    owner that names the option names no harm. None where the owner names the harm or where it
    falls ("risks to the heart", "risks from the anaesthetic"); ``after`` itself where no owner
    follows."""
    link = _HARMS_EXISTENCE_OWNER_LINK.match(after)
    if not link:
        return after
    rest = after[link.end():]
    owner = re.split(r"[,;:()\u2014\u2013.!?]|\b(?:and|but|so|though|although)\b", rest)[0]
    owner_words = re.findall(r"[a-z]+", owner.lower())[:_HARMS_GENERIC_OWNER_REACH]
    if not owner_words:
        return None
    if not _harms_owner_is_the_option(c, owner_words, len(owner_words) + 2, _HARMS_BARE_OWNERS):
        return None
    return c.text[c.match_end + link.end() + len(owner):c.sentence_end]


def _harms_owner_is_the_option(c: Context, owner_words: list[str], reach: int, owners: frozenset[str]) -> bool:
    """Whether the owner after a harm noun ("of screening", "associated with treatment"), read from
    its first words, is the option: the page's intervention named within ``reach`` words after the
    match, a treatment named, or a word of ``owners`` ("it", "either", "the option")."""
    iv = c.interventions
    named = iv and iv.named(c.end, min(c.last, c.end + reach))
    return bool(named or _harms_treatment_in(" ".join(owner_words)) or set(owner_words) & owners)


def _harms_label_pointer(c: Context) -> bool:
    """A label section named as where to read the harms: "Please see full Prescribing Information,
    including Boxed Warning", "click here for the Medication Guide and Important Safety
    Information", "see the boxed warning for Zelvora". The sentence sends the reader to a document
    (a verb of looking up before the finding, and a label document named in the sentence) and
    tells no harm; it keeps counting where it says what the warning is about ("see the boxed
    warning about suicidal thoughts").

    Prevents the pointer counting as harms disclosed (21 CFR 202.1(e)(1): in drug advertising a
    pointer to the full labeling is the "adequate provision" for it, not a statement of the risks;
    HealthNewsReview.org criterion 3; audit guide, settled convention of round 25)."""
    found = c.text[c.match_start:c.match_end]
    if not (_HARMS_POINTER_DOCUMENT.search(found) or found.lower() in {"warning", "warnings"}):
        return False  # only the section itself: "see the boxed warning about suicidal thoughts" names them
    lead = c.text_before(_HARMS_NAMES_NONE_REACH)
    pointer = _HARMS_POINTER_LEAD.search(lead)
    if not pointer or not _HARMS_POINTER_DOCUMENT.search(lead[pointer.start():] + found):
        return False
    return not _HARMS_POINTER_NAMES.match(c.rest_of_sentence)


_HARMS_GENERIC_NOUNS = words("harms_generic_nouns")
_HARMS_GENERIC_OWNERS = words("harms_generic_owners")
_HARMS_PAIRED_BEFORE = pattern("harms_paired_before")
_HARMS_PAIRED_AFTER = pattern("harms_paired_after")
_HARMS_WEIGHED_BEFORE = pattern("harms_weighed_before")
_HARMS_WEIGHED_AFTER = pattern("harms_weighed_after")
_HARMS_GENERIC_OWNER_LINK = pattern("harms_generic_owner_link")
_HARMS_GENERIC_NAMED_AFTER = pattern("harms_generic_named_after")
_HARMS_GENERIC_LIST = pattern("harms_generic_list")
# "the risk of" before a bare harm noun: "outweigh the risk of side effects" weighs it as "the risks" (round 30b).
_HARMS_RISK_OF_BARE = pattern("harms_risk_of_bare")
# How far after the formula a list of the harms may begin ("the harms of screening, such as"), in
# characters, and how many words of the owner after "of" are read ("the risks of taking aspirin").
_HARMS_GENERIC_LIST_REACH = 60
_HARMS_GENERIC_OWNER_REACH = 4


def _harms_generic_weighing(c: Context) -> bool:
    """A bare harm noun ("risks", "harms", "downsides") in the stock formula that pairs it with
    benefits or weighs the two ("doctors and patients should weigh the risks and benefits", "the
    benefits outweigh the risks", "the balance of benefits and harms", "more research on the
    benefits and risks of screening", "weigh the harms of testing", and since round 30b "the
    benefit justifies the potential risks", "the benefits of screening offset the risks", "the
    risks may be outweighed by their benefits", "the risks may not be worth it", "the possible
    harms as well as the possible benefits") names no harm: it says only
    that the option, like any, has some. The phrase keeps counting once it names the harm or where
    it falls: a harm after "of" that is not the option ("outweigh the small risk of a torn
    tendon", "the risks of bleeding outweigh the benefits"), "to" or "pertaining to" ("its risks to
    the heart"), a list ("the harms of screening, such as overdiagnosis"), or a harm word between
    the weighing verb and the noun ("weigh the cardiac risks": only determiners and generic
    qualifiers may stand there). A pairing shares its owner with the benefits ("the benefits and
    risks of the cream"): the owner is the option.

    Prevents the formula counting as harms disclosed (HealthNewsReview.org criterion 3 asks the
    story to explain the harms, and its reviewers did not accept "benefits outweigh the risks" as
    an explanation; DISCERN item 11 asks what the risks are; audit guide, settled convention of
    round 13: a generic "risks and benefits" with no harm named is not_disclosure). Since round
    30b a bare harm noun ("side effects", "complications") after "the risk of" is weighed as the
    risk is ("the predicted benefits outweigh the risk of side effects")."""
    words_ = c.tokens.words
    ends_of = words_[c.end - 1] == "of" and c.end - 2 >= c.start
    before = c.text[c.sentence_start:c.match_start]
    risk_of = _HARMS_RISK_OF_BARE.search(before) if set(words_[c.start:c.end]) <= _HARMS_BARE_NOUNS else None
    if risk_of:  # "the benefits outweigh the risk of side effects": the formula's noun is "risk"
        before, ends_of = before[:risk_of.start()], False
    elif (words_[c.end - 2] if ends_of else words_[c.end - 1]) not in _HARMS_GENERIC_NOUNS:
        return False
    after = c.rest_of_sentence
    if not ends_of and _HARMS_GENERIC_NAMED_AFTER.match(after):
        return False  # "its risks to the heart", "the risks, such as bleeding"
    paired = _HARMS_PAIRED_AFTER.match(after)
    rest = after[paired.end():] if paired else after
    if not (paired or _HARMS_PAIRED_BEFORE.search(before) or _HARMS_WEIGHED_BEFORE.search(before)
            or _HARMS_WEIGHED_AFTER.match(after)):
        return False
    if _HARMS_GENERIC_NAMED_AFTER.match(rest) or _HARMS_GENERIC_LIST.search(rest[:_HARMS_GENERIC_LIST_REACH]):
        return False  # "risks or benefits pertaining to blood clots", "the harms of screening, such as overdiagnosis"
    if paired or _HARMS_PAIRED_BEFORE.search(before):
        return True  # a pairing shares its owner with the benefits: "the benefits and risks of Siliq"
    if not ends_of:
        link = _HARMS_GENERIC_OWNER_LINK.match(after)
        if not link:
            return True  # "the benefits outweigh the risks"
        after = after[link.end():]
    owner = re.split(r"[,;:()\u2014\u2013]", after)[0]
    owner_words = re.findall(r"[a-z]+", owner.lower())[:_HARMS_GENERIC_OWNER_REACH]
    if not owner_words:
        return True
    # the owner names the option ("the harms of screening", "the risks of taking aspirin"): no harm
    # named; any other owner names the harm ("the small risk of a torn tendon")
    return _harms_owner_is_the_option(c, owner_words, len(owner_words) + 1, _HARMS_GENERIC_OWNERS)


# Words that make a harm scant when they stand right before it: "few side effects", "low toxicity".
_HARMS_SCANT = words("harms_scant")
_HARMS_SEVERITY = words("harms_severity")


def _harms_scant(c: Context) -> bool:
    """The harm is said to be scant: "substances with few side effects and low toxicity", "very
    low severe toxicity", "little risk". The word stands right before the harm, or before its
    severity ("low severe toxicity"); "a few side effects" says some, and "low-grade fatigue"
    grades the harm (the grade word follows "low"); "low rates of complications" reads through the
    rate ("a low risk of bleeding" weighs a harm, and stays)."""
    before = c.before(3)
    if before[-1:] and before[-1] in _HARMS_SEVERITY:
        before = before[:-1]
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in {"rate", "rates", "incidence"}:  # "low rates of complications"
        before = before[:-2]
    return bool(before) and before[-1] in _HARMS_SCANT and before[-2:-1] != ["a"]


_HARMS_JOURNAL_NAME = pattern("harms_journal_name")


def _harms_treatment_in(text: str) -> bool:
    """Whether ``text`` names a treatment, its giving, or a harm only a treatment has. A journal's
    name is a name ("the journal Molecular Aspects of Medicine"): its words name no treatment
    (round 33)."""
    if _HARMS_INTAKE.search(text) or _HARMS_OF_TREATMENT.search(text):
        return True
    if "\u00ae" in text or "\u2122" in text:  # a product's mark: "XARELTO® can cause bleeding"
        return True
    if "ournal" in text or "published in" in text:
        text = _HARMS_JOURNAL_NAME.sub(" ", text)
    tokens = re.findall(r"[a-z]+", text.lower())
    return bool(set(tokens) & _HARMS_TREATMENT_WORDS) or any(w.endswith(_HARMS_TREATMENT_ENDINGS) for w in tokens)


RULES = registry(
    harm_not_minimised,
    risk_raised,
    harm_not_denied,
    harm_not_denied_in_its_phrase,
    adverse_effect_of_intervention,
    harm_of_intervention,
    experienced_harm,
    toxic_of_intervention,
    harms_tied_to_treatment,
    harms_plain_symptom,
    harms_found_not_sought,
    harms_disclosed,
    harms_warning_of_harm,
    harms_related_harm,
    harms_not_a_prevented_endpoint,
)
