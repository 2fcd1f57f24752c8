"""The [words] lists of lexicons/support/context_rules.toml: a list may be derived from a base list."""

from __future__ import annotations

import pytest

from analyzer.measure.context.base import resolve_words, words

LISTS = {
    "openers": ["and", "but", "how", "that", "who"],
    "subject_openers": {"base": "openers", "add": ["as", "or"], "drop": ["how"]},
    "narrow_openers": {"base": "subject_openers", "drop": ["or"]},
    "orphan": {"base": "no_such_list", "add": ["x"]},
    "loop_a": {"base": "loop_b"},
    "loop_b": {"base": "loop_a"},
}


def test_a_derived_list_is_its_base_plus_add_minus_drop():
    assert resolve_words(LISTS, "subject_openers") == frozenset({"and", "but", "that", "who", "as", "or"})


def test_a_derived_list_may_derive_from_a_derived_list():
    assert resolve_words(LISTS, "narrow_openers") == frozenset({"and", "but", "that", "who", "as"})


def test_a_missing_base_is_an_error_naming_it_and_the_list():
    with pytest.raises(KeyError, match="no_such_list.*orphan"):
        resolve_words(LISTS, "orphan")


def test_lists_deriving_from_each_other_are_an_error():
    with pytest.raises(ValueError, match="loop_a -> loop_b -> loop_a"):
        resolve_words(LISTS, "loop_a")


def test_a_derived_list_in_the_shipped_file_equals_its_base_plus_add_minus_drop():
    assert words("promo_subject_openers") == (words("clause_openers") | {"as", "or"}) - {"how", "whom", "why"}
    assert words("alternatives_cause_strict") <= words("alternatives_cause_before")
