"""Line and column of findings and reasons, in the file the writer edits.

Offsets index the analysed text; for Markdown that is the text extracted from the file, so
positions go through the loader's source map (``analysis.positions``) to land on the same word
in the ``.md`` file. Lines and columns are 1-based; ``end_column`` is the column just past the
last character (as SARIF's ``endColumn``); columns count Unicode code points.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..measure import Analysis, Finding


@dataclass(frozen=True)
class Position:
    line: int
    column: int
    end_line: int
    end_column: int

    def record(self) -> dict[str, int]:
        return {"line": self.line, "column": self.column, "end_line": self.end_line, "end_column": self.end_column}


class Locator:
    """Positions in one document (the map is built once, then each lookup is a binary search)."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.map = analysis.positions

    def span(self, start: int, end: int) -> Position:
        line, column = self.map.line_col(self.map.to_source(start))
        end_line, end_column = self.map.line_col(self.map.end_to_source(end, start))
        return Position(line, column, end_line, end_column)

    def finding(self, finding: Finding) -> Position:
        return self.span(finding.start, finding.end)

    def sentence(self, index: int) -> Position:
        sentence = self.analysis.prepared.sentences[index]
        text = self.analysis.text
        start, end = sentence.start, sentence.end
        while start < end and text[start].isspace():  # open at the first word, not the blank before it
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return self.span(start, end)

    def reason(self, reason) -> Position | None:
        """Where a reason points: its first finding, else its first sentence; None for a rule
        about the whole document (a missing disclosure, a score)."""
        if reason.findings:
            return self.finding(min(reason.findings, key=lambda f: f.start))
        if reason.sentences:
            return self.sentence(min(reason.sentences))
        return None
