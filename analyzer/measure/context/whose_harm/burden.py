"""The disease's burden: a harm that the condition causes or is ("fibromyalgia can lead to
fatigue", "postpartum depression is a complication of childbirth"), the harms of a habit or a use
disorder, the toll of deaths, a cancer's site, and a person's risk after "at risk of" or in a trial
group.

Sources: HealthNewsReview.org criterion 3; PICO (Richardson et al. 1995: the problem, apart from the
intervention); Quirk et al. 1985 (noun premodification)."""

from __future__ import annotations

import re

from ..base import Context, _TREATMENT_OWNERS, cue_before_or_after, pattern, words
from .readers import (
    _AT_RISK, _CAUSAL_VERB, _CAUSER_REFERENCES, _CAUSE_CONDITION_WORDS, _CAUSE_SUBJECT_REACH, _HARMS_CAN_CAUSE,
    _HARMS_INDUCED, _HARMS_OF_TREATMENT, _HARM_HEAD, _HARM_TIE, _INTAKE, _OWNER_REACH, _PUTS_AT_RISK, _UNTREATED,
    _disease_heads, _harm_tie_caused, _harms_active_cause, _harms_treatment_in, _names_condition, _names_own_option,
    _owner_words,
)
from .risks import _harms_clause_start


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
    if not _HARMS_TRIAL_GROUP_BEARERS.isdisjoint(tokens):
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

_HARMS_CAUSED_AFTER = re.compile(r"(?i)[\s,]*(?:[\w-]+\s+){0,2}?(?:caused|induced|triggered|brought on|provoked) by\b")


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


_HARMS_CLASSIFYING_COPULA = pattern("harms_classifying_copula")
# A pronoun or "there" as the copula's subject: no condition classed ("which is a known side effect").
_HARMS_PRONOUN_SUBJECTS = words("harms_pronoun_subjects")


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
    if not subject or subject[0] in _HARMS_PRONOUN_SUBJECTS:
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
    return (_names_condition(subject, _CAUSE_CONDITION_WORDS) or _disease_heads(subject)
            or c.interventions.names_condition(subject))


_HARMS_CANCER_SITE = pattern("harms_cancer_site")


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
