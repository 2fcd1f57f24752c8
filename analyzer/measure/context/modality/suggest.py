""""suggest" and "imply": a tentative conclusion drawn from evidence ("the results suggest that"),
not a recommendation ("I strongly suggest this cream", "guidelines suggest that screening begin at
50", "her dermatologist suggested a laser treatment", "suggest further studies") nor a name glossed
("as the name suggests").

Sources: Hyland 1998 and 2005; Quirk et al. 1985, 16.32 and 14.25 (the mandative subjunctive and
putative "should" after verbs of suggesting) and 15.53-15.57 (comment clauses); the BioScope
guidelines (Vincze et al. 2008)."""

from __future__ import annotations

from ..base import Context, capitalised, registry, words
from .clauses import (
    _CLAUSE_OR_SENTENCE_END, _HEDGES_CLAUSE_BREAKS, _HEDGES_FINITE_BE, _HEDGES_FINITE_CLAUSE_SIGNS,
    _HEDGES_PRESENT_FINITE, _HEDGES_RESEARCH_NOUNS, _HEDGE_DETERMINERS, _RESEARCH_SUBJECTS, _reading_of_a_measure,
)
from .may import _HEDGES_PRACTITIONERS


_ADDRESSEES = words("hedges_suggest_addressees")


def directive_suggest(c: Context) -> bool:
    """"suggest" hedges when it presents a conclusion ("the results suggest that", "studies
    suggest a link"), not when a person recommends: "I strongly suggest this cream", "I would
    suggest trying it", "we suggest you do the same", "we suggest that you use both".

    Prevents a testimonial's recommendation counting as hedging (Hyland 1998 counts "suggest"
    as a tentative claim of the writer about evidence).
    """
    recommends = "i" in c.before(3)
    advises = c.word(c.end) in _ADDRESSEES or (c.word(c.end) == "that" and c.word(c.end + 1) in _ADDRESSEES)
    advises = advises or c.word(c.end) == "to"  # "we suggest to use both": a recommendation
    return not (recommends or advises)


_HEDGES_CLAUSE_CONJUNCTIONS = words("hedges_clause_conjunctions")
_HEDGES_NOT_GERUNDS = words("hedges_not_gerunds")


def hedges_suggest_not_mandative(c: Context) -> bool:
    """"suggest" counts as a tentative conclusion, not as advice: a "that" clause with a putative
    "should" ("the guidelines suggest that people at risk should be on statins") is mandative, a
    recommendation (Quirk et al. 1985, 16.32 and 14.25: mandative and putative "should" after
    verbs of suggesting). Evidence as the subject keeps the inference: "these data suggest that
    the dose should be lowered" (BioScope marks it speculation). The "should" must be in the
    "that" clause: "experts suggest that it helps, but patients should still ask" is a hedge.
    Round 26: the mandative subjunctive, the same advice without "should" ("suggested that she take
    the test", "I'd not suggest they switch"; ``_mandative_subjunctive``). Round 37: nor what a
    test's or a score's reading stands for ("only if the breath test suggests a change";
    ``_reading_of_a_measure``)."""
    if not hedges_not_a_name_gloss(c):
        return False  # "as the name suggests, it suppresses bone breakdown": a word's sense glossed
    if _suggests_more_research(c):
        return False  # "results which suggest further controlled studies": research recommended
    if _reading_of_a_measure(c):
        return False  # round 37: "only if the breath test suggests a change": what a reading stands for
    if _mandative_subjunctive(c):
        return False  # "suggested that she take the test", "I'd not suggest they switch": advice
    if c.word(c.start) == "suggested" and c.word(c.start - 1) in _HEDGE_DETERMINERS | {"a", "an"} \
            and c.word(c.end) not in {"that", "by", "to", "in", ""}:
        return False  # "the suggested amount of exercise": recommended, a norm named, no inference
    if not _RESEARCH_SUBJECTS.isdisjoint(c.tokens.words[c.first:c.start]):
        return True  # "these data suggest that the dose should be lowered": an inference from evidence
    if _advisory_subject(c) or _practitioner_recommends(c):
        return False  # "current guidelines suggest that screening begin at 50": a recommendation
    if c.word(c.end).endswith("ing") and len(c.word(c.end)) > 5 and c.word(c.end) not in _HEDGES_NOT_GERUNDS:
        return False  # "some doctors suggest doubling the dose": advice (Quirk et al. 1985, 16.40)
    clause: list[str] = []
    for index in range(c.end, c.last):
        if clause and (c.marks_before(index, _HEDGES_CLAUSE_BREAKS) or c.word(index) in _HEDGES_CLAUSE_CONJUNCTIONS):
            break
        clause.append(c.word(index))
    return not (clause[:1] == ["that"] and "should" in clause)


_HEDGES_NAME_NOUNS = words("hedges_name_nouns")
_HEDGES_NAME_DETERMINERS = words("hedges_name_determiners")


def hedges_not_a_name_gloss(c: Context) -> bool:
    """"suggest" or "imply" in a comment clause on a name ("as the name suggests, it suppresses bone
    breakdown", "COPD is, as the name suggests, a chronic lung disease", "as its name implies"):
    the verb tells what a word means, and the "as" clause of comment vouches for the main clause,
    as "as you know" does (Quirk et al. 1985, 15.53-15.57: "as" comment clauses presuppose the
    truth of the matrix). The writer glosses a name and softens no claim; Hyland 1998 counts
    "suggest" as a hedge where it presents a tentative inference from evidence, and a name is no
    evidence. Round 30: four dev stories counted "as the name suggests" / "implies" as hedges."""
    back = c.before(3)
    if len(back) < 3 or back[0] not in {"as", "like"}:
        return True
    return not (back[1] in _HEDGES_NAME_DETERMINERS and back[2] in _HEDGES_NAME_NOUNS)


_HEDGES_MORE_RESEARCH_MODIFIERS = words("hedges_more_research_modifiers")
_HEDGES_EPISTEMIC_AFTER = words("hedges_epistemic_after")


def _suggests_more_research(c: Context) -> bool:
    """"suggest further studies", "suggest additional research should look at ...": "suggest" with
    a noun phrase of more research as its object recommends the research (the mandative sense,
    Quirk et al. 1985, 16.32), it draws no conclusion. A finite verb after the noun other than
    "should" makes the noun the subject of a claim suggested ("suggest more trials are failing"),
    which stays a hedge."""
    if c.word(c.end) not in _HEDGES_MORE_RESEARCH_MODIFIERS:
        return False
    for k in range(c.end + 1, min(c.last, c.end + 4)):
        if c.word(k) in _HEDGES_RESEARCH_NOUNS:
            return c.word(k + 1) not in _HEDGES_PRESENT_FINITE | _HEDGES_FINITE_BE | _HEDGES_EPISTEMIC_AFTER
    return False


_HEDGES_MANDATIVE_SUBJECTS = words("hedges_mandative_subjects")
_HEDGES_MANDATIVE_SINGULAR_SUBJECTS = words("hedges_mandative_singular_subjects")
_HEDGES_MANDATIVE_VERBS = words("hedges_mandative_verbs")
_HEDGES_MANDATIVE_SINGULAR_VERBS = words("hedges_mandative_singular_verbs")


def _mandative_subjunctive(c: Context) -> bool:
    """"suggest" followed by a mandative subjunctive, a subject naming people and a verb in its base
    form ("when the doctor suggested that she take the test", "I'd not suggest they switch",
    "nobody is suggesting that women start using estrogen", "it is hard to suggest he stop
    screening"): the verb of suggesting proposes an act, a recommendation, and softens no claim
    (Quirk et al. 1985, 16.32: the mandative subjunctive after verbs of suggesting, the form
    without "should"; round 26, dev labels read "suggested that she take" and "suggest that
    people eat" as no hedge). A research subject keeps its inference for plural subjects, whose
    base form is also the present ("the results suggest that people eat too much salt"); a
    singular subject's base form ("she take", "he stop") and "be" are unambiguous. A plural's
    clause that describes practice, or a critic's charge, keeps the hedge too (round 27:
    ``_clause_describes_practice``, ``_alleging_suggester``)."""
    k = c.end
    if c.word(k) == "that":
        k += 1
    subject, subject_at = c.word(k), k
    if subject not in _HEDGES_MANDATIVE_SUBJECTS:
        return False
    k += 1
    if c.word(k) in {"not", "only", "also", "first"} or c.word(k).endswith("ly"):
        k += 1
    verb = c.word(k)
    singular = subject in _HEDGES_MANDATIVE_SINGULAR_SUBJECTS
    # after a past "suggested" a plural's base form is no present either ("suggested that people take
    # the test": the indicative would be "took"; a reviewer's reading, round 26)
    base_is_plain = singular or c.word(c.start) == "suggested"
    if not (verb in _HEDGES_MANDATIVE_VERBS or (base_is_plain and verb in _HEDGES_MANDATIVE_SINGULAR_VERBS)):
        return False
    # "be" has no present form it shares ("that patients be screened")
    if singular or verb == "be":
        return True
    if not _RESEARCH_SUBJECTS.isdisjoint(c.tokens.words[c.first:c.start]):
        return False
    return not (_clause_describes_practice(c, subject_at) or _alleging_suggester(c))


_HEDGES_DESCRIBED_HABIT_ADVERBS = words("hedges_described_habit_adverbs")
_HEDGES_EXCESS_AFTER_TOO = words("hedges_excess_after_too")


def _clause_describes_practice(c: Context, subject_at: int) -> bool:
    """The "that" clause after a plural subject says what people do, not what they are told to do:
    an adverb of habit or of what has already happened ("people already eat", "doctors routinely
    avoid") or an excess ("eat too much protein", "start too late"). A plural's base form is also
    its present, and a proposal names an act to be done, which takes no frequency or "already"
    (Quirk et al. 1985, 16.32 mandative; 8.64-8.67 adverbs of frequency and time); an excess judges
    present practice. Round 27: "Some experts suggest that people eat too much protein already"
    lost its hedge."""
    for k in range(subject_at + 1, c.last):
        if c.marks_before(k, _HEDGES_CLAUSE_BREAKS | frozenset(".!?")) or c.word(k) in _HEDGES_CLAUSE_CONJUNCTIONS:
            return False
        word = c.word(k)
        if word in _HEDGES_DESCRIBED_HABIT_ADVERBS or (word == "too" and c.word(k + 1) in _HEDGES_EXCESS_AFTER_TOO):
            return True
    return False


_HEDGES_ALLEGING_SUBJECTS = words("hedges_alleging_subjects")


def _alleging_suggester(c: Context) -> bool:
    """Critics, sceptics or opponents suggest, in the clause before the verb: what they suggest of
    a plural is a charge about practice ("critics suggest that doctors avoid difficult
    conversations"), a claim put tentatively, not advice to the people named (round 27)."""
    begin = c.back_to_break(c.start, _HEDGES_CLAUSE_BREAKS, 6)
    return not _HEDGES_ALLEGING_SUBJECTS.isdisjoint(c.tokens.words[begin:c.start])


_HEDGES_ADVISORY_SUBJECTS = words("hedges_advisory_subjects")
_HEDGES_ADVISORY_FILLERS = words("hedges_advisory_fillers")


def _advisory_subject(c: Context) -> bool:
    """"suggest" whose subject is a guideline, a recommendation or the body that issues them
    ("current guidelines suggest cholesterol be treated with statins", "the task force first
    suggested that screening begin at 50", "despite guidelines suggesting that screening only
    begin at 65", "which the USPSTF suggests"). A guideline's business is advice, so its
    "suggest" is the mandative "recommend" (Quirk et al. 1985, 16.32 and 14.25: the mandative
    subjunctive "begin", "be treated" after verbs of suggesting), not a tentative conclusion
    drawn from evidence, which is what Hyland (2005) and BioScope (Vincze et al. 2008) count as a
    hedge. The subject is read where it stands: right before the verb (past "had", "first"), or
    before a parenthesis set off by commas ("the new guidelines, published in JAMA, suggest").
    Evidence named earlier in the sentence ("an analysis of the evidence behind the guidelines
    suggests") is read first by ``hedges_suggest_not_mandative`` and keeps the hedge. Round 13:
    the dev hedges' guidelines and task force "suggest" in six stories."""
    k = c.start - 1
    while k > c.first and c.word(k) in _HEDGES_ADVISORY_FILLERS:
        k -= 1
    if c.marks_before(k + 1, {","}):
        j = k
        while j > c.first and not c.marks_before(j, {","}):
            j -= 1
        k = j - 1 if j > c.first else k
    head = c.word(k)
    if head == "force":
        return c.word(k - 1) == "task"
    return head in _HEDGES_ADVISORY_SUBJECTS


_HEDGES_SUBJECT_FILLERS = words("hedges_subject_fillers")


def _practitioner_recommends(c: Context) -> bool:
    """"suggest" with a practitioner as its subject and an option, not a "that" clause, as its
    object: "her dermatologist suggested a new laser treatment", "doctors might suggest
    paracetamol instead", "surgeons suggested a knee replacement". A clinician suggesting a
    treatment to a patient recommends it (OED "suggest" 3, to propose a course of action; Quirk
    et al. 1985, 16.32, verbs of suggesting as mandative), the step of care round 15's
    ``_clinician_option`` reads in "a doctor may suggest surgery"; it draws no tentative
    conclusion from evidence, which is what Hyland (2005) and BioScope (Vincze et al. 2008) count
    as a hedge. Kept: a "that" clause, also a later or an unmarked one with a finite verb ("the
    surgeon suggested in an interview that the swelling came from an infection", "physicians
    suggest those with the most calcium would benefit": a tentative conclusion), and other
    subjects ("researchers suggest a link"). Round 16 (second pass): a person named or referred
    to as "he"/"she" proposes as a practitioner does ("Gray suggests mothers take any chance to
    hold their baby", "he typically suggests a trial of therapy", "DeSanto suggested a different
    approach"; ``_named_person``): a person suggesting a step to someone advises it (the dev
    hedges' wrong "suggest" of a named adviser in four stories)."""
    k = c.start - 1
    while k > c.first and c.word(k) in _HEDGES_SUBJECT_FILLERS:
        k -= 1
    if not (c.word(k) in _HEDGES_PRACTITIONERS or _named_person(c, k)) or c.word(c.end) == "":
        return False
    for j in range(c.end, min(c.last, c.end + 12)):
        if j > c.end and c.marks_before(j, _CLAUSE_OR_SENTENCE_END):
            break
        if c.word(j) in _HEDGES_FINITE_CLAUSE_SIGNS:
            return False
    return True


_HEDGES_NONPERSON_SUBJECTS = words("hedges_nonperson_subjects")
_HEDGES_NAME_PREPOSITIONS = words("hedges_name_prepositions")


def _named_person(c: Context, k: int) -> bool:
    """The word at ``k`` names one person as a subject: "he", "she", or a capitalised word that
    is not a pronoun or a common noun of reasoning ("This", "Experience") and is not the last
    word of a title or an institution's name ("the Journal of Clinical Medicine", "in Nature").
    A name opening the sentence counts ("DeSanto suggested ..."), unless it ends in -s, as the
    plural common nouns that open sentences do ("Reviewers suggest", "Critics suggest").

    At the sentence's start every word is capitalised, so the capital alone cannot tell a name;
    the -s guess keeps a plural group's tentative "suggest" a hedge instead of reading it as one
    adviser's advice (``_practitioner_recommends``)."""
    word = c.word(k)
    if word in {"he", "she"}:
        return True
    if not capitalised(c.surface(k)) or word in _HEDGES_NONPERSON_SUBJECTS or word in _RESEARCH_SUBJECTS:
        return False
    if k == c.first:
        return not word.endswith("s")  # "DeSanto suggested"; not "Reviewers suggest", "Critics suggest"
    return not capitalised(c.surface(k - 1)) and c.word(k - 1) not in _HEDGES_NAME_PREPOSITIONS


RULES = registry(
    directive_suggest,
    hedges_suggest_not_mandative,
    hedges_not_a_name_gloss,
)
