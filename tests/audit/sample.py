"""Draw the audit sample: counted findings per family from real news stories and advertorials.

    python tests/audit/sample.py [--family F] [--per-family 50] [--unlabelled] [--keys]

Each finding gets a rank from a seeded hash of its key (set, row, span, family), and the sample
of a family is its lowest-ranked findings: 30 from news and 20 from advertorials, the shortfall
of one set taken from the other. A finding keeps its rank when the lexicons change, so a fresh
sample after a fix is the old sample minus the findings that went, plus the next in line: only
those need new labels. The text is printed for a reader and never stored (``labels.jsonl``
holds spans only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from audit.corpus import FAMILIES, SETS, Found, Key, counted_findings, documents  # noqa: E402

SEED = "analyzer-audit-2024"
PER_FAMILY = 50
QUOTA = {"news": 30, "advertorials": 20}
LABELS = HERE / "labels.jsonl"


def rank(key: Key) -> str:
    return hashlib.sha256(f"{SEED}|{key.set}|{key.row}|{key.start}|{key.end}|{key.family}".encode()).hexdigest()


def draw(found: list[Found], per_family: int = PER_FAMILY) -> dict[str, list[Found]]:
    """family -> its sample, in rank order."""
    sample = {}
    for family in FAMILIES:
        pools = {s: sorted((f for f in found if f.key.family == family and f.key.set == s), key=lambda f: rank(f.key))
                 for s in SETS}
        quota = {s: round(per_family * QUOTA[s] / sum(QUOTA.values())) for s in SETS}
        for s, other in (("news", "advertorials"), ("advertorials", "news")):
            short = max(0, quota[s] - len(pools[s]))
            quota[other] += short
        sample[family] = sorted((f for s in SETS for f in pools[s][:quota[s]]), key=lambda f: rank(f.key))
    return sample


def load_labels(path: Path = LABELS) -> dict[Key, dict]:
    labels = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
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
    parser.add_argument("--per-family", type=int, default=PER_FAMILY)
    parser.add_argument("--unlabelled", action="store_true", help="only findings without a label")
    parser.add_argument("--keys", action="store_true", help="print keys as JSON lines, no text")
    args = parser.parse_args()
    from analyzer import analyze

    labels = load_labels()
    sample = draw(counted_findings(), args.per_family)
    texts = {(s, row): text for s in SETS for row, text in documents(s)}
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
