"""Stage 4, score: scores per document, rules against the team's thresholds, a verdict.

``score_document`` is the stage's public function; ``summarise_corpus`` ranks a batch.
"""

from __future__ import annotations

from .formulas import Scores, compute_scores
from .thresholds import LEVELS, Config, ConfigError, Threshold, all_rules, load_config, starter_config
from .verdicts import VERDICTS, CorpusSummary, Reason, ScoredDocument, rule_value, score_document, summarise_corpus

__all__ = [
    "LEVELS", "VERDICTS", "Config", "ConfigError", "CorpusSummary", "Reason", "ScoredDocument", "Scores", "Threshold",
    "all_rules", "compute_scores", "load_config", "rule_value", "score_document", "starter_config", "summarise_corpus",
]
