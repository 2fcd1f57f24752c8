"""Analyses as plain JSON-ready records: the interface users script against.

The shape is documented in the README ("JSON output"); change it only with a schema_version bump.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

from ..load import LoadError
from ..measure import Analysis, Lexicon
from ..score import CorpusSummary, ScoredDocument, Threshold
from .highlight import hard_sentences
from .positions import Locator

SCHEMA_VERSION = 1


def rounded(value: float | None, digits: int = 3) -> float | None:
    """A figure as every format writes it: three decimals, null where there is none."""
    return None if value is None or not math.isfinite(value) else round(value, digits)


def measured(analysis: Analysis) -> bool:
    """Whether the measures ran: a text in a language they do not support has no counts, rates or
    checklist (its scores are null), so every format shows "–", an empty cell or null for it, never
    a 0 or a "missing" it did not measure (new users, rounds 25 and 26: JSON wrote "words": 0 and
    per-family rates of 0.0 where CSV left the cells empty, and a corpus mean counted them)."""
    return analysis.prepared.language.supported


def _if_measured(analysis: Analysis, value: Any) -> Any:
    return value if measured(analysis) else None


# A cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): an id like
# =HYPERLINK(...) from a corpus must stay text, so it gets a leading apostrophe. Every CSV this
# tool writes (score, compare) passes its text cells through here.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """A CSV text cell a spreadsheet reads as text, never as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def error_record(error: LoadError) -> dict[str, Any]:
    """An unreadable input (a file, a corpus row, a pair): its id, the reason, and where it is when
    that differs from the id."""
    record = {"id": error.id, "error": error.reason}
    if error.where and error.where != error.id:
        record["where"] = error.where
    return record


def readability_record(analysis: Analysis) -> dict[str, Any]:
    r = analysis.readability
    return {
        "words": _if_measured(analysis, r.words),
        "sentences": _if_measured(analysis, r.sentences),
        "syllables": _if_measured(analysis, r.syllables),
        "polysyllabic_words": _if_measured(analysis, r.polysyllabic_words),
        "flesch_reading_ease": rounded(r.flesch_reading_ease),
        "flesch_kincaid_grade": rounded(r.flesch_kincaid_grade),
        "gunning_fog": rounded(r.gunning_fog),
        "smog_index": rounded(r.smog_index),
        "coleman_liau_index": rounded(r.coleman_liau_index),
        "automated_readability_index": rounded(r.automated_readability_index),
        "dale_chall_score": rounded(r.dale_chall_score),
        "linsear_write": rounded(r.linsear_write),
        "consensus_grade": rounded(r.consensus_grade),
        "hardest_sentences": [
            {"sentence_index": h.sentence_index, "text": h.text, "words": h.words, "grade": rounded(h.grade)}
            for h in r.hardest_sentences
        ],
        "warnings": list(r.warnings),
        "sentence_grades": [rounded(g, 2) for g in r.sentence_grades],
        # the sentences explain and the HTML mark (grade and length, scores.toml [sentences]):
        # the charts draw these, since a grade alone cannot say a sentence is too short to mark
        "marked_sentences": [{"sentence_index": i, "level": level} for i, (level, _) in sorted(hard_sentences(analysis).items())],
    }


def wording_record(analysis: Analysis) -> dict[str, Any]:
    """Each family's counts and rates; null where the document was not measured."""
    def value(v: Any) -> Any:
        return _if_measured(analysis, v)
    return {
        family.family: {
            "count": value(family.count),
            "weighted": value(rounded(family.weighted)),
            "mentions": value(family.mentions),
            "per_1k_words": value(rounded(family.per_1k_words)),
            "weighted_per_1k_words": value(rounded(family.weighted_per_1k_words)),
            "categories": {
                c.category: {"count": value(c.count), "weighted": value(rounded(c.weighted)), "mentions": value(c.mentions),
                             "counted": c.counted}
                for c in family.categories
            },
        }
        for family in analysis.wording.families
    }


def findings_record(analysis: Analysis, locator: Locator | None = None) -> list[dict[str, Any]]:
    sentences = analysis.prepared.sentences
    locator = locator or Locator(analysis)
    return [
        {
            "family": f.family,
            "category": f.category,
            "text": f.text,
            "start": f.start,
            "end": f.end,
            **locator.finding(f).record(),
            "sentence_index": f.sentence_index,
            "sentence": analysis.text[sentences[f.sentence_index].start:sentences[f.sentence_index].end],  # as written
            "weight": f.weight,
            "usage": f.usage,
            "mention_reason": f.mention_reason,
            "counted": f.counted,
            "term": f.term,
            "rule": f.rule,
            "source": f.source,
            "probability": f.probability,  # a learned model's P(used as a cue here), else null
            "features": list(f.features),  # the features that decided it, "next word 'be' +1.2"
            "suggest": list(f.suggest),
            "suggest_source": f.suggest_source or None,
            "suppressed_by": f.suppressed_by,
        }
        for f in analysis.findings
    ]


def _spans(findings, locator: Locator) -> list[dict[str, Any]]:
    return [{"text": f.text, "category": f.category, "start": f.start, "end": f.end, **locator.finding(f).record(),
             "sentence_index": f.sentence_index} for f in findings]


def cues_record(analysis: Analysis, locator: Locator | None = None) -> dict[str, Any]:
    cues = analysis.cues
    locator = locator or Locator(analysis)
    record: dict[str, Any] = {
        "disclosures": {
            d.name: {"present": _if_measured(analysis, d.present), "strength": _if_measured(analysis, rounded(d.strength)),
                     "findings": _spans(d.findings[:5], locator)}
            for d in cues.disclosures
        },
        "missing": _if_measured(analysis, list(cues.missing)),
        "strongest_design": cues.strongest_design,
    }
    record.update({flagged.name: _spans(flagged.findings, locator) for flagged in cues.flagged})
    record["claims"] = [{"sentence_index": c.sentence_index, "strength": c.strength, "label": c.label} for c in cues.claims]
    return record


def analysis_record(analysis: Analysis, locator: Locator | None = None) -> dict[str, Any]:
    """One document: id, readability, wording counts and rates, cues, and every finding."""
    locator = locator or Locator(analysis)
    return {
        "id": analysis.id,
        "readability": readability_record(analysis),
        "wording": wording_record(analysis),
        "cues": cues_record(analysis, locator),
        "findings": findings_record(analysis, locator),
        "boilerplate": boilerplate_record(analysis),
        "language": language_record(analysis),
        "certainty": certainty_record(analysis),
    }


def certainty_record(analysis: Analysis) -> dict[str, Any]:
    """How certain the claim-bearing sentences read (1 very uncertain .. 6 very certain), and the
    features that moved each figure most."""
    return {
        "mean": rounded(analysis.mean_claim_certainty, 2),
        "sentences": [{"sentence_index": s.sentence_index, "certainty": s.certainty, "features": list(s.deciding)}
                      for s in analysis.claim_certainty],
    }


def reason_record(reason, locator: Locator) -> dict[str, Any]:
    """One rule that fired: what it measured, where it points (line and column, null for a rule
    about the whole document) and the findings behind it."""
    where = locator.reason(reason)
    return {
        "rule": reason.rule_id,
        "kind": reason.kind,
        "level": reason.level,
        "measure": reason.measure,
        "value": rounded(reason.value),
        "threshold": reason.threshold,
        "message": reason.message,
        **(where.record() if where else {"line": None, "column": None, "end_line": None, "end_column": None}),
        "findings": [{"text": f.text, "category": f.category, "start": f.start, "end": f.end, **locator.finding(f).record(),
                      "suggest": list(f.suggest)} for f in reason.findings],
        "sentences": list(reason.sentences),
        "suppressed_by": reason.suppressed_by,
    }


def boilerplate_record(analysis: Analysis) -> list[dict[str, Any]]:
    """Site furniture found in the text (banners, counters, footers), kept out of the counts."""
    text = analysis.prepared.text
    return [{"kind": b.kind, "start": b.start, "end": b.end, "text": text[b.start:b.end]}
            for b in analysis.prepared.boilerplate]


def language_record(analysis: Analysis) -> dict[str, Any]:
    language = analysis.prepared.language
    return {"code": language.code, "confidence": rounded(language.confidence), "method": language.method,
            "supported": language.supported, "warning": language.warning}


def scored_record(document: ScoredDocument) -> dict[str, Any]:
    """A document's analysis plus its scores, verdict and the reasons for it (and the rules an
    inline directive switched off, under ``suppressed``)."""
    locator = Locator(document.analysis)
    record = analysis_record(document.analysis, locator)
    record["scores"] = {name: score_value(name, value) for name, value in document.scores.items()}
    record["verdict"] = document.verdict
    record["reasons"] = [reason_record(r, locator) for r in document.reasons]
    record["suppressed"] = [reason_record(r, locator) for r in document.suppressed]
    return record


def score_value(name: str, value: float | int | None) -> float | int | None:
    """A score as every format writes it: the editorial score to one decimal, the rest to three."""
    if isinstance(value, int):
        return value
    return rounded(value, 1 if name == "editorial_score" else 3)


def summary_record(summary: CorpusSummary) -> dict[str, Any]:
    record: dict[str, Any] = {
        "documents": len(summary.ranking),
        "verdicts": summary.verdict_counts,
        "ranking": [
            {"rank": i, "id": d.analysis.id, "editorial_score": rounded(d.scores["editorial_score"], 1), "verdict": d.verdict}
            for i, d in enumerate(summary.ranking, start=1)
        ],
    }
    record.update({f"mean_{name}": score_value(name, float(v) if v is not None else None) for name, v in summary.means})
    return record


def families_record(lexicon: Lexicon) -> list[dict[str, Any]]:
    """How each family is shown, so charts drawn from a saved report show what the live one did."""
    return [
        {"family": f.name, "label": f.display.label, "short": f.display.short, "colour": f.display.colour,
         "order": f.display.order, "charts": list(f.display.charts), "highlight": f.display.highlight,
         **({"audited_precision": f.audit.precision, "audited_findings": f.audit.findings} if f.audit else {})}
        for f in lexicon.display_order()
    ]


def rules_record(thresholds: Sequence[Threshold]) -> list[dict[str, Any]]:
    return [{"id": t.id, "threshold": t.threshold, "level": t.level, "kind": t.rule.kind,
             "score": t.rule.score, "family": t.rule.family} for t in thresholds]
