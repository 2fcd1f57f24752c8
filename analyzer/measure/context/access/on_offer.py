"""What the availability rules read around a cue, shared by several phenomena: the options a reader
already has, named before or after the cue ("available treatment options", "currently available
antidepressants", "the antibiotics now available", "the vaccines that are currently available"); a
word that sets an option apart from the page's ("the only other approved treatment", "approved
another alternative"); a channel of sale named after the cue; and the word lists more than one
module reads.

Sources: HealthNewsReview.org criteria 6 (alternatives) and 7 (availability); Quirk et al. 1985
(7.21, postposed adjectives; 17.3 and 17.13, restrictive relatives); Carlson 1977 (reference to
kinds); guide.md's settled conventions (a channel named is access even inside a boast)."""

from __future__ import annotations

from ..base import Context, _words_back, words


_OPTION_NOUNS = words("availability_option_nouns")


def _existing_options(c: Context) -> bool:
    """Attributive "available" before a plural of options ("available treatment options",
    "currently available treatments", "no approved, available pharmacological options"): the
    options a reader has today, named to set the intervention against them."""
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    return bool(following) and (following[0] in _OPTION_NOUNS or (
        len(following) > 1 and following[1] in _OPTION_NOUNS and c.gap_before(c.end).isspace()))


_AVAILABILITY_PRESENT_ADVERBS = words("availability_present_adverbs")


def _currently_available_kind(c: Context) -> bool:
    """"Currently available" before a plural ("all currently available antidepressants"): the kinds
    a reader can have today, named to set the intervention against them (round 7; a
    generalisation of ``_existing_options`` beyond its list of option nouns). Round 13: also
    "currently approved antidepressants", "commercially available antidepressants" (an adverb of
    the present or of trade before the attributive cue; a footnote's digit after the plural, as in
    "antidepressants1", does not hide it). "The drug is currently available in Europe" and
    "resveratrol supplements currently available over the counter" (the page's own product, after
    its noun) stay."""
    if c.word(c.start - 1) not in _AVAILABILITY_PRESENT_ADVERBS:
        return False
    return _plural_kind_at(c, c.end)


def _plural_kind_at(c: Context, index: int) -> bool:
    """Token ``index`` is a plural noun right after the cue, a space between ("available
    antidepressants"), a footnote's digit after it allowed ("antidepressants1")."""
    return index < c.last and c.gap_before(index).isspace() and _plural(c.word(index).rstrip("0123456789"))


_AVAILABILITY_NOT_PLURALS = words("availability_not_plurals")


def _plural(word: str) -> bool:
    """A plural noun by its ending ("antidepressants", "creams"), so unlisted kinds of option are
    seen too; not "-ss" or "-us" words ("access", "stimulus") nor the listed function words and
    adverbs ending in "s" ("across", "overseas": "available across Europe" is the product's
    access)."""
    return word.endswith("s") and not word.endswith(("ss", "us")) and word not in _AVAILABILITY_NOT_PLURALS


_AVAILABILITY_POSTPOSED_ADVERBS = words("availability_postposed_adverbs")
_AVAILABILITY_CAUSATIVE = words("availability_causative")
_AVAILABILITY_ROUTE_AFTER = words("availability_route_after")
_AVAILABILITY_CLASS_NOUNS = words("availability_class_nouns")


def _options_on_offer(c: Context) -> bool:
    """"Available" or "on the market" placed right after a plural of options, with no verb between:
    "the antibiotics now available", "the screening tests currently available", "the treatments
    available don't always help", "resistance to antibiotics on the market". A postpositive
    adjective after a bare plural restricts a kind, the range of options a reader has today
    (Quirk et al. 1985, 7.21, postposed adjectives; Carlson 1977, reference to kinds):
    the alternatives' landscape (HealthNewsReview.org criterion 6), not how to get the intervention
    (criterion 7). The mirror of ``_existing_options`` ("available treatments"). A copula keeps
    the cue ("the pills are available online": predicative, of the product named), and so do a
    route or place after it ("resveratrol supplements currently available over the counter", "the
    tests now available in Europe": how and where the kind is sold is access) and "one of"
    before it ("one of the few products on the market": the sentence is about that one), and a
    causative verb ("to make risk-reducing supplements available": the offer of the intervention)."""
    index = c.start - 1
    while index >= c.first and c.word(index) in _AVAILABILITY_POSTPOSED_ADVERBS:
        index -= 1
    if index < c.first or not all(c.gap_before(i).isspace() for i in range(index + 1, c.start + 1)):
        return False
    if not _plural_of_options(c.word(index)):
        return False
    if c.word(c.end) in _AVAILABILITY_ROUTE_AFTER:
        return False
    back = c.tokens.words[max(c.first, index - 4):index]
    if not _AVAILABILITY_CAUSATIVE.isdisjoint(back):
        return False  # "make risk-reducing supplements available": a complement, the intervention offered
    return not any(a == "one" and b == "of" for a, b in zip(back, back[1:]))


def _plural_of_options(word: str) -> bool:
    """A plural that names options: a listed option noun ("treatments", "tests") or a plural kind
    of option ("vaccines", "antidepressants")."""
    return word in _OPTION_NOUNS or (word in _AVAILABILITY_CLASS_NOUNS and _plural(word))


_AVAILABILITY_PLURAL_COPULAS = words("availability_plural_copulas")
_AVAILABILITY_RELATIVE_REACH = 3


def _kind_restricted_by_relative(c: Context) -> bool:
    """"Available" or "on the market" as the predicate of a restrictive "that"-clause after a bare
    plural: "the HPV vaccines that are currently available", "the more options that are available
    to patients", "to extend the range of drugs that are available by patches". A restrictive
    relative clause does the work of a postposed adjective (Quirk et al. 1985, 17.3 and 17.13 on
    restrictive relatives; 7.21): "vaccines that are currently available" is "the vaccines
    currently available", the range of a kind on offer today that ``_options_on_offer`` reads, the
    alternatives' landscape (HealthNewsReview.org criterion 6), not how to get the page's option
    (criterion 7). The head must be a plural of a kind of option, the nouns ``_options_on_offer``
    reads ("the wellness services that are available to patients" names the offer itself and
    stays), the copula agreeing with it ("are", "were"), with no comma before "that" (a
    non-restrictive "which" clause, "the existing devices, which are available commercially",
    tells of the things named and stays); a noun phrase naming the page's intervention ("the HPV
    vaccines that are currently available" on a page about them) stays, and so does one after a
    causative verb ("to make drugs that are ...").

    Prevents the existing options of a kind counting as the intervention's access (the dev
    audit's ``not_intervention`` code, round 18: four wrong findings in four documents)."""
    index = c.start - 1
    while index >= c.first and c.word(index) in _AVAILABILITY_POSTPOSED_ADVERBS:
        index -= 1
    if c.word(index) not in _AVAILABILITY_PLURAL_COPULAS or c.word(index - 1) != "that":
        return False
    noun = index - 2
    if noun < c.first or not all(c.gap_before(i).isspace() for i in range(noun + 1, c.start + 1)):
        return False
    word = c.word(noun)
    if not (_plural(word) and (word in _OPTION_NOUNS or word in _AVAILABILITY_CLASS_NOUNS)):
        return False
    head = max(c.first, noun - _AVAILABILITY_RELATIVE_REACH)
    if not _AVAILABILITY_CAUSATIVE.isdisjoint(c.tokens.words[head:noun]):
        return False
    return not c.interventions.names_intervention(head, noun + 1)


_OTHER_OPTION = words("availability_other_option")
_SET_APART_REACH = 5


def _set_apart(c: Context) -> bool:
    """A word shortly before the cue, in its clause, that sets its object apart from the page's
    intervention: "the only other approved treatment", "a rival medicine that just came on the
    market", "the usual over-the-counter pain relievers", "there's nothing available". ("Unlike
    other drugs, it is sold over the counter": the comma closes the other option's clause.)"""
    return not _OTHER_OPTION.isdisjoint(_words_back(c, _SET_APART_REACH, ",;:"))


_AVAILABILITY_OBJECT_APART = words("availability_object_apart")
_AVAILABILITY_ARTICLES = words("availability_articles")


def _availability_object_set_apart(c: Context, skip: int = 0) -> bool:
    """The approval's object, right after the verb, is set apart from the intervention ("approved
    another alternative to Coumadin", "approved the first warfarin rival", "approved other
    drugs"): a rival's approval is the landscape of options (criterion 6), not the intervention's
    access. ``skip``: words between the cue and the verb ("FDA approved")."""
    following = c.tokens.words[c.end + skip:min(c.last, c.end + skip + 4)]
    if not following:
        return False
    if following[0] in _AVAILABILITY_OBJECT_APART:
        return True
    return following[0] in _AVAILABILITY_ARTICLES and not _AVAILABILITY_OBJECT_APART.isdisjoint(following[1:])


_AVAILABILITY_CHANNELS = words("availability_channels")


def _channel_after(c: Context) -> bool:
    """A channel named after the cue, in its sentence: "sold over the counter at pharmacies",
    "available in retail stores". Where and how a reader buys the product is access even inside a
    boast (guide.md, settled conventions, round 11)."""
    return not _AVAILABILITY_CHANNELS.isdisjoint(c.tokens.words[c.end:c.last])
