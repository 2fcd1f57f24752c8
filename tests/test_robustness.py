"""Bad input never crashes a batch or loses a result (issue: bad input)."""

from __future__ import annotations

import gc
import json
import math
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from analyzer import analyze
from analyzer.cli import app

runner = CliRunner()
GOOD = "Ketamine may help some patients. It is a miracle cure, some say."


def run(paths, *extra):
    # no --no-exit: it reports only (exit 0 with unreadable inputs listed); these check the exit 2
    return runner.invoke(app, ["score", *map(str, paths), "-f", "jsonl", *extra])


def records(result) -> dict[str, dict]:
    return {r["id"]: r for r in (json.loads(line) for line in result.stdout.splitlines() if line.strip())}


def check_batch(result, bad_path, message: str, good_paths):
    """The bad input: one stderr line with path and reason, an error record, exit 2.
    Every good document: scored and complete."""
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lines == [f"error: {bad_path}: {message}"], result.stderr
    found = records(result)
    assert found[str(bad_path)] == {"id": str(bad_path), "error": message}
    for good in good_paths:
        record = found[str(good)]
        assert record["readability"]["words"] == 12 and record["wording"]["promotional"]["count"] == 1
        assert record["verdict"] in ("ok", "review", "fail") and record["findings"]


@pytest.fixture
def good(tmp_path):
    paths = [tmp_path / "a_good.txt", tmp_path / "z_good.txt"]
    for path in paths:
        path.write_text(GOOD, encoding="utf-8")
    return paths


def test_binary_file(tmp_path, good):
    bad = tmp_path / "m_binary.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    check_batch(run([good[0], bad, good[1]]), bad, "binary file (NUL bytes), not text", good)


def test_not_decodable(tmp_path, good):
    bad = tmp_path / "m_bytes.txt"
    bad.write_bytes(b"caf\xe9 \x81\x8d\x90 bytes no encoding maps")
    check_batch(run([good[0], bad, good[1]]), bad, "not decodable: not UTF-8 (byte 3) and not cp1252", good)


def test_empty_file(tmp_path, good):
    bad = tmp_path / "m_empty.txt"
    bad.write_text("  \n\n ", encoding="utf-8")
    check_batch(run([good[0], bad, good[1]]), bad, "empty: no text to analyse", good)


def test_over_the_size_limit(tmp_path, good):
    bad = tmp_path / "m_big.txt"
    bad.write_text("word " * 300_000, encoding="utf-8")
    check_batch(run([good[0], bad, good[1]], "--max-size", "1"), bad,
                "too large: 1,500,000 bytes, over the limit of 1,048,576 (--max-size)", good)


def test_unreadable_file(tmp_path, good, monkeypatch):
    bad = tmp_path / "m_locked.txt"
    bad.write_text(GOOD, encoding="utf-8")
    from analyzer import load

    real = load._read_bytes

    def locked(path, limit):
        if path == bad:
            raise PermissionError(13, "Permission denied")
        return real(path, limit)

    monkeypatch.setattr(load, "_read_bytes", locked)  # root reads anything, so chmod cannot test this
    check_batch(run([good[0], bad, good[1]]), bad, "permission denied", good)


def test_symlink_loop(tmp_path, good):
    loop = tmp_path / "m_loop.txt"
    os.symlink(tmp_path / "m_other.txt", loop)
    os.symlink(loop, tmp_path / "m_other.txt")
    check_batch(run([good[0], loop, good[1]]), loop, "symbolic link loop", good)


def test_file_deleted_during_the_run(tmp_path, good, monkeypatch):
    doomed = tmp_path / "m_doomed.txt"
    doomed.write_text(GOOD, encoding="utf-8")
    from analyzer import pipeline as batch

    real = batch.score_text

    def score_then_delete(document, job):
        if document.id.endswith("a_good.txt"):
            doomed.unlink()  # vanishes after the folder was listed, before it is read
        return real(document, job)

    monkeypatch.setattr(batch, "score_text", score_then_delete)
    check_batch(run([tmp_path], "--jobs", "1"), doomed, "no such file (deleted or moved?)", good)


def test_interrupt_leaves_no_partial_file_and_exits_130(tmp_path, good, monkeypatch):
    from analyzer import pipeline as batch

    calls = []
    real = batch.score_text

    def interrupted(document, job):
        calls.append(document.id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(document, job)

    monkeypatch.setattr(batch, "score_text", interrupted)
    target = tmp_path / "out" / "report.jsonl"
    target.parent.mkdir()
    result = run([good[0], good[1]], "-o", target)
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert list(target.parent.iterdir()) == []


# --- pathological text ---------------------------------------------------------------------

# About 256 KB each: enough to expose anything quadratic (test_large_documents_cost_linear_time
# measures growth), small enough to keep the suite fast.
PATHOLOGICAL = {
    "one long sentence, no punctuation": "miracle may help patients feel hope " * 7_500,
    "only punctuation": "!?.,;:()[]" * 25_000,
    "only numbers": "12 34.5 6,789 " * 20_000,
    "right-to-left and mixed scripts": "مرحبا بالعالم שלום עולם Ketamine may help. 你好世界。 " * 5_000,
    "emoji": "😀🎉 miracle 🙏 may help 💊. " * 10_000,
    "zero-width characters": "mir\u200bacle\u200d may\u200c help\u2060. " * 12_500,
    "NUL bytes": "may\x00help\x00miracle. " * 12_500,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_text_finishes_with_finite_scores_or_a_warning(name):
    text = PATHOLOGICAL[name]
    start = time.perf_counter()
    result = analyze(text)
    seconds = time.perf_counter() - start
    assert seconds < 60, f"{name}: {seconds:.1f}s"
    r = result.readability
    values = [getattr(r, f) for f in ("flesch_reading_ease", "flesch_kincaid_grade", "consensus_grade")]
    assert all(v is None or math.isfinite(v) for v in values)
    assert all(v is not None for v in values) or any("no words" in w or "not English" in w for w in r.warnings)
    for finding in result.findings[:2000]:
        assert text[finding.start:finding.end] == finding.text
    if name == "one long sentence, no punctuation":
        assert any("lacks sentence punctuation" in w for w in r.warnings)


def test_large_documents_cost_linear_time():
    """A 50 MB document (under --max-size) must finish; measured here as growth, not a time
    budget: 4x the text may cost at most ~6x the time (linear, with slack for a noisy machine).
    tests/benchmark.py reports the absolute figure for 50 MB."""
    paragraph = (
        "Ketamine may help some patients with depression. Side effects include nausea and dizziness. "
        "The clinic calls it a breakthrough, but more research is needed. Costs are not covered by insurance.\n"
    )
    timings = []
    for megabytes in (0.5, 2):
        text = paragraph * int(megabytes * 2**20 // len(paragraph))
        start = time.perf_counter()
        result = analyze(text)
        timings.append(time.perf_counter() - start)
        assert math.isfinite(result.readability.consensus_grade)
    assert timings[1] / timings[0] < 6, timings


def test_one_long_unpunctuated_sentence_costs_linear_time():
    """A page's text without stops is one "sentence"; a context rule or model feature that read
    its whole sentence for every candidate made 256 KB of it take minutes. 4x the text may cost
    at most ~6x the time (a quadratic pass costs 16x)."""
    texts = ["miracle may help patients feel hope " * repeats for repeats in (2_000, 8_000)]
    analyze(texts[0])  # untimed: the first call in a fresh cache builds caches (language model, lexicons)
    timings = []
    gc.collect()
    gc.disable()  # a collection landing in one run is the collector's cost, not the code's growth
    try:
        for text in texts:
            best = float("inf")
            for _ in range(3):  # best of three: a shared CI machine's pauses are not the code's cost
                start = time.perf_counter()
                analyze(text)
                best = min(best, time.perf_counter() - start)
            timings.append(best)
    finally:
        gc.enable()
    assert timings[1] / timings[0] < 6, timings


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_property_any_unicode_text(text):
    result = analyze(text)
    r = result.readability
    for name in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                 "automated_readability_index", "dale_chall_score", "linsear_write", "consensus_grade"):
        value = getattr(r, name)
        assert (value is None and r.warnings) or (value is not None and math.isfinite(value))
    for finding in result.findings:
        assert len(result.prepared.text) == len(text)
        assert result.text[finding.start:finding.end] == finding.text  # the original text (issue 16)
    from analyzer.score import load_config, score_document

    scored = score_document(result, load_config())
    if scored.verdict == "unsupported":  # another language: nothing measured, every score left empty
        assert all(value is None for _, value in scored.scores.items())
    else:
        assert 0 <= scored.scores["editorial_score"] <= 100 and 0 <= scored.scores["promotional_balance"] <= 1


def test_results_do_not_depend_on_jobs():
    """The pool runs the very function the single process runs; check it on odd texts."""
    from analyzer.pipeline import Job, _pool, _local
    from analyzer.load import Document
    from analyzer.report.records import scored_record
    from analyzer.score import load_config

    texts = list(PATHOLOGICAL.values())[1:] + ["", "May 2019.", "Not a miracle.", GOOD]
    documents = [Document(f"t{i}", t[:20_000]) for i, t in enumerate(texts)]
    job = Job(load_config())
    one = [scored_record(d) for d in _local(documents, job)]
    two = [scored_record(d) for d in _pool(documents, job, 2)]
    assert one == two
