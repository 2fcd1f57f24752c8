"""Analyses as plain JSON-ready records: the interface users script against.

The shape is documented in the README ("JSON output"); change it only with a schema_version bump.
"""

from __future__ import annotations

import math
from typing import Any

from ..pipeline import Analysis
from ..score import CorpusSummary, ScoredDocument

SCHEMA_VERSION = 1


def _number(value: float | None, digits: int = 3) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value, digits)


def readability_record(analysis: Analysis) -> dict[str, Any]:
    r = analysis.readability
    return {
        "words": r.words,
        "sentences": r.sentences,
        "syllables": r.syllables,
        "polysyllabic_words": r.polysyllabic_words,
        "flesch_reading_ease": _number(r.flesch_reading_ease),
        "flesch_kincaid_grade": _number(r.flesch_kincaid_grade),
        "gunning_fog": _number(r.gunning_fog),
        "smog_index": _number(r.smog_index),
        "coleman_liau_index": _number(r.coleman_liau_index),
        "automated_readability_index": _number(r.automated_readability_index),
        "dale_chall_score": _number(r.dale_chall_score),
        "linsear_write": _number(r.linsear_write),
        "consensus_grade": _number(r.consensus_grade),
        "hardest_sentences": [
            {"sentence_index": h.sentence_index, "text": h.text, "words": h.words, "grade": _number(h.grade)}
            for h in r.hardest_sentences
        ],
        "warnings": list(r.warnings),
        "sentence_grades": [_number(g, 2) for g in r.sentence_grades],
    }


def wording_record(analysis: Analysis) -> dict[str, Any]:
    return {
        family.family: {
            "count": family.count,
            "weighted": _number(family.weighted),
            "mentions": family.mentions,
            "per_1k_words": _number(family.per_1k_words),
            "weighted_per_1k_words": _number(family.weighted_per_1k_words),
            "categories": {
                c.category: {"count": c.count, "weighted": _number(c.weighted), "mentions": c.mentions, "counted": c.counted}
                for c in family.categories
            },
        }
        for family in analysis.wording.families
    }


def findings_record(analysis: Analysis) -> list[dict[str, Any]]:
    sentences = analysis.prepared.sentences
    return [
        {
            "family": f.family,
            "category": f.category,
            "text": f.text,
            "start": f.start,
            "end": f.end,
            "sentence_index": f.sentence_index,
            "sentence": sentences[f.sentence_index].text,
            "weight": f.weight,
            "usage": f.usage,
            "mention_reason": f.mention_reason,
            "counted": f.counts,
            "term": f.term,
            "rule": f.rule,
            "source": f.source,
        }
        for f in analysis.findings
    ]


def _spans(findings) -> list[dict[str, Any]]:
    return [{"text": f.text, "category": f.category, "start": f.start, "end": f.end, "sentence_index": f.sentence_index}
            for f in findings]


def cues_record(analysis: Analysis) -> dict[str, Any]:
    cues = analysis.cues
    return {
        "disclosures": {
            d.name: {"present": d.present, "strength": _number(d.strength), "findings": _spans(d.findings[:5])}
            for d in cues.disclosures
        },
        "missing": list(cues.missing),
        "strongest_design": cues.strongest_design,
        "unsourced_statistics": _spans(cues.unsourced_statistics),
        "absolute_claims": _spans(cues.absolute_claims),
        "safety_claims": _spans(cues.safety_claims),
        "testimonials": _spans(cues.testimonials),
        "claims": [{"sentence_index": c.sentence_index, "strength": c.strength, "label": c.label} for c in cues.claims],
    }


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    """One document: id, readability, wording counts and rates, cues, and every finding."""
    return {
        "id": analysis.id,
        "readability": readability_record(analysis),
        "wording": wording_record(analysis),
        "cues": cues_record(analysis),
        "findings": findings_record(analysis),
        "boilerplate": boilerplate_record(analysis),
        "language": language_record(analysis),
    }


def boilerplate_record(analysis: Analysis) -> list[dict[str, Any]]:
    """Site furniture found in the text (banners, counters, footers), kept out of the counts."""
    text = analysis.prepared.text
    return [{"kind": b.kind, "start": b.start, "end": b.end, "text": text[b.start:b.end]}
            for b in analysis.prepared.boilerplate]


def language_record(analysis: Analysis) -> dict[str, Any]:
    language = analysis.prepared.language
    return {"code": language.code, "confidence": _number(language.confidence), "method": language.method,
            "supported": language.supported, "warning": language.warning}


def scored_record(document: ScoredDocument) -> dict[str, Any]:
    """A document's analysis plus its scores, verdict and the reasons for it."""
    record = analysis_record(document.analysis)
    s = document.scores
    record["scores"] = {
        "reading_grade": _number(s.reading_grade),
        "hedging_rate": _number(s.hedging_rate),
        "promotional_rate": _number(s.promotional_rate),
        "booster_rate": _number(s.booster_rate),
        "calls_to_action": s.calls_to_action,
        "red_flags": s.red_flags,
        "promotional_balance": _number(s.promotional_balance),
        "editorial_score": _number(s.editorial_score, 1),
    }
    record["verdict"] = document.verdict
    record["reasons"] = [
        {
            "rule": r.rule_id,
            "level": r.level,
            "measure": r.measure,
            "value": _number(r.value),
            "threshold": r.threshold,
            "message": r.message,
            "findings": [{"text": f.text, "category": f.category, "start": f.start, "end": f.end} for f in r.findings],
            "sentences": list(r.sentences),
        }
        for r in document.reasons
    ]
    return record


def summary_record(summary: CorpusSummary) -> dict[str, Any]:
    return {
        "documents": len(summary.ranking),
        "verdicts": summary.verdict_counts,
        "ranking": [
            {"rank": i, "id": d.analysis.id, "editorial_score": _number(d.scores.editorial_score, 1), "verdict": d.verdict}
            for i, d in enumerate(summary.ranking, start=1)
        ],
        "mean_reading_grade": _number(summary.mean_reading_grade),
        "mean_promotional_rate": _number(summary.mean_promotional_rate),
        "mean_hedging_rate": _number(summary.mean_hedging_rate),
        "mean_editorial_score": _number(summary.mean_editorial_score, 1),
    }
