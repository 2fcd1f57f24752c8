"""The checked lexicon, cached per user as plain JSON, so a cold start does not parse and check
fourteen TOML files again (issue 17: a fifth of scoring one page from the command line).

The key covers every lexicon file's path and bytes and the code that reads them (lexicon.py,
the context/ package of rules it checks names against): editing a family file, passing another ``--lexicon`` or upgrading the program all
derive the lexicon again. A lexicon with problems is never stored: ``load_lexicon`` raises
exactly as before. The cached form is ``dataclasses.asdict`` of the ``Lexicon``; reading it
back rebuilds the same frozen dataclasses (tests/test_speed.py compares them).
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any, Iterable

from ..cache import FORMAT, cached
from . import lexicon as lexicon_module
from . import context as rules_package
from .lexicon import Audit, Category, Display, Family, Lexicon, ScoreRule, ScoreSpec, Term, builtin_lexicon_files, load_lexicon

_ITEMS = {"terms": Term, "categories": Category, "families": Family, "scores": ScoreSpec, "score_rules": ScoreRule}


def _key(files: list[Path]) -> str:
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    rules = sorted(Path(rules_package.__file__).parent.glob("*.py"))
    for path in [Path(lexicon_module.__file__), *rules, *files]:
        digest.update(str(path).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _tuples(value: Any) -> Any:
    """JSON lists back to the tuples the dataclasses hold."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _item(cls, data: dict) -> Any:
    fields = {name: _tuples(value) for name, value in data.items()}
    if cls is Family:
        fields["display"] = Display(**{name: _tuples(value) for name, value in fields["display"].items()})
        fields["audit"] = fields["audit"] and Audit(**fields["audit"])
    return cls(**fields)


def _from_json(data: dict) -> Lexicon:
    parts = {name: tuple(_item(cls, item) for item in data[name]) for name, cls in _ITEMS.items()}
    return Lexicon(files=tuple(data["files"]), **parts)


def load_lexicon_cached(extra: Iterable[Path] = ()) -> Lexicon:
    """``load_lexicon(extra)``, read from the per-user cache when these files were checked before."""
    extra = [Path(p) for p in extra]
    try:
        key = _key(builtin_lexicon_files() + extra)
    except OSError:  # a missing or unreadable file: let the loader report it
        return load_lexicon(extra)
    return _from_json(cached("lexicon", key, lambda: dataclasses.asdict(load_lexicon(extra))))
