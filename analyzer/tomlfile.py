"""Reading TOML files that people edit, so every problem can name its line."""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path
from typing import Any, Iterable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class FileProblems(Exception):
    """Every problem found in files people edit, one ``file:line: message`` each (``file: message``
    when the file itself cannot be read: there is no line to point at)."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """The hint ": did you mean 'hedges.rate'?" when an unknown name is a near miss of a known one, else "".
    A typo in a rule id sent a user hunting through a list of 48 rules (click and ruff suggest the
    same way); difflib's default cutoff (0.6) keeps unrelated names out. A name that is not text
    (``rule = 3`` in a lexicon) has no near miss: difflib raised TypeError on it."""
    if not isinstance(name, str):
        return ""
    close = difflib.get_close_matches(name, [k for k in known if isinstance(k, str)], n=1)
    return f": did you mean {close[0]!r}?" if close else ""


class TomlFile:
    """A parsed TOML file and its lines. ``problems`` holds a read or syntax error, if any."""

    def __init__(self, path: Path):
        self.path = path
        self.data: dict[str, Any] = {}
        self.lines: list[str] = []
        self.problems: list[str] = []
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problems.append(f"{path}: no such file")
            return
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.problems.append(f"{path}: cannot read: {reason}")
            return
        self.lines = raw.splitlines()
        try:
            self.data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            line = re.search(r"line (\d+)", str(error))
            self.problems.append(f"{path}:{line.group(1) if line else 1}: not valid TOML: {error}")

    def key_line(self, *path: str | int) -> int | None:
        """The line that defines a key, e.g. ``key_line("rules", "readability.grade", "level")``,
        found by the TOML parser itself: the first prefix of the file whose parse holds the key.
        A comment or a string that merely contains the key's name is never taken for it."""
        if not hasattr(self, "_key_lines"):
            self._key_lines = self._locate_keys()
        return self._key_lines.get(tuple(path))

    def _locate_keys(self) -> dict[tuple, int]:
        found: dict[tuple, int] = {}
        for number in range(1, len(self.lines) + 1):
            try:
                data = tomllib.loads("\n".join(self.lines[:number]))
            except tomllib.TOMLDecodeError:  # inside a multi-line value: its key appears when it closes
                continue
            for key in _key_paths(data):
                found.setdefault(key, number)
        return found

    def line_of(self, needle: str, after: int = 1) -> int:
        """First line at or after ``after`` containing ``needle`` (``after`` if none does)."""
        for number in range(max(after, 1), len(self.lines) + 1):
            if needle in self.lines[number - 1]:
                return number
        return after


def _key_paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path in parsed TOML (array-of-table entries by index)."""
    paths = []
    if isinstance(data, dict):
        for key, value in data.items():
            paths.append(prefix + (key,))
            paths += _key_paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, dict):
                paths.append(prefix + (index,))
                paths += _key_paths(value, prefix + (index,))
    return paths
