"""Scoring works on an offline machine with no NLTK data at all.

The check runs in a fresh interpreter (nothing cached from other tests) where opening a socket
raises, ``nltk.download`` raises, and NLTK_DATA points at an empty folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from conftest import SEEDS

SCRIPT = textwrap.dedent(
    """
    import socket, sys
    class NoNetwork(socket.socket):
        def __init__(self, *args, **kwargs):
            raise OSError("network disabled by test")
    socket.socket = NoNetwork
    socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("network disabled"))
    import nltk
    def no_download(*args, **kwargs):
        raise AssertionError(f"nltk.download called: {args}")
    nltk.download = no_download
    from pathlib import Path
    from analyzer import analyze
    from analyzer.cli import app
    grades = []
    for path in sorted(Path(sys.argv[1]).glob("*.txt")):
        result = analyze(path.read_text(encoding="utf-8"), path.name)
        grades.append(result.readability.consensus_grade)
    assert len(grades) == 5 and all(g is not None and 5 < g < 25 for g in grades), grades
    print("OK", grades)
    """
)


def test_scoring_needs_no_network_and_no_nltk_data(tmp_path):
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(SEEDS)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OK")
    assert list(empty.iterdir()) == []  # nothing was written there either
