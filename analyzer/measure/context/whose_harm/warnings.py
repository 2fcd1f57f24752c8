"""Warnings: "warning" counts where it warns of a harm of a treatment or product the sentence (or,
after "this"/"these", the sentence before) ties it to, not a warning sign, an enforcement letter or a
warning that the option may not work.

Sources: HealthNewsReview.org criterion 3; Merriam-Webster and WordNet ("warning"); Quirk et al.
1985 (noun premodification); FDA Regulatory Procedures Manual ch. 4 (warning letters)."""

from __future__ import annotations

import re

from ..base import Context, pattern, registry, words
from .readers import (
    _HARMS_OF_TREATMENT, _HARMS_TREATMENT_ENDINGS, _HARMS_TREATMENT_WORDS, _HARM_HEAD, _harm_tie,
    _previous_sentence_start,
)
from .disclosed import harms_disclosed


_HARMS_WARNING_LITERAL_HEADS = words("harms_warning_literal_heads")


def harms_warning_of_harm(c: Context) -> bool:
    """"Warning" counts as a harm disclosed where it is a warning about the treatment (a label's
    "boxed warning", "carries a warning about suicidal thoughts", "Despite these warnings"), not
    where it modifies a noun that makes it a signal or an enforcement step: "a warning sign",
    "warning letters to spas", "warning alarms" (the compound's head noun decides its sense:
    Quirk et al. 1985, noun premodification).

    Since round 21 also the signal and the enforcement senses read from the warning's other
    words (``_harms_warning_not_safety``); since round 33 only a warning tied to a treatment, a
    product or a harm (``_harms_warning_tied``).

    Prevents literal senses counting as harms disclosed (the dev audit's literal_sense errors)."""
    if c.word(c.end) in _HARMS_WARNING_LITERAL_HEADS and not c.marks_before(c.end, ",;:.!?"):
        return False
    return harms_disclosed(c) and not _harms_warning_not_safety(c) and _harms_warning_tied(c)


_HARMS_WARNING_BACK = words("harms_warning_back")


def _harms_warning_tied(c: Context) -> bool:
    """"Warning" counts only where its sentence ties it to a treatment or a harm: it names a
    product, a treatment word or the page's intervention ("the drug also comes with a more serious
    warning"), a harm or a cause ("a warning about suicidal thoughts", "warning that the radiation
    raises cancer risk"); or, after "this", "these", "that", "those" or "such", the sentence before
    does ("Despite these warnings, you can buy dried hijiki", after a line on its arsenic). A
    warning is a message about any danger (Merriam-Webster: "something that warns or serves to
    warn"; WordNet gives a notice of danger in any field): warnings from scientists about a food
    crisis, from parents' advice on allergenic foods, of polar bears, or a medical emergency taken
    as a warning tell no harm of an option. Prevents the general-English sense counting as harms
    disclosed (HealthNewsReview.org criterion 3: the harms of the intervention; literal_sense and
    not_disclosure, dev audit harms errors, round 33: story_reviews_00358, 00694; most OneStopEnglish
    harms findings, general news never tuned on, were such warnings)."""
    if _harms_warning_ties(c, c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence, c.first, c.last):
        return True
    if c.word(c.start - 1) not in _HARMS_WARNING_BACK:
        return False
    start = c.tokens.starts[_previous_sentence_start(c)]
    return _harms_warning_ties(c, c.text[start:c.sentence_start], None, None)


_HARMS_WARNING_NAMES_HARM = pattern("harms_warning_names_harm")


def _harms_warning_ties(c: Context, text: str, first: int | None, last: int | None) -> bool:
    """Whether ``text`` names a treatment or a product (a treatment word, a product's mark, the
    page's intervention within tokens ``first:last``), a harm or a cause. Not a verb of giving
    alone (``_HARMS_INTAKE``: "have given a strong warning" gives no treatment)."""
    iv = c.interventions
    if first is not None and iv and iv.named(first, last):
        return True
    tokens = re.findall(r"[a-z]+", text.lower())
    treatment = (bool(set(tokens) & _HARMS_TREATMENT_WORDS) or any(w.endswith(_HARMS_TREATMENT_ENDINGS) for w in tokens)
                 or "\u00ae" in text or "\u2122" in text or _HARMS_OF_TREATMENT.search(text))
    return bool(treatment or _HARM_HEAD.search(text) or _harm_tie(text) or _HARMS_WARNING_NAMES_HARM.search(text))


_HARMS_WARNING_SIGNAL_MODIFIERS = words("harms_warning_signal_modifiers")
_HARMS_WARNING_ENFORCEMENT = words("harms_warning_enforcement_words")

_HARMS_WARNING_SIGNAL_CLAUSE = pattern("harms_warning_signal_clause")
_HARMS_WARNING_EFFICACY = pattern("harms_warning_efficacy")


def _harms_warning_not_safety(c: Context) -> bool:
    """"Warning" in a sense other than a safety warning, read from its premodifier or its own
    clause: "an early warning that it is time to drink" (a signal: "early warning" is a fixed
    compound for an advance signal, Merriam-Webster), or a warning whose clause is about a breach of
    law or a sales claim and names no harm ("issued a consumer warning about false and misleading
    claims", "sent a letter warning the clinic that its unlicensed sales violated the law": a
    regulator's enforcement step, FDA Regulatory Procedures Manual ch. 4, Warning Letters). A
    warning whose clause names a harm or a cause stays, even beside such words ("a warning that
    the unapproved pills caused kidney damage", "misleading claims about its safety", "early
    warnings of the risk of suicide"). Since round 33 also a warning that the option may not work,
    whose clause names no harm ("warning that being classed as a medical device does not guarantee
    that the app will effectively prevent pregnancy"): a benefit that may be lost, which the audit
    guide's round-30 ruling labels disease_burden (``harms_warning_efficacy``).

    Prevents the signal and enforcement senses counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the option; literal_sense, dev audit harms errors, round 21:
    story_reviews_00324, 01587, 01590).

    Since round 22 (code review) the harm is read in the whole sentence, the warning word itself
    left out, and more widely (``harms_warning_names_harm``: a harm noun, "reports of", "the effect
    on", a modal's causal verb): "a warning about illegal online sales after reports of seizures",
    "a warning that it is not licensed for children because it can slow breathing" are safety
    warnings. "Early" makes a signal only where the clause names no harm and reads "when ..." or
    "that it is time" ("an early warning about the drug's effect on the liver" is a harm told)."""
    clause = re.split(r"[;:.!?()]", c.rest_of_sentence)[0]
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    if (_HARM_HEAD.search(sentence) or _harm_tie(sentence) or _HARMS_WARNING_NAMES_HARM.search(sentence)):
        return False
    if c.word(c.start - 1) in _HARMS_WARNING_SIGNAL_MODIFIERS and _HARMS_WARNING_SIGNAL_CLAUSE.match(clause):
        return True
    if _HARMS_WARNING_EFFICACY.search(clause):
        return True  # "warning that ... does not guarantee that the app will effectively prevent pregnancy"
    tokens = re.findall(r"[a-z]+", clause.lower())
    return bool(set(tokens) & _HARMS_WARNING_ENFORCEMENT)


RULES = registry(
    harms_warning_of_harm,
)
