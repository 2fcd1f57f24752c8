"""Harms disclosed: a harm word that names a harm of the page's option counts where it is neither
another's, nor sought, nor negated by its prefix, nor part of a label warning lifted or of a body of
data; "treatment-related" only before a harm noun.

Sources: HealthNewsReview.org criterion 3; Quirk et al. 1985 (noun premodification); FDA, 21 CFR
314.70 (a boxed warning's removal)."""

from __future__ import annotations

from ..base import Context, pattern, registry, words
from .sought import harms_found_not_sought
from .not_this import _harms_not_this_treatments
from .treatment import _harms_negated_prefix


# Head nouns that make a harm noun before them the name of a body of data (round 33): "based on the
# adverse event data from both studies" names where the harms were recorded, not a harm (the
# compound's head decides its sense: Quirk et al. 1985, noun premodification; not_disclosure and
# minimised, dev audit harms errors, round 33: news_reviews_00078). "Adverse event reports of
# seizures" names its harm after "of" and is not read here.
_HARMS_DATA_HEADS = words("harms_data_heads")


def harms_disclosed(c: Context) -> bool:
    """A harm counts where it is found, not sought (``harms_found_not_sought``), and is not the
    indication (``_harms_indication``), another option's (``_harms_other_option``), part of an
    organisation's name (``_harms_in_a_name``) or negated by its prefix ("a non-toxic dose");
    elsewhere it is shown, not counted (precision first: the finding stays visible with this
    rule's name)."""
    if _harms_negated_prefix(c) or _harms_warning_lifted(c) or c.word(c.end) in _HARMS_DATA_HEADS:
        return False
    return harms_found_not_sought(c) and not _harms_not_this_treatments(c)


# A label warning taken off (round 33): "the FDA removed the black box warning", "the warning was lifted".
_HARMS_LIFTED_BEFORE = pattern("harms_lifted_before")
_HARMS_LIFTED_AFTER = pattern("harms_lifted_after")


def _harms_warning_lifted(c: Context) -> bool:
    """A label warning named as removed, lifted or dropped ("Just a few months ago, the FDA removed
    the black box warning from varenicline", "the boxed warning was lifted in 2016"): the
    regulator no longer asks the label to state the harm, so the sentence tells the reader the
    drug is safer than was thought, a safety claim, not a harm (FDA's removal of a boxed warning
    is a labeling change under 21 CFR 314.70 that deletes the warning's text; audit guide,
    safety_claim; dev audit harms errors, round 33: news_reviews_00258). Only the warning itself:
    "removed the warning about liver damage" names the harm and keeps it (the harm word counts)."""
    if "warning" not in c.text[c.match_start:c.match_end].lower():
        return False
    return bool(_HARMS_LIFTED_BEFORE.search(c.text_before(60))
                or _HARMS_LIFTED_AFTER.match(c.text[c.match_end:c.sentence_end]))


_HARMS_RELATED_HARM_HEADS = words("harms_related_harm_heads")


def harms_related_harm(c: Context) -> bool:
    """"Treatment-related" counts only before a harm noun ("treatment-related deaths",
    "treatment-related adverse events"): before any other noun it classifies a disease or an
    effect ("treatment-related AML", "treatment-related increases in brain activity").
    Precision first: elsewhere the finding is shown, not counted.

    Prevents literal senses counting as harms disclosed (the dev audit's literal_sense errors;
    HealthNewsReview.org criterion 3)."""
    return c.word(c.end) in _HARMS_RELATED_HARM_HEADS and harms_disclosed(c)


RULES = registry(
    harms_disclosed,
    harms_related_harm,
)
