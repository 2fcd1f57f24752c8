"""The real pages the audit reads: health news stories and advertorial web pages.

Both sets live in ``../shared/data`` (never copied into the repository). Advertorials are HTML
and are read through ``analyzer.load.html_to_text``, as the CLI reads ``.html`` pages, so every
span indexes the extracted text a user would see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
SETS = {"news": ("health_news_dev.jsonl", "text"), "advertorials": ("advertorials_dev.jsonl", "html")}
# The held-out audit gives press releases a quota of their own. They are the same texts as the news
# set's ``news_reviews_*`` rows (289 of 1,043), so a release can be drawn under either name.
HELDOUT_SETS = {**SETS, "releases": ("hnr_releases_dev.jsonl", "text")}
# The families the audit labels: wording, disclosure cues, and the claim and marketing families.
FAMILIES = ("hedges", "boosters", "promotional", "cta", "claims", "testimonials", "marketing", "harms",
            "benefits", "evidence", "costs", "availability", "funding", "alternatives")


@dataclass(frozen=True)
class Key:
    """Where a finding sits: the set, the row id, its character span and its family."""

    set: str
    row: str
    start: int
    end: int
    family: str


@dataclass(frozen=True)
class Found:
    key: Key
    category: str
    term: str
    sentence_index: int


def available() -> bool:
    return all((DATA / name).exists() for name, _ in HELDOUT_SETS.values())


@lru_cache(maxsize=None)
def documents(set_name: str) -> tuple[tuple[str, str], ...]:
    """(row id, text) of one set, in file order; empty texts skipped."""
    from analyzer.load import html_to_text

    name, field = HELDOUT_SETS[set_name]
    out = []
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = html_to_text(row[field]) if field == "html" else row[field]
            if text.strip():
                out.append((row["id"], text))
    return tuple(out)


def analyses(set_name: str) -> Iterator[tuple[str, object]]:
    from analyzer import analyze

    for row_id, text in documents(set_name):
        yield row_id, analyze(text, id=row_id)


@lru_cache(maxsize=None)
def counted_findings(sets: tuple[str, ...] = tuple(SETS)) -> tuple[Found, ...]:
    """Every counted finding (``f.counted``) of the audited families on these sets."""
    found = []
    for set_name in sets:
        for row_id, analysis in analyses(set_name):
            for f in analysis.findings:
                if f.counted and f.family in FAMILIES:
                    found.append(Found(Key(set_name, row_id, f.start, f.end, f.family), f.category, f.term,
                                       f.sentence_index))
    return tuple(found)
