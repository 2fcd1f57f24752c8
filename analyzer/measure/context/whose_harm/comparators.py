"""Another option's harm: the harm of what the page's option is for (its indication), of an option
set apart by class ("existing treatments", "other drugs"), of one a relative clause or a coordinated
owner names, or of the option the sentence before describes without a brand.

Sources: HealthNewsReview.org criterion 3 and DISCERN item 11 (the harms of each option); PICO's C
(Nye et al. 2018); Quirk et al. 1985, 15.63-15.69 (comparison) and ch. 17 (participles as
premodifiers); Carlson 1977 (bare plurals name kinds); MedDRA (indication and reaction terms)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..base import Context, pattern, words
from .readers import (
    _HARMS_COORDINATED_VERBS, _HARMS_INTAKE, _HARMS_OWNER_LINK, _HARMS_PHRASE_BREAKS, _HARMS_STANDARD_CARE,
    _HARMS_STUDY_REPORT, _HARMS_TREATMENT_WORDS, _HARM_HEAD, _harms_treatment_in, _names_own_option,
    _previous_sentence_start,
)


# What a treatment is for: "a treatment for their insomnia", "used to treat nausea", "patients
# with cocaine addiction", "approved for the treatment of hallucinations" (the indication).
_HARMS_INDICATION = pattern("harms_indication")

# The indication named by a class and then listed (round 13b): "used to treat stomach problems
# such as nausea and vomiting", "patients with health conditions such as chronic pain and insomnia".
_HARMS_INDICATION_LIST = pattern("harms_indication_list")


def _harms_indication(c: Context) -> bool:
    """The word names what a treatment treats, not what it does: "cognitive therapy for their
    insomnia", "it might help to treat addiction", "designation for the treatment of
    hallucinations", "the safety of the device in patients with cocaine addiction"; since round 27
    also the object of a verb of controlling, targeting, shortening or protecting against ("teams
    focus on controlling pain, nausea", "regimens that could best target different cases of acute
    diarrhea", "protecting against cardiac death linked to arrhythmia": what the option acts on is
    its indication, as with "treat"). Not where its sentence has already named a harm ("Among the
    side effects, five patients with neutropenia had fevers"): there the condition is the harm.

    Prevents the indication counting as a harm of the treatment (HealthNewsReview.org criterion
    3; MedDRA terms name both indications and adverse reactions; the dev audit's disease_burden
    errors, the most common harms error since round 4)."""
    before = c.text_before(80)
    if not (_HARMS_INDICATION.search(before) or _HARMS_INDICATION_LIST.search(before)):
        return False
    return not _HARM_HEAD.search(c.text, c.sentence_start, c.match_start)


# Another option, named by class with a word that sets it apart from the page's own: "existing
# treatments", "other drugs", "traditional psychotherapy", "an alternative to oral drugs".
_HARMS_OTHER_OPTION = pattern("harms_other_option")

# A sentence opening "By contrast" or "In contrast": its subject is set against the page's option.
_HARMS_CONTRAST_OPENING = pattern("harms_contrast_opening")


# A sentence that opens with a bare plural of the most general option nouns ("Medications can
# cause mood problems", "Drugs carry risks"): options in general (round 13b).
_HARMS_GENERIC_OPTIONS = pattern("harms_generic_options")


def _harms_other_option(c: Context) -> bool:
    """The harm's sentence names an option only by a class set apart from the page's own
    ("existing treatments", "other forms of B3", "traditional psychotherapy", "an alternative to
    oral drugs, which often have side effects", "help patients avoid drugs"; since round 13b a
    sentence that opens with a bare plural of the most general option nouns, which speaks of
    options in general, a generic statement (Carlson 1977 on bare plurals): "Medications can cause
    mood problems, fatigue", "Medications can help, although many complain of side effects"; the
    page's own option is named or referred to with a determiner ("the drug"); since round 9b also a
    class called common or already sold: "common cholesterol-lowering drugs called statins", "there
    are sleep aids on the market", "the only drug currently approved"; or a sentence opening "By
    contrast", whatever the harm's owner) and names neither the
    page's intervention nor refers back to it ("the drug", "this treatment"): the harm is another
    option's. Read where the page's intervention is not identified too: the class word is the
    signal. Since round 27 the intervention named only inside the phrase that sets the other option
    apart ("Previous attempts to find an Alzheimer's vaccine caused harmful side effects") or as
    the standard of a comparison after "than" ("which tend to have more severe side effects than
    Prozac does", "the side-effects of the mood-stabilising alternatives are worse than lithium")
    does not make the harm its own (``_harms_set_apart_spans``: a comparative clause's standard is
    what the compared term is measured against, Quirk et al. 1985, 15.63-15.69; a postmodifier
    belongs to its head, 17.2-17.4).

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; DISCERN item 11; comparator_harm, the dev audit's second harms error)."""
    before = c.text[c.sentence_start:c.match_start]
    owner = c.rest_of_sentence
    owner = owner if _HARMS_OWNER_LINK.match(owner) else ""  # "side effects common to existing treatments"
    if _HARMS_CONTRAST_OPENING.match(before):  # "By contrast, surgery means complications of anesthesia"
        if _HARMS_INTAKE.search(before) or _HARMS_STUDY_REPORT.search(before):
            return False  # "In contrast, volunteers given the new spray reported nausea": a trial's own arm
    elif _HARMS_GENERIC_OPTIONS.match(before) and not _harms_treatment_in(owner):
        pass  # "Medications can cause mood problems, fatigue, or problems with thinking": options in general
    elif owner:  # the harm's own owner decides: "side effects of the patch" is the patch's
        if not _HARMS_OTHER_OPTION.search(owner):
            return False
    elif not _HARMS_OTHER_OPTION.search(before):
        return False
    if "\u00ae" in before + owner or "\u2122" in before + owner:  # a product's mark names the page's own
        return False
    return not _names_own_option_outside(c, _harms_set_apart_spans(c))


# How many words after a phrase that sets another option apart still belong to it: "previous
# attempts to find an Alzheimer's vaccine", "other forms of the drug".
_HARMS_SET_APART_REACH = 6
# How many words after "than" the standard of a comparison runs: "than Prozac does".
_HARMS_STANDARD_REACH = 4
_HARMS_COMPARISON_MARKERS = words("harms_comparison_markers")
_HARMS_SET_APART_LINKS = words("harms_set_apart_links")


def _harms_set_apart_spans(c: Context) -> list[tuple[int, int]]:
    """The token spans of the sentence in which a mention of the page's intervention does not make
    a harm its own: a phrase that sets another option apart, with its of- or to-phrase ("previous
    attempts to find an Alzheimer's vaccine": earlier vaccines, not the page's), and the standard of
    a comparison after "than" ("more severe side effects than Prozac does": Prozac is what the other
    option is measured against). A clause break or a finite verb ends either span."""
    starts, ends, words_ = c.tokens.starts, c.tokens.ends, c.tokens.words
    spans = []
    for m in _HARMS_OTHER_OPTION.finditer(c.text, c.sentence_start, c.sentence_end):
        i = next((k for k in range(c.first, c.last) if ends[k] > m.end()), c.last)
        stop = i
        while stop < min(c.last, i + _HARMS_SET_APART_REACH) and not c.marks_before(stop, ",;:()") and \
                words_[stop] not in _HARMS_COORDINATED_VERBS and (words_[stop] not in _HARMS_PHRASE_BREAKS
                                                                  or words_[stop] in _HARMS_SET_APART_LINKS):
            stop += 1
        spans.append((next((k for k in range(c.first, c.last) if starts[k] >= m.start()), c.last), stop))
    for k in range(c.first, c.last):
        if words_[k] in _HARMS_COMPARISON_MARKERS:
            spans.append((k, c.on_to_break(k + 1, ",;:()", _HARMS_STANDARD_REACH)))
    return spans


def _names_own_option_outside(c: Context, spans: list[tuple[int, int]]) -> bool:
    """``_names_own_option`` over the sentence, the tokens of ``spans`` left out."""
    inside = {k for a, b in spans for k in range(a, b)}
    first = c.first
    for k in range(c.first, c.last + 1):
        if k == c.last or k in inside:
            if k > first and _names_own_option(c, first, k):
                return True
            first = k + 1
    return False


_HARMS_COORDINATED_OWNER = pattern("harms_coordinated_owner")


def _harms_of_coordinated_owner(c: Context) -> bool:
    """The harm follows its owner in a coordination whose participle of association points back to
    it ("notified of the patient's frailty and associated surgical risks", "obesity and related
    complications"), and that owner names no treatment, giving or option ("the implant and
    associated risks" on an implant page stays): the harm is the first conjunct's, a condition or a
    trait, not one the option causes (the participle's implied complement is the conjunct before
    it: Quirk et al. 1985, ch. 17 on participles as premodifiers; round 33).

    Prevents a patient trait's or a condition's risks counting as harms disclosed
    (HealthNewsReview.org criterion 3: the harms of the intervention; disease_burden, the dev
    audit's most common harms error)."""
    found = _HARMS_COORDINATED_OWNER.search(c.text_before(80))
    if not found:
        return False
    owner = found.group(1)
    if _harms_treatment_in(owner):
        return False
    at = c.match_start - len(c.text_before(80)) + found.start(1)
    first = bisect_left(c.tokens.starts, at, c.first, c.start)
    return not c.interventions.named(first, c.start)


_HARMS_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|that)\s", re.IGNORECASE)
_HARMS_SAFER_THAN = pattern("harms_safer_than")
# How far before a relative pronoun the other option's name may end: its antecedent noun phrase.
_HARMS_ANTECEDENT_REACH = 40


def _harms_of_relative_other(c: Context) -> bool:
    """The harm stands in a relative clause whose antecedent is another option, set apart from the
    page's own ("an alternative to oral drugs, which often have severe side effects", "much safer
    than, say, systemic stimulants that also rev up the heart and cause strong side effects"),
    even where the sentence names the page's intervention elsewhere: the relative clause tells of
    its antecedent. The clause itself names no option of the page's (no intervention, no "the
    drug") and has no clause break before the harm.

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; relative clauses modify their antecedent, Quirk et al. 1985; comparator_harm, the
    dev audit's second harms error, round 13b)."""
    before = c.text[c.sentence_start:c.match_start]
    relatives = list(_HARMS_RELATIVE.finditer(before))
    if not relatives:
        return False
    rel = relatives[-1]
    clause = before[rel.end():]
    if re.search(r"[;:()]", clause) or "," in clause.strip(" ,"):
        return False
    antecedent = before[max(0, rel.start() - _HARMS_ANTECEDENT_REACH - 30):rel.start()]
    other = [m for m in list(_HARMS_OTHER_OPTION.finditer(antecedent)) + list(_HARMS_SAFER_THAN.finditer(antecedent))
             if len(antecedent) - m.end() <= _HARMS_ANTECEDENT_REACH]
    if not other:
        return False
    first = next((i for i in range(c.first, c.start) if c.tokens.starts[i] >= c.sentence_start + rel.end()), c.start)
    return not _names_own_option(c, first, c.start)


_HARMS_OPENING_BACK_REFERENCES = words("harms_opening_back_references")
# How many words into its sentence a back reference must stand to be the sentence's subject.
_HARMS_OPENING_REACH = 4


def _harms_back_to_other_option(c: Context) -> bool:
    """The harm's sentence opens by referring back to options ("Those medications can produce side
    effects", "Such drugs carry a risk of infection") and names no option of its own, while the sentence before
    sets another option apart from the page's ("a safer alternative to bone-loss drugs", "unlike
    older pills") and names neither the page's intervention nor a product by its mark: the harm is
    that other option's. Since round 16 also "these" and "the" before a plural ("However, these
    drugs can lead to", "However, the heavy drugs often come with"), after a sentence that
    describes the condition's usual care ("children are often prescribed a cocktail of
    medications", "most patients are prescribed a class of drugs called", "the first-line
    therapy", ``harms_standard_care``): the usual care is the comparator a new option is set
    against (PICO's C). A singular "the drug" may be the page's own ("Pitocin, the most commonly
    used drug for induction ... The drug can cause contractions") and is left alone.

    Prevents comparators' harms counting as harms of the intervention (HealthNewsReview.org
    criterion 3; PICO's C, Nye et al. 2018; reference across sentences, Halliday & Hasan 1976;
    comparator_harm, the dev audit's second harms error)."""
    opening = c.tokens.words[c.first:min(c.start, c.first + _HARMS_OPENING_REACH)]
    # a determiner and a treatment noun, one modifier between at most ("the heavy drugs"); "the"
    # only before a plural, a class ("the drugs"), not "the drug", which may be the page's own
    if not any(a in _HARMS_OPENING_BACK_REFERENCES and any(n in _HARMS_TREATMENT_WORDS and (a != "the" or n.endswith("s"))
                                                           for n in (b, d))
               for a, b, d in zip(opening, opening[1:], opening[2:] + [""])):
        return False
    iv = c.interventions
    if iv and iv.named(c.first, c.last):
        return False
    before = _unbranded_sentence_before(c)
    return before is not None and bool(_HARMS_OTHER_OPTION.search(before[1]) or _HARMS_STANDARD_CARE.search(before[1]))


def _unbranded_sentence_before(c: Context) -> tuple[int, str] | None:
    """The sentence before the harm's (its first token and its text), where it names neither the
    page's intervention nor a product by its mark (\u00ae, \u2122); None where there is no such
    sentence. A comparator set out there may be the harm's owner (_harms_back_to_other_option,
    _harms_usual_care_drawback); a sentence naming the page's own option or a brand may not."""
    previous = _previous_sentence_start(c)
    if previous >= c.first:
        return None
    prior = c.text[c.tokens.starts[previous]:c.sentence_start]
    if "\u00ae" in prior or "\u2122" in prior or c.interventions.names_intervention(previous, c.first):
        return None
    return previous, prior
