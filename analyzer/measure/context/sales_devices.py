"""Sales devices: urgency, scarcity, free offers and celebrity or unnamed expert endorsement where
a page sells (FTC staff report "Bringing Dark Patterns to Light", 2022: false scarcity and
countdown urgency; FTC Health Products Compliance Guidance, 2022, and negative-option cases: free
trials and samples; FTC Endorsement Guides, 16 CFR 255.1-255.3: celebrity and expert endorsements;
FDA "6 tip-offs to rip-offs"), not the same words in a story that reports a real shortage, a free
sample someone received, or quotes a researcher.
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
# A page-selling match that is itself a free trial (free_offer_made judges those).
_FREE_TRIAL = pattern("sales_free_trial")
# "your", "our" before a free offer: the reader's or the seller's ("book your free consultation").
_OFFER_POSSESSIVES = words("sales_offer_possessives")
_OFFER_DETERMINERS = words("sales_offer_determiners")
# Imperative verbs that offer it ("Claim a free sample"), and the words they may follow ("you can book").
_OFFER_VERBS = words("sales_offer_verbs")
_OFFER_IMPERATIVE_AFTER = words("sales_offer_imperative_after")
# Verbs by which the writer's "we" gives it ("we offer free consultations").
_OFFER_GIVING = words("sales_offer_giving")
# Words after "free trial" that begin a longer device counted from "trial": "Trial Promotion Ends".
_TRIAL_CONTINUED = words("sales_trial_continued")


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
    it a game changer", "Many makeup artists on set recommend this", "Doctors Are Talking About
    This Serum" (round 25): an appeal to unnamed expert authority where the page sells (FTC
    Endorsement Guides, 16 CFR 255.3, expert endorsements; FDA "6 tip-offs to rip-offs"). The
    praise word stays a mention in the promotional family (attributed); the appeal is the device.

    Prevents a story's attribution counting ("scientists are calling it a breakthrough, though
    the trial was small", "we now need to recommend it" in a news report): a page that sells
    nothing endorses nothing.
    """
    return _sells(c.text)


def delivery_offered(c: Context) -> bool:
    """"Free shipping", "free delivery" are an offer where the page sells ("every order ships
    with free shipping"; FTC .com Disclosures 2013: a "free" offer and its conditions), not a
    story about a retailer or a health department that mails tests free of charge.

    Prevents a news report of someone else's offer counting as the page's sales device.
    """
    return _sells(c.text)


def free_offer_made(c: Context) -> bool:
    """"Free trial", "free samples", "free consultation" are an offer where the page makes it to
    the reader: the words before it make it the reader's or the seller's ("book your free
    consultation", "we send free samples", "Claim a free sample bottle"), or the page sells by more than the free trial it mentions (an order, a
    guarantee, shipping and handling; a testimonial's "the free trial was great" on such a page
    pushes the same offer).

    FTC Health Products Compliance Guidance (2022) and the FTC's negative-option ("free trial")
    cases: a free trial, sample or consultation offered to the consumer is an offer and its terms
    must be clear. Prevents a story's "she has since received free samples" or "doctors who accept
    free samples from drug makers" counting as the page's offer (round 25, a compliance reviewer),
    nor consumer advice: "if you are offered a free trial, read the fine print".
    Before a word that continues a longer device from "trial" ("Free Trial Promotion Ends") it
    gives way to that device: one device, one finding.
    """
    if c.word(c.end - 1) == "trial" and c.word(c.end) in _TRIAL_CONTINUED:
        return False  # "Free [Trial Promotion Ends]", "FREE [TRIAL bottles]": counted from "trial"
    return _offered_here(c) or _sells_beyond_trials(c.text)


def _offered_here(c: Context) -> bool:
    """The words just before the offer make it the page's: "your"/"our" ("book your free
    consultation"), an imperative offering verb ("Claim a free sample", "you can book a free
    consultation"), or "we" giving it ("we offer free consultations"); not "patients who get free
    samples", "before you accept free samples", "if you are offered a free trial"."""
    at = c.start - 1
    if c.word(at) in _OFFER_POSSESSIVES:
        return True
    if c.word(at) in _OFFER_DETERMINERS:
        at -= 1
    verb = c.word(at)
    if verb in _OFFER_GIVING:
        return c.word(at - 1) == "we"
    if verb not in _OFFER_VERBS:
        return False
    return c.back_to_break(at, ",;:") == at or c.word(at - 1) in _OFFER_IMPERATIVE_AFTER


@lru_cache(maxsize=8)
def _sells_beyond_trials(text: str) -> bool:
    """Whether the page sells by wording other than "free trial": a story about free-trial traps
    does not sell by naming its subject."""
    return any(not _FREE_TRIAL.fullmatch(m.group()) for m in _PAGE_SELLS.finditer(text))


def demand_scarcity_sold(c: Context) -> bool:
    """"Due to high demand", "this serum is in high demand" are false scarcity where the page
    sells ("ALERT: Due to high demand and limited stocks, this offer expires"), not a story's
    "nurses are in high demand" or "due to high demand, the vaccine ran short in May".

    FTC staff report "Bringing Dark Patterns to Light" (2022): claims of high demand and low
    stock (false scarcity) push a purchase. Prevents a reported demand counting: a page that
    sells nothing makes no scarcity claim of its own.
    """
    return _sells(c.text)


def endorser_credits_sold(c: Context) -> bool:
    """"Scarlett Johansson credits the product with her weight loss", "She Credits The Popular
    Combo For It": a celebrity or another person vouching for the product where the page sells
    (FTC Endorsement Guides, 16 CFR 255.0-255.1, 2023: an endorsement is any message a reader
    takes for the opinion of someone other than the seller; celebrity endorsements).

    Prevents a news story's "Burke credits the regimen with giving him an edge" or "the chef
    credits his years in the kitchen" counting: a page that sells nothing endorses nothing
    (round 25, a compliance reviewer).
    """
    return _sells(c.text)


# A request to book, call or order addressed to the reader, opening a clause ("Call us on ...",
# ", so call 555-0148", "Book online now"): the page offers what it says is scarce.
_BOOKING_ASKED = pattern("sales_booking_asked")
# How far either side of a scarcity claim the page's request to book is looked for: the sentence
# and its neighbours (a clinic page's "Call us ... or book online now. Limited appointments ...").
_BOOKING_REACH = 300
# Words after the scarce bookings that put them in a story's past: "limited appointments were available".
_SCARCITY_PAST = words("sales_scarcity_past")
# Words of the clause before a free offer that make it a condition or advice, not an offer made:
# "if your first visit is free", "check whether your screening is free".
_OFFER_CONDITIONS = words("sales_offer_conditions")
# Reporting words anywhere in a free offer's sentence that make it someone else's offer, reported:
# "The charity says your first session is free", "your first visit is free, the director said".
_OFFER_REPORTED = words("sales_offer_reported")
# Words of the seller's or the reader's voice that offer a crowd of customers as proof.
_CROWD_VOICE = words("sales_crowd_voice")


def booking_scarcity_offered(c: Context) -> bool:
    """"Limited appointments available this month", "Spots are filling fast", "only a few places
    left" are false scarcity where the page asks the reader to book what it says is scarce (a
    request to call, book, register or order near it: the sentence or its neighbours) or sells.

    FTC staff report "Bringing Dark Patterns to Light" (2022): false scarcity ("only a few left")
    and urgency push a purchase; FTC Health Products Compliance Guidance (2022). A new user's clinic
    page read "Limited appointments available this month" as availability only (round 26).
    Prevents a story's report counting: "vaccine appointments were limited", "limited appointments
    were available at the county clinic" (the past), or a report with no request to book.
    """
    if c.word(c.end) in _SCARCITY_PAST:
        return False
    near = c.text[max(0, c.match_start - _BOOKING_REACH):c.match_end + _BOOKING_REACH]
    return bool(_BOOKING_ASKED.search(near)) or _sells(c.text)


def free_offer_stated(c: Context) -> bool:
    """"Your first consultation is free!", "our assessments are always free", "get your first month
    free": a free offer said as a predicate of the reader's or the seller's service (FTC Health
    Products Compliance Guidance 2022 and FTC .com Disclosures 2013: a "free" offer and its terms;
    a new user's clinic page, round 26, where only "free consultation" as a noun phrase counted).

    Prevents a condition, a question or advice counting as an offer made: "if your first visit is
    free, ask what follow-ups cost", "Is your screening free?", "check whether your check-up is free";
    nor another's offer reported in a story (a reporting word in the sentence: "The charity says
    your first consultation is free", "your first visit is free, the director said"; round 26 mends).
    """
    if c.sentence.rstrip().endswith("?"):
        return False
    if _OFFER_REPORTED.intersection(c.tokens.words[c.first:c.start] + c.tokens.words[c.end:c.last]):
        return False
    clause = c.tokens.words[c.back_to_break(c.start, ",;:"):c.start]
    return not _OFFER_CONDITIONS.intersection(clause)


def crowd_proof_offered(c: Context) -> bool:
    """"Thousands of happy patients trust our clinic", "Join over 12,000 satisfied customers": a
    multitude of satisfied customers offered as proof, in the seller's or the reader's voice (a
    word of it in the sentence: "our", "we", "you", "join") or on a page that sells (FTC Health
    Products Compliance Guidance 2022; 16 CFR 255.2, consumer endorsements stand for typical
    results; round 26, a new user's clinic page).

    Prevents a story's crowd counting: "Thousands of satisfied customers sued the company",
    "thousands of happy patients later complained to regulators" (round 26 mends).
    """
    sentence = c.tokens.words[c.first:c.last]
    return bool(_CROWD_VOICE.intersection(sentence)) or _sells(c.text)


RULES = registry(limited_time_offer, scarcity_of_the_offer, expert_endorsement_sold, delivery_offered,
                 free_offer_made, demand_scarcity_sold, endorser_credits_sold, booking_scarcity_offered,
                 free_offer_stated, crowd_proof_offered)
