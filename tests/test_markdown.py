"""Markdown read with a parser: what is not prose adds no findings, what is prose stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.load import read_text_file
from analyzer.load_markdown import markdown_to_text

CLAIM = "miracle cure is guaranteed"

# Markup whose content is not the writer's prose: the claim inside must add no finding.
NOT_PROSE = {
    "yaml front matter": f"---\ntitle: Miracle? No.\nsummary: {CLAIM}\n---\n\nThe trial was small.\n",
    "toml front matter": f"+++\ntitle = \"{CLAIM}\"\n+++\n\nThe trial was small.\n",
    "table": f"The trial was small.\n\n| Product | Claim |\n|---|---|\n| Pill | {CLAIM} |\n",
    "indented code": f"The trial was small.\n\n    {CLAIM}\n",
    "fenced code": f"The trial was small.\n\n```text\n{CLAIM}\n```\n",
    "tilde fence": f"The trial was small.\n\n~~~\n{CLAIM}\n~~~\n",
    "link target": "The trial was small; see [the report](https://example.com/miracle-cure-is-guaranteed).\n",
    "html block": f"The trial was small.\n\n<div class=\"ad\">{CLAIM}</div>\n",
}

# Prose in markup: kept, marks removed.
PROSE = [
    ("# A *miracle* cure?\n", "A miracle cure?"),
    ("It is **guaranteed** to work.\n", "It is guaranteed to work."),
    ("See [our miracle cure](https://x.org) today.\n", "See our miracle cure today."),
    ("- first item\n- second item\n", "- first item\n- second item"),
    ("> A quoted miracle.\n", "A quoted miracle."),
    ("Use `miracle` sparingly.\n", "Use miracle sparingly."),
    ("![a miracle in a jar](jar.png)\n", "a miracle in a jar"),
]


@pytest.mark.parametrize("name", sorted(NOT_PROSE))
def test_markup_that_is_not_prose_adds_no_findings(name):
    text = markdown_to_text(NOT_PROSE[name])
    assert "miracle" not in text.lower() and "guarantee" not in text.lower(), text
    found = [f for f in analyze(text).findings if f.family in ("promotional", "claims")]
    assert not found, found


@pytest.mark.parametrize("markdown, expected", PROSE)
def test_prose_keeps_its_words_and_loses_its_marks(markdown, expected):
    assert markdown_to_text(markdown).strip() == expected


def test_front_matter_only_at_the_start():
    text = markdown_to_text("Intro paragraph.\n\n---\n\nA miracle after a rule.\n")
    assert "A miracle after a rule." in text


def test_md_files_load_through_the_parser(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: Miracle? No.\n---\n\n# Ketamine\n\nIt may help.\n\n    {CLAIM}\n", encoding="utf-8")
    document = read_text_file(path)
    assert document.text == "Ketamine\n\nIt may help.\n"
    assert not [f for f in analyze(document.text).findings if f.family in ("promotional", "claims")]
