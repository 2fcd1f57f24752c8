"""Memos keyed by words, bounded by the memory they hold rather than by their number of entries.

Prose repeats its words, so syllables, word features and trie steps are remembered per word.
A bound on the number of entries does not bound memory: a corpus of documents each holding one
unique 20,000-character token (a base64 blob, a DNA sequence, a run of "a") held a 20 KB key per
entry, and pyphen's own per-word cache, which has no bound at all, grew with every one of them:
1,056 MB at 3,000 documents against 85 MB for ordinary text (issue 16).
"""

from __future__ import annotations

import sys

# No English word is longer than this (the longest in CMUdict has 28 letters; chemical names
# run to 40-odd): a longer token is a blob, computed when met and never remembered.
LONGEST_WORD = 64


class WordMemo(dict):
    """A dict of word -> value that forgets everything once it holds ``max_bytes``.

    A memo's size is counted as the key strings' own size (``sys.getsizeof``) plus
    ``value_bytes`` per entry for the value and the dict slot; keys longer than ``LONGEST_WORD``
    are not stored. Clearing all at once (rather than least-recently-used eviction) costs nothing
    per lookup, and a stream's common words come back within a page.
    """

    def __init__(self, max_bytes: int, value_bytes: int):
        super().__init__()
        self.max_bytes = max_bytes
        self.value_bytes = value_bytes
        self.bytes = 0

    def __setitem__(self, key: str, value) -> None:
        if len(key) > LONGEST_WORD:
            return
        cost = sys.getsizeof(key) + self.value_bytes
        if self.bytes + cost > self.max_bytes:
            self.clear()
        self.bytes += cost
        super().__setitem__(key, value)

    def clear(self) -> None:
        super().clear()
        self.bytes = 0
