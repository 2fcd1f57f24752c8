"""Costs and availability (HealthNewsReview.org criteria 1, 6, 7 and 8): a price a reader or payer
pays for the intervention, not the disease's economic burden or a rhetorical cost; a stage, licence,
launch or access route of the intervention, not a trial named as past evidence, data that is
"available", or another option's or the range of options' access.

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``on_offer`` | what the availability rules read around a cue: options on offer, a word setting one apart |
| ``available`` | "available", "on the market": access, not data, people, the body's uptake or a market rated against |
| ``kinds`` | a kind of option in general: a bare or quantified plural, all medicines by both routes |
| ``comparators`` | an option the page's is set against: the status quo, a sibling, a comparison's standard |
| ``other_options`` | the availability family's ``counts_when``: the page's one option, not another's |
| ``approval`` | a regulator's decision: approval, clearance, licence, the agency deciding |
| ``stages`` | the stage of study: trials and phases ahead, recruitment, "experimental", "in development" |
| ``routes`` | the route to the option: prescription, over the counter, commercially, clinics, a launch |
| ``prices`` | a cost to a patient or payer, not a system's, research's or a nation's, a name or an idiom |
| ``price_words`` | price words, rates, fees and payments said of care |
| ``payers`` | a payer's coverage of the option |
| ``option_costs`` | the costs family's ``counts_when``: not a title, a saving with no sum, a placebo, an illness |
"""

from ..base import merged
from . import approval, available, option_costs, other_options, payers, price_words, prices, routes, stages


RULES = merged(option_costs.RULES, available.RULES, approval.RULES, routes.RULES, stages.RULES, payers.RULES,
               prices.RULES, price_words.RULES, other_options.RULES)
