"""Word tokens with character spans, for the lexicon matcher and the cues.

A token is a run of letters and digits, with internal apostrophes kept ("don't", "patient's").
Hyphens split tokens, so "game-changer" and "game changer" are the same two tokens and one
lexicon entry matches both spellings.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Splitting on the words with the words captured gives [gap, word, gap, word, ..., gap]: the
# words and, from the running sum of the pieces' lengths, every span, with no Python-level
# loop over the words (a per-word loop was a third of the matcher's time on a 4 KB page).
_SPLIT = re.compile(f"({WORD.pattern})")
# The same split for text without an underscore, where ``\w`` and ``[^\W_]`` are the same
# characters: the engine tests ``\w`` in one step, and the page splits in half the time.
_SPLIT_NO_UNDERSCORE = re.compile(r"(\w+(?:'\w+)*)")


class Tokens(NamedTuple):
    """The words of a text in lower case, with ``starts[i]:ends[i]`` slicing word ``i``."""

    words: list[str]
    starts: list[int]
    ends: list[int]


def lowered(text: str) -> str:
    """``text`` in lower case, character for character, so spans found in it slice ``text``.

    A few characters lower-case to two ("İ" to "i̇"); they are kept as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def word_tokens(lowered_text: str) -> Tokens:
    """Tokens of ``lowered_text`` (already lower-cased: see ``lowered``)."""
    pieces = (_SPLIT if "_" in lowered_text else _SPLIT_NO_UNDERSCORE).split(lowered_text)
    offsets = list(accumulate(map(len, pieces)))
    return Tokens(pieces[1::2], offsets[0:-1:2], offsets[1::2])
