"""Symptoms as harms: a named symptom, "experienced" or "toxic" discloses a harm only where its
sentence ties it to the treatment, not where it describes the condition, sits in a score's name,
describes an exposure, keeps its everyday sense or is listed under a harm measured or denied; a
symptom in plain words counts where it is told as a leaflet tells a side effect.

Sources: HealthNewsReview.org criterion 3; MedDRA (terms name both symptoms and adverse reactions);
the EU package-leaflet guideline (2009); CONSORT 2010 item 6a; Quirk et al. 1985 (noun
premodification); WordNet (word senses); Chicago Manual of Style 6.60."""

from __future__ import annotations

import re

from ..base import Context, pattern, registry, words
from .readers import (
    _COMPARATOR_OWNERS, _DENIAL_REACH, _HARM_HEAD, _INTAKE, _OWNER_REACH, _harm_tie, _names_the_condition,
)
from .denial import _denied_visibly, _main_clause_words, _negation_reaches, harm_not_denied
from .sought import harms_found_not_sought
from .leaflets import _lead_in_start, _leaflet_tied
from .treatment import harms_tied_to_treatment


_REPORT_OF_SYMPTOM = pattern("report_of_symptom")


def adverse_effect_of_intervention(c: Context) -> bool:
    """A named symptom ("insomnia", "headaches", "weight gain") or a word of misuse ("addiction",
    "withdrawal") discloses a harm only where its sentence (or the line before) ties it to a
    treatment or exposure: "side effects included headache", "the drug can cause swelling",
    "patients taking it reported nausea", "do not take it if you have bleeding". Not where it
    describes the disease or a life ("Symptoms can include sadness, insomnia"), names what is
    treated ("an insomnia drug", "a treatment for anxiety and insomnia", "addiction
    specialists"), or sits in a disease's name ("chronic fatigue syndrome"). A symptom listed
    under a denied harm ("did not induce side effects, such as tremors") is denied with it, as is
    one whose causing its clause denies ("it does not show that the protein causes memory loss");
    a protein, gene or mutation as the cause is the disease's mechanism (round 23).

    Prevents the symptoms of the condition counting as harms disclosed (HealthNewsReview.org
    criterion 3: "Does the story adequately explain/quantify the harms of the intervention?";
    MedDRA terms name both symptoms and adverse reactions). Denied harms do not count either
    (``harm_not_denied``).
    """
    if c.word(c.end) in {"syndrome", "disorder"} or _names_the_condition(c) or _symptom_of_condition(c):
        return False
    if _harms_free_of(c) or _harms_everyday_sense(c) or _harms_names_a_score(c) or _harms_exposure_described(c):
        return False
    near = c.text[_lead_in_start(c):c.match_start]
    after = c.rest_of_sentence
    sentence = c.text[c.sentence_start:c.match_start] + " " + after
    tied = (_harm_tie(near + " " + after, len(near)) or (_INTAKE.search(sentence) and _REPORT_OF_SYMPTOM.search(sentence))
            or _leaflet_tied(c))
    if not tied or not harm_not_denied(c) or _listed_under_measured_head(c):
        return False
    return _denied_visibly(c) if _under_denied_head(c) else True


_SYMPTOM_FRAME = pattern("harms_symptom_frame")
_SYMPTOM_OF_HARM = words("harms_symptom_of_harm")
# Determiners by which "symptoms" refers back to the harms of the line before: "Most symptoms were mild".
_REFERRING = words("harms_referring_determiners")


def _symptom_of_condition(c: Context) -> bool:
    """The sentence presents the word as a symptom of the condition or as what a treatment treats:
    "other symptoms associated with constipation", "symptoms one month after injury, such as
    headache", "signs of bleeding", "characterised by debilitating fatigue", "used to control pain,
    fever and swelling". Not where the symptoms are a harm's ("symptoms of vitamin D toxicity
    include nausea", "withdrawal symptoms such as insomnia") or the sentence (or the line before)
    names a harm or a report under treatment ("side effects such as ...", "patients taking it
    reported symptoms"), or the symptoms refer back to the harms of the line before ("Adverse
    events included pain. Most symptoms were mild to moderate").

    Prevents the condition's symptoms counting as harms disclosed (HealthNewsReview.org
    criterion 3; MedDRA terms name both symptoms and adverse reactions, and the frame tells which)."""
    frame = None
    for frame in _SYMPTOM_FRAME.finditer(c.text, c.sentence_start, c.match_start):
        pass
    if frame is None:
        return False
    sentence = c.text[c.sentence_start:c.sentence_end]
    if _HARM_HEAD.search(sentence) or (_INTAKE.search(sentence) and _REPORT_OF_SYMPTOM.search(sentence)):
        return False
    determiner = re.findall(r"[a-z]+", c.text[max(c.sentence_start, frame.start() - 12):frame.start()].lower())[-1:]
    if set(determiner) & _REFERRING and _HARM_HEAD.search(c.text, _lead_in_start(c), c.sentence_start):
        return False  # "Adverse events included pelvic pain. Most symptoms were mild": the harms' symptoms
    around = re.findall(r"[a-z]+", c.text[max(c.sentence_start, frame.start() - 25):min(c.match_start, frame.end() + 40)].lower())
    return not set(around) & _SYMPTOM_OF_HARM


# "headache-free", "nausea free": the symptom's absence, an outcome, not a harm.
_HARMS_FREE_OF = re.compile(r"[-\u2010\u2011 ]free\b", re.IGNORECASE)


def _harms_free_of(c: Context) -> bool:
    """The symptom word is the first half of an "X-free" compound ("18 percent were headache-free
    after two hours", "pain-free days"): it names relief from the symptom, a benefit.

    Prevents an efficacy outcome counting as harms disclosed (HealthNewsReview.org criterion 3;
    Quirk et al. 1985 on "-free" compounds, 'without X')."""
    return bool(_HARMS_FREE_OF.match(c.text, c.match_end))


_HARMS_EVERYDAY_SENSES = words("harms_everyday_senses")
_HARMS_LIST_MARKS = words("harms_list_marks")


def _harms_everyday_sense(c: Context) -> bool:
    """A symptom word with a common everyday sense ("confusion": public bewilderment as well as a
    clinical sign) stands neither in a list of symptoms (after a comma, a colon, a semicolon, "and",
    "or", "including", "such as"; a semicolon parts the items of a list whose items hold commas, as
    a drug's list of effects under a heading does: Chicago Manual of Style 6.60) nor in a sentence that names side effects, adverse events or
    complications: "This results in confusion and puts women at risk of losing coverage", "that
    has led to some confusion". "Side effects include dizziness and confusion" keeps it.

    Prevents the everyday sense counting as harms disclosed (word-sense ambiguity: WordNet gives
    "confusion" both the mental disorder and the public's disorientation; literal_sense, dev
    audit harms errors, round 14). Precision first: the finding stays visible."""
    if c.tokens.words[c.start] not in _HARMS_EVERYDAY_SENSES:
        return False
    if c.marks_before(c.start, ",:;") or c.word(c.start - 1) in _HARMS_LIST_MARKS:
        return False
    return not _HARM_HEAD.search(c.sentence)


_HARMS_SCORE_HEADS = frozenset({"score", "scores"})


def _harms_names_a_score(c: Context) -> bool:
    """The symptom word premodifies a risk score ("the current stroke and bleeding risk scores"):
    the compound's head noun decides its sense (Quirk et al. 1985, noun premodification, as
    ``harms_warning_of_harm`` reads "warning sign"), and a risk score is an instrument that
    predicts a patient's chance of the event before treatment is chosen (HAS-BLED, the bleeding
    risk score of Pisters et al. 2010), not a harm that happened. A symptom score ("bleeding
    scores rose on the drug") measures the harm and keeps it. Prevents a clinical prediction score
    counting as harms disclosed (literal_sense, dev audit harms errors, round 33:
    story_reviews_00821)."""
    return c.word(c.end) == "risk" and c.word(c.end + 1) in _HARMS_SCORE_HEADS


_HARMS_EXPOSURE_HEADS = words("harms_exposure_heads")
_HARMS_REPORT_ADJECTIVES = frozenset({"transient", "mild to moderate"})


def _harms_exposure_described(c: Context) -> bool:
    """A harm report's adjective ("transient", "mild to moderate") that premodifies the exposure,
    not a harm: "women who had only transient exposure to such drugs", "mild to moderate use".
    The adjective describes its head noun (Quirk et al. 1985, noun premodification), and here the
    head is the taking of the treatment, its length or amount, a study's exposure group, not an
    effect. "Transient increases in blood pressure" keeps it. Prevents an exposure's duration
    counting as harms disclosed (literal_sense, dev audit harms errors, round 33:
    story_reviews_01187)."""
    return (c.text[c.match_start:c.match_end].lower() in _HARMS_REPORT_ADJECTIVES
            and c.word(c.end) in _HARMS_EXPOSURE_HEADS)


# What opens a harm's list of examples: "side effects ... including fatigue", "such as", "like".
_HARMS_EXAMPLE_CUE = re.compile(r"(?i)\b(?:including|such as|like|e\.g\.)")


def _listed_under_measured_head(c: Context) -> bool:
    """The symptom is an example listed under the nearest harm word before it ("measurements of side
    effects often experienced by prostate cancer patients--including fatigue, sexual health, and
    urinary incontinence--were stable"), and that harm word is what a study measures or sought
    (``harms_found_not_sought``): the examples share their head's status, as they share its denial
    (``_under_denied_head``) and its owner. A list cue ("including", "such as", "like") stands
    between, and no clause break: "researchers monitored side effects; two had nausea" keeps the
    nausea (round 33).

    Prevents the examples of a harm measured counting as harms disclosed (CONSORT 2010 item 6a:
    outcomes defined are not harms observed; HealthNewsReview.org criterion 3)."""
    heads = list(_HARM_HEAD.finditer(c.text, c.sentence_start, c.match_start))
    if not heads:
        return False
    head = heads[-1]
    between = c.text[head.end():c.match_start]
    if not _HARMS_EXAMPLE_CUE.search(between) or re.search(r"[;.!?]", between):
        return False
    word = c.at_span(head.start(), head.end(), c.first, c.start)
    return word is not None and not harms_found_not_sought(word)


# How far before a harm word heading a list its own clause is read for a denial, in characters:
# "did not induce side effects, such as tremors" (the words are then cut to _DENIAL_REACH).
_HEAD_CLAUSE_REACH = 90


def _under_denied_head(c: Context) -> bool:
    """The nearest harm word before a listed symptom in its sentence is denied or avoided: "did
    not induce side effects, such as tremors", "without any of the side effects ..., said to
    include fatigue". A symptom listed under a harm shares the harm's polarity, as it shares its
    owner (below), so the head's denial is read as ``harm_not_denied`` reads a harm's own."""
    heads = list(_HARM_HEAD.finditer(c.text, c.sentence_start, c.match_start))
    if not heads:
        return False
    head = heads[-1].start()
    clause = re.split(r"[,;:.!?]", c.text[max(c.sentence_start, head - _HEAD_CLAUSE_REACH):head])[-1]
    before = _main_clause_words(re.findall(r"[a-z']+", clause.lower()))
    if _negation_reaches(before[-_DENIAL_REACH:]):
        return True
    # the head's owner is another option: "side effects associated with celecoxib and other
    # NSAIDs, including stomach ulcers and bleeding"
    owner = re.findall(r"[a-z]+", c.text[heads[-1].end():c.match_start].lower())[:_OWNER_REACH]
    return bool(owner) and owner[0] in {"of", "from", "with", "associated"} and bool(set(owner) & _COMPARATOR_OWNERS)


_HARMS_LEAFLET_OWN_OPTION = pattern("harms_leaflet_own_option")


def harms_plain_symptom(c: Context) -> bool:
    """A symptom in a patient's plain words ("dizzy", "a dry cough", "swollen ankles", "bloated",
    "blood in your stool") counts as ``harms_tied_to_treatment`` has it, and only where it is told
    as a leaflet tells a side effect: tied in a leaflet's way ("can make you feel dizzy", "a few
    people get", "after the test"), under a harm named as such in its sentence ("side effects
    such as nausea, bloating"), or in a sentence that names the reader's own medicine ("this
    medicine may cause a dry cough"). Elsewhere it stays visible, not counted.

    Source: the EU package-leaflet guideline (2009), section 4 "Possible side effects"; NHS
    medicines pages. Prevents the plain words counting where news uses them for the disease's
    symptoms ("recommended for people with ... blood in the stool") or another option's harm
    ("ACE inhibitors can produce a dry cough"; round 26 dev reading: 3 of 6 such were wrong)."""
    if not harms_tied_to_treatment(c):
        return False
    return bool(_leaflet_tied(c)
                or _HARM_HEAD.search(c.sentence)
                or _HARMS_LEAFLET_OWN_OPTION.search(c.sentence))


_EXPERIENCED_BENEFIT = words("experienced_benefit")


def experienced_harm(c: Context) -> bool:
    """"Patients experienced ..." reports a harm ("some patients experienced itchiness and eye
    redness"), not a benefit ("patients experienced rather large weight loss", "70 percent of
    participants experienced a complete stop in disease progression").

    Since round 13 also where the benefit stands before as the head of a relative clause ("the
    results patients experienced a half-year out") or the outcome is longer life ("a prolonged
    survival", "a significantly longer period without progression").

    Prevents outcomes counting as harms reported (HealthNewsReview.org criterion 3).
    """
    if set(c.before(1)) & _EXPERIENCED_BENEFIT:
        return False
    return not set(c.tokens.words[c.end:min(c.last, c.end + 9)]) & _EXPERIENCED_BENEFIT and harm_not_denied(c)


_TOXIC_EFFECTS = words("toxic_effects")


def toxic_of_intervention(c: Context) -> bool:
    """"Toxic" discloses a harm said of the intervention ("the drug is toxic to the liver",
    "toxic side effects"), not when it describes another substance ("toxic byproducts", "the
    release of these toxic substances").

    Prevents the toxins a product claims to remove or a theory blames counting as harms of the
    intervention (HealthNewsReview.org criterion 3).
    """
    following = c.word(c.end)
    return (following in _TOXIC_EFFECTS or not following) and harm_not_denied(c)


RULES = registry(
    adverse_effect_of_intervention,
    experienced_harm,
    toxic_of_intervention,
    harms_plain_symptom,
)
