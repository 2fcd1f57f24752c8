"""Short, stable labels for documents in tables and charts."""

from __future__ import annotations

from pathlib import PurePath

MAX_LABEL = 18


def short_label(document_id: str, width: int = MAX_LABEL) -> str:
    """The file name without folders or suffix, cut in the middle when long.

    Cutting the middle keeps both the distinguishing prefix (a number, a date) and the tail.
    """
    name = PurePath(document_id).name or document_id
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    if len(stem) <= width:
        return stem
    head = (width - 1) // 2 + (width - 1) % 2
    tail = width - 1 - head
    return stem[:head] + "…" + stem[len(stem) - tail:]
