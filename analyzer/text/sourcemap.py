"""Where each character of the analysed text sits in the file the writer edits.

A Markdown loader removes markup ("**", "# ", link targets), so a finding's offset into the
extracted text is not its offset in the ``.md`` file, and an editor opened at that line and
column would land on the wrong word. A loader that extracts text therefore records, piece by
piece, which stretch of the source each stretch of the text was copied from (or that it was
inserted, like a blank line between blocks); ``SourceMap`` answers both ways from that record
and turns source offsets into 1-based line and column numbers.

Columns count Unicode code points (what Python indexes; SARIF's ``unicodeCodePoints``). Loaders
that only delete and copy, as extraction does, keep the pieces in source order, which is what
``to_text`` relies on.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts (lines end at "\\n"; "\\r\\n" included)."""
    starts = [0]
    find = text.find
    at = find("\n")
    while at != -1:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return tuple(starts)


@dataclass(frozen=True)
class SourceMap:
    """Pieces of the analysed text and where each comes from in the source.

    Piece ``k`` covers text ``[text_starts[k], text_starts[k+1])`` and source
    ``[source_starts[k], source_starts[k] + copied[k])``; ``copied[k]`` is 0 for inserted text
    (which maps to the source position it was inserted at).
    """

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    copied: tuple[int, ...]
    lines: tuple[int, ...]  # line starts of the source
    text_length: int = 0
    source_length: int = 0
    extracted_only: bool = False  # True: no map back to the file (an HTML page); positions index the extracted text

    @classmethod
    def identity(cls, text: str, extracted_only: bool = False) -> "SourceMap":
        """The map of a text analysed as it is (plain text, a corpus row); ``extracted_only``:
        of text extracted from a file the loader cannot map back to."""
        return cls((0,), (0,), (len(text),), line_starts(text), len(text), len(text), extracted_only)

    def to_source(self, offset: int) -> int:
        """Source offset of the text character at ``offset`` (an end offset maps just past the
        source character before it: use ``end_to_source`` for the end of a span)."""
        k = max(bisect_right(self.text_starts, offset) - 1, 0)
        return self.source_starts[k] + min(offset - self.text_starts[k], self.copied[k])

    def end_to_source(self, end: int, start: int) -> int:
        """Source offset just past the span ``[start, end)``: after its last character."""
        return self.to_source(end - 1) + 1 if end > start else self.to_source(start)

    def to_text(self, source_offset: int) -> int:
        """The text offset of the first character at or after ``source_offset`` in the source."""
        k = bisect_right(self.source_starts, source_offset) - 1
        if k < 0:
            return 0
        inside = source_offset - self.source_starts[k]
        if inside < self.copied[k]:
            return self.text_starts[k] + inside
        return self.text_starts[k + 1] if k + 1 < len(self.text_starts) else self.text_length

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset."""
        line = bisect_right(self.lines, source_offset)
        return line, source_offset - self.lines[line - 1] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Source offsets of a 1-based line, without its line break."""
        start = self.lines[line - 1]
        end = self.lines[line] - 1 if line < len(self.lines) else self.source_length
        return start, end


@dataclass
class SourceMapBuilder:
    """Collects the text a loader emits and where each piece comes from.

        builder = SourceMapBuilder(source)
        builder.copy(10, 42)          # source[10:42] goes into the text as it is
        builder.insert("\\n\\n", 42)    # text with no source of its own
        text, source_map = builder.build()
    """

    source: str
    pieces: list[str] = field(default_factory=list)
    text_starts: list[int] = field(default_factory=list)
    source_starts: list[int] = field(default_factory=list)
    copied: list[int] = field(default_factory=list)
    length: int = 0

    def _add(self, piece: str, source_start: int, copied: int) -> None:
        if not piece:
            return
        if self.copied and copied and self.copied[-1] == self.length - self.text_starts[-1] \
                and self.source_starts[-1] + self.copied[-1] == source_start:
            self.copied[-1] += copied  # contiguous in both: one piece
        else:
            self.text_starts.append(self.length)
            self.source_starts.append(source_start)
            self.copied.append(copied)
        self.pieces.append(piece)
        self.length += len(piece)

    def copy(self, start: int, end: int) -> None:
        self._add(self.source[start:end], start, end - start)

    def insert(self, text: str, at: int) -> None:
        self._add(text, at, 0)

    def build(self) -> tuple[str, SourceMap]:
        if not self.text_starts:
            return "", SourceMap((0,), (0,), (0,), line_starts(self.source), 0, len(self.source))
        return "".join(self.pieces), SourceMap(tuple(self.text_starts), tuple(self.source_starts), tuple(self.copied),
                                               line_starts(self.source), self.length, len(self.source))
