"""Promotional wording and causal language: whether an evaluative word promotes the thing the page is
about, or names a clinical term, a programme, a statistical result or the reader's astonishment
(Vinkers et al. 2015; Millar et al. 2022), and whether a weak evaluative word is leaned on
(intensified, exclaimed, rating the promoted thing); whether a causal word relates two things; and
whether a person's story is offered as evidence (FTC Endorsement Guides).

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``leaned_on`` | a weak evaluative word leaned on, compared or said of the established option; the readers the others share |
| ``terms`` | a term or a name, not a rating: "statistically significant", "vital signs", "Breakthrough Therapy" |
| ``novelty`` | "novel", "emerging", "next-generation", "for the first time", "landmark" |
| ``size`` | size and importance words that measure the promoted thing |
| ``red_flags`` | red-flag claims ("cure", "miracle") the text makes |
| ``change`` | "reverse", "transform", "eliminate": a cure-like change claimed or promised |
| ``attitude`` | "promising", "encouraging", "remarkable", "good news": the writer's unhedged stance |
| ``appeals`` | emotional appeals: hope offered, distress met by a remedy, relief "at last" |
| ``tied`` | praise tied to the page's topic; "potent", "powerful"; the standard of a comparison |
| ``causal`` | causal verbs and nouns in their causal sense |
| ``stories`` | patient stories and testimonials offered as evidence |
"""

from ..base import merged
from . import appeals, attitude, causal, change, leaned_on, novelty, red_flags, size, stories, terms, tied


RULES = merged(leaned_on.RULES, terms.RULES, novelty.RULES, size.RULES, red_flags.RULES, change.RULES, attitude.RULES,
               appeals.RULES, tied.RULES, causal.RULES, stories.RULES)
