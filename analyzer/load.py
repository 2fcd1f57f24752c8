"""Stage 1, load: turn paths into documents, and every unreadable input into a clear error.

One bad file never stops a batch: ``load_documents`` yields a ``LoadError`` for it and goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Document:
    """A text to analyse. ``id`` is what reports show (the path as given, or a row id)."""

    id: str
    text: str


@dataclass(frozen=True)
class LoadError:
    """An input that could not be read, and why, in words a user can act on."""

    id: str
    reason: str


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the .txt/.md files under folders, in sorted order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
        else:
            yield path


def read_text_file(path: Path) -> Document | LoadError:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadError(str(path), "no such file")
    except OSError as error:
        return LoadError(str(path), f"cannot read: {error.strerror or error}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return LoadError(str(path), f"not UTF-8 text (byte {error.start}): save it as UTF-8")
    return Document(str(path), text)


def load_documents(paths: Iterable[Path]) -> Iterator[Document | LoadError]:
    for path in expand_paths(paths):
        yield read_text_file(path)
