"""What a regular expression cannot match without, to scan only the sentences that have it.

Python's ``re`` spends tens of microseconds scanning a 4 KB page per pattern even when nothing
matches, and the lexicons hold two dozen patterns. For each one we read its parse tree and
collect the literal strings that every match must contain (one of several for an alternation),
or failing those a digit: a cheap search for that *needle* finds the few sentences worth
scanning. Only mandatory, case-sensitive parts count; anything we cannot be sure of yields no
needle, and the pattern scans the whole text.

A needle nearly every sentence holds (" ", ".", " o") filters nothing and costs a search per
sentence: such *weak* strings are never chosen (issue 17: the outcome-number pattern got " " and
scanned 17,359 of 18,000 sentences). A pattern with several mandatory parts ("from", a digit,
" to ") is scanned only in the sentences that hold all of them (``needles``).
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

import hashlib
import re
from bisect import bisect_right
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .automaton import ahocorasick
from .cache import cached


class _Caseless(frozenset):
    """Strings inside a scoped ``(?i:...)``: searched for case-insensitively ("www", "WWW")."""


def _required(items, caseless: bool = False) -> list[frozenset[str]]:
    """Sets of strings: every match contains at least one string of each set."""
    found: list[frozenset[str]] = []
    kind = _Caseless if caseless else frozenset
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            if op is C.BRANCH:
                # the parser moves the alternatives' common start before them ("sw(?:ear|ore)" for
                # "swear|swore"): joined again, each is a string every match of it holds whole
                found.append(kind(run + _lead(alternative) for alternative in av[1]))
            found.append(kind({run}))
            run = ""
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            found += _required(sub, bool(add_flags & re.IGNORECASE) or (caseless and not del_flags & re.IGNORECASE))
        elif op is C.BRANCH:
            options = [_best(_required(alternative, caseless)) for alternative in av[1]]
            # a digit is any Unicode digit, not ten strings: an alternation holding one has no literal
            if all(options) and not any(o is _DIGIT for o in options):
                union = frozenset().union(*options)
                found.append(_Caseless(union) if any(isinstance(o, _Caseless) for o in options) else union)
        elif op is C.ASSERT:
            # a positive look-around ("(?<=says )", "(?=, said)") requires its text as much as a
            # literal does; a look-behind's text ends where the match starts, inside the sentence,
            # since no sentence starts right after a word and a space (sentences.py)
            found += _required(av[1], caseless)
        elif op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            found.append(_DIGIT)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            found += _required(av[2], caseless)
    if run:
        found.append(kind({run}))
    return found


def _lead(items) -> str:
    """The literal characters a sequence starts with."""
    lead = ""
    for op, av in items:
        if op is not C.LITERAL:
            break
        lead += chr(av)
    return lead


# A digit (``\\d``), when a pattern has no mandatory literal: any one of these.
_DIGIT = frozenset("0123456789")


# Characters in nearly every sentence of prose: a short string made only of these filters nothing.
# Spaces do not count towards its length: " o", "of ", " to " and ", a" are in most sentences.
_COMMON = frozenset(" \t\n.,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WEAK_LENGTH = 3


# The commonest English words (the top of the Brown corpus's frequency list, with the determiners and
# verbs the lexicon patterns read around a term): one of them is in nearly every sentence, so a needle
# set holding one filters nothing and makes the automaton report a hit per word (round 23's funding
# pattern chose "the|her|his|its|our|that|this|those": 32,000 hits on 572 pages, 4x the others' all).
_FREQUENT = frozenset("""the a an and or but of to in for on at by with from as that this these those
his her its our their your my we they he she it you is are was were be been has have had do did use
take get make out not no all so if more one two""".split())


def _weak(strings: frozenset[str]) -> bool:
    """Whether one of ``strings`` is so common in prose that searching for the set is useless.
    Two letters written with a capital and nothing else ("Dr", "Oz", "TV"), read case-sensitively,
    are a name's, not prose's: "\\bDr\\.? ?Oz\\b" had no needle and scanned every sentence (issue 17)."""
    return strings is not _DIGIT and any(
        (len(s.strip()) < _WEAK_LENGTH and set(s) <= _COMMON and not _capitalised_pair(s, strings))
        or s.strip().lower() in _FREQUENT for s in strings)


def _capitalised_pair(string: str, strings: frozenset[str]) -> bool:
    return (len(string) == 2 and string.isalpha() and not string.islower()
            and not isinstance(strings, _Caseless))


def _rank(strings: frozenset[str]) -> tuple:
    """Higher is better: fastest to search for and least often found: a single string before an
    alternation (``re`` searches a literal with a fast string search), then the longest; digits last."""
    return (strings is not _DIGIT, not isinstance(strings, _Caseless), len(strings) == 1, min(map(len, strings)))


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return max((s for s in sets if not _weak(s)), key=_rank, default=None)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` (compiled without flags) contains one; the
    ten ASCII digits stand for ``\\d`` (any Unicode digit), which ``needle`` searches for."""
    try:
        tree = parser.parse(pattern)
    except re.error:
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    return _best(_required(tree))


def _source(literals: frozenset[str]) -> tuple[str, int]:
    """The regular expression (and flags) that finds any of ``literals``."""
    if literals is _DIGIT:
        return r"\d", 0  # any Unicode digit, as ``\d`` in the pattern matches
    alternatives = "|".join(map(re.escape, sorted(literals, key=lambda lit: (-len(lit), lit))))
    return alternatives, re.IGNORECASE if isinstance(literals, _Caseless) else 0


def _compile(literals: frozenset[str]) -> re.Pattern:
    return re.compile(*_source(literals))


def needle(pattern: str) -> re.Pattern | None:
    """A pattern every match of ``pattern`` contains a match of, or None when there is none."""
    literals = required_literals(pattern)
    return None if literals is None else _compile(literals)


# The non-ASCII characters that ``re.IGNORECASE`` matches with an ASCII letter, or that lower-case
# to one: "İ" (i), "ı" (I), "ſ" (s), "K" (Kelvin, k). Found by testing every code point
# (tests/test_speed.py does it again).
CASE_SPECIAL = "\u0130\u0131\u017f\u212a"


def _folds_as_ascii(string: str) -> bool:
    """Whether a caseless needle's ``string`` may be looked for in a lower-cased text as ASCII strings
    are: each character ASCII, or one without case ("’" in "can’t"), which ``re.IGNORECASE``
    matches only with itself and lower-casing keeps (tests/test_speed.py checks every such character
    of the rules' needles against every code point). A needle with a cased non-ASCII letter ("é")
    is searched by its regular expression: the three of "can’t" and its kin cost 7 us a clause
    that way (round 34)."""
    return all(c.isascii() or c.lower() == c == c.upper() for c in string)


def caseless_text(lowered: str) -> str | None:
    """``lowered`` (the text lower-cased, same length) if caseless needles may search it, else None."""
    return None if any(c in lowered for c in CASE_SPECIAL) else lowered


def _minimal(strings: frozenset[str], caseless: bool) -> frozenset[str]:
    """``strings`` less each that holds another of them ("0" for "0|00|,000", "ear" for "ear|ears"): a text
    holds one of the set exactly when it holds one of the rest, and each string dropped is one search
    fewer in ``absent_test`` and fewer automaton hits in ``NeedleScan`` (a hit costs a Python step).
    Caseless strings compare lower-cased, when ASCII (``re.IGNORECASE`` folds those as ``lower`` does)."""
    if strings is _DIGIT or len(strings) < 2 or (caseless and not all(s.isascii() for s in strings)):
        return strings
    key = str.lower if caseless else str
    kept: list[str] = []
    for string in sorted(strings, key=lambda s: (len(s), s)):  # shortest first: a holder follows what it holds
        if not any(key(shorter) in key(string) for shorter in kept):
            kept.append(string)
    return strings if len(kept) == len(strings) else type(strings)(kept)


class Needle:
    """One set of strings a match must contain one of (or a digit), searched the fastest way that
    is exact: ``NeedleScan`` finds every needle of every pattern in one pass.

    A case-insensitive set of ASCII strings is searched in the lower-cased text (``lowered``,
    None when the text holds one of ``CASE_SPECIAL``: there ``re.IGNORECASE`` matches what
    lower-casing does not, "ſ" for "s", "K" (Kelvin) for "k"); a digit is any Unicode digit
    (``\\d``); otherwise, and for those, the needle's regular expression.
    """

    __slots__ = ("strings", "caseless", "source", "_regex")

    def __init__(self, strings: frozenset[str]):
        self.caseless = isinstance(strings, _Caseless)
        strings = _minimal(strings, self.caseless)
        exact = strings is not _DIGIT and (not self.caseless or all(map(_folds_as_ascii, strings)))
        self.strings = tuple(sorted(s.lower() if self.caseless else s for s in strings)) if exact else ()
        self.source, self._regex = _source(strings), None  # compiled when a text first needs it

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = re.compile(*self.source)
        return self._regex

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Needle) and (self.strings, self.caseless, self.source) == (other.strings, other.caseless, other.source)

    def __hash__(self) -> int:
        return hash((self.strings, self.caseless, self.source))

    def plain(self, lowered: str | None) -> bool:
        """Whether this text may be searched for the strings themselves (else: the regex)."""
        return bool(self.strings) and (not self.caseless or lowered is not None)

    def search(self, text: str, starts: list[int], ends: list[int]) -> Iterator[int]:
        """Sentences (spans ``starts[i]:ends[i]``) holding a match of the regex wholly inside them."""
        found = self.regex.search(text)
        while found:
            at = bisect_right(starts, found.start()) - 1
            inside = at >= 0 and found.end() <= ends[at]
            if inside:
                yield at
            # past this sentence once it is known to hold the needle; else on by one character,
            # as a shorter alternative may still end inside it
            found = self.regex.search(text, ends[at] if inside else found.start() + 1)


def _occurrences(find, string: str, starts: list[int], ends: list[int]) -> Iterator[int]:
    """Sentences holding ``string`` wholly inside them: one ``find`` per such sentence."""
    found = find(string)
    while found >= 0:
        at = bisect_right(starts, found) - 1
        if at >= 0 and found + len(string) <= ends[at]:
            yield at
        found = find(string, max(found + 1, ends[at] if at >= 0 else 0))


def _foldable(string: str) -> bool:
    """Whether lower-casing maps every occurrence of ``string`` in a text onto ``string.lower()``
    in the lower-cased text: true of ASCII and of characters without case ("£", "%")."""
    return all(c.isascii() or c.lower() == c for c in string)


class NeedleScan:
    """Which sentences hold each needle of a set of patterns, for one text at a time.

    Every literal string of every needle is looked for in one pass over the lower-cased text:
    exactly for the caseless ones, and for the others as a superset ("usd" finds "USD" and
    "Usd"), which can only add a sentence to scan, never lose a match. Texts holding one of
    ``CASE_SPECIAL`` (``lowered`` None) are read case-sensitively instead, caseless needles by
    their regex. With pyahocorasick (an Aho-Corasick automaton in C, when its wheel is
    installed) a pass is one call; without it, one ``str.find`` per string (``automaton=False``).
    Both give the same sentences, so findings are identical.
    """

    def __init__(self, needles: Iterable[Needle], automaton: bool):
        self.needles = tuple(dict.fromkeys(needles))
        self.index = {needle: i for i, needle in enumerate(self.needles)}
        folded: dict[str, list[int]] = {}  # the lower-cased pass
        exact: dict[str, list[int]] = {}  # case-sensitive strings, for texts that are not lower-cased
        unfoldable: dict[str, list[int]] = {}  # needles with a string lower-casing would miss
        for i, needle in enumerate(self.needles):
            if not needle.caseless:
                for string in needle.strings:
                    exact.setdefault(string, []).append(i)
            fold = needle.caseless or all(map(_foldable, needle.strings))
            for string in needle.strings:
                if fold:
                    folded.setdefault(string if needle.caseless else string.lower(), []).append(i)
                else:
                    unfoldable.setdefault(string, []).append(i)
        self.tables = {"folded": folded, "exact": exact, "unfoldable": unfoldable}
        self.automata = {name: _automaton(table) if automaton else None for name, table in self.tables.items()}
        # the needles searched by their regex (``Needle.plain``), in a lower-cased text and in one that is not
        self.by_regex = {lower: tuple(i for i, n in enumerate(self.needles) if not n.plain("" if lower else None))
                         for lower in (True, False)}

    def _scan(self, name: str, haystack: str, starts: list[int], ends: list[int], found: list[set[int]]) -> None:
        table, automaton = self.tables[name], self.automata[name]
        if not table:
            return
        if automaton is not None:
            for end, (length, ids) in automaton.iter(haystack):
                at = bisect_right(starts, end + 1 - length) - 1
                if at >= 0 and end < ends[at]:
                    for i in ids:
                        found[i].add(at)
            return
        for string, ids in table.items():
            if string in haystack:
                where = set(_occurrences(haystack.find, string, starts, ends))
                for i in ids:
                    found[i] |= where

    def holding(self, text: str, lowered: str | None, starts: list[int], ends: list[int]) -> list[set[int]]:
        """For each needle (in ``self.needles`` order), the sentences holding it (or a superset)."""
        found: list[set[int]] = [set() for _ in self.needles]
        if lowered is not None:
            self._scan("folded", lowered, starts, ends, found)
            self._scan("unfoldable", text, starts, ends, found)
        else:
            self._scan("exact", text, starts, ends, found)
        for i in self.by_regex[lowered is not None]:
            found[i] = set(self.needles[i].search(text, starts, ends))
        return found


def _automaton(table: dict[str, list[int]]):
    if ahocorasick is None or not table:
        return None
    automaton = ahocorasick.Automaton()
    for string, ids in table.items():
        automaton.add_word(string, (len(string), tuple(ids)))
    automaton.make_automaton()
    return automaton


def _encode(strings: frozenset[str]) -> list:
    kind = "digit" if strings is _DIGIT else "caseless" if isinstance(strings, _Caseless) else "exact"
    return [kind, sorted(strings)]


def _decode(kind: str, strings: list[str]) -> frozenset[str]:
    return _DIGIT if kind == "digit" else _Caseless(strings) if kind == "caseless" else frozenset(strings)


def needles_of(patterns: Iterable[str], name: str = "needles") -> dict[str, tuple[Needle, ...]]:
    """``needles`` of every pattern, read from the per-user cache when this module and these
    patterns were seen before: parsing ~80 patterns cost a tenth of a cold start (issue 17)."""
    table = _per_pattern(patterns, name, lambda p: [_encode(s) for s in _needle_sets(p)])
    return {p: tuple(Needle(_decode(*s)) for s in found) for p, found in table.items()}


def reaches_of(patterns: Iterable[str], name: str) -> dict[str, int | None]:
    """``behind`` of every pattern, read from the per-user cache as ``needles_of`` reads needles."""
    return _per_pattern(patterns, name, behind)


def _per_pattern(patterns: Iterable[str], name: str, compute: Callable[[str], object]) -> dict:
    """``compute(p)`` for every pattern ``p``, kept in the per-user cache under ``name``, keyed by this
    module's source and the patterns (a change to either computes the table again)."""
    patterns = sorted(set(patterns))
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for pattern in patterns:
        digest.update(pattern.encode("utf-8") + b"\0")
    return cached(name, digest.hexdigest()[:32], lambda: {p: compute(p) for p in patterns})


def behind(pattern: str) -> int | None:
    """How many characters before the start of a scan (``pos``) ``pattern`` may read: the widths
    of all its look-behinds added up (one inside another reads further back); None if unbounded
    or unreadable."""
    try:
        tree = parser.parse(pattern)
    except re.error:
        return None
    total = 0

    def walk(items) -> None:
        nonlocal total
        for op, av in items:
            if op in (C.ASSERT, C.ASSERT_NOT) and av[0] == -1:
                total += av[1].getwidth()[1]
            if isinstance(av, (list, tuple)):
                for part in av:
                    if isinstance(part, parser.SubPattern):
                        walk(part)
                    elif isinstance(part, (list, tuple)):
                        for sub in part:
                            if isinstance(sub, parser.SubPattern):
                                walk(sub)
            elif isinstance(av, parser.SubPattern):
                walk(av)
    walk(tree)
    return total if total < C.MAXREPEAT else None


def needles(pattern: str) -> tuple[Needle, ...]:
    """Every needle of ``pattern``, the best first (the one to search the whole text for); a
    sentence without each cannot hold a match of ``pattern``. Empty: no needle."""
    return tuple(Needle(s) for s in _needle_sets(pattern))


def _needle_sets(pattern: str) -> list[frozenset[str]]:
    try:
        tree = parser.parse(pattern)
    except re.error:
        return []
    if tree.state.flags & re.IGNORECASE:
        return []
    ranked = sorted(dict.fromkeys(s for s in _required(tree) if not _weak(s)), key=_rank, reverse=True)
    kept: list[frozenset[str]] = []
    for strings in ranked:  # the best first: of two sets that imply each other, the better stays
        if not any(_implies(other, strings) for other in kept):
            kept.append(strings)
    # a set a worse one implies is never looked for: the worse one finds only sentences it finds
    return [s for i, s in enumerate(kept) if not any(_implies(other, s) for other in kept[i + 1:])]


def _implies(holder: frozenset[str], strings: frozenset[str]) -> bool:
    """Whether a text holding one of ``holder`` holds one of ``strings``: each string of ``holder``
    holds one of them (" 10" holds "1" and a digit; "swore" holds "ore"), so searching for ``strings``
    as well finds no fewer sentences and costs a search (or automaton hits) for nothing. Caseless
    strings compare lower-cased, when ASCII; a case-sensitive set is never implied by a caseless one."""
    if holder is _DIGIT:
        return strings is _DIGIT
    if strings is _DIGIT:
        return all(any(c in _DIGIT for c in string) for string in holder)
    if isinstance(strings, _Caseless) or isinstance(holder, _Caseless):
        if not isinstance(strings, _Caseless) or not all(s.isascii() for s in holder | strings):
            return False
        holder, strings = {h.lower() for h in holder}, {s.lower() for s in strings}
    return all(any(s in h for s in strings) for h in holder)


_CASE_SPECIAL = re.compile(f"[{CASE_SPECIAL}]")


def _checks(found: tuple[Needle, ...]) -> tuple:
    """(caseless, strings, search) for each needle of ``found``: its one string, or a tuple of its
    strings, each looked for with ``in`` (a few fast string searches beat one scan by a regular
    expression of their alternatives, 1.5-2x, for every size the rule patterns have: 2-48 strings);
    a digit, or strings a lower-cased copy cannot test, by the needle's regular expression."""
    return tuple((n.caseless, n.strings[0] if len(n.strings) == 1 else n.strings,
                  None if n.strings else n.regex.search) for n in found)


# The last string a caseless ``absent_test`` lower-cased, and its lower-cased copy (False where it
# holds one of ``CASE_SPECIAL``): a rule tests the same sentence or window for the needles of several
# patterns in a row ("sourced_statistic": ~30 tests of two strings per figure), lower-casing it once.
_LAST_LOWERED: list = [None, None]


def absent_test(found: tuple[Needle, ...], most: int = 2):
    """A cheap test ``lacks(string)``, True when ``string`` holds no match of the pattern whose
    needles (``needles_of``) are ``found``, because it lacks one every match needs; None when the
    pattern has none. The ``most`` best needles are tested.

    For whole strings only: a match and its look-arounds lie inside the string searched, so each
    needle is there. Strings are looked for with ``in`` (a fast string search), caseless ones in the
    string lower-cased (not where it holds one of ``CASE_SPECIAL``: there the needle is not
    tested); a digit, or caseless strings that are not ASCII, by the needle's regular expression.
    The context rules' patterns (``base.pattern``) scan a clause or a sentence per candidate, most
    often for words that are not there (issue 17)."""
    checks = _checks(found[:most])
    if not checks:
        return None
    last = _LAST_LOWERED

    def lacks(string: str) -> bool:
        lowered = None
        for caseless, strings, search in checks:
            if search is not None:
                if search(string) is None:
                    return True
                continue
            if caseless:
                if lowered is None:
                    if string is last[0]:
                        lowered = last[1]
                    else:
                        # re.IGNORECASE matches CASE_SPECIAL with ASCII letters lower-casing misses
                        special = not string.isascii() and _CASE_SPECIAL.search(string)
                        lowered = last[1] = False if special else string.lower()
                        last[0] = string
                if lowered is False:
                    continue
                haystack = lowered
            else:
                haystack = string
            if strings.__class__ is str:
                if strings not in haystack:
                    return True
            else:  # one of several strings
                for one in strings:
                    if one in haystack:
                        break
                else:
                    return True
        return False
    return lacks


def absent_between(found: tuple[Needle, ...], reach: int, most: int = 2):
    """``absent_test`` for a scan from ``pos`` to ``endpos`` (``re``'s arguments): ``lacks(string,
    pos, endpos)`` is True when characters ``pos - reach`` to ``endpos`` lack a needle, ``reach``
    being how far before ``pos`` the pattern's look-behinds may read (``behind``); a scan cannot
    read past ``endpos``. None when the pattern has no needle."""
    checks = _checks(found[:most])
    if not checks:
        return None

    def lacks(string: str, pos: int, endpos: int) -> bool:
        lo, hi = max(0, pos - reach), min(endpos, len(string))
        part = None
        for caseless, strings, search in checks:
            if search is not None:
                if search(string, lo, hi) is None:
                    return True
                continue
            if caseless:
                if part is None:
                    part = string[lo:hi]
                    if not part.isascii() and _CASE_SPECIAL.search(part):
                        part = ""
                        continue
                    part = part.lower()
                elif not part:
                    continue
                if strings.__class__ is str:
                    if strings not in part:
                        return True
                else:
                    for one in strings:
                        if one in part:
                            break
                    else:
                        return True
            elif strings.__class__ is str:
                if string.find(strings, lo, hi) < 0:
                    return True
            else:
                for one in strings:
                    if string.find(one, lo, hi) >= 0:
                        break
                else:
                    return True
        return False
    return lacks
