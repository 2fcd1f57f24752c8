"""Harms minimised: a harm named only to say the option avoids it, has few or mild ones, lowers
their rate against a comparison arm, or welcomes it ("a welcome side effect"), a selling point, not a
disclosure.

Sources: HealthNewsReview.org criterion 3; CONSORT 2010 item 17a (the outcome's result in each
group); Quirk et al. 1985, ch. 9 (substitutive prepositions); Merriam-Webster ("side effect")."""

from __future__ import annotations

import re

from ..base import Context, pattern, registry, words
from .readers import _FAVOURABLE, _HARMS_OF_TREATMENT, _HARMS_SEVERITY, _HARM_HEAD, _favourable_blocks, _minimiser_blocks


# A substitutive preposition right before the harm (round 33): "has long-term benefits, as opposed to
# more side effects", "relief instead of the usual side effects".
_HARMS_SUBSTITUTED = pattern("harms_substituted")


def harm_not_minimised(c: Context) -> bool:
    """Harms named only to say the treatment avoids them ("without the side effects of surgery",
    "fewer complications", "minimal side effects", "prevents swelling") or welcomes them ("a
    welcome side effect") are a selling point, not a disclosure.

    Prevents promotional comparisons counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the intervention itself). "No serious adverse events
    occurred" still counts: it reports what the trial observed.

    Since round 33 a comparative of mildness after the harm ("side effects that patients find
    much more tolerable than those of chemotherapy", ``_harms_said_small``), and a harm after a substitutive preposition ("benefits, as opposed to more side
    effects", "instead of", "rather than", "in place of"): the preposition sets its complement
    against what the option brings, so the harm is one the option is said not to bring (the
    preposition's complement is the rejected alternative: Quirk et al. 1985, ch. 9, prepositional
    meanings; only determiners and quantifiers may stand between, so "rather than placebo had side
    effects" keeps its harm; minimised, dev audit harms errors, round 33: story_reviews_01118).
    Since round 34 a verb of relief yields where the harm names the page's option as its cause
    ("eases the nausea associated with Ostrafen": ``_favourable_blocks``).
    """
    before = c.before(3)
    return (not _minimiser_blocks(c, before) and not _favourable_blocks(c, before) and not _harms_scant(c)
            and not _harms_said_small(c) and not _harms_rate_lowered(c) and not _harms_welcome_sense(c)
            and not _in_praised_profile(c) and not _HARMS_SUBSTITUTED.search(c.text_before(40)))


# Words that make a harm scant when they stand right before it: "few side effects", "low toxicity".
_HARMS_SCANT = words("harms_scant")


def _harms_scant(c: Context) -> bool:
    """The harm is said to be scant: "substances with few side effects and low toxicity", "very
    low severe toxicity", "little risk". The word stands right before the harm, or before its
    severity ("low severe toxicity"); "a few side effects" says some, and "low-grade fatigue"
    grades the harm (the grade word follows "low"); "low rates of complications" reads through the
    rate ("a low risk of bleeding" weighs a harm, and stays)."""
    before = c.before(3)
    if before[-1:] and before[-1] in _HARMS_SEVERITY:
        before = before[:-1]
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in {"rate", "rates", "incidence"}:  # "low rates of complications"
        before = before[:-2]
    return bool(before) and before[-1] in _HARMS_SCANT and before[-2:-1] != ["a"]


_HARMS_SAID_SMALL = pattern("harms_said_small")


def _harms_said_small(c: Context) -> bool:
    """The harm is said after it, in its own clause, to be small or lowered: "compared to surgery,
    the side effects are minimal", "other side effects are reduced", "the most common side effects
    are either eliminated or greatly reduced", "the downsides to getting a vaccine are extremely
    minimal". The predicate minimises as a minimiser before the harm does ("minimal side effects");
    "side effects were limited to mild nausea" lists them, and stays.

    Prevents a selling point counting as harms disclosed (HealthNewsReview.org criterion 3 asks
    what the harms are and how often; minimised, a dev audit harms error, round 13b)."""
    clause = re.split(r"[,;:.!?()]", c.rest_of_sentence)[0]
    return bool(_HARMS_SAID_SMALL.match(clause))


_HARMS_RATE_AGAINST = pattern("harms_rate_against")
_HARMS_RATE_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)", re.IGNORECASE)


def _harms_rate_lowered(c: Context) -> bool:
    """An event rate whose match names no harm noun ("13 percent of patients on the drug suffered
    heart attacks") set against a higher rate in a comparison arm later in its sentence ("against
    14.9 percent of those on placebo", "compared with 2.18 percent in the group that did not take
    the drug"): the events are the outcome the option lowers, its benefit. A rate above the
    comparison's ("0.7 percent ... suffered a stroke, as did 0.3 percent") and a rate of side
    effects or complications stay harms.

    Prevents a trial's primary efficacy outcome counting as harms disclosed (CONSORT 2010 item 17a:
    the outcome's result in each group; HealthNewsReview.org criteria 2 and 3 tell benefits from
    harms; disease_burden and not_disclosure, dev audit harms errors, round 13b)."""
    match = c.text[c.match_start:c.match_end]
    own = _HARMS_RATE_FIGURE.match(match)
    if not own or _HARMS_OF_TREATMENT.search(match) or re.search(r"(?i)complication", match):
        return False
    against = _HARMS_RATE_AGAINST.match(c.rest_of_sentence)
    return bool(against) and float(own.group(1)) < float(against.group(1))


# "Side effect" in its welcome sense (round 16b): what it names is a gain.
_HARMS_WELCOME_EFFECTS = words("harms_welcome_effects")
_HARMS_WELCOME_AFTER = pattern("harms_welcome_after")
_HARMS_WELCOME_PRONOUN = pattern("harms_welcome_pronoun")
# compiled once, not per candidate: the match's "side effect(s)" head, clause marks, plain words
_HARMS_WELCOME_HEAD = re.compile(r"(?i)side[- ]effects?(?=$|\s+(?:include[sd]?|is|are|was|were)$)")
_HARMS_WELCOME_PARTS = re.compile(r"[,;:()\u2014\u2013]")
_HARMS_WELCOME_WORD = re.compile(r"[a-z]+")


def _harms_welcome_sense(c: Context) -> bool:
    """"Side effect" whose content, as the sentence gives it, is a gain: its complement after
    "include", "is (that)" or a colon ("yoga's side effects include better posture, improved
    balance", "the biggest side effect is that people feel relaxed"), or, where it is the
    complement of a pronoun ("though that may be a side effect"), the clause the pronoun refers
    back to ("not to extend lifespan, though that may be a side effect"). A side effect is "a
    secondary and usually adverse effect" (Merriam-Webster); said of a gain it is the welcome
    sense, as "a welcome side effect" is (``_FAVOURABLE``), a selling point, no harm disclosed.
    A gain in tolerating harms ("side effects were better tolerated", "better than placebo")
    stays a harm.

    Prevents a benefit called a side effect counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; literal_sense and minimised, dev audit harms
    errors, round 16b)."""
    head = _HARMS_WELCOME_HEAD.match(c.text[c.match_start:c.match_end])
    if not head:
        return False
    after = _HARMS_WELCOME_AFTER.match(c.text, c.match_start + head.end(), c.sentence_end)
    if after:
        gain = after.group("gain").lower().split()
        if any(w in _HARMS_WELCOME_EFFECTS and gain[i + 1:i + 2] not in (["than"], ["tolerated"])
               for i, w in enumerate(gain)):
            return True
    pronoun = _HARMS_WELCOME_PRONOUN.search(c.text, c.sentence_start, c.match_start)
    if not pronoun:
        return False
    # the clause the pronoun refers back to: the one before it, past a bare conjunction ("though")
    parts = _HARMS_WELCOME_PARTS.split(c.text[c.sentence_start:pronoun.start()])
    clause = " ".join(parts[-2:]) if len(_HARMS_WELCOME_WORD.findall(parts[-1].lower())) <= 1 else parts[-1]
    tokens = _HARMS_WELCOME_WORD.findall(clause.lower())
    return bool(set(tokens) & _HARMS_WELCOME_EFFECTS) and not _HARM_HEAD.search(clause)


_HARMS_PRAISED_PROFILE = pattern("harms_praised_profile")


def _in_praised_profile(c: Context) -> bool:
    """The harm word is part of a safety profile praised as a whole ("an acceptable safety and
    tolerability profile"): the harms are called small and none is told. Only the profile: "an
    acceptable rate of serious side effects, with 3 deaths" tells one (round 32 review: "acceptable"
    among the favourable words dropped that too)."""
    return any(m.start() <= c.match_start < m.end()
               for m in _HARMS_PRAISED_PROFILE.finditer(c.text, c.sentence_start, c.sentence_end))


RULES = registry(
    harm_not_minimised,
)
