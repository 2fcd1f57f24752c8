"""Stages 2 and 3 for one document: prepare the text, then measure it.

``analyze`` is what the batch pipeline, the CLI's ``explain`` and the Python API call. The
lexicons are compiled once per process and file set (``compiled_matcher``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text import PreparedText, prepare
from .cues import Cues, measure_cues
from .lexicon import Lexicon
from .lexicon_cache import load_lexicon_cached
from .matcher import Finding, Matcher
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


@lru_cache(maxsize=4)
def compiled_matcher(lexicon_files: tuple[str, ...] = ()) -> Matcher:
    """The built-in lexicons plus ``lexicon_files``, compiled once per process.

    Raises ``LexiconError`` when any file has a problem.
    """
    return Matcher(load_lexicon_cached([Path(f) for f in lexicon_files]))


def lexicon_for(lexicon_files: tuple[str, ...] = ()) -> Lexicon:
    """The loaded lexicon the matcher for these files compiles (one load per process)."""
    return compiled_matcher(lexicon_files).lexicon


def analyze(text: str, id: str = "", matcher: Matcher | None = None, load_warnings: tuple[str, ...] = ()) -> Analysis:
    """Measure one document: reading level, lexicon findings and health cues."""
    matcher = matcher or compiled_matcher()
    prepared = prepare(text)
    readability = measure_readability(prepared)
    findings = matcher.find(prepared)
    return Analysis(
        id=id,
        text=text,
        prepared=prepared,
        readability=readability,
        findings=findings,
        wording=summarise_wording(findings, matcher.lexicon, readability.words),
        cues=measure_cues(findings, matcher.lexicon),
        load_warnings=load_warnings,
    )
