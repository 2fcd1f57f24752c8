"""The pipeline reads top-down: load -> text -> measure -> score -> report, data flowing one way.

A stage may import the stages before it and the shared utilities at the package's top (cache,
resources, prefilter, ...), never a stage after it: text/boilerplate.py once imported
measure/prefilter.py (round 33's speed work), so the text stage depended on the measure stage.
``load`` is left out: it reads text's directive and source-map helpers to keep a page's offsets
while it loads it, before any text stage runs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analyzer"
STAGES = ("load", "text", "measure", "score", "report")


def _stage(parts: tuple[str, ...]) -> str | None:
    head = parts[0].removesuffix(".py")
    return head if head in STAGES else None


def _imported(path: Path, package: Path) -> list[tuple[str, ...]]:
    """The analyzer modules ``path`` imports, as paths inside the package."""
    here = path.relative_to(package).parts[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = tuple((node.module or "").split(".")) if node.module else ()
            if node.level:
                out.append(here[:len(here) - node.level + 1] + module)
            elif module[:1] == ("analyzer",):
                out.append(module[1:])
        elif isinstance(node, ast.Import):
            out += [tuple(a.name.split("."))[1:] for a in node.names if a.name.startswith("analyzer.")]
    return [m for m in out if m]


def _later_stage_imports(stage: str, package: Path = PACKAGE) -> list[str]:
    rank = STAGES.index(stage)
    found = []
    for path in sorted((package / stage).rglob("*.py")):
        for module in _imported(path, package):
            target = _stage(module)
            if target is not None and STAGES.index(target) > rank:
                found.append(f"{path.relative_to(package)} imports {'.'.join(module)}")
    return found


@pytest.mark.parametrize("stage", ["text", "measure", "score"])
def test_a_stage_imports_no_later_stage(stage):
    assert _later_stage_imports(stage) == []


def test_the_check_sees_a_backward_import(tmp_path):
    """The check itself: a text module importing measure, relatively or by name, is reported."""
    (tmp_path / "text" / "deep").mkdir(parents=True)
    (tmp_path / "text" / "bad.py").write_text("from ..measure.prefilter import needles_of\n", encoding="utf-8")
    (tmp_path / "text" / "deep" / "worse.py").write_text("import analyzer.score\nfrom .. import tokens\n", encoding="utf-8")
    assert _later_stage_imports("text", tmp_path) == ["text/bad.py imports measure.prefilter",
                                                       "text/deep/worse.py imports score"]
