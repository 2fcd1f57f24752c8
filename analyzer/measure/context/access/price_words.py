"""Price words, rates, fees and payments said of care: "expensive" or "costly" of a treatment (not
a disparaging epithet, hyperbole, money wasted or an illness), "per dose" beside money, a fee not
paid to an author or adviser, "paid for" by a patient or payer, not by a grant.

Sources: HealthNewsReview.org criteria 1 and 9; ICMJE disclosure form; Rice 1967 (cost of illness);
Quirk et al. 1985, 17.65 (apposition)."""

from __future__ import annotations

import re

from ..base import Context, pattern, registry, words
from .available import _COPULAS
from .prices import _COSTS_MONEY_NEAR, _DETERMINERS, _FIGURE, _WASTED, cost_to_a_payer


# Hyperbole that rates a price rather than states it: "ridiculously expensive", "ridiculous prices".
_HYPERBOLE = words("cost_hyperbole")
# Words after "expensive" that make it predicative or comparative: "expensive than", "expensive to
# produce", "expensive, and"; anything else after it is the noun it qualifies.
_NOT_A_NOUN = words("not_a_noun")
_DEGREE = words("degree")
_EVALUATIVE_COST = words("evaluative_cost")
_COST_INTENSIFIERS = words("cost_intensifiers")


def price_stated(c: Context) -> bool:
    """An evaluative cost word ("expensive", "costly", "prices") discloses a cost when it is said
    of a treatment ("biologic therapies are expensive", "more expensive than other injectables",
    "This is a very expensive drug", "an expensive examination that costs $500"); not as a
    disparaging epithet for a class of other products ("don't spend your money on expensive
    department store creams", "ditching their expensive Botox treatments"), in a concession ("no
    matter how expensive the product"), in hyperbole ("ridiculously expensive"), of money
    wasted ("throwing away thousands of dollars on expensive creams") or of a sum spent on nothing
    named ("you don't need to spend thousands of dollars to look great").

    Prevents advertorials' rhetorical costs counting as costs disclosed (HealthNewsReview.org
    criterion 1: what the intervention costs; an ad's contempt for the rival's price says nothing
    of it).
    """
    words = c.tokens.words
    before = words[max(c.first, c.start - 4):c.start]
    if not _HYPERBOLE.isdisjoint(before + [c.word(c.end)]) or before[-3:] == ["no", "matter", "how"]:
        return False
    if not _WASTED.isdisjoint(c.before(6)):  # "throwing away thousands of dollars on ..."
        return False
    if not cost_to_a_payer(c):
        return False
    if c.word(c.start) == "dollars":
        return not _money_spent_on_nothing(c)
    if c.word(c.start) not in _EVALUATIVE_COST:
        return True
    qualifies_a_noun = c.end < c.last and c.word(c.end) not in _NOT_A_NOUN and c.gap_before(c.end).isspace()
    if qualifies_a_noun and _costs_of_an_illness(c):
        return False
    # "an expensive examination", "the costly new PET scans", a headline's "Costly New Drug": one
    # thing named; a bare class ("expensive department store creams") is the ad's rival
    lead = c.start - 1
    while lead > c.first and c.word(lead) in _COST_INTENSIFIERS:
        lead -= 1  # "a very expensive drug", "is extremely expensive"
    one_thing = lead < c.first or c.at_sentence_start or c.word(lead) in _DETERMINERS | _COPULAS
    comparative = not _DEGREE.isdisjoint(before[-2:])  # "far more expensive treatments"
    return not qualifies_a_noun or one_thing or comparative or bool(
        _FIGURE.search(c.text, c.sentence_start, c.sentence_end))


# Verbs of spending or saving money: "spend thousands of dollars", "save you thousands of dollars".
_SPENDING = words("spending")
# Words after a sum that say what it buys: "for the treatment", "on tests", "a month", "per dose".
_BUYS = words("buys")


def _money_spent_on_nothing(c: Context) -> bool:
    """"You don't need to spend thousands of dollars to look great", "I spent thousands and
    thousands of dollars looking": a sum spent or saved on nothing named is rhetoric about money,
    not the price of anything ("spent several hundred dollars more on tests" names what it buys)."""
    if _SPENDING.isdisjoint(c.before(6)):
        return False
    rest = c.rest_of_sentence
    following = re.split(r"[,;:]", rest, maxsplit=1)[0].lower().split()
    return not any(w.strip(".!?") in _BUYS for w in following)


_COSTS_ILLNESS_NOUNS = words("costs_illness_nouns")


def _costs_of_an_illness(c: Context) -> bool:
    """An evaluative cost word that qualifies a disease or its complication ("the most expensive
    hospital-acquired infection", "a costly complication"): the cost of illness (Rice 1967), not
    the price of the intervention."""
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    return not _COSTS_ILLNESS_NOUNS.isdisjoint(following)


def costs_rate_priced(c: Context) -> bool:
    """A rate ("per month", "per dose", "per session") is a price only beside money or a price word
    in its sentence ("$400 per session", "costs about $100 per dose"), not in "migraine days per
    month" or "one gram of sodium per dose".

    Prevents units of a dose or an outcome counting as costs disclosed (HealthNewsReview.org
    criterion 1: what the intervention costs).
    """
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    return bool(_COSTS_MONEY_NEAR.search(sentence)) and cost_to_a_payer(c)


_COSTS_INTEREST_FEES = words("costs_interest_fees")
_COSTS_INTEREST_FEES_NEAR = pattern("costs_interest_fees_near")


def costs_fee_charged(c: Context) -> bool:
    """A fee is a price unless it is paid to an author or an adviser ("speaking fees", "consulting
    fees"): that is a conflict of interest, and the funding family names it.

    Prevents disclosed payments to researchers counting as the cost of the intervention
    (HealthNewsReview.org criterion 1 vs criterion 9; ICMJE disclosure form).
    """
    if _COSTS_INTEREST_FEES_NEAR.search(c.text, c.sentence_start, c.sentence_end):
        return False  # "grants, fees, or honoraria from", "receives fees from the company"
    if c.text.startswith(("-for-service", " for service", "-for service"), c.match_end):
        return False  # "a fee-for-service system": a payment model (round 8), no price of anything
    return c.word(c.start - 1) not in _COSTS_INTEREST_FEES and cost_to_a_payer(c)


_RESEARCH_PAID_BEFORE = pattern("costs_research_paid_before")
_RESEARCH_PAID_AFTER = pattern("costs_research_paid_after")


def costs_paid_for_care(c: Context) -> bool:
    """"Paid for", "pay for" tell a cost when a patient or payer pays for care ("paid for by
    insurance", "agreed to pay for the test"), not when a study is paid for by a grant ("the
    current study was paid for by a grant from the FDA's orphan drug program"): that is funding
    (ICMJE disclosure; HealthNewsReview.org criterion 9), not the intervention's price.

    A comma may set the funder off after the trial's name ("the trial of ipilimumab, paid for by
    Bristol-Myers, involved 502 patients": round 10, a non-restrictive apposition, Quirk et al.
    1985, 17.65).

    Round 14: nor when a funder pays for the study itself ("the company paid for the two small
    studies", "the institute paid for most of the study"), when a source's travel or meals are paid
    for ("his travel paid for by the maker": a conflict of interest, criterion 6), or when a person
    gets paid for work ("would get paid for playing video games": pay, not a price).

    Prevents research funding counting as costs disclosed (HealthNewsReview.org criterion 1).
    """
    before = c.text_before(50)
    if _RESEARCH_PAID_BEFORE.search(before) or _RESEARCH_PAID_AFTER.match(c.text, c.match_end, c.sentence_end):
        return False
    return cost_to_a_payer(c)


RULES = registry(
    price_stated,
    costs_rate_priced,
    costs_fee_charged,
    costs_paid_for_care,
)
