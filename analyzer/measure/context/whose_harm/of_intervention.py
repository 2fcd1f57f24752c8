"""Whose harm it is: the intervention's, not the disease's ("complications of diabetes"), another
option's the text contrasts, a harm feared or lowered, or one the patients had before treatment; and
"risk" words that count only where something raises them.

Sources: HealthNewsReview.org criterion 3 ("Does the story adequately explain/quantify the harms of
the intervention?"); DISCERN item 11 (the risks of each treatment); CONSORT 2010 item 15 (baseline
characteristics); Quirk et al. 1985, 4.21 (the past perfect)."""

from __future__ import annotations

import re

from ..base import Context, _TREATMENT_OWNERS, _words_back, pattern, registry, words
from .readers import (
    _AT_RISK, _COMPARATOR_OWNERS, _DISEASE_OWNERS, _INHERENT_RISK_FACTORS, _LOWERED,
    _MINIMISER_REACH, _PUTS_AT_RISK, _RAISED, _favourable_blocks, _harms_contraindication, _minimiser_blocks,
    _names_the_condition, _owner_words,
)
from .lowered import _harm_lowered
from .anaphora import harm_not_of_another_option


_HARM_FEARED = words("harm_feared")


def harm_of_intervention(c: Context) -> bool:
    """Whose harm is it? Not the disease's: "complications of diabetes", "an adverse effect of
    having breast cancer", "the risk of developing the disease". Not another option's the text
    contrasts: "side effects of current treatments", "side effects associated with celecoxib and
    other NSAIDs". Not a harm feared or lowered rather than disclosed: "scared of the potential
    risks of surgery", "can reduce the risk of complications". And "at high risk of" tells a
    person's risk, not what causes it.

    Prevents the disease's burden and comparators' harms counting as the harms of the
    intervention (HealthNewsReview.org criterion 3: "Does the story adequately explain/quantify
    the harms of the intervention?"; DISCERN item 11: the risks of each treatment).
    """
    if not harm_not_of_another_option(c):  # the page's intervention is known: whose option is it?
        return False
    if _harms_history(c):
        return False
    window = _words_back(c, _MINIMISER_REACH, ",;:.!?")  # a clause break ends the reach
    if not _HARM_FEARED.isdisjoint(window) or _minimiser_blocks(c, window) or _favourable_blocks(c, window) or _harm_lowered(c):
        return False
    lead = c.text[max(c.sentence_start, c.match_start - 40):c.match_end]
    at_risk = _AT_RISK.search(lead)
    if at_risk and not _PUTS_AT_RISK.search(c.text, max(c.sentence_start, at_risk.start() - 40), at_risk.start()):
        return False
    if _names_the_condition(c):
        return False
    if _harms_contraindication(c):
        return True  # "contraindicated in people with heart disease": the disease names who is barred
    owner = _owner_words(c)
    if c.tokens.words[c.end - 2:c.end] == ["risk", "of"]:
        # "the risk of heart attack" names the harm itself, not its cause: only "the risk of
        # developing the disease" (the story's condition, by its anaphor) is the disease's
        return not any(a == "the" and b in _DISEASE_OWNERS for a, b in zip(owner, owner[1:]))
    if c.tokens.words[c.end - 1] != "of":
        # the owner follows "of", "from" or "with" at once or after the harm's own noun ("most
        # common adverse side effects of current treatments")
        links = [i for i, w in enumerate(owner[:3]) if w in {"of", "from", "with"}]
        if not links:
            return True
        owner = owner[links[0]:]
    if set(owner) & _COMPARATOR_OWNERS:
        return False
    return bool(set(owner) & _TREATMENT_OWNERS) or not set(owner) & _DISEASE_OWNERS


# A harm placed before the treatment (round 16b): "a prior heart attack", "before treatment, the
# participants experienced", "who survived a major bleeding event", "at least once in the last year".
_HARMS_HISTORY_BEFORE = pattern("harms_history_before")
_HARMS_HISTORY_AFTER = pattern("harms_history_after")
_HARMS_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:(?:all|already|also|ever|never|not|previously)\s+)?(?:been|had|\w+ed)\b")


def _harms_history(c: Context) -> bool:
    """The harm is placed in the patients' past, before the option: a modifier of its noun phrase
    ("a prior heart attack", "a previous major bleed"), a verb of having come through it ("patients
    who survived a major bleeding event"), a fronted time before treatment in its clause ("before
    treatment, the participants experienced 1.2 relapses a year"), or a time after it that reaches
    back before the study ("had experienced joint swelling at least once in the last year"). What
    people had before they were treated is their history, a baseline characteristic or an
    eligibility criterion, not a harm the option caused.

    Prevents the population's history counting as harms disclosed (CONSORT 2010 item 15: baseline
    characteristics of each group, apart from item 19's harms; HealthNewsReview.org criterion 3: the
    harms of the intervention; guide.md's settled convention on 'suffered'/'experienced': a trait
    the patients had before is disease_burden; dev audit harms errors, round 16b)."""
    before = c.text_before(60)
    clause = re.split(r"[;:()\u2014\u2013]", before)[-1]
    after = c.text_after(60)
    match = c.text[c.match_start:c.match_end]
    if _HARMS_HISTORY_BEFORE.search(clause) or _HARMS_HISTORY_BEFORE.search(clause + match):
        return True  # the match may hold the people and their verb: "before treatment, the [participants experienced]"
    # a time after the harm places it before the study only in the past perfect, which sets an event
    # before the story's own past (Quirk et al. 1985, 4.21): "had experienced swelling at least once
    # in the last year"; "reports of bleeding in the past year" stay harms
    return bool(_HARMS_HISTORY_AFTER.match(after)) and bool(_HARMS_PAST_PERFECT.search(clause + match))


_CAUSE_RANK = words("cause_rank")


def risk_raised(c: Context) -> bool:
    """Words that usually name the disease ("risk of", "death", "infection") disclose a harm only
    where the text says something raises them ("increases the risk of heart attack", "linked to a
    higher risk of dementia"), not where the treatment lowers them or the disease is described
    ("reduced the risk of stroke", "the leading cause of death").

    Prevents the burden of the disease counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention).
    """
    window = c.before(5)
    if "leading" in window:  # "the third leading cause of death": a ranking of the disease
        return False
    if ({"cause", "causes"} & set(window)) and set(window) & _CAUSE_RANK:  # "the second most common cause of death", "one of the most common causes of"
        return False
    if set(c.before(10)) & _INHERENT_RISK_FACTORS:  # "genetic variants that increase the risk of"
        return False
    if any(w in {"not", "no", "never"} or w.endswith("n't") for w in window):  # "does not cause"
        return False
    return not _RAISED.isdisjoint(window) and _LOWERED.isdisjoint(window) and harm_of_intervention(c)


RULES = registry(
    risk_raised,
    harm_of_intervention,
)
