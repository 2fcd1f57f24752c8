"""The option's stage of study: a trial or a phase still ahead, under way or open to a reader,
recruitment now, "experimental", "investigational", "in development"; not a trial or phase cited as
past evidence, a study arm, a method, a sample described, schooling, or a programme's history.

Sources: HealthNewsReview.org criteria 7 and 8; CONSORT 2010 (items 3, 4a, 13 and 17: design,
eligibility, participant flow, results); Comrie 1976 (the progressive presents an event as ongoing);
Quirk et al. 1985 (8.55, 9.37-9.40, 17.108); Merriam-Webster and OED on the other senses."""

from __future__ import annotations

import re

from ..base import Context, _drop, _words_back, not_in_a_name, pattern, registry, words
from ....resources import support_table
from ...readability import familiar_words
from .on_offer import _set_apart
from .other_options import _clause_names_another_option


# Words that place a trial in the intervention's road to patients: "a phase 3 trial", "future
# trials", "larger trials are needed", "an ongoing trial", "plans to begin trials".
_TRIAL_STAGE = words("trial_stage")
_STAGE_REACH = 8
# Words that mark a trial as past evidence: "earlier clinical trials", "based on the clinical
# trial", "copies of two clinical trials", "published clinical trials".
_TRIAL_AS_SOURCE = words("trial_as_source")
# Words of stage that outweigh a trial's design or findings ("a randomized phase 3 trial is planned").
_TRIAL_STILL_OPEN = words("trial_still_open")


def trial_as_stage(c: Context) -> bool:
    """A clinical trial tells a reader where the intervention stands: still in trials, trials to
    come or under way ("larger clinical trials are needed", "an ongoing phase II clinical trial",
    "the results of a clinical trial of the vaccine"). Not where the text marks the trial as
    past evidence behind something already decided or sold ("patients in earlier clinical
    trials of the devices", "approved based on the clinical trial", "copies of two clinical trials
    may be found here", a label's "In clinical trials, the most common side effects were"),
    unless a word of stage is near ("based on earlier trials, a phase 3 trial will begin").

    Prevents trials cited as past evidence counting as availability disclosed
    (HealthNewsReview.org criterion 7: if the intervention is not yet available, is its stage of
    study made clear?).
    """
    near = _near_words(c, _STAGE_REACH)
    if _trial_as_evidence(c) and _TRIAL_STILL_OPEN.isdisjoint(near):
        return False
    if not _TRIAL_STAGE.isdisjoint(near):
        return not_in_a_name(c)
    label_phrase = c.start - 1 == c.first and c.word(c.first) == "in" and "," in c.gap_before(c.end)
    return not (label_phrase or not _TRIAL_AS_SOURCE.isdisjoint(c.before(5))) and not_in_a_name(c)


def _near_words(c: Context, reach: int) -> list[str]:
    """The words either side of the cue in its sentence, at most ``reach`` each way."""
    words = c.tokens.words
    return words[max(c.first, c.start - reach):c.start] + words[c.end:min(c.last, c.end + reach)]


# A trial's design, size or findings (CONSORT items 3 and 13).
_TRIAL_DESIGN = words("trial_design")
_TRIAL_FINDINGS = words("trial_findings")


def _trial_as_evidence(c: Context) -> bool:
    """The trial is described as a study already run: its design just before ("a randomized,
    placebo-controlled clinical trial"), its size or a finding just after ("a clinical trial that
    enrolled 81 teens", "eight clinical trials involving 25,570 people", "a clinical trial led by
    ... revealed"). A trial described so is the evidence behind a claim (CONSORT items 3 and 13),
    and says nothing of where the intervention stands."""
    before = c.before(4)
    after = c.tokens.words[c.end:min(c.last, c.end + 12)]
    return bool(set(before) & _TRIAL_DESIGN or set(after[:4]) & _TRIAL_DESIGN
                or set(after) & _TRIAL_FINDINGS)


_PHASE_REPORTED = words("availability_phase_reported")
_PHASE_AHEAD = words("availability_phase_ahead")
_PHASE_REACH = 6


def phase_as_stage(c: Context) -> bool:
    """A trial phase tells where the intervention stands ("it is now in a phase 3 trial", "the
    next step is a phase III trial", "as we head into Phase II trials"), not where the phase
    names a study whose results are already in ("positive results from the Phase 3 trial", "the
    phase I results from 53 patients", "tested the ring in a phase 2 clinical trial", "the Phase
    II study did not meet its primary objective"): that is the evidence behind a claim (CONSORT
    items 13 and 17), as for ``trial_as_stage``, unless a word of stage is near.

    Prevents trials cited as past evidence counting as availability disclosed
    (HealthNewsReview.org criterion 7: if the intervention is not yet available, is its stage of
    study made clear?).
    """
    if _phase_begins_a_history(c):
        return False
    near = _near_words(c, _PHASE_REACH)
    # a quoted trial name after the phase is no office: 'the Phase III "Helix" clinical trial'
    named = not (not_in_a_name(c) or not c.gap_before(c.end).isspace())
    if any((w in _TRIAL_STAGE and w != "phase") or w in _PHASE_AHEAD for w in near):
        return not named
    return not any(w in _PHASE_REPORTED or w in _TRIAL_AS_SOURCE for w in near) and not named


_AVAILABILITY_HISTORY_START = words("availability_history_start")


def _phase_begins_a_history(c: Context) -> bool:
    """The phase is where a span of the programme's past began or is counted from: "has supported
    the clinical development of VYXEOS beginning in Phase 2", "starting with phase 1". "Beginning
    in" and "starting with" take the phase as the start of a period that runs up to now (Quirk et
    al. 1985, 9.37-9.40 on prepositions of time), a programme's history, not a trial still ahead
    ("trials beginning next year" has the trial as subject and keeps it). "Since" is left alone:
    it is as often causal ("since phase 3 trials take years"). Round 31: the dev audit's
    ``study_design`` code."""
    before = c.before(2)
    return len(before) == 2 and before[0] in _AVAILABILITY_HISTORY_START and before[1] in {"in", "with", "at", "from"}


# Words that place a trial ahead of or around the intervention today, not behind a claim: a trial
# needed, planned, expected, under way or open to a reader ("additional trials will be required",
# "expects to begin trials", "currently underway", "recommend I enroll in a trial").
_AVAILABILITY_TRIAL_AHEAD = words("availability_trial_ahead")
_AVAILABILITY_PROGRESSIVE_AUX = words("availability_progressive_aux")
# Round 34: a progressive of showing or reporting ("an experimental drug is showing promising results
# in a small clinical trial") presents the report as news, not the trial as under way: the results
# are in, and the trial is their evidence (CONSORT item 17). Dev: 1 wrong (study_design) out, none right.
_AVAILABILITY_REPORTING_PROGRESSIVES = words("availability_reporting_progressives")
_AVAILABILITY_AHEAD_REACH = 8
# In "the results of the trial will be presented", "the results of two trials offered hope": the
# future and the hope are the results' (their presentation, their promise), not the trial's; "the
# findings are expected later this year" keeps the trial ahead.
_AVAILABILITY_RESULTS_SHOWN = words("availability_results_shown")


def availability_trial_ahead(c: Context) -> bool:
    """A trial or phase counts as availability disclosed only where a word says the trial is
    still ahead, under way or open to a reader ("larger trials are needed", "plans to start Phase
    II trials", "an ongoing phase II trial", "reach out to one of the trials", "the next step is a
    phase III trial"), or a progressive verb places it now ("is being tested in", "centres that
    are running trials": the progressive presents an event as ongoing, Comrie 1976, Aspect).

    A bare trial or phase ("in a clinical trial that pitted ...", "this phase II trial combined",
    "Briana enrolled in the phase 1 trial") is most often the evidence behind a claim or a
    patient's history (in a fresh dev slice 19 of 24 bare ones were): it stays visible, uncounted.

    Prevents trials named as past evidence counting as availability disclosed
    (HealthNewsReview.org criterion 7: if the intervention is not yet available, is its stage of
    study made clear?).
    """
    if _clause_names_another_option(c):
        return _drop(c, "the trial's clause names another option, not the page's")
    if _trial_of_another_option(c):
        return _drop(c, "the trial tests an option set apart from the page's")
    near = _ahead_words(c, _AVAILABILITY_AHEAD_REACH)
    if _results_of_the_trial(c):
        sentence = c.tokens.words[c.first:c.last]
        shown = any(a == "will" and b == "be" and v in _AVAILABILITY_RESULTS_SHOWN
                    for a, b, v in zip(sentence, sentence[1:], sentence[2:]))
        near = [w for w in near if w != "hope" and not (w == "will" and shown)]
    if not _AVAILABILITY_TRIAL_AHEAD.isdisjoint(near) or _under_way(c):
        return True
    words = c.tokens.words
    before = words[max(c.first, c.start - _AVAILABILITY_AHEAD_REACH):c.start]
    after = words[c.end:min(c.last, c.end + 4)]  # 'the phase III "Helix" study is being carried out'
    return any(aux in _AVAILABILITY_PROGRESSIVE_AUX and verb.endswith("ing") and verb not in _AVAILABILITY_REPORTING_PROGRESSIVES
               for side in (before, after) for aux, verb in zip(side, side[1:]))


_AVAILABILITY_TRIAL_LINKS = words("availability_trial_links")
_AVAILABILITY_TRIAL_OBJECT_APART = words("availability_trial_object_apart")
_AVAILABILITY_TRIAL_ARTICLES = words("availability_articles")


def _trial_of_another_option(c: Context) -> bool:
    """The trial's object, right after it, is set apart from the page's option: "a clinical trial
    involving a similar drug for patients who developed resistance", "trials of other drugs", "a
    trial testing a different vaccine". "Similar", "different", "other" and "another" compare
    an identity: the phrase refers to a referent distinct from the one compared with (Quirk et
    al. 1985, 6.56 on "other"/"another" and 7.74 on comparison of identity), so the trial tells a
    rival's stage, not the page's option's (the audit guide's ``not_intervention``; the
    approval's twin is ``_availability_object_set_apart``). "A clinical trial for a new
    medication called ataluren" keeps the cue."""
    following = c.tokens.words[c.end:c.on_to_break(c.end, ",;:", 4)]
    if len(following) < 2 or following[0] not in _AVAILABILITY_TRIAL_LINKS:
        return False
    head = following[2] if following[1] in _AVAILABILITY_TRIAL_ARTICLES and len(following) > 2 else following[1]
    return head in _AVAILABILITY_TRIAL_OBJECT_APART


_AVAILABILITY_RENAMING = words("availability_renaming")
_AVAILABILITY_DEGREE_BEFORE = words("availability_degree_before")
_AVAILABILITY_GAP_BEFORE = words("availability_gap_before")


def _ahead_words(c: Context, reach: int) -> list[str]:
    """The words either side of the trial (``_near_words``) less those of the still-ahead list used
    in another sense, where they place nothing ahead: "now" before a name-giving participle renames
    ("a trial to study the drug, now called ipilimumab"), "further" after "even"/"much"/"far" grades
    ("expands its use even further"), "need" after "unmet"/"medical" names a gap in care ("drugs that
    fill an unmet medical need, using clinical trial data"). A word counts for the trial in its sense of
    time or of what must still be done (Quirk et al. 1985, 8.55 on "now" as a time adjunct; OED further
    adv. 2 as degree). Round 16b: dev, 3 wrong findings out in 3 documents, none right."""
    words = c.tokens.words
    out = []
    for index in list(range(max(c.first, c.start - reach), c.start)) + list(range(c.end, min(c.last, c.end + reach))):
        w = words[index]
        following = words[index + 1] if index + 1 < c.last else ""
        previous = words[index - 1] if index - 1 >= c.first else ""
        if (w == "now" and following in _AVAILABILITY_RENAMING) or (
                w == "further" and previous in _AVAILABILITY_DEGREE_BEFORE) or (
                w in {"need", "needs"} and previous in _AVAILABILITY_GAP_BEFORE):
            continue
        out.append(w)
    return out


_AVAILABILITY_RESULTS_REACH = 10
_AVAILABILITY_RESULTS_NOUNS = words("availability_results_nouns")
_AVAILABILITY_PARTIAL_RESULTS = words("availability_partial_results")


def _results_of_the_trial(c: Context) -> bool:
    """The trial or phase is the object of "the results of" / "results from" ("The results of the
    phase III randomized trial will be presented Saturday at the annual meeting", "the results of
    two large clinical trials of a new drug offered hope"): the trial whose findings the page
    reports, a study already run, its presentation a news event (the audit guide's settled
    convention: ``study_design``); a "hope", or a "will" of their showing ("will be presented"),
    then belongs to the results; results "expected later this year" keep the trial ahead. Not
    where the results are partial or early ("initial results from the phase II portion of the
    trial will be presented later": more of the trial is still to come). Round 13b: the dev
    labels' ``study_design`` code. Round 14: the results' noun phrase may be long ("the results
    of the pre-specified subgroup analysis within the X trial"), so the reach back is ten words."""
    back = _words_back(c, _AVAILABILITY_RESULTS_REACH, ",;:")
    for i in range(len(back) - 1):
        if back[i] in _AVAILABILITY_RESULTS_NOUNS and back[i + 1] in {"of", "from"}:
            earlier = c.tokens.words[max(c.first, c.start - len(back) + i - 3):c.start - len(back) + i]
            return _AVAILABILITY_PARTIAL_RESULTS.isdisjoint(earlier + back)
    return False


_AVAILABILITY_UNDER_WAY = re.compile(r"\bunder\s?way\b", re.IGNORECASE)


def _under_way(c: Context) -> bool:
    """"Under way" / "underway" within the sentence after the trial ("trials ... are under way")."""
    return bool(_AVAILABILITY_UNDER_WAY.search(c.text, c.match_end, min(c.sentence_end, c.match_end + 80)))


_STUDY_ARM = words("availability_study_arm")
_AVAILABILITY_RESEARCH_NOUNS = words("availability_research_nouns")


def stage_not_arm(c: Context) -> bool:
    """"Experimental", "investigational" tell the intervention's stage ("an experimental drug"), not
    in a study's arm ("the investigational arm", "the experimental group"), a method ("experimental
    studies suggest"), a name ("the Experimental Biology meeting") or of another option ("another
    experimental drug").

    Prevents methods and names counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    if _availability_discipline(c) or _label_of_a_named_drug(c):
        return False
    return c.word(c.end) not in _STUDY_ARM | _AVAILABILITY_RESEARCH_NOUNS and not_in_a_name(c) and not _set_apart(c)


_AVAILABILITY_LABELLED_HEADS = words("availability_labelled_heads")
_INN_STEMS = tuple(support_table("interventions.toml")["inn_stems"])
_AVAILABILITY_LABEL_STATUS_TOLD = pattern("availability_label_status_told")
_AVAILABILITY_LABEL_PREMODIFIERS = 3  # "the molecularly targeted experimental drug veliparib"


def _label_of_a_named_drug(c: Context) -> bool:
    """"The experimental drug neratinib was found to ...", "the investigational compound esketamine
    nasal spray", "consisting of investigational drug ZEN-3694 and enzalutamide": a definite (or
    bare) noun phrase whose head is followed at once by the option's own name is a close appositive
    (Quirk et al. 1985, 17.65 and 17.70): the cue is part of the label that picks out the drug a
    trial tests, given as known, while the clause tells something else (a result, a presentation);
    it does not state the option's status. The guide (round 35) codes "investigational" /
    "experimental" as an attribute of what participants got ``study_design``. An indefinite
    introduces a new referent and its attribute with it (Prince 1981: "an experimental drug,
    apixaban, appears better") and keeps the cue, as does a predicate ("is still experimental").
    Round 37: dev, 7 wrong findings out, 1 right lost. Round 38: the label is the arm's only where
    the sentence tells a trial's use of the drug; a sentence that states its status or the way to
    it (``availability_label_status_told``: "is not yet available outside clinical trials", "only
    through an expanded access program", "could be approved next year", "is still under FDA
    review", "Women can join a trial of ...") keeps the cue, the status of the option it names."""
    head = c.end
    if c.word(head) not in _AVAILABILITY_LABELLED_HEADS or c.marks_before(head + 1, ",;:.!?()"):
        return False
    if not _name_at(c, head + 1) or _AVAILABILITY_LABEL_STATUS_TOLD.search(c.text, c.sentence_start, c.sentence_end):
        return False
    for index in range(c.start - 1, max(c.first - 1, c.start - 1 - _AVAILABILITY_LABEL_PREMODIFIERS), -1):
        if c.marks_before(index + 1, ",;:.!?()"):
            return True  # bare: "consisting of investigational drug ZEN-3694"
        word = c.word(index)
        if word == "the":
            return True
        if word in {"a", "an", "its", "their", "his", "her", "another"} or word.endswith(("'s", "’s")):
            return False
    return c.word(c.start - 1) not in {"a", "an"}


def _name_at(c: Context, index: int) -> bool:
    """Token ``index`` names an option of the page, is a drug's name by its INN stem ("neratinib";
    WHO's stem list, which intervention.py reads) or a product code ("ZEN-3694", "SD-101")."""
    if index >= c.last:
        return False
    if c.interventions.named(index, index + 1):
        return True
    word, surface = c.word(index), c.surface(index)
    if word.endswith(_INN_STEMS) and word not in familiar_words():
        return True
    return any(ch.isdigit() for ch in surface) and any(ch.isalpha() for ch in surface)


_AVAILABILITY_ACADEMIC_UNITS = words("availability_academic_units")


def _availability_discipline(c: Context) -> bool:
    """"The department of investigational cancer therapeutics", "a reader in experimental systems
    biology", "professor of experimental medicine": the word names a discipline after an academic
    post or unit and a preposition, lower case or not, not a treatment's stage (round 7)."""
    before = c.before(3)
    return len(before) >= 2 and before[-1] in {"of", "in"} and not _AVAILABILITY_ACADEMIC_UNITS.isdisjoint(before[:-1])


_METHOD_BEFORE = words("method_before")


def recruiting_now(c: Context) -> bool:
    """"Enrolling", "recruiting" tell a reader a trial they may join ("the trial is now enrolling"),
    not a method already carried out ("the study was done by enrolling 60 patients").

    Prevents methods sentences counting as availability disclosed (HealthNewsReview.org
    criterion 7; CONSORT item 4 describes recruitment as method).
    """
    return c.word(c.start - 1) not in _METHOD_BEFORE and not _availability_sample_described(c) and not _enrolled_in_schooling(c)


_AVAILABILITY_SAMPLE_PEOPLE = words("availability_sample_people")
_AVAILABILITY_NUMBER_WORDS = words("availability_number_words")
_AVAILABILITY_NOW = words("availability_now")
_AVAILABILITY_SAMPLE_REACH = 8


def _availability_sample_described(c: Context) -> bool:
    """A recruitment or a launch told with its sample ("ultimately recruiting a total of 274
    women", "a goal of enrolling 82 patients", "launched a randomized trial involving 42
    patients", "launched a test in six patients", "enrolling men and women aged 61-85 years"):
    the number and kind of participants are the study's method (CONSORT 2010 items 4a and 13a,
    eligibility and participant flow), the evidence behind a claim, not a trial a reader may
    still join. A word of now or of stage before the cue keeps it ("the trial is now enrolling 300
    patients", "launched a larger trial, recruiting 300": recruitment under way or a trial ahead is
    access, HealthNewsReview.org criterion 7)."""
    if not _AVAILABILITY_NOW.isdisjoint(c.before(6)):
        return False  # "he now has launched a larger trial, recruiting 300 participants"
    after: list[str] = []
    for index in range(c.end, min(c.last, c.end + _AVAILABILITY_SAMPLE_REACH)):
        if c.marks_before(index, ",;:"):
            break
        after.append(c.word(index))
    if "aged" in after:
        return True
    for i, w in enumerate(after):
        if w[:1].isdigit() or w in _AVAILABILITY_NUMBER_WORDS:
            if not _AVAILABILITY_SAMPLE_PEOPLE.isdisjoint(after[i + 1:i + 4]):
                return True
    return False


_AVAILABILITY_SCHOOLING = words("availability_schooling")
_AVAILABILITY_SCHOOLING_REACH = 4  # "in community college", "in a nursing school"


def _enrolled_in_schooling(c: Context) -> bool:
    """"Enrolling in community college", "enrolling at a local university": the verb's other
    sense, entering one's name on a school's or a course's roll (Merriam-Webster, enroll 1:
    "to enroll in a course"), told of a person's life, not a trial a reader may join. The object
    of "in"/"at", read to its first mark, names a school or a course; "enrolling in a clinical
    trial", "now enrolling patients" keep the cue (HealthNewsReview.org criterion 8).
    Round 31: the dev audit's ``literal_sense`` code."""
    if c.word(c.end) not in {"in", "at"}:
        return False
    for index in range(c.end + 1, min(c.last, c.end + 1 + _AVAILABILITY_SCHOOLING_REACH)):
        if c.marks_before(index, ",;:.!?()"):
            return False
        if c.word(index) in _AVAILABILITY_SCHOOLING:
            return True
    return False


_AVAILABILITY_DEVELOPMENT_HEADS = words("availability_development_heads")


def development_as_stage(c: Context) -> bool:
    """"In development" tells the option's stage ("a test product in development", "has been in
    development for a decade"), not where "development" premodifies the noun after it ("invests
    directly in development projects", "in development costs"): the preposition's object is then
    the compound's head, an organisation's work (a noun premodifying a noun, Quirk et al. 1985,
    17.108), and no option is placed at a stage (HealthNewsReview.org criterion 8). Round 31: the
    dev audit's ``literal_sense`` code, a university's technology-transfer boilerplate."""
    return not (c.end < c.last and c.gap_before(c.end) == " " and c.word(c.end) in _AVAILABILITY_DEVELOPMENT_HEADS)


RULES = registry(
    trial_as_stage,
    stage_not_arm,
    recruiting_now,
    phase_as_stage,
    availability_trial_ahead,
    development_as_stage,
)
