"""A figure of a population, not of what an option did: a list of the sample's traits, who could
get an option, a share of a disease's cases, a named subgroup, places set against each other, a
prevalence or a background survival rate, a generic share heading its clause, a confidence level or a
market's move.

Sources: HealthNewsReview.org criterion 2 (what an option does, kept apart from how common a
condition is); Welch 2008 (Should I Be Tested for Cancer?, on survival rates); Krifka et al. 1995
(generic sentences); Strawson 1950 (definite descriptions)."""

from __future__ import annotations

from ..base import Context, pattern, words
from .figures import _BENEFITS_TREATMENT_WORDS, _WORD, _benefits_treatment_named, _lowered, _names_trial_arm


_BENEFITS_CONFIDENCE_AFTER = pattern("benefits_confidence_after")
_BENEFITS_MARKET_MOVE_BEFORE = pattern("benefits_market_move_before")
_BENEFITS_USE_TREND_AFTER = pattern("benefits_use_trend_after")
_BENEFITS_TICKER_BEFORE = pattern("benefits_ticker_before")


def _benefits_statistic_market_or_trend(before: str, after: str) -> bool:
    """A confidence level ("95% CI"), a share price's move ("the stock plunged 18 percent") or a
    trend in use ("a 400% increase in antidepressant use"): each qualifies an estimate, prices a
    company or counts care; none is an effect on patients (CONSORT item 17a; Donabedian 1966 on
    process and outcome)."""
    if _BENEFITS_CONFIDENCE_AFTER.match(after) or _BENEFITS_USE_TREND_AFTER.match(after):
        return True
    if _BENEFITS_TICKER_BEFORE.search(before[-12:]):
        return True  # "BIIB -0.13%": a stock quote beside a company's name (round 8b)
    return bool(_BENEFITS_MARKET_MOVE_BEFORE.search(before[-160:]))


_BENEFITS_BACKGROUND_RATE_BEFORE = pattern("benefits_background_rate_before")
_BENEFITS_BACKGROUND_RATE_AFTER = pattern("benefits_background_rate_after")


def _benefits_background_rate(c: Context, before: str, after: str) -> bool:
    """A survival, cure or mortality rate that a disease has under existing care, stated in the
    present with no treatment, trial arm or page's intervention named: "the five-year survival rate
    for these two types of cancer is only 15%", "with a cure rate approaching 90 percent, childhood
    leukemia is hailed as a success", "pediatric leukemia has at least an 80 to 90 percent survival
    rate". The round-7 generic-rate wording read only a rate noun right before its verb. The prognosis
    under current care is the baseline a new option's benefit is judged against (Woloshin, Schwartz &
    Welch 2008), not that option's effect (HealthNewsReview.org criterion 2). Round 13b."""
    rate = _BENEFITS_BACKGROUND_RATE_BEFORE.search(before[-120:])
    if rate and rate.group(0).lower().startswith(("has", "have")) and not _BENEFITS_BACKGROUND_RATE_AFTER.match(after):
        return False  # "has a 30 percent stake": only a rate named after the figure
    return bool(rate) and not _benefits_treatment_named(c)


_BENEFITS_TRAIT_SHARE = pattern("benefits_trait_share")
_BENEFITS_LONE_BRACKET_BEFORE = pattern("benefits_lone_bracket_before")
_BENEFITS_TRAIT_LIST_BETWEEN = pattern("benefits_trait_list_between")


def _benefits_trait_list(c: Context, before: str, after: str) -> bool:
    """The figure is one item of a list of the sample's traits, each with its share in brackets:
    "most children were male (59%), white (79%), treatment-naive (80%) and vertically infected
    (97%)". A demographic item with its own bracketed share ("male (59%)") marks the list, which is
    the baseline table of CONSORT 2010 item 15 written as prose: who was studied, not what the
    option did (HealthNewsReview.org criterion 2). The demographic item itself was read before
    (``benefits_sample_before``); round 12 reads its neighbours the same way."""
    if not (after.lstrip().startswith(")") and _BENEFITS_LONE_BRACKET_BEFORE.search(before[-40:])):
        return False
    for trait in _BENEFITS_TRAIT_SHARE.finditer(c.text, c.sentence_start, c.sentence_end):
        between = c.text[min(trait.end(), c.match_end):max(trait.start(), c.match_start)]
        # one list: only other "trait (N%)" items between ("the drug group (45%) improved more ...;
        # most were women (60%)" is two claims)
        if _BENEFITS_TRAIT_LIST_BETWEEN.match(between):
            return True
    return False


_BENEFITS_CANDIDACY_AFTER = pattern("benefits_candidacy_after")
_BENEFITS_CANDIDACY_BEFORE = pattern("benefits_candidacy_before")


def _benefits_candidacy(before: str, after: str) -> bool:
    """The share says who could get or gain from an option, not what it did: "nearly 84% of
    patients - 2.2 million people - may be candidates for the drug", "only 5 percent of patients will
    be eligible", "40% would qualify for it", "met the trial's criteria", "25 percent of patients
    could benefit from the implant". Candidacy is the eligibility that CONSORT 2010 item 4a reports
    apart from the outcomes of item 17, and HealthNewsReview.org criterion 2 asks how much an option
    helps those who take it, not how many might take it. Round 12 moved the round-8b candidacy wording
    out of the care-use pattern, read it with a modal ("will be", "would qualify", "could benefit")
    and past a decimal point ("2.2 million" ended the clause before). Round 16: the same modal reach
    named before the figure ("it could help 90% of the people with cystic fibrosis", "the device could
    work in about 25 percent of patients who now get one"; ``benefits_candidacy_before``) and a count
    with a thousands separator inside the group ("25% of people now prescribed the drug - or about
    400,000 addicts - could benefit"): a projection of who might gain, not a measured result
    (CONSORT 2010 item 17 reports what happened to those studied)."""
    if after.lstrip().startswith("of ") and _BENEFITS_CANDIDACY_BEFORE.search(before[-80:]):  # the cheap test first
        return True
    # the pattern tries each of its first 60 characters for a look-behind and a modal, on nearly every
    # figure's rest of sentence: a rest without one of its words ("candidate", "eligible", "qualif",
    # "criteria", "benefit") is answered by the needle test alone, about 15x faster (the costliest
    # description of ``_describes_no_effect`` on news pages before)
    return not _BENEFITS_CANDIDACY_AFTER.lacks(after) and bool(_BENEFITS_CANDIDACY_AFTER.match(after))


_EFFECT_WORDS = words("benefits_effect_words")
_BENEFITS_CASE_SHARE_AFTER = pattern("benefits_case_share_after")
_BENEFITS_CASE_SHARE_ACTED = pattern("benefits_case_share_acted")
_BENEFITS_POPULATION_CHANGED = pattern("benefits_population_changed")


def _benefits_case_distribution(c: Context, after: str) -> bool:
    """The figure is a share of a disease's cases or deaths ("about 90 percent of colon cancer cases
    occur in people older than 50", "with over 90 percent of pneumonia-related deaths among those 65 and
    older", "more than 20 percent of all new breast cancer cases are receptor-negative";
    ``benefits_case_share_after``) and nothing in its sentence acts on those cases: no treatment, change
    or comparison (``benefits_effect_words``, ``benefits_population_changed``) and no test or prevention
    that finds, misses or averts them ("the swab identified cancer in 93% of cases", "80 percent of
    deaths could be prevented"; ``benefits_case_share_acted``). Such a share tells how a disease is
    spread over person, place and time, the descriptive epidemiology of the CDC's "Principles of
    Epidemiology" (lesson 1), which HealthNewsReview.org criterion 2 keeps apart from what an option does
    (the audit guide's prevalence). Round 16b: dev labels' prevalence errors on three pages."""
    if not _BENEFITS_CASE_SHARE_AFTER.match(after):
        return False
    sentence = c.sentence
    if _BENEFITS_CASE_SHARE_ACTED.search(sentence) or _BENEFITS_POPULATION_CHANGED.search(sentence):
        return False
    return not _lowered(c, c.first, c.last) & _EFFECT_WORDS


_BENEFITS_SUBGROUP_BEFORE = pattern("benefits_subgroup_before")
_BENEFITS_SUBGROUP_AFTER = pattern("benefits_subgroup_after")


def _benefits_subgroup_named(before: str, after: str) -> bool:
    """The figure sits inside a definite noun phrase that picks out a subgroup: "the" before it (an
    approximator may stand between) and a restrictive relative or "with" phrase after it, through an
    optional of-phrase ("there is no easy fix for the 66% of adults who are overweight", "the pill helps
    only the roughly 50% of patients whose tumours carry the mutation", "the 19% of men with the highest
    score had ten times the risk"; ``benefits_subgroup_before``, ``benefits_subgroup_after``). A definite
    description refers to a group whose existence and size it presupposes (Strawson 1950; Quirk et al.
    1985, 17.7-17.15 on restrictive modification): the figure tells how common the trait is, not what an
    option did, which the sentence asserts of the group, if at all, in its own predicate (HealthNewsReview.org
    criterion 2; the audit guide's prevalence). A relative clause that names a result or a treatment ("the
    40 percent who responded", "the 1 percent of patients who got the treatment") keeps the figure:
    the subgroup is then defined by the outcome or the option itself. "The other 30 percent continued to
    worsen" is no subgroup description and stays an outcome. Round 16b: dev labels' prevalence and
    not_outcome errors on four pages."""
    if not _BENEFITS_SUBGROUP_BEFORE.search(before[-30:]):
        return False
    described = _BENEFITS_SUBGROUP_AFTER.match(after)
    if not described:
        return False
    return not {w.lower() for w in _WORD.findall(described.group(0))} & _EFFECT_WORDS


_BENEFITS_PLACE_VARIATION = pattern("benefits_place_variation")


def _benefits_place_variation(c: Context) -> bool:
    """The sentence sets places against each other ("higher in rural areas than in urban ones",
    "in some areas ... in others", "depending on the country") and names no trial arm nor the
    page's intervention: a variation in where care or a condition is met (Wennberg & Gittelsohn
    1973), not an effect (round 8b)."""
    if not _BENEFITS_PLACE_VARIATION.search(c.sentence):
        return False
    return not (_names_trial_arm(c) or c.interventions.named(c.first, c.last))


_BENEFITS_TRAIT_VARIATION = pattern("benefits_trait_variation")
_BENEFITS_ETHNIC_GROUP = pattern("benefits_ethnic_group")
_BENEFITS_AGENCY_SOURCE = pattern("benefits_agency_source")


def _benefits_population_statistic(c: Context) -> bool:
    """The figure's sentence describes a population, not what an option did, and names no treatment,
    taken exposure or trial arm, nor the page's intervention (``_benefits_treatment_named``): it sets
    groups apart by sex, age or race/ethnicity ("a higher prevalence among women than men (38.3% vs.
    34.3%) and in older than younger adults", "54% of adults older than 60 have a torn rotator cuff,
    compared with 4% of those between 40 and 60", "50 percent of whites ... 44 percent of Latinos":
    ``benefits_trait_variation``, ``benefits_ethnic_group``), or credits the figure to a public-health
    agency's or a professional body's statistics ("according to the Centers for Disease Control",
    "estimates from the National Institutes of Health": ``benefits_agency_source``). Both are
    descriptive epidemiology, who has a condition by person, place and time (the CDC's "Principles of
    Epidemiology", lesson 1), which HealthNewsReview.org criterion 2 keeps apart from the benefit of
    an option; groups that differ by a trait are a risk factor's comparison, as
    ``_benefits_groups_by_treatment`` reads a likelihood. A change the sentence reports ("new HIV
    cases dropped by 37% in women over 21", "screening reduced deaths by 7%, according to the National
    Cancer Institute": ``benefits_population_changed``) keeps the figure an effect. Round 14: the dev
    labels' prevalence errors (an agency's obesity rates by sex and age; a condition's share by age
    band)."""
    sentence = c.sentence
    trait = bool(_BENEFITS_TRAIT_VARIATION.search(sentence)) or len(
        {m.group(0).lower().replace(" ", "-") for m in _BENEFITS_ETHNIC_GROUP.finditer(sentence)}) >= 2
    if not (trait or _BENEFITS_AGENCY_SOURCE.search(sentence)) or _BENEFITS_POPULATION_CHANGED.search(sentence):
        return False  # "new HIV cases dropped by 37% in women over 21": a change reported, an effect
    # the agency's own name is no treatment word ("Centers for Disease Control")
    named = {w.lower() for w in _WORD.findall(_BENEFITS_AGENCY_SOURCE.sub(" ", sentence))}
    return not (named & _BENEFITS_TREATMENT_WORDS or c.interventions.named(c.first, c.last))


_GENERIC_VERBS = words("benefits_generic_verbs")
_EPISODIC_VERBS = words("benefits_episodic_verbs")
_RELATIVES = words("benefits_relative_pronouns")
_VERB_REACH = 12


def _generic_share(c: Context) -> bool:
    """A share that heads its clause and whose verb is in the generic present or future: "Only 15
    percent of people diagnosed with lung cancer are still alive five years later", "70% of people
    with Parkinson's will fall", "Only 30% get well on the first drug". Such a sentence states a
    population's rate (Krifka et al. 1995, generic sentences); a study's result is reported as a
    past event ("70 per cent reached their target"; CONSORT item 17)."""
    if not _heads_its_clause(c):
        return False
    skip = False
    for i in range(c.end, min(c.last, c.end + _VERB_REACH)):
        word = c.word(i).lower()
        if i > c.end and c.marks_before(i, ",;:!?()"):
            return False  # the clause ends before a verb: "32% and 6%, respectively, but 67% believed"
        if skip:
            skip = False
        elif word in _RELATIVES or word == "to":
            skip = True  # "of men who have ...", "found to have": not the clause's own verb
        elif word in _GENERIC_VERBS:
            return True
        elif word in _EPISODIC_VERBS:
            return False
    return False


_SHARE_OPENERS = words("benefits_clause_openers")
_CLAUSE_CONJUNCTIONS = words("benefits_clause_conjunctions")


def _heads_its_clause(c: Context) -> bool:
    """Only openers and figures stand between the clause's start and the figure: "Only about 15
    percent", "found that only 62 percent", "Between 10 percent and 15 percent", "• Only 30%",
    "In the United States, 70 percent"."""
    i = c.start
    while i > c.first and (c.word(i - 1).lower() in _SHARE_OPENERS or c.word(i - 1).isdigit()
                           or c.word(i - 1).lower() in {"percent", "per", "cent"}):
        i -= 1
        if c.marks_before(i, ",;:•(") or c.word(i).lower() in _CLAUSE_CONJUNCTIONS:
            return True
    return i == c.first or c.marks_before(i, ",;:•(")
