"""Sales devices: urgency, scarcity and unnamed expert endorsement where a page sells (FTC staff
report "Bringing Dark Patterns to Light", 2022: false scarcity and countdown urgency; FTC
Endorsement Guides, 16 CFR 255.3: expert endorsements; FDA "6 tip-offs to rip-offs"), not the
same words in a story that reports a real shortage or quotes a researcher.
"""

from __future__ import annotations

from functools import lru_cache

from .base import Context, pattern, registry, words

# Words after "limited time" that make it an offer's bound: "Limited Time Offer", "only".
_OFFER_WORDS = words("sales_offer_words")
# Words that may stand before a seller's stock noun and keep it the seller's: "our", "free".
_STOCK_OPENERS = words("sales_stock_openers")
# Words after "running out", "running low" that tie the shortage to a place or a thing: a story's
# shortage ("supplies are running low at hospitals", "running out of beds").
_SHORTAGE_TIES = words("sales_shortage_ties")
# Wording that makes the page a sales page: an order, a price per unit, a trial, a guarantee.
_PAGE_SELLS = pattern("sales_page_sells")


def limited_time_offer(c: Context) -> bool:
    """"Limited time" is countdown urgency where it bounds an offer ("For a limited time, get a
    month free", "Limited Time Offer For Our Readers"), not a patient's prognosis ("patients
    with a limited time to live") or any time that is short.

    FTC staff report "Bringing Dark Patterns to Light" (2022): countdown urgency is a pressure
    device, not a response mechanism; the page's order or sign-up, not its deadline, is the call
    to action. Prevents the literal sense counting. At a sentence's start the phrase is the offer's
    banner when it stands alone ("Limited time!", "Limited time: two tubs for one"), is written in
    title case ("Limited Time For Our Readers") or the page sells; not a subject of prose ("Limited
    time with loved ones can worsen depression", "Limited time outdoors is linked to myopia":
    round 24).
    """
    if c.before(2) == ["for", "a"] or c.word(c.end) in _OFFER_WORDS:
        return True
    if not c.at_sentence_start or c.word(c.end) == "to":
        return False
    banner = not c.word(c.end) or c.marks_before(c.end, ",;:!.?()-\u2013\u2014") or c.surface(c.end - 1)[:1].isupper()
    return banner or _sells(c.text)


@lru_cache(maxsize=8)
def _sells(text: str) -> bool:
    return bool(_PAGE_SELLS.search(text))


def _stock_opens_clause(c: Context) -> bool:
    """The stock noun opens its clause, alone or after "our", "free", "hurry": the seller's
    stock, not "the vaccine supply" or "blood supplies" of a story."""
    at = c.start - 1
    while at >= c.first and c.word(at) in _STOCK_OPENERS and not c.marks_before(at + 1, ",;:()!-"):
        at -= 1
    return at < c.first or c.marks_before(at + 1, ",;:()!.-\u2013\u2014")


def scarcity_of_the_offer(c: Context) -> bool:
    """"Supplies are running out fast", "free bottles running out", "stock is selling out" are
    false scarcity where a sales page says them of its own stock: the stock noun opens its
    clause, the shortage is tied to no place or thing, and the page sells.

    FTC staff report "Bringing Dark Patterns to Light" (2022): false scarcity ("only a few left",
    "selling out fast") pushes a purchase. Prevents a reported shortage counting: "hospitals are
    running out of beds", "the vaccine supply is running low in three counties", "blood supplies
    are running low" (a shortage reported is not an ad device).
    """
    if c.word(c.end) in _SHORTAGE_TIES:
        return False
    return _stock_opens_clause(c) and _sells(c.text)


def expert_endorsement_sold(c: Context) -> bool:
    """"Doctors call it a breakthrough", "experts say it is a miracle", "scientists are calling
    it a game changer": an appeal to unnamed expert authority where the page sells (FTC
    Endorsement Guides, 16 CFR 255.3, expert endorsements; FDA "6 tip-offs to rip-offs"). The
    praise word stays a mention in the promotional family (attributed); the appeal is the device.

    Prevents a story's attribution counting ("scientists are calling it a breakthrough, though
    the trial was small" in a news report): a page that sells nothing endorses nothing.
    """
    return _sells(c.text)


def delivery_offered(c: Context) -> bool:
    """"Free shipping", "free delivery" are an offer where the page sells ("every order ships
    with free shipping"; FTC .com Disclosures 2013: a "free" offer and its conditions), not a
    story about a retailer or a health department that mails tests free of charge.

    Prevents a news report of someone else's offer counting as the page's sales device.
    """
    return _sells(c.text)


RULES = registry(limited_time_offer, scarcity_of_the_offer, expert_endorsement_sold, delivery_offered)
