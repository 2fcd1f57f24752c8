"""Signals end a run promptly and cleanly, with any number of worker processes (issue 16).

Ctrl-C with ``--jobs 2`` hung in 3 of 20 runs: SIGINT reaches the whole process group, a worker
interrupted mid-read leaves the pool's queues in a state ``Pool.terminate`` waits on forever.
Workers therefore ignore SIGINT and the parent alone decides: it terminates the pool. SIGTERM
(what ``kill``, systemd and CI runners send) was not handled at all, so temporary report files
stayed behind; it is turned into the same ``KeyboardInterrupt`` as Ctrl-C, which every ``with``
block (``AtomicWriter`` among them) already cleans up after.

Hooks (the lead wires them at merge):
* ``analyzer/batch.py`` ``_init_worker``: call ``ignore_interrupts_in_worker()`` first.
* ``analyzer/cli.py`` ``score``: run the scoring ``try`` block inside ``with terminate_as_interrupt():``.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator


def ignore_interrupts_in_worker() -> None:
    """In a pool worker: leave SIGINT to the parent, which terminates the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (and SIGHUP where it exists) raise ``KeyboardInterrupt`` inside the block, as
    Ctrl-C does; the previous handlers come back after it. Only the main thread can set them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {s: signal.signal(s, _interrupt) for s in wanted}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


# Exit code for an unexpected error inside the program (sysexits.h EX_SOFTWARE): never 1, which
# a CI gate reads as "a document reached the fail level", nor 2, "fix your input".
EXIT_INTERNAL = 70
