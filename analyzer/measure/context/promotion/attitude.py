"""Attitude words ("promising", "encouraging", "remarkable", "good news"): the writer's own
stance on a finding, unless hedged ("cautiously optimistic"), let down by a concession, said of a
narrated character's feelings, a measured trait or an episode, or a promise that failed.

Sources: Millar, Batalo & Budgell 2022 (attitude); Vinkers et al. 2015 (encouraging, promising,
reassuring); Martin & White 2005 (appraisal); Hyland 2005 (stance); Scheier & Carver 1985 (optimism
as a trait); Biber et al. 1999."""

from __future__ import annotations

import re

from ..base import Context, _words_back, negates, pattern, registry, words
from .leaned_on import _INTENSIFIERS, _PHRASE_ENDS, _PROMOTED_SUBJECTS, _RATING_COPULAS, _in_an_open_condition
from .novelty import _DISCOVERY


_HEDGED_ATTITUDE = words("attitude_hedges")
_STANCE_VERBS = words("promo_stance_verbs")
_MEASURING = words("promo_measuring_words")
_MEASURED_AMOUNTS = words("promo_measured_amounts")
# How far back a measuring word may name the trait: "Other questionnaires assessed quality of life,
# death acceptance, meaningful existence, optimism".
_MEASURED_REACH = 10


def attitude_unhedged(c: Context) -> bool:
    """"Cautiously optimistic", "guardedly hopeful", "modestly encouraging" withhold the feeling
    the word alone would press on the reader: a hedge (Hyland 2005), the restraint
    HealthNewsReview.org asks of stories, not hype.

    So does a concession that follows it and limits it: "encouraging, if early, evidence",
    "promising but preliminary", "promising but only preliminary", "potentially good news, but I
    don't think it's ready", "promising but not proven" (concessive qualification, Hyland 2005).

    A trait a study measures ("to measure levels of optimism", "questionnaires assessed quality of
    life, optimism and spirituality": dispositional optimism, Scheier & Carver 1985) is a variable,
    not a feeling pressed on the reader. A stance reported with "remain" or "stay" ("the study's lead researcher remained optimistic")
    tells how someone feels over time, attributed to them, not the writer's pressing of a feeling.

    Prevents measured and reported attitudes counting as promotional wording (Millar, Batalo &
    Budgell 2022 count the attitude adjective as hype when it is asserted).
    """
    before = c.word(c.start - 1)
    if _excessive_or_denied(c) or _in_an_open_condition(c):
        return False
    if before in _STANCE_VERBS or before in _INTENSIFIERS and c.word(c.start - 2) in _STANCE_VERBS:
        return False  # "the lead researcher remained optimistic": a person's stance reported
    measured_amount = before == "of" and c.word(c.start - 2) in _MEASURED_AMOUNTS  # "levels of optimism"
    if measured_amount or not _MEASURING.isdisjoint(_words_back(c, _MEASURED_REACH, ";:.!?")):
        return False  # "questionnaires assessed ... optimism": a trait a study measured
    if _trait_related(c) or _affect_in_an_episode(c) or _feeling_of_a_character(c):
        return False
    if _modal_hedged(c) or _let_down(c):
        return False
    return before not in _HEDGED_ATTITUDE and not _conceded(c) and not _promise_undone(c)


_ATTITUDE_EXCESS = words("promo_attitude_excess")
_ATTITUDE_DENIERS = words("promo_attitude_deniers")


def _excessive_or_denied(c: Context) -> bool:
    """The degree word before the attitude says there is too much of it or none: "people may be overly
    optimistic about what joint replacement can do", "too optimistic", "there are few promising treatment
    options for this disease", "little promise", "no encouraging sign". A degree of excess ("too",
    "overly": Quirk et al. 1985, 7.88-7.89, excess as a standard exceeded) judges the feeling
    unwarranted, and a negative determiner ("few", "little", "no": Quirk et al. 1985, 5.24 and 10.66,
    against the positive "a few", "a little") denies that the praised thing exists: the writer
    restrains or disputes the hope, the opposite of pressing it on the reader. Round 34 (dev: a
    surgeon's "overly optimistic" and "few promising pharmacologic treatment options", both labelled
    wrong; no right finding has either word before it).

    Round 35 (the round-34 reviewer): "too promising to ignore", "too good to pass up" is the stock
    degree complement of promotion (so promising that no one can ignore it: Huddleston & Pullum
    2002, ch. 13 on "too" with an infinitival complement), praise, not a standard exceeded
    (``_too_good_to_neglect``)."""
    before = c.word(c.start - 1)
    if before in _ATTITUDE_EXCESS:
        return not _too_good_to_neglect(c)
    return before in _ATTITUDE_DENIERS and c.word(c.start - 2) != "a"  # "a few promising leads" affirms


_NEGLECT_VERBS = words("promo_neglect_verbs")


def _too_good_to_neglect(c: Context) -> bool:
    """"Too" + the word + "to" + a verb of neglecting: "too promising to ignore", "to pass up"."""
    return c.word(c.start - 1) == "too" and c.word(c.end) == "to" and c.word(c.end + 1) in _NEGLECT_VERBS


_PROMO_TRAIT_WORDS = words("promo_trait_words")
_PROMO_TRAIT_FRAMES = pattern("promo_trait_frames")
_PROMO_TRAIT_PEOPLE = words("promo_trait_people")


def _trait_related(c: Context) -> bool:
    """Optimism as a disposition a study relates to health, not a stance on a finding: it picks out
    people ("women who were optimistic", "more optimistic people", "the most optimistic women", "optimistic
    people eat better") or its sentence relates it to an outcome ("optimism itself is linked to a longer
    life", "you tend to have healthier habits", "the effects of optimism on health", "a relationship
    between optimism and a longer life": round 13 fresh slice, five such uses on one page still counted).
    Dispositional optimism is a trait measured with the LOT-R (Scheier & Carver 1985), the exposure
    of the study; the stance has an object ("optimistic about the vaccine")."""
    if c.tokens.words[c.start] not in _PROMO_TRAIT_WORDS or c.word(c.end) in {"about", "that", "regarding"}:
        return False
    before = c.before(3)
    # graded before a noun ("the most optimistic women"), not of one person's stance ("he is more optimistic")
    graded = c.word(c.start - 1) in {"more", "less", "most", "least"} and c.word(c.end) not in _PHRASE_ENDS and c.end < c.last
    picks_out = graded or "who" in before[:-1] and before[-1] in _RATING_COPULAS or c.word(c.end) in _PROMO_TRAIT_PEOPLE
    return picks_out or c.word(c.end) == "itself" or bool(_PROMO_TRAIT_FRAMES.search(c.text, c.sentence_start, c.sentence_end))


# How far back in its clause a "when" may set the episode: "It was reassuring when Dahl arrived",
# "every evening when the itching became most unbearable".
_EPISODE_REACH = 8


def _affect_in_an_episode(c: Context) -> bool:
    """A person's feeling narrated as a reaction to an event ("she was thrilled when the test said
    a boy", "it was reassuring when the medic arrived", "you only get excited when you visit old
    friends"): affect with an event for its trigger (Martin & White 2005, The Language of
    Evaluation, 2.2), not appreciation of a treatment or a finding, unless the event is the
    promoted thing or its research ("I was so excited when I saw my results", "thrilled when, after
    months of tests, his team found it"). The "when" clause follows the word, or opens its clause
    before it."""
    if c.word(c.end) in {"when", "whenever"}:
        trigger = c.tokens.words[c.end:c.last]
        span = (c.match_end, c.sentence_end)
    else:
        back = _words_back(c, _EPISODE_REACH, ",;:.!?")
        if "when" not in back and "whenever" not in back:
            return False
        trigger = back[max(i for i, w in enumerate(back) if w in {"when", "whenever"}):]
        span = (c.sentence_start, c.match_start)
    return not (not _PROMOTED_SUBJECTS.isdisjoint(trigger) or _DISCOVERY.search(c.text, *span))


_NARRATED_FEELERS = words("promo_narrated_feelers")


def _feeling_of_a_character(c: Context) -> bool:
    """The feeling is predicated of a person the story narrates, a relative or an authority ("his mom
    was most excited", "authorities are also desperate"): affect told of a character (Martin & White
    2005, 2.2), not appreciation of a treatment pressed on the reader. Researchers' and companies'
    enthusiasm for their own work still counts. Round-9b unseen dev slice: such feelings counted."""
    window = c.before(4)
    copula = max((i for i, w in enumerate(window) if w in _RATING_COPULAS), default=None)
    if copula is None:
        return False
    at = c.start - len(window) + copula
    return not _NARRATED_FEELERS.isdisjoint(c.tokens.words[max(c.first, at - 3):at])


_ATTITUDE_MODALS = words("promo_attitude_modals")
_ATTITUDE_MODAL_COPULAS = words("promo_attitude_modal_copulas")


def _modal_hedged(c: Context) -> bool:
    """A modal hedges the attitude it predicates: "the inhaler might be promising", "may prove
    encouraging", "could be very exciting". The writer grants a possibility, not the feeling (Hyland
    2005, hedges). Round-9b unseen dev slice: "might be promising" counted as hype."""
    back = 2 if c.word(c.start - 1) in _INTENSIFIERS else 1
    return (c.word(c.start - back) in _ATTITUDE_MODAL_COPULAS
            and c.word(c.start - back - 1) in _ATTITUDE_MODALS)


_RESTRAINING_VERBS = words("promo_restraining_verbs")


def _let_down(c: Context) -> bool:
    """The evaluation is conceded so that the sentence can let it down: fronted in a concession
    before its main clause ("Striking as these results seem, the trial was small"), or the object of
    a verb that restrains it ("experts urged readers to temper that excitement", "the drug fell short
    of its early promise"). Quirk et al. 1985 (15.19-15.20) on concessive clauses; Hyland 2005 on
    concession as restraint. A restrained feeling still held ("tempered excitement", the participle
    right before it) is still told, and so is one in a "while" or "although" clause ("while the
    results are promising, more work is needed"): dev labels count those as hype.
    Round-9b unseen dev slice: such concessions counted as hype."""
    rest = c.rest_of_sentence
    opens_clause = c.at_sentence_start or "," in c.gap_before(c.start)
    if opens_clause and c.word(c.end) == "as" and "," in rest:
        return True  # "Striking as these results seem, ...": a fronted concession
    return c.word(c.start - 1) not in _RESTRAINING_VERBS and _restrained(c, 4)


_DENYING_SUBJECTS = words("negative_subjects")


def _restrained(c: Context, reach: int) -> bool:
    """A verb of restraint within ``reach`` words before the word, not itself negated ("tempered the
    hope"; "nothing can dampen the hope", "won't temper the excitement" affirm it: the negation
    takes the restraint as its scope, Huddleston & Pullum 2002, ch. 9; round 35, the round-34
    reviewer)."""
    for k in range(max(c.first, c.start - reach), c.start):
        if c.word(k) in _RESTRAINING_VERBS:
            before = [c.word(j) for j in range(max(c.first, k - 3), k)]
            return not any(negates(w) or w in _DENYING_SUBJECTS for w in before)
    return False


_CONCESSIONS = words("promo_concessions")
_CONCEDED_LIMITS = words("promo_attitude_limits")


def _conceded(c: Context) -> bool:
    """The word is followed by a concession that limits it: ", if early", "but (only) preliminary"."""
    if c.word(c.end) not in _CONCESSIONS:
        return False
    if c.word(c.end) == "but" and _negation_ahead(c, c.end + 1):  # "potentially good news, but I don't think ..."
        return True
    return c.word(c.end + 1) in _CONCEDED_LIMITS or (c.word(c.end + 1) in {"only", "still", "very"} and c.word(c.end + 2) in _CONCEDED_LIMITS)


# How far after "but" its negation may stand: "but I don't think", "but it is not yet".
_CONCESSION_REACH = 4


def _negation_ahead(c: Context, start: int) -> bool:
    """A negation within ``_CONCESSION_REACH`` words from ``start``: "but not yet proven"."""
    ahead = [c.word(i) for i in range(start, min(c.last, start + _CONCESSION_REACH))]
    return any(negates(w) for w in ahead)


_PROMISE_UNDONE = pattern("promo_promise_undone")


def _promise_undone(c: Context) -> bool:
    """The rest of the sentence says the promise failed: "vaccines have shown great promise in phase 1
    and then not panned out", "promising results in mice did not translate", "exciting findings that
    fall apart in larger trials". The writer cites the attitude as a cautionary precedent, the
    restraint HealthNewsReview.org asks for, not an appeal. Round 34: so does a past of promises
    that came to nothing ("has seen other promising screening tests turn into disappointments", "we
    have seen many promising products come and go"; dev: two such findings labelled wrong, none
    right)."""
    return bool(_PROMISE_UNDONE.search(c.text, c.match_end, c.sentence_end))


_GRADED_DESCRIPTIONS = words("promo_graded_descriptions")


def praise_not_description(c: Context) -> bool:
    """A degree adverb ("remarkably", "strikingly") praises where it grades a result or a quality
    ("remarkably effective", "a remarkable recovery"), not where it grades a description of
    resemblance, regularity or vulnerability ("remarkably similar to human infants", "strikingly
    consistent", "remarkably susceptible to infection"): there it boosts a plain comparison.

    Prevents intensified descriptions counting as quality hype (precision audit, tests/audit;
    Vinkers et al. 2015 count "remarkable" as a positive word about results).
    """
    return c.word(c.end) not in _GRADED_DESCRIPTIONS


# Words that open the object or complement of the verb "promise": an adjective "promising" stands before
# its noun or alone, never before a determiner, a pronoun or "more" ("tests promising more than they
# deliver", "promising a cure", "promising them relief").
_PROMISED_OBJECTS = words("promo_promised_objects")
_PROMISING_COPULAS = words("promo_promising_copulas")


def promising_adjective(c: Context) -> bool:
    """"Promising results" rates a finding; "we have been promising for years", "promising to
    cut prices", "the latest test promising more than it can deliver", "promising a cure" is the
    verb: making a promise, with its object (an adjective never stands before a determiner).

    Prevents the verb counting as an attitude word (Vinkers et al. 2015 count the adjective).
    """
    before = c.word(c.start - 1)
    if c.word(c.end) in _PROMISED_OBJECTS and c.end < c.last and not c.gap_before(c.end).strip():  # "a test promising more than it can deliver"
        return False
    return not (before == "been" or before in _PROMISING_COPULAS and c.word(c.end) in {"to", "that"})


_SCREEN_CANDIDATES = words("promo_screen_candidates")


def promising_not_a_screen(c: Context) -> bool:
    """``attitude_unhedged``, except "promising" before a word for the candidates of a screen
    ("identified six promising tracers", "the most promising compounds were licensed", "another
    promising lead"): in drug discovery the word sorts the hits a screen keeps for the next round
    (hit-to-lead: Hughes et al. 2011, Br J Pharmacol 162:1239), a step of a pipeline the page
    describes, not a feeling pressed on the reader about the option. Said of results, an option or a
    class ("promising results", "a promising new class of drugs", "the new compound seems
    promising") it still counts.

    Round 16: three counted dev findings in three documents (two releases' tracers and compounds,
    one story's "promising lead"), all labelled wrong; no right one stands before such a word."""
    if not attitude_unhedged(c):
        return False
    return not (c.word(c.end) in _SCREEN_CANDIDATES and not c.gap_before(c.end).strip(",; "))


_RESULT_NOUNS = words("promo_result_nouns")
_ENCOURAGING_PREPOSITIONS = words("promo_encouraging_prepositions")


def encouraging_adjective(c: Context) -> bool:
    """"Encouraging results", "it is encouraging to see" rate a finding; "in encouraging elastin
    synthesis", "encouraging patients to walk their pets", "laws encouraging or requiring
    defibrillators" is the verb encourage, with its object.

    Prevents the verb counting as an attitude word (Vinkers et al. 2015 count the adjective).
    """
    if c.word(c.end) != "to" and "to" in (c.word(c.end + 1), c.word(c.end + 2)):
        return False  # "encouraging patients to walk": encourage someone to do something
    if c.word(c.end) in {"or", "and"} and c.word(c.end + 1).endswith("ing"):
        return False  # "laws encouraging or requiring defibrillators": coordinated verbs
    if _verb_with_object(c):
        return False
    return not (c.word(c.start - 1) in _ENCOURAGING_PREPOSITIONS
                and c.word(c.end) not in _RESULT_NOUNS)


_NOT_OBJECTS = words("promo_encouraging_not_objects")


def _verb_with_object(c: Context) -> bool:
    """"Encouraging" that opens its sentence or follows "as well as", with a word right after it that
    is neither a result noun nor a function word: the -ing form of the verb with its object ("as
    well as encouraging foreign visitors", "Encouraging Indians, and others, to stretch") or a
    participle of what the thing does ("Encouraging text messages may help"), not a rating of a
    finding ("Encouraging results came from ..." still counts). Quirk et al. 1985, 17.54 (-ing
    clauses) and 7.15 (participial adjectives); Vinkers et al. 2015 count only the rating adjective.
    Round 34: one dev finding labelled ``literal_sense``; five OneStopEnglish verb uses."""
    opens = c.at_sentence_start or (c.before(3) == ["as", "well", "as"])
    following = c.word(c.end)
    if not opens or not following or c.marks_before(c.end, ",;:.!?-\u2013\u2014"):
        return False
    return following not in _RESULT_NOUNS and following not in _NOT_OBJECTS


_NEWS_FRAME_AFTER = pattern("promo_news_frame_after")
_NEWS_PRESENTED = pattern("promo_news_presented")
_NEWS_PORTIONS = words("promo_news_portions")


def _news_framed(c: Context) -> bool:
    """"The good news is that", "the good news for patients is", "the other piece of good news
    regarding the drugs is that": a determiner or a portion noun ("piece of", "bit of") before it,
    the copula after it."""
    opens = c.word(c.start - 1) == "the" or (c.word(c.start - 1) == "of" and c.word(c.start - 2) in _NEWS_PORTIONS)
    return bool(opens and _NEWS_FRAME_AFTER.search(c.rest_of_sentence))


def promo_not_news_frame(c: Context) -> bool:
    """"Good news" counts (``attitude_unhedged``) except as the stock frame "the good news is
    (that) ...", also with a parenthetical ("the good news, she added, is"), a phrase naming whom or
    what it is about ("the good news for patients is", "the other piece of good news regarding the
    medications is that"), presented by existential "there" or "here" ("there's more good news:",
    "now there's good news about ...", "here's the good news"), or handed over by a verb ("science has
    some good news for you:", "this study offers good news that ..."). Each turns to a hopeful point and
    says nothing of how good the option is; what follows is judged on its own words.

    Source: the audit guide's settled conventions (tests/audit/guide.md, "the good news is" ->
    ``discourse``; round 34, "good news" in other wordings -> ``discourse``); the frame is a
    discourse marker of contrast and topic shift (Biber et al. 1999, Longman Grammar, on stance
    frames "the X is that"), and existential "there" presents new information as a topic (Quirk et
    al. 1985, 18.44-18.50). "This is good news for patients", "good news for millions" still count,
    and so does news a verb hands over from the option or its maker ("Veltra brings good news for
    ...", "Norvane has great news for ..."): see ``_news_presented``."""
    if not attitude_unhedged(c):
        return False
    return not (_news_framed(c) or _news_presented(c))


_NEWS_SOURCES = words("promo_news_sources")


def _news_presented(c: Context) -> bool:
    """"There's good news", "here's the good news", or news handed over by a source of evidence
    ("science has some good news", "this study offers good news"). A verb handing news over from
    any other subject ("Veltra brings good news for millions", "Norvane has great news for anyone
    with stiff joints") is the option's or its maker's own praise, the advertiser's news, not a
    frame (review of round 34)."""
    before = c.text_before(60)
    found = _NEWS_PRESENTED.search(before)
    if not found:
        return False
    if found.group(0).lower().startswith(("there", "here")):
        return True
    subject = re.findall(r"[\w'-]+", before[:found.start()].lower())[-1:]
    return bool(subject) and subject[0] in _NEWS_SOURCES


RULES = registry(
    praise_not_description,
    attitude_unhedged,
    promising_adjective,
    encouraging_adjective,
    promo_not_news_frame,
    promising_not_a_screen,
)
