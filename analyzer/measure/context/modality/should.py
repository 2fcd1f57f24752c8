""""should": an expectation ("you should start to feel better", "the results should be out soon"),
not advice or obligation ("you should ask your doctor", "it should be regulated"), a norm ("not as
good as it should be") or the place an option ought to take ("surgery should be the treatment of
choice"). Root SHOULD far outnumbers the epistemic sense outside research abstracts, so
``hedges_should_expected`` counts only the expectation (precision first: the word stays visible).

Sources: Coates 1983, ch. 4; Palmer 2001 (deontic modality); Quirk et al. 1985, 4.54 and 4.60; NICE,
"Writing NICE guidelines" (how a recommendation's wording reflects its strength)."""

from __future__ import annotations

from ..base import Context, registry, words
from .clauses import (
    _CLAUSE_OR_SENTENCE_END, _HEDGES_RESEARCH_NOUNS, _PERSONAL_PRONOUNS, _RESEARCH_SUBJECTS,
    _UNDERGONE_VERBS, _clause_start, _is_participle, _verb_after,
)


_ADVICE_VERBS = words("advice_verbs")
_ADVISED_SUBJECTS = words("advised_subjects")
_EXPECTATION_VERBS = words("expectation_verbs")
# "Future studies should test ...": research recommended, deontic (Hyland 1998, ch. 5).
_HEDGES_RESEARCH_SUBJECTS = words("hedges_research_subjects")
_HEDGES_RESEARCH_TASKS = words("hedges_research_tasks")
# Singular persons advised in "every woman who ... should", "anyone who ... should".
_HEDGES_ADVISED_PERSONS = words("hedges_advised_persons") | words("hedges_advised_generic")


def epistemic_should(c: Context) -> bool:
    """"should" hedges as an expectation ("you should start to feel better in six weeks", "the
    results should be out soon"), not as advice or obligation: "you should ask your doctor",
    "they should not do both", "investors should click", "we should see whether ...",
    "wondering whether women should stop", "experts recommend that it should be offered", a
    passive "it should be regulated", a question "Should you take it?", a title "You Should Know".

    Prevents advice counting as hedging (Coates 1983: root "should" = it is advisable, with an
    animate subject or a passive; Palmer 2001, deontic modality). Kept where BioScope counts it:
    "these results should be useful".
    """
    if c.surface(c.start) == "Should" and not c.at_sentence_start:
        return False  # a title: "More 'You Should Know' Stories"
    if c.at_sentence_start and c.sentence.rstrip().endswith("?"):
        return False
    start = _clause_start(c)
    if c.word(start) in {"whether", "if"} and start < c.start:
        return False  # an indirect question asks for advice: "wondering if women should stop"
    if not _ADVICE_VERBS.isdisjoint(c.tokens.words[c.first:c.start]):
        return False
    k = _verb_after(c)
    negated = c.word(k) in {"not", "n't"}
    k += negated  # "should not be relied on": the negation leaves the passive deontic
    verb = c.word(k)
    if verb == "see" and c.word(k + 1) in {"whether", "if", "how"}:
        return False
    if verb == "be" and _is_participle(c.word(k + 1)):
        return False  # a passive is deontic: "she should be banned", "women should be heard"
    if _should_as_a_norm(c):
        return False
    subject = _subject_past_aside(c)
    if c.word(start) in {"who", "that"} and c.word(start - 1) in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS:
        subject = c.word(start - 1)  # "every woman who wants to lose weight should try it"
    if subject in _HEDGES_RESEARCH_SUBJECTS and verb in _HEDGES_RESEARCH_TASKS:
        return False  # "future studies should test yoga": research told what to do (deontic)
    advised = subject in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS
    return not (advised and (negated or verb not in _EXPECTATION_VERBS))  # "people should not start"


def _should_as_a_norm(c: Context) -> bool:
    """"not as good as it should be", "more often than they should": the standard a thing is
    measured against, "should" of what is right or desirable (Quirk et al. 1985, 4.60: putative
    and normative "should"; Coates 1983, ch. 4, root SHOULD), not a likelihood."""
    before, subject = c.word(c.start - 2), c.word(c.start - 1)
    return subject == "than" or before in {"as", "than"} and subject in _PERSONAL_PRONOUNS | {"it"}


_HEDGES_INFERENCE_ASIDES = words("hedges_tentative_verbs") | words("hedges_inference_asides")


def _subject_past_aside(c: Context) -> str:
    """The word before the modal, or, past a short comma-bounded aside ("People with ulcers, for
    example, should hold off"), the advised person named before the aside. An aside of inference
    ("these people, we propose, should not show it") makes the modal a prediction: kept."""
    if "," not in c.gap_before(c.start):
        return c.word(c.start - 1)
    k = c.start - 1
    while k > max(c.first, c.start - 4) and "," not in c.gap_before(k):
        k -= 1
    if k <= c.first or "," not in c.gap_before(k):
        return c.word(c.start - 1)
    if not _HEDGES_INFERENCE_ASIDES.isdisjoint(c.tokens.words[k:c.start]):
        return c.word(c.start - 1)  # "evening people, we propose, should not show it": a prediction
    named = [w for w in c.tokens.words[max(c.first, k - 6):k] if w in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS]
    return named[0] if named else c.word(c.start - 1)


_HEDGES_EXPECTED_VERBS = words("hedges_expected_verbs")
_HEDGES_PROPOSITION_SUBJECTS = words("hedges_proposition_subjects")
_HEDGES_RESEARCH_PROMPTING_VERBS = words("hedges_research_prompting_verbs")
_HEDGES_LY_VERBS = words("hedges_ly_verbs")


def hedges_should_expected(c: Context) -> bool:
    """"should" counts only as an expectation: "you should start to feel better", "the results
    should be out next year", "patients should notice less pain". Advice and obligation ("people
    with diabetes should take it", "you should get vaccinated", "doctors should be making that
    call") are the dominant, root sense outside research abstracts (Coates 1983, ch. 4: root
    SHOULD far outnumbers epistemic; Quirk et al. 1985, 4.54), so "should" with any other verb is
    shown but not counted. A person advised to "be" something ("patients should be careful") is
    advice too. A pronoun standing for a state of affairs as subject ("this should allow faster
    control", "it should work") or evidence ("a larger trial should settle it") predicts: epistemic
    SHOULD takes such non-agentive subjects; "future studies should test it" stays advice."""
    k = _verb_after(c)
    while (c.word(k).endswith("ly") and c.word(k) not in _HEDGES_LY_VERBS and c.word(k + 1)
           and not c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END)):
        k += 1  # round 16: "future studies should rigorously test": the verb past a manner adverb
    verb, following = c.word(k), c.word(k + 1)
    if _should_assigns_a_place(c, k):
        return False
    subject = _should_subject(c)
    if verb in _HEDGES_RESEARCH_PROMPTING_VERBS and not _HEDGES_RESEARCH_NOUNS.isdisjoint(c.tokens.words[k + 1:k + 5]):
        return False  # "the finding should encourage more research": research called for (deontic)
    if subject in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS and verb in {"start", "begin"} and not _expected_onset(c, k + 1):
        return False  # "patients should start asking doctors": advice to take up an act
    if subject in _HEDGES_PROPOSITION_SUBJECTS and not _is_participle(following):
        return True  # "this should allow faster control", "it should work": a prediction of a state of affairs
    if subject in _RESEARCH_SUBJECTS - _ADVISED_SUBJECTS and verb not in _HEDGES_RESEARCH_TASKS:
        return True  # "a larger trial should settle the question": what evidence is expected to do
    if verb == "go" and following in {"down", "away"}:
        return True  # "the swelling should go down": a change expected, not an errand advised
    if verb not in _HEDGES_EXPECTED_VERBS:
        return False
    if verb == "be":
        if following.endswith("ing") or _is_participle(following):
            return False  # "should be making the judgment", "should be screened": root
        return subject not in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS
    return True


_HEDGES_SPECIFYING_STARTS = words("hedges_specifying_starts")
_HEDGES_LIKELIHOOD_COMPLEMENTS = words("hedges_likelihood_complements")


def _should_assigns_a_place(c: Context, k: int) -> bool:
    """"should be" (or "become") with a specifying complement: a definite noun phrase, "part
    of", a to-infinitive or a that-clause ("surgery should be the treatment of choice", "aspirin
    should be part of the plan", "the next step should be to test it", "the message should be
    that ..."), or an existential "there should be" ("there should be a frank discussion").
    Such a "should" tells what ought to hold in practice, the place an option or an act ought to
    take, which is the root (deontic) sense: clinical guidance words its recommendations so (NICE,
    "Writing NICE guidelines", wording that reflects the strength of a recommendation: "should"
    for what must or should be done), and Coates 1983, ch. 4, reads root SHOULD as "it is right
    or advisable that"; the specifying copula identifies the subject with a role (Quirk et al.
    1985, 10.8 and 16.44), which a likelihood cannot. An adjective or an indefinite noun phrase
    ("should be cheaper", "should be available soon", "should be an important tool") keeps the
    expectation reading and counts. Round 19: dev and fresh "should" findings labelled obligation
    ("should be part of any management plan", "there should be a balanced discussion").

    Round 20 (code review): a likelihood keeps counting: "should be the same for women", "that
    should be the case", a ranking word heading its own phrase ("prices should be the lowest in
    Europe", "the first of its kind", "the most effective of the three": a superlative ranks, it
    assigns no role; Quirk et al. 1985, 7.74-7.83), and an existential that predicts a quantity
    ("there should be fewer side effects", "less risk"); an adverb may stand between "should" and
    "be" ("there should eventually be a frank talk")."""
    if c.word(k) not in {"be", "become"}:
        return False
    if c.word(k) == "be" and c.word(c.start - 1) == "there":
        # "there should be more research": an existential call for something
        return not _existential_predicts(c, k + 1)
    if c.word(k + 1) == "the" and (c.word(k + 2) in _HEDGES_LIKELIHOOD_COMPLEMENTS or _ranks(c, k + 2)):
        return False
    return c.word(k + 1) in _HEDGES_SPECIFYING_STARTS


_HEDGES_EXISTENTIAL_PREDICTED = words("hedges_existential_predicted")
_HEDGES_EXISTENTIAL_ADVERSE = words("hedges_existential_adverse")
_HEDGES_ADVERSE_REACH = 3


def _existential_predicts(c: Context, k: int) -> bool:
    """"there should be fewer / less ..." (token ``k`` the quantity) predicts a reduction only
    with a condition or cause in the sentence before it ("with the lower dose, there should be
    fewer side effects", "because the pill is taken once a day, there should be less risk") or an
    adverse outcome as what is reduced ("there should be fewer side effects"); otherwise it is a
    call for a reduction, root SHOULD (Coates 1983, ch. 4: "it is right that"): "doctors say there
    should be less prescribing of opioids", "the panel said there should be fewer scans". Round 21
    (code review of round 20's existential prediction)."""
    if c.word(k) not in _HEDGES_EXISTENTIAL_PREDICTED:
        return False
    if _condition_before_there(c):
        return True
    return any(c.word(j) in _HEDGES_EXISTENTIAL_ADVERSE for j in range(k + 1, k + 1 + _HEDGES_ADVERSE_REACH)
               if not c.marks_before(j, _CLAUSE_OR_SENTENCE_END))


_HEDGES_EXISTENTIAL_CONDITIONS = words("hedges_existential_conditions")
_HEDGES_EXISTENTIAL_REPORTING = words("hedges_existential_reporting")


def _condition_before_there(c: Context) -> bool:
    """A condition or cause word in the clause just before "there" (token ``c.start - 1``): read
    back from "there", stopping at a reporting verb ("the panel said there should be", "doctors
    say there should be") or at a comma that does not stand right before "there" (the comma
    that closes a fronted adjunct of the clause after it: "After reviewing the data, the panel
    said ...", "When it comes to opioids, doctors say ..."). A fronted adjunct right before
    "there" is the existential's own ("With the lower dose, there should be ..."). Round 22
    (code review of round 21): an adjunct of the reporting clause conditions the saying, not
    the quantity (Quirk et al. 1985, 8.13 on adjunct scope)."""
    there = c.start - 1
    for j in range(there - 1, c.first - 1, -1):
        w = c.word(j)
        if w in _HEDGES_EXISTENTIAL_REPORTING:
            return False
        if w in _HEDGES_EXISTENTIAL_CONDITIONS:
            return True
        if j + 1 < there and c.marks_before(j + 1, ","):
            return False
    return False


_HEDGES_RANKING_WORDS = words("hedges_ranking_words")
_HEDGES_RANKING_FOLLOWERS = words("hedges_ranking_followers")
_HEDGES_RANKING_ADVERBS = words("hedges_ranking_adverbs")


def _ranks(c: Context, k: int) -> bool:
    """Token ``k`` is a ranking word heading its own phrase: a superlative or "first" followed by a
    preposition or the clause's end ("the lowest in Europe", "the first of its kind"), or "most" /
    "least" with one adjective ("the most effective of the three"); not one premodifying a noun
    ("the first treatment offered", "the best option"), which names a role."""
    if c.word(k) not in _HEDGES_RANKING_WORDS:
        return False
    if c.word(k) in _HEDGES_RANKING_ADVERBS and not c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
        k += 1
    return (not c.word(k + 1) or c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END)
            or c.word(k + 1) in _HEDGES_RANKING_FOLLOWERS)


_HEDGES_POSTMODIFIER_OPENERS = words("hedges_postmodifier_openers")
_HEDGES_SUBJECT_PREMODIFIERS = words("hedges_subject_premodifiers")
_HEDGES_SUBJECT_REACH = 16


def _should_subject(c: Context) -> str:
    """The head of the subject of "should": the word before it, or past a comma-bounded aside
    (``_subject_past_aside``), or, where the clause opens with a person followed by a
    postmodifier, that person: "adults [at average risk for colon cancer] should begin
    screening", "people [interested in trying it] should reach out", "parents [who think it
    helps] should be aware". A noun phrase's head comes before its postmodifying prepositional
    phrase, participle or relative clause (Quirk et al. 1985, 17.2, 17.34-17.44), so the last
    word before the modal ("cancer", "it", "helps") is not its subject. Round 16: the expectation
    test for "should" read "it" in "people interested in trying it should reach out" as a
    proposition subject and "cancer" as no advised person, and counted advice as a hedge."""
    subject = _subject_past_aside(c)
    if subject != c.word(c.start - 1):
        return subject
    k = c.start - 1
    while k > max(c.first, c.start - _HEDGES_SUBJECT_REACH) and not c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
        k -= 1
    while c.word(k) in _HEDGES_SUBJECT_PREMODIFIERS and k < c.start - 2:
        k += 1
    head = c.word(k)
    if head in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS and c.word(k + 1) in _HEDGES_POSTMODIFIER_OPENERS:
        return head
    return subject


_HEDGES_IMPROVEMENT_WORDS = words("hedges_improvement_words")


def _expected_onset(c: Context, k: int) -> bool:
    """After "start" or "begin" at ``k - 1``: whether what starts is a change a person undergoes
    or notices ("should start to feel better", "should begin seeing results"), which the
    expectation reading of "should" predicts, rather than an act they are advised to take up
    ("should start asking their doctors", "should begin to exercise"). Coates 1983, ch. 4:
    root SHOULD takes an agentive verb, epistemic SHOULD a state or a change."""
    at = k + 1 if c.word(k) == "to" else k
    verb = c.word(at)
    stems = {verb, verb[:-3], verb[:-3] + "e"} if verb.endswith("ing") else {verb}
    if stems & (_HEDGES_EXPECTED_VERBS | _UNDERGONE_VERBS) or verb in {"", "go", "going", "get", "getting"}:
        return True
    return bool({c.word(at + 1), c.word(at + 2)} & _HEDGES_IMPROVEMENT_WORDS)  # "start to sleep better"


RULES = registry(
    epistemic_should,
    hedges_should_expected,
)
