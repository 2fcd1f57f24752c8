"""The pipeline for a batch: load -> text -> measure -> score, then the caller reports.

``run`` is the one entry point the CLI (and any script) needs: inputs in, scored documents (or
load errors) out, in input order, one at a time, so a caller can stream them and keep memory flat
however long the corpus is. Engines: this process, a process pool, or a Dask cluster; every engine
runs the same per-document function (``score_text``).
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

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
    """What any worker needs to score a document exactly as this process would."""

    config: Config

    @property
    def lexicon_files(self) -> tuple[str, ...]:
        return self.config.lexicon_files


def score_text(document: Document, job: Job) -> ScoredDocument:
    """The per-document work every engine runs."""
    matcher = compiled_matcher(job.lexicon_files)
    analysis = analyze(document.text, document.id, matcher, document.warnings, document.source_map, document.directives)
    return score_document(analysis, job.config, matcher.lexicon)


def _passthrough(item: Item, job: Job) -> ScoredDocument | LoadError:
    return item if isinstance(item, LoadError) else score_text(item, job)


_WORKER_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    global _WORKER_JOB
    ignore_interrupts_in_worker()  # Ctrl-C is the parent's to handle: a worker interrupted mid-read hung Pool.terminate
    _WORKER_JOB = job
    compiled_matcher(job.lexicon_files)  # compile the lexicons once per worker, before the first task


def _work(item: Item) -> ScoredDocument | LoadError:
    assert _WORKER_JOB is not None
    return _passthrough(item, _WORKER_JOB)


def _local(items: Iterable[Item], job: Job) -> Iterator[ScoredDocument | LoadError]:
    for item in items:
        yield _passthrough(item, job)


def _pool(items: Iterable[Item], job: Job, jobs: int) -> Iterator[ScoredDocument | LoadError]:
    # "spawn" starts clean interpreters: no threads or locks inherited from this process.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(job,)) as pool:
        yield from pool.imap(_work, items, chunksize=CHUNK)


def _dask(items: Iterable[Item], job: Job, jobs: int, scheduler: str | None) -> Iterator[ScoredDocument | LoadError]:
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
    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        client.close(timeout=10)
        if cluster is not None:
            cluster.close(timeout=10)
    finally:
        quiet.setLevel(level)


# Below this many documents a pool costs more to start (a fresh interpreter per worker loading
# CMUdict and the lexicons, about a second) than it saves: they are scored in this process.
POOL_THRESHOLD = 4 * CHUNK


def score_all(items: Iterable[Item], job: Job, jobs: int = 1, engine: str = "local",
              scheduler: str | None = None) -> Iterator[ScoredDocument | LoadError]:
    """Scored documents (or load errors) in input order, as they become ready."""
    if engine == "dask":
        return _dask(items, job, max(jobs, 1), scheduler)
    if jobs <= 1:
        return _local(items, job)
    iterator = iter(items)
    head = list(itertools.islice(iterator, POOL_THRESHOLD))
    if len(head) < POOL_THRESHOLD:
        return _local(head, job)
    return _pool(itertools.chain(head, iterator), job, jobs)


def run(paths: Iterable[Path], config: Config, options: LoadOptions = LoadOptions(), jobs: int = 1,
        engine: str = "local", scheduler: str | None = None) -> Iterator[ScoredDocument | LoadError]:
    """Every input loaded, analysed and scored, in input order; unreadable ones as ``LoadError``."""
    return score_all(load_documents(paths, options), Job(config), jobs, engine, scheduler)
