"""A treatment's name set beside the intervention as an option: not the patient's own regimen, a
treatment given with it or an exposure, a quantity, radiation as a dose received, or a treatment
added on rather than instead.

Sources: HealthNewsReview.org criterion 6."""

from __future__ import annotations

from ..base import Context, negates, pattern, registry, words
from .readers import (
    _ALT_CONTRASTIVE, _CONTRAST_NEAR, _CONTROL_GROUP, _GIVEN_WITH, _OF_THE_SAME, _OPTION_REACH, _PLACEBO_LIKE,
    _SETS_APART, _is_quantity, _sets_beside,
)
from .own_option import not_the_intervention


# The same treatment again: "a repeat surgery", "revision surgery".
_AGAIN = words("again")


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
    surgery"), nor where a possessive makes it the regimen people already take ("have you taken
    your medications today?"; round 13b, ``_patients_own_regimen``).

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
    if _patients_own_regimen(c):  # "have you taken your medications yet today?"
        return False
    signals = [words[i] for i in before if _sets_beside(c, i)]
    # after the name only a conjunction or a comparison sets it beside another ("surgery or
    # radiation", "chemotherapy, the standard treatment, versus nothing"): "robotic surgery may
    # offer other benefits", "radiation therapy has not been approved" say more of the same one
    signals += [words[i] for i in after if _sets_beside(c, i) and words[i] not in _OF_THE_SAME]
    lead = words[before.start:c.start]
    arm = "who" in lead or not _CONTROL_GROUP.isdisjoint(words[c.first:c.start])
    if signals and all(negates(w) for w in signals) and arm:
        return False  # "women who hadn't had the surgery", "a control group ... did not receive it"
    return bool(signals)


# Possessive determiners: "your medications", "their chemotherapy".
_ALT_POSSESSIVES = words("alternatives_possessives")


def _patients_own_regimen(c: Context) -> bool:
    """A possessive determiner right before the name makes it the treatment the people named
    already take, given and definite ("have you taken your medications yet today?", "side effects
    as a result of their chemotherapy treatment"), not an option set beside the intervention, unless
    a word of contrast before it sets it apart ("instead of their usual pills", "compared with their
    chemotherapy"). Round 13b dev audit, not_option."""
    if c.word(c.start - 1) not in _ALT_POSSESSIVES:
        return False
    return not any(w in _CONTRAST_NEAR or w in _ALT_CONTRASTIVE or w in _SETS_APART for w in c.before(_OPTION_REACH))


_EXPOSURE_BEFORE = words("exposure_before")


def _given_with_or_as_exposure(c: Context) -> bool:
    lead = c.text_before(40)
    return bool(_GIVEN_WITH.search(lead)) or not _EXPOSURE_BEFORE.isdisjoint(c.before(3))


_QUANTITY_UNITS = words("alternatives_quantity_units")


def not_a_quantity(c: Context) -> bool:
    """"Instead of", "rather than" set options side by side, not quantities: "the repair needed
    three incisions instead of one", "three copies of the chromosome instead of two".

    Nor a span or an amount after an article: "rather than the two to three years it took him"
    (round 9): "the" before a number and a unit still swaps quantities ("instead of the two drugs"
    names options and stays).

    Prevents counts swapped for counts counting as alternatives discussed (HealthNewsReview.org
    criterion 6).
    """
    following = c.word(c.end)
    if following == "the" and _is_quantity(c.word(c.end + 1)):
        return not any(c.word(i) in _QUANTITY_UNITS for i in range(c.end + 2, min(c.last, c.end + 5)))
    return not _is_quantity(following)


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


RULES = registry(
    named_as_option,
    not_a_quantity,
    radiation_as_treatment,
    instead_not_added,
)
