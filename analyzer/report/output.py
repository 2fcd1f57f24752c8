"""Writing reports: whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic_bytes(path: Path, content: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place.

    A crash, a full disk or Ctrl-C midway leaves the old file (or none), never half a report.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, content: str) -> None:
    write_atomic_bytes(path, content.encode("utf-8"))


class AtomicWriter:
    """A text file written piece by piece that appears, whole, only when the block succeeds.

    Streaming output (JSON Lines, one record as each document is scored) goes to a temporary
    file beside the target; an error or Ctrl-C deletes it and leaves the old file untouched.
    """

    def __init__(self, path: Path):
        self.path = Path(path)

    def __enter__(self):
        handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent or ".")
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        return self.stream

    def __exit__(self, kind, value, traceback) -> None:
        self.stream.close()
        if kind is None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temporary, 0o666 & ~umask)
            os.replace(self.temporary, self.path)
        else:
            Path(self.temporary).unlink(missing_ok=True)
