"""Writing reports: whole or not at all."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
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
        self.temporary = None
        handle = stream = None
        try:
            # Ctrl-C just as the file appears left it behind, empty (issue 16): signals wait
            # until its name is known, then any interruption removes it below.
            with _signals_held():
                handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                                          dir=self.path.parent or ".")
            stream = os.fdopen(handle, "wb") if self.binary else os.fdopen(handle, "w", encoding="utf-8", newline="")
        except BaseException:
            if self.temporary is not None:
                if handle is not None and stream is None:
                    _close_quietly(handle)
                Path(self.temporary).unlink(missing_ok=True)
            raise
        self.stream = stream
        return stream

    def __exit__(self, kind, value, traceback) -> None:
        try:
            self.stream.close()
            if kind is None:
                os.chmod(self.temporary, _mode_for(self.path))
                os.replace(self.temporary, self.path)
        finally:
            Path(self.temporary).unlink(missing_ok=True)  # gone after a rename; removed after a failure


@contextlib.contextmanager
def _signals_held():
    """SIGINT and SIGTERM held back (delivered when the block ends) where the platform can."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def _close_quietly(handle: int) -> None:
    try:
        os.close(handle)
    except OSError:
        pass


def output_problem(output: Path, inputs: list[Path]) -> str | None:
    """Why a report cannot be written to ``output``, checked before any scoring (issue 16: a
    missing folder was reported only after the whole batch was scored, and ``-o`` naming an
    input overwrote it, the source corpus included); None when it can.

    An input is a file given, or a file the loader would read inside a folder given.
    """
    from ..load import TEXT_SUFFIXES

    output = Path(output)
    if output.is_dir():
        return f"{output}: is a folder; give a file name for the report"
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        return f"{output}: folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{output}: folder {folder} is not writable"
    if output.exists():
        for given in inputs:
            given = Path(given)
            if str(given) == "-":
                continue
            try:
                if (given.is_dir() and output.suffix.lower() in TEXT_SUFFIXES
                        and output.resolve().is_relative_to(given.resolve())):
                    return f"{output}: is read as an input from the folder {given}; write the report elsewhere"
                if given.exists() and os.path.samefile(given, output):
                    return f"{output}: is an input ({given}); the report would overwrite it"
            except OSError:
                continue
    return None


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
