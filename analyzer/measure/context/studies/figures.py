"""What the benefits rules read around a figure, shared by several phenomena: the figure's clause
and its bounds, the clause's words that can signal an effect, whether the sentence names a trial arm
or a treatment; and the word lists more than one module reads.

Sources: HealthNewsReview.org criterion 2 (the benefit judged against the natural course); Woloshin,
Schwartz & Welch 2008 (a bound on a figure sizes a rate and compares nothing)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..base import Context, pattern, words


_COMPARED = re.compile(r"\b(?:compared (?:with|to)|versus|vs\b)", re.IGNORECASE)
_BENEFITS_CLAUSE_END_AFTER = pattern("benefits_clause_end_after")
_BENEFITS_CLAUSE_START_BEFORE = pattern("benefits_clause_start_before")
_BENEFITS_OUTCOME_REACH = 60
_BENEFITS_COMPARED_REACH = 140
_BENEFITS_FIGURES_JOINED = pattern("benefits_figures_joined")


_FIGURE_CLAUSE_LAST: list = [None, None, None]  # text, the candidate's spans, its clause


def _benefits_figure_clause(c: Context) -> tuple[int, int, int, int]:
    """Where the figure's clause lies before and after it ((start, end) twice), up to 60
    characters each way (140 before a second figure set against a first: "versus", "compared
    with"): cut after it at a contrast, a concession or the next figure, and before it at the last one.

    Remembered for the last candidate: the outcome-figure checks of one percentage ask for it about
    3.4 times (the harm, care-appropriateness and effect-word checks), and it reads only the text and
    the candidate's spans."""
    key = (c.match_start, c.match_end, c.sentence_start, c.sentence_end)
    last = _FIGURE_CLAUSE_LAST
    if last[0] is not c.text or last[1] != key:
        last[:] = c.text, key, _figure_clause(c)
    return last[2]


def _figure_clause(c: Context) -> tuple[int, int, int, int]:
    """``_benefits_figure_clause``, computed."""
    begin = max(c.sentence_start, c.match_start - _BENEFITS_OUTCOME_REACH)
    if _COMPARED.search(c.text, begin, c.match_start) or _benefits_in_parentheses(c):
        # "in 14 percent of men, compared to 5 percent"; "the rate of severe side effects was
        # higher on the combination (68% vs. 57%)": a bracketed figure reports the clause before it
        begin = max(c.sentence_start, c.match_start - _BENEFITS_COMPARED_REACH)
    starts = list(_BENEFITS_CLAUSE_START_BEFORE.finditer(c.text, begin, c.match_start))
    if starts:
        begin = starts[-1].end()
    end = min(c.sentence_end, c.match_end + _BENEFITS_OUTCOME_REACH)
    # the reach ends at a word's end, not inside it ("... had compli|cations": round 13)
    while end < c.sentence_end and (c.text[end].isalnum() or c.text[end] in "-'") and c.text[end - 1].isalnum():
        end += 1
    stop = _BENEFITS_CLAUSE_END_AFTER.search(c.text, c.match_end, end)
    if stop and stop.group(0)[0].isdigit() and _BENEFITS_FIGURES_JOINED.match(c.text[c.match_end:stop.start()]):
        # "15%-20% of those on the other drugs gained weight", "55% of the placebo group and 45% of
        # the drug group dropped out": two figures joined share the predicate after the second (round 13)
        end = min(c.sentence_end, stop.end() + _BENEFITS_OUTCOME_REACH)
        while end < c.sentence_end and (c.text[end].isalnum() or c.text[end] in "-'") and c.text[end - 1].isalnum():
            end += 1
        stop = _BENEFITS_CLAUSE_END_AFTER.search(c.text, stop.end(), end)
    return begin, c.match_start, c.match_end, stop.start() if stop else end


def _benefits_in_parentheses(c: Context) -> bool:
    """The figure opens a bracket ("(68% vs. 57%)", "(40 percent versus 89 percent)"): its outcome
    is named before the bracket, often more than one short reach back (round 8)."""
    return c.text_before(2).rstrip().endswith("(")


_BENEFITS_CONTRAST_AFTER = pattern("benefits_contrast_after")


def _benefits_clause_bounds(c: Context) -> tuple[int, int]:
    """Where the figure's clause begins and ends in the text: at the last contrast or concession
    before the figure and the first after it (see ``_benefits_clause_words``)."""
    begin, end = c.sentence_start, c.sentence_end
    for found in _BENEFITS_CLAUSE_START_BEFORE.finditer(c.text, c.sentence_start, c.match_start):
        begin = found.start()
    later = _BENEFITS_CONTRAST_AFTER.search(c.text, c.match_end, c.sentence_end)
    if later:
        end = later.start()
    return begin, end


def _benefits_clause_words(c: Context) -> set[str]:
    """The lowered words of the figure's clause: the sentence cut at the last contrast or concession
    before the figure and at the first after it ("Most patients are treated with surgery, yet only
    about 20 percent of them will recur": "treated" belongs to the other clause). A contrast joins
    two claims; the word of treatment in one does not make the other's figure an effect (round 9c)."""
    begin, end = _benefits_clause_bounds(c)
    starts = c.tokens.starts
    return _lowered(c, bisect_left(starts, begin, c.first, c.last), bisect_left(starts, end, c.first, c.last))


def _lowered(c: Context, begin: int, end: int) -> set[str]:
    return {w.lower() for w in c.tokens.words[begin:end]}


# "affects more than 50 percent of patients": the bound compares nothing (round 8b)
_BENEFITS_BOUND_BEFORE_FIGURE = pattern("benefits_bound_before_figure")
_BENEFITS_SINCE_ONSET = pattern("benefits_since_onset")
_WORD = re.compile(r"[\w'’-]+")


def _benefits_clause_effect_words(c: Context) -> set[str]:
    """The clause's words that can signal an effect, once two uses of them that signal none are read
    out: a bound on the figure ("fewer than 15% of people with advanced lung cancer survive a year",
    "more than 90 percent") and a time counted from the illness itself ("a year after diagnosis", "in
    the year after a heart attack", "following a stroke"). A bound sizes a rate and compares nothing
    (Woloshin, Schwartz & Welch 2008 on approximate figures); a time since onset dates the natural
    course, not a treatment (the prognosis a benefit is judged against; HealthNewsReview.org
    criterion 2). With them read out, "Fewer than 15% of people with advanced squamous lung cancer
    survive a year after diagnosis" is left to the generic-share test, which reads it as a
    population's rate; "fewer patients on the drug relapsed after surgery" keeps "fewer" and "drug".
    Round 13."""
    begin, end = _benefits_clause_bounds(c)
    clause = _BENEFITS_SINCE_ONSET.sub(" ", _BENEFITS_BOUND_BEFORE_FIGURE.sub(" ", c.text[begin:end]))
    return {w.lower() for w in _WORD.findall(clause)}


_BENEFITS_ARM_WORDS = words("benefits_arm_words")


def _names_trial_arm(c: Context) -> bool:
    """Whether the sentence names a trial arm ("placebo", "control group", ...) from benefits_arm_words."""
    return bool(_lowered(c, c.first, c.last) & _BENEFITS_ARM_WORDS)


def _benefits_term(c: Context) -> str:
    return " ".join(c.text[c.match_start:c.match_end].lower().split()).strip("-")


_BENEFITS_TREATMENT_WORDS = words("benefits_treatment_words")


def _benefits_treatment_named(c: Context) -> bool:
    """The sentence names a treatment, a taken exposure or a trial's arm ("taking", "the placebo
    group", "users"), or the page's intervention (intervention.py)."""
    return bool(_lowered(c, c.first, c.last) & _BENEFITS_TREATMENT_WORDS) or bool(c.interventions.named(c.first, c.last))


_REDUCED_NEAR = pattern("reduced_near")
