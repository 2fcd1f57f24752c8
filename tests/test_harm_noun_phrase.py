"""Whose harm: the noun phrase a lowering verb reaches through ("alleviating prostate cancer patients' side
effects"), a unit case no rule case reaches on its own."""

from __future__ import annotations

from analyzer.measure.context.whose_harm.lowered import _harms_one_noun_phrase


def test_coordinated_nouns_ending_in_es_or_ed_stay_in_the_noun_phrase():
    """A word after "and"/"or" is a second verb only if it is one ("and caused"), not because it
    ends in "-es" or "-ed" ("arthritis and diabetes", "early and advanced")."""
    assert _harms_one_noun_phrase(["serious", "arthritis", "and", "diabetes"])
    assert _harms_one_noun_phrase(["early", "and", "advanced"])
    assert not _harms_one_noun_phrase(["costs", "and", "caused"])
    assert not _harms_one_noun_phrase(["pain", "and", "triggers"])
