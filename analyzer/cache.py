"""A per-user cache of data derived from files, so a cold start does not derive it again.

Scoring one page from the command line used to parse the whole CMU Pronouncing Dictionary
(135,000 lines, a quarter of a second) before reading the page. What is derived is stored as
plain JSON (never pickle: a cache file is data, not code) under a key made from the source
files' contents or, for files an installed package ships, their path, size and modification
time. A changed file changes the key and the data is derived again; a cache that cannot be read
or written is silently skipped: the cache only ever saves time.

Where: ``$ANALYZER_CACHE_DIR``; else ``$XDG_CACHE_HOME/analyzer``, ``~/Library/Caches/analyzer``
(macOS) or ``%LOCALAPPDATA%\\analyzer\\Cache`` (Windows); ``ANALYZER_CACHE_DIR=""`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

# Bumped when what a cache file holds changes shape: old files are then ignored.
FORMAT = 1


def cache_dir() -> Path | None:
    configured = os.environ.get("ANALYZER_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "analyzer" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "analyzer"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "analyzer"


def content_key(paths: Iterable[Path]) -> str:
    """A key that changes whenever any of these files' bytes (or their order) change."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for path in paths:
        digest.update(Path(path).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def installed_key(path: Path) -> str:
    """A key for a file an installed package ships: its path, size and modification time
    (reading 3.6 MB to hash it would cost what the cache saves)."""
    stat = path.stat()
    return hashlib.sha256(f"format {FORMAT}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:32]


def cached(name: str, key: str, derive: Callable[[], Any]) -> Any:
    """``derive()``'s JSON-able result, read from the cache when stored under this key."""
    folder = cache_dir()
    if folder is None:
        return derive()
    path = folder / f"{name}-{key}.json"
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        pass
    value = derive()
    _store(folder, path, name, value)
    return value


# Files kept per name (a team may switch between a few lexicon sets); older ones are removed.
KEEP = 4


def _store(folder: Path, path: Path, name: str, value: Any) -> None:
    """Write atomically (never half a file) and keep only this name's most recent files."""
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
        older = sorted((p for p in folder.glob(f"{name}-*.json") if p != path), key=lambda p: p.stat().st_mtime)
        for old in older[:max(len(older) - (KEEP - 1), 0)]:
            old.unlink(missing_ok=True)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
