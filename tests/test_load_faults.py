"""Every row of every input scores or becomes one error; reading never blocks (issue 16)."""

from __future__ import annotations

import json
import os
import socket

from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.load import Document, LoadError, load_documents

GOOD = "Ketamine may help some patients. It is a miracle cure."
runner = CliRunner()


def loaded(*paths):
    return [(type(d).__name__, d.id.rsplit("/", 1)[-1], getattr(d, "reason", None) or d.warnings) for d in load_documents(paths)]


def csv_file(tmp_path, rows: int, bad: dict[int, bytes]):
    lines = [b"id,text"] + [f'r{i},"Ketamine may help patients, row {i}."'.encode() for i in range(1, rows + 1)]
    for row, raw in bad.items():
        lines[row] = raw
    path = tmp_path / "corpus.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_lone_surrogate_row_scores_with_a_warning_and_the_report_is_written(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id":"j1","text":"Ketamine may help."}\n{"id":"j3","text":"may \\ud800 help"}\n', encoding="utf-8")
    [first, second] = load_documents([corpus])
    assert second.text == "may \ufffd help" and "lone surrogate" in second.warnings[0]
    target = tmp_path / "r.json"
    result = runner.invoke(app, ["score", str(corpus), "-f", "json", "-o", str(target), "--no-exit"])
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(target.read_text(encoding="utf-8"))["documents"]] == ["j1", "j3"]


def test_jsonl_cp1252_line_warns_and_deep_nesting_is_one_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes('{"id":"c1","text":"The café may help."}\n'.encode("cp1252") + b"[" * 100_000 + b"\n"
                       + b'{"id":"c3","text":"fine"}\n')
    [cafe, deep, fine] = load_documents([corpus])
    assert isinstance(cafe, Document) and cafe.text == "The café may help." and "cp1252" in cafe.warnings[0]
    assert isinstance(deep, LoadError) and "nested too deeply" in deep.reason and fine.id == "c3"


def test_csv_bad_byte_loses_only_its_row(tmp_path):
    rows = loaded(csv_file(tmp_path, 5, {3: b'r3,"may h\x81elp"'}))
    assert [r[0] for r in rows] == ["Document", "Document", "LoadError", "Document", "Document"]
    assert "not decodable" in rows[2][2] and rows[2][1] == "corpus.csv:4"
    rows = loaded(csv_file(tmp_path, 399, {201: b'r201,"may h\x81elp"'}))
    assert len(rows) == 399 and [r[1] for r in rows if r[0] == "LoadError"] == ["corpus.csv:202"]


def test_csv_cp1252_row_is_read_with_a_warning(tmp_path):
    rows = loaded(csv_file(tmp_path, 5, {3: b'r3,"caf\xe9 may help"'}))
    assert [r[0] for r in rows] == ["Document"] * 5 and "cp1252" in rows[2][2][0]


def test_csv_unterminated_quote_is_reported_and_the_rows_after_it_are_read(tmp_path):
    rows = loaded(csv_file(tmp_path, 4, {2: b'r2,"It may help.'}))
    assert [r[:2] for r in rows] == [("Document", "r1"), ("LoadError", "corpus.csv:3"), ("Document", "r3"), ("Document", "r4")]
    assert "quotation mark opened on line 3" in rows[1][2]
    rows = loaded(csv_file(tmp_path, 3, {3: b'r3,"never closed'}))  # runs to the end of the file
    assert [r[0] for r in rows] == ["Document", "Document", "LoadError"]


def test_fifo_socket_and_loops_are_reported_never_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert loaded(fifo, good)[0][:2] == ("LoadError", "pipe.txt") and "named pipe" in loaded(fifo)[0][2]
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.symlink(folder, folder / "up")
    (folder / "image.png").write_bytes(b"\x89PNG")  # not a text file: skipped, as before
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "c.txt"))
    try:
        found = {name: reason for kind, name, reason in loaded(folder)}
    finally:
        server.close()
    assert found["a.txt"] == ()
    assert "named pipe" in found["b.txt"] and "socket" in found["c.txt"]
    assert found["loop.txt"] == "symbolic link loop" and found["dangling.txt"] == "broken symbolic link"
    assert "leads back" in found["up"] and "image.png" not in found
