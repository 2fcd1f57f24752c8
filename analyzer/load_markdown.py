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


def strip_front_matter(markdown: str) -> str:
    return _FRONT_MATTER.sub("", markdown, count=1)


def _inline_text(token) -> str:
    """The words of an inline run: text, code text, image alt text; no marks, no URLs."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append(_inline_text(child))
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def markdown_to_text(markdown: str) -> str:
    """Prose of a Markdown document, one paragraph per block (see the module docstring)."""
    tokens = _parser().parse(strip_front_matter(markdown))
    blocks: list[str] = []
    skip_until: str | None = None
    in_item = 0
    for token in tokens:
        if skip_until:
            skip_until = None if token.type == skip_until else skip_until
            continue
        if token.type in _SKIPPED_BLOCKS:
            skip_until = _SKIPPED_BLOCKS[token.type]
        elif token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type == "inline":
            text = _inline_text(token).strip()
            if text:
                blocks.append(f"- {text}" if in_item else text)
    return _joined(blocks)


def _joined(blocks: list[str]) -> str:
    """Paragraphs apart by a blank line; consecutive list items on consecutive lines."""
    out: list[str] = []
    for block in blocks:
        if out:
            out.append("\n" if block.startswith("- ") and out[-1].startswith("- ") else "\n\n")
        out.append(block)
    return "".join(out) + ("\n" if out else "")
