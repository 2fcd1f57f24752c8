"""The pipeline for a batch: load -> text -> measure -> score, then the caller reports.

``run`` is the one entry point the CLI (and any script) needs: inputs in, scored documents (or
load errors) out, in input order, one at a time, so a caller can stream them and keep memory flat
however long the corpus is. Engines: this process, a process pool, or a Dask cluster; every engine
runs the same per-document function (``score_text``).
"""

from __future__ import annotations

import itertools
import warnings
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .interrupts import ignore_interrupts_in_worker
from .load import Document, LoadError, LoadOptions, load_documents
from .measure import analyze, compiled_matcher
from .score import Config, ScoredDocument, score_document

Item = Document | LoadError
# Documents handed to a worker at a time: large enough to amortise the hand-over, small enough
# that results stream out steadily and memory stays flat.
CHUNK = 32
DASK_BATCH = 512


@dataclass(frozen=True)
class Job:
    """What any worker needs to score a document exactly as this process would.

    ``render``: a module-level function making the finished output (a JSON line) from a scored
    document. The worker then returns a small ``Rendered`` instead of the whole document: a
    ``ScoredDocument`` with its analysis is ~35 KB to pickle and unpickle, and the parent doing
    that and the rendering for every document capped two workers at 1.4x one (issue 17).
    """

    config: Config
    render: Callable[[ScoredDocument], str] | None = None

    @property
    def lexicon_files(self) -> tuple[str, ...]:
        return self.config.lexicon_files


@dataclass(frozen=True)
class Rendered:
    """A document scored and rendered where it was scored: what the caller still needs of it."""

    id: str
    verdict: str
    warnings: tuple[str, ...]  # what loading and scoring noticed (an encoding guessed, an unknown directive)
    text: str


Result = ScoredDocument | Rendered | LoadError


def score_text(document: Document, job: Job) -> ScoredDocument:
    """The per-document work every engine runs."""
    matcher = compiled_matcher(job.lexicon_files)
    analysis = analyze(document.text, document.id, matcher, document.warnings, document.source_map, document.directives)
    return score_document(analysis, job.config, matcher.lexicon)


def _passthrough(item: Item, job: Job) -> Result:
    if isinstance(item, LoadError):
        return item
    scored = score_text(item, job)
    if job.render is None:
        return scored
    return Rendered(item.id, scored.verdict, (*scored.analysis.load_warnings, *scored.warnings), job.render(scored))


_WORKER_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    global _WORKER_JOB
    ignore_interrupts_in_worker()  # Ctrl-C is the parent's to handle: a worker interrupted mid-read hung Pool.terminate
    _WORKER_JOB = job
    compiled_matcher(job.lexicon_files)  # compile the lexicons once per worker, before the first task


def _work(item: Item) -> Result:
    assert _WORKER_JOB is not None
    return _passthrough(item, _WORKER_JOB)


def _local(items: Iterable[Item], job: Job) -> Iterator[Result]:
    for item in items:
        yield _passthrough(item, job)


def _pool(items: Iterable[Item], job: Job, jobs: int) -> Iterator[Result]:
    import multiprocessing  # only when a pool pays: scoring one page never loads it (issue 17)

    # "spawn" starts clean interpreters: no threads or locks inherited from this process.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(job,)) as pool:
        yield from pool.imap(_work, items, chunksize=CHUNK)


def _dask(items: Iterable[Item], job: Job, jobs: int, scheduler: str | None) -> Iterator[Result]:
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise RuntimeError("the Dask engine needs the extra: pip install 'health-writing-analyzer[dask]'") from None
    cluster = None
    if not scheduler:
        with warnings.catch_warnings():  # "Port 8787 is already in use": no dashboard is served anyway
            warnings.simplefilter("ignore", UserWarning)
            # the cluster's own log lines (a worker's heartbeat failing with CommClosedError as the
            # scheduler stops first, "still alive after 4 seconds") are not the user's business:
            # a failed document surfaces as an exception from gather
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.CRITICAL)
    client = Client(scheduler or cluster)
    try:
        shared = client.scatter(job, broadcast=True)
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, DASK_BATCH)):
            futures = client.map(_passthrough, batch, job=shared, pure=False)
            yield from client.gather(futures)
    finally:
        _close_dask(client, cluster)


def _close_dask(client, cluster) -> None:
    """Client first, then the cluster we started, each with a time limit, logs silenced: closed
    the other way round, workers log a CommClosedError traceback from their heartbeat (issue 16)."""
    import logging

    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        client.close(timeout=10)
        if cluster is not None:
            cluster.close(timeout=10)
    finally:
        quiet.setLevel(level)


# A pool is worth starting once this process has spent about as long scoring as starting it
# costs: fresh interpreters importing the package and reading the lexicons and dictionaries
# (0.35-0.5 s of CPU each, measured here with the per-user cache warm). Scoring in this process
# until then, and handing the rest to the pool, never costs more than twice the better choice
# (the ski-rental rule), and a batch of a few documents never pays for a pool at all.
POOL_START_SECONDS = 0.5
# No pool for fewer documents than this, however slow they are: a handful of pages is faster here.
POOL_THRESHOLD = 4 * CHUNK


def _adaptive(items: Iterable[Item], job: Job, jobs: int) -> Iterator[Result]:
    """In this process while that is cheaper, then in a pool of ``jobs`` workers."""
    iterator = iter(items)
    spent, count = 0.0, 0
    for item in iterator:
        start = time.perf_counter()
        yield _passthrough(item, job)
        spent += time.perf_counter() - start
        count += 1
        if count >= POOL_THRESHOLD and spent >= POOL_START_SECONDS:
            break
    else:
        return
    yield from _pool(iterator, job, jobs)


def score_all(items: Iterable[Item], job: Job, jobs: int = 1, engine: str = "local",
              scheduler: str | None = None) -> Iterator[Result]:
    """Scored documents (or load errors) in input order, as they become ready."""
    if engine == "dask":
        return _dask(items, job, max(jobs, 1), scheduler)
    if jobs <= 1:
        return _local(items, job)
    return _adaptive(items, job, jobs)


def run(paths: Iterable[Path], config: Config, options: LoadOptions = LoadOptions(), jobs: int = 1,
        engine: str = "local", scheduler: str | None = None,
        render: Callable[[ScoredDocument], str] | None = None) -> Iterator[Result]:
    """Every input loaded, analysed and scored, in input order; unreadable ones as ``LoadError``.

    With ``render`` (a module-level function, so workers can run it), each document comes back
    as a ``Rendered`` holding its finished output instead of the ``ScoredDocument``.
    """
    return score_all(load_documents(paths, options), Job(config, render), jobs, engine, scheduler)
