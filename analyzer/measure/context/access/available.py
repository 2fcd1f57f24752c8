""""Available" and "on the market" tell a reader how to get the intervention, not where they are
said of data, documents, people or material a release offers, of what the body takes up, of a
holder's supply, of a subject brought in as new, or of a market a product is rated or ranked
against.

Sources: HealthNewsReview.org criterion 7; Merriam-Webster, available 2 (at hand, ready for use);
Quirk et al. 1985 (5.72-5.73, determiners of rank; 7.74-7.83, the standard of comparison; 17.22,
non-defining clauses); Chafe 1976 and Prince 1981 (given and new information); AP Stylebook and
EurekAlert! release conventions; guide.md's settled conventions (superlatives)."""

from __future__ import annotations

from ..base import _NEGATIONS, Context, _words_back, capitalised, pattern, registry, words
from .on_offer import (
    _AVAILABILITY_CAUSATIVE, _AVAILABILITY_ROUTE_AFTER, _channel_after, _currently_available_kind, _existing_options,
    _kind_restricted_by_relative, _options_on_offer, _set_apart,
)


_SUPERLATIVE = words("superlative")
_NOT_THE_INTERVENTION = words("not_the_intervention")
# "available for interviews", "available to reporters": a press office's contact sentence.
_PRESS_CONTACT = pattern("press_contact")
# "available at https://...", "available from www...": a document's address, not the intervention's.
_WEB_ADDRESS_AFTER = pattern("web_address_after")


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
    if _not_at_hand_on_occasion(c):
        return False
    nearby = set(c.before(4)) | set(c.tokens.words[c.end:min(c.last, c.end + 2)])
    # a press office's "Dr. X is available for interviews", "the studio is available to media":
    # the contact block addresses journalists (round 4: two of 200 dev findings)
    press = _PRESS_CONTACT.search(c.text, c.sentence_start, c.sentence_end)
    return not (nearby & _NOT_THE_INTERVENTION or press) and not _WEB_ADDRESS_AFTER.match(c.text, c.match_end)


_AVAILABILITY_RATING_REACH = 12
_AVAILABILITY_STANDARD_WORDS = words("availability_comparison_standard")
_AVAILABILITY_CLAUSE_VERBS = words("availability_clause_verbs")
_COPULAS = words("copulas")


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
_AVAILABILITY_RANKING_REACH = 8
_AVAILABILITY_RANK_ARTICLES = words("availability_rank_articles")


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


_AVAILABILITY_BODY_UPTAKE = words("availability_body_uptake")
_AVAILABILITY_UPTAKE_ADVERBS = words("availability_uptake_adverbs")


def _availability_to_the_body(c: Context) -> bool:
    """"Oxygen available to the brain", "proteins more readily available for digestion": what
    the body can take up (bioavailability, the physiological sense: a substance available to a
    tissue or a process), not whether a reader can get the intervention (round 8)."""
    following = c.tokens.words[c.end:min(c.last, c.end + 5)]
    if following[:1] and following[0] in _AVAILABILITY_UPTAKE_ADVERBS:
        following = following[1:]  # "making them available longer to the brain" (round 9)
    if not following or following[0] not in {"to", "for"}:
        return False
    return not _AVAILABILITY_BODY_UPTAKE.isdisjoint(following[1:4])


def _availability_of_people(c: Context) -> bool:
    """"A coach, who is available to support them", "nurses who are available around the clock":
    "who" makes the subject a person whose time is offered, a part of the programme, not the
    programme's access (round 8; a generalisation of the press contact's "available for
    interviews")."""
    back = c.tokens.words[max(c.first, c.start - 3):c.start]
    return "who" in back and not _COPULAS.isdisjoint(back[back.index("who") + 1:])


_AVAILABILITY_PREDICATE_WORDS = words("availability_predicate_words")
_AVAILABILITY_HOLDERS = words("availability_holders")
_AVAILABILITY_HAVE = words("availability_have")
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
            if not _AVAILABILITY_CAUSATIVE.isdisjoint(c.tokens.words[index + 1:c.start]):
                return False  # the causative: "patients can have the drug made available"
            subject = index - 1
            while subject >= c.first and c.word(subject) in _AVAILABILITY_PREDICATE_WORDS:
                subject -= 1  # "we still have", "you will have"
            return c.word(subject) in _AVAILABILITY_HOLDERS
        index -= 1
    return False


_AVAILABILITY_OCCASION_OPENERS = words("availability_occasion_openers")
_AVAILABILITY_NEGATION_REACH = 2  # "is not immediately available"


def _not_at_hand_on_occasion(c: Context) -> bool:
    """"Not available" inside an open condition or a clause of indefinite time: "asking how the
    procedure would be done if the robot is not available", "any time breastfeeding wasn't
    available", "whenever a nurse is not available". Such a clause names an occasion on which the
    thing happens not to be at hand (Quirk et al. 1985, 15.35 on open conditions, 15.25 on
    "whenever" and "any time"; Merriam-Webster, available 2a, "present or ready for immediate
    use") and what is done then; it neither states nor denies that a reader can get the option
    (criterion 7). Not a condition the option's access itself depends on ("if approved, it will be
    available"): only a negated "available" is read; the status words "yet" and "still" keep it
    ("if the drug is not yet available"), and so does a place or route after it ("if the inhaler
    is not available in Canada, order it from the maker").

    Prevents a contingency of use counting as the intervention's access (the audit guide's round-35
    convention, ``literal_sense``: "if the robot is not available")."""
    if c.word(c.end - 1) != "available" or c.word(c.end) in _AVAILABILITY_ROUTE_AFTER or _channel_after(c):
        return False  # "if the inhaler is not available in Canada": where it can be had is access
    near = c.before(_AVAILABILITY_NEGATION_REACH + 1)
    if not any(w in _NEGATIONS or w.endswith("n't") for w in near) or {"yet", "still"} & set(near):
        return False
    clause = _words_back(c, None, ",;:")
    return any(w in _AVAILABILITY_OCCASION_OPENERS or (w == "time" and i and clause[i - 1] in {"any", "every"})
               for i, w in enumerate(clause))


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
    return not _AVAILABILITY_MATERIAL.isdisjoint(words[begin:c.start])


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


_AVAILABILITY_NOT_AN_OPTION = words("availability_not_an_option")
_AVAILABILITY_PHRASE_REACH = 4  # "of the third treatment group"


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
        return _availability_of_a_thing(c)
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


_AVAILABILITY_THING_DETERMINERS = words("availability_thing_determiners")


def _availability_of_a_thing(c: Context) -> bool:
    """The noun "availability" told of information or a resource: the noun right before it ("energy
    availability") or the head after "availability of", past its determiner ("availability of the
    raw data")."""
    if c.start > c.first and c.gap_before(c.start) in {" ", "-"} and c.word(c.start - 1) in _AVAILABILITY_NOT_AN_OPTION:
        return True  # "energy availability"
    after = c.tokens.words[c.end:min(c.last, c.end + 4)]
    if after[:1] == ["of"]:
        rest = [w for w in after[1:] if w not in _AVAILABILITY_THING_DETERMINERS]
        return not _AVAILABILITY_NOT_AN_OPTION.isdisjoint(rest[:2])  # "of raw data"
    return False


_AVAILABILITY_PARENTHETICAL_REACH = 25
_AVAILABILITY_RELATIVE_OPENERS = words("benefits_relative_pronouns")


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


RULES = registry(
    available_intervention,
)
