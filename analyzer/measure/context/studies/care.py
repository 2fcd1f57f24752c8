"""A figure of care given, not of its effect: the unit step of a dose-response ("for every 10%
increase"), people who stopped the option, a calendar year's share, how often care is given or
whether it was appropriate, what practitioners do, a target set in advance, which procedure people
had, or a share for whom care fails.

Sources: HealthNewsReview.org criterion 2 (the size of the benefit, kept apart from how much care is
used); Donabedian 1966 (structure, process and outcome of care); Wennberg & Gittelsohn 1973 (small-area
variation); Fitch et al. 2001 (RAND/UCLA appropriateness method); STROBE items 12 and 16."""

from __future__ import annotations

from ..base import Context, pattern, words
from .figures import _BENEFITS_COMPARED_REACH, _COMPARED, _REDUCED_NEAR, _benefits_figure_clause, _names_trial_arm


_BENEFITS_UNMET_NEED_BEFORE = pattern("benefits_unmet_need_before")
_BENEFITS_UNMET_NEED_AFTER = pattern("benefits_unmet_need_after")


def _benefits_unmet_need(c: Context, before: str, after: str) -> bool:
    """A share for whom care fails, stated in the present or with a modal: "drugs can't control the
    seizures in 30 percent of the cases", "standard drugs are unable to control asthma in 10 to 20
    percent of patients", "about 40% of adolescents do not respond to their first treatment", "up to
    50% of patients never reach remission". The unmet need a new option is offered for, a background
    rate (Krifka et al. 1995: the generic present states what holds in general), not that option's
    effect, which a study reports as what happened ("22 percent didn't respond to the diet",
    CONSORT item 17) or sets against a comparator. Round 9c."""
    if not (_BENEFITS_UNMET_NEED_BEFORE.search(before[-120:]) or _BENEFITS_UNMET_NEED_AFTER.match(after)):
        return False
    return not _COMPARED.search(c.sentence)  # last: a scan of the whole sentence, 6 us (round 34)


_BENEFITS_EXPOSURE_STEP_BEFORE = words("benefits_exposure_step_before")


def _benefits_exposure_step(c: Context) -> bool:
    """A figure that measures what was given, not what it did: the unit step of a dose-response
    statement ("for every 10% increase in tax, consumption falls 4%", "every 10 percent drop in
    weight cuts the risk"), or a diet's content ("mice fed 5% freeze-dried raspberry"). The exposure
    is the dose of the option; the outcome is the other figure (STROBE item 12 and 16: exposures
    apart from outcomes). Round 9c."""
    return c.word(c.start - 1).lower() in _BENEFITS_EXPOSURE_STEP_BEFORE


_BENEFITS_DISCONTINUED_AFTER = pattern("benefits_discontinued_after")
_BENEFITS_DISCONTINUED = pattern("benefits_discontinued")


def _benefits_discontinued(c: Context, after: str) -> bool:
    """People who stopped the option itself: "38 percent had to stop taking the drug", or the second
    figure set against such a first one ("..., compared with 9 percent on placebo"): a dropout or
    adherence rate, which the CONSORT flow diagram (item 13) reports apart from outcomes (round 9b)."""
    if _BENEFITS_DISCONTINUED_AFTER.match(after):
        return True
    begin = max(c.sentence_start, c.match_start - _BENEFITS_COMPARED_REACH)
    compared = _COMPARED.search(c.text, max(c.sentence_start, c.match_start - 40), c.match_start)
    return bool(compared and _BENEFITS_DISCONTINUED.search(c.text, begin, compared.start()))


_BENEFITS_PRESENT_POINT = pattern("benefits_present_point")
_BENEFITS_CALENDAR_POINT_AFTER = pattern("benefits_calendar_point_after")
_BENEFITS_CALENDAR_YEAR = pattern("benefits_calendar_year")


def _benefits_calendar_point(c: Context, after: str) -> bool:
    """The figure is dated to a calendar year ("58 percent in 2008") and its sentence names another
    year: a point of a series over calendar time, a secular trend in care or disease, not an outcome
    compared between those who took an option and those who did not (round 9b; Donabedian 1966
    keeps the process of care apart from its outcomes; CONSORT item 17a). People who stopped the
    option itself ("38 percent had to stop taking the drug") are read beside it in
    ``_describes_no_effect``: dropout and adherence, which CONSORT item 13 reports apart from
    outcomes."""
    dated = _BENEFITS_CALENDAR_POINT_AFTER.match(after) or _BENEFITS_PRESENT_POINT.match(after)
    if not dated:
        return False
    # "from less than 4% in 1999 to more than 6% at present": the present is the series' last point (round 9c)
    points = _BENEFITS_CALENDAR_YEAR.findall(c.sentence) + _BENEFITS_PRESENT_POINT.findall(c.sentence)
    return len(points) >= 2


_BENEFITS_CARE_VOLUME = pattern("benefits_care_volume")
_BENEFITS_CALENDAR_SPAN = pattern("benefits_calendar_span")
_BENEFITS_ARM_NAMED = pattern("benefits_arm_named")


def _benefits_care_volume(c: Context) -> bool:
    """The figure's sentence counts how often care is given (procedures or tests done, performed or
    sought: ``benefits_care_volume``) over calendar time or around a guideline (a year, "the last
    decade", "after the guidelines": ``benefits_calendar_span``), and names no trial arm: "cosmetic
    procedures were done 18 percent less often in 2010 than in 2000, with larger drops in facelifts (65
    percent)", "by 2008, 67 percent of these biopsies were being done through the skin, the team's group
    found" (a research group is no trial arm: ``benefits_arm_named``). A secular
    trend in the volume of care is the process of care (Donabedian 1966; Wennberg & Gittelsohn 1973
    on utilisation), not what an option did for the people who had it (HealthNewsReview.org
    criterion 2). Round 13b: the trend-in-use wording read only "an increase in use" right after
    the figure."""
    sentence = c.sentence
    if not (_BENEFITS_CARE_VOLUME.search(sentence) and _BENEFITS_CALENDAR_SPAN.search(sentence)):
        return False
    return not _BENEFITS_ARM_NAMED.search(sentence)


_BENEFITS_CARE_APPROPRIATENESS = pattern("benefits_care_appropriateness")


def _benefits_care_appropriateness(c: Context) -> bool:
    """The figure's clause judges whether care was appropriate, or counts people going without any
    ("in some practices, 70 percent of patients were inappropriately taking aspirin", "some hospitals
    had an inappropriate rate as high as 40%", "as many as 20 percent are not getting any treatment";
    ``benefits_care_appropriateness``), nothing in it is reduced and the sentence names no trial arm.
    Appropriateness and underuse are the quality of the process of care (Donabedian 1966; the
    RAND/UCLA appropriateness method, Fitch et al. 2001), measured on practices, not an effect of an
    option on the people who had it (HealthNewsReview.org criterion 2); "the device cut inappropriate
    shocks by half" keeps its reduction. Round 14: dev labels' not_outcome errors on three pages."""
    begin, start, end, stop = _benefits_figure_clause(c)
    clause = c.text[begin:start] + " " + c.text[end:stop]
    if not _BENEFITS_CARE_APPROPRIATENESS.search(clause) or _REDUCED_NEAR.search(clause):
        return False
    return not _names_trial_arm(c)


_BENEFITS_PRACTICE_AGENT = pattern("benefits_practice_agent")
_BENEFITS_PRACTICE_SHARE_AFTER = pattern("benefits_practice_share_after")
_BENEFITS_PRACTICE_CLAUSE_BREAK = pattern("benefits_practice_clause_break")


def _benefits_practice_of_care(c: Context) -> bool:
    """The figure's sentence measures what practitioners do, not what happened to patients: a share
    of clinicians or of their decisions ("observation was recommended in 42% of decisions made by
    urologists and 23% of those by radiation oncologists", "56% of the clinicians reported discussing
    the risks"), or practitioners and hospitals as the ones who performed, recommended, prescribed or
    ordered care in the figure's clause before it ("teaching hospitals performed the keyhole operation
    at a higher rate than the open one, 54 percent versus 46 percent"; ``benefits_practice_agent``,
    ``benefits_practice_share_after``), and the sentence names no
    trial arm. Practice patterns are the process of care (Donabedian 1966; Wennberg & Gittelsohn
    1973 on variation in practice), which HealthNewsReview.org criterion 2 keeps apart from how much
    an option helps the people who have it; an arm named ("patients whose doctors used the checklist
    had 30 percent fewer infections than the control group") keeps the figure an outcome. Round 16:
    the dev labels' not_outcome errors on three pages (the procedure-uptake, care-volume and
    appropriateness rules read the patients' side of the same process)."""
    practice = bool(_BENEFITS_PRACTICE_SHARE_AFTER.match(c.rest_of_sentence)) or _practitioners_act_before(c)
    return practice and not _names_trial_arm(c)  # the arm last: it reads every word of the sentence


def _practitioners_act_before(c: Context) -> bool:
    """The practitioners act in the figure's own clause, before it: "doctors prescribed the pill to 500
    patients, and 60 percent of them improved" reports the patients' outcome in a clause of its own."""
    begin = max(c.sentence_start, c.match_start - _BENEFITS_COMPARED_REACH)
    agents = list(_BENEFITS_PRACTICE_AGENT.finditer(c.text, begin, c.match_start))
    return bool(agents) and not _BENEFITS_PRACTICE_CLAUSE_BREAK.search(c.text, agents[-1].end(), c.match_start)


_BENEFITS_GOAL_BEFORE = pattern("benefits_goal_before")
_BENEFITS_GOAL_AFTER = pattern("benefits_goal_after")
_BENEFITS_REQUIRED_BEFORE = pattern("benefits_required_before")


def _benefits_set_in_advance(before: str, after: str = "") -> bool:
    """A figure fixed before the result, not the result: a goal or a pre-specified objective ("the
    primary objective of proving a greater than 20 percent response rate", "a goal that by 2025
    there will be a 25 per cent reduction"; CONSORT 2010 item 6a keeps pre-specified outcomes apart
    from the results of item 17). Round 9. (A responder threshold, "had at least a 50 percent
    reduction", was tried and dropped: earlier labels count it as part of the benefit.) Round 13: the
    goal or cut-off may follow the figure ("cut smoking by 48%, just short of the 50% goal", "against
    the 50 percent cut-off")."""
    if _BENEFITS_GOAL_BEFORE.search(before[-120:]) or _BENEFITS_GOAL_AFTER.match(after):
        return True
    # Round 13b: a level someone needs, wants or waits for ("you need a 90 percent specificity"):
    # asked for, not reached (``benefits_required_before``). A level weighed as what it "would be"
    # ("a 50 percent cure rate would be a major improvement") was tried and left: dev labels read it
    # both ways.
    return bool(_BENEFITS_REQUIRED_BEFORE.search(before[-80:]))


_BENEFITS_PROCEDURE_UPTAKE_AFTER = pattern("benefits_procedure_uptake_after")
_BENEFITS_CARE_LIKELIHOOD_AFTER = pattern("benefits_care_likelihood_after")


def _benefits_procedure_uptake(c: Context, after: str) -> bool:
    """The share says which procedure or therapy people had ("58.4 percent of patients underwent
    laparoscopic procedures and 41.6 percent had open operations", "only 29 percent of patients
    received the recommended combination therapies") and the sentence names no trial arm: the
    process of care, which Donabedian (1966) keeps apart from its outcomes, and a pattern of practice,
    not what an option did (HealthNewsReview.org criterion 2). "Surgery was needed by 12% of the
    drug group and 30% of the placebo group" stays an outcome: an arm is named. Round 13 widens the
    care-uptake wording (generic "treatment", "therapy", "care") to named procedures. Round 13b: a
    likelihood of being given care ("weekend arrivals were 20 percent more likely to be given the
    clot-buster"; ``benefits_care_likelihood_after``) is the same process of care."""
    if not (_BENEFITS_PROCEDURE_UPTAKE_AFTER.match(after) or _BENEFITS_CARE_LIKELIHOOD_AFTER.match(after)):
        return False
    return not _names_trial_arm(c)
