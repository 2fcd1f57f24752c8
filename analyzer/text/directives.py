"""Inline control: a writer switches findings off for a passage, in the text itself.

A health article sometimes quotes an advertisement on purpose, or a page must keep a
manufacturer's required wording; the editor says so where it happens, as prose linters let
them (markdownlint's ``<!-- markdownlint-disable -->``, Vale's ``<!-- vale off -->``, ESLint's
``eslint-disable-next-line``; asked for in Vale #33, write-good #10, proselint #1315):

    <!-- analyzer-disable promotional -->        Markdown and HTML: a comment
    <!-- analyzer-enable -->
    <!-- analyzer-disable-next-line cta.count -->
    analyzer: disable promotional                  plain text: a line of its own

``disable`` without names switches everything off, ``enable`` without names everything back on;
names are families ("promotional"), categories ("promotional.red_flag") or rule ids
("cta.count", "readability" for every readability rule), comma- or space-separated. A
``disable`` runs until an ``enable`` that names it (or names nothing); one never closed runs to
the end of the document, which is how a rule that judges the whole document (a missing
disclosure, the reading grade) is switched off. ``disable-next-line`` covers the next line that
is not blank. Suppressed findings are still reported, marked with the directive's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from .sourcemap import SourceMap, line_starts

KINDS = ("disable", "enable", "disable-next-line")
_COMMENT = re.compile(r"<!--[ \t]*analyzer-(disable-next-line|disable|enable)\b(.*?)-->", re.DOTALL)
_LINE = re.compile(r"^[ \t]*analyzer:[ \t]*(disable-next-line|disable|enable)\b([^\n]*)$", re.MULTILINE)
_NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")


@dataclass(frozen=True)
class Directive:
    """One directive: what it does, to which names (empty: everything), where it is written.

    ``start``/``end`` are the directive's own span; ``target`` the span of the line that a
    ``disable-next-line`` covers. Offsets index the analysed text once ``in_text`` has mapped them.
    """

    kind: str
    names: tuple[str, ...]
    line: int
    start: int
    end: int
    target: tuple[int, int] | None = None

    def covers(self, keys: Iterable[str]) -> bool:
        """Whether the directive names one of ``keys`` (a name also covers the ids under it)."""
        return not self.names or any(k == n or k.startswith(n + ".") for n in self.names for k in keys)


@dataclass(frozen=True)
class Directives:
    items: tuple[Directive, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for d in self.items for n in d.names))

    def suppressing(self, offset: int, keys: Iterable[str]) -> int | None:
        """The line of the directive that switches off a finding at ``offset`` with ``keys``."""
        keys = tuple(keys)
        by: int | None = None
        for d in self.items:
            if d.kind == "disable-next-line":
                if d.target and d.target[0] <= offset < d.target[1] and d.covers(keys):
                    return d.line
            elif d.end <= offset and d.covers(keys):
                by = d.line if d.kind == "disable" else None
        return by

    def open_at_end(self, keys: Iterable[str]) -> int | None:
        """The line of a ``disable`` of ``keys`` that no ``enable`` closes (None if there is none)."""
        return self.suppressing(2**62, keys)

    def blank(self, text: str) -> str:
        """``text`` with each directive replaced by spaces (line breaks kept): the same length,
        so offsets hold, and a directive's words are not read as prose."""
        if not self.items:
            return text
        pieces, cursor = [], 0
        for d in sorted(self.items, key=lambda d: d.start):
            if d.start < cursor or d.end > len(text):
                continue
            pieces += [text[cursor:d.start], re.sub(r"[^\n]", " ", text[d.start:d.end])]
            cursor = d.end
        return "".join(pieces) + text[cursor:]

    def in_text(self, source_map: SourceMap) -> "Directives":
        """The same directives with offsets into the analysed text rather than the source."""
        def mapped(d: Directive) -> Directive:
            target = (source_map.to_text(d.target[0]), source_map.to_text(d.target[1])) if d.target else None
            start = source_map.to_text(d.start)
            return replace(d, start=start, end=max(start, source_map.to_text(d.end)), target=target)

        return Directives(tuple(mapped(d) for d in self.items), self.problems)


def _next_line(text: str, starts: tuple[int, ...], line: int) -> tuple[int, int] | None:
    """Span of the first non-blank line after 1-based ``line``."""
    for number in range(line + 1, len(starts) + 1):
        start = starts[number - 1]
        end = starts[number] - 1 if number < len(starts) else len(text)
        if text[start:end].strip():
            return start, end
    return None


def parse(text: str, comments: bool = True, lines: bool = True) -> Directives:
    """Directives in ``text``: HTML comments (Markdown, HTML) and/or ``analyzer:`` lines (plain text)."""
    if "analyzer" not in text:  # the common case: one scan, nothing to do
        return Directives()
    starts = line_starts(text)
    found: list[tuple[re.Match, str]] = []
    if comments:
        found += [(m, "comment") for m in _COMMENT.finditer(text)]
    if lines:
        found += [(m, "line") for m in _LINE.finditer(text)]
    items, problems = [], []
    for match, _ in sorted(found, key=lambda f: f[0].start()):
        line = text.count("\n", 0, match.start()) + 1
        names = tuple(n for n in re.split(r"[\s,]+", match.group(2).strip()) if n)
        bad = [n for n in names if not _NAME.fullmatch(n)]
        if bad:
            problems.append(f"line {line}: analyzer-{match.group(1)}: {bad[0]!r} is not a family, category or rule id")
            continue
        kind = match.group(1)
        last = text.count("\n", 0, match.end()) + 1
        target = _next_line(text, starts, last) if kind == "disable-next-line" else None
        items.append(Directive(kind, names, line, match.start(), match.end(), target))
    return Directives(tuple(items), tuple(problems))
