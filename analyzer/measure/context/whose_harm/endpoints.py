"""A prevented endpoint: a harm that is the outcome the page's option is said to prevent or reduce
("10 percent of the participants suffered a heart attack"), unless the option is said to raise it.

Sources: HealthNewsReview.org criteria 2 and 3 (benefits told apart from harms)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..base import Context, _TREATMENT_OWNERS, pattern, words
from .readers import (
    _CAUSER_REFERENCES, _CAUSE_SUBJECT_REACH, _HARMS_OF_TREATMENT, _HARM_HEAD, _INTAKE, _harm_tie_caused,
    _harms_treatment_in,
)


# How many words after the harm its event may run: "[10 percent of the participants suffered] either
# a heart attack or stroke", "No [patients experienced] a stroke".
_HARMS_ENDPOINT_REACH = 8

_HARMS_ENDPOINT_TIED = pattern("harms_endpoint_tied")


def _harms_prevented_endpoint(c: Context) -> bool:
    """The harm, or the event named right after it in its clause, is an outcome the page's option is
    said to prevent or reduce (``Interventions.prevents``: "Victoza cut the risk of heart attack and
    stroke", "it protects against stroke"): "10 percent of the participants suffered a heart attack
    or stroke, or died", "No patients experienced a stroke" report the study's endpoint, whose rate
    measures the benefit, not a harm of the option. Kept where the sentence ties the event to a
    cause (a verb of causing before it; "caused by", "that the drug caused", "linked to" after it:
    ``harms_endpoint_tied``), names a side effect or adverse event, or tells of the event raised
    ("more strokes", "a higher risk of death", ``_endpoint_raised_by_option``).

    Prevents a prevention trial's endpoint counting as harms disclosed (CONSORT 2010: the primary
    outcome, item 6a, is reported apart from harms, item 19; HealthNewsReview.org criterion 3: the
    harms of the intervention; disease_burden, the dev audit's most common harms error, round 27)."""
    iv = c.interventions
    if not iv.prevents:
        return False
    after = re.split(r"[;:()\u2014]|,\s(?!or\b|and\b)", c.rest_of_sentence)[0]
    event = c.tokens.words[c.start:c.end] + re.findall(r"[a-z'-]+", after.lower())[:_HARMS_ENDPOINT_REACH]
    if not iv.names_prevented(event):
        return False
    before = c.text[c.sentence_start:c.match_start]
    sentence = c.text[c.sentence_start:c.sentence_end]
    return not (_HARM_HEAD.search(sentence) or _HARMS_OF_TREATMENT.search(before) or _harm_tie_caused(before)
                or _HARMS_ENDPOINT_TIED.search(c.rest_of_sentence) or _endpoint_raised_by_option(c))


_HARMS_ENDPOINT_RAISED = pattern("harms_endpoint_raised")

# A finite verb of raising with a subject of its own ("certain compounds can increase the risk"):
# "increased", often an adjective ("an increased risk"), is read as the arms' comparison instead.
_HARMS_RAISING_VERB = re.compile(r"(?i)(?:increase|increases|raise|raises|double|doubles|triple|triples)")


def _endpoint_raised_by_option(c: Context) -> bool:
    """The sentence tells of the prevented endpoint raised (``harms_endpoint_raised``: "more
    strokes", "a higher risk of death", "it also increases the risk of bleeding"), unless the only
    raising is a verb before the harm whose subject names another agent, not the page's option, a
    pronoun or treatment word that may stand for it, or its taking ("certain compounds can increase
    the risk of cancer", "atrial fibrillation increases the risk of stroke"): a risk factor for
    the endpoint the option prevents is the disease's burden, not the option raising it."""
    sentence = c.text[c.sentence_start:c.sentence_end]
    for m in _HARMS_ENDPOINT_RAISED.finditer(sentence):
        at = c.sentence_start + m.start()
        if not (_HARMS_RAISING_VERB.fullmatch(m.group()) and at < c.match_start and _raised_by_another(c, at)):
            return True
    return False


# Words between a subject and its verb of raising: "compounds [can substantially] increase".
_HARMS_RAISE_AUX = words("harms_raise_auxiliaries")


def _raised_by_another(c: Context, at: int) -> bool:
    """The verb of raising at character ``at`` has a subject naming no option, no pronoun or
    treatment word that may stand for one, and no taking of one; see ``_endpoint_raised_by_option``."""
    if c.interventions.named(c.first, bisect_left(c.tokens.starts, at)):
        return False
    clause = re.findall(r"[a-z']+", re.split(r"[,;:.!?()\u2014]", c.text[c.sentence_start:at])[-1].lower())
    clause = [w for w in clause if w not in _HARMS_RAISE_AUX]
    links = [i for i, w in enumerate(clause) if w in ("that", "which", "who")]
    if links and links[-1] < len(clause) - 1:
        clause = clause[links[-1] + 1:]  # "showing that [certain compounds] can increase"
    subject = clause[-_CAUSE_SUBJECT_REACH:]
    text = " ".join(subject)
    return bool(subject) and not (set(subject) & (_CAUSER_REFERENCES | _TREATMENT_OWNERS) or _harms_treatment_in(text)
                                  or _INTAKE.search(text) or any(w.endswith("therapy") for w in subject))
