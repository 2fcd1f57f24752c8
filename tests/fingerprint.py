"""One hash per corpus of everything the analysis decides: for behaviour-preserving changes.

    python tests/fingerprint.py [--sets seeds,hnr,...] [--detail]

A refactor or a speed-up must leave these hashes unchanged; a change that means to alter
behaviour says so, names the bug it fixes and quotes the new hashes. What is hashed, per
document: every finding (family, category, span, usage, mention reason, counted, weight, rule,
model probability where a model decided), the readability figures, the scores, the verdict and
the reasons (rule, level, value). Texts come from the seeds and ../shared/data (skipped where
absent); advertorial pages are read through the HTML loader, as a user's pages would be.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

SETS = {
    "seeds": None,
    "hnr": "hnr_releases_dev.jsonl",
    "news": "health_news_dev.jsonl",
    "advertorials": "advertorials_dev.jsonl",
    "onestop": "onestop_english.jsonl",
    "certainty": "certainty_sentences_dev.jsonl",
    "claims": "claim_strength_pubmed_dev.jsonl",
    "bioscope": "bioscope_abstracts_hedges_dev.jsonl",
}


def texts(name: str) -> Iterator[tuple[str, str]]:
    """(id, text) of one set, in file order."""
    if SETS[name] is None:
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")
        return
    from analyzer.load import html_to_text

    with (DATA / SETS[name]).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield row["id"], html_to_text(row["html"]) if "html" in row else row["text"]


def _round(value):
    return None if value is None else round(float(value), 6)


def document_record(scored) -> list:
    """The decisions of one scored document, as plain data."""
    analysis = scored.analysis
    r = analysis.readability
    findings = [
        [f.family, f.category, f.start, f.end, f.usage, f.mention_reason, f.counted, _round(f.weight), f.rule,
         _round(getattr(f, "probability", None))]
        for f in analysis.findings
    ]
    readability = [r.words, r.sentences, _round(r.consensus_grade), [_round(g) for g in r.sentence_grades]]
    # the eight scores every version has had, in their first order (newer ones are in the findings)
    names = ("reading_grade", "hedging_rate", "promotional_rate", "booster_rate", "calls_to_action", "red_flags",
             "promotional_balance", "editorial_score")
    scores = [_round(scored.scores[n]) for n in names]
    reasons = [[x.rule_id, x.level, _round(x.value)] for x in scored.reasons]
    return [analysis.id, findings, readability, scores, scored.verdict, reasons]


def fingerprint(name: str, detail: bool = False) -> tuple[str, int]:
    from analyzer.load import Document
    from analyzer.pipeline import Job, score_text
    from analyzer.score import load_config

    job = Job(load_config(start=ROOT / "seeds"))
    digest = hashlib.sha256()
    count = 0
    for doc_id, text in texts(name):
        if not text.strip():
            continue
        record = document_record(score_text(Document(doc_id, text), job))
        line = json.dumps(record, sort_keys=True, ensure_ascii=False)
        digest.update(line.encode("utf-8"))
        if detail:
            print(hashlib.sha256(line.encode("utf-8")).hexdigest()[:12], doc_id)
        count += 1
    return digest.hexdigest()[:16], count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    parser.add_argument("--detail", action="store_true", help="also print one hash per document")
    args = parser.parse_args()
    for name in args.sets.split(","):
        if SETS[name] is not None and not (DATA / SETS[name]).exists():
            print(f"{name:14} skipped ({DATA / SETS[name]} not found)")
            continue
        value, count = fingerprint(name, args.detail)
        print(f"{name:14} {value}  {count} documents", flush=True)


if __name__ == "__main__":
    main()
