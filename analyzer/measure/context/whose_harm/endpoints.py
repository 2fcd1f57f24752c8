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


_HARMS_OPTION_STOPPED = pattern("harms_option_stopped")
_HARMS_STOP_REASON = pattern("harms_stop_reason")
_HARMS_STOPPING_OWN = pattern("harms_stopping_own")

# How many words after the verb of stopping its object may take: "stop taking [the blood thinner XARELTO]".
_HARMS_STOPPED_OBJECT_REACH = 4


def _harms_of_stopping(c: Context) -> bool:
    """A harm that stopping the option raises: a verb of stopping whose object is an option, a
    treatment word or a pronoun that may stand for one, before the harm in its sentence, with a word
    of raising between or in the match ("Stopping XARELTO increases your risk of having a stroke",
    "If you stop taking XARELTO, you may have an increased risk of forming a clot", "patients who
    discontinued the drug had a higher risk of death"). Only where the event is what the option
    prevents while it is taken (``_harms_disease_returns``): benefit lost, not a harm the option causes. Kept where a reason word between makes
    the harm the cause of the stopping ("stopped taking Yervoy after developing severe diarrhea",
    "had to stop the drug because of side effects", ``harms_stop_reason``), and for the harms of
    stopping that are the drug's own, its dependence ("stopping it suddenly can cause withdrawal",
    ``harms_stopping_own``).

    Prevents the event the option prevents, if it is stopped, counting as its harm (audit guide,
    settled reading after round 30: "stopping the drug raises the risk of a clot" is
    disease_burden; FDA, 21 CFR 201.57(c)(6): a label's warning about premature discontinuation is
    of the loss of the drug's effect; dev audit harms errors, round 37: news_reviews_00070)."""
    before = c.text[c.sentence_start:c.match_start]
    stops = list(_HARMS_OPTION_STOPPED.finditer(before))
    if not stops:
        return False
    stop = stops[-1]
    if _HARMS_STOPPING_OWN.search(c.text, c.sentence_start + stop.end(), min(c.sentence_end, c.match_end + 40)):
        return False
    between = before[stop.end():]
    if _HARMS_STOP_REASON.search(between):
        return False
    if not (_HARMS_ENDPOINT_RAISED.search(between) or _HARMS_ENDPOINT_RAISED.search(c.text, c.match_start, c.match_end)):
        return False
    first = bisect_left(c.tokens.starts, c.sentence_start + stop.end())
    last = min(c.start, first + _HARMS_STOPPED_OBJECT_REACH)
    obj = c.tokens.words[first:last]
    iv = c.interventions
    stopped = bool((iv and iv.named(first, last)) or set(obj) & (_CAUSER_REFERENCES | _TREATMENT_OWNERS)
                   or _harms_treatment_in(c.text[c.sentence_start + stop.end():c.tokens.ends[last - 1]] if last > first else ""))
    return stopped and _harms_disease_returns(c)


_HARMS_DISEASE_RETURN = pattern("harms_disease_return")


def _harms_disease_returns(c: Context) -> bool:
    """The event that stopping raises is the disease's return, the benefit lost: the harm or the
    words after it in its clause name the page's condition ("an asthma attack" on an asthma page),
    an outcome the option prevents ("a stroke" on a blood thinner's page) or a return of the
    disease ("a painful flare", "relapse", ``harms_disease_return``). Any other event is a harm
    the drug or its withdrawal causes ("Stopping prednisone abruptly raises the risk of adrenal
    crisis", "Stopping Veltra raises the risk of liver damage") and keeps counting (FDA, 21 CFR
    201.57(c)(6): withdrawal and rebound reactions are adverse reactions of the drug; round 38
    review of round 37's rule)."""
    after = re.split(r"[;:()\u2014]|,\s(?!or\b|and\b)", c.rest_of_sentence)[0]
    event = c.tokens.words[c.start:c.end] + re.findall(r"[a-z'-]+", after.lower())[:_HARMS_ENDPOINT_REACH]
    iv = c.interventions
    if not iv or iv.names_condition(event) or iv.names_prevented(event):
        return True  # no option identified: round 37's reading stands
    return bool(_HARMS_DISEASE_RETURN.search(" ".join(event)))
