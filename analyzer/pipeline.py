"""The pipeline in one place: load -> text -> measure -> score -> report.

``analyze`` runs the text and measure stages on one string; the CLI and the batch runner are
thin layers over it. Data flows one way: each stage reads the previous stage's result only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .measure import Cues, Finding, Matcher, Readability, Wording, load_lexicon, measure_cues, measure_readability, summarise_wording
from .text import PreparedText, prepare


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


@lru_cache(maxsize=4)
def compiled_matcher(lexicon_files: tuple[str, ...] = ()) -> Matcher:
    """The built-in lexicons plus ``lexicon_files``, compiled once per process.

    Raises ``LexiconError`` when any file has a problem.
    """
    return Matcher(load_lexicon([Path(f) for f in lexicon_files]))


def default_matcher() -> Matcher:
    """The built-in lexicons alone."""
    return compiled_matcher()


def analyze(text: str, id: str = "", matcher: Matcher | None = None, load_warnings: tuple[str, ...] = ()) -> Analysis:
    """Measure one document: reading level, lexicon findings and health cues."""
    matcher = matcher or default_matcher()
    prepared = prepare(text)
    readability = measure_readability(prepared)
    findings = matcher.find(prepared, text)  # finding text sliced from the original (issue 16)
    return Analysis(
        id=id,
        text=text,
        prepared=prepared,
        readability=readability,
        findings=findings,
        wording=summarise_wording(findings, matcher.lexicon, readability.words),
        cues=measure_cues(findings),
        load_warnings=load_warnings,
    )
