"""The optional compiled core: pyahocorasick, an Aho-Corasick automaton in C.

It ships as binary wheels for Linux, macOS and Windows on CPython 3.10-3.13, so nothing is
compiled on the user's machine. Where it is missing (another platform, a newer Python) the
matcher uses its pure-Python paths, which find exactly the same spans: tests/test_speed.py runs
both on the seeds and the dev sets and compares every finding.
"""

from __future__ import annotations

try:
    import ahocorasick
except ImportError:  # pragma: no cover - exercised where no wheel exists
    ahocorasick = None

AVAILABLE = ahocorasick is not None
