"""A harm tied to a treatment that is not this treatment's: the checks that ask each phenomenon
(the indication, another option, the usual care, the disease's burden, a risk borne or read, a
prevented endpoint, a name), and the rule on quantified harms that reads them.

Sources: HealthNewsReview.org criterion 3 (the harms of the intervention)."""

from __future__ import annotations

import re

from ..base import Context, pattern, registry
from .readers import _harm_caused_by_own_option
from .risks import _harms_burden_of_condition, _harms_lack_of_the_option, _harms_risk_measure, _harms_risk_read
from .burden import (
    _harms_at_risk_complement, _harms_cancer_site, _harms_caused_by_condition, _harms_condition_classified,
    _harms_death_toll, _harms_of_habit, _harms_of_target_condition, _harms_use_disorder,
)
from .comparators import (
    _harms_back_to_other_option, _harms_indication, _harms_of_coordinated_owner, _harms_of_relative_other,
    _harms_other_option,
)
from .usual_care import _harms_usual_care_drawback, _harms_usual_care_turned
from .endpoints import _harms_of_stopping, _harms_prevented_endpoint


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
    word = c.at_span(found.start(), found.end(), c.start, c.end)
    return word is not None and _harms_not_this_treatments(word)


def _harms_not_this_treatments(c: Context) -> bool:
    """The harm word names what the treatment is for, another option's harm, the disease's burden
    or part of a name; since round 34 none of these where the harm's own noun phrase names the
    page's option as its cause ("other drugs treat the nausea caused by Ostrafen":
    ``_harm_caused_by_own_option``): the phrase says whose harm it is."""
    if _harm_caused_by_own_option(c):
        return False
    return (_harms_indication(c) or _harms_other_option(c) or _harms_back_to_other_option(c) or _harms_of_relative_other(c)
            or _harms_usual_care_drawback(c) or _harms_usual_care_turned(c)
            or _harms_burden_of_condition(c) or _harms_in_a_name(c) or _harms_risk_read(c)
            or _harms_death_toll(c) or _harms_cancer_site(c) or _harms_caused_by_condition(c)
            or _harms_condition_classified(c) or _harms_of_target_condition(c) or _harms_of_habit(c)
            or _harms_at_risk_complement(c) or _harms_use_disorder(c) or _harms_risk_measure(c)
            or _harms_prevented_endpoint(c) or _harms_lack_of_the_option(c) or _harms_of_coordinated_owner(c)
            or _harms_of_stopping(c))


# An organisation's or a programme's name around a capitalised harm word: "National Institute on
# Drug Abuse", "Substance Abuse and Mental Health Services Administration", "FDA Adverse Effect
# Reporting System".
_HARMS_NAME_BEFORE = pattern("harms_name_before")
_HARMS_NAME_AFTER = pattern("harms_name_after")

# A titled name whose head stands before the harm and whose initials follow it (round 13b): "the
# Common Terminology Criteria for Adverse Events (CTCAE)", a grading scale, not a harm.
_HARMS_TITLED_HEAD_BEFORE = pattern("harms_titled_head_before")
_HARMS_ACRONYM_AFTER = pattern("harms_acronym_after")


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
                    and _HARMS_ACRONYM_AFTER.match(c.text_after(60))))


RULES = registry(
    harms_not_a_prevented_endpoint,
)
