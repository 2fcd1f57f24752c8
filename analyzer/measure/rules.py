"""Context rules: the few places where a word list alone gets it wrong.

A lexicon term names a rule (``rule = "may_not_month"``); the matcher asks the rule whether this
occurrence counts. Each rule is a small function with the failure it prevents in its docstring,
and example sentences that must and must not fire in ``tests/rules_cases.toml``.

Mentions are the other half: a promotional word that the writer negates, quotes or attributes
("it is not a miracle cure", a so-called "game-changer", "some call it a miracle drug") is
recorded as a mention, not counted as the writer's own promotion.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..text import Tokens


class Context:
    """Where a candidate match sits: tokens ``start:end`` of the document's ``tokens``, in the
    sentence that holds tokens ``first:last`` and characters ``sentence_start:sentence_end``.

    ``text`` is the whole normalised document; every span indexes into it. A transient view,
    built for each candidate that has a rule to pass (a plain class: thousands a page).
    """

    __slots__ = ("text", "tokens", "first", "last", "start", "end", "sentence_start", "sentence_end",
                 "match_start", "match_end")

    def __init__(self, text: str, tokens: Tokens, sentence_tokens: range, sentence_start: int, sentence_end: int,
                 start: int, end: int, match_start: int, match_end: int):
        self.text, self.tokens = text, tokens
        self.first, self.last = sentence_tokens.start, sentence_tokens.stop
        self.sentence_start, self.sentence_end = sentence_start, sentence_end
        self.start, self.end = start, end
        # character span of the match (a pattern may cover no whole token)
        self.match_start, self.match_end = match_start, match_end

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


_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "half",
    "a", "an", "dozen",
}
_MONTH_CONTEXT = {"in", "of", "since", "until", "by", "during", "early", "late", "mid", "last", "next", "this", "from", "to", "on"}


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
    return "." not in c.gap_before(c.end) and "," not in c.gap_before(c.end)


def before_a_number(c: Context) -> bool:
    """Approximators ("about", "around", "some", "up to") hedge only before a quantity.

    Prevents "a book about depression" or "around the clock" counting as approximation
    (Salager-Meyer 1994: approximators qualify quantities).
    """
    return _is_number(c.word(c.end))


def reader_directed(c: Context) -> bool:
    """Verbs like "book", "call", "contact" are calls to action only as imperatives or
    after "to"/"please"/"you can": at the start of a sentence or after those words.

    Prevents "the book", "a phone call", "contact with the virus" counting as calls to action.
    """
    before = c.word(c.start - 1)
    return c.at_sentence_start or before in {"please", "to", "can", "today", "now", "and", "or", "simply", "just"}


def hope_offered(c: Context) -> bool:
    """"hope" is an emotional appeal when it is offered to readers ("new hope for patients",
    "a glimmer of hope"), not when researchers state an aim ("we hope to", "they hope that").

    Prevents counting a scientist's stated aspiration, common in cautious releases, as hype.
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    subjects = {"i", "we", "they", "researchers", "authors", "team", "investigators", "scientists", "doctors", "experts"}
    return not (before in subjects or (after == "that" and before not in {"new", "the", "a", "real"}))


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


_CLAIM_BEFORE_TO = {"appear", "appears", "appeared", "seem", "seems", "seemed", "likely", "tend", "tends",
                    "tended", "shown", "found", "able", "thought", "believed", "expected", "known", "reported"}


_MINIMISERS = {"without", "avoid", "avoids", "avoided", "avoiding", "fewer", "less", "lesser", "minimal",
               "minimize", "minimizes", "minimise", "minimises", "free", "eliminate", "eliminates", "spare",
               "spares", "sparing", "lower", "reduced", "reduces", "reduce", "fewest", "negligible"}


def harm_not_minimised(c: Context) -> bool:
    """Harms named only to say the treatment avoids them ("without the side effects of surgery",
    "fewer complications", "minimal side effects") are a selling point, not a disclosure.

    Prevents promotional comparisons counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the intervention itself). "No serious adverse events
    occurred" still counts: it reports what the trial observed.
    """
    return not any(w in _MINIMISERS for w in c.before(3))



# A denominator: "of 120 patients", "out of 40", "among 300", "n = 52", "120 participants".
_DENOMINATOR = re.compile(
    r"\b(?:of|out of|among)\s(?:the\s)?\d[\d,]*\b|\b[nN]\s?=\s?\d|"
    r"\b\d[\d,]*\s(?:\w+\s)?(?:patients|participants|people|adults|subjects|women|men|children|individuals)\b"
)
# A second figure to compare with: another percentage, or "compared with 40".
_OTHER_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\b(?:than|versus|vs\.?|compared (?:with|to))\s\d")
# A citation: "(Smith et al., 2019)", "[12]", a DOI, a named journal or named source.
_CITATION = re.compile(
    r"\([^()]{0,80}(?:19|20)\d\d[a-z]?\)|\[\d{1,3}(?:[,\u2013-]\s?\d{1,3})*\]|\b10\.\d{4,9}/|"
    r"\bpublished in\b|\bjournal\b|\baccording to (?:the |a )?(?:[A-Z]|\d{4})|\bet al\b|\b(?:CDC|NIH|WHO|FDA|NHS)\b"
)


def _statistic_is_unsourced(c: Context) -> bool:
    origin = max(c.sentence_start, c.match_start - _QUOTE_WINDOW)
    sentence = c.text[origin:min(c.sentence_end, c.match_end + _QUOTE_WINDOW)]
    start, end = c.match_start - origin, c.match_end - origin
    rest = sentence[:start] + " " + sentence[end:]
    return not (_DENOMINATOR.search(sentence) or _OTHER_FIGURE.search(rest) or _CITATION.search(sentence))


def unsourced_statistic(c: Context) -> bool:
    """A percentage with no denominator ("of 120 patients"), no figure to compare it with
    ("70% vs 40%", "from 30% to 20%") and no citation in its sentence ("nearly 70% improved").

    Generic attributions ("studies have shown", "researchers found") are not sources: they name
    no study a reader could check (HealthNewsReview.org criterion 2; Sumner et al. 2014).
    """
    return _statistic_is_unsourced(c)


def sourced_statistic(c: Context) -> bool:
    """The complement of ``unsourced_statistic``: the percentage comes with its context."""
    return not _statistic_is_unsourced(c)


RULES: dict[str, Callable[[Context], bool]] = {
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

_NEGATIONS = {"not", "no", "never", "nor", "isn't", "aren't", "wasn't", "weren't", "isnt", "without", "hardly"}
_ATTRIBUTIONS = {"called", "call", "calls", "calling", "dubbed", "dub", "dubs", "billed", "touted", "termed", "labelled", "labeled", "branded"}
_QUOTES = '"\u201c\u201d'
_CLAUSE_BREAK = re.compile("[,;:.!?]")
# How far back a negation or attribution reaches: "not a miracle", "is not really a
# miracle", "some people call it a miracle". Three tokens keep "no" in an earlier clause out.
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
