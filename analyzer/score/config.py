"""Editorial thresholds from TOML: the package defaults, overridden by the team's file.

The team's file is ``analyzer.toml`` in the working folder or above, or ``[tool.analyzer]`` in
a ``pyproject.toml`` there, or ``--config PATH``. Every problem names the file, the line and
the key, and says what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..tomlfile import FileProblems, TomlFile

LEVELS = ("info", "review", "fail")
FAIL_LEVELS = ("review", "fail")
_TOP_KEYS = {"lexicons", "disable", "fail_level", "rules"}
_RULE_KEYS = {"threshold", "level"}


class ConfigError(FileProblems):
    """Problems in configuration files: nothing is scored until they are fixed."""


@dataclass(frozen=True)
class Rule:
    """A threshold the team set: the rule fires when the measured value exceeds it."""

    id: str
    threshold: float
    level: str


@dataclass(frozen=True)
class Config:
    rules: tuple[Rule, ...]
    disabled: tuple[str, ...]
    fail_level: str
    lexicons: tuple[Path, ...]
    path: Path | None  # the team's file, None when only defaults apply

    def enabled(self, rule_id: str) -> bool:
        return not any(rule_id == d or rule_id.startswith(d + ".") for d in self.disabled)

    @property
    def active_rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if self.enabled(r.id))


def defaults_path() -> Path:
    return Path(str(resources.files("analyzer.score").joinpath("defaults.toml")))


def starter_config() -> str:
    """The commented file ``analyzer init`` writes: the defaults, with their sources."""
    return defaults_path().read_text(encoding="utf-8")


def find_config(start: Path) -> Path | None:
    """analyzer.toml, or a pyproject.toml with [tool.analyzer], in ``start`` or a parent."""
    for folder in [start, *start.parents]:
        candidate = folder / "analyzer.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            toml = TomlFile(pyproject)
            if "analyzer" in toml.data.get("tool", {}):
                return pyproject
    return None


def _section(toml: TomlFile) -> tuple[dict[str, Any], str]:
    if toml.path.name == "pyproject.toml":
        return toml.data.get("tool", {}).get("analyzer", {}), "tool.analyzer."
    return toml.data, ""


def _apply(toml: TomlFile, known_rules: set[str], rules: dict[str, dict[str, Any]], settings: dict[str, Any]) -> list[str]:
    """Merge one file into ``rules`` and ``settings``; return its problems."""
    problems = list(toml.problems)
    if problems:
        return problems
    data, prefix = _section(toml)
    name = str(toml.path)
    start = toml.line_of("[tool.analyzer", 1) if prefix else 1

    def problem(needle: str, message: str, after: int = start) -> None:
        problems.append(f"{name}:{toml.line_of(needle, after)}: {message}")

    for key in sorted(set(data) - _TOP_KEYS):
        problem(key, f"unknown key '{prefix}{key}' (allowed: {', '.join(sorted(_TOP_KEYS))})")
    if "fail_level" in data:
        if data["fail_level"] not in FAIL_LEVELS:
            problem("fail_level", f"'{prefix}fail_level' must be one of {', '.join(FAIL_LEVELS)}, not {data['fail_level']!r}")
        else:
            settings["fail_level"] = data["fail_level"]
    for key in ("disable", "lexicons"):
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problem(key, f"'{prefix}{key}' must be a list of strings")
            elif key == "lexicons":
                settings[key] = settings[key] + [(toml.path.parent / v) for v in value]
            else:
                unknown = [v for v in value if not any(r == v or r.startswith(v + ".") for r in known_rules)]
                if unknown:
                    problem(unknown[0], f"'{prefix}disable': {unknown[0]!r} names no rule (rules: {', '.join(sorted(known_rules))})")
                settings[key] = settings[key] + value
    table = data.get("rules", {})
    if not isinstance(table, dict):
        problem("rules", f"'{prefix}rules' must be a table of rules")
        return problems
    for rule_id, spec in table.items():
        header = toml.line_of(f'rules."{rule_id}"', start)
        if rule_id not in known_rules:
            problem(rule_id, f"unknown rule '{rule_id}' (rules: {', '.join(sorted(known_rules))})")
            continue
        if not isinstance(spec, dict):
            problem(rule_id, f"rule '{rule_id}' must be a table with threshold and level")
            continue
        for key in sorted(set(spec) - _RULE_KEYS):
            problem(key, f"unknown key '{key}' in rule '{rule_id}' (allowed: level, threshold)", header)
        merged = rules.setdefault(rule_id, {})
        if "threshold" in spec:
            value = spec["threshold"]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                problem("threshold", f"rule '{rule_id}': 'threshold' must be a number, not {value!r}", header)
            else:
                merged["threshold"] = float(value)
        if "level" in spec:
            if spec["level"] not in LEVELS:
                problem("level", f"rule '{rule_id}': 'level' must be one of {', '.join(LEVELS)}, not {spec['level']!r}", header)
            else:
                merged["level"] = spec["level"]
    return problems


def load_config(path: Path | None = None, start: Path | None = None, known_rules: set[str] | None = None) -> Config:
    """Defaults, then the team's file (``path``, or the one found from ``start``)."""
    from .rules import RULE_METRICS

    known = known_rules or set(RULE_METRICS)
    rules: dict[str, dict[str, Any]] = {}
    settings: dict[str, Any] = {"fail_level": "fail", "disable": [], "lexicons": []}
    problems = _apply(TomlFile(defaults_path()), known, rules, settings)
    user = path if path is not None else find_config(start or Path.cwd())
    if path is not None and not path.is_file():
        problems.append(f"{path}:1: config file not found")
    elif user is not None:
        settings["lexicons"] = []  # package defaults name none; the team's paths are theirs
        problems += _apply(TomlFile(user), known, rules, settings)
    incomplete = [r for r, spec in rules.items() if set(spec) != _RULE_KEYS]
    problems += [f"{user}:1: rule '{r}' needs both threshold and level" for r in incomplete]
    if problems:
        raise ConfigError(problems)
    return Config(
        rules=tuple(Rule(r, spec["threshold"], spec["level"]) for r, spec in rules.items()),
        disabled=tuple(settings["disable"]),
        fail_level=settings["fail_level"],
        lexicons=tuple(settings["lexicons"]),
        path=user,
    )
