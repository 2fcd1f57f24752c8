"""Claim strength of a sentence, after Yu et al. 2019 (EMNLP) and 2020 (COLING).

Four levels: 0 no relationship, 1 correlational, 2 conditional causal, 3 direct causal. The
vocabulary lives in ``lexicons/causality.toml`` and ``lexicons/hedges.toml``; this module only
decides, from the findings in one sentence:

* correlational wording wins over causal wording ("associated with increased risk" reports an
  association, whatever verb follows): 1;
* a group comparison ("lower in patients", "similar rates") is correlational only when no
  causal wording is present ("resulted in greater changes" stays causal);
* causal wording under a hedge ("may reduce", "suggests that X improves"): 2;
* causal wording alone, negated or not ("did not increase the risk" is still a causal claim in
  Yu et al.'s scheme): 3;
* a recommendation or a call for research with no result wording, or nothing at all: 0.
"""

from __future__ import annotations

from typing import Iterable

from .matcher import Finding

STRENGTH_NAMES = ("no relationship", "correlational", "conditional causal", "direct causal")
# Hedges that make a causal claim conditional. Approximators and frequency words qualify
# quantities, not the claim (Salager-Meyer 1994).
CONDITIONAL_HEDGES = {"modal", "epistemic_verb", "epistemic_adverb"}


def claim_strength(findings: Iterable[Finding]) -> int:
    """Strength (0-3) of the sentence whose findings are given."""
    categories = {(f.family, f.category) for f in findings if f.usage == "use"}
    correlational = ("causality", "correlational") in categories
    comparison = ("causality", "comparison") in categories
    causal = ("causality", "causal") in categories
    recommendation = ("causality", "no_relationship") in categories
    hedged = any(family == "hedges" and category in CONDITIONAL_HEDGES for family, category in categories)
    if correlational:
        return 1
    if causal and not recommendation:
        return 2 if hedged else 3
    return 1 if comparison else 0


def sentence_strengths(findings: Iterable[Finding]) -> dict[int, int]:
    """Claim strength per sentence that has any relationship wording (a claim sentence)."""
    by_sentence: dict[int, list[Finding]] = {}
    for finding in findings:
        by_sentence.setdefault(finding.sentence_index, []).append(finding)
    return {
        index: claim_strength(found)
        for index, found in sorted(by_sentence.items())
        if any(f.family == "causality" for f in found)
    }
