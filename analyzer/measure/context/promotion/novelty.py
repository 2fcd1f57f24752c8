"""Novelty and priority: "novel", "emerging", "next-generation", "first-ever", "for the first
time", "landmark" sell a thing as new or first where the writer asserts it, not in a drug class's
name, a person's own first, a recurrence after years or a dated study's stock epithet.

Sources: Millar, Batalo & Budgell 2022 (novelty); Vinkers et al. 2015 (novel, innovative,
unprecedented, groundbreaking); Sumner et al. 2014 (BMJ 349:g7015) on releases' claims of a first."""

from __future__ import annotations

from ..base import Context, _words_back, capitalised, pattern, registry, words
from .leaned_on import (
    _INTENSIFIERS, _PHRASE_ENDS, _PROMOTED_SUBJECTS, _RELATIVE, _denied_in_clause, _exclaimed, _merely_compared,
)


_EMERGING_VERB_AFTER = words("promo_emerging_verb_after")
_BE_FORMS = words("promo_be_forms")


def emerging_adjective(c: Context) -> bool:
    """"An emerging treatment" sells a thing as new; "cannabinoids are emerging as a class of
    drugs", "see the patterns emerging that track autism" are the verb emerge: come into view.

    Prevents the verb counting as a novelty claim (Millar, Batalo & Budgell 2022 count the adjective).
    Round 16: also the progressive after a form of "be" ("It's emerging," she said; "a pattern is
    emerging"; the adjective stands before its noun, "an emerging therapy") and "research emerging
    about diet" (``promo_emerging_verb_after``).
    """
    if c.word(c.start - 1) in _BE_FORMS:
        return False
    return c.end < c.last and c.word(c.end) not in _EMERGING_VERB_AFTER


_EMERGING_EVIDENCE = words("promo_emerging_evidence")


def emerging_sold(c: Context) -> bool:
    """"An emerging treatment" sells a thing as new; "emerging evidence indicates", "this emerging
    research" name the stage of a body of evidence, still accumulating and so not yet settled: a
    limit stated, not a product sold (GRADE on evidence that may change). Shown, not counted.
    Round-9b unseen dev slice: "emerging evidence indicates" counted as hype. Round 14: also "an
    emerging body of research" (the same stage of evidence) and "emerging markets" (economics'
    term for developing economies, where a company plans to sell: a region, not praise)."""
    return c.word(c.end) not in _EMERGING_EVIDENCE


_NOVELTY_PREDICATORS = words("promo_novelty_predicators")
_PROMO_DETERMINERS = words("promo_novelty_determiners")


def novelty_asserted(c: Context) -> bool:
    """"Novel" sells where the writer asserts the novelty: intensified ("a truly novel idea"),
    exclaimed, or predicated of the promoted thing ("the therapy is novel", "it represents a novel
    approach", "the clinic offers a novel therapy"). In a referring phrase ("a novel drug
    combination was given", "a specialist in novel drug design", "novel treatments are urgently
    needed") and in a relative clause that defines a class ("devices that are novel") it classifies:
    new, as in the FDA's "Novel Drug Approvals" (a new molecular entity) or "novel coronavirus".

    Attributive adjectives in a referring noun phrase mostly classify, predicative ones assert
    (Quirk et al. 1985, A Comprehensive Grammar, 7.3-7.6); Vinkers et al. 2015 count "novel" among
    the words whose rise in abstracts is hype, where authors assert their own work is new. Prevents
    the classifying "novel" of biomedical news counting as promotion (precision audit, tests/audit:
    round 7, 5 of 6 news findings with it were neutral or technical).
    """
    if _denied_in_clause(c) or _merely_compared(c):
        return False
    if c.word(c.start - 1) in _INTENSIFIERS or _exclaimed(c):
        return True
    back = 2 if c.word(c.start - 1) in _PROMO_DETERMINERS else 1
    verb = c.word(c.start - back)
    if verb not in _NOVELTY_PREDICATORS or c.word(c.start - back - 1) in _RELATIVE:
        return False
    return c.end >= c.last or c.word(c.end) in _PHRASE_ENDS or c.word(c.end) in _PROMOTED_SUBJECTS \
        or c.word(c.end + 1) in _PROMOTED_SUBJECTS


_OWN_FIRST = words("promo_own_first")


def first_not_personal(c: Context) -> bool:
    """"The first-ever drug for this disease" claims priority; "his first-ever plane", "its first-ever
    survey of schools" tell a first for its possessor, a milestone in a story, not a claim of
    novelty to the world (Millar, Batalo & Budgell 2022, novelty; the personal firsts of rule
    priority_claimed).

    Prevents personal and institutional milestones counting as novelty hype (precision audit,
    tests/audit: round 7).
    """
    return c.word(c.start - 1) not in _OWN_FIRST


_NEXT_GENERATION_TERMS = words("promo_next_generation_terms")


def next_generation_sold(c: Context) -> bool:
    """"A next-generation pill" sells a product as the newest of its line, but "next-generation
    sequencing" names a laboratory method (NHGRI, Talking Glossary of Genomic Terms), and "the next
    generation of vaccines" a class still to come, a prospect rather than a claim about a product.

    Prevents a method's name and talk of future products counting as novelty hype (Millar, Batalo &
    Budgell 2022, novelty; precision audit, tests/audit: round 7).
    """
    return c.word(c.end) != "of" and c.word(c.end) not in _NEXT_GENERATION_TERMS


# Words of research and discovery: a first among them is a priority claim ("the study showed for
# the first time", "scientists for the first time have used gene therapy").
_DISCOVERY = pattern("discovery")


def priority_claimed(c: Context) -> bool:
    """"For the first time" sells a finding as a first when it frames one: opening its sentence
    or clause ("For the first time, this study demonstrates ...") or in a sentence about
    research ("the study showed for the first time", "scientists for the first time have used").
    A person's first ("screened for the first time", "ordered the test for the first time last
    month") is a story, and a first within a span ("I felt well for the first time in years", "for
    the first time since 2010") a recurrence: shown but not counted.

    Prevents personal firsts counting as claims of priority (Millar, Batalo & Budgell 2022,
    novelty; Sumner et al. 2014 on releases' claims of a first).
    """
    if _recurrence(c) or _first_course(c):
        return False
    if c.at_sentence_start or "," in c.gap_before(c.start) or c.word(c.start - 1) in {"but", "and", "now"}:
        return True
    return bool(_DISCOVERY.search(c.text, c.sentence_start, c.sentence_end))


_RECURRENCE_SPANS = words("promo_recurrence_spans")
# Determiners and quantifiers before the span: "in a decade", "in her life", "in many years", "in several
# months" (round 11 fresh slice: "for the first time in many years" counted as a claim of priority).
_RECURRENCE_DETERMINERS = words("promo_recurrence_determiners")


def _recurrence(c: Context) -> bool:
    """"For the first time in years / in a decade / in my life / in many years / since 2010": a first within
    a span."""
    after = c.word(c.end)
    if after == "since":
        return True
    if after != "in":
        return False
    span = c.word(c.end + 1)
    return span in _RECURRENCE_SPANS or (span in _RECURRENCE_DETERMINERS and c.word(c.end + 2) in _RECURRENCE_SPANS)


_UNDERGOING_VERBS = words("promo_undergoing_verbs")
# How far back in its clause the verb of undergoing may stand: "were receiving an immunotherapy
# treatment for the first time".
_UNDERGOING_REACH = 4


def _first_course(c: Context) -> bool:
    """A person's first course of a treatment or test: a verb of undergoing shortly before, in the
    same clause ("patients receiving immunotherapy for the first time", "who were getting treated
    for the first time"). Trial reports call such patients treatment-naive or previously untreated
    (as ICH E9 and FDA labels describe populations); the phrase places a patient in a line of
    therapy, it claims no first in science. Round 13 fresh slice: three such uses counted as
    priority claims because the sentence also named a study."""
    return not _UNDERGOING_VERBS.isdisjoint(_words_back(c, _UNDERGOING_REACH, ",;:.!?"))


_DATED = pattern("promo_dated")
_LANDMARK_NAME_REACH = 3


def landmark_not_background(c: Context) -> bool:
    """"Landmark" counts except as the stock epithet of a named or dated study, law or ruling the
    page cites as background: "the landmark Women's Health Initiative", "the landmark Framingham
    study", "the landmark 2009 law", "a landmark study released in 2007". A capitalised name within
    the next three words (before a phrase break) or a year in the sentence marks that use.

    Source: the audit guide's settled convention (tests/audit/guide.md: "landmark" of a named past
    study -> ``neutral``, it labels a famous study, it does not praise the option or the results
    the page reports). "This is a landmark study", "the results could become a landmark" still
    count. Round 14 wrote it (eight of thirteen counted dev "landmark" findings, in eight
    documents, were this background use) and withdrew it for the HealthNewsReview
    sensational_language AUC alone (0.7027 -> 0.6998: one not-satisfactory release whose only
    promotional word is a background "landmark"); round 16 restores it beside rules that lift the
    AUC back (tests/accuracy.py)."""
    if _DATED.search(c.sentence):
        return False
    for index in range(c.end, min(c.last, c.end + _LANDMARK_NAME_REACH)):
        if c.marks_before(index, ",;:.!?()"):
            break
        word = c.tokens.words[index]
        if word in _PHRASE_ENDS:
            break
        if capitalised(c.surface(index)):
            return False
    return True


RULES = registry(
    emerging_adjective,
    emerging_sold,
    novelty_asserted,
    next_generation_sold,
    first_not_personal,
    priority_claimed,
    landmark_not_background,
)
