"""Harms and alternatives (HealthNewsReview.org criteria): whose harm a harm word names (the
intervention's, the disease's own, another option's, one feared or lowered), and whether an "alternative"
names another option for the same patients. Rules that need the page's intervention read it from
``Context.interventions`` (intervention.py).
"""

from __future__ import annotations

import re

from .base import _NEGATIONS, _NUMBER_WORDS, Context, pattern, words, _words_back, registry


_MINIMISERS = words("minimisers")

_FAVOURABLE = words("favourable")


def harm_not_minimised(c: Context) -> bool:
    """Harms named only to say the treatment avoids them ("without the side effects of surgery",
    "fewer complications", "minimal side effects", "prevents swelling") or welcomes them ("a
    welcome side effect") are a selling point, not a disclosure.

    Prevents promotional comparisons counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the intervention itself). "No serious adverse events
    occurred" still counts: it reports what the trial observed.
    """
    return not any(w in _MINIMISERS or w in _FAVOURABLE for w in c.before(3)) and not _harms_scant(c)


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
    if "cause" in window and set(window) & _CAUSE_RANK:  # "the second most common cause of death"
        return False
    if set(c.before(10)) & _INHERENT_RISK_FACTORS:  # "genetic variants that increase the risk of"
        return False
    if any(w in {"not", "no", "never"} or w.endswith("n't") for w in window):  # "does not cause"
        return False
    return any(w in _RAISED for w in window) and not any(w in _LOWERED for w in window) and harm_of_intervention(c)


_NOT_AN_OPTION = words("not_an_option")


def other_option(c: Context) -> bool:
    """A comparison sets the intervention beside an alternative when what follows is another
    treatment ("compared with standard chemotherapy"), not a placebo or a sham ("compared with
    9 percent on placebo") or the weighing of benefits "versus risks".

    Nor when the second term is a group that had none or less of the exposure, or a control group:
    "12% less likely to die compared to those who got less", "compared with mothers who didn't
    take it", "compared to the control group", "compared to national data from the general
    population", "compared with heavy smokers" set exposure groups side by side, not options for
    one patient; nor when the first term is the group that went without ("mothers who skipped the
    supplement ... compared with mothers who took it").

    Nor "versus" inside a hyphenated name ("graft-versus-host disease").

    Prevents placebo-controlled results and cohort comparisons counting as alternatives discussed
    (HealthNewsReview.org criterion 6: existing options a patient could choose).
    """
    if any(w in _NOT_AN_OPTION for w in c.tokens.words[c.end:min(c.last, c.end + 10)]):
        return False
    if c.word(c.end) in _WEIGHED or _in_a_compound(c):  # "cost versus convenience", "graft-versus-host"
        return False
    comparator = _comparator(c)
    return not (_group_by_exposure(comparator) or _went_without(_words_back(c, None, ",;:"))
                or _group_without_option(c, comparator))


# Qualities weighed against each other rather than options: "cost versus convenience".
_WEIGHED = words("weighed_qualities")
# Ways a group goes without the exposure: "mothers who skipped the supplement".
_ABSENCE = words("absence")


def _went_without(lead: list[str]) -> bool:
    """Whether the first term of a comparison is a group that went without the exposure ("men who
    didn't take anticlotting drugs had more recurrences, compared with men who did")."""
    if "who" not in lead:
        return False
    group = lead[lead.index("who") + 1:]
    return any(w in _NEGATIONS or w in _ABSENCE or w.endswith("n't") for w in group[:4])


# How far a comparison's second term may run: "compared to 5.5 months for a control group that
# just received a placebo" names its control group eleven words on.
_COMPARATOR_REACH = 14
# A comparator that is no treatment: a control or comparison group, the general population.
_CONTROL_GROUP = words("control_group")
# A group defined by less of the exposure: "those who got less", "the people with less of the bacterium".
_LESSER = words("lesser_amount")


def _comparator(c: Context) -> list[str]:
    """The words of a comparison's second term: after the cue, up to the end of its clause."""
    out = []
    for i in range(c.end, min(c.last, c.end + _COMPARATOR_REACH)):
        if i > c.end and any(p in c.gap_before(i) for p in ",;:"):
            break
        out.append(c.tokens.words[i])
    return out


def _group_by_exposure(comparator: list[str]) -> bool:
    """Whether a comparison's second term is a group that got none or less of the exposure, or a
    control group ("those who don't", "mothers who skipped it", "those who ate less than 15
    grams", "the control group", "the general population"), not another treatment."""
    if any(w in _CONTROL_GROUP or w in _NEGATIONS or w.endswith("n't") for w in comparator):
        return True
    # "compared to less than two percent of men who had robotic surgery": a figure, not a group
    return any(w in _LESSER for w in comparator[1:])


_PEOPLE = words("alternatives_people")
_GROUP_MEANS = pattern("alternatives_group_means")
_NEGATED_GROUP = pattern("alternatives_negated_group")
_GENERIC_GROUP = words("alternatives_generic_group")
_HEAD_ENDS = words("alternatives_head_ends")


def _group_without_option(c: Context, comparator: list[str]) -> bool:
    """Whether a comparison's second term is a group of people that no treatment defines: an age
    band ("just 4% of those between 40 and 60"), a timing group ("women who were treated later"),
    a setting ("those admitted to a different hospital"), a trial arm named by its role ("the other
    group"), a group that went without ("non-statin users", "unscreened men"). A group defined by
    another treatment stays an option: "those taking warfarin", "infants treated with the laser",
    "31 percent of those on Yervoy", "men who had surgery".

    Prevents cohort, exposure and timing comparisons counting as alternatives discussed
    (HealthNewsReview.org criterion 6 asks for existing options a patient could choose; the dev
    audit's most common alternatives error, "not_option")."""
    head = comparator
    for i, w in enumerate(comparator):
        if w in _HEAD_ENDS:  # "fluorouracil in patients with cancer": the head is the drug
            head = comparator[:i]
            break
    if not set(head) & _PEOPLE:
        return False
    if any(_NEGATED_GROUP.match(w) for w in head):
        return True
    arms = [i for i, w in enumerate(comparator) if i and w in {"group", "groups", "arm", "arms", "cohort"}]
    if any(comparator[i - 1] not in _GENERIC_GROUP for i in arms):
        return False  # "the laparoscopic group", "patients in the self-care group": an arm named by its option
    if set(comparator) & (_TREATMENT_OWNERS | _ANAPHORS) or any(w.endswith("therapy") for w in comparator):
        return False  # "28% of daily pill users", "patients given the older drug"
    iv = c.interventions
    if iv and iv.named(c.end, min(c.last, c.end + len(comparator))):
        return False
    return not _GROUP_MEANS.search(" ".join(comparator))


# What sets a treatment beside the one discussed: "without surgery", "instead of", "or botox",
# "avoid", "versus", "considered surgery but", "couldn't afford", "not getting surgery".
_AS_OPTION = words("as_option")
_OPTION_REACH = 6


def named_as_option(c: Context) -> bool:
    """A treatment's name ("surgery", "chemotherapy", "medications", "diet and exercise") is an
    alternative discussed only where the text sets it beside the intervention as another
    option: "without the pain or down time of surgery", "she even considered plastic surgery
    but", "instead of antidepressants", "surgery or radiation". Not where it is the intervention
    itself or its setting ("getting bilateral knee replacement surgery", "bleeding during
    surgery", "improve response to chemotherapy").

    Not where it is given together with the intervention ("can be combined with standard
    radiation therapy", "texts plus usual care"), set against a placebo ("antidepressants versus
    placebo pills"), names an exposure ("a small dose of radiation", "the hazards of radiation")
    or the group that went without it in a cohort or a trial ("women who hadn't had the surgery",
    "a third control group ... did not receive cognitive behavioral therapy"), nor where
    ", or" glosses its name ("bariatric, or weight loss, surgery") or "or" joins a wider word for it
    ("after your surgery or procedure"), nor where it is the same treatment again ("a repeat
    surgery").

    Prevents the story's own treatment counting as alternatives discussed (HealthNewsReview.org
    criterion 6: does the story compare the new approach with existing options?).
    """
    if not not_the_intervention(c):
        return False
    words = c.tokens.words
    before = range(max(c.first, c.start - _OPTION_REACH), c.start)
    after = range(c.end, min(c.last, c.end + 3))
    if _given_with_or_as_exposure(c) or any(words[i] in _PLACEBO_LIKE for i in after) or c.word(c.start - 1) in _AGAIN:
        return False
    signals = [words[i] for i in before if _sets_beside(c, i)]
    # after the name only a conjunction or a comparison sets it beside another ("surgery or
    # radiation", "chemotherapy, the standard treatment, versus nothing"): "robotic surgery may
    # offer other benefits", "radiation therapy has not been approved" say more of the same one
    signals += [words[i] for i in after if _sets_beside(c, i) and words[i] not in _OF_THE_SAME]
    lead = words[before.start:c.start]
    arm = "who" in lead or any(w in _CONTROL_GROUP for w in words[c.first:c.start])
    if signals and all(w in _NEGATIONS or w.endswith("n't") for w in signals) and arm:
        return False  # "women who hadn't had the surgery", "a control group ... did not receive it"
    return bool(signals)


# Words after a treatment's name that go on about the same treatment: "other benefits", "not yet".
_OF_THE_SAME = words("of_the_same")


def _sets_beside(c: Context, i: int) -> bool:
    """Whether token ``i`` sets a treatment beside another; ", or" glosses a name instead
    ("bariatric, or weight loss, surgery", "intraperitoneal chemotherapy, or Hipec")."""
    w = c.tokens.words[i]
    if w == "or" and ("," in c.gap_before(i) or {c.word(i - 1), c.word(i + 1)} & _GENERIC):
        return False  # "after your surgery or procedure": a wider word for the same thing
    return w in _AS_OPTION or w.endswith("n't")


# Wider words for a treatment, which "or" joins to it rather than to another option.
_GENERIC = words("generic_procedure")
# The same treatment again: "a repeat surgery", "revision surgery".
_AGAIN = words("again")

# "combined with standard radiation", "text messages plus usual care": given together with the
# intervention, not instead of it. "a dose of radiation", "the hazards of radiation": an exposure.
_GIVEN_WITH = pattern("given_with")
# "antidepressants versus placebo pills": the treatment tested against nothing, not an option.
_PLACEBO_LIKE = words("placebo_like")
_EXPOSURE_BEFORE = words("exposure_before")


def _given_with_or_as_exposure(c: Context) -> bool:
    lead = c.text[max(c.sentence_start, c.match_start - 40):c.match_start]
    return bool(_GIVEN_WITH.search(lead)) or any(w in _EXPOSURE_BEFORE for w in c.before(3))


def not_a_quantity(c: Context) -> bool:
    """"Instead of", "rather than" set options side by side, not quantities: "the repair needed
    three incisions instead of one", "three copies of the chromosome instead of two".

    Prevents counts swapped for counts counting as alternatives discussed (HealthNewsReview.org
    criterion 6).
    """
    following = c.word(c.end)
    return not (following[:1].isdigit() or following in _NUMBER_WORDS - {"a", "an"})


# What "alternative" qualifies when it is no treatment: "alternative explanations", "an alternative hypothesis".
_NOT_A_TREATMENT = words("alternative_not_treatment")


def alternative_treatment(c: Context) -> bool:
    """"Alternative" offers another option ("a painless alternative to needles", "alternative
    treatments such as ginger"), not in "plausible alternative explanations", "an alternative
    hypothesis", "alternative spellings", where it qualifies no treatment.

    Nor inside a name: "the Journal of Alternative and Complementary Medicine", "the Alternative
    Healthy Eating Index" (capitalised in a sentence not written in title case).

    Prevents the plain adjective and names counting as alternatives discussed (HealthNewsReview.org
    criterion 6).
    """
    return c.word(c.end) not in _NOT_A_TREATMENT and not _in_a_name(c)


def _in_a_name(c: Context) -> bool:
    """The match is capitalised inside a sentence whose words are mostly lower case (so not a
    headline in title case): part of a title or a name ("Journal of Alternative Medicine")."""
    if c.at_sentence_start or not c.surface(c.start)[:1].isupper():
        return False
    words = [c.surface(i) for i in range(c.first, c.last) if c.surface(i)[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) * 2 < len(words)


def _in_a_compound(c: Context) -> bool:
    """"Versus" joined by hyphens to both neighbours names one thing, not a comparison:
    "graft-versus-host disease"."""
    return c.start > c.first and c.end < c.last and c.gap_before(c.start) == "-" and c.gap_before(c.end) == "-"


# Words of imaging and exposure, in whose sentence "radiation" is a dose received, not a treatment.
_IMAGING_EXPOSURE = pattern("imaging_exposure")
_TREATMENT_AFTER = words("treatment_after")


def radiation_as_treatment(c: Context) -> bool:
    """"Radiation" is a treatment beside the intervention ("surgery or radiation", "she opted for
    radiation", "conventional radiation therapy") and is the dose a scan delivers in the sentences
    of imaging and exposure ("spiral CTs emit less radiation than standard CT scans", "does not
    expose children to radiation", "harmful chemicals, radiation or toxins").

    Prevents a scan's radiation dose counting as an alternative discussed (HealthNewsReview.org
    criterion 6); its harm is the harms family's to find.
    """
    if c.word(c.end) not in _TREATMENT_AFTER and _IMAGING_EXPOSURE.search(c.text, c.sentence_start, c.sentence_end):
        return False
    return named_as_option(c)


def instead_not_added(c: Context) -> bool:
    """"Usual care", "standard of care" name an existing option, except where the intervention
    is given on top of it ("four text messages a week plus usual care", "added to standard
    treatment"): then it is the background both groups got, not an option set beside it.

    Prevents add-on designs counting as alternatives discussed (HealthNewsReview.org criterion 6).
    """
    return not _given_with_or_as_exposure(c)


# A negation that denies a harm: "no side effects", "none of the dangerous side effects",
# "zero risks", "never any side effects", "does not cause cardiac toxicity", "I haven't had any".
_DENIALS = words("denials")
# Harms a negation names rather than denies: "not well tolerated" discloses a harm.
_NEGATION_DISCLOSES = words("negation_discloses")
_POORLY = words("poorly")
# A qualified denial reports a trial's observation ("no serious side effects", "no increased
# risk"); sales copy denies every harm outright ("no side effects", "no harmful side effects").
_REPORT_QUALIFIERS = words("report_qualifiers")
# Verbs that report what a trial observed: "no serious adverse events occurred" discloses.
_OBSERVED = re.compile(
    r"\b(?:report|reported|reports|observed|occurred|occur|seen|noted|recorded|detected|experienced|"
    r"developed|found|identified|documented|emerged)\b",
    re.IGNORECASE,
)
_DENIAL_REACH = 5
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
    if not harm_not_minimised(c) or not harm_of_intervention(c):
        return False
    window = _words_back(c, _DENIAL_REACH, ",;:.!?")  # a denial in an earlier clause does not reach
    # a pattern's match may hold the denial itself: "100% safe with no side effects"
    window = window + c.tokens.words[c.start:c.end - 1]
    if c.tokens.words[c.end - 1] in _NEGATION_DISCLOSES:
        # "not well tolerated", "poorly tolerated" disclose; "well tolerated" is a safety claim
        return c.tokens.words[c.end - 1] != "tolerated" or any(
            w in _DENIALS or w.endswith("n't") or w in _POORLY for w in c.before(3))
    denied = any(w in _DENIALS or w.endswith("n't") for w in window)
    if not denied or any(w in _REPORT_QUALIFIERS for w in window):
        return True
    return _observed_by_others(c)


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
    under a denied harm ("did not induce side effects, such as tremors") is denied with it.

    Prevents the symptoms of the condition counting as harms disclosed (HealthNewsReview.org
    criterion 3: "Does the story adequately explain/quantify the harms of the intervention?";
    MedDRA terms name both symptoms and adverse reactions). Denied harms do not count either
    (``harm_not_denied``).
    """
    if c.word(c.end) in {"syndrome", "disorder"} or _names_the_condition(c) or _symptom_of_condition(c):
        return False
    near = c.text[max(0, c.sentence_start - _TIE_REACH):c.match_start]
    after = c.text[c.match_end:c.sentence_end]
    sentence = c.text[c.sentence_start:c.match_start] + " " + after
    tied = _harm_tie(near + " " + after) or (_INTAKE.search(sentence) and _REPORT_OF_SYMPTOM.search(sentence))
    return bool(tied) and harm_not_denied(c) and not _under_denied_head(c)


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
    if set(determiner) & _REFERRING and _HARM_HEAD.search(c.text, max(0, c.sentence_start - _TIE_REACH), c.sentence_start):
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
_TREATMENT_OWNERS = words("treatment_owners")
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


def _harm_tie(text: str) -> bool:
    """A word of harm or causation in ``text`` that is not the disease causing its own symptoms
    ("the condition, which causes chronic aches and fatigue", "Zika cases result in a mild fever,
    rash", "fibromyalgia can lead to fatigue", "bleeding caused by irregular growths")."""
    for m in _HARM_TIE.finditer(text):
        if not _CAUSAL_VERB.fullmatch(m.group()):
            return True
        subject = re.findall(r"[a-z]+", text[max(0, m.start() - 30):m.start()].lower())
        if _CAUSE.match(m.group()) and subject and subject[-1] in _CAUSE_NOUN_BEFORE:  # "physical causes"
            continue
        if not _cause_is_condition(text, m):
            return True
    return False


# The verbs of ``harm_tie`` that name a cause (the rest name a harm outright: "side effects").
_CAUSAL_VERB = re.compile(r"(?i:caus\w*|(?:led|lead|leads|leading) to|result(?:ed|s)? in)")
_CONDITION_NOUNS = words("harms_condition_nouns")
_CONDITION_SUFFIXES = tuple(words("harms_condition_suffixes"))
# How many words before a causal verb its subject may run: "a devastating childhood disorder that leads to".
_CAUSE_SUBJECT_REACH = 6


def _cause_is_condition(text: str, m: re.Match) -> bool:
    """Whether the cause of a causal verb names the condition, not a treatment: the subject before
    it ("Zika cases result in", "fibroids may cause"), or the agent after a passive "caused by"
    ("bleeding caused by irregular growths"). A cause that names a treatment is the treatment's,
    whatever else it names: "chemotherapy for breast cancer can cause nausea"."""
    after = text[m.end():m.end() + 60]
    if after.lstrip().lower().startswith("by "):
        cause = re.findall(r"[a-z]+", after.lower())[1:5]
    else:
        parts = re.split(r"[,;:.!?()\u2014]", text[max(0, m.start() - 80):m.start()])
        cause = re.findall(r"[a-z]+", parts[-1].lower())[-_CAUSE_SUBJECT_REACH:]
        if len(parts) > 1 and cause[:1] in (["which"], ["that"], ["who"]):
            # "the illness, which causes fevers": the relative pronoun's antecedent is the cause
            cause = re.findall(r"[a-z]+", parts[-2].lower())[-_CAUSE_SUBJECT_REACH:] + cause
    if set(cause) & _TREATMENT_OWNERS or any(w.endswith("therapy") for w in cause) or _INTAKE.search(" ".join(cause)):
        return False
    return bool(set(cause) & (_DISEASE_OWNERS | _CONDITION_NOUNS)) or any(
        w.endswith(_CONDITION_SUFFIXES) and len(w) > 5 for w in cause)


def _names_the_condition(c: Context) -> bool:
    """The word modifies a noun naming the condition's treatment, patients or care: "insomnia
    drug", "fatigue patients", "addiction specialists", "warning letters"."""
    return c.word(c.end) in _CONDITION_HEADS and not any(p in c.gap_before(c.end) for p in ",;:.!?\"'")


def _under_denied_head(c: Context) -> bool:
    """The nearest harm word before a listed symptom in its sentence is denied or avoided: "did
    not induce side effects, such as tremors", "without any of the side effects ..., said to
    include fatigue"."""
    heads = list(_HARM_HEAD.finditer(c.text, c.sentence_start, c.match_start))
    if not heads:
        return False
    before = re.findall(r"[a-z']+", c.text[max(c.sentence_start, heads[-1].start() - 40):heads[-1].start()].lower())
    if any(w in _DENIALS or w.endswith("n't") for w in before[-5:]):
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
        if i > c.end and any(p in c.gap_before(i) for p in ",;:.!?"):
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
    window = _words_back(c, _MINIMISER_REACH, ",;:.!?")  # a clause break ends the reach
    if any(w in _MINIMISERS or w in _FAVOURABLE or w in _HARM_FEARED for w in window) or _harm_lowered(c):
        return False
    lead = c.text[max(c.sentence_start, c.match_start - 40):c.match_end]
    at_risk = _AT_RISK.search(lead)
    if at_risk and not _PUTS_AT_RISK.search(c.text, max(c.sentence_start, at_risk.start() - 40), at_risk.start()):
        return False
    if _names_the_condition(c):
        return False
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


_LOWERING = _LOWERED | words("harms_lowering_nouns")
_RISK_CHAIN = words("harms_risk_chain")
# How far back a lowering reaches through "the risk of", "the rate of": "would reduce the risk
# of long-term complications", "a 27 percent reduction in the risk for further cardiac complications".
_LOWERED_REACH = 9


def _harm_lowered(c: Context) -> bool:
    """The harm is what something lowers: a lowering word before it in its clause that reaches it
    through "the risk of", "the rate of", "the likelihood of" ("a reduction in the risk for
    further cardiac complications", "would reduce the risk of long-term complications"), or at
    most two words from it ("can curb those risks", "a reduction in complications"); or, for a
    long match, a lowering word inside it ("a 10 percent drop reduces complications"). No raising
    word may stand between ("cut the dose but raised the risk of bleeding" is a harm).

    Prevents a benefit (fewer complications of the disease) counting as harms disclosed
    (HealthNewsReview.org criterion 3: the harms of the intervention)."""
    inside = c.tokens.words[c.start:c.end - 1]
    if len(inside) > 2 and set(inside) & _LOWERING and not set(inside) & _RAISED:
        return True
    window = _words_back(c, _LOWERED_REACH, ",;:.!?")  # a clause break ends the reach
    for j in range(len(window) - 1, -1, -1):
        if window[j] in _LOWERING:
            between = window[j + 1:]
            if set(between) & _RAISED:
                return False
            return len(between) <= 2 or bool(set(between) & _RISK_CHAIN)
    return False


def experienced_harm(c: Context) -> bool:
    """"Patients experienced ..." reports a harm ("some patients experienced itchiness and eye
    redness"), not a benefit ("patients experienced rather large weight loss", "70 percent of
    participants experienced a complete stop in disease progression").

    Prevents outcomes counting as harms reported (HealthNewsReview.org criterion 3).
    """
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


# HealthNewsReview.org criterion 3 asks for "the harms of the intervention", criterion 6 for
# "existing alternatives" compared with it. ``c.interventions`` (intervention.py) names the
# options a page is about; where it names none, these checks pass and the rules behave as before.
# A candidate rejected here stays visible, not counted, with ``c.dropped`` as its reason.
_SETS_APART = words("sets_apart")
_CONTRAST_NEAR = words("contrast_near")
_CONTRAST_REACH = 5
_ANAPHORS = words("intervention_anaphors")
_LINE_REACH = 12


def _drop(c: Context, why: str) -> bool:
    """Record why the intervention rejects this candidate (shown to the user); always False."""
    c.dropped = f"{why}; {c.interventions.describe()}"
    return False


# Words that refer back to what the sentence before named: "Both drugs increase the risk of
# bleeding", "They carry a risk of infection", "Those drugs carry significant risk".
_BACK_REFERENCES = words("harms_back_references")
# How far back the previous sentence may begin, in tokens.
_ANTECEDENT_REACH = 60


def _previous_sentence_start(c: Context) -> int:
    """The first token of the sentence before the candidate's (a sentence-ending mark between two
    tokens marks it), at most ``_ANTECEDENT_REACH`` tokens back."""
    starts, ends = c.tokens.starts, c.tokens.ends
    floor = max(0, c.first - _ANTECEDENT_REACH)
    for i in range(c.first - 1, floor, -1):
        if any(p in c.text[ends[i - 1]:starts[i]] for p in ".!?"):
            return i
    return floor


def _harm_of_another_option(c: Context) -> bool:
    """The harm's sentence names options (a drug, a product, a treatment) and none of them is the
    page's intervention: "oral pills cause side effects such as bleeding" on a page about a gel,
    "problems associated with conventional chemotherapy" on a page about abiraterone. Read before
    the harm and after it up to its clause's end. A sentence that also names the intervention
    keeps the harm: "apixaban was safer than warfarin and caused less bleeding". Where the
    sentence names no option but refers back ("Both drugs increase the risk of bleeding", "They
    carry a risk of infection"), the options are those of the sentence before: the nearest
    antecedent (Halliday & Hasan 1976, reference as cohesion across sentences)."""
    iv = c.interventions
    if not iv:
        return False
    stop = c.end
    while stop < min(c.last, c.end + _OWNER_REACH) and not any(p in c.gap_before(stop) for p in ",;:.!?"):
        stop += 1
    named = {key for _, key in iv.named(c.first, c.start)} | {key for _, key in iv.named(c.end, stop)}
    if not named and set(c.tokens.words[c.first:c.start]) & _BACK_REFERENCES:
        named = {key for _, key in iv.named(_previous_sentence_start(c), c.first)}
    if not named or any(iv.is_intervention(key) for key in named):
        return False
    # "the treatment", "the drug", "the combination" refer back to the page's own option
    sentence = c.tokens.words[c.first:c.last]
    return not any(a in {"the", "this", "these"} and b in _ANAPHORS for a, b in zip(sentence, sentence[1:]))


def _names_the_intervention(c: Context) -> bool:
    """The match itself names the intervention ("surgery" on a surgery page, "antidepressants" on
    an antidepressant page), with no word before it that sets another kind apart ("traditional
    surgery", "older drugs")."""
    iv = c.interventions
    named = iv.named(c.start, c.end) if iv else []
    if not named or not iv.is_intervention(named[-1][1]):
        return False
    # "alternative to surgery", "compared to chemotherapy alone", "traditional hip surgery", "bypass
    # surgery over drug treatment": set beside another option, the name is that other option
    near = c.before(_CONTRAST_REACH) + [c.word(c.end)]
    return not any(w in _SETS_APART or w in _CONTRAST_NEAR for w in near)


def not_the_intervention(c: Context) -> bool:
    """A treatment's name is no alternative where it names the page's own intervention: "this
    does not mean antidepressants should always come first" on a page about antidepressants,
    "minimally invasive surgery to replace valves" on a page about that surgery. "Traditional
    surgery" on the same page is another option.

    Prevents the intervention counting as its own alternative (HealthNewsReview.org criterion 6:
    other options compared with the intervention).
    """
    if _names_the_intervention(c):
        return _drop(c, "names the intervention itself, not another option")
    return True


def line_of_another_option(c: Context) -> bool:
    """"First-line", "second-line" tell an alternative where they place another option ("metformin,
    the usual first-line drug" on a page about linagliptin), not where the sentence names only the
    intervention: "approved as a second-line treatment", "the first-line role immunotherapy is
    taking" say where the intervention itself stands.

    Prevents the intervention's own line of therapy counting as alternatives discussed
    (HealthNewsReview.org criterion 6).
    """
    iv = c.interventions
    if not iv:
        return True
    named = {key for _, key in iv.named(max(c.first, c.start - _LINE_REACH), min(c.last, c.end + _LINE_REACH))}
    if named and all(iv.is_intervention(key) for key in named):
        return _drop(c, "the intervention's own line of therapy")
    return True


def alternative_not_the_intervention(c: Context) -> bool:
    """"Alternative" names another option ("an alternative to surgery"), not the intervention's
    own kind: "alternative therapies such as massage or acupuncture" on a page about acupuncture
    describes what is under review. An "alternative to" something keeps counting.

    Prevents the intervention's category counting as alternatives discussed
    (HealthNewsReview.org criterion 6).
    """
    if not alternative_treatment(c):
        return False
    iv = c.interventions
    if not iv or c.word(c.end) == "to":
        return True
    for i, key in iv.named(c.end, min(c.last, c.end + _LINE_REACH)):
        if "to" in c.tokens.words[c.end:i]:  # "an alternative therapy to surgery"
            break
        if iv.is_intervention(key):  # "alternative therapies such as massage or acupuncture"
            return _drop(c, "the intervention's own kind of treatment")
    return True

# --- alternatives, round 5 (r5-alt): which comparisons and names COUNT --------------------------
# The rules above decide whether a candidate is a comparison or a treatment's name at all; these
# ``counts_when`` rules decide whether it counts. Where the signal is weak (a comparison whose
# second term names no option, a name used as a point in time, "alternative" before a noun that
# names no option) the finding stays visible with the rule's name as its reason, not counted.
# HealthNewsReview.org criterion 6 asks for "existing alternatives" a patient could choose; the
# round-5 dev audit's commonest error was a comparison of groups, times or doses (not_option).
_ALT_OPTION_NOUNS = words("alternatives_option_nouns")
_ALT_PROCEDURE_ENDINGS = tuple(sorted(words("alternatives_procedure_endings")))
_ALT_NOT_COMPARED = words("alternatives_dose_words") | words("alternatives_animals") | words("alternatives_inert")
_ALT_PRONOUNS = words("alternatives_pronouns")
_ALT_TIME_BEFORE = words("alternatives_time_before")
_ALT_WITH_BEFORE = words("alternatives_with_before")
_ALT_OF_SETTING = words("alternatives_of_setting")
_ALT_PLACE_HEADS = words("alternatives_place_heads")
_ALT_UNDERGO = words("alternatives_undergo")
_ALT_FAILED = words("alternatives_failed")
_ALT_EXISTING = words("alternatives_existing")
_ALT_ADJECTIVE_HEADS = words("alternatives_adjective_heads")
_ALT_NOUN_FOLLOWERS = words("alternatives_noun_followers")
_ALT_ADDED_ON = pattern("alternatives_added_on")
_ALT_BARE_NEGATIONS = {"hardly", "never", "no", "none", "not"}
_ALT_ARTICLES = {"a", "an", "the"}
_ALT_ARM_WORDS = {"arm", "arms", "control", "controls", "group", "groups"}


def _alternatives_option_word(w: str) -> bool:
    """A word that names a treatment option: "chemotherapy", "drugs", "usual care", "lumpectomy"."""
    return w in _ALT_OPTION_NOUNS or w in _TREATMENT_OWNERS or w.endswith(_ALT_PROCEDURE_ENDINGS)


def _alternatives_added_on(c: Context) -> bool:
    """The option is given on top of the intervention: "in conjunction with other treatment
    regimens", "adding thermal therapy to standard treatments", "combined with radiation"."""
    lead = c.text[max(c.sentence_start, c.match_start - 60):c.match_start]
    return bool(_ALT_ADDED_ON.search(lead) or _GIVEN_WITH.search(lead))


def alternatives_option_compared(c: Context) -> bool:
    """A comparison ("compared with", "versus", "instead of", "rather than") counts where its second
    term names an option a patient could choose: a treatment word ("compared with 20 percent of
    chemotherapy patients", "instead of having surgery", "compared with usual care"), a named
    drug or treatment ("compared to warfarin"), or a group by what it took ("those on
    methotrexate"); failing that, where the words before the cue name one ("14.4 months with
    Opdivo versus 13.2", "ACE inhibitors compared to ARBs"). Not where no term names one (a time,
    a figure, a group, a quality: "compared with 1 in 14 in 2001", "compared with scores at the
    outset", "rather than injury"), nor where a term is a placebo, non-use, a dose of the same
    treatment, an animal group or an inert vehicle ("on a placebo ... compared with 80% on the
    antibiotic", "versus non-use", "patients treated with regular doses of radiation", "mice fed
    standard chow", "compared to vehicle"): those stay visible, not counted.

    Prevents cohort, timing, dose and before-after comparisons counting as alternatives discussed
    (HealthNewsReview.org criterion 6; the audit convention counts placebo, vehicle and dose arms
    as no option).
    """
    comparator = _comparator(c)
    if set(comparator) & (_ALT_NOT_COMPARED | _PLACEBO_LIKE):  # "instead of a placebo"
        return False
    if set(c.tokens.words[c.first:c.start]) & _PLACEBO_LIKE:  # "on a placebo, 74% got better - compared with 80% on the antibiotic"
        return False
    if any(_NEGATED_GROUP.match(w) or w.startswith("non-") for w in comparator[:2]):  # "versus non-use", "nonusers"
        return False
    if any(_alternatives_option_word(w) or w in _ALT_EXISTING for w in comparator):
        return True
    if c.interventions.named(c.end, c.end + len(comparator)) or _alternatives_group_by_option(comparator):
        return True
    # "4.4 months with Opdivo versus 3.1", "ACE inhibitors compared to ARBs": the option named
    # with the first term, the second a figure or a name the lists do not know
    return _alternatives_first_term_names_option(c)


def _alternatives_first_term_names_option(c: Context) -> bool:
    """Whether the words before the cue in its sentence name an option, and not as a trial arm by
    its role ("46 percent of the treatment group") nor a group that went without ("men who
    didn't take anticlotting medications")."""
    lead = c.tokens.words[c.first:c.start]
    if _went_without(lead) or set(lead) & _PLACEBO_LIKE:  # "than patients on placebo was chest pain: 1.1% vs. 0.2%"
        return False
    named = [w for i, w in enumerate(lead) if _alternatives_option_word(w)
             and not (i + 1 < len(lead) and lead[i + 1] in {"group", "groups", "arm", "arms"})]
    return bool(named) or bool(c.interventions.named(c.first, c.start))


def _alternatives_group_by_option(comparator: list[str]) -> bool:
    """A group of people named by the option it took: "those on methotrexate", "patients taking
    Lipitor"; not by a pronoun or a figure ("men who did take them", "those given 5 mg")."""
    if not set(comparator) & _PEOPLE:
        return False
    text = " ".join(comparator)
    means = _GROUP_MEANS.search(text)
    if not means:
        return False
    rest = [w for w in text[means.end():].split() if w not in _ALT_ARTICLES]
    return bool(rest) and rest[0] not in _ALT_PRONOUNS and not rest[0][:1].isdigit()


def alternatives_named_beside(c: Context) -> bool:
    """A treatment's name set beside the intervention counts, except where the name is a point in
    time or a department ("chemotherapy before surgery", "pain after an injury or surgery",
    "within three months of surgery", "the chief of surgery"), is given with another ("combining
    standard chemotherapy with", "in conjunction with other treatment regimens"), names drug
    interactions ("interactions with foods or other medications"), or where the only word that set
    it apart is a bare negation elsewhere in the clause ("we are not talking about medications to",
    "we can't help with this kind of surgery", "not fit enough for the surgery"). A negation of
    undergoing it still counts: "lying about not getting surgery", "no surgery".

    Prevents a procedure's mention as a setting or an add-on counting as another option
    (HealthNewsReview.org criterion 6; the round-5 dev audit: surgery named as a procedure).
    """
    if set(c.before(3)) & (_ALT_TIME_BEFORE | _ALT_WITH_BEFORE) or _alternatives_added_on(c):
        return False
    if c.word(c.start - 1) == "of" and c.word(c.start - 2) in _ALT_OF_SETTING:  # "the chief of surgery"
        return False
    if c.word(c.end) in _ALT_PLACE_HEADS:  # "ambulatory surgery centers"
        return False
    # "interactions with foods or other medications", "fatal when mixed with other drugs, such as antidepressants"
    if any(w.startswith(("interact", "mixed", "mixing")) for w in c.before(6)):
        return False
    return not _alternatives_only_negated(c)


def _alternatives_only_negated(c: Context) -> bool:
    """Whether every word that sets the name beside another option (``_sets_beside``) is a bare
    negation, and none denies undergoing it ("not getting", "never had") or stands right before
    it ("no surgery")."""
    words = c.tokens.words
    before = range(max(c.first, c.start - _OPTION_REACH), c.start)
    after = range(c.end, min(c.last, c.end + 3))
    signals = [words[i] for i in before if _sets_beside(c, i)]
    signals += [words[i] for i in after if _sets_beside(c, i) and words[i] not in _OF_THE_SAME]
    if not signals or not all(w in _ALT_BARE_NEGATIONS or w.endswith("n't") for w in signals):
        return False
    near = c.before(3)
    if set(c.before(5)) & _ALT_FAILED:  # "not responding to two anti-seizure medications"
        return False
    return not (set(near) & _ALT_UNDERGO or near[-1:] and (near[-1] in _ALT_BARE_NEGATIONS or near[-1].endswith("n't")))


def alternatives_not_added_on(c: Context) -> bool:
    """"Other treatments", "standard treatments" count unless given on top of the intervention
    ("in conjunction with other treatment regimens", "adding heat to standard treatments").

    Prevents add-on designs counting as alternatives discussed (HealthNewsReview.org criterion 6).
    """
    return not _alternatives_added_on(c)


def alternatives_no_treatment_option(c: Context) -> bool:
    """"No treatment" counts as the option of going without (DISCERN item 12: "what would happen
    if no treatment is used"), not as a trial's control: "a no-treatment group", "pitted against
    either a placebo or no treatment" (the audit counts no-therapy controls as no option).

    Prevents control arms counting as alternatives discussed (HealthNewsReview.org criterion 6).
    """
    if c.word(c.end) in _ALT_ARM_WORDS:
        return False
    return not set(c.tokens.words[c.first:c.start]) & (_PLACEBO_LIKE | _CONTROL_GROUP)


def alternatives_alternative_as_option(c: Context) -> bool:
    """"Alternative" counts as a noun ("an alternative to surgery", "the alternative involves a
    battery of tests", "as an alternative, many suggest honey") or before an option noun
    ("alternative treatments"). Before any other noun it names a sector or is a plain adjective
    ("the alternative medicine industry", "alternative products", "alternative means of
    communication"): shown, not counted.

    Prevents "alternative" in the name of complementary and alternative medicine and in plain
    senses counting as alternatives discussed (HealthNewsReview.org criterion 6; round-5 dev audit,
    literal_sense).
    """
    following = c.word(c.end)
    if not following or any(p in c.gap_before(c.end) for p in ",;:.!?)-\"'\u2014"):
        return True
    return following in _ALT_ADJECTIVE_HEADS or following in _ALT_NOUN_FOLLOWERS or not following[:1].isalpha()



def harm_not_of_another_option(c: Context) -> bool:
    """The harms check of ``harm_of_intervention`` with the intervention (see ``_harm_of_another_option``):
    a harm tied only to another named option does not count."""
    if _harm_of_another_option(c):
        return _drop(c, "harm of another option")
    return True


# --- harms: counted only where the sentence ties the harm to a treatment (round 5) ---------------
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
    dev audit's most common harms error, 54 of 118 wrong findings at the start of round 5).
    """
    iv = c.interventions
    if iv and iv.named(c.first, c.last):
        return True
    before = c.text[c.sentence_start:c.match_start]
    after = c.text[c.match_end:c.sentence_end]
    if any(_harms_treatment_in(text) for text in (before, after)):
        return True
    if _HARMS_STUDY_REPORT.search(before):
        return True
    causes = _HARMS_CAN_CAUSE.finditer(before)
    if any(_harms_active_cause(before, m) and not _cause_is_condition(before, m) for m in causes):
        return True
    return _harms_listed_under_lead_in(c, before)


def _harms_listed_under_lead_in(c: Context, before: str) -> bool:
    """The sentence goes on with the harms of the line before: it refers back ("Side effects were
    common. The most common were hot flushes") or the line before is its heading or lead-in, with
    no full stop ("Possible side effects of the drug" above a list, "Side effects include:")."""
    previous = c.text[max(0, c.sentence_start - _TIE_REACH):c.sentence_start]
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

    Prevents a study's aim and a reporting line counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks what the harms are and how often; the dev audit's not_disclosure errors)."""
    lead = c.text[max(c.sentence_start, c.match_start - 60):c.match_start]
    return not _HARMS_SOUGHT.search(lead)


# Words that make a harm scant when they stand right before it: "few side effects", "low toxicity".
_HARMS_SCANT = words("harms_scant")
_HARMS_SEVERITY = words("harms_severity")


def _harms_scant(c: Context) -> bool:
    """The harm is said to be scant: "substances with few side effects and low toxicity", "very
    low severe toxicity", "little risk". The word stands right before the harm, or before its
    severity ("low severe toxicity"); "a few side effects" says some, and "low-grade fatigue"
    grades the harm (the grade word follows "low")."""
    before = c.before(3)
    if before[-1:] and before[-1] in _HARMS_SEVERITY:
        before = before[:-1]
    return bool(before) and before[-1] in _HARMS_SCANT and before[-2:-1] != ["a"]


def _harms_treatment_in(text: str) -> bool:
    """Whether ``text`` names a treatment, its giving, or a harm only a treatment has."""
    if _HARMS_INTAKE.search(text) or _HARMS_OF_TREATMENT.search(text):
        return True
    if "\u00ae" in text or "\u2122" in text:  # a product's mark: "XARELTO® can cause bleeding"
        return True
    tokens = re.findall(r"[a-z]+", text.lower())
    return bool(set(tokens) & _HARMS_TREATMENT_WORDS) or any(w.endswith(_HARMS_TREATMENT_ENDINGS) for w in tokens)


RULES = registry(
    alternatives_option_compared,
    alternatives_named_beside,
    alternatives_not_added_on,
    alternatives_alternative_as_option,
    alternatives_no_treatment_option,
    harm_not_minimised,
    risk_raised,
    other_option,
    named_as_option,
    not_a_quantity,
    alternative_treatment,
    radiation_as_treatment,
    instead_not_added,
    harm_not_denied,
    adverse_effect_of_intervention,
    harm_of_intervention,
    experienced_harm,
    toxic_of_intervention,
    not_the_intervention,
    line_of_another_option,
    alternative_not_the_intervention,
    harms_tied_to_treatment,
    harms_found_not_sought,
)
