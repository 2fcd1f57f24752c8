"""Stage 1, load: turn inputs into documents, and every unreadable input into a clear error.

One bad input never stops a batch: ``load_documents`` yields a ``LoadError`` for it (path and
reason, in words a user can act on) and goes on with the rest, in input order.

Inputs: ``.txt``; ``.md`` (markup stripped, code blocks skipped); ``.html``/``.htm`` (main text
extracted by trafilatura, so navigation, cookie and ad-blocker banners are not scored);
``.jsonl`` and ``.csv`` corpora (one document per row, ``--text-field``/``--id-field``; a field
that holds a whole HTML page is extracted as an ``.html`` file is, a fragment trafilatura finds no
main text in is read without its tags); ``-`` for standard input;
folders, searched for the text formats (or ``--glob``).
"""

from __future__ import annotations

import csv
import errno
import itertools
import json
import os
import re
import stat
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
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

    @property
    def name(self) -> str:
        """The id with where it is ("story_12 (corpus.jsonl:233)"), or where alone when that is the id."""
        return f"{self.id} ({self.where})" if self.where and self.where != self.id else self.id


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


def _kind(mode: int) -> str | None:
    """Why a file of this type is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file: not read (reading it could wait forever)"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file: not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file: not read"
    if stat.S_ISDIR(mode):
        return "is a directory"
    return "not a regular file: not read"


def _open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading if it is a regular file; ``ValueError`` (why not) otherwise.

    Opened without blocking and checked on the open descriptor: opening a FIFO for reading
    waits for a writer forever, and a check by name before opening could be raced.
    """
    try:
        reason = _kind(os.stat(path).st_mode)  # names a socket, which cannot even be opened
    except OSError:
        reason = None  # os.open below raises the error worth reporting
    if reason:
        raise ValueError(reason)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        reason = _kind(os.fstat(fd).st_mode)
        if reason:
            raise ValueError(reason)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise ValueError(f"too large: {size:,} bytes, over the limit of {max_bytes:,} (--max-size)")
        return handle.read(max_bytes + 1)


def os_reason(error: OSError) -> str:
    """Why a file could not be read, in the words every command gives (loader, compare, chart)."""
    if isinstance(error, FileNotFoundError):
        return "no such file (deleted or moved?)"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {error.strerror or error}"


# Lone UTF-16 surrogates (a JSON "\ud800" escape with no partner) are valid in a Python string
# but cannot be encoded as UTF-8: one of them made writing the whole report fail (issue 16).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: str, what: str) -> tuple[str, tuple[str, ...]]:
    """``value`` with lone surrogates replaced by U+FFFD, and a warning saying how many."""
    found = len(_SURROGATE.findall(value))
    if not found:
        return value, ()
    return _SURROGATE.sub("\ufffd", value), (f"{what}: {found} lone surrogate escape(s) (\\ud800-\\udfff) replaced by U+FFFD",)


def read_text_file(path: Path, options: LoadOptions = LoadOptions(), label: str | None = None) -> Document | LoadError:
    """One text, Markdown or HTML file as a document, or the reason it cannot be one."""
    name = label or str(path)
    try:
        data = sys.stdin.buffer.read(options.max_bytes + 1) if str(path) == "-" else _read_bytes(path, options.max_bytes)
        if len(data) > options.max_bytes:
            raise ValueError(f"too large: over the limit of {options.max_bytes:,} bytes (--max-size)")
        text, warnings = decode(data)
    except OSError as error:
        return LoadError(name, os_reason(error))
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


# One row of a corpus: where it is ("file:line"), the parsed row or the reason it has none,
# and what decoding it noticed.
Row = tuple[str, object, tuple[str, ...]]


def _rows_jsonl(handle: IO[bytes], where: str) -> Iterator[Row]:
    """Rows one line at a time (a corpus may be far larger than memory), each decoded alone."""
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        at = f"{where}:{number}"
        try:
            line, warnings = decode(raw)
            yield at, json.loads(line), warnings
        except json.JSONDecodeError as error:
            yield at, ValueError(f"not valid JSON: {error.msg}"), ()
        except RecursionError:  # [[[[... nested deeper than the parser's stack
            yield at, ValueError("not valid JSON: nested too deeply"), ()
        except ValueError as error:  # not decodable, NUL bytes, an integer too long to read
            yield at, ValueError(str(error)), ()


@dataclass(frozen=True)
class _Line:
    """One physical line of a CSV file, decoded on its own."""

    number: int
    text: str
    warning: str | None = None
    error: str | None = None


def _csv_lines(handle: IO[bytes]) -> Iterator[_Line]:
    """Each line decoded alone: one bad byte stays in its own row (a decoder reading the stream
    in chunks lost every row after the chunk it failed in, issue 16); a line that is not UTF-8
    is read as Windows-1252 with a warning, as text files are."""
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if b"\x00" in raw:
            yield _Line(number, raw.replace(b"\x00", b"").decode("utf-8", "replace"), error="NUL bytes, not text")
            continue
        try:
            yield _Line(number, raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            try:
                text = raw.decode(FALLBACK_ENCODING)
            except UnicodeDecodeError:
                yield _Line(number, raw.decode("utf-8", "replace"),
                            error=f"not decodable: not UTF-8 (byte {error.start} of line {number}) and not {FALLBACK_ENCODING}")
                continue
            yield _Line(number, text, warning=f"not UTF-8 (byte {error.start} of line {number}): read as {FALLBACK_ENCODING}; check accented characters")


class _Feed:
    """Lines for ``csv.reader``, remembering which ones the record being parsed took."""

    def __init__(self, lines: Iterator[_Line]):
        self.lines = lines
        self.taken: list[_Line] = []
        self.exhausted = False

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.taken.append(line)
            yield line.text
        self.exhausted = True

    def take(self) -> list[_Line]:
        taken, self.taken = self.taken, []
        return taken


def _quote_problem(lines: list[_Line]) -> str | None:
    """What is wrong with the quoting of a record that spans lines, or None.

    Read leniently, a quotation mark that is never closed (or closed by the next row's opening
    mark) pulls the following rows into one field without a word; read strictly, it fails.
    """
    try:
        for _ in csv.reader([line.text for line in lines], strict=True):
            pass
    except csv.Error as error:
        return str(error)
    return None


# Bad quotation marks are recovered from this many times per file: each recovery reads the
# lines of the bad record again, and a file full of them must not take quadratic time.
_CSV_RETRIES = 20


def _rows_csv(handle: IO[bytes], where: str) -> Iterator[Row]:
    """Rows of a CSV file; a row that cannot be read is an error for that row alone.

    A record spanning lines whose quotation marks do not close properly is reported, and the
    lines after its first are read again as rows: the rows it had swallowed are not lost.
    """
    csv.field_size_limit(sys.maxsize)
    lines: Iterator[_Line] = _csv_lines(handle)
    header: list[str] | None = None
    retries = 0
    while True:
        feed = _Feed(lines)
        try:
            for fields in csv.reader(feed):
                taken = feed.take()
                at = f"{where}:{taken[-1].number}"
                problem = _quote_problem(taken) if len(taken) > 1 or feed.exhausted else None
                if len(taken) == 1 and problem and "end of data" not in problem:
                    problem = None  # one line read leniently, as every other one-line row ("x" y)
                if problem:
                    first, last = taken[0].number, taken[-1].number
                    retries += 1
                    if retries > _CSV_RETRIES:
                        yield f"{where}:{first}", ValueError(
                            f"not valid CSV ({problem}): lines {first}-{last} are one unreadable record; "
                            f"too many bad quotation marks in this file to recover more"), ()
                        continue
                    again = f"; lines {first + 1}-{last} are read again as rows" if last > first else ""
                    yield f"{where}:{first}", ValueError(
                        f"not valid CSV: the quotation mark opened on line {first} is not closed properly ({problem}){again}"), ()
                    lines = itertools.chain(taken[1:], lines)
                    break
                errors = [line.error for line in taken if line.error]
                if header is None:
                    header = fields
                elif errors:
                    yield at, ValueError("; ".join(errors)), ()
                elif fields:
                    row = dict(zip(header, fields + [None] * (len(header) - len(fields))))
                    yield at, row, tuple(line.warning for line in taken if line.warning)
            else:
                return
        except csv.Error as error:  # e.g. a bare carriage return inside an unquoted field
            taken = feed.take()
            yield f"{where}:{taken[-1].number if taken else '?'}", ValueError(f"not valid CSV: {error}"), ()


def read_corpus(path: Path, options: LoadOptions = LoadOptions()) -> Iterator[Document | LoadError]:
    """One document per JSON Lines or CSV row, streamed; a bad row is an error for that row only."""
    where = str(path)
    try:
        handle = _open_regular(path)
    except OSError as error:
        yield LoadError(where, os_reason(error))
        return
    except ValueError as error:
        yield LoadError(where, str(error))
        return
    with handle:
        rows = _rows_csv(handle, where) if path.suffix.lower() == ".csv" else _rows_jsonl(handle, where)
        yield from _documents(rows, options)


def _documents(rows: Iterator[Row], options: LoadOptions) -> Iterator[Document | LoadError]:
    for at, row, warnings in rows:
        if isinstance(row, Exception):
            yield LoadError(at, str(row), at)
            continue
        if not isinstance(row, dict):
            yield LoadError(at, "a row must be a JSON object", at)
            continue
        row_id = row.get(options.id_field) if options.id_field else None
        name = str(row_id) if row_id not in (None, "") and not isinstance(row_id, (dict, list)) else at
        name, id_warnings = _scrub(name, "id")
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
        value, html_warnings = _row_text(value, options.text_field)
        if not value.strip():
            yield LoadError(name, f"empty: field {options.text_field!r} holds an HTML page with no main text", at)
            continue
        value, text_warnings = _scrub(value, "text")
        yield Document(name, value, (*warnings, *html_warnings, *text_warnings, *id_warnings))


# A field holding a saved web page, not prose: it opens with a tag and closes several within its first
# few thousand characters. Crawled corpora store pages this way (the advertorial set's `html` field);
# read as prose, a page's CSS and scripts were scored ("!important" as promotional wording, "width: 6%"
# as a statistic, hundreds of "sentences"). Plain text that happens to open with "<3" or "<5 mg" has
# no closing tags and stays text.
_HTML_PAGE = re.compile(r"\s*<(?:!doctype|html|head|body|[a-z][a-z0-9]{0,9}[\s>/])", re.IGNORECASE)
_HTML_SNIFF = 5000
_HTML_CLOSING_TAGS = 3


def _holds_html_page(value: str) -> bool:
    return bool(_HTML_PAGE.match(value)) and value.count("</", 0, _HTML_SNIFF) >= _HTML_CLOSING_TAGS


def _row_text(value: str, field: str) -> tuple[str, tuple[str, ...]]:
    """A row's text, and a note when it was extracted from an HTML page the field holds.

    A fragment (no ``<html>``, ``<body>`` or doctype: "<div><p>Melatonin may help you sleep.</p>
    </div>") in which trafilatura finds no main text, as it finds none in most short ones, is read
    for all its text: it has no page boilerplate to remove, and the row was an error where it had
    been scored (round 25 mends)."""
    if not _holds_html_page(value):
        return value, ()
    text = html_to_text(value)
    if not text.strip() and not _WHOLE_PAGE.search(value, 0, _HTML_SNIFF):
        return _fragment_text(value), (f"field {field!r} holds an HTML fragment: its text was read without the tags",)
    return text, (f"field {field!r} holds an HTML page: its main text was extracted, as for .html files",)


_WHOLE_PAGE = re.compile(r"<(?:!doctype|html|body)\b", re.IGNORECASE)


class _FragmentText(HTMLParser):
    """The text of an HTML fragment: a line per block element, scripts and styles left out."""

    BLOCKS = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
                        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
                        "p", "pre", "section", "table", "td", "th", "tr", "ul"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _fragment_text(value: str) -> str:
    parser = _FragmentText()
    parser.feed(value)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _selected(relative: Path, options: LoadOptions) -> bool:
    return relative.match(options.glob) if options.glob else relative.suffix.lower() in TEXT_SUFFIXES


def _walk(folder: Path, root: Path, options: LoadOptions, ancestors: frozenset) -> Iterator[Path | LoadError]:
    """The files under ``folder`` to read, in sorted order, and an error for every entry that
    would have been read but cannot be: a FIFO, socket or device, a broken link, a link loop,
    a sub-folder that cannot be listed. Nothing is skipped silently and nothing is opened."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        yield LoadError(str(folder), f"folder not read: {os_reason(error)}")
        return
    for name in names:
        path = folder / name
        try:
            info = path.stat()
        except OSError as error:
            if _selected(path.relative_to(root), options):
                reason = "broken symbolic link" if isinstance(error, FileNotFoundError) and path.is_symlink() else os_reason(error)
                yield LoadError(str(path), reason)
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield LoadError(str(path), "symbolic link loop (leads back to a folder being read)")
            else:
                yield from _walk(path, root, options, ancestors | {key})
        elif _selected(path.relative_to(root), options):
            reason = _kind(info.st_mode)
            yield LoadError(str(path), reason) if reason else path


def expand(path: Path, options: LoadOptions) -> Iterator[Path | LoadError]:
    """Files as given; under a folder, the text files (or ``--glob`` matches) in sorted order."""
    if str(path) == "-":
        yield path
        return
    try:
        info = path.stat()
    except OSError:
        yield path  # reading it reports why it cannot be read
        return
    if not stat.S_ISDIR(info.st_mode):
        yield path
        return
    yield from _walk(path, path, options, frozenset({(info.st_dev, info.st_ino)}))


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
