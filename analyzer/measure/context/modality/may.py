""""may" and "might": a possibility ("it may help"), not the month ("in May 2019"), permission
granted ("you may opt out", "investors may listen to the webcast"), a pointer to where something is
("may be found here"), an option of care a clinician chooses ("your doctor may prescribe another
drug") or a tentative directive ("you might want to check").

Sources: Coates 1983, ch. 6 (root and epistemic MAY); Palmer 2001, ch. 3-4 (deontic and dynamic
modality, tentative "might"); Quirk et al. 1985, 4.55."""

from __future__ import annotations

from ..base import Context, pattern, registry, words
from .clauses import _BOOSTERS_DEIXIS, _HYPHENS, _verb_after
from .frames import (
    _comparative_standard, _concession_follows, _confounder_clause, _temporal_clause, _unreal_referent,
)
from .questions import _in_a_question, _in_indirect_question


_MONTH_CONTEXT = words("month_context")


def may_not_month(c: Context) -> bool:
    """"may" the modal, not May the month ("in May 2019", "on 5 May", "May 12").

    Prevents counting dates in news copy as hedges. Only the capitalised form can be the month.
    Round 37: nor a given name (``_given_name``).
    """
    if c.surface(c.start) != "May":
        return True
    after, before = c.word(c.end), c.word(c.start - 1)
    if _given_name(c):
        return False  # round 37: "said study co-author May Griffith"
    return not (after[:1].isdigit() or before in _MONTH_CONTEXT or before[:1].isdigit())


def _given_name(c: Context) -> bool:
    """Capitalised "May" after a lower-case word and before a capitalised one: a given name ("said
    study co-author May Griffith", "said May Nour, M.D."). In running text a modal after a
    lower-case word is lower-case itself; a title-case headline ("Probiotics May Help Soothe
    the Stomach") capitalises the word before it too (Chicago Manual of Style on headline-style
    capitalisation), so it stays a modal."""
    if c.start <= c.first or c.end >= c.last:
        return False
    before, after = c.surface(c.start - 1), c.surface(c.end)
    return before[:1].islower() and after[:1].isupper()


_HEDGES_POINTER_VERBS = words("hedges_pointer_verbs")
_HEDGES_APPEARANCE_VERBS = words("hedges_appearance_verbs")


def _in_a_url_slug(c: Context) -> bool:
    """Round 38: the candidate is a word of a web address's path segment, hyphens on both sides
    and a "/" before the hyphenated run ("org/ news/ breastfeeding-may-help-protect-mothers-against-
    stroke?preview=..."): a release's link spells its headline as a slug (RFC 3986, 3.3: a path
    segment), which a reader follows, not reads as the writer's claim. Prevents the copied link
    under a press release counting the headline's "may" once more (dev hedges: a related-release
    link labelled `literal_sense`)."""
    text = c.text
    if text[c.match_start - 1:c.match_start] not in _HYPHENS or text[c.match_end:c.match_end + 1] not in _HYPHENS:
        return False
    k = c.start
    while k > c.first and c.gap_before(k) in _HYPHENS:
        k -= 1
    return "/" in c.gap_before(k)


def epistemic_may(c: Context) -> bool:
    """"may" hedges as possibility ("you may feel dizzy", "it may help"), not as the month
    (``may_not_month``) nor as permission granted to the reader: "you may opt out at any time",
    "you may cancel your order", nor a pointer to where something is: "the full study may be
    found here", "may be viewed online" (the reader is told where to look: permission or
    availability, Palmer 2001, dynamic and deontic "may").

    Prevents sign-up forms and terms of sale counting as hedging (Palmer 2001: deontic "may"
    of permission; Coates 1983 ch. 6).
    """
    if _in_a_url_slug(c):
        return False  # round 38: "news/ breastfeeding-may-help-protect-mothers?preview=": a link, not prose
    if not may_not_month(c) or _in_a_question(c) or _in_indirect_question(c):
        return False  # round 18: "whether", "see if" and wh-clauses after a verb of finding out
        # (guide.md, settled: a modal in an indirect question claims nothing; Quirk et al. 1985, 15.5)
    if _clinician_option(c):
        return False  # round 15: "your doctor may prescribe another drug", an option of care
    if _comparative_standard(c):
        return False  # round 16: "more than a diet alone may achieve"
    if _confounder_clause(c):
        return False  # round 37: "adjusted for factors that may affect risk": a method's confounders
    k = _verb_after(c)
    if c.word(k) in _HEDGES_APPEARANCE_VERBS and c.word(k + 1) != "to" and _concession_follows(c, k):
        return False  # "It may seem odd, but ...": a concession granted before the writer's point
    if c.word(k) == "be" and c.word(k + 1) in _HEDGES_POINTER_VERBS and c.word(k + 2) in _BOOSTERS_DEIXIS | {"online"}:
        return False  # "copies of the trials may be found here": where to look, not a likelihood
    return not _may_of_permission(c)


_HEDGES_CLINICAL_ACTS = words("hedges_clinical_acts")
_HEDGES_PRACTITIONERS = words("practitioners") | words("clinical_grades") | {g + "s" for g in words("clinical_grades")}


def _clinician_option(c: Context) -> bool:
    """True where "may"/"might" offers an option on a care pathway: a practitioner as its subject
    and an act of care as its verb ("your doctor may prescribe another blood thinner", "in severe
    cases a doctor may suggest surgery", "surgeons may also perform angioplasty", "if that fails,
    doctors might add acupuncture"). Such a modal is root possibility: what the clinician may
    choose to do (Coates 1983, ch. 6, root MAY; Palmer 2001, 4.1, dynamic and deontic modality),
    the stock wording of a patient leaflet's treatment steps, and leaves no claim open. Kept: a
    negated act ("doctors may not change their approach soon", a forecast of practice), an
    adverb between ("doctors may incorrectly prescribe", "may one day prescribe"), other verbs
    ("doctors may find tumors"), and "could" ("doctors could prescribe the game once approved", a
    forecast). Round 15: dev labels marked the leaflet's steps not_claim."""
    k = c.end + (c.word(c.end) == "also")
    return c.word(c.start - 1) in _HEDGES_PRACTITIONERS and c.word(k) in _HEDGES_CLINICAL_ACTS


_PERMITTED_ACTS = words("permitted_acts")
_HEDGES_INVITED_SUBJECTS = words("hedges_invited_subjects")
_HEDGES_ACCESS_ACTS = words("hedges_access_acts")
_HEDGES_ACCESS_POINTER = pattern("hedges_access_pointer")
_HEDGES_DOSE_NOUNS = words("hedges_dose_nouns")


def _may_of_permission(c: Context) -> bool:
    """"may" grants leave to act, as instructions and notices do: the reader ("you may opt out",
    "you may also report side effects to the maker at 1-800-...", "you may take two doses at
    once", "you may take it with food") or a group a notice addresses ("media may call ...",
    "interested parties may access the call at ...", "investors may listen to the webcast").
    That is deontic "may" of permission (Palmer 2001, ch. 3; Coates 1983, ch. 6; Quirk et al.
    1985, 4.55), which grants, it does not doubt. A group's act must be one of contact or access
    (the notice's own business), so "participants may report more pain" stays a hedge; "take" is
    leave only before a dose or "it"/"them" ("you may take longer to heal" doubts). Round 25: dev
    hedges counted a drug label's dosing and reporting lines and two releases' call-in notices.

    An act of contact or access is leave only where the rest of the sentence gives what to reach
    (``hedges_access_pointer``: a number, a web address, the webcast, side effects to report):
    "you may visit the toilet more often", "you may report feeling tired", "analysts may call the
    deal a gamble" doubt. A dose is a dose noun within a few words ("two tablets", "another
    dose"): "you may take two weeks to recover" doubts (round 25 mends)."""
    subject, k = c.word(c.start - 1), _verb_after(c)
    act = c.word(k)
    if subject not in _HEDGES_INVITED_SUBJECTS and subject != "you":
        return False
    if subject == "you" and act in _PERMITTED_ACTS:
        return True
    if subject == "you" and act == "take":
        return c.word(k + 1) in {"it", "them"} or any(
            c.word(i) in _HEDGES_DOSE_NOUNS for i in range(k + 1, min(k + 5, c.last)))
    return act in _HEDGES_ACCESS_ACTS and bool(
        _HEDGES_ACCESS_POINTER.search(c.text, c.tokens.ends[k], c.sentence_end))


_HEDGES_TENTATIVE_DIRECTIVES = words("hedges_tentative_directives")


def hedges_might_possibility(c: Context) -> bool:
    """"might" counts as possibility, not where it offers a tentative directive ("you might want
    to check your blood pressure", "patients might wish to ask"), asks someone's willingness
    ("staff who might be willing to test it"), or names the standard of a comparison with its
    verb left out ("the blood isn't clotting as well as it otherwise might"): Palmer 2001, 4.4
    (tentative "might" in suggestions) and Quirk et al. 1985, 12.21 (ellipsis after a modal
    in comparative clauses). Questions are left to ``not_in_a_question``. Round 14: nor in an
    embedded question ("to determine whether infertility might be the problem", "to see what
    might explain it"), which ``epistemic_could`` and ``epistemic_would`` already pass over: the
    question carries the doubt, the modal claims nothing (Quirk et al. 1985, 15.5)."""
    if _in_indirect_question(c) or _clinician_option(c):
        return False  # round 15: "doctors might add acupuncture", an option of care
    k = _verb_after(c)
    if c.word(k) in _HEDGES_TENTATIVE_DIRECTIVES and c.word(k + 1) == "to":
        return False
    if c.word(k) == "be" and c.word(k + 1) == "willing":
        return False
    if _unreal_referent(c) or _temporal_clause(c) or _confounder_clause(c):
        return False  # "lacks any trial that might settle it": a property wished for (round 11)
    return not _comparative_standard(c)


RULES = registry(
    may_not_month,
    epistemic_may,
    hedges_might_possibility,
)
