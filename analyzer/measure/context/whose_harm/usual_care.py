"""The usual care's drawback: the standard care of the condition, described in the sentence
before or earlier in the harm's own, then turned against ("But they can cause ulcers"): the harm is
the usual care's, the motive for the page's option.

Sources: HealthNewsReview.org criterion 3; PICO's C (Nye et al. 2018); Halliday & Hasan 1976 on
adversatives and reference (5.3)."""

from __future__ import annotations

from ..base import Context, _words_back, pattern, refers_back, words
from .readers import _HARMS_STANDARD_CARE, _OWN_OPTION_DETERMINERS
from .comparators import _unbranded_sentence_before


def _harms_usual_care_drawback(c: Context) -> bool:
    """The harm is the drawback of the condition's usual care, stated where the page sets that
    care out before its own option: a sentence describes the usual care ("the condition is treated
    with a range of medications", "steroid creams are often prescribed", "the first-line therapy",
    "the standard treatment", "the only drugs approved", ``harms_standard_care``) and the next
    sentence, which names no option of its own, refers back to it (``_refers_back_to_usual_care``:
    "But these don't suit everyone, and some have side effects", "Side effects have limited their
    use", "prompting patients to quit the drugs", "wary of that option because of side effects").
    Neither sentence names the page's intervention, a product by its mark, or an option by a
    singular "the drug", "this treatment", which may be the page's own. Within one sentence ("X is
    commonly used, but it is linked with dementia") the usual care may be the class the page's own
    option belongs to: ``_harms_usual_care_turned`` reads it where no class is named (round 33). A turn alone ("But in the trial, some participants had
    side effects") refers back to nothing and is the page's own trial (round 20, code review).

    The usual care is the comparator a new option is set against (PICO's C; Nye et al. 2018), and
    "existing treatments have drawbacks" is the stock motive a press release gives for the new one;
    its harms are not the new option's (HealthNewsReview.org criterion 3: the harms of the
    intervention; comparator_harm, the dev audit's second harms error, round 19)."""
    iv = c.interventions
    if iv.names_intervention(c.first, c.last) or _harms_singular_own(c, c.first, c.last):
        return False
    sentence = c.text[c.sentence_start:c.sentence_end]
    if "\u00ae" in sentence or "\u2122" in sentence:
        return False
    before = _unbranded_sentence_before(c)
    if before is None or not _HARMS_STANDARD_CARE.search(before[1]) or _harms_singular_own(c, before[0], c.first):
        return False
    return _refers_back_to_usual_care(c)


# Words by which the harm's sentence refers back to the usual care before it (round 20: pronouns
# only, "they", "these"; a determiner's back reference is read with its head noun).
_HARMS_USUAL_CARE_BACK = words("harms_usual_care_back")
_HARMS_USUAL_CARE_DETERMINERS = words("harms_usual_care_determiners")
_HARMS_USUAL_CARE_HEADS = words("harms_usual_care_heads")
_HARMS_USUAL_CARE_PEOPLE = words("harms_usual_care_people")
_HARMS_USUAL_CARE_THAT_AFTER = words("harms_usual_care_that_after")
# A turn against the usual care the sentence before described: the harm's sentence opening "But",
# "However", "Yet" (round 19); a pronoun before the harm's clause may then refer back.
_HARMS_CARE_TURN_OPENING = pattern("harms_care_turn_opening")

_HARMS_THOSE_PEOPLE_FOLLOWERS = words("harms_those_people_followers")


def _refers_back_to_usual_care(c: Context) -> bool:
    """The harm's sentence refers back to options, not to people: a noun phrase headed by an
    option word after a referring determiner, anywhere in the sentence ("the drugs", "these
    medications", "such drugs", "their use", "of that option"; "the" only before a plural, a
    class; "that" only first, after a preposition or after "But", where it is no conjunction), or
    a pronoun in the harm's clause before the harm ("they", "these", "their"; anywhere before it
    after "But", "However") that no person named before it there can be the antecedent of
    ("Participants said they had side effects" refers to the participants). "such" alone is no
    back reference: "side effects such as rashes" introduces examples (Halliday & Hasan 1976 on
    reference; round 20 code review: "such as" and "they" for participants silenced the page's
    own harms). Nor "those" followed by a phrase or clause that describes people ("those in the
    trial", "those who wore the patch", "those taking it"; round 21 code review)."""
    words_ = c.tokens.words[c.first:c.last]
    for i, w in enumerate(words_):
        if w not in _HARMS_USUAL_CARE_DETERMINERS or (w == "that" and i and words_[i - 1] not in _HARMS_USUAL_CARE_THAT_AFTER):
            continue
        if any(n in _HARMS_USUAL_CARE_HEADS and (w != "the" or n.endswith("s")) for n in words_[i + 1:i + 3]):
            return True
    before = c.tokens.words[c.first:c.start]
    # the pronoun stands in the harm's clause, or anywhere before it after a turn ("But these don't
    # work for all patients, and some have side effects")
    turned = _HARMS_CARE_TURN_OPENING.match(c.text[c.sentence_start:c.match_start])
    window = before if turned else _words_back(c, None, ",;:")
    for i, w in enumerate(window):
        if not _HARMS_USUAL_CARE_PEOPLE.isdisjoint(window[:i + 2]):
            return False
        if w == "those" and window[i + 1:i + 2] and window[i + 1] in _HARMS_THOSE_PEOPLE_FOLLOWERS:
            continue  # "Those in the trial had mild side effects": people, not the options
        if w in _HARMS_USUAL_CARE_BACK:
            return True
    return False


# Round 33: a turn inside a sentence, after the usual care it states: ", but", "; however", "although".
_HARMS_CARE_TURN_WITHIN = pattern("harms_care_turn_within")
# A singular pronoun refers to one option, not to a class of usual care, and that option may be the
# page's own, named a sentence before ("Metformin ... It is the most commonly prescribed drug for the
# condition, but it can cause nausea"; review of round 33).
_SINGULAR_PRONOUNS = frozenset({"it", "its"})


def _pronoun_from_before(c: Context) -> bool:
    """A singular pronoun before the harm whose antecedent is no option this sentence names first:
    "Doctors often recommend it, but it can cause nausea" (it: the page's drug, named before), not
    "Estrogen replacement therapy is commonly used ..., but it is not recommended" (it: the care)."""
    words_ = c.tokens.words
    first = next((i for i in range(c.first, c.start) if words_[i] in _SINGULAR_PRONOUNS), None)
    if first is None:
        return False
    return not (c.interventions.named(c.first, first) or _HARMS_USUAL_CARE_HEADS & set(words_[c.first:first]))


def _harms_usual_care_turned(c: Context) -> bool:
    """Within one sentence, the condition's usual care (``harms_standard_care``: "anticholinergics are
    commonly used off-label for this purpose", "they often recommend taking citrate"), then a turn
    against it ("but", "however", "although"), then the harm: "..., but they are linked with the
    risk of dementia", "..., but some people are unable to tolerate the side effects". The turn
    makes the harm the drawback of the care just stated, the stock motive for a new option
    (``_harms_usual_care_drawback`` reads the same across two sentences). Not where the sentence
    names the page's intervention, refers to an option by a singular "the drug" or "it", names a class
    of treatment that may hold the page's own drug ("Statins are commonly prescribed, but ..." on a
    page about one statin: the round-19 reason for leaving one sentence alone), or a product by its
    mark.

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; PICO's C, Nye et al. 2018; adversative conjunction, Halliday & Hasan 1976 5.3;
    comparator_harm, the dev audit's second harms error, round 33)."""
    iv = c.interventions
    if iv.names_intervention(c.first, c.last) or _harms_singular_own(c, c.first, c.last):
        return False
    if any(iv.is_kind(key) for _, key in iv.named(c.first, c.last)):
        return False
    if _pronoun_from_before(c):
        return False
    before = c.text[c.sentence_start:c.match_start]
    if "\u00ae" in before or "\u2122" in before:
        return False
    care = _HARMS_STANDARD_CARE.search(before)
    return bool(care and _HARMS_CARE_TURN_WITHIN.search(before, care.end()))


def _harms_singular_own(c: Context, first: int, stop: int) -> bool:
    """Tokens ``first:stop`` refer to an option with a determiner and a singular noun ("the drug",
    "this treatment", "our device"), which may be the page's own; a plural ("the drugs") refers to
    a class, the usual care."""
    return refers_back(c.tokens.words[first:stop], _OWN_OPTION_DETERMINERS, singular=True)
