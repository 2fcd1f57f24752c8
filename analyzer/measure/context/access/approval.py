"""A regulator's decision on the option: the agency's name where it decides, "approved",
"cleared", "licensed"; not research or a law approved, an endorsement ("doctor-approved"), the agency
written to, a word of the decision pattern in its everyday sense (a scholarly review, a food label),
approval of a kind in general or of the previous option of its kind, an approval in someone's story,
a practitioner's licence or a licence deal between organisations.

Sources: HealthNewsReview.org criterion 7; 21 CFR 312 and 56 (research approved), 21 CFR 101 and 201
(labelling); FTC Endorsement Guides, 16 CFR 255.0; Merriam-Webster and OED on the everyday senses;
Quirk et al. 1985 (5.22, 5.52, 8.83, 8.127); Carlson 1977."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..base import Context, _words_back, pattern, registry, words
from .on_offer import (
    _OPTION_NOUNS, _availability_object_set_apart, _currently_available_kind, _existing_options, _set_apart,
)


# Words of a regulator's decision on access: "FDA-approved", "the FDA cleared", "FDA review".
_REGULATORY_DECISION = pattern("regulatory_decision")
_AGENCY_PEOPLE = words("availability_agency_people")
# Round 8: what a package must carry ("required them to be listed on food labels", "may carry a
# heart-healthy label", "to carry information on their labels"): a labelling rule (21 CFR 101,
# food labelling; 21 CFR 201, drug labelling) says what a label tells, not whether or how a reader
# can get the product (HealthNewsReview.org criterion 7). "Add the data to the package insert
# label" and "off-label use" are not matched.
_AVAILABILITY_LABELLING_RULE = pattern("availability_labelling_rule")
# What else gets approved: a study, a resolution, a budget ("approval from the FDA for a study",
# "a Statehouse that approved a resolution").
_APPROVED_OTHER = pattern("approved_other")


def regulator_deciding(c: Context) -> bool:
    """The FDA's name tells a reader about access only where its sentence says what the agency
    decided or reviews ("FDA-approved", "the FDA cleared", "under FDA review"), not where the
    agency warns, is written to ("report side effects to the FDA", "www.fda.gov/medwatch") or is
    described.

    Prevents every mention of a regulator counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status and availability explained?).
    """
    if c.word(c.end) in _AGENCY_PEOPLE:  # "said FDA Commissioner Scott Gottlieb": the agency speaks
        return False
    if c.before(2) == ["to", "the"] and any(w.startswith("report") for w in c.tokens.words[c.first:c.start]):
        return False  # "report negative side effects of prescription drugs to the FDA": written to (round 9)
    if _agency_addressed(c):
        return False  # "sent the FDA 5,000 complaints", "wrote a letter to the FDA": written to (round 12)
    if _approval_as_narrative(c) or _study_behind_the_approval(c):
        return False  # "Prior to FDA approval of the drop, ..." (round 31); "the study that led to FDA approval"
    if _AVAILABILITY_LABELLING_RULE.search(c.text, c.sentence_start, c.sentence_end):
        return False  # "the FDA will require the drugs to carry a warning on their labels"
    decided = any(not (_APPROVED_OTHER.match(c.text[m.end():c.sentence_end])  # "approval ... for a study"
                       or _research_approved(c, m.start(), m.end()) or _decision_word_in_everyday_sense(c, m)
                       or _approval_of_a_kind(c, m.start(), m.end())
                       or _person_approved(c, bisect_left(c.tokens.starts, m.start())))
                  for m in _REGULATORY_DECISION.finditer(c.text, c.sentence_start, c.sentence_end))
    if decided and c.text.startswith("-approved", c.match_end):  # "FDA-approved treatments"
        after = c.tokens.words[c.end + 1:min(c.last, c.end + 4)]
        if after and (after[0] in _OPTION_NOUNS or (len(after) > 1 and after[1] in _OPTION_NOUNS)):
            return False
    if decided and _availability_object_set_apart(c, 1):  # "the FDA approved another alternative"
        return False
    return decided and not (
        c.match_start > 0 and c.text[c.match_start - 1] == ".")  # "www.fda.gov": a web address


_AGENCY_ADDRESSED = words("availability_agency_addressed")
_AGENCY_ADDRESS_REACH = 4


def _agency_addressed(c: Context) -> bool:
    """The agency as the addressee of what others send it ("patients have sent the FDA thousands of
    complaints", "the senator wrote a letter to the FDA", "a petition to the FDA"): it receives, it
    does not decide, whatever decision the rest of the sentence mentions (round 12: the decision
    words of such sentences are another's, "since its approval in 2002", a letter's quoted
    "approval"). A filing is not an address of this kind: "submitted the data to the FDA" asks for a
    decision and stays."""
    return not _AGENCY_ADDRESSED.isdisjoint(_words_back(c, _AGENCY_ADDRESS_REACH, ",;:"))


_AVAILABILITY_TIME_OPENERS = words("availability_time_openers")
_AVAILABILITY_LINKS = words("availability_sentence_links")
_AVAILABILITY_ROLE_WORDS = words("availability_role_words")
_AVAILABILITY_STATUS_WORDS = words("availability_status_words")
_AVAILABILITY_ROLE_REACH = 8
_AVAILABILITY_MAIN_SUBJECT = 3  # words of the main clause read for its subject: "it", "the drug"


def _approval_as_narrative(c: Context) -> bool:
    """The approval as an event in someone's story, not the option's status (the audit guide's
    round-30 convention, ``narrative``): a time marker, a fronted "prior to / before / after"
    adjunct holding the cue whose main clause tells what a person did ("Prior to FDA approval of
    the eye drop, Nichols presented a congressional briefing"), or a source's role ("was not
    involved in the study nor in the approval of this drug"). A fronted adverbial sets the scene
    for the clause it precedes (Quirk et al. 1985, 8.83 and 8.127 on initial time adjuncts), and
    the role noun or verb makes the approval the scene of a person's part. The time marker keeps
    the cue where its main clause is about the option or its access ("After approval, the drug
    became available", "Before it can be sold, it must be approved"): the clause names the option,
    a pronoun or option noun opens it, or it carries a word of status. Round 31: dev labels'
    ``narrative`` code. Round 35: "since" opens such an adjunct too, and a linking coordinator may
    stand before it ("But since its approval in 2002, women have sent the FDA 5,000 complaints":
    the date marks the start of the complaints; "Since its approval, the drug has become a leading
    medication" keeps the cue; the audit guide's round-35 convention on approval dates)."""
    back = _words_back(c, _AVAILABILITY_ROLE_REACH, ",;:")
    near = back[-3:]  # the approval's own "in" phrase: "in the approval", "in its FDA approval"
    if "in" in near and not _AVAILABILITY_ROLE_WORDS.isdisjoint(back[:len(back) - len(near) + near.index("in")]):
        return True  # "involved in the study nor in the approval", "a role in its approval"
    first = c.first + (c.word(c.first) in _AVAILABILITY_LINKS)  # "But since its approval in 2002, ..."
    first = _past_a_span(c, first)  # "Almost sixty years since the FDA approved the pill, ..."
    opener = c.word(first)
    if opener not in _AVAILABILITY_TIME_OPENERS or (opener == "prior" and c.word(first + 1) != "to"):
        return False
    if any(c.marks_before(i, ",;:") for i in range(first + 1, c.end)):
        return False  # the cue is in the main clause
    comma = next((i for i in range(c.end, c.last) if c.marks_before(i, ",")), None)
    if comma is None or c.marks_before(comma, ";:"):
        return False
    main = c.tokens.words[comma:c.last]
    if c.interventions.names_intervention(comma, c.last):
        return False
    opening = main[:_AVAILABILITY_MAIN_SUBJECT]
    if any(w in {"it", "they", "its"} or w in _OPTION_NOUNS or w.rstrip("s") + "s" in _OPTION_NOUNS for w in opening):
        return False
    return _AVAILABILITY_STATUS_WORDS.isdisjoint(main)


_AVAILABILITY_STUDY_NOUNS = words("availability_study_nouns")
_AVAILABILITY_LED_TO = words("availability_led_to_approval")
_AVAILABILITY_CONSIDERED_FOR = words("availability_considered_for_approval")
_AVAILABILITY_STUDY_REACH = 8  # "the study that led to FDA approval", "a trial that helped the product gain FDA approval"


def _study_behind_the_approval(c: Context) -> bool:
    """The approval inside a restrictive clause that identifies a study by the approval it brought
    about: "the study that led to FDA approval is finally out", "he ran a trial that helped the
    product gain FDA approval", "in the three clinical trials considered for drug approval, 50%
    cleared". A restrictive relative or participle clause tells which study the head noun means
    (Quirk et al. 1985, 17.8-17.13 and 17.28-17.30), so the noun phrase refers to the study and
    its results or its people, and the sentence tells of the study, not the option's status (the
    audit guide's round-35 convention, ``study_design``). Only a past verb of bringing about
    ("led", "helped", "won") or the participle "considered" / "used" opens the clause; a modal or
    a present keeps the cue ("a larger trial that could lead to approval": approval still ahead).
    """
    back = _words_back(c, _AVAILABILITY_STUDY_REACH, ",;:()")
    for i, word in enumerate(back[:-1]):
        if word not in _AVAILABILITY_STUDY_NOUNS:
            continue
        after = back[i + 1:]
        if after[0] in _AVAILABILITY_CONSIDERED_FOR:
            return True
        if after[0] in {"that", "which"} and len(after) > 1 and after[1] in _AVAILABILITY_LED_TO:
            return True
    return False


_AVAILABILITY_SPAN_WORDS = words("availability_span_words")
_AVAILABILITY_SPAN_UNITS = words("availability_span_units")
_AVAILABILITY_SPAN_NUMBERS = words("availability_number_words")
_AVAILABILITY_SPAN_REACH = 4  # "almost sixty years", "more than two decades"


def _past_a_span(c: Context, first: int) -> int:
    """The index after a measure of time that opens the sentence before a time adjunct ("Almost
    sixty years since ...", "Two years after ..."): the span measures the distance from the
    adjunct's event (Quirk et al. 1985, 8.58 and 9.57 on a measure phrase premodifying a time
    preposition), so the adjunct opens after it; ``first`` itself when no span stands there."""
    index = first
    while index < min(c.start, first + _AVAILABILITY_SPAN_REACH) and (
            c.word(index) in _AVAILABILITY_SPAN_WORDS or c.word(index) in _AVAILABILITY_SPAN_UNITS
            or c.word(index) in _AVAILABILITY_SPAN_NUMBERS or c.word(index).isdigit()):
        index += 1
    spans = index > first and c.word(index - 1) in _AVAILABILITY_SPAN_UNITS and not c.marks_before(index, ",;:")
    return index if spans else first


# "An IND that was approved by the FDA", "approved by the institutional review board": research
# approved, not the intervention.
_RESEARCH_APPROVED_BEFORE = pattern("availability_research_approved_before")
_RESEARCH_APPROVED_AFTER = pattern("availability_research_approved_after")


def _research_approved(c: Context, start: int, end: int) -> bool:
    """The approval at characters ``start:end`` is of research (an IND, a protocol, a study) or by
    an ethics board: not of the intervention. Round 16: the research noun is also read past a
    place before the auxiliary ("recruitment for trials in Singapore has been approved") and past
    a participle clause ("the next study, planned for next year and approved by the FDA"), and a
    plan for a trial is research ("FDA review of its plan for clinical trials"): dev, 4 wrong
    findings out in 3 documents, none right."""
    before = c.text[max(c.sentence_start, start - 60):start]
    return bool(_RESEARCH_APPROVED_BEFORE.search(before) or _RESEARCH_APPROVED_AFTER.match(c.text, end, c.sentence_end))


_EVERYDAY_REVIEW_BEFORE = pattern("availability_scholarly_review_before")
_EVERYDAY_REVIEW_AFTER = pattern("availability_scholarly_review_after")
_EVERYDAY_RECALL_BEFORE = pattern("availability_remembering_before")
_EVERYDAY_LABEL_BEFORE = pattern("availability_food_label_before")
_AGENCY_REVIEW_BEFORE = pattern("availability_agency_review_before")  # "NICE" in capitals only


def _decision_word_in_everyday_sense(c: Context, m: re.Match) -> bool:
    """A word of the regulatory-decision pattern used in its everyday sense, where no agency decides
    on a product: "review" as a scholarly review ("this is the first review showing the effects",
    "a systematic review of 12 trials"; OED review n. 6), "recall" as remembering ("you recall the
    fen-phen episode"; OED recall v. 2), "label" as a food's nutrition label ("FDA wants nutrition
    labels to include added sugars": 21 CFR 101, food labelling, which ``_AVAILABILITY_LABELLING_RULE``
    reads for the verbs of a labelling rule). The agency named beside them has decided nothing on
    the option, so its name tells no access (HealthNewsReview.org criterion 7). Round 16b: dev, 3
    wrong findings out in 3 documents, none right."""
    word = m.group().lower()
    before = c.text[max(c.sentence_start, m.start() - 40):m.start()]
    if word.startswith("review"):
        if _AGENCY_REVIEW_BEFORE.search(before):
            return False  # "an FDA review found", "the agency's review of the trials": the agency's own
        return bool(_EVERYDAY_REVIEW_BEFORE.search(before) or _EVERYDAY_REVIEW_AFTER.match(c.text, m.end(), c.sentence_end))
    if word.startswith("recall"):
        return bool(_EVERYDAY_RECALL_BEFORE.search(before))
    if word.startswith("label"):
        return bool(_EVERYDAY_LABEL_BEFORE.search(before))
    return False


_GENERIC_KIND_BEFORE = pattern("availability_generic_kind_before")
_GENERIC_KIND_AFTER = pattern("availability_generic_kind_after")
_GENERIC_KIND_REACH = 60


def _approval_of_a_kind(c: Context, start: int, end: int) -> bool:
    """The approval of a kind in general, told with a generic bare plural: "companies will not
    discuss prices before drugs are approved", "the agency had reviewed products approved by the
    F.D.A.", "the FDA has become more cautious about approving new drugs in general". A bare plural
    with no determiner or modifier after a subordinator or a verb refers to the kind, not to any
    member of it (Carlson 1977, reference to kinds; Quirk et al. 1985, 5.52 on generic reference),
    so the sentence tells how approval works, not the status of the page's option ("when the drugs
    were approved", "testosterone products are FDA-approved" name members and keep the cue).
    ``start:end`` is the decision word (the cue itself, or the one beside the agency's name).

    Prevents the approval process in general counting as the intervention's access
    (HealthNewsReview.org criterion 7; round 17: dev, 3 wrong findings out in 3 documents, none right)."""
    before = c.text[max(c.sentence_start, start - _GENERIC_KIND_REACH):start]
    return bool(_GENERIC_KIND_BEFORE.search(before) or _GENERIC_KIND_AFTER.match(c.text, end, c.sentence_end))


# "If approved by Congress", "approval from the state legislature": a law, a budget, a school.
_BY_LEGISLATURE = pattern("approved_by_legislature")
# "Social approval", "cultural approval", "parental approval": approval as acceptance by people
# (Merriam-Webster, approval 1, "an act of approving"), not a regulator's licence (round 8).
_AVAILABILITY_SOCIAL_APPROVAL = words("availability_social_approval")


def approval_of_intervention(c: Context) -> bool:
    """"Approved", "approval" tell access when a treatment is approved, not when a study, a bill
    or a resolution is ("hopes to get approval from the FDA for a study in the U.S.", "a
    legislature that approved a resolution", "an IND that was approved", "approved by the
    institutional review board": 21 CFR 312 and 56 approve research, not a treatment), nor when
    the approved thing is set apart from the intervention ("the only other approved treatment"),
    nor when people rather than a regulator or a payer approve it ("doctor-approved", round 23).

    Prevents approvals of research and legislation counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status of the intervention explained?).
    """
    clause = c.rest_of_sentence
    if _APPROVED_OTHER.match(clause) or _BY_LEGISLATURE.match(clause):
        return False
    if c.word(c.start - 1) in _AVAILABILITY_SOCIAL_APPROVAL:
        return False  # "cultural approval for Pap tests": acceptance, not a licence (round 8)
    if _endorsement_approval(c):
        return False  # "doctor-approved", "approved by dermatologists": an endorsement (round 23)
    if _person_approved(c, c.start) or _approval_granted_to_a_person(c):
        return False  # "get Mr. Brown approved by his insurance": a person let in, not the option (round 38)
    if _approval_as_narrative(c) or _study_behind_the_approval(c):
        return False  # "Prior to FDA approval of the drop, ..." (round 31); "the study that led to approval"
    return not (_research_approved(c, c.match_start, c.match_end) or _set_apart(c)
                or _existing_options(c) or _currently_available_kind(c) or _availability_object_set_apart(c)
                or _previous_of_the_kind(c) or _approval_of_a_kind(c, c.match_start, c.match_end))


_ENDORSER_REACH = 3  # tokens after "approved by": "approved by leading dermatologists"


def _endorsement_approval(c: Context) -> bool:
    """An approval given by people rather than by a regulator or a payer: "doctor-approved",
    "dermatologist-approved", "mom-approved", "approved by leading dermatologists". Such approval
    is an endorsement (FTC Endorsement Guides, 16 CFR 255.0: an expert's or a consumer's
    endorsement), the stock of an advertorial's headline ("This Doctor-Approved Formula Changed
    Everything"), and says nothing of whether or where the product may be sold; "FDA-approved",
    "Medicare-approved", "approved by the FDA" keep the cue.

    Prevents endorsements counting as the intervention's approval status (HealthNewsReview.org
    criterion 7; round 23, a new user's advertorial headline)."""
    if c.gap_before(c.start) == "-" and _endorser(c.word(c.start - 1)):
        return True
    if c.word(c.end) != "by":
        return False
    for i in range(c.end + 1, min(c.last, c.end + 1 + _ENDORSER_REACH)):
        if c.marks_before(i, ",;:.!?()"):
            return False
        if _endorser(c.word(i)):
            return True
    return False


_AVAILABILITY_ENDORSERS = words("availability_endorsers")
_AVAILABILITY_ENDORSER_ENDINGS = tuple(sorted(words("availability_endorser_endings")))


def _endorser(word: str) -> bool:
    return word in _AVAILABILITY_ENDORSERS or word.endswith(_AVAILABILITY_ENDORSER_ENDINGS)


_AVAILABILITY_APPROVED_PEOPLE = words("availability_approved_people")
_AVAILABILITY_TITLES = words("titles")
_PERSON_APPROVED_REACH = 8  # "doctors the U.S. Food and Drug Administration approved"
_NAME_LINKS = {"the", "and", "of"}


def _person_approved(c: Context, approved: int) -> bool:
    """"Approved" (token ``approved``) whose object is a person: "get Mr. Brown approved by his insurance", "among the
    first doctors the U.S. Food and Drug Administration approved to put it to the test". A person
    approved is one admitted to a plan or a role (Merriam-Webster, approve 2: to give formal
    sanction to; here to a person's claim or part, Quirk et al. 1985, 16.27 on the object of a
    complex-transitive verb), told in someone's story, not the option's approval status. Read
    back over a name or an agency's name (capitalised words joined by "the", "and", "of") to a
    title ("Mr.") or a person noun; a bare person noun with nothing between ("patients approved
    for treatment") keeps the cue.

    Prevents a patient's or a doctor's approval counting as the option's approval status
    (HealthNewsReview.org criterion 7; round 38, the dev audit's ``narrative`` code)."""
    index, named = approved - 1, 0
    while index >= max(c.first, approved - _PERSON_APPROVED_REACH):
        if c.marks_before(index + 1, ",;:()"):
            return False
        word, surface = c.word(index), c.surface(index)
        if word in _AVAILABILITY_TITLES:
            return named > 0
        if not (surface[:1].isupper() or (named and word in _NAME_LINKS)):
            return named > 0 and word in _AVAILABILITY_APPROVED_PEOPLE
        named += 1
        index -= 1
    return False


_GRANTED_TO_REACH = 6  # "Approval is generally granted to teens"


def _approval_granted_to_a_person(c: Context) -> bool:
    """The approval's recipient, read after "granted"/"given to" in its clause, is a person:
    "Approval is generally granted to teens with no family history of heart problems" (a doctor's
    sign-off for a sports league). As with a person approved (``_person_approved``), a person is
    admitted, not the option licensed; "approval was granted to the company's inhaler" keeps the
    cue. Round 38: the dev audit's ``literal_sense`` code."""
    after = c.tokens.words[c.end:c.on_to_break(c.end, ",;:", _GRANTED_TO_REACH)]
    for i, word in enumerate(after[:-2]):
        if word in {"granted", "given"} and after[i + 1] == "to":
            return after[i + 2] in _AVAILABILITY_APPROVED_PEOPLE
    return False


_PREVIOUS_OF_THE_KIND = pattern("availability_previous_of_the_kind")
_PREVIOUS_REACH_BEFORE = 100  # characters: "the last new therapy for metastatic melanoma, interleukin-2, was approved"
_PREVIOUS_REACH_AFTER = 40  # "the launch of its last heart drug"


def _previous_of_the_kind(c: Context) -> bool:
    """An approval or a launch told of the previous option of its kind, "the last (new) drug" ("the
    last new treatment for advanced melanoma was approved 12 years ago", "the sluggish launch of
    its last heart drug"): "last" as an ordinal, the one before now (Quirk et al. 1985, 5.22; OED
    last adj. 3), dates the field's history, how long since any new option came, that the page's
    option is set against (HealthNewsReview.org criterion 6, the landscape), not how to get the
    page's option (criterion 7). The phrase is read before the cue in its sentence, or after it
    through "of" ("the launch of its last drug").

    Prevents the field's previous approvals counting as the intervention's access (round 17: dev,
    3 wrong findings out in 3 documents, none right)."""
    before = c.text_before(_PREVIOUS_REACH_BEFORE)
    found = [m.end() for m in _PREVIOUS_OF_THE_KIND.finditer(before)]
    if found and not re.search(r"[;:()]", before[found[-1]:]):
        return True  # no clause break between the phrase and the cue
    after = c.text_after(_PREVIOUS_REACH_AFTER)
    return bool(re.match(r"\s+of\s+", after) and _PREVIOUS_OF_THE_KIND.search(after))


_REGULATOR_NEAR = pattern("regulator_near")
# What a body or a treatment clears: "total skin clearance" (psoriasis trials' PASI 100 end point),
# "viral clearance", "creatinine clearance": an outcome or a rate, not a regulator's clearance.
_CLEARANCE_OUTCOME = words("availability_clearance_outcome")


def cleared_by_regulator(c: Context) -> bool:
    """"Cleared" and "clearance" tell access where a regulator or a market clears the
    intervention ("an FDA-cleared device", "510(k) clearance", "cleared for marketing"), not "cleared
    of disease" or "creatinine clearance".

    Prevents the plain sense of "clear" counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    if c.word(c.end) == "of":
        return False
    if c.word(c.end - 1) == "clearance" and c.word(c.start - 1) in _CLEARANCE_OUTCOME:
        return False  # "achieved total skin clearance", "viral clearance": an outcome (round 14)
    return bool(_REGULATOR_NEAR.search(c.text, c.sentence_start, c.sentence_end))


# Practitioners, whose licence says who may give a treatment, not whether one can get it.
_PRACTITIONERS = words("practitioners")
# What a company licenses in a deal: "intellectual property", "the rights", "the technology".
_LICENSED_RIGHTS = words("licensed_rights")


def licensed_product(c: Context) -> bool:
    """"A licensed generic version", "licensed for use in children" tell access; "make sure the
    acupuncturist is qualified and licensed", "a licensed therapist" describe a practitioner.

    Prevents practitioners' credentials counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - 6):c.start] + words[c.end:min(c.last, c.end + 2)]
    if not _PRACTITIONERS.isdisjoint(near):
        return False
    # "Capricor has licensed additional intellectual property", "the university licensed the
    # rights to Naurex": a business deal (a conflict of interest, not access)
    deal = c.word(c.start - 1) in {"has", "have", "had"} or set(
        words[c.end:min(c.last, c.end + 4)]) & _LICENSED_RIGHTS
    return not (deal or _licensed_between_organisations(c))


_LICENCE_DEAL_REACH = 4


def _licensed_between_organisations(c: Context) -> bool:
    """"Licensed to" or "licensed from" a named party, the object between them or not: "the
    compounds were licensed to Peloton Therapeutics", "licensed it to Restoration Robotics", "the
    company licensed the drug from Roche". A licence of rights from one firm or university to
    another (a technology transfer agreement) is a business deal, not a regulator's licence for
    patients to be given the drug (Merriam-Webster, license, verb 1, "to give permission or
    consent", as a patent owner does); the regulator's sense takes "for" or "in" ("licensed for
    use in children", "licensed in the UK") and "to" before a verb ("licensed to treat"). Round
    13b: three wrong dev findings (literal_sense), none right."""
    starts = c.tokens.starts
    for i in range(c.end, min(c.last - 1, c.end + _LICENCE_DEAL_REACH)):
        if c.marks_before(i, ",;:.!?()"):
            return False
        if c.word(i) in {"to", "from"} and not c.marks_before(i + 1, ",;:.!?()") and c.text[starts[i + 1]].isupper():
            return True
    return False


RULES = registry(
    regulator_deciding,
    licensed_product,
    approval_of_intervention,
    cleared_by_regulator,
)
