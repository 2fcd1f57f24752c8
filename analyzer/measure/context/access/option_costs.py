"""``costs_of_an_option``, the costs family's ``counts_when``: a cost word counts unless it sits in
a title or a name, tells payers' coverage in general, claims a saving with no sum, prices a placebo,
is said of an illness, or is a harm paid.

Sources: HealthNewsReview.org criterion 1; The Chicago Manual of Style, 8.1 and 8.159; Quirk et al.
1985, 15.8 (nominal relative clauses); ISPOR 2014 (budget impact); Waber et al. 2008 and Espay et
al. 2015 (price-placebo trials); Rice 1967 and WHO 2009 (cost of illness); Merriam-Webster (cost,
price); the audit guide's settled conventions (``not_price``)."""

from __future__ import annotations

from ..base import Context, _words_back, capitalised, pattern, registry, unbroken, words
from .available import _COPULAS
from .prices import _FIGURE
from .price_words import _COST_INTENSIFIERS, _DEGREE, _EVALUATIVE_COST


def costs_of_an_option(c: Context) -> bool:
    """The costs family's ``counts_when``: a cost word counts unless it sits in a name or a title
    (``costs_not_in_a_title``), tells a payer's coverage in general (``costs_not_in_general``),
    claims a saving with no sum (``costs_not_a_saving_claimed``) or prices a placebo
    (``costs_not_of_a_placebo``), is said of an illness (``costs_not_of_an_illness``) or is a harm
    paid (``costs_not_a_harm_paid``)."""
    return (costs_not_in_a_title(c) and costs_not_in_general(c) and costs_not_a_saving_claimed(c)
            and costs_not_of_a_placebo(c) and costs_not_of_an_illness(c) and costs_not_a_harm_paid(c))


# Payers whose names are cost words by themselves ("not covered by Medicare"): capitalised as names.
_COSTS_PAYER_NAMES = words("costs_payer_names")
# Marks after which a capital opens a new unit, not a name: a label ("Price: $39"), a quotation, a
# bullet or a line break.
_COSTS_NEW_UNIT_MARKS = ":\"“‘•*\n"


def costs_not_in_a_title(c: Context) -> bool:
    """A cost word in title case inside a run of title-case words is part of a name or a title,
    not a price: "the Medicare Coverage Advisory Committee", a headline or a cited title run into
    the text ("A Cheaper Way to Quit Smoking?", "Comparative Analysis of Perioperative Outcomes
    and Costs Between Laparoscopic and Open Antireflux Surgery"); so is a surname before "et al."
    ("Price et al. showed"). Running English capitalises the words of a proper name or a
    headline-style title, not a common noun inside a sentence (The Chicago Manual of Style, 8.1
    and 8.159). The finding stays visible, uncounted. The sentence's first word does not make a
    run (an advertisement's "Lowest Price in town" keeps counting), nor does a capital after a
    label's colon, a quotation mark or a bullet ("Price: $39"); an advertisement's capitals
    ("a SUPER LOW PRICE") and the payers whose names are cost words ("covered by Medicare") keep
    counting.

    Prevents committee names, headlines and cited authors counting as costs disclosed
    (HealthNewsReview.org criterion 1; the dev audit's costs ``literal_sense`` and ``debris``
    codes, round 13).
    """
    surface = c.text[c.match_start:c.match_end]
    if not capitalised(surface) or c.start <= c.first or c.word(c.start) in _COSTS_PAYER_NAMES:
        return True
    if c.marks_before(c.start, _COSTS_NEW_UNIT_MARKS):
        return True
    following = c.surface(c.end) if c.end < c.last and c.gap_before(c.end).isspace() else ""
    if following == "et":
        return False  # "Price et al.": a cited author
    before = c.surface(c.start - 1) if c.start - 1 > c.first and c.gap_before(c.start).isspace() else ""
    return not (capitalised(following) or capitalised(before))


_COSTS_COVERAGE_IN_GENERAL = pattern("costs_coverage_in_general")


def costs_not_in_general(c: Context) -> bool:
    """A payer's coverage told in general, of no option, does not count: a free relative ("the
    task force carries influence in what insurance companies will cover", "recommendations that
    influence what insurers will pay for") or an indefinite object ("fears that insurers won't pay
    for certain tests and procedures"). A free relative or "certain" leaves the thing covered
    unnamed (Quirk et al. 1985, 15.8, nominal relative clauses): the sentence tells how payers
    decide, not whether they pay for the intervention ("Medicare does not cover the implant"
    keeps counting). The finding stays visible, uncounted.

    Prevents payers' policy in general counting as the intervention's cost or coverage
    (HealthNewsReview.org criterion 1; the dev audit's ``not_price`` code, round 13).
    """
    for m in _COSTS_COVERAGE_IN_GENERAL.finditer(c.text, c.sentence_start, c.sentence_end):
        if m.start() <= c.match_start and c.match_end <= m.end():
            return False
    return True


_COSTS_SAVING_NOUNS = words("costs_saving_nouns")
_COSTS_SAVING_VERBS = words("costs_saving_verbs")
_COSTS_HELD_SAVINGS = words("costs_held_savings")
_COSTS_SAVING_STATED = pattern("costs_saving_stated")
_COSTS_SAVING_REACH = 6


def costs_not_a_saving_claimed(c: Context) -> bool:
    """A saving claimed with no sum does not count: "substantial cost savings for healthcare
    providers", "the potential cost savings", "all cost savers", "could save on cooling costs",
    "saving our health care system the cost of unnecessary scans", "savings in doctors' visits
    should more than compensate". A saving told as money spared, to whoever it falls, names
    neither what the option costs nor a sum to set against its price; the audit guide's settled
    convention on costs reads savings with no sum as ``not_price`` (criterion 4 asks what the
    option costs; budget-impact claims, ISPOR 2014, are no price). A saving stated as a sum or a
    ratio ("saves about $400 over an office visit", "cuts the bill by 30 percent") is a price
    difference and keeps counting, as does a person's own money ("spent their life savings on the
    procedure") and an option rated "cost-saving" (a bare price word said of the option). The
    finding stays visible, uncounted.

    Prevents savings claimed with no figure counting as costs disclosed (the dev audit's commonest
    ``not_price`` group after round 13; HealthNewsReview.org criterion 1).
    """
    noun = next((i for i in range(c.start, c.end + 1) if c.word(i) in _COSTS_SAVING_NOUNS
                 or not _COSTS_SAVING_NOUNS.isdisjoint(c.word(i).split("-")[1:])), None)
    if noun is not None and c.word(noun - 1) in _COSTS_HELD_SAVINGS:
        return True  # "their life savings": money a person holds, spent on the option
    claimed = noun is not None or not _COSTS_SAVING_VERBS.isdisjoint(_words_back(c, _COSTS_SAVING_REACH, ",;:"))
    return not (claimed and not _COSTS_SAVING_STATED.search(c.text, c.sentence_start, c.sentence_end))


_COSTS_PLACEBO_WORDS = words("costs_placebo_words")
# Words that end the phrase a price word sits in: past them a placebo is another thing compared
# ("the $500 pill or a placebo", "costs more than a sham").
_COSTS_PHRASE_BREAKS = words("costs_phrase_breaks")
_COSTS_PLACEBO_REACH = 4


def costs_not_of_a_placebo(c: Context) -> bool:
    """A price said of a placebo or a sham does not count: "the $1,500-per-dose placebo", "the
    expensive placebo", "the placebo they believed cost less". An inert control's price is a
    manipulation of an experiment on expectation (the price-placebo trials, Waber et al. 2008,
    JAMA; Espay et al. 2015, Neurology), not the price of an option a reader could take; the audit
    guide reads it ``not_price``. The placebo must sit in the price word's own phrase (within four
    words, no comma, "or", "than" or "compared" between): "the $500 pill or a placebo" keeps the
    pill's price. The finding stays visible, uncounted.

    Prevents an experiment's placebo prices counting as costs disclosed (HealthNewsReview.org
    criterion 1: what the intervention costs).
    """
    for step, edge in ((1, min(c.last, c.end + _COSTS_PLACEBO_REACH)), (-1, max(c.first, c.start - 1 - _COSTS_PLACEBO_REACH))):
        index = c.end if step == 1 else c.start - 1
        while (index < edge) if step == 1 else (index > edge):
            if c.marks_before(index if step == 1 else index + 1, ",;:()") or c.word(index) in _COSTS_PHRASE_BREAKS:
                break
            if c.word(index) in _COSTS_PLACEBO_WORDS:
                return False
            index += step
    return True


_COSTS_SPARING_VERBS = words("costs_sparing_verbs")
_COSTS_OF_NOUNS = frozenset({"cost", "costs", "price"})
# Words that end the noun phrase after "the costs of": "the costs of pain and healing".
_COSTS_PHRASE_ENDS = words("costs_phrase_ends")
_COSTS_ILLNESS_REACH = 5


def costs_not_of_an_illness(c: Context) -> bool:
    """A cost word said of an illness, not of care for it, does not count: "the human and
    financial costs of the opioid crisis", "the intangible costs of postoperative pain", "the
    disability a stroke leaves is more expensive than the stay", "her hair loss was costly". The
    cost of a disease to a patient or to society is the cost of illness (Rice 1967; WHO guide to
    identifying the economic consequences of disease and injury, 2009), and HealthNewsReview.org
    criterion 1 asks what the intervention costs, not what the disease costs; the audit guide's
    bare-price-word convention reads a price word said of a disease as ``not_price``. Read in two
    places: the noun phrase after "the cost(s) of" / "the price of" (to its first function word or
    mark), and the subject of a copula before an evaluative cost word ("X is costly"). Either
    must name a condition and nothing that treats, tests or cares for it: "the cost of diabetes
    drugs", "the costs of treating the infection", "cancer care is costly" and "migraine is
    expensive to treat" keep counting, as does any sentence with a sum, and a cost an option is
    said to spare ("reduce the costs of complications": a saving claimed, which
    ``costs_not_a_saving_claimed`` and the guide's savings convention judge). The finding stays
    visible, uncounted.

    Prevents the burden of a disease, a crisis or a symptom counting as costs disclosed (round 23:
    the dev audit's ``not_price`` findings on a crisis's, a pain's, a disability's, a symptom's cost).
    """
    if _FIGURE.search(c.text, c.sentence_start, c.sentence_end):
        return True
    if not _COSTS_SPARING_VERBS.isdisjoint(_words_back(c, 4, ",;:")):
        return True  # "reduce the costs of complications": a saving claimed, not the illness's cost
    words = c.tokens.words
    if c.word(c.start) in _COSTS_OF_NOUNS and c.word(c.end) == "of" and not c.marks_before(c.end, ",;:()"):
        stop = c.end + 1
        while stop < min(c.last, c.end + 1 + _COSTS_ILLNESS_REACH) and words[stop] not in _COSTS_PHRASE_ENDS \
                and not c.marks_before(stop, ",;:()\"“”"):
            stop += 1
        return not _costs_names_illness(c, c.end + 1, stop)
    if c.word(c.start) not in _EVALUATIVE_COST or c.word(c.end) == "to":
        return True  # "expensive to treat": the care is what costs
    lead = c.start - 1
    while lead > c.first and (words[lead] in _COST_INTENSIFIERS or words[lead] in _DEGREE):
        lead -= 1
    if words[lead] not in _COPULAS or lead <= c.first:
        return True
    return not _costs_names_illness(c, c.back_to_break(lead, ",;:()\"“”"), lead)


_COSTS_ILLNESS_HEADS = words("costs_illness_heads")
_COSTS_CARE_WORDS = words("costs_care_words")
_COSTS_CARE_ENDINGS = tuple(words("harms_treatment_endings"))
_COSTS_CONDITION_SUFFIXES = tuple(words("harms_condition_suffixes"))


def _costs_names_illness(c: Context, begin: int, stop: int) -> bool:
    """Tokens ``begin:stop`` name a condition (a disease word, a word with a disease's ending, the
    page's target condition) and no care for it (a treatment, a test, a visit, the page's option)."""
    span = c.tokens.words[begin:stop]
    if not span or c.interventions.names_intervention(begin, stop):
        return False
    if any(w in _COSTS_CARE_WORDS or w.endswith(_COSTS_CARE_ENDINGS) for w in span):
        return False
    return any(w in _COSTS_ILLNESS_HEADS or (len(w) > 5 and w.endswith(_COSTS_CONDITION_SUFFIXES)) for w in span) or (
        c.interventions.names_condition(span))


_COSTS_MONEY_WORDS = words("costs_money_words")
_COSTS_HARM_PAID_REACH = 8


def costs_not_a_harm_paid(c: Context) -> bool:
    """"Cost" or "price" as a harm paid, not money, does not count: "the price in lost sleep",
    "costs in the sense of risks", "the price that comes with it is a higher rate of infections".
    The noun in its figurative sense, a loss or a penalty incurred (Merriam-Webster, cost n. 2;
    price n. 3, "the cost at which something is obtained"), told by what it is paid in: a harm
    after "in", or a harm as the complement of a copula that follows the noun in its clause. With
    no sum and no money word in the sentence, it names a harm (criterion 3's business), not what
    the option costs (HealthNewsReview.org criterion 1). "The cost in dollars", "the price is $40",
    "the price will be no more than flu vaccines" (a comparison, or care named) and "the cost of
    treating the infection" keep counting; the idioms "at the price of", "pay a
    price" are ``cost_to_a_payer``'s. The finding stays visible, uncounted.

    Prevents a harm told as a price counting as costs disclosed (round 23: the dev audit's costs
    ``literal_sense`` findings on a price paid in pain, in infections, in risks).
    """
    if c.word(c.start) not in {"cost", "costs", "price", "prices"}:
        return True
    if _FIGURE.search(c.text, c.sentence_start, c.sentence_end) or any(
            w in _COSTS_MONEY_WORDS for w in c.tokens.words[c.first:c.last]):
        return True
    words = c.tokens.words
    stop = min(c.last, c.end + _COSTS_HARM_PAID_REACH)
    if c.word(c.end) == "in":
        # "the price in psychic pain", "costs in the sense of risks"
        after = [words[i] for i in range(c.end + 1, stop) if unbroken(c, c.end + 1, i + 1, ",;:()")]
        return not _costs_harm_named(after)
    copula = next((i for i in range(c.end, stop) if words[i] in _COPULAS and unbroken(c, c.end, i + 1, ",;:()")), None)
    if copula is None:
        return True
    after = [words[i] for i in range(copula + 1, min(c.last, copula + 1 + _COSTS_HARM_PAID_REACH))
             if unbroken(c, copula + 1, i + 1, ",;:()")]
    return not _costs_harm_named(after)


_COSTS_HARM_PAID = words("costs_harm_paid_words")


def _costs_harm_named(span: list[str]) -> bool:
    """The words name a harm and no care for it, and compare with nothing ("no more than the flu
    vaccines" compares prices)."""
    if any(w in _COSTS_CARE_WORDS or w.endswith(_COSTS_CARE_ENDINGS) or w in {"than", "as"} for w in span):
        return False
    return not _COSTS_HARM_PAID.isdisjoint(span)


RULES = registry(
    costs_not_in_a_title,
    costs_not_in_general,
    costs_not_a_saving_claimed,
    costs_not_of_a_placebo,
    costs_not_of_an_illness,
    costs_not_a_harm_paid,
    costs_of_an_option,
)
