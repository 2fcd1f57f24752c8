"""The word "alternative": another option ("an alternative to surgery"), not an explanation or a
hypothesis, the intervention's own kind ("alternative therapies" on an acupuncture page), a field
("alternative medicine") or a forecast that names none.

Sources: HealthNewsReview.org criterion 6; tests/audit/guide.md, settled conventions (round 16)."""

from __future__ import annotations

from functools import lru_cache

from ...readability import familiar_words
from ..base import Context, _drop, negates, pattern, registry, words
from .readers import (
    _ALT_ARTICLES, _ALT_EXISTING, _ALT_TEST_NOUNS, _IRREALIS, _LINE_REACH, _SETS_APART, _alternatives_option_word,
)


# What "alternative" qualifies when it is no treatment: "alternative explanations", "an alternative hypothesis".
_NOT_A_TREATMENT = words("alternative_not_treatment")


def alternative_treatment(c: Context) -> bool:
    """"Alternative" offers another option ("a painless alternative to needles", "alternative
    treatments such as ginger"), not in "plausible alternative explanations", "an alternative
    hypothesis", "alternative spellings", where it qualifies no treatment.

    Nor inside a name: "the Journal of Alternative and Complementary Medicine", "the Alternative
    Healthy Eating Index" (capitalised in a sentence not written in title case).

    Prevents the plain adjective and names counting as alternatives discussed (HealthNewsReview.org
    criterion 6).
    """
    return c.word(c.end) not in _NOT_A_TREATMENT and not _in_a_name(c)


def _in_a_name(c: Context) -> bool:
    """The match is capitalised inside a sentence whose words are mostly lower case (so not a
    headline in title case): part of a title or a name ("Journal of Alternative Medicine")."""
    if c.at_sentence_start or not c.surface(c.start)[:1].isupper():
        return False
    words = [c.surface(i) for i in range(c.first, c.last) if c.surface(i)[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) * 2 < len(words)


def alternative_not_the_intervention(c: Context) -> bool:
    """"Alternative" names another option ("an alternative to surgery"), not the intervention's
    own kind: "alternative therapies such as massage or acupuncture" on a page about acupuncture
    describes what is under review, as does "acupuncture and other alternative therapies" on that
    page (the intervention named right before "and other"; round-9c dev audit). An "alternative to"
    something keeps counting.

    Prevents the intervention's category counting as alternatives discussed
    (HealthNewsReview.org criterion 6).
    """
    if not alternative_treatment(c):
        return False
    iv = c.interventions
    if not iv or c.word(c.end) == "to":
        return True
    if c.word(c.start - 1) == "other" and c.word(c.start - 2) in {"and", "or"} and iv.names_intervention(
            max(c.first, c.start - 5), c.start - 2):
        return _drop(c, "the intervention's own kind of treatment")  # "acupuncture and other alternative therapies"
    for i, key in iv.named(c.end, min(c.last, c.end + _LINE_REACH)):
        if "to" in c.tokens.words[c.end:i]:  # "an alternative therapy to surgery"
            break
        if iv.is_intervention(key):  # "alternative therapies such as massage or acupuncture"
            return _drop(c, "the intervention's own kind of treatment")
    return True


_ALT_ADJECTIVE_HEADS = words("alternatives_adjective_heads")
_ALT_NOUN_FOLLOWERS = words("alternatives_noun_followers")

_ALT_KIND_NAMING = words("alternatives_kind_naming")


def alternatives_alternative_as_option(c: Context) -> bool:
    """"Alternative" counts as a noun ("an alternative to surgery", "the alternative involves a
    battery of tests", "as an alternative, many suggest honey") or before an option noun
    ("alternative treatments"). Before any other noun it names a sector or is a plain adjective
    ("the alternative medicine industry", "alternative products", "alternative means of
    communication"): shown, not counted.

    Nor where "alternative therapy" names the kind of what the sentence introduces: "an
    alternative therapy called Alexander Technique" (the complementary-medicine category the
    option belongs to, not another option; round-9c dev audit, literal_sense).

    Prevents "alternative" in the name of complementary and alternative medicine and in plain
    senses counting as alternatives discussed (HealthNewsReview.org criterion 6; round-5 dev audit,
    literal_sense).
    """
    following = c.word(c.end)
    if _alternatives_forecast_naming_none(c):
        return False  # "we hope the spray will soon become a real alternative for millions"
    if _alternatives_names_field(c):
        return False  # "parents turn to alternative or complementary treatments": the field, no choice
    if not following or c.marks_before(c.end, ",;:.!?)-\"'\u2014"):
        return True
    if following in _ALT_ADJECTIVE_HEADS and c.word(c.end + 1) in _ALT_KIND_NAMING:
        return False  # "an alternative therapy called Alexander Technique": the kind of what is introduced
    return following in _ALT_ADJECTIVE_HEADS or following in _ALT_NOUN_FOLLOWERS or not following[:1].isalpha()


_ALT_FIELD_NAMED = pattern("alternatives_field_named")


@lru_cache(maxsize=8)
def _page_names_field(text: str) -> bool:
    """Whether the page names the field of complementary and alternative medicine: read once a
    page, not once a candidate (a page's text is the same object for all its candidates)."""
    return bool(_ALT_FIELD_NAMED.search(text))


_ALT_FIELD_PARTNERS = words("alternatives_field_partners")
_ALT_FIELD_HEADS = words("alternatives_field_heads")
_ALT_FIELD_SUBSTITUTES = words("alternatives_field_substitutes")

_ALT_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _alternatives_names_field(c: Context) -> bool:
    """"Alternative" names the field of complementary and alternative medicine, not another choice:
    joined to "complementary" or "integrative" ("parents often turn to alternative or complementary
    treatments"), heading the field's own nouns, also across a hyphen ("chose alternative-medicine
    options like reiki", "alternative healers"), set in scare quotes before a therapy noun (an
    "alternative" therapy: the writer marks the label as the field's, not as a choice), or before a
    therapy noun on a page that names the field in lower case ("trials involving alternative
    treatments for colic" on a page about complementary and alternative medicine for colic; not
    where that sentence names another option word).

    Kept where the sentence sets those therapies against another option as its substitute ("an
    alternative to sleeping pills", "tried alternative therapies instead", "rather than drugs").

    Source: tests/audit/guide.md, settled convention (round 16) on "alternative" naming complementary
    and alternative medicine: the word names a field of practice, and HealthNewsReview.org's
    criterion asks for another option set against the page's; the US National Center for
    Complementary and Integrative Health uses "complementary and alternative" as the field's name.
    Round-17 dev audit: not_option and literal_sense in three documents."""
    following = c.word(c.end)
    gap_after = c.gap_before(c.end) if c.end < c.last else ""
    if following in _ALT_FIELD_HEADS:
        field = True  # "alternative medicine", "alternative-medicine options"
    elif c.word(c.start - 1) in {"and", "or"} and c.word(c.start - 2) in _ALT_FIELD_PARTNERS:
        field = True  # "complementary and alternative therapies"
    elif following in {"and", "or"} and c.word(c.end + 1) in _ALT_FIELD_PARTNERS:
        field = True  # "alternative or complementary treatments"
    elif following in _ALT_ADJECTIVE_HEADS:
        quoted = c.start > c.first and c.gap_before(c.start)[-1:] in _ALT_QUOTES and gap_after[:1] in _ALT_QUOTES
        # the page's naming of the field is the weakest cue: not where the sentence names another
        # option, which it may set the therapies against ("alternative treatments for those whom
        # drugs failed")
        field = quoted or (_page_names_field(c.text) and not any(
            _alternatives_option_word(c.word(i)) for i in range(c.first, c.last) if not c.start <= i <= c.end))
    else:
        field = False
    if not field:
        return False
    if following == "to" or (c.word(c.end + 1) == "to" and (c.word(c.end + 2) in _ALT_ARTICLES
                                                              or _alternatives_option_word(c.word(c.end + 2)))):
        return False  # "an alternative therapy to surgery"
    return not set(c.tokens.words[c.first:c.last]) & _ALT_FIELD_SUBSTITUTES


# Round 16. Verbs by which an option is forecast to be an alternative ("could become", "may offer",
# "will provide", "might be"), and words that make the noun phrase itself a forecast ("a future
# treatment alternative", "its potential as an alternative").
_ALT_FORECAST_VERBS = words("alternatives_forecast_verbs")
_ALT_FORECAST_MODIFIERS = words("alternatives_forecast_modifiers")
# Nouns that name no particular option ("a new treatment", "the approach"): they tell no reader what
# the forecast alternative would replace unless a word such as "other" or "standard" sets one apart.
_ALT_GENERIC_HEADS = words("alternatives_generic_option_heads")
# Heads of a condition's name, after which an option's name is part of the condition: "opioid use
# disorder", "steroid-induced diabetes".
_ALT_CONDITION_HEADS = words("disease_owners")
_ALT_SETTING_APART = _ALT_EXISTING | _SETS_APART  # "other", "standard", "existing" before a generic head
# How far before "alternative" its verb and modal may stand: "will soon become a real alternative".
_ALT_FORECAST_REACH = 6


def _alternatives_forecast_naming_none(c: Context) -> bool:
    """"Alternative" in a forecast of an option ("tivanisiran will soon become a real alternative for
    millions of people", "the drug might offer an alternative", "its potential as a future
    treatment alternative") whose sentence names no other option: no option or test word, no
    option the page names other than its intervention, no "alternative to", no "non-" kind set
    aside ("a non-opioid alternative"), no negated need ("for people who cannot take pills").

    The audit's settled convention (tests/audit/guide.md, "alternative" said of the page's own
    option's future): criterion 7 asks what else the reader could choose, and a forecast or a
    maker's hope that names no existing option tells none; where the phrase or its sentence names
    the option it would replace, the word counts. Round-16 dev audit, not_option."""
    back = c.tokens.words[max(c.first, c.start - _ALT_FORECAST_REACH):c.start]
    modal = not _IRREALIS.isdisjoint(back) and not _ALT_FORECAST_VERBS.isdisjoint(back)
    if not (modal or set(back[-3:]) & _ALT_FORECAST_MODIFIERS):
        return False
    words_, familiar = c.tokens.words, familiar_words()
    for i in range(c.first, c.last):
        if words_[i] in {"alternative", "alternatives"} and "to" in (c.word(i + 1), c.word(i + 2)):
            return False  # "an alternative to surgery", "a safe alternative to pills ... may be that alternative"
        if c.start <= i < c.end:
            continue
        w = words_[i]
        if negates(w) or w == "non" or (w.startswith("non") and len(w) > 6 and w not in familiar):
            return False  # "for people who can't take the pills", "a nonsurgical alternative"
        if w in _ALT_TEST_NOUNS or (_alternatives_option_word(w) and not (
                w in _ALT_GENERIC_HEADS and c.word(i - 1) not in _ALT_SETTING_APART)):  # not the previous sentence's word
            return False  # "an alternative for people put off by stool testing", "other therapies"
    iv = c.interventions
    # an option's name in a condition's name names no option: "for patients with opioid use disorder"
    return not any(not iv.is_intervention(key) and not set(words_[i + 1:i + 3]) & _ALT_CONDITION_HEADS
                   for i, key in iv.named(c.first, c.last))


RULES = registry(
    alternative_treatment,
    alternative_not_the_intervention,
    alternatives_alternative_as_option,
)
