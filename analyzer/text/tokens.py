"""Word tokens with character spans, for the lexicon matcher and the cues.

A token is a run of letters and digits, with internal apostrophes kept ("don't", "patient's").
Hyphens split tokens, so "game-changer" and "game changer" are the same two tokens and one
lexicon entry matches both spellings.
"""

from __future__ import annotations

import re
from typing import NamedTuple

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_new = tuple.__new__


class Token(NamedTuple):
    """A word: ``lower`` is what lexicons match, ``start``/``end`` slice the document."""

    start: int
    end: int
    lower: str


def lowered(text: str) -> str:
    """``text`` in lower case, character for character, so spans found in it slice ``text``.

    A few characters lower-case to two ("İ" to "i̇"); they are kept as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def word_tokens(lowered_text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``lowered_text[start:end]`` (already lower-cased: see ``lowered``)."""
    # tuple.__new__ skips the NamedTuple's Python-level constructor: thousands of tokens a page
    return [_new(Token, (m.start(), m.end(), m.group()))
            for m in WORD.finditer(lowered_text, start, len(lowered_text) if end is None else end)]
