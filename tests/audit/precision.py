"""Audited precision per family: the human labels in ``labels.jsonl`` against today's findings.

    python tests/audit/precision.py

Precision of a family is labelled-correct / labelled over the counted findings the analyzer
produces now that carry a label (matched on set, row, span and family). A finding a fix removed
drops out; one a fix added enters once someone labels it. Coverage says how much of a fresh
sample (``sample.py``'s draw on today's findings) is labelled: low coverage means the figure
describes yesterday's findings, and ``sample.py --unlabelled`` lists what to read next.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from audit.corpus import FAMILIES, counted_findings  # noqa: E402
from audit.sample import draw, load_labels  # noqa: E402


@dataclass(frozen=True)
class FamilyPrecision:
    family: str
    labelled: int  # current findings that carry a label
    correct: int
    sampled: int  # size of a fresh sample of today's findings
    covered: int  # how many of that sample carry a label
    errors: tuple[tuple[str, int], ...]  # reason codes of the wrong ones, most common first

    @property
    def precision(self) -> float:
        return self.correct / self.labelled if self.labelled else float("nan")

    @property
    def coverage(self) -> float:
        return self.covered / self.sampled if self.sampled else float("nan")


@lru_cache(maxsize=1)
def audit() -> tuple[FamilyPrecision, ...]:
    labels = load_labels()
    found = counted_findings()
    sample = draw(found)
    result = []
    for family in FAMILIES:
        mine = [labels[f.key] for f in found if f.key.family == family and f.key in labels]
        wrong = Counter(entry["why"] for entry in mine if not entry["correct"])
        result.append(FamilyPrecision(
            family, len(mine), sum(entry["correct"] for entry in mine), len(sample[family]),
            sum(f.key in labels for f in sample[family]), tuple(wrong.most_common()),
        ))
    return tuple(result)


def precision(family: str) -> FamilyPrecision:
    return next(p for p in audit() if p.family == family)


def main() -> None:
    print(f"{'family':14}{'precision':>10}{'labelled':>10}{'coverage':>10}  errors")
    for p in audit():
        errors = ", ".join(f"{why} {n}" for why, n in p.errors)
        print(f"{p.family:14}{p.precision:10.3f}{p.labelled:10d}{p.coverage:10.2f}  {errors}")


if __name__ == "__main__":
    main()
