"""An effect quantified: a percentage where its sentence says it measures an effect, a relative effect
("reduced the risk", "times more likely", "-fold") of a treatment against a comparison, or an
absolute effect or a count of outcomes ("from 18 percent to 5 percent"); not a multiple of what was
given, nor "fold" as a noun.

Sources: HealthNewsReview.org criterion 2 (the size of the benefit); CONSORT 2010 item 17b (absolute
and relative effect sizes); Schwartz & Welch 2008 (Know Your Chances); STROBE 2007 items 7 and 12."""

from __future__ import annotations

from ..base import Context, pattern, registry, words
from .figures import _benefits_term, _benefits_treatment_named, _lowered
from .harm_figures import _benefits_measures_a_harm
from .descriptions import _COMPOSITION, _background_share, _describes_no_effect
from .statistics import unsourced_natural_frequency


_BENEFITS_SIGNAL_WORDS = words("benefits_signal_words")


def benefits_effect_signalled(c: Context) -> bool:
    """A percentage counts as a benefit quantified where its sentence says it measures an effect:
    a change ("dropped by 29 percent"), a comparison ("compared with 18 percent", "less likely"),
    the intervention or a treated group ("patients taking the drug", "the placebo group"; "patients"
    alone too: people under care), or an
    outcome of care ("remission", "survival", "response"). A bare share of people ("42 percent
    turned out to have cancer", "54 percent boys", "41% rated it unimportant") is shown, not
    counted: it may describe the sample, a prevalence or a poll as easily as an outcome.

    Prevents background figures counting as benefits quantified (HealthNewsReview.org criterion
    2; CONSORT item 17a: each group's outcome; Woloshin, Schwartz & Welch 2008).
    """
    return bool(_lowered(c, c.first, c.last) & _BENEFITS_SIGNAL_WORDS)


def benefits_relative_effect_counted(c: Context) -> bool:
    """A relative effect ("reduced the risk", "times more likely", "-fold") counts as a benefit
    quantified where its sentence gives the size ("by 49 percent", "four times", "a 1,000-fold
    increase", "half as likely") and its clause names no adverse event ("four times more likely to
    have abnormal liver tests" is a harm's size). "The drug reduced the risk of stroke" with no
    figure is shown, not counted.

    Prevents unquantified and harm-sized relative effects counting as benefits quantified
    (HealthNewsReview.org criterion 2 asks for the size of the benefit; criterion 3 keeps harms
    apart; CONSORT item 17b: absolute and relative effect sizes). Round 8b: a likelihood or a fold
    compared between groups counts only where something acts on the outcome
    (``_benefits_groups_by_treatment``). Round 16: the size is a size of effect (``_benefits_sized``),
    not an age, a duration or a count of studies ("in women aged 70 to 75", "two large studies found").
    """
    if _benefits_fold_is_a_noun(c):
        return False  # "vocal fold tissue", "the inframammary fold": a fold of the body (round 14)
    if _benefits_multiple_of_exposure(c):
        return False  # "exposure to the drug is increased 2-fold", "a 13-fold range between doses" (round 16b)
    return _benefits_sized(c) and not _benefits_measures_a_harm(c) and _benefits_groups_by_treatment(c)


_BENEFITS_FOLD_MULTIPLIER_BEFORE = pattern("benefits_fold_multiplier_before")


def _benefits_fold_is_a_noun(c: Context) -> bool:
    """"Fold" sizes an effect only as a multiplier's suffix, after a figure or a number word ("a
    20-fold increase", "four-fold", "100- to 1,000-fold", "ten fold"; ``benefits_fold_multiplier_before``).
    Elsewhere it is the noun of anatomy ("a model of human vocal fold tissue", "the sternum-nipple
    distance is double the inframammary fold distance"), which the relative-effect term list met by
    its spelling alone. Round 14: the dev labels' two noun folds, neither a figure of effect."""
    if _benefits_term(c) != "fold":
        return False
    return not _BENEFITS_FOLD_MULTIPLIER_BEFORE.search(c.text_before(20))


_BENEFITS_MULTIPLE_OF_EXPOSURE_BEFORE = pattern("benefits_multiple_of_exposure_before")
_BENEFITS_MULTIPLE_OF_EXPOSURE_AFTER = pattern("benefits_multiple_of_exposure_after")


def _benefits_multiple_of_exposure(c: Context) -> bool:
    """The multiple ("-fold", "times higher") multiplies what was given, used or measured with, not an
    outcome: a drug's exposure or dose, or the use of care, said to have grown or fallen right before it
    ("exposure to the drug is increased by approximately 2-fold in older patients", "use of the scan has
    risen 20-fold in a decade"; ``benefits_multiple_of_exposure_before``), or a spread of doses or a
    test's resolution right after it ("a 13-fold range between the highest and lowest dose", "100- to
    1,000-fold more sensitive than older methods"; ``benefits_multiple_of_exposure_after``). Exposures
    and the instruments that measure are reported apart from outcomes (STROBE 2007 items 7 and 12;
    CONSORT 2010 item 5 against item 17), and HealthNewsReview.org criterion 2 asks how much the option
    changed an outcome; "a 1,000-fold increase in activity" or "a 10-fold increase in the odds of being
    seizure-free" multiply an effect and stay counted. Round 16b: dev labels' not_outcome errors on four
    pages (a drug's blood exposure by age, a procedure's use over a decade, a radiation dose's spread, an
    assay's sensitivity)."""
    before = c.text_before(120)
    after = c.rest_of_sentence
    return bool(_BENEFITS_MULTIPLE_OF_EXPOSURE_BEFORE.search(before)
                or _BENEFITS_MULTIPLE_OF_EXPOSURE_AFTER.match(after))


_BENEFITS_EFFECT_SIZE = pattern("benefits_effect_size")
_BENEFITS_DATE = pattern("benefits_date")


def _benefits_sized(c: Context) -> bool:
    """The sentence gives a size of effect (``benefits_effect_size``): a percentage, a multiple, a
    fraction or multiplier word, a decimal, a ratio's stated value or a natural frequency, once dates
    are read out. Any digit or number word did before round 16, so an age ("women aged 70 to 75"), a
    duration ("daily injection for 18 months"), a count of studies ("two large studies found") or a
    drug class's name ("5-alpha-reductase") made "reduced the risk" or "relative risk" a quantified
    benefit. The audit guide's settled convention: "significantly reduced the risk" with no size in
    its sentence is unquantified (HealthNewsReview.org criterion 2 asks how large the benefit is;
    Woloshin, Schwartz & Welch 2008: a relative effect is sized by its ratio or percentage). Round 16:
    dev labels' unquantified errors on six pages."""
    return bool(_BENEFITS_EFFECT_SIZE.search(_BENEFITS_DATE.sub(" ", c.sentence)))


_BENEFITS_GROUP_LIKELIHOOD_TERMS = words("benefits_group_likelihood_terms")


def _benefits_groups_by_treatment(c: Context) -> bool:
    """A likelihood or a fold compared between groups ("times more likely", "-fold", "twice as
    likely") measures an effect where the groups differ by a treatment or a taken exposure; sex,
    a gene, a region or a family history set groups apart too ("boys are four times more likely
    than girls to have autism", "a 10-12 fold increased risk from two copies of APOE4", "a 100-fold
    more sensitive assay"): a risk factor or a lab measure, not a benefit. Terms that say a risk
    was acted on ("reduced the risk") and ratios carry their effect themselves."""
    term = _benefits_term(c)
    if not any(term == t or term.endswith(t) for t in _BENEFITS_GROUP_LIKELIHOOD_TERMS):
        return True
    return _benefits_treatment_named(c)


_BENEFITS_EFFECT_MEASURES = words("benefits_effect_measures")
_BENEFITS_NATURAL_FREQUENCY = pattern("benefits_natural_frequency")


def benefits_effect_reported(c: Context) -> bool:
    """An absolute effect or a count of outcomes ("from 18 percent to 5 percent", "7 of the 10
    women", "46 fewer deaths") counts where its sentence signals an effect
    (``benefits_effect_signalled``), its clause measures no harm and the figure describes no
    sample, trend in use, threshold or scale (``_describes_no_effect``): "ranging in age from 14
    months to 60 years", "use increased from 3.6 percent to 60.5 percent", "one in 100 people have
    knee osteoarthritis", "a scale that ranges from 0 to 72 points". A named measure of effect
    ("number needed to treat", "absolute reduction") counts as it stands. Round 9: a prevalence
    or a poll's share (``_background_share``: "a condition which affects about one in 100 people")
    is read here as it is for percentages.

    Prevents background figures, harm rates and sample descriptions counting as benefits quantified
    where no rule read them before round 8b (HealthNewsReview.org criterion 2; CONSORT 2010 item
    17a: each group's outcome and the estimated effect; Woloshin, Schwartz & Welch 2008).
    """
    term = _benefits_term(c)
    if term in _BENEFITS_EFFECT_MEASURES:
        return True
    if _BENEFITS_NATURAL_FREQUENCY.fullmatch(c.text, c.match_start, c.match_end) and unsourced_natural_frequency(c):
        return False  # "works for 9 out of 10 patients" with no source: an unsourced statistic (round 25)
    if not any(ch.isdigit() for ch in term) and not _benefits_sized(c):
        return False  # "focus on absolute risk (how likely an event is)": a measure named, not sized (round 16)
    window = c.around(60, 60)
    if _background_share(c, window):
        return False  # "the condition, which affects about one in 100 people": a prevalence (round 9)
    if _COMPOSITION.search(window):
        return False  # "lowered dietary sugar from 28 percent to 10 percent": a diet's make-up, read as for percentages (round 16b)
    return benefits_effect_signalled(c) and not _benefits_measures_a_harm(c) and not _describes_no_effect(c)


RULES = registry(
    benefits_effect_signalled,
    benefits_relative_effect_counted,
    benefits_effect_reported,
)
