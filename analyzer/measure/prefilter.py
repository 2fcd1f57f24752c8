"""What a regular expression cannot match without, to scan only the sentences that have it.

Python's ``re`` spends tens of microseconds scanning a 4 KB page per pattern even when nothing
matches, and the lexicons hold two dozen patterns. For each one we read its parse tree and
collect the literal strings that every match must contain (one of several for an alternation),
or failing those a digit: a cheap search for that *needle* finds the few sentences worth
scanning. Only mandatory, case-sensitive parts count; anything we cannot be sure of yields no
needle, and the pattern scans the whole text.
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
            # a digit is any Unicode digit, not ten strings: an alternation holding one has no literal
            if all(options) and not any(o is _DIGIT for o in options):
                found.append(frozenset().union(*options))
        elif op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            found.append(_DIGIT)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            found += _required(av[2])
    if run:
        found.append(frozenset({run}))
    return found


# A digit (``\\d``), when a pattern has no mandatory literal: any one of these.
_DIGIT = frozenset("0123456789")


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set fastest to search for and least often found: a single string before an
    alternation (``re`` searches a literal with a fast string search), then the longest; digits last."""
    return max(sets, key=lambda s: (s is not _DIGIT, len(s) == 1, min(map(len, s))), default=None)


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


def needle(pattern: str) -> re.Pattern | None:
    """A pattern every match of ``pattern`` contains a match of, or None when there is none."""
    literals = required_literals(pattern)
    if literals is None:
        return None
    if literals is _DIGIT:
        return re.compile(r"\d")  # any Unicode digit, as ``\d`` in the pattern matches
    return re.compile("|".join(map(re.escape, sorted(literals, key=lambda lit: (-len(lit), lit)))))
