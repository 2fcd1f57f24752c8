"""Questions, direct and embedded: a doubt that is the question's, not the writer's. A modal or
"likely" inside an indirect question ("to see if it could work", "predict which patients are likely
to benefit") claims nothing; "whether" hedges only as a question left open, not as the
conditional-concessive of alternatives ("whether young or old"), a study's design ("To test
whether") or a deliberation ("whether to operate").

Sources: Quirk et al. 1985, 15.5-15.6 (interrogative clauses) and 15.22, 15.43 (alternative
conditional-concessive clauses); the BioScope guidelines (Vincze et al. 2008); guide.md, settled:
a modal inside an indirect question is `not_claim`."""

from __future__ import annotations

from ..base import Context, registry, unbroken, words
from .clauses import (
    _CLAUSE_OPENERS, _CLAUSE_OR_SENTENCE_END, _DIAGNOSTIC_NOUNS, _HEDGES_CLAUSE_BREAKS,
    _HEDGES_FINITE_BE, _HEDGES_FINITE_CLAUSE_SIGNS, _HEDGES_FINITE_VERB_SIGNS, _clause_start, _is_past,
    _verb_after,
)


def not_in_a_question(c: Context) -> bool:
    """"Might insulin help?", "Think diet pills don't work?": a question asks, it withholds no
    commitment from a claim (the audit guideline's ``not_claim``).

    Prevents headlines and rhetorical questions counting as hedges.
    """
    return not _in_a_question(c)


def _in_a_question(c: Context) -> bool:
    """The candidate's sentence is a direct question: it asks, it does not claim."""
    return c.sentence.rstrip().rstrip("\"'”’)").endswith("?")


_HEDGES_WHETHER_GOVERNORS = words("hedges_whether_governors")


def whether_as_question(c: Context) -> bool:
    """"whether" hedges as an open question ("it is unclear whether", "research on whether it
    helps"), not in a conditional-concessive clause of alternatives: "Whether you are young or
    old, exercise helps", "all trademarks, whether registered or not, are their owners'".

    The alternative clause is an adverbial (Quirk et al. 1985, 15.22): it opens the sentence or
    follows a comma and is closed by one, or its "or not" runs straight into the main verb. Its
    "whether" leaves nothing in doubt; the interrogative "whether" (15.5) is BioScope's cue.
    """
    k = c.end
    while k < min(c.last, c.end + 10) and not c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        if c.word(k) == "or":
            break
        k += 1
    if c.word(k) != "or" or c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        return True
    if not _HEDGES_WHETHER_GOVERNORS.isdisjoint(c.tokens.words[c.first:c.start]):
        return True  # "It's not clear, for instance, whether X or Y": a question still open
    if c.word(k + 1) == "not" and c.word(k + 2) in _HEDGES_FINITE_BE and not c.at_sentence_start:
        return False  # "trademarks whether registered or not are the property of their owners"
    closes = not unbroken(c, k + 1, min(c.last, k + 6), _HEDGES_CLAUSE_BREAKS)
    if c.at_sentence_start:
        return not closes  # "Whether you are young or old, ..."; not "Whether it helps or not is unclear"
    after_comma = c.marks_before(c.start, _HEDGES_CLAUSE_BREAKS)
    return not (after_comma and (closes or c.last <= k + 6))  # "..., whether taken daily or weekly."


_HEDGES_OPEN_QUESTION_WORDS = words("hedges_open_question_words")
_HEDGES_INQUIRY_VERBS = words("hedges_inquiry_verbs")
_HEDGES_CHECKING_VERBS = words("hedges_checking_verbs")


def hedges_whether_open_question(c: Context) -> bool:
    """"whether" counts as a question left open ("it is unclear whether", "the question of whether
    it helps remains", "research on whether ..."), where a word of doubt or inquiry frames it; a
    diagnostic or everyday "whether" is shown but not counted: "a test to determine whether a
    patient is responding", "ask your doctor whether you are a candidate", "no difference whether
    mothers took DHA or placebo" (Quirk et al. 1985, 15.5: an interrogative clause is doubt only
    where its matrix leaves the answer unknown; BioScope guidelines, Vincze et al. 2008, mark
    "whether" as a cue of an unresolved proposition). Also the alternatives ``whether_as_question``
    rejects. A verb of inquiry right before it ("to determine whether X binds Y", "we asked
    whether") makes a research question, unless a diagnostic test is what determines it. Round
    14: not the object of a study's own inquiry told as its design ("To test whether ...", "set
    out to assess whether", "we explored whether"; ``_whether_as_study_design``): the audit
    guide's `methods`, unless a word of doubt or an inquiry still ahead keeps it open. Round 37:
    nor right after a verb of checking ("to check whether", "may predict whether a patient will
    benefit", "had detected whether"): the clause names what a check finds out about one case,
    whose matrix leaves no claim unknown (Quirk et al. 1985, 15.5, as for the diagnostic nouns
    above; guide.md round 37: a diagnostic "whether" or a check is wrong)."""
    if not whether_as_question(c):
        return False
    if _deliberative_whether(c):
        return False
    if _whether_as_study_design(c):
        return False
    if c.word(c.start - 1) in _HEDGES_CHECKING_VERBS:
        return False  # round 37: "to check whether a baby is likely to ...", "may predict whether a patient will benefit"
    if not _HEDGES_OPEN_QUESTION_WORDS.isdisjoint(c.tokens.words[c.first:c.last]):
        return True
    frame = c.tokens.words[c.first:c.start]
    diagnostic = any(w in _DIAGNOSTIC_NOUNS and (k == 0 or frame[k - 1] != "to") for k, w in enumerate(frame))
    return not diagnostic and not _HEDGES_INQUIRY_VERBS.isdisjoint(frame[-8:])


def _deliberative_whether(c: Context) -> bool:
    """"whether to" + verb ("the decision on whether to give antibiotics", "a debate about whether
    to operate early", "I didn't know whether to laugh or cry"): a choice of what to do, the
    question form of a deontic "should" (Quirk et al. 1985, 15.6: the to-infinitive
    interrogative clause is deliberative, "whether we should ..."). It leaves no fact in doubt,
    so it qualifies no claim; the family does not count deontic "should" either."""
    k = c.end
    if c.word(k) == "or" and c.word(k + 1) == "not":
        k += 2  # "whether or not to treat"
    if c.word(k) == "to" and not c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        return True
    return _deliberative_should(c, k)


_HEDGES_DELIBERATING_SUBJECTS = words("hedges_deliberating_subjects")


def _deliberative_should(c: Context, k: int) -> bool:
    """The finite form of the deliberative question: "whether" + a subject naming people who could
    act + "should" ("wondering whether they should be getting spinal taps", "uncertain about
    whether they should be using aspirin", "questions such as whether women should freeze their
    eggs"). The "should" is deontic, the question is what those people ought to do, the same
    question as "whether to" (Quirk et al. 1985, 15.6 and 11.12: deliberative questions; Palmer
    2001: deontic "should"); it leaves no claim in doubt. A subject that names a thing or a
    practice keeps the open question ("it remains unknown whether isoflavone consumption should
    be encouraged": whether the evidence supports it). Round 30: dev hedges counted "whether they
    should be getting spinal taps" and "whether they should be using aspirin"."""
    if c.word(k) not in _HEDGES_DELIBERATING_SUBJECTS or c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        return False
    return c.word(k + 1) in {"should", "shouldn't"} or (c.word(k + 1) == "ought" and c.word(k + 2) == "to")


_HEDGES_RESEARCH_ACTS = words("hedges_research_acts")
_HEDGES_PURPOSE_FRAMES = words("hedges_purpose_frames")
_HEDGES_DOUBT_WORDS = words("hedges_doubt_words")
_HEDGES_INQUIRY_AHEAD = words("hedges_inquiry_ahead")


def _whether_as_study_design(c: Context) -> bool:
    """"whether" as the object of the study's own act of inquiry, told as its design: a purpose
    infinitive ("To test whether the decline caused ageing, the team ...", "set out to assess
    whether", "sought to determine whether") or a past act ("we explored whether", "they
    examined whether"). The clause states what was asked, a method, and the answer follows in
    the results; the writer leaves no claim in doubt (the audit guide's `methods` code; round 14:
    dev labels read "To test whether", "set out to assess whether", "explored whether" as methods).
    Kept: a word of doubt in the sentence ("it is unclear, so they tested whether"), or the
    inquiry still ahead ("further trials will test whether", "the goal of future research is to
    determine whether"), where the question stays open."""
    k = c.start - 1
    verb = c.word(k)
    if verb not in _HEDGES_RESEARCH_ACTS:
        return False
    words_ = c.tokens.words[c.first:c.last]
    if any(w in _HEDGES_DOUBT_WORDS or w in _HEDGES_INQUIRY_AHEAD for w in words_):
        return False
    if verb.endswith("ed"):
        return True  # "we explored whether", "the team examined whether"
    if c.word(k - 1) != "to":
        return False
    return k - 1 == c.first or c.word(k - 2) in _HEDGES_PURPOSE_FRAMES  # "To test whether", "set out to assess"


def hedges_likely_not_asked(c: Context) -> bool:
    """"likely" counts unless it is the predicate of an indirect question: "a blood test to predict
    whether their babies are likely to have Down's", "to identify which patients are likely to
    benefit", "the kit tells women if the lump is likely to be benign", "figure out who is likely to need
    a therapist". The clause asks which case holds, and a test or a study answers it; the question
    carries the doubt and "likely" claims nothing (Quirk et al. 1985, 15.5: interrogative content
    clauses; guide.md, settled: a modal inside an indirect question is `not_claim`, and "likely"
    is the adjective of the same epistemic scale). Read only where "likely" follows the clause's
    copula ("are likely", "is likely") and the clause is opened, with no other verb between, by
    "whether", by an "if" after a verb of finding out or telling (its object may stand between, no
    comma: "ask your doctor if"; ``_if_asked``), or by "which", "what" or "who" after a verb of
    finding out or telling ("predict", "determine", "indicate", "pick out", "tell"). A
    relative clause ("patients who are likely to be treated", "a trend which is likely to
    continue") keeps the hedge, as do how- and why-clauses, which take their content as given.
    Round 22: the fresh hedges' "predict which fertility treatments are likely to work" and
    unlabelled dev findings of the same form in five more stories."""
    return not _likely_in_indirect_question(c)


_CONDITIONAL_BEFORE_IF = words("conditional_before_if")
_HEDGES_ASKING_VERBS = words("hedges_asking_verbs")
_HEDGES_ASKED_WH_WORDS = words("hedges_asked_wh_words")
_HEDGES_COPULAS = words("hedges_copulas")


def _likely_in_indirect_question(c: Context) -> bool:
    k = c.start - 1
    if c.word(k) not in _HEDGES_COPULAS:
        return False
    for j in range(k - 1, max(c.first, k - 9) - 1, -1):
        if c.marks_before(j + 1, _CLAUSE_OR_SENTENCE_END):
            return False
        w = c.word(j)
        if w in _HEDGES_FINITE_VERB_SIGNS:
            return False  # the clause has a verb of its own before the copula
        if w == "whether":
            return True
        if w == "if":
            return (j > c.first and c.word(j - 1) not in _CONDITIONAL_BEFORE_IF
                    and not c.marks_before(j, _CLAUSE_OR_SENTENCE_END) and _if_asked(c, j))
        if w in _HEDGES_ASKED_WH_WORDS:
            before = c.word(j - 2) if c.word(j - 1) == "out" else c.word(j - 1)
            return not c.marks_before(j, _CLAUSE_OR_SENTENCE_END) and (
                before in _HEDGES_ASKING_VERBS or _inquiry_preposition(c, j - 1))
    return False


# How far before "if" the verb that asks may stand: "tells women if", "ask your doctor if".
_IF_ASKED_REACH = 3


def _if_asked(c: Context, j: int) -> bool:
    """Whether the "if" at ``j`` opens an indirect question: a verb of finding out or telling stands
    before it, with at most its object between and no comma ("ask your doctor if", "tells women if",
    "check if"); otherwise it opens a condition ("avoid the drug if they are likely to become
    pregnant", "surgery is advised if the tumour is likely to spread"), and the hedge stands."""
    for i in range(j - 1, max(c.first, j - _IF_ASKED_REACH) - 1, -1):
        if c.word(i) in _HEDGES_ASKING_VERBS:
            return True
        if c.marks_before(i + 1, _CLAUSE_OR_SENTENCE_END):
            return False
    return False


_HEDGES_INQUIRY_NOUNS = words("hedges_inquiry_nouns")
_HEDGES_INQUIRY_PREPOSITIONS = words("hedges_inquiry_prepositions")


def _inquiry_preposition(c: Context, k: int) -> bool:
    """A wh-clause that is the object of a preposition after a word of inquiry: "investigations
    into how the drugs may affect risk", "to learn more about which patients might benefit",
    "predictions about which men might not need treatment", "research on what could explain it".
    The preposition's object is an embedded question as much as a verb's is (Quirk et al. 1985,
    15.5 and 9.5: an interrogative clause as prepositional complement), so the modal in it
    claims nothing; the inquiry, not a tentative claim, is what the sentence reports. Round 16:
    the dev hedges' "past investigations into how NSAIDs may affect skin cancer risk"; the
    inflected verbs of finding out ("knowing how many might", "determining who might") join
    ``hedges_finding_out_verbs``. Round 37: after "as to" whatever its head noun ("a clue as to
    what might help save her"): the complex preposition takes a question as its object, and
    says the noun concerns that question (Quirk et al. 1985, 9.5 and 15.5). Round 38: not "as to
    why", whose clause takes its content as given ("no explanation as to why the drug might work
    better in women"; guide.md: a why-clause that presupposes its content stays a hedge)."""
    if c.word(k) == "to" and c.word(k - 1) == "as":
        return c.word(k + 1) != "why"  # round 37: "a clue as to what might help"; round 38: not "why"
    if c.word(k) not in _HEDGES_INQUIRY_PREPOSITIONS:
        return False
    head = c.word(k - 1)
    if head == "more":
        head = c.word(k - 2)  # "learn more about which"
    return head in _HEDGES_INQUIRY_NOUNS


def _in_indirect_question(c: Context) -> bool:
    """The candidate's clause is opened by "whether", or by an "if" that follows a verb without a
    comma ("see if it could", "find out if it would"): an embedded question (Quirk et al. 1985,
    15.5), whose doubt is the question's, not the modal's."""
    if _doubted_clause(c):
        return True
    start = _clause_start(c)
    if start >= c.start:
        return _question_across_interruption(c)
    opener = c.word(start)
    if opener == "whether":
        return not _question_has_its_verb(c, start)
    if _wh_question_after_inquiry(c) or _wh_complement_of_be(c):
        return True
    if (opener == "if" and start > c.first and c.word(start - 1) not in _CONDITIONAL_BEFORE_IF
            and not c.marks_before(start, _CLAUSE_OR_SENTENCE_END)):
        return True
    return _question_across_interruption(c)


_HEDGES_DOUBTING_VERBS = words("hedges_doubting_verbs")
_HEDGES_NOT_DOUBTING = words("hedges_not_doubting")
_DOUBTED_REACH = 8


def _doubted_clause(c: Context) -> bool:
    """Round 38: the candidate sits in the complement of a verb of doubting, with or without
    "that"/"whether"/"if": "he seriously doubts that oxygen would have any power to clean the
    colon", "he doubted most people would see the findings as a green light". "doubt" takes its
    clause as a yes-no question, "that" and "whether" alike (Quirk et al. 1985, 15.5 note), and
    the sentence reports a denial of the proposition: the modal is dependent on the matrix and
    softens no claim of the writer's (guide.md, settled: a modal inside an indirect question is
    `not_claim`). Kept: the noun ("no doubt it would", "little doubt that it could", "there is some
    doubt that it may", ``hedges_not_doubting``) and the negated verb ("I don't doubt it could"),
    and a modal after a finite verb of the clause's own ("he doubts it, but it may work")."""
    k, bound = c.start - 1, max(c.first, c.start - _DOUBTED_REACH)
    while k >= bound:
        if c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
            return False
        word = c.word(k)
        if word in _HEDGES_DOUBTING_VERBS:
            return k > c.first and c.word(k - 1) not in _HEDGES_NOT_DOUBTING
        if word in _HEDGES_FINITE_CLAUSE_SIGNS and word != "that":
            return False
        k -= 1
    return False


_QUESTION_REACH = 16
_HEDGES_WH_WORDS = words("hedges_wh_words")


def _question_across_interruption(c: Context) -> bool:
    """The candidate is still inside an embedded question that punctuation interrupts before it:
    a parenthetical set off by commas in the "whether" clause ("whether, over a longer course,
    the drug could help"; "whether statin treatment, such as atorvastatin, might lower the
    risk"), or a wh-clause coordinated with a "whether" clause by "or"/"and" ("it is unknown
    whether the dose would change, or which patients might respond"). The punctuation ends the
    scan of ``_clause_start``, but the clause it interrupts is the same embedded question (Quirk
    et al. 1985, 15.5, and 17.66 on parenthetical insertions), so the question carries the doubt
    and the modal claims nothing (guide.md, settled: a modal inside an indirect question,
    including one joined to another by and/or). The words between "whether" and the modal may
    hold no verb of their own (a finite sign, a past form, a relative opener): "whether a drug
    treated arthritis, for example, it would still help" is the main clause's "would". Round 17:
    dev hedges counted such modals in three stories."""
    k, bound = c.start - 1, max(c.first, c.start - _QUESTION_REACH)
    while k >= bound:  # the bounding word too ("Whether, ..." at the head)
        word = c.word(k)
        if c.marks_before(k + 1, ".!?;:"):
            return False
        if word == "whether":
            return not _concessive_whether(c, k)
        if word in _HEDGES_WH_WORDS and c.word(k - 1) in {"or", "and"}:
            return "whether" in c.tokens.words[max(c.first, k - _QUESTION_REACH):k]
        if word in _HEDGES_FINITE_CLAUSE_SIGNS or word in _CLAUSE_OPENERS or _is_past(word):
            return False
        k -= 1
    return False


def _concessive_whether(c: Context, k: int) -> bool:
    """"whether" at ``k`` opens an adverbial clause of condition-concession, not a question:
    at the head of its sentence or after a comma ("Whether or not insurers pay, the implant
    could ..."), or after "regardless of" / "irrespective of" (Quirk et al. 1985, 15.43). The
    modal after such a clause belongs to the main clause."""
    if k == c.first or c.marks_before(k, ",;:"):
        return True
    return c.word(k - 1) == "of" and c.word(k - 2) in {"regardless", "irrespective"}


def _question_has_its_verb(c: Context, start: int) -> bool:
    """The "whether" clause opened at ``start`` has a finite verb of its own before the candidate
    ("the data on whether the scan will save lives may not be known soon"): the question has
    ended and the modal is its host clause's, which the question is the subject of (Quirk et al.
    1985, 15.5: an interrogative clause as subject). Round 18: letting "may" ask in whether-clauses
    must not strip the main clause's hedge after a subject that holds a question."""
    return not _HEDGES_FINITE_VERB_SIGNS.isdisjoint(c.tokens.words[start + 1:c.start])


_HEDGES_FINDING_OUT_VERBS = words("hedges_finding_out_verbs")


def _wh_question_after_inquiry(c: Context) -> bool:
    """The candidate sits in a wh-clause that a verb of finding out takes as its object: "to see
    what could account for the shift", "to determine which strategy may be most appropriate",
    "studying how the drug might work". Such a clause is an embedded question (Quirk et al. 1985,
    15.5): the question carries the doubt, and the modal claims nothing, as with "whether" and
    "see if". A wh-word without such a verb before it ("which may help", a relative clause) stays."""
    k, bound = c.start - 1, max(c.first, c.start - 8)
    while k > bound:
        if c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
            return False
        if c.word(k) in _HEDGES_WH_WORDS:
            before = c.word(k - 1)
            if before == "out":
                before = c.word(k - 2)
            if c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
                return False
            if c.word(k + 1) == "to" or not _HEDGES_FINITE_VERB_SIGNS.isdisjoint(c.tokens.words[k + 1:c.start]):
                return False  # round 16: "learning how to grow cells may help", "understanding how proteins can
                # clump could point to ...": the wh-clause has its own verb, and the modal is the main clause's
            return before in _HEDGES_FINDING_OUT_VERBS or _inquiry_preposition(c, k - 1)
        k -= 1
    return False


_HEDGES_VALUE_WH_WORDS = words("hedges_value_wh_words")
_HEDGES_AFTER_CLAUSE_FINAL_BE = words("hedges_after_clause_final_be")
_VALUE_QUESTION_REACH = 12


def _wh_complement_of_be(c: Context) -> bool:
    """The modal's "be" ends a wh-clause whose wh-phrase is its complement: "what the side
    effects could be", "how severe the injury might be", "what the best dose may be remains
    unclear". The wh-phrase stands for the value the clause leaves open (Quirk et al. 1985, 15.5
    and 15.8: a nominal wh-clause, its wh-element the complement), so the clause names an unknown
    and asserts nothing for the modal to soften, with or without a verb of finding out before it
    ("the question is what ...", "check what your costs might be", "and how effective it could
    be" joined to an "if" question); guide.md, settled: a modal in a wh-clause whose wh-word is
    the unknown asked is `not_claim`. A subject wh-word ("what might be happening", "patients
    who may be at risk") and a "be" with a complement of its own ("how it might be used") keep
    the modal. Round 25: dev hedges counted such modals in four stories."""
    k = _verb_after(c)
    if c.word(k) == "have" and c.word(k + 1) == "been":
        k += 1
    elif c.word(k) not in {"be", "become"}:
        return False
    after = k + 1
    if not (after >= c.last or c.marks_before(after, _CLAUSE_OR_SENTENCE_END)
            or c.word(after) in _HEDGES_AFTER_CLAUSE_FINAL_BE):
        return False
    begin = c.back_to_break(c.start, _CLAUSE_OR_SENTENCE_END, _VALUE_QUESTION_REACH)
    for i in range(c.start - 2, begin - 1, -1):  # a subject stands between the wh-word and the modal
        word = c.word(i)
        if word in _HEDGES_FINITE_CLAUSE_SIGNS:
            return False  # "what we know is that it could be": the modal is another clause's
        if word in _HEDGES_VALUE_WH_WORDS:
            return True
    return False


RULES = registry(
    not_in_a_question,
    whether_as_question,
    hedges_whether_open_question,
    hedges_likely_not_asked,
)
