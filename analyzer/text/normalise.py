"""Length-preserving normalisation.

Every finding reports a character span into the text the user gave us, so normalisation may
only swap one character for one character: spans computed on the normalised text then slice
the original text to the same words.
"""

from __future__ import annotations

import re

_FOLD = {
    # Typographic quotes and apostrophes: "don’t" must match the lexicon entry "don't", and
    # textstat only recognises the ASCII apostrophe in contractions.
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"',
    # Invisible characters would otherwise glue or split words silently.
    "\u00a0": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " ",
    "\u00ad": " ",
    # Unicode line and paragraph separators are line breaks for sentence splitting.
    "\u2028": "\n", "\u2029": "\n", "\r": "\n",
}
# Control characters (NUL included) become spaces: they carry no words and confuse tokenisers.
_FOLD.update({chr(c): " " for c in range(32) if chr(c) not in "\n\t"})
# One scan for the few characters to fold, then a lookup per hit: str.translate with a table
# this size reads every character through a dict and took longer than tokenising the page.
_TO_FOLD = re.compile("[" + re.escape("".join(_FOLD)) + "]")


def _fold(match: re.Match) -> str:
    return _FOLD[match.group()]


def normalise(text: str) -> str:
    """Fold quotes, invisible and control characters; the result has the same length."""
    return _TO_FOLD.sub(_fold, text)
