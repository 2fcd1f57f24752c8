"""Context rules: the few places where a word list alone gets it wrong.

A lexicon term names a rule (``rule = "may_not_month"``); the matcher asks the rule whether this
occurrence counts. Each rule is a small function with the failure it prevents in its docstring,
and example sentences that must and must not fire in ``tests/rules_cases.toml``.

Mentions are the other half: a promotional word that the writer negates, quotes or attributes
("it is not a miracle cure", a so-called "game-changer", "some call it a miracle drug") is
recorded as a mention, not counted as the writer's own promotion.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Sequence

from ..resources import support_table
from ..text import Tokens
from .intervention import NONE, Interventions, OnDemand


def words(name: str) -> frozenset[str]:
    """A word list from lexicons/support/context_rules.toml: knowledge an editor reviews there."""
    return frozenset(support_table("context_rules.toml")["words"][name])


def pattern(name: str) -> re.Pattern:
    """A regular expression from lexicons/support/context_rules.toml, compiled when first used."""
    return _Compiled(support_table("context_rules.toml")["patterns"][name])  # type: ignore[return-value]


class _Compiled:
    """A pattern compiled on its first use: a page reaches few of the ~60 rule patterns, and
    compiling them all cost a twentieth of a cold start (issue 17). After the first use the
    compiled pattern's methods sit on the instance, so a call costs what it costs on ``re``."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, source: str):
        self.source = source

    def __getattr__(self, name: str):
        compiled = re.compile(self.source)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        self.pattern, self.flags, self.groups = compiled.pattern, compiled.flags, compiled.groups
        return getattr(compiled, name)



class Context:
    """Where a candidate match sits: tokens ``start:end`` of the document's ``tokens``, in the
    sentence that holds tokens ``first:last`` and characters ``sentence_start:sentence_end``.

    ``text`` is the whole normalised document; every span indexes into it. A transient view,
    built for each candidate that has a rule to pass (a plain class: thousands a page).

    ``interventions``: the document's intervention and the options it names (intervention.py),
    identified once per document; empty when none is identified. ``dropped``: set by a rule that
    rejects a candidate because of the intervention, so the finding stays visible, not counted,
    with that reason (a user sees why: "harm of another option; the page's intervention: ...").
    """

    __slots__ = ("text", "tokens", "first", "last", "start", "end", "sentence_start", "sentence_end",
                 "match_start", "match_end", "_interventions", "dropped")

    def __init__(self, text: str, tokens: Tokens, sentence_tokens: range, sentence_start: int, sentence_end: int,
                 start: int, end: int, match_start: int, match_end: int,
                 interventions: Interventions | OnDemand = NONE):
        self._interventions, self.dropped = interventions, None
        self.text, self.tokens = text, tokens
        self.first, self.last = sentence_tokens.start, sentence_tokens.stop
        self.sentence_start, self.sentence_end = sentence_start, sentence_end
        self.start, self.end = start, end
        # character span of the match (a pattern may cover no whole token)
        self.match_start, self.match_end = match_start, match_end

    @property
    def interventions(self) -> Interventions:
        """Identified the first time a rule of the page asks (most candidates' rules never do)."""
        source = self._interventions
        return source.get() if isinstance(source, OnDemand) else source

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start:self.sentence_end]

    @property
    def at_sentence_start(self) -> bool:
        return self.start == self.first

    def word(self, index: int) -> str:
        """Token ``index`` in lower case; "" outside the sentence."""
        return self.tokens.words[index] if self.first <= index < self.last else ""

    def surface(self, index: int) -> str:
        return self.text[self.tokens.starts[index]:self.tokens.ends[index]]

    def before(self, n: int) -> list[str]:
        return self.tokens.words[max(self.first, self.start - n):self.start]

    def gap_before(self, index: int) -> str:
        """The characters between token ``index - 1`` and token ``index``."""
        starts = self.tokens.starts
        begin = self.tokens.ends[index - 1] if index > self.first else starts[index]
        return self.text[begin:starts[index]]


_NUMBER_WORDS = words("number_words")
_MONTH_CONTEXT = words("month_context")


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


def may_not_month(c: Context) -> bool:
    """"may" the modal, not May the month ("in May 2019", "on 5 May", "May 12").

    Prevents counting dates in news copy as hedges. Only the capitalised form can be the month.
    """
    if c.surface(c.start) != "May":
        return True
    after, before = c.word(c.end), c.word(c.start - 1)
    return not (after[:1].isdigit() or before in _MONTH_CONTEXT or before[:1].isdigit())


def not_negated_ability(c: Context) -> bool:
    """"could not" / "couldn't" state what was not possible ("we could not detect it").

    Prevents counting reports of inability as hedging (Hyland 2005 lists "could" as a hedge
    only in its epistemic sense). "could not be excluded" is listed as its own hedge phrase.
    """
    return c.word(c.end) not in {"not", "n't"} and c.word(c.start) != "couldn't"


def epistemic_think(c: Context) -> bool:
    """"I think", "experts think" hedge; "think about", "think of", "think through" do not."""
    if c.word(c.start - 1) in {"may", "might"}:
        return False  # "people may think ...": a belief the writer ascribes to others, often to rebut it
    if _in_a_question(c):
        return False  # "Think diet pills don't work?": a question, not a belief held with reserve
    return c.word(c.end) not in {"about", "of", "through", "back", "ahead", "twice", "so"}


def likely_not_attributive(c: Context) -> bool:
    """"likely" before a noun after an article ("a likely story") or as a comparison of risk
    ("women are more likely to ...", "twice as likely") is not the writer hedging.

    Prevents counting epidemiological comparisons, which are findings, as uncertainty.
    """
    before = c.word(c.start - 1)
    if before in {"more", "less", "most", "least", "as", "equally", "times", "twice"}:
        return False
    return not (before in {"a", "an", "the"} and c.word(c.end) not in {"to", "that", "be", ""})


def appear_with_complement(c: Context) -> bool:
    """"appears to", "appears that", "appears safe" hedge; "symptoms appear within hours",
    "the study appeared in JAMA", "appear." (come into view) do not.

    Prevents counting the literal sense of "appear" (Prokofieva & Hirschberg 2014 hedge guide).
    """
    following = c.word(c.end)
    literal = {"in", "on", "at", "within", "after", "before", "during", "from", "with", "when",
               "among", "between", "around", "online", "until", "as", "and", "or", ""}
    if following in literal:
        return False
    if any(w in {"make", "makes", "made", "making"} for w in c.before(3)):
        return False  # "makes skin appear plump": appear = look (perception), not evidential
    return "." not in c.gap_before(c.end) and "," not in c.gap_before(c.end)


_QUANTITY_NOUNS = words("quantity_nouns")
_QUANTITY_VERBS = words("quantity_verbs")
_HEDGE_DETERMINERS = frozenset({"the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "them", "us"})


def before_a_number(c: Context) -> bool:
    """Approximators ("about", "around", "some", "up to") hedge only before a quantity.

    Prevents "a book about depression" or "around the clock" counting as approximation
    (Salager-Meyer 1994: approximators qualify quantities).
    """
    following = c.word(c.end)
    if following == "one" and c.word(c.end + 1) == "of" and c.word(c.end + 2) in _HEDGE_DETERMINERS:
        return False  # "a story about one of the inventors": a person picked out, not a count
    if following in {"a", "an"}:  # "about a week", "nearly a third"; not "talk about a fruit"
        return c.word(c.end + 1) in _QUANTITY_NOUNS or _is_number(c.word(c.end + 1))
    return _is_number(following)


# --- Hedges: epistemic or root sense of the modals and hedge verbs --------------------------
# A modal hedges only in its epistemic sense, where the writer judges how likely a claim is.
# Its root senses (ability, permission, volition, obligation, advice) say what someone can,
# will or must do (Coates 1983, The Semantics of the Modal Auxiliaries; Palmer 2001, Mood and
# Modality; Hyland 1998 counts only the epistemic uses as hedges). BioScope abstracts hold few
# root uses, so the hedge model cannot learn them: these rules name their syntactic signals.
_CLAUSE_OPENERS = words("clause_openers")
_NEGATIVE_SUBJECTS = words("negative_subjects")
_MODAL_ADVERBS = words("modal_adverbs")
_ABILITY_AFTER_COULD = words("ability_after_could")
_ABILITY_VERBS = words("ability_verbs")
_RESEARCH_ABILITY_VERBS = words("research_ability_verbs")
_REPORTED_PAST = words("reported_past")
_VOLITION_VERBS = words("volition_verbs")
_COMMITMENT_ADVERBS = words("commitment_adverbs")
_HABIT_ADVERBS = words("habit_adverbs")
_ADVICE_VERBS = words("advice_verbs")
_ADVISED_SUBJECTS = words("advised_subjects")
_EXPECTATION_VERBS = words("expectation_verbs")
_DEGREE_SUPERLATIVES = words("degree_superlatives")
_PERMITTED_ACTS = words("permitted_acts")
_PAST_TENSE = words("past_tense")
_NOT_PAST = words("not_past")
_BACKSHIFT_OPENERS = frozenset({"that", "if", "whether", "what", "how"})
_BACKSHIFT_REACH = 3  # the past verb governs the clause: "knowing that", "decided last night that"
_POSSIBLE_FRAMES = words("possible_frames")
# A person as the subject of "could never" (or one elided after "but", "and"): ability.
_PERSONAL_SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they", "but", "and"})
_PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
_UNDERGONE_VERBS = words("undergone_verbs")
_CLAUSE_PUNCTUATION = frozenset(",;:()\"“”")


def _clause_start(c: Context, reach: int = 10) -> int:
    """Index of the first word of the candidate's clause (at most ``reach`` words back): the
    scan stops at punctuation and at a word that opens a clause ("that", "if", "which")."""
    k = c.start
    while k > max(c.first, c.start - reach):
        if any(p in c.gap_before(k) for p in _CLAUSE_PUNCTUATION):
            break
        k -= 1
        if c.tokens.words[k] in _CLAUSE_OPENERS:
            break
    return k


def _words_back(c: Context, reach: int | None, stops: str) -> list[str]:
    """The words before the match, at most ``reach`` (None: back to the sentence's start), back
    to the first gap holding a character of ``stops``: ",;:" for the clause, ";:.!?" to cross
    commas (a list "prevent, treat, and cure" is one aim)."""
    first = c.first if reach is None else max(c.first, c.start - reach)
    for index in range(c.start, first, -1):
        if any(p in c.gap_before(index) for p in stops):
            return c.tokens.words[index:c.start]
    return c.tokens.words[first:c.start]


def _verb_after(c: Context) -> int:
    """Index of the verb after a modal: the next word, past adverbs ("could actually feel")."""
    k = c.end
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _COMMITMENT_ADVERBS:
        k += 1
    return k


def epistemic_could(c: Context) -> bool:
    """"could" hedges when it means "it is possible that" ("the drug could reduce symptoms"),
    not as past ability: "could not detect" (``not_negated_ability``), "no lesion could be
    detected", "neither expert could say", "could never achieve", "could barely stand", "I
    could feel a tingling", "we could detect three sites", "so that she could breathe",
    "I wish I could".

    Prevents testimonials' and narratives' "could" counting as hedging (Coates 1983: past
    ability with animate subjects, negation and perception verbs; BioScope leaves "no X could
    be detected" unannotated). Also not the past of "can" after a finding ("found that it could
    distinguish"), in an indirect question ("to see if it could work": the question carries the
    doubt) or in a direct question.
    """
    after, subject = c.word(c.end), c.word(c.start - 1)
    if not not_negated_ability(c) or after in _ABILITY_AFTER_COULD:
        return False
    if after == "never" and subject in _PERSONAL_SUBJECTS:
        return False  # "I could never achieve"; but "wrinkles could never go away" doubts
    start = _clause_start(c)
    clause = c.tokens.words[start:c.start]
    if any(w in _NEGATIVE_SUBJECTS for w in clause) or any(w.startswith("wish") for w in clause):
        return False
    if clause[:1] == ["that"] and c.word(start - 1) == "so":  # purpose: "so that she could"
        return False
    if clause[:1] == ["that"] and any(w in _FINDING_PAST for w in c.tokens.words[max(c.first, start - 3):start]):
        return False  # past of "can": "they found that the scan could distinguish tumours"
    if _in_indirect_question(c) or _in_a_question(c):
        return False
    if "than" in c.before(2):  # "better than I could have imagined": a comparison, not doubt
        return False
    verb = c.word(_verb_after(c))
    if subject in {"i", "he", "she"} and verb in _ABILITY_VERBS:
        return False
    if subject in {"i", "we"} and verb in _RESEARCH_ABILITY_VERBS:
        return False
    # a person as agent of a dynamic verb: root possibility or ability ("they could deliver
    # it in a dropper", "she could follow through"), unless the verb names what befalls them
    return not (subject in _PERSONAL_PRONOUNS and verb and verb not in _UNDERGONE_VERBS)


def _is_past(word: str) -> bool:
    return word in _PAST_TENSE or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST)


def _backshifted(c: Context) -> bool:
    """A "would" in a clause opened by "that", "if", "whether", "what" after a past-tense verb:
    "I was skeptical that this would work", "they tried to find what birth they would have"."""
    for k in range(c.start - 1, c.first, -1):
        if c.tokens.words[k] in _BACKSHIFT_OPENERS:
            frame = c.tokens.words[max(c.first, k - _BACKSHIFT_REACH):k]
            # "was stoked that", "decided last night that"; not "is unexpected that" (present)
            return any(_is_past(w) for w in frame) and not any(w in {"is", "are", "am"} for w in frame)
    return False


def epistemic_would(c: Context) -> bool:
    """"would" hedges as a tentative conclusion ("this would explain the difference"), not as
    the future of a past moment ("she said it would help", "we decided that I would try it",
    "they wanted to find out if it would work"), volition ("I would recommend it", "I definitely
    would buy again"), a counterfactual "I would have saved money", past habit ("he would often
    skip meals") or an offer ("Would you like to share a tip?").

    Prevents reported speech and testimonials counting as the writer's doubt (Coates 1983 ch. 8;
    Palmer 2001 on reported and volitional "would"; BioScope leaves "we hypothesized that X
    would ..." unannotated: the hypothesis verb is the cue).
    """
    before = c.tokens.words[c.first:c.start]
    if any(w in _REPORTED_PAST for w in before) or _backshifted(c):
        return False
    subject, verb = c.word(c.start - 1), c.word(_verb_after(c))
    if subject in _COMMITMENT_ADVERBS or c.word(c.end) in _HABIT_ADVERBS:
        return False
    if subject in _PERSONAL_PRONOUNS and verb in _VOLITION_VERBS or subject == "i" and verb == "have":
        return False  # "he would recommend the device": volition, reported or not
    if _in_indirect_question(c) or _in_a_question(c):
        return False  # "a test of whether it would improve outcomes", "but would it work for us?"
    return not (c.at_sentence_start and c.word(c.end) == "you")


def epistemic_should(c: Context) -> bool:
    """"should" hedges as an expectation ("you should start to feel better in six weeks", "the
    results should be out soon"), not as advice or obligation: "you should ask your doctor",
    "they should not do both", "investors should click", "we should see whether ...",
    "wondering whether women should stop", "experts recommend that it should be offered", a
    passive "it should be regulated", a question "Should you take it?", a title "You Should Know".

    Prevents advice counting as hedging (Coates 1983: root "should" = it is advisable, with an
    animate subject or a passive; Palmer 2001, deontic modality). Kept where BioScope counts it:
    "these results should be useful".
    """
    if c.surface(c.start) == "Should" and not c.at_sentence_start:
        return False  # a title: "More 'You Should Know' Stories"
    if c.at_sentence_start and c.sentence.rstrip().endswith("?"):
        return False
    start = _clause_start(c)
    if c.word(start) in {"whether", "if"} and start < c.start:
        return False  # an indirect question asks for advice: "wondering if women should stop"
    if any(w in _ADVICE_VERBS for w in c.tokens.words[c.first:c.start]):
        return False
    k = _verb_after(c)
    verb = c.word(k)
    if verb == "see" and c.word(k + 1) in {"whether", "if", "how"}:
        return False
    if verb == "be" and _is_participle(c.word(k + 1)):
        return False  # a passive is deontic: "she should be banned", "women should be heard"
    return not (c.word(c.start - 1) in _ADVISED_SUBJECTS and verb not in _EXPECTATION_VERBS)


def possible_as_likelihood(c: Context) -> bool:
    """"possible" hedges as likelihood ("a possible link", "it is possible that"), not as a
    degree ("as soon as possible", "the lowest possible price", "the best results possible") or
    a condition ("if possible", "where possible").

    Prevents fixed phrases of degree counting as doubt (Hyland 1998 lists "possible" as an
    epistemic adjective; its degree uses are not epistemic).
    """
    return not (c.word(c.start - 1) in _POSSIBLE_FRAMES
                or any(w in _DEGREE_SUPERLATIVES for w in c.before(3)))


def directive_suggest(c: Context) -> bool:
    """"suggest" hedges when it presents a conclusion ("the results suggest that", "studies
    suggest a link"), not when a person recommends: "I strongly suggest this cream", "I would
    suggest trying it", "we suggest you do the same", "we suggest that you use both".

    Prevents a testimonial's recommendation counting as hedging (Hyland 1998 counts "suggest"
    as a tentative claim of the writer about evidence).
    """
    recommends = "i" in c.before(3)
    advises = c.word(c.end) in _ADDRESSEES or (c.word(c.end) == "that" and c.word(c.end + 1) in _ADDRESSEES)
    advises = advises or c.word(c.end) == "to"  # "we suggest to use both": a recommendation
    return not (recommends or advises)


def epistemic_may(c: Context) -> bool:
    """"may" hedges as possibility ("you may feel dizzy", "it may help"), not as the month
    (``may_not_month``) nor as permission granted to the reader: "you may opt out at any time",
    "you may cancel your order".

    Prevents sign-up forms and terms of sale counting as hedging (Palmer 2001: deontic "may"
    of permission; Coates 1983 ch. 6).
    """
    if not may_not_month(c) or _in_a_question(c):
        return False
    return not (c.word(c.start - 1) == "you" and c.word(_verb_after(c)) in _PERMITTED_ACTS)


_ADDRESSEES = frozenset({"you", "readers", "everyone"})


def rather_as_degree(c: Context) -> bool:
    """"rather" hedges as a degree word before an adjective ("rather modest"), not in "rather
    than" (a comparison of options), "would rather" (a preference) or "Rather, ..." (a contrast).

    Prevents connectives counting as hedges (Quirk et al. 1985: "rather" is a compromiser only
    as a premodifier; Hyland 1998).
    """
    if c.word(c.end) == "than" or c.word(c.start - 1) in {"would", "i'd", "we'd", "you'd", "had"}:
        return False
    return not (c.at_sentence_start or any(p in c.gap_before(c.end) for p in ",;:.") or c.end >= c.last)


def approximates_a_quantity(c: Context) -> bool:
    """"almost", "nearly" approximate a quantity or degree ("nearly 600 pounds", "almost all",
    "nearly halved the risk"), not an event that did not happen: "her marriage almost fell
    apart", "I nearly cried".

    Prevents narrative near-misses counting as hedges (Salager-Meyer 1994: approximators
    qualify quantities; Channell 1994, Vague Language).
    """
    following = c.word(c.end)
    return not (_is_past(following) and following not in _QUANTITY_VERBS)


def research_called_for(c: Context) -> bool:
    """"further research" is a limitation when more is called for ("further research is
    needed", "with further research, it may"), not when it reports research done: "after
    further research, we tested it", "upon more research, we discovered".

    Prevents a sales page's narrative counting as a caveat (Sumner et al. 2014: caveats say the
    evidence is incomplete).
    """
    return c.word(c.start - 1) not in {"after", "upon", "following", "through"}


def frequency_of_a_claim(c: Context) -> bool:
    """Frequency words ("often", "usually", "tend to") restrict a claim ("symptoms are often
    vague"), but "how often patients quit" asks a rate, "every so often" and "I usually skip
    breakfast" tell the writer's own habit.

    Prevents questions of rate, fixed phrases and first-person habits counting as hedges (Hyland
    1998: frequency adverbs hedge when they limit a generalisation; one person's habit is none).
    """
    before = c.word(c.start - 1)
    if before == "i":  # "I tend to crave sweets", "I usually skip breakfast": the writer's habit
        return False
    return not (before == "how" or (before == "so" and c.word(c.start - 2) == "every"))


def in_general_as_hedge(c: Context) -> bool:
    """"In general, the drug is safe" limits a claim; "medicine in general" means "as a whole".

    Prevents the postmodifier sense counting as a hedge (Quirk et al. 1985: "in general" is a
    disjunct only at a clause boundary).
    """
    return c.at_sentence_start or any(p in c.gap_before(c.start) for p in ",;:(") or c.word(c.start - 1) in {
        "and", "but", "that", "is", "are", "was", "were"}


# --- Hedges and boosters, round 2: what 300 hedge and 150 booster dev findings showed ---------
_FINDING_PAST = words("finding_past")
_CONDITIONAL_BEFORE_IF = words("conditional_before_if")
_IRREGULAR_PARTICIPLES = words("irregular_participles")
_HABIT_FRAMES = words("habit_frames")
_IRREALIS_MODALS = words("irrealis_modals")
_REALIS_BEFORE_TO = words("realis_before_to")
_DIAGNOSTIC_NOUNS = words("diagnostic_nouns")
_RESEARCH_SUBJECTS = words("research_subjects")
_DISPLAY_SUBJECTS = words("display_subjects")
_CLAUSE_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_COPULAS_BEFORE_ALWAYS = frozenset({"is", "are", "be", "been", "being", "it's"})


def _is_participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or _is_past(word)


def _in_a_question(c: Context) -> bool:
    """The candidate's sentence is a direct question: it asks, it does not claim."""
    return c.sentence.rstrip().rstrip("\"'”’)").endswith("?")


def _in_indirect_question(c: Context) -> bool:
    """The candidate's clause is opened by "whether", or by an "if" that follows a verb without a
    comma ("see if it could", "find out if it would"): an embedded question (Quirk et al. 1985,
    15.5), whose doubt is the question's, not the modal's."""
    start = _clause_start(c)
    if start >= c.start:
        return False
    opener = c.word(start)
    if opener == "whether":
        return True
    return (opener == "if" and start > c.first and c.word(start - 1) not in _CONDITIONAL_BEFORE_IF
            and not any(p in c.gap_before(start) for p in _CLAUSE_PUNCTUATION | {".", "!", "?"}))


def not_in_a_question(c: Context) -> bool:
    """"Might insulin help?", "Think diet pills don't work?": a question asks, it withholds no
    commitment from a claim (the audit guideline's ``not_claim``).

    Prevents headlines and rhetorical questions counting as hedges.
    """
    return not _in_a_question(c)


def estimate_as_judgement(c: Context) -> bool:
    """"It is estimated that", "an estimated 5 million", "the company estimates that" hedge a
    figure; "used to estimate body fat", "a way to estimate the dose" name a procedure.

    Prevents methods sentences counting as hedges (issue 14: "estimated" in methods; Hyland
    1998 counts "estimate" as a hedge of a quantity the writer commits to only roughly).
    """
    return c.word(c.start - 1) != "to"


def always_as_certainty(c: Context) -> bool:
    """"always" boosts a generalisation ("the side effects are always mild"), not a duration or a
    story's habit: the perfect "had always kept it secret", "we've always been told", a past
    "their answer was always the same", "I always take them before meals", "always appreciated".

    Prevents narrative "always" counting as certainty (Quirk et al. 1985, 8.64: with the perfect
    "always" is continuity; Hyland 2005 counts "always" as a booster of a claim).
    """
    before = c.word(c.start - 1)
    if before in _HABIT_FRAMES or before.endswith(("'ve", "’ve", "'d", "’d")):  # "we've", "she'd"
        return False
    return not (_is_past(c.word(c.end)) and before not in _COPULAS_BEFORE_ALWAYS)


def result_obtained(c: Context) -> bool:
    """A proof or finding verb boosts a result reported as obtained ("the trial showed that",
    "it has been proven"), not one still to come or denied: "should be confirmed", "studies are
    needed to confirm", "a trial to show that", "if these data are confirmed", "it has not been
    proven"; nor a test's diagnosis ("a genetic test confirmed that he had DMD") or a form's
    "confirm your e-mail".

    Prevents caveats and clinical narrative counting as certainty (Palmer 2001: irrealis;
    Hyland 2005 counts "prove", "show", "confirm" as boosters of the writer's own claim).
    """
    if any(w in _IRREALIS_MODALS for w in c.before(3)):
        return False
    if c.word(c.start - 1) == "to" and not {c.word(c.start - 2), c.word(c.start - 3)} & _REALIS_BEFORE_TO:
        return False
    start = _clause_start(c)
    if c.word(start) in {"if", "unless", "until", "whether"} and start < c.start:
        return False
    if any(w in _CLAUSE_NEGATIONS for w in c.tokens.words[start:c.start]):
        return False
    if c.word(c.end) in {"your", "my"}:
        return False  # "confirm your order"
    return _subject_head(c) not in _DIAGNOSTIC_NOUNS


def _subject_head(c: Context) -> str:
    """The word before the verb, past a relative "that"/"which" and an adverb: the head of its
    subject in "a genetic test confirmed", "a blood test that showed", "the scan also showed"."""
    k = c.start - 1
    while c.word(k) in {"that", "which", "also", "then", "clearly", "later", "itself"}:
        k -= 1
    return c.word(k)


def shows_a_finding(c: Context) -> bool:
    """"show" reports a result ("results showed a decrease", "studies show that"), not what a
    subject exhibits or displays: "the mice showed improved behaviour", "the video showed her
    writing", "the scan showed nothing", nor the noun ("the TV show that", ``show_is_a_verb``).

    Prevents the present/display sense counting as a booster (Hyland 2005: "show" as a research
    verb that demonstrates).
    """
    noun_form = c.word(c.start) in {"show", "shows"}  # "showed", "shown" are only verbs
    if noun_form and not show_is_a_verb(c) or not result_obtained(c):
        return False
    subject = c.tokens.words[max(_clause_start(c), c.start - 4):c.start]
    return c.word(c.end) == "that" or not any(w in _DISPLAY_SUBJECTS for w in subject)


def reveals_a_finding(c: Context) -> bool:
    """"new research reveals", "the study revealed that" report a result; "reveals her skin
    secret", "begging me to reveal my secret" disclose.

    Prevents the disclosure sense counting as a booster (Hyland 2005: "reveal" as a research verb).
    """
    if not result_obtained(c):
        return False
    that_follows = "that" in {c.word(c.end), c.word(c.end + 2)}  # "revealed to us that"
    return that_follows or any(w in _RESEARCH_SUBJECTS for w in c.before(6))


def proof_of_a_claim(c: Context) -> bool:
    """"proof that it works" boosts; "80-proof spirits" measures alcohol."""
    return not _is_number(c.word(c.start - 1))


def reader_directed(c: Context) -> bool:
    """Verbs like "book", "call", "contact" are calls to action only as imperatives or
    after "please"/"you can"/"contact us to": at the start of a sentence or after those words,
    and not in a press office's note to journalists ("to arrange an interview, please contact").

    Prevents "the book", "a phone call", "contact with the virus", "what specialists are
    venturing to call a miracle", "use that information to schedule intercourse" counting as
    calls to action. After "and", "or" the sentence must address the reader (``_cta_addressed``):
    "patients who have symptoms and call 9-1-1" narrates, "visit our site or call" asks. A "Contact:"
    heading over a release's contact block is a label, not a request (``_cta_heading``).
    """
    before = c.word(c.start - 1)
    directed = c.at_sentence_start or before in {"please", "can", "today", "now", "and", "or", "simply", "just"}
    if before == "to":  # "Contact us to book", "don't hesitate to call"; not "venturing to call it a miracle"
        directed = c.start - 1 == c.first or c.word(c.start - 2) in _TO_ADDRESSED
    if before in {"and", "or"} and not _cta_addressed(c):
        directed = False  # "patients who have symptoms and call 9-1-1"; not "visit our site or call"
    if before == "can" and c.word(c.start - 2) in _CTA_THING_SUBJECTS:
        directed = False  # "that can call into question"; not "interested patients can call"
    if c.word(c.end) in _CTA_NOUN_AFTER:
        return False  # "Contact sports had the most injuries", "contact lenses", "contact with the virus"
    return directed and not _cta_heading(c) and not _in_press_block(c)


# Words before "to" + verb that address the reader: "contact us to book", "be sure to call",
# "click here to schedule", "don't hesitate to contact".
_TO_ADDRESSED = words("to_addressed")


# Words of a news release's media-contact block and boilerplate (EurekAlert!, Newswise and PR
# Newswire templates): what sits near them addresses journalists, not patients.
_PRESS = pattern("press")
_PRESS_REACH = 160
# A reference: a year in parentheses, "doi", "Accessed ... from", "et al", volume and pages.
_REFERENCE = pattern("reference")


def _in_press_block(c: Context) -> bool:
    if _PRESS.search(c.text, max(0, c.match_start - _PRESS_REACH), c.match_end):
        return True
    # a release names its press officer: "contact Jane Roe at", "CONTACT: Jane Roe, 555-..."; the
    # name may follow the candidate ("[[contact]] Jane Roe"), the word "contact" may not
    named = _CTA_NAMED_CONTACT.finditer(c.text, max(0, c.match_start - _PRESS_REACH),
                                        min(len(c.text), c.match_end + _CTA_NAME_REACH))
    return any(m.start() <= c.match_start for m in named)


def offered_to_reader(c: Context) -> bool:
    """A phone number, e-mail address or link is a call to action when the page asks the reader
    to use it ("For more information, visit www...", "Call 555-123-4567 to book"), not when it
    sits in a release's media-contact block ("Media contact: ... 410-614-2916"), in a reference
    ("Accessed October 2013 from http://..."), or bare under a story (a reporter's
    "name@newspaper.com", "Reporter Name: 555-954-1374").

    Prevents press-office contact details, reporters' addresses and cited links counting as calls
    to action (FTC .com Disclosures 2013 and Health Products Compliance Guidance 2022: a response
    mechanism is a call to action when the reader is asked to use it; a citation points to a
    source). A field label ("E-mail: x@y.org", "Tel:") asks nothing, and a reporter's sign-off
    line that opens with a dash ("—Email health@paper.example") closes a story, it offers no
    response mechanism.
    """
    sentence = c.text[max(c.sentence_start, c.match_start - _QUOTE_WINDOW):c.match_start]
    return not (_in_press_block(c) or _REFERENCE.search(sentence)) and _asked_to_use(c, sentence)


# Words that ask the reader to use a contact detail: "visit", "call", "for more information",
# "learn more at", "report side effects to", "follow us", "contact".
_REQUEST = pattern("request")
# A line this short before a contact detail is its label ("Cardinal Health: ", "Facebook: "): the
# request, if any, is in the lead-in above the list.
_LABEL_CHARS = 40
_LEAD_IN_REACH = 250


def _asked_to_use(c: Context, sentence: str) -> bool:
    """Whether the page asks the reader to use this contact detail: a request in its sentence
    ("For more information, visit www...", "call 1-800-..."), or, for a list line, in a lead-in
    line above it that opens the list ("contact one of the following distributors:")."""
    if _REQUEST.search(_CTA_FIELD_LABEL.sub(" ", sentence)):  # "E-mail:" labels a field, it asks nothing
        return not _CTA_SIGN_OFF.match(c.text, c.sentence_start, c.sentence_end)
    if len(sentence.strip()) >= _LABEL_CHARS:
        return False
    lead_in = c.text[max(0, c.sentence_start - _LEAD_IN_REACH):c.sentence_start]
    return any(line.rstrip().endswith(":") and _REQUEST.search(line) for line in lead_in.splitlines())


def link_with_object(c: Context) -> bool:
    """"Read more about sleep at ..." asks the reader to act; a bare "Read more" closing its
    sentence is the label of a link in the page's navigation, left in the extracted text.

    Prevents page chrome ("Read more:", a related story's "... Read more") counting as a call
    to action.
    """
    return c.word(c.end) != ""


# --- Calls to action (cta round 3): who is asked, and who is being told about ---------------
# FTC Health Products Compliance Guidance (2022) and .com Disclosures (2013): a call to action is a
# response mechanism offered to the consumer. A news release's contact block (AP Stylebook; PR
# Newswire and EurekAlert! templates) and an investor call's dial-in address journalists and
# investors; a researcher who wants to "learn more", a patient who "calls 9-1-1" in a story and a
# testimonial's "the free trial was great" narrate. Names here are prefixed ``cta`` (merge safety).

# Words that address the reader in a sentence: "you", "your", "please", "our", "should".
_CTA_ADDRESS = pattern("cta_address")
# A press officer named after "contact": "contact Jane Roe at", "CONTACT: Jane Roe, 555-...".
_CTA_NAMED_CONTACT = pattern("cta_named_contact")
_CTA_NAME_REACH = 40
# A field label before a contact detail: "E-mail:", "Tel:", "Website :".
_CTA_FIELD_LABEL = pattern("cta_field_label")
# A newspaper's sign-off line: "—Email health@paper.example", "-- Jane Roe".
_CTA_SIGN_OFF = pattern("cta_sign_off")
# Where a "learn more" sends the reader: a link, "visit", "call", "click", "here", "at site.org".
_CTA_POINTER = pattern("cta_pointer")
# Words after "contact"/"call" that make it a noun or a literal sense: "contact sports", "call into".
_CTA_NOUN_AFTER = words("cta_noun_after")
# Subjects that cannot be asked to call: "that can call into question".
_CTA_THING_SUBJECTS = words("cta_thing_subjects")
# First-person narration and past-tense verbs of ordering and receiving.
_CTA_NARRATOR = words("cta_narrator")
_CTA_NARRATED_PAST = words("cta_narrated_past")


def _cta_addressed(c: Context) -> bool:
    """Whether the candidate's sentence speaks to the reader: an imperative opening, or a
    word that addresses the reader ("you", "your", "please", "our", "should")."""
    return bool(_CTA_ADDRESS.search(c.sentence))


def _cta_heading(c: Context) -> bool:
    """"CONTACT:", "Contact" alone on its line: the heading of a contact block, no request."""
    after = c.text[c.match_end:c.match_end + 3]
    return c.word(c.end) == "" or after.lstrip(" \t")[:1] in {":", "\n", ""}


def _cta_pointed(c: Context) -> bool:
    """Whether the sentence, after the candidate, names where to go: a link, "visit", "call"."""
    return bool(_CTA_POINTER.search(c.text, c.match_end, c.sentence_end))


def cta_learn_directed(c: Context) -> bool:
    """"Learn more", "find out more", "see more" ask the reader to act as an imperative ("Learn
    more about sleep from the NSF", "Read on to find out how", "MayoClinic: Find out more") or
    where the sentence points somewhere ("To learn more, visit ...", "patients can learn more at
    site.org"); a bare "Read more" closing its sentence is a link label (``link_with_object``).

    Prevents the literal sense counting: researchers who "learn more about which patients
    benefit", "we still need to see more data", "further research is required to find out
    more", "To learn more, Dr. Roe and colleagues reviewed records" (FTC 2022: the call to action
    is addressed to the consumer).
    """
    if not link_with_object(c):
        return False
    before = c.word(c.start - 1)
    if c.at_sentence_start or ":" in c.gap_before(c.start) or before in _ADDRESS_BEFORE:
        return True
    if before == "to" and c.start - 1 > c.first and (
            c.word(c.start - 2) in _ADDRESS_BEFORE_TO or c.word(c.start - 2) in {"on", "reading"}):
        return True  # "Read on to find out how", "keep reading to", "click here to learn more"
    return _cta_pointed(c)


def _cta_narrated(c: Context) -> bool:
    """A sentence that tells what the writer or someone did, not what the reader should do: a
    first person or a past verb of ordering or receiving, and no word for the reader."""
    if _cta_addressed(c):
        return False
    words_ = c.tokens.words[c.first:c.last]
    return any(w in _CTA_NARRATOR or w in _CTA_NARRATED_PAST for w in words_)


def cta_offer_not_narrated(c: Context) -> bool:
    """An offer ("free trial", "risk free trial") is a call to action where the page makes it to
    the reader ("Claim your risk free trial today", "Free Trial Promotion Ends:"), not where a
    testimonial or a narrator reports it ("The free trial was great", "I ordered my risk free
    trial", "the free trial bottles were delivered").

    Prevents a testimonial's narration counting as the page's call (FTC 2022: the call to action
    is offered to the consumer; the testimonials family reports the narration).
    """
    return not _cta_narrated(c)


def cta_signup_directed(c: Context) -> bool:
    """"Sign up", "get started" call the reader to act as an imperative ("Sign up for our
    newsletter"), after words that address the reader ("click here to sign up"), or in a
    sentence that speaks to the reader ("the links you can use to sign up"); not in narration
    ("I can't wait to get started", "To get started, I contacted the company") or about others
    ("persuade more people to sign up", "they need the class to get started").
    """
    if _cta_narrated(c):
        return False
    return purchase_directed(c) or c.word(c.start - 1) in _ADDRESS_BEFORE or _cta_addressed(c)


def not_astonishment(c: Context) -> bool:
    """"I can't believe how quickly ...", "they couldn't believe the difference" express
    astonishment, not belief held with reserve.

    Prevents testimonials' surprise counting as hedging (Hyland 2005 counts "believe" only as
    the writer's tentative commitment: "we believe that ...").
    """
    before = c.word(c.start - 1)
    return not (before in {"can't", "cannot", "couldn't", "won't", "cant", "couldnt"} or before.startswith("couldn")
                or (before in {"not", "n't"} and c.word(c.start - 2) in {"can", "could", "would", "will"})
                or before == "to" and c.word(c.start - 2) in {"hard", "difficult"})


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


_NOUN_BEFORE_SHOW = words("noun_before_show")


def show_is_a_verb(c: Context) -> bool:
    """"Studies show that ...", "the data shows" report a finding; "the TV show that made her
    famous", "talk shows" name a programme.

    Prevents the noun "show" counting as a booster (Hyland 2005 lists the verb).
    """
    before = c.word(c.start - 1)
    return not (before in _NOUN_BEFORE_SHOW or before.endswith("'s") and before not in {"it's", "that's"})


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


_MINIMISERS = words("minimisers")


_FAVOURABLE = words("favourable")


def harm_not_minimised(c: Context) -> bool:
    """Harms named only to say the treatment avoids them ("without the side effects of surgery",
    "fewer complications", "minimal side effects", "prevents swelling") or welcomes them ("a
    welcome side effect") are a selling point, not a disclosure.

    Prevents promotional comparisons counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the intervention itself). "No serious adverse events
    occurred" still counts: it reports what the trial observed.
    """
    return not any(w in _MINIMISERS or w in _FAVOURABLE for w in c.before(3))


_RAISED = words("raised")
_LOWERED = _MINIMISERS | {"decrease", "decreased", "decreases", "cut", "cuts", "prevent", "prevents", "prevented",
                          "preventing", "avoid", "lowered", "lowers", "reducing", "drop", "dropped", "declined"}


def risk_raised(c: Context) -> bool:
    """Words that usually name the disease ("risk of", "death", "infection") disclose a harm only
    where the text says something raises them ("increases the risk of heart attack", "linked to a
    higher risk of dementia"), not where the treatment lowers them or the disease is described
    ("reduced the risk of stroke", "the leading cause of death").

    Prevents the burden of the disease counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention).
    """
    window = c.before(5)
    if "leading" in window:  # "the third leading cause of death": a ranking of the disease
        return False
    if "cause" in window and set(window) & _CAUSE_RANK:  # "the second most common cause of death"
        return False
    if set(c.before(10)) & _INHERENT_RISK_FACTORS:  # "genetic variants that increase the risk of"
        return False
    if any(w in {"not", "no", "never"} or w.endswith("n't") for w in window):  # "does not cause"
        return False
    return any(w in _RAISED for w in window) and not any(w in _LOWERED for w in window) and harm_of_intervention(c)



# A denominator: "of 120 patients", "out of 40", "among 300", "n = 52", "120 participants".
_DENOMINATOR = pattern("denominator")
# A second figure to compare with: another percentage, or "compared with 40".
_OTHER_FIGURE = pattern("other_figure")
# A citation: "(Smith et al., 2019)", "[12]", a DOI, a named journal or named source
# ("researchers report in JAMA", "appeared in The Lancet").
_CITATION = pattern("citation")
# Two groups set side by side: "among women who took hormones and women who didn't". A bare
# "compared with the control group" is not enough: the reader still lacks the other figure.
_COMPARISON = pattern("comparison")
# A percentage that measures no outcome: an offer ("10% off", "100% satisfaction guarantee", "100%
# zero risk"), a composition ("100% natural", "60-70% purity"), a state of mind ("100% convinced").
_NOT_OUTCOME_AFTER = pattern("not_outcome_after")
# A share of a market, not of patients: "90% of the imitation products out there", "90% of all
# brands are less than 30% extract".
_SHARE_OF_PRODUCTS = pattern("share_of_products")
# A rate of harm: "6.9 percent of patients suffered major cardiac events", "45% dropped out".
_HARM_NEAR = pattern("harm_near")
_REDUCED_NEAR = pattern("reduced_near")


def _judged_once(check: Callable[[Context], bool]) -> Callable[[Context], bool]:
    """``check`` remembering its last match: the sourced and unsourced statistic terms share one
    pattern, so the same match is judged twice in a row (issue 17)."""
    last: list = [None, None, None]  # text, span, answer

    @functools.wraps(check)
    def judged(c: Context) -> bool:
        span = (c.match_start, c.match_end)
        if last[0] is not c.text or last[1] != span:
            last[:] = c.text, span, check(c)
        return last[2]
    return judged


@_judged_once
def _is_outcome_figure(c: Context) -> bool:
    if _NOT_OUTCOME_AFTER.match(c.text, c.match_end) or _SHARE_OF_PRODUCTS.match(c.text, c.match_end):
        return False
    window = c.text[max(c.sentence_start, c.match_start - 60):min(c.sentence_end, c.match_end + 60)]
    if _not_an_outcome_share(c, window) or _background_share(c, window):
        return False
    harm = _HARM_NEAR.search(window) or _HARM_NAMED.search(window)
    return not (harm and not _REDUCED_NEAR.search(window))


@_judged_once
def _statistic_is_unsourced(c: Context) -> bool:
    origin = max(c.sentence_start, c.match_start - _QUOTE_WINDOW)
    sentence = c.text[origin:min(c.sentence_end, c.match_end + _QUOTE_WINDOW)]
    start, end = c.match_start - origin, c.match_end - origin
    rest = sentence[:start] + " " + sentence[end:]
    return not (_DENOMINATOR.search(sentence) or _OTHER_FIGURE.search(rest) or _CITATION.search(sentence)
                or _COMPARISON.search(sentence))


def unsourced_statistic(c: Context) -> bool:
    """A percentage of an outcome with no denominator ("of 120 patients"), no figure or group to
    compare it with ("70% vs 40%", "women who took hormones and women who didn't") and no citation in its
    sentence ("nearly 70% improved"; "researchers report in JAMA" is a citation).

    Generic attributions ("studies have shown", "researchers found") are not sources: they name
    no study a reader could check (HealthNewsReview.org criterion 2; Sumner et al. 2014).
    Percentages that measure no outcome ("10% off", "100% natural") and rates of harm ("6.9
    percent suffered major cardiac events") are not benefit statistics at all.
    """
    return _is_outcome_figure(c) and _statistic_is_unsourced(c)


def sourced_statistic(c: Context) -> bool:
    """A percentage of an outcome that comes with its context: the complement of
    ``unsourced_statistic`` among outcome figures."""
    return _is_outcome_figure(c) and not _statistic_is_unsourced(c)


_CONDITIONAL = words("conditional")
# "surgery that might cure the problem", "a vaccine able to cure": a possibility, not a claim.
_HEDGING_MODALS = words("hedging_modals")
_OFFER = pattern("offer")


def asserted_claim(c: Context) -> bool:
    """An absolute or safety claim is made when the text asserts it: not in a question ("Is it
    always expensive botox?"), not under a condition ("if proven safe and effective"), and not
    when the capitals spell an acronym ("high-risk ALL patients": acute lymphoblastic leukaemia).

    Modals of possibility ("surgery that might cure the problem") make it a possibility too.

    A claim its clause denies ("neither is a cure", "none of the new drugs works for everyone",
    "won't ... guarantee that", "it would be wrong to portray it as completely safe"), calls
    premature ("too early to call it a cure") or hedges ("it appears to cure others") is not made.

    Prevents questions, hypotheses, denials and acronyms counting as claims the FTC would ask
    evidence for (FTC Health Products Compliance Guidance 2022 concerns claims conveyed to the
    reader).
    """
    if c.sentence.rstrip().rstrip("\"'”)").endswith("?"):
        return False
    if any(w in _CONDITIONAL for w in c.before(6)) or any(w in _HEDGING_MODALS for w in c.before(3)):
        return False
    hedged = any(w in _CLAIMS_HEDGES for w in _words_back(c, 3, ",;:.!?"))
    if hedged or _claims_denied(c) or _claims_premature(c):
        return False
    surface = c.surface(c.start)
    following = c.surface(c.end) if c.end < c.last else ""
    return not (len(surface) > 1 and surface.isupper() and not following.isupper())


def cure_claimed(c: Context) -> bool:
    """"Cures" and "cure" claim that a treatment ends a disease ("it cures arthritis"), not in a
    measure or an aim: "cure rates", "a higher cure rate", "treat with intent to cure"; nor in
    the search for one ("its mission is to find a cure", "testing it as a cure", "the chance of
    a true cure", "could become a cure"), a cure of a share ("cures about half of patients":
    it admits exceptions), or a name ("Race for the Cure").

    Prevents outcome measures, treatment goals, quantified cures and charity names counting as
    absolute claims (FTC Health Products Compliance Guidance 2022 concerns claims that a product
    cures; a cure of "about half" is a rate, not a claim that admits no exception).
    """
    if c.word(c.end) in {"rate", "rates"} or "intent" in c.before(2):
        return False
    if _claims_cure_sought(c) or _claims_cure_counted(c) or _claims_named(c) or _claims_credited(c):
        return False
    return asserted_claim(c)


# --- Claims (issue 14, round 3): aims, shares, names, denials, reports ------------------------
# "its mission is to find a cure", "other than finding a cure", "testing the method as a cure".
_CLAIMS_CURE_AIMS = words("claims_cure_aims")
# How far back an aim reaches: "leading the fight to prevent, treat, and cure kidney diseases".
_CLAIMS_AIM_REACH = 10
# Words that make "cures" a share: "cures about half", "cures 90% of patients", "cures most".
_CLAIMS_SHARE_WORDS = words("claims_share_words")


def _claims_cure_sought(c: Context) -> bool:
    # a colon does not end the aim: "one mission: to contribute to the prevention and cure"
    return any(w in _CLAIMS_CURE_AIMS for w in _words_back(c, _CLAIMS_AIM_REACH, ";.!?"))


def _claims_cure_counted(c: Context) -> bool:
    following = c.word(c.end)
    return c.word(c.end - 1) == "cures" and (_is_number(following) or following in _CLAIMS_SHARE_WORDS)


def _claims_named(c: Context) -> bool:
    """A capitalised word inside a sentence is part of a name ("Race for the Cure", "the Gyno
    Spa Cure"), unless the whole line is in title case ("This Tea Cures Arthritis")."""
    surface = c.surface(c.start)
    if c.at_sentence_start or not surface[:1].isupper() or surface.isupper():
        return False
    initials = [c.surface(i)[:1] for i in range(c.first, c.last) if c.surface(i)[:1].isalpha()]
    return sum(ch.islower() for ch in initials) >= len(initials) / 2


# "neither is a cure", "none of the new drugs works for everyone": the clause denies the claim.
_CLAIMS_DENIALS = words("claims_denials")
# Eight words back reach a denied subject ("None of the new drugs works", "the findings don't
# suggest that red wine is a cure"); a comma ends the clause.
_CLAIMS_DENIAL_REACH = 8
# "it appears to cure others", "apparently well tolerated", "virtually eliminates": hedged.
_CLAIMS_HEDGES = words("claims_hedges")
# After a denial, words that leave the claim standing: "not only", "don't realize", "no doubt".
_CLAIMS_NOT_DENYING = words("claims_not_denying")
# "too early to call it a cure", "premature to say", "not yet proven".
_CLAIMS_PREMATURE = pattern("claims_premature")


def _claims_denied(c: Context) -> bool:
    """A denial in the clause, unless it intensifies ("not only") or negates a verb of knowing,
    which leaves the claim standing ("many women don't realize that it can be safe", "there is no
    doubt it is safe")."""
    clause = _words_back(c, _CLAIMS_DENIAL_REACH, ",;:.!?")
    pairs = zip(clause, clause[1:] + [""])
    return any((w in _CLAIMS_DENIALS or w.endswith("n't")) and nxt not in _CLAIMS_NOT_DENYING
               for w, nxt in pairs)


def _claims_premature(c: Context) -> bool:
    return bool(_CLAIMS_PREMATURE.search(c.text, max(c.sentence_start, c.match_start - 120), c.match_start))


# What "100%" must qualify to claim that no exception exists: "100% safe", "100% effective",
# "100% natural", "a 100% success rate", "100% TRUE".
_CLAIMS_FULL_MEASURE = words("claims_full_measure")
# "nearly 100 percent accuracy", "approached 100%": an approximated figure is a measurement.
_CLAIMS_APPROXIMATORS = words("claims_approximators")
_CLAIMS_NEXT_WORD = re.compile(r"[\s\-\u2010-\u2014]*([^\W\d_][\w'\-]*)")


def claims_hundred_percent(c: Context) -> bool:
    """"100%" / "100 percent" is an absolute claim where it qualifies what a product is or does
    ("they are 100% safe", "100% effective", "a 100% success rate", "100% natural"), not where it
    measures ("results were in 100% agreement", "nearly 100 percent accuracy", "a 100 percent
    reduction in pain", "between 50 and 100 percent risk", "a 100% egg-free system"), states a
    feeling ("we are 100% convinced", "I am 100% better", "100% honest") or sells ("100%
    satisfaction guarantee", ``not_an_offer``).

    Prevents measurements and intensifiers counting as claims that admit no exception (FTC Health
    Products Compliance Guidance 2022: absolute claims of safety, efficacy and naturalness).
    """
    before = c.before(2)
    if any(w in _CLAIMS_APPROXIMATORS for w in before):
        return False
    if len(before) == 2 and before[1] in {"and", "to"} and _is_number(before[0]):
        return False  # a range: "between 50 and 100 percent", "from 87 to 100 percent"
    following = _CLAIMS_NEXT_WORD.match(c.text, c.match_end)
    if not following or following.group(1).lower() not in _CLAIMS_FULL_MEASURE:
        return False
    return not_an_offer(c)


# "gentle on the stomach", "gentle enough for babies": a claim that a product does no harm.
_CLAIMS_GENTLE_AFTER = words("claims_gentle_after")


def claims_gentle_on_body(c: Context) -> bool:
    """"Gentle" claims safety where it says a product spares the body ("gentle on your stomach",
    "gentle enough for sensitive skin"), not as a plain adjective ("gentle yoga", "gentle
    electric pulses", "gentle, flowing movements", "gentle stretches").

    Prevents descriptions of mild exercise and devices counting as safety claims (FTC Health
    Products Compliance Guidance 2022 concerns claims that a product is safe).
    """
    return c.word(c.end) in _CLAIMS_GENTLE_AFTER and claims_safety_asserted(c)


# Words that make "every patient" the object of an effect: "works for every patient", "safe for
# every patient", "cured every patient".
_CLAIMS_EVERY_EFFECT = words("claims_every_effect")


def claims_every_patient_helped(c: Context) -> bool:
    """"Every patient" is an absolute claim where an effect reaches every patient ("it works for
    every patient", "it cured every patient"), not as a plain quantifier ("every patient has to
    be evaluated", "the care every patient deserves", "not the same for every patient") nor in a
    trial's report ("tablet use was safe for every patient", ``_claims_reported``).

    Prevents quantifiers counting as claims that admit no exception (FTC 2022: claims that a
    product works in every case).
    """
    if not set(c.before(4)) & (_EFFECT_VERBS | _CLAIMS_EVERY_EFFECT):
        return False
    return asserted_claim(c) and not _claims_reported(c)


# "no risk factors", "no-risk group": the compound names a measure, not a denial of harm.
_CLAIMS_RISK_COMPOUNDS = words("claims_risk_compounds")


def claims_no_risk_claimed(c: Context) -> bool:
    """"No risk" claims safety ("with no risk of rejection"), not in the compound "risk factor"
    ("one or no risk factors three years later") or a "no-risk group".

    Prevents a count of risk factors counting as a safety claim (FTC 2022 concerns claims that a
    product carries no risk).
    """
    return c.word(c.end) not in _CLAIMS_RISK_COMPOUNDS and asserted_claim(c)


# "rid of belly fat once and for all", "cure it once and for all": an effect claimed for good.
_CLAIMS_FOR_GOOD_VERBS = words("claims_for_good_verbs")


def claims_for_good(c: Context) -> bool:
    """"Once and for all" claims a permanent effect after a verb of riddance or cure ("get rid of
    wrinkles once and for all", "end your back pain once and for all"), not where it settles a
    question or ends a quarrel ("to settle the vitamin D question once and for all", "to silence
    the critics once and for all", "review the product once and for all").

    Prevents an idiom of finality counting as an absolute health claim (FTC 2022: claims of a
    permanent result).
    """
    return bool(set(c.before(6)) & _CLAIMS_FOR_GOOD_VERBS) and asserted_claim(c)


def claims_guarantee_claimed(c: Context) -> bool:
    """"Guaranteed" claims a result ("ELIMINATES 84% of WRINKLES – Guaranteed", "guaranteed to
    melt fat"); "guarantee that ..." assures a fact ("it guaranteed that all samples were treated
    alike", "I can guarantee you that I would have smoked"), and a sale's guarantee is an offer
    (``not_an_offer``).

    Prevents procedures and a speaker's assurances counting as absolute claims about a product
    (FTC 2022: a guarantee of a product's performance is a claim; refund terms are an offer).
    """
    following = c.tokens.words[c.end:min(c.last, c.end + 2)]
    if following[:1] == ["that"] or following == ["you", "that"]:
        return False
    return not_an_offer(c)


# A verb of the clause in the past: "the drug was well tolerated", "it had a manageable safety
# profile": what a trial observed. A present verb makes it a claim: "the vaccines are very safe".
_CLAIMS_PAST = words("claims_past_verbs")
_CLAIMS_PRESENT = words("claims_present_verbs")
# "relatively well tolerated", "a better safety profile": a degree or a comparison, no absolute.
_CLAIMS_SAFETY_QUALIFIERS = words("claims_safety_qualifiers")
# "progress toward a safe and effective vaccine", "we need new safe and effective therapies".
_CLAIMS_SAFETY_AIMS = words("claims_safety_aims")
# "..., according to the first large-scale, randomized study": a study's finding reported.
_CLAIMS_STUDY_SOURCE = pattern("claims_study_source")
_CLAIMS_VERB_REACH = 8
# A study credited as the subject of a finding: "researchers have found that the drug is safe and
# effective", "our findings support surgery as a safe and effective option", "a new study shows
# ... can be a safe and effective alternative", "a review found ... with no negative side effects".
_CLAIMS_STUDY_NOUNS = words("claims_study_nouns")
_CLAIMS_STUDY_VERBS = words("claims_study_verbs")
_CLAIMS_CREDIT_REACH = 24
# "Newer drugs are as safe and effective as older ones, new research suggests": credit after.
_CLAIMS_CREDIT_AFTER = 12


def _claims_reported(c: Context) -> bool:
    """The nearest verb before the match is past ("researchers found that it was well
    tolerated", "there was steady weight loss, without side effects"), unless the observer is the
    writer's "I"; or the sentence credits a study ("according to the study", "a new study
    shows", "our findings support")."""
    back = _words_back(c, _CLAIMS_VERB_REACH, ";:.!?")
    if "i" not in back:
        for index in range(len(back) - 1, -1, -1):
            word = back[index]
            if word in _CLAIMS_PRESENT:
                break
            if word in _CLAIMS_PAST:
                return not (word == "had" and index and back[index - 1] in _CLAIMS_PRESENT)
    return _claims_credited(c)


def _claims_credited(c: Context) -> bool:
    """The sentence credits a study with the finding: "according to the study", "researchers
    have found that ...", "our results strongly suggest that cure ... has been achieved",
    "... as older medications, new research suggests", "have been found to be safe"."""
    if _CLAIMS_STUDY_SOURCE.search(c.sentence):
        return True
    back = _words_back(c, _CLAIMS_CREDIT_REACH, ";:.!?")
    if back[-3:-2] in (["found"], ["shown"]) and back[-2:] == ["to", "be"]:
        return True  # "have been found to be safe and effective": a finding reported
    after = c.tokens.words[c.end:min(c.last, c.end + _CLAIMS_CREDIT_AFTER)]
    return any(set(words) & _CLAIMS_STUDY_NOUNS and set(words) & _CLAIMS_STUDY_VERBS for words in (back, after))


# Ratings that make "safety profile" a claim: "an excellent safety profile", "the positive
# efficacy and safety profile of the drug".
_CLAIMS_PROFILE_RATINGS = words("claims_profile_ratings")


def claims_safety_profile_rated(c: Context) -> bool:
    """"Safety profile" is a safety claim where the text rates it ("a favourable safety profile",
    "the positive efficacy and safety profile of X"), not as the neutral name of what a trial
    measures ("to fully characterize the safety profile", "the safety profile did not differ from
    placebo").

    Prevents the name of a trial's safety outcome counting as a claim that the drug is safe (FTC
    Health Products Compliance Guidance 2022 concerns claims; the outcome's name claims nothing).
    """
    return bool(set(c.before(3)) & _CLAIMS_PROFILE_RATINGS) and claims_safety_asserted(c)


def claims_no_risk_to_health(c: Context) -> bool:
    """"Zero risk", "no risks" claim safety, not in an offer's terms ("try it for 100% zero risk -
    just pay shipping"), where the risk is the buyer's money (``not_an_offer``).

    Prevents a free trial's terms counting as a safety claim (FTC 2022 treats refund terms as an
    offer, not a claim about the product).
    """
    return claims_safety_asserted(c) and not_an_offer(c)


# "eliminates the need for a second operation": a convenience, not a condition removed.
_CLAIMS_NOT_CONDITIONS = words("claims_not_conditions")


def claims_eliminates_condition(c: Context) -> bool:
    """"Eliminates" claims that a product removes a condition ("eliminates wrinkles", "eliminates
    84% of dark circles"), not where it removes a need or a step ("eliminates the need for eye
    drops").

    Prevents convenience statements counting as absolute health claims (FTC 2022: claims that a
    product eliminates a condition).
    """
    following = c.tokens.words[c.end:min(c.last, c.end + 2)]
    return not set(following) & _CLAIMS_NOT_CONDITIONS and asserted_claim(c)


def claims_safety_asserted(c: Context) -> bool:
    """A safety claim is the text's own where it says, in the present, that a treatment is safe
    ("the vaccines are very safe", "it has no side effects", "100% safe"), not where it reports
    what a trial observed ("in this trial the drug was well tolerated", "it had a manageable
    safety profile", "appears to have no dangerous side effects, according to the study"),
    qualifies it ("relatively well tolerated", "a better safety profile than antibiotics") or
    names an aim ("progress toward a safe and effective vaccine", "we need safe and effective
    therapies"). Questions, conditions and denials are not claims either (``asserted_claim``).

    Prevents news reports of trial safety results counting as safety claims: a result credited
    to a study is a report, a page's own "completely safe" is a claim (FTC Health Products
    Compliance Guidance 2022 asks evidence for the claim; HealthNewsReview.org criterion 3
    counts the trial's reported harms as disclosure).
    """
    if any(w in _CLAIMS_SAFETY_QUALIFIERS for w in c.before(2)):
        return False
    if any(w in _CLAIMS_SAFETY_AIMS for w in _words_back(c, 8, ",;:.!?")):
        return False
    return asserted_claim(c) and not _claims_reported(c)


_EFFECT_VERBS = words("effect_verbs")


def always_of_effect(c: Context) -> bool:
    """"It always works" claims an effect without exception; "she always manages to look
    radiant", "they were always underwhelming" tell a habit or a story.

    Prevents narrative "always" counting as an absolute claim (FTC 2022: claims that a product
    works in every case).
    """
    return c.word(c.end) in _EFFECT_VERBS and asserted_claim(c)


def not_an_offer(c: Context) -> bool:
    """"A 100% satisfaction guarantee", "a risk-free trial" are terms of sale, not claims that a
    treatment works without exception ("guaranteed to melt fat", "100% effective").

    Prevents money-back offers counting as absolute health claims (FTC 2022 treats the two apart:
    refund terms are disclosures of the offer).
    """
    near = c.text[max(c.sentence_start, c.match_start - 40):min(c.sentence_end, c.match_end + 40)]
    return asserted_claim(c) and not _OFFER.search(near)


# Funding wording, and the kinds of body that fund research (a name beside "supported by").
_FUNDING_CONTEXT = pattern("funding_context")


# Funding asked for, not received: "applied for funding", "seeking funding for larger studies",
# "drafting a grant proposal to the NIH".
_SOUGHT = pattern("sought")
_SOUGHT_REACH = 60
# What "supported by" names when it is evidence, not money: "supported by multiple published
# clinical studies", "a finding supported by Tuesday's study".
_EVIDENCE_AFTER = words("evidence_after")


def funding_received(c: Context) -> bool:
    """"Funding", "grant" and "supported by" say who paid only when the money was received for
    the work: not when it is sought ("have applied for funding", "seeking funding for larger
    studies", "a grant proposal"), not in an institution's ranking ("ranked in the top 20 in
    research funding"), and "supported by" not when evidence supports a claim ("a finding
    supported by Tuesday's study", "supported by published clinical studies"), nor when it names no
    payer ("daily irrigation supported by a demonstration video").

    Prevents plans and epistemic support counting as funding disclosed (HealthNewsReview.org
    criterion 9 asks who paid for the work that is reported).
    """
    if _SOUGHT.search(c.text, max(c.sentence_start, c.match_start - _SOUGHT_REACH), c.match_start):
        return False
    if _not_for_the_work(c):
        return False
    if c.word(c.end) in {"proposal", "proposals", "application", "applications"}:
        return False
    if c.tokens.words[c.end - 1] == "by":
        following = [i for i in range(c.end, min(c.last, c.end + 6))]
        evidence = [i for i in following if c.word(i) in _EVIDENCE_AFTER and not c.surface(i)[:1].isupper()]
        grants = [i for i in following if c.word(i).startswith(("grant", "fund", "award"))]
        if evidence and not grants:
            return False
        # a payer is a name ("supported by the Wellcome Trust", "by Bayer") or money ("by a grant
        # from"); "supported by a demonstration video" names neither
        named = any(c.surface(i)[:1].isupper() or c.word(i) in _FUNDING_MONEY_WORDS for i in following)
        return named or bool(grants) or c.word(c.end - 2) != "supported"
    return True


def funding_context(c: Context) -> bool:
    """A funder's name or a word like "foundation" or "supported by" says who paid only next to
    funding wording or another funding body elsewhere in its sentence ("supported by the National
    Institutes of Health", "employees of the NIH"), not in "the National Osteoporosis Foundation
    recommends", "a foundation for health" or "a finding supported by Tuesday's study".

    Another body's name is no funding wording: "according to the National Institutes of Health",
    "the British Heart Foundation's medical director", "the NIH Clinical Center" say who spoke or
    where, not who paid (round 5: body names as context did not hold on 100 fresh findings).

    Prevents names of agencies and charities counting as funding disclosed (HealthNewsReview.org
    criterion 9 asks who paid for the work).
    """
    # the sentence and a little beyond: a funding note is often one line split over two
    # from the sentence's start: a long list of funders names the money once, at its head
    near = c.text[max(0, min(c.sentence_start, c.match_start - _FUNDING_REACH)):c.match_start] + " " + \
        c.text[c.match_end:c.match_end + _FUNDING_REACH]
    if c.word(c.end) == "trust":  # "NHS Foundation Trust": a hospital
        return False
    return bool(_FUNDING_CONTEXT.search(near)) and funding_received(c)


_FUNDING_REACH = 120


_NOT_AN_OPTION = words("not_an_option")


def other_option(c: Context) -> bool:
    """A comparison sets the intervention beside an alternative when what follows is another
    treatment ("compared with standard chemotherapy"), not a placebo or a sham ("compared with
    9 percent on placebo") or the weighing of benefits "versus risks".

    Nor when the second term is a group that had none or less of the exposure, or a control group:
    "12% less likely to die compared to those who got less", "compared with mothers who didn't
    take it", "compared to the control group", "compared to national data from the general
    population", "compared with heavy smokers" set exposure groups side by side, not options for
    one patient; nor when the first term is the group that went without ("mothers who skipped the
    supplement ... compared with mothers who took it").

    Prevents placebo-controlled results and cohort comparisons counting as alternatives discussed
    (HealthNewsReview.org criterion 6: existing options a patient could choose).
    """
    if any(w in _NOT_AN_OPTION for w in c.tokens.words[c.end:min(c.last, c.end + 10)]):
        return False
    if c.word(c.end) in _WEIGHED:  # "a question of cost versus convenience"
        return False
    return not (_group_by_exposure(_comparator(c)) or _went_without(_words_back(c, None, ",;:")))


# Qualities weighed against each other rather than options: "cost versus convenience".
_WEIGHED = words("weighed_qualities")
# Ways a group goes without the exposure: "mothers who skipped the supplement".
_ABSENCE = words("absence")


def _went_without(lead: list[str]) -> bool:
    """Whether the first term of a comparison is a group that went without the exposure ("men who
    didn't take anticlotting drugs had more recurrences, compared with men who did")."""
    if "who" not in lead:
        return False
    group = lead[lead.index("who") + 1:]
    return any(w in _NEGATIONS or w in _ABSENCE or w.endswith("n't") for w in group[:4])


# How far a comparison's second term may run: "compared to 5.5 months for a control group that
# just received a placebo" names its control group eleven words on.
_COMPARATOR_REACH = 14
# A comparator that is no treatment: a control or comparison group, the general population.
_CONTROL_GROUP = words("control_group")
# A group defined by less of the exposure: "those who got less", "the people with less of the bacterium".
_LESSER = words("lesser_amount")


def _comparator(c: Context) -> list[str]:
    """The words of a comparison's second term: after the cue, up to the end of its clause."""
    out = []
    for i in range(c.end, min(c.last, c.end + _COMPARATOR_REACH)):
        if i > c.end and any(p in c.gap_before(i) for p in ",;:"):
            break
        out.append(c.tokens.words[i])
    return out


def _group_by_exposure(comparator: list[str]) -> bool:
    """Whether a comparison's second term is a group that got none or less of the exposure, or a
    control group ("those who don't", "mothers who skipped it", "those who ate less than 15
    grams", "the control group", "the general population"), not another treatment."""
    if any(w in _CONTROL_GROUP or w in _NEGATIONS or w.endswith("n't") for w in comparator):
        return True
    # "compared to less than two percent of men who had robotic surgery": a figure, not a group
    return any(w in _LESSER for w in comparator[1:])


# What sets a treatment beside the one discussed: "without surgery", "instead of", "or botox",
# "avoid", "versus", "considered surgery but", "couldn't afford", "not getting surgery".
_AS_OPTION = words("as_option")
_OPTION_REACH = 6


def named_as_option(c: Context) -> bool:
    """A treatment's name ("surgery", "chemotherapy", "medications", "diet and exercise") is an
    alternative discussed only where the text sets it beside the intervention as another
    option: "without the pain or down time of surgery", "she even considered plastic surgery
    but", "instead of antidepressants", "surgery or radiation". Not where it is the intervention
    itself or its setting ("getting bilateral knee replacement surgery", "bleeding during
    surgery", "improve response to chemotherapy").

    Not where it is given together with the intervention ("can be combined with standard
    radiation therapy", "texts plus usual care"), set against a placebo ("antidepressants versus
    placebo pills"), names an exposure ("a small dose of radiation", "the hazards of radiation")
    or the group that went without it in a cohort or a trial ("women who hadn't had the surgery",
    "a third control group ... did not receive cognitive behavioral therapy"), nor where
    ", or" glosses its name ("bariatric, or weight loss, surgery") or "or" joins a wider word for it
    ("after your surgery or procedure"), nor where it is the same treatment again ("a repeat
    surgery").

    Prevents the story's own treatment counting as alternatives discussed (HealthNewsReview.org
    criterion 6: does the story compare the new approach with existing options?).
    """
    if not not_the_intervention(c):
        return False
    words = c.tokens.words
    before = range(max(c.first, c.start - _OPTION_REACH), c.start)
    after = range(c.end, min(c.last, c.end + 3))
    if _given_with_or_as_exposure(c) or any(words[i] in _PLACEBO_LIKE for i in after) or c.word(c.start - 1) in _AGAIN:
        return False
    signals = [words[i] for i in before if _sets_beside(c, i)]
    # after the name only a conjunction or a comparison sets it beside another ("surgery or
    # radiation", "chemotherapy, the standard treatment, versus nothing"): "robotic surgery may
    # offer other benefits", "radiation therapy has not been approved" say more of the same one
    signals += [words[i] for i in after if _sets_beside(c, i) and words[i] not in _OF_THE_SAME]
    lead = words[before.start:c.start]
    arm = "who" in lead or any(w in _CONTROL_GROUP for w in words[c.first:c.start])
    if signals and all(w in _NEGATIONS or w.endswith("n't") for w in signals) and arm:
        return False  # "women who hadn't had the surgery", "a control group ... did not receive it"
    return bool(signals)


# Words after a treatment's name that go on about the same treatment: "other benefits", "not yet".
_OF_THE_SAME = words("of_the_same")


def _sets_beside(c: Context, i: int) -> bool:
    """Whether token ``i`` sets a treatment beside another; ", or" glosses a name instead
    ("bariatric, or weight loss, surgery", "intraperitoneal chemotherapy, or Hipec")."""
    w = c.tokens.words[i]
    if w == "or" and ("," in c.gap_before(i) or {c.word(i - 1), c.word(i + 1)} & _GENERIC):
        return False  # "after your surgery or procedure": a wider word for the same thing
    return w in _AS_OPTION or w.endswith("n't")


# Wider words for a treatment, which "or" joins to it rather than to another option.
_GENERIC = words("generic_procedure")
# The same treatment again: "a repeat surgery", "revision surgery".
_AGAIN = words("again")


# "combined with standard radiation", "text messages plus usual care": given together with the
# intervention, not instead of it. "a dose of radiation", "the hazards of radiation": an exposure.
_GIVEN_WITH = pattern("given_with")
# "antidepressants versus placebo pills": the treatment tested against nothing, not an option.
_PLACEBO_LIKE = words("placebo_like")
_EXPOSURE_BEFORE = words("exposure_before")


def _given_with_or_as_exposure(c: Context) -> bool:
    lead = c.text[max(c.sentence_start, c.match_start - 40):c.match_start]
    return bool(_GIVEN_WITH.search(lead)) or any(w in _EXPOSURE_BEFORE for w in c.before(3))


def not_a_quantity(c: Context) -> bool:
    """"Instead of", "rather than" set options side by side, not quantities: "the repair needed
    three incisions instead of one", "three copies of the chromosome instead of two".

    Prevents counts swapped for counts counting as alternatives discussed (HealthNewsReview.org
    criterion 6).
    """
    following = c.word(c.end)
    return not (following[:1].isdigit() or following in _NUMBER_WORDS - {"a", "an"})


# What "alternative" qualifies when it is no treatment: "alternative explanations", "an alternative hypothesis".
_NOT_A_TREATMENT = words("alternative_not_treatment")


def alternative_treatment(c: Context) -> bool:
    """"Alternative" offers another option ("a painless alternative to needles", "alternative
    treatments such as ginger"), not in "plausible alternative explanations", "an alternative
    hypothesis", "alternative spellings", where it qualifies no treatment.

    Prevents the plain adjective counting as alternatives discussed (HealthNewsReview.org
    criterion 6).
    """
    return c.word(c.end) not in _NOT_A_TREATMENT


# Words of imaging and exposure, in whose sentence "radiation" is a dose received, not a treatment.
_IMAGING_EXPOSURE = pattern("imaging_exposure")
_TREATMENT_AFTER = words("treatment_after")


def radiation_as_treatment(c: Context) -> bool:
    """"Radiation" is a treatment beside the intervention ("surgery or radiation", "she opted for
    radiation", "conventional radiation therapy") and is the dose a scan delivers in the sentences
    of imaging and exposure ("spiral CTs emit less radiation than standard CT scans", "does not
    expose children to radiation", "harmful chemicals, radiation or toxins").

    Prevents a scan's radiation dose counting as an alternative discussed (HealthNewsReview.org
    criterion 6); its harm is the harms family's to find.
    """
    if c.word(c.end) not in _TREATMENT_AFTER and _IMAGING_EXPOSURE.search(c.text, c.sentence_start, c.sentence_end):
        return False
    return named_as_option(c)


def instead_not_added(c: Context) -> bool:
    """"Usual care", "standard of care" name an existing option, except where the intervention
    is given on top of it ("four text messages a week plus usual care", "added to standard
    treatment"): then it is the background both groups got, not an option set beside it.

    Prevents add-on designs counting as alternatives discussed (HealthNewsReview.org criterion 6).
    """
    return not _given_with_or_as_exposure(c)


_SUPERLATIVE = words("superlative")
_NOT_THE_INTERVENTION = words("not_the_intervention")


def available_intervention(c: Context) -> bool:
    """"Available", "on the market" tell a reader how to get the intervention; not in "results
    would not be available", "available online at", "the figures are available at https://...",
    or in a superlative ("the purest extract on
    the market", "the best cream available anywhere"), which rates rather than tells access.

    Prevents data, documents and sales superlatives counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    window = c.before(6)
    if any(w in _SUPERLATIVE or (w.endswith("est") and len(w) > 5) for w in window):
        return False
    nearby = set(c.before(4)) | set(c.tokens.words[c.end:min(c.last, c.end + 2)])
    # a press office's "Dr. X is available for interviews", "the studio is available to media":
    # the contact block addresses journalists (round 4: two of 200 dev findings)
    press = _PRESS_CONTACT.search(c.text, c.sentence_start, c.sentence_end)
    return not (nearby & _NOT_THE_INTERVENTION or press) and not _WEB_ADDRESS_AFTER.match(c.text, c.match_end)


# "available for interviews", "available to reporters": a press office's contact sentence.
_PRESS_CONTACT = pattern("press_contact")
# "available at https://...", "available from www...": a document's address, not the intervention's.
_WEB_ADDRESS_AFTER = pattern("web_address_after")


# Words of a regulator's decision on access: "FDA-approved", "the FDA cleared", "FDA review".
_REGULATORY_DECISION = pattern("regulatory_decision")
# Drug classes named by "prescription": "prescription painkiller addicts", "prescription diet pills".
_PRESCRIPTION_CLASS = words("prescription_class")


def regulator_deciding(c: Context) -> bool:
    """The FDA's name tells a reader about access only where its sentence says what the agency
    decided or reviews ("FDA-approved", "the FDA cleared", "under FDA review"), not where the
    agency warns, is written to ("report side effects to the FDA", "www.fda.gov/medwatch") or is
    described.

    Prevents every mention of a regulator counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status and availability explained?).
    """
    decided = any(not _APPROVED_OTHER.match(c.text[m.end():c.sentence_end])  # "approval ... for a study"
                  for m in _REGULATORY_DECISION.finditer(c.text, c.sentence_start, c.sentence_end))
    return decided and not (
        c.match_start > 0 and c.text[c.match_start - 1] == ".")  # "www.fda.gov": a web address


def prescription_as_access(c: Context) -> bool:
    """"By prescription", "without a prescription", "non-prescription" tell access; "prescription
    painkiller addicts", "prescription diet pills" name a class of drugs.

    Prevents drug classes counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    return c.word(c.end) not in _PRESCRIPTION_CLASS


def not_in_a_name(c: Context) -> bool:
    """Title-case words inside a name ("NIHR Clinical Trials Fellow", "Clinical Trial Service
    Unit") name an office, not a trial of the intervention.

    Prevents job titles and unit names counting as trial or availability cues.
    """
    if c.at_sentence_start or c.end >= c.last:
        return True
    first, following = c.surface(c.start), c.surface(c.end)
    return not (first[:1].isupper() and following[:1].isupper() and not following.isupper())


# --- costs and availability: what a reader pays and how they get the intervention -------------

# Words that place a trial in the intervention's road to patients: "a phase 3 trial", "future
# trials", "larger trials are needed", "an ongoing trial", "plans to begin trials".
_TRIAL_STAGE = words("trial_stage")
_STAGE_REACH = 8


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
    words = c.tokens.words
    near = words[max(c.first, c.start - _STAGE_REACH):c.start] + words[c.end:min(c.last, c.end + _STAGE_REACH)]
    if _trial_as_evidence(c) and not any(w in _TRIAL_STILL_OPEN for w in near):
        return False
    if any(w in _TRIAL_STAGE for w in near):
        return not_in_a_name(c)
    label_phrase = c.start - 1 == c.first and c.word(c.first) == "in" and "," in c.gap_before(c.end)
    return not (label_phrase or any(w in _TRIAL_AS_SOURCE for w in c.before(4))) and not_in_a_name(c)


# Words that mark a trial as past evidence: "earlier clinical trials", "based on the clinical
# trial", "copies of two clinical trials", "published clinical trials".
_TRIAL_AS_SOURCE = words("trial_as_source")
# A trial's design, size or findings (CONSORT items 3 and 13), and the stage words that outweigh them.
_TRIAL_DESIGN = words("trial_design")
_TRIAL_FINDINGS = words("trial_findings")
_TRIAL_STILL_OPEN = words("trial_still_open")


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


# What organisations launch besides products: "a campaign", "a new academic partnership".
_ORGANISATIONAL = words("organisational_launch")


def launched_product(c: Context) -> bool:
    """"Launched a blood test", "plans to launch the product in January", "launched a larger
    trial" tell access or stage; "launched a new academic partnership", "launched a fundraising
    campaign", "the college was launched in 2010" tell of an organisation.

    Prevents institutions' news counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - 3):c.start] + words[c.end:min(c.last, c.end + 4)]
    return not any(w in _ORGANISATIONAL for w in near)


# Who pays for care: "covered by insurance", "Medicare covered it", "not covered by most plans".
_PAYER = pattern("payer")


def covered_by_payer(c: Context) -> bool:
    """"Covered" tells access where a payer covers the intervention ("rarely covered by
    insurance", "Medicare-covered"), not "a rash covered her body" or "tests covered only one
    disease".

    Prevents the plain sense of "cover" counting as availability disclosed (HealthNewsReview.org
    criteria 1 and 7: cost, coverage and access).
    """
    return bool(_PAYER.search(c.text, c.sentence_start, c.sentence_end))


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
    if any(w in _PRACTITIONERS for w in near):
        return False
    # "Capricor has licensed additional intellectual property", "the university licensed the
    # rights to Naurex": a business deal (a conflict of interest, not access)
    deal = c.word(c.start - 1) in {"has", "have", "had"} or set(
        words[c.end:min(c.last, c.end + 4)]) & _LICENSED_RIGHTS
    return not deal


# What else gets approved: a study, a resolution, a budget ("approval from the FDA for a study",
# "a Statehouse that approved a resolution").
_APPROVED_OTHER = pattern("approved_other")
# "If approved by Congress", "approval from the state legislature": a law, a budget, a school.
_BY_LEGISLATURE = pattern("approved_by_legislature")


def approval_of_intervention(c: Context) -> bool:
    """"Approved", "approval" tell access when a treatment is approved, not when a study, a bill
    or a resolution is ("hopes to get approval from the FDA for a study in the U.S.", "a
    legislature that approved a resolution").

    Prevents approvals of research and legislation counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status of the intervention explained?).
    """
    clause = c.text[c.match_end:c.sentence_end]
    return not (_APPROVED_OTHER.match(clause) or _BY_LEGISLATURE.match(clause))


# What a sentence's sum can be besides a price: "$25.7 billion", "billions of dollars in sales",
# "cost the UK economy", "the nation's healthcare costs".
_AGGREGATE = pattern("aggregate_spending")
# Hyperbole that rates a price rather than states it: "ridiculously expensive", "ridiculous prices".
_HYPERBOLE = words("cost_hyperbole")
# Words after "expensive" that make it predicative or comparative: "expensive than", "expensive to
# produce", "expensive, and"; anything else after it is the noun it qualifies.
_NOT_A_NOUN = words("not_a_noun")
_COPULAS = words("copulas")
_DEGREE = words("degree")
_FIGURE = pattern("cost_figure")
_EVALUATIVE_COST = words("evaluative_cost")
_DETERMINERS = words("determiners")
_COST_INTENSIFIERS = words("cost_intensifiers")


def cost_to_a_payer(c: Context) -> bool:
    """A cost word discloses what the intervention costs a patient or payer, not a nation's or a
    market's spending in its clause ("Medicare paid $25.7 billion", "billions of dollars in annual
    sales", "sick days cost the UK economy £2bn", "add to the nation's healthcare costs").

    Nor a surname that is also a cost word ("Price said", "Dr. Price").

    Prevents national budgets and aggregate spending counting as costs disclosed
    (HealthNewsReview.org criterion 1: the cost of the intervention to the patient or payer).
    """
    return not _AGGREGATE.search(_clause(c)) and not _a_surname(c)


def price_stated(c: Context) -> bool:
    """An evaluative cost word ("expensive", "costly", "prices") discloses a cost when it is said
    of a treatment ("biologic therapies are expensive", "more expensive than other injectables",
    "This is a very expensive drug", "an expensive examination that costs $500"); not as a
    disparaging epithet for a class of other products ("don't spend your money on expensive
    department store creams", "ditching their expensive Botox treatments"), in a concession ("no
    matter how expensive the product"), in hyperbole ("ridiculously expensive"), of money
    wasted ("throwing away thousands of dollars on expensive creams") or of a sum spent on nothing
    named ("you don't need to spend thousands of dollars to look great").

    Prevents advertorials' rhetorical costs counting as costs disclosed (HealthNewsReview.org
    criterion 1: what the intervention costs; an ad's contempt for the rival's price says nothing
    of it).
    """
    words = c.tokens.words
    before = words[max(c.first, c.start - 4):c.start]
    if any(w in _HYPERBOLE for w in before + [c.word(c.end)]) or before[-3:] == ["no", "matter", "how"]:
        return False
    if any(w in _WASTED for w in c.before(6)):  # "throwing away thousands of dollars on ..."
        return False
    if not cost_to_a_payer(c):
        return False
    if c.word(c.start) == "dollars":
        return not _money_spent_on_nothing(c)
    if c.word(c.start) not in _EVALUATIVE_COST:
        return True
    qualifies_a_noun = c.end < c.last and c.word(c.end) not in _NOT_A_NOUN and c.gap_before(c.end).isspace()
    # "an expensive examination", "the costly new PET scans", a headline's "Costly New Drug": one
    # thing named; a bare class ("expensive department store creams") is the ad's rival
    lead = c.start - 1
    while lead > c.first and c.word(lead) in _COST_INTENSIFIERS:
        lead -= 1  # "a very expensive drug", "is extremely expensive"
    one_thing = lead < c.first or c.at_sentence_start or c.word(lead) in _DETERMINERS | _COPULAS
    comparative = any(w in _DEGREE for w in before[-2:])  # "far more expensive treatments"
    return not qualifies_a_noun or one_thing or comparative or bool(
        _FIGURE.search(c.text, c.sentence_start, c.sentence_end))


# Verbs of spending or saving money: "spend thousands of dollars", "save you thousands of dollars".
_SPENDING = words("spending")
# Money wasted or lost is an evaluation, not a price: "throwing away precious dollars on creams".
_WASTED = words("wasted_money")
# Words after a sum that say what it buys: "for the treatment", "on tests", "a month", "per dose".
_BUYS = words("buys")


def _money_spent_on_nothing(c: Context) -> bool:
    """"You don't need to spend thousands of dollars to look great", "I spent thousands and
    thousands of dollars looking": a sum spent or saved on nothing named is rhetoric about money,
    not the price of anything ("spent several hundred dollars more on tests" names what it buys)."""
    if not any(w in _SPENDING for w in c.before(6)):
        return False
    rest = c.text[c.match_end:c.sentence_end]
    following = re.split(r"[,;:]", rest, maxsplit=1)[0].lower().split()
    return not any(w.strip(".!?") in _BUYS for w in following)


def _clause(c: Context) -> str:
    """The match's clause: its sentence cut at the nearest comma, semicolon or colon either side."""
    text = c.text
    begin = max([text.rfind(p, c.sentence_start, c.match_start) for p in ",;:"] + [c.sentence_start - 1]) + 1
    ends = [i for i in (text.find(p, c.match_end, c.sentence_end) for p in ",;:") if i != -1]
    return text[begin:min(ends, default=c.sentence_end)]


def _a_surname(c: Context) -> bool:
    """"Price said", "Dr. Price": a capitalised word before a reporting verb or after a title
    names a person."""
    return c.surface(c.start)[:1].isupper() and (c.word(c.end) in _REPORTING or c.word(c.start - 1) in _TITLES)


_REPORTING = words("reporting_verbs")
_TITLES = words("titles")


RULES: dict[str, Callable[[Context], bool]] = {
    "offered_to_reader": offered_to_reader,
    "link_with_object": link_with_object,
    "not_astonishment": not_astonishment,
    "show_is_a_verb": show_is_a_verb,
    "not_statistical": not_statistical,
    "evaluative_best": evaluative_best,
    "not_a_directive": not_a_directive,
    "key_as_evaluation": key_as_evaluation,
    "adjective_not_verb": adjective_not_verb,
    "not_a_programme_name": not_a_programme_name,
    "not_clinical_term": not_clinical_term,
    "risk_raised": risk_raised,
    "asserted_claim": asserted_claim,
    "not_an_offer": not_an_offer,
    "always_of_effect": always_of_effect,
    "cure_claimed": cure_claimed,
    "claims_hundred_percent": claims_hundred_percent,
    "claims_gentle_on_body": claims_gentle_on_body,
    "claims_every_patient_helped": claims_every_patient_helped,
    "claims_no_risk_claimed": claims_no_risk_claimed,
    "claims_for_good": claims_for_good,
    "claims_guarantee_claimed": claims_guarantee_claimed,
    "claims_safety_asserted": claims_safety_asserted,
    "claims_safety_profile_rated": claims_safety_profile_rated,
    "claims_no_risk_to_health": claims_no_risk_to_health,
    "claims_eliminates_condition": claims_eliminates_condition,
    "funding_context": funding_context,
    "funding_received": funding_received,
    "other_option": other_option,
    "available_intervention": available_intervention,
    "not_in_a_name": not_in_a_name,
    "regulator_deciding": regulator_deciding,
    "prescription_as_access": prescription_as_access,
    "trial_as_stage": trial_as_stage,
    "launched_product": launched_product,
    "covered_by_payer": covered_by_payer,
    "licensed_product": licensed_product,
    "approval_of_intervention": approval_of_intervention,
    "cost_to_a_payer": cost_to_a_payer,
    "price_stated": price_stated,
    "named_as_option": named_as_option,
    "instead_not_added": instead_not_added,
    "alternative_treatment": alternative_treatment,
    "radiation_as_treatment": radiation_as_treatment,
    "not_a_quantity": not_a_quantity,
    "harm_not_minimised": harm_not_minimised,
    "not_an_aim": not_an_aim,
    "unsourced_statistic": unsourced_statistic,
    "sourced_statistic": sourced_statistic,
    "hope_offered": hope_offered,
    "may_not_month": may_not_month,
    "not_negated_ability": not_negated_ability,
    "epistemic_think": epistemic_think,
    "likely_not_attributive": likely_not_attributive,
    "appear_with_complement": appear_with_complement,
    "before_a_number": before_a_number,
    "reader_directed": reader_directed,
}

# Hedges: the epistemic sense of modals and hedge verbs (Coates 1983; Palmer 2001; Hyland 1998).
RULES.update({
    "epistemic_may": epistemic_may,
    "epistemic_could": epistemic_could,
    "epistemic_would": epistemic_would,
    "epistemic_should": epistemic_should,
    # round 2: questions, methods, habits, results still to come (see the block above)
    "not_in_a_question": not_in_a_question,
    "estimate_as_judgement": estimate_as_judgement,
    "always_as_certainty": always_as_certainty,
    "result_obtained": result_obtained,
    "shows_a_finding": shows_a_finding,
    "reveals_a_finding": reveals_a_finding,
    "proof_of_a_claim": proof_of_a_claim,
    "possible_as_likelihood": possible_as_likelihood,
    "directive_suggest": directive_suggest,
    "frequency_of_a_claim": frequency_of_a_claim,
    "rather_as_degree": rather_as_degree,
    "approximates_a_quantity": approximates_a_quantity,
    "research_called_for": research_called_for,
    "in_general_as_hedge": in_general_as_hedge,
})

_NEGATIONS = words("negations")
# "so-called", "billed as", and the words that report a belief the writer does not share ("the
# perception that it's all natural", "the myth that", "the company claims").
_ATTRIBUTIONS = words("attributions")
_QUOTES = '"\u201c\u201d'
_CLAUSE_BREAK = pattern("clause_break")
# How far back a negation or attribution reaches: "not a miracle", "is not really a
# miracle", "some people call it a miracle". Four tokens back, never past a clause break, keep
# "no" in an earlier clause out.
_REACH = 4
# A quotation this short is a term held at arm's length, not a quoted sentence.
_SCARE_QUOTE_WORDS = 4
# How far either side of a match the rules read: far beyond any real clause, and a bound that
# keeps one enormous unpunctuated "sentence" linear rather than quadratic.
_QUOTE_WINDOW = 300


def mention_reason(c: Context) -> str | None:
    """Why this match is a mention rather than the writer's own use, or None if it is a use."""
    first_start, last_end = c.tokens.starts[c.start], c.tokens.ends[c.end - 1]
    window = c.before(_REACH)
    # stop at a clause break: "No side effects were seen, and it is a miracle" is a use
    for back in range(1, len(window) + 1):
        index = c.start - back
        if _CLAUSE_BREAK.search(c.gap_before(index + 1)):
            window = window[len(window) - back + 1:]
            break
    # "not only promising but ..." and "not just new" intensify rather than negate
    intensified = any(a == "not" and b in {"only", "just", "merely"} for a, b in zip(window, window[1:]))
    if not intensified and any(w in _NEGATIONS or w.endswith("n't") for w in window):
        return "negated"
    if any(w in _ATTRIBUTIONS for w in window):  # "so-called" tokenises to "so", "called"
        return "attributed"
    # Scare quotes around the term itself ('a so-called "game-changer"') make it a mention;
    # a quoted sentence from a researcher ('"a game-changer for women," she said') is the
    # text's own promotion, and HealthNewsReview judges releases on their quotes too.
    # (a window, not the whole sentence: a 1 MB "sentence" must not cost 1 MB per finding)
    before_text = c.text[max(c.sentence_start, first_start - _QUOTE_WINDOW):first_start]
    opening = max(map(before_text.rfind, _QUOTES + "'"))
    if opening >= 0 and before_text[opening] == "'" and before_text[opening - 1:opening].isalnum():
        opening = -1  # an apostrophe ("patient's"), not a quote
    if opening >= 0:
        after_text = c.text[last_end:last_end + 80]
        closing = min((i for i in (after_text.find(q) for q in _QUOTES + "'") if i >= 0), default=-1)
        quoted = before_text[opening + 1:] + c.text[first_start:last_end] + after_text[:max(closing, 0)]
        if closing >= 0 and len(quoted.split()) <= _SCARE_QUOTE_WORDS:
            return "quoted"
    return None


# --- Rules added for health marketing (issue 15) --------------------------------------------

# Words after which a bare verb ("order", "buy", "claim", "click") is said to the reader:
# "please order", "simply click", "order now" when it opens the sentence.
_ADDRESS_BEFORE = words("address_before")
# "to" + verb is addressed to the reader after these ("how to order", "click here to claim").
_ADDRESS_BEFORE_TO = words("address_before_to")


def purchase_directed(c: Context) -> bool:
    """A purchase verb ("order", "buy", "claim", "click", "try it") is a call to action only when
    said to the reader: as an imperative that opens its sentence ("Order today", "Click to
    claim"), after "please"/"simply", in "To order your bottle, follow the link", "how to buy".

    Prevents "in order to", "you can buy it at health food stores" (consumer news), "doctors
    now order a PSA test", "if parents want to try it" counting as calls to action (FTC .com Disclosures: the call is the
    point of purchase offered to the reader, not any mention of buying).
    """
    before = c.word(c.start - 1)
    if c.at_sentence_start or before in _ADDRESS_BEFORE:
        return True
    if before == "to":
        return c.start - 1 == c.first or c.word(c.start - 2) in _ADDRESS_BEFORE_TO
    return False


# A negation that denies a harm: "no side effects", "none of the dangerous side effects",
# "zero risks", "never any side effects", "does not cause cardiac toxicity", "I haven't had any".
_DENIALS = words("denials")
# Harms a negation names rather than denies: "not well tolerated" discloses a harm.
_NEGATION_DISCLOSES = words("negation_discloses")
_POORLY = words("poorly")
# A qualified denial reports a trial's observation ("no serious side effects", "no increased
# risk"); sales copy denies every harm outright ("no side effects", "no harmful side effects").
_REPORT_QUALIFIERS = words("report_qualifiers")
# Verbs that report what a trial observed: "no serious adverse events occurred" discloses.
_OBSERVED = re.compile(
    r"\b(?:report|reported|reports|observed|occurred|occur|seen|noted|recorded|detected|experienced|"
    r"developed|found|identified|documented|emerged)\b",
    re.IGNORECASE,
)
_DENIAL_REACH = 5
# How near the denial the observing verb must stand to make it a report: "no serious adverse
# events occurred", "patients reported no side effects"; not "a study found that people lost
# 12% of their body fat - with zero side effects", where "found" governs the weight loss.
_OBSERVED_REACH = 6


def harm_not_denied(c: Context) -> bool:
    """A harm named only to deny it ("100% safe with no side effects", "none of the dangerous
    side effects", "without any side effects") is a safety claim, not a disclosure of harms;
    harms avoided or minimised (``harm_not_minimised``) do not count either.

    Prevents a sales page's "no side effects" ticking harms as disclosed (HealthNewsReview.org
    criterion 3; FTC Health Products Compliance Guidance 2022 treats "no side effects" as a
    safety claim needing evidence). A trial's report stays a disclosure: "no serious adverse
    events occurred", "patients reported no side effects".
    """
    if not harm_not_minimised(c) or not harm_of_intervention(c):
        return False
    window = c.before(_DENIAL_REACH)
    for back in range(1, len(window) + 1):  # a denial in an earlier clause does not reach
        if any(p in c.gap_before(c.start - back + 1) for p in ",;:.!?"):
            window = window[len(window) - back + 1:]
            break
    # a pattern's match may hold the denial itself: "100% safe with no side effects"
    window = window + c.tokens.words[c.start:c.end - 1]
    if c.tokens.words[c.end - 1] in _NEGATION_DISCLOSES:
        # "not well tolerated", "poorly tolerated" disclose; "well tolerated" is a safety claim
        return c.tokens.words[c.end - 1] != "tolerated" or any(
            w in _DENIALS or w.endswith("n't") or w in _POORLY for w in c.before(3))
    denied = any(w in _DENIALS or w.endswith("n't") for w in window)
    if not denied or any(w in _REPORT_QUALIFIERS for w in window):
        return True
    return _observed_by_others(c)


def _observed_by_others(c: Context) -> bool:
    """A verb of observation beside the denial ("no adverse events occurred", "patients reported
    no side effects") makes it a trial's report, unless the observer is the writer's "I": a
    testimonial's "I haven't experienced any side effects" is a safety claim."""
    # counted from the harm's last word: a pattern's match may be long ("12% of ... side effects")
    first = max(c.first, c.end - 1 - _DENIAL_REACH - _OBSERVED_REACH)
    last = min(c.last, c.end + _OBSERVED_REACH)
    near = c.tokens.words[first:last]
    if "i" in near or "i've" in near:
        return False
    return any(_OBSERVED.fullmatch(w) for w in near)


# How far before its sentence the tie may be: a list of effects often follows its lead-in line.
_TIE_REACH = 150


def adverse_effect_of_intervention(c: Context) -> bool:
    """A named symptom ("insomnia", "headaches", "weight gain") or a word of misuse ("addiction",
    "withdrawal") discloses a harm only where its sentence (or the line before) ties it to a
    treatment or exposure: "side effects included headache", "the drug can cause swelling",
    "patients taking it reported nausea", "do not take it if you have bleeding". Not where it
    describes the disease or a life ("Symptoms can include sadness, insomnia"), names what is
    treated ("an insomnia drug", "a treatment for anxiety and insomnia", "addiction
    specialists"), or sits in a disease's name ("chronic fatigue syndrome"). A symptom listed
    under a denied harm ("did not induce side effects, such as tremors") is denied with it.

    Prevents the symptoms of the condition counting as harms disclosed (HealthNewsReview.org
    criterion 3: "Does the story adequately explain/quantify the harms of the intervention?";
    MedDRA terms name both symptoms and adverse reactions). Denied harms do not count either
    (``harm_not_denied``).
    """
    if c.word(c.end) in {"syndrome", "disorder"} or _names_the_condition(c):
        return False
    near = c.text[max(0, c.sentence_start - _TIE_REACH):c.match_start]
    after = c.text[c.match_end:c.sentence_end]
    sentence = c.text[c.sentence_start:c.match_start] + " " + after
    tied = _harm_tie(near + " " + after) or (_INTAKE.search(sentence) and _REPORT_OF_SYMPTOM.search(sentence))
    return bool(tied) and harm_not_denied(c) and not _under_denied_head(c)


# --- harms: whose harm is it? (issue 14, dev audit round 3) ----------------------------------
# HealthNewsReview.org criterion 3 asks "Does the story adequately explain/quantify the harms of
# the intervention?": a harm word counts when the harm is the intervention's (or the exposure's),
# not the disease's own burden and not the harm of an option the page contrasts with its own.
_HARM_TIE = pattern("harm_tie")
_INTAKE = pattern("intake")
_REPORT_OF_SYMPTOM = pattern("report_of_symptom")
_HARM_HEAD = pattern("harm_head")
_AT_RISK = pattern("at_risk")
_PUTS_AT_RISK = pattern("puts_at_risk")
_HARM_FEARED = words("harm_feared")
_DISEASE_OWNERS = words("disease_owners")
_TREATMENT_OWNERS = words("treatment_owners")
_COMPARATOR_OWNERS = words("comparator_owners")
_CONDITION_HEADS = words("condition_heads")
_TOXIC_EFFECTS = words("toxic_effects")
_EXPERIENCED_BENEFIT = words("experienced_benefit")
_CAUSE = re.compile(r"(?i:\bcaus\w*)")
_CAUSE_NOUN_BEFORE = words("cause_noun_before")
_CAUSE_RANK = words("cause_rank")
_INHERENT_RISK_FACTORS = words("inherent_risk_factors")
_OWNER_REACH = 7
# How far back a word of lowering or fear reaches: "can reduce the risk of complications".
_MINIMISER_REACH = 5


def _harm_tie(text: str) -> bool:
    """A word of harm or causation in ``text`` that is not the disease causing its own symptoms
    ("the condition, which causes chronic aches and fatigue")."""
    for m in _HARM_TIE.finditer(text):
        if not _CAUSE.match(m.group()):
            return True
        subject = re.findall(r"[a-z]+", text[max(0, m.start() - 30):m.start()].lower())
        if subject and subject[-1] in _CAUSE_NOUN_BEFORE:  # "physical causes like sleep apnea"
            continue
        if not set(subject[-3:]) & _DISEASE_OWNERS:
            return True
    return False


def _names_the_condition(c: Context) -> bool:
    """The word modifies a noun naming the condition's treatment, patients or care: "insomnia
    drug", "fatigue patients", "addiction specialists", "warning letters"."""
    return c.word(c.end) in _CONDITION_HEADS and not any(p in c.gap_before(c.end) for p in ",;:.!?\"'")


def _under_denied_head(c: Context) -> bool:
    """The nearest harm word before a listed symptom in its sentence is denied or avoided: "did
    not induce side effects, such as tremors", "without any of the side effects ..., said to
    include fatigue"."""
    heads = list(_HARM_HEAD.finditer(c.text, c.sentence_start, c.match_start))
    if not heads:
        return False
    before = re.findall(r"[a-z']+", c.text[max(c.sentence_start, heads[-1].start() - 40):heads[-1].start()].lower())
    if any(w in _DENIALS or w.endswith("n't") for w in before[-5:]):
        return True
    # the head's owner is another option: "side effects associated with celecoxib and other
    # NSAIDs, including stomach ulcers and bleeding"
    owner = re.findall(r"[a-z]+", c.text[heads[-1].end():c.match_start].lower())[:_OWNER_REACH]
    return bool(owner) and owner[0] in {"of", "from", "with", "associated"} and bool(set(owner) & _COMPARATOR_OWNERS)


def _owner_words(c: Context) -> list[str]:
    """The words after the harm up to a clause break: its owner when they begin "of", "from",
    "with" or "associated with" ("side effects of current treatments")."""
    out = []
    for i in range(c.end, min(c.last, c.end + _OWNER_REACH)):
        if i > c.end and any(p in c.gap_before(i) for p in ",;:.!?"):
            break
        out.append(c.word(i))
    return out


def harm_of_intervention(c: Context) -> bool:
    """Whose harm is it? Not the disease's: "complications of diabetes", "an adverse effect of
    having breast cancer", "the risk of developing the disease". Not another option's the text
    contrasts: "side effects of current treatments", "side effects associated with celecoxib and
    other NSAIDs". Not a harm feared or lowered rather than disclosed: "scared of the potential
    risks of surgery", "can reduce the risk of complications". And "at high risk of" tells a
    person's risk, not what causes it.

    Prevents the disease's burden and comparators' harms counting as the harms of the
    intervention (HealthNewsReview.org criterion 3: "Does the story adequately explain/quantify
    the harms of the intervention?"; DISCERN item 11: the risks of each treatment).
    """
    if not harm_not_of_another_option(c):  # the page's intervention is known: whose option is it?
        return False
    window = c.before(_MINIMISER_REACH)
    for back in range(1, len(window) + 1):  # a clause break ends the reach
        if any(p in c.gap_before(c.start - back + 1) for p in ",;:.!?"):
            window = window[len(window) - back + 1:]
            break
    if any(w in _MINIMISERS or w in _FAVOURABLE or w in _HARM_FEARED for w in window):
        return False
    lead = c.text[max(c.sentence_start, c.match_start - 40):c.match_end]
    at_risk = _AT_RISK.search(lead)
    if at_risk and not _PUTS_AT_RISK.search(c.text, max(c.sentence_start, at_risk.start() - 40), at_risk.start()):
        return False
    if _names_the_condition(c):
        return False
    owner = _owner_words(c)
    if c.tokens.words[c.end - 2:c.end] == ["risk", "of"]:
        # "the risk of heart attack" names the harm itself, not its cause: only "the risk of
        # developing the disease" (the story's condition, by its anaphor) is the disease's
        return not any(a == "the" and b in _DISEASE_OWNERS for a, b in zip(owner, owner[1:]))
    if c.tokens.words[c.end - 1] != "of":
        # the owner follows "of", "from" or "with" at once or after the harm's own noun ("most
        # common adverse side effects of current treatments")
        links = [i for i, w in enumerate(owner[:3]) if w in {"of", "from", "with"}]
        if not links:
            return True
        owner = owner[links[0]:]
    if set(owner) & _COMPARATOR_OWNERS:
        return False
    return bool(set(owner) & _TREATMENT_OWNERS) or not set(owner) & _DISEASE_OWNERS


def experienced_harm(c: Context) -> bool:
    """"Patients experienced ..." reports a harm ("some patients experienced itchiness and eye
    redness"), not a benefit ("patients experienced rather large weight loss", "70 percent of
    participants experienced a complete stop in disease progression").

    Prevents outcomes counting as harms reported (HealthNewsReview.org criterion 3).
    """
    return not set(c.tokens.words[c.end:min(c.last, c.end + 9)]) & _EXPERIENCED_BENEFIT and harm_not_denied(c)


def toxic_of_intervention(c: Context) -> bool:
    """"Toxic" discloses a harm said of the intervention ("the drug is toxic to the liver",
    "toxic side effects"), not when it describes another substance ("toxic byproducts", "the
    release of these toxic substances").

    Prevents the toxins a product claims to remove or a theory blames counting as harms of the
    intervention (HealthNewsReview.org criterion 3).
    """
    following = c.word(c.end)
    return (following in _TOXIC_EFFECTS or not following) and harm_not_denied(c)


# --- disclosure cues: funding, evidence, benefits (issue 14, dev audit round 3) ---------------
_RANKED = pattern("ranked")
_TO_OBTAIN = pattern("to_obtain")
_EVENT_SPONSORED = pattern("event_sponsored")
_CLINICAL_GRADES = words("clinical_grades")
_NOT_A_PAYER = words("not_a_payer")
_NON_COMMERCIAL = words("non_commercial")
_COMPANY_MARKERS = words("company_markers")
_FOLLOW_UP_CARE = words("follow_up_care")
_POSSESSIVE = words("possessive")
_POPULATION_COUNT = pattern("population_count")
_OUTCOME_COUNT = pattern("outcome_count")
_VAGUE_SOURCE = pattern("vague_source")
_TRIAL_TO_COME = pattern("trial_to_come")
_TRIAL_TO_COME_AFTER = pattern("trial_to_come_after")
_COMPOSITION = pattern("composition")
_BAND_BEFORE = pattern("band_before")
_POPULATION_SHARE = pattern("population_share")
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|versus|vs\b)", re.IGNORECASE)
_INTEREST_REACH = 16
_INTEREST_WORDS = tuple(words("interest_words"))


def _not_for_the_work(c: Context) -> bool:
    """Funding that paid for no reported work: an institution's standing ("ranks as a national
    leader among hospitals in NIH funding"), money still to get ("it's difficult to get funding
    for studies"), a gift with no payer ("like a gift from above")."""
    if _RANKED.search(c.text, c.sentence_start, c.match_start):
        return True
    if _TO_OBTAIN.search(c.text, max(c.sentence_start, c.match_start - 30), c.match_start):
        return True
    if c.tokens.words[c.end - 1] == "by" and _EVENT_SPONSORED.search(c.text, max(c.sentence_start, c.match_start - 30), c.match_start):
        return True  # "the conference is sponsored by ...": an event's sponsor, not the work's
    return c.tokens.words[c.end - 1] == "from" and c.word(c.end) in _NOT_A_PAYER and not c.surface(c.end)[:1].isupper()


def commercial_interest(c: Context) -> bool:
    """"Developed by", "founder of", "co-founder" declare an interest when they tie a product or a
    source to a company ("developed by Titan Pharmaceuticals", "co-founder of Neural Analytics"),
    not to a person with no company named ("developed by a former fire chief") or to a body with
    no commercial stake ("developed by a not-for-profit organisation and Aberdeen University",
    "founder of the Society of Robotic Surgery").

    Prevents non-commercial origins counting as conflicts of interest disclosed
    (HealthNewsReview.org criterion 9: "Does the story use independent sources and identify
    conflicts of interest?"; ICMJE disclosure form: financial relationships).
    """
    following = []
    for i in range(c.end, min(c.last, c.end + _INTEREST_REACH)):
        if i > c.end and any(p in c.gap_before(i) for p in ";:.!?"):
            break
        following.append(c.word(i).strip(".,"))
    if set(following) & _COMPANY_MARKERS:
        return True
    if set(following) & _NON_COMMERCIAL:
        return False
    return bool(following) and following[0] not in {"a", "an"}


def interest_disclosed(c: Context) -> bool:
    """"Disclosed" declares an interest ("the authors disclosed consulting fees", "Author
    disclosures are on the manuscript"), not when it introduces news: "the company had already
    disclosed that the treatment failed" (a finding announced, not an interest declared).

    Nor when its object is something else: "Abbott isn't disclosing the price".

    Prevents corporate announcements counting as conflicts of interest disclosed
    (HealthNewsReview.org criterion 9; ICMJE disclosure form).
    """
    if c.word(c.end) in _FUNDING_DISCLOSED_DETERMINERS and c.gap_before(c.end).isspace():
        # a verb with its object: "isn't disclosing the price" names no interest
        return any(w.startswith(_INTEREST_WORDS) for w in c.tokens.words[c.end:min(c.last, c.end + 4)])
    if c.word(c.end) != "that":
        return True
    rest = c.tokens.words[c.end:c.last]
    return any(w.startswith(_INTEREST_WORDS) for w in rest)


def consultancy(c: Context) -> bool:
    """"Consultant" declares an interest as a consultancy ("a paid consultant for the maker", "has
    served as a consultant to Merz"), not as a hospital doctor's grade ("a consultant radiologist
    at Massachusetts General Hospital", "consultant medical oncologist").

    Nor a hospital post: "Consultant at The Royal Marsden", "a consultant in gastroenterology".

    Prevents job titles counting as conflicts of interest disclosed (HealthNewsReview.org
    criterion 9; ICMJE disclosure form: consultancies are financial relationships).
    """
    if c.word(c.end) in _FUNDING_CONSULTANT_POSTS and c.gap_before(c.end).isspace():
        return False  # "Consultant at The Royal Marsden", "a consultant in gastroenterology": a post
    return not set(c.tokens.words[c.end:min(c.last, c.end + 2)]) & _CLINICAL_GRADES


def sample_of_a_study(c: Context) -> bool:
    """A count of people is a study's size ("a trial of 1,200 adults"), not a population ("50,000
    women are diagnosed each year in the United States", "600,000 people bleed to death
    worldwide", "an estimated 675,000 children"), a rate's denominator ("per 100,000 people",
    "182 out of every 1,000 patients"), an outcome count ("46 men were diagnosed with advanced cancer") or a family
    ("having 4 children").

    Prevents disease counts counting as the size of the evidence (HealthNewsReview.org
    criterion 5: "Does the story evaluate the quality of the evidence?"; CONSORT item 13).
    """
    if c.word(c.start - 1) in _POSSESSIVE:
        return False
    if _EVIDENCE_RATE_BEFORE & set(c.tokens.words[max(c.first, c.start - 3):c.start]):
        return False  # "per 100,000 people", "out of every 1,000 patients", "an estimated 675,000 children"
    # "three of the 29 patients developed ...": a denominator is the sample, whatever follows
    if _OUTCOME_COUNT.match(c.text, c.match_end) and c.word(c.start - 1) not in {"of", "the", "among"}:
        return False
    return not _POPULATION_COUNT.search(c.text, c.match_end, c.sentence_end)


def source_named(c: Context) -> bool:
    """"Published in" cites a source only when it names where: "published in JAMA", not the vague
    appeal "as published in a recent study", which names nothing a reader could check.

    Prevents sales pages' appeals to unnamed studies counting as citations (DISCERN item 4: "Is
    it clear what sources of information were used?"; FTC Health Products Compliance Guidance
    2022 on vague references to studies).
    """
    return not _VAGUE_SOURCE.match(c.text, c.match_end)


def trial_done(c: Context) -> bool:
    """A clinical trial is evidence behind a claim when it has been run, not when it is to come:
    "a clinical trial can be designed", "future clinical trials", "a trial is planned".

    Prevents plans counting as the evidence reported (HealthNewsReview.org criterion 5).
    Title-case names still pass through ``not_in_a_name``.
    """
    if _TRIAL_TO_COME.search(c.text[max(c.sentence_start, c.match_start - 40):c.match_start]):
        return False
    return not _TRIAL_TO_COME_AFTER.match(c.text, c.match_end) and not_in_a_name(c)


def follow_up_of_a_study(c: Context) -> bool:
    """"Follow-up" is a study's period ("a median follow-up of 9 years", "follow-up evaluations
    every 4 months"), not a patient's further care ("follow-up tests", "follow-up imaging").

    Prevents care pathways counting as the kind of study behind a claim (HealthNewsReview.org
    criterion 5).
    """
    return c.word(c.end) not in _FOLLOW_UP_CARE


def _not_an_outcome_share(c: Context, window: str) -> bool:
    """A percentage that describes a diet ("34 percent of total calories"), a score band ("scores
    from 2 percent to 2.9 percent", "classified as a less than 15 percent chance"), a population
    ("about 3 percent of the world's population"), a share price or an opinion poll: not an
    outcome of the intervention (HealthNewsReview.org criterion 2 asks for the benefits
    quantified)."""
    if _BAND_BEFORE.search(c.text[max(c.sentence_start, c.match_start - 50):c.match_start]):
        return True
    # a population set beside the study's own figure is a comparison, not a background rate:
    # "11 percent of the general population had dementia compared with 1 percent of the subjects"
    return bool(_COMPOSITION.search(window) or (_POPULATION_SHARE.search(window) and not _COMPARED.search(
        c.text, c.sentence_start, c.sentence_end)))


# --- harms and alternatives: the document's intervention (issue 14, intervention helper) --------
# HealthNewsReview.org criterion 3 asks for "the harms of the intervention", criterion 6 for
# "existing alternatives" compared with it. ``c.interventions`` (intervention.py) names the
# options a page is about; where it names none, these checks pass and the rules behave as before.
# A candidate rejected here stays visible, not counted, with ``c.dropped`` as its reason.
_SETS_APART = words("sets_apart")
_CONTRAST_NEAR = words("contrast_near")
_CONTRAST_REACH = 5
_ANAPHORS = words("intervention_anaphors")
_LINE_REACH = 12


def _drop(c: Context, why: str) -> bool:
    """Record why the intervention rejects this candidate (shown to the user); always False."""
    c.dropped = f"{why}; {c.interventions.describe()}"
    return False


def _harm_of_another_option(c: Context) -> bool:
    """The harm's sentence names options (a drug, a product, a treatment) and none of them is the
    page's intervention: "oral pills cause side effects such as bleeding" on a page about a gel,
    "problems associated with conventional chemotherapy" on a page about abiraterone. Read before
    the harm and after it up to its clause's end. A sentence that also names the intervention
    keeps the harm: "apixaban was safer than warfarin and caused less bleeding"."""
    iv = c.interventions
    if not iv:
        return False
    stop = c.end
    while stop < min(c.last, c.end + _OWNER_REACH) and not any(p in c.gap_before(stop) for p in ",;:.!?"):
        stop += 1
    named = {key for _, key in iv.named(c.first, c.start)} | {key for _, key in iv.named(c.end, stop)}
    if not named or any(iv.is_intervention(key) for key in named):
        return False
    # "the treatment", "the drug", "the combination" refer back to the page's own option
    sentence = c.tokens.words[c.first:c.last]
    return not any(a in {"the", "this", "these"} and b in _ANAPHORS for a, b in zip(sentence, sentence[1:]))


def _names_the_intervention(c: Context) -> bool:
    """The match itself names the intervention ("surgery" on a surgery page, "antidepressants" on
    an antidepressant page), with no word before it that sets another kind apart ("traditional
    surgery", "older drugs")."""
    iv = c.interventions
    named = iv.named(c.start, c.end) if iv else []
    if not named or not iv.is_intervention(named[-1][1]):
        return False
    # "alternative to surgery", "compared to chemotherapy alone", "traditional hip surgery", "bypass
    # surgery over drug treatment": set beside another option, the name is that other option
    near = c.before(_CONTRAST_REACH) + [c.word(c.end)]
    return not any(w in _SETS_APART or w in _CONTRAST_NEAR for w in near)


def not_the_intervention(c: Context) -> bool:
    """A treatment's name is no alternative where it names the page's own intervention: "this
    does not mean antidepressants should always come first" on a page about antidepressants,
    "minimally invasive surgery to replace valves" on a page about that surgery. "Traditional
    surgery" on the same page is another option.

    Prevents the intervention counting as its own alternative (HealthNewsReview.org criterion 6:
    other options compared with the intervention).
    """
    if _names_the_intervention(c):
        return _drop(c, "names the intervention itself, not another option")
    return True


def line_of_another_option(c: Context) -> bool:
    """"First-line", "second-line" tell an alternative where they place another option ("metformin,
    the usual first-line drug" on a page about linagliptin), not where the sentence names only the
    intervention: "approved as a second-line treatment", "the first-line role immunotherapy is
    taking" say where the intervention itself stands.

    Prevents the intervention's own line of therapy counting as alternatives discussed
    (HealthNewsReview.org criterion 6).
    """
    iv = c.interventions
    if not iv:
        return True
    named = {key for _, key in iv.named(max(c.first, c.start - _LINE_REACH), min(c.last, c.end + _LINE_REACH))}
    if named and all(iv.is_intervention(key) for key in named):
        return _drop(c, "the intervention's own line of therapy")
    return True


def alternative_not_the_intervention(c: Context) -> bool:
    """"Alternative" names another option ("an alternative to surgery"), not the intervention's
    own kind: "alternative therapies such as massage or acupuncture" on a page about acupuncture
    describes what is under review. An "alternative to" something keeps counting.

    Prevents the intervention's category counting as alternatives discussed
    (HealthNewsReview.org criterion 6).
    """
    if not alternative_treatment(c):
        return False
    iv = c.interventions
    if not iv or c.word(c.end) == "to":
        return True
    for i, key in iv.named(c.end, min(c.last, c.end + _LINE_REACH)):
        if "to" in c.tokens.words[c.end:i]:  # "an alternative therapy to surgery"
            break
        if iv.is_intervention(key):  # "alternative therapies such as massage or acupuncture"
            return _drop(c, "the intervention's own kind of treatment")
    return True


def harm_not_of_another_option(c: Context) -> bool:
    """The harms check of ``harm_of_intervention`` with the intervention (see ``_harm_of_another_option``):
    a harm tied only to another named option does not count."""
    if _harm_of_another_option(c):
        return _drop(c, "harm of another option")
    return True


RULES.update({
    "purchase_directed": purchase_directed,
    "harm_not_denied": harm_not_denied,
    "adverse_effect_of_intervention": adverse_effect_of_intervention,
    "toxic_of_intervention": toxic_of_intervention,
    "experienced_harm": experienced_harm,
    "harm_of_intervention": harm_of_intervention,
    "commercial_interest": commercial_interest,
    "interest_disclosed": interest_disclosed,
    "consultancy": consultancy,
    "sample_of_a_study": sample_of_a_study,
    "source_named": source_named,
    "trial_done": trial_done,
    "follow_up_of_a_study": follow_up_of_a_study,
    "not_the_intervention": not_the_intervention,
    "line_of_another_option": line_of_another_option,
    "alternative_not_the_intervention": alternative_not_the_intervention,
})


# --- Promotional tiers (issue 14): weak evaluative words, red-flag claims not made -----------

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


RULES.update({
    "priority_claimed": priority_claimed,
    "encouraging_adjective": encouraging_adjective,
    "promising_adjective": promising_adjective,
    "at_last_relief": at_last_relief,
    "finally_as_relief": finally_as_relief,
    "change_claimed": change_claimed,
    "attitude_unhedged": attitude_unhedged,
    "leaned_on": leaned_on,
    "red_flag_claimed": red_flag_claimed,
})


# --- availability and benefits, round 4 (issue 14: 200-finding dev samples) ------------------

_PRESCRIBING_ACCESS = words("prescribing_access")


def prescribed_as_access(c: Context) -> bool:
    """"Prescribed" tells access where the text says who may or can prescribe it ("can be
    prescribed by any doctor", "is now prescribed only by specialists"), not in a narrative of who
    was given what ("women in the study were prescribed progesterone", "those prescribed
    beta-blockers", "despite being prescribed 36 sessions").

    Prevents study groups and patients' histories counting as availability disclosed
    (HealthNewsReview.org criterion 7: is it clear how a reader could get the intervention?).
    """
    return bool(set(c.before(4)) & _PRESCRIBING_ACCESS)


_REGULATOR_NEAR = pattern("regulator_near")


def cleared_by_regulator(c: Context) -> bool:
    """"Cleared" and "clearance" tell access where a regulator or a market clears the
    intervention ("an FDA-cleared device", "510(k) clearance", "cleared for marketing"), not "cleared
    of disease" or "creatinine clearance".

    Prevents the plain sense of "clear" counting as availability disclosed (HealthNewsReview.org
    criterion 7).
    """
    if c.word(c.end) == "of":
        return False
    return bool(_REGULATOR_NEAR.search(c.text, c.sentence_start, c.sentence_end))


_COMMERCIAL_ACCESS = words("commercial_access")


def commercial_access(c: Context) -> bool:
    """"Commercially" tells access beside a word of sale ("commercially available", "plans to market
    it commercially"), not in "commercially insured populations" or "commercially funded".

    Prevents insurance and business descriptions counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    near = c.before(4) + c.tokens.words[c.end:min(c.last, c.end + 2)]
    return bool(set(near) & _COMMERCIAL_ACCESS)


_METHOD_BEFORE = words("method_before")


_STUDY_ARM = frozenset({"arm", "arms", "group", "groups", "condition", "conditions"})


def stage_not_arm(c: Context) -> bool:
    """"Experimental", "investigational" tell the intervention's stage ("an experimental drug"), not
    in a study's arm ("the investigational arm", "the experimental group") or a name ("the
    Experimental Biology meeting").

    Prevents methods and names counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    return c.word(c.end) not in _STUDY_ARM and not_in_a_name(c)


def recruiting_now(c: Context) -> bool:
    """"Enrolling", "recruiting" tell a reader a trial they may join ("the trial is now enrolling"),
    not a method already carried out ("the study was done by enrolling 60 patients").

    Prevents methods sentences counting as availability disclosed (HealthNewsReview.org
    criterion 7; CONSORT item 4 describes recruitment as method).
    """
    return c.word(c.start - 1) not in _METHOD_BEFORE


_PREVALENCE_NEAR = pattern("prevalence_near")
_CHANGED_NEAR = pattern("changed_near")
_NOT_OUTCOME_SHARE = pattern("not_outcome_share")
_QUANTILE_BEFORE = pattern("quantile_before")
# "20 percent supported it", "28% agreed that ...": a poll's answer.
_OPINION_AFTER = pattern("opinion_after")
# False alarms, missed cases and the adverse events a label names: "19% had diarrhea".
_HARM_NAMED = pattern("harm_named")


def _background_share(c: Context, window: str) -> bool:
    """A percentage of people who have a condition ("PCOS affects up to 12% of women", "accounts for
    1 percent of cases", "happens in about 9% of deliveries") with no change or comparison beside it;
    a diet's or a day's make-up, a study's retention or adherence, how much care is used or
    whether it was appropriate, a poll's answer, a share price ("shares rose 2.2 percent"); a quantile that defines a group ("the top
    25 percent"). None is an outcome of the intervention (HealthNewsReview.org criterion 2: are the
    benefits quantified? Background rates and disease prevalence are not)."""
    if _QUANTILE_BEFORE.search(c.text[max(c.sentence_start, c.match_start - 12):c.match_start]):
        return True
    wider = c.text[max(c.sentence_start, c.match_start - 100):min(c.sentence_end, c.match_end + 60)]
    if _NOT_OUTCOME_SHARE.search(wider) or _OPINION_AFTER.match(c.text, c.match_end):
        return True
    return bool(_PREVALENCE_NEAR.search(window) and not _CHANGED_NEAR.search(window))


RULES.update({
    "prescribed_as_access": prescribed_as_access,
    "cleared_by_regulator": cleared_by_regulator,
    "commercial_access": commercial_access,
    "recruiting_now": recruiting_now,
    "stage_not_arm": stage_not_arm,
})


# Calls to action (cta round 3): learning, offers and sign-ups addressed to the reader.
RULES.update({
    "cta_learn_directed": cta_learn_directed,
    "cta_offer_not_narrated": cta_offer_not_narrated,
    "cta_signup_directed": cta_signup_directed,
})


# --- funding, costs, evidence, round 5 (issue 14: 200-finding dev samples) -------------------
_FUNDING_CONSULTANT_POSTS = words("funding_consultant_posts")
_FUNDING_DISCLOSED_DETERMINERS = words("funding_disclosed_determiners")
_FUNDING_MONEY_WORDS = words("funding_money_words")
_EVIDENCE_RATE_BEFORE = words("evidence_rate_before")
_EVIDENCE_UNCONTROLLED_HEADS = words("evidence_uncontrolled_heads")
_COSTS_INTEREST_FEES = words("costs_interest_fees")
_COSTS_MONEY_NEAR = pattern("costs_money_near")
_COSTS_COVERAGE_PAYER = pattern("costs_coverage_payer")


def evidence_uncontrolled_study(c: Context) -> bool:
    """"Uncontrolled" names a kind of evidence when it qualifies a study ("an uncontrolled study",
    "uncontrolled case series"), not a symptom or a disease ("uncontrolled reflexes", "an
    uncontrolled, moderate-to-severe form of eczema").

    Prevents plain senses counting as the kind of study behind a claim (HealthNewsReview.org
    criterion 5; Oxford CEBM levels of evidence: uncontrolled studies are level 4).
    """
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    return bool(set(following) & _EVIDENCE_UNCONTROLLED_HEADS)


def costs_rate_priced(c: Context) -> bool:
    """A rate ("per month", "per dose", "per session") is a price only beside money or a price word
    in its sentence ("$400 per session", "costs about $100 per dose"), not in "migraine days per
    month" or "one gram of sodium per dose".

    Prevents units of a dose or an outcome counting as costs disclosed (HealthNewsReview.org
    criterion 1: what the intervention costs).
    """
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.text[c.match_end:c.sentence_end]
    return bool(_COSTS_MONEY_NEAR.search(sentence)) and cost_to_a_payer(c)


def costs_coverage_by_payer(c: Context) -> bool:
    """"Coverage" is insurance coverage beside a payer ("insurance coverage varies", "Medicare
    coverage", "coverage policy", "free mammogram coverage"), not a vaccine's reach in a population or a cream's on the skin
    ("if coverage in the population is high", "24 hour line-eliminating coverage").

    Prevents plain senses counting as costs disclosed (HealthNewsReview.org criterion 1 names
    insurance coverage).
    """
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.text[c.match_end:c.sentence_end]
    payer = _COSTS_COVERAGE_PAYER.search(sentence) or _COSTS_MONEY_NEAR.search(sentence) or c.word(c.start - 2) == "free"
    return bool(payer) and cost_to_a_payer(c)


def costs_fee_charged(c: Context) -> bool:
    """A fee is a price unless it is paid to an author or an adviser ("speaking fees", "consulting
    fees"): that is a conflict of interest, and the funding family names it.

    Prevents disclosed payments to researchers counting as the cost of the intervention
    (HealthNewsReview.org criterion 1 vs criterion 9; ICMJE disclosure form).
    """
    return c.word(c.start - 1) not in _COSTS_INTEREST_FEES and cost_to_a_payer(c)


RULES.update({
    "evidence_uncontrolled_study": evidence_uncontrolled_study,
    "costs_rate_priced": costs_rate_priced,
    "costs_coverage_by_payer": costs_coverage_by_payer,
    "costs_fee_charged": costs_fee_charged,
})
