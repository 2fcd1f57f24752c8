"""The package runs on Python 3.10 (pyproject: requires-python >= 3.10), but CI runs a newer Python.
Atomic groups ``(?>...)`` and possessive quantifiers (``*+``, ``++``, ``?+``, ``{m,n}+``) came to
``re`` in 3.11: a pattern using one raises ``re.error`` on 3.10 the moment it is compiled (round 21
wrote an atomic group into the citation-entry pattern; only a 3.10 interpreter showed it). So every
pattern the package compiles, in code or in lexicon files, is read here for those two constructs."""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as C  # the 3.11+ parser: it can read both constructs
import re._parser as sre_parse
import tokenize
from pathlib import Path

import pytest

import analyzer
from analyzer.measure.lexicon import builtin_lexicon_files
from analyzer.resources import lexicon_dir, support_table
from analyzer.tomlfile import tomllib

NEWER_THAN_310 = {C.ATOMIC_GROUP, C.POSSESSIVE_REPEAT}


def newer_constructs(pattern: str) -> set[str]:
    """The 3.11-only constructs a pattern uses, by name."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, sre_parse.SubPattern):
            for op, av in value:
                if op in NEWER_THAN_310:
                    found.add(str(op))
                walk(av)
        elif isinstance(value, (list, tuple)):  # an item's arguments: groups, branches, bounds
            for part in value:
                walk(part)

    walk(sre_parse.parse(pattern))
    return found


def code_patterns():
    """Every compiled pattern a module of the package holds at module level (``pattern()``
    objects from context_rules.toml are read from the file below)."""
    for info in pkgutil.walk_packages(analyzer.__path__, "analyzer."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value.pattern


def data_patterns():
    yield from (("context_rules.toml " + name, source)
                for name, source in support_table("context_rules.toml")["patterns"].items())
    for path in builtin_lexicon_files():
        for category in tomllib.loads(path.read_text(encoding="utf-8")).get("categories", []):
            for entry in category.get("patterns", []):
                yield path.name, entry if isinstance(entry, str) else entry["pattern"]


@pytest.mark.parametrize("construct", [r"(?>ab|a)c", r"a*+b", r"(?:ab)++c", r"x?+y", r"\d{1,3}+%"])
def test_the_check_sees_each_construct(construct):
    assert newer_constructs(construct)


@pytest.mark.parametrize("plain", [r"(?:ab|a)c", r"a*b", r"(?=ab)a", r"\+\+", r"[*+]+x", r"(a)(?(1)b|c)"])
def test_the_check_passes_310_syntax(plain):
    assert not newer_constructs(plain)


def test_no_pattern_needs_python_311():
    offenders = [(where, source) for where, source in [*code_patterns(), *data_patterns()]
                 if isinstance(source, str) and newer_constructs(source)]
    assert not offenders, offenders


def _strings(path: Path) -> list[str]:
    """The string literals of a Python file; the lines of a data file that are no comment."""
    if path.suffix != ".py":
        return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#")]
    with path.open("rb") as source:
        return [token.string for token in tokenize.tokenize(source.readline) if token.type == tokenize.STRING]


def test_no_source_writes_an_atomic_group():
    """Patterns built when first used (``lru_cache`` builders) are not module globals: the string
    literals of the sources and the lexicon files are read for the atomic group's opening."""
    root = Path(analyzer.__path__[0])
    files = [*sorted(root.rglob("*.py")), *builtin_lexicon_files(), *sorted((lexicon_dir() / "support").glob("*.*"))]
    assert not [str(p) for p in files if any("(?>" in text for text in _strings(p))]
