"""Harms (HealthNewsReview.org criterion 3: "Does the story adequately explain/quantify the harms
of the intervention?"): whose harm a harm word names. The intervention's counts; the disease's own
burden, another option's harm, a harm feared, lowered, denied or sought by a study does not. Rules
that need the page's intervention read it from ``Context.interventions`` (intervention.py).

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``readers`` | what the rules read around a harm: its owner, a cause, a treatment or the page's option named |
| ``minimised`` | a harm avoided, few, mild, at a lower rate or welcome: a selling point |
| ``lowered`` | a harm something reduces, prevents or relieves |
| ``anaphora`` | another option named by reference to the sentences before |
| ``of_intervention`` | whose harm: the intervention's, not the disease's, feared or of the past; risks raised |
| ``denial`` | a harm denied ("no side effects"), not a trial's report of none |
| ``bare`` | a harm word that names no harm: a bare statement that harms exist, a pointer, a disclaimer |
| ``sought`` | a harm a study measures or seeks, not one found |
| ``risks`` | a risk borne by people with the condition, read by a test, or of lacking the option |
| ``burden`` | the disease's burden: what the condition causes, a habit's harms, deaths, a person at risk |
| ``comparators`` | another option's harm: the indication, an option set apart, a relative clause |
| ``usual_care`` | the usual care's drawback, turned against in or after its sentence |
| ``endpoints`` | the outcome the option prevents, not its harm |
| ``not_this`` | a harm tied to a treatment that is not this treatment's: the checks above in one place |
| ``leaflets`` | a patient leaflet's ways of telling a side effect |
| ``treatment`` | a word of the disease's burden that counts only when tied to a treatment |
| ``symptoms`` | a named symptom, "experienced", "toxic": tied to the treatment, not the condition |
| ``disclosed`` | harm words of the page's option; "treatment-related" |
| ``warnings`` | "warning" where it warns of a harm |
"""

from ..base import merged
from . import denial, disclosed, minimised, not_this, of_intervention, sought, symptoms, treatment, warnings


RULES = merged(minimised.RULES, of_intervention.RULES, denial.RULES, sought.RULES, not_this.RULES, treatment.RULES,
               symptoms.RULES, disclosed.RULES, warnings.RULES)
