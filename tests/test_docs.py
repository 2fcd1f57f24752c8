"""The docs' reference tables match the data they describe (families, context rules, score rules)."""

from __future__ import annotations

import pytest

import readme_tables


@pytest.mark.parametrize("doc", list(readme_tables.DOCS), ids=lambda doc: doc.name if doc.parent.name != "context" else "context/README.md")
def test_doc_tables_match_the_data(doc):
    found = readme_tables.current(doc.read_text(encoding="utf-8"))
    assert set(found) == set(readme_tables.DOCS[doc]), f"{doc.name} lacks a generated table or has another's"
    for name in readme_tables.DOCS[doc]:
        assert found[name] == readme_tables.TABLES[name](), f"table {name!r} is stale: run python tests/readme_tables.py --write"


def test_every_table_has_a_document():
    placed = [name for names in readme_tables.DOCS.values() for name in names]
    assert sorted(placed) == sorted(readme_tables.TABLES)


def _shown_runs(text: str) -> list[tuple[list[str], str]]:
    """(arguments, output shown) for every README example whose ```bash block is one analyzer
    command followed at once by a plain ``` block: its output as the README prints it."""
    import re
    import shlex

    found = []
    for m in re.finditer(r"```bash\n((?:(?!```).)*?)```\n\n```\n((?:(?!```).)*?)```", text, re.S):
        command = shlex.split(m.group(1).replace("\\\n", " "), comments=True)
        if command and command[0] == "analyzer" and command.count("analyzer") == 1:
            found.append((command[1:], m.group(2)))
    return found


def test_readme_example_output_is_what_the_command_prints():
    """New user, round 25: the compare example showed the source's wording as ('Whether',
    'association', 'causal'); the command prints ('association', 'causal'). Every line the
    README shows under a command must be a line the command prints now."""
    from typer.testing import CliRunner

    from analyzer.cli import app

    runs = _shown_runs((readme_tables.ROOT / "README.md").read_text(encoding="utf-8"))
    assert runs, "the README's compare example was not found"
    for arguments, shown in runs:
        printed = set(CliRunner().invoke(app, arguments).stdout.splitlines())
        for line in shown.splitlines():
            assert not line.strip() or line in printed, f"README shows a line `analyzer {arguments[0]}` does not print: {line}"


def test_the_python_api_example_prints_what_the_readme_shows(monkeypatch):
    """The README's Python API block runs, and every line ending in a literal comment
    ("# 16.0", "# 'fail'") evaluates to that literal."""
    import ast
    import re

    readme = readme_tables.README.read_text(encoding="utf-8")
    block = re.search(r"## Python API\n\n```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(readme_tables.ROOT)
    scope: dict = {}
    checked = 0
    for line in block.splitlines():
        code, _, comment = line.partition("  # ")
        try:
            expected = ast.literal_eval(comment.strip()) if comment else None
        except (ValueError, SyntaxError):
            expected = None  # an illustration ("(HardSentence(...), ...)"), not a value
        if expected is None or not isinstance(ast.parse(code).body[0], ast.Expr):
            exec(code, scope)
        else:
            assert eval(code, scope) == expected, line
            checked += 1
    assert checked >= 4
