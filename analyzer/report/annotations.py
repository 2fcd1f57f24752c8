"""Diagnostics as lines an editor or a CI log reads.

``--format line``: ``path:line:col: level rule-id message``, one per line, the shape compilers,
grep and editors' "quickfix" lists understand (Vim's errorformat, Emacs' compilation mode, VS
Code's problem matchers). ``--format github``: GitHub Actions workflow commands,
``::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message``, which the
runner turns into annotations on the pull request (fail is "error", review "warning", info
"notice"; a document that was not measured, "note" in the line format, is a notice too). A rule
about the whole document points at line 1, column 1; so does every position in an HTML page,
whose text was extracted with no map back to the file.
"""

from __future__ import annotations

from typing import Iterable

from .diagnostics import Diagnostic

GITHUB_COMMANDS = {"fail": "error", "review": "warning", "info": "notice", "note": "notice"}


def _where(d: Diagnostic, exact: bool) -> tuple[int, int, int, int]:
    if d.position is None or not exact:
        return 1, 1, 1, 1
    p = d.position
    return p.line, p.column, p.end_line, p.end_column


def _one_line(text: str) -> str:
    return " ".join(text.split())


def line_format(diagnostics: Iterable[tuple[Diagnostic, bool]]) -> str:
    """``path:line:col: level rule-id message`` per diagnostic (``bool``: positions are in the file)."""
    lines = []
    for d, exact in diagnostics:
        line, column, _, _ = _where(d, exact)
        lines.append(f"{d.path}:{line}:{column}: {d.level} {d.rule_id} {_one_line(d.message)}")
    return "".join(line + "\n" for line in lines)


def _escape_data(text: str) -> str:
    """Message escaping of the Actions toolkit (``escapeData``): %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Property escaping of the Actions toolkit (``escapeProperty``): also ":" and ","."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_format(diagnostics: Iterable[tuple[Diagnostic, bool]]) -> str:
    """One workflow command per diagnostic."""
    lines = []
    for d, exact in diagnostics:
        line, column, end_line, end_column = _where(d, exact)
        properties = [("file", d.path), ("line", line), ("col", column)]
        if d.position is not None and exact:
            properties += [("endLine", end_line), ("endColumn", end_column)]
        properties.append(("title", f"{d.rule_id} ({d.level})"))
        head = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties)
        lines.append(f"::{GITHUB_COMMANDS[d.level]} {head}::{_escape_data(d.message)}")
    return "".join(line + "\n" for line in lines)
