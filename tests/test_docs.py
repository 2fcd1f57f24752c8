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
