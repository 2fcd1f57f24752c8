"""Percentages with and without their context: an outcome's percentage with no denominator, no figure
to compare with, no comparison group and no citation is unsourced; with them it is sourced; a
natural frequency over a round denominator ("9 out of 10 patients") is a claim too. The figure
must measure an outcome (``descriptions``, ``harm_figures``).

Sources: HealthNewsReview.org criterion 2 (benefits quantified in absolute terms); Gigerenzer &
Hoffrage 1995 (natural frequencies); Sumner et al. 2014 (BMJ 349:g7015) on exaggeration in releases."""

from __future__ import annotations

import functools
from typing import Callable

from ..base import Context, _QUOTE_WINDOW, pattern, registry
from .figures import _REDUCED_NEAR
from .harm_figures import _benefits_measures_a_harm
from .descriptions import _background_share, _describes_no_effect, _not_an_outcome_share


def unsourced_statistic(c: Context) -> bool:
    """A percentage of an outcome with no denominator ("of 120 patients"), no figure or group to
    compare it with ("70% vs 40%", "women who took hormones and women who didn't") and no citation in its
    sentence ("nearly 70% improved"; "researchers report in JAMA" is a citation).

    Generic attributions ("studies have shown", "researchers found") are not sources: they name
    no study a reader could check (HealthNewsReview.org criterion 2; Sumner et al. 2014).
    Percentages that measure no outcome ("10% off", "100% natural") and rates of harm ("6.9
    percent suffered major cardiac events") are not benefit statistics at all.
    """
    return _is_outcome_figure(c) and _statistic_is_unsourced(c)


# A percentage that measures no outcome: an offer ("10% off", "100% satisfaction guarantee", "100%
# zero risk"), a composition ("100% natural", "60-70% purity"), a state of mind ("100% convinced").
_NOT_OUTCOME_AFTER = pattern("not_outcome_after")
# A share of a market, not of patients: "90% of the imitation products out there", "90% of all
# brands are less than 30% extract".
_SHARE_OF_PRODUCTS = pattern("share_of_products")
# A rate of harm: "6.9 percent of patients suffered major cardiac events", "45% dropped out".
_HARM_NEAR = pattern("harm_near")
# False alarms, missed cases and the adverse events a label names: "19% had diarrhea".
_HARM_NAMED = pattern("harm_named")


def _judged_once(check: Callable[[Context], bool]) -> Callable[[Context], bool]:
    """``check`` remembering its last match: the sourced and unsourced statistic terms share one
    pattern, so the same match is judged twice in a row (issue 17)."""
    last: list = [None, None, None]  # text, span, answer

    @functools.wraps(check)
    def judged(c: Context) -> bool:
        span = (c.match_start, c.match_end)
        if last[0] is not c.text or last[1] != span:
            last[:] = c.text, span, check(c)
        return last[2]
    return judged


@_judged_once
def _is_outcome_figure(c: Context) -> bool:
    if _NOT_OUTCOME_AFTER.match(c.text, c.match_end) or _SHARE_OF_PRODUCTS.match(c.text, c.match_end):
        return False
    window = c.around(60, 60)
    if _not_an_outcome_share(c, window) or _background_share(c, window) or _describes_no_effect(c):
        return False
    if _benefits_measures_a_harm(c):
        return False
    harm = _HARM_NEAR.search(window) or _HARM_NAMED.search(window)
    return not (harm and not _REDUCED_NEAR.search(window))


# A denominator: "of 120 patients", "out of 40", "among 300", "n = 52", "120 participants".
_DENOMINATOR = pattern("denominator")
# A second figure to compare with: another percentage, or "compared with 40".
_OTHER_FIGURE = pattern("other_figure")
# A citation: "(Smith et al., 2019)", "[12]", a DOI, a named journal or named source
# ("researchers report in JAMA", "appeared in The Lancet").
_CITATION = pattern("citation")
# Two groups set side by side: "among women who took hormones and women who didn't". A bare
# "compared with the control group" is not enough: the reader still lacks the other figure.
_COMPARISON = pattern("comparison")


@_judged_once
def _statistic_is_unsourced(c: Context) -> bool:
    origin = max(c.sentence_start, c.match_start - _QUOTE_WINDOW)
    sentence = c.text[origin:min(c.sentence_end, c.match_end + _QUOTE_WINDOW)]
    start, end = c.match_start - origin, c.match_end - origin
    rest = sentence[:start] + " " + sentence[end:]
    return not (_DENOMINATOR.search(sentence) or _OTHER_FIGURE.search(rest) or _CITATION.search(sentence)
                or _COMPARISON.search(sentence))


def unsourced_natural_frequency(c: Context) -> bool:
    """A natural frequency over a round denominator ("works for 9 out of 10 patients") is a
    percentage in other words, read as ``unsourced_statistic`` reads one: an outcome figure with no
    denominator of people studied, no figure or group to compare it with and no citation in its
    sentence. Its own "out of 10" is no denominator: ten is the scale, not the sample ("7 of the 10
    women who took the drug" names a group and is no match). "Studies prove" names no study.

    Round 25 (a new user's report: "Studies prove that PRP works for 9 out of 10 patients" was read
    as a benefit quantified and never flagged). Prevents ratios escaping the flag a bare percentage
    gets (HealthNewsReview.org criterion 2; Sumner et al. 2014; Gigerenzer & Hoffrage 1995).
    """
    if not _is_outcome_figure(c):
        return False
    origin = max(c.sentence_start, c.match_start - _QUOTE_WINDOW)
    sentence = c.text[origin:min(c.sentence_end, c.match_end + _QUOTE_WINDOW)]
    rest = sentence[:c.match_start - origin] + " " + sentence[c.match_end - origin:]
    return not (_DENOMINATOR.search(rest) or _OTHER_FIGURE.search(rest) or _CITATION.search(sentence)
                or _COMPARISON.search(sentence))


def sourced_statistic(c: Context) -> bool:
    """A percentage of an outcome that comes with its context: the complement of
    ``unsourced_statistic`` among outcome figures."""
    return _is_outcome_figure(c) and not _statistic_is_unsourced(c)


RULES = registry(
    unsourced_statistic,
    unsourced_natural_frequency,
    sourced_statistic,
)
