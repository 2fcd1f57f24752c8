"""The pipeline in one place: load -> text -> measure -> score -> report.

``analyze`` runs the text and measure stages on one string; the CLI and the batch runner are
thin layers over it. Data flows one way: each stage reads the previous stage's result only.
"""

from __future__ import annotations

from dataclasses import dataclass

from .measure import Readability, measure_readability
from .text import PreparedText, prepare


@dataclass(frozen=True)
class Analysis:
    """Everything measured on one document. Spans index into ``text``."""

    id: str
    text: str
    prepared: PreparedText
    readability: Readability


def analyze(text: str, id: str = "") -> Analysis:
    """Measure one document: reading level now; findings and cues plug in beside it."""
    prepared = prepare(text)
    return Analysis(id=id, text=text, prepared=prepared, readability=measure_readability(prepared))
