"""What the modality rules read around a candidate, shared by several phenomena: where its clause
starts, the verb after a modal, whether a word is a past form or a participle, whether the sentence
is told in the past; and the word lists more than one module reads.

Tense and clause boundaries as Quirk et al. 1985 describe them (4.58, the future in the past; 14.31,
backshift; 15.3, content clauses)."""

from __future__ import annotations

from ..base import Context, words


# Words and marks several phenomena read; a list's readers are named beside it in context_rules.toml.
_HEDGE_DETERMINERS = words("hedges_definite_determiners")
_PERSONAL_PRONOUNS = words("personal_pronouns")
_UNDERGONE_VERBS = words("undergone_verbs")
_CLAUSE_PUNCTUATION = frozenset(",;:()\"“”")
# A clause break or the end of a sentence.
_CLAUSE_OR_SENTENCE_END = _CLAUSE_PUNCTUATION | frozenset(".!?")
# Round 3 (hedges): who "would" is habit, intention or hypothesis for.
_HEDGES_PERSONAL_SUBJECTS = words("hedges_personal_subjects")
_HEDGES_CLAUSE_BREAKS = frozenset(",;:")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # the hyphen and its Unicode forms
_HEDGES_CONDITIONAL_OPENERS = words("hedges_conditional_openers")
_DIAGNOSTIC_NOUNS = words("diagnostic_nouns")
_RESEARCH_SUBJECTS = words("research_subjects")
_HEDGES_FINITE_CLAUSE_SIGNS = words("hedges_finite_clause_signs")
_HEDGES_FINITE_VERB_SIGNS = words("hedges_finite_verb_signs")  # a clause's own verb: the signs less "that"
_BOOSTERS_DEIXIS = words("boosters_deixis")
_HEDGES_FINITE_BE = words("hedges_finite_be")
_HEDGES_RESEARCH_NOUNS = words("hedges_research_nouns")
_HEDGES_NEGATED_PAST = words("hedges_negated_past")
_HEDGES_CONTENT_OPENERS = words("hedges_content_openers")
_CLAUSE_OPENERS = words("clause_openers")


def _clause_start(c: Context, reach: int = 10) -> int:
    """Index of the first word of the candidate's clause (at most ``reach`` words back): the
    scan stops at punctuation and at a word that opens a clause ("that", "if", "which")."""
    k, bound, words = c.start, max(c.first, c.start - reach), c.tokens.words
    while k > bound:
        if c.marks_before(k, _CLAUSE_PUNCTUATION):
            break
        k -= 1
        if words[k] in _CLAUSE_OPENERS:
            break
    return k


def _verb_after(c: Context) -> int:
    """Index of the verb after a modal: the next word, past adverbs ("could actually feel")."""
    return _skip_adverbs(c, c.end)


_PAST_TENSE = words("past_tense")
_NOT_PAST = words("not_past")


def _is_past(word: str) -> bool:
    return word in _PAST_TENSE or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST)


_MODAL_ADVERBS = words("modal_adverbs")
_COMMITMENT_ADVERBS = words("commitment_adverbs")
_SKIPPED_ADVERBS = _MODAL_ADVERBS | _COMMITMENT_ADVERBS  # one set lookup a word in _skip_adverbs


def _skip_adverbs(c: Context, k: int) -> int:
    """Index of the first word from ``k`` on that is not a modal or commitment adverb."""
    while c.word(k) in _SKIPPED_ADVERBS:
        k += 1
    return k


_IRREGULAR_PARTICIPLES = words("irregular_participles")


def _is_participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or _is_past(word)


_HEDGES_PRESENT_FINITE = words("hedges_present_finite")


def _told_in_the_past(c: Context) -> bool:
    """The sentence up to the match is framed by a finite past verb and holds no present one."""
    frame = c.tokens.words[c.first:c.start]
    return _hedges_finite_past(frame) and _HEDGES_PRESENT_FINITE.isdisjoint(frame)


_HEDGES_IRREGULAR_PAST = words("hedges_irregular_past")
_HEDGES_PAST_SUBJECTS = words("hedges_past_subjects")


def _hedges_finite_past(frame: list[str]) -> bool:
    """A finite past-tense verb in ``frame``: a listed past form ("was", "had", "said", "spent"),
    or an -ed form right after its subject pronoun ("she tried", "who rated"). An -ed word after
    a noun is as often a participle ("the gas consumed by cars", "a current discharged between
    electrodes"), which sets no past frame."""
    for k, w in enumerate(frame):
        if w in _PAST_TENSE or w in _HEDGES_IRREGULAR_PAST:
            return True
        if _is_past(w) and k and frame[k - 1] in _HEDGES_PAST_SUBJECTS:
            return True
    return False


_HEDGES_MEASURE_NOUNS = words("hedges_measure_nouns")
_MEASURE_REACH = 1  # the head noun, or one figure after it: "a low omega-3 index (<4%) indicates"


def _reading_of_a_measure(c: Context) -> bool:
    """The verb ("indicates", "suggests") says what a reading of a measure or a test stands for:
    "a low score indicates the test is unlikely to be necessary", "with a higher score indicating
    more severe symptoms", "a CT scan only if the breath test suggests a change". Its subject is a
    score, an index, a value or a test, the head noun right before it (or before one bracketed
    figure, a modal or a relative "which"/"that"). That is the sign relation of a scale's or a
    test's definition, what a value means whenever it occurs
    (BioScope guidelines, Vincze et al. 2008: "indicate" and "suggest" are speculation cues only
    where they introduce a proposition the author infers), not a conclusion drawn from evidence
    (guide.md round 37: a hedge word that labels, "a definition's criterion"). Round 37: the
    second reading of dev hedges marked such readings `literal_sense`. Round 38: only a measure read
    out as what any value of it stands for, a generic or a conditional noun phrase (``_generic_measure``:
    "A higher score suggests more severe pain", "if the blood test suggests inflammation") or a
    "whether" it settles ("the test indicates whether"); results offered as evidence ("The test
    results suggest that most patients tolerated the drug", "These scores suggest the pill works
    best") keep the hedge, and the head noun is the measure's own (one figure between allowed, not
    "blood test results")."""
    end = c.start - 1
    while c.word(end) in _MODAL_ADVERBS or c.word(end) in {"might", "may", "could", "can", "would", "will"}:
        end -= 1  # "a positive blood test might suggest"
    if c.word(end) in {"which", "that"}:
        end -= 1  # "a risk score, called a Q-score, which indicates": the relative on the measure
    for k in range(end, max(c.first, end - _MEASURE_REACH) - 1, -1):
        if k < end and c.marks_before(k + 1, _HEDGES_CLAUSE_BREAKS | {".", "!", "?"}):
            return False  # "a panel of nine tests, and it suggests": the subject is another clause's
        if k < end and c.word(end).isalpha():
            return False  # "The blood test results suggest": the head is "results", not the test
        if c.word(k) in _HEDGES_MEASURE_NOUNS:
            return c.word(c.end) == "whether" or _generic_measure(c, k)
    return False


_GENERIC_MEASURE_OPENERS = words("hedges_generic_measure_openers")
_GENERIC_MEASURE_REACH = 6  # "only if the urine test suggests", "a high score on the pain index indicates"


def _generic_measure(c: Context, k: int) -> bool:
    """The measure's noun phrase ending at ``k`` is generic ("a low score", "any value") or in a
    conditional ("if the breath test", "with a higher score indicating"): an indefinite or
    conditional reading says what a value means whenever it occurs (Quirk et al. 1985, 5.52: generic
    reference), not what this study's results showed."""
    for j in range(k - 1, max(c.first, k - _GENERIC_MEASURE_REACH) - 1, -1):
        if c.marks_before(j + 1, _HEDGES_CLAUSE_BREAKS):
            return False
        if c.word(j) in _GENERIC_MEASURE_OPENERS:
            return True
    return c.surface(c.first)[:1].islower()  # "a P.S.A. | test indicates": split at an abbreviation's
    # period inside the noun phrase, its determiner left in the sentence before
