"""Another option named by reference: a harm whose sentence refers back ("those drugs", "both
drugs", "they") to an option of the sentences before that is not the page's own, or whose nearest
option is a comparator.

Sources: HealthNewsReview.org criterion 3; Halliday & Hasan 1976 (reference as cohesion across
sentences); Hobbs 1978 and Grosz, Joshi & Weinstein 1995 (the likeliest antecedent); Vieira & Poesio
2000 and Poesio & Vieira 1998 (definite descriptions); Clark 1975 (bridging)."""

from __future__ import annotations

from ...intervention import Interventions
from ..base import Context, _drop, refers_back, words
from .readers import _HARMS_OWNER_LINK, _HARMS_TREATMENT_WORDS, _OWNER_REACH, _previous_sentence_start


def harm_not_of_another_option(c: Context) -> bool:
    """The harms check of ``harm_of_intervention`` with the intervention (see ``_harm_of_another_option``):
    a harm tied only to another named option does not count."""
    if _harm_of_another_option(c):
        return _drop(c, "harm of another option")
    return True


# Words that refer back to what the sentence before named: "Both drugs increase the risk of
# bleeding", "They carry a risk of infection", "Those drugs carry significant risk".
_BACK_REFERENCES = words("harms_back_references")
# Determiners by which a treatment noun refers back to the page's own option: "the treatment",
# "this drug", "these injections".
_BACK_REFERRING = words("harms_back_referring_determiners")


def _harm_of_another_option(c: Context) -> bool:
    """The harm's sentence names options (a drug, a product, a treatment) and none of them is the
    page's intervention: "oral pills cause side effects such as bleeding" on a page about a gel,
    "problems associated with conventional chemotherapy" on a page about abiraterone. Read before
    the harm and after it up to its clause's end. A sentence that also names the intervention
    keeps the harm: "apixaban was safer than warfarin and caused less bleeding". Where the
    sentence names no option but refers back ("Both drugs increase the risk of bleeding", "They
    carry a risk of infection"), the options are those of the sentence before: the nearest
    antecedent (Halliday & Hasan 1976, reference as cohesion across sentences). Since round 32 a
    definite anaphor that owns the harm ("Those drugs carry significant risk", "this medication")
    decides first, by the option it resolves to (``_anaphor_antecedent``). Since round 33 a definite
    harm with no owner of its own ("these side effects", ``_definite_harm``) refers back as "they" does."""
    iv = c.interventions
    if not iv:
        return False
    stop = c.on_to_break(c.end, ",;:.!?", _OWNER_REACH)
    named = {key for _, key in iv.named(c.first, c.start)} | {key for _, key in iv.named(c.end, stop)}
    antecedent = _anaphor_antecedent(c)
    if antecedent is not None and not _may_be_of_own_class(iv, antecedent):
        # round 32: "Those drugs carry significant risk" after "Risperdal and Abilify ... than Prozac does"
        return not iv.is_intervention(antecedent) and not iv.names_intervention(c.end, stop)
    if not named and (set(c.tokens.words[c.first:c.start]) & _BACK_REFERENCES or _definite_harm(c)):
        named = {key for _, key in iv.named(_previous_sentence_start(c), c.first)}
    elif not named and iv.comparators and not iv.named(c.first, c.last):
        # round 25: a sentence naming no option goes on about the sentence before where that one
        # names only comparators the lead set against the page's own ("For 60 years the main
        # treatment has been warfarin, but it's tough to use. Too little can lead to strokes; too
        # much, dangerous bleeding." on a page whose drug did "as well as warfarin"); reads
        # ``Interventions.comparators``, not any option before (that took 13 right harms, round 25)
        before = {key for _, key in iv.named(_previous_sentence_start(c), c.first)}
        named = before if before and before <= iv.comparators else set()
    if named and iv.comparators and _nearest_is_comparator(c, stop):
        return True  # round 26 (intervention.py's comparators): "... to hormone replacement therapy after HRT was linked to"
    if not named or any(iv.is_intervention(key) for key in named):
        return False
    # "the treatment", "the drug", "the combination" refer back to the page's own option
    return not refers_back(c.tokens.words[c.first:c.last], _BACK_REFERRING)


# How many sentences back an anaphor's antecedent is sought.
_ANAPHOR_SENTENCES = 3


def _anaphor_antecedent(c: Context) -> str | None:
    """The option a definite anaphor before the harm refers back to (``_definite_anaphor``): the one
    an earlier phrase with the same head noun names (``_same_head_antecedent``); else the nearest
    agreeing option before it in its own sentence; else the first agreeing option of the nearest of
    up to ``_ANAPHOR_SENTENCES`` sentences before that names one, its likeliest subject (Hobbs 1978:
    within the sentence the nearest noun phrase first, in a sentence before left to right; Grosz,
    Joshi & Weinstein 1995: the preferred center is the previous utterance's highest-ranked entity,
    the subject). None where there is no anaphor or it resolves to nothing (the older fallbacks
    of ``_harm_of_another_option`` then decide). Round 32: comparator_harm, the dev audit's second
    harms error, mostly owned by such anaphors."""
    found = _definite_anaphor(c)
    if found is None:
        return None
    head, plural = found
    iv = c.interventions
    same_head = _same_head_antecedent(c, head)
    if same_head is not None:
        return same_head
    within = [(i, k) for i, k in reversed(iv.named(c.first, head)) if _agrees(c, i, k, plural)]
    if within:
        return within[0][1]
    stop = c.first
    for _ in range(_ANAPHOR_SENTENCES):
        start = _previous_sentence_start(c, stop)
        before = [(i, k) for i, k in iv.named(start, stop) if _agrees(c, i, k, plural)]
        if before or start == stop:
            return before[0][1] if before else None
        stop = start
    return None


# Round 32: definite noun phrases that refer back to an option ("those drugs", "this method"), and the
# words that make an option the standard of a comparison rather than an antecedent ("than Prozac").
_ANAPHOR_DETERMINERS = words("harms_anaphor_determiners")
_ANAPHOR_HEADS = words("harms_anaphor_heads")

# How many modifiers may stand between the determiner and the head: "the heavy drugs".
_ANAPHOR_MODIFIERS = 1


def _definite_anaphor(c: Context) -> tuple[int, bool] | None:
    """The last definite noun phrase headed by an option word before the harm in its sentence
    ("Those drugs carry significant risk for weight gain", "However, these drugs can lead to
    hypoglycemia"), with no option named between it and the harm: (its head's index, whether it is
    plural). None where there is none."""
    words_ = c.tokens.words
    for head in range(c.start - 1, c.first - 1, -1):
        if c.interventions.named(head, c.start):
            return None
        if words_[head] not in _ANAPHOR_HEADS:
            continue
        for det in range(head - 1, max(c.first, head - 1 - _ANAPHOR_MODIFIERS) - 1, -1):
            if c.marks_before(det + 1, ",;:.!?()"):
                break
            if words_[det] in _ANAPHOR_DETERMINERS:
                return head, words_[det] in {"these", "those"} or words_[head].endswith("s")
    return None


_ANAPHOR_COMPARED = words("harms_anaphor_compared")


def _agrees(c: Context, i: int, key: str, plural: bool) -> bool:
    """Option ``key`` named at token ``i`` may be the antecedent of an anaphor of this number: not
    the standard of a comparison ("than Prozac does"), not itself a bare option word ("the drug"),
    and plural (a plural class, "sulphonylureas", or one of a coordination, "Risperdal and Abilify")
    where the anaphor is, singular where it is not."""
    words_ = c.tokens.words
    if words_[i] in _ANAPHOR_HEADS or _ANAPHOR_COMPARED & set(words_[max(0, i - 2):i]):
        return False
    named = {j for j, _ in c.interventions.named(max(0, i - 4), i + 5)} - {i}
    coordinated = any({"and", "or"} & set(words_[min(i, j):max(i, j)]) for j in named)
    is_plural = coordinated or (words_[i].endswith("s") and not key.endswith("s"))
    return is_plural == plural


# How many words after an earlier mention of the anaphor's head noun the option it names may stand.
_SAME_HEAD_REACH = 4


def _same_head_antecedent(c: Context, head: int) -> str | None:
    """The option an earlier noun phrase with the anaphor's head noun names ("newer drugs called
    aromatase inhibitors ... the newer drugs", "a class of drugs called sulphonylureas ... these
    drugs"): the nearest such mention before the anaphor, in its sentence or up to
    ``_ANAPHOR_SENTENCES`` before, with an option named within ``_SAME_HEAD_REACH`` words after it
    in the same sentence (a definite description's antecedent shares its head: Vieira & Poesio 2000)."""
    words_, iv = c.tokens.words, c.interventions
    noun = words_[head]  # the same word, so the same number: "drugs such as risperidone" is no "the drug"
    floor = c.first
    for _ in range(_ANAPHOR_SENTENCES):
        floor = _previous_sentence_start(c, floor)
    for j in range(head - 2, floor - 1, -1):
        if words_[j] != noun:
            continue
        for i, key in iv.named(j + 1, min(head - 1, j + 1 + _SAME_HEAD_REACH)):
            if any(c.marks_before(m, ".!?") for m in range(j + 1, i + 1)):
                break
            return key
    return None


_ONE_SUBSTANCE = words("harms_one_substance_kinds")


def _may_be_of_own_class(iv: Interventions, key: str) -> bool:
    """Option ``key`` may belong to the page's option where that is a kind of treatment
    ("antidepressant") and ``key`` is one named drug ("fluoxetine"): a product in the class the
    page covers is its own (guide.md, round 30: another product's harm), and the page does not say
    which class each drug is in, so the anaphor decides nothing there. Not where the kind names one
    substance ("lithium", "aspirin": ``harms_one_substance_kinds``; round 33), which has no members."""
    return not iv.is_kind(key) and any(iv.is_kind(name) and name not in _ONE_SUBSTANCE for name in iv.names)


# Round 33: the determiners of a definite harm ("the side effects", "these complications") and the
# determiners by which its sentence refers to a treatment of its own ("the implants", "their drugs").
_DEFINITE_HARM_DETERMINERS = words("harms_definite_harm_determiners")
_OWN_TREATMENT_DETERMINERS = words("harms_own_treatment_determiners")
# How many words may stand between a definite harm's determiner and the harm: "the long-lasting complications"
# ("long" and "lasting" are two tokens).
_DEFINITE_HARM_MODIFIERS = 2


def _definite_harm(c: Context) -> bool:
    """The harm is a definite noun phrase with no owner of its own ("For patients these side effects
    are just as devastating", "One of the long-lasting complications is"): no "of", "from", "with",
    "associated with" after it (``harms_owner_link``), not "the risk of" (whose object is the harm),
    and its sentence refers to no treatment with a determiner ("the implants", "their drugs"). A
    definite description with no modifier to identify it refers back to what the text has already
    evoked, directly or by bridging (the side effects of the drug just named: Clark 1975; Poesio &
    Vieira 1998, most definite descriptions are anaphoric or associative), so its owner is the option
    the sentence before names (``_harm_of_another_option``; Halliday & Hasan 1976 on reference).
    Round 33: comparator_harm, the dev audit's second harms error."""
    words_ = c.tokens.words
    for d in range(c.start - 1, max(c.first, c.start - 2 - _DEFINITE_HARM_MODIFIERS), -1):
        if c.marks_before(d + 1, ",;:.!?()"):
            return False
        if words_[d] in _DEFINITE_HARM_DETERMINERS:
            if words_[c.end - 1] == "of" or _HARMS_OWNER_LINK.match(c.rest_of_sentence):
                return False
            sentence = words_[c.first:c.last]
            return not any(a in _OWN_TREATMENT_DETERMINERS and b in _HARMS_TREATMENT_WORDS
                           for a, b in zip(sentence, sentence[1:]))
    return False


_COMPARED_HERE = words("harms_compared_here")


def _nearest_is_comparator(c: Context, stop: int) -> bool:
    """The option named nearest before the harm, in its clause (no mark between), is a comparator
    the lead set against the page's own, and the intervention is not named after the harm; not one
    compared right there ("prevented strokes as well as warfarin did and without an increase in
    bleeding": the page's drug is the subject)."""
    before = c.interventions.named(c.first, c.start)
    return (bool(before) and before[-1][1] in c.interventions.comparators
            and _COMPARED_HERE.isdisjoint(c.tokens.words[max(c.first, before[-1][0] - 3):before[-1][0]])
            and not any(c.marks_before(m, ",;:()") for m in range(before[-1][0] + 1, c.start + 1))
            and not c.interventions.names_intervention(c.end, stop))
