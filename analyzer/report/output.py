"""Writing reports: whole or not at all."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class AtomicWriter:
    """A file written in one go or piece by piece that appears, whole, only if the block succeeds.

    Everything goes to a temporary file beside the target, renamed into place at the end; a
    crash, a full disk or Ctrl-C midway deletes it and leaves the old file (or none), never half
    a report. Streaming output (JSON Lines, one record per document as it is scored) uses it too.
    """

    def __init__(self, path: Path, binary: bool = False):
        self.path = Path(path)
        self.binary = binary

    def __enter__(self):
        handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent or ".")
        self.stream = os.fdopen(handle, "wb") if self.binary else os.fdopen(handle, "w", encoding="utf-8", newline="")
        return self.stream

    def __exit__(self, kind, value, traceback) -> None:
        try:
            self.stream.close()
            if kind is None:
                os.chmod(self.temporary, _mode_for(self.path))
                os.replace(self.temporary, self.path)
        finally:
            Path(self.temporary).unlink(missing_ok=True)  # gone after a rename; removed after a failure


def _mode_for(path: Path) -> int:
    """The permissions the report gets: those of the file it replaces (a 0600 report stays
    private, issue 16), else an ordinary file's under the umask (mkstemp makes 0600)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic_bytes(path: Path, content: bytes) -> None:
    with AtomicWriter(path, binary=True) as stream:
        stream.write(content)


def write_atomic(path: Path, content: str) -> None:
    with AtomicWriter(path) as stream:
        stream.write(content)
