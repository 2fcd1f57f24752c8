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


def _counted(text: str) -> list[str]:
    return [found for found, usage, _ in _harms(text) if usage == "use"]


def test_a_negated_universal_quantifier_does_not_deny_the_harm():
    """"Not everyone ... will get side effects" tells that some do (round 27 review: both harms had
    vanished as denied once the relative clause was set aside)."""
    text = ("Doctors often prescribe statins to lower cholesterol. Not everyone who takes statins will get "
            "side effects, but some people get muscle aches.")
    assert _counted(text) == ["side effects", "muscle aches"]
    assert _counted("Not all patients on the tablets get side effects such as nausea.") == ["side effects", "nausea"]


def test_a_negation_in_an_earlier_clause_does_not_reach_a_listed_symptom():
    """The clause before a harm heading ends at its comma (round 27 review: the split ran on text
    whose punctuation was already stripped, so "not habit-forming" denied "nausea")."""
    text = ("Doctors often prescribe ibuprofen for back pain. Ibuprofen is not habit-forming, nevertheless, "
            "occasionally, side effects such as nausea can occur.")
    assert _counted(text) == ["side effects", "nausea"]
    assert "nausea" in _counted("Doctors often prescribe ibuprofen. Ibuprofen is not addictive, but side effects "
                                "such as nausea can occur.")


def test_a_symptom_after_a_procedure_is_a_harm_only_where_the_reader_is_addressed():
    """A leaflet tells its reader what may follow the procedure; in the third person the symptom after
    an operation is the condition an option treats (round 27 review: an acupressure page)."""
    assert _counted("You may feel bloated for a few hours after the test.") == ["bloated"]
    assert _counted("Acupressure wristbands are being tested in women who often have nausea and vomiting "
                    "after the operation. The bands cost 10 dollars.") == []
    assert _counted("A new gel helps patients who get headaches after the scan.") == []
