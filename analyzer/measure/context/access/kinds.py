"""A kind of option in general, not one option: a bare or determined plural of options said to be
available or approved, a plural sized by a quantifier, and prescription and over-the-counter
medicines named together, which cover every medicine.

Sources: HealthNewsReview.org criteria 6 and 7; Carlson 1977 (bare plurals refer to kinds)."""

from __future__ import annotations

from ..base import Context, words
from .on_offer import (
    _AVAILABILITY_CAUSATIVE, _AVAILABILITY_CLASS_NOUNS, _AVAILABILITY_ROUTE_AFTER, _channel_after, _plural, _plural_of_options,
)
from .available import _AVAILABILITY_PREDICATE_WORDS


_AVAILABILITY_KIND_LINKS = words("claims_relativizers")
_AVAILABILITY_KIND_DETERMINERS = words("availability_kind_determiners")
_AVAILABILITY_KIND_REACH = 3
# The cues predicated of what is had ("available", "approved", "on the market"); a stage ("in
# development"), a payer's cover or a use ("off label") is told of a kind as of one option.
_AVAILABILITY_KIND_CUES = frozenset({"available", "approved", "market"})
_AVAILABILITY_POSTPOSED_ADVERBS_AND_ALREADY = words("availability_postposed_adverbs_and_already")


def _kind_in_general(c: Context) -> bool:
    """The cue is said of a plural of options taken as a kind, not of one option: a bare plural
    ("effective treatments are available", "surgical procedures are available to repair it",
    "medications approved just six years ago are effective", "tools available for consumers don't
    work") or a definite plural restricted by a relative clause of the present ("the medications
    that are already available", "the drugs that are currently available"). A bare plural refers
    to the kind (Carlson 1977, reference to kinds), as a quantified one does
    (``availability_of_one_option``); "the X that are currently available" is the postposed form of
    "currently available X" (``_currently_available_kind``): the range of options a reader has,
    criterion 6's business (alternatives), not how the reader gets the page's option (criterion 7).

    Kept: a determiner or a possessive that picks out given options ("these tests become
    available", "the new therapies are approved", "the company's products are available"), "one
    of" before the plural, a route or place after the cue ("formulations available in
    dispensaries", "available by prescription": how the kind is sold is access), and a sentence
    that names the page's intervention. Round 13b: availability's commonest wrong code,
    ``not_intervention``, was most often a class of options in general."""
    if c.word(c.end - 1) not in _AVAILABILITY_KIND_CUES:
        return False
    index = c.start - 1
    links = 0
    while (index >= c.first and (c.word(index) in _AVAILABILITY_PREDICATE_WORDS or c.word(index) in _AVAILABILITY_KIND_LINKS)
           and not c.marks_before(index + 1, ",;:()")):
        links += c.word(index) in _AVAILABILITY_KIND_LINKS
        index -= 1
    if index < c.first or c.marks_before(index + 1, ",;:()"):
        return False
    if not _plural_of_options(c.word(index)):
        return False
    if c.word(c.end) in _AVAILABILITY_ROUTE_AFTER or _channel_after(c):
        return False
    back: list[str] = []
    at = index - 1
    while at >= max(c.first, index - _AVAILABILITY_KIND_REACH) and not c.marks_before(at + 1, ",;:()"):
        back.insert(0, c.word(at))
        at -= 1
    if any(a == "one" and b == "of" for a, b in zip(back, back[1:])) or not _AVAILABILITY_CAUSATIVE.isdisjoint(back):
        return False  # "one of the few products on the market"; "to make supplements available": the offer
    determined = [w for w in back if w in _AVAILABILITY_KIND_DETERMINERS or w.endswith(("'s", "\u2019s"))]
    if determined:
        present = set(c.tokens.words[index + 1:c.start]) & _AVAILABILITY_POSTPOSED_ADVERBS_AND_ALREADY
        if not (determined == ["the"] and links and present):
            return False
    return not c.interventions.names_intervention(c.first, c.last)


_AVAILABILITY_ROUTE_WORDS = frozenset({"prescription", "counter", "nonprescription"})
_AVAILABILITY_GENERIC_MEDICINES = words("availability_generic_medicines")
_AVAILABILITY_BOTH_ROUTES_REACH = 8


def _both_routes_of_medicines(c: Context) -> bool:
    """"Prescription" and "over the counter" (or "nonprescription") joined by "and"/"or" beside a
    generic plural of medicines: "all the medicines you take, including prescription and
    over-the-counter medicines", "received medications, both over the counter and prescription",
    "weight-loss medications available over the counter or by prescription". The two routes
    together cover every medicine (a merism: the pair names the whole range), so the phrase tells
    which medicines are meant, not how a reader gets the page's option (HealthNewsReview.org
    criterion 7). A drug label's stock advice to tell the doctor about all medicines is the
    commonest case. Kept: a named option in reach ("Advil is sold over the counter and by
    prescription"), a plural that is no generic word for medicines ("both prescription and
    nonprescription NSAIDs": the access of that class), and a plural a determiner picks out ("the drugs are sold over the counter and by
    prescription"). Round 13b: five wrong dev findings, none right."""
    cue = c.word(c.end - 1)
    if cue not in _AVAILABILITY_ROUTE_WORDS:
        return False
    lo, hi = c.start, c.end
    while lo > max(c.first, c.start - _AVAILABILITY_BOTH_ROUTES_REACH) and not c.marks_before(lo, ";:()"):
        lo -= 1
    while hi < min(c.last, c.end + _AVAILABILITY_BOTH_ROUTES_REACH) and not c.marks_before(hi, ";:()"):
        hi += 1
    window = c.tokens.words[lo:hi]
    others = [w for w in window if w in _AVAILABILITY_ROUTE_WORDS and w != cue]
    if not others or not ({"and", "or"} & set(window)):
        return False
    if not any(w in _AVAILABILITY_GENERIC_MEDICINES and not _given_plural(c, lo, lo + i) for i, w in enumerate(window)):
        return False
    iv = c.interventions
    return not (iv and iv.named(lo, hi))


_AVAILABILITY_GIVEN_DETERMINERS = words("availability_given_plural_determiners")


def _given_plural(c: Context, lo: int, at: int) -> bool:
    """A determiner picks out the plural at token ``at`` ("the drugs", "their medicines"); not the
    "the" of "over the counter", nor a partitive ("any of the drugs" sizes the kind)."""
    before = c.tokens.words[max(lo, at - 3):at]
    picked = [i for i, w in enumerate(before) if w in _AVAILABILITY_GIVEN_DETERMINERS
              and not (w == "the" and i and before[i - 1] == "over")]
    return bool(picked) and "of" not in c.tokens.words[max(lo, at - 5):at]


_AVAILABILITY_CLASS_SPAN = 5


def _sizes_a_class(clause: list[str], i: int) -> bool:
    """The quantifier at ``clause[i]`` heads a noun phrase whose head is an option noun: the first
    option noun or other plural within reach decides ("a few years until the treatment": the
    years are sized, not the treatment). "One of the few products", "one of many supplements"
    pick one member of the class: the sentence is about it, so that does not count as a class.
    An option noun that modifies a plural head ("all the drug costs") sizes that head, not options."""
    if i and clause[i - 1] in {"the", "of"}:
        return False
    for at in range(i + 1, min(len(clause), i + 1 + _AVAILABILITY_CLASS_SPAN)):
        w = clause[at]
        if w in _AVAILABILITY_CLASS_NOUNS:
            # "all the drug costs": the option noun only modifies the plural that heads the phrase
            following = clause[at + 1] if at + 1 < len(clause) else ""
            return not (_plural(following) and following not in _AVAILABILITY_CLASS_NOUNS)
        if _plural(w):
            return False
    return False
