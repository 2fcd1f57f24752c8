"""Word tokens with character spans, for the lexicon matcher and the cues.

A token is a run of letters and digits, with internal apostrophes kept ("don't", "patient's").
Hyphens split tokens, so "game-changer" and "game changer" are the same two tokens and one
lexicon entry matches both spellings.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


class Token(NamedTuple):
    """A word: ``lower`` is what lexicons match, ``start``/``end`` slice the document."""

    start: int
    end: int
    lower: str


def word_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]``, with spans into ``text``."""
    for match in WORD.finditer(text, start, len(text) if end is None else end):
        yield Token(match.start(), match.end(), match.group().lower())
