"""Stage 3, measure: reading level, lexicon findings and cues, from a ``PreparedText``."""

from __future__ import annotations

from .readability import HardSentence, Readability, measure_readability

__all__ = ["HardSentence", "Readability", "measure_readability"]
