"""Findings as editor diagnostics: one rule, one place in the file, one message.

The machine formats an editor or a CI reads (``--format line``, ``github``, ``sarif``) all list
the same diagnostics. A rule over a family's wording (a rate, a count, a presence) points at
every counted finding it reads, so an editor can walk through them all; a combined score at
its strongest findings; a readability rule at its hardest sentences; a rule about the whole
document (a missing disclosure) at the document. ``--min-level`` hides the levels below it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from ..measure import Finding, ScoreRule
from ..score import ScoredDocument
from ..score.thresholds import LEVELS
from ..score.verdicts import UNSUPPORTED
from .highlight import sentence_level
from .positions import Locator, Position


@dataclass(frozen=True)
class Diagnostic:
    path: str  # the document id: the file as given, or a row id
    rule_id: str
    level: str
    message: str
    position: Position | None  # None: the rule is about the whole document
    finding: Finding | None = None
    suppressed_by: int | None = None  # the line of the inline directive that switched it off


def at_least(document: ScoredDocument, min_level: str) -> ScoredDocument:
    """The document with only the reasons at ``min_level`` or above (the verdict is unchanged)."""
    floor = LEVELS.index(min_level)
    keep = tuple(r for r in document.reasons if LEVELS.index(r.level) >= floor)
    return document if len(keep) == len(document.reasons) else replace(document, reasons=keep)


def in_source(document: ScoredDocument) -> bool:
    """Whether positions land in the file as written (plain text, Markdown) rather than in text
    extracted from a page with no map back (HTML)."""
    source_map = document.analysis.source_map
    return source_map is None or not source_map.extracted_only


def _reads(rule: ScoreRule | None, finding: Finding) -> bool:
    return bool(rule and rule.family == finding.family and (not rule.categories or finding.category in rule.categories))


def _finding_message(f: Finding, reason_message: str) -> str:
    instead = f"; instead: {' / '.join(f.suggest)}" if f.suggest else ""
    return f"“{f.text}” ({f.family} · {f.category.replace('_', ' ')}){instead}. {reason_message}"


def _sentence_label(analysis, index: int) -> str:
    """A sentence a readability rule points at, named by its own grade and length as the README
    defines the levels (scores.toml ``[sentences]``, ``sentence_levels``): under a threshold of 8, a
    sentence at grade 9 is above the rule's threshold but no "hard sentence", nor is a sentence
    under ``min_words`` (8) words."""
    grades = analysis.readability.sentence_grades
    grade = grades[index] if index < len(grades) else None
    if grade is None:
        return "sentence"
    level = sentence_level(analysis, index)
    return f"{level} sentence (grade {grade:.1f})" if level else f"sentence at grade {grade:.1f}"


def document_diagnostics(document: ScoredDocument, rules: Mapping[str, ScoreRule], suppressed: bool = False) -> list[Diagnostic]:
    """Diagnostics of one document, in file order; with ``suppressed``, also the ones inline
    directives switched off (SARIF reports them as suppressed results)."""
    analysis, locator = document.analysis, Locator(document.analysis)
    out: list[Diagnostic] = []
    reasons = [*document.reasons, *(document.suppressed if suppressed else ())]
    for reason in reasons:
        rule = rules.get(reason.rule_id)
        path, level = analysis.id, reason.level
        if rule is not None and rule.family and rule.kind in ("rate", "count", "presence"):
            chosen = [f for f in analysis.findings if _reads(rule, f) and f.category_counted
                      and (f.usage == "use" or (suppressed and f.usage == "suppressed"))]
        else:
            chosen = list(reason.findings)
        if chosen:
            out += [Diagnostic(path, reason.rule_id, level, _finding_message(f, reason.message), locator.finding(f), f,
                               reason.suppressed_by or f.suppressed_by) for f in chosen]
        elif reason.sentences:
            for index in reason.sentences:
                label = _sentence_label(analysis, index)
                out.append(Diagnostic(path, reason.rule_id, level, f"{label}. {reason.message}", locator.sentence(index),
                                      None, reason.suppressed_by))
        else:
            out.append(Diagnostic(path, reason.rule_id, level, reason.message, None, None, reason.suppressed_by))
    return sorted(out, key=lambda d: (d.position.line, d.position.column) if d.position else (0, 0))


# A document no rule could read (a language the formulas and lexicons do not support) gets one
# diagnostic of its own, so an editor or a CI log shows it was never checked: a new user's Spanish
# leaflet passed pre-commit and the line, github and sarif formats with no line at all. Its level
# is "note" (GitHub "notice", SARIF "note"), outside info/review/fail and never hidden by
# --min-level: it is not a finding about the writing (it reaches no verdict and no exit code, as
# the README says of ``unsupported``), only the notice that this file was not measured, as a
# compiler's "note:" accompanies, and never replaces, its warnings and errors.
NOT_MEASURED = "language.unsupported"
NOTE = "note"


def not_measured(document: ScoredDocument) -> Diagnostic | None:
    """The notice for a document that was not measured, naming why; None for every other document."""
    if document.verdict != UNSUPPORTED:
        return None
    why = document.analysis.prepared.language.warning or "language not supported"
    return Diagnostic(document.analysis.id, NOT_MEASURED, NOTE, f"not measured: {why}", None)


def all_diagnostics(documents: Iterable[ScoredDocument], rules: Mapping[str, ScoreRule], min_level: str = "info",
                    suppressed: bool = False) -> list[Diagnostic]:
    """Every document's diagnostics at ``min_level`` or above, documents in input order; a document
    that was not measured gets its notice whatever ``min_level``."""
    floor = LEVELS.index(min_level)
    out: list[Diagnostic] = []
    for document in documents:
        note = not_measured(document)
        out += [note] if note else [d for d in document_diagnostics(document, rules, suppressed)
                                    if LEVELS.index(d.level) >= floor]
    return out


def rules_by_id(thresholds: Sequence) -> dict[str, ScoreRule]:
    return {t.id: t.rule for t in thresholds}
