"""Stage 1, load: turn inputs into documents, and every unreadable input into a clear error.

One bad input never stops a batch: ``load_documents`` yields a ``LoadError`` for it (path and
reason, in words a user can act on) and goes on with the rest, in input order.

Inputs: ``.txt``; ``.md`` (markup stripped, code blocks skipped); ``.html``/``.htm`` (main text
extracted by trafilatura, so navigation, cookie and ad-blocker banners are not scored);
``.jsonl`` and ``.csv`` corpora (one document per row, ``--text-field``/``--id-field``); ``-`` for
standard input; folders, searched for the text formats (or ``--glob``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from .text.directives import Directives, parse as parse_directives
from .load_markdown import markdown_to_mapped_text, markdown_to_text  # noqa: F401  (markdown-it-py)
from .text.sourcemap import SourceMap

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
CORPUS_SUFFIXES = (".jsonl", ".csv")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # bigger than any article; a 50 MB dump still loads
_BINARY_SNIFF = 8192
# Windows-1252 is what mislabelled "text" files on the web almost always turn out to be.
FALLBACK_ENCODING = "cp1252"


@dataclass(frozen=True)
class Document:
    """A text to analyse. ``id`` is what reports show (the path as given, or a row id).

    ``warnings`` carries what loading noticed but did not stop for (an encoding guessed).
    When ``text`` was extracted from markup, ``source_map`` says where each character sits in
    the file (for line:column positions) and ``directives`` holds the inline control found in
    the file's comments, in text offsets; None: the text is the file (plain text, a row).
    """

    id: str
    text: str
    warnings: tuple[str, ...] = ()
    source_map: SourceMap | None = None
    directives: Directives | None = None


@dataclass(frozen=True)
class LoadError:
    """An input that could not be read, and why. A corpus row is named by its id when it has
    one, and ``where`` says where it is ("corpus.jsonl:233")."""

    id: str
    reason: str
    where: str = ""


@dataclass(frozen=True)
class LoadOptions:
    text_field: str = "text"
    id_field: str | None = "id"
    max_bytes: int = DEFAULT_MAX_BYTES
    glob: str | None = None


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: a BOM if there is one, else UTF-8, else Windows-1252 with a warning.

    Raises ``ValueError`` for binary data (NUL bytes where text has none).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ()
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        try:
            text = data.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError:
            raise ValueError(f"not decodable: not UTF-8 (byte {error.start}) and not {FALLBACK_ENCODING}") from None
        return text, (f"not UTF-8 (byte {error.start}): read as {FALLBACK_ENCODING}; check accented characters",)


def html_to_text(html: str) -> str:
    """Main text of a web page, boilerplate removed (trafilatura: Barbaresi 2021, ACL demo)."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False) or ""


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"too large: {size:,} bytes, over the limit of {max_bytes:,} (--max-size)")
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file (deleted or moved?)"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if error.errno == 40:  # ELOOP
        return "symbolic link loop"
    return f"cannot read: {error.strerror or error}"


def read_text_file(path: Path, options: LoadOptions = LoadOptions(), label: str | None = None) -> Document | LoadError:
    """One text, Markdown or HTML file as a document, or the reason it cannot be one."""
    name = label or str(path)
    try:
        data = sys.stdin.buffer.read(options.max_bytes + 1) if str(path) == "-" else _read_bytes(path, options.max_bytes)
        if len(data) > options.max_bytes:
            raise ValueError(f"too large: over the limit of {options.max_bytes:,} bytes (--max-size)")
        text, warnings = decode(data)
    except OSError as error:
        return LoadError(name, _os_reason(error))
    except ValueError as error:
        return LoadError(name, str(error))
    suffix = path.suffix.lower()
    source_map = directives = None
    if suffix in (".html", ".htm"):
        found = parse_directives(text, lines=False)
        text = html_to_text(text)
        source_map = SourceMap.identity(text, extracted_only=True)
        if found.items or found.problems:
            directives = Directives()
            warnings += ("inline analyzer directives are not applied to HTML pages yet (only to .md and .txt)",)
    elif suffix in (".md", ".markdown"):
        source = text
        text, source_map = markdown_to_mapped_text(source)
        directives = parse_directives(source, lines=False).in_text(source_map)
    if not text.strip():
        return LoadError(name, "empty: no text to analyse" + (" after removing page boilerplate" if suffix in (".html", ".htm") else ""))
    return Document(name, text, warnings, source_map, directives)


def _rows_jsonl(handle: IO[bytes], where: str) -> Iterator[tuple[str, object]]:
    """Rows one line at a time (a corpus may be far larger than memory), each decoded alone."""
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        try:
            line, _ = decode(raw)
            yield f"{where}:{number}", json.loads(line)
        except (ValueError, json.JSONDecodeError) as error:
            message = f"not valid JSON: {error.msg}" if isinstance(error, json.JSONDecodeError) else str(error)
            yield f"{where}:{number}", ValueError(message)


def _rows_csv(handle: IO[bytes], where: str) -> Iterator[tuple[str, object]]:
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8-sig", newline=""))
    try:
        for row in reader:
            yield f"{where}:{reader.line_num}", row
    except UnicodeDecodeError as error:
        yield f"{where}:{reader.line_num + 1}", ValueError(f"not UTF-8 (byte {error.start} of a chunk): save the CSV as UTF-8")
    except csv.Error as error:
        yield f"{where}:{reader.line_num}", ValueError(f"not valid CSV: {error}")


def read_corpus(path: Path, options: LoadOptions = LoadOptions()) -> Iterator[Document | LoadError]:
    """One document per JSON Lines or CSV row, streamed; a bad row is an error for that row only."""
    where = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield LoadError(where, _os_reason(error))
        return
    with handle:
        rows = _rows_csv(handle, where) if path.suffix.lower() == ".csv" else _rows_jsonl(handle, where)
        yield from _documents(rows, options)


def _documents(rows: Iterator[tuple[str, object]], options: LoadOptions) -> Iterator[Document | LoadError]:
    for at, row in rows:
        if isinstance(row, Exception):
            yield LoadError(at, str(row), at)
            continue
        if not isinstance(row, dict):
            yield LoadError(at, "a row must be a JSON object", at)
            continue
        row_id = row.get(options.id_field) if options.id_field else None
        name = str(row_id) if row_id not in (None, "") and not isinstance(row_id, (dict, list)) else at
        value = row.get(options.text_field)
        if not isinstance(value, str):
            yield LoadError(name, f"no text in field {options.text_field!r} (use --text-field to name it)", at)
            continue
        if not value.strip():
            yield LoadError(name, f"empty: field {options.text_field!r} has no text", at)
            continue
        if len(value) > options.max_bytes:
            yield LoadError(name, f"too large: {len(value):,} characters, over the limit of {options.max_bytes:,} (--max-size)", at)
            continue
        yield Document(name, value)


def expand(path: Path, options: LoadOptions) -> Iterator[Path | LoadError]:
    """Files as given; under a folder, the text files (or ``--glob`` matches) in sorted order."""
    if str(path) == "-" or not path.is_dir():
        yield path
        return
    pattern = options.glob or "*"
    try:
        found = sorted(p for p in path.rglob(pattern) if p.is_file() and (options.glob or p.suffix.lower() in TEXT_SUFFIXES))
    except OSError as error:
        yield LoadError(str(path), _os_reason(error))
        return
    yield from found


def load_documents(paths: Iterable[Path], options: LoadOptions = LoadOptions()) -> Iterator[Document | LoadError]:
    """Documents in input order; a ``LoadError`` in place of each input that cannot be read."""
    for given in paths:
        for path in expand(Path(given), options):
            if isinstance(path, LoadError):
                yield path
            elif path.suffix.lower() in CORPUS_SUFFIXES:
                yield from read_corpus(path, options)
            else:
                yield read_text_file(path, options)
