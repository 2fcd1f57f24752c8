"""Analyses as plain JSON-ready records: the interface users script against.

The shape is documented in the README ("JSON output"); change it only with a schema_version bump.
"""

from __future__ import annotations

import math
from typing import Any

from ..pipeline import Analysis

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
            "source": f.source,
        }
        for f in analysis.findings
    ]


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    """One document: id, readability, wording counts and rates, and every finding."""
    return {
        "id": analysis.id,
        "readability": readability_record(analysis),
        "wording": wording_record(analysis),
        "findings": findings_record(analysis),
    }
