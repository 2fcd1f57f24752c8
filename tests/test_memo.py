"""Word memos are bounded by bytes, not entries (issue 16: 3,000 documents each with one unique
20,000-character token peaked at 1,056 MB; tests/benchmark.py --memory-only measures the whole run)."""

from __future__ import annotations

import sys

from analyzer import analyze
from analyzer.measure import readability, syllables
from analyzer.measure.memo import LONGEST_WORD, WordMemo
from analyzer.measure import compiled_matcher as default_matcher


def test_memo_forgets_before_it_holds_more_than_its_bytes():
    memo = WordMemo(max_bytes=10_000, value_bytes=100)
    for i in range(1_000):
        memo[f"word{i:05d}"] = i
        assert memo.bytes <= 10_000
    assert 0 < len(memo) < 1_000 and memo.bytes == sum(sys.getsizeof(k) + 100 for k in memo)


def test_tokens_longer_than_any_word_are_not_remembered():
    memo = WordMemo(max_bytes=10**9, value_bytes=100)
    memo["a" * (LONGEST_WORD + 1)] = 1
    memo["ordinary"] = 2
    assert list(memo) == ["ordinary"]


def test_every_word_cache_is_bounded_by_bytes():
    blob = "q" * 20_000
    analyze(f"The clinic says ketamine may help. Its code is {blob} and it works.")
    hyphenation = syllables._hyphenator().hd.cache  # pyphen's own per-word cache, unbounded before
    for memo in (syllables._COUNTS, hyphenation, default_matcher()._first_steps):
        assert isinstance(memo, WordMemo)
        assert blob not in memo and memo.bytes <= memo.max_bytes
    # readability's packed token counts: bounded by entries, and no token longer than a word is
    # ever kept, so entries bound bytes too
    for packed in (readability._PACKED,):
        assert blob not in packed and len(packed) <= readability._PACKED_LIMIT
        assert all(len(token) <= LONGEST_WORD for token in packed)
