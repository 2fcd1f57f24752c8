"""Frames that leave a modal no claim to soften, read by the "could", "would", "may" and "might"
rules: the standard of a comparison with its verb left out ("than pills would"), a relative clause
about a thing wished for or not particular ("any drug that could help"), a clause of time for an
event still ahead ("before the test could be used"), a concession granted only to be overridden
("It may seem odd, but ...") and the confounders an analysis adjusted for ("factors that could
affect risk").

Sources: Quirk et al. 1985 (15.63 and 12.21, comparative clauses and ellipsis; 15.19, concessive
"may"; specific and non-specific reference); Coates 1983, ch. 5 and 8; Palmer 2001, ch. 7."""

from __future__ import annotations

from ..base import Context, unbroken, words
from .clauses import _CLAUSE_OR_SENTENCE_END, _MODAL_ADVERBS, _PAST_TENSE, _is_past, _verb_after


def _concession_follows(c: Context, k: int) -> bool:
    """"It may seem odd, but ...", "This may sound strange, yet ...": a "may" of appearance
    answered by "but" or "yet" in the same sentence is concessive (Quirk et al. 1985, 15.19:
    concessive "may" grants a point only to set the main claim against it; Hyland 1998 counts
    hedges as reduced commitment to a claim, and the writer commits to the "but" clause). The
    "but" must follow a comma within eight words of the verb, so "may seem to help but only in
    mice" (a hedged finding limited) stays a hedge."""
    return _concession_at(c, k) is not None


def _concession_at(c: Context, k: int) -> int | None:
    """The token of the "but"/"yet" that ``_concession_follows`` reads after token ``k``, or None."""
    for j in range(k + 1, min(c.last, k + 9)):
        if c.word(j) in {"but", "yet"} and "," in c.gap_before(j):
            return j
    return None


_HEDGES_NONSPECIFIC_WORDS = words("hedges_nonspecific_words")
_HEDGES_SEEKING_VERBS = words("hedges_seeking_verbs")
_HEDGES_CREATING_VERBS = words("hedges_creating_verbs")
_HEDGES_ANTECEDENT_REACH = 6


def _unreal_referent(c: Context, creating: bool = False) -> bool:
    """A "could", "would" or "might" whose subject is the relative pronoun of a restrictive clause
    ("that", "which", no comma) about a thing that does not exist or is not a particular one: the
    antecedent follows a non-assertive word ("lacks any trial that might settle it", "there was
    nothing that could be done", "any drug that could help them is welcome") or is the object of
    a verb of needing, lacking or seeking ("he needed an anaesthetic that would wear off sooner",
    "searching for a cream that would work"); with ``creating``, also of an unfinished verb of
    making or finding ("to design a molecule that would block it", "developing a pump that
    would ...": the effected object of Quirk et al. 1985, which comes into being only through the
    act; a finite "developed a test that could ..." names one that exists and keeps the hedge).
    Such a noun phrase has non-specific reference (Quirk et al. 1985 on specific and non-specific
    reference and non-assertive "any", "no": the objects of "want", "need", "look for" refer to
    no particular thing), so the modal states the property wished for, a hypothetical or root
    possibility (Coates 1983, ch. 5 and 8; Palmer 2001, ch. 7: non-factual
    relative clauses), not the writer's doubt about a claim. Round 11: the dev hedges' "lacks
    results from any definitive trial that might provide guidance", "trying to find a face cream
    that would make my skin look young"."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS:
        k -= 1
    if k <= c.first or c.word(k) not in {"that", "which"} or c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
        return False
    for j in range(k - 1, max(c.first, k - _HEDGES_ANTECEDENT_REACH) - 1, -1):
        w = c.word(j)
        if w in _HEDGES_NONSPECIFIC_WORDS:
            return True
        if j == k - 1:
            continue  # the antecedent's own head: "a search that could take years" (a noun, no verb)
        if w in _HEDGES_SEEKING_VERBS:
            return True
        if creating and w in _HEDGES_CREATING_VERBS and (w.endswith("ing") or c.word(j - 1) == "to"):
            return True
        if c.marks_before(j, _CLAUSE_OR_SENTENCE_END):
            return False
    return False


_HEDGES_TEMPORAL_OPENERS = words("hedges_temporal_openers")
_HEDGES_CLAUSE_SUBJECT_STARTS = words("hedges_clause_subject_starts")
_HEDGES_MAIN_FINITE = (words("hedges_present_finite") | _PAST_TENSE | words("hedges_irregular_past")
                       | words("hedges_past_auxiliaries") | words("hedges_main_finite"))
_HEDGES_TEMPORAL_REACH = 8


def _temporal_clause(c: Context) -> bool:
    """The modal is the verb of a clause of time opened by "until", "till" or "before": "more
    research is needed before the drink could be sold", "they waited until a panel could
    document a benefit", "try six weeks before you would give up", "Before the test could be
    used, it must be validated". Such a clause places one event in time against another; its
    modal is the non-factual verb form the clause takes for an event still ahead of the main
    clause (Quirk et al. 1985, ch. 14-15, putative and hypothetical verb forms in adverbial
    clauses of time; Coates 1983, ch. 5, root "could"), not the writer's doubt about a claim;
    what hedges such a sentence is the main clause ("must be validated", "more research is
    needed"). A clause, not a phrase: the opener is followed at once by a subject (a
    determiner, a pronoun), nothing between it and the modal is a finite verb, and the opener
    begins the sentence or follows a main clause with its own finite verb; "treatment before
    surgery could help" (a phrase: the modal is the main verb) keeps the hedge. Round 16: dev
    labels read "until the soldier could be transported", "waited until an independent panel
    could document", "before you would give up" as no hedge."""
    k = c.start - 1
    while k > max(c.first, c.start - _HEDGES_TEMPORAL_REACH) and c.word(k) not in _HEDGES_TEMPORAL_OPENERS:
        k -= 1
    if c.word(k) not in _HEDGES_TEMPORAL_OPENERS or c.word(k + 1) not in _HEDGES_CLAUSE_SUBJECT_STARTS:
        return False
    if not unbroken(c, k + 1, c.start + 1, _CLAUSE_OR_SENTENCE_END):
        return False
    between = c.tokens.words[k + 1:c.start]
    if not _HEDGES_MAIN_FINITE.isdisjoint(between):
        return False
    if k == c.first:
        return True  # "Before the test could be used, ...": the clause opens the sentence
    frame = c.tokens.words[c.first:k]
    return any(w in _HEDGES_MAIN_FINITE or _is_past(w) for w in frame)


def _comparative_standard(c: Context) -> bool:
    """The modal stands in a comparative clause opened by "than" or "as" whose verb is left out or
    closes it: "more bad nights than good sleepers would have", "it treats the injury, not the
    pain as pills would", "the blood isn't clotting as well as it otherwise might", "more
    complicated than parents might expect". The clause names the standard a comparison is
    measured against, a hypothetical case with its predicate ellipted (Quirk et al. 1985, 15.63
    and 12.21: comparative clauses and ellipsis after a modal), so the modal asserts nothing and
    leaves no claim in doubt. "than"/"as" must be within four words before the modal with no
    break between, and the clause must end right after the modal or after its verb: "repairing
    it earlier rather than later may result in better outcomes" (the main verb) stays a hedge.
    Round 14 read it for "might"; round 16 for "would", "could" and "may" (dev: "than normal
    sleepers would experience", "as medications would")."""
    back = c.before(4)
    at = [i for i, w in enumerate(back) if w in {"than", "as"}]
    if not at:
        return False
    opener = c.start - len(back) + at[-1]
    if not unbroken(c, opener + 1, c.start + 1, _CLAUSE_OR_SENTENCE_END):
        return False
    closes = ",;:.!?)"
    verb = _verb_after(c)
    return any(j >= c.last or c.marks_before(j, closes) for j in (c.end, verb + 1))


_HEDGES_ADJUSTING_VERBS = words("hedges_adjusting_verbs")
_CONFOUNDER_RELATIVES = words("hedges_relative_pronouns")  # the relative pronoun as the modal's subject
_ADJUSTMENT_REACH = 12  # "adjusted for a number of other potential factors that could"
_CONFOUNDERS_LEFT_OPEN = words("hedges_confounders_left_open")
_ADJUSTING_NEGATION_REACH = 3  # "did not control for", "failed to adjust for", "were not adjusted for"


def _confounder_clause(c: Context) -> bool:
    """The modal is the verb of a relative clause on what an analysis adjusted or controlled for:
    "the researchers controlled for factors that could have had an impact on lifespan", "after
    adjusting for confounders that may affect risk", "to control for factors that may influence
    outcomes" ("account for" is left out: as often "explain" or "include"). The clause names the
    confounders a method takes out, and its modal says only why they were candidates (STROBE
    2007, item 12: the
    statistical methods, including those used to control for confounding); no finding is
    softened, as the audit guide's `methods` code marks. The modal's subject is the relative
    pronoun (adverbs between allowed), and the adjusting verb with its "for" comes within twelve
    words before it with no sentence or clause break. Round 37: the second reading of dev hedges
    marked such modals `methods`. Round 38: not confounders left open, a limitation that softens the
    result (STROBE 2007, item 19: limitations, residual confounding): the adjusting verb negated
    ("did not control for diet, which could explain part of the benefit", its negation up to three
    words before it), or a contrast or an "unmeasured" between it and the relative ("adjusted for
    many factors, but unmeasured ones, which could explain the link, remain")."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS:
        k -= 1
    if k <= c.first or c.word(k) not in _CONFOUNDER_RELATIVES:
        return False
    for j in range(k - 1, max(c.first, k - _ADJUSTMENT_REACH) - 1, -1):
        if c.marks_before(j + 1, ".!?;:"):
            return False
        if c.word(j) in _HEDGES_ADJUSTING_VERBS and c.word(j + 1) == "for":
            left_open = c.tokens.words[max(c.first, j - _ADJUSTING_NEGATION_REACH):k]
            return _CONFOUNDERS_LEFT_OPEN.isdisjoint(left_open)
    return False
