"""Floors on audited precision: human labels of findings on real news and advertorial pages.

The labels live in tests/audit/labels.jsonl (spans only); tests/audit/precision.py prints the
table. Skipped where ../shared/data is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is not present")

LABELS = Path(__file__).parent / "audit" / "labels.jsonl"
HELDOUT = Path(__file__).parent / "audit" / "heldout.jsonl"
SECOND_READING = Path(__file__).parent / "audit" / "second_reading.jsonl"

# Floors sit a little under what is measured (tests/audit/README.md), so a change that makes findings
# worse fails. The issue-14 target is 0.90 for hedges, boosters, promotional, cta and each disclosure cue.
# Promotional went 0.87 -> 0.85 -> 0.83 in round 9 as fresh news slices (0.60-0.77) were labelled, before
# and after code changes that lost no right finding. Alternatives 0.86 -> 0.84 in round 10: settled label
# conventions ("change the standard of care", a trial's "first-line" setting are no options: guide.md)
# relabelled 14 dev findings wrong; scored against the same labels, the code before round 10 measures the same.
# Evidence 0.94 -> 0.92 in round 11: 135 fresh sample_size/observational findings (0.81 and 0.66 right) were
# labelled; against the same 735 labels the code before round 11 measures 0.917, after it 0.934 (no right lost).
# Round 13 raised harms 0.72 -> 0.77, benefits 0.84 -> 0.85, alternatives 0.84 -> 0.86 (code, on pools now labelled through).
# Round 19: harms 0.79 -> 0.80 (dev 0.850, pool labelled through, no right finding lost). Round 21: alternatives 0.86 -> 0.87 (dev 0.923).
# Round 26: harms 0.80 -> 0.83 (dev 0.873), availability 0.83 -> 0.85 (dev 0.886). Round 27: harms 0.84 (dev 0.881).
# Round 30: a third reader's adjudication of the readers' disagreements took dev harms 0.880 -> 0.840 and
# alternatives 0.933 -> 0.913 (the dev labels were the lenient side); round 30's code brought harms to 0.860.
# Round 33: harms 0.84 -> 0.85 (dev 0.902), promotional 0.83 -> 0.84 (dev 0.893).
# Round 34: promotional 0.84 -> 0.85 (dev 0.908, after a blind second reading of its single-read labels),
# claims 0.85 -> 0.90 (0.957), availability 0.85 -> 0.86 (0.913).
# Round 37: a blind second reading of every single-read dev hedges label took dev hedges 0.917 -> 0.894 on the
# same code (the first reading the lenient side); round 37's hedges rules brought it to 0.904: floor 0.90 -> 0.88.
FLOORS = {
    "hedges": 0.88, "boosters": 0.92, "promotional": 0.85, "cta": 0.88, "claims": 0.90,
    "testimonials": 0.84, "marketing": 0.85, "harms": 0.85, "benefits": 0.87, "evidence": 0.92, "costs": 0.88,
    "availability": 0.86, "funding": 0.90, "alternatives": 0.87,
}

# The held-out sample (1150 findings a family, labelled by readers who changed nothing, never read
# by whoever fixed findings) is the figure that says whether findings hold up on unseen text; its
# floors sit 0.05 under what is measured (a 500-finding figure is good to about +-0.02). Hedges,
# harms and benefits floors went down when the sample grew from 150 to 200 and 250: the new ranks,
# labelled before round 9's fixes, measured lower (hedges 0.80 and 0.86 on them); scored against
# the same labels, round 9's code is lower than the code before it in no family by more than 0.001.
# Reset to 0.05 under the 350-finding figures after round 11, and under the 400-finding ones after round 12 (alternatives 0.83 -> 0.78: the settled
# label conventions of round 10, not code; the rest went up), and under the 450-finding ones after round 13
# (harms 0.74 -> 0.77, promotional, alternatives 0.82, benefits, availability 0.81, costs 0.84; none went down).
# After round 14 (500): costs 0.87, benefits and alternatives 0.83, availability 0.82, boosters 0.90; hedges 0.85 -> 0.84:
# its ranks 451-500, labelled before round 14 by a reader who changed nothing, measured 0.80 (the code is not lower).
# After round 16 (550): promotional 0.85, harms 0.79, benefits and alternatives 0.85 (none went down; hedges and
# availability stay 0.84 and 0.82, 0.049 and 0.045 under their 550-finding figures). After round 17 (600):
# benefits 0.86; the rest stay (none went down). After round 19 (700): harms 0.80, promotional 0.86. After round 20 (750) and round 21 (800): the same (none went down).
# After round 25 (950): the same; cta 0.979 -> 0.967 under round 25's cta conventions (pointers to public
# information, an issuer's closing pointer and safety instructions are no calls to action), still over its floor.
# After round 26 (1000): hedges 0.84 -> 0.86 (0.911), availability 0.82 -> 0.83 (0.886); none went down.
# After round 27 (1050): the same (harms 0.842, availability 0.885; none went down). After round 28 (1100): the same.
# After round 30 (1150, adjudicated disagreements): harms 0.80 -> 0.81 (0.860), availability 0.83 -> 0.84 (0.894).
# After round 31: availability 0.84 -> 0.85 (0.902). After round 33: harms 0.81 -> 0.85 (0.908).
# After round 34: promotional 0.86 -> 0.88 (0.932), claims 0.85 -> 0.90 (0.955), availability 0.85 -> 0.86 (0.913).
# Round 37: every held-out label read once was read again, blind, and a third reader decided the splits; on
# the same code hedges 0.913 -> 0.863 and evidence 0.926 -> 0.857 (the first readings the lenient side, or
# older than the guide's citation-pointer convention). After round 37's fixes hedges 0.87: floor 0.86 -> 0.82.
HELDOUT_FLOORS = {
    "hedges": 0.82, "boosters": 0.90, "promotional": 0.88, "cta": 0.92, "claims": 0.90,
    "testimonials": 0.91, "marketing": 0.91, "harms": 0.85, "benefits": 0.86, "evidence": 0.86, "costs": 0.87,
    "availability": 0.86, "funding": 0.89, "alternatives": 0.85,
}


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_family_files_quote_the_heldout_figure(family):
    """Reports show each family's [audit] figure to users: it must be what the audit measures now
    (``precision.py --write`` sets it), not a number left from an earlier round."""
    from analyzer.measure import lexicon_for
    from audit.precision import precision
    from audit.sample import HELDOUT as SAMPLE

    quoted, measured = lexicon_for().family(family).audit, precision(family, SAMPLE)
    assert quoted is not None, f"{family}: no [audit] table in its lexicon file"
    if (round(quoted.precision, 3), quoted.findings) != (round(measured.precision, 3), measured.labelled):
        # the measured figure is not printed: a fixer whose change trips this stays blind to the held-out sample
        pytest.fail(f"{family}: the [audit] figure in its lexicon file is stale; the merger runs "
                    "`python tests/audit/precision.py --write` after reading the held-out sample", pytrace=False)


@pytest.mark.parametrize("path", [LABELS, HELDOUT, SECOND_READING], ids=["dev", "heldout", "second"])
def test_labels_hold_spans_and_no_text(path):
    keys = {"set", "row", "start", "end", "family", "category", "correct", "why"}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        assert set(entry) == keys
        assert isinstance(entry["correct"], bool) and entry["start"] < entry["end"]
        assert len(entry["why"]) <= 24 and " " not in entry["why"]


def test_set_aside_labels_name_the_rule_and_hold_no_text():
    """The reading of what the rules set aside (round 34) keeps ids, spans, the label and the rule that
    dropped each candidate then; no text."""
    path = Path(__file__).parent / "audit" / "set_aside.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(entries) >= 300
    for entry in entries:
        assert set(entry) == {"set", "row", "start", "end", "family", "category", "correct", "why", "set_aside_by"}
        assert entry["start"] < entry["end"] and isinstance(entry["correct"], bool)
        assert " " not in entry["set_aside_by"] and len(entry["set_aside_by"]) <= 40


@pytest.mark.parametrize("path", [LABELS, HELDOUT, SECOND_READING], ids=["dev", "heldout", "second"])
def test_each_finding_is_labelled_once(path):
    """Two readers' branches can label the same finding; merged, the later line would silently win."""
    keys = [tuple(json.loads(line)[k] for k in ("set", "row", "start", "end", "family"))
            for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(keys) == len(set(keys))


ADJUDICATED = Path(__file__).parent / "audit" / "adjudicated.jsonl"


def test_adjudications_settle_only_disagreements():
    """A third reader decides findings the two readers labelled differently, and nothing else: an
    adjudication over labels that agreed would overrule readers without a reason."""
    from audit.sample import read_jsonl, span_of

    raw: dict[tuple, set[bool]] = {}
    for path in (LABELS, HELDOUT, SECOND_READING):
        for entry in read_jsonl(path):
            raw.setdefault(span_of(entry), set()).add(entry["correct"])
    decided = [span_of(entry) for entry in read_jsonl(ADJUDICATED)]
    assert len(decided) == len(set(decided))
    assert all(raw.get(span) == {True, False} for span in decided)
    for entry in read_jsonl(ADJUDICATED):
        assert set(entry) == {"set", "row", "start", "end", "family", "category", "correct", "why", "convention"}
        assert isinstance(entry["correct"], bool) and len(entry["convention"]) <= 120


@pytest.mark.parametrize("path", [LABELS, HELDOUT], ids=["dev", "heldout"])
def test_adjudicated_decision_stands_for_both_labels(path):
    from audit.sample import load_labels, read_jsonl, span_of

    decided = {span_of(entry): entry for entry in read_jsonl(ADJUDICATED)}
    labels = load_labels(path)
    overruled = [entry for entry in labels.values() if span_of(entry) in decided]
    assert overruled or not decided
    assert all((e["correct"], e["why"]) == (decided[span_of(e)]["correct"], decided[span_of(e)]["why"])
               for e in overruled)


@pytest.mark.parametrize("family, floor", sorted(FLOORS.items()))
def test_audited_precision(family, floor):
    from audit.precision import precision

    p = precision(family)
    assert p.labelled >= 40, f"{family}: only {p.labelled} labelled findings left"
    assert p.precision >= floor, f"{family}: precision {p.precision:.3f} < {floor}"


@pytest.mark.parametrize("family, floor", sorted(HELDOUT_FLOORS.items()))
def test_heldout_precision(family, floor):
    from audit.precision import precision
    from audit.sample import HELDOUT as SAMPLE

    p = precision(family, SAMPLE)
    assert p.labelled >= 50, f"{family}: only {p.labelled} held-out labelled findings left"
    assert p.precision >= floor, f"{family}: held-out precision {p.precision:.3f} < {floor}"


@pytest.mark.parametrize("sample", ["DEV", "HELDOUT"])
def test_fresh_sample_is_mostly_labelled(sample):
    """A change that brings unread findings into either sample must have them read."""
    from audit import sample as samples
    from audit.precision import audit

    result = audit(getattr(samples, sample))
    assert all(p.coverage >= 0.9 for p in result), [(p.family, p.coverage) for p in result]
