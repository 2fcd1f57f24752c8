"""Costs and availability (HealthNewsReview.org criteria 1, 6, 7 and 8): a price a reader or payer
pays for the intervention, not the disease's economic burden or a rhetorical cost; a stage, licence,
launch or access route of the intervention, not a trial named as past evidence, data that is
"available", or another option's or the range of options' access.

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``on_offer`` | what the availability rules read around a cue: options already on offer, a word that sets an option apart, a channel of sale |
| ``available`` | "available", "on the market": access, not data, people, the body's uptake, a holder's supply, a market rated against |
| ``kinds`` | a kind of option in general: a bare or quantified plural, prescription and over-the-counter medicines together |
| ``comparators`` | an option the page's is set against: the status quo, a sibling, the standard of a comparison |
| ``other_options`` | the availability family's ``counts_when``: the page's one option, not another's or the range's access |
| ``approval`` | a regulator's decision: approval, clearance, licence, the agency's name where it decides |
| ``stages`` | the option's stage of study: trials and phases ahead or under way, recruitment, "experimental", "in development" |
| ``routes`` | the route to the option: prescription, over the counter, commercially, clinics, a launch |
| ``prices`` | a cost to a patient or payer, not a system's, research's or a nation's spending, a name or an idiom |
| ``price_words`` | price words, rates, fees and payments said of care |
| ``payers`` | a payer's coverage of the option |
| ``option_costs`` | the costs family's ``counts_when``: not a title, payers in general, a saving with no sum, a placebo, an illness, a harm paid |
"""

from ..base import merged
from . import approval, available, option_costs, other_options, payers, price_words, prices, routes, stages


RULES = merged(option_costs.RULES, available.RULES, approval.RULES, routes.RULES, stages.RULES, payers.RULES,
               prices.RULES, price_words.RULES, other_options.RULES)
