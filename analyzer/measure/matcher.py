"""One matcher for every lexicon.

All terms of all families compile into one trie over word tokens, so a document is read once
however many lexicons are loaded: at each token the matcher follows the trie as far as the text
allows (multi-word phrases, ``*`` word endings). Candidates then pass their term's context rule,
and within a family the leftmost-longest match wins ("more research is needed" is one
limitation phrase, not also "needed"). Families may overlap: "no side effects" is promotional
while "side effects" is a harms cue.

Reference-list sentences are not read: citations are not the writer's wording.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator

from ..text import PreparedText, Sentence, Token, word_tokens
from ..text.tokens import lowered
from .lexicon import Lexicon, Term
from .prefilter import required_literals
from .rules import RULES, Context, mention_reason


@dataclass(frozen=True)
class Finding:
    """One matched term, with everything needed to show and explain it.

    ``usage`` is "use" when the writer uses the wording, "mention" when the text negates,
    quotes or attributes it (``mention_reason`` says which); mentions are not counted.
    """

    family: str
    category: str
    text: str
    start: int
    end: int
    sentence_index: int
    weight: float
    usage: str
    mention_reason: str | None
    term: str
    source: str
    counted: bool
    rule: str | None = None  # the context rule that admitted it, if its term has one

    @property
    def counts(self) -> bool:
        """Whether this finding adds to its family's totals."""
        return self.counted and self.usage == "use"


_MEMO_LIMIT = 200_000
# What may stand between the words of one phrase: spaces, a hyphen, a slash.
_JOINS = re.compile(r"[\s\-/\u2010-\u2013]*")


class _Node:
    __slots__ = ("children", "prefixes", "terms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.prefixes: list[tuple[str, _Node]] = []
        self.terms: list[Term] = []

    def child(self, word: str) -> "_Node":
        if word.endswith("*"):
            for prefix, node in self.prefixes:
                if prefix == word[:-1]:
                    return node
            node = _Node()
            self.prefixes.append((word[:-1], node))
            return node
        return self.children.setdefault(word, _Node())

    def step(self, word: str) -> list["_Node"]:
        exact = self.children.get(word)
        if not self.prefixes:
            return [] if exact is None else [exact]
        found = [node for prefix, node in self.prefixes if word.startswith(prefix)]
        if exact is not None:
            found.append(exact)
        return found


class Matcher:
    """Compiled lexicon: call ``find`` on a prepared text."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._root = _Node()
        self._root_steps: dict[str, list[_Node]] = {}  # memo: prose repeats its words
        patterns: list[Term] = []
        for term in lexicon.terms:
            if term.is_pattern:
                patterns.append(term)
                continue
            node = self._root
            for word in term.words:
                node = node.child(word)
            node.terms.append(term)
        # Each pattern scans the whole text, but only texts that contain a literal string every
        # match needs ("@" for an e-mail address, "%" for a percentage): see prefilter.py. Terms
        # with the same pattern (a percentage, sourced or not) share one scan.
        by_pattern: dict[str, list[Term]] = {}
        for term in patterns:
            by_pattern.setdefault(term.term, []).append(term)
        self._patterns = [(re.compile(p), terms, required_literals(p)) for p, terms in by_pattern.items()]
        self._reads_references = any(t.read_references for t in lexicon.terms)

    def _first(self, word: str) -> list[_Node]:
        nodes = self._root_steps.get(word)
        if nodes is None:
            if len(self._root_steps) >= _MEMO_LIMIT:  # a stream's vocabulary must not grow memory forever
                self._root_steps.clear()
            nodes = self._root_steps[word] = self._root.step(word)
        return nodes

    def _candidates(self, text: str, tokens: list[Token]) -> Iterator[tuple[int, int, Term]]:
        memo = self._root_steps.get  # the hot loop: most words start no term at all
        for i, token in enumerate(tokens):
            frontier = memo(token.lower)
            if frontier is None:
                frontier = self._first(token.lower)
            if not frontier:
                continue
            j = i + 1
            while frontier:
                for node in frontier:
                    for term in node.terms:
                        yield i, j, term
                # a phrase does not run across punctuation: "licensed, to" is not "licensed to"
                if j == len(tokens) or not _JOINS.fullmatch(text, tokens[j - 1].end, tokens[j].start):
                    break
                word = tokens[j].lower
                frontier = [nxt for node in frontier for nxt in node.step(word)]
                j += 1

    def _finding(self, term: Term, context: Context, sentence: Sentence) -> Finding | None:
        if term.rule and not RULES[term.rule](context):
            return None
        reason = mention_reason(context) if term.mentions and context.end > context.start else None
        start, end = context.match_start, context.match_end
        return Finding(term.family, term.category, context.text[start:end], start, end, sentence.index,
                       term.weight, "mention" if reason else "use", reason, term.term, term.source, term.counted,
                       term.rule)

    def _sentence(self, text: str, tokens: list[Token], sentence: Sentence) -> Iterator[Finding]:
        allowed = (lambda term: term.read_references) if sentence.in_references else (lambda term: True)
        # Candidates arrive leftmost first, longest first; a family's accepted matches never
        # overlap, so one that starts before the furthest end taken so far overlaps one of them.
        reach: dict[str, int] = {}
        for i, j, term in sorted(self._candidates(text, tokens), key=lambda c: (c[0], c[0] - c[1])):
            if not allowed(term) or i < reach.get(term.family, 0):
                continue
            context = Context(tokens, i, j, text, sentence.start, sentence.end, tokens[i].start, tokens[j - 1].end)
            finding = self._finding(term, context, sentence)
            if finding:
                reach[term.family] = j
                yield finding

    def _pattern_findings(self, prepared: PreparedText, tokens_of) -> Iterator[Finding]:
        text, sentences = prepared.text, prepared.sentences
        starts = [s.start for s in sentences]
        bounds: dict[int, tuple[list[int], list[int]]] = {}
        for term, match in self._pattern_matches(text):
            at = bisect_right(starts, match.start()) - 1
            if at < 0 or match.end() > sentences[at].end:
                continue  # between sentences, or across a boundary
            sentence = sentences[at]
            if sentence.in_references and not term.read_references:
                continue
            tokens = tokens_of(sentence)
            if at not in bounds:
                bounds[at] = ([t.start for t in tokens], [t.end for t in tokens])
            starts_at, ends_at = bounds[at]
            first = bisect_right(ends_at, match.start())  # the first token that ends inside the match
            last = bisect_left(starts_at, match.end())  # past the last token that starts inside it
            if first >= last:
                first = last = 0
            context = Context(tokens, first, last, text, sentence.start, sentence.end, match.start(), match.end())
            finding = self._finding(term, context, sentence)
            if finding:
                yield finding

    def _pattern_matches(self, text: str) -> Iterator[tuple[Term, re.Match]]:
        for pattern, terms, required in self._patterns:
            if required is None or any(literal in text for literal in required):
                for match in pattern.finditer(text):
                    for term in terms:
                        yield term, match

    def find(self, prepared: PreparedText) -> tuple[Finding, ...]:
        """Findings in document order (by start offset, then family)."""
        sentences = prepared.sentences if self._reads_references else prepared.body_sentences
        text = prepared.text
        low = lowered(text)
        cache: dict[int, list[Token]] = {}

        def tokens_of(sentence: Sentence) -> list[Token]:
            """Each sentence is tokenised once, for the terms and the patterns alike."""
            if sentence.index not in cache:
                cache[sentence.index] = word_tokens(low, sentence.start, sentence.end)
            return cache[sentence.index]

        found = [f for s in sentences for f in self._sentence(text, tokens_of(s), s)]
        found += self._pattern_findings(prepared, tokens_of)
        return tuple(sorted(found, key=lambda f: (f.start, f.family, f.end)))
