"""Harms in patient leaflets (round 26): a denied harm stays visible with its reason, a negation in a
subordinate clause does not deny the main clause's harm, and a leaflet that names side effects in
plain words discloses harms."""

from __future__ import annotations

from analyzer import analyze


def _harms(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.usage, f.mention_reason) for f in analyze(text).findings if f.family == "harms"]


def test_a_denied_harm_is_kept_visible_with_its_reason():
    """The README: rejected candidates are kept, with their reason, but not counted."""
    assert _harms("This gel has no side effects at all.") == [
        ("side effects", "rejected", "denied: a negation reaches the harm")]


def test_a_negation_in_a_subordinate_clause_does_not_deny_the_harm():
    found = _harms("Using decongestant sprays when you do not have a cold can cause side effects such as headaches.")
    assert [(text, usage) for text, usage, _ in found] == [("side effects", "use"), ("headaches", "use")]


def test_a_leaflet_naming_plain_side_effects_discloses_harms():
    leaflet = ("# Your water tablets\n\nTake one tablet each morning.\n\n"
               "Water tablets can make you feel dizzy when you stand up. A few people get swollen feet or feel sick.\n")
    assert [text for text, usage, _ in _harms(leaflet) if usage == "use"] == ["dizzy", "swollen feet", "feel sick"]
