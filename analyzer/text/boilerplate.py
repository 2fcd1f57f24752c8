"""Site furniture in any input: ad-blocker notices, cookie and newsletter banners, share and
reply counters, copyright footers, "related articles" lists.

trafilatura removes most of it from HTML; text and Markdown copied from a page keep it, and a
banner's "Please consider supporting us by disabling your ad blocker" is not the article's
wording. The patterns are data (``lexicons/support/boilerplate.toml``, each kind with its
source); this module only finds the lines they match. Boilerplate is kept in the output with
its span and kind, and kept out of readability and wording counts the way a reference list is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..resources import lexicon_dir
from ..tomlfile import FileProblems, TomlFile
from .sentences import Sentence

BOILERPLATE_FILE = "boilerplate.toml"
# Lines that follow a "Related articles" heading: headlines, not prose. A line this long, or
# a sentence with this many words, is the article again.
_FOLLOW_MAX_CHARS = 150
_FOLLOW_MAX_LINES = 15


@dataclass(frozen=True)
class BoilerplateSpan:
    """Characters ``start:end`` of the normalised text are site furniture of kind ``kind``."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class _Kind:
    name: str
    pattern: re.Pattern
    follow: bool


@dataclass(frozen=True)
class _Rules:
    kinds: tuple[_Kind, ...]
    max_line_chars: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """The patterns of ``lexicons/support/boilerplate.toml``, compiled; raises on a bad file."""
    toml = TomlFile(lexicon_dir() / "support" / BOILERPLATE_FILE)
    if toml.problems:
        raise FileProblems(toml.problems)
    kinds = []
    for entry in toml.data.get("kinds", []):
        alternatives = "|".join(f"(?:{p})" for p in entry["patterns"])
        kinds.append(_Kind(entry["name"], re.compile(alternatives, re.IGNORECASE), bool(entry.get("follow", False))))
    return _Rules(tuple(kinds), int(toml.data.get("max_line_chars", 400)))


def _lines(text: str):
    """(start, end) of each line, trailing white space excluded."""
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        yield start, start + len(line.rstrip())


def _kind_of(line: str, rules: _Rules) -> _Kind | None:
    if not line.strip() or len(line) > rules.max_line_chars:
        return None
    return next((k for k in rules.kinds if k.pattern.search(line)), None)


def _is_headline(line: str) -> bool:
    """A short line without a sentence's final punctuation: a linked title in a list."""
    stripped = line.strip()
    return 0 < len(stripped) <= _FOLLOW_MAX_CHARS and not stripped.endswith((".", "!", "?", ".\"", ".\u201d"))


def find_boilerplate(text: str, sentences: Sequence[Sentence] = ()) -> tuple[BoilerplateSpan, ...]:
    """Boilerplate spans of ``text`` in order; touching lines of one kind form one span.

    Lines are tested first; then each ``sentences`` item outside them, for pages flattened
    into one paragraph ("... the story ends. Read more Sign Up You will receive emails ...").
    """
    rules = _rules()
    found = _line_spans(text, rules)
    covered = _merged(text, found)
    at = 0
    for sentence in sentences:
        while at < len(covered) and covered[at].end <= sentence.start:
            at += 1
        if at < len(covered) and covered[at].start <= sentence.start:
            continue
        kind = _kind_of(sentence.text, rules)
        if kind is not None:
            found.append(BoilerplateSpan(kind.name, sentence.start, sentence.end))
    return _merged(text, sorted(found, key=lambda span: span.start))


def _line_spans(text: str, rules: _Rules) -> list[BoilerplateSpan]:
    lines = list(_lines(text))
    found: list[BoilerplateSpan] = []
    following: tuple[str, int] | None = None  # (kind, lines left) after a "Related" heading
    for start, end in lines:
        line = text[start:end]
        kind = _kind_of(line, rules)
        if kind is None:
            if following and _is_headline(line):
                found.append(BoilerplateSpan(following[0], start, end))
                following = (following[0], following[1] - 1) if following[1] > 1 else None
            elif line.strip():
                following = None  # prose again (blank lines keep the list going)
            continue
        found.append(BoilerplateSpan(kind.name, start, end))
        following = (kind.name, _FOLLOW_MAX_LINES) if kind.follow else None
    return found


def _merged(text: str, spans: list[BoilerplateSpan]) -> tuple[BoilerplateSpan, ...]:
    merged: list[BoilerplateSpan] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last and last.kind == span.kind and not text[last.end:span.start].strip():
            merged[-1] = BoilerplateSpan(last.kind, last.start, span.end)
        else:
            merged.append(span)
    return tuple(merged)


def mark_boilerplate(sentences: Sequence[Sentence], spans: Sequence[BoilerplateSpan]) -> tuple[Sentence, ...]:
    """Sentences that start inside a boilerplate span, flagged: ``in_boilerplate``, and
    ``in_references`` too, so that readability and the matcher skip them by the same path as a
    reference list."""
    if not spans:
        return tuple(sentences)
    marked, at = [], 0
    for sentence in sentences:
        while at < len(spans) and spans[at].end <= sentence.start:
            at += 1
        inside = at < len(spans) and spans[at].start <= sentence.start < spans[at].end
        marked.append(replace(sentence, in_boilerplate=True, in_references=True) if inside else sentence)
    return tuple(marked)
