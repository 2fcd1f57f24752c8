"""Document names for tables and charts: the id as given, shortened from the left only.

A name cut in the middle ("000_88d3b…d0cf7519") can no longer be found on disk or told from its
neighbour, and loses its extension. The end of an id is what tells documents apart (the file
name, a row number), so folders go first, whole, then the start of the name if it must.
"""

from __future__ import annotations

ELLIPSIS = "…"


def document_label(document_id: str, width: int | None = None, cut_name: bool = True, longest: int | None = None) -> str:
    """``document_id`` in about ``width`` characters, shortened from the left.

    Whole folders are dropped first, and the drop is always marked ("…/seeds/000_88d3.txt", never
    a bare "000_88d3.txt" that reads as a file at the top). The file name of an id with a folder is
    kept whole however long, in a narrow chart too: it is what the reader types or searches for to
    open the file, and a label a little long reads where a name cut does not (a new user saw
    "…flet_after_colonoscopy.md" in the charts; round 27: a name past twice ``width`` was still
    cut though it had a folder). Only an id more than twice ``width`` with no folder (a corpus
    row's id, not a file name) has its start cut ("…8d3"), and only when ``cut_name`` (a terminal
    column wraps it instead); ``longest`` lowers that limit where there is no room (a narrow
    chart's axis).
    """
    if width is None or len(document_id) <= width:
        return document_id
    parts = document_id.replace("\\", "/").split("/")
    name = parts[-1]
    limit = 2 * width if longest is None else longest
    if cut_name and len(parts) == 1 and len(name) > limit:
        return ELLIPSIS + name[len(name) - (limit - 1):]
    kept = name
    for part in reversed(parts[:-1]):
        if len(ELLIPSIS + "/" + part + "/" + kept) > width:
            break
        kept = part + "/" + kept
    return ELLIPSIS + "/" + kept if len(parts) > 1 else name


def distinct_labels(document_ids: list[str], width: int, longest: int | None = None) -> list[str]:
    """One label per id; two ids with the same label get " (2)", " (3)" so they stay apart."""
    labels = [document_label(i, width, longest=longest) for i in document_ids]
    seen: dict[str, int] = {}
    for index, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[index] = f"{label} ({seen[label]})"
    return labels
