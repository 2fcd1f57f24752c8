""""would": a tentative conclusion ("this would explain the difference"), not the future of a past
moment ("she said it would help", "a discovery that would change the industry"), volition ("I would
recommend it"), habit ("he would often skip meals"), an unreal past ("she would have died") or a
study's plan ("the phase 3 study would enroll 300 patients").

Sources: Coates 1983, ch. 8; Palmer 2001 (reported and volitional "would"); Quirk et al. 1985, 4.50
and 4.58 (habitual "would", the future in the past) and 14.31 (backshift)."""

from __future__ import annotations

from ..base import Context, _words_back, registry, words
from .clauses import (
    _CLAUSE_OPENERS, _CLAUSE_OR_SENTENCE_END, _COMMITMENT_ADVERBS, _HEDGES_CLAUSE_BREAKS,
    _HEDGES_CONDITIONAL_OPENERS, _HEDGES_CONTENT_OPENERS, _HEDGES_NEGATED_PAST,
    _HEDGES_PERSONAL_SUBJECTS, _HEDGES_PRESENT_FINITE, _HYPHENS, _MODAL_ADVERBS, _PERSONAL_PRONOUNS,
    _clause_start, _is_participle, _is_past, _skip_adverbs, _told_in_the_past, _verb_after,
)
from .frames import _comparative_standard, _temporal_clause, _unreal_referent
from .questions import _in_a_question, _in_indirect_question


_REPORTED_PAST = words("reported_past")
_VOLITION_VERBS = words("volition_verbs")
_HABIT_ADVERBS = words("habit_adverbs")
_HEDGES_PREFERENCE_AFTER_WOULD = words("hedges_preference_after_would")


def epistemic_would(c: Context) -> bool:
    """"would" hedges as a tentative conclusion ("this would explain the difference"), not as
    the future of a past moment ("she said it would help", "we decided that I would try it",
    "they wanted to find out if it would work"), volition ("I would recommend it", "I definitely
    would buy again"), a counterfactual "I would have saved money", past habit ("he would often
    skip meals") or an offer ("Would you like to share a tip?").

    Prevents reported speech and testimonials counting as the writer's doubt (Coates 1983 ch. 8;
    Palmer 2001 on reported and volitional "would"; BioScope leaves "we hypothesized that X
    would ..." unannotated: the hypothesis verb is the cue). The compound adjective "would-be"
    ("would-be parents", "would-be quitters": people who intend or hope to be) holds no modal at
    all (Quirk et al. 1985, I.4: hyphenated compounds as premodifiers).
    """
    if c.text[c.match_end:c.match_end + 1] in _HYPHENS:
        return False  # "would-be patients", "would-be quitters": an adjective of intent, no modal
    before = c.tokens.words[c.first:c.start]
    if not _REPORTED_PAST.isdisjoint(before) or _backshifted(c) or _narrative_past(c):
        return False
    if c.word(_verb_after(c)) in _HEDGES_PREFERENCE_AFTER_WOULD or _habitual_would(c) or _elliptical_would(c):
        return False
    if _counterfactual_past(c) or _personal_would(c):
        return False
    if c.word(_verb_after(c)) == "have" and c.word(_verb_after(c) + 1) == "to":
        return False  # "they would have to test 23 people": a necessity under a supposition (root)
    subject, verb = c.word(c.start - 1), c.word(_verb_after(c))
    if subject in _COMMITMENT_ADVERBS or c.word(c.end) in _HABIT_ADVERBS:
        return False
    if subject in _PERSONAL_PRONOUNS and verb in _VOLITION_VERBS or subject == "i" and verb == "have":
        return False  # "he would recommend the device": volition, reported or not
    if _in_indirect_question(c) or _in_a_question(c):
        return False  # "a test of whether it would improve outcomes", "but would it work for us?"
    if _comparative_standard(c):
        return False  # round 16: "than good sleepers would have", "as pills would"
    if _would_of_a_study_plan(c):
        return False  # round 25: "the phase 3 study would enroll 300 patients"
    if _would_of_a_criterion(c):
        return False  # round 37: "80 percent would be deemed deficient", "would qualify for the study"
    if _worked_example(c):
        return False  # round 37: "for every 10,000 women, estrogen would cause 16 extra heart attacks"
    if _requirement_of_a_goal(c):
        return False  # round 37: "To prove that statins protect ... would require a large study"
    return not (c.at_sentence_start and c.word(c.end) == "you")


_BACKSHIFT_OPENERS = words("hedges_backshift_openers")
_BACKSHIFT_REACH = 3  # the past verb governs the clause: "knowing that", "decided last night that"


def _backshifted(c: Context) -> bool:
    """A "would" in a clause opened by "that", "if", "whether", "what" after a past-tense verb:
    "I was skeptical that this would work", "they tried to find what birth they would have".
    Also with "that" left out (``_zero_that_backshift``)."""
    if _zero_that_backshift(c):
        return True
    for k in range(c.start - 1, c.first, -1):
        if c.tokens.words[k] in _BACKSHIFT_OPENERS:
            frame = c.tokens.words[max(c.first, k - _BACKSHIFT_REACH):k]
            # "was stoked that", "decided last night that"; not "is unexpected that" (present)
            return any(_is_past(w) for w in frame) and not any(w in {"is", "are", "am"} for w in frame)
    return False


_HEDGES_ZERO_THAT_SUBJECTS = words("hedges_zero_that_subjects")
_HEDGES_PAST_AUXILIARIES = words("hedges_past_auxiliaries")


def _zero_that_backshift(c: Context) -> bool:
    """The future in the past with "that" left out: "he didn't expect there would be any
    treatment", "we made sure they would survive", "there wasn't any evidence it would work".
    A content clause may drop "that" (Quirk et al. 1985, 15.3 and 14.31: zero "that"); its
    "would" then moves a past expectation forward (the future in the past, 4.58; Coates 1983,
    ch. 8), and reports what someone expected or made sure of then, not the writer's tentative
    claim. Read only where the clause's subject is a pronoun or "there" right before "would",
    the word before it opens no clause of its own, and the matrix clause before it (up to a
    comma, at most five words) holds a past-tense verb and no present one; a conditional ("if
    the drug worked they would ...") is a hypothesis, not a backshift, and stays a hedge.
    Round 10: the future in the past recurred in the dev hedges."""
    subject = c.word(c.start - 1)
    if subject not in _HEDGES_ZERO_THAT_SUBJECTS or c.marks_before(c.start - 1, _CLAUSE_OR_SENTENCE_END):
        return False
    if c.word(c.start - 2) in _CLAUSE_OPENERS or c.word(c.start - 2) in _BACKSHIFT_OPENERS:
        return False  # an opener is there: the "that" rule or the clause rules read it
    frame: list[str] = []
    for k in range(c.start - 2, max(c.first, c.start - 7) - 1, -1):
        frame.insert(0, c.tokens.words[k])
        if c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
            break
    if len(frame) < 2 or not _HEDGES_CONDITIONAL_OPENERS.isdisjoint(c.tokens.words[c.first:c.start]):
        return False
    past = any(_is_past(w) or w in _HEDGES_PAST_AUXILIARIES for w in frame)
    return past and _HEDGES_PRESENT_FINITE.isdisjoint(frame)


_HEDGES_NARRATIVE_OPENERS = words("hedges_narrative_openers")
_HEDGES_STORY_WORDS = words("hedges_story_words")
_NARRATIVE_REACH = 12


def _narrative_past(c: Context) -> bool:
    """A "would" in a relative or subordinate clause of a past-tense narrative sentence: "one
    night she made a discovery that would change the industry", "she was determined to find a
    cream that would work" (the future in the past, Quirk et al. 1985, 4.58). The frame is the
    sentence before the clause opener; a present-tense verb there ("it is likely that") keeps
    the reading open. Only in a story told of people (a third-person or first-person singular
    pronoun or a possessive in the frame): in a research report "we tested whether the stress
    induced a change that would culminate in ..." is the authors' inference, a speculation cue
    in BioScope (Vincze et al. 2008)."""
    start = _clause_start(c, reach=_NARRATIVE_REACH)
    if start >= c.start or c.word(start) not in _HEDGES_NARRATIVE_OPENERS:
        return False
    frame = c.tokens.words[c.first:start]
    told = not _HEDGES_STORY_WORDS.isdisjoint(frame)
    return told and any(_is_past(w) for w in frame) and _HEDGES_PRESENT_FINITE.isdisjoint(frame)


_HEDGES_ITERATIVE_OPENERS = words("hedges_iterative_openers")


def _habitual_would(c: Context) -> bool:
    """A "would" after a clause of repeated past occasions: "every time I had a problem it would
    be one more pound", "whenever she tried a diet she would quit" (Quirk et al. 1985, 4.50:
    habitual "would" in narrative; 8.63: iterative "whenever", "every time"). A habit told, not a
    claim's likelihood judged."""
    before = c.tokens.words[c.first:c.start]
    openers = set(before) | {f"{a} {b}" for a, b in zip(before, before[1:])}
    return bool(openers & _HEDGES_ITERATIVE_OPENERS) and any(_is_past(w) for w in before)


def _elliptical_would(c: Context) -> bool:
    """A "would" that ends its clause with its verb left out: "doing everything they claimed they
    would", "it worked just as I hoped it would". Post-auxiliary ellipsis points back to a
    predicate already stated (Quirk et al. 1985, 12.21), so the modal restates someone's promise
    or expectation; it qualifies no new claim. Only in a past frame: "the odds are very good that
    they would" predicts (epistemic). "Would it?" is left to the question rule."""
    ends = c.end >= c.last or c.marks_before(c.end, _HEDGES_CLAUSE_BREAKS | {".", "!", ")"})
    frame = c.tokens.words[c.first:c.start]
    told = any(_is_past(w) for w in frame) and _HEDGES_PRESENT_FINITE.isdisjoint(frame)
    return ends and told and c.word(c.start - 1) in _PERSONAL_PRONOUNS | {"it"}


_HEDGES_COUNTERFACTUAL_NEGATORS = words("hedges_counterfactual_negators")


def _counterfactual_past(c: Context) -> bool:
    """"would have" + participle: an unreal past ("a century ago she would have died", "if he
    had known, he would have stopped"), which states the stakes or a regret, not a tentative
    conclusion (Palmer 2001, ch. 8, past counterfactuals; Quirk et al. 1985, 14.23).

    Round 26: negated too ("tumours that would never have killed them", "most of the men would
    not have died of the cancer": the unreal past denied, which tells what was spared, Huddleston
    & Pullum 2002, 3.9.2 on the modal remote perfect), and with "been" ("there would have been
    no legal way", "ordinarily would not have been considered"), the participle of "be"."""
    k = _verb_after(c)
    while c.word(k) in _HEDGES_COUNTERFACTUAL_NEGATORS:
        k = _skip_adverbs(c, k + 1)
    participle = c.word(_skip_adverbs(c, k + 1))
    return c.word(k) == "have" and (_is_participle(participle) or participle.endswith("ed") or participle == "been")


_HEDGES_NARRATIVE_ADVERBS = words("hedges_narrative_adverbs")
_HEDGES_TENTATIVE_VERBS = words("hedges_tentative_verbs")


def _personal_would(c: Context) -> bool:
    """"would" after a first- or second-person or human third-person pronoun ("I would lose a
    pound, then gain it", "we would hope to", "the data we would find for a drug", "she would
    be following the routine"): a person's past habit, intention or hypothetical action, not the
    writer's judgement of how likely a claim is (Coates 1983, ch. 8: habitual, volitional and
    hypothetical "would" take agentive subjects; epistemic "would" a proposition). Except before
    a verb of saying or expecting: "I would say", "we would expect" soften the speaker's own
    claim (Hyland 2005: "would" as a hedge of the writer's commitment)."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _COMMITMENT_ADVERBS or c.word(k) in _HEDGES_NARRATIVE_ADVERBS:
        k -= 1
    if c.word(_verb_after(c)) in _HEDGES_TENTATIVE_VERBS:
        return False  # "I would say about 15 percent", "I would expect most to be": a hedged claim
    return c.word(k) in _HEDGES_PERSONAL_SUBJECTS


_HEDGES_STUDY_SUBJECTS = words("hedges_study_subjects")
_HEDGES_STUDY_PLAN_VERBS = words("hedges_study_plan_verbs")
_HEDGES_STUDY_SCHEDULE_STATES = words("hedges_study_schedule_states")


def _would_of_a_study_plan(c: Context) -> bool:
    """"would" tells the design or schedule of a study: "the phase 3 study would enroll new
    patients", "the ideal trial would randomly assign women", "a detailed analysis would be
    submitted to a congress", "results would not be available for two years". It reports a plan,
    the future seen from a past statement or a design imagined (Quirk et al. 1985, 4.58-4.59:
    "would" as the future in the past), and holds no tentative claim about a result; the claim
    verbs ("the study would show", "a trial would be needed") keep the hedge. Round 25: dev hedges
    counted such plans in four stories."""
    if c.word(c.start - 1) not in _HEDGES_STUDY_SUBJECTS:
        return False
    k = _verb_after(c)
    if c.word(k) == "not":
        k += 1
    if c.word(k) == "be":
        return c.word(k + 1) in _HEDGES_STUDY_SCHEDULE_STATES
    return c.word(k) in _HEDGES_STUDY_PLAN_VERBS


_HEDGES_CRITERION_VERBS = words("hedges_criterion_verbs")
_HEDGES_CRITERION_PARTICIPLES = words("hedges_criterion_participles")
_HEDGES_CANDIDACY_NEXT = words("hedges_candidacy_next")


def _would_of_a_criterion(c: Context) -> bool:
    """"would" applies a criterion or a definition to a case: "with that as a standard, 80 percent
    would be deemed deficient", "someone who smoked a pack a day for 30 years would qualify for
    the study", "it would be considered for the highly obese". The modal says what a rule yields
    for whoever meets it, the hypothetical "would" of a condition stated or implied (Quirk et al.
    1985, 14.23; Coates 1983, ch. 8), and leaves no claim about the option in doubt (guide.md
    round 37: a group's definition, a definition's criterion, is `not_claim`). Read where the verb
    after "would" is one of qualifying ("qualify") or a passive of classing a case ("be deemed",
    "be classified", "be defined", "be eligible"), or "be considered" for a candidacy ("for",
    "before", "only"): "would be considered a major advance" is an evaluation and stays."""
    k = _verb_after(c)
    if c.word(k) == "not":
        k += 1
    if c.word(k) in _HEDGES_CRITERION_VERBS:
        return True
    if c.word(k) != "be":
        return False
    if c.word(k + 1) == "considered":  # "considered for the highly obese", not "considered a major advance"
        return c.word(k + 2) in _HEDGES_CANDIDACY_NEXT
    return c.word(k + 1) in _HEDGES_CRITERION_PARTICIPLES


def _worked_example(c: Context) -> bool:
    """"would" restates a result for an imagined group of a given size: "for every 10,000 women in
    their 70s, using estrogen would cause 16 extra heart attacks", "if 100 people ate the most
    Mediterranean foods and 100 the least, there would be three fewer heart attacks". The
    natural-frequency illustration (Gigerenzer & Hoffrage 1995) turns a measured rate into counts
    for a reference group; its "would" marks the imagined group, not doubt, and the result is
    told at full strength (guide.md round 37: worked examples are `not_claim`). Read where "for
    every" or "if" is followed by a figure in digits before "would" in its sentence."""
    before = c.tokens.words[c.first:c.start]
    for j, w in enumerate(before[:-1]):
        counted = before[j + 1][:1].isdigit()  # a figure, not "a": "if a result was wrong" stays
        if counted and (w == "if" or w == "every" and j > 0 and before[j - 1] == "for"):
            return True
    return False


_HEDGES_NEED_VERBS = words("hedges_need_verbs")
_HEDGES_NEEDED_STATES = words("hedges_needed_states")
_HEDGES_ING_NOT_GERUNDS = words("hedges_ing_not_gerunds")


def _requirement_of_a_goal(c: Context) -> bool:
    """"would" says what a goal or an undertaking requires: "To prove that statins protect against
    cancer would require a large study", "Avoiding germs entirely would require solitary
    confinement", "To progress this work, denosumab would need to be formally tested". The goal
    is named by a to-infinitive or an -ing clause at the head of the sentence; the modal is the
    hypothetical of that implicit condition ("if one wanted to prove it", Quirk et al. 1985,
    14.23) over a root necessity ("need", "require": Coates 1983, ch. 3; Palmer 2001,
    dynamic necessity), a requirement stated, not a claim softened (guide.md round 37: a plan or
    a proposed trial's "would" is `not_claim`; the dev readers' `obligation`). "Doctors would need
    to use less of the antibiotic" (no goal named) stays a tentative inference, and so does "a
    larger trial would be needed to confirm it", a limitation stated (guide.md round 37). Round 38:
    nor where the goal is evidence of a result ("Confirming these results would require a longer
    study", "To prove that statins protect ... would require a large study", "To be sure the drug is
    safe would require years"): a stated need for more research, a limitation (guide.md round 37);
    "would take" reads as "would require" ("Avoiding germs would take ...")."""
    k = _verb_after(c)
    while c.word(k) in {"also", "still", "first"}:
        k += 1
    needs = c.word(k) in _HEDGES_NEED_VERBS
    needed = c.word(k) == "be" and c.word(k + 1) in _HEDGES_NEEDED_STATES
    if not (needs or needed):
        return False
    head = c.word(c.first)  # "Avoiding germs entirely would require", "To progress this work, ... would need"
    goal = c.tokens.words[c.first + 1:c.first + 3] if head == "to" else [head]
    if not _HEDGES_EVIDENTIAL_GOALS.isdisjoint(goal):
        return False  # round 38: "Confirming these results would require a longer study": more evidence needed
    return head == "to" or head.endswith("ing") and head not in _HEDGES_ING_NOT_GERUNDS


_HEDGES_EVIDENTIAL_GOALS = words("hedges_evidential_goals")


def hedges_would_in_present_frame(c: Context) -> bool:
    """"would" counts as a tentative conclusion only where the sentence before it is told in the
    present ("fewer side effects would lower costs", "it makes sense that they would be at higher
    risk"), not where it is framed by a past-tense verb: "there wasn't any evidence it would work",
    "half had scores high enough that a statin would be recommended", "she made a discovery that
    would change the industry". In a past frame "would" is the backshifted "will", the future in
    the past (Quirk et al. 1985, 4.58 and 14.31), which tells what was expected then, not how
    likely the writer thinks a claim is now."""
    return not (_told_in_the_past(c) or _past_by_its_auxiliary_or_object(c) or _relative_would_after_past_event(c)
                or _unreal_referent(c, creating=True) or _temporal_clause(c))


_HEDGES_OBJECT_DETERMINERS = words("hedges_object_determiners")
_HEDGES_OBJECT_PASSIVES = words("hedges_object_passives")
_HEDGES_PRESENT_PERFECT = words("hedges_present_perfect")


def _past_by_its_auxiliary_or_object(c: Context) -> bool:
    """The sentence up to "would" is told in the past by a finite verb that ``_hedges_finite_past``
    does not read: a negated past auxiliary ("it wasn't clear to me that this would help", "the
    review didn't find signs that zinc would work"), the past tense carried by the contracted or
    full negative (Quirk et al. 1985, 3.23 and 3.37: "didn't", "wasn't" are finite past forms),
    or an -ed verb that takes an object after a noun subject ("the company outlined a plan to
    limit the chances that women would take it"; an -ed word before a determiner is finite, as
    ``_relative_would_after_past_event`` reads it, unless its passive keeps an object). Either way
    the "would" is the backshifted "will" of what was expected or found then (Quirk et al. 1985,
    4.58 and 14.31), not the writer's tentative claim now; a present verb in the frame keeps
    the reading open. Round 20: the dev and fresh hedges' "wasn't clear that this would be
    helpful", "didn't find any signs that zinc would work". Round 21 (code review): a past verb
    after a relative word is in a relative clause on the subject and tells nothing of the
    frame ("patients who weren't vaccinated would face a higher risk", "a drug that targeted
    the protein would be an advance": the conditional "would" of the main clause, a hedge)
    unless a content-clause opener ("that", "whether", a zero-that subject) follows it."""
    before = c.tokens.words[c.first:c.start]
    if not _HEDGES_CONDITIONAL_OPENERS.isdisjoint(before):
        return False  # "if it hadn't been for her, they would never have known": a hypothesis
    frame = _words_back(c, None, _CLAUSE_OR_SENTENCE_END)  # the clause that holds "would", back to a mark
    if not _HEDGES_PRESENT_FINITE.isdisjoint(frame):
        return False
    def reported(j: int) -> bool:  # round 21: a past verb in a relative clause on the subject
        return (not _in_relative_clause(frame, j)  # "patients who weren't vaccinated would"
                or not _HEDGES_CONTENT_OPENERS.isdisjoint(frame[j + 1:]))  # "who didn't think it would"
    if any(w in _HEDGES_NEGATED_PAST and reported(j) for j, w in enumerate(frame)):
        return True
    return any(_is_past(w) and w not in _HEDGES_OBJECT_PASSIVES and frame[j + 1] in _HEDGES_OBJECT_DETERMINERS
               and (j == 0 or frame[j - 1] not in _HEDGES_PRESENT_PERFECT)  # "hasn't studied the": a participle
               and reported(j) for j, w in enumerate(frame[:-1]))


_HEDGES_RELATIVE_WORDS = words("hedges_relative_words")
_HEDGES_VERB_GROUP_WORDS = words("hedges_verb_group_words")


def _in_relative_clause(frame: list[str], j: int) -> bool:
    """The past verb at ``frame[j]`` is the relative clause's own verb: it belongs to the first verb
    group after the last relative word ("patients who weren't vaccinated", "a drug that
    targeted the protein", "those who were given the drug"). A past verb after the relative clause
    has closed on its own verb and words ("a review which pooled nine studies didn't find") is the
    main clause's finite verb, which tells the frame (round 22 code review of the round-21 mend;
    Quirk et al. 1985, 17.8: a relative clause holds one finite verb phrase)."""
    relatives = [i for i, w in enumerate(frame[:j]) if w in _HEDGES_RELATIVE_WORDS]
    if not relatives:
        return False
    first = next(i for i in range(relatives[-1] + 1, j + 1)
                 if i == j or frame[i] in _HEDGES_NEGATED_PAST or frame[i] in _HEDGES_VERB_GROUP_WORDS or _is_past(frame[i]))
    return all(w in _HEDGES_VERB_GROUP_WORDS or w in _HEDGES_NEGATED_PAST or _is_past(w) or w.endswith("ly")
               for w in frame[first:j])


_HEDGES_RELATIVE_PRONOUNS = words("hedges_relative_pronouns")
_HEDGES_AUTHOR_WORDS = words("hedges_author_words")


def _relative_would_after_past_event(c: Context) -> bool:
    """A "would" whose subject is a relative pronoun ("a trial that would save his life", "a drug
    which would become the standard") after a finite past verb with a noun subject and its object
    ("the mother discovered a trial that would ...", "the agency approved a drug which would ...").
    The relative clause tells what the thing went on to do, the future in the past (Quirk et al.
    1985, 4.58), not how likely the writer thinks a claim is now. ``_told_in_the_past`` reads an
    -ed word as finite only after a pronoun, since after a noun it is as often a participle ("the
    gas consumed by cars"); an -ed word followed by a determiner takes an object, so it is finite
    ("discovered the existence"), unless it is a verb whose passive keeps an object ("patients
    prescribed a statin", ``hedges_object_passives``). Not in a research report's own voice ("we
    tested whether the stress induced a change that would culminate ...": an inference, which
    BioScope counts) nor beside a present verb."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _HEDGES_NARRATIVE_ADVERBS:
        k -= 1
    if k <= c.first or c.word(k) not in _HEDGES_RELATIVE_PRONOUNS:
        return False
    frame = c.tokens.words[c.first:k]
    if any(w in _HEDGES_AUTHOR_WORDS or w in _HEDGES_PRESENT_FINITE for w in frame):
        return False
    return any(_is_past(w) and w not in _HEDGES_OBJECT_PASSIVES and frame[j + 1] in _HEDGES_OBJECT_DETERMINERS
               for j, w in enumerate(frame[:-1]))


RULES = registry(
    epistemic_would,
    hedges_would_in_present_frame,
)
