"""Certainty words (boosters): "always", "sure", "proof", "definite", "conclusive", "well known",
"truly" boost where the writer asserts the certainty, not where it is denied or withheld ("far from
conclusive", "Nothing is ever proven", "if the cream truly works"), where "always" tells a story's
habit or offers a fallback ("you could always try"), or where "proof" names a standard ("the burden
of proof").

Sources: Hyland 2005 (boosters; 3.5 on negated boosters); Holmes 1984; Quirk et al. 1985 (8.64;
8.104-8.105; 10.64-10.66, the scope of negation); Palmer 2001 (irrealis)."""

from __future__ import annotations

from ..base import Context, _is_number, registry, words
from .clauses import _HEDGES_PRESENT_FINITE, _RESEARCH_SUBJECTS, _is_past, _told_in_the_past


_HABIT_FRAMES = words("habit_frames")
_COPULAS_BEFORE_ALWAYS = words("boosters_copulas_before_always")


def always_as_certainty(c: Context) -> bool:
    """"always" boosts a generalisation ("the side effects are always mild"), not a duration or a
    story's habit: the perfect "had always kept it secret", "we've always been told", a past
    "their answer was always the same", "I always take them before meals", "always appreciated".

    Prevents narrative "always" counting as certainty (Quirk et al. 1985, 8.64: with the perfect
    "always" is continuity; Hyland 2005 counts "always" as a booster of a claim).
    """
    before = c.word(c.start - 1)
    if before in _HABIT_FRAMES or before.endswith(("'ve", "’ve", "'d", "’d")):  # "we've", "she'd"
        return False
    if c.word(c.end).endswith("ing") and len(c.word(c.end)) > 4:
        return False  # "Oprah is always trying new creams": the progressive of habit (Quirk 4.33)
    if c.word(c.end) == "be" and (c.at_sentence_start or c.word(c.start - 1) in {"and", "please"}):
        return False  # "Always be sure to ask your doctor": an imperative, no claim
    if _always_offers(c):
        return False  # "you could always try the gel instead": an option offered, no claim
    return not (_is_past(c.word(c.end)) and before not in _COPULAS_BEFORE_ALWAYS)


_ALWAYS_OFFER_MODALS = words("boosters_always_offer_modals")
_ALWAYS_OFFER_VERBS = words("boosters_always_offer_verbs")


def _always_offers(c: Context) -> bool:
    """"You could always try the gel", "you might always ask", "you can always switch to the
    tablet": "always" after a modal of possibility offers a fallback option (Quirk et al. 1985,
    8.64; Huddleston & Pullum 2002, ch. 6, on "can always" as an available option), it asserts no
    generalisation. "Can" offers only before a verb of trying or turning to something ("can always
    try", "can always call"); "you can always count on it" still boosts. A new user's report: "you
    could always try X", an offer of another product, counted as certainty."""
    before = c.word(c.start - 1)
    if before in _ALWAYS_OFFER_MODALS:
        return True
    return before == "can" and c.word(c.end) in _ALWAYS_OFFER_VERBS


_BOOSTERS_PROOF_WANTED = words("boosters_proof_wanted")


def proof_of_a_claim(c: Context) -> bool:
    """"proof that it works" boosts; "80-proof spirits" measures alcohol, and proof asked for or
    missing ("regulators asked to see more robust proof", "there is no proof") is not held: the
    claim stays unestablished (Palmer 2001: irrealis; as ``result_obtained`` for the verbs)."""
    if not _BOOSTERS_PROOF_WANTED.isdisjoint(c.before(4)) or _boosters_claim_withheld(c):
        return False
    if _proof_as_a_standard(c):
        return False
    return not _is_number(c.word(c.start - 1))


_BOOSTERS_SCOPE_DENIALS = words("boosters_scope_denials")
_BOOSTERS_COMMITMENT_HEADS = words("boosters_commitment_heads")
_BOOSTERS_SUPPOSITION_OPENERS = words("boosters_supposition_openers")
_BOOSTERS_CLAUSE_LINKS = words("boosters_clause_links")
_BOOSTERS_SCOPE_REACH = 10
_BOOSTERS_MATRIX_REACH = 6


def _boosters_claim_withheld(c: Context) -> bool:
    """The sentence withholds the certainty it names: a denial whose scope reaches the word, or a
    supposition or embedded question that holds it. Three shapes, each bounded by the clause's
    punctuation:

    - a denial in the word's own clause, the negative pronouns included: "the study cannot show
      that", "Nothing is ever proven", "no one has proven that" (Quirk et al. 1985, 10.64: a
      negative, "nothing" and "no one" among them, puts the rest of its clause in its scope);
    - a denial over the head of the that-clause holding the word: "not convinced that the results
      definitely prove", "I do not think we can say that the study proves", "no evidence that it
      truly works" (Quirk et al. 1985, 10.64-10.66: the scope of a negative reaches a complement
      clause of a verb of saying or believing; "no doubt that", "not surprising that" deny the
      doubt and are not heads);
    - an "if", "unless" or "whether" opening the word's clause: "if the cream truly works", "to
      see if the patch can truly help" (Palmer 2001: a supposition or a question is irrealis, it
      asserts nothing; Quirk et al. 1985, 15.5).

    A negated certainty withholds commitment, a hedge's work (Hyland 2005, 3.5; Holmes 1984 on
    negated boosters). Round 26: this round's unseen dev slice and a new user's article counted
    "cannot show", "Nothing is ever proven", "not convinced that ... prove", "to see if it can
    truly help" as certainty."""
    begin = c.back_to_break(c.start, ",;:()", _BOOSTERS_SCOPE_REACH)
    for k in range(c.start - 1, begin - 1, -1):
        if c.word(k) in _BOOSTERS_CLAUSE_LINKS:
            begin = k + 1  # "were not selected but the study did find that": the denial is another clause's
            break
    span = c.tokens.words[begin:c.start]
    if not _BOOSTERS_SCOPE_DENIALS.isdisjoint(span) and not _boosters_denial_of_doubt(span):
        return True
    if not _BOOSTERS_SUPPOSITION_OPENERS.isdisjoint(span):
        return True
    for k in range(c.start - 1, begin, -1):
        if c.word(k) != "that":
            continue
        head = k - 1
        if c.word(head).endswith("ly"):
            head -= 1  # "not entirely convinced that"
        if c.word(head) not in _BOOSTERS_COMMITMENT_HEADS:
            return False
        low = c.back_to_break(head, ",;:()", _BOOSTERS_SCOPE_REACH + _BOOSTERS_MATRIX_REACH)
        return not _BOOSTERS_SCOPE_DENIALS.isdisjoint(c.tokens.words[max(low, head - _BOOSTERS_MATRIX_REACH):head + 1])
    return False


_BOOSTERS_DOUBT_WORDS = words("boosters_doubt_words")


def _boosters_denial_of_doubt(span: list[str]) -> bool:
    """The denial in the clause denies doubt, surprise or denial, not the claim: "there is no doubt
    that studies show", "it is not surprising that trials have shown", "there is no denying that
    the study proves", "nobody can deny that the trial proves": a booster, not its denial (a
    negated denial affirms; round 27: "no denying", "nobody can deny" withheld "proves")."""
    return not _BOOSTERS_DOUBT_WORDS.isdisjoint(span)


_BOOSTERS_PROOF_STANDARDS = words("boosters_proof_standards")
_BOOSTERS_PROOF_OF_TRIAL = words("boosters_proof_of_trial")


def _proof_as_a_standard(c: Context) -> bool:
    """"proof" named as the measure a claim is held to, not as a claim held: "the gold standard
    for proof", "the burden of proof", "a higher level of proof", and the trial phase "proof of
    concept" / "proof of principle" naming a study ("a Proof of Concept Study": whether the idea
    works is what it tests; "the study shows proof of principle that" still holds a claim).
    No result is asserted proven (Hyland 2005 counts "proof" as a booster where the writer holds
    a claim proven). Round 26: dev boosters counted "the 'gold standard' for proof" and a "Proof
    of Concept Study" title."""
    if c.word(c.start - 1) in {"for", "of"} and c.word(c.start - 2) in _BOOSTERS_PROOF_STANDARDS:
        return True
    if c.word(c.end) == "of" and c.word(c.end + 1) in _BOOSTERS_PROOF_OF_TRIAL:
        return c.word(c.end + 2) in _RESEARCH_SUBJECTS  # "a Proof of Concept Study"; "shows proof of principle that" holds one
    return False


_BOOSTERS_SURE_DIRECTIVES = words("boosters_sure_directives")


def sure_as_certainty(c: Context) -> bool:
    """"it is sure to help" predicts with certainty; "be sure to visit your doctor", "make sure
    to" tell the reader what to do (an imperative, Quirk et al. 1985, 11.24), not how certain a
    claim is."""
    return c.word(c.start - 1) not in _BOOSTERS_SURE_DIRECTIVES


_BOOSTERS_DENIALS = words("boosters_denials")


def boosters_certainty_not_denied(c: Context) -> bool:
    """A certainty word boosts where the writer asserts the certainty, not where it is denied:
    "far from conclusive", "no definite answer", "not obvious", "I cannot prove". A negated
    booster withholds commitment, a hedge's work (Hyland 2005, 3.5; Holmes 1984 on negated
    boosters)."""
    back = c.before(3)
    if not _BOOSTERS_DENIALS.isdisjoint(back) or _boosters_denied_in_clause(c) or _boosters_claim_withheld(c):
        return False
    if _boosters_denied_predicate(c):
        return False  # "conclusive evidence is rarely found in a single study"
    if c.word(c.start).startswith("prov") and c.word(c.start - 1) in {"can", "could"}:
        return False  # "the trial can prove it": a capability claimed, no proof held (Palmer 2001: irrealis)
    return not (back[-2:] == ["far", "from"] or back[-3:-1] == ["far", "from"])


_BOOSTERS_DENIAL_REACH = 7


def _boosters_denied_in_clause(c: Context) -> bool:
    """A denial a few words back in the same clause: "you can't draw any conclusions about definite
    benefits", "there is no trial that shows a definite gain" (the negation's scope runs to the end
    of its clause, Quirk et al. 1985, 10.64). A denial of doubt between them asserts: "there is no
    doubt that the study clearly", "you can't deny that the results are conclusive"."""
    k = c.start
    while k > max(c.first, c.start - _BOOSTERS_DENIAL_REACH):
        if c.marks_before(k, ",;:()"):
            return False
        k -= 1
        if c.tokens.words[k] in _BOOSTERS_DENIALS:
            return not _boosters_denial_of_doubt(c.tokens.words[k:c.start])  # not "no denying that it clearly"
    return False


_BOOSTERS_BROAD_NEGATIVES = words("boosters_broad_negatives")
_BOOSTERS_CERTAINTY_ADJECTIVES = words("boosters_certainty_adjectives")


def _boosters_denied_predicate(c: Context) -> bool:
    """An attributive certainty adjective in a subject whose predicate denies it: "conclusive
    evidence is rarely found in one study", "definite proof has never been shown". The denial
    follows the adjective in its clause, after the noun it modifies (Quirk et al. 1985, 10.64:
    a negative or a broad negative such as "rarely", "seldom" puts the whole clause in its
    scope). Only the adjectives: "they definitely should not take it" asserts a negative with
    certainty, a booster."""
    if c.word(c.start) not in _BOOSTERS_CERTAINTY_ADJECTIVES:
        return False
    for k in range(c.end, min(c.last, c.end + _BOOSTERS_DENIAL_REACH)):
        if c.marks_before(k, ",;:()"):
            return False
        if c.word(k) in _BOOSTERS_DENIALS or c.word(k) in _BOOSTERS_BROAD_NEGATIVES:
            return True
    return False


_BOOSTERS_LINKING_WORDS = words("boosters_linking_words")


def boosters_well_known_asserted(c: Context) -> bool:
    """"well known" boosts a claim when predicated ("it is well known that", "is well known to
    cause"), not as an attributive of fame: "well-known brands", "a well-known actor" (Hyland
    2005 lists "well-known" in "it is well known that"; the attributive sense names a reputation,
    not a claim's certainty)."""
    return c.word(c.start - 1) in _BOOSTERS_LINKING_WORDS or c.word(c.end) in {"that", "to", "for", "as"}


_BOOSTERS_ALWAYS_LOWERED = words("boosters_always_lowered")


def boosters_always_not_narrative(c: Context) -> bool:
    """"always" counts as a generalisation claimed now, not in a sentence told in the past: "he was
    hospitalized 14 times that year, always to have fluid drained" is a story's habit (Quirk et al.
    1985, 8.64: "always" of repeated past occasions), not a claim that admits no exception. A
    present verb beside it is a claim reported now ("he said the cream is always safe", "she
    said it always works"). "almost always", "nearly always", "not always" state a frequency
    with exceptions, which hedges a claim rather than boosting it (Hyland 2005, appendix: "almost"
    and "not always" among hedges)."""
    if c.word(c.start - 1) in _BOOSTERS_ALWAYS_LOWERED:
        return False  # "almost always", "not always": a frequency, which hedges (Hyland 2005)
    beside = {c.word(c.start - 1), c.word(c.end)}
    if beside & _HEDGES_PRESENT_FINITE or (c.end < c.last and _present_third_person(c.word(c.end))):
        return True
    return not _told_in_the_past(c)


def _present_third_person(word: str) -> bool:
    """"works", "helps", "causes": an -s verb form after "always" (a plural noun does not follow it)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_TRULY_FEELINGS = words("boosters_truly_feelings")


def boosters_truly_of_a_claim(c: Context) -> bool:
    """"Truly" boosts a claim ("this supplement truly works", "a truly proven method"), not a verb
    of wanting or feeling it grades ("the effect that we truly desire", "patients who truly want
    to quit", "we truly appreciate"): there it says how much, as "really" does, an intensifier of
    degree rather than a marker of the writer's certainty (Quirk et al. 1985, 8.104-8.105, on
    emphasisers and amplifiers; Hyland 2005 counts the booster of a proposition). A new user's
    report: "the effect that we truly desire" counted as certainty. Otherwise as
    ``boosters_certainty_not_denied``."""
    if c.word(c.end) in _TRULY_FEELINGS:
        return False
    return boosters_certainty_not_denied(c)


RULES = registry(
    always_as_certainty,
    proof_of_a_claim,
    sure_as_certainty,
    boosters_certainty_not_denied,
    boosters_well_known_asserted,
    boosters_always_not_narrative,
    boosters_truly_of_a_claim,
)
