"""Harms sought, not found: a harm that a study measures, tests for or defines ("to evaluate the
safety and tolerability", "Major bleeding was the primary safety outcome"), a harm as a study's
topic, risk as a stratum, or a harm word that names none (``bare``).

Sources: HealthNewsReview.org criterion 3; CONSORT 2010 items 6a and 17 and the CONSORT harms
extension (Ioannidis et al. 2004): harms defined as outcomes are not harms observed."""

from __future__ import annotations

from ..base import Context, pattern, registry
from .readers import _HARMS_RISK_WORDS
from .bare import _harms_generic_weighing, _harms_names_none


# What makes a harm the object of a search, not a finding: "to test for side effects", "evaluated
# the safety and tolerability", "You may also report side effects to the maker".
_HARMS_SOUGHT = pattern("harms_sought")

# A sentence that defines a word (round 13b): "Cytotoxicity refers to being toxic to cells", '("Primary
# insomnia" means that ...'. A definition explains a term; it tells no harm found.
_HARMS_DEFINITION = pattern("harms_definition")


def harms_found_not_sought(c: Context) -> bool:
    """A harm counts where the text tells it was found or can happen, not where it names what a
    study sets out to look for ("a phase one trial tests for side effects", "trials that evaluated
    the safety and tolerability of the products") or what readers are asked to report ("You are
    encouraged to report negative side effects of prescription drugs to the FDA", the MedWatch
    line FDA regulations require on drug advertising, 21 CFR 202.1(e)(3)(iii)).

    Since round 14 also risk as a stratum ("matched for risks", ``_harms_risk_stratum``).
    Since round 13b also a sentence that defines a word ("Cytotoxicity refers to being toxic to
    cells", '"Primary insomnia" means that ...'): a definition explains a term, it finds nothing;
    and the stock weighing of risks and benefits, which names no harm (``_harms_generic_weighing``).

    Prevents a study's aim and a reporting line counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks what the harms are and how often; the dev audit's not_disclosure errors)."""
    lead = c.text_before(60)
    return not (_HARMS_SOUGHT.search(lead) or _harms_measured(c) or _HARMS_DEFINITION.match(c.sentence)
                or _harms_generic_weighing(c) or _harms_risk_stratum(c, lead)
                or _harms_names_none(c))


# Risk as a stratum (round 14): "evident across risks", "cases matched for risks".
_HARMS_RISK_STRATUM = pattern("harms_risk_stratum")


def _harms_risk_stratum(c: Context, lead: str) -> bool:
    """"Risk(s)" as the object of a phrase that sorts or matches people by their risk level ("the
    drug's effect was evident across risks", "cases matched for risks", "adjusted for cardiac
    risks", "regardless of risk"): a stratum of the analysis, as epidemiology's risk groups are, not a
    harm found (STROBE item 12, matching and adjustment; literal_sense and not_disclosure, dev
    audit harms errors, round 14)."""
    return c.tokens.words[c.start] in _HARMS_RISK_WORDS and bool(_HARMS_RISK_STRATUM.search(lead))


# A harm named as an outcome a study measures: "investigating the efficacy, tolerability and
# safety of", "Primary outcomes included GU and GI toxicities"; "Safety, tolerability and response
# were assessed every eight weeks", "Major bleeding was the primary safety outcome".
_HARMS_MEASURED_LEAD = pattern("harms_measured_lead")
_HARMS_MEASURED_AFTER = pattern("harms_measured_after")
# A harm as the topic of a study, review or report ("a retrospective analysis of complication rate",
# "in a report on the risks of"), unless the work is still ahead (round 30b).
_HARMS_TOPIC_LEAD = pattern("harms_topic_lead")
_HARMS_TOPIC_PENDING = pattern("harms_topic_pending")
# An outcome on which a study measures the option's effect: "examined the effect of X on death and
# complications" (round 33); read further back, as the option's name may be long.
_HARMS_EFFECT_ON_LEAD = pattern("harms_effect_on_lead")
_HARMS_EFFECT_ON_REACH = 200


def _harms_measured(c: Context) -> bool:
    """The harm is what a study measures, named in its methods: the object of a verb of measuring
    or of an outcome list, reached through other measure nouns ("evaluating the safety, efficacy
    and tolerability of DBS", "Researchers measured toxicity using the CTCAE"), or the subject of a
    passive of measuring or of "was the primary outcome" ("Safety and tolerability were assessed
    every eight weeks", "Major bleeding was the primary safety outcome"), or the outcome on which
    it measures an option's effect ("examined the effect of a screening programme on death and
    complications", round 33). What was found stays a
    disclosure: "Compared with placebo, side effects were more common", "Adverse events were
    mild".

    Prevents a study's methods counting as harms disclosed (CONSORT 2010 items 6a and 17 and the
    CONSORT harms extension, Ioannidis et al. 2004: harms defined as outcomes are not harms
    observed; not_disclosure, the dev audit's third harms error)."""
    lead = c.text_before(80)
    after = c.text_after(80)
    return bool(_HARMS_MEASURED_LEAD.search(lead) or _HARMS_MEASURED_AFTER.match(after)
                or _HARMS_EFFECT_ON_LEAD.search(c.text_before(_HARMS_EFFECT_ON_REACH))
                or (_HARMS_TOPIC_LEAD.search(lead) and not _HARMS_TOPIC_PENDING.search(c.rest_of_sentence)))


RULES = registry(
    harms_found_not_sought,
)
