"""Word tokens with character spans, for the lexicon matcher and the cues.

A token is a run of letters and digits, with internal apostrophes kept ("don't", "patient's").
Hyphens split tokens, so "game-changer" and "game changer" are the same two tokens and one
lexicon entry matches both spellings.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress
from operator import add
from typing import NamedTuple

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Splitting on the words with the words captured gives [gap, word, gap, word, ..., gap]: the
# words and, from the running sum of the pieces' lengths, every span, with no Python-level
# loop over the words (a per-word loop was a third of the matcher's time on a 4 KB page).
_SPLIT = re.compile(f"({WORD.pattern})")
# The same split for text without an underscore, where ``\w`` and ``[^\W_]`` are the same
# characters: the engine tests ``\w`` in one step, and the page splits in half the time.
_SPLIT_NO_UNDERSCORE = re.compile(r"(\w+(?:'\w+)*)")
# Without the regex engine (round 37): a token is a maximal run of word characters and of
# apostrophes between two word characters, so with every other character made a line break the
# tokens are the text's non-empty lines. ASCII characters are sorted by one bytes.translate
# (``_ASCII_GAPS``: letters, digits and "'" kept, everything else "\n"); the few non-ASCII ones
# (an en dash, a pound sign) are looked at one by one, and a page with many of them is split
# by the regex as before. The regex split paid about 2,300 instructions a word in per-match
# overhead; this costs a third less for the whole stage (tests/test_speed.py compares the two).
_ASCII_GAPS = bytes(c if chr(c).isalnum() or c == ord("'") else ord("\n") for c in range(128)) + b"\n" * 128
_LOOSE_APOSTROPHE = re.compile(r"'(?:(?<!\w')|(?!\w))")  # not between two word characters
_MAX_NON_ASCII_SHARE = 50  # at most one character in this many non-ASCII, or the regex splits


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
    lines = _word_lines(lowered_text)
    if lines is None:
        return _split_tokens(lowered_text)
    pieces = lines.split("\n")
    words = list(compress(pieces, pieces))
    # each line's length with its break is the step from its start to the next line's
    starts = list(compress(accumulate(map(len, lines.splitlines(True)), initial=0), pieces))
    return Tokens(words, starts, list(map(add, starts, map(len, words))))


def _split_tokens(lowered_text: str) -> Tokens:
    """``word_tokens`` by the regex split: the reference, and the path for text with "_" or much non-ASCII."""
    pieces = (_SPLIT if "_" in lowered_text else _SPLIT_NO_UNDERSCORE).split(lowered_text)
    offsets = list(accumulate(map(len, pieces)))
    return Tokens(pieces[1::2], offsets[0:-1:2], offsets[1::2])


def _word_lines(text: str) -> str | None:
    r"""``text`` with each character that is in no token made a line break (the same length), so
    its non-empty lines are its tokens; None for text with "_" (not a token character, but a
    word character to ``\w``) or with more than one character in ``_MAX_NON_ASCII_SHARE`` non-ASCII."""
    if "_" in text:
        return None
    lines = translated(text, _ASCII_GAPS, str.isalnum)  # isalnum: a word character (\w, "_" aside)
    if lines is None:
        return None
    return _LOOSE_APOSTROPHE.sub("\n", lines) if "'" in lines else lines


def translated(text: str, table: bytes, keeps) -> str | None:
    """``text`` with each ASCII character replaced as ``table`` says and each other character kept
    when ``keeps`` it, else replaced as "?" is: one bytes.translate and a look at each non-ASCII
    character; None when more than one character in ``_MAX_NON_ASCII_SHARE`` is non-ASCII."""
    encoded = text.encode("ascii", "replace")  # one "?" for each non-ASCII character
    result = encoded.translate(table).decode("ascii")
    if text.isascii():
        return result
    if encoded.count(b"?") * _MAX_NON_ASCII_SHARE > len(text):
        return None
    kept, cut, at = [], 0, encoded.find(b"?")
    while at >= 0:
        if keeps(text[at]):
            kept += (result[cut:at], text[at])
            cut = at + 1
        at = encoded.find(b"?", at + 1)
    return "".join(kept) + result[cut:] if kept else result
