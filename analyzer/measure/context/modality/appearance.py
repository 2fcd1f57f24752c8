"""Appearance, likelihood and inference: "appear", "seem", "likely", "possible", "indicate" hedge
where they judge a claim ("appears to", "a possible link", "the data indicate a benefit"), not in
their literal, comparative, degree or root senses: "symptoms appear within hours", "more likely to"
(a comparison of risk), "as soon as possible", "makes it possible to detect" (feasibility),
"indicated for adults", or an appearance the sentence belies ("at first seem mad ... turn out").

Sources: Palmer 2001, ch. 3-4 (dynamic and epistemic possibility); Hoye 1997; Quirk et al. 1985,
16.44 and 15.19; Aijmer 2009; Prokofieva & Hirschberg 2014; the BioScope guidelines (Vincze et al.
2008)."""

from __future__ import annotations

from ..base import Context, negates, registry, words
from .clauses import _CLAUSE_OR_SENTENCE_END, _clause_start, _reading_of_a_measure
from .frames import _concession_at, _concession_follows


_HEDGES_LIKELY_COMPARATIVES = words("hedges_likely_comparatives")


def likely_not_attributive(c: Context) -> bool:
    """"likely" before a noun after an article ("a likely story") or as a comparison of risk
    ("women are more likely to ...", "twice as likely") is not the writer hedging.

    Prevents counting epidemiological comparisons, which are findings, as uncertainty.
    """
    before = c.word(c.start - 1)
    if before in _HEDGES_LIKELY_COMPARATIVES:
        return False
    return not (before in {"a", "an", "the"} and c.word(c.end) not in {"to", "that", "be", ""})


_HEDGES_APPEAR_LITERAL_NEXT = words("hedges_appear_literal_next")


def appear_with_complement(c: Context) -> bool:
    """"appears to", "appears that", "appears safe" hedge; "symptoms appear within hours",
    "the study appeared in JAMA", "appear." (come into view) do not.

    Prevents counting the literal sense of "appear" (Prokofieva & Hirschberg 2014 hedge guide).
    """
    following = c.word(c.end)
    if not following or following in _HEDGES_APPEAR_LITERAL_NEXT or _time_follows(c, c.end):
        return False
    if any(w in {"make", "makes", "made", "making"} for w in c.before(3)):
        return False  # "makes skin appear plump": appear = look (perception), not evidential
    return "." not in c.gap_before(c.end) and "," not in c.gap_before(c.end)


_HEDGES_APPEAR_TIME_ADVERBS = words("hedges_appear_time_adverbs")
_HEDGES_TIME_DETERMINERS = words("hedges_time_determiners")
_HEDGES_TIME_NOUNS = words("hedges_time_nouns")


def _time_follows(c: Context, k: int) -> bool:
    """A time adverb or a phrase of time at ``k``: "appear today in NEJM", "appears this week
    in Nature", "symptoms appear suddenly". Epistemic "appear" takes a complement (a "to"
    infinitive, a "that" clause, an adjective: Quirk et al. 1985, 16.44), never an adjunct of
    time alone, so a time adjunct marks the verb of publication or of coming into view (round
    9c: "which appear today in the New England Journal" counted as a hedge)."""
    word = c.word(k)
    if word in _HEDGES_APPEAR_TIME_ADVERBS:
        return True
    return word in _HEDGES_TIME_DETERMINERS and c.word(k + 1).rstrip("s") in _HEDGES_TIME_NOUNS


_DEGREE_SUPERLATIVES = words("degree_superlatives")
_POSSIBLE_FRAMES = words("possible_frames")
_HEDGES_FORECAST_HEADS = words("hedges_forecast_heads")
_HEDGES_ASSERTED_POSSIBLE = words("hedges_asserted_possible")


def possible_as_likelihood(c: Context) -> bool:
    """"possible" hedges as likelihood ("a possible link", "it is possible that"), not as a
    degree ("as soon as possible", "the lowest possible price", "the best results possible",
    round 37: "do everything possible to survive") or a condition ("if possible", "where possible").

    Prevents fixed phrases of degree counting as doubt (Hyland 1998 lists "possible" as an
    epistemic adjective; its degree uses are not epistemic). Round 37: nor "for possible X", the
    target a check is aimed at ("a patient evaluated for possible cancer", "removed players for
    possible concussions"): the word labels what a check looks for, it softens no claim
    (guide.md round 37: a hedge word that labels rather than softens, what a screen looks for).
    "Prepare for a possible second food crisis" (one event forecast) keeps the hedge, and round 38
    "preparing for possible approval", "hopes for possible approval" (``hedges_forecast_heads``) too.
    """
    if c.word(c.start - 1) in _HEDGES_ASSERTED_POSSIBLE:
        return False  # "perfect skin is truly possible": feasibility asserted, nothing left open
    if c.before(3)[-2:] == ["at", "all"] and c.word(c.start - 3) in _POSSIBLE_FRAMES:
        return False  # "if at all possible": the condition "if possible", with "at all" inside
    if _possible_as_feasibility(c):
        return False
    if c.word(c.start - 1) == "for" and c.word(c.start - 2) not in _HEDGES_FORECAST_HEADS:
        return False  # round 37: "evaluated for possible cancer"; round 38: not "preparing for possible approval"
    return not (c.word(c.start - 1) in _POSSIBLE_FRAMES
                or not _DEGREE_SUPERLATIVES.isdisjoint(c.before(3)))


_HEDGES_ENABLING_VERBS = words("hedges_enabling_verbs")
_HEDGES_COUNTERFACTUAL_MODALS = words("hedges_counterfactual_modals")
_HEDGES_FEASIBILITY_DOUBTERS = words("hedges_feasibility_doubters")


def _possible_as_feasibility(c: Context) -> bool:
    """"possible" of what can be done, not of what may be true: "makes it possible to detect TB
    in one visit" (enablement), "it is possible to reverse your diabetes", "it was possible to
    vaccinate more people", "this work would not have been possible without ...". Root (dynamic)
    possibility states a capacity or feasibility and asserts it; epistemic "possible" leaves a
    proposition open ("it is possible that", "a possible link", "possible side effects") (Palmer
    2001, Mood and Modality, ch. 3-4: dynamic vs epistemic possibility; Hoye 1997, Adverbs and
    Modality in English; BioScope's guidelines mark only the speculative sense, Vincze et al.
    2008). Kept: a feasibility denied ("it is not possible to tell from the study whether", a
    limitation of the evidence) and one itself hedged ("it may be possible to treat", where the
    modal in the clause carries the doubt and the feasibility is what is doubted). Round 10:
    "it is possible to reverse your diabetes", "making it possible for patients to" counted.
    Round 14: the passive "was made possible by/through" (a release's acknowledgment of a grant
    or of donors) enables as the active "makes it possible" does."""
    if c.word(c.start - 1) == "it" and c.word(c.start - 2) in _HEDGES_ENABLING_VERBS:
        return True  # "makes it possible to detect": enablement, a capacity asserted
    if c.word(c.start - 1) in _HEDGES_ENABLING_VERBS:
        return True  # round 14: "the work was made possible by a grant", the stock line of thanks
    if _possible_with_its_enabler(c):
        return True
    if c.word(c.start - 1) == "been" and c.word(c.start - 2) == "have":
        back = c.before(5)
        return not _HEDGES_COUNTERFACTUAL_MODALS.isdisjoint(back)  # a counterfactual feasibility
    after = c.word(c.end)
    if after != "to" and not (after == "for" and "to" in c.tokens.words[c.end + 1:min(c.last, c.end + 6)]):
        return False
    back = c.tokens.words[_clause_start(c):c.start]
    if any(negates(w) or w in _HEDGES_FEASIBILITY_DOUBTERS for w in back):
        return False  # "not possible to tell": a limitation; "may be possible to": the modal hedges
    return True


_HEDGES_FEASIBILITY_MEANS = words("hedges_feasibility_means")
_HEDGES_AFTER_PREDICATIVE_POSSIBLE = words("hedges_after_predicative_possible")


def _possible_with_its_enabler(c: Context) -> bool:
    """"possible" as the object complement of "make" ("a new table makes this possible", "the
    work may make a same-day repair possible": Quirk et al. 1985, 16.44, complex-transitive
    complementation) or as a predicate followed by the means that enable it ("diagnosis is
    possible through this scanner", "the study was possible thanks to a grant"). Either way the
    sentence names what makes the thing feasible, root (dynamic) possibility (Palmer 2001, ch. 3),
    and leaves no proposition open; a modal on "make" is its own finding. Only where "possible"
    is predicative (its clause ends or a preposition follows it), not "make the possible gains
    clearer". Round 26: dev hedges counted "may make that possible", "make this possible in people",
    "the research was possible through a partnership"."""
    after = c.word(c.end)
    predicative = (c.end >= c.last or c.marks_before(c.end, _CLAUSE_OR_SENTENCE_END)
                   or after in _HEDGES_AFTER_PREDICATIVE_POSSIBLE)
    if not predicative:
        return False
    if after in _HEDGES_FEASIBILITY_MEANS:
        return True
    clause = c.tokens.words[c.back_to_break(c.start, ",;:", reach=6):c.start]
    return not _HEDGES_ENABLING_VERBS.isdisjoint(clause) and not any(negates(w) for w in clause)


_HEDGES_DOUBT_ADDERS = words("hedges_doubt_adders")


def _impression_overridden(c: Context) -> bool:
    """A past impression answered by a "but"/"yet" clause (``_concession_at``) that is not itself
    tentative: "It seemed like very bad news, yet his doctors were encouraged" overrides it, while
    "Veltra seemed safe in the trial, but rare side effects may appear only after wider use" adds to
    the doubt (round 38; Quirk et al. 1985, 15.19: a concession grants a point the main clause sets
    aside)."""
    j = _concession_at(c, c.start)
    return j is not None and _HEDGES_DOUBT_ADDERS.isdisjoint(c.tokens.words[j + 1:c.last])


def seem_not_concessive(c: Context) -> bool:
    """"seem", "sound", "look" after a concessive "may" or "might" ("It may seem odd, but the
    cream works") grant a point the writer then sets aside (Quirk et al. 1985, 15.19), like
    ``epistemic_may``'s concession: the writer commits to the "but" clause, so neither word
    hedges. "It may seem to help, but ..." (a complement in "to") stays a hedge. Round 16: nor
    an appearance the sentence itself belies (``_appearance_belied``); the rule also reads
    "seemed" and "appear", "appears", "appeared". Round 37: a past impression answered by
    "but"/"yet" in the same sentence ("It seemed like very bad news, yet his doctors were
    encouraged", "That seemed counterintuitive, but ...") is granted to be overridden as well
    (guide.md round 37: a belief the same sentence belies); "the drug appears safe, but more
    study is needed" (present, a finding hedged then limited) stays. Round 38: so does a past
    impression whose "but" clause adds doubt ("seemed safe, but rare side effects may appear";
    ``_impression_overridden``)."""
    if _appearance_belied(c):
        return False
    if c.word(c.end) == "to":
        return True
    if c.word(c.start) == "seemed" and _impression_overridden(c):
        return False  # round 37: "It seemed like very bad news, yet his doctors were encouraged"
    if c.word(c.start - 1) not in {"may", "might"}:
        return True
    return not _concession_follows(c, c.start)


_HEDGES_APPEARANCE_FRAMES = words("hedges_appearance_frames")
_HEDGES_REALITY_MARKERS = words("hedges_reality_markers")


def _appearance_belied(c: Context) -> bool:
    """"seem" or "appear" framed as a passing or possible appearance ("ideas that at first seem
    mad", "a rash can appear harmless", "what had at one time seemed simple", "relative risk can
    make a problem seem bigger") in a sentence that states the reality against it ("... can turn
    out to save lives", "... but may in fact need care", "... than its actual size"). The
    appearance is set up to be corrected: the writer commits to the reality, so the verb
    withholds no commitment from a claim (Hyland 2005: hedges mark reduced commitment; Quirk et
    al. 1985, 15.19 on the concession granted only to be overridden, as in ``_concession_follows``;
    Aijmer 2009 on "seem" of an appearance contrasted with what is). The frame must stand in the
    three words before the verb; the reality marker anywhere in the sentence. Round 16: the dev
    hedges' "at first seem crazy can turn out", "had at one time seemed ... has turned out"."""
    if _HEDGES_APPEARANCE_FRAMES.isdisjoint(c.before(3)):
        return False
    sentence = c.tokens.words[c.first:c.last]
    pairs = {f"{a} {b}" for a, b in zip(sentence, sentence[1:])}
    return bool((set(sentence) | pairs) & _HEDGES_REALITY_MARKERS)


_HEDGES_INDICATE_LITERAL_NEXT = words("hedges_indicate_literal_next")


def indicate_as_inference(c: Context) -> bool:
    """"indicate" hedges where evidence points to a conclusion ("the data indicate a benefit",
    "levels indicated an infection"); not where it means to show or signal which case holds ("a
    breath test to indicate which patients have cancer", "a light indicates when the dose is
    done"), a drug's approved use ("indicated for adults with asthma"), or a pointer to a place
    in the text ("as indicated on the label"). A wh-clause after it names what a device or
    marker reads out, with no claim inferred (BioScope guidelines, Vincze et al. 2008: "indicate"
    is a speculation cue only where it introduces a proposition the author infers). Round 37: nor
    what a score's or a test's reading stands for (``_reading_of_a_measure``)."""
    if c.word(c.start - 1) == "as" or _reading_of_a_measure(c):
        return False  # round 37: "a low score indicates", "with a higher number indicating"
    return c.word(c.end) not in _HEDGES_INDICATE_LITERAL_NEXT


RULES = registry(
    likely_not_attributive,
    appear_with_complement,
    possible_as_likelihood,
    seem_not_concessive,
    indicate_as_inference,
)
