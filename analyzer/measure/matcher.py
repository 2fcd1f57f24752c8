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
from dataclasses import dataclass
from typing import Iterable

from ..text import PreparedText, Sentence, word_tokens
from .lexicon import Lexicon, Term
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

    @property
    def counts(self) -> bool:
        """Whether this finding adds to its family's totals."""
        return self.counted and self.usage == "use"


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
        found = [node for prefix, node in self.prefixes if word.startswith(prefix)]
        exact = self.children.get(word)
        if exact is not None:
            found.append(exact)
        return found


class Matcher:
    """Compiled lexicon: call ``find`` on a prepared text."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._root = _Node()
        self._root_steps: dict[str, list[_Node]] = {}  # memo: prose repeats its words
        patterns: list[tuple[str, Term]] = []
        for term in lexicon.terms:
            if term.is_pattern:
                patterns.append((f"g{len(patterns)}", term))
                continue
            node = self._root
            for word in term.words:
                node = node.child(word)
            node.terms.append(term)
        self._pattern_terms = dict(patterns)
        self._patterns = (
            re.compile("|".join(f"(?P<{name}>{term.term})" for name, term in patterns), re.IGNORECASE)
            if patterns
            else None
        )

    def _first(self, word: str) -> list[_Node]:
        nodes = self._root_steps.get(word)
        if nodes is None:
            nodes = self._root_steps[word] = self._root.step(word)
        return nodes

    def _sentence(self, text: str, sentence: Sentence) -> Iterable[Finding]:
        tokens = list(word_tokens(text, sentence.start, sentence.end))
        candidates: list[tuple[int, int, Term]] = []
        for i, token in enumerate(tokens):
            frontier = self._first(token.lower)
            j = i + 1
            while frontier:
                for node in frontier:
                    for term in node.terms:
                        candidates.append((i, j, term))
                if j == len(tokens):
                    break
                word = tokens[j].lower
                frontier = [nxt for node in frontier for nxt in node.step(word)]
                j += 1
        taken: dict[str, list[tuple[int, int]]] = {}
        for i, j, term in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
            spans = taken.setdefault(term.family, [])
            if any(i < e and s < j for s, e in spans):
                continue
            context = Context(tokens, i, j, text)
            if term.rule and not RULES[term.rule](context):
                continue
            spans.append((i, j))
            start, end = tokens[i].start, tokens[j - 1].end
            reason = mention_reason(context, sentence.start) if term.mentions else None
            yield Finding(
                term.family, term.category, text[start:end], start, end, sentence.index, term.weight,
                "mention" if reason else "use", reason, term.term, term.source, term.counted,
            )
        if self._patterns is not None:
            for match in self._patterns.finditer(text, sentence.start, sentence.end):
                term = self._pattern_terms[match.lastgroup]
                yield Finding(
                    term.family, term.category, match.group(), match.start(), match.end(), sentence.index,
                    term.weight, "use", None, term.term, term.source, term.counted,
                )

    def find(self, prepared: PreparedText) -> tuple[Finding, ...]:
        """Findings in document order (by start offset, then family)."""
        found = [f for s in prepared.body_sentences for f in self._sentence(prepared.text, s)]
        return tuple(sorted(found, key=lambda f: (f.start, f.family, f.end)))
