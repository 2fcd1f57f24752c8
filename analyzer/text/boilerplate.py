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
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from typing import Callable, Sequence

from ..prefilter import absent_test, needles_of
from ..resources import lexicon_dir
from ..tomlfile import FileProblems, TomlFile
from .sentences import Sentence
from .tokens import Tokens, lowered, word_tokens

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
    lines_only: bool  # a banner on its own line, never one sentence of a paragraph
    section: bool = False  # a heading or opening paragraph whose following paragraphs belong to it
    max_chars: int = 0  # a longer limit than max_line_chars for this kind's lines (0: the file's)
    # True for a line that lacks a string every match needs (analyzer/prefilter.py): not searched
    lacks: Callable[[str], bool] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class _Rules:
    kinds: tuple[_Kind, ...]
    max_line_chars: int
    openers: frozenset[str]  # words that open a line or sentence an anchored pattern can match
    words: frozenset[str]  # words one of which every match of the other patterns holds
    symbols: tuple[str, ...]
    section_stop: re.Pattern | None = None  # a line that ends a section: a reference, a citation list

    @property
    def cues(self) -> frozenset[str]:
        return self.openers | self.words


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """The patterns of ``lexicons/support/boilerplate.toml``, compiled; raises on a bad file."""
    toml = TomlFile(lexicon_dir() / "support" / BOILERPLATE_FILE)
    if toml.problems:
        raise FileProblems(toml.problems)
    kinds, openers, words, symbols = [], set(), set(), []
    for entry in toml.data.get("kinds", []):
        alternatives = "|".join(f"(?:{p})" for p in entry["patterns"])
        kinds.append(_Kind(entry["name"], re.compile(alternatives, re.IGNORECASE), bool(entry.get("follow", False)),
                           bool(entry.get("lines_only", False)), bool(entry.get("section", False)),
                           int(entry.get("max_chars", 0))))
        openers.update(entry.get("openers", []))
        words.update(entry.get("words", []))
        symbols += entry.get("symbols", [])
    kinds = _with_needles(kinds)
    stops = toml.data.get("section_stop_patterns", [])
    stop = re.compile("|".join(f"(?:{p})" for p in stops), re.IGNORECASE) if stops else None
    return _Rules(tuple(kinds), int(toml.data.get("max_line_chars", 400)), frozenset(openers), frozenset(words),
                  tuple(symbols), stop)


def _with_needles(kinds: list[_Kind]) -> list[_Kind]:
    """``kinds`` with the test for a line none of its patterns can match: a kind's patterns are
    case-insensitive, so their needles are read as those of ``(?i:...)`` (kept in the per-user
    cache, as the lexicon patterns' are). Most lines with a cue word match no kind, and ``re``
    spent a fifth of the boilerplate pass finding that out (issue 17)."""
    sources = {k.name: f"(?i:{k.pattern.pattern})" for k in kinds}
    found = needles_of(sources.values(), "boilerplate-needles")
    return [replace(k, lacks=absent_test(found[sources[k.name]])) for k in kinds]


def _kind_of(line: str, rules: _Rules, sentence: bool = False) -> _Kind | None:
    if not line.strip():
        return None
    return next((k for k in rules.kinds if not (sentence and (k.lines_only or k.section))
                 and len(line) <= (k.max_chars or rules.max_line_chars)
                 and not (k.lacks is not None and k.lacks(line)) and k.pattern.search(line)), None)


def _is_headline(line: str) -> bool:
    """A short line without a sentence's final punctuation: a linked title in a list."""
    stripped = line.strip()
    return 0 < len(stripped) <= _FOLLOW_MAX_CHARS and not stripped.endswith((".", "!", "?", ".\"", ".\u201d"))


_WORD_CHARACTER = re.compile(r"[^\W_]")


def _opens(text: str, offset: int, starts: Sequence[int]) -> bool:
    """Whether the word at ``offset`` is the first word of its line or of its sentence."""
    line_start = text.rfind("\n", 0, offset) + 1
    if not _WORD_CHARACTER.search(text, line_start, offset):
        return True
    at = bisect_right(starts, offset) - 1
    return at >= 0 and not _WORD_CHARACTER.search(text, max(starts[at], line_start), offset)


def _whole(line: str, match: re.Match) -> bool:
    """Whether ``match`` covers ``line`` but for punctuation and spaces at either end."""
    return not (_WORD_CHARACTER.search(line, 0, match.start()) or _WORD_CHARACTER.search(line, match.end()))


def _one_sentence(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether characters ``start:end`` hold the start of at most one sentence."""
    return bisect_right(starts, end) - bisect_right(starts, start - 1) <= 1


def _cue_offsets(text: str, tokens: Tokens, rules: _Rules, starts: Sequence[int]) -> list[int]:
    """Offsets of the words and symbols boilerplate needs, in order: where to look at all."""
    words, offsets = tokens.words, []
    present = rules.cues.intersection(words)
    if present:  # one pass over the words; an opener counts only where it opens
        anywhere = rules.words
        for i in compress(range(len(words)), map(present.__contains__, words)):
            offset = tokens.starts[i]
            if words[i] in anywhere or _opens(text, offset, starts):
                offsets.append(offset)
    for symbol in rules.symbols:
        at = text.find(symbol)
        while at >= 0:
            offsets.append(at)
            at = text.find(symbol, at + 1)
    return sorted(offsets)


def _line_at(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line holding ``offset``, trailing white space excluded."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return start, start + len(text[start:end].rstrip())


def find_boilerplate(text: str, sentences: Sequence[Sentence] = (), tokens: Tokens | None = None) -> tuple[BoilerplateSpan, ...]:
    """Boilerplate spans of ``text`` in order; touching lines of one kind form one span.

    Lines are tested first; then the ``sentences`` outside them, for pages flattened into one
    paragraph. Only lines and sentences holding one of the kinds' words are tested at all.
    """
    rules = _rules()
    starts = [s.start for s in sentences]
    offsets = _cue_offsets(text, tokens if tokens is not None else word_tokens(lowered(text)), rules, starts)
    if not offsets:
        return ()
    found = _line_spans(text, offsets, rules, starts)
    covered = _merged(text, found)
    covered_starts = [c.start for c in covered]
    tested: set[int] = set()
    for offset in offsets:
        at = bisect_right(starts, offset) - 1
        if at < 0 or at in tested or offset >= sentences[at].end:
            continue
        tested.add(at)
        sentence = sentences[at]
        inside = bisect_right(covered_starts, sentence.start) - 1
        if inside >= 0 and covered[inside].end > sentence.start:
            continue
        kind = _kind_of(sentence.text, rules, sentence=True)
        if kind is not None:
            found.append(BoilerplateSpan(kind.name, sentence.start, sentence.end))
    return _merged(text, sorted(found, key=lambda span: span.start))


def _line_spans(text: str, offsets: list[int], rules: _Rules, starts: Sequence[int]) -> list[BoilerplateSpan]:
    found: list[BoilerplateSpan] = []
    done = -1  # lines end before this offset are already tested
    for offset in offsets:
        if offset < done:
            continue
        start, end = _line_at(text, offset)
        done = end + 1
        line = text[start:end]
        kind = _kind_of(line, rules)
        # a line is furniture only when the match is the whole line; "Call us today. Sign up
        # for our newsletter." leaves its sentences to the sentence pass, one by one
        if kind is None:
            continue
        if kind.section:  # anchored at the line's start: a heading, or a paragraph's opening words
            found.append(BoilerplateSpan(kind.name, start, end))
            done = _section(text, end, kind.name, found, rules.section_stop)
            continue
        if not _whole(line, kind.pattern.search(line)) and not (kind.lines_only and _one_sentence(starts, start, end)):
            continue
        found.append(BoilerplateSpan(kind.name, start, end))
        if kind.follow:
            done = _follow(text, end, kind.name, found)
    return found


_SECTION_MAX_PARAGRAPHS = 8


def _section(text: str, end: int, kind: str, found: list[BoilerplateSpan], stop: re.Pattern | None) -> int:
    """The paragraphs after a section's heading ("About the Foundation", "Forward-Looking
    Statements") join it, up to the next heading-like line (a short line without a sentence's final
    punctuation: "Media Contact", "###", the next "About ...") or a line of the release's reference
    notes (those stay the citations they are); returns where the section ends."""
    def paragraph(line: str) -> bool:
        return not (_is_headline(line) or (stop is not None and stop.search(line)))
    return _join_following(text, end, kind, found, paragraph, _SECTION_MAX_PARAGRAPHS)


def _follow(text: str, end: int, kind: str, found: list[BoilerplateSpan]) -> int:
    """Headlines after a "Related articles" heading join it; returns where the list ends."""
    return _join_following(text, end, kind, found, _is_headline, _FOLLOW_MAX_LINES)


def _join_following(text: str, end: int, kind: str, found: list[BoilerplateSpan], joins: Callable[[str], bool],
                    left: int) -> int:
    """The lines after ``end`` that ``joins`` accepts join ``kind`` (at most ``left``; blank lines
    are passed over); returns where the first line it refuses starts."""
    while left and end < len(text):
        start, end = _line_at(text, end + 1)
        line = text[start:end]
        if not line.strip():
            continue
        if not joins(line):
            return start
        found.append(BoilerplateSpan(kind, start, end))
        left -= 1
    return end + 1


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
