"""Claim strength of a sentence, after Yu et al. 2019 (EMNLP) and 2020 (COLING).

Four levels: 0 no relationship, 1 correlational, 2 conditional causal, 3 direct causal. The
vocabulary lives in the lexicons, whose categories declare their ``role`` (correlational,
comparison, causal, no_relationship; hedges that make a claim "conditional"); this module only
decides, from the roles of the findings in one sentence:

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

from typing import Iterable, Mapping

from .matcher import Finding

STRENGTH_NAMES = ("no relationship", "correlational", "conditional causal", "direct causal")
# Roles of relationship wording: a sentence holding any is a claim sentence.
RELATIONSHIP_ROLES = frozenset({"correlational", "comparison", "causal", "no_relationship"})
# Hedges that make a causal claim conditional (modals, epistemic verbs and adverbs); approximators
# and frequency words qualify quantities, not the claim (Salager-Meyer 1994), and have no role.
CONDITIONAL = "conditional"
Roles = Mapping[tuple[str, str], str]


def claim_strength(findings: Iterable[Finding], roles: Roles) -> int:
    """Strength (0-3) of the sentence whose findings are given."""
    found = {roles.get((f.family, f.category), "") for f in findings if f.usage == "use"}
    correlational = "correlational" in found
    comparison = "comparison" in found
    causal = "causal" in found
    recommendation = "no_relationship" in found
    hedged = CONDITIONAL in found
    if correlational:
        return 1
    if causal and not recommendation:
        return 2 if hedged else 3
    return 1 if comparison else 0


def is_relationship(finding: Finding, roles: Roles) -> bool:
    return roles.get((finding.family, finding.category)) in RELATIONSHIP_ROLES


def sentence_strengths(findings: Iterable[Finding], roles: Roles) -> dict[int, int]:
    """Claim strength per sentence that has any relationship wording (a claim sentence)."""
    findings = list(findings)
    claimed = {f.sentence_index for f in findings if roles.get((f.family, f.category)) in RELATIONSHIP_ROLES}
    by_sentence: dict[int, list[Finding]] = {index: [] for index in sorted(claimed)}
    for finding in findings:
        if finding.sentence_index in claimed:
            by_sentence[finding.sentence_index].append(finding)
    return {index: claim_strength(found, roles) for index, found in by_sentence.items()}
