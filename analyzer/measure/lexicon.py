"""Lexicons are data: TOML files an editor can review, loaded and checked here.

A file holds one family (hedges, boosters, promotional, calls to action ...). Each category has
a weight and a source that its terms inherit; a term may override the weight or name a context
rule. Every problem is reported as ``file:line: what is wrong``, all of them at once, and a
lexicon with any problem is not used: nothing is scored with half a lexicon.

    family = "hedges"
    description = "Words that qualify a claim."
    mentions = false            # true: negated, quoted or attributed matches are mentions
    read_references = false     # true: the reference list is read too (evidence cues)

    [[categories]]
    name = "modal"
    weight = 1.0
    source = "Hyland 2005, Metadiscourse, appendix"
    terms = ["might", { term = "may", rule = "may_not_month" }, "suggest*"]
    patterns = []               # regular expressions, for what words cannot list (phone numbers);
                                # case-sensitive ((?i:...) for a case-insensitive part); a pattern
                                # may be a table too: { pattern = "...", rule = "..." }
    counted = true              # false: reported but kept out of the family's totals
    rule = "..."                # optional: a context rule for every term that names none

A term is words separated by spaces, matched case-insensitively on word tokens (so
"game-changer" also matches "game changer"); a final ``*`` on a word matches any ending.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..resources import lexicon_dir
from ..tomlfile import FileProblems, TomlFile
from . import regex_safety
from .rules import RULES

_FILE_KEYS = {"family", "title", "description", "mentions", "read_references", "categories"}
_CATEGORY_KEYS = {"name", "weight", "source", "description", "terms", "patterns", "counted", "rule"}
_TERM_KEYS = {"term", "weight", "rule", "note"}
_PATTERN_KEYS = {"pattern", "weight", "rule", "note"}
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


@dataclass(frozen=True)
class Category:
    family: str
    name: str
    weight: float
    source: str
    description: str
    counted: bool
    size: int


@dataclass(frozen=True)
class Lexicon:
    """All loaded families: the terms the matcher compiles, and the categories reports list."""

    terms: tuple[Term, ...]
    categories: tuple[Category, ...]
    files: tuple[str, ...]

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.family for c in self.categories))


# A weight scales a term's count; nan, inf or 1e308 would silently break every total (issue 16).
MAX_WEIGHT = 100.0


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _words(term: str) -> tuple[str, ...]:
    return tuple(term.lower().replace("-", " ").split())


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
    if regex_safety.problem(pattern):  # Python's re has no timeout: only provably linear patterns (issue 16)
        return f"pattern {pattern!r} is refused: {regex_safety.problem(pattern)}"
    try:
        compiled = re.compile(pattern)
        re.compile(f"(?:{pattern})|x")  # it must also work as one alternative among many
    except re.error as error:
        hint = " (use a scoped flag such as (?i:...), not (?i) for the whole pattern)" if "flag" in str(error) else ""
        return f"pattern {pattern!r} is not a valid regular expression: {error}{hint}"
    if compiled.search(""):
        return f"pattern {pattern!r} matches the empty string"
    return None


def parse_lexicon_file(path: Path) -> tuple[list[Term], list[Category], list[str]]:
    """Terms, categories and problems of one file. Problems are ``file:line: message``."""
    problems: list[str] = []
    name = str(path)

    def problem(line: int, message: str) -> None:
        problems.append(f"{name}:{line}: {message}")

    toml = TomlFile(path)
    if toml.problems:
        return [], [], toml.problems
    data = toml.data
    headers = [i + 1 for i, line in enumerate(toml.lines) if line.strip().startswith("[[categories]]")]

    for key in sorted(set(data) - _FILE_KEYS):
        problem(toml.line_of(key, 1), f"unknown key {key!r} (allowed: {', '.join(sorted(_FILE_KEYS))})")
    family = data.get("family")
    if not isinstance(family, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", family or ""):
        problem(toml.line_of("family", 1), "'family' must be a lower-case name like \"hedges\"")
        family = "?"
    mentions = data.get("mentions", False)
    read_references = data.get("read_references", False)
    for key, value in (("mentions", mentions), ("read_references", read_references)):
        if not isinstance(value, bool):
            problem(toml.line_of(key, 1), f"'{key}' must be true or false")
    categories = data.get("categories")
    if not isinstance(categories, list) or not categories:
        problem(1, "no [[categories]]: a lexicon needs at least one category with terms")
        return [], [], problems

    terms: list[Term] = []
    cats: list[Category] = []
    seen: dict[str, int] = {}
    for index, category in enumerate(categories):
        at = headers[index] if index < len(headers) else 1
        if not isinstance(category, dict):
            problem(at, "each [[categories]] entry must be a table")
            continue
        for key in sorted(set(category) - _CATEGORY_KEYS):
            problem(toml.line_of(key, at), f"unknown key {key!r} in category (allowed: {', '.join(sorted(_CATEGORY_KEYS))})")
        cname = category.get("name")
        if not isinstance(cname, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", cname or ""):
            problem(at, "category 'name' must be a lower-case name like \"modal\"")
            cname = "?"
        weight = category.get("weight")
        if not _is_number(weight) or not 0 <= weight <= MAX_WEIGHT:
            problem(toml.line_of("weight", at), f"category {cname!r}: 'weight' must be a number from 0 to {MAX_WEIGHT:g}")
            weight = 0.0
        source = category.get("source")
        if not isinstance(source, str) or not source.strip():
            problem(at, f"category {cname!r}: 'source' is required (where the terms come from)")
            source = ""
        counted = category.get("counted", True)
        if not isinstance(counted, bool):
            problem(toml.line_of("counted", at), f"category {cname!r}: 'counted' must be true or false")
        category_rule = category.get("rule")
        if category_rule is not None and category_rule not in RULES:
            problem(toml.line_of("rule", at), f"category {cname!r}: unknown rule {category_rule!r} (known: {', '.join(sorted(RULES))})")
            category_rule = None
        raw_terms = category.get("terms", [])
        patterns = category.get("patterns", [])
        if not isinstance(raw_terms, list) or not isinstance(patterns, list) or not (raw_terms or patterns):
            problem(at, f"category {cname!r}: 'terms' (and/or 'patterns') must be a non-empty list")
            continue
        size = 0
        entries = [("term", e) for e in raw_terms] + [("pattern", e) for e in patterns]
        for kind, entry in entries:
            spec = {kind: entry} if isinstance(entry, str) else entry
            if not isinstance(spec, dict):
                problem(at, f"category {cname!r}: a {kind} must be a string or a table like {{ {kind} = \"...\" }}")
                continue
            value = spec.get(kind)
            line = toml.line_of(f'"{value}"' if kind == "term" else str(value)[:20], at) if isinstance(value, str) else at
            allowed = _TERM_KEYS if kind == "term" else _PATTERN_KEYS
            for key in sorted(set(spec) - allowed):
                problem(line, f"unknown key {key!r} in {kind} (allowed: {', '.join(sorted(allowed))})")
            entry_weight = spec.get("weight", weight)
            rule = spec.get("rule", category_rule)
            message = _check_term(value, seen) if kind == "term" else _check_pattern(value)
            if message is None and (not _is_number(entry_weight) or not 0 <= entry_weight <= MAX_WEIGHT):
                message = f"{kind} {value!r}: 'weight' must be a number from 0 to {MAX_WEIGHT:g}"
            if message is None and rule is not None and rule not in RULES:
                message = f"{kind} {value!r}: unknown rule {rule!r} (known: {', '.join(sorted(RULES))})"
            if message:
                problem(line, message if message.startswith(kind) else f"category {cname!r}: {message}")
                continue
            words = _words(value) if kind == "term" else ()
            if kind == "term":
                seen[" ".join(words)] = line
            terms.append(Term(family, cname, value, words, float(entry_weight), source, rule, counted is True,
                              mentions is True, kind == "pattern", read_references is True))
            size += 1
        cats.append(Category(family, cname, float(weight), source, str(category.get("description", "")), counted is True, size))
    return terms, cats, problems


def builtin_lexicon_files() -> list[Path]:
    return sorted(lexicon_dir().glob("*.toml"))


def load_lexicon(extra: Iterable[Path] = ()) -> Lexicon:
    """The built-in lexicons plus the user's files; raises ``LexiconError`` on any problem."""
    files = builtin_lexicon_files() + [Path(p) for p in extra]
    terms: list[Term] = []
    categories: list[Category] = []
    problems: list[str] = []
    for path in files:
        file_terms, file_categories, file_problems = parse_lexicon_file(path)
        terms += file_terms
        categories += file_categories
        problems += file_problems
    if problems:
        raise LexiconError(problems)
    return Lexicon(tuple(terms), tuple(categories), tuple(str(f) for f in files))
