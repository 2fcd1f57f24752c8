"""Lexicons are data: one TOML file per family, loaded and checked here.

A family file says everything the program knows about the family: its terms (by category,
each with a weight and a source), how reports show it, which score rules it feeds and with what
default threshold, whether it is a disclosure-checklist item, and example sentences that must and
must not produce a finding. No other module names a family: adding one is adding a file.

    family = "hedges"
    description = "Words that qualify a claim."
    mentions = false            # true: negated, quoted or attributed matches are mentions
    read_references = false     # true: the reference list is read too (evidence cues)
    one_per_clause = false      # true: its findings joined in one clause by no coordinator count once
                                # (the first of them); a list of category names: the request counts as
                                # its part of the first listed category it has (the strongest first)
    extends = "promotional"     # instead of family: add categories to a loaded family
    role = "hedging"            # what mechanisms may ask of it (see ROLES); categories may have one too
    model = "hedge_cues"        # a learned model (analyzer/models/<name>.json) decides its candidates

    [display]                   # how reports show it (all optional)
    label = "Hedges"            # legends and headers
    short = "Hedges"            # narrow table headers
    colour = "#56B4E9"          # highlight and chart colour, "#RRGGBB"
    order = 50                  # lower wins an overlapping highlight, and comes first in tables
    column = true               # a column (weighted rate per 1,000 words) in the wording table
    top_terms = false           # a "top terms" column in the wording table
    charts = ["strip"]          # "strip": a track in the sentence strip; "categories": the category chart
    highlight = true            # false: never highlighted (claim-strength wording)

    [scores]                    # named figures in every document's `scores`
    hedging_rate = { kind = "rate", description = "hedge weights per 1,000 words" }

    [[score_rules]]             # rules a team can set thresholds for (see analyzer/score)
    id = "hedging.rate"         # default: "<family>.<kind>"
    kind = "rate"               # rate | count | presence | missing
    categories = []             # only these categories (default: all counted ones)
    threshold = 10.0            # omit both threshold and level: available, off by default
    level = "info"
    measure = "hedging per 1,000 words (weighted)"
    source = "..."
    fires = ["A text in which the rule fires under its default threshold."]
    quiet = ["A text in which it does not."]

    [disclosure]                # a checklist item: present when its wordings weigh 1.0 or more
    item = "harms"              # default: the family name; the rule is "disclosure.<item>"
    header = "Harms"
    level = "review"
    source = "..."

    [audit]                     # how often its counted findings held up when people read them
    precision = 0.89            # share judged right (tests/audit/precision.py --write fills it in)
    findings = 300              # how many were read
    measured = "2026-11-23"

    [examples]                  # enforced by tests/test_families.py for every family
    fires = ["Ketamine may help."]
    quiet = ["The trial ended in May 2019."]

    [[categories]]
    name = "modal"
    weight = 1.0
    source = "Hyland 2005, Metadiscourse, appendix"
    terms = ["might", { term = "may", rule = "may_not_month" }, "suggest*"]
    # a term may list neutral wordings to use instead, and the style guide they come from:
    # { term = "game-changer", suggest = ["advance"], suggest_source = "..." }
    suggest_source = "..."      # optional: the source of every suggestion in this category
    patterns = []               # regular expressions (case-sensitive; (?i:...) for a part)
    counted = true              # false: reported but kept out of the family's totals
    rule = "..."                # a context rule for every term that names none
    counts_when = "..."         # a context rule for every term that names none: see below
    rank = 1                    # optional: strength order among ranked categories (1 strongest)
    short = "RCT"               # optional: a short label for tables

A term's ``rule`` decides whether a candidate is the term at all (dropped when it fails);
``counts_when`` names a second context rule that decides whether it *counts*: where it fails,
the finding stays visible but is not counted (usage "rejected", reason the rule's name), as a
mention is. It tiers a family's words: a weak evaluative word ("important", "novel") counts only
where the writer leans on it, while strong ones count as found.

A term is words separated by spaces, matched case-insensitively on word tokens (so
"game-changer" also matches "game changer"); a final ``*`` on a word matches any ending. Every
problem is reported as ``file:line: what is wrong``, all at once, and a lexicon with any problem
is not used: nothing is scored with half a lexicon.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from ..resources import lexicon_dir
from ..tomlfile import FileProblems, TomlFile, did_you_mean
from . import regex_safety
from .context import RULES

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_RULE_ID = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_FILE_KEYS = {"family", "extends", "title", "description", "mentions", "read_references", "one_per_clause", "categories",
              "display", "scores", "score_rules", "disclosure", "examples", "role", "model", "audit"}
_CATEGORY_KEYS = {"name", "weight", "source", "description", "terms", "patterns", "counted", "rule", "rank", "short",
                  "role", "suggest_source", "counts_when"}
# What a mechanism may ask of a family or category, instead of naming it: claim strength reads
# the relationship roles and "conditional" hedges (Yu et al. 2019); comparison reads "selling".
ROLES = ("correlational", "comparison", "causal", "no_relationship", "conditional", "selling", "hedging", "boosting")
_TERM_KEYS = {"term", "weight", "rule", "note", "suggest", "suggest_source", "counts_when"}
_PATTERN_KEYS = {"pattern", "weight", "rule", "note", "counts_when"}
_DISPLAY_KEYS = {"label", "short", "colour", "order", "column", "top_terms", "charts", "highlight"}
_SCORE_KEYS = {"kind", "categories", "description"}
_SCORE_RULE_KEYS = {"id", "kind", "categories", "score", "threshold", "level", "measure", "source", "header",
                    "cue", "evidence", "fires", "quiet"}
_DISCLOSURE_KEYS = {"item", "header", "categories", "level", "source", "fires", "quiet"}
_EXAMPLE_KEYS = {"fires", "quiet"}
_AUDIT_KEYS = {"precision", "findings", "measured"}
FAMILY_KINDS = ("rate", "count", "presence", "missing")
LEVELS = ("info", "review", "fail")
CHART_ROLES = ("strip", "categories")
# Okabe & Ito (2008) colour-blind-safe palette, in the order families without a colour take it.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
UNORDERED = 1000
_TERM_WORD = re.compile(r"^[^\W_]+(?:'[^\W_]+)*\*?$")


class LexiconError(FileProblems):
    """Problems in lexicon files: none of them is used until all are fixed."""


@dataclass(frozen=True)
class Term:
    """One lexicon entry, with everything a finding needs to explain itself."""

    family: str
    category: str
    term: str
    words: tuple[str, ...]
    weight: float
    source: str
    rule: str | None
    counted: bool
    mentions: bool
    is_pattern: bool = False
    read_references: bool = False
    suggest: tuple[str, ...] = ()  # neutral wordings to use instead
    suggest_source: str = ""  # the style guide the suggestions come from
    counts_when: str | None = None  # a context rule: where it fails, the finding is shown but not counted

    @property
    def context_rules(self) -> tuple[str, ...]:
        """The context rules that decide this term: whether it is a use, whether it counts."""
        return tuple(r for r in (self.rule, self.counts_when) if r)


@dataclass(frozen=True)
class Category:
    family: str
    name: str
    weight: float
    source: str
    description: str
    counted: bool
    size: int
    rank: int | None = None
    short: str = ""
    role: str = ""


@dataclass(frozen=True)
class Display:
    """How reports show a family. Defaults keep an unknown family visible and legible."""

    label: str
    short: str
    colour: str
    order: int = UNORDERED
    column: bool = False
    top_terms: bool = False
    charts: tuple[str, ...] = ()
    highlight: bool = True


@dataclass(frozen=True)
class ScoreSpec:
    """A named figure a family contributes to every document's scores."""

    name: str
    family: str
    kind: str
    categories: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class ScoreRule:
    """A rule a team can set a threshold for: a measured value, compared with the threshold.

    ``kind`` says how the value is measured: over a family (rate, count, presence, missing) or
    as a named score (``score``). ``threshold``/``level`` are the defaults (None: off until a
    team's config sets a threshold).
    """

    id: str
    kind: str
    measure: str
    source: str
    family: str | None = None
    categories: tuple[str, ...] = ()
    score: str | None = None
    threshold: float | None = None
    level: str | None = None
    header: str | None = None  # a column of the checklist table
    cue: str | None = None  # the name its findings are listed under in a document's cues
    evidence: str | None = None  # "hardest_sentences": the reason points at sentences, not words
    fires: tuple[str, ...] = ()
    quiet: tuple[str, ...] = ()
    origin: str = ""  # the file that declared it

    @property
    def item(self) -> str:
        """The checklist item a "missing" rule stands for (its id after "disclosure.")."""
        return self.id.split(".", 1)[1]


@dataclass(frozen=True)
class Audit:
    """How often a family's counted findings held up when people read them in their sentences:
    the held-out audit of real health news, advertorials and press releases (tests/audit), read by
    people who changed no rule. Reports show it so an editor knows which findings to check."""

    precision: float
    findings: int
    measured: str

    @property
    def percent(self) -> str:
        """The precision as every report writes it: a percent with one decimal, rounded down, so
        that a family under the 90% a report checks against never reads "0.90" or "90.0%"
        (0.899 read "0.90" in the HTML legend and 89.9% in explain: new user, round 23)."""
        return f"{math.floor(round(self.precision * 1000, 6)) / 10:.1f}%"

    @property
    def summary(self) -> str:
        return (f"{self.percent} of {self.findings} counted findings judged right in an audit of real "
                f"health news, advertorials and press releases ({self.measured})")


@dataclass(frozen=True)
class Family:
    name: str
    description: str
    mentions: bool
    read_references: bool
    display: Display
    examples_fire: tuple[str, ...] = ()
    examples_quiet: tuple[str, ...] = ()
    file: str = ""
    role: str = ""
    model: str = ""  # a learned model in analyzer/models that decides this family's candidates
    audit: Audit | None = None  # how often its findings held up when people read them
    # findings joined in one clause count once (matcher.one_per_clause); a tuple names the categories
    # whose part the request counts as, strongest first
    one_per_clause: bool | tuple[str, ...] = False


@dataclass(frozen=True)
class ClaimRoles:
    """What the certainty model needs of a lexicon: which families hedge and boost, and the roles
    of claim wording. Small, so an analysis carries it and works out certainty only when shown."""

    hedging: frozenset[str] = frozenset()
    boosting: frozenset[str] = frozenset()
    roles: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def families_with_role(self, role: str) -> frozenset[str]:
        return {"hedging": self.hedging, "boosting": self.boosting}.get(role, frozenset())


@dataclass(frozen=True)
class Lexicon:
    """All loaded families: the terms the matcher compiles, and everything reports and scores read."""

    terms: tuple[Term, ...]
    categories: tuple[Category, ...]
    files: tuple[str, ...]
    families: tuple[Family, ...] = ()
    scores: tuple[ScoreSpec, ...] = ()
    score_rules: tuple[ScoreRule, ...] = ()

    @property
    def family_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.families)

    def family(self, name: str) -> Family:
        for family in self.families:
            if family.name == name:
                return family
        return Family(name, "", False, False, _default_display(name, len(self.families)))

    def display_order(self) -> tuple[Family, ...]:
        """Families by display order, ties in load order."""
        return tuple(sorted(self.families, key=lambda f: f.display.order))

    def categories_of(self, family: str) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.family == family)

    @cached_property
    def claim_roles(self) -> ClaimRoles:
        """What the certainty model reads of this lexicon (a small copy an analysis carries)."""
        return ClaimRoles(self.families_with_role("hedging"), self.families_with_role("boosting"), dict(self.roles))

    @cached_property
    def roles(self) -> dict[tuple[str, str], str]:
        """(family, category) -> its role, for the categories (or whole families) that declare one."""
        by_family = {f.name: f.role for f in self.families}
        return {(c.family, c.name): c.role or by_family.get(c.family, "") for c in self.categories
                if c.role or by_family.get(c.family)}

    @cached_property
    def disclosure_rules(self) -> tuple[ScoreRule, ...]:
        """The checklist items ("missing" rules), in display order."""
        return self.display_rules("missing")

    @cached_property
    def cue_rules(self) -> tuple[ScoreRule, ...]:
        """Rules whose findings a document's cues list by name (``cue``)."""
        return tuple(r for r in self.score_rules if r.cue)

    @cached_property
    def ranks(self) -> dict[tuple[str, str], int]:
        """(family, category) -> rank, for ranked categories (evidence designs)."""
        return {(c.family, c.name): c.rank for c in self.categories if c.rank is not None}

    def with_role(self, role: str) -> frozenset[tuple[str, str]]:
        return frozenset(key for key, value in self.roles.items() if value == role)

    @cached_property
    def _families_by_role(self) -> dict[str, frozenset[str]]:
        roles = {f.role for f in self.families}
        return {role: frozenset(f.name for f in self.families if f.role == role) for role in roles}

    def families_with_role(self, role: str) -> frozenset[str]:
        return self._families_by_role.get(role, frozenset())

    def display_rules(self, kind: str | None = None) -> tuple[ScoreRule, ...]:
        """Family score rules (of one kind), in the families' display order."""
        order = {f.name: i for i, f in enumerate(self.display_order())}
        rules = [r for r in self.score_rules if kind is None or r.kind == kind]
        return tuple(sorted(rules, key=lambda r: order.get(r.family, len(order))))


def _default_display(name: str, index: int) -> Display:
    label = name.replace("_", " ").capitalize()
    return Display(label=label, short=label[:8], colour=PALETTE[index % len(PALETTE)])


# A weight scales a term's count; nan, inf or 1e308 would silently break every total (issue 16).
MAX_WEIGHT = 100.0


def is_finite_number(value: Any) -> bool:
    """A finite int or float (not a bool): NaN or infinity would make a rule silently never fire."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _words(term: str) -> tuple[str, ...]:
    return tuple(term.lower().replace("-", " ").split())


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _check_term(term: Any, seen: dict[str, int]) -> str | None:
    """What is wrong with a term, or None. ``seen`` maps terms already listed to their line."""
    if not isinstance(term, str) or not term.strip():
        return "a term must be non-empty text"
    bad = [w for w in _words(term) if not _TERM_WORD.match(w)]
    if bad:
        return f"term {term!r}: {bad[0]!r} is not a word (letters, digits, inner apostrophes, final *)"
    first = seen.get(" ".join(_words(term)))
    if first is not None:
        return f"term {term!r} is listed twice in this family (first at line {first})"
    return None


def _check_pattern(pattern: Any) -> str | None:
    if not isinstance(pattern, str) or not pattern:
        return "a pattern must be a non-empty string"
    unsafe = regex_safety.problem(pattern)  # Python's re has no timeout: only provably linear patterns (issue 16)
    if unsafe:
        return f"pattern {pattern!r} is refused: {unsafe}"
    try:
        compiled = re.compile(pattern)
        re.compile(f"(?:{pattern})|x")  # it must also work as one alternative among many
    except re.error as error:
        hint = " (use a scoped flag such as (?i:...), not (?i) for the whole pattern)" if "flag" in str(error) else ""
        return f"pattern {pattern!r} is not a valid regular expression: {error}{hint}"
    if compiled.search(""):
        return f"pattern {pattern!r} matches the empty string"
    return None


class _Reader:
    """One lexicon file being read: its TOML, and the problems found so far."""

    def __init__(self, path: Path):
        self.path = path
        self.toml = TomlFile(path)
        self.problems: list[str] = list(self.toml.problems)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(f"{self.path}:{line}: {message}")

    def line(self, needle: str, after: int = 1) -> int:
        return self.toml.line_of(needle, after)

    def unknown_keys(self, table: dict, allowed: set[str], where: str, at: int) -> None:
        for key in sorted(set(table) - allowed):
            self.problem(self.line(key, at), f"unknown key {key!r}{where}{did_you_mean(key, allowed)} (allowed: {', '.join(sorted(allowed))})")

    def table(self, key: str, allowed: set[str]) -> tuple[dict, int]:
        """An optional ``[key]`` table, checked for unknown keys; ({}, 1) when absent or wrong."""
        value = self.toml.data.get(key, {})
        at = self.line(f"[{key}]", 1)
        if not isinstance(value, dict):
            self.problem(at, f"'{key}' must be a table")
            return {}, at
        self.unknown_keys(value, allowed, f" in [{key}]", at)
        return value, at

    def text(self, table: dict, key: str, at: int, default: str = "") -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            self.problem(self.line(key, at), f"'{key}' must be text")
            return default
        return value

    def flag(self, table: dict, key: str, at: int, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.problem(self.line(key, at), f"'{key}' must be true or false")
            return default
        return value

    def texts(self, table: dict, key: str, at: int) -> tuple[str, ...]:
        value = table.get(key, [])
        if not _is_text_list(value):
            self.problem(self.line(key, at), f"'{key}' must be a list of non-empty strings")
            return ()
        return tuple(value)


def _read_family(reader: _Reader, builtin: set[str]) -> tuple[str, bool]:
    """The family name and whether the file extends a loaded family."""
    data = reader.toml.data
    reader.unknown_keys(data, _FILE_KEYS, "", 1)
    if "extends" in data:
        name, extends = data["extends"], True
        if "family" in data:
            reader.problem(reader.line("family"), "give either 'family' (a new family) or 'extends' (add to one), not both")
        for key in ("display", "scores", "score_rules", "disclosure", "mentions", "read_references", "one_per_clause", "audit"):
            if key in data:
                reader.problem(reader.line(key), f"'{key}' belongs to the family's own file; a file that extends adds categories only")
    else:
        name, extends = data.get("family"), False
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        reader.problem(reader.line("family" if not extends else "extends"), "'family' must be a lower-case name like \"hedges\"")
        return "?", extends
    if extends and name not in builtin:
        reader.problem(reader.line("extends"), f"'extends': no loaded family {name!r} (families: {', '.join(sorted(builtin))})")
    if not extends and name in builtin:
        reader.problem(reader.line("family"), f"family {name!r} is already loaded; to add categories to it, write extends = \"{name}\"")
    return name, extends


def _read_display(reader: _Reader, family: str, index: int) -> Display:
    table, at = reader.table("display", _DISPLAY_KEYS)
    default = _default_display(family, index)
    colour = reader.text(table, "colour", at, default.colour)
    if not _COLOUR.fullmatch(colour):
        reader.problem(reader.line("colour", at), f"'colour' must be \"#RRGGBB\", not {colour!r}")
        colour = default.colour
    order = table.get("order", UNORDERED)
    if not isinstance(order, int) or isinstance(order, bool):
        reader.problem(reader.line("order", at), "'order' must be a whole number")
        order = UNORDERED
    charts = reader.texts(table, "charts", at)
    for role in charts:
        if role not in CHART_ROLES:
            reader.problem(reader.line("charts", at), f"chart role {role!r} is unknown (roles: {', '.join(CHART_ROLES)})")
    label = reader.text(table, "label", at, default.label)
    return Display(label=label, short=reader.text(table, "short", at, label), colour=colour, order=order,
                   column=reader.flag(table, "column", at, False), top_terms=reader.flag(table, "top_terms", at, False),
                   charts=tuple(r for r in charts if r in CHART_ROLES), highlight=reader.flag(table, "highlight", at, True))


def _read_audit(reader: _Reader) -> Audit | None:
    table, at = reader.table("audit", _AUDIT_KEYS)
    if not table:
        return None
    precision, findings = table.get("precision"), table.get("findings")
    if not isinstance(precision, (int, float)) or isinstance(precision, bool) or not 0 <= precision <= 1:
        reader.problem(reader.line("precision", at), "'precision' must be a number from 0 to 1")
        return None
    if not isinstance(findings, int) or isinstance(findings, bool) or findings < 1:
        reader.problem(reader.line("findings", at), "'findings' must be a whole number of findings read, 1 or more")
        return None
    return Audit(float(precision), findings, reader.text(table, "measured", at))


def _read_scores(reader: _Reader, family: str) -> list[ScoreSpec]:
    data = reader.toml.data.get("scores", {})
    at = reader.line("[scores]")
    if not isinstance(data, dict):
        reader.problem(at, "'scores' must be a table of name = { kind = ... }")
        return []
    specs = []
    for name, spec in data.items():
        line = reader.line(name, at)
        if not _NAME.fullmatch(name) or not isinstance(spec, dict):
            reader.problem(line, f"score {name!r}: a lower-case name = {{ kind = \"rate\" | \"count\" }}")
            continue
        reader.unknown_keys(spec, _SCORE_KEYS, f" in score {name!r}", line)
        kind = spec.get("kind")
        if kind not in ("rate", "count"):
            reader.problem(line, f"score {name!r}: 'kind' must be \"rate\" or \"count\"")
            continue
        specs.append(ScoreSpec(name, family, kind, reader.texts(spec, "categories", line),
                               reader.text(spec, "description", line)))
    return specs


def _threshold_and_level(reader: _Reader, spec: dict, line: int, what: str) -> tuple[float | None, str | None]:
    threshold, level = spec.get("threshold"), spec.get("level")
    if (threshold is None) != (level is None):
        reader.problem(line, f"{what}: give both 'threshold' and 'level', or neither (off by default)")
        return None, None
    if threshold is not None and not is_finite_number(threshold):
        reader.problem(reader.line("threshold", line), f"{what}: 'threshold' must be a finite number")
        return None, None
    if level is not None and level not in LEVELS:
        reader.problem(reader.line("level", line), f"{what}: 'level' must be one of {', '.join(LEVELS)}")
        return None, None
    return (None if threshold is None else float(threshold)), level


def read_score_rule(reader: _Reader, spec: Any, line: int, family: str | None) -> ScoreRule | None:
    """One ``[[score_rules]]`` entry (in a family file, or in the score stage's own data)."""
    if not isinstance(spec, dict):
        reader.problem(line, "each [[score_rules]] entry must be a table")
        return None
    reader.unknown_keys(spec, _SCORE_RULE_KEYS, " in [[score_rules]]", line)
    kind = spec.get("kind", "score" if "score" in spec else None)
    kinds = FAMILY_KINDS if family else ("score",)
    if kind not in kinds + ("score",) or (kind == "score") != ("score" in spec):
        reader.problem(line, f"score rule: 'kind' must be one of {', '.join(kinds)}, or give 'score' = a score's name")
        return None
    rule_id = spec.get("id", f"{family}.{kind}")
    if not isinstance(rule_id, str) or not _RULE_ID.fullmatch(rule_id):
        reader.problem(line, f"score rule id {rule_id!r} must be dotted lower-case names like \"promotional.rate\"")
        return None
    threshold, level = _threshold_and_level(reader, spec, line, f"score rule {rule_id!r}")
    measure = reader.text(spec, "measure", line)
    source = reader.text(spec, "source", line)
    if not measure.strip() or (threshold is not None and not source.strip()):
        reader.problem(line, f"score rule {rule_id!r}: 'measure' is required, and 'source' for a default threshold")
    evidence = spec.get("evidence")
    if evidence not in (None, "hardest_sentences"):
        reader.problem(reader.line("evidence", line), f"score rule {rule_id!r}: 'evidence' can only be \"hardest_sentences\"")
    return ScoreRule(
        id=rule_id, kind=kind, measure=measure, source=source, family=family,
        categories=reader.texts(spec, "categories", line), score=spec.get("score"), threshold=threshold, level=level,
        header=spec.get("header"), cue=spec.get("cue"), evidence=evidence,
        fires=reader.texts(spec, "fires", line), quiet=reader.texts(spec, "quiet", line), origin=str(reader.path),
    )


def read_score_rules(reader: _Reader, family: str | None) -> list[ScoreRule]:
    entries = reader.toml.data.get("score_rules", [])
    if not isinstance(entries, list):
        reader.problem(reader.line("score_rules"), "'score_rules' must be an array of tables: [[score_rules]]")
        return []
    headers = [i + 1 for i, line in enumerate(reader.toml.lines) if line.strip().startswith("[[score_rules]]")]
    rules = [read_score_rule(reader, spec, headers[i] if i < len(headers) else 1, family) for i, spec in enumerate(entries)]
    return [r for r in rules if r is not None]


def _read_disclosure(reader: _Reader, family: str) -> list[ScoreRule]:
    """A checklist item is a "missing" rule: it measures 1 when the family's cue is absent."""
    if "disclosure" not in reader.toml.data:
        return []
    table, at = reader.table("disclosure", _DISCLOSURE_KEYS)
    item = reader.text(table, "item", at, family)
    threshold, level = (0.0, table["level"]) if "level" in table else (None, None)
    if level is not None and level not in LEVELS:
        reader.problem(reader.line("level", at), f"[disclosure]: 'level' must be one of {', '.join(LEVELS)}")
        threshold = level = None
    return [ScoreRule(
        id=f"disclosure.{item}", kind="missing", measure=f"{item} not disclosed (1 = missing)",
        source=reader.text(table, "source", at), family=family, categories=reader.texts(table, "categories", at),
        threshold=threshold, level=level, header=reader.text(table, "header", at, item.capitalize()),
        fires=reader.texts(table, "fires", at), quiet=reader.texts(table, "quiet", at), origin=str(reader.path),
    )]


def _read_entry(reader: _Reader, kind: str, entry: Any, category: dict, seen: dict[str, int], at: int) -> Term | str | None:
    """One term or pattern of a category: a Term, a problem (str), or None after reporting one."""
    cname, weight, rule = category["name"], category["weight"], category["rule"]
    counts_when = category["counts_when"]
    spec = {kind: entry} if isinstance(entry, str) else entry
    if not isinstance(spec, dict):
        return f"category {cname!r}: a {kind} must be a string or a table like {{ {kind} = \"...\" }}"
    value = spec.get(kind)
    line = reader.line(f'"{value}"' if kind == "term" else str(value)[:20], at) if isinstance(value, str) else at
    allowed = _TERM_KEYS if kind == "term" else _PATTERN_KEYS
    reader.unknown_keys(spec, allowed, f" in {kind}", line)
    entry_weight = spec.get("weight", weight)
    rule = spec.get("rule", rule)
    counts_when = spec.get("counts_when", counts_when)
    message = _check_term(value, seen) if kind == "term" else _check_pattern(value)
    if message is None and (not is_finite_number(entry_weight) or not 0 <= entry_weight <= MAX_WEIGHT):
        message = f"{kind} {value!r}: 'weight' must be a finite number from 0 to {MAX_WEIGHT:g}"
    if message is None and rule is not None and (not isinstance(rule, str) or rule not in RULES):
        message = f"{kind} {value!r}: unknown context rule {rule!r}{did_you_mean(rule, RULES)} (known: {', '.join(sorted(RULES))})"
    if message is None and counts_when is not None and (not isinstance(counts_when, str) or counts_when not in RULES):
        message = f"{kind} {value!r}: 'counts_when' names no context rule: {counts_when!r}{did_you_mean(counts_when, RULES)} (known: {', '.join(sorted(RULES))})"
    suggest, suggest_source = spec.get("suggest", []), spec.get("suggest_source", category.get("suggest_source", ""))
    if message is None and (not _is_text_list(suggest) or not isinstance(suggest_source, str)):
        message = f"{kind} {value!r}: 'suggest' must be a list of non-empty strings and 'suggest_source' text"
    if message is None and suggest and not suggest_source.strip():
        message = f"{kind} {value!r}: 'suggest' needs a 'suggest_source' (the style guide the wording comes from)"
    if message:
        reader.problem(line, message if message.startswith(kind) else f"category {cname!r}: {message}")
        return None
    words = _words(value) if kind == "term" else ()
    if kind == "term":
        seen[" ".join(words)] = line
    return Term(category["family"], cname, value, words, float(entry_weight), category["source"], rule,
                category["counted"], category["mentions"], kind == "pattern", category["read_references"],
                tuple(suggest), suggest_source if suggest else "", counts_when)


def _read_category(reader: _Reader, raw: Any, at: int, base: dict, seen: dict[str, int],
                   index: int = 0) -> tuple[list[Term], Category | None]:
    if not isinstance(raw, dict):
        reader.problem(at, "each [[categories]] entry must be a table")
        return [], None
    reader.unknown_keys(raw, _CATEGORY_KEYS, " in category", at)
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        reader.problem(at, "category 'name' must be a lower-case name like \"modal\"")
        name = "?"
    weight = raw.get("weight")
    if weight is None:
        reader.problem(at, f"category {name!r}: 'weight' is required (a number >= 0, e.g. weight = 1.0)")
        weight = 0.0
    elif not is_finite_number(weight) or not 0 <= weight <= MAX_WEIGHT:
        line = reader.toml.key_line("categories", index, "weight") or at
        reader.problem(line, f"category {name!r}: 'weight' must be a finite number from 0 to {MAX_WEIGHT:g}, not {weight!r}")
        weight = 0.0
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        reader.problem(at, f"category {name!r}: 'source' is required (where the terms come from)")
        source = ""
    rule = raw.get("rule")
    if rule is not None and (not isinstance(rule, str) or rule not in RULES):
        reader.problem(reader.line("rule", at), f"category {name!r}: unknown context rule {rule!r}{did_you_mean(rule, RULES)} (known: {', '.join(sorted(RULES))})")
        rule = None
    rank = raw.get("rank")
    if rank is not None and (not isinstance(rank, int) or isinstance(rank, bool) or rank < 1):
        reader.problem(reader.line("rank", at), f"category {name!r}: 'rank' must be a whole number >= 1")
        rank = None
    counts_when = raw.get("counts_when")
    if counts_when is not None and (not isinstance(counts_when, str) or counts_when not in RULES):
        reader.problem(reader.line("counts_when", at), f"category {name!r}: 'counts_when' names no context rule: {counts_when!r}{did_you_mean(counts_when, RULES)} (known: {', '.join(sorted(RULES))})")
        counts_when = None
    counted = reader.flag(raw, "counted", at, True)
    role = _role(reader, raw, at)
    category = dict(base, name=name, weight=float(weight), source=source, rule=rule, counted=counted, counts_when=counts_when,
                    suggest_source=reader.text(raw, "suggest_source", at))
    raw_terms, patterns = raw.get("terms", []), raw.get("patterns", [])
    if not isinstance(raw_terms, list) or not isinstance(patterns, list) or not (raw_terms or patterns):
        reader.problem(at, f"category {name!r}: 'terms' (and/or 'patterns') must be a non-empty list")
        return [], None
    found = [_read_entry(reader, kind, entry, category, seen, at)
             for kind, entries in (("term", raw_terms), ("pattern", patterns)) for entry in entries]
    for problem in (f for f in found if isinstance(f, str)):
        reader.problem(at, problem)
    terms = [t for t in found if isinstance(t, Term)]
    return terms, Category(base["family"], name, float(weight), source, str(raw.get("description", "")), counted,
                           len(terms), rank, str(raw.get("short", "")), role)


def _role(reader: _Reader, table: dict, at: int) -> str:
    role = table.get("role", "")
    if role and role not in ROLES:
        reader.problem(reader.line("role", at), f"'role' {role!r} is unknown (roles: {', '.join(ROLES)})")
        return ""
    return role


def _read_categories(reader: _Reader, base: dict) -> tuple[list[Term], list[Category]]:
    categories = reader.toml.data.get("categories")
    if not isinstance(categories, list) or not categories:
        reader.problem(1, "no [[categories]]: a lexicon needs at least one category with terms")
        return [], []
    headers = [i + 1 for i, line in enumerate(reader.toml.lines) if line.strip().startswith("[[categories]]")]
    terms: list[Term] = []
    cats: list[Category] = []
    seen: dict[str, int] = {}
    names: dict[str, int] = {}
    for index, raw in enumerate(categories):
        at = headers[index] if index < len(headers) else 1
        found, category = _read_category(reader, raw, at, base, seen, index)
        if category is None:
            continue
        if category.name in names:
            reader.problem(at, f"category {category.name!r} is defined twice in this family (first at line {names[category.name]})")
            continue
        names[category.name] = at
        terms += found
        cats.append(category)
    return terms, cats


@dataclass
class _Loaded:
    terms: list[Term] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    families: list[Family] = field(default_factory=list)
    scores: list[ScoreSpec] = field(default_factory=list)
    score_rules: list[ScoreRule] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _one_per_clause(reader: _Reader, data: dict) -> bool | tuple[str, ...]:
    """``one_per_clause``: false, true, or the categories whose part stands for the request,
    strongest first (one name is a list of one)."""
    value = data.get("one_per_clause", False)
    if isinstance(value, bool):
        return value
    names = [value] if isinstance(value, str) else value
    if isinstance(names, list) and names and all(isinstance(n, str) and _NAME.fullmatch(n) for n in names):
        return tuple(names)
    reader.problem(reader.line("one_per_clause"), "'one_per_clause' must be true, false or a list of category names")
    return False


def _check_one_per_clause(reader: _Reader, family: Family, categories: list[Category],
                          rules: list[ScoreRule], scores: list[ScoreSpec]) -> None:
    """The categories ``one_per_clause`` names are the family's own (a typo would silently fall
    back to the first part), and every category a rule or score of the family counts apart is one
    of them: a request counts once, as one part, so a part of a category not listed could lose
    its request to another part and the rule that counts its category would never see it (round
    27: "Click here to order yours" counted as "Click here", and the rule on calls to buy went quiet)."""
    if not family.one_per_clause:
        return
    named = family.one_per_clause if isinstance(family.one_per_clause, tuple) else ()
    known = [c.name for c in categories]
    for name in named:
        if name not in known:
            reader.problem(reader.line("one_per_clause"), f"'one_per_clause': family {family.name!r} has no category "
                                                          f"{name!r}{did_you_mean(name, known)} (categories: {', '.join(known)})")
    for what, read in [*((f"score rule {r.id!r}", r.categories) for r in rules), *((f"score {s.name!r}", s.categories) for s in scores)]:
        missing = [c for c in read if c not in named]
        if missing:
            reader.problem(reader.line("one_per_clause"), f"'one_per_clause': {what} counts {', '.join(map(repr, missing))} apart; "
                                                          "list it in one_per_clause, or a request that includes it may count as another part")


def _read_file(path: Path, loaded: _Loaded) -> None:
    """Add one file's family (or categories, with ``extends``) to ``loaded``."""
    reader = _Reader(path)
    if reader.problems:
        loaded.problems += reader.problems
        return
    known = {f.name for f in loaded.families}
    name, extends = _read_family(reader, known)
    data = reader.toml.data
    examples, at = reader.table("examples", _EXAMPLE_KEYS)
    family = None if extends else Family(
        name=name, description=str(data.get("description", "")),
        mentions=reader.flag(data, "mentions", 1, False), read_references=reader.flag(data, "read_references", 1, False),
        display=_read_display(reader, name, len(loaded.families)),
        examples_fire=reader.texts(examples, "fires", at), examples_quiet=reader.texts(examples, "quiet", at), file=str(path),
        role=_role(reader, data, 1), model=reader.text(data, "model", 1), audit=_read_audit(reader),
        one_per_clause=_one_per_clause(reader, data),
    )
    owner = family or loaded_family(loaded, name)
    base = {"family": name, "mentions": owner.mentions if owner else False,
            "read_references": owner.read_references if owner else False}
    terms, categories = _read_categories(reader, base)
    taken = {c.name for c in loaded.categories if c.family == name}
    for category in categories:
        if category.name in taken:
            reader.problem(reader.line(f'"{category.name}"'), f"category {category.name!r} already exists in family {name!r}")
    rules = [] if extends else read_score_rules(reader, name) + _read_disclosure(reader, name)
    scores = [] if extends else _read_scores(reader, name)
    if family:
        _check_one_per_clause(reader, family, categories, rules, scores)
    loaded.problems += reader.problems
    if family:
        loaded.families.append(family)
    loaded.terms += terms
    loaded.categories += categories
    loaded.scores += scores
    loaded.score_rules += rules


def loaded_family(loaded: _Loaded, name: str) -> Family | None:
    return next((f for f in loaded.families if f.name == name), None)


def _cross_checks(loaded: _Loaded) -> None:
    """What no single file can see: duplicate rule or score names across files."""
    seen: dict[str, str] = {}
    for item in [*loaded.score_rules, *loaded.scores]:
        key = item.id if isinstance(item, ScoreRule) else f"score {item.name}"
        origin = item.origin if isinstance(item, ScoreRule) else item.family
        if key in seen:
            loaded.problems.append(f"{origin}:1: {key!r} is declared twice (also in {seen[key]})")
        seen[key] = origin


def builtin_lexicon_files() -> list[Path]:
    return sorted(lexicon_dir().glob("*.toml"))


def parse_lexicon_file(path: Path, known: Iterable[Path] = ()) -> tuple[list[Term], list[Category], list[str]]:
    """Terms, categories and problems of one file, read after the ``known`` files (for ``extends``)."""
    loaded = _Loaded()
    for earlier in known:
        _read_file(Path(earlier), loaded)
    loaded.problems.clear()
    count = len(loaded.terms), len(loaded.categories)
    _read_file(Path(path), loaded)
    return loaded.terms[count[0]:], loaded.categories[count[1]:], loaded.problems


def load_lexicon(extra: Iterable[Path] = ()) -> Lexicon:
    """The built-in lexicons plus the user's files; raises ``LexiconError`` on any problem."""
    files = builtin_lexicon_files() + [Path(p) for p in extra]
    loaded = _Loaded()
    for path in files:
        _read_file(path, loaded)
    _cross_checks(loaded)
    if loaded.problems:
        raise LexiconError(loaded.problems)
    return Lexicon(tuple(loaded.terms), tuple(loaded.categories), tuple(str(f) for f in files),
                   tuple(loaded.families), tuple(loaded.scores), tuple(loaded.score_rules))
