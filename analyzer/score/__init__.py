"""Stage 4, score: scores per document, rules against the team's thresholds, a verdict.

``score_document`` is the stage's public function; ``summarise_corpus`` ranks a batch.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Sequence

from ..measure import Finding
from ..pipeline import Analysis
from .config import LEVELS, Config, ConfigError, Rule, load_config, starter_config
from .rules import RULE_METRICS, Scores, compute_scores

__all__ = [
    "Config", "ConfigError", "CorpusSummary", "Reason", "Rule", "ScoredDocument", "Scores",
    "load_config", "score_document", "starter_config", "summarise_corpus",
]

VERDICTS = ("ok", "review", "fail")
STRONGEST_FINDINGS = 3


@dataclass(frozen=True)
class Reason:
    """A rule that fired: what was measured, against which threshold, and the words behind it."""

    rule_id: str
    level: str
    measure: str
    value: float
    threshold: float
    findings: tuple[Finding, ...]
    sentences: tuple[int, ...]  # sentence indexes behind a readability rule

    @property
    def message(self) -> str:
        if self.rule_id.startswith("disclosure."):
            return f"{self.rule_id.split('.', 1)[1]} not disclosed"
        return f"{self.measure} is {self.value:.3g}, above {self.threshold:g}"

    @property
    def short(self) -> str:
        """The rule and what it measured, for a table cell."""
        if self.rule_id.startswith("disclosure."):
            return f"{self.rule_id}: missing"
        return f"{self.rule_id}: {self.value:.3g} > {self.threshold:g}"


@dataclass(frozen=True)
class ScoredDocument:
    analysis: Analysis
    scores: Scores
    verdict: str
    reasons: tuple[Reason, ...]


def _evidence(analysis: Analysis, wanted: tuple[tuple[str, str | None], ...]) -> tuple[Finding, ...]:
    """The heaviest counted findings the rule names, one per distinct wording."""
    def named(f: Finding) -> bool:
        return any(f.family == family and category in (None, f.category) for family, category in wanted)

    mine = sorted((f for f in analysis.findings if named(f) and f.counts), key=lambda f: (-f.weight, f.start))
    distinct = {f.text.lower(): f for f in reversed(mine)}  # keep the first occurrence of each
    return tuple(sorted(distinct.values(), key=lambda f: (-f.weight, f.start))[:STRONGEST_FINDINGS])


def _fires(rule: Rule, value: float | None) -> bool:
    return value is not None and value > rule.threshold


def score_document(analysis: Analysis, config: Config) -> ScoredDocument:
    """Scores, every rule that fires (with its evidence), and the verdict they add up to."""
    scores = compute_scores(analysis)
    reasons = []
    for rule in config.active_rules:
        measure, metric, families = RULE_METRICS[rule.id]
        value = metric(analysis, scores)
        if not _fires(rule, value):
            continue
        sentences = tuple(h.sentence_index for h in analysis.readability.hardest_sentences) if rule.id.startswith("readability") else ()
        reasons.append(Reason(rule.id, rule.level, measure, float(value), rule.threshold, _evidence(analysis, families), sentences))
    reasons.sort(key=lambda r: (-LEVELS.index(r.level), r.rule_id))
    worst = max((LEVELS.index(r.level) for r in reasons), default=0)
    verdict = "ok" if worst == 0 else LEVELS[worst]
    return ScoredDocument(analysis, scores, verdict, tuple(reasons))


@dataclass(frozen=True)
class CorpusSummary:
    """Documents ranked by editorial score (highest first), verdict counts, and means."""

    ranking: tuple[ScoredDocument, ...]
    verdict_counts: dict[str, int]
    mean_reading_grade: float | None
    mean_promotional_rate: float
    mean_hedging_rate: float
    mean_editorial_score: float


def summarise_corpus(documents: Sequence[ScoredDocument]) -> CorpusSummary:
    ranking = tuple(sorted(documents, key=lambda d: (-d.scores.editorial_score, d.analysis.id)))
    grades = [d.scores.reading_grade for d in documents if d.scores.reading_grade is not None]

    def mean(values: Sequence[float]) -> float:
        return statistics.fmean(values) if values else 0.0

    return CorpusSummary(
        ranking=ranking,
        verdict_counts={v: sum(d.verdict == v for d in documents) for v in VERDICTS},
        mean_reading_grade=statistics.fmean(grades) if grades else None,
        mean_promotional_rate=mean([d.scores.promotional_rate for d in documents]),
        mean_hedging_rate=mean([d.scores.hedging_rate for d in documents]),
        mean_editorial_score=mean([d.scores.editorial_score for d in documents]),
    )
