"""Benefits, evidence and funding (HealthNewsReview.org criteria; CONSORT; ICMJE disclosure): a
figure that measures an outcome of the intervention, not a prevalence, a composition or a poll; a study
design or size, not a population count; money received or a commercial interest, not funding sought.

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``figures`` | what the benefits rules read around a figure: its clause, a trial arm, a treatment named |
| ``harm_figures`` | a figure that measures a harm, not a benefit |
| ``care`` | a figure of care given (uptake, volume, appropriateness, a target), not of its effect |
| ``populations`` | a figure of a population (prevalence, subgroup, cases, places), not of what an option did |
| ``descriptions`` | a percentage that describes, not measures an effect: the table of descriptions |
| ``statistics`` | percentages with and without their context: sourced and unsourced statistics |
| ``effects`` | an effect quantified: relative, absolute, signalled |
| ``evidence`` | the quality of the evidence: a study's size and design, a source named |
| ``funding`` | who paid for the work reported |
| ``interests`` | commercial interests tied to someone or to the work |
"""

from ..base import merged
from . import effects, evidence, funding, interests, statistics


RULES = merged(statistics.RULES, effects.RULES, evidence.RULES, funding.RULES, interests.RULES)
