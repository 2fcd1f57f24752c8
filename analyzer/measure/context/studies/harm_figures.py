"""A figure that measures a harm, not a benefit: its clause names an adverse event ("side
effects", "complications"), calls a risk low, or names a harm together with the option that causes it,
whichever way the figure moved; not where the harm is denied ("no serious side effects").

Sources: HealthNewsReview.org criteria 2 (benefits) and 3 (harms); CONSORT 2004 extension for harms
(Ioannidis et al. 2004); FDA labeling, "Adverse Reactions"."""

from __future__ import annotations

import re

from ..base import Context, pattern, words
from .figures import (
    _BENEFITS_BOUND_BEFORE_FIGURE, _BENEFITS_CLAUSE_END_AFTER, _BENEFITS_CLAUSE_START_BEFORE, _REDUCED_NEAR,
    _benefits_figure_clause, _names_trial_arm,
)


_BENEFITS_ADVERSE_OUTCOME = pattern("benefits_adverse_outcome")
_BENEFITS_ADVERSE_SYMPTOM = pattern("benefits_adverse_symptom")
_BENEFITS_ADVERSE_LAB_PLAIN = pattern("benefits_adverse_lab_plain")
_BENEFITS_RAISED_RISK = pattern("benefits_raised_risk")


def _benefits_measures_a_harm(c: Context) -> bool:
    """A figure whose clause names an adverse event measures a harm, whichever way it moved:
    "fewer severe side effects than on the older drug, at 14 percent versus 45 percent", "a 1.5%
    increase in callbacks", "an 8.3 percent chance of a false negative"; a symptom a treatment can
    cause, where nothing was reduced: "acne, seen in about 21 percent of participants" (not "a
    reduction in their headache", the migraine treated), or a laboratory event by its plain name
    ("high potassium levels occurred in 18% of patients", round 24); a risk raised, where nothing was reduced
    (round 8b): "a 56 percent higher risk of dying than non-drinkers". Not where the event is denied ("no serious
    side effects") or belongs to another clause ("pain fell 40 percent, but side effects ...").

    Prevents rates of harm counting as benefits quantified (HealthNewsReview.org criteria 2 and
    3 keep benefits and harms apart; FDA labeling: "Adverse Reactions"; the audit guidelines'
    harm_rate: "6.9 percent suffered major cardiac events"). Disease outcomes a treatment prevents
    (deaths, infections, heart attacks) are not adverse events here.
    """
    spans = _benefits_figure_clause(c)
    parts = ((spans[0], spans[1]), (spans[2], spans[3]))
    # a bound right before the figure ("less than 1% of users get a serious infection") reduces
    # nothing, as in the rules below (round 17)
    unbound = _BENEFITS_BOUND_BEFORE_FIGURE.sub(lambda m: " " * len(m.group(0)), c.text[spans[0]:c.match_end])
    reduced = bool(_REDUCED_NEAR.search(unbound[:spans[1] - spans[0]]) or _REDUCED_NEAR.search(c.text, spans[2], spans[3]))
    kinds = (_BENEFITS_ADVERSE_OUTCOME,) if reduced else (_BENEFITS_ADVERSE_OUTCOME, _BENEFITS_ADVERSE_SYMPTOM,
                                                         _BENEFITS_ADVERSE_LAB_PLAIN, _BENEFITS_RAISED_RISK)
    if any(not _benefits_adverse_denied(c, found.start())
           for a, b in parts for kind in kinds for found in kind.finditer(c.text, a, b)):
        return True
    raised = _BENEFITS_RAISED_RISK.search(c.text, c.match_start, min(c.sentence_end, c.match_end + 20))
    if not reduced and raised and raised.start() < c.match_end:
        # the relative term itself raises the risk: "a three [times higher] risk of atypical
        # fractures" (the term holds "higher", which the clause on either side of it lacks; round 13b)
        return True
    return (_benefits_adverse_event_in_clause(c) or _benefits_harm_of_the_option(c) or _benefits_risk_called_low(c)
            or _benefits_share_called_side_effect(c) or _benefits_event_called_complication(c))


_BENEFITS_ADVERSE_DENIED = words("benefits_adverse_denied")


def _benefits_adverse_denied(c: Context, at: int) -> bool:
    """"no serious side effects", "without complications", "absence of complications"."""
    return bool(set(c.text[max(c.sentence_start, at - 25):at].lower().split()[-3:]) & _BENEFITS_ADVERSE_DENIED)


_BENEFITS_ADVERSE_EVENT_REPORTED = pattern("benefits_adverse_event_reported")
_BENEFITS_FIGURE = re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)


def _benefits_adverse_event_in_clause(c: Context) -> bool:
    """An adverse event named by a word that means nothing else ("side effects", "adverse events",
    "toxicity", "false positives") and reported as had or as a level ("experienced", "had", "higher
levels of", "fewer"; ``benefits_adverse_event_reported``) measures a harm anywhere in the figure's clause, not only within
    the 60-character reach of ``_benefits_figure_clause``: "fewer patients experienced serious
    side-effects from taking the drug than with the older treatment - only 13 per cent", "led to far
    higher levels of side effects, such as colitis and inflammation of the lungs, at 54 percent",
    "40 percent of screened smokers in the national trial had false positives". The clause runs from
    the last contrast or concession before the figure to the first after it, and no other figure
    may stand between the event and this one (that figure owns it). Round 13b: the reach left long
    subjects and long lists of examples out.

    Prevents rates of harm counting as benefits quantified (CONSORT 2004 extension for harms:
    harms are reported apart from efficacy; HealthNewsReview.org criteria 2 and 3; the audit
    guide's harm_rate)."""
    begin = c.sentence_start
    for found in _BENEFITS_CLAUSE_START_BEFORE.finditer(c.text, c.sentence_start, c.match_start):
        begin = found.end()
    stop = _BENEFITS_CLAUSE_END_AFTER.search(c.text, c.match_end, c.sentence_end)
    end = stop.start() if stop else c.sentence_end
    for found in _BENEFITS_ADVERSE_EVENT_REPORTED.finditer(c.text, begin, c.match_start):
        if not _BENEFITS_FIGURE.search(c.text, found.end(), c.match_start):
            return True
    return bool(_BENEFITS_ADVERSE_EVENT_REPORTED.search(c.text, c.match_end, end))


_BENEFITS_HARM_OF_THE_OPTION = pattern("benefits_harm_of_the_option")
_BENEFITS_HARM_LOWERED = pattern("benefits_harm_lowered")


def _benefits_harm_of_the_option(c: Context) -> bool:
    """The figure's sentence names a harm together with the option that causes it ("the risk of death
    from the operation itself, about 2%", "nearly 5% of patients died within 30 days of surgery", "the
    risk of complications from the procedure is less than 1 percent") and reduces nothing: a death,
    infection or complication *of the treatment* is its harm, whichever outcome the page measures
    elsewhere. A bound ("less than 1 percent") is no reduction. "Surgery cut deaths from heart disease
    by 30 percent" and "fewer infections after the vaccine" still count: there the option lowers the
    harm. Round 11.

    Prevents rates of a treatment's own harms counting as benefits quantified (CONSORT 2004 extension
    for harms, Ioannidis et al.: harms are outcomes of their own, reported apart from efficacy;
    HealthNewsReview.org criteria 2 and 3; the audit guide's harm_rate).
    """
    sentence = c.sentence
    if not _BENEFITS_HARM_OF_THE_OPTION.search(sentence):
        return False
    return not _BENEFITS_HARM_LOWERED.search(_BENEFITS_BOUND_BEFORE_FIGURE.sub(" ", sentence))


_BENEFITS_RISK_CALLED_LOW = pattern("benefits_risk_called_low")


def _benefits_risk_called_low(c: Context) -> bool:
    """The figure's sentence calls a risk or rate low, small or rare ("he notes the risk is low, at
    only about 0.1% a year", "death rates were low: 0.4% of those on the drug for 10 years died of
    endometrial cancer", "the absolute risk of these fractures is still pretty low";
    ``benefits_risk_called_low``) and reduces nothing (a bound, "less than 1%", is no reduction).
    Calling a rate low reassures the reader about a risk: it sizes a harm that the page weighs, the
    frame HealthNewsReview.org criterion 3 reads (and the audit guide's harms code "minimised"), not a
    benefit, which is a gain the option brought (criterion 2). "The drug lowered the risk of a second
    stroke to 2 percent, which is low" keeps its reduction, and a trial arm named ("relapse rates were
    low: 5 percent on the drug against 20 percent on placebo") keeps the comparison an effect. Round 16: the dev labels' harm_rate errors
    on four pages."""
    if not _BENEFITS_RISK_CALLED_LOW.search(c.sentence) or _names_trial_arm(c):
        return False  # "relapse rates were low: 5% on the drug against 20% on placebo" sets arms apart: an effect
    return not _BENEFITS_HARM_LOWERED.search(_BENEFITS_BOUND_BEFORE_FIGURE.sub(" ", c.sentence))


_BENEFITS_EVENT_OCCURRED_IN_SHARE = pattern("benefits_event_occurred_in_share")
_BENEFITS_EVENT_CALLED_ADVERSE = pattern("benefits_event_called_adverse")


def _benefits_share_called_side_effect(c: Context) -> bool:
    """An event reported as occurring in a share of the people studied, which the sentence then calls
    a side effect by a word pointing back to it ("muscle cramps occurred in 18% of patients on the pill
    compared with 9% on placebo, and 2% stopped taking it because of that side effect"): each figure of
    the sentence, the placebo arm's too, sizes the harm, where the sentence reduces nothing. A new
    user's report, round 24: both arms counted as benefits quantified.

    Prevents rates of harm counting as benefits quantified (CONSORT 2004 harms extension, item 15:
    each adverse event with its number in each arm; HealthNewsReview.org criteria 2 and 3; the audit
    guide's harm_rate)."""
    sentence = c.sentence
    if not (_BENEFITS_EVENT_OCCURRED_IN_SHARE.search(sentence) and _BENEFITS_EVENT_CALLED_ADVERSE.search(sentence)):
        return False
    return not _BENEFITS_HARM_LOWERED.search(_BENEFITS_BOUND_BEFORE_FIGURE.sub(" ", sentence))


_BENEFITS_EVENT_CALLED_COMPLICATION = pattern("benefits_event_called_complication")
_BENEFITS_EVENT_SUCH_SYMPTOMS = pattern("benefits_event_such_symptoms")
_BENEFITS_EVENT_SIDE_EFFECT_NAMED = pattern("benefits_event_side_effect_named")
_BENEFITS_REDUCTION_PROCEDURE = pattern("benefits_reduction_procedure")


def _benefits_event_called_complication(c: Context) -> bool:
    """The figure's sentence names the event it counts as a complication or as a reaction to the
    treatment ("half of the women who have the operation develop sagging as a long-term
    complication", "90 percent of users suffer from the complication within a decade", "a fifth have
    serious reactions during the therapy"), or points back to a side effect it has just named ("none
    on the drug reported side effects, but 5 of the 11 on placebo reported such symptoms"), and
    reduces nothing: the share who have the event sizes a harm. A surgery named by what it removes
    ("the breast reduction technique") is no reduction; "the pill cut the complications to 3 percent"
    keeps its benefit. Round 26: the dev labels' harm_rate errors on four pages (an extension of round
    24's "called a side effect" to the other words a sentence labels an adverse event with).

    Prevents rates of harm counting as benefits quantified (CONSORT 2004 extension for harms: a
    complication or a reaction of the intervention is an adverse event, reported apart from
    efficacy; HealthNewsReview.org criteria 2 and 3; the audit guide's harm_rate)."""
    sentence = c.sentence
    if not (_BENEFITS_EVENT_CALLED_COMPLICATION.search(sentence) or (
            _BENEFITS_EVENT_SUCH_SYMPTOMS.search(sentence) and _BENEFITS_EVENT_SIDE_EFFECT_NAMED.search(sentence))):
        return False
    read_out = _BENEFITS_REDUCTION_PROCEDURE.sub(" ", _BENEFITS_BOUND_BEFORE_FIGURE.sub(" ", sentence))
    return not _BENEFITS_HARM_LOWERED.search(read_out)
