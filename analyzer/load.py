"""Stage 1, load: turn paths into documents, and every unreadable input into a clear error.

One bad file never stops a batch: ``load_documents`` yields a ``LoadError`` for it and goes on.
"""

from __future__ import annotations

import json
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


def read_jsonl(path: Path, text_field: str, id_field: str | None) -> Iterator[Document | LoadError]:
    """One document per JSON Lines row; a bad row is an error for that row only."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        yield LoadError(str(path), f"cannot read: {error.strerror or error}")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield LoadError(where, f"not valid JSON: {error.msg}")
                continue
            if not isinstance(row, dict):
                yield LoadError(where, "a row must be a JSON object")
                continue
            text = row.get(text_field)
            if not isinstance(text, str):
                yield LoadError(where, f"no text in field {text_field!r} (use --text-field to name it)")
                continue
            row_id = row.get(id_field) if id_field else None
            yield Document(str(row_id) if row_id is not None else where, text)


def load_documents(
    paths: Iterable[Path], text_field: str = "text", id_field: str | None = "id"
) -> Iterator[Document | LoadError]:
    """Documents in input order: text files, folders of them, and JSON Lines corpora."""
    for path in expand_paths(paths):
        if path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path, text_field, id_field)
        else:
            yield read_text_file(path)
