"""Harms lowered: a harm that something reduces, prevents or relieves, through "the risk of", the
harm's own noun phrase or a list whose head is lowered; what an option eases is no harm it causes.

Sources: HealthNewsReview.org criterion 3; Quirk et al. 1985, 17.2-17.4 (a noun phrase's modifiers
belong to its head) and on coordination; guide.md's settled convention on side effects an option
eases (comparator_harm)."""

from __future__ import annotations

import re

from ..base import Context, _words_back, pattern, words
from .readers import (
    _HARMS_COORDINATED_VERBS, _HARMS_PHRASE_BREAKS, _LOWERED, _MINIMISER_REACH, _RAISED, _harm_caused_by_own_option,
)


# Since round 14 also the verbs of relief ("would lessen the side effects", "to alleviate the side
# effects of treatment"): what an option eases is another treatment's harm or the condition's, not
# one it causes (guide.md, settled convention: comparator_harm).
_RELIEVING = words("harms_relieving")
_LOWERING = _LOWERED | words("harms_lowering_nouns") | _RELIEVING
# Coping verbs relieve where something helps the person cope: "helped Landon deal with the side
# effects of chemotherapy", not "patients may have to deal with these side effects" (endured).
_COPING = words("harms_coping")
_HELPING = words("harms_helping")
_RISK_CHAIN = words("harms_risk_chain")
# How far back a lowering reaches through "the risk of", "the rate of": "would reduce the risk
# of long-term complications", "a 27 percent reduction in the risk for further cardiac complications".
_LOWERED_REACH = 9
# How far back a lowering word may reach through the premodifiers of the harm's noun phrase.
_HARMS_NOUN_PHRASE_REACH = 14
# A causative verb before the harm and an infinitive of lowering after it: "caused death risk to drop".
_HARMS_LOWERED_AFTER = pattern("harms_lowered_after")
_HARMS_CAUSATIVE_BEFORE = pattern("harms_causative_before")


def _harm_lowered(c: Context) -> bool:
    """The harm is what something lowers: a lowering word before it in its clause that reaches it
    through "the risk of", "the rate of", "the likelihood of" ("a reduction in the risk for
    further cardiac complications", "would reduce the risk of long-term complications"), within
    two words of it ("can curb those risks", "a reduction in complications"), or further back
    through the harm's own noun phrase (``_harms_one_noun_phrase``: "alleviating prostate cancer
    patients' side effects"). Since round 14 a verb of relief counts too ("would lessen the side
    effects"), or of coping after a helper ("helped him cope with the side effects of
    chemotherapy"): what an option eases is no harm it causes,
    guide.md's settled convention on side effects another treatment's option eases); or, for a
    long match, a lowering word inside it ("a 10 percent drop reduces complications"); since round
    33 a causative verb before the harm whose infinitive lowers it ("caused death risk to drop",
    ``harms_lowered_after``). No raising
    word may stand between ("cut the dose but raised the risk of bleeding" is a harm), and since
    round 34 the harm may not name the page's option as its cause (``_harm_caused_by_own_option``).

    Prevents a benefit (fewer complications of the disease) counting as harms disclosed
    (HealthNewsReview.org criterion 3: the harms of the intervention)."""
    if _harm_caused_by_own_option(c):
        return False  # "controlling the nausea caused by Ostrafen": eased, but the option's own (round 34)
    inside = c.tokens.words[c.start:c.end - 1]
    if len(inside) > 2 and set(inside) & _LOWERING and not set(inside) & _RAISED:
        return True
    if _HARMS_LOWERED_AFTER.match(c.rest_of_sentence) and _HARMS_CAUSATIVE_BEFORE.search(c.text_before(40)):
        return True  # "caused death risk to drop": a causative whose infinitive lowers the harm (round 33)
    window = _words_back(c, _HARMS_NOUN_PHRASE_REACH, ",;:.!?")  # a clause break ends the reach
    for j in range(len(window) - 1, -1, -1):
        if window[j] in _LOWERING or (window[j] in _COPING and set(window[max(0, j - 3):j]) & _HELPING):
            between = window[j + 1:]
            if set(between) & _RAISED:
                return False
            if len(between) <= _LOWERED_REACH and (len(between) <= 2 or bool(set(between) & _RISK_CHAIN)):
                return True
            return _harms_one_noun_phrase(between)
    return _harm_listed_under_lowered(c)


def _harms_one_noun_phrase(between: list[str]) -> bool:
    """The words between a verb of lowering or relief and the harm are the harm's own noun phrase:
    premodifiers and possessives ("alleviating prostate cancer patients' side effects"), coordinated
    modifiers ("serious heart and metabolic complications"), an of-phrase and a non-finite clause
    inside it ("the risk of obese children developing serious complications"). No verb of its own,
    no preposition but "of", no conjunction of clauses: "reduced pain in patients who had nausea"
    and "cut costs and brought headaches" leave the harm outside the object. A noun phrase's
    premodifiers and postmodifiers belong to its head (Quirk et al. 1985, 17.2-17.4): what is eased
    is the harm the phrase names.

    Prevents a harm the option is said to ease or prevent counting as harms disclosed where
    modifiers stand between the verb and the harm word (HealthNewsReview.org criterion 3: the harms
    of the intervention; disease_burden, the dev audit's most common harms error, round 16b)."""
    for i, w in enumerate(between):
        if w in _HARMS_PHRASE_BREAKS or w.endswith("n't"):
            return False
        if w in {"and", "or"} and i + 1 < len(between) and between[i + 1] in _HARMS_COORDINATED_VERBS:
            return False  # "and caused", "and triggers": a second verb, not a coordinated modifier ("and diabetes")
    return True


# A list of short items after "the risks of": "diversion, abuse, misuse, and"; the last item's
# premodifiers may stand before the harm after its "and"/"or" ("stillbirth, Caesarean delivery and
# maternal and neonatal [complications]": the harm's own noun phrase, Quirk et al. 1985, 17.2; round
# 33), never after a comma alone: "effective in treating depression, but it's not without [side
# effects]" is no list under "treating" (a seed page's harm was lost).
_HARMS_LIST_ITEM = r"\s*[\w\x27-]+(?:\s+[\w\x27-]+){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_HARMS_LIST_SO_FAR = re.compile(
    rf"^(?:{_HARMS_LIST_ITEM})+$"
    rf"|^(?:{_HARMS_LIST_ITEM})*\s*[\w\x27-]+(?:\s+[\w\x27-]+){{0,2}}\s*,?\s*(?:and|or)\s+(?:[\w\x27-]+\s+){{1,2}}$")
# How far back a list's lowered head may stand, in words.
_HARMS_LIST_REACH = 16


def _harm_listed_under_lowered(c: Context) -> bool:
    """The harm is an item of a list whose head a lowering word governs: "minimizes the risks of
    diversion, abuse, misuse, and accidental exposure", "cuts the rates of infection, bleeding and
    readmission" (the items share the head: Quirk et al. 1985, coordination), or a verb of relief
    governs the list itself ("focus on controlling pain, nausea, swelling and other side effects",
    round 33). The items are short (three words at most) and nothing raising stands between.

    Prevents a benefit (risks the option lowers) counting as harms disclosed where the harm stands
    after the first comma of the list (HealthNewsReview.org criterion 3; minimised, a dev audit
    harms error, round 13b)."""
    starts, ends, words_ = c.tokens.starts, c.tokens.ends, c.tokens.words
    floor = max(c.first, c.start - _HARMS_LIST_REACH)
    for r in range(c.start - 2, floor, -1):
        if words_[r] in _RELIEVING:
            # a verb of relief governs the list itself: "controlling pain, nausea, swelling and other
            # side effects" (round 33); not a word of lowering, which may itself be a harm named
            # ("reduced appetite, nausea and fatigue", "falls, fractures and bleeding")
            # every item a noun phrase: a verb or a subordinator between ends the list ("While
            # controlling bone loss, Ostrafen caused nausea, dizziness ..."; review of round 33)
            items = c.text[ends[r]:c.match_start]
            clause_words = set(words_[r + 1:c.start]) & (_HARMS_PHRASE_BREAKS | _HARMS_COORDINATED_VERBS)
            return bool(_HARMS_LIST_SO_FAR.match(items)) and not clause_words and not any(p in items for p in ";:.!?")
        if words_[r] in _RISK_CHAIN and words_[r + 1] == "of":
            items = c.text[ends[r + 1]:c.match_start]
            if not _HARMS_LIST_SO_FAR.match(items) or any(p in c.text[starts[r]:c.match_start] for p in ";:.!?"):
                return False
            lead_first = max(c.first, r - _MINIMISER_REACH)
            for i in range(r, lead_first, -1):  # a clause break ends the head's reach
                if c.marks_before(i, ",;:.!?"):
                    lead_first = i
                    break
            lead = words_[lead_first:r]
            return not _LOWERING.isdisjoint(lead) and not set(lead) & _RAISED
    return False
