"""Thresholds a team sets, from TOML: ``analyzer.toml``, ``[tool.analyzer]`` or ``--config``.

Which rules exist is data: every family file's ``[[score_rules]]`` and ``[disclosure]``, and
``scores.toml`` here; each carries its default threshold, level and source. Any family, built-in
or the team's own, also has ``<family>.rate`` and ``<family>.count``, off until a threshold is
set (one line: ``rules."urgency.count".threshold = 0``). Every problem names the file, the line
and the key, and says what is allowed.
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from ..measure import Lexicon, LexiconError, ScoreRule, lexicon_for
from ..measure.lexicon import is_finite_number
from ..tomlfile import FileProblems, TomlFile, did_you_mean
from .formulas import formulas

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEVELS = ("info", "review", "fail")
FAIL_LEVELS = ("review", "fail")
DEFAULT_LEVEL = "review"  # for a rule that has no default and is given only a threshold
_TOP_KEYS = {"lexicons", "disable", "fail_level", "rules", "profile"}
_RULE_KEYS = {"threshold", "level"}


class ConfigError(FileProblems):
    """Problems in configuration files: nothing is scored until they are fixed."""


@dataclass(frozen=True)
class Threshold:
    """A rule with the threshold and level in force: it fires when the value exceeds the threshold."""

    rule: ScoreRule
    threshold: float
    level: str
    # where each value in force comes from: "rule" (the rule's own setting, scores.toml or its
    # lexicon), "profile NAME" or "config"; `analyzer rules ID` says it (a new user read the rule's
    # own level as the one in force). One origin a value: a config that sets only the threshold
    # leaves the level the profile's, and round 26's one origin a rule called it the config's.
    threshold_origin: str = field(default="rule", compare=False)
    level_origin: str = field(default="rule", compare=False)

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass(frozen=True)
class Profile:
    """An audience's thresholds: what it changes from the rules' defaults, and why."""

    name: str
    description: str
    source: str
    rules: tuple[tuple[str, float, str], ...]  # (rule id, threshold, level)


@lru_cache(maxsize=1)
def profiles() -> tuple[str, dict[str, Profile]]:
    """The default profile's name and every profile, from profiles.toml beside this module."""
    data = tomllib.loads(Path(str(resources.files("analyzer.score").joinpath("profiles.toml"))).read_text("utf-8"))
    found = {
        name: Profile(name, spec["description"], spec["source"],
                      tuple((rule, float(v["threshold"]), v["level"]) for rule, v in spec.get("rules", {}).items()))
        for name, spec in data["profiles"].items()
    }
    return data["default"], found


@dataclass(frozen=True)
class Config:
    thresholds: tuple[Threshold, ...]
    disabled: tuple[str, ...]
    fail_level: str
    lexicons: tuple[Path, ...]  # the team's lexicon files (config, then --lexicon)
    path: Path | None  # the team's file, None when only defaults apply
    profile: str = ""
    notes: tuple[str, ...] = ()  # ``file:line: message``: what still works but should change (a renamed rule)

    def enabled(self, rule_id: str) -> bool:
        return not any(rule_id == d or rule_id.startswith(d + ".") for d in self.disabled)

    @property
    def active(self) -> tuple[Threshold, ...]:
        return tuple(t for t in self.thresholds if self.enabled(t.id))

    @property
    def lexicon_files(self) -> tuple[str, ...]:
        return tuple(str(p) for p in self.lexicons)


def all_rules(lexicon: Lexicon) -> tuple[ScoreRule, ...]:
    """Every rule a threshold can name: declared ones first, then each family's rate and count."""
    declared = [*formulas().rules, *lexicon.display_rules()]
    ids = {r.id for r in declared}
    automatic = [
        ScoreRule(id=f"{family.name}.{kind}", kind=kind, family=family.name, origin=family.file,
                  measure=f"{family.display.label.lower()} {'per 1,000 words (weighted)' if kind == 'rate' else 'findings counted'}",
                  source="declared for every family; off until a team sets a threshold")
        for family in lexicon.display_order() for kind in ("rate", "count") if f"{family.name}.{kind}" not in ids
    ]
    return (*declared, *automatic)


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


class _Team:
    """The team's file: its section, and its problems located by the TOML parser's own lines."""

    def __init__(self, path: Path):
        self.toml = TomlFile(path)
        self.problems = list(self.toml.problems)
        self.notes: list[str] = []
        in_pyproject = path.name == "pyproject.toml"
        self.data = self.toml.data.get("tool", {}).get("analyzer", {}) if in_pyproject else self.toml.data
        self.prefix = "tool.analyzer." if in_pyproject else ""
        self.base = ("tool", "analyzer") if in_pyproject else ()

    def problem(self, key: tuple, message: str, notes: list[str] | None = None) -> None:
        """A problem at the line that defines ``key`` (a path under the section), as the TOML
        parser places it; the nearest enclosing key that it can place otherwise."""
        path = (*self.base, *key)
        while path and self.toml.key_line(*path) is None:
            path = path[:-1]
        line = self.toml.key_line(*path) if path else 1
        (self.problems if notes is None else notes).append(f"{self.toml.path}:{line}: {message}")

    def current(self, key: tuple, name: str) -> list[str]:
        """The rule ids ``name`` stands for today: a renamed rule id (or the start of renamed ids,
        as ``disable`` reads it, when it names nothing else) by its new id, with a note."""
        renamed = formulas().renamed
        if name in renamed:
            new = [renamed[name]]
        elif any(n.startswith(name + ".") for n in renamed.values()):
            return [name]  # the start of current ids too ("hedges")
        else:
            new = [n for old, n in renamed.items() if old.startswith(name + ".")]  # "hedging"
        if not new:
            return [name]
        what = "was renamed" if name in renamed else "now stands for the renamed"
        self.problem(key, f"{name!r} {what} {' and '.join(map(repr, new))}: the old name still works, "
                          "but write the new one", self.notes)
        return new

    def settings(self) -> dict[str, Any]:
        """fail_level, disable and lexicons, checked; rules are checked once the lexicon is known."""
        found: dict[str, Any] = {}
        for key in sorted(set(self.data) - _TOP_KEYS):
            self.problem((key,), f"unknown key '{self.prefix}{key}'{did_you_mean(key, _TOP_KEYS)} (allowed: {', '.join(sorted(_TOP_KEYS))})")
        if "profile" in self.data:
            names = profiles()[1]
            if self.data["profile"] not in names:
                self.problem(("profile",), f"'{self.prefix}profile' must be one of {', '.join(names)}, not {self.data['profile']!r}")
            else:
                found["profile"] = self.data["profile"]
        if "fail_level" in self.data:
            if self.data["fail_level"] not in FAIL_LEVELS:
                self.problem(("fail_level",), f"'{self.prefix}fail_level' must be one of {', '.join(FAIL_LEVELS)}, not {self.data['fail_level']!r}")
            else:
                found["fail_level"] = self.data["fail_level"]
        for key in ("disable", "lexicons"):
            value = self.data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self.problem((key,), f"'{self.prefix}{key}' must be a list of strings")
                value = []
                # the team's own rules are unknown: checking names against the rest would mislead
                found["rules_known"] = found.get("rules_known", True) and key != "lexicons"
            found[key] = value
        found["lexicons"] = [self.toml.path.parent / v for v in found["lexicons"]]
        found["disable"] = [n for name in found["disable"] for n in self.current(("disable",), name)]
        return found

    def thresholds(self, rules: dict[str, ScoreRule], disabled: Sequence[str]) -> dict[str, dict[str, Any]]:
        """rule id -> the threshold and level this file sets (``disabled``: the names of
        ``disable``, renamed rules under their new ids)."""
        for name in disabled:
            if not any(r == name or r.startswith(name + ".") for r in rules):
                self.problem(("disable",), f"'{self.prefix}disable': {name!r} names no rule (rules: {', '.join(sorted(rules))})")
        table = self.data.get("rules", {})
        if not isinstance(table, dict):
            self.problem(("rules",), f"'{self.prefix}rules' must be a table of rules")
            return {}
        chosen: dict[str, dict[str, Any]] = {}
        renamed = formulas().renamed
        for written, spec in table.items():
            rule_id = self.current(("rules", written), written)[0] if written in renamed else written
            if rule_id != written and rule_id in table:
                self.problem(("rules", written), f"rule '{written}' is '{rule_id}' renamed, and both are set: keep '{rule_id}'")
            elif (merged := self._threshold(rule_id, spec, rules, written)) is not None:
                chosen[rule_id] = merged
        return chosen

    def _threshold(self, rule_id: str, spec: Any, rules: dict[str, ScoreRule], written: str = "") -> dict[str, Any] | None:
        """The threshold and level one ``[rules."ID"]`` table sets (``written``: the id as the file
        spells it when it is an old name of ``rule_id``: the keys sit under it)."""
        at = ("rules", written or rule_id)
        if rule_id not in rules:
            self.problem(at, f"unknown rule '{rule_id}'{did_you_mean(rule_id, rules)} (rules: {', '.join(sorted(rules))})")
            return None
        if not isinstance(spec, dict):
            self.problem(at, f"rule '{rule_id}' must be a table with threshold and level")
            return None
        for key in sorted(set(spec) - _RULE_KEYS):
            self.problem((*at, key), f"unknown key '{key}' in rule '{rule_id}'{did_you_mean(key, _RULE_KEYS)} (allowed: level, threshold)")
        merged: dict[str, Any] = {}
        if "threshold" in spec:
            value = spec["threshold"]
            if not is_finite_number(value):
                self.problem((*at, "threshold"), f"rule '{rule_id}': 'threshold' must be a finite number, not {value!r}")
            else:
                merged["threshold"] = float(value)
        if "level" in spec:
            if spec["level"] not in LEVELS:
                self.problem((*at, "level"), f"rule '{rule_id}': 'level' must be one of {', '.join(LEVELS)}, not {spec['level']!r}")
            else:
                merged["level"] = spec["level"]
        if "threshold" not in merged and rules[rule_id].threshold is None and "threshold" not in spec:
            self.problem(at, f"rule '{rule_id}' has no default threshold: give one")
        return merged


def _in_force(rules: Sequence[ScoreRule], profile: Profile, chosen: dict[str, dict[str, Any]]) -> tuple[Threshold, ...]:
    """Each rule with a threshold: the team's values over the profile's over the rule's defaults,
    each value with where it came from (a config may set the threshold and leave the level)."""
    audience = {rule_id: {"threshold": threshold, "level": level} for rule_id, threshold, level in profile.rules}
    thresholds = []
    for rule in rules:
        layers = (("rule", {"threshold": rule.threshold, "level": rule.level} if rule.threshold is not None else {}),
                  (f"profile {profile.name}", audience.get(rule.id, {})), ("config", chosen.get(rule.id, {})))
        value: dict[str, Any] = {}
        origin = {"threshold": "rule", "level": "rule"}
        for name, spec in layers:
            for key in ("threshold", "level"):
                if key in spec:
                    value[key], origin[key] = spec[key], name
        if "threshold" in value:
            thresholds.append(Threshold(rule, value["threshold"], value.get("level") or DEFAULT_LEVEL,
                                        origin["threshold"], origin["level"]))
    return tuple(thresholds)


def _rules(files: Sequence[str], team: "_Team | None") -> dict[str, ScoreRule]:
    """The rules a threshold may name. A broken lexicon raises, with the config file's problems
    found so far: every problem is reported in one run (as yamllint and ruff do)."""
    try:
        return {r.id: r for r in all_rules(lexicon_for(files))}
    except LexiconError as error:
        if team and team.problems:
            raise ConfigError([*team.problems, *error.problems]) from error
        raise


def load_config(path: Path | None = None, start: Path | None = None, extra_lexicons: Sequence[Path] = ()) -> Config:
    """Defaults, then the team's file (``path``, or the one found from ``start``).

    The team's lexicons (from the file, then ``extra_lexicons``) are loaded here, because their
    rules are rules a threshold may name; raises ``LexiconError`` or ``ConfigError``.
    """
    user = path if path is not None else find_config(start or Path.cwd())
    if path is not None and not path.is_file():
        # no line number: there is no line to point at in a file that does not exist
        raise ConfigError([f"{path}: {'is a folder, not a config file' if path.is_dir() else 'no such config file'}"])
    team = _Team(user) if user is not None else None
    settings = team.settings() if team else {"disable": [], "lexicons": []}
    files = tuple(str(p) for p in [*settings["lexicons"], *extra_lexicons])
    rules = _rules(files, team)
    chosen = team.thresholds(rules, settings["disable"]) if team and settings.get("rules_known", True) else {}
    if team and team.problems:
        raise ConfigError(team.problems)
    default, known = profiles()
    profile = known[settings.get("profile", default)]
    return Config(
        thresholds=_in_force(list(rules.values()), profile, chosen),
        disabled=tuple(settings["disable"]),
        fail_level=settings.get("fail_level", "fail"),
        lexicons=tuple(Path(f) for f in files),
        path=user,
        profile=profile.name,
        notes=tuple(team.notes) if team else (),
    )


def profile_differences(rules: Sequence[ScoreRule], known: dict[str, Profile]) -> dict[str, list[Threshold]]:
    """Profile -> the rules in force under it whose threshold or level is not the same under
    every profile, defaults it keeps included: what choosing it decides. Listing only what a
    profile sets hid that ``patient`` and ``marketing-review`` keep missing harms and evidence
    at review (new user, round 25)."""
    in_force = {name: {t.id: t for t in _in_force(rules, profile, {})} for name, profile in known.items()}
    ids = [r.id for r in rules]
    varies = [i for i in ids if len({(t.threshold, t.level) if (t := f.get(i)) else None for f in in_force.values()}) > 1]
    return {name: [found[i] for i in varies if i in found] for name, found in in_force.items()}


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, 98, initial_indent="# ", subsequent_indent="#   ")


def starter_config(lexicon: Lexicon) -> str:
    """The commented file ``analyzer init`` writes: the profiles, then every rule with its default,
    the value the default profile gives it and its source, commented out (uncomment to change)."""
    default, known = profiles()
    lines = [
        "# analyzer configuration: thresholds an editorial team sets.",
        "#",
        "# Save as analyzer.toml in your project (or as [tool.analyzer] in pyproject.toml); the tool",
        "# looks for it in the working folder and upwards, or takes --config PATH. A rule fires when",
        '# its measured value is strictly greater than its threshold. Levels: "info" (reported),',
        '# "review" (an editor should look), "fail" (must be fixed before publishing). A document\'s',
        "# verdict is the highest level of the rules it fires. `analyzer rules` documents every rule.",
        "",
        "# Extra lexicon files, relative to this file.",
        "lexicons = []",
        "",
        '# Rules switched off, by id or id prefix ("cta" switches off every cta.* rule).',
        "disable = []",
        "",
        '# Level at which `analyzer score` exits 1: "review" or "fail". --fail-level overrides it.',
        'fail_level = "fail"',
        "",
        "# Who the texts are for. A profile changes some rules' own settings; your [rules] override both.",
        "# Under each profile, the rules not the same under every profile, as they stand under it.",
    ]
    differing = profile_differences(all_rules(lexicon), known)
    for profile in known.values():
        lines += _comment(f"{profile.name}: {profile.description} Source: {profile.source}")
        lines += [f"#     {t.id}: threshold {t.threshold:g}, {t.level}" for t in differing[profile.name]]
    lines.append(f'profile = "{default}"  # the default profile')
    in_force = {t.id: t for t in _in_force(all_rules(lexicon), known[default], {})}
    for rule in all_rules(lexicon):
        own = "off unless set" if rule.threshold is None else f"rule's own setting {rule.threshold:g} ({rule.level})"
        now = in_force.get(rule.id)
        lines += [""] + _comment(f"{rule.id}: {rule.measure}; {own}"
                                 + (f"; in force under profile {default}: {now.threshold:g} ({now.level})" if now else "")
                                 + f". Source: {rule.source}")
        value = now or Threshold(rule, 0.0, DEFAULT_LEVEL)
        lines += [f'# [rules."{rule.id}"]', f"# threshold = {value.threshold:g}", f'# level = "{value.level}"']
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # what init writes must read back
    return text
