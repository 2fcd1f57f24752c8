"""Stage 3, measure: reading level, lexicon findings and cues, from a ``PreparedText``.

``analyze`` (text and measure for one document) is the stage's public function.
"""

from __future__ import annotations

from .analysis import Analysis, analyze, compiled_matcher, lexicon_for
from .cues import Cues, Disclosure, measure_cues
from .lexicon import Family, Lexicon, LexiconError, ScoreRule, load_lexicon
from .matcher import Finding, Matcher
from .readability import HardSentence, Readability, measure_readability
from .wording import Wording, summarise_wording

__all__ = [
    "Analysis", "Cues", "Disclosure", "Family", "Finding", "HardSentence", "Lexicon", "LexiconError", "Matcher", "Readability",
    "ScoreRule", "Wording", "analyze", "compiled_matcher", "lexicon_for", "load_lexicon", "measure_cues",
    "measure_readability", "summarise_wording",
]
