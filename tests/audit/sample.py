"""Draw the audit sample: counted findings per family from real news stories and advertorials.

    python tests/audit/sample.py [--family F] [--per-family N] [--unlabelled] [--keys] [--heldout]

Each finding gets a rank from a seeded hash of its key (set, row, span, family), and the sample
of a family is its lowest-ranked findings: 30 from news and 20 from advertorials, the shortfall
of one set taken from the other. A finding keeps its rank when the lexicons change, so a fresh
sample after a fix is the old sample minus the findings that went, plus the next in line: only
those need new labels. The text is printed for a reader and never stored (``labels.jsonl``
holds spans only).

Two samples are drawn. The **dev** sample (``labels.jsonl``) is the one fixes are made from. The
**held-out** sample (``--heldout``, ``heldout.jsonl``) is drawn with another seed, gives press
releases a quota of their own (the 288 HealthNewsReview releases are ``news_reviews_*`` rows of
the news set, under-represented in its sample) and is labelled by a reader who does not change
the analyzer: it says whether a fix holds beyond the findings it was made from. Whoever fixes
findings does not read it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from audit.corpus import FAMILIES, Found, Key, counted_findings, documents  # noqa: E402

PER_FAMILY = 50


@dataclass(frozen=True)
class Sampling:
    """How one audit sample is drawn and where its labels live."""

    seed: str
    shares: tuple[tuple[str, int], ...]  # (set name, its share of a family's sample)
    labels: Path
    size: int  # findings per family that coverage is measured on

    @property
    def quota(self) -> dict[str, int]:
        return dict(self.shares)


DEV = Sampling("analyzer-audit-2024", (("news", 30), ("advertorials", 20)), HERE / "labels.jsonl", PER_FAMILY)
# Widened 70 -> 100 -> 150 -> 200 -> 250 -> 300 -> 350 -> 400 -> 450 -> 500 -> 550 -> 600 -> 650 -> 700 -> 750 -> 800 -> 850 -> 900 -> 950 -> 1000 -> 1050 -> 1100 -> 1150 a family, each time before a round of fixes; a 250-finding figure
# is good to about +-0.025 at precision 0.85.
HELDOUT = Sampling("analyzer-heldout-2026", (("news", 20), ("advertorials", 15), ("releases", 15)),
                   HERE / "heldout.jsonl", 1150)
LABELS = DEV.labels


def rank(key: Key, seed: str = DEV.seed) -> str:
    return hashlib.sha256(f"{seed}|{key.set}|{key.row}|{key.start}|{key.end}|{key.family}".encode()).hexdigest()


def draw(found, per_family: int | None = None, sampling: Sampling = DEV) -> dict[str, list[Found]]:
    """family -> its sample (``per_family`` findings, the sampling's size by default), in rank
    order; a set that runs short passes its shortfall on."""
    per_family = per_family or sampling.size
    sets = list(sampling.quota)
    sample = {}
    for family in FAMILIES:
        pools = {s: sorted((f for f in found if f.key.family == family and f.key.set == s),
                           key=lambda f: rank(f.key, sampling.seed)) for s in sets}
        total = sum(sampling.quota.values())
        quota = {s: round(per_family * sampling.quota[s] / total) for s in sets}
        for s in sets:
            short = max(0, quota[s] - len(pools[s]))
            quota[s] -= short
            for other in sets:
                spare = len(pools[other]) - quota[other]
                if other != s and short and spare > 0:
                    quota[other] += min(short, spare)
                    short -= min(short, spare)
        sample[family] = sorted((f for s in sets for f in pools[s][:quota[s]]),
                                key=lambda f: rank(f.key, sampling.seed))
    return sample


def findings_for(sampling: Sampling):
    """Today's counted findings on the sets this sample draws from."""
    return counted_findings(tuple(sampling.quota))


# A third reader's decisions, blind to both labels, on findings the two samples' readers labelled
# differently (the same span of the same page, in either sample or in a release's copy of a news row).
ADJUDICATED = HERE / "adjudicated.jsonl"
# A blind second reading of dev labels that only one reader had read (round 34: the promotional
# findings outside the held-out overlap). It decides nothing by itself: where it disagrees, a third
# reader's decision in ADJUDICATED stands; it counts in the readers' agreement.
SECOND_READING = HERE / "second_reading.jsonl"


def span_of(entry: dict) -> tuple[str, int, int, str]:
    """What two labels share when they judge the same finding: a release is a news row's copy."""
    return entry["row"], entry["start"], entry["end"], entry["family"]


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_labels(path: Path = LABELS, adjudicated: bool = True) -> dict[Key, dict]:
    """Key -> label; where the readers disagreed, the adjudicated decision stands for both."""
    decided = {span_of(entry): entry for entry in read_jsonl(ADJUDICATED)} if adjudicated else {}
    labels = {}
    for entry in read_jsonl(path):
        third = decided.get(span_of(entry))
        if third:
            entry = {**entry, "correct": third["correct"], "why": third["why"]}
        labels[Key(entry["set"], entry["row"], entry["start"], entry["end"], entry["family"])] = entry
    return labels


def show(found: Found, text: str, sentence: tuple[int, int], context: int = 160) -> str:
    k = found.key
    begin, end = sentence
    before = text[max(0, begin - context):begin].replace("\n", " / ")
    after = text[end:end + context].replace("\n", " / ")
    body = text[begin:k.start] + "[[" + text[k.start:k.end] + "]]" + text[k.end:end]
    return (f"{k.set} {k.row} {k.start} {k.end} {k.family} {found.category} ({found.term})\n"
            f"   ...{before} || {body.replace(chr(10), ' / ')} || {after}...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", help="only these families")
    parser.add_argument("--per-family", type=int, help="findings per family (default: the sample's size)")
    parser.add_argument("--unlabelled", action="store_true", help="only findings without a label")
    parser.add_argument("--keys", action="store_true", help="print keys as JSON lines, no text")
    parser.add_argument("--heldout", action="store_true", help="the held-out sample (only its labeller reads it)")
    args = parser.parse_args()
    from analyzer import analyze

    sampling = HELDOUT if args.heldout else DEV
    labels = load_labels(sampling.labels)
    sample = draw(findings_for(sampling), args.per_family, sampling)
    texts = {(s, row): text for s in sampling.quota for row, text in documents(s)}
    for family in args.family or FAMILIES:
        chosen = [f for f in sample[family] if not (args.unlabelled and f.key in labels)]
        print(f"## {family}: {len(chosen)} shown of {len(sample[family])} sampled", file=sys.stderr)
        for f in chosen:
            if args.keys:
                print(json.dumps({**vars(f.key), "category": f.category}))
                continue
            text = texts[(f.key.set, f.key.row)]
            s = analyze(text).prepared.sentences[f.sentence_index]
            print(show(f, text, (s.start, s.end)))


if __name__ == "__main__":
    main()
