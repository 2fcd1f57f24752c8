"""The reference tables of the docs, generated from the data they describe.

    python tests/readme_tables.py          # print the tables
    python tests/readme_tables.py --write  # rewrite them in README.md and the context rules' README

Each table sits between ``<!-- table: NAME -->`` and ``<!-- /table -->`` in its document (``DOCS``);
tests/test_docs.py fails when one differs from the data (a family, rule or threshold changed
without its documentation), as Vale's and ruff's rule docs are generated from the rules. The
context rules' table (over 200 rows) lives beside their code, as sqlfluff keeps a rule's docs,
so the README stays readable in one sitting.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CONTEXT_README = ROOT / "analyzer" / "measure" / "context" / "README.md"
sys.path.insert(0, str(ROOT))

from analyzer.measure import lexicon_for  # noqa: E402
from analyzer.measure.context import RULES  # noqa: E402
from analyzer.score import all_rules  # noqa: E402


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def families_table() -> str:
    lexicon = lexicon_for()
    rows = ["| family | shown as | categories (weight) | sources |", "|---|---|---|---|"]
    for family in lexicon.display_order():
        categories = lexicon.categories_of(family.name)
        named = ", ".join(f"{c.name} ({c.weight:g})" + ("" if c.counted else ", not counted") for c in categories)
        sources = "; ".join(dict.fromkeys(c.source for c in categories))
        rows.append(f"| `{family.name}` | {_cell(family.display.label)} | {_cell(named)} | {_cell(sources)} |")
    return "\n".join(rows)


def context_rules_table() -> str:
    rows = ["| context rule | what it is for |", "|---|---|"]
    for name, function in sorted(RULES.items()):
        summary = (function.__doc__ or "").strip().split("\n\n")[0]
        rows.append(f"| `{name}` | {_cell(summary)} |")
    return "\n".join(rows)


def score_rules_table() -> str:
    rows = ["| rule | measures | default | level | source |", "|---|---|---|---|---|"]
    for rule in all_rules(lexicon_for()):
        default = "(off)" if rule.threshold is None else f"{rule.threshold:g}"
        level = rule.level or ""
        if rule.kind == "missing":
            default += " (fires when missing)"
        rows.append(f"| `{rule.id}` | {_cell(rule.measure)} | {default} | {level} | {_cell(rule.source)} |")
    return "\n".join(rows)


def scores_table() -> str:
    from analyzer.score.formulas import READING_GRADE, formulas

    rows = ["| score | kind | what it is | declared in |", "|---|---|---|---|",
            f"| `{READING_GRADE}` | grade | the consensus grade (above); `null` with no words | readability |"]
    for spec in lexicon_for().scores:
        over = f" ({', '.join(spec.categories)})" if spec.categories else ""
        rows.append(f"| `{spec.name}` | {spec.kind}{over} | {_cell(spec.description)} | `lexicons/{spec.family}.toml` |")
    for name, description in formulas().descriptions:
        rows.append(f"| `{name}` | combined | {_cell(description)} | `analyzer/score/scores.toml` |")
    return "\n".join(rows)


TABLES = {"scores": scores_table, "families": families_table, "context-rules": context_rules_table, "score-rules": score_rules_table}
# which document holds which tables
DOCS = {README: ("scores", "families", "score-rules"), CONTEXT_README: ("context-rules",)}
_BLOCK = re.compile(r"(<!-- table: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(\n<!-- /table -->)", re.S)


def current(readme: str) -> dict[str, str]:
    """The tables as the README has them now."""
    return {m.group("name"): m.group("body") for m in _BLOCK.finditer(readme)}


def rewrite(readme: str) -> str:
    return _BLOCK.sub(lambda m: m.group(1) + TABLES[m.group("name")]() + m.group(4), readme)


def main() -> None:
    if "--write" in sys.argv:
        for doc in DOCS:
            doc.write_text(rewrite(doc.read_text(encoding="utf-8")), encoding="utf-8")
        return
    for name, table in TABLES.items():
        print(f"<!-- table: {name} -->\n{table()}\n<!-- /table -->\n")


if __name__ == "__main__":
    main()
