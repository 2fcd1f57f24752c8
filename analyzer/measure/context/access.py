"""Costs and availability (HealthNewsReview.org criteria): a price a reader or payer pays for the
intervention, not the disease's economic burden or a rhetorical cost; a stage, licence, launch or access
route of the intervention, not a trial named as past evidence or data that is "available".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..intervention import Interventions
from .base import Context, _drop, _words_back, capitalised, not_in_a_name, pattern, unbroken, words, registry


_SUPERLATIVE = words("superlative")
_NOT_THE_INTERVENTION = words("not_the_intervention")


def available_intervention(c: Context) -> bool:
    """"Available", "on the market" tell a reader how to get the intervention; not in "results
    would not be available", "available online at", "the figures are available at https://...",
    or in a superlative ("the purest extract on
    the market", "the best cream available anywhere"), which rates rather than tells access.
    Nor of the range of options already on offer ("currently available treatments", "any other
    available assay", "nothing available has been approved"): that is the alternatives'
    landscape (criterion 6), not how to get the intervention.

    Prevents data, documents, sales superlatives and existing options counting as availability
    disclosed (HealthNewsReview.org criterion 7).
    """
    window = c.before(6)
    if any(w in _SUPERLATIVE or (w.endswith("est") and len(w) > 5) for w in window) and not _channel_after(c):
        return False
    if _rated_against_the_market(c) or _ranked_in_the_market(c):
        return False
    if _existing_options(c) or _set_apart(c) or _currently_available_kind(c) or _options_on_offer(c):
        return False
    if _kind_restricted_by_relative(c):
        return False
    if _available_before_a_noun(c):
        return False
    if _availability_to_the_body(c) or _availability_of_people(c) or _had_at_hand(c):
        return False
    if _material_made_available(c) or _available_to_a_new_referent(c):
        return False
    nearby = set(c.before(4)) | set(c.tokens.words[c.end:min(c.last, c.end + 2)])
    # a press office's "Dr. X is available for interviews", "the studio is available to media":
    # the contact block addresses journalists (round 4: two of 200 dev findings)
    press = _PRESS_CONTACT.search(c.text, c.sentence_start, c.sentence_end)
    return not (nearby & _NOT_THE_INTERVENTION or press) and not _WEB_ADDRESS_AFTER.match(c.text, c.match_end)


_COPULA_RUN = words("availability_copula_run")
_AVAILABILITY_COPULAS = words("availability_copulas")
_NEW_REFERENT_DETERMINERS = words("availability_new_referent_determiners")
_BARE_PLURAL_OPENERS = words("availability_bare_plural_openers")
_DEFINITE = words("availability_given_determiners")
_SUBJECT_PRONOUNS = words("availability_subject_pronouns")


def _available_to_a_new_referent(c: Context) -> bool:
    """"Available" whose subject is introduced as a new referent, on a page with an identified
    option that its clause does not name: an indefinite noun phrase ("a nasal spray is available,
    as is an injection", "no further treatments were available", "when or if one will become
    available") or a bare plural opening its clause ("but generics are available", "this is why
    surgical procedures are available"). A page refers back to its own option as given
    information, by name, pronoun or definite noun phrase ("it", "the drug", "the device"); an
    indefinite subject brings in a new one (the given/new distinction: Chafe 1976, Prince 1981),
    so the sentence tells another option's access, not the intervention's (HealthNewsReview.org
    criterion 7 asks about the intervention's; round 29: wrong "available" findings on rivals).
    """
    iv = c.interventions
    if not iv:
        return False
    j = c.start - 1
    copula = False
    while j >= c.first and c.word(j) in _COPULA_RUN and not c.marks_before(j + 1, ",;:"):
        copula = copula or c.word(j) in _AVAILABILITY_COPULAS
        j -= 1
    if not copula or j < c.first or c.marks_before(j + 1, ",;:"):
        return False
    begin = c.back_to_break(j + 1, ",;:")
    stop = c.on_to_break(c.end, ",;:")
    if iv.names_intervention(begin, stop):
        return False
    head = c.word(j)
    if head in _SUBJECT_PRONOUNS or head in _NEW_REFERENT_DETERMINERS:  # given: "for a time it was"
        return False
    if head == "one":  # the pronoun "one": "when or if one will become available"
        return j == begin or c.word(j - 1) in _BARE_PLURAL_OPENERS
    k = j  # back over the head's premodifiers (at most three) to the word before the noun phrase
    while k > begin and j - k < 3 and c.word(k - 1) not in _NEW_REFERENT_DETERMINERS | _BARE_PLURAL_OPENERS \
            and c.word(k - 1).isalpha() and c.word(k - 1) not in _DEFINITE:
        k -= 1
    before = c.word(k - 1) if k > begin else ""
    if before in _NEW_REFERENT_DETERMINERS:
        return True
    # a plural noun, not a name ending in "s" ("Elias will be available")
    plural = head.endswith("s") and not head.endswith("ss") and head.isalpha() and not (j > c.first and capitalised(c.surface(j)))
    return plural and (k == begin or before in _BARE_PLURAL_OPENERS)


_AVAILABILITY_MATERIAL = words("availability_material_subject")
_AVAILABILITY_MATERIAL_OPENERS = words("availability_material_clause_openers")


def _material_made_available(c: Context) -> bool:
    """"Available" whose clause is about material a release or story offers its readers: a
    document, a recording or a web tool ("the authors' disclosures are available in the study",
    "video clips with the researchers will be added to the release link as available", "an online
    risk calculator (available here: ...)"). The clause, back to its first comma, semicolon or
    colon, names the material as what is available; it points a reader to sources, the release's
    boilerplate (AP Stylebook and EurekAlert! release conventions: "Available at"/"available here"
    lines cite a resource), not how a reader gets the intervention (HealthNewsReview.org criterion 7).

    Extends the four-word ``not_the_intervention`` window to the whole clause (from its last
    subordinator: "the site will be updated as UVA prepares to make the treatment available" keeps)
    for nouns of material only (findings and research are left out: "research shows the drug is now available" keeps).
    Round 28: the dev audit's ``literal_sense`` code, the largest group (11 of 43) being "available".
    """
    words = c.tokens.words
    begin = c.back_to_break(c.start, ",;:")
    # an opener right before the cue is elliptical ("added as available"); one further back opens
    # another clause, whose subject is its own ("as UVA prepares to make the treatment available")
    for index in range(c.start - 2, begin - 1, -1):
        if words[index] in _AVAILABILITY_MATERIAL_OPENERS:
            begin = index + 1
            break
    return any(w in _AVAILABILITY_MATERIAL for w in words[begin:c.start])


_AVAILABILITY_RATING_REACH = 12
_AVAILABILITY_STANDARD_WORDS = words("availability_comparison_standard")
_AVAILABILITY_CLAUSE_VERBS = frozenset({"that", "which", "who", "because", "so"})


def _rated_against_the_market(c: Context) -> bool:
    """The market is the standard a product is rated against, not where a reader gets it: a
    superlative heading a longer noun phrase ("one of the most concentrated and purest forms of
    organic Garcinia on the market") or a comparison's standard ("much less expensive than any of
    the weight-loss medications available over the counter", "works better than anything else on
    the market"). A superlative or comparative construction ranks its head among a set (Quirk et
    al. 1985, 7.74-7.83: the standard of comparison), as the held-out labels' superlative code
    says. A verb or a relative word between the rating and the cue ends the noun phrase: "the most
    important part is that it is finally available nationwide" keeps it."""
    back = _words_back(c, _AVAILABILITY_RATING_REACH, ",;:")
    for i in range(len(back) - 1, -1, -1):
        w = back[i]
        if w in _COPULAS or w in _AVAILABILITY_CLAUSE_VERBS:
            return False
        if (w in _SUPERLATIVE and w != "only") or (w.endswith("est") and len(w) > 5):
            return True  # "the only FDA-approved test currently on the market" states access
        if w == "than" and i + 1 < len(back) and back[i + 1] in _AVAILABILITY_STANDARD_WORDS:
            return True
    return False


_AVAILABILITY_RANKING = words("availability_ranking_determiners")
_AVAILABILITY_CHANNELS = words("availability_channels")
_AVAILABILITY_RANKING_REACH = 8


def _ranked_in_the_market(c: Context) -> bool:
    """"On the market" or "available" as the field a determiner of rank ranges over: "the first
    product on the market that includes this blend", "one of the few products on the market that
    had vitamin C", "Provenge is just the first cancer immunotherapy on the market", "the only
    serum available with real retinol". "The first", "the only", "the few" single their head out
    of a set, and the cue names that set (Quirk et al. 1985, 5.72-5.73 on "first", "only" and
    "few" as determiners of rank and quantity; 7.74-7.83, the standard of comparison, which
    ``_rated_against_the_market`` reads for superlatives): the phrase tells how the product
    ranks, not where or whether a reader can get it (round 11: the dev labels' ``superlative``
    code, guide.md's settled convention). The ranking word must follow "the" (or "its"), so the
    adverb in "since they first came on the market" and "was first approved" is not read as one;
    a copula or a relative word between them ends the noun phrase ("the first doses of the
    vaccine were available"). A channel named after the cue keeps it, as the convention says
    ("the only FDA-approved home test currently on the market and available in retail stores")."""
    back = _words_back(c, _AVAILABILITY_RANKING_REACH, ",;:()")
    ranked = False
    for i in range(len(back) - 1, 0, -1):
        w = back[i]
        if w in _COPULAS or w in _AVAILABILITY_CLAUSE_VERBS:
            return False
        if w in _AVAILABILITY_RANKING and back[i - 1] in _AVAILABILITY_RANK_ARTICLES:
            ranked = True
            break
    if not ranked:
        return False
    return not _channel_after(c)


def _channel_after(c: Context) -> bool:
    """A channel named after the cue, in its sentence: "sold over the counter at pharmacies",
    "available in retail stores". Where and how a reader buys the product is access even inside a
    boast (guide.md, settled conventions, round 11)."""
    return any(w in _AVAILABILITY_CHANNELS for w in c.tokens.words[c.end:c.last])


_AVAILABILITY_RANK_ARTICLES = frozenset({"the", "its", "our", "their"})


_AVAILABILITY_NOT_AN_OPTION = words("availability_not_an_option")
_AVAILABILITY_PREDICATE_WORDS = words("availability_predicate_words")
_AVAILABILITY_THING_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "any", "some"})


def _available_thing_not_an_option(c: Context) -> bool:
    """What is said to be available, or whose availability is told, is not an option a reader
    could get: information or a record ("survival data was not yet available", "a replay of the
    call will be available", "this news release is available in French", "the last available
    follow-up", "the science available to them"), people and their time ("expert supervision
    is available", "nurses available for phone consults") or a bodily or material resource
    ("energy availability", "the oxygen available"). "Available" is then used in its general
    sense, at hand or obtainable for use (Merriam-Webster, available 2), of something no reader
    buys, is prescribed or enrols for: HealthNewsReview.org criterion 7 asks about the
    intervention (round 11: the dev labels' ``literal_sense`` code, about 50 findings).

    The thing is found as a parser would find the noun the adjective is predicated of: the noun
    right after an attributive "available"; the noun right before "availability" or the head
    after "availability of"; else, back over copulas, modals, negations and adverbs ("was not
    yet", "will be", "won't be", "is widely"), the subject's last word, and through one
    "of"-phrase to its head ("a replay of the call"). A named product ("the drug will be
    available") is no word of the list and keeps the cue."""
    last = c.end - 1
    cue = c.word(last)
    if cue in {"availability", "unavailability"}:
        if c.start > c.first and c.gap_before(c.start) in {" ", "-"} and c.word(c.start - 1) in _AVAILABILITY_NOT_AN_OPTION:
            return True  # "energy availability"
        after = c.tokens.words[c.end:min(c.last, c.end + 4)]
        if after[:1] == ["of"]:
            rest = [w for w in after[1:] if w not in _AVAILABILITY_THING_DETERMINERS]
            return any(w in _AVAILABILITY_NOT_AN_OPTION for w in rest[:2])  # "of raw data"
        return False
    if cue not in {"available", "unavailable"}:
        return False
    if c.end < c.last and c.gap_before(c.end) in {" ", "-"} and c.word(c.end) in _AVAILABILITY_NOT_AN_OPTION:
        return True  # "the last available follow-up", "the best available evidence"
    index = c.start - 1
    while index >= c.first and c.word(index) in _AVAILABILITY_PREDICATE_WORDS and not c.marks_before(index + 1, ",;:()"):
        index -= 1
    skipped = index
    if index >= c.first and c.marks_before(index + 1, ",\u2013\u2014"):
        skipped = _before_parenthetical(c, index)  # "Outcome data for the group, which received X, are not yet available"
    if index < c.first or (skipped == index and c.marks_before(index + 1, ",;:()")):
        return False
    index = skipped
    if c.word(index) in _AVAILABILITY_NOT_AN_OPTION:
        return True
    # "a replay of the call will be available", "outcome data for the third treatment group ...":
    # the head before the of- or for-phrase, read back over a few words of the phrase's noun
    for at in range(index - 1, max(c.first, index - 1 - _AVAILABILITY_PHRASE_REACH), -1):
        if c.marks_before(at + 1, ",;:()"):
            return False
        if c.word(at) in {"of", "for"}:
            return c.word(at - 1) in _AVAILABILITY_NOT_AN_OPTION and not c.marks_before(at, ",;:()")
    return False


_AVAILABILITY_PARENTHETICAL_REACH = 25
_AVAILABILITY_PHRASE_REACH = 4  # "of the third treatment group"
_AVAILABILITY_RELATIVE_OPENERS = frozenset({"which", "who", "whose", "that"})


def _before_parenthetical(c: Context, index: int) -> int:
    """The last word of the subject when a parenthetical stands between it and the predicate: a
    non-restrictive relative clause set off by commas ("Outcome data for the third group, which
    received a different regimen, are not yet available") or a phrase between dashes ("the most
    meaningful data \u2013 the numbers that would show it \u2013 won't be available"). The
    parenthetical is skipped as a parser skips an appositive or a non-defining relative clause
    (Quirk et al. 1985, 17.22), so the thing said to be available is the subject's head, not the
    clause's last noun. ``index`` is the word before the mark; returns it unchanged when no
    such parenthetical opens within reach (round 14: data said to be unavailable read past the
    clause, the dev labels' ``literal_sense`` code)."""
    dash = c.marks_before(index + 1, "\u2013\u2014")
    for at in range(index, max(c.first, index - _AVAILABILITY_PARENTHETICAL_REACH), -1):
        if dash and c.marks_before(at, "\u2013\u2014"):
            return at - 1
        if not dash and c.marks_before(at, ","):
            return at - 1 if c.word(at) in _AVAILABILITY_RELATIVE_OPENERS else index
        if c.marks_before(at, ";:"):
            return index
    return index


_AVAILABILITY_BODY_UPTAKE = words("availability_body_uptake")


def _availability_to_the_body(c: Context) -> bool:
    """"Oxygen available to the brain", "proteins more readily available for digestion": what
    the body can take up (bioavailability, the physiological sense: a substance available to a
    tissue or a process), not whether a reader can get the intervention (round 8)."""
    following = c.tokens.words[c.end:min(c.last, c.end + 5)]
    if following[:1] and following[0] in _AVAILABILITY_UPTAKE_ADVERBS:
        following = following[1:]  # "making them available longer to the brain" (round 9)
    if not following or following[0] not in {"to", "for"}:
        return False
    return any(w in _AVAILABILITY_BODY_UPTAKE for w in following[1:4])


_AVAILABILITY_UPTAKE_ADVERBS = frozenset({"longer", "more", "less", "again", "quickly", "faster", "sooner"})


def _availability_of_people(c: Context) -> bool:
    """"A coach, who is available to support them", "nurses who are available around the clock":
    "who" makes the subject a person whose time is offered, a part of the programme, not the
    programme's access (round 8; a generalisation of the press contact's "available for
    interviews")."""
    back = c.tokens.words[max(c.first, c.start - 3):c.start]
    return "who" in back and any(w in _COPULAS for w in back[back.index("who") + 1:])


_AVAILABILITY_HOLDERS = words("availability_holders")
_AVAILABILITY_HAVE = frozenset({"have", "has", "had", "having", "'ve", "\u2019ve"})
_AVAILABILITY_HAVE_REACH = 6


def _had_at_hand(c: Context) -> bool:
    """"Available" as the complement of a person's "have": "be sure you have your pills
    available", "she has them available down the road", "of all the drugs we have available",
    "patients who have few options left available to them". With "have" and a personal subject,
    "available" means at hand, ready for the holder's use (Merriam-Webster, available 2a:
    "present or ready for immediate use"), the holder's supply or range, not whether a reader can
    obtain the option (criterion 7). Not the perfect ("drugs have become available": "have" then a
    participle), nor a place or a body as holder ("every emergency room has a scanner available":
    a service on offer), nor a route or a channel after the cue ("we have the cream available in
    three sizes at pharmacies": a seller's offer), nor the causative ("patients can have the drug made available through
    their hospital": how they obtain it), nor "on the market" ("hopes to have the patch on the
    market": a launch).

    Prevents a user's or a doctor's supply counting as the intervention's access (the dev
    audit's ``literal_sense`` and ``not_intervention`` codes, round 16: five wrong findings in four
    documents, none right).
    """
    if c.word(c.end - 1) != "available" or c.word(c.end) in _AVAILABILITY_ROUTE_AFTER or _channel_after(c):
        return False  # "we have the cream available in three sizes at pharmacies": a seller's offer
    index = c.start - 1
    low = max(c.first, c.start - _AVAILABILITY_HAVE_REACH)
    while index >= low and not c.marks_before(index + 1, ",;:()"):
        if c.word(index) in _AVAILABILITY_HAVE:
            after = c.word(index + 1)
            if index + 1 < c.start and (after in _AVAILABILITY_PREDICATE_WORDS or after.endswith(("ed", "en"))):
                return False  # the perfect: "have been available", "has become available"
            if any(w in _AVAILABILITY_CAUSATIVE for w in c.tokens.words[index + 1:c.start]):
                return False  # the causative: "patients can have the drug made available"
            subject = index - 1
            while subject >= c.first and c.word(subject) in _AVAILABILITY_PREDICATE_WORDS:
                subject -= 1  # "we still have", "you will have"
            return c.word(subject) in _AVAILABILITY_HOLDERS
        index -= 1
    return False


_OPTION_NOUNS = words("availability_option_nouns")
_OTHER_OPTION = words("availability_other_option")


def _existing_options(c: Context) -> bool:
    """Attributive "available" before a plural of options ("available treatment options",
    "currently available treatments", "no approved, available pharmacological options"): the
    options a reader has today, named to set the intervention against them."""
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    return bool(following) and (following[0] in _OPTION_NOUNS or (
        len(following) > 1 and following[1] in _OPTION_NOUNS and c.gap_before(c.end).isspace()))


_AVAILABILITY_ATTRIBUTIVE_OPENERS = words("availability_attributive_openers")
_AVAILABILITY_NOT_A_NOUN = words("availability_after_not_a_noun")


def _available_before_a_noun(c: Context) -> bool:
    """A bare "available" between a determiner (or a preposition) and its noun: "to make every
    available tool in the toolbox", "substantial improvement over available therapy", "with more
    available power". Prenominal "available" sorts out what is already at hand, whatever exists
    (Merriam-Webster, available 2a, "present or ready for immediate use"), as
    ``_existing_options`` reads it before a plural of options; it says nothing of how a reader gets
    the page's option. The predicative and adverb-led uses, which state access ("the gel is
    available at pharmacies", "a commercially available genomic test", "a readily available dose"),
    stay, as does a noun phrase that names the intervention.

    Prevents existing therapy and resources counting as the intervention's access (the dev audit's
    ``literal_sense`` code, round 16: three wrong findings in three documents, none right).
    """
    if c.end - c.start != 1 or c.word(c.start) != "available" or c.end >= c.last:
        return False
    if c.word(c.start - 1) not in _AVAILABILITY_ATTRIBUTIVE_OPENERS or c.marks_before(c.start, ",;:()\"'\u201c\u201d"):
        return False
    following = c.word(c.end)
    if c.gap_before(c.end) != " " or not following.isalpha() or following in _AVAILABILITY_NOT_A_NOUN:
        return False
    return not c.interventions.names_intervention(c.end, min(c.last, c.end + 3))


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


_AVAILABILITY_POSTPOSED_ADVERBS = words("availability_postposed_adverbs")


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
    noun = c.word(index)
    if not (noun in _OPTION_NOUNS or (noun in _AVAILABILITY_CLASS_NOUNS and _plural(noun))):
        return False
    if c.word(c.end) in _AVAILABILITY_ROUTE_AFTER:
        return False
    back = c.tokens.words[max(c.first, index - 4):index]
    if any(w in _AVAILABILITY_CAUSATIVE for w in back):
        return False  # "make risk-reducing supplements available": a complement, the intervention offered
    return not any(a == "one" and b == "of" for a, b in zip(back, back[1:]))


_AVAILABILITY_CAUSATIVE = frozenset({"make", "makes", "made", "making", "keep", "keeps", "kept"})
_AVAILABILITY_PLURAL_COPULAS = frozenset({"are", "were"})
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
    if any(w in _AVAILABILITY_CAUSATIVE for w in c.tokens.words[head:noun]):
        return False
    return not c.interventions.names_intervention(head, noun + 1)


_AVAILABILITY_ROUTE_AFTER = words("availability_route_after")


def _set_apart(c: Context) -> bool:
    """A word shortly before the cue, in its clause, that sets its object apart from the page's
    intervention: "the only other approved treatment", "a rival medicine that just came on the
    market", "the usual over-the-counter pain relievers", "there's nothing available". ("Unlike
    other drugs, it is sold over the counter": the comma closes the other option's clause.)"""
    return any(w in _OTHER_OPTION for w in _words_back(c, _SET_APART_REACH, ",;:"))


_SET_APART_REACH = 5


# "available for interviews", "available to reporters": a press office's contact sentence.
_PRESS_CONTACT = pattern("press_contact")
# "available at https://...", "available from www...": a document's address, not the intervention's.
_WEB_ADDRESS_AFTER = pattern("web_address_after")

# Words of a regulator's decision on access: "FDA-approved", "the FDA cleared", "FDA review".
_REGULATORY_DECISION = pattern("regulatory_decision")
# Drug classes named by "prescription": "prescription painkiller addicts", "prescription diet pills".
_PRESCRIPTION_CLASS = words("prescription_class")


def regulator_deciding(c: Context) -> bool:
    """The FDA's name tells a reader about access only where its sentence says what the agency
    decided or reviews ("FDA-approved", "the FDA cleared", "under FDA review"), not where the
    agency warns, is written to ("report side effects to the FDA", "www.fda.gov/medwatch") or is
    described.

    Prevents every mention of a regulator counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status and availability explained?).
    """
    if c.word(c.end) in _AGENCY_PEOPLE:  # "said FDA Commissioner Scott Gottlieb": the agency speaks
        return False
    if c.before(2) == ["to", "the"] and any(w.startswith("report") for w in c.tokens.words[c.first:c.start]):
        return False  # "report negative side effects of prescription drugs to the FDA": written to (round 9)
    if _agency_addressed(c):
        return False  # "sent the FDA 5,000 complaints", "wrote a letter to the FDA": written to (round 12)
    if _approval_as_narrative(c):
        return False  # "Prior to FDA approval of the drop, Nichols presented ..." (round 31)
    if _AVAILABILITY_LABELLING_RULE.search(c.text, c.sentence_start, c.sentence_end):
        return False  # "the FDA will require the drugs to carry a warning on their labels"
    decided = any(not (_APPROVED_OTHER.match(c.text[m.end():c.sentence_end])  # "approval ... for a study"
                       or _research_approved(c, m.start(), m.end()) or _decision_word_in_everyday_sense(c, m)
                       or _approval_of_a_kind(c, m.start(), m.end()))
                  for m in _REGULATORY_DECISION.finditer(c.text, c.sentence_start, c.sentence_end))
    if decided and c.text.startswith("-approved", c.match_end):  # "FDA-approved treatments"
        after = c.tokens.words[c.end + 1:min(c.last, c.end + 4)]
        if after and (after[0] in _OPTION_NOUNS or (len(after) > 1 and after[1] in _OPTION_NOUNS)):
            return False
    if decided and _availability_object_set_apart(c, 1):  # "the FDA approved another alternative"
        return False
    return decided and not (
        c.match_start > 0 and c.text[c.match_start - 1] == ".")  # "www.fda.gov": a web address


_EVERYDAY_REVIEW_BEFORE = pattern("availability_scholarly_review_before")
_EVERYDAY_REVIEW_AFTER = pattern("availability_scholarly_review_after")
_EVERYDAY_RECALL_BEFORE = pattern("availability_remembering_before")
_EVERYDAY_LABEL_BEFORE = pattern("availability_food_label_before")
_AGENCY_REVIEW_BEFORE = pattern("availability_agency_review_before")  # "NICE" in capitals only


def _decision_word_in_everyday_sense(c: Context, m: re.Match) -> bool:
    """A word of the regulatory-decision pattern used in its everyday sense, where no agency decides
    on a product: "review" as a scholarly review ("this is the first review showing the effects",
    "a systematic review of 12 trials"; OED review n. 6), "recall" as remembering ("you recall the
    fen-phen episode"; OED recall v. 2), "label" as a food's nutrition label ("FDA wants nutrition
    labels to include added sugars": 21 CFR 101, food labelling, which ``_AVAILABILITY_LABELLING_RULE``
    reads for the verbs of a labelling rule). The agency named beside them has decided nothing on
    the option, so its name tells no access (HealthNewsReview.org criterion 7). Round 16b: dev, 3
    wrong findings out in 3 documents, none right."""
    word = m.group().lower()
    before = c.text[max(c.sentence_start, m.start() - 40):m.start()]
    if word.startswith("review"):
        if _AGENCY_REVIEW_BEFORE.search(before):
            return False  # "an FDA review found", "the agency's review of the trials": the agency's own
        return bool(_EVERYDAY_REVIEW_BEFORE.search(before) or _EVERYDAY_REVIEW_AFTER.match(c.text, m.end(), c.sentence_end))
    if word.startswith("recall"):
        return bool(_EVERYDAY_RECALL_BEFORE.search(before))
    if word.startswith("label"):
        return bool(_EVERYDAY_LABEL_BEFORE.search(before))
    return False


_AGENCY_PEOPLE = words("availability_agency_people")
_AGENCY_ADDRESSED = words("availability_agency_addressed")
_AGENCY_ADDRESS_REACH = 4


def _agency_addressed(c: Context) -> bool:
    """The agency as the addressee of what others send it ("patients have sent the FDA thousands of
    complaints", "the senator wrote a letter to the FDA", "a petition to the FDA"): it receives, it
    does not decide, whatever decision the rest of the sentence mentions (round 12: the decision
    words of such sentences are another's, "since its approval in 2002", a letter's quoted
    "approval"). A filing is not an address of this kind: "submitted the data to the FDA" asks for a
    decision and stays."""
    return any(w in _AGENCY_ADDRESSED for w in _words_back(c, _AGENCY_ADDRESS_REACH, ",;:"))
# Round 8: what a package must carry ("required them to be listed on food labels", "may carry a
# heart-healthy label", "to carry information on their labels"): a labelling rule (21 CFR 101,
# food labelling; 21 CFR 201, drug labelling) says what a label tells, not whether or how a reader
# can get the product (HealthNewsReview.org criterion 7). "Add the data to the package insert
# label" and "off-label use" are not matched.
_AVAILABILITY_LABELLING_RULE = pattern("availability_labelling_rule")
# "An IND that was approved by the FDA", "approved by the institutional review board": research
# approved, not the intervention.
_RESEARCH_APPROVED_BEFORE = pattern("availability_research_approved_before")
_RESEARCH_APPROVED_AFTER = pattern("availability_research_approved_after")


def _research_approved(c: Context, start: int, end: int) -> bool:
    """The approval at characters ``start:end`` is of research (an IND, a protocol, a study) or by
    an ethics board: not of the intervention. Round 16: the research noun is also read past a
    place before the auxiliary ("recruitment for trials in Singapore has been approved") and past
    a participle clause ("the next study, planned for next year and approved by the FDA"), and a
    plan for a trial is research ("FDA review of its plan for clinical trials"): dev, 4 wrong
    findings out in 3 documents, none right."""
    before = c.text[max(c.sentence_start, start - 60):start]
    return bool(_RESEARCH_APPROVED_BEFORE.search(before) or _RESEARCH_APPROVED_AFTER.match(c.text, end, c.sentence_end))


def prescription_as_access(c: Context) -> bool:
    """"By prescription", "without a prescription", "non-prescription" tell access; "prescription
    painkiller addicts", "prescription diet pills" name a class of drugs.

    Prevents drug classes counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    return c.word(c.end) not in _PRESCRIPTION_CLASS


# Words that place a trial in the intervention's road to patients: "a phase 3 trial", "future
# trials", "larger trials are needed", "an ongoing trial", "plans to begin trials".
_TRIAL_STAGE = words("trial_stage")
_STAGE_REACH = 8


def trial_as_stage(c: Context) -> bool:
    """A clinical trial tells a reader where the intervention stands: still in trials, trials to
    come or under way ("larger clinical trials are needed", "an ongoing phase II clinical trial",
    "the results of a clinical trial of the vaccine"). Not where the text marks the trial as
    past evidence behind something already decided or sold ("patients in earlier clinical
    trials of the devices", "approved based on the clinical trial", "copies of two clinical trials
    may be found here", a label's "In clinical trials, the most common side effects were"),
    unless a word of stage is near ("based on earlier trials, a phase 3 trial will begin").

    Prevents trials cited as past evidence counting as availability disclosed
    (HealthNewsReview.org criterion 7: if the intervention is not yet available, is its stage of
    study made clear?).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - _STAGE_REACH):c.start] + words[c.end:min(c.last, c.end + _STAGE_REACH)]
    if _trial_as_evidence(c) and not any(w in _TRIAL_STILL_OPEN for w in near):
        return False
    if any(w in _TRIAL_STAGE for w in near):
        return not_in_a_name(c)
    label_phrase = c.start - 1 == c.first and c.word(c.first) == "in" and "," in c.gap_before(c.end)
    return not (label_phrase or any(w in _TRIAL_AS_SOURCE for w in c.before(5))) and not_in_a_name(c)


# Words that mark a trial as past evidence: "earlier clinical trials", "based on the clinical
# trial", "copies of two clinical trials", "published clinical trials".
_TRIAL_AS_SOURCE = words("trial_as_source")
# A trial's design, size or findings (CONSORT items 3 and 13), and the stage words that outweigh them.
_TRIAL_DESIGN = words("trial_design")
_TRIAL_FINDINGS = words("trial_findings")
_TRIAL_STILL_OPEN = words("trial_still_open")


def _trial_as_evidence(c: Context) -> bool:
    """The trial is described as a study already run: its design just before ("a randomized,
    placebo-controlled clinical trial"), its size or a finding just after ("a clinical trial that
    enrolled 81 teens", "eight clinical trials involving 25,570 people", "a clinical trial led by
    ... revealed"). A trial described so is the evidence behind a claim (CONSORT items 3 and 13),
    and says nothing of where the intervention stands."""
    before = c.before(4)
    after = c.tokens.words[c.end:min(c.last, c.end + 12)]
    return bool(set(before) & _TRIAL_DESIGN or set(after[:4]) & _TRIAL_DESIGN
                or set(after) & _TRIAL_FINDINGS)


# What organisations launch besides products: "a campaign", "a new academic partnership".
_ORGANISATIONAL = words("organisational_launch")


def launched_product(c: Context) -> bool:
    """"Launched a blood test", "plans to launch the product in January", "launched a larger
    trial" tell access or stage; "launched a new academic partnership", "launched a fundraising
    campaign", "the college was launched in 2010" tell of an organisation.

    Prevents institutions' news counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - 3):c.start] + words[c.end:min(c.last, c.end + 4)]
    if any(w in _ORGANISATIONAL for w in near) or _availability_sample_described(c) or _previous_of_the_kind(c):
        return False
    # the object's head after a title or a sum: 'launched "Mammography Saves Lives," a campaign',
    # 'launched a 50 million pound ($80 million) research project' (round 13b); a programme that
    # far on may be the care a reader gets ("launched its same-day hip-replacement program")
    later = words[min(c.last, c.end + 4):min(c.last, c.end + _LAUNCH_OBJECT_REACH)]
    return not any(w in _ORGANISATIONAL and w not in _LAUNCH_CARE_PROGRAMMES for w in later)


_LAUNCH_OBJECT_REACH = 10
_LAUNCH_CARE_PROGRAMMES = frozenset({"program", "programme", "programs", "programmes", "center", "centers", "centre", "centres"})


# Who pays for care: "covered by insurance", "Medicare covered it", "not covered by most plans".
_PAYER = pattern("payer")


def covered_by_payer(c: Context) -> bool:
    """"Covered" tells access where a payer covers the intervention ("rarely covered by
    insurance", "Medicare-covered"), not "a rash covered her body" or "tests covered only one
    disease".

    Prevents the plain sense of "cover" counting as availability disclosed (HealthNewsReview.org
    criteria 1 and 7: cost, coverage and access).
    """
    return bool(_PAYER.search(c.text, c.sentence_start, c.sentence_end))


# Practitioners, whose licence says who may give a treatment, not whether one can get it.
_PRACTITIONERS = words("practitioners")
# What a company licenses in a deal: "intellectual property", "the rights", "the technology".
_LICENSED_RIGHTS = words("licensed_rights")


def licensed_product(c: Context) -> bool:
    """"A licensed generic version", "licensed for use in children" tell access; "make sure the
    acupuncturist is qualified and licensed", "a licensed therapist" describe a practitioner.

    Prevents practitioners' credentials counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - 6):c.start] + words[c.end:min(c.last, c.end + 2)]
    if any(w in _PRACTITIONERS for w in near):
        return False
    # "Capricor has licensed additional intellectual property", "the university licensed the
    # rights to Naurex": a business deal (a conflict of interest, not access)
    deal = c.word(c.start - 1) in {"has", "have", "had"} or set(
        words[c.end:min(c.last, c.end + 4)]) & _LICENSED_RIGHTS
    return not (deal or _licensed_between_organisations(c))


_LICENCE_DEAL_REACH = 4


def _licensed_between_organisations(c: Context) -> bool:
    """"Licensed to" or "licensed from" a named party, the object between them or not: "the
    compounds were licensed to Peloton Therapeutics", "licensed it to Restoration Robotics", "the
    company licensed the drug from Roche". A licence of rights from one firm or university to
    another (a technology transfer agreement) is a business deal, not a regulator's licence for
    patients to be given the drug (Merriam-Webster, license, verb 1, "to give permission or
    consent", as a patent owner does); the regulator's sense takes "for" or "in" ("licensed for
    use in children", "licensed in the UK") and "to" before a verb ("licensed to treat"). Round
    13b: three wrong dev findings (literal_sense), none right."""
    starts = c.tokens.starts
    for i in range(c.end, min(c.last - 1, c.end + _LICENCE_DEAL_REACH)):
        if c.marks_before(i, ",;:.!?()"):
            return False
        if c.word(i) in {"to", "from"} and not c.marks_before(i + 1, ",;:.!?()") and c.text[starts[i + 1]].isupper():
            return True
    return False


# What else gets approved: a study, a resolution, a budget ("approval from the FDA for a study",
# "a Statehouse that approved a resolution").
_APPROVED_OTHER = pattern("approved_other")
# "If approved by Congress", "approval from the state legislature": a law, a budget, a school.
_BY_LEGISLATURE = pattern("approved_by_legislature")
# "Social approval", "cultural approval", "parental approval": approval as acceptance by people
# (Merriam-Webster, approval 1, "an act of approving"), not a regulator's licence (round 8).
_AVAILABILITY_SOCIAL_APPROVAL = words("availability_social_approval")
_AVAILABILITY_ENDORSERS = words("availability_endorsers")
_AVAILABILITY_ENDORSER_ENDINGS = tuple(sorted(words("availability_endorser_endings")))
_ENDORSER_REACH = 3  # tokens after "approved by": "approved by leading dermatologists"


def approval_of_intervention(c: Context) -> bool:
    """"Approved", "approval" tell access when a treatment is approved, not when a study, a bill
    or a resolution is ("hopes to get approval from the FDA for a study in the U.S.", "a
    legislature that approved a resolution", "an IND that was approved", "approved by the
    institutional review board": 21 CFR 312 and 56 approve research, not a treatment), nor when
    the approved thing is set apart from the intervention ("the only other approved treatment"),
    nor when people rather than a regulator or a payer approve it ("doctor-approved", round 23).

    Prevents approvals of research and legislation counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status of the intervention explained?).
    """
    clause = c.rest_of_sentence
    if _APPROVED_OTHER.match(clause) or _BY_LEGISLATURE.match(clause):
        return False
    if c.word(c.start - 1) in _AVAILABILITY_SOCIAL_APPROVAL:
        return False  # "cultural approval for Pap tests": acceptance, not a licence (round 8)
    if _endorsement_approval(c):
        return False  # "doctor-approved", "approved by dermatologists": an endorsement (round 23)
    if _approval_as_narrative(c):
        return False  # "Prior to FDA approval of the drop, Nichols presented ..." (round 31)
    return not (_research_approved(c, c.match_start, c.match_end) or _set_apart(c)
                or _existing_options(c) or _currently_available_kind(c) or _availability_object_set_apart(c)
                or _previous_of_the_kind(c) or _approval_of_a_kind(c, c.match_start, c.match_end))



_AVAILABILITY_TIME_OPENERS = frozenset({"after", "before", "following", "prior", "until"})
_AVAILABILITY_ROLE_WORDS = words("availability_role_words")
_AVAILABILITY_STATUS_WORDS = words("availability_status_words")
_AVAILABILITY_ROLE_REACH = 8
_AVAILABILITY_MAIN_SUBJECT = 3  # words of the main clause read for its subject: "it", "the drug"


def _approval_as_narrative(c: Context) -> bool:
    """The approval as an event in someone's story, not the option's status (the audit guide's
    round-30 convention, ``narrative``): a time marker, a fronted "prior to / before / after"
    adjunct holding the cue whose main clause tells what a person did ("Prior to FDA approval of
    the eye drop, Nichols presented a congressional briefing"), or a source's role ("was not
    involved in the study nor in the approval of this drug"). A fronted adverbial sets the scene
    for the clause it precedes (Quirk et al. 1985, 8.83 and 8.127 on initial time adjuncts), and
    the role noun or verb makes the approval the scene of a person's part. The time marker keeps
    the cue where its main clause is about the option or its access ("After approval, the drug
    became available", "Before it can be sold, it must be approved"): the clause names the option,
    a pronoun or option noun opens it, or it carries a word of status. Round 31: dev labels'
    ``narrative`` code."""
    back = _words_back(c, _AVAILABILITY_ROLE_REACH, ",;:")
    near = back[-3:]  # the approval's own "in" phrase: "in the approval", "in its FDA approval"
    if "in" in near and any(w in _AVAILABILITY_ROLE_WORDS for w in back[:len(back) - len(near) + near.index("in")]):
        return True  # "involved in the study nor in the approval", "a role in its approval"
    opener = c.word(c.first)
    if opener not in _AVAILABILITY_TIME_OPENERS or (opener == "prior" and c.word(c.first + 1) != "to"):
        return False
    if any(c.marks_before(i, ",;:") for i in range(c.first + 1, c.end)):
        return False  # the cue is in the main clause
    comma = next((i for i in range(c.end, c.last) if c.marks_before(i, ",")), None)
    if comma is None or c.marks_before(comma, ";:"):
        return False
    main = c.tokens.words[comma:c.last]
    if c.interventions.names_intervention(comma, c.last):
        return False
    opening = main[:_AVAILABILITY_MAIN_SUBJECT]
    if any(w in {"it", "they", "its"} or w in _OPTION_NOUNS or w.rstrip("s") + "s" in _OPTION_NOUNS for w in opening):
        return False
    return not any(w in _AVAILABILITY_STATUS_WORDS for w in main)


def _endorser(word: str) -> bool:
    return word in _AVAILABILITY_ENDORSERS or word.endswith(_AVAILABILITY_ENDORSER_ENDINGS)


def _endorsement_approval(c: Context) -> bool:
    """An approval given by people rather than by a regulator or a payer: "doctor-approved",
    "dermatologist-approved", "mom-approved", "approved by leading dermatologists". Such approval
    is an endorsement (FTC Endorsement Guides, 16 CFR 255.0: an expert's or a consumer's
    endorsement), the stock of an advertorial's headline ("This Doctor-Approved Formula Changed
    Everything"), and says nothing of whether or where the product may be sold; "FDA-approved",
    "Medicare-approved", "approved by the FDA" keep the cue.

    Prevents endorsements counting as the intervention's approval status (HealthNewsReview.org
    criterion 7; round 23, a new user's advertorial headline)."""
    if c.gap_before(c.start) == "-" and _endorser(c.word(c.start - 1)):
        return True
    if c.word(c.end) != "by":
        return False
    for i in range(c.end + 1, min(c.last, c.end + 1 + _ENDORSER_REACH)):
        if c.marks_before(i, ",;:.!?()"):
            return False
        if _endorser(c.word(i)):
            return True
    return False

_GENERIC_KIND_BEFORE = pattern("availability_generic_kind_before")
_GENERIC_KIND_AFTER = pattern("availability_generic_kind_after")
_GENERIC_KIND_REACH = 60


def _approval_of_a_kind(c: Context, start: int, end: int) -> bool:
    """The approval of a kind in general, told with a generic bare plural: "companies will not
    discuss prices before drugs are approved", "the agency had reviewed products approved by the
    F.D.A.", "the FDA has become more cautious about approving new drugs in general". A bare plural
    with no determiner or modifier after a subordinator or a verb refers to the kind, not to any
    member of it (Carlson 1977, reference to kinds; Quirk et al. 1985, 5.52 on generic reference),
    so the sentence tells how approval works, not the status of the page's option ("when the drugs
    were approved", "testosterone products are FDA-approved" name members and keep the cue).
    ``start:end`` is the decision word (the cue itself, or the one beside the agency's name).

    Prevents the approval process in general counting as the intervention's access
    (HealthNewsReview.org criterion 7; round 17: dev, 3 wrong findings out in 3 documents, none right)."""
    before = c.text[max(c.sentence_start, start - _GENERIC_KIND_REACH):start]
    return bool(_GENERIC_KIND_BEFORE.search(before) or _GENERIC_KIND_AFTER.match(c.text, end, c.sentence_end))


_PREVIOUS_OF_THE_KIND = pattern("availability_previous_of_the_kind")
_PREVIOUS_REACH_BEFORE = 100  # characters: "the last new therapy for metastatic melanoma, interleukin-2, was approved"
_PREVIOUS_REACH_AFTER = 40  # "the launch of its last heart drug"


def _previous_of_the_kind(c: Context) -> bool:
    """An approval or a launch told of the previous option of its kind, "the last (new) drug" ("the
    last new treatment for advanced melanoma was approved 12 years ago", "the sluggish launch of
    its last heart drug"): "last" as an ordinal, the one before now (Quirk et al. 1985, 5.22; OED
    last adj. 3), dates the field's history, how long since any new option came, that the page's
    option is set against (HealthNewsReview.org criterion 6, the landscape), not how to get the
    page's option (criterion 7). The phrase is read before the cue in its sentence, or after it
    through "of" ("the launch of its last drug").

    Prevents the field's previous approvals counting as the intervention's access (round 17: dev,
    3 wrong findings out in 3 documents, none right)."""
    before = c.text_before(_PREVIOUS_REACH_BEFORE)
    found = [m.end() for m in _PREVIOUS_OF_THE_KIND.finditer(before)]
    if found and not re.search(r"[;:()]", before[found[-1]:]):
        return True  # no clause break between the phrase and the cue
    after = c.text[c.match_end:min(c.sentence_end, c.match_end + _PREVIOUS_REACH_AFTER)]
    return bool(re.match(r"\s+of\s+", after) and _PREVIOUS_OF_THE_KIND.search(after))


# What a sentence's sum can be besides a price: "$25.7 billion", "billions of dollars in sales",
# "cost the UK economy", "the nation's healthcare costs".
_AGGREGATE = pattern("aggregate_spending")
# Hyperbole that rates a price rather than states it: "ridiculously expensive", "ridiculous prices".
_HYPERBOLE = words("cost_hyperbole")
# Words after "expensive" that make it predicative or comparative: "expensive than", "expensive to
# produce", "expensive, and"; anything else after it is the noun it qualifies.
_NOT_A_NOUN = words("not_a_noun")
_COPULAS = words("copulas")
_DEGREE = words("degree")
_FIGURE = pattern("cost_figure")
_EVALUATIVE_COST = words("evaluative_cost")
_DETERMINERS = words("determiners")
_COST_INTENSIFIERS = words("cost_intensifiers")


def cost_to_a_payer(c: Context) -> bool:
    """A cost word discloses what the intervention costs a patient or payer, not a nation's or a
    market's spending in its clause ("Medicare paid $25.7 billion", "billions of dollars in annual
    sales", "sick days cost the UK economy £2bn", "add to the nation's healthcare costs").

    Nor a surname that is also a cost word ("Price said", "Dr. Price", "Amy Price"), money wasted
    ("viewers losing $1000's on creams"), insurance that is no health cover ("life insurance"), the
    economic burden of a disease ("lifetime health care costs", "the cost of caring for a child
    with autism": a cost-of-illness figure, Rice 1967) or a sum given rather than paid ("agreed
    to donate $1", "a grant of $50,000").

    Prevents national budgets, disease burden and aggregate spending counting as costs disclosed
    (HealthNewsReview.org criterion 1: the cost of the intervention to the patient or payer).
    """
    clause = _clause(c)
    if _AGGREGATE.search(clause) or _ILLNESS_BURDEN.search(clause) or _a_surname(c):
        return False
    if c.text[c.match_start] in "$£€" and any(w in _WASTED for w in c.before(3)):
        return False  # "losing $1000's on creams": money wasted, not a price
    if _costs_not_money(c) or _COSTS_RESEARCH_COST.match(c.text, c.match_start, c.sentence_end) or _costs_of_a_system(c):
        return False
    if _costs_of_research(c) or _costs_saved_by_a_system(c) or _costs_in_a_law_name(c):
        return False
    if _costs_idiom(c) or _costs_coverage_held(c) or _issuer_self_description(c) or _costs_cheap_as_inferior(c):
        return False
    if _COSTS_PARTICIPANT_PAYMENT.search(_clause(c)):
        return False  # "$25 payments for every clinic visit": an incentive to take part, not a price
    if _payer_as_study_variable(c):
        return False  # "a database of commercially insured adults": the payer as the study's data
    if _costs_insurer_as_employer(c) or _COSTS_SHARE_PRICE_BEFORE.search(
            c.text, max(c.sentence_start, c.match_start - 70), c.match_start):
        return False  # "shares gained 2.3 percent to close at $33.64": a share price
    return not (c.word(c.start).startswith("insur") and c.word(c.start - 1) in _OTHER_INSURANCE) and not (
        _NOT_A_PRICE_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 40), c.match_start))


# --- round 5 (issue 14: a fresh 100-finding costs slice) -------------------------------------

_COSTS_CHARGE_IDIOMS = words("costs_charge_idioms")
_COSTS_SHARE_PRICE_BEFORE = pattern("costs_share_price_before")
# "reduce the costs of drug development", "the cost of a clinical trial": research spending.
_COSTS_RESEARCH_COST = pattern("costs_research_cost")
_COSTS_ILLNESS_NOUNS = words("costs_illness_nouns")


def _costs_not_money(c: Context) -> bool:
    """"Charge" in an idiom or another sense ("who is in charge of the committee", "faced
    criminal charges", "an electrical charge", "charge the battery"): no money is asked
    (Merriam-Webster, charge n. and v.)."""
    if c.word(c.start) not in {"charge", "charges"}:
        return False
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    if following[:1] == ["up"] and following[1:2] != ["to"]:
        return True  # "to charge up the immune system": energise (phrasal verb); "charge up to $40" is money
    return c.word(c.start - 1) in _COSTS_CHARGE_IDIOMS or bool(following and (
        following[0] in _COSTS_CHARGED_THINGS or (following[0] in _DETERMINERS | _COSTS_POSSESSIVES and len(following) > 1
                                                 and following[1] in _COSTS_CHARGED_THINGS)))


# Round 8: "charge a battery", "charge your phone": the verb's electrical sense (Merriam-Webster,
# charge v. 1b, to give an electric charge to), no money asked.
_COSTS_CHARGED_THINGS = words("costs_charged_things")
_COSTS_POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})


_COSTS_SYSTEM_SPENDING = pattern("costs_system_spending")


def _costs_of_a_system(c: Context) -> bool:
    """The cue names a health system's spending, not a price: "reduce overall medical costs",
    "could cut other health costs", "as health-care costs continue to soar". A claimed offset on
    the system's bill (cost-of-illness and budget-impact terms, Rice 1967) says nothing of what
    the intervention costs a patient or payer; "patients incurred lower health care costs" (the
    patients' own bill) stays."""
    window_start = max(c.sentence_start, c.match_start - 40)
    return any(m.start() <= c.match_start < m.end()
               for m in _COSTS_SYSTEM_SPENDING.finditer(c.text, window_start, min(c.sentence_end, c.match_end + 40)))


def _costs_insurer_as_employer(c: Context) -> bool:
    """"Director of innovation at health insurer Cigna", "a spokesman for insurer Aetna": the
    insurer named as an organisation someone works for (an apposition before its name), not
    anything it covers."""
    if not c.word(c.start).startswith("insurer") or c.end >= c.last or not c.surface(c.end)[:1].isupper():
        return False
    back = c.start - 1
    while back > c.first and c.word(back) in {"health", "the", "a", "an", "giant", "private", "major"}:
        back -= 1
    return c.word(back) in {"at", "of", "from", "for", "with", "by"}


_COSTS_PAYER_WORDS = words("costs_payer_words")
_COSTS_PAYER_STUDY_VARIABLE = pattern("costs_payer_study_variable")
_COSTS_COVER_VERB = pattern("costs_cover_verb")


def _payer_as_study_variable(c: Context) -> bool:
    """A payer's name in a sentence that gives a study's method names where its data came from or
    how it was drawn, not what anything costs: "a database of commercially insured adults",
    "followed until insurance disenrollment", "controlled for access to health insurance", "chose
    the age limit because Medicare coverage begins at 65", "death records from Medicare". Insurance
    claims are routinely collected research data (RECORD statement, Benchimol et al. 2015; ResDAC
    for Medicare), and a variable is no price. A sentence that also covers, pays or names money
    ("the database showed insurance paid $300 a scan") keeps the cost.

    Prevents a study's data source, sample or covariate counting as costs disclosed
    (HealthNewsReview.org criterion 1: what the option costs or whether a payer covers it).
    """
    if c.word(c.start) not in _COSTS_PAYER_WORDS:
        return False
    rest = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    if not _COSTS_PAYER_STUDY_VARIABLE.search(rest):
        return False
    return not (_COSTS_MONEY_NEAR.search(rest) or _COSTS_COVER_VERB.search(rest))


def _costs_of_an_illness(c: Context) -> bool:
    """An evaluative cost word that qualifies a disease or its complication ("the most expensive
    hospital-acquired infection", "a costly complication"): the cost of illness (Rice 1967), not
    the price of the intervention."""
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    return any(w in _COSTS_ILLNESS_NOUNS for w in following)


_ILLNESS_BURDEN = pattern("costs_illness_burden")
_OTHER_INSURANCE = words("costs_other_insurance")
_NOT_A_PRICE_BEFORE = pattern("costs_not_a_price_before")


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
    if any(w in _HYPERBOLE for w in before + [c.word(c.end)]) or before[-3:] == ["no", "matter", "how"]:
        return False
    if any(w in _WASTED for w in c.before(6)):  # "throwing away thousands of dollars on ..."
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
    comparative = any(w in _DEGREE for w in before[-2:])  # "far more expensive treatments"
    return not qualifies_a_noun or one_thing or comparative or bool(
        _FIGURE.search(c.text, c.sentence_start, c.sentence_end))


# Verbs of spending or saving money: "spend thousands of dollars", "save you thousands of dollars".
_SPENDING = words("spending")
# Money wasted or lost is an evaluation, not a price: "throwing away precious dollars on creams".
_WASTED = words("wasted_money")
# Words after a sum that say what it buys: "for the treatment", "on tests", "a month", "per dose".
_BUYS = words("buys")


def _money_spent_on_nothing(c: Context) -> bool:
    """"You don't need to spend thousands of dollars to look great", "I spent thousands and
    thousands of dollars looking": a sum spent or saved on nothing named is rhetoric about money,
    not the price of anything ("spent several hundred dollars more on tests" names what it buys)."""
    if not any(w in _SPENDING for w in c.before(6)):
        return False
    rest = c.rest_of_sentence
    following = re.split(r"[,;:]", rest, maxsplit=1)[0].lower().split()
    return not any(w.strip(".!?") in _BUYS for w in following)


def _clause(c: Context) -> str:
    """The match's clause: its sentence cut at the nearest comma, semicolon or colon either side."""
    text = c.text
    begin = max([text.rfind(p, c.sentence_start, c.match_start) for p in ",;:"] + [c.sentence_start - 1]) + 1
    ends = [i for i in (text.find(p, c.match_end, c.sentence_end) for p in ",;:") if i != -1]
    return text[begin:min(ends, default=c.sentence_end)]


def _a_surname(c: Context) -> bool:
    """"Price said", "Dr. Price", "Amy Price discovered": a capitalised word before a reporting
    verb, after a title or after a first name (a capitalised word inside the sentence that is no
    price word: "List Price", "Sale Price" stay prices) names a person."""
    if not c.surface(c.start)[:1].isupper():
        return False
    if c.word(c.end) in _REPORTING or c.word(c.start - 1) in _TITLES:
        return True
    previous = c.start - 1
    # round 8: a first name may open the sentence ("Brad Price calls her ..."), but a sentence-first
    # rating is no first name ("Best Price on the web", "Lowest Price ...")
    first_name = (c.word(c.start) in _SURNAMES and previous >= c.first and c.surface(previous).istitle() and c.gap_before(c.start) == " "
                  and c.word(previous) not in _PRICE_MODIFIERS | _DETERMINERS | _SUPERLATIVE
                  and not (c.word(previous).endswith("est") and len(c.word(previous)) > 4))
    if not first_name or c.text.startswith(":", c.match_end) or _FIGURE.search(
            c.text, c.match_end, min(c.sentence_end, c.match_end + 12)):
        return False
    # a verb or a comma follows a name ("Amy Price discovered", "Brad and Amy Price, ..."); a
    # headline's next capitalised word ("New Drug Price Shocks Patients") does not
    return c.end >= c.last or not c.surface(c.end)[:1].isupper() or not c.gap_before(c.end).isspace()


_PRICE_MODIFIERS = words("costs_price_modifiers")
_SURNAMES = words("costs_surnames")


_REPORTING = words("reporting_verbs")
_TITLES = words("titles")

_PRESCRIBING_ACCESS = words("prescribing_access")


def prescribed_as_access(c: Context) -> bool:
    """"Prescribed" tells access where the text says who may or can prescribe it ("can be
    prescribed by any doctor", "is now prescribed only by specialists"), not in a narrative of who
    was given what ("women in the study were prescribed progesterone", "those prescribed
    beta-blockers", "despite being prescribed 36 sessions").

    Prevents study groups and patients' histories counting as availability disclosed
    (HealthNewsReview.org criterion 7: is it clear how a reader could get the intervention?).
    """
    before = c.before(4)
    if before[-2:-1] and before[-1] == "now" and before[-2] in _AVAILABILITY_PRESCRIBED_PEOPLE:
        return False  # "about 25% of people now prescribed low doses": a population, not access
    return bool(set(before) & _PRESCRIBING_ACCESS)


_AVAILABILITY_PRESCRIBED_PEOPLE = words("availability_prescribed_people")


_REGULATOR_NEAR = pattern("regulator_near")


def cleared_by_regulator(c: Context) -> bool:
    """"Cleared" and "clearance" tell access where a regulator or a market clears the
    intervention ("an FDA-cleared device", "510(k) clearance", "cleared for marketing"), not "cleared
    of disease" or "creatinine clearance".

    Prevents the plain sense of "clear" counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    if c.word(c.end) == "of":
        return False
    if c.word(c.end - 1) == "clearance" and c.word(c.start - 1) in _CLEARANCE_OUTCOME:
        return False  # "achieved total skin clearance", "viral clearance": an outcome (round 14)
    return bool(_REGULATOR_NEAR.search(c.text, c.sentence_start, c.sentence_end))


# What a body or a treatment clears: "total skin clearance" (psoriasis trials' PASI 100 end point),
# "viral clearance", "creatinine clearance": an outcome or a rate, not a regulator's clearance.
_CLEARANCE_OUTCOME = words("availability_clearance_outcome")


_COMMERCIAL_ACCESS = words("commercial_access")


def commercial_access(c: Context) -> bool:
    """"Commercially" tells access beside a word of sale ("commercially available", "plans to market
    it commercially"), not in "commercially insured populations" or "commercially funded".

    Prevents insurance and business descriptions counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    if c.word(c.end) == "available" and _plural_kind_at(c, c.end + 1):
        return False  # "commercially available antidepressants": the kinds on offer (round 13)
    near = c.before(4) + c.tokens.words[c.end:min(c.last, c.end + 2)]
    return bool(set(near) & _COMMERCIAL_ACCESS)


_METHOD_BEFORE = words("method_before")

_STUDY_ARM = frozenset({"arm", "arms", "group", "groups", "condition", "conditions"})


def stage_not_arm(c: Context) -> bool:
    """"Experimental", "investigational" tell the intervention's stage ("an experimental drug"), not
    in a study's arm ("the investigational arm", "the experimental group"), a method ("experimental
    studies suggest"), a name ("the Experimental Biology meeting") or of another option ("another
    experimental drug").

    Prevents methods and names counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    if _availability_discipline(c):
        return False
    return c.word(c.end) not in _STUDY_ARM | _AVAILABILITY_RESEARCH_NOUNS and not_in_a_name(c) and not _set_apart(c)


_AVAILABILITY_ACADEMIC_UNITS = words("availability_academic_units")


def _availability_discipline(c: Context) -> bool:
    """"The department of investigational cancer therapeutics", "a reader in experimental systems
    biology", "professor of experimental medicine": the word names a discipline after an academic
    post or unit and a preposition, lower case or not, not a treatment's stage (round 7)."""
    before = c.before(3)
    return len(before) >= 2 and before[-1] in {"of", "in"} and any(w in _AVAILABILITY_ACADEMIC_UNITS for w in before[:-1])


_AVAILABILITY_RESEARCH_NOUNS = words("availability_research_nouns")


def recruiting_now(c: Context) -> bool:
    """"Enrolling", "recruiting" tell a reader a trial they may join ("the trial is now enrolling"),
    not a method already carried out ("the study was done by enrolling 60 patients").

    Prevents methods sentences counting as availability disclosed (HealthNewsReview.org
    criterion 7; CONSORT item 4 describes recruitment as method).
    """
    return c.word(c.start - 1) not in _METHOD_BEFORE and not _availability_sample_described(c) and not _enrolled_in_schooling(c)


_AVAILABILITY_SCHOOLING = words("availability_schooling")
_AVAILABILITY_SCHOOLING_REACH = 4  # "in community college", "in a nursing school"


def _enrolled_in_schooling(c: Context) -> bool:
    """"Enrolling in community college", "enrolling at a local university": the verb's other
    sense, entering one's name on a school's or a course's roll (Merriam-Webster, enroll 1:
    "to enroll in a course"), told of a person's life, not a trial a reader may join. The object
    of "in"/"at", read to its first mark, names a school or a course; "enrolling in a clinical
    trial", "now enrolling patients" keep the cue (HealthNewsReview.org criterion 8).
    Round 31: the dev audit's ``literal_sense`` code."""
    if c.word(c.end) not in {"in", "at"}:
        return False
    for index in range(c.end + 1, min(c.last, c.end + 1 + _AVAILABILITY_SCHOOLING_REACH)):
        if c.marks_before(index, ",;:.!?()"):
            return False
        if c.word(index) in _AVAILABILITY_SCHOOLING:
            return True
    return False


_AVAILABILITY_DEVELOPMENT_HEADS = words("availability_development_heads")


def development_as_stage(c: Context) -> bool:
    """"In development" tells the option's stage ("a test product in development", "has been in
    development for a decade"), not where "development" premodifies the noun after it ("invests
    directly in development projects", "in development costs"): the preposition's object is then
    the compound's head, an organisation's work (a noun premodifying a noun, Quirk et al. 1985,
    17.108), and no option is placed at a stage (HealthNewsReview.org criterion 8). Round 31: the
    dev audit's ``literal_sense`` code, a university's technology-transfer boilerplate."""
    return not (c.end < c.last and c.gap_before(c.end) == " " and c.word(c.end) in _AVAILABILITY_DEVELOPMENT_HEADS)


_AVAILABILITY_SAMPLE_PEOPLE = words("availability_sample_people")
_AVAILABILITY_NUMBER_WORDS = words("number_words") - {"a", "an", "half"}
_AVAILABILITY_NOW = frozenset({"now", "currently", "still", "is", "are", "will", "be", "future", "further", "larger",
                               "ongoing", "planned", "upcoming"})
_AVAILABILITY_SAMPLE_REACH = 8


def _availability_sample_described(c: Context) -> bool:
    """A recruitment or a launch told with its sample ("ultimately recruiting a total of 274
    women", "a goal of enrolling 82 patients", "launched a randomized trial involving 42
    patients", "launched a test in six patients", "enrolling men and women aged 61-85 years"):
    the number and kind of participants are the study's method (CONSORT 2010 items 4a and 13a,
    eligibility and participant flow), the evidence behind a claim, not a trial a reader may
    still join. A word of now or of stage before the cue keeps it ("the trial is now enrolling 300
    patients", "launched a larger trial, recruiting 300": recruitment under way or a trial ahead is
    access, HealthNewsReview.org criterion 7)."""
    if any(w in _AVAILABILITY_NOW for w in c.before(6)):
        return False  # "he now has launched a larger trial, recruiting 300 participants"
    after: list[str] = []
    for index in range(c.end, min(c.last, c.end + _AVAILABILITY_SAMPLE_REACH)):
        if c.marks_before(index, ",;:"):
            break
        after.append(c.word(index))
    if "aged" in after:
        return True
    for i, w in enumerate(after):
        if w[:1].isdigit() or w in _AVAILABILITY_NUMBER_WORDS:
            if any(v in _AVAILABILITY_SAMPLE_PEOPLE for v in after[i + 1:i + 4]):
                return True
    return False


_COSTS_INTEREST_FEES = words("costs_interest_fees")
_COSTS_MONEY_NEAR = pattern("costs_money_near")
_COSTS_COVERAGE_PAYER = pattern("costs_coverage_payer")


def costs_rate_priced(c: Context) -> bool:
    """A rate ("per month", "per dose", "per session") is a price only beside money or a price word
    in its sentence ("$400 per session", "costs about $100 per dose"), not in "migraine days per
    month" or "one gram of sodium per dose".

    Prevents units of a dose or an outcome counting as costs disclosed (HealthNewsReview.org
    criterion 1: what the intervention costs).
    """
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    return bool(_COSTS_MONEY_NEAR.search(sentence)) and cost_to_a_payer(c)


def costs_coverage_by_payer(c: Context) -> bool:
    """"Coverage" is insurance coverage beside a payer ("insurance coverage varies", "Medicare
    coverage", "coverage policy", "free mammogram coverage"), not a vaccine's reach in a population or a cream's on the skin
    ("if coverage in the population is high", "24 hour line-eliminating coverage").

    Prevents plain senses counting as costs disclosed (HealthNewsReview.org criterion 1 names
    insurance coverage).
    """
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    payer = _COSTS_COVERAGE_PAYER.search(sentence) or _COSTS_MONEY_NEAR.search(sentence) or c.word(c.start - 2) == "free"
    return bool(payer) and cost_to_a_payer(c)


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


_COSTS_INTEREST_FEES_NEAR = pattern("costs_interest_fees_near")


# --- round 6 (issue 14: fresh 100-finding slices of availability and costs) -------------------

_PHASE_REPORTED = words("availability_phase_reported")
_PHASE_AHEAD = words("availability_phase_ahead")
_PHASE_REACH = 6


def phase_as_stage(c: Context) -> bool:
    """A trial phase tells where the intervention stands ("it is now in a phase 3 trial", "the
    next step is a phase III trial", "as we head into Phase II trials"), not where the phase
    names a study whose results are already in ("positive results from the Phase 3 trial", "the
    phase I results from 53 patients", "tested the ring in a phase 2 clinical trial", "the Phase
    II study did not meet its primary objective"): that is the evidence behind a claim (CONSORT
    items 13 and 17), as for ``trial_as_stage``, unless a word of stage is near.

    Prevents trials cited as past evidence counting as availability disclosed
    (HealthNewsReview.org criterion 7: if the intervention is not yet available, is its stage of
    study made clear?).
    """
    if _phase_begins_a_history(c):
        return False
    words = c.tokens.words
    near = words[max(c.first, c.start - _PHASE_REACH):c.start] + words[c.end:min(c.last, c.end + _PHASE_REACH)]
    # a quoted trial name after the phase is no office: 'the Phase III "Helix" clinical trial'
    named = not (not_in_a_name(c) or not c.gap_before(c.end).isspace())
    if any((w in _TRIAL_STAGE and w != "phase") or w in _PHASE_AHEAD for w in near):
        return not named
    return not any(w in _PHASE_REPORTED or w in _TRIAL_AS_SOURCE for w in near) and not named


_AVAILABILITY_HISTORY_START = frozenset({"beginning", "began", "begun", "starting", "started"})


def _phase_begins_a_history(c: Context) -> bool:
    """The phase is where a span of the programme's past began or is counted from: "has supported
    the clinical development of VYXEOS beginning in Phase 2", "starting with phase 1". "Beginning
    in" and "starting with" take the phase as the start of a period that runs up to now (Quirk et
    al. 1985, 9.37-9.40 on prepositions of time), a programme's history, not a trial still ahead
    ("trials beginning next year" has the trial as subject and keeps it). "Since" is left alone:
    it is as often causal ("since phase 3 trials take years"). Round 31: the dev audit's
    ``study_design`` code."""
    before = c.before(2)
    return len(before) == 2 and before[0] in _AVAILABILITY_HISTORY_START and before[1] in {"in", "with", "at", "from"}


_OTC_MARKET = words("availability_otc_market")


def otc_as_access(c: Context) -> bool:
    """"Over the counter" tells how a reader can buy a medicine ("sold over the counter", "an
    over-the-counter cream"), not a securities market ("ADRs traded on the over-the-counter
    market": a company's boilerplate) nor a kind set apart from the intervention ("the usual
    over-the-counter pain relievers" on a page about another remedy).

    Prevents stock listings and other options counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    # "over-the-counter painkillers fail", "even over-the-counter drugs like aspirin": a class of options
    return c.word(c.end) not in _OTC_MARKET and not _set_apart(c) and not _existing_options(c)


_CLINIC_OFFERING = pattern("availability_clinic_offering")


def clinics_offering(c: Context) -> bool:
    """"Clinics" tell where the intervention can be had when its sentence offers or sells there
    ("offers the treatments at his clinics", "the test was introduced in some clinics", "a
    company with three clinics"), not where clinics are a study's setting or a comparator's
    ("communication in primary-care clinics", "staff at the selected clinics", "measures
    typically used in clinics").

    Prevents settings of research and care counting as availability disclosed
    (HealthNewsReview.org criterion 7: where can a reader get it?).
    """
    return bool(_CLINIC_OFFERING.search(c.text, c.sentence_start, c.sentence_end))


_PAYER_POPULATION = words("costs_payer_population")
# A payer's benefit beside its population: "a home infusion benefit for Medicare beneficiaries".
_BENEFIT_WORDS = pattern("costs_benefit_words")
_AGENCY_WORDS = words("costs_agency_words")


def costs_payer_named(c: Context) -> bool:
    """"Medicare", "Medicaid" tell a cost where the payer covers or pays ("Medicare covers the
    test"), not where they name a study's population or data ("a random sample of Medicare
    beneficiaries", "Medicare data are included": claims data as a research source, ResDAC) with
    no money in the sentence, nor an agency's name ("the Centers for Medicare and Medicaid
    Services", "the Medicare Coverage Advisory Committee").

    Prevents research populations and agency names counting as costs disclosed
    (HealthNewsReview.org criterion 1).
    """
    after = range(c.end, min(c.last, c.end + 4))
    if any(c.word(i) in _AGENCY_WORDS and c.surface(i)[:1].isupper() for i in after):
        return False
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    if _costs_enrolled_in_payer(c) or any(w in _PAYER_POPULATION for w in following):
        # "every child enrolled in South Carolina Medicaid": the payer's rolls as a study's population
        sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
        return bool(_COSTS_MONEY_NEAR.search(sentence) or _BENEFIT_WORDS.search(sentence)) and cost_to_a_payer(c)
    return cost_to_a_payer(c)


def _costs_enrolled_in_payer(c: Context) -> bool:
    """"Every child enrolled in South Carolina Medicaid": "enrolled in" and only a capitalised
    place between it and the payer's name (round 9)."""
    index = c.start - 1
    while index > c.first and c.surface(index)[:1].isupper():
        index -= 1
    return c.start - index <= 4 and c.word(index) == "in" and c.word(index - 1) in {"enrolled", "enrollees", "enrolees"}


def costs_covered_by_payer(c: Context) -> bool:
    """"Covered by" is a cost beside a payer ("aren't usually covered by insurance"), not a
    dressing's or a rash's cover ("wounds covered by the experimental dressing"); the cost check
    of ``cost_to_a_payer`` still applies.

    Prevents the plain sense of "cover" counting as costs disclosed (HealthNewsReview.org
    criterion 1 names insurance coverage).
    """
    return covered_by_payer(c) and cost_to_a_payer(c)


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



# --- round 5 (issue 14: a fresh 100-finding availability slice, 19 of 41 errors trials) --------

# Words that place a trial ahead of or around the intervention today, not behind a claim: a trial
# needed, planned, expected, under way or open to a reader ("additional trials will be required",
# "expects to begin trials", "currently underway", "recommend I enroll in a trial").
_AVAILABILITY_TRIAL_AHEAD = words("availability_trial_ahead")
_AVAILABILITY_PROGRESSIVE_AUX = words("availability_progressive_aux")
_AVAILABILITY_AHEAD_REACH = 8


def availability_trial_ahead(c: Context) -> bool:
    """A trial or phase counts as availability disclosed only where a word says the trial is
    still ahead, under way or open to a reader ("larger trials are needed", "plans to start Phase
    II trials", "an ongoing phase II trial", "reach out to one of the trials", "the next step is a
    phase III trial"), or a progressive verb places it now ("is being tested in", "centres that
    are running trials": the progressive presents an event as ongoing, Comrie 1976, Aspect).

    A bare trial or phase ("in a clinical trial that pitted ...", "this phase II trial combined",
    "Briana enrolled in the phase 1 trial") is most often the evidence behind a claim or a
    patient's history (in a fresh dev slice 19 of 24 bare ones were): it stays visible, uncounted.

    Prevents trials named as past evidence counting as availability disclosed
    (HealthNewsReview.org criterion 7: if the intervention is not yet available, is its stage of
    study made clear?).
    """
    if _clause_names_another_option(c):
        return _drop(c, "the trial's clause names another option, not the page's")
    near = _ahead_words(c, _AVAILABILITY_AHEAD_REACH)
    if _results_of_the_trial(c):
        sentence = c.tokens.words[c.first:c.last]
        shown = any(a == "will" and b == "be" and v in _AVAILABILITY_RESULTS_SHOWN
                    for a, b, v in zip(sentence, sentence[1:], sentence[2:]))
        near = [w for w in near if w != "hope" and not (w == "will" and shown)]
    if any(w in _AVAILABILITY_TRIAL_AHEAD for w in near) or _under_way(c):
        return True
    words = c.tokens.words
    before = words[max(c.first, c.start - _AVAILABILITY_AHEAD_REACH):c.start]
    after = words[c.end:min(c.last, c.end + 4)]  # 'the phase III "Helix" study is being carried out'
    return any(aux in _AVAILABILITY_PROGRESSIVE_AUX and verb.endswith("ing")
               for side in (before, after) for aux, verb in zip(side, side[1:]))


_AVAILABILITY_RESULTS_REACH = 10
_AVAILABILITY_RENAMING = words("availability_renaming")
_AVAILABILITY_DEGREE_BEFORE = words("availability_degree_before")
_AVAILABILITY_GAP_BEFORE = words("availability_gap_before")


def _ahead_words(c: Context, reach: int) -> list[str]:
    """The words either side of the trial (``_near_words``) less those of the still-ahead list used
    in another sense, where they place nothing ahead: "now" before a name-giving participle renames
    ("a trial to study the drug, now called ipilimumab"), "further" after "even"/"much"/"far" grades
    ("expands its use even further"), "need" after "unmet"/"medical" names a gap in care ("drugs that
    fill an unmet medical need, using clinical trial data"). A word counts for the trial in its sense of
    time or of what must still be done (Quirk et al. 1985, 8.55 on "now" as a time adjunct; OED further
    adv. 2 as degree). Round 16b: dev, 3 wrong findings out in 3 documents, none right."""
    words = c.tokens.words
    out = []
    for index in list(range(max(c.first, c.start - reach), c.start)) + list(range(c.end, min(c.last, c.end + reach))):
        w = words[index]
        following = words[index + 1] if index + 1 < c.last else ""
        previous = words[index - 1] if index - 1 >= c.first else ""
        if (w == "now" and following in _AVAILABILITY_RENAMING) or (
                w == "further" and previous in _AVAILABILITY_DEGREE_BEFORE) or (
                w in {"need", "needs"} and previous in _AVAILABILITY_GAP_BEFORE):
            continue
        out.append(w)
    return out
_AVAILABILITY_RESULTS_NOUNS = frozenset({"results", "findings", "outcome", "outcomes"})
# In "the results of the trial will be presented", "the results of two trials offered hope": the
# future and the hope are the results' (their presentation, their promise), not the trial's; "the
# findings are expected later this year" keeps the trial ahead.
_AVAILABILITY_RESULTS_SHOWN = words("availability_results_shown")
_AVAILABILITY_PARTIAL_RESULTS = words("availability_partial_results")


def _results_of_the_trial(c: Context) -> bool:
    """The trial or phase is the object of "the results of" / "results from" ("The results of the
    phase III randomized trial will be presented Saturday at the annual meeting", "the results of
    two large clinical trials of a new drug offered hope"): the trial whose findings the page
    reports, a study already run, its presentation a news event (the audit guide's settled
    convention: ``study_design``); a "hope", or a "will" of their showing ("will be presented"),
    then belongs to the results; results "expected later this year" keep the trial ahead. Not
    where the results are partial or early ("initial results from the phase II portion of the
    trial will be presented later": more of the trial is still to come). Round 13b: the dev
    labels' ``study_design`` code. Round 14: the results' noun phrase may be long ("the results
    of the pre-specified subgroup analysis within the X trial"), so the reach back is ten words."""
    back = _words_back(c, _AVAILABILITY_RESULTS_REACH, ",;:")
    for i in range(len(back) - 1):
        if back[i] in _AVAILABILITY_RESULTS_NOUNS and back[i + 1] in {"of", "from"}:
            earlier = c.tokens.words[max(c.first, c.start - len(back) + i - 3):c.start - len(back) + i]
            return not any(w in _AVAILABILITY_PARTIAL_RESULTS for w in earlier + back)
    return False


_AVAILABILITY_OBJECT_APART = words("availability_object_apart")


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
    return following[0] in _AVAILABILITY_ARTICLES and any(w in _AVAILABILITY_OBJECT_APART for w in following[1:])


_AVAILABILITY_ARTICLES = frozenset({"a", "an", "the"})


_AVAILABILITY_PRESCRIPTION_ACCESS = words("availability_prescription_access")
_AVAILABILITY_PRESCRIPTION_ROUTE = words("availability_prescription_route")


def availability_prescription_route(c: Context) -> bool:
    """"Prescription" counts where it tells the route to the drug: "by prescription", "without a
    prescription", "non-prescription creams", "requires a prescription", or a sentence that sets it
    against another route or a licence ("some prescription, some over-the-counter", "an
    FDA-approved prescription cream", "available by prescription"). A bare one ("her doctor wrote
    a prescription for", "their regular prescription treatment") is a patient's history or a study
    arm: visible, uncounted.

    Prevents narratives and methods counting as availability disclosed (HealthNewsReview.org
    criterion 7: how would a reader get it?). An access word governs "prescription" only as the
    head of its own phrase: in "ties with makers of prescription antidepressants" "with" governs
    "makers", and "prescription" premodifies a kind of drug inside the of-phrase (round 10; Quirk
    et al. 1985, 17.104, noun premodifiers). A class of options ("several prescription
    treatments") does not count either (``availability_of_one_option``).
    """
    if not availability_of_one_option(c):
        return False
    before = c.before(3)
    if before[-1:] == ["of"] and c.end < c.last and c.gap_before(c.end) == " " and c.word(c.end).isalpha():
        # "relationships with makers of prescription antidepressants": "prescription" premodifies a
        # kind of drug inside an of-phrase, so "with" governs "makers", not the prescription
        before = []
    if set(before) & _AVAILABILITY_PRESCRIPTION_ACCESS or c.text[max(0, c.match_start - 4):c.match_start].lower().endswith("non-"):
        return True
    if c.text.startswith("-only", c.match_end) or c.word(c.end) == "only":
        return True
    sentence = c.tokens.words[c.first:c.last]
    return bool(set(sentence) & _AVAILABILITY_PRESCRIPTION_ROUTE)


def _near_words(c: Context, reach: int) -> list[str]:
    words = c.tokens.words
    return words[max(c.first, c.start - reach):c.start] + words[c.end:min(c.last, c.end + reach)]


_AVAILABILITY_UNDER_WAY = re.compile(r"\bunder\s?way\b", re.IGNORECASE)


def _under_way(c: Context) -> bool:
    """"Under way" / "underway" within the sentence after the trial ("trials ... are under way")."""
    return bool(_AVAILABILITY_UNDER_WAY.search(c.text, c.match_end, min(c.sentence_end, c.match_end + 80)))


# --- round 7 (issue 14: fresh 100-finding slices; availability not_intervention, costs not_price) ---

_AVAILABILITY_CLASS_QUANTIFIERS = words("availability_class_quantifiers")
_AVAILABILITY_CLASS_NOUNS = words("availability_class_nouns")
_AVAILABILITY_CLASS_BACK = 8
_AVAILABILITY_CLASS_AFTER = 6
_AVAILABILITY_CLASS_SPAN = 5


def availability_of_one_option(c: Context) -> bool:
    """A cue counts as availability disclosed only where its clause speaks of one option, not of
    a class of options sized by a quantifier: "no drugs approved for second-line treatment",
    "just a few prescription medications are approved", "nearly every cream and medication on
    the market", "several other home-based tests are already on the market", "no further
    treatments were available". A quantified plural (or "no", "every" before a kind) names the
    range of options a reader has (HealthNewsReview.org criterion 6, alternatives), not how to
    get the intervention (criterion 7); such a finding stays visible, uncounted. A generic noun
    phrase sized by a quantifier refers to a kind, not an individual (Carlson 1977, reference
    to kinds).

    Precision-first (round 7): in the fresh dev slice, 9 of 18 wrong availability findings were
    another option's or the option landscape's access.
    """
    back = _words_back(c, _AVAILABILITY_CLASS_BACK, ",;:")
    after: list[str] = []
    for index in range(c.end, min(c.last, c.end + _AVAILABILITY_CLASS_AFTER)):
        if c.marks_before(index, ",;:"):
            break
        after.append(c.word(index))
    if _set_apart(c):  # "very little else yet available", "a similar test in development"
        return False
    if _in_the_standard_of_comparison(c):  # "cheaper than the stents currently available"
        return False
    if _issuer_self_description(c):  # "Novartis products are available in more than 180 countries"
        return False
    if _available_thing_not_an_option(c):  # "survival data was not yet available", "energy availability"
        return False
    if _availability_of_another_option(c):
        return _drop(c, "availability of another option")
    if _clause_names_another_option(c):
        return _drop(c, "the cue's clause names another option, not the page's")
    if _kind_in_general(c):
        return _drop(c, "availability of a kind of option in general")
    if _option_new_to_the_page(c):
        return _drop(c, "availability of an option the sentence introduces, not the page's")
    if _dated_approval_of_a_new_referent(c):
        return _drop(c, "an earlier year's approval of an option the sentence introduces, not the page's")
    if _existing_option_described(c):
        return _drop(c, "an existing option's status: the standard the page's option is set against")
    if _sibling_of_the_option(c):
        return _drop(c, "a sibling of the page's option (similar to it, in its class): another option's status")
    if _the_only_option_is_another(c):
        return _drop(c, "'the only' approved or available option said of another option: the landscape of options")
    if _both_routes_of_medicines(c):
        return _drop(c, "prescription and over-the-counter: medicines in general")
    clause = back + c.tokens.words[c.start:c.end] + after
    return not any(word in _AVAILABILITY_CLASS_QUANTIFIERS and _sizes_a_class(clause, i)
                   for i, word in enumerate(clause))


_AVAILABILITY_NEW_REFERENT = pattern("availability_new_referent")
_AVAILABILITY_LEAD_SENTENCES = 2
_AVAILABILITY_PASSING_MENTIONS = 1  # a name the page goes on to use more often is its topic


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """The option's name as a whole word, any case (compiled once per name)."""
    return re.compile(r"(?i)(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def _option_new_to_the_page(c: Context) -> bool:
    """The sentence introduces, past the page's lead, an option the page has not named before, by
    an indefinite description with its name ("Researchers are separately looking at a drug called
    omalizumab (Xolair), approved for severe asthma", "four years ago an FDA-approved home test
    called Fertell, which is no longer for sale", "Genentech also markets a drug called Lucentis
    that is approved to treat macular degeneration"). An indefinite noun phrase brings a new
    referent into the discourse (Prince 1981, brand-new entities; Heim 1982, the novelty condition
    on indefinites); past the lead, the option a page is about has been introduced already, so
    an option met for the first time is another one named in passing, and its approval or sale
    is the landscape of options (criterion 6), not how to get the page's (criterion 7). Kept: a
    name the page used before ("a more sensitive product called SpermCheck Vasectomy" on a page
    about SpermCheck Fertility; round 26 relabelled that sibling wrong, but a name the page used
    cannot tell a sibling from the option itself, so it stays kept), a class rather than a name ("a type of treatment called a PARP
    inhibitor"), the page's first two sentences (where a page introduces its own option so: "An
    experimental drug called X cut ..."), a name the page goes on to use more than once after the
    sentence (a page may bring in its own option so: "the study involved an estrogen-blocking pill
    called tamoxifen", then names it twenty times), and a sentence that names the page's
    intervention.

    Prevents a passing option's approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 16b: five wrong findings in three documents, none right)."""
    found = _AVAILABILITY_NEW_REFERENT.search(c.text, c.sentence_start, c.sentence_end)
    if not found:
        return False
    if c.sentence_index < _AVAILABILITY_LEAD_SENTENCES:  # the prepared sentences, as every rule counts them
        return False
    name = _name_pattern(found.group("name"))
    if name.search(c.text, 0, c.sentence_start) or len(name.findall(c.text, c.sentence_end)) > _AVAILABILITY_PASSING_MENTIONS:
        return False
    return not c.interventions.names_intervention(c.first, c.last)


_AVAILABILITY_INDEFINITE_APPROVED = pattern("availability_indefinite_approved")
_AVAILABILITY_EARLIER_YEAR = pattern("availability_earlier_year")
_AVAILABILITY_AGENCY_REACH = 30  # characters from the agency cue to its verb: "the FDA has approved"


def _dated_approval_of_a_new_referent(c: Context) -> bool:
    """The cue tells an approval, set in an earlier year, of an option the sentence brings in by an
    indefinite noun phrase: "In 2005, the FDA approved a device that stimulates another nerve",
    "in recent years the FDA has approved six drugs for men with advanced disease", "one drug, which
    the FDA approved in 2016, works for people whose ...". An indefinite noun phrase introduces a
    new referent (Prince 1981, brand-new entities; Heim 1982, the novelty condition on indefinites),
    not the option the page is about and names; an approval dated to an earlier year ("in 2005", "since 2010", "in recent years", "years ago") is the history of the
    field's options, the landscape HealthNewsReview.org criterion 6 asks about, not whether the
    reader can get the page's option (criterion 7; the audit guide's settled convention: another
    option's approval set beside the page's is wrong, ``not_intervention``). Unlike
    ``_option_new_to_the_page`` it needs no name ("a drug called X"): the date and the indefinite
    description carry it. Kept: an undated approval ("the FDA has approved two types of stool
    tests:" listing the page's own), a future one ("expects the device
    to be approved in 2014": no "approved" after the indefinite), a sentence that names the page's
    intervention, and a page with no intervention identified. The page's lead is not kept apart
    ("In recent years, the FDA has approved six drugs for men with the disease" opens a release):
    the earlier-year date, not the place, tells the field's history from the page's news (a lead
    that introduces its own option tells this week's approval, "The FDA on Tuesday approved a
    device that ...").

    Prevents an earlier approval of another drug or device counting as the intervention's (the dev
    audit's ``not_intervention`` code, round 26)."""
    iv = c.interventions
    if not iv:
        return False
    if not _AVAILABILITY_EARLIER_YEAR.search(c.text, c.sentence_start, c.sentence_end):
        return False
    for m in _AVAILABILITY_INDEFINITE_APPROVED.finditer(c.text, c.sentence_start, c.sentence_end):
        inside = m.start() <= c.match_start and c.match_end <= m.end()
        between = c.text[c.match_end:m.start()] if c.match_end <= m.start() else ""
        agency_before = (c.match_end <= m.start() and len(between) <= _AVAILABILITY_AGENCY_REACH
                         and not any(mark in between for mark in ",;:()"))
        if inside or agency_before:
            return not iv.names_intervention(c.first, c.last)
    return False


_AVAILABILITY_ONLY_COPULAS = words("availability_only_copulas")
_AVAILABILITY_ONLY_FILLERS = words("availability_only_fillers")
_AVAILABILITY_ONLY_ANAPHORS = words("availability_only_anaphors")
_AVAILABILITY_ONLY_RELATIVES = frozenset({"which", "who"})
_AVAILABILITY_ONLY_REACH = 5  # words from "the only" to the cue: "the only FDA-approved chemotherapy drug"
_AVAILABILITY_ONLY_KIND_AFTER = 3  # words from the cue to the kind noun: "the only commercially available contraception options"


def _the_only_option_is_another(c: Context) -> bool:
    """The cue sits in a definite description "the only (other) ... KIND" ("the only treatment
    approved for advanced head and neck cancer", "the only commercially available contraception
    options", "the only drugs approved to treat irritability") that the sentence says of something
    that is not the page's option: a copula's subject ("condoms and vasectomy have remained the only
    ..."), a relative pronoun's antecedent ("docetaxel, which is the only ..."), or, for a description
    that opens its clause, what follows its copula ("The only drugs approved ... are the atypical
    antipsychotics Risperdal and Abilify"). "The only" with a kind noun is an identifying description
    (Quirk et al. 1985, 5.33 and 16.32, the identifying copula): it equates the thing named with the
    whole of what is approved or on sale, so the status told is that of the standard or existing
    options, the landscape HealthNewsReview.org criterion 6 asks about, not whether the reader can
    get the page's option (criterion 7; the audit guide's settled convention: another option's
    approval or market status is wrong, ``not_intervention``). ``_availability_of_another_option``
    reads the description only where it opens the sentence's subject and the sentence never names
    the option; this reads what the description is said of, wherever it stands.

    Kept: a description said of the page's option ("Lifitegrast is the only prescription eye drop
    indicated ..."), of a pronoun or a definite noun phrase that may refer back to it ("It is the
    only approved drug", "the device remains the only ..."), a description that itself names the
    page's option, so the thing is a member of the page's class ("Prozac is the only antidepressant
    approved ..." on a page about antidepressants), a page with no intervention identified, and a
    description whose referent the clause does not show.

    Prevents another option's sole approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 27: three wrong findings in three documents)."""
    iv = c.interventions
    if not iv:
        return False
    lo = max(c.first + 1, c.start - _AVAILABILITY_ONLY_REACH)
    only = next((i for i in range(c.start - 1, lo - 1, -1) if c.word(i) == "only" and c.word(i - 1) == "the"), None)
    if only is None or not unbroken(c, only + 1, c.start + 1, ",;:()"):
        return False
    stop = min(c.last, c.end + _AVAILABILITY_ONLY_KIND_AFTER)
    kind = next((i for i in range(only + 1, stop) if c.word(i) in _AVAILABILITY_CLASS_NOUNS), None)
    if kind is None or not unbroken(c, only + 1, kind + 1, ",;:()"):
        return False
    if iv.names_intervention(only - 1, kind + 1):  # "the only antidepressant approved": the page's class
        return False
    referent = _only_description_referent(c, only - 1, kind)
    if referent is None or iv.names_intervention(*referent):
        return False
    if iv.named(*referent):  # names options, none the page's
        return True
    return c.word(referent[0]) not in _AVAILABILITY_ONLY_ANAPHORS


def _only_description_referent(c: Context, the: int, kind: int) -> tuple[int, int] | None:
    """Token span of what the description opened by ``the`` ("the only ... KIND") is said of: the
    subject before its copula (across auxiliaries and adverbs), a relative pronoun's antecedent before
    the comma, or, where the description opens its clause, what follows the next copula up to a clause
    break. None where the clause shows no such referent."""
    at = the - 1
    while at >= c.first and c.word(at) in _AVAILABILITY_ONLY_FILLERS and not c.word(at) in _AVAILABILITY_ONLY_COPULAS:
        at -= 1
    if at >= c.first and c.word(at) in _AVAILABILITY_ONLY_COPULAS and unbroken(c, at + 1, the + 1, ",;:()"):
        end = at
        while end > c.first and c.word(end - 1) in _AVAILABILITY_ONLY_FILLERS:
            end -= 1
        begin = c.back_to_break(end, ",;:")
        if begin >= end:
            return None
        if c.word(begin) in _AVAILABILITY_ONLY_RELATIVES and end - begin == 1 and begin > c.first:
            return c.back_to_break(begin - 1, ",;:("), begin  # "docetaxel, which is the only ..."
        return begin, end
    if c.back_to_break(the, ",;:") != the:
        return None
    copula = next((i for i in range(kind + 1, c.last) if c.word(i) in _AVAILABILITY_ONLY_COPULAS), None)
    if copula is None or not unbroken(c, kind + 1, copula + 1, ",;:"):
        return None
    end = copula + 1
    while end < c.last and not c.marks_before(end, ",;:"):
        end += 1
    return (copula + 1, end) if end > copula + 1 else None


_AVAILABILITY_SIBLING_MARKER = pattern("availability_sibling_marker")
_AVAILABILITY_SIBLING_OBJECT = 6  # words of the option a sibling is likened to: "similar to BioSure's new take-home test"


def _sibling_of_the_option(c: Context) -> bool:
    """The cue is said of a noun phrase that a word of likeness marks as a sibling of the page's
    option: "any test similar to BioSure's new home test was in development", "a drug called
    Lucentis that is similar to Avastin and is approved by the FDA" (on a page about Avastin), "a
    spray in the same class that went from prescription to over-the-counter status a year ago".
    Likened to the page's option, or placed in its class, the thing is by that token another member
    of the class, not the option itself; its approval or sale is the landscape of options
    (HealthNewsReview.org criterion 6), not how a reader gets the page's option (criterion 7; the
    audit guide's settled convention: "a spray in the same class went over the counter last year"
    is wrong, ``not_intervention``). Read only before the cue, in its sentence, and only as a
    postmodifier of a noun (a restrictive phrase or relative clause defines its head: Quirk et al.
    1985, 17.3-17.13), so the likeness sits in the subject that the status is told of. Kept: a
    likeness predicated after a copula ("it is in the same class and was approved": the page's
    option may be the "it"), a sentence that names the page's option outside the likeness
    ("Veltra, similar to older gels, is sold over the counter": the option is the thing likened, its
    status counts), a likeness to something that is not the page's option unless it defines a kind of
    option ("HCA is chemically similar to citric acid and is sold as a supplement" keeps; "any test
    similar to the new kit" does not), and a bare "in the same class" in a sentence that names the
    page's option at all.

    Prevents a rival's or sibling's status counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 25)."""
    iv = c.interventions
    likenesses = _AVAILABILITY_SIBLING_MARKER.finditer(c.text, c.sentence_start, c.match_start)
    return any(_likeness_marks_a_sibling(c, m, iv) for m in likenesses)


def _likeness_marks_a_sibling(c: Context, m: re.Match, iv: Interventions) -> bool:
    """Whether the likeness ``m`` ("similar to", "in the same class") postmodifies a noun it makes
    a sibling of the page's option (``iv``): a class ("in the same class") in a sentence that does
    not name the option, or a likeness to the option, named only inside the likeness, or one that
    defines a kind of option ("any test similar to")."""
    at = bisect_left(c.tokens.starts, m.end())  # the first word after the likeness: its object
    head = _likeness_head(c, m, at)
    if head is None:
        return False
    if not m.group().rstrip().lower().endswith(("to", "as")):  # "a spray in the same class"
        return bool(iv and not iv.names_intervention(c.first, c.last))
    stop = _likeness_object_end(c, at)
    if iv and (iv.names_intervention(c.first, at) or iv.names_intervention(stop, c.last)):
        return False  # the page's option is named outside the likeness: it may be the thing likened
    # likened to the page's option, or a kind defined by its likeness: "any test similar to"
    return bool((iv and iv.names_intervention(at, stop)) or c.word(head) in _AVAILABILITY_CLASS_NOUNS)


def _likeness_head(c: Context, m: re.Match, at: int) -> int | None:
    """The noun the likeness ``m`` postmodifies (its object begins at token ``at``), read back over
    a predicate ("is", "was also") and a relative word ("a drug that is similar to"); None where
    the likeness is predicated of a subject ("it is in the same class") or the noun lies outside
    the likeness's clause or sentence."""
    head = bisect_left(c.tokens.starts, m.start()) - 1
    while head > c.first and c.word(head) in _AVAILABILITY_PREDICATE_WORDS and not c.marks_before(head + 1, ",;:()"):
        head -= 1  # back over "is", "was also" to the word before the predicate
    if c.word(head) in _AVAILABILITY_RELATIVE_OPENERS or c.word(head) in {"that's", "that\u2019s"}:  # "a drug that is similar to": a relative clause
        head -= 1
    elif head + 1 < at and c.word(head + 1) in _AVAILABILITY_PREDICATE_WORDS:
        return None  # predicated of a subject ("it is in the same class"), not a postmodifier naming a sibling
    if head < c.first or c.marks_before(head + 1, ",;:()"):
        return None
    return head


def _likeness_object_end(c: Context, at: int) -> int:
    """Where the object of a likeness that begins at token ``at`` ends: at the first clause mark
    after its first word, at the match, or ``_AVAILABILITY_SIBLING_OBJECT`` words on."""
    stop = at
    while stop < min(c.start, at + _AVAILABILITY_SIBLING_OBJECT) and not (stop > at and c.marks_before(stop, ",;:()")):
        stop += 1
    return stop


_AVAILABILITY_STATUS_QUO = words("availability_status_quo")
_AVAILABILITY_STATUS_QUO_REACH = 4  # "the current [[prescription]] treatment options", "existing FDA-[[approved]] dressing"
_AVAILABILITY_APPOSED_NAME = 3  # words of a name set off by commas: 'That existing unit, "Maestro," approved by'
# Words that end the noun phrase "existing" or "current" premodifies before the cue (round 20): a
# determiner, a preposition or a relative word opens another phrase ("In the current trial the
# newly approved spray", "Current users of the approved spray"), a verb a predicate.
_AVAILABILITY_STATUS_QUO_BREAKS = words("availability_status_quo_breaks")
_AVAILABILITY_STATUS_QUO_PHRASE_OPENERS = words("availability_status_quo_phrase_openers")
_AVAILABILITY_CUE_NOT_PRENOMINAL = words("availability_cue_not_prenominal")


def _cue_is_prenominal(c: Context) -> bool:
    """A noun follows the cue ("the approved spray"), so a determiner or preposition between
    "existing" and the cue opens another noun phrase; a cue followed by a preposition, a
    conjunction or the clause's end postmodifies the noun before it ("existing sprays for
    migraine approved for adults": one noun phrase). Round 21 code review."""
    after = c.word(c.end)
    return bool(after) and after not in _AVAILABILITY_CUE_NOT_PRENOMINAL and not c.marks_before(c.end, ",;:.!?")


def _existing_option_described(c: Context) -> bool:
    """The cue belongs to a noun phrase that "existing" or "current" premodifies: "the patch
    advances existing FDA-approved wireless dressings", "patients found the current prescription
    treatment options messy", 'that existing unit, "Maestro," approved by the FDA in 2015' (read
    past a name in apposition). Said of options, "existing" and "current" name the status quo,
    the options a reader has today that a page sets its new one against (HealthNewsReview.org
    criterion 6, "compare the new approach with existing alternatives"): their approval or sale
    is the landscape of options, not how a reader gets the page's option (criterion 7). Kept: a
    verb between the adjective and the cue ("the existing devices, which are available
    commercially": predicated, of the things named), a determiner or a preposition between, which
    opens another noun phrase the adjective does not premodify ("in the current trial the newly
    approved spray", "current users of the approved spray"; round 20 code review) when the cue
    itself is prenominal (round 21: "existing sprays for migraine approved for adults" is one
    noun phrase), the
    indefinite "an existing drug approved for asthma" (how a page brings in a repurposed drug, its
    own option: guide.md, settled conventions), and a noun phrase that names the page's
    intervention.

    Prevents the status quo's approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 19: four wrong findings in three documents, none right)."""
    back = _words_back(c, _AVAILABILITY_STATUS_QUO_REACH, ",;:")
    end = c.start
    if not back:  # 'that existing unit, "Maestro," approved': skip a short name in apposition
        end = _before_apposed_name(c)
        if end is None:
            return False
        first = max(c.first, end - _AVAILABILITY_STATUS_QUO_REACH)
        # the clause back from the noun before the name, past the comma that opens the apposition
        back = next((c.tokens.words[i:end] for i in range(end - 1, first, -1) if c.marks_before(i, ",;:")),
                    c.tokens.words[first:end])
    hits = [i for i, w in enumerate(back) if w in _AVAILABILITY_STATUS_QUO]
    if not hits:
        return False
    at = hits[-1]
    breaks = _AVAILABILITY_STATUS_QUO_BREAKS
    if _cue_is_prenominal(c):
        breaks = breaks | _AVAILABILITY_STATUS_QUO_PHRASE_OPENERS
    if any(w in breaks for w in back[at + 1:]) or (at and back[at - 1] in {"a", "an"}):
        return False
    start = end - len(back) + at
    return not c.interventions.names_intervention(start, min(c.last, c.end + _AVAILABILITY_STATUS_QUO_REACH))


def _before_apposed_name(c: Context) -> int | None:
    """The index just past the noun phrase before a name set off by commas right before the cue
    ('that existing unit, "Maestro," approved'): a name in apposition is skipped as a parser
    skips an appositive (Quirk et al. 1985, 17.65); None when no such name is there."""
    if not c.marks_before(c.start, ","):
        return None
    for at in range(c.start - 1, max(c.first, c.start - 1 - _AVAILABILITY_APPOSED_NAME), -1):
        if c.marks_before(at, ",") and at > c.first:
            name = range(at, c.start)
            if all(capitalised(c.text[c.tokens.starts[i]:c.tokens.ends[i]]) for i in name):
                return at
            return None
    return None


_AVAILABILITY_STANDARD_MARKERS = words("availability_standard_markers")
_AVAILABILITY_COMPARE_VERBS = words("availability_compare_verbs")
_AVAILABILITY_QUANTITY_COMPARATIVES = words("availability_quantity_comparatives")
_AVAILABILITY_STANDARD_BREAKS = words("availability_standard_breaks")
_AVAILABILITY_STANDARD_REACH = 12


def _in_the_standard_of_comparison(c: Context) -> bool:
    """The cue sits inside the standard of a comparison, the term the page's option is measured
    against: "Abbott will charge more for its stent than the permanent, medicated stents currently
    available", "more effective than buying nicotine gum over the counter", "quite different than
    previous testing that's been available", "compared the new drug to the only FDA-approved
    chemotherapy", "unlike the creams on the market". The standard of a comparative construction
    is the other term of the comparison (Quirk et al. 1985, 15.63-15.69), the comparator of PICO's
    C: its access is the landscape of options (criterion 6), not how a reader gets the option the
    page is about (criterion 7). ``_rated_against_the_market`` reads the superlative and "than
    any" cases of "available" and "on the market"; this reads the standard for every cue.

    The standard opens at "than", "versus", "unlike", or at "compared to/with" (also with the
    compared term between: "compared X, which ..., to Y"). It ends at a semicolon, a colon or a
    bracket, at a subordinator or "but", at a comma before "and", and at "and"/"or" before a
    predicate ("than rivals and is already approved": the cue is said of the subject); a standard
    that leads the sentence ends at its comma ("Unlike older pills, the gel is sold ..."). Kept:
    "more than"/"less than"/"fewer than" before a quantity ("in more than a quarter century on
    the market": a measure, not a standard), and a standard that names the page's intervention.

    Prevents a comparator's approval or sale counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 16: six wrong findings in six documents, none right).
    """
    index = c.start - 1
    low = max(c.first, c.start - _AVAILABILITY_STANDARD_REACH)
    while index >= low:
        if c.marks_before(index + 1, ";:()[]"):
            return False
        word = c.word(index)
        if word in _AVAILABILITY_STANDARD_BREAKS:
            return False
        if word == "and" and c.marks_before(index, ","):
            return False
        if word in {"and", "or"} and c.word(index + 1) in _AVAILABILITY_PREDICATE_WORDS:
            return False
        opens = word in _AVAILABILITY_STANDARD_MARKERS and not (
            word == "than" and c.word(index - 1) in _AVAILABILITY_QUANTITY_COMPARATIVES)
        head = index
        if word in {"to", "with"}:
            head = _compared_before(c, index)
            opens = head is not None
        if opens:
            if _fronted(c, head) and not unbroken(c, index + 1, c.start + 1, ","):
                return False  # "Unlike older pills, the gel is sold at pharmacies": the cue is the main clause's
            return not c.interventions.names_intervention(index + 1, c.end)
        index -= 1
    return False


_AVAILABILITY_ASIDE_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_AVAILABILITY_INFINITIVE_VERBS = words("availability_infinitive_verbs")


def _fronted(c: Context, head: int) -> bool:
    """The comparison opening at ``head`` leads its sentence ("Unlike X, ...", "In comparison with
    X, ..."): a fronted adverbial, which its comma closes (Quirk et al. 1985, 8.21)."""
    return head == c.first or (head == c.first + 1 and c.word(c.first) in {"as", "in", "when"})


def _compared_before(c: Context, index: int) -> int | None:
    """The index of the verb of comparing whose "to" or "with" stands at ``index``, in its own
    clause ("compared the new drug to", "compared the ring, which is worn for a month, to"); None
    if there is none. The look-back stops at a clause mark, a subordinator, and a comma, except the
    two commas around a non-restrictive relative clause ("X, which ..., to"); a verb already
    followed by its own "to"/"with" ("Compared with older pills, the maker hopes to") has its
    standard, and a "to" before a bare verb ("hopes to make the gel available") is an infinitive,
    not a preposition."""
    if c.word(index) == "to" and c.word(index + 1) in _AVAILABILITY_INFINITIVE_VERBS:
        return None
    crossed = False  # a comma crossed that only an opening relative clause explains
    for at in range(index - 1, max(c.first, index - _AVAILABILITY_STANDARD_REACH) - 1, -1):
        if c.marks_before(at + 1, ";:()[]"):
            return None
        if c.marks_before(at + 1, ","):
            if crossed and c.word(at + 1) in _AVAILABILITY_ASIDE_RELATIVES:
                crossed = False
            elif crossed:
                return None
            else:
                crossed = True
        word = c.word(at)
        if word in _AVAILABILITY_STANDARD_BREAKS:
            return None
        if word in _AVAILABILITY_COMPARE_VERBS:
            if crossed or (c.word(at + 1) in {"to", "with"} and at + 1 < index):
                return None
            return at
    return None


_AVAILABILITY_NOT_PLURALS = words("availability_not_plurals")


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


_AVAILABILITY_ROUTE_WORDS = frozenset({"prescription", "counter", "nonprescription"})
_AVAILABILITY_GENERIC_MEDICINES = words("availability_generic_medicines")
_AVAILABILITY_BOTH_ROUTES_REACH = 8
_AVAILABILITY_GIVEN_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "our", "this", "your"})


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


def _given_plural(c: Context, lo: int, at: int) -> bool:
    """A determiner picks out the plural at token ``at`` ("the drugs", "their medicines"); not the
    "the" of "over the counter", nor a partitive ("any of the drugs" sizes the kind)."""
    before = c.tokens.words[max(lo, at - 3):at]
    picked = [i for i, w in enumerate(before) if w in _AVAILABILITY_GIVEN_DETERMINERS
              and not (w == "the" and i and before[i - 1] == "over")]
    return bool(picked) and "of" not in c.tokens.words[max(lo, at - 5):at]


_AVAILABILITY_KIND_LINKS = frozenset({"that", "which"})
_AVAILABILITY_KIND_DETERMINERS = words("availability_kind_determiners")
_AVAILABILITY_KIND_REACH = 3
# The cues predicated of what is had ("available", "approved", "on the market"); a stage ("in
# development"), a payer's cover or a use ("off label") is told of a kind as of one option.
_AVAILABILITY_KIND_CUES = frozenset({"available", "approved", "market"})


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
    noun = c.word(index)
    if not (noun in _OPTION_NOUNS or (noun in _AVAILABILITY_CLASS_NOUNS and _plural(noun))):
        return False
    if c.word(c.end) in _AVAILABILITY_ROUTE_AFTER or _channel_after(c):
        return False
    back: list[str] = []
    at = index - 1
    while at >= max(c.first, index - _AVAILABILITY_KIND_REACH) and not c.marks_before(at + 1, ",;:()"):
        back.insert(0, c.word(at))
        at -= 1
    if any(a == "one" and b == "of" for a, b in zip(back, back[1:])) or any(w in _AVAILABILITY_CAUSATIVE for w in back):
        return False  # "one of the few products on the market"; "to make supplements available": the offer
    determined = [w for w in back if w in _AVAILABILITY_KIND_DETERMINERS or w.endswith(("'s", "\u2019s"))]
    if determined:
        present = set(c.tokens.words[index + 1:c.start]) & _AVAILABILITY_POSTPOSED_ADVERBS_AND_ALREADY
        if not (determined == ["the"] and links and present):
            return False
    return not c.interventions.names_intervention(c.first, c.last)


_AVAILABILITY_POSTPOSED_ADVERBS_AND_ALREADY = _AVAILABILITY_POSTPOSED_ADVERBS | {"already"}


def _plural(word: str) -> bool:
    """A plural noun by its ending ("antidepressants", "creams"), so unlisted kinds of option are
    seen too; not "-ss" or "-us" words ("access", "stimulus") nor the listed function words and
    adverbs ending in "s" ("across", "overseas": "available across Europe" is the product's
    access)."""
    return word.endswith("s") and not word.endswith(("ss", "us")) and word not in _AVAILABILITY_NOT_PLURALS


_COSTS_COMPARATIVE_WORDS = words("costs_comparative_words")
# Payments to research participants (ICH E6 GCP 4.8.10(k)): an incentive to take part, not a price.
_COSTS_PARTICIPANT_PAYMENT = pattern("costs_participant_payment")
_COSTS_RESEARCH_PROCESS = pattern("costs_research_process")
_COSTS_SAVING_WORDS = words("costs_saving_words")
_COSTS_SYSTEM_BENEFICIARY = pattern("costs_system_beneficiary")


def _costs_of_research(c: Context) -> bool:
    """A word that rates cost ("expensive", "cheaper", "cost-effective", "cost-effectiveness")
    said of research rather than of a treatment: "helping to make drug trials faster, cheaper",
    "that type of study would be very expensive", "evaluated in more cost-effective ways", "calls
    for cost-effectiveness studies", "a cost-effectiveness comparison is planned". The cost of a
    trial or an economic evaluation still to be done discloses nothing a patient or payer pays
    (HealthNewsReview.org criterion 1; Drummond et al., Methods for the Economic Evaluation of
    Health Care Programmes: an evaluation planned is no result; round 9 adds its cost-benefit,
    cost-utility and "cost-based" analyses, "plans to carry out a cost-based analysis"). A sum in the sentence keeps it:
    "the trial found the pill cost $4 less"."""
    if _costs_cue(c) not in _COSTS_COMPARATIVE_WORDS:
        return False
    sentence = c.text[c.sentence_start:c.sentence_end]
    if _FIGURE.search(sentence) or set(c.tokens.words[c.first:c.last]) & _COSTS_RESULT_VERBS:
        return False  # "a clinical trial found the pill is cheaper than surgery": a result on cost
    if c.word(c.end) == "than":
        return False  # "would be cheaper than ultrasound": the options compared, not the research
    return bool(_COSTS_RESEARCH_PROCESS.search(sentence))


_COSTS_RESULT_VERBS = words("costs_result_verbs")


def _costs_cue(c: Context) -> str:
    """The matched words, lower case, hyphens for spaces: "cost savings" -> "cost-savings". A
    bare "cost" takes the word it compounds with ("cost-effectiveness", "cost savings"), so the
    shorter term, tried when the compound is dropped, is judged as the compound."""
    cue = "-".join(c.text[c.match_start:c.match_end].lower().split())
    if cue == "cost" and c.end < c.last and c.word(c.end) in _COSTS_COMPOUND_TAILS and c.gap_before(c.end) in {" ", "-"}:
        cue = f"cost-{c.word(c.end)}"
    return cue


_COSTS_COMPOUND_TAILS = frozenset({"based", "benefit", "effective", "effectiveness", "saving", "savings", "utility"})


def _costs_saved_by_a_system(c: Context) -> bool:
    """Savings claimed for a health system or an insurer's books: "significant cost-savings for
    healthcare systems", "provide health systems and insurance companies with significant cost
    savings", "saving our health care system the cost of unnecessary scans". A budget-impact
    claim (Rice 1967; ISPOR budget impact analysis) is no price of the intervention to a patient
    or payer, and the held-out labels call it wrong; "patients saved $40 a month" stays."""
    if _COSTS_AGGREGATE_SAVING.search(c.text, c.sentence_start, c.sentence_end):
        return True  # "could save millions in health care costs": a budget claim (round 8)
    saving = _costs_cue(c) in _COSTS_SAVING_WORDS or any(w in _COSTS_SAVING_WORDS for w in c.before(4))
    if not saving and c.word(c.start).startswith("insur"):
        # the insurer as the one who saves: "insurance companies ... will save them money" (round 8)
        saving = any(w in _COSTS_SAVING_WORDS for w in c.tokens.words[c.end:c.last])
    return saving and bool(_COSTS_SYSTEM_BENEFICIARY.search(c.text, c.sentence_start, c.sentence_end))


# "Save millions in health care costs", "saving billions of dollars in medical costs": aggregate
# savings (Rice 1967; ISPOR budget impact analysis), not what anyone pays for the intervention.
_COSTS_AGGREGATE_SAVING = pattern("costs_aggregate_saving")


_COSTS_IDIOM_BEFORE = pattern("costs_idiom_before")


def _costs_idiom(c: Context) -> bool:
    """"At the price of greater long-term risks", "you pay a price for a little improvement", "her
    looks came with a cost": "price" or "cost" as what is given up, with no sum after it ("at a
    cost of $25,000" is money)."""
    if c.word(c.start) not in {"price", "cost"}:
        return False
    if not _COSTS_IDIOM_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 30), c.match_start):
        return False
    return not _FIGURE.search(c.text, c.match_end, min(c.sentence_end, c.match_end + 25))


_COSTS_HOLDING = frozenset({"had", "has", "have", "having", "with"})
_COSTS_COVERAGE_HEADS = frozenset({"coverage", "insurance"})
_COSTS_COVERAGE_ACTS = words("costs_coverage_acts")


def _costs_coverage_held(c: Context) -> bool:
    """Insurance coverage that people hold, told of a study's population or a country, with no
    price or payment in the sentence: "they also had at least 12 months of continuous insurance
    coverage", "women, all of whom had Medicare Part D drug coverage", "a country with universal
    health insurance coverage". A trait of the sample (an inclusion criterion in claims-data
    research, CONSORT item 4a) or of a health system says nothing of whether the intervention is
    covered or what it costs (HealthNewsReview.org criterion 1). "Patients with insurance paid
    $20" and "those with Medicare coverage get it free" keep it."""
    words = c.tokens.words
    head = next((i for i in range(c.start, min(c.last, c.start + 5)) if words[i] in _COSTS_COVERAGE_HEADS), None)
    if head is None or not unbroken(c, c.start + 1, head + 1, ",;:"):
        return False
    if words[head + 1:head + 2] and words[head + 1] in _COSTS_INSURER_NOUNS:
        return False  # "fighting with a new insurance company": the insurer, not coverage held
    back = _words_back(c, 12, ",;:")
    held = [i for i, w in enumerate(back) if w in _COSTS_HOLDING]
    if not held or any(w in {"no", "not", "without"} for w in back[held[-1]:]):
        return False
    at = held[-1]
    if at + 1 < len(back) and back[at + 1].endswith(("ed", "en")):
        return False  # "which has influenced insurance company policies": an auxiliary, no holding
    # the holders are people or a country ("all of whom had", "patients with", "a country with"),
    # not a company or a test ("the company has coverage with some payers" is the test's coverage)
    return any(w in _COSTS_COVERAGE_HOLDERS for w in back[max(0, at - 6):at]) and not (
        _FIGURE.search(c.text, c.sentence_start, c.sentence_end)
        or any(w in _COSTS_COVERAGE_ACTS or w.startswith(("reimburs", "copay")) for w in c.tokens.words[c.first:c.last]))


_COSTS_INSURER_NOUNS = frozenset({"carrier", "carriers", "companies", "company", "firm", "firms", "industry", "provider", "providers"})
_COSTS_COVERAGE_HOLDERS = words("availability_sample_people") | words("costs_coverage_holders")



# "Volition is a multi-national life sciences company focused on developing ... cost effective
# blood tests", "Novartis products are available in more than 180 countries".
_ISSUER_SELF_DESCRIPTION = pattern("issuer_self_description")


def _issuer_self_description(c: Context) -> bool:
    """The sentence is an organisation's description of itself, the closing "About <company>"
    paragraph of a news release ("Volition is a multi-national life sciences company focused on
    developing ... cost effective blood tests", "Novartis offers a diversified portfolio ...
    cost-saving generic pharmaceuticals", "Novartis products are available in more than 180
    countries"): the issuer's boilerplate (AP Stylebook and PR Newswire release format), not the
    cost or the availability of the intervention the release reports (HealthNewsReview.org
    criteria 1 and 7). A sum in the sentence keeps it (a price is a price wherever it is said)."""
    m = _ISSUER_SELF_DESCRIPTION.match(c.text, c.sentence_start, c.sentence_end)
    if not m or c.match_start < m.start(1):  # the cue in the subject: "Insurance is a big issue"
        return False
    return not _FIGURE.search(c.text, c.sentence_start, c.sentence_end)


_COSTS_INFERIOR_GOODS = words("costs_inferior_goods")


def _costs_cheap_as_inferior(c: Context) -> bool:
    """"Cheap" of the stuff a product is made of or a copy of it ("scan the labels for these cheap
    additives", "beware of cheap imitations", "rivals' cheaper copies"): cheap in its sense of
    inferior quality (Merriam-Webster, cheap 3b, "of inferior quality or worth"), or the price of
    a rival's copy, not what the intervention costs a patient or payer (HealthNewsReview.org
    criterion 1)."""
    if c.word(c.start) not in {"cheap", "cheaper", "cheapest"}:
        return False
    following = c.tokens.words[c.end:min(c.last, c.end + 2)]
    return any(w in _COSTS_INFERIOR_GOODS for w in following)


def _costs_in_a_law_name(c: Context) -> bool:
    """"The Affordable Care Act", "the Prescription Drug User Fee Act": a law's name, capitalised,
    not a cost (its coverage words count). The cue and the capitalised words after it run into
    "Act" (round 9: a statute's short title names the law, not a price)."""
    if c.surface(c.start) == "Affordable" and c.end < c.last and c.surface(c.end) == "Care":
        return True
    if not c.surface(c.start)[:1].isupper():
        return False
    for index in range(c.end, min(c.last, c.end + 4)):
        if not (c.gap_before(index).isspace() and c.surface(index)[:1].isupper()):
            return False
        if c.surface(index) in {"Act", "Acts"}:
            return True
    return False


# The words of a sentence's opening that may come before the word setting its subject apart:
# "A similar test", "Several other devices", "But older antihistamines".
_AVAILABILITY_SUBJECT_OPENING = 4
_AVAILABILITY_SUBJECT_SKIP = words("availability_subject_skip")


def _availability_of_another_option(c: Context) -> bool:
    """The sentence's subject opens with a word that sets it apart from the page's option
    ("Another similar drug, Pradaxa, has been on the market for a year", "A similar test has been
    available since 2004", "Several other devices are already on the market or hoping for FDA
    approval", "Older antihistamines remain available as well"), or opens with "the only" and a
    kind of option ("The only drug currently approved for the disease is tetrabenazine": the
    definite description names the standard option the page's is set against), and the sentence
    never names the page's intervention: the availability told is a rival's, the landscape of options (criterion
    6), not how a reader gets the option the page is about. A sentence that names the intervention
    ("Unlike other gels, Veltra is sold over the counter") keeps the cue, as does a cue that opens
    the sentence itself. ``_set_apart`` reads only the few words before the cue in its clause;
    this reads the subject across an apposition ("another similar drug, Pradaxa (dabigatran),").

    Prevents a rival's or comparator's market status counting as the intervention's
    (HealthNewsReview.org criterion 7 asks whether the reader can get the option the story is
    about; the audit guide's settled convention reads a rival's approval or sale as wrong,
    ``not_intervention``, the dev audit's commonest availability error).
    """
    if c.at_sentence_start:
        return False
    opening = [w for w in c.tokens.words[c.first:min(c.start, c.first + _AVAILABILITY_SUBJECT_OPENING)]
               if w not in _AVAILABILITY_SUBJECT_SKIP]
    if not (opening and (opening[0] in _OTHER_OPTION or opening[0] in _AVAILABILITY_OBJECT_APART
                         or (opening[0] == "only" and any(w in _AVAILABILITY_CLASS_NOUNS for w in opening[1:])))):
        return False
    return not c.interventions.names_intervention(c.first, c.last)


_AVAILABILITY_CLAUSE_BACK = 8
_AVAILABILITY_CLAUSE_AFTER = 4
_AVAILABILITY_CLAUSE_OPENERS = words("availability_clause_openers")
_AVAILABILITY_KIND_ANAPHORS = words("availability_kind_anaphors")


def _clause_names_another_option(c: Context) -> bool:
    """The cue's clause (``_AVAILABILITY_CLAUSE_BACK`` words before it, ``_AVAILABILITY_CLAUSE_AFTER``
    after, not across a semicolon or a comma that opens a coordinate or contrastive clause: ", but
    Tecentriq was approved") names another option the page identifies, of the page's option's own
    level, and the sentence never names the page's option or one of its other names: "The U.S. FDA
    approved atezolizumab, which blocks PD-L1, for these patients" on a page about nivolumab. A
    named drug, product or code is set against the page's named option; a kind of treatment
    ("an immunotherapy approved for melanoma", "the gene therapy will be available") may be the
    page's named option described by its kind (a general noun takes up a name: Halliday & Hasan
    1976, reiteration by a superordinate), and a named drug may be a member of the kind a page
    is about ("one such drug, suvorexant": ``availability_kind_anaphors``), so each counts only
    against an option of its own level. The audit guide's settled convention: a rival's or
    comparator's approval or market status is wrong (``not_intervention``); round 30b, after
    ``identify`` learnt a page's other names for its option (a sponsor's code, a brand, "the DNA
    test"), which the round-30 pass had found to be most of the right findings such a rule lost.
    """
    iv = c.interventions
    if not iv or iv.names_intervention(c.first, c.last):
        return False
    lo, hi = max(c.first, c.start - _AVAILABILITY_CLAUSE_BACK), min(c.last, c.end + _AVAILABILITY_CLAUSE_AFTER)
    lo = next((index for index in range(c.start, lo, -1) if _opens_a_clause(c, index)), lo)
    hi = next((index for index in range(c.end, hi) if _opens_a_clause(c, index)), hi)
    kind = iv.is_kind(iv.names[0])
    return any(key not in iv.names and iv.is_kind(key) == kind and not _a_member_of_the_kind(c, index)
               for index, key in iv.named(lo, hi))


def _opens_a_clause(c: Context, index: int) -> bool:
    """Token ``index`` opens another clause: after a semicolon, or after a comma as a coordinating or
    contrastive opener (", but Tecentriq was approved")."""
    return c.marks_before(index, ";") or (c.marks_before(index, ",") and c.word(index) in _AVAILABILITY_CLAUSE_OPENERS)


def _a_member_of_the_kind(c: Context, index: int) -> bool:
    """"one such drug, suvorexant": a kind anaphor among the three words before the name at ``index``."""
    return any(c.word(m) in _AVAILABILITY_KIND_ANAPHORS for m in range(max(c.first, index - 3), index))


# --- costs, round 13 ---

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


# --- costs, round 14 ---

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
                 or any(part in _COSTS_SAVING_NOUNS for part in c.word(i).split("-")[1:])), None)
    if noun is not None and c.word(noun - 1) in _COSTS_HELD_SAVINGS:
        return True  # "their life savings": money a person holds, spent on the option
    claimed = noun is not None or any(w in _COSTS_SAVING_VERBS for w in _words_back(c, _COSTS_SAVING_REACH, ",;:"))
    return not (claimed and not _COSTS_SAVING_STATED.search(c.text, c.sentence_start, c.sentence_end))


_COSTS_PLACEBO_WORDS = words("costs_placebo_words")
# Words that end the phrase a price word sits in: past them a placebo is another thing compared
# ("the $500 pill or a placebo", "costs more than a sham").
_COSTS_PHRASE_BREAKS = frozenset({"and", "or", "than", "versus", "vs", "compared", "against", "nor", "but", "while", "whereas"})
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


# --- costs, round 23 ---

_COSTS_ILLNESS_HEADS = words("costs_illness_heads")
_COSTS_CARE_WORDS = words("costs_care_words")
_COSTS_CARE_ENDINGS = tuple(words("harms_treatment_endings"))
_COSTS_CONDITION_SUFFIXES = tuple(words("harms_condition_suffixes"))
_COSTS_SPARING_VERBS = words("costs_sparing_verbs")
_COSTS_OF_NOUNS = frozenset({"cost", "costs", "price"})
# Words that end the noun phrase after "the costs of": "the costs of pain and healing".
_COSTS_PHRASE_ENDS = frozenset({"and", "or", "for", "to", "in", "with", "than", "that", "which", "who", "by", "on", "at"})
_COSTS_ILLNESS_REACH = 5


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
    if any(w in _COSTS_SPARING_VERBS for w in _words_back(c, 4, ",;:")):
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


_COSTS_HARM_PAID = words("costs_harm_paid_words")
_COSTS_MONEY_WORDS = frozenset({"dollars", "pounds", "euros", "money"})
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


def _costs_harm_named(span: list[str]) -> bool:
    """The words name a harm and no care for it, and compare with nothing ("no more than the flu
    vaccines" compares prices)."""
    if any(w in _COSTS_CARE_WORDS or w.endswith(_COSTS_CARE_ENDINGS) or w in {"than", "as"} for w in span):
        return False
    return any(w in _COSTS_HARM_PAID for w in span)


def costs_of_an_option(c: Context) -> bool:
    """The costs family's ``counts_when``: a cost word counts unless it sits in a name or a title
    (``costs_not_in_a_title``), tells a payer's coverage in general (``costs_not_in_general``),
    claims a saving with no sum (``costs_not_a_saving_claimed``) or prices a placebo
    (``costs_not_of_a_placebo``), is said of an illness (``costs_not_of_an_illness``) or is a harm
    paid (``costs_not_a_harm_paid``)."""
    return (costs_not_in_a_title(c) and costs_not_in_general(c) and costs_not_a_saving_claimed(c)
            and costs_not_of_a_placebo(c) and costs_not_of_an_illness(c) and costs_not_a_harm_paid(c))


RULES = registry(
    costs_not_in_a_title,
    costs_not_in_general,
    costs_not_a_saving_claimed,
    costs_not_of_a_placebo,
    costs_not_of_an_illness,
    costs_not_a_harm_paid,
    costs_of_an_option,
    available_intervention,
    regulator_deciding,
    prescription_as_access,
    trial_as_stage,
    launched_product,
    covered_by_payer,
    licensed_product,
    approval_of_intervention,
    cost_to_a_payer,
    price_stated,
    prescribed_as_access,
    cleared_by_regulator,
    commercial_access,
    stage_not_arm,
    recruiting_now,
    costs_rate_priced,
    costs_coverage_by_payer,
    costs_fee_charged,
    phase_as_stage,
    otc_as_access,
    clinics_offering,
    costs_payer_named,
    costs_covered_by_payer,
    costs_paid_for_care,
    availability_trial_ahead,
    availability_prescription_route,
    availability_of_one_option,
    development_as_stage,
)
