"""Hedges and boosters: whether a modal, an approximator or a certainty word judges the likelihood of
a claim here (epistemic modality), or says what someone can, will or must do, or reports a result.

A modal hedges only in its epistemic sense, where the writer judges how likely a claim is; its root
senses (ability, permission, volition, obligation, advice) say what someone can, will or must do
(Coates 1983, The Semantics of the Modal Auxiliaries; Palmer 2001, Mood and Modality; Hyland 1998
counts only the epistemic uses as hedges). BioScope abstracts hold few root uses, so the hedge model
cannot learn them: these rules name their syntactic signals. Many are ``counts_when`` rules
(precision first): a word whose other senses dominate in news and sales pages stays visible but
counts only where its sentence carries the epistemic sense's own signal, and the hedge-cue model
still reads every candidate, so its BioScope training data do not change.

One module per phenomenon, read in this order:

| module | rules for |
|---|---|
| ``clauses`` | what the rules read around a candidate: its clause, the verb after a modal, tense |
| ``frames`` | frames that leave a modal no claim: comparisons, wished-for referents, time, concession |
| ``questions`` | direct and embedded questions, "whether", "likely" in an indirect question |
| ``could`` | "could": possibility, not past ability, permission or perception |
| ``would`` | "would": a tentative conclusion, not the future in the past, volition or habit |
| ``should`` | "should": an expectation, not advice, obligation or a norm |
| ``may`` | "may" and "might": possibility, not the month, permission or an option of care |
| ``belief`` | "think", "believe", "suspect", "be supposed to" |
| ``appearance`` | "appear", "seem", "likely", "possible", "indicate" |
| ``suggest`` | "suggest", "imply": an inference, not a recommendation |
| ``approximators`` | "about", "up to", "almost", "often", "in general", "estimated" |
| ``certainty`` | certainty words (boosters): "always", "sure", "proof", "definite", "truly" |
| ``research_verbs`` | "show", "reveal", "prove", "confirm"; "further research" called for |
"""

from ..base import merged
from . import (appearance, approximators, belief, certainty, could, may, questions, research_verbs, should, suggest,
               would)


RULES = merged(may.RULES, could.RULES, would.RULES, should.RULES, belief.RULES, appearance.RULES, suggest.RULES,
               approximators.RULES, questions.RULES, certainty.RULES, research_verbs.RULES)
