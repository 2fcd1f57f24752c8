"""Approximators, frequency and degree: "about", "up to", "almost", "more or less", "rather",
"often", "in general", "uncertain", "estimated" hedge where they make a quantity or a
generalisation vague ("about 30 percent", "symptoms are often vague"), not a book "about
depression", a time of day ("around 3pm"), a dose limit ("up to four times a day"), a near-miss
("I nearly cried"), a measured rate ("half as often") or a method ("used to estimate body fat").

Sources: Salager-Meyer 1994; Channell 1994, Vague Language; Hyland 1998; Quirk et al. 1985 (7.88,
8.93, 15.63); CONSORT 2010, item 17a."""

from __future__ import annotations

from ..base import Context, _is_number, pattern, registry, words
from .clauses import _CLAUSE_OR_SENTENCE_END, _HEDGE_DETERMINERS, _HYPHENS, _is_past


_QUANTITY_NOUNS = words("quantity_nouns")
_HEDGES_CLOCK_TIME = pattern("hedges_clock_time")


def before_a_number(c: Context) -> bool:
    """Approximators ("about", "around", "some", "up to") hedge only before a quantity.

    Prevents "a book about depression", "around the clock" or a clock time ("around 3pm")
    counting as approximation (Salager-Meyer 1994: approximators qualify quantities; a time of
    day in a story or a schedule is no claim hedged). Round 37: nor a timestamp that is its own
    sentence ("about an hour ago" under a reader comment), narrative staging by guide.md's
    round-30 line.
    """
    following = c.word(c.end)
    if c.word(c.start) == "up" and not _up_to_approximates(c):
        return False
    if following == "one" and c.word(c.end + 1) == "of" and c.word(c.end + 2) in _HEDGE_DETERMINERS:
        return False  # "a story about one of the inventors": a person picked out, not a count
    if _HEDGES_CLOCK_TIME.fullmatch(following) or _is_number(following) and _clock_after(c, c.end + 1):
        return False  # "a nap around 3pm", "about 10 a.m.": a time of day, not a quantity claimed
    if c.start == c.first and c.word(c.last - 1) == "ago" and c.last - c.end <= 3:
        return False  # round 37: a comment's timestamp standing alone, "about an hour ago"
    if following in {"a", "an"} and c.word(c.end + 3) == "old":
        return False  # "a story about a 48 year old woman": an age that describes, not a count
    if following in {"a", "an"}:  # "about a week", "nearly a third"; not "talk about a fruit"
        return c.word(c.end + 1) in _QUANTITY_NOUNS or _is_number(c.word(c.end + 1))
    return _is_number(following)


_HEDGES_ADD_VERBS = words("hedges_add_verbs")
_HEDGES_CAPACITY_VERBS = words("hedges_capacity_verbs")
_HEDGES_RATE_WORDS = words("hedges_rate_words")
_HEDGES_SHARE_WORDS = words("hedges_share_words")
_HEDGES_CAPACITY_MODALS = words("hedges_capacity_modals")


def _up_to_approximates(c: Context) -> bool:
    """"up to" approximates an uncertain share or count ("up to 30 percent of patients"), not
    a ceiling that a rule, a dose or a device sets: "adds up to 180 calories" (the verb "add up
    to", a sum), "use it up to four times a day" (a dose limit, as a label states it: FDA 21 CFR
    201.57, dosage and administration), "the machine can analyse up to 10,000 cells" (a
    capacity). A limit is exact, not vague (Channell 1994, Vague Language: approximators make a
    number vague; Salager-Meyer 1994)."""
    if c.word(c.start - 1) in _HEDGES_ADD_VERBS:
        return False  # "which adds up to 180 calories": a total
    for k in range(c.end + 1, min(c.last, c.end + 3)):
        if c.word(k) == "times":
            # "up to four times a day": how often a dose may be taken; but "up to 20 times more
            # effective", "hold up to 1,000 times its weight": a multiple claimed, kept vague
            return c.word(k + 1) not in _HEDGES_RATE_WORDS
    if c.word(c.end + 1) in _HEDGES_SHARE_WORDS or c.word(c.end).endswith("%"):
        return True  # "can affect up to 30 percent of patients": a share, vague as a claim
    if _up_to_of_a_schedule(c):
        return False  # round 37: "followed for up to 13 years", "will enroll up to 3,000 patients"
    back = [c.word(k) for k in range(max(c.first, c.start - 5), c.start)]
    able = not _HEDGES_CAPACITY_MODALS.isdisjoint(back)
    return not (able and not _HEDGES_CAPACITY_VERBS.isdisjoint(back[-2:]))


_HEDGES_DURATION_UNITS = words("hedges_duration_units")
_HEDGES_SCHEDULE_WORDS = words("hedges_schedule_words")
_HEDGES_SCHEDULE_CARE_NOUNS = words("hedges_schedule_care_nouns")
_HEDGES_INTAKE_VERBS = words("hedges_intake_verbs")
_SCHEDULE_REACH = 6  # "evaluated ... and then periodically for up to 30 days"


def _up_to_of_a_schedule(c: Context) -> bool:
    """"up to" bounds a schedule a study or a regimen sets, not a result: how long participants
    were followed or dosed ("followed for up to 13 years", "10 mg every two weeks for up to 24
    months", "a trial of therapy for up to a year", "recommend treatment ... for up to five
    years"), how many a study will take in ("will enroll up to 3,000 patients") or when people
    joined ("volunteered up to 15 years ago"). The limit is the protocol's, set in advance and
    exact (CONSORT 2010, items 4-6: eligibility, interventions and follow-up are methods;
    Channell 1994: approximators make a claimed number vague). A duration of an effect ("relief
    for up to six months", "prevents pregnancy for up to five years") stays a hedge. Round 37:
    the second reading of dev hedges marked "up to" of a schedule, dose or inclusion wrong."""
    if c.word(c.start - 1) in _HEDGES_INTAKE_VERBS:
        return True
    count = c.word(c.end)
    if not (_is_number(count) or count in {"a", "an"}) or c.word(c.end + 1) not in _HEDGES_DURATION_UNITS:
        return False
    if c.word(c.end + 2) == "ago":
        return True
    if c.word(c.start - 1) != "for":
        return False
    if c.word(c.start - 2) in _HEDGES_SCHEDULE_CARE_NOUNS:
        return True
    back = range(max(c.first, c.start - 1 - _SCHEDULE_REACH), c.start - 1)
    return any(c.word(k) in _HEDGES_SCHEDULE_WORDS for k in back)


def _clock_after(c: Context, k: int) -> bool:
    """The words from ``k`` finish a time of day: "3 pm", "10 a.m.", "7 o'clock", "10:30"."""
    after = c.word(k)
    if after in {"am", "pm", "o'clock"} or after in {"a", "p"} and c.word(k + 1) == "m":
        return True
    return after[:1].isdigit() and ":" in c.gap_before(k)


_HEDGES_PREFERENCE_BEFORE_RATHER = words("hedges_preference_before_rather")


def rather_as_degree(c: Context) -> bool:
    """"rather" hedges as a degree word before an adjective ("rather modest"), not in "rather
    than" (a comparison of options), "would rather" (a preference) or "Rather, ..." (a contrast).

    Prevents connectives counting as hedges (Quirk et al. 1985: "rather" is a compromiser only
    as a premodifier; Hyland 1998).
    """
    if c.word(c.end) == "than" or c.word(c.start - 1) in _HEDGES_PREFERENCE_BEFORE_RATHER:
        return False
    return not (c.at_sentence_start or c.marks_before(c.end, ",;:.") or c.end >= c.last)


_QUANTITY_VERBS = words("quantity_verbs")
# "almost overnight", "nearly instantly": a hyperbole of speed, not a measured quantity.
_HEDGES_IMMEDIACY = words("hedges_immediacy")


def approximates_a_quantity(c: Context) -> bool:
    """"almost", "nearly" approximate a quantity or degree ("nearly 600 pounds", "almost all",
    "nearly halved the risk"), not an event that did not happen: "her marriage almost fell
    apart", "I nearly cried", nor the idiom of speed "almost overnight", "nearly instantly"
    (an exaggeration: vague language that intensifies, not approximates; Channell 1994).

    Nor "not nearly as" ("it wasn't nearly as bad", "not nearly as active"): the negated
    approximator is an idiom of emphatic negation, "far from", which strengthens the denial rather
    than making a quantity vague (Channell 1994: approximators make a quantity vague; round
    37: the second reading of dev hedges marked it `literal_sense`).

    Prevents narrative near-misses counting as hedges (Salager-Meyer 1994: approximators
    qualify quantities; Channell 1994, Vague Language).
    """
    following = c.word(c.end)
    if following in _HEDGES_IMMEDIACY:
        return False  # "results almost overnight": speed overstated, not a quantity hedged
    if c.word(c.start) == "nearly" and following == "as" and _negated(c.word(c.start - 1)):
        return False  # round 37: "not nearly as bad": "far from", an emphatic negation, no quantity
    return not (_is_past(following) and following not in _QUANTITY_VERBS)


def _negated(word: str) -> bool:
    """"not", "never" or a contracted negative ("wasn't", "isn't", "n't")."""
    return word in {"not", "never", "n't"} or word.endswith("n't")


def more_or_less_approximates(c: Context) -> bool:
    """"more or less" approximates when it modifies what follows ("more or less the same",
    "are more or less set", "is, more or less, the standard"), not when it is a pair of
    comparatives, "more or fewer" / "more or less than" ("whether it works more or less well
    than aspirin", "for more or less than a year", "tells us to eat more or less"): there it names
    the two directions of a change or comparison and softens nothing (OED "more or less", phrase:
    "to a greater or less extent" against "a larger or smaller amount"; Quirk et al. 1985, 7.88
    and 15.63, coordinated comparatives). Test: a "than" within the next three words, or the
    phrase closing its clause without a comma before it (an approximator set off at a clause's
    end, ", more or less.", stays). Round 17: dev hedges counted the comparative pair in three
    stories (eat more or less; more or less effective than; more or less than five years)."""
    if "than" in c.tokens.words[c.end:min(c.end + 3, c.last)]:
        return False  # "more or less effective than", "more or less than a year"
    closes = c.end >= c.last or c.marks_before(c.end, _CLAUSE_OR_SENTENCE_END)
    return not (closes and not c.marks_before(c.start, ","))


_HEDGES_NAMING_VERBS = words("hedges_naming_verbs")
_HEDGES_INTAKE_PARTICIPLES = words("hedges_intake_participles")


def frequency_of_a_claim(c: Context) -> bool:
    """Frequency words ("often", "usually", "tend to") restrict a claim ("symptoms are often
    vague"), but "how often patients quit" asks a rate, "every so often" and "I usually skip
    breakfast" tell the writer's own habit.

    Nor "half as often" (a measured rate, as "more likely" is a comparison of risk), "sometimes
    called" or "often known as" (how a name is used), "it's often said that" (a saying the writer
    reports, which labels what follows as common opinion: guide.md round 37, a hedge word that
    labels rather than softens) or "people generally" ("as a whole", Quirk et al. 1985, 8.93).

    Nor after a participle of taking a dose ("especially when taken frequently", "if used
    regularly", ``hedges_intake_participles``): the adverb sets how often the exposure happens,
    a condition of the finding like "twice a day", not a limit on how often the effect holds
    (round 9c: "when these painkillers were taken frequently" counted as a hedge).

    Prevents questions of rate, fixed phrases and first-person habits counting as hedges (Hyland
    1998: frequency adverbs hedge when they limit a generalisation; one person's habit is none).
    """
    before = c.word(c.start - 1)
    if before == "i":  # "I tend to crave sweets", "I usually skip breakfast": the writer's habit
        return False
    if _one_persons_habit(c):
        return False  # round 37: "he frequently writes a prescription", "he'd often start with liquor"
    if before in {"have", "'ve", "had"} and c.word(c.start - 2) in {"i", "we"} or before in {"i've", "we've"}:
        return False  # "as we have often reported": the writer's own habit
    if _compares_a_rate(c):
        return False  # "reported half as often", "less often than men": a measured rate, a finding
    if c.word(c.end) in _HEDGES_NAMING_VERBS:
        return False  # "sometimes called", "often referred to as": how a name is used
    if c.word(c.end) == "said" and c.word(c.end + 1) == "that":
        return False  # round 37: "it's often said that": a saying reported, which labels, not restricts
    if before in _HEDGES_INTAKE_PARTICIPLES and not c.gap_before(c.start).strip():
        return False  # "when taken frequently": how often a dose is taken, an exposure like "twice a day"
    ends_clause = c.end >= c.last or c.marks_before(c.end, ",;:.")
    if c.word(c.start) == "generally" and ends_clause and not (c.at_sentence_start or c.gap_before(c.start).strip()):
        return False  # "older people generally": "as a whole", a postmodifier like "in general"
    return not (before == "how" or (before == "so" and c.word(c.start - 2) == "every"))


_ONE_PERSON = {"he", "she", "he'd", "she'd"}


def _one_persons_habit(c: Context) -> bool:
    """The frequency word follows "he" or "she", directly or past a habitual "would": "he
    frequently writes a prescription for parents", "she usually sends an emoji", "he'd often start
    with hard liquor", "he would occasionally stop breathing". It tells how often one person does
    something, a habit in a story or a clinician's own practice, not how generally a claim holds:
    frequency adverbs hedge where they limit a generalisation (Hyland 1998), and guide.md's round
    37 line marks a habit `not_claim`, as ``frequency_of_a_claim`` reads the writer's "I usually".
    Plural and generic subjects ("they often keep cancer at bay", "patients often ask") keep
    the hedge. Round 38: so does a generic "he"/"she" standing for "a patient" (Quirk et al. 1985,
    6.13: "he or she" as the pronoun of an indefinite antecedent): "he or she often needs a lower
    dose", "When a patient stops the pill, he usually relapses" (an indefinite noun right after an
    opening "if"/"when")."""
    k = c.start - 1
    if c.word(k) in {"would", "'d"}:
        k -= 1
    if c.word(k) not in _ONE_PERSON:
        return False
    if c.word(k - 1) == "or" and c.word(k - 2) in _ONE_PERSON:
        return False  # round 38: "he or she often needs a lower dose": anyone, a generalisation
    opened = c.word(c.first) in _GENERIC_PERSON_OPENERS and c.word(c.first + 1) in {"a", "an", "any", "every"}
    return not opened  # round 38: "When a patient stops the pill, he usually relapses"


_GENERIC_PERSON_OPENERS = words("hedges_generic_person_openers")


_HEDGES_RATE_COMPARATORS = words("hedges_rate_comparators")


def _compares_a_rate(c: Context) -> bool:
    """"less often", "more frequently", "half as often", "five times as frequently": a rate
    measured against another; "more often than not" (= usually) and "as sometimes happens" hedge."""
    before, after = c.word(c.start - 1), c.word(c.end)
    if before in _HEDGES_RATE_COMPARATORS:
        return not (after == "than" and c.word(c.end + 1) == "not")
    if before == "as" and (c.end >= c.last or c.marks_before(c.end, ",;:.")):
        return True  # "no longer the urge to smoke as often.": the comparison's other half left out
    return before == "as" and (after == "as" or c.word(c.start - 2) in _HEDGES_RATE_COMPARATORS | {"half"})


_HEDGES_IN_GENERAL_OPENERS = words("hedges_in_general_openers")


def in_general_as_hedge(c: Context) -> bool:
    """"In general, the drug is safe" limits a claim; "medicine in general" means "as a whole".

    Prevents the postmodifier sense counting as a hedge (Quirk et al. 1985: "in general" is a
    disjunct only at a clause boundary).
    """
    return c.at_sentence_start or c.marks_before(c.start, ",;:(") or c.word(c.start - 1) in _HEDGES_IN_GENERAL_OPENERS


_HEDGES_STATISTICAL_ESTIMATES = words("hedges_statistical_estimates")


def estimate_as_judgement(c: Context) -> bool:
    """"It is estimated that", "an estimated 5 million", "the company estimates that" hedge a
    figure; "used to estimate body fat", "a way to estimate the dose" name a procedure.

    Prevents methods sentences counting as hedges (issue 14: "estimated" in methods; Hyland
    1998 counts "estimate" as a hedge of a quantity the writer commits to only roughly). The noun
    after a word of statistics ("the mean estimate", "a median unbiased estimate", "pooled risk
    estimates") names a computed quantity in a results or methods sentence, as a reported
    statistic (CONSORT 2010, item 17a: "estimated effect size and its precision"), not a
    figure the writer offers roughly.
    """
    if c.text[c.match_start - 1:c.match_start] in _HYPHENS:
        return False  # "over- or under-estimate": another verb, to err in a figure
    if c.word(c.start - 1) in _HEDGES_STATISTICAL_ESTIMATES and not c.gap_before(c.start).strip():
        return False  # "the mean estimate", "median unbiased estimate of the difference": a statistic
    return c.word(c.start - 1) != "to"


_HEDGES_SITUATION_NOUNS = words("hedges_situation_nouns")
_HEDGES_SITUATION_PREMODIFIERS = words("hedges_situation_premodifiers")


def uncertain_of_a_claim(c: Context) -> bool:
    """"uncertain" hedges where it qualifies a claim or knowledge ("the benefit is uncertain",
    "it is uncertain whether", "uncertain evidence"), not where it describes a situation's course
    before a noun of time or fate ("throw them into an uncertain future", "in uncertain times",
    ``hedges_situation_nouns``): there the writer states that something lies ahead unknown to
    all, a fact about the situation, and hedges no proposition of their own (Hyland 1998: hedges
    withhold full commitment to a proposition). Round 9c: "an uncertain future" counted. Used as
    ``counts_when`` (precision first: the word is shown, not counted), which leaves the hedge-cue
    model's candidates and features as they were."""
    k = c.end
    while c.word(k) in _HEDGES_SITUATION_PREMODIFIERS:
        k += 1
    return c.word(k) not in _HEDGES_SITUATION_NOUNS


RULES = registry(
    before_a_number,
    rather_as_degree,
    approximates_a_quantity,
    more_or_less_approximates,
    frequency_of_a_claim,
    in_general_as_hedge,
    estimate_as_judgement,
    uncertain_of_a_claim,
)
