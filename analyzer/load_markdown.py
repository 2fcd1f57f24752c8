"""Markdown to prose with a real parser (markdown-it-py, CommonMark plus GFM tables).

What is not the writer's prose adds no findings: front matter ("title: Miracle? No."), tables
(a price list, a dosage grid), fenced and indented code ("miracle cure is guaranteed" as an
example string), raw HTML blocks. Emphasis marks and link targets go; link text, image alt
text, inline code text and headings stay. Regular expressions got these wrong: an indented
code block or a table row read as a sentence, a URL's words as wording.

Each block becomes one paragraph of the output, list items one line each with a "- " marker,
so the sentence splitter sees the document's structure. Spans in findings index this text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# YAML (Jekyll, Hugo, Pandoc) and TOML (Hugo) front matter: only at the very start of a file.
_FRONT_MATTER = re.compile(r"\A\ufeff?(?:---[ \t]*\n.*?\n(?:---|\.\.\.)|\+\+\+[ \t]*\n.*?\n\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)
# Blocks whose content is not prose, skipped with everything inside them. Code (fenced or
# indented) and raw HTML blocks hold no inline tokens, so they are never read at all.
_SKIPPED_BLOCKS = {"table_open": "table_close"}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _blank_front_matter(markdown: str) -> str:
    """Front matter replaced by spaces of the same length (newlines kept), so offsets and line
    numbers in the parsed text are still the file's."""
    return _FRONT_MATTER.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), markdown, count=1)


def _line_offsets(markdown: str) -> list[int]:
    starts = [0]
    for at, char in enumerate(markdown):
        if char == "\n":
            starts.append(at + 1)
    return starts


def _inline_pieces(token, source: str, start: int, end: int) -> list[tuple[str, int | None]]:
    """The words of an inline run as (text, source offset or None): text, code text and image alt
    text are found in order in the block's stretch of the file; breaks are inserted."""
    pieces: list[tuple[str, int | None]] = []
    cursor = start
    for child in token.children or ():
        if child.type in ("text", "code_inline") and child.content:
            at = source.find(child.content, cursor, end)
            pieces.append((child.content, None if at < 0 else at))
            cursor = cursor if at < 0 else at + len(child.content)
        elif child.type == "image":
            nested = _inline_pieces(child, source, cursor, end)
            pieces += nested
            found = [at for _, at in nested if at is not None]
            cursor = max(found) if found else cursor
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append((" " if child.type == "softbreak" else "\n", None))
    return pieces


def markdown_to_mapped_text(markdown: str):
    """Prose of a Markdown document (see the module docstring) and where each of its characters
    sits in the file, so positions open at the right word in an editor."""
    from .text.sourcemap import SourceMapBuilder

    source = _blank_front_matter(markdown)
    lines = _line_offsets(source) + [len(source)]
    builder = SourceMapBuilder(markdown)
    skip_until: str | None = None
    in_item = 0
    previous_item = None
    for token in _parser().parse(source):
        if skip_until:
            skip_until = None if token.type == skip_until else skip_until
            continue
        if token.type in _SKIPPED_BLOCKS:
            skip_until = _SKIPPED_BLOCKS[token.type]
        elif token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type == "inline" and token.map:
            start, end = lines[token.map[0]], lines[min(token.map[1], len(lines) - 1)]
            pieces = _inline_pieces(token, source, start, end)
            if not "".join(text for text, _ in pieces).strip():
                continue
            if builder.length:
                builder.insert("\n" if in_item and previous_item else "\n\n", start)
            if in_item:
                builder.insert("- ", start)
            for text, at in pieces:
                builder.copy(at, at + len(text)) if at is not None else builder.insert(text, start)
            previous_item = bool(in_item)
    if builder.length:
        builder.insert("\n", len(markdown))
    return builder.build()


def markdown_to_text(markdown: str) -> str:
    """Prose of a Markdown document, one paragraph per block (see the module docstring)."""
    return markdown_to_mapped_text(markdown)[0]
