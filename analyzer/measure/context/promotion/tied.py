"""Praise tied to the page's topic: a weak evaluative word ("powerful", "huge", "impressive",
"hope") counts where it evaluates what the page is about, not the standard of a comparison; "potent"
and "powerful" not of a drug's pharmacology or a physical force.

Sources: Martin & White 2005 (appraisal: what the evaluation is about); Millar, Batalo & Budgell
2022; Vinkers et al. 2015; Neubig et al. 2003 (potency as a pharmacological term)."""

from __future__ import annotations

from ..base import Context, _CLAUSE_BREAK, registry, words
from .leaned_on import (
    _NOUN_REACH, _PHRASE_ENDS, _PROMOTED_SUBJECTS, _RATING_COPULAS, _denied_in_clause, _in_an_open_condition,
    _refers_to_the_option, leaned_on, promo_praised_not_established,
)
from .size import _COMPLEMENTS, sizes_the_promoted
from .change import change_promised
from .attitude import _let_down, attitude_unhedged
from .appeals import _NEED_NOUNS, _PROMO_TIE_READER


def promo_praise_tied(c: Context) -> bool:
    """A weak evaluative word ("powerful", "huge", "impressive", "innovative", "hope", "crucial")
    counts only where a positive signal ties the praise to the thing promoted: the page's
    intervention named in its sentence, a product or treatment noun there as the thing evaluated
    ("a powerful treatment", "the results are impressive"), a demonstrative or pronoun subject that
    refers back to it ("This is very exciting", "That's huge"), the writer's pitch to the reader
    ("you", "your": the voice of an advertorial), or the word leaned on (intensified, exclaimed:
    ``leaned_on``). Elsewhere ("Stecker was hopeful", "nothing striking in the scan", "used to
    eliminate the diseased immune system", "emerging markets") it is the ordinary evaluative
    vocabulary of a report, shown but not counted.

    Appraisal theory locates an evaluation by what it appraises (Martin & White 2005, ch. 2: the
    appraised); Sumner et al. 2014 and Vinkers et al. 2015 count as exaggeration the praise of a
    finding or treatment. Precision first: of the news findings with these words, about a quarter
    were neutral, literal or mentions (precision audit, tests/audit: round 8b), while advertorials'
    uses name their product or address the reader. Strong hype ("breakthrough", "miracle",
    "game-changer") names no such rule and counts as found.
    """
    if _denied_in_clause(c) or _let_down(c) or _praises_the_yardstick(c):
        return False
    if c.interventions.named(c.first, c.last):
        return True
    sentence = c.tokens.words[c.first:c.last]
    if any(w in _PROMOTED_SUBJECTS or w in _PROMO_TIE_READER for w in sentence):
        return True
    return _evaluates_the_topic(c) or leaned_on(c)


_YARDSTICK_DETERMINERS = words("promo_yardstick_determiners")
_YARDSTICK_VERBS = words("promo_yardstick_verbs")
_YARDSTICK_THAN_UNDONE = words("promo_yardstick_than_undone")


def _praises_the_yardstick(c: Context) -> bool:
    """The word stands in the standard of a comparison, after "as ... as", "than" or a verb of
    surpassing, with at most determiners between: "nearly as accurate as a state-of-the-art CT
    scan", "surpasses the life-saving abilities of many earlier devices". It describes the
    yardstick the page's option is measured against, the existing alternative a fair story names
    (HealthNewsReview.org criterion "compares the new approach with existing alternatives"), not
    the option: a comparison's standard is its second term (Quirk et al. 1985, 15.63-15.70).
    "More than excited" (an intensifier) and the word in the first term ("a more powerful drug
    than ...") are not this."""
    index = c.start - 1
    while index >= c.first and c.word(index) in _YARDSTICK_DETERMINERS and c.start - index <= 3:
        index -= 1
    marker = c.word(index)
    if marker in _YARDSTICK_VERBS:
        return True
    if marker == "than":
        return c.word(index - 1) not in _YARDSTICK_THAN_UNDONE
    if marker == "as":
        return "as" in (c.word(index - 2), c.word(index - 3))
    return False


_PROMO_TIE_DEICTICS = words("promo_tie_deictics")


def _evaluates_the_topic(c: Context) -> bool:
    """The word is predicated of a deictic or pronoun subject that refers back to the page's topic
    ("This is very exciting", "That's huge", "they are powerful"), or a demonstrative that points
    at it ("this potent blend"), not a
    dummy "it" before a complement ("it is crucial to ask")."""
    if c.word(c.start - 1) in {"this", "these"}:  # "this potent blend": the thing at hand
        return True
    if c.word(c.end) in _COMPLEMENTS:
        return False
    window = c.before(3)
    for i in range(len(window) - 1, -1, -1):
        word = window[i].replace("\u2019", "'")
        if word.endswith("'s") and word[:-2] in _PROMO_TIE_DEICTICS:  # "that's huge"
            return True
        if word in _RATING_COPULAS:
            return i > 0 and window[i - 1] in _PROMO_TIE_DEICTICS
    return False


def promo_tied_sizing_the_promoted(c: Context) -> bool:
    """``promo_praise_tied`` and ``sizes_the_promoted``: a size or importance word tied to what is
    promoted and measuring it."""
    return promo_praise_tied(c) and sizes_the_promoted(c)


def promo_tied_praised_not_established(c: Context) -> bool:
    """``promo_praise_tied`` and ``promo_praised_not_established``."""
    return promo_praise_tied(c) and promo_praised_not_established(c)


def promo_potency_praised(c: Context) -> bool:
    """"Potent" counts as praise (``promo_tied_praised_not_established``) except before a drug,
    agent or activity noun ("a potent antiviral agent", "potent statins"), where it is
    pharmacology's potency, a technical term (IUPHAR, Neubig et al. 2003): shown, not counted.

    Round 13: of the counted "potent" findings in the dev sample, nine of fifteen were technical or
    descriptive, eight of them before a drug or agent noun (``_pharmacological_potency``)."""
    return promo_tied_praised_not_established(c) and not _pharmacological_potency(c)


_POTENCY_HEADS = words("promo_potency_heads")
# How many words may stand between "potent" and its pharmacological head: "a potent chemotherapy
# drug", "potent blood thinners"; not "the next potent ovarian cancer drug".
_POTENCY_REACH = 2


def _pharmacological_potency(c: Context, reach: int = _POTENCY_REACH) -> bool:
    """"Potent" before a noun that names a drug, an agent or its activity ("a potent antiviral
    agent", "potent statins such as atorvastatin", "potent antimicrobial activities") is
    pharmacology's potency: how little of the substance produces its effect (IUPHAR terminology,
    Neubig et al. 2003, Pharmacol Rev 55:597). It classifies, like "a potent inhibitor" (the audit
    guide's example of a technical use); it does not praise. Said of anything else ("a potent
    extension of intervention", "this potent blend") or leaned on in a predicate ("even more
    potent", "highly potent against MRSA") it is still read as praise."""
    for index in range(c.end, min(c.last, c.end + reach)):
        word = c.tokens.words[index]
        if word in _POTENCY_HEADS:
            return True
        if word in _PHRASE_ENDS or c.marks_before(index, ",;:.!?()"):
            return False
    return False


# "Powerful" reaches one word further than "potent": a hyphenated modifier is two tokens ("the
# powerful clot-busting drug").
_STRENGTH_REACH = 3


def promo_strength_praised(c: Context) -> bool:
    """"Powerful" counts as praise (``promo_praised_not_established``) except before a drug, agent or
    painkiller noun ("powerful painkillers", "the powerful clot-busting drug tPA", "a dozen powerful
    antibiotics"), where it grades a drug's strength as "strong" does, the plain description a
    clinician gives of a class (the potency reading of ``_pharmacological_potency``): shown, not
    counted. Said of a product sold ("this powerful serum", "a powerful antioxidant"), of an effect
    or a tool, or with "new" between ("powerful new medicines") it still counts.

    Round 14: of the wrong counted "powerful" findings in the dev labels, six of eighteen described
    a drug or painkiller class a patient was given (audit guide: ``neutral``, a descriptive use)."""
    return (promo_praised_not_established(c) and not _pharmacological_potency(c, _STRENGTH_REACH)
            and not _physical_strength(c) and not _general_characterisation(c))


_GENERAL_NOUNS = words("promo_general_nouns")


def _general_characterisation(c: Context) -> bool:
    """"Powerful" before a general noun ("the mind is a powerful thing", "the genetic legacy each of us
    inherits is a powerful force"), whose sentence does not name the page's option: a general noun
    takes its meaning from what it is said of (Halliday & Hasan 1976, Cohesion in English, 6.4 on
    general nouns), so the phrase characterises its subject, a faculty or an inheritance, in the
    terms of a maxim, and praises no option (the audit guide: ``neutral``, a descriptive use).
    "Exercise is a powerful force against depression" on a page about exercise names the option and
    still counts. Round 34 dev audit: two ``neutral`` findings in two stories; the phrase occurs
    nowhere else in the dev sets, and no right finding has such a head.

    Round 35 (the round-34 reviewer): a subject that refers back to the option ("It is a powerful
    force against joint pain") names it as the name does (``_refers_to_the_option``)."""
    if c.word(c.end) not in _GENERAL_NOUNS:
        return False
    return not (c.interventions.names_intervention(c.first, c.last) or _refers_to_the_option(c, c.first, c.start))


_PHYSICAL_HEADS = words("promo_physical_heads")


def _physical_strength(c: Context) -> bool:
    """"Powerful" of a magnetic field, a beam, a magnet or a pulse ("MRI uses a powerful magnetic
    field", "radiation delivered in a powerful, focused beam", "a field far more powerful than an
    MRI's") is the physicist's strength, measured in tesla or gray: the literal sense, which
    describes how a device works and rates nothing (audit guide: ``literal_sense``; Millar, Batalo
    & Budgell 2022 count the adjective that praises). The head may follow within three words
    (adjectives joined by commas allowed) or, in a comparison, stand just before.

    Round 16: three counted dev findings in three stories (two MRI fields, one radiosurgery beam),
    all labelled literal or technical; no right one has such a head."""
    for index in range(c.end, min(c.last, c.end + _STRENGTH_REACH)):
        word = c.tokens.words[index]
        if word in _PHYSICAL_HEADS:
            return True
        gap = c.gap_before(index)
        if word in _PHRASE_ENDS or (_CLAUSE_BREAK.search(gap) and gap.strip() != ","):
            break
    return not _PHYSICAL_HEADS.isdisjoint(c.before(_STRENGTH_REACH))


_LIFESAVING_CARE_HEADS = words("promo_lifesaving_care_heads")
_LIFESAVING_CARE_MODIFIERS = words("promo_lifesaving_care_modifiers")
_LIFESAVING_FORECASTS = words("promo_lifesaving_forecasts")
_LIFESAVING_CONDITIONS = words("promo_lifesaving_conditions")


def promo_lifesaving_praised(c: Context) -> bool:
    """"Life-saving" counts as praise (``promo_praise_tied``) except where it classifies care or
    states an established treatment's use in an emergency: before a care noun ("in need of
    life-saving neurosurgery", "too far from lifesaving medical care", "she watched him undergo
    lifesaving treatment"), or said under a condition of use ("can be life-saving if administered in
    time", "lifesaving when used to open arteries in a heart attack"). There it sorts care into a
    class, as "emergency surgery" does (a classifying, not a descriptive, adjective: Biber et al.
    1999, ch. 7, on classifiers), or gives the known use of a standard, and sells nothing. Forecast of the option
    ("could be a lifesaving pediatric treatment", "a potentially life-saving clot removal treatment")
    it is the hope HealthNewsReview.org's sensational-language criterion asks about, and counts.

    Round 33: of the ten counted dev findings, five were ``neutral`` (three before a care noun, two
    under a condition), all in this shape; the right ones were forecasts or praise of a named
    product ("a lifesaving antibiotic called vancomycin")."""
    return promo_praise_tied(c) and (_forecast(c) or not (_classifies_care(c) or _under_condition(c)))


def _forecast(c: Context) -> bool:
    """A modal or "potentially" within three words before: "could be a lifesaving treatment"."""
    return not _LIFESAVING_FORECASTS.isdisjoint(c.before(3))


def _classifies_care(c: Context) -> bool:
    """A care noun next, perhaps after "medical" or "emergency": "lifesaving medical care"."""
    index = c.end
    if c.word(index) in _LIFESAVING_CARE_MODIFIERS:
        index += 1
    return c.word(index) in _LIFESAVING_CARE_HEADS


def _under_condition(c: Context) -> bool:
    """A condition of use right after the predicate: "life-saving if administered in time"."""
    return c.word(c.end) in _LIFESAVING_CONDITIONS


def promo_not_yardstick(c: Context) -> bool:
    """A novelty or quality word counts unless it praises the standard of a comparison
    (``_praises_the_yardstick``: "nearly as accurate as a state-of-the-art CT scan").

    Round 16: the dev labels hold three such findings in three documents (two releases comparing a
    blood test with "state-of-the-art" CT, one story where a heart pump "surpasses the life-saving
    abilities" of earlier devices), all ``neutral``; no right finding stands there."""
    return not _praises_the_yardstick(c)


# "Challenge" is a feat as often as a problem ("this spectacular three-peaks challenge": OneStopEnglish,
# round 34), and a quality word before it praises the feat.
_PROBLEM_HEADS = words("promo_sized_problems") - {"challenge", "challenges"}


def praise_not_of_a_problem(c: Context) -> bool:
    """A quality word counts (``promo_not_yardstick``) unless the head of the noun phrase it modifies
    names a problem ("this is a remarkable burden, nearly 1,000 deaths each day", "an extraordinary
    toll"): an adjective evaluates the head of its noun phrase (Quirk et al. 1985, 7.19 on attributive
    adjectives; Martin & White 2005 on the appraised), so it grades the size of a burden, which the
    audit guide's settled convention on size words counts ``neutral`` (the size of something that is
    not the option's benefit), not the option. The head is the last word before the phrase ends, so
    "these incredible risk-free offers" keeps its head "offers" and counts.
    Round 34 dev audit: one ``neutral`` finding (a disease's toll); no right one."""
    return promo_not_yardstick(c) and _head_after(c) not in _PROBLEM_HEADS


_PERSON_HEADS = words("promo_person_nouns")


def praise_not_of_a_person(c: Context) -> bool:
    """``praise_not_of_a_problem``, and not a quality word whose noun phrase is headed by a noun of
    a person in a story ("the patient, a remarkable woman, was chosen to go first", "after giving
    birth to her 3 amazing girls"): the adjective evaluates the head of its noun phrase (Quirk et
    al. 1985, 7.19), and praise of a person's character is judgement, not appreciation of a thing
    (Martin & White 2005, 2.3), so it sells no option. Only kin, gender and age nouns: "renowned
    physicians" and "an outstanding team" in an issuer's boilerplate still count (the guide's
    boilerplate convention). Round 34 dev audit: two ``neutral`` findings; no right one."""
    return praise_not_of_a_problem(c) and not _praises_a_person(c)


def _praises_a_person(c: Context) -> bool:
    """A person noun right after the adjective heads its phrase unless it premodifies what follows
    (``_premodifies``)."""
    return c.word(c.end) in _PERSON_HEADS and not _premodifies(c)


def _premodifies(c: Context) -> bool:
    """A hyphen or a possessive ties the person noun to what follows ("amazing women-only formula",
    "a remarkable women’s clinic"), or a product noun follows it as the head ("these incredible
    kids vitamins": a noun premodifier, Quirk et al. 1985, 17.108; round 35, the round-34 reviewer)."""
    after = c.end + 1
    if not c.word(after):
        return False
    if any(mark in c.gap_before(after) for mark in "-'’"):
        return True
    return c.word(after) in _PRODUCT_HEADS and not c.marks_before(after, ",;:.!?()")


_PRODUCT_HEADS = words("promoted_subjects") | words("hedges_dose_nouns") | words("promo_product_nouns")


def _head_after(c: Context) -> str:
    """The last word of the noun phrase after the adjective, which ends at any mark but a hyphen, or
    at a phrase end: "a remarkable [burden], nearly 1,000 deaths"."""
    head = ""
    for index in range(c.end, min(c.last, c.end + _NOUN_REACH)):
        if c.word(index) in _PHRASE_ENDS or c.gap_before(index).strip() not in {"", "-"}:
            break  # a hyphen joins a compound: "risk-free offers"
        head = c.word(index)
    return head


def novelty_not_yardstick(c: Context) -> bool:
    """``promo_not_yardstick``, and not inside an open condition or an indirect question
    (``_in_an_open_condition``: "then we will know if this is a big step forward"), nor as what a
    need asks for ("the most urgent need for innovative strategies is in poorer countries"): the
    novelty words' category rule. A need for new things says what is lacking, the audit guide's
    settled line for importance words ("a need or a general truth" is ``neutral``), and praises no
    option. Round 34: one dev finding of each form, labelled wrong; no right novelty finding stands
    inside such a clause or after such a need.

    Round 35 (the round-34 reviewer): a need the option answers is its praise ("Veltra answers the
    need for innovative treatments", "there is an urgent need for innovative treatments, and Veltra
    is one"): the exemption holds only for a need left unmet (``_need_unmet``)."""
    return promo_not_yardstick(c) and not _in_an_open_condition(c) and not _need_unmet(c)


_NEED_MEETING_VERBS = words("promo_need_meeting_verbs")


def _need_unmet(c: Context) -> bool:
    """The word is what a need asks for ("need for innovative ..."), no verb of meeting governs the
    need ("answers", "meets", "fills the need") and the sentence does not name the page's option."""
    if c.word(c.start - 1) != "for" or c.word(c.start - 2) not in _NEED_NOUNS:
        return False
    met = not _NEED_MEETING_VERBS.isdisjoint(c.tokens.words[max(c.first, c.start - 5):c.start - 2])
    return not (met or c.interventions.names_intervention(c.first, c.last))


def promo_tied_change_promised(c: Context) -> bool:
    """``promo_praise_tied`` and ``change_promised``."""
    return promo_praise_tied(c) and change_promised(c)


def promo_tied_unhedged(c: Context) -> bool:
    """``promo_praise_tied`` and ``attitude_unhedged``."""
    return promo_praise_tied(c) and attitude_unhedged(c)


RULES = registry(
    promo_praise_tied,
    promo_tied_sizing_the_promoted,
    promo_tied_praised_not_established,
    promo_potency_praised,
    promo_strength_praised,
    promo_lifesaving_praised,
    promo_not_yardstick,
    praise_not_of_a_problem,
    praise_not_of_a_person,
    novelty_not_yardstick,
    promo_tied_change_promised,
    promo_tied_unhedged,
)
