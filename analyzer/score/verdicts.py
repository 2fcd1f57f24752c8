"""Stage 4, score: every rule in force measured, the ones that fire, and the verdict.

A rule's value comes from its kind (README, "Verdicts"): a family's weighted rate or count of
counted findings (over some categories), a checklist item missing (1) or present (0), or a named
score. No rule is special-cased by name.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from typing import Sequence

from ..measure import Analysis, Finding, ScoreRule
from .formulas import Scores, compute_scores, family_value, formulas
from .thresholds import LEVELS, Config, Threshold

VERDICTS = ("ok", "review", "fail")
# A document in a language the measures do not support: no threshold can make it "ok", and it
# never reaches a fail level either (nothing was measured that could).
UNSUPPORTED = "unsupported"
STRONGEST_FINDINGS = 3
EDITORIAL_SCORE = "editorial_score"


@dataclass(frozen=True)
class Reason:
    """A rule that fired: what was measured, against which threshold, and the words behind it."""

    rule_id: str
    kind: str
    level: str
    measure: str
    value: float
    threshold: float
    findings: tuple[Finding, ...]
    sentences: tuple[int, ...]  # sentence indexes behind a readability rule
    suppressed_by: int | None = None  # the line of an inline directive that switched it off

    @property
    def message(self) -> str:
        if self.kind == "missing":
            return f"{self.rule_id.split('.', 1)[1]} not disclosed"
        return f"{self.measure} is {self.value:.3g}, above {self.threshold:g}"

    @property
    def short(self) -> str:
        """The rule and what it measured, for a table cell."""
        if self.kind == "missing":
            return f"{self.rule_id}: missing"
        return f"{self.rule_id}: {self.value:.3g} > {self.threshold:g}"


@dataclass(frozen=True)
class ScoredDocument:
    """``reasons``: the rules that fired and decide the verdict; ``suppressed``: rules that fired
    but an inline directive switched off (reported, never counted); ``warnings``: directives
    that name nothing known."""

    analysis: Analysis
    scores: Scores
    verdict: str
    reasons: tuple[Reason, ...]
    suppressed: tuple[Reason, ...] = ()
    warnings: tuple[str, ...] = ()


def rule_value(rule: ScoreRule, analysis: Analysis, scores: Scores) -> float | None:
    """The measured value a rule compares with its threshold."""
    if rule.kind == "score":
        return scores.get(rule.score)
    if rule.kind in ("missing", "presence"):
        present = any(d.present for d in analysis.cues.disclosures if d.name == rule.item) if rule.kind == "missing" \
            else _present(analysis, rule)
        return float(present) if rule.kind == "presence" else float(not present)
    return family_value(analysis, rule.family, rule.kind, rule.categories)


def _present(analysis: Analysis, rule: ScoreRule) -> bool:
    from ..measure.cues import PRESENT_AT, cue_strength

    mine = [f for f in analysis.findings if f.counted and f.family == rule.family
            and (not rule.categories or f.category in rule.categories)]
    return cue_strength(mine) >= PRESENT_AT


def _sources(rule: ScoreRule, lexicon_scores: dict[str, tuple[str, tuple[str, ...]]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(family, categories) whose findings explain a rule; a combined score's come from its parts."""
    if rule.kind == "missing" or rule.evidence:
        return ()
    if rule.family:
        return ((rule.family, rule.categories),)
    f = formulas()
    parts = {f.balance_name: f.selling, f.editorial_name: tuple(c.score for c in f.components)}
    names = list(parts.get(rule.score, (rule.score,)))
    while any(n in parts for n in names):  # the editorial score includes the balance's parts
        names = [m for n in names for m in parts.get(n, (n,))]
    return tuple(dict.fromkeys(lexicon_scores[n] for n in names if n in lexicon_scores))


def _evidence(analysis: Analysis, sources) -> tuple[Finding, ...]:
    """The heaviest counted findings behind a rule, one per distinct wording."""
    def named(f: Finding) -> bool:
        return any(f.family == family and (not categories or f.category in categories) for family, categories in sources)

    mine = sorted((f for f in analysis.findings if f.counted and named(f)), key=lambda f: (-f.weight, f.start))
    distinct = {f.text.lower(): f for f in reversed(mine)}  # keep the first occurrence of each
    return tuple(sorted(distinct.values(), key=lambda f: (-f.weight, f.start))[:STRONGEST_FINDINGS])


def _sentences_above(analysis: Analysis, grade: float) -> tuple[int, ...]:
    """The hardest sentences whose own grade is above a grade rule's threshold: a document over
    grade 10 whose third-hardest sentence reads at grade 8 points at two sentences, not at a
    plain one; with none above, the rule points at the whole document."""
    return tuple(h.sentence_index for h in analysis.readability.hardest_sentences if h.grade > grade)


def _reason(threshold: Threshold, analysis: Analysis, scores: Scores, lexicon_scores) -> Reason | None:
    rule = threshold.rule
    value = rule_value(rule, analysis, scores)
    if value is None or not value > threshold.threshold:
        return None
    sentences = _sentences_above(analysis, threshold.threshold) if rule.evidence else ()
    return Reason(rule.id, rule.kind, threshold.level, rule.measure, float(value), threshold.threshold,
                  _evidence(analysis, _sources(rule, lexicon_scores)), sentences)


def score_document(analysis: Analysis, config: Config, lexicon=None) -> ScoredDocument:
    """Scores, every rule that fires (with its evidence), and the verdict they add up to."""
    from ..measure import lexicon_for

    lexicon = lexicon or lexicon_for(config.lexicon_files)
    scores = compute_scores(analysis, lexicon)
    if not analysis.prepared.language.supported:
        return ScoredDocument(analysis, Scores(tuple((name, None) for name, _ in scores.items())), UNSUPPORTED, ())
    lexicon_scores = {s.name: (s.family, s.categories) for s in lexicon.scores}
    fired = [r for t in config.active if (r := _reason(t, analysis, scores, lexicon_scores))]
    fired.sort(key=lambda r: (-LEVELS.index(r.level), r.rule_id))
    directives = analysis.prepared.directives
    if directives.items:
        fired = [_switched_off(r, t.rule, directives) for r in fired for t in config.active if t.id == r.rule_id]
    reasons = tuple(r for r in fired if r.suppressed_by is None)
    worst = max((LEVELS.index(r.level) for r in reasons), default=0)
    verdict = "ok" if worst == 0 else LEVELS[worst]
    return ScoredDocument(analysis, scores, verdict, reasons, tuple(r for r in fired if r.suppressed_by is not None),
                          _directive_warnings(directives, lexicon))


def _switched_off(reason: Reason, rule: ScoreRule, directives) -> Reason:
    """A rule that judges the document is switched off by a ``disable`` never closed (README,
    "In your editor and CI"): by its id, an id prefix, or its family."""
    old = tuple(o for o, n in formulas().renamed.items() if n == rule.id)  # "hedging.rate" still switches off "hedges.rate"
    line = directives.open_at_end((rule.id, *old, rule.family) if rule.family else (rule.id, *old))
    return reason if line is None else replace(reason, suppressed_by=line)


def _directive_warnings(directives, lexicon) -> tuple[str, ...]:
    """A directive naming no family, category or rule would silently do nothing: say so."""
    from .thresholds import all_rules

    problems = list(directives.problems)
    names = directives.names
    if names:
        renamed = formulas().renamed
        known = {*lexicon.family_names, *(f"{c.family}.{c.name}" for c in lexicon.categories), *(r.id for r in all_rules(lexicon)),
                 *renamed}
        lines = {n: d.line for d in directives.items for n in d.names}
        problems += [f"line {lines[n]}: analyzer directive: {n!r} names no family, category or rule"
                     for n in names if not any(k == n or k.startswith(n + ".") for k in known)]
        problems += [f"line {lines[n]}: analyzer directive: {n!r} was renamed {renamed[n]!r}: the old name still works, "
                     "but write the new one" for n in names if n in renamed]
    return tuple(problems)


@dataclass(frozen=True)
class CorpusSummary:
    """Documents ranked by editorial score (highest first), verdict counts, and each score's mean."""

    ranking: tuple[ScoredDocument, ...]
    verdict_counts: dict[str, int]
    means: tuple[tuple[str, float | None], ...]

    def mean(self, name: str) -> float | None:
        return next((v for k, v in self.means if k == name), None)


def summarise_corpus(documents: Sequence[ScoredDocument]) -> CorpusSummary:
    ranking = tuple(sorted(documents, key=lambda d: (d.scores[EDITORIAL_SCORE] is None, -(d.scores[EDITORIAL_SCORE] or 0),
                                                     d.analysis.id)))
    names = [name for name, _ in documents[0].scores.items()] if documents else []
    means = []
    for name in names:
        values = [d.scores[name] for d in documents if d.scores[name] is not None]
        means.append((name, statistics.fmean(values) if values else None))
    return CorpusSummary(
        ranking=ranking,
        verdict_counts={v: sum(d.verdict == v for d in documents) for v in VERDICTS + (UNSUPPORTED,)
                        if v in VERDICTS or any(d.verdict == v for d in documents)},
        means=tuple(means),
    )
