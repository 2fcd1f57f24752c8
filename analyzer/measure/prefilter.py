"""Literal strings a regular expression cannot match without, to skip texts that lack them.

Python's ``re`` scans a 4 KB text in tens of microseconds per pattern even when nothing
matches; ``"@" in text`` takes well under one. For each lexicon pattern we read its parse tree
and collect the literal strings that every match must contain (one of several for an
alternation): a text containing none of them is not scanned. Only mandatory, case-sensitive
parts count; anything we cannot be sure of yields no filter, and the pattern always runs.
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

import re


def _required(items) -> list[frozenset[str]]:
    """Sets of strings: every match contains at least one string of each set."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                found += _required(sub)
        elif op is C.BRANCH:
            options = [_best(_required(alternative)) for alternative in av[1]]
            if all(options):
                found.append(frozenset().union(*options))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            found += _required(av[2])
    if run:
        found.append(frozenset({run}))
    return found


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: the one whose shortest string is longest."""
    return max(sets, key=lambda s: min(map(len, s)), default=None)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` (compiled without flags) contains one."""
    try:
        tree = parser.parse(pattern)
    except re.error:
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    return _best(_required(tree))
