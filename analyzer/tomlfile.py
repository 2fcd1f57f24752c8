"""Reading TOML files that people edit, so every problem can name its line."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class FileProblems(Exception):
    """Every problem found in files people edit, one ``file:line: message`` each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class TomlFile:
    """A parsed TOML file and its lines. ``problems`` holds a read or syntax error, if any."""

    def __init__(self, path: Path):
        self.path = path
        self.data: dict[str, Any] = {}
        self.lines: list[str] = []
        self.problems: list[str] = []
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.problems.append(f"{path}:1: cannot read: {error}")
            return
        self.lines = raw.splitlines()
        try:
            self.data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            line = re.search(r"line (\d+)", str(error))
            self.problems.append(f"{path}:{line.group(1) if line else 1}: not valid TOML: {error}")

    def line_of(self, needle: str, after: int = 1) -> int:
        """First line at or after ``after`` containing ``needle`` (``after`` if none does)."""
        for number in range(max(after, 1), len(self.lines) + 1):
            if needle in self.lines[number - 1]:
                return number
        return after
