"""Size and importance words ("huge", "dramatic", "crucial", "significant") promote where they
measure the promoted thing, not a problem, a need, a kind of treatment in general, one result of
a list, a missed opportunity or a change over history.

Sources: Millar, Batalo & Budgell 2022 (scale, importance); Vinkers et al. 2015 (enormous); Sumner
et al. 2014 on exaggerating a finding; Quirk et al. 1985 on copular complements and focusing adverbs."""

from __future__ import annotations

from ..base import Context, _CLAUSE_BREAK, _words_back, pattern, registry, words
from .leaned_on import (
    _CONDITION_REACH, _INTENSIFIERS, _NOUN_REACH, _PHRASE_ENDS, _PROMOTED_SUBJECTS, _RATING_COPULAS, _SUBJECT_REACH,
    leaned_on,
)


def sizes_the_promoted(c: Context) -> bool:
    """A size or importance word ("huge", "dramatic", "crucial", "imperative") promotes where it
    measures the intervention, product or finding, or its effect ("a huge step forward", "dramatic
    results", "dramatically cuts the risk", "That's huge"), not where it measures a problem, a
    quantity, a study, a working part or a need (see ``_sizes_something_else``): those describe.

    Millar, Batalo & Budgell 2022 and Vinkers et al. 2015 count the scale and importance adjectives
    of authors praising their own work; Sumner et al. 2014 the exaggeration of a finding. Prevents a
    plain "huge gap", "a huge sample" or "crucial to the success of treatment" counting as promotion
    (precision audit, tests/audit: the theme of the wrong findings in the round-3 held-out summary).
    """
    return not _sizes_something_else(c)


_SIZED_ELSEWHERE = (words("promo_sized_problems") | words("promo_sized_quantities") | words("promo_sized_workings")
                    | words("promo_sized_gestures") | words("promo_sized_standing") | words("promo_sized_claims"))
_SIZED_TRENDS = words("promo_sized_trends")
_STUDY_SIZE_WORDS = words("promo_study_size_words")
_SIZED_ELSEWHERE_OR_STUDY = _SIZED_ELSEWHERE | words("promo_study_nouns")
_NEED_MARKERS = words("promo_need_markers")
_COMPLEMENTS = words("promo_complement_openers")
# How far back an adverb's subject may be: "the number of women who are obese in early pregnancy has
# increased dramatically".
_ADVERB_SUBJECT_REACH = 10


def _sizes_something_else(c: Context) -> bool:
    """The size or importance word measures something other than the promoted thing: a problem,
    harm or need ("a huge gap", "very significant concerns", "a very important question"), a
    quantity, spread or trend ("huge numbers", "the population is so huge", "a rate that has risen
    dramatically"), a regard or pressure in the field ("tremendous respect for them", "a huge push for
    screening": ``promo_sized_standing``, round 23), a claim or statement someone makes ("Dr. N's
    sweeping statement", "a very important claim for us to allow": ``promo_sized_claims``, round 34), a study's size or standing ("a huge clinical trial", "a pivotal trial"), a
    working part ("a crucial role in aging", "a critical mechanism of efficacy"), a kind of treatment
    in general ("can lead to important medical therapies", ``_rates_a_kind``), or it states a need
    through its complement ("it's imperative to look", "absolutely essential that we work", "more data
    is imperative") or its subject ("early detection is crucial", ``_generic_practice``).
    What it measures is the noun phrase after it or, predicated, the subject before its copula."""
    if _in_the_control_arm(c):
        return True  # "two of the eight in the placebo group had a substantial improvement"
    if c.tokens.words[c.end - 1].endswith("ly"):  # an adverb sizes the change of its clause's subject
        return (not _SIZED_TRENDS.isdisjoint(_words_back(c, _ADVERB_SUBJECT_REACH, ",;:")) or _over_history(c)
                or _sizes_an_adverse_change(c))
    if _scoped_to_a_part(c) or _picks_one_result(c):
        return True  # "especially important for older women", "the most important finding was that"
    if _missed_opportunity(c):
        return True  # "we miss a huge opportunity to intervene": a gap in care
    subject = _subject_of_copula(c)
    described = _noun_phrase_after(c) or subject[-_SUBJECT_REACH:]
    if described[:1] == ["importance"] and c.word(c.start - 1) == "of":  # "X are of paramount importance": rates X
        return _PROMOTED_SUBJECTS.isdisjoint(subject)
    if _rates_a_kind(c):
        return True  # "can lead to important medical therapies": a kind of treatment in general
    elsewhere = _SIZED_ELSEWHERE_OR_STUDY if c.tokens.words[c.end - 1] in _STUDY_SIZE_WORDS else _SIZED_ELSEWHERE
    if described[:1] and described[0] in elsewhere:  # the head noun right after it: "the important role diet plays", "pivotal trial results"
        return True
    if not _noun_phrase_after(c, comma_closes_predicate=True) and _states_a_need(c, subject):
        return True  # "especially important for patients", "patient selection is crucial": a need
    if ("next" in described or c.word(c.start - 1) == "next") and _PROMOTED_SUBJECTS.isdisjoint(subject):
        return True  # "testing it will be an important next step": a plan still ahead; "the results are a next step" counts
    if not _PROMOTED_SUBJECTS.isdisjoint(described):
        return False
    if c.word(c.end) in _COMPLEMENTS and c.word(c.start - 1) not in {"so", "such"}:  # not "so dramatic that"
        return True
    return any(w in elsewhere for w in described) or not _NEED_MARKERS.isdisjoint(subject)


_ADVERSE_CHANGES = words("promo_adverse_changes")


def _sizes_an_adverse_change(c: Context) -> bool:
    """The adverb grades a verb of adverse change or of being misled next to it ("patients can relapse
    dramatically", "symptoms worsened dramatically", "the public is dramatically misinformed"): a
    degree adverb amplifies the verb it modifies (Quirk et al. 1985, 8.104-8.109, amplifiers), so here
    it sizes a disease's course or a misunderstanding, a problem, not the option's benefit (the audit
    guide's settled convention on size words: the size of a disease's symptoms or of anything not the
    option's benefit is ``neutral``). "Dramatically cut the risk" grades the option's effect and still
    counts. Round 34 dev audit: two ``neutral`` findings in two stories; no right one.

    Round 35 (the round-34 reviewer): where a verb follows the adverb ("relapses dramatically
    declined"), the adverb stands before the verb it grades (Quirk et al. 1985, 8.17, medial
    position), and the adverse word before it is the subject noun, a bad thing the option's effect
    shrinks: that size counts (``_verb_follows``)."""
    if c.word(c.end) in _ADVERSE_CHANGES:
        return True
    before = c.start - 1
    while before > c.first and c.word(before) in {"more", "so", "very"}:
        before -= 1
    return c.word(before) in _ADVERSE_CHANGES and not _verb_follows(c)


_LOWERING_VERBS = words("minimisers")
_FALLING_VERBS = words("promo_falling_verbs")


def _verb_follows(c: Context) -> bool:
    """The word after the adverb reads as a verb: a regular past ("declined"), a verb of falling
    ("fell", "drops") or of lowering ("decreases")."""
    after = c.word(c.end)
    return after.endswith("ed") or after in _FALLING_VERBS or after in _LOWERING_VERBS


_HISTORICAL_SPAN = pattern("promo_historical_span")


def _over_history(c: Context) -> bool:
    """The adverb's clause sets the change over a historical span ("survival has improved
    dramatically in the past 50 years", "rates rose sharply since 1990"): a secular trend the page
    reports as background, not the effect of what it promotes."""
    clause_end = _CLAUSE_BREAK.search(c.text, c.match_end, c.sentence_end)
    return bool(_HISTORICAL_SPAN.search(c.text, c.match_end, clause_end.start() if clause_end else c.sentence_end)
                or _HISTORICAL_SPAN.search(c.text, max(c.sentence_start, c.match_start - 60), c.match_start))


_PARTICULARIZERS = words("promo_particularizers")
_COMPARATIVE_SCOPERS = words("promo_comparative_scopers")
_SCOPED_BY = words("promo_scoped_by")
_RELEVANCE_WORDS = words("promo_relevance_words")


def _scoped_to_a_part(c: Context) -> bool:
    """A focusing adverb restricts the predicated importance word to a part of its domain, which a
    preposition or a "when" opens: "the finding is especially important for people on dialysis",
    "may be particularly crucial in the first weeks", "even more important for older adults", "most
    important when the tumour has spread". Such a particularizer (Quirk et al. 1985, 8.116) says for
    whom or when a thing matters most, a relevance or a need, whatever the subject, not how much the
    thing promoted is worth (settled convention in tests/audit/guide.md: "especially important for
    older women" is neutral). Size words keep their sense under such a scope ("the results were especially
dramatic for men with low PSA" sizes an effect). Round 11 dev audit: 6 of 6 such importance findings
labelled neutral."""
    if c.word(c.end) not in _SCOPED_BY or c.tokens.words[c.end - 1] not in _RELEVANCE_WORDS:
        return False  # "especially dramatic for men with low PSA" still sizes the result
    before = c.word(c.start - 1)
    if before in _PARTICULARIZERS:
        return True
    return before == "more" and (c.word(c.start - 2) in _COMPARATIVE_SCOPERS
                                 or c.word(c.start - 2) == "the" and c.word(c.start - 3) == "all")


_RESULT_LABELS = words("promo_result_labels")
_RESULT_OPENERS = words("promo_result_openers")


def _picks_one_result(c: Context) -> bool:
    """A ranked importance word before a noun of results picks one result out of a study's list and
    then says what it was: "the most important finding was that vitamin C protected", "perhaps the
    most significant finding was that the surgery appears safe", "other significant findings from the
    study show". The sentence identifies which result (a specificational copular sentence: Higgins
    1979; Declerck 1988) and ranks it against the study's other results, not against the field; a
    story that reports results in order of weight does what HealthNewsReview.org asks. "The most
    important breakthrough in melanoma, ever" ranks against the field and counts.
    Round 11 dev audit: 3 of 3 such findings labelled neutral."""
    if c.word(c.end) not in _RESULT_LABELS or c.word(c.end + 1) not in _RESULT_OPENERS:
        return False
    before = c.word(c.start - 1)
    return before in {"other", "another"} or before == "most" and c.word(c.start - 2) == "the"


_OPPORTUNITY_NOUNS = words("promo_opportunity_nouns")
_MISSING_VERBS = words("promo_missing_verbs")


def _missed_opportunity(c: Context) -> bool:
    """A size word on an opportunity that is missed or lost ("we miss a huge opportunity to
    intervene", "a huge missed opportunity", "losing an enormous chance to prevent it"): it sizes a
    gap in care, a problem, not the promoted thing. The audit guide's convention on size words
    (tests/audit/guide.md: "a huge gap in care" is ``neutral``) and HealthNewsReview.org's
    sensational-language criterion, which asks about praise of the option. A new user's report: a
    "huge opportunity" that named a gap in care counted as promotion."""
    after = [c.word(i) for i in range(c.end, min(c.last, c.end + 2))]
    if _OPPORTUNITY_NOUNS.isdisjoint(after):
        return False
    return "missed" in after or not _MISSING_VERBS.isdisjoint(c.before(3))


# How far back a subject may hold the "more" of a need: "more long-term data from older adults is imperative".
_NEED_REACH = 8


def _subject_of_copula(c: Context) -> list[str]:
    """The words before the copula that predicates the adjective, back to the clause's start or
    ``_NEED_REACH`` words: "[the population in this study] is so huge"."""
    window = c.before(3)
    copula = max((i for i, w in enumerate(window) if w in _RATING_COPULAS), default=None)
    if copula is None:
        return []
    at = c.start - len(window) + copula
    first = max(c.first, at - _NEED_REACH)
    for index in range(at - 1, first, -1):  # not past a comma: "quality of life, preventing it is crucial"
        if _CLAUSE_BREAK.search(c.gap_before(index)):
            return c.tokens.words[index:at]
    return c.tokens.words[first:at]


def _noun_phrase_after(c: Context, comma_closes_predicate: bool = False) -> list[str]:
    """The words after the adjective up to the end of its noun phrase: "huge [financial debt]".

    A comma joins coordinated adjectives before the noun they share ("a soft, rich cream"). With
    ``comma_closes_predicate`` it is passed after an attributive adjective only: after a predicated one
    ("preventing it is crucial, the co-author said"; "patient selection is crucial, said Dr. K.") it
    closes the clause, and what follows is no noun the word measures (round 16b: a reporting clause
    read as the head noun hid the subject from the need test)."""
    phrase = []
    predicated = comma_closes_predicate and _predicated(c)
    for index in range(c.end, min(c.last, c.end + _NOUN_REACH)):
        gap = c.gap_before(index)
        if c.word(index) in _PHRASE_ENDS or (_CLAUSE_BREAK.search(gap) and (predicated or gap.strip() != ",")):
            break
        phrase.append(c.word(index))
    return phrase


def _predicated(c: Context) -> bool:
    """The word follows its copula, with at most two intensifying adverbs between ("is crucial", "is
    extremely important"): a predicative adjective, not one before a noun (Quirk et al. 1985,
    7.3-7.6). Lets ``_noun_phrase_after`` stop at a comma after it, so a reporting clause ("is
    crucial, the co-author said") is not read as the noun it measures (round 16b)."""
    at = c.start - 1
    while at > c.start - 3 and (c.word(at) in _INTENSIFIERS or c.word(at).endswith("ly")):
        at -= 1
    return c.word(at) in _RATING_COPULAS


_TREATMENT_KINDS = words("promo_treatment_kinds")
_SPECIFIC_DETERMINERS = words("promo_specific_determiners")


def _rates_a_kind(c: Context) -> bool:
    """An importance word before a bare plural of treatments names a kind of treatment in general
    ("advancing sound programmes can lead to important medical therapies", "to continue important
    long-term treatments that control gout", "access to important new combination therapies"): the
    plural with no determiner has generic reference (Quirk et al. 1985, 5.52-5.58), the class a field
    values, not a verdict on the page's option. Said of the option ("statins are important drugs",
    "this important targeted therapy", "an important treatment option") it still counts: a copula, a
    determiner or a possessive before it keeps it.

    Settled convention in tests/audit/guide.md (importance and size words): the word is hype when it
    is a verdict pressed on the option, neutral when it reports something else plainly. Round 16b dev
    audit: three such findings, three stories, all labelled neutral; none right."""
    if c.tokens.words[c.end - 1] not in _RELEVANCE_WORDS:
        return False
    at = c.start - 1
    while at > c.start - 3 and c.word(at) in _INTENSIFIERS:
        at -= 1
    lead = c.word(at)
    if lead in _SPECIFIC_DETERMINERS or lead in _RATING_COPULAS or lead in {"such", "are", "'re"} or lead.endswith(("'s", "\u2019s")):
        return False
    for index in range(c.end, min(c.last, c.end + _NOUN_REACH)):
        word = c.word(index)
        if word in _TREATMENT_KINDS:
            return True
        if word in _PHRASE_ENDS or _CLAUSE_BREAK.search(c.gap_before(index)):
            return False
    return False


_NEED_GROUPS = words("promo_need_groups")
_TASK_NOUNS = words("promo_task_nouns")
_NOT_GERUNDS = words("promo_not_gerunds")


def _states_a_need(c: Context, subject: list[str]) -> bool:
    """A predicated importance word states whom a thing matters to or what a treatment needs, not how
    good it is: followed by "for" and a group ("is especially important for patients with diabetes",
    unless its subject is the promoted thing: "this finding is important for people" rates it),
    or said of a task ("careful patient selection is crucial", "finding drugs that are less toxic is
    extremely important"), a noun of practice or a gerund opening its clause. HealthNewsReview.org
    asks stories to say for whom an option fits; Millar, Batalo & Budgell 2022 count importance
    adjectives that praise the authors' work. Round-9b unseen dev slice: such needs counted as hype."""
    if c.word(c.end) == "for" and c.word(c.end + 1) in _NEED_GROUPS:
        return _PROMOTED_SUBJECTS.isdisjoint(subject)  # "this finding is important for people" rates it
    if not subject:
        return False
    if not _TASK_NOUNS.isdisjoint(subject) or _generic_practice(c, subject):
        return True
    clause = _words_back(c, _CONDITION_REACH, ",;:.!?")
    opener = clause[0] if clause and len(clause) < _CONDITION_REACH else ""
    return opener.endswith("ing") and len(opener) > 5 and opener not in _NOT_GERUNDS


_PRACTICE_NOUNS = words("promo_practice_nouns")
_POSTMODIFIER_OPENERS = words("promo_postmodifier_openers")
_SUBJECT_AUXILIARIES = words("promo_subject_auxiliaries")
_SUBJECT_OPENERS = words("promo_subject_openers")
_POSTMODIFIERS_ONLY = _POSTMODIFIER_OPENERS - _SUBJECT_OPENERS  # built once, not per word


def _generic_practice(c: Context, subject: list[str]) -> bool:
    """The subject of a predicated importance word names a clinical practice in general, so the
    sentence states a need of care, a general truth: "early detection is crucial", "we know early
    intervention is extremely important", "prompt treatment is key", "the identification of biomarkers
    that predict response is crucial". The head noun (the last word before a postmodifier opens, past
    any auxiliary, after any conjunction that opens its clause) is a noun of practice with generic reference: no determiner or possessive picks out
    an instance among the words before it in its clause (up to four), or "the" opens a process nominal with its "of" object
    (Quirk et al. 1985, 5.52-5.58 on generic reference; 17.51-17.54 on nominalisations). "The new
    treatment is crucial", "this intervention is key" pick out the option and still count; so does a
    subject that names the page's intervention.

    Settled convention in tests/audit/guide.md (importance and size words): a need or a general truth
    ("early detection is crucial; early intervention is key; such research is critically important")
    is neutral, the importance word pressed on the option or its results is hype. Round 16b dev audit:
    such needs labelled neutral in several stories."""
    words_ = list(subject)
    while words_ and words_[-1] in _SUBJECT_AUXILIARIES:
        words_.pop()
    cut = next((i for i, w in enumerate(words_) if w in _POSTMODIFIERS_ONLY and i > 0), len(words_))
    opened = max((i + 1 for i, w in enumerate(words_[:cut]) if w in _SUBJECT_OPENERS), default=0)
    head_at = cut - 1
    if head_at < opened or words_[head_at] not in _PRACTICE_NOUNS:
        return False
    before = words_[max(opened, head_at - _SUBJECT_REACH):head_at]
    if any(w in _SPECIFIC_DETERMINERS or w.endswith(("'s", "\u2019s")) for w in before):
        process = before[-1:] == ["the"] and words_[head_at + 1:head_at + 2] == ["of"]
        if not process:
            return False
    copula = c.start - 1
    while copula > c.first and c.word(copula) not in _RATING_COPULAS:
        copula -= 1
    return not c.interventions.names_intervention(max(c.first, copula - len(subject)), copula)


_CONTROL_ARMS = words("promo_control_arms")
_ARM_HEADS = words("promo_arm_heads")
_ARM_TAKERS = words("promo_arm_takers")


def _in_the_control_arm(c: Context) -> bool:
    """The clause before the word is about a placebo, sham or control arm: "just two of the eight
    people in the placebo group experienced a substantial improvement", "those on the dummy pill saw
    dramatic gains". The size then measures the comparator's result, not the option's benefit (the
    audit guide's convention on size words: a placebo or comparator arm's result is ``neutral``;
    HealthNewsReview.org criterion 2 asks for the option's benefit over the comparator). The arm must
    be named as a group ("the placebo group", "the sham arm") or as what people took ("on placebo",
    "given a dummy pill"), so "an improvement over placebo is significant" still rates the option.
    Round 33: one dev ``neutral`` finding; no right one with the arm before the word in its clause."""
    back = _words_back(c, _CONDITION_REACH, ",;:")
    for i, w in enumerate(back):
        if w in _CONTROL_ARMS and (back[i + 1:i + 2] and back[i + 1] in _ARM_HEADS
                                   or i > 0 and back[i - 1] in _ARM_TAKERS
                                   or i > 1 and back[i - 2] in _ARM_TAKERS and back[i - 1] in {"a", "the"}):
            return True
    return False


def leaned_on_sizing_the_promoted(c: Context) -> bool:
    """``leaned_on`` for the weak size and importance words ("significant", "important",
    "substantial", "essential"): leaning on the word does not make it promote what it does not
    measure ("very significant concerns", "extremely important that we investigate")."""
    return leaned_on(c) and not _sizes_something_else(c)


RULES = registry(
    sizes_the_promoted,
    leaned_on_sizing_the_promoted,
)
