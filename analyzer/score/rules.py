"""Scores per document, and the measured value behind each rule id.

Every score is documented in the README ("Scores") with its formula and range.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..pipeline import Analysis

# Editorial score weights (sum 1.0). Calibrated on the HealthNewsReview dev releases against
# the expert "sensational_language" rating: promotional rate and the promotional balance carry
# the signal (ROC AUC 0.67 each alone); boosters add a little; calls to action are there for
# marketing copy, which news releases rarely are. Reading grade is left out on purpose: it does
# not predict sensational language (AUC 0.45) and has its own rule.
EDITORIAL_WEIGHTS = {"promotional": 0.45, "balance": 0.35, "boosters": 0.10, "cta": 0.10}
# Half-saturation points: the rate at which a component reaches half its weight.
PROMOTIONAL_HALF = 10.0  # weighted per 1,000 words
BOOSTERS_HALF = 10.0  # weighted per 1,000 words
CTA_HALF = 2.0  # calls to action
# Smoothing for the balance, so a text with two hype words and no hedges is not "1.0".
BALANCE_PRIOR = 5.0


@dataclass(frozen=True)
class Scores:
    """The figures a verdict is made from (README, "Scores")."""

    reading_grade: float | None
    hedging_rate: float
    promotional_rate: float
    booster_rate: float
    calls_to_action: int
    red_flags: int
    promotional_balance: float
    editorial_score: float


def promotional_balance(promotional: float, boosters: float, hedges: float) -> float:
    """How much the text sells relative to how much it qualifies, 0 to 1 (0.5: even)."""
    selling = promotional + boosters
    return (selling + BALANCE_PRIOR) / (selling + hedges + 2 * BALANCE_PRIOR)


def editorial_score(promotional: float, boosters: float, balance: float, calls: int) -> float:
    """0-100: the weighted sum of saturating components, each 0 to 1."""
    parts = {
        "promotional": promotional / (promotional + PROMOTIONAL_HALF),
        "balance": balance,
        "boosters": boosters / (boosters + BOOSTERS_HALF),
        "cta": calls / (calls + CTA_HALF),
    }
    return 100 * sum(EDITORIAL_WEIGHTS[k] * v for k, v in parts.items())


def compute_scores(analysis: Analysis) -> Scores:
    wording = analysis.wording
    promo = wording.family("promotional").weighted_per_1k_words
    boost = wording.family("boosters").weighted_per_1k_words
    hedge = wording.family("hedges").weighted_per_1k_words
    calls = wording.family("cta").count
    balance = promotional_balance(promo, boost, hedge)
    return Scores(
        reading_grade=analysis.readability.consensus_grade,
        hedging_rate=hedge,
        promotional_rate=promo,
        booster_rate=boost,
        calls_to_action=calls,
        red_flags=sum(1 for f in analysis.findings if f.category == "red_flag" and f.counts),
        promotional_balance=balance,
        editorial_score=editorial_score(promo, boost, balance, calls),
    )


Metric = Callable[[Analysis, Scores], "float | None"]
# Findings that explain a rule: (family, category), category None for the whole family.
Evidence = tuple[tuple[str, "str | None"], ...]


def _missing(name: str) -> Metric:
    return lambda analysis, scores: 0.0 if analysis.cues.disclosure(name).present else 1.0


def _count(attribute: str) -> Metric:
    return lambda analysis, scores: len(getattr(analysis.cues, attribute))


# Rule id -> (what it measures, the value, the findings that explain it).
RULE_METRICS: dict[str, tuple[str, Metric, Evidence]] = {
    "readability.grade": ("consensus reading grade", lambda a, s: s.reading_grade, ()),
    "readability.grade_severe": ("consensus reading grade", lambda a, s: s.reading_grade, ()),
    "promotional.rate": ("promotional wording per 1,000 words (weighted)", lambda a, s: s.promotional_rate, (("promotional", None),)),
    "promotional.red_flags": ("FTC/FDA red-flag phrases used", lambda a, s: s.red_flags, (("promotional", "red_flag"),)),
    "boosters.rate": ("certainty wording per 1,000 words (weighted)", lambda a, s: s.booster_rate, (("boosters", None),)),
    "hedging.rate": ("hedging per 1,000 words (weighted)", lambda a, s: s.hedging_rate, (("hedges", None),)),
    "cta.count": ("calls to action", lambda a, s: s.calls_to_action, (("cta", None),)),
    "balance.promotional": ("selling share of stance wording (0-1)", lambda a, s: s.promotional_balance,
                            (("promotional", None), ("boosters", None))),
    "editorial.score": ("editorial score (0-100)", lambda a, s: s.editorial_score,
                        (("promotional", None), ("boosters", None), ("cta", None))),
    "claims.unsourced_statistics": ("percentages with no denominator, comparison or source", _count("unsourced_statistics"),
                                    (("benefits", "unsourced_statistic"),)),
    "claims.absolute": ("absolute claims (always, guaranteed, 100%)", _count("absolute_claims"), (("claims", "absolute"),)),
    "claims.safety": ("safety claims (no side effects, completely safe)", _count("safety_claims"), (("claims", "safety"),)),
    "claims.testimonials": ("patient testimonials", _count("testimonials"), (("testimonials", None),)),
    **{
        f"disclosure.{name}": (f"{name} not disclosed (1 = missing)", _missing(name), ())
        for name in ("harms", "benefits", "evidence", "costs", "availability", "funding", "alternatives")
    },
}
