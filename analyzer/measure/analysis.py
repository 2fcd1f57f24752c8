"""Stages 2 and 3 for one document: prepare the text, then measure it.

``analyze`` is what the batch pipeline, the CLI's ``explain`` and the Python API call. The
lexicons are compiled once per process and file set (``compiled_matcher``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Sequence

from ..text import Directives, PreparedText, prepare
from ..text.sourcemap import SourceMap
from .cues import Cues, measure_cues
from .lexicon import ClaimRoles, Lexicon
from .lexicon_cache import load_lexicon_cached
from .matcher import Finding, Matcher
from .model import SentenceCertainty, apply_models, claim_certainty
from .readability import Readability, measure_readability
from .wording import Wording, summarise_wording


@dataclass(frozen=True)
class Analysis:
    """Everything measured on one document. Spans index into ``text``."""

    id: str
    text: str
    prepared: PreparedText
    readability: Readability
    findings: tuple[Finding, ...]
    wording: Wording
    cues: Cues
    load_warnings: tuple[str, ...] = ()  # what loading noticed (an encoding guessed)
    source_map: SourceMap | None = None  # where the text sits in the file, when it was extracted from markup
    claim_roles: ClaimRoles = field(default=ClaimRoles(), repr=False, compare=False)

    @cached_property
    def claim_certainty(self) -> tuple[SentenceCertainty, ...]:
        """Per claim-bearing sentence, 1-6 (Pei & Jurgens 2021): worked out when first shown (JSON,
        explain), not for every table row (issue 17)."""
        return claim_certainty(self.findings, self.prepared, self.claim_roles)

    @property
    def mean_claim_certainty(self) -> float | None:
        """How certain the document's claims read on average (1 very uncertain .. 6 very certain)."""
        values = [s.certainty for s in self.claim_certainty]
        return sum(values) / len(values) if values else None

    @property
    def positions(self) -> SourceMap:
        """The map from text offsets to the file's lines and columns (the text itself for plain text)."""
        return self.source_map or SourceMap.identity(self.text)


@lru_cache(maxsize=4)
def compiled_matcher(lexicon_files: tuple[str, ...] = ()) -> Matcher:
    """The built-in lexicons plus ``lexicon_files``, compiled once per process.

    Raises ``LexiconError`` when any file has a problem.
    """
    return Matcher(load_lexicon_cached([Path(f) for f in lexicon_files]))


def lexicon_for(lexicon_files: tuple[str, ...] = ()) -> Lexicon:
    """The loaded lexicon the matcher for these files compiles (one load per process)."""
    return compiled_matcher(lexicon_files).lexicon


def rule_keys(lexicon: Lexicon, family: str, category: str) -> tuple[str, ...]:
    """The names an inline directive can switch a finding off by: its family, its category
    (``family.category``) and the ids of the rules that count it."""
    rules = [r.id for r in lexicon.score_rules if r.family == family and (not r.categories or category in r.categories)]
    return (family, f"{family}.{category}", *rules, f"{family}.rate", f"{family}.count")


def suppress(findings: Sequence[Finding], directives: Directives, lexicon: Lexicon) -> tuple[Finding, ...]:
    """Findings an inline directive switches off become ``usage == "suppressed"`` (never dropped):
    they are reported with the directive's line and no longer count."""
    if not directives.items:
        return tuple(findings)
    keys: dict[tuple[str, str], tuple[str, ...]] = {}
    result = []
    for f in findings:
        names = keys.get((f.family, f.category)) or keys.setdefault((f.family, f.category), rule_keys(lexicon, f.family, f.category))
        line = directives.suppressing(f.start, names)
        result.append(f if line is None else replace(f, usage="suppressed", suppressed_by=line))
    return tuple(result)


def analyze(text: str, id: str = "", matcher: Matcher | None = None, load_warnings: tuple[str, ...] = (),
            source_map: SourceMap | None = None, directives: Directives | None = None) -> Analysis:
    """Measure one document: reading level, lexicon findings and health cues.

    ``source_map`` and ``directives`` come from a loader that extracted ``text`` from markup
    (see ``analyzer.load.Document``); without them the text is its own source.
    """
    matcher = matcher or compiled_matcher()
    prepared = prepare(text, directives)
    if prepared.language.supported:
        readability = measure_readability(prepared)
        found = matcher.find(prepared, text)  # finding text sliced from the original (issue 16)
        decided = suppress(apply_models(found, prepared, matcher.lexicon), prepared.directives, matcher.lexicon)
        findings = matcher.count_requests_once(decided, prepared)  # after directives: what is left is the request
    else:  # English formulas and lexicons on another language give numbers that mean nothing
        readability, findings = unmeasured(prepared, prepared.language.warning), ()
    return Analysis(
        id=id,
        text=text,
        prepared=prepared,
        readability=readability,
        findings=findings,
        wording=summarise_wording(findings, matcher.lexicon, readability.body_words),
        cues=measure_cues(findings, matcher.lexicon),
        load_warnings=load_warnings,
        source_map=source_map,
        claim_roles=matcher.lexicon.claim_roles,
    )


def unmeasured(prepared: PreparedText, warning: str) -> Readability:
    """Readability left empty, with the reason: what a text in an unsupported language gets."""
    empty = {f.name: None for f in fields(Readability)}
    empty.update(words=0, sentences=0, syllables=0, polysyllabic_words=0, characters=0, letters=0,
                 hardest_sentences=(), sentence_grades=(None,) * len(prepared.sentences), warnings=(warning,),
                 furniture_words=0)
    return Readability(**empty)
