"""A percentage that describes, not measures an effect: who was studied, what they used, how many get
care, where a threshold or a risk band lies, a definition, a scale's range, the participant flow, a
test's yield, a baseline, a background rate, a diet's composition, how common a condition is. One
table lists the descriptions in the order they are tried (the cheap and common first).

Sources: HealthNewsReview.org criterion 2 (are the benefits quantified?); CONSORT 2010 items 4a
(eligibility) and 13 (participant flow); STROBE item 14a; Welch 2008."""

from __future__ import annotations

from ..base import Context, pattern
from .figures import (
    _BENEFITS_BOUND_BEFORE_FIGURE, _COMPARED, _benefits_clause_effect_words, _benefits_treatment_named,
    _names_trial_arm,
)
from .care import (
    _benefits_calendar_point, _benefits_care_appropriateness, _benefits_care_volume, _benefits_discontinued,
    _benefits_exposure_step, _benefits_practice_of_care, _benefits_procedure_uptake, _benefits_set_in_advance,
    _benefits_unmet_need,
)
from .populations import (
    _EFFECT_WORDS, _benefits_background_rate, _benefits_candidacy, _benefits_case_distribution,
    _benefits_place_variation, _benefits_population_statistic, _benefits_statistic_market_or_trend,
    _benefits_subgroup_named, _benefits_trait_list, _generic_share,
)


def _describes_no_effect(c: Context) -> bool:
    """A percentage that says who was studied, what they used, how many get care ("only 20 percent
    seek treatment", round 7), where a threshold lies, how strong a product is or how common
    something is in general: none measures an effect of the intervention
    (HealthNewsReview.org criterion 2; STROBE item 14a and CONSORT item 15 keep participants'
    characteristics and exposures apart from outcomes)."""
    before = c.text[c.sentence_start:c.match_start]
    after = c.rest_of_sentence
    if any(describes(c, before, after) for describes in _NO_EFFECT_DESCRIPTIONS):
        return True
    if _EFFECT_WORDS & _benefits_clause_effect_words(c):
        return False  # "70% of patients on the drug are free of seizures": an effect after all
    return any(describes(c, before, after) for describes in _BACKGROUND_RATES)


_SAMPLE_AFTER = pattern("benefits_sample_after")
_SAMPLE_BEFORE = pattern("benefits_sample_before")
_STRENGTH_AFTER = pattern("benefits_strength_after")


def _describes_the_sample(c: Context, before: str, after: str) -> bool:
    """Who was studied, or how strong a product is."""
    return bool(_SAMPLE_AFTER.match(after) or _SAMPLE_BEFORE.search(before) or _STRENGTH_AFTER.match(after))


_EXPOSURE_AFTER = pattern("benefits_exposure_after")
_UPTAKE_BEFORE = pattern("benefits_uptake_before")


def _describes_exposure(c: Context, before: str, after: str) -> bool:
    """What the people studied used, or how many took it up."""
    return bool(_EXPOSURE_AFTER.match(after) or _UPTAKE_BEFORE.search(before))


_BENEFITS_CARE_UPTAKE_AFTER = pattern("benefits_care_uptake_after")
_BENEFITS_CARE_UPTAKE_BEFORE = pattern("benefits_care_uptake_before")


def _describes_care_uptake(c: Context, before: str, after: str) -> bool:
    """"only 20 percent of women seek treatment": how many get care, not what it does (round 7)."""
    return bool(_BENEFITS_CARE_UPTAKE_AFTER.match(after) or _BENEFITS_CARE_UPTAKE_BEFORE.search(before))


_BENEFITS_CARE_USE_AFTER = pattern("benefits_care_use_after")
_BENEFITS_ELIGIBLE_BEFORE = pattern("benefits_eligible_before")


def _describes_care_use(c: Context, before: str, after: str) -> bool:
    """"11 percent reported use of HRT", "eligible for about 25%" (round 8b)."""
    return bool(_BENEFITS_CARE_USE_AFTER.match(after) or _BENEFITS_ELIGIBLE_BEFORE.search(before[-80:]))


_BENEFITS_DOSE_SHARE_AFTER = pattern("benefits_dose_share_after")


def _describes_dose_share(c: Context, before: str, after: str) -> bool:
    """"fat made up less than 10 percent of their diets", "heart rate tops 95 percent of peak rate":
    the dose or intensity the option sets (TIDieR item 8), not what it did (round 16b)."""
    return bool(_BENEFITS_DOSE_SHARE_AFTER.match(after))


_THRESHOLD_BEFORE = pattern("benefits_threshold_before")
_THRESHOLD_AFTER = pattern("benefits_threshold_after")
_TARGET_BEFORE = pattern("benefits_target_before")


def _describes_threshold(c: Context, before: str, after: str) -> bool:
    """Where a threshold or a target lies."""
    return bool(_THRESHOLD_BEFORE.search(before[-120:]) or _THRESHOLD_AFTER.match(after) or _TARGET_BEFORE.search(before))


_BENEFITS_RISK_BAND_BEFORE = pattern("benefits_risk_band_before")
_BENEFITS_RISK_BAND_AFTER = pattern("benefits_risk_band_after")


def _describes_risk_band(c: Context, before: str, after: str) -> bool:
    """"people with a 7.5 percent to 10 percent risk may also benefit": a band of predicted risk
    bounds who a guideline covers (CONSORT 2010 item 4a: eligibility), as the thresholds do; "those
    with a 30 percent lower risk" is an effect (round 14)."""
    return bool(_BENEFITS_RISK_BAND_BEFORE.search(before[-80:]) and _BENEFITS_RISK_BAND_AFTER.match(after))


_BENEFITS_DEFINITION_BEFORE = pattern("benefits_definition_before")


def _describes_definition(c: Context, before: str, after: str) -> bool:
    """"partial responses, in which tumors shrink by at least 30 percent" (round 8b)."""
    return bool(_BENEFITS_DEFINITION_BEFORE.search(before[-120:]))


_BENEFITS_SCALE_RANGE_BEFORE = pattern("benefits_scale_range_before")


def _describes_scale_range(c: Context, before: str, after: str) -> bool:
    """"a scale that ranges from 0 to 72 points": the instrument, not a result (round 8b)."""
    return bool(_BENEFITS_SCALE_RANGE_BEFORE.search(before[-80:]))


# Who consented, enrolled, was withdrawn, followed up or retained: CONSORT 2010 item 13's participant
# flow (``benefits_study_flow_before``, ``benefits_study_flow_after``), not an outcome of item 17.
_BENEFITS_STUDY_FLOW_BEFORE = pattern("benefits_study_flow_before")
_BENEFITS_STUDY_FLOW_AFTER = pattern("benefits_study_flow_after")
_BENEFITS_SURVEY_RESPONSE_AFTER = pattern("benefits_survey_response_after")
_BENEFITS_SURVEY_NAMED = pattern("benefits_survey_named")


def _describes_study_flow(c: Context, before: str, after: str) -> bool:
    """"45 consented (66 percent)", "a retention rate of 89 percent": the participant flow (round 13b)."""
    return bool(_BENEFITS_STUDY_FLOW_BEFORE.search(before[-80:]) or _BENEFITS_STUDY_FLOW_AFTER.match(after)
                or (_BENEFITS_SURVEY_RESPONSE_AFTER.match(after) and _BENEFITS_SURVEY_NAMED.search(c.sentence)))


# How often a marker (a mutation, protein, virus) is found in people: the prevalence a test detects
# (``benefits_marker_found_before``), not an effect; a test's sensitivity names the cases found.
_BENEFITS_MARKER_FOUND_BEFORE = pattern("benefits_marker_found_before")


def _describes_test_yield(c: Context, before: str, after: str) -> bool:
    """"the mutation was found in about 0.5 percent of patients": a test's yield (round 13b)."""
    return bool(_BENEFITS_MARKER_FOUND_BEFORE.search(before[-160:]) and after.lstrip().startswith("of "))


_CHANGED_NEAR = pattern("changed_near")
_BASELINE = pattern("benefits_baseline")
_BASELINE_CHANGE = pattern("benefits_baseline_change")


def _describes_baseline(c: Context, before: str, after: str) -> bool:
    """"at the outset, they were asleep 66 percent of the time"; before the effect words since round
    9: "at the start of the trial, 55% of those who got the therapy were severe"."""
    return bool(_BASELINE.search(c.sentence) and not (_CHANGED_NEAR.search(c.sentence) or _BASELINE_CHANGE.search(c.sentence)))


# Each reads (c, before, after), in this order (the cheap and common first); any one says the
# percentage describes no effect.
_NO_EFFECT_DESCRIPTIONS = (
    _describes_the_sample,
    _describes_exposure,
    _describes_care_uptake,
    lambda c, before, after: _benefits_procedure_uptake(c, after),  # "44 percent had open surgery" (round 13)
    _describes_care_use,
    lambda c, before, after: _benefits_trait_list(c, before, after),  # "male (59%), white (79%)" (round 12)
    lambda c, before, after: _benefits_candidacy(before, after),  # "84% of patients ... may be candidates" (round 12)
    lambda c, before, after: _benefits_subgroup_named(before, after),  # "the roughly 50% of patients whose tumours carry" (16b)
    lambda c, before, after: _benefits_case_distribution(c, after),  # "90 percent of colon cancer cases occur in" (16b)
    lambda c, before, after: _benefits_place_variation(c),
    lambda c, before, after: _benefits_population_statistic(c),  # "a higher prevalence among women than men" (round 14)
    lambda c, before, after: _benefits_statistic_market_or_trend(before, after),
    lambda c, before, after: _benefits_exposure_step(c),  # "for every 10% increase in tax" (round 9c)
    _describes_dose_share,
    _describes_threshold,
    _describes_risk_band,
    _describes_definition,
    _describes_scale_range,
    _describes_study_flow,
    _describes_test_yield,
    lambda c, before, after: _benefits_care_volume(c),  # "done 18 percent less often in 2010" (round 13b)
    lambda c, before, after: _benefits_care_appropriateness(c),  # "70 percent ... inappropriately taking aspirin" (14)
    lambda c, before, after: _benefits_practice_of_care(c),  # "recommended in 42% of decisions made by urologists" (16)
    lambda c, before, after: _benefits_calendar_point(c, after) or _benefits_discontinued(c, after),  # round 9b
    lambda c, before, after: _benefits_set_in_advance(before, after),  # "proving a greater than 20 percent response rate" (9)
    _describes_baseline,
    lambda c, before, after: _benefits_unmet_need(c, before, after),  # "can't control the seizures in 30 percent" (9c)
)


_BENEFITS_GENERIC_RATE_BEFORE = pattern("benefits_generic_rate_before")


def _describes_generic_rate(c: Context, before: str, after: str) -> bool:
    """"the five-year survival rate is just 15 percent": a background rate (round 7)."""
    return bool(_BENEFITS_GENERIC_RATE_BEFORE.search(before[-120:]))


# Read only where the clause holds no effect word: "70% of patients on the drug are free of seizures".
_BACKGROUND_RATES = (
    _describes_generic_rate,
    lambda c, before, after: _benefits_background_rate(c, before, after),  # "an 80 to 90 percent survival rate" (13b)
    lambda c, before, after: _generic_share(c),
)


_COMPOSITION = pattern("composition")
_BAND_BEFORE = pattern("band_before")
_POPULATION_SHARE = pattern("population_share")


def _not_an_outcome_share(c: Context, window: str) -> bool:
    """A percentage that describes a diet ("34 percent of total calories"), a score band ("scores
    from 2 percent to 2.9 percent", "classified as a less than 15 percent chance"), a population
    ("about 3 percent of the world's population"), a share price or an opinion poll: not an
    outcome of the intervention (HealthNewsReview.org criterion 2 asks for the benefits
    quantified)."""
    if _BAND_BEFORE.search(c.text_before(50)):
        return True
    # a population set beside the study's own figure is a comparison, not a background rate:
    # "11 percent of the general population had dementia compared with 1 percent of the subjects"
    return bool(_COMPOSITION.search(window) or (_POPULATION_SHARE.search(window) and not _COMPARED.search(
        c.text, c.sentence_start, c.sentence_end)))


_PREVALENCE_NEAR = pattern("prevalence_near")
_NOT_OUTCOME_SHARE = pattern("not_outcome_share")
_QUANTILE_BEFORE = pattern("quantile_before")
# "20 percent supported it", "28% agreed that ...": a poll's answer.
_OPINION_AFTER = pattern("opinion_after")


def _background_share(c: Context, window: str) -> bool:
    """A percentage of people who have a condition ("PCOS affects up to 12% of women", "accounts for
    1 percent of cases", "happens in about 9% of deliveries") with no change or comparison beside it
    (a bound, "affects more than 50 percent", is no comparison: round 8b);
    a diet's or a day's make-up, a study's retention or adherence, how much care is used or
    whether it was appropriate, a poll's answer, a share price ("shares rose 2.2 percent"); a quantile that defines a group ("the top
    25 percent"). None is an outcome of the intervention (HealthNewsReview.org criterion 2: are the
    benefits quantified? Background rates and disease prevalence are not)."""
    if _QUANTILE_BEFORE.search(c.text_before(12)):
        return True
    wider = c.around(100, 60)
    if _NOT_OUTCOME_SHARE.search(wider) or _OPINION_AFTER.match(c.text, c.match_end):
        return True
    if _benefits_frequency_reported(c):
        return True
    return bool(_PREVALENCE_NEAR.search(window) and not _CHANGED_NEAR.search(_BENEFITS_BOUND_BEFORE_FIGURE.sub(" ", window)))


_BENEFITS_FREQUENCY_MEASURE = pattern("benefits_frequency_measure")
_BENEFITS_FREQUENCY_CHANGED = pattern("benefits_frequency_changed")


def _benefits_frequency_reported(c: Context) -> bool:
    """The figure reports how common a condition is: its sentence names a frequency measure before
    it ("the lifetime risk of breast cancer among women is about 12 percent", "the prevalence of
    obesity was 36 percent, higher among women than men (38.3% vs. 34.3%)"), no change ("the
    incidence fell by 30 percent") and no treatment, trial arm or the page's intervention. A
    comparison between populations (sex, age, region) leaves it a background rate. Round 10: the
    60-character window of ``_background_share`` missed a measure named at the head of a long
    subject.

    Prevents baseline and population risks counting as benefits quantified (Woloshin, Schwartz &
    Welch 2008: the baseline risk is what a benefit is judged against, not the benefit;
    HealthNewsReview.org criterion 2)."""
    before = c.text[c.sentence_start:c.match_start]
    if not _BENEFITS_FREQUENCY_MEASURE.search(before):
        return False
    if _BENEFITS_FREQUENCY_CHANGED.search(c.sentence):
        return False
    return not (_benefits_treatment_named(c) or _names_trial_arm(c))
