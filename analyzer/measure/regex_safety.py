"""Lexicon patterns are accepted only if Python's ``re`` runs them in time linear in the text.

Python's ``re`` backtracks and has no timeout: ``(\\w+\\s?)+$`` took 65 s on a 31-character text,
``a*a*a*a*a*a*b`` grows with the sixth power of a run of "a", and a pattern that can be retried
from every position of a long run (``\\d+%`` on a page of digits) is quadratic (issue 16). A
linear engine (google-re2) was the alternative; it was not taken because RE2 has no look-around
(the costs lexicon needs ``(?!...)``) and its ``\\b`` and ``\\w`` are ASCII-only, which would change
what the built-in patterns find in accented text.

So a pattern must fall in a subset whose backtracking is bounded, read from its parse tree
(the same one ``re`` compiles). The rules follow the ambiguity analysis of backtracking matchers
(Weideman et al. 2016, "Analyzing matching time behavior of backtracking regular expression
matchers by using ambiguity of NFA"; Davis et al. 2018, "The impact of regular expression denial
of service in practice"): a backtracking matcher is slow only where a character can be read in
more than one way and something after it can still fail.

1. Where a quantifier with no upper bound (``*``, ``+``, ``{n,}``) stops, the next character must
   tell: nothing that can follow it may start with a character it can also read ("\\d+%" is
   fine; "\\w+\\w", "a*a*b" and "(\\w+\\s?)+$" are not). Its body must read every string one way
   only ("(a|aa)+" reads "aa" two ways) and must not match empty.
2. An unbounded quantifier that something after it can still fail must be preceded by a
   guard that cannot lie inside a run of what it reads: a character it cannot read ("$" before
   ``\\d+``) or ``\\b`` when it reads only word or only non-word characters. Otherwise every
   position of a long run starts an attempt that reads the rest of the run (quadratic).
3. Bounded quantifiers and alternations may be ambiguous, but the number of ways to read a
   stretch of text (the product of their choices) must stay under ``MAX_WAYS``.
4. A look-around is tried at many positions: it may hold no unbounded quantifier.
5. No back-references (matching them is NP-hard) and no pattern that can match without reading
   a character (``\\b``, ``(?=cure)``: an empty "use" at every position).

Sets of characters are compared exactly on a small universe: every character the pattern names
(with its case variants), every character of its ranges, and representatives of each class of
Unicode characters that the categories (``\\d``, ``\\w``, ``\\s``) cannot tell apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

# Ways a bounded part may read one stretch of text: 61 for "[^.;]{0,60}" before a phrase;
# the built-in lexicons need at most a few hundred. The bound makes the worst case a constant.
MAX_WAYS = 10_000
_UNBOUNDED = C.MAXREPEAT
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
# Characters that stand for everything a pattern does not name: for every combination of
# digit / word / space (Unicode and ASCII), upper / lower case and line break, several members.
_REPRESENTATIVES = (
    "0795\u0660\u0669\u07c0\uff10"  # digits, ASCII and not
    "aqzAQZ_\u00e9\u0436\u0416\u01c5\ua66e\u4e2d\u00aa"  # word characters: cases, scripts, title case
    " \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u2028\u3000"  # spaces and line breaks
    "!,.;$%\u20ac\u00a3'\"-\x00\x7f\u0301\u200b\u203d\u2603\U0001f600"  # neither
)


class UnsafePattern(ValueError):
    """Why a pattern may take more than linear time."""


@dataclass(frozen=True)
class _Node:
    """A piece of the parse tree with what the analysis needs to know about it."""

    kind: str  # "char", "seq", "alt", "repeat", "look", "at"
    children: tuple["_Node", ...] = ()
    chars: int = 0  # "char": the set it reads, as a bit mask over the universe
    low: int = 1  # "repeat": bounds
    high: int = 1
    at: object = None  # "at": which assertion; "look": look-ahead (1) or look-behind (-1)
    word: int = 0  # "at" \b: the word characters under its flags


class _Universe:
    """Characters as bits: sets of characters become integers, compared with & and ~."""

    def __init__(self, chars: set[str]):
        self.text = "".join(sorted(chars))
        self.all = (1 << len(self.text)) - 1

    def mask(self, source: str) -> int:
        found = 0
        for match in re.finditer(source, self.text):
            found |= 1 << match.start()
        return found


def _variants(c: str) -> set[str]:
    found = {c}
    for other in (c.lower(), c.upper(), c.casefold(), c.title()):
        if len(other) == 1:
            found.add(other)
    return found | {chr(i) for i in _FOLDS.get(c.lower(), ())}


_FOLDS = {"k": (0x212A,), "s": (0x17F,), "i": (0x130, 0x131), "\u00e5": (0x212B,), "\u03c9": (0x2126,)}


def _named_chars(items, found: set[str]) -> None:
    """Every character the parse tree names, for the universe."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            found |= _variants(chr(av))
        elif op is C.RANGE:
            low, high = av
            step = 1 if high - low <= 70_000 else 97  # huge ranges: sampled, with both ends
            for code in (*range(low, high + 1, step), high):
                found |= _variants(chr(code))
        elif op is C.IN:
            _named_chars(av, found)
        elif op is C.SUBPATTERN:
            _named_chars(av[-1], found)
        elif op is C.BRANCH:
            for branch in av[1]:
                _named_chars(branch, found)
        elif op in _REPEATS:
            _named_chars(av[2], found)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _named_chars(av[1], found)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            _named_chars(av, found)


def _flag_prefix(flags: int) -> str:
    letters = ("i" if flags & re.IGNORECASE else "") + ("a" if flags & re.ASCII else "") + ("s" if flags & re.DOTALL else "")
    return f"(?{letters}:" if letters else "(?:"


def _class_source(op, av) -> str:
    """One character set as a regular expression of its own."""
    if op is C.LITERAL:
        return f"\\U{av:08x}"
    if op is C.NOT_LITERAL:
        return f"[^\\U{av:08x}]"
    if op is C.ANY:
        return "."
    parts = []
    for item, value in av:
        if item is C.NEGATE:
            parts.insert(0, "^")
        elif item is C.LITERAL:
            parts.append(f"\\U{value:08x}")
        elif item is C.RANGE:
            parts.append(f"\\U{value[0]:08x}-\\U{value[1]:08x}")
        elif item is C.CATEGORY:
            parts.append(_CATEGORIES[value])
        else:
            raise UnsafePattern(f"a character class this check cannot read ({item})")
    return "[" + "".join(parts) + "]"


class _Builder:
    def __init__(self, universe: _Universe):
        self.universe = universe

    def build(self, items, flags: int) -> _Node:
        return _Node("seq", tuple(self.item(op, av, flags) for op, av in items))

    def item(self, op, av, flags: int) -> _Node:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return _Node("char", chars=self.universe.mask(_flag_prefix(flags) + _class_source(op, av) + ")"))
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            return self.build(sub, (flags | add) & ~delete)
        if op is C.BRANCH:
            return _Node("alt", tuple(self.build(branch, flags) for branch in av[1]))
        if op in _REPEATS:
            low, high, sub = av
            return _Node("repeat", (self.build(sub, flags),), low=low, high=high)
        if op in (C.ASSERT, C.ASSERT_NOT):
            return _Node("look", (self.build(av[1], flags),), at=av[0])
        if op is C.AT:
            word = self.universe.mask(_flag_prefix(flags) + r"\w)") if av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY) else 0
            return _Node("at", at=av, word=word)
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.build(av, flags)
        if op in (C.GROUPREF, C.GROUPREF_EXISTS, getattr(C, "GROUPREF_IGNORE", None)):
            raise UnsafePattern("it uses a back-reference or a conditional group, which no linear matcher can run")
        raise UnsafePattern(f"it uses {op}, which this check cannot read")


# --- what a node can read --------------------------------------------------------------------

def _min(node: _Node) -> int:
    if node.kind == "char":
        return 1
    if node.kind == "seq":
        return sum(map(_min, node.children))
    if node.kind == "alt":
        return min(map(_min, node.children), default=0)
    if node.kind == "repeat":
        return node.low * _min(node.children[0])
    return 0


def _bounded(node: _Node) -> bool:
    """Whether the node reads at most a fixed number of characters."""
    if node.kind == "repeat" and node.high == _UNBOUNDED and _can_read(node.children[0]):
        return False
    return all(map(_bounded, node.children)) if node.kind != "look" else True


def _can_read(node: _Node) -> bool:
    if node.kind == "char":
        return True
    if node.kind in ("look", "at"):
        return False
    return any(map(_can_read, node.children))


def _first(node: _Node) -> int:
    """Characters the node can read first."""
    if node.kind == "char":
        return node.chars
    if node.kind == "alt":
        found = 0
        for child in node.children:
            found |= _first(child)
        return found
    if node.kind == "repeat":
        return _first(node.children[0]) if node.high else 0
    if node.kind == "seq":
        found = 0
        for child in node.children:
            found |= _first(child)
            if _min(child):
                break
        return found
    return 0


def _reads(node: _Node) -> int:
    """Every character the node can read."""
    if node.kind == "char":
        return node.chars
    if node.kind == "look":
        return 0
    found = 0
    for child in node.children:
        found |= _reads(child)
    return found


def _can_fail(node: _Node) -> bool:
    """Whether the node can fail where it starts. One that can match empty without testing
    anything always succeeds, so a choice made before it is never revisited."""
    if node.kind in ("char", "look", "at"):
        return True
    if node.kind == "repeat":
        return node.low > 0 and _can_fail(node.children[0])
    if node.kind == "alt":
        return all(map(_can_fail, node.children))
    return any(map(_can_fail, node.children))


# --- the rules -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _After:
    """What follows a node: the characters it can start with, and whether it can fail."""

    first: int
    fails: bool


class _Checker:
    def __init__(self, universe: _Universe):
        self.newline = universe.mask(r"\n")

    def guarded(self, history: list[_Node], reads: int) -> bool:
        """Rule 2: a guard before an unbounded quantifier that reads ``reads``, with only
        bounded parts between (parts that read other characters may be unbounded)."""
        return self._scan(history, reads) is True

    def _scan(self, nodes, reads: int) -> bool | None:
        """True: guarded; False: an unbounded part reading the same characters comes first;
        None: nothing decides, look further back."""
        for node in reversed(nodes):
            found = self._scan_node(node, reads)
            if found is not None:
                return found
        return None

    def _scan_node(self, node: _Node, reads: int) -> bool | None:
        if node.kind == "char":
            return True if node.chars & reads == 0 else None
        if node.kind == "at":
            if node.at is C.AT_BEGINNING_STRING or (node.at is C.AT_BEGINNING and not reads & self.newline):
                return True
            if node.at is C.AT_BOUNDARY and (reads & ~node.word == 0 or reads & node.word == 0):
                return True  # no word boundary lies inside a run of only word (or only non-word) characters
            return None
        if node.kind == "look":
            return None
        if node.kind == "seq":
            return self._scan(node.children, reads)
        if node.kind == "alt":
            found = [self._scan_node(child, reads) for child in node.children]
            return False if False in found else True if found and all(found) else None
        body = node.children[0]  # a repeat: its last round decides, unless it may be absent
        if node.high == _UNBOUNDED and _reads(body) & reads:
            return False
        found = self._scan_node(body, reads) if node.high else None
        return None if node.low == 0 and found else found

    def check(self, node: _Node, after: _After, history: list[_Node], in_look: bool) -> int:
        """Ways the node can read one stretch of text; raises ``UnsafePattern``."""
        if node.kind == "seq":
            ways = 1
            for index, child in enumerate(node.children):
                rest = node.children[index + 1:]
                child_after = _After(_sequence_first(rest, after), _sequence_fails(rest, after))
                inner = self.check(child, child_after, history + list(node.children[:index]), in_look)
                if child.kind == "look":
                    # a look-around is atomic (its own ways are never re-entered from outside), but it
                    # is run again for every way what stands before it reads: those ways times its own
                    if _cap(ways * inner) > MAX_WAYS:
                        return MAX_WAYS + 1
                    continue
                ways = _cap(ways * inner)
            return ways
        if node.kind == "alt":
            ways = [self.check(child, after, history, in_look) for child in node.children]
            starts = [_first(c) | (after.first if _min(c) == 0 else 0) for c in node.children]
            overlap = any(starts[i] & starts[j] for i in range(len(starts)) for j in range(i))
            return _cap(sum(ways)) if overlap and after.fails else max(ways, default=1)
        if node.kind == "look":
            body = node.children[0]
            if not _bounded(body):
                raise UnsafePattern("a look-around holds an unbounded quantifier (* + {n,}): it is tried at many "
                                    "positions, each reading to the end of a run; give it a bound like {0,20}")
            return self.check(body, _After(0, False), [], True)  # its sequence decides what they cost
        if node.kind == "repeat":
            return self.repeat(node, after, history, in_look)
        return 1

    def repeat(self, node: _Node, after: _After, history: list[_Node], in_look: bool) -> int:
        body = node.children[0]
        if node.high == 0:
            return 1
        if node.high == _UNBOUNDED and _can_read(body):
            if _min(body) == 0:
                raise UnsafePattern("an unbounded quantifier repeats something that can match empty")
            if not _bounded(body):
                raise UnsafePattern("it nests quantifiers (like (a+)+ or (\\w+\\s?)+): exponential backtracking")
        again = node.high > 1
        body_after = _After(_first(body) | after.first if again else after.first, after.fails or node.low > 1)
        ways = self.check(body, body_after, history, in_look)
        if again:  # in a later round, the round before it comes first
            self.check(body, body_after, history + [body], in_look)
        exits = node.low != node.high and _first(body) & after.first and after.fails
        if node.high == _UNBOUNDED:
            if not _can_read(body):
                return 1
            if ways > 1:
                raise UnsafePattern("an unbounded quantifier repeats a part that can read the same text in more than "
                                    "one way (like (a|aa)+ or (\\w+\\s?)+): exponential backtracking")
            if exits:
                raise UnsafePattern("where an unbounded quantifier (* + {n,}) stops, what follows can read the same "
                                    "characters (like \\w+\\w or a*a*b): backtracking grows as a power of the text")
            if after.fails and not self.guarded(history, _reads(body)):
                raise UnsafePattern("an unbounded quantifier is not preceded by a guard, so a long run is re-read "
                                    "from each of its positions (quadratic); start with \\b or a literal it cannot "
                                    "read (\\b\\d+ rather than \\d+), or bound it like {1,20}")
            return 1
        rounds = 1
        for _ in range(min(node.high, 16) if ways > 1 else 0):  # 2 ** 14 > MAX_WAYS: 16 rounds suffice
            rounds = _cap(rounds * ways)
        return _cap(rounds * ((node.high - node.low + 1) if exits else 1))


def _sequence_first(rest, after: _After) -> int:
    found = 0
    for node in rest:
        found |= _first(node)
        if _min(node):
            return found
    return found | after.first


def _sequence_fails(rest, after: _After) -> bool:
    return any(map(_can_fail, rest)) or after.fails


def _cap(ways: int) -> int:
    return min(ways, MAX_WAYS + 1)


@lru_cache(maxsize=1024)
def problem(pattern: str) -> str | None:
    """Why ``pattern`` may take more than linear time (or match empty), or None if it is safe.

    A pattern that is not a valid regular expression returns None: compiling it reports that.
    """
    try:
        parsed = parser.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    named: set[str] = set(_REPRESENTATIVES)
    _named_chars(parsed.data, named)
    universe = _Universe(named)
    try:
        tree = _Builder(universe).build(parsed.data, parsed.state.flags)
        if _min(tree) == 0:
            raise UnsafePattern("it can match without reading a character (zero-width, like \\b or (?=cure)): "
                                "it would report an empty finding at every position")
        ways = _Checker(universe).check(tree, _After(0, False), [], False)
        if ways > MAX_WAYS:
            raise UnsafePattern(f"its bounded parts can read one stretch of text in more than {MAX_WAYS:,} ways "
                                "(nested or overlapping {m,n} repeats and alternatives)")
    except UnsafePattern as error:
        return str(error)
    except RecursionError:
        return "it is nested too deeply to check"
    return None
