"""Every lexicon term found in one C pass: the matcher's trie walk, as an Aho-Corasick automaton.

The page's word tokens are joined by single spaces (" the new drug may help ") and every term
becomes a key: " may " for a word, " side effects " for a phrase, " suggest" for "suggest*"
(a prefix of the token). pyahocorasick reports every occurrence of every key in one pass, so
the Python work is per term found, not per word that might start one. Each hit is then held to
what the trie walk demands: the words of a phrase joined only by spaces, hyphens or slashes in
the text, and all in one read sentence. Candidates come out in the trie walk's order (first
token, then longest first, then the walk's own order among terms of one span), so the matcher
accepts exactly the same findings; tests/test_speed.py compares both paths on the dev sets.

Terms with ``*`` on a word before the last ("clinic* trial") are not one key: a lexicon with
any keeps the trie walk.
"""

from __future__ import annotations

from bisect import bisect_right
from ..text import PreparedText
from ..automaton import ahocorasick
from .lexicon import Term

# An exact word sorts after every "*" ending that also matches at the same point of the walk.
_EXACT = 1 << 30


def _ranked(root) -> list[tuple[int, tuple[int, ...], int, Term]]:
    """(words, walk order key, place in its node, term) for every term in the trie under ``root``.

    At each word the walk tries the "*" endings first, in the order they were added, then the
    exact word; terms of one node come in lexicon order. Two terms over the same span are
    yielded in the order of these keys.
    """
    found = []
    stack = [(root, ())]
    while stack:
        node, key = stack.pop()
        found += [(len(key), key, place, term) for place, term in enumerate(node.terms)]
        stack += [(child, key + (index,)) for index, (_prefix, child) in enumerate(node.prefixes)]
        stack += [(child, key + (_EXACT,)) for child in node.children.values()]
    return found


def _key(term: Term) -> str:
    *head, last = term.words
    if last.endswith("*"):
        return " " + " ".join([*head, last[:-1]])
    return " " + " ".join(term.words) + " "


class TermAutomaton:
    """Built from the matcher's trie; ``candidates`` replaces the walk."""

    def __init__(self, automaton, joins):
        self.automaton = automaton
        self.joins = joins

    @classmethod
    def build(cls, root, joins) -> "TermAutomaton | None":
        """None when pyahocorasick is missing or a term has ``*`` before its last word."""
        if ahocorasick is None:
            return None
        ranked = sorted(_ranked(root), key=lambda r: r[:3])
        if any(w.endswith("*") for _n, _k, _p, term in ranked for w in term.words[:-1]):
            return None
        keys: dict[str, list[tuple[int, int, Term]]] = {}
        for order, (_n, _k, _p, term) in enumerate(ranked):
            keys.setdefault(_key(term), []).append((len(term.words), order, term))
        automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            automaton.add_word(key, (len(key), tuple(entries)))
        automaton.make_automaton()
        return cls(automaton, joins)

    def candidates(self, prepared: PreparedText, read: list[bool]) -> list[tuple[int, int, int, Term]]:
        """(sentence index, first token, end token, term) in document order, longest first: a list,
        made at once (some 30 a page), not a generator resumed for each."""
        text, (words, starts, ends) = prepared.text, prepared.tokens
        if not words:
            return []
        ranges = prepared.sentence_tokens
        firsts = [r.start for r in ranges]
        joined = " " + " ".join(words) + " "
        fullmatch = self.joins.fullmatch
        found = []
        # a key starts with the space before its first token: the spaces before that one count
        # the tokens before it (counted on from the previous hit; hits come in order of their end)
        seen, spaces = 0, 0
        for end, (length, entries) in self.automaton.iter(joined):
            start = end + 1 - length
            if start >= seen:
                spaces += joined.count(" ", seen, start)
            else:  # a longer key ending here started before the last hit: count back, not from 0
                spaces -= joined.count(" ", start, seen)
            seen, i = start, spaces
            at = bisect_right(firsts, i) - 1
            if at < 0 or not read[at] or i >= ranges[at].stop:
                continue  # a sentence not read, or a word outside every sentence
            last = ranges[at].stop
            for size, order, term in entries:
                j = i + size
                # a phrase stays in its sentence and does not run across punctuation
                if j > last or (size > 1 and not all(fullmatch(text, ends[k - 1], starts[k]) for k in range(i + 1, j))):
                    continue
                found.append((i, -j, order, at, term))
        # (first token, -end, order) is one term's own place: no two candidates share it, so the
        # tuples sort by it alone, as a key of those three would sort them
        found.sort()
        return [(at, i, -negative_end, term) for i, negative_end, _order, at, term in found]
