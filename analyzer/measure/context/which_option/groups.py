"""Comparison groups: "compared with" or "other" whose second term is a control, an exposure group
or people who went without, not another option a patient could choose; and "no treatment" as the
option of going without.

Sources: HealthNewsReview.org criterion 6; DISCERN item 12 ("what would happen if no treatment is
used")."""

from __future__ import annotations

from ..base import Context, _ANAPHORS, _TREATMENT_OWNERS, _words_back, negates, registry, words
from .readers import (
    _ALT_ARM_WORDS, _CONTROL_GROUP, _GROUP_MEANS, _HEAD_ENDS, _NEGATED_GROUP, _PEOPLE, _PLACEBO_LIKE, _comparator,
    _went_without,
)


_NOT_AN_OPTION = words("not_an_option")

# Qualities weighed against each other rather than options: "cost versus convenience".
_WEIGHED = words("weighed_qualities")


def other_option(c: Context) -> bool:
    """A comparison sets the intervention beside an alternative when what follows is another
    treatment ("compared with standard chemotherapy"), not a placebo or a sham ("compared with
    9 percent on placebo") or the weighing of benefits "versus risks".

    Nor when the second term is a group that had none or less of the exposure, or a control group:
    "12% less likely to die compared to those who got less", "compared with mothers who didn't
    take it", "compared to the control group", "compared to national data from the general
    population", "compared with heavy smokers" set exposure groups side by side, not options for
    one patient; nor when the first term is the group that went without ("mothers who skipped the
    supplement ... compared with mothers who took it"), also where "who" is left out ("men not taking
    the drug ... vs. those who took it"; round 13b).

    Nor "versus" inside a hyphenated name ("graft-versus-host disease").

    Prevents placebo-controlled results and cohort comparisons counting as alternatives discussed
    (HealthNewsReview.org criterion 6: existing options a patient could choose).
    """
    if not _NOT_AN_OPTION.isdisjoint(c.tokens.words[c.end:min(c.last, c.end + 10)]):
        return False
    if c.word(c.end) in _WEIGHED or _in_a_compound(c):  # "cost versus convenience", "graft-versus-host"
        return False
    comparator = _comparator(c)
    return not (_group_by_exposure(comparator) or _went_without(_words_back(c, None, ",;:"))
                or _group_without_option(c, comparator))


# A group defined by less of the exposure: "those who got less", "the people with less of the bacterium".
_LESSER = words("lesser_amount")


def _group_by_exposure(comparator: list[str]) -> bool:
    """Whether a comparison's second term is a group that got none or less of the exposure, or a
    control group ("those who don't", "mothers who skipped it", "those who ate less than 15
    grams", "the control group", "the general population"), not another treatment."""
    if any(w in _CONTROL_GROUP or negates(w) for w in comparator):
        return True
    # "compared to less than two percent of men who had robotic surgery": a figure, not a group
    return not _LESSER.isdisjoint(comparator[1:])


_GENERIC_GROUP = words("alternatives_generic_group")
# Heads of a trial arm named after the group's people: "the laparoscopic group", "the self-care cohort".
_ALT_ARM_HEADS = words("alternatives_arm_heads")


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
    arms = [i for i, w in enumerate(comparator) if i and w in _ALT_ARM_HEADS]
    if any(comparator[i - 1] not in _GENERIC_GROUP for i in arms):
        return False  # "the laparoscopic group", "patients in the self-care group": an arm named by its option
    if set(comparator) & (_TREATMENT_OWNERS | _ANAPHORS) or any(w.endswith("therapy") for w in comparator):
        return False  # "28% of daily pill users", "patients given the older drug"
    iv = c.interventions
    if iv and iv.named(c.end, min(c.last, c.end + len(comparator))):
        return False
    return not _GROUP_MEANS.search(" ".join(comparator))


def _in_a_compound(c: Context) -> bool:
    """"Versus" joined by hyphens to both neighbours names one thing, not a comparison:
    "graft-versus-host disease"."""
    return c.start > c.first and c.end < c.last and c.gap_before(c.start) == "-" and c.gap_before(c.end) == "-"


_ALT_RECEIVED_NONE = words("alternatives_received_none")


def alternatives_no_treatment_option(c: Context) -> bool:
    """"No treatment" counts as the option of going without (DISCERN item 12: "what would happen
    if no treatment is used"), not as a trial's control: "a no-treatment group", "pitted against
    either a placebo or no treatment" (the audit counts no-therapy controls as no option).

    Nor where a group received or a doctor prescribed no treatment ("37 percent of these people
    received no treatment", "the men received no treatment for their prostate"): a gap in care
    or a control arm reported, not the option of going without set beside the intervention
    (round 9).

    Prevents control arms counting as alternatives discussed (HealthNewsReview.org criterion 6).
    """
    if c.word(c.end) in _ALT_ARM_WORDS or c.end < c.last and c.gap_before(c.end) == "-":
        return False  # "a no-treatment group", "no treatment-related deaths"
    if c.word(c.start - 1) in _ALT_RECEIVED_NONE:
        return False  # "37 percent of these people received no treatment"
    return not set(c.tokens.words[c.first:c.start]) & (_PLACEBO_LIKE | _CONTROL_GROUP)


RULES = registry(
    other_option,
    alternatives_no_treatment_option,
)
