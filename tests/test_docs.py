"""The README's reference tables match the data they describe (families, context rules, score rules)."""

from __future__ import annotations

import readme_tables


def test_readme_tables_match_the_data():
    readme = readme_tables.README.read_text(encoding="utf-8")
    found = readme_tables.current(readme)
    assert set(found) == set(readme_tables.TABLES), "README.md lacks a generated table"
    for name, generate in readme_tables.TABLES.items():
        assert found[name] == generate(), f"README table {name!r} is stale: run python tests/readme_tables.py --write"
