"""Stage 3, measure: reading level, lexicon findings and cues, from a ``PreparedText``."""

from __future__ import annotations

from .cues import Cues, Disclosure, measure_cues
from .lexicon import Lexicon, LexiconError, load_lexicon
from .matcher import Finding, Matcher
from .readability import HardSentence, Readability, measure_readability
from .wording import Wording, summarise_wording

__all__ = [
    "Cues", "Disclosure", "measure_cues", "Finding", "HardSentence", "Lexicon", "LexiconError", "Matcher", "Readability", "Wording",
    "load_lexicon", "measure_readability", "summarise_wording",
]
