"""Audited precision per family: the human labels in ``labels.jsonl`` against today's findings.

    python tests/audit/precision.py             # the dev sample (what fixes are made from)
    python tests/audit/precision.py --heldout   # and the held-out sample (for whoever merges, not fixers)
    python tests/audit/precision.py --write     # put the held-out figures in the family files

Precision of a family is labelled-correct / labelled over the counted findings the analyzer
produces now that carry a label (matched on set, row, span and family). A finding a fix removed
drops out; one a fix added enters once someone labels it. Coverage says how much of a fresh
sample (``sample.py``'s draw on today's findings) is labelled: low coverage means the figure
describes yesterday's findings, and ``sample.py --unlabelled`` lists what to read next.

The two samples are drawn from the same findings with different seeds, so about a third of the
held-out sample's findings also sit in the dev sample, where fixers read them. **Unread** is the
held-out precision over the findings that carry no dev label: the ones no fixer was shown.
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

from audit.corpus import FAMILIES  # noqa: E402
from audit.sample import DEV, HELDOUT, SECOND_READING, Sampling, draw, findings_for, load_labels, read_jsonl, span_of  # noqa: E402


@dataclass(frozen=True)
class FamilyPrecision:
    family: str
    labelled: int  # current findings that carry a label
    correct: int
    sampled: int  # size of a fresh sample of today's findings
    covered: int  # how many of that sample carry a label
    errors: tuple[tuple[str, int], ...]  # reason codes of the wrong ones, most common first
    ever_correct: int  # findings ever labelled correct, found today or not
    unread: int = 0  # labelled findings that carry no dev label (held-out only): no fixer saw them
    unread_correct: int = 0

    @property
    def kept(self) -> float:
        """Share of the findings once labelled correct that are still found: a fix that raises
        precision by dropping right findings shows here."""
        return self.correct / self.ever_correct if self.ever_correct else float("nan")

    @property
    def precision(self) -> float:
        return self.correct / self.labelled if self.labelled else float("nan")

    @property
    def unread_precision(self) -> float:
        return self.unread_correct / self.unread if self.unread else float("nan")

    @property
    def coverage(self) -> float:
        return self.covered / self.sampled if self.sampled else float("nan")


@lru_cache(maxsize=2)
def audit(sampling: Sampling = DEV) -> tuple[FamilyPrecision, ...]:
    labels = load_labels(sampling.labels)
    read = load_labels(DEV.labels) if sampling != DEV else labels
    found = findings_for(sampling)
    sample = draw(found, sampling=sampling)
    result = []
    for family in FAMILIES:
        mine = [labels[f.key] for f in found if f.key.family == family and f.key in labels]
        wrong = Counter(entry["why"] for entry in mine if not entry["correct"])
        unread = [labels[f.key]["correct"] for f in found
                  if f.key.family == family and f.key in labels and f.key not in read]
        result.append(FamilyPrecision(
            family, len(mine), sum(entry["correct"] for entry in mine), len(sample[family]),
            sum(f.key in labels for f in sample[family]), tuple(wrong.most_common()),
            sum(1 for key, entry in labels.items() if key.family == family and entry["correct"]),
            len(unread), sum(unread),
        ))
    return tuple(result)


@dataclass(frozen=True)
class Agreement:
    """How often two readers who labelled the same finding (in the two samples, or a news row and
    its release copy) agreed on right or wrong, before adjudication: the ceiling on how exactly
    any precision here is known."""

    family: str
    both: int  # findings labelled more than once
    agreed: int

    @property
    def rate(self) -> float:
        return self.agreed / self.both if self.both else float("nan")


def agreement() -> tuple[Agreement, ...]:
    verdicts: dict[tuple, set[bool]] = {}
    counts: Counter = Counter()
    for path in (DEV.labels, HELDOUT.labels, SECOND_READING):
        for entry in read_jsonl(path):
            verdicts.setdefault(span_of(entry), set()).add(entry["correct"])
            counts[span_of(entry)] += 1
    shared = [span for span, n in counts.items() if n > 1]
    return tuple(Agreement(family, sum(1 for s in shared if s[3] == family),
                           sum(1 for s in shared if s[3] == family and len(verdicts[s]) == 1))
                 for family in FAMILIES)


def precision(family: str, sampling: Sampling = DEV) -> FamilyPrecision:
    return next(p for p in audit(sampling) if p.family == family)


def write_lexicons(sampling: Sampling = HELDOUT) -> list[str]:
    """Set each audited family's ``[audit]`` table (precision, findings read, date) in its lexicon
    file to today's held-out figure, so the reports users read quote what was measured."""
    import re
    from datetime import date

    from analyzer.measure import compiled_matcher

    lexicon, changed = compiled_matcher().lexicon, []
    for p in audit(sampling):
        path = Path(lexicon.family(p.family).file)
        text = path.read_text(encoding="utf-8")
        table = (f"[audit]\nprecision = {p.precision:.3f}\nfindings = {p.labelled}\n"
                 f'measured = "{date.today().isoformat()}"\n')
        new = re.sub(r"^\[audit\]\n(?:(?:precision|findings|measured) = .*\n)*", table, text, flags=re.M)
        if new == text and "[audit]" not in text:
            new = text.replace("\n[examples]\n", f"\n{table}\n[examples]\n", 1)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path.name)
    return changed


def main() -> None:
    if sys.argv[1:] == ["--write"]:
        print("updated:", ", ".join(write_lexicons()) or "nothing")
        return
    samplings = [("dev sample (fixes are made from it)", DEV)]
    if "--heldout" in sys.argv[1:]:  # opt-in, so that whoever fixes findings does not watch the held-out figure move
        samplings.append(("held-out sample (news, advertorials, press releases; not read by fixers)", HELDOUT))
    for name, sampling in samplings:
        if not sampling.labels.exists():
            continue
        print(f"## {name}")
        unread = sampling != DEV
        print(f"{'family':14}{'precision':>10}{'labelled':>10}{'coverage':>10}{'kept':>7}"
              f"{'  unread (n)' if unread else ''}  errors")
        for p in audit(sampling):
            errors = ", ".join(f"{why} {n}" for why, n in p.errors)
            column = f"{p.unread_precision:7.3f} ({p.unread:3d})" if unread else ""
            print(f"{p.family:14}{p.precision:10.3f}{p.labelled:10d}{p.coverage:10.2f}{p.kept:7.2f}{column}  {errors}")
    print("## readers' agreement on findings labelled twice (before adjudication)")
    for a in agreement():
        print(f"{a.family:14}{a.rate:10.3f}{a.both:10d}")


if __name__ == "__main__":
    main()
