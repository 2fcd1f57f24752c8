"""A comparison that counts: its second term names an option a patient could choose, not a trial's
inert control, people or a place, a cause contrasted, the same exposure at another level or time, a
figure, or a group defined by the option.

Sources: HealthNewsReview.org criterion 6; STROBE item 12 (exposure levels); Quirk et al. 1985,
13.40 (coordination) and 17.2-17.4 (the noun phrase); the round-5 dev audit (a comparison of groups,
times or doses was the commonest error, not_option)."""

from __future__ import annotations

from ....resources import support_table
from ...readability import familiar_words
from ..base import Context, negates, pattern, registry, words
from .readers import (
    _ALT_ARM_WORDS, _ALT_ARTICLES, _ALT_CONTRASTIVE, _ALT_EXISTING, _ALT_PLACE_HEADS, _GROUP_MEANS, _HEAD_ENDS,
    _NEGATED_GROUP, _PEOPLE, _PLACEBO_LIKE, _alternatives_option_word, _comparator, _is_quantity, _went_without,
)


_ALT_NOT_COMPARED = words("alternatives_dose_words") | words("alternatives_animals") | words("alternatives_inert")


def alternatives_option_compared(c: Context) -> bool:
    """A comparison ("compared with", "versus", "instead of", "rather than") counts where its second
    term names an option a patient could choose: a treatment word ("compared with 20 percent of
    chemotherapy patients", "instead of having surgery", "compared with usual care"), a named
    drug or treatment ("compared to warfarin"), or a group by what it took ("those on
    methotrexate"); failing that, where the words before the cue name one ("14.4 months with
    Opdivo versus 13.2", "ACE inhibitors compared to ARBs"). Not where no term names one (a time,
    a figure, a group, a quality: "compared with 1 in 14 in 2001", "compared with scores at the
    outset", "rather than injury"), nor where a term is a placebo, non-use, a dose of the same
    treatment, an animal group or an inert vehicle ("on a placebo ... compared with 80% on the
    antibiotic", "versus non-use", "patients treated with regular doses of radiation", "mice fed
    standard chow", "compared to vehicle"): those stay visible, not counted.

    "Rather than" and "instead of" are contrastive coordinators: they set any two constituents
    apart ("approved for a biomarker rather than the tumour's site", "designed rather than found",
    "a device rather than a drug"), so they count only where the contrasted term itself names an
    option or a schedule of one ("every two years instead of every year"); the words before them
    are no evidence (Quirk et al. 1985, 13.40; round-7 dev audit: 12 of 23 such counts wrong). Nor
    does the first term stand in for a second term that is a group that went without ("20 percent
    of non-statin users", "women who had never used hormones").

    Nor where the compared term is the same exposure at another level or time ("women who ate low
    levels of fiber", "people starting the device later", "just over 30 seconds before"; round 8).

    Nor where a word of the compared term marks the group that went without, wherever it stands
    ("compared with 45 percent among the non-rilonacept group", "15 percent of untreated men"):
    the control arm of a placebo trial or a cohort's unexposed, even where it names the
    intervention it lacked (round 9; the audit counts placebo and no-treatment arms as no option).

    A comparison joins two like terms (coordination joins like constituents; Quirk et al. 1985,
    13.40): where the second is a phrase rather than a figure, the first is the phrase right before
    the cue, so a treatment named elsewhere in the sentence does not make "rural areas compared with
    urban areas", "recurrent stroke and death, compared with other causes of stroke" or "the infant
    cataract is much softer compared to an adult's" a comparison of options; and the second term ends
    where an adverbial clause opens ("the risks of stroke versus bleeding when choosing the best
    treatment"). A bare unfamiliar name ("compared with teriparatide") is taken as a drug the lists do
    not know, set beside an option anywhere before it (round 12 dev audit, not_option).

    Nor "rather than", "instead of" after a cause named in their clause ("due to the procedure rather
    than the cells"): two causes weighed, not two options (round 13, ``_alternatives_cause_contrasted``).

    Prevents cohort, timing, dose and before-after comparisons counting as alternatives discussed
    (HealthNewsReview.org criterion 6; the audit convention counts placebo, vehicle and dose arms
    as no option).
    """
    comparator = _comparator(c)
    if set(comparator) & (_ALT_NOT_COMPARED | _PLACEBO_LIKE):  # "instead of a placebo"
        return False
    if c.word(c.start) in _ALT_CONTRASTIVE and _alternatives_cause_contrasted(c):
        return False  # "probably due to the surgical procedure rather than the stem cells"
    if set(c.tokens.words[c.first:c.start]) & _PLACEBO_LIKE:  # "on a placebo, 74% got better - compared with 80% on the antibiotic"
        return False
    if _alternatives_control_arm_in_sentence(c):  # "..., compared with 40 percent, respectively, for sham laser"
        return False
    if any(_NEGATED_GROUP.match(w) for w in comparator[:2]) or _alternatives_negated_arm(comparator):
        return False  # "versus non-use", "nonusers", "45 percent among the non-rilonacept group"
    if _alternatives_level_or_time(comparator):  # "women who ate low levels of fiber", "30 seconds before"
        return False
    named = {i - c.end for i, _ in c.interventions.named(c.end, c.end + len(comparator))}
    if _alternatives_comparator_names_option(comparator, named):
        return True
    if _alternatives_group_by_option(comparator):
        return True
    if _alternatives_people_or_place(comparator):
        return False  # "by urologists vs radiation oncologists": two professions, not two options
    # "rather than", "instead of" contrast any two constituents: the contrasted term must name the option
    if c.word(c.start) in _ALT_CONTRASTIVE or _alternatives_group_went_without(comparator):
        return False
    # "4.4 months with Opdivo versus 3.1", "ACE inhibitors compared to ARBs": the option named
    # with the first term, the second a figure or a name the lists do not know
    return _alternatives_first_term_names_option(c)


# A trial's inert control named in more than one word: "salt water", "a sugar pill", "the control meal".
_ALT_CONTROL_ARM = pattern("alternatives_control_arm")


def _alternatives_control_arm_in_sentence(c: Context) -> bool:
    """A comparison ("compared with", "versus") whose sentence names a placebo, a sham or an inert
    control arm anywhere, not only in the clause the cue opens: "improved by half for those on the
    real device, compared with a fifth and a tenth, respectively, for those on the sham device";
    "compared with shots of salt water, the injections cut headache days"; "after the control drink
    compared with the berry drink". A placebo-controlled result sets the option beside its dummy,
    not beside another option a patient could choose (HealthNewsReview.org criterion 6; the audit
    counts placebo, sham and vehicle arms as no option, as ``alternatives_option_compared`` already
    reads them in the cue's clause). A figure's group is often named after it, past a comma
    ("24.5 percent ..., respectively, for those given sham acupuncture"), and the control may be
    the first term ("the control meal compared to raspberry meals"), so the whole sentence is read.
    "Instead of", "rather than" are left alone: there the term set apart is the one not chosen
    ("a different fluid instead of the usual saline" names the fluid in use). As the check of the
    cue's own clause already does, a three-arm sentence that names an active comparator beside the
    dummy ("compared to 20 percent on patches and 5 percent on dummy needles") is shown, not counted.
    Round 21 (code review): the rest of the sentence is read only when the second term is a bare
    figure or group, and only up to a semicolon; a named term ("compared with aspirin, ..., and
    unlike placebo it caused no bleeding") is checked in its own words.

    Prevents sham-, placebo- and control-meal-controlled results counting as alternatives discussed
    (round-20 dev audit, not_option, in three documents)."""
    if c.word(c.start) in _ALT_CONTRASTIVE:
        return False
    lead = c.text[c.sentence_start:c.match_start]
    lead = lead[lead.rfind(";") + 1:]  # the first term, back to a semicolon
    if _ALT_CONTROL_ARM.search(lead):  # "the control meal compared to raspberry meals"
        return True
    comparator = _comparator(c)
    if comparator and not _alternatives_bare_comparator(comparator):
        # "compared with aspirin, ..., and unlike placebo": the term named; only its own words count
        end = c.tokens.ends[c.end + len(comparator) - 1]
        return bool(_ALT_CONTROL_ARM.search(c.text, c.match_end, end))
    stop = next((i for i in range(c.end + 1, c.last) if c.marks_before(i, ";")), c.last)  # a semicolon opens another statement
    rest = c.text[c.match_end:c.tokens.starts[stop] if stop < c.last else c.sentence_end]
    return bool(set(c.tokens.words[c.end:stop]) & _PLACEBO_LIKE or _ALT_CONTROL_ARM.search(rest))


_ALT_FIGURE_WORDS = words("alternatives_figure_words")
_ALT_FIGURE_MODIFIERS = words("alternatives_figure_modifiers")


def _alternatives_bare_comparator(comparator: list[str]) -> bool:
    """A comparison's second term is a bare figure or group ("compared with a fifth and a tenth,
    respectively, for those on the sham device", "compared with 40 percent", "versus the other
    group"), whose arm may be named later in the sentence; a term that names something ("compared
    with aspirin") is complete, so the rest of the sentence is another statement. Round 21 code
    review of ``_alternatives_control_arm_in_sentence``."""
    head = next((w for w in comparator if w not in _ALT_FIGURE_MODIFIERS), "")
    return any(ch.isdigit() for ch in head) or head in _ALT_FIGURE_WORDS or head in _PEOPLE | _ALT_ARM_WORDS


_ALT_SCHEDULE = words("alternatives_schedule_words")

# Heads of a measure, which a treatment word may qualify without naming an option: "survival rate".
_ALT_MEASURE_HEADS = words("alternatives_measure_heads")
# Words that end a noun phrase's head, and those of them that open a phrase of place.
_ALT_PHRASE_ENDS = words("alternatives_phrase_ends")
_ALT_PLACE_PREPOSITIONS = words("alternatives_place_prepositions")


def _alternatives_comparator_names_option(comparator: list[str], named: set[int]) -> bool:
    """Whether a word of a comparison's second term names an option: a treatment word ("compared
    with usual care", "instead of having surgery", "20 percent of chemotherapy patients"), an
    existing or a scheduled one ("current treatments", "annual screening"), or an option the page
    names (``named``: the positions in the term of the options intervention.py found, "warfarin").

    Round 16: not a word of the existing or the scheduled that only qualifies a measure ("compared to
    the current 20 per cent survival rate"; "a chemotherapy response rate" still names an option),
    nor any that only qualifies a profession ("radiation oncologists"), nor one in a phrase of place
    after a measure with no group of people in it ("instead of an annual growth rate of 12 percent
    in CT scans": what is counted, not an option).
    A noun phrase names what its head names (Quirk et al. 1985, 17.2-17.4): there the comparison
    sets two values of a rate, or two professions, side by side, not two options (as
    ``alternatives_named_beside`` reads "radiation oncologists" as people; round-16 dev audit,
    not_option). A measure of a group named by its option still counts: "the survival rate among
    patients on chemotherapy"."""
    measured = place = False
    people = bool(set(comparator) & (_PEOPLE | _ALT_ARM_WORDS))
    for i, w in enumerate(comparator):
        if w in _ALT_PHRASE_ENDS:
            place = w in _ALT_PLACE_PREPOSITIONS
        if not (i in named or _alternatives_option_word(w) or w in _ALT_EXISTING or w in _ALT_SCHEDULE):
            measured = measured or w in _ALT_MEASURE_HEADS
            continue
        head = next((v for v in comparator[i + 1:] if v in _ALT_PHRASE_ENDS or v in _ALT_MEASURE_HEADS
                     or v in _ALT_PLACE_HEADS), "")
        if head in _ALT_PLACE_HEADS:
            continue  # "radiation oncologists", "surgery centers"
        if head in _ALT_MEASURE_HEADS and not (i in named or _alternatives_option_word(w)):
            continue  # "the current 20 per cent survival rate" (but "a chemotherapy response rate" names it)
        if measured and place and not people:
            continue  # "an annual growth rate of 12 percent in CT scans"
        return True
    return False


def _alternatives_people_or_place(comparator: list[str]) -> bool:
    """The compared term's first phrase is headed by a profession or a place ("radiation
    oncologists", "surgery centers"): people or places set side by side, not options.

    Prevents a comparison of who gives care or where counting as alternatives discussed (the
    guide's settled convention, tests/audit/guide.md: `not_option`, the compared term is not a
    treatment option)."""
    for w in comparator:
        if w in _ALT_PHRASE_ENDS:
            return False
        if w in _ALT_PLACE_HEADS:
            return True
    return False


_ALT_CAUSE_ATTRIBUTED = pattern("alternatives_cause_attributed")


def _alternatives_cause_contrasted(c: Context) -> bool:
    """"Rather than", "instead of" after a cause named in their clause ("probably due to the surgical
    procedure rather than the stem cells themselves", "his fatigue could be related to surgery and
    radiation, rather than the drug"): the contrast weighs two causes of an effect, most often a
    harm (an attribution, as ``_alternatives_cause_joined`` reads "a side effect of chemotherapy or
    radiation"), not two options a patient chooses between (round-13 dev audit, not_option)."""
    lead = c.text_before(90)
    return bool(_ALT_CAUSE_ATTRIBUTED.search(lead))


def _alternatives_negated_arm(comparator: list[str]) -> bool:
    """A negated word that opens a group or an arm further into the compared term: "45 percent
    among the non-rilonacept group", "of untreated patients"; not a negated word of a condition
    ("rivaroxaban vs warfarin in people with non-valvular atrial fibrillation")."""
    return any(_NEGATED_GROUP.match(w) and set(comparator[i + 1:i + 3]) & (_ALT_ARM_WORDS | _PEOPLE)
               for i, w in enumerate(comparator))


# Round 8: the same exposure at another level or time ("low levels of fiber", "the device later",
# "admitted on weekends", "30 seconds before"): no option (STROBE item 12: exposure levels).
_ALT_LEVEL_OR_TIME = words("alternatives_level_words") | words("alternatives_time_nouns")


def _alternatives_level_or_time(comparator: list[str]) -> bool:
    """The compared term is the same exposure at another level or time, not another option: "women
    who ate low levels of fiber", "people starting the device later", "229 of those admitted on
    weekends", "just over 30 seconds before" (a dose-response, timing or before-after comparison;
    STROBE item 12 names exposure levels, and the audit counts dose arms as no option)."""
    return bool(set(comparator) & _ALT_LEVEL_OR_TIME) or comparator[-1:] == ["before"]


def _alternatives_group_went_without(comparator: list[str]) -> bool:
    """A compared group that went without, anywhere in the second term: "20 percent (578 of 2,927)
    of non-statin users", "151 cases among the women who had never used hormones" (a cohort's
    exposed and unexposed, not two options)."""
    return any(_NEGATED_GROUP.match(w) or negates(w)
               for w in comparator)


# How far back the first term of a comparison of two phrases may reach: "the safety of ACE
# inhibitors compared to ARBs", "the drug also reduced major osteoporotic fractures by 55% compared
# with teriparatide".
_ALT_PARALLEL_REACH = 8


def _alternatives_first_term_names_option(c: Context) -> bool:
    """Whether the words before the cue in its sentence name an option, and not as a trial arm by
    its role ("46 percent of the treatment group") nor a group that went without ("men who
    didn't take anticlotting medications"), nor, in the cue's clause, a level or a time of the same
    exposure ("patients with low levels of vitamin D lived 32.6 months, compared with 24.5"; round 8)."""
    lead = c.tokens.words[c.first:c.start]
    if _went_without(lead) or set(lead) & _PLACEBO_LIKE:  # "than patients on placebo was chest pain: 1.1% vs. 0.2%"
        return False
    if _alternatives_level_or_time(_alternatives_clause_before(c)):  # "patients with low levels of vitamin D ... compared with 24.5"
        return False
    first = c.first
    if not (_alternatives_figure_compared(c) or _alternatives_bare_name_compared(c)):  # "rural areas compared with urban areas"
        first = max(c.start - _ALT_PARALLEL_REACH, c.start - len(_alternatives_clause_before(c)))
        lead = c.tokens.words[first:c.start]
    named = [w for i, w in enumerate(lead) if _alternatives_option_word(w)
             and not (i + 1 < len(lead) and lead[i + 1] in {"group", "groups", "arm", "arms"})]
    return bool(named) or bool(c.interventions.named(first, c.start))


# English derivational endings ("-tion", "-ics", "-ing"): a word so ended is no drug's name
# (the list intervention.py reads for drug names given by apposition).
_ALT_ENGLISH_ENDINGS = tuple(support_table("interventions.toml")["english_endings"])
# Words that end a compared term: a conjunction or a preposition ("teriparatide and increased bone density").
_ALT_TERM_ENDS = _HEAD_ENDS | {"and", "or", "but", "to", "of", "on", "by", "as"}


def _alternatives_bare_name_compared(c: Context) -> bool:
    """Whether the second term is one bare word that is no familiar English word ("compared with
    teriparatide", "compared with cortisol"): a name, most often of a drug the word lists do not
    know, set beside an option the sentence may name anywhere before the cue."""
    term = _comparator(c)
    for i, w in enumerate(term):
        if w in _ALT_TERM_ENDS:
            term = term[:i]
            break
    return len(term) == 1 and term[0] not in familiar_words() and not term[0].endswith(_ALT_ENGLISH_ENDINGS)


# How far into the second term a figure may open it: "versus just 23 percent", "compared with 1 in 14".
_ALT_FIGURE_REACH = 3


def _alternatives_figure_compared(c: Context) -> bool:
    """Whether the second term of a comparison is a figure ("55 percent versus 29 percent", "9.56
    months compared to 5.95 months"): a figure leaves its head unsaid and refers back to the whole
    sentence, where a phrase ("compared with urban areas") is set beside the phrase right before the
    cue (coordination joins like constituents; Quirk et al. 1985, 13.40)."""
    return any(_is_quantity(c.word(i)) for i in range(c.end, min(c.last, c.end + _ALT_FIGURE_REACH)))


def _alternatives_clause_before(c: Context) -> list[str]:
    """The words of the clause the cue follows, across the comma right before the cue: in
    "patients with low levels of vitamin D lived 32.6 months, compared with 24.5", the words from
    "patients" to "months"."""
    return c.tokens.words[max(c.back_to_break(c.start - 1, ",;:"), c.first):c.start]


_ALT_PRONOUNS = words("alternatives_pronouns")

_ALT_TIME_NOUNS = words("alternatives_time_nouns")


def _alternatives_group_by_option(comparator: list[str]) -> bool:
    """A group of people named by the option it took: "those on methotrexate", "patients taking
    Lipitor"; not by a pronoun, a figure or a time ("men who did take them", "those given 5 mg",
    "patients admitted on a weekday")."""
    if not set(comparator) & _PEOPLE:
        return False
    text = " ".join(comparator)
    means = _GROUP_MEANS.search(text)
    if not means:
        return False
    rest = [w for w in text[means.end():].split() if w not in _ALT_ARTICLES]
    return bool(rest) and rest[0] not in _ALT_PRONOUNS | _ALT_TIME_NOUNS and not rest[0][:1].isdigit()


RULES = registry(
    alternatives_option_compared,
)
