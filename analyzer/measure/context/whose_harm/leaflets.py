"""A patient leaflet's ways of telling a side effect: a plain tie of a symptom to the medicine or
procedure ("Some tablets can make you feel dizzy", "bloated after the test"), and a list under the
lead-in line above it.

Sources: the EU package-leaflet guideline (2009), section 4 "Possible side effects"; NHS medicines
pages."""

from __future__ import annotations

from ..base import Context, pattern
from .readers import _HARMS_OF_TREATMENT, _harms_treatment_in


# A patient leaflet's plain tie of a symptom to the medicine or the procedure (round 26): "Some
# tablets can make you feel dizzy", "A few people get a dry cough", "bloated after the test".
_HARMS_LEAFLET_TIE = pattern("harms_leaflet_tie")


def _leaflet_tied(c: Context) -> bool:
    """The sentence (or its lead-in) ties a symptom to the medicine or procedure as a leaflet does."""
    return bool(_HARMS_LEAFLET_TIE.search(c.text, _lead_in_start(c), c.sentence_end)
                or _after_the_readers_procedure(c.sentence))


# How far before its sentence the tie may be: a list of effects often follows its lead-in line.
_TIE_REACH = 150


def _lead_in_start(c: Context) -> int:
    """Where the text before the sentence that a list's lead-in line may occupy begins."""
    return max(0, c.sentence_start - _TIE_REACH)


def _lead_in(c: Context) -> str:
    """The text before the sentence, as far as a list's lead-in line may stand above it."""
    return c.text[_lead_in_start(c):c.sentence_start]


_HARMS_LEAFLET_AFTER = pattern("harms_leaflet_after")
_HARMS_LEAFLET_READER = pattern("harms_leaflet_reader")


def _after_the_readers_procedure(sentence: str) -> bool:
    """A symptom that follows the procedure the reader has had: "You may feel bloated for a few hours
    after the test". Leaflets address the reader (EU package-leaflet guideline 2009); in the third
    person, "women who have nausea and vomiting after the operation" names the condition an option
    treats (round 27 review: an acupressure page's postoperative nausea counted as its harm)."""
    return bool(_HARMS_LEAFLET_AFTER.search(sentence) and _HARMS_LEAFLET_READER.search(sentence))


_HARMS_LEAFLET_REPORT = pattern("harms_leaflet_report")


def _harms_leaflet_report(c: Context) -> bool:
    """A patient leaflet's symptom tied to the medicine as leaflets write it: the sentence opens by
    telling who gets it and the line before names the medicine ("Some blood pressure tablets can
    make you feel dizzy. A few people get a dry cough or swollen ankles"), or the symptom follows
    the procedure the reader has had ("You may feel bloated for a few hours after the test").

    Source: the EU package-leaflet guideline (2009), section 4 "Possible side effects", and NHS
    medicines pages, which name side effects in plain words by how many people get them. Prevents
    a leaflet that discloses harms being sent to review as "harms not disclosed" (round 26)."""
    if _after_the_readers_procedure(c.sentence):
        return True
    previous = _lead_in(c)
    opening = c.text[c.sentence_start:c.match_end]  # "Some people feel sick": the verb may open the match
    return bool(_HARMS_LEAFLET_REPORT.match(opening)) and _harms_treatment_in(previous)


# Words by which a sentence goes on with the list of the line before: "the most common", "others".
_HARMS_GOES_ON = pattern("harms_goes_on")


def _harms_listed_under_lead_in(c: Context, before: str) -> bool:
    """The sentence goes on with the harms of the line before: it refers back ("Side effects were
    common. The most common were hot flushes") or the line before is its heading or lead-in, with
    no full stop ("Possible side effects of the drug" above a list, "Side effects include:")."""
    previous = _lead_in(c)
    if not _HARMS_OF_TREATMENT.search(previous):
        return False
    if _HARMS_GOES_ON.search(before):
        return True
    lines = [line.strip() for line in previous.splitlines() if line.strip()]
    lead_in = lines[-1] if lines else ""
    return bool(_HARMS_OF_TREATMENT.search(lead_in)) and not lead_in.endswith((".", "!", "?", ")", '"', "\u201d"))
