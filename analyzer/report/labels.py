"""Document names for tables and charts: the id as given, shortened from the left only.

A name cut in the middle ("000_88d3b…d0cf7519") can no longer be found on disk or told from its
neighbour, and loses its extension. The end of an id is what tells documents apart (the file
name, a row number), so folders go first, whole, then the start of the name if it must.
"""

from __future__ import annotations

ELLIPSIS = "…"


def document_label(document_id: str, width: int | None = None, cut_name: bool = True) -> str:
    """``document_id`` in at most ``width`` characters, shortened from the left.

    Whole folders are dropped first ("…/seeds/000_88d3.txt"); then, if the file name alone is
    still too long, its start is cut ("…8d3.txt") unless ``cut_name`` is false (a terminal
    column that wraps the name instead). The file name is never cut in the middle.
    """
    if width is None or len(document_id) <= width:
        return document_id
    parts = document_id.replace("\\", "/").split("/")
    kept = parts[-1]
    for part in reversed(parts[:-1]):
        if len(ELLIPSIS + "/" + part + "/" + kept) > width:
            break
        kept = part + "/" + kept
    if len(parts) > 1 and len(ELLIPSIS + "/" + kept) <= width:
        return ELLIPSIS + "/" + kept
    if not cut_name or width < 2 or len(parts[-1]) <= width:
        return parts[-1]
    return ELLIPSIS + parts[-1][len(parts[-1]) - (width - 1):]


def distinct_labels(document_ids: list[str], width: int) -> list[str]:
    """One label per id; two ids with the same label get " (2)", " (3)" so they stay apart."""
    labels = [document_label(i, width) for i in document_ids]
    seen: dict[str, int] = {}
    for index, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[index] = f"{label} ({seen[label]})"
    return labels
