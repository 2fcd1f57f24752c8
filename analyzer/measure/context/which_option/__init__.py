"""Alternatives (HealthNewsReview.org criterion 6: "Does the story compare the new approach with
existing alternatives?"): whether a comparison or a treatment name sets another option beside the
intervention for the same patients, not a placebo, a control or exposure group, a step in time or a
treatment given on top. Rules that need the page's intervention read it from
``Context.interventions`` (intervention.py).

The rules of ``own_option``, ``groups``, ``named`` and ``alternative`` decide whether a candidate is a
comparison or a treatment's name at all; the ``counts_when`` rules of ``compared``, ``beside`` and
``in_use`` decide whether it counts. Where the signal is weak (a comparison whose second term names
no option, a name used as a point in time, "alternative" before a noun that names no option) the
finding stays visible with the rule's name as its reason, not counted. HealthNewsReview.org
criterion 6 asks for "existing alternatives" a patient could choose; the round-5 dev audit's
commonest error was a comparison of groups, times or doses (not_option).

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``readers`` | what the rules read: a comparison's second term, a group without the exposure, a quantity |
| ``own_option`` | a name or "other" that refers to the page's own option or its kind |
| ``groups`` | a comparison with a control, an exposure group or going without; "no treatment" |
| ``named`` | a treatment's name set beside the intervention, not given with it, a dose or a quantity |
| ``alternative`` | the word "alternative": another option, not an explanation, a field or the own kind |
| ``compared`` | a comparison whose second term names an option a patient could choose |
| ``beside`` | a treatment named beside the intervention, not its partner, a history or a cause |
| ``in_use`` | options in use: first line, standard of care, existing, already available |
"""

from ..base import merged
from . import alternative, beside, compared, groups, in_use, named, own_option


RULES = merged(own_option.RULES, groups.RULES, named.RULES, alternative.RULES, compared.RULES, beside.RULES,
               in_use.RULES)
