"""Promotional wording: whether an evaluative word promotes the thing the page is about, or names a
clinical term, a programme, a statistical result or the reader's astonishment (Vinkers et al. 2015;
Millar et al. 2022), and whether a weak evaluative word is leaned on (intensified, exclaimed, rating the
promoted thing).
"""

from __future__ import annotations

import re

from .base import _CLAUSE_BREAK, _NEGATIONS, Context, pattern, words, _words_back, registry


def not_statistical(c: Context) -> bool:
    """"Significant" sells ("a significant breakthrough") but in "statistically significant",
    "highly significant", "a significant difference", "a significant reduction in symptoms", "significant at p < 0.05"
    or "a significant risk factor" it reports a test result or an epidemiological term.

    Prevents the vocabulary of statistics counting as promotional wording (Millar, Batalo &
    Budgell 2022 count hype adjectives, not test outcomes).
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    return not (before in {"statistically", "clinically", "not", "non", "highly", "strongly", "marginally", "borderline", "nominally"}
                or after in {"difference", "differences", "association", "associations", "correlation", "at", "p", "level",
                             "predictor", "predictors", "reduction", "reductions", "improvement", "improvements",
                             "increase", "increases", "decrease", "decreases"}
                or after == "risk" and c.word(c.end + 1) in {"factor", "factors"})


# Clinical names that hold an importance adjective: "critical care", "essential tremor", "vital signs".
_CLINICAL_AFTER = words("clinical_after")


def not_clinical_term(c: Context) -> bool:
    """"Critical", "essential", "vital", "bright" are importance or quality claims ("a critical
    breakthrough", "a bright future") but part of a clinical name in "critical care", "essential
    tremor", "vital signs", "essential medicines", "bright light therapy", or of a product's name
    ("Essential Cleanse").

    Prevents names of wards, diseases and measurements counting as promotional wording
    (Millar, Batalo & Budgell 2022 count the evaluative adjective).
    """
    return c.word(c.end) not in _CLINICAL_AFTER and c.word(c.start - 1) not in {"critically"} and not _in_a_title(c)


def _in_a_title(c: Context) -> bool:
    """A capitalised word inside a lower-case sentence, before another capitalised word: part of
    a name ("Garcinia Essentials and Essential Cleanse", "Critical Care Medicine")."""
    if c.at_sentence_start or c.end >= c.last:
        return False
    before, first, following = c.surface(c.start - 1), c.surface(c.start), c.surface(c.end)
    return (first[:1].isupper() and not first.isupper() and following[:1].isupper()
            and not following.isupper() and before[:1].islower())


def evaluative_best(c: Context) -> bool:
    """"The best cream available" rates; "how best to treat", "the best way to", "best
    practices", "at best", "best known", "for best results" are idioms that rate nothing, and
    "which method is best", "decide what is the best approach" search for the best rather than
    name it.

    Prevents fixed phrases counting as quality claims (Millar, Batalo & Budgell 2022 count the
    evaluative adjective).
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    if before == "for" and after == "results":  # "use both for best results": a direction for use
        return False
    if {"what", "which", "whichever"} & set(c.before(5)):  # "which method is best": a search, not a rating
        return False
    return not (before in {"how", "at", "what", "whichever"} or after in {"way", "ways", "practice", "practices", "known", "to", "selling", "interests", "interest", "friend", "friends"})


def key_as_evaluation(c: Context) -> bool:
    """"Key" rates something when it is said to be key ("exercise is key", "the key to success",
    "key for patients"), not as a classifying attribute ("key risk factors", "a key cellular
    reaction", "2 Key Ingredients"), which news and methods use without selling.

    Prevents the attributive "key" counting as hype (precision audit, tests/audit: none of the
    attributive uses sold anything; Millar, Batalo & Budgell 2022 count the evaluative adjective).
    """
    after = c.word(c.end)
    return after in {"to", "for", ""} or c.word(c.start - 1) in {"is", "are", "was", "were", "be", "been", "remains"}


def adjective_not_verb(c: Context) -> bool:
    """"Perfect" rates ("the perfect solution") but "to perfect the operation" is the verb:
    improve until right.

    Prevents the verb counting as a quality claim.
    """
    return not (c.word(c.start - 1) == "to" and c.word(c.end) in {"the", "a", "an", "his", "her", "their", "its", "our", "this"})


def not_a_programme_name(c: Context) -> bool:
    """"Breakthrough Therapy designation" and the "Breakthrough Devices Program" are names of FDA
    programmes a release reports, not the writer calling a result a breakthrough.

    Prevents a regulatory status counting as a red-flag claim (FDA, "Breakthrough Therapy"
    guidance 2014; FTC 2022 red flags concern the marketer's own claims).
    """
    return not (c.word(c.end) in {"therapy", "device", "devices"} and c.word(c.end + 1) in {"designation", "designations", "program", "programme", "status"})


def not_a_directive(c: Context) -> bool:
    """"It is important to note / to talk to your doctor" frames advice or a reminder to the
    reader (Hyland 2005 lists "it is important to" among engagement markers), not a claim that a
    finding matters ("an important advance").

    A sentence adverbial ("Just as important, the tests ...", "More important, ...") links two
    points of the text (a discourse marker), it does not rate a finding.

    Prevents advice frames and discourse markers counting as importance claims.
    """
    if c.start - c.first <= 2 and "," in c.gap_before(c.end):  # "Just as important, the tests ..."
        return False
    return not (c.word(c.end) == "to" or c.word(c.end) == "that" and c.word(c.start - 1) in {"is", "was", "it's"})


def hope_offered(c: Context) -> bool:
    """"hope" is an emotional appeal when it is offered to readers ("new hope for patients",
    "gives rare hope to doctors", "could offer hope for", "raising hopes for", "the hope the study
    offers"), not when someone states an aim or wish ("we hope to", "the company hopes to win
    approval", "the hope is that the cells will repair", "my greatest hope was") nor in a name
    ("City of Hope", the HOPE trial).

    Prevents counting aspirations, common in cautious releases and patients' stories, as hype
    (Sumner et al. 2014 on appeals; the appeal is the hope held out to the reader).
    """
    after = c.tokens.words[c.end:min(c.last, c.end + 3)]
    if c.surface(c.start).isupper() or c.surface(c.start)[:1].isupper() and not c.at_sentence_start:
        return False  # "City of Hope", "SPRINT and HOPE"
    return (c.word(c.start - 1) in _HOPE_OFFERING or c.word(c.start - 2) in _HOPE_OFFERING
            or c.word(c.end) == "for" or any(w in _HOPE_OFFERING for w in after) or _exclaimed(c))


# Words that hold hope out to someone: "offers hope", "gives rare hope", "raising hopes for".
_HOPE_OFFERING = words("hope_offering")


def not_an_aim(c: Context) -> bool:
    """A causal verb after "to" states an aim ("measures to reduce infections", "needed to
    improve care"), not a finding that something reduces or improves anything.

    Prevents aims and recommendations reading as direct causal claims (Yu et al. 2019 label
    them "no relationship").
    """
    if c.end - c.start > 1 or c.word(c.start - 1) != "to":
        return True
    # "appears to influence", "was shown to reduce": a (hedged) claim, not an aim
    return c.word(c.start - 1) == "to" and c.word(c.start - 2) in _CLAIM_BEFORE_TO


_CLAIM_BEFORE_TO = words("claim_before_to")

_INTENSIFIERS = words("intensifiers")
_PROMOTED_SUBJECTS = words("promoted_subjects")
_RATING_COPULAS = words("rating_copulas")
_PHRASE_ENDS = words("phrase_ends")
_EXCLAIMED = re.compile(r"!['\"\u201d\u2019)\]]*\s*$")
# How far after the adjective its noun may be ("an important new treatment option"), and how far
# before a copula its subject ("long-acting treatment options can be essential").
_NOUN_REACH = 3
_SUBJECT_REACH = 4


def _exclaimed(c: Context, clause: bool = True) -> bool:
    """The sentence ends with "!" and, with ``clause``, no comma or semicolon stands between the
    match and it: "It's perfect!", not "the best surgeons refused, complications could kill her!"."""
    if not _EXCLAIMED.search(c.sentence):
        return False
    return not clause or not re.search(r"[,;:]", c.text[c.match_end:c.sentence_end])


def _rates_what_is_promoted(c: Context) -> bool:
    """The adjective modifies a noun naming the intervention, product or finding ("an important
    treatment option"), or is said of one ("early intervention is key")."""
    for index in range(c.end, min(c.last, c.end + _NOUN_REACH)):
        word = c.word(index)
        if word in _PROMOTED_SUBJECTS:
            return True
        gap = c.gap_before(index)
        if word in _PHRASE_ENDS or (_CLAUSE_BREAK.search(gap) and gap.strip() != ","):
            break  # a comma may join adjectives: "an incredibly soft, rich cream"
    window = c.before(3)
    copula = max((i for i, w in enumerate(window) if w in _RATING_COPULAS), default=None)
    if copula is None:
        return False
    at = c.start - len(window) + copula  # the copula's token index
    if c.word(at - 1) in _RELATIVE:  # "people who are suffering": the subject is the antecedent
        return c.word(at - 2) in _PROMOTED_SUBJECTS
    subject = c.tokens.words[max(c.first, at - _SUBJECT_REACH):at]
    return any(w in _PROMOTED_SUBJECTS for w in subject)


_RELATIVE = {"who", "which", "that"}


def _denied_in_clause(c: Context) -> bool:
    """A negation earlier in the clause: "no method of contraception is perfect"."""
    return any(w in _NEGATIONS or w.endswith("n't") for w in _words_back(c, _CONDITION_REACH, ",;:.!?"))


def leaned_on(c: Context) -> bool:
    """A weak evaluative word ("important", "novel", "comprehensive", "perfect", "debilitating")
    counts where the writer leans on it: intensified ("truly novel", "critically important",
    "best of all"), exclaimed ("It's perfect!"), or rating the intervention, product or finding itself ("an
    important treatment option", "a novel therapy", "early intervention is key"). Elsewhere it is
    the ordinary adjective of a report ("important for human health", even "extremely important
    for human health", where it states a need, "a novel combination of four drugs", "a comprehensive way of measuring", "a debilitating infection", "a perfect
    example") and is shown, not counted; so is one its clause negates, however far back ("there is
    no single food that is the key to heart health", "no method of contraception is perfect").

    Millar, Batalo & Budgell 2022 and Vinkers et al. 2015 count these adjectives as hype in
    abstracts and grant applications, where they praise the authors' own work; in health news most
    describe (precision audit, tests/audit: of the 150 promotional findings read before this rule,
    51 of the 64 with these words were neutral, technical or literal). Strong hype ("breakthrough", "miracle", "game-changer") names no rule and counts
    as found.
    """
    if _denied_in_clause(c):
        return False
    of_all = c.word(c.end) == "of" and c.word(c.end + 1) == "all"  # "best of all", "most important of all"
    # "extremely important for human health": need, a relation, however intensified
    intensified = c.word(c.start - 1) in _INTENSIFIERS and c.word(c.end) not in {"for", "to"}
    return intensified or of_all or _exclaimed(c) or _rates_what_is_promoted(c)


_EVIDENCE_VERBS = words("evidence_verbs")
_CONDITION_REACH = 12


def red_flag_claimed(c: Context) -> bool:
    """A red-flag phrase is a claim where the text makes it: not where its clause denies the
    evidence for it ("the findings don't suggest that red wine is a cure for Alzheimer's", "no
    evidence that it is a miracle"), asks whether it holds ("studies will determine whether the
    drug works without side effects"), or reports what a trial observed ("there were no side
    effects in the trial", a past observation; "there are no side effects" is a claim).

    Prevents reported and debunked red flags, beyond the four words a mention reaches, counting
    as the writer's own claims (FTC Health Products Compliance Guidance 2022 concerns claims
    conveyed to the reader).
    """
    clause = _words_back(c, _CONDITION_REACH, ",;:.!?")
    negated = [i for i, w in enumerate(clause) if w in _NEGATIONS or w.endswith("n't")]
    if any(w in _EVIDENCE_VERBS for i in negated for w in clause[i + 1:i + 4]):
        return False
    if "whether" in clause:
        return False
    # "there were no side effects": a past observation reported; "there are no side effects" claims
    return not (c.tokens.words[c.end - 1] in {"effects", "effect"} and clause[-2:] in (["there", "were"], ["there", "was"]))


_HEDGED_ATTITUDE = words("attitude_hedges")


def attitude_unhedged(c: Context) -> bool:
    """"Cautiously optimistic", "guardedly hopeful", "modestly encouraging" withhold the feeling
    the word alone would press on the reader: a hedge (Hyland 2005), the restraint
    HealthNewsReview.org asks of stories, not hype.

    Prevents measured attitudes counting as promotional wording (Millar, Batalo & Budgell 2022
    count the attitude adjective as hype when it is asserted).
    """
    return c.word(c.start - 1) not in _HEDGED_ATTITUDE


_NARRATIVE_PAST = words("narrative_past")
_AUXILIARIES = {"has", "have", "had", "'ve", "'s", "i've", "we've", "they've", "you've", "it's", "he's", "she's"}


def finally_as_relief(c: Context) -> bool:
    """"Finally" appeals to relief when it says a long wait for a remedy ends ("we can finally do
    something about this disease", "a male pill may finally be on the horizon", "Finally, a diet
    that works!"), not as a discourse marker that orders points ("Finally, the researchers
    note ...", "and finally that products may harm") nor in a story's past ("when it finally
    happened", "she finally had the operation", "Finally one day, he called").

    Prevents sequencing and narrative counting as an emotional appeal (Sumner et al. 2014 on
    appeals; the reader is promised the end of a wait).
    """
    after, before = c.word(c.end), c.word(c.start - 1)
    if "," in c.gap_before(c.end) or before == "and":  # "Finally, ..." / "and finally": a list's last point
        return _exclaimed(c, clause=False) and c.at_sentence_start  # unless exclaimed: "Finally, a diet that works!"
    if "when" in c.before(4) or "until" in c.before(4):
        return False
    told = after in _NARRATIVE_PAST or (after.endswith("ed") and len(after) > 4)
    return not (told and before not in _AUXILIARIES) and not (c.at_sentence_start and after in {"one", "after"})


_LITERAL_CHANGE_AFTER = words("literal_change_after")


def change_claimed(c: Context) -> bool:
    """"Reverse", "transform" claim what a treatment does ("exercise can reverse damage", "could
    transform the way blood pressure is treated"); "transform into heart tissue" is a literal
    change of form, and "reverse total shoulder arthroplasty", "reverse transcriptase" are names.

    Prevents names and literal changes counting as utility hype (Millar, Batalo & Budgell 2022,
    utility).
    """
    return c.word(c.end) not in _LITERAL_CHANGE_AFTER


def promising_adjective(c: Context) -> bool:
    """"Promising results" rates a finding; "we have been promising for years", "promising to
    cut prices" is the verb: making a promise.

    Prevents the verb counting as an attitude word (Vinkers et al. 2015 count the adjective).
    """
    before = c.word(c.start - 1)
    return not (before == "been" or before in {"is", "are", "was", "were", "am", "be"} and c.word(c.end) in {"to", "that"})


def at_last_relief(c: Context) -> bool:
    """"At last" appeals to relief ("relief at last"), but "at last count", "at last year's
    meeting" date something.

    Prevents time expressions counting as an emotional appeal.
    """
    return c.word(c.end) not in {"count", "night", "week", "weekend", "month", "year", "year's", "season", "check", "report"}


# Words of research and discovery: a first among them is a priority claim ("the study showed for
# the first time", "scientists for the first time have used gene therapy").
_DISCOVERY = pattern("discovery")


def priority_claimed(c: Context) -> bool:
    """"For the first time" sells a finding as a first when it frames one: opening its sentence
    or clause ("For the first time, this study demonstrates ...") or in a sentence about
    research ("the study showed for the first time", "scientists for the first time have used").
    A person's first ("screened for the first time", "ordered the test for the first time last
    month", "I felt well for the first time in years") is a story, shown but not counted.

    Prevents personal firsts counting as claims of priority (Millar, Batalo & Budgell 2022,
    novelty; Sumner et al. 2014 on releases' claims of a first).
    """
    if c.at_sentence_start or "," in c.gap_before(c.start) or c.word(c.start - 1) in {"but", "and", "now"}:
        return True
    return bool(_DISCOVERY.search(c.text, c.sentence_start, c.sentence_end))


def encouraging_adjective(c: Context) -> bool:
    """"Encouraging results", "it is encouraging to see" rate a finding; "in encouraging elastin
    synthesis", "encouraging patients to walk their pets" is the verb encourage, with its object.

    Prevents the verb counting as an attitude word (Vinkers et al. 2015 count the adjective).
    """
    if c.word(c.end) != "to" and "to" in (c.word(c.end + 1), c.word(c.end + 2)):
        return False  # "encouraging patients to walk": encourage someone to do something
    return not (c.word(c.start - 1) in {"in", "by", "for", "of", "at", "from", "without", "about"}
                and c.word(c.end) not in _RESULT_NOUNS)


_RESULT_NOUNS = {"data", "evidence", "finding", "findings", "news", "outcome", "outcomes", "response", "responses",
                 "result", "results", "sign", "signs", "trend", "trends"}


RULES = registry(
    not_statistical,
    not_clinical_term,
    evaluative_best,
    key_as_evaluation,
    adjective_not_verb,
    not_a_programme_name,
    not_a_directive,
    hope_offered,
    not_an_aim,
    leaned_on,
    red_flag_claimed,
    attitude_unhedged,
    finally_as_relief,
    change_claimed,
    promising_adjective,
    at_last_relief,
    priority_claimed,
    encouraging_adjective,
)
