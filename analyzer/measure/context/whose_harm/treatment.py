"""Harms tied to a treatment: a word that names the disease's burden as often as a treatment's
harm (a symptom, "death", "the risk of") counts only where its sentence ties it to a treatment or an
exposure, and not where a prefix negates it ("non-fatal", "anti-nausea").

Sources: HealthNewsReview.org criterion 3 ("the harms of the intervention"); Quirk et al. 1985,
Appendix I (prefixes)."""

from __future__ import annotations

from ..base import Context, registry
from .readers import (
    _HARMS_CAN_CAUSE, _HARMS_SEVERITY, _HARMS_STUDY_REPORT, _cause_is_condition, _harms_active_cause,
    _harms_treatment_in,
)
from .sought import harms_found_not_sought
from .not_this import _harms_not_this_treatments
from .leaflets import _harms_leaflet_report, _harms_listed_under_lead_in


def harms_tied_to_treatment(c: Context) -> bool:
    """A word that names the disease's burden as often as a treatment's harm (a symptom such as
    "fatigue" or "bleeding", "death", "the risk of", "blood pressure") counts only where its
    sentence ties it to a treatment or an exposure: it names an option (a drug, a
    product, a named treatment, the page's intervention) or a treatment word ("the drug", "the
    injection", "screening", "surgery"); it tells the treatment's giving ("patients taking it",
    "use of"), a harm noun only a treatment has ("side effects", "adverse events"), people in a
    study reporting it ("a few participants reported headaches"), or something that can cause it
    ("decongestants can raise blood pressure"); or it goes on with the harms of the line before
    ("Side effects were common. The most common were headaches and insomnia"). Elsewhere the
    finding stays visible, not counted: "Migraines can be accompanied by nausea", "the patients
    with the highest score had a tenfold higher risk of metastases", "postpartum depression is the
    most common complication of childbirth".

    Prevents the condition's own symptoms, deaths and risks counting as harms disclosed
    (HealthNewsReview.org criterion 3: "the harms of the intervention"; disease_burden was the
    dev audit's most common harms error, 54 of 118 wrong findings at the start of round 5). A harm
    sought or measured, not found (``harms_found_not_sought``), does not count either (round 10).
    """
    if _harms_not_this_treatments(c) or not harms_found_not_sought(c) or _harms_negated_prefix(c):
        return False
    iv = c.interventions
    if iv and iv.named(c.first, c.last):
        return True
    before = c.text[c.sentence_start:c.match_start]
    after = c.rest_of_sentence
    # a long match may hold the treatment itself: "2% of patients on the drug had bleeding" (round 23)
    if any(_harms_treatment_in(text) for text in (before, c.text[c.match_start:c.match_end], after)):
        return True
    if _HARMS_STUDY_REPORT.search(before) or _harms_leaflet_report(c):
        return True
    causes = _HARMS_CAN_CAUSE.finditer(before)
    if any(_harms_active_cause(before, m) and not _cause_is_condition(before, m) for m in causes):
        return True
    return _harms_listed_under_lead_in(c, before)


def _harms_negated_prefix(c: Context) -> bool:
    """The harm word is negated by its prefix: "a non-toxic dose", "non-fatal heart attacks" (since
    round 13b also for the words that name a disease's burden as often as a harm); "non-serious
    side effects" are side effects still.

    Since round 33 also the prefix "anti-" ("an anti-nausea patch", "anti-addiction drugs"): "anti-"
    means "against" (Quirk et al. 1985, Appendix I, prefixes of attitude), so the compound names a
    remedy for the symptom, what a treatment is for, not a harm (literal_sense, dev audit harms
    errors, round 33: story_reviews_00530)."""
    before = c.text[max(0, c.match_start - 5):c.match_start].lower()
    return before.endswith("anti-") or (before.endswith("non-") and c.tokens.words[c.start] not in _HARMS_SEVERITY)


RULES = registry(
    harms_tied_to_treatment,
)
