"""Context rules: the few places where a word list alone gets it wrong.

A lexicon term names a rule (``rule = "may_not_month"``); the matcher asks the rule whether this
occurrence counts. Each rule is a small function with the failure it prevents in its docstring,
and example sentences that must and must not fire in ``tests/rules_cases.toml``. Word lists and
patterns live in ``lexicons/support/context_rules.toml``, where an editor reviews them.

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``base`` | the candidate in its sentence (``Context``), word lists, shared clause helpers |
| ``mentions`` | a word the writer negates, quotes or attributes: a mention, not a use |
| ``modality`` | hedges and boosters: epistemic or root modality, certainty words (a package, one module per word class) |
| ``promotion`` | promotional wording, causal language and patient stories (a package, one module per phenomenon) |
| ``health_claims`` | absolute health claims, counted only where asserted |
| ``calls_to_action`` | response mechanisms offered to the reader |
| ``sales_devices`` | urgency, scarcity, free offers and endorsements where a page sells |
| ``whose_harm`` | harms: the intervention's, not the disease's or another option's (a package, one module per phenomenon) |
| ``which_option`` | alternatives: another option for the same patients (a package, one module per phenomenon) |
| ``access`` | costs and availability: prices, payers, approval, stage, routes, and another option's access (a package, one module per phenomenon) |
| ``studies`` | benefits, evidence and funding (a package, one module per phenomenon) |
"""

from . import access, base, calls_to_action, health_claims, modality, promotion, sales_devices, studies, which_option, whose_harm
from .base import Context, Rule, merged
from .mentions import mention_reason

RULES: dict[str, Rule] = merged(base.RULES, modality.RULES, promotion.RULES, health_claims.RULES,
                                calls_to_action.RULES, sales_devices.RULES, whose_harm.RULES, which_option.RULES, access.RULES,
                                studies.RULES)

__all__ = ["RULES", "Context", "Rule", "mention_reason"]
