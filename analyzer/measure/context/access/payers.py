"""A payer's coverage of the option ("covered by insurance", "Medicare coverage", "Medicare covers
the test"), not the plain sense of "cover", a vaccine's reach, a payer's rolls as a study's
population or data, or an agency's name.

Sources: HealthNewsReview.org criteria 1 and 7; ResDAC (Medicare claims as a research source)."""

from __future__ import annotations

from ..base import Context, pattern, registry, words
from .prices import _COSTS_MONEY_NEAR, cost_to_a_payer


# Who pays for care: "covered by insurance", "Medicare covered it", "not covered by most plans".
_PAYER = pattern("payer")


def covered_by_payer(c: Context) -> bool:
    """"Covered" tells access where a payer covers the intervention ("rarely covered by
    insurance", "Medicare-covered"), not "a rash covered her body" or "tests covered only one
    disease".

    Prevents the plain sense of "cover" counting as availability disclosed (HealthNewsReview.org
    criteria 1 and 7: cost, coverage and access).
    """
    return bool(_PAYER.search(c.text, c.sentence_start, c.sentence_end))


_COSTS_COVERAGE_PAYER = pattern("costs_coverage_payer")


def costs_coverage_by_payer(c: Context) -> bool:
    """"Coverage" is insurance coverage beside a payer ("insurance coverage varies", "Medicare
    coverage", "coverage policy", "free mammogram coverage"), not a vaccine's reach in a population or a cream's on the skin
    ("if coverage in the population is high", "24 hour line-eliminating coverage").

    Prevents plain senses counting as costs disclosed (HealthNewsReview.org criterion 1 names
    insurance coverage).
    """
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    payer = _COSTS_COVERAGE_PAYER.search(sentence) or _COSTS_MONEY_NEAR.search(sentence) or c.word(c.start - 2) == "free"
    return bool(payer) and cost_to_a_payer(c)


_PAYER_POPULATION = words("costs_payer_population")
# A payer's benefit beside its population: "a home infusion benefit for Medicare beneficiaries".
_BENEFIT_WORDS = pattern("costs_benefit_words")
_AGENCY_WORDS = words("costs_agency_words")


def costs_payer_named(c: Context) -> bool:
    """"Medicare", "Medicaid" tell a cost where the payer covers or pays ("Medicare covers the
    test"), not where they name a study's population or data ("a random sample of Medicare
    beneficiaries", "Medicare data are included": claims data as a research source, ResDAC) with
    no money in the sentence, nor an agency's name ("the Centers for Medicare and Medicaid
    Services", "the Medicare Coverage Advisory Committee").

    Prevents research populations and agency names counting as costs disclosed
    (HealthNewsReview.org criterion 1).
    """
    after = range(c.end, min(c.last, c.end + 4))
    if any(c.word(i) in _AGENCY_WORDS and c.surface(i)[:1].isupper() for i in after):
        return False
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    if _costs_enrolled_in_payer(c) or not _PAYER_POPULATION.isdisjoint(following):
        # "every child enrolled in South Carolina Medicaid": the payer's rolls as a study's population
        sentence = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
        return bool(_COSTS_MONEY_NEAR.search(sentence) or _BENEFIT_WORDS.search(sentence)) and cost_to_a_payer(c)
    return cost_to_a_payer(c)


def _costs_enrolled_in_payer(c: Context) -> bool:
    """"Every child enrolled in South Carolina Medicaid": "enrolled in" and only a capitalised
    place between it and the payer's name (round 9)."""
    index = c.start - 1
    while index > c.first and c.surface(index)[:1].isupper():
        index -= 1
    return c.start - index <= 4 and c.word(index) == "in" and c.word(index - 1) in {"enrolled", "enrollees", "enrolees"}


def costs_covered_by_payer(c: Context) -> bool:
    """"Covered by" is a cost beside a payer ("aren't usually covered by insurance"), not a
    dressing's or a rash's cover ("wounds covered by the experimental dressing"); the cost check
    of ``cost_to_a_payer`` still applies.

    Prevents the plain sense of "cover" counting as costs disclosed (HealthNewsReview.org
    criterion 1 names insurance coverage).
    """
    return covered_by_payer(c) and cost_to_a_payer(c)


RULES = registry(
    covered_by_payer,
    costs_coverage_by_payer,
    costs_payer_named,
    costs_covered_by_payer,
)
