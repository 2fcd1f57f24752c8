"""The route by which a reader gets the option: by prescription or without one, who may prescribe
it, over the counter, commercially, at clinics that offer it, launched; not a class of drugs named by
"prescription", a patient's history, a securities market, a study's setting, or an organisation's
launch.

Sources: HealthNewsReview.org criterion 7; Quirk et al. 1985, 17.104 (noun premodifiers)."""

from __future__ import annotations

from ..base import Context, pattern, registry, words
from .on_offer import _existing_options, _plural_kind_at, _set_apart
from .other_options import availability_of_one_option
from .approval import _previous_of_the_kind
from .stages import _availability_sample_described, availability_trial_ahead, phase_as_stage, trial_as_stage


# Drug classes named by "prescription": "prescription painkiller addicts", "prescription diet pills".
_PRESCRIPTION_CLASS = words("prescription_class")


def prescription_as_access(c: Context) -> bool:
    """"By prescription", "without a prescription", "non-prescription" tell access; "prescription
    painkiller addicts", "prescription diet pills" name a class of drugs.

    Prevents drug classes counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    return c.word(c.end) not in _PRESCRIPTION_CLASS


_AVAILABILITY_PRESCRIPTION_ACCESS = words("availability_prescription_access")
_AVAILABILITY_PRESCRIPTION_ROUTE = words("availability_prescription_route")


def availability_prescription_route(c: Context) -> bool:
    """"Prescription" counts where it tells the route to the drug: "by prescription", "without a
    prescription", "non-prescription creams", "requires a prescription", or a sentence that sets it
    against another route or a licence ("some prescription, some over-the-counter", "an
    FDA-approved prescription cream", "available by prescription"). A bare one ("her doctor wrote
    a prescription for", "their regular prescription treatment") is a patient's history or a study
    arm: visible, uncounted.

    Prevents narratives and methods counting as availability disclosed (HealthNewsReview.org
    criterion 7: how would a reader get it?). An access word governs "prescription" only as the
    head of its own phrase: in "ties with makers of prescription antidepressants" "with" governs
    "makers", and "prescription" premodifies a kind of drug inside the of-phrase (round 10; Quirk
    et al. 1985, 17.104, noun premodifiers). A class of options ("several prescription
    treatments") does not count either (``availability_of_one_option``).
    """
    if not availability_of_one_option(c):
        return False
    before = c.before(3)
    if before[-1:] == ["of"] and c.end < c.last and c.gap_before(c.end) == " " and c.word(c.end).isalpha():
        # "relationships with makers of prescription antidepressants": "prescription" premodifies a
        # kind of drug inside an of-phrase, so "with" governs "makers", not the prescription
        before = []
    if set(before) & _AVAILABILITY_PRESCRIPTION_ACCESS or c.text[max(0, c.match_start - 4):c.match_start].lower().endswith("non-"):
        return True
    if c.text.startswith("-only", c.match_end) or c.word(c.end) == "only":
        return True
    sentence = c.tokens.words[c.first:c.last]
    return bool(set(sentence) & _AVAILABILITY_PRESCRIPTION_ROUTE)


_PRESCRIBING_ACCESS = words("prescribing_access")
_AVAILABILITY_PRESCRIBED_PEOPLE = words("availability_prescribed_people")


def prescribed_as_access(c: Context) -> bool:
    """"Prescribed" tells access where the text says who may or can prescribe it ("can be
    prescribed by any doctor", "is now prescribed only by specialists"), not in a narrative of who
    was given what ("women in the study were prescribed progesterone", "those prescribed
    beta-blockers", "despite being prescribed 36 sessions").

    Prevents study groups and patients' histories counting as availability disclosed
    (HealthNewsReview.org criterion 7: is it clear how a reader could get the intervention?).
    """
    before = c.before(4)
    if before[-2:-1] and before[-1] == "now" and before[-2] in _AVAILABILITY_PRESCRIBED_PEOPLE:
        return False  # "about 25% of people now prescribed low doses": a population, not access
    return bool(set(before) & _PRESCRIBING_ACCESS)


_OTC_MARKET = words("availability_otc_market")


def otc_as_access(c: Context) -> bool:
    """"Over the counter" tells how a reader can buy a medicine ("sold over the counter", "an
    over-the-counter cream"), not a securities market ("ADRs traded on the over-the-counter
    market": a company's boilerplate) nor a kind set apart from the intervention ("the usual
    over-the-counter pain relievers" on a page about another remedy).

    Prevents stock listings and other options counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    # "over-the-counter painkillers fail", "even over-the-counter drugs like aspirin": a class of options
    return c.word(c.end) not in _OTC_MARKET and not _set_apart(c) and not _existing_options(c)


_COMMERCIAL_ACCESS = words("commercial_access")


def commercial_access(c: Context) -> bool:
    """"Commercially" tells access beside a word of sale ("commercially available", "plans to market
    it commercially"), not in "commercially insured populations" or "commercially funded".

    Prevents insurance and business descriptions counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    if c.word(c.end) == "available" and _plural_kind_at(c, c.end + 1):
        return False  # "commercially available antidepressants": the kinds on offer (round 13)
    near = c.before(4) + c.tokens.words[c.end:min(c.last, c.end + 2)]
    return bool(set(near) & _COMMERCIAL_ACCESS)


_CLINIC_OFFERING = pattern("availability_clinic_offering")


def clinics_offering(c: Context) -> bool:
    """"Clinics" tell where the intervention can be had when its sentence offers or sells there
    ("offers the treatments at his clinics", "the test was introduced in some clinics", "a
    company with three clinics"), not where clinics are a study's setting or a comparator's
    ("communication in primary-care clinics", "staff at the selected clinics", "measures
    typically used in clinics").

    Prevents settings of research and care counting as availability disclosed
    (HealthNewsReview.org criterion 7: where can a reader get it?).
    """
    return bool(_CLINIC_OFFERING.search(c.text, c.sentence_start, c.sentence_end))


# What organisations launch besides products: "a campaign", "a new academic partnership".
_ORGANISATIONAL = words("organisational_launch")
_LAUNCH_OBJECT_REACH = 10
_LAUNCH_CARE_PROGRAMMES = words("availability_launch_care_programmes")


def launched_product(c: Context) -> bool:
    """"Launched a blood test", "plans to launch the product in January", "launched a larger
    trial" tell access or stage; "launched a new academic partnership", "launched a fundraising
    campaign", "the college was launched in 2010" tell of an organisation.

    Prevents institutions' news counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - 3):c.start] + words[c.end:min(c.last, c.end + 4)]
    if not _ORGANISATIONAL.isdisjoint(near) or _availability_sample_described(c) or _previous_of_the_kind(c):
        return False
    if _past_launch_of_a_trial(c):
        return False
    # the object's head after a title or a sum: 'launched "Mammography Saves Lives," a campaign',
    # 'launched a 50 million pound ($80 million) research project' (round 13b); a programme that
    # far on may be the care a reader gets ("launched its same-day hip-replacement program")
    later = words[min(c.last, c.end + 4):min(c.last, c.end + _LAUNCH_OBJECT_REACH)]
    return not any(w in _ORGANISATIONAL and w not in _LAUNCH_CARE_PROGRAMMES for w in later)


_LAUNCHED_TRIAL = pattern("availability_launched_trial")
_TRIAL_CUE = pattern("availability_trial_cue")


def _past_launch_of_a_trial(c: Context) -> bool:
    """"Launched" whose object is a clinical trial or a trial phase that its own rule does not count
    as still ahead: "We launched a phase II clinical trial of neratinib in patients ..." (the trial
    whose results the page reports), "ViaCyte launched the first cell replacement clinical trial in
    2014" (another's trial, in the field's history). The trial named in the object is the stage told,
    and the trial and phase cues have their own rules (``trial_as_stage``, ``phase_as_stage``,
    ``availability_trial_ahead``): the launch of a trial that is not ahead is no more a stage than the
    trial itself (CONSORT items 3 and 13: a trial described as run is evidence). Kept: a launch whose
    trial counts ("his team has now launched two major clinical trials": "now" places it ahead), a
    launch of a trial with no trial cue ("launched a larger trial") and a product's launch.

    Prevents a trial's launch counting where the trial itself does not (the dev audit's
    ``study_design`` and ``not_intervention`` codes, round 34: two wrong findings, none right)."""
    if c.word(c.end - 1) != "launched":
        return False
    trial = _LAUNCHED_TRIAL.match(c.text, c.match_end, c.sentence_end)
    if not trial:
        return False
    cues = [c.at_span(m.start(), m.end(), c.end, c.last) for m in _TRIAL_CUE.finditer(c.text, trial.start(), trial.end())]
    cues = [cue for cue in cues if cue]
    return bool(cues) and not any(_trial_counts(cue) for cue in cues)


def _trial_counts(cue: Context) -> bool:
    """Whether a trial or phase cue passes its own rules: a stage still ahead (``availability_trial_ahead``)."""
    stage = phase_as_stage if cue.word(cue.start) == "phase" else trial_as_stage
    return stage(cue) and availability_trial_ahead(cue)


RULES = registry(
    prescription_as_access,
    launched_product,
    prescribed_as_access,
    commercial_access,
    otc_as_access,
    clinics_offering,
    availability_prescription_route,
)
