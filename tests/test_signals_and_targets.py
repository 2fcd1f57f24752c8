"""Interruptions leave nothing behind and reports never overwrite inputs (issue 16). The CLI
wires these helpers at merge: see analyzer/interrupts.py and output.output_problem."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from analyzer.interrupts import ignore_interrupts_in_worker, terminate_as_interrupt
from analyzer.report import output
from analyzer.report.output import AtomicWriter, output_problem

ROOT = Path(__file__).resolve().parent.parent


def test_sigterm_becomes_an_interrupt_and_handlers_come_back():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt):
        with terminate_as_interrupt():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
    assert signal.getsignal(signal.SIGTERM) == before


def test_worker_leaves_sigint_to_the_parent():
    before = signal.getsignal(signal.SIGINT)
    try:
        ignore_interrupts_in_worker()
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_interrupt_while_the_temporary_file_appears_leaves_nothing(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fdopen", interrupted)
    with pytest.raises(KeyboardInterrupt):
        with AtomicWriter(tmp_path / "report.json"):
            pass
    assert list(tmp_path.iterdir()) == []


def test_sigterm_mid_report_leaves_no_temporary_and_the_old_report_untouched(tmp_path):
    target = tmp_path / "report.jsonl"
    target.write_text("old report\n", encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys, time
        from analyzer.interrupts import terminate_as_interrupt
        from analyzer.report.output import AtomicWriter
        try:
            with terminate_as_interrupt(), AtomicWriter({str(target)!r}) as out:
                print("writing", flush=True)
                while True:
                    out.write("x" * 1000 + "\\n"); time.sleep(0.001)
        except KeyboardInterrupt:
            sys.exit(130)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout.readline() == "writing\n"
    time.sleep(0.2)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=20) == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.jsonl"]
    assert target.read_text(encoding="utf-8") == "old report\n"


def test_output_problems_found_before_scoring(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("{}\n", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("text", encoding="utf-8")
    assert "is an input" in output_problem(corpus, [corpus])
    assert "is an input" in output_problem(tmp_path / "." / "corpus.jsonl", [corpus])
    assert "read as an input" in output_problem(folder / "a.md", [folder])
    assert "does not exist" in output_problem(tmp_path / "missing" / "r.json", [corpus])
    assert "is a folder" in output_problem(folder, [corpus])
    assert output_problem(tmp_path / "report.json", [corpus, folder]) is None
    assert output_problem(folder / "new.md", [folder]) is None  # nothing there to overwrite
