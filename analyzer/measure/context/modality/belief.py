"""Verbs of belief: "think", "believe", "suspect", "be supposed to" hedge where someone holds a
proposition with reserve ("we believe these results will help"), not the act of thinking ("think
creatively"), surprise ("I couldn't believe how quickly"), trust ("believe in"), a belief that
describes its holder ("parents who think ...", "if you think ..."), a working diagnosis ("suspected
sepsis") or a duty ("you're supposed to take it with food").

Sources: Hyland 1998 and 2005 (cognitive verbs as hedges); Quirk et al. 1985 (17.3, relative
clauses; 15.33, conditionals; 18.24, negative inversion); Palmer 2001, 3.2; the BioScope guidelines
(Vincze et al. 2008)."""

from __future__ import annotations

from ..base import Context, _words_back, registry, words
from .clauses import (
    _CLAUSE_OR_SENTENCE_END, _HEDGES_CONTENT_OPENERS, _HEDGES_PERSONAL_SUBJECTS, _MODAL_ADVERBS,
    _PERSONAL_PRONOUNS, _is_participle,
)
from .questions import _in_a_question


_HEDGES_THINK_NOT_FOLLOWERS = words("hedges_think_not_followers")


def epistemic_think(c: Context) -> bool:
    """"I think", "experts think" hedge; "think about", "think of", "think through" do not."""
    if c.word(c.start - 1) in {"may", "might"}:
        return False  # "people may think ...": a belief the writer ascribes to others, often to rebut it
    if _in_a_question(c):
        return False  # "Think diet pills don't work?": a question, not a belief held with reserve
    if _disbelief(c):
        return False  # "never in my wildest dreams did I think": an outcome beyond belief
    if _think_as_a_process(c):
        return False
    return c.word(c.end) not in _HEDGES_THINK_NOT_FOLLOWERS


def _disbelief(c: Context) -> bool:
    """"I never thought it would work", "never in my wildest dreams did I believe": a belief
    denied after the fact, which marks an outcome as beyond expectation (surprise, like "couldn't
    believe"), not a claim held with reserve (Hyland 2005: hedging "think" and "believe" state
    the writer's tentative commitment). The "never" negates the belief: right before it, or
    fronted with "did" ("never ... did I think", Quirk et al. 1985, 18.24, negative inversion)."""
    if "never" in c.before(2):
        return True
    return "did" in c.before(3) and "never" in _words_back(c, 9, ",;:")


_HEDGES_THINK_MANNER = words("hedges_think_manner")
_HEDGES_THINK_MANNER_FLAT = words("hedges_think_manner_flat")
_HEDGES_THINK_THROUGH_OBJECTS = words("hedges_think_through_objects")
_HEDGES_THINK_BELIEF_PARTNERS = words("hedges_think_belief_partners")


def _think_as_a_process(c: Context) -> bool:
    """"think" as the act of thinking, not a belief held: with a manner adverb ("think
    creatively", "reason and think abstractly"), a coordinated verb of doing ("the ability to think
    and perform daily tasks", "how they think or behave"), "more"/"less" before "about"/"of"
    ("lets me think more about the patient") or an object with "through" ("think it through").
    Hedging "think" takes a content clause, the proposition held with reserve (Hyland 1998, on
    cognitive verbs as hedges; Huddleston & Pullum 2002, ch. 11: content clauses as the
    complement of verbs of belief); the process verb takes none. Round 26: dev hedges counted
    "the ability to think and perform", "think abstractly", "think it through", "think more about"
    in four stories."""
    after, then = c.word(c.end), c.word(c.end + 1)
    if c.marks_before(c.end, _CLAUSE_OR_SENTENCE_END):
        return False  # "the reason, we think, is ...": parenthetical, a hedge
    if after in _HEDGES_THINK_MANNER:
        return not _is_participle(then)  # not "experts think carefully chosen doses are safe"
    if after in _HEDGES_THINK_MANNER_FLAT:
        return _flat_adverb_ends_phrase(c)  # not "I think hard evidence is lacking"
    if after in {"and", "or"}:
        return not (c.marks_before(c.end + 1, _CLAUSE_OR_SENTENCE_END) or then in _HEDGES_CONTENT_OPENERS
                    or then in _PERSONAL_PRONOUNS or then in _HEDGES_THINK_BELIEF_PARTNERS)  # not "think and hope that"
    if after in {"more", "less"}:
        return then in {"about", "of"}
    return after in _HEDGES_THINK_THROUGH_OBJECTS and then == "through"


_HEDGES_THINK_MANNER_FOLLOWERS = words("hedges_think_manner_followers")


def _flat_adverb_ends_phrase(c: Context) -> bool:
    """The flat adverb after "think" ("hard", "straight") modifies the verb: a break or a word that
    opens no noun phrase follows ("think hard about it", "could not think straight."). These words
    are adjectives too (Quirk et al. 1985, 7.7: flat adverbs), and before a noun they open the
    subject of the content clause "think" takes ("I think hard evidence is lacking", "I think
    straight answers are rare"): the hedge. Round 27: the review's three sentences lost their hedge."""
    then = c.end + 1
    return c.marks_before(then, _CLAUSE_OR_SENTENCE_END) or c.word(then) in _HEDGES_THINK_MANNER_FOLLOWERS \
        or c.word(then) == ""


_HEDGES_ASTONISHED_NEGATIONS = words("hedges_astonished_negations")
_HEDGES_ASTONISHED_MODALS = words("hedges_astonished_modals")


def not_astonishment(c: Context) -> bool:
    """"I can't believe how quickly ...", "they couldn't believe the difference" express
    astonishment, not belief held with reserve.

    Prevents testimonials' surprise counting as hedging (Hyland 2005 counts "believe" only as
    the writer's tentative commitment: "we believe that ...").
    """
    before = c.word(c.start - 1)
    if _disbelief(c) or before == "t" and c.word(c.start - 2) in {"can", "couldn", "wouldn"}:
        return False  # "I never believed it would work", a lost apostrophe "couldn?t believe"
    return not (before in _HEDGES_ASTONISHED_NEGATIONS or before.startswith("couldn")
                or (before in {"not", "n't"} and c.word(c.start - 2) in _HEDGES_ASTONISHED_MODALS)
                or before == "to" and c.word(c.start - 2) in {"hard", "difficult"})


_HEDGES_PERSONAL_CONTRACTIONS = words("hedges_personal_contractions")


def supposed_as_hearsay(c: Context) -> bool:
    """"is supposed to lower cholesterol" reports what is said of a thing (a hedge); "I'm
    supposed to tap the red fish", "you're supposed to take it with food" state a duty.

    Prevents the deontic "be supposed to" with a personal subject counting as a hedge (Palmer
    2001, 3.2: "be supposed to" is deontic with an agent, evidential of a proposition).
    """
    back = [w for w in c.before(3) if w not in _MODAL_ADVERBS]
    return not any(w in _HEDGES_PERSONAL_SUBJECTS or w in _HEDGES_PERSONAL_CONTRACTIONS or w == "you"
                   for w in back[-2:])


_HEDGES_DENIED_BELIEF = words("hedges_denied_belief")
_HEDGES_PAST_NEGATIONS = words("hedges_past_negations")


def hedges_belief_held(c: Context) -> bool:
    """"believe" counts as a belief held with reserve ("we believe these results will help"),
    not a belief declared impossible or denied after the fact, which marks surprise ("it's almost
    impossible for me to believe", "I didn't believe it even existed", a garbled "I could've
    believe it"), nor one demanded of the reader ("you've got to believe"): Hyland 2005 counts
    "believe" as the writer's tentative commitment. Extends ``not_astonishment``. Round 9c: nor
    "believe in" (trust or faith in a person, a method, a cause: a transitive sense with no
    proposition, OED "believe" 2) or the idiom "believe it or not", which flags a surprise."""
    back = c.before(4)
    if not _HEDGES_DENIED_BELIEF.isdisjoint(back) and "to" in back[-2:]:
        return False  # "impossible for me to believe", "got to believe"
    after = c.word(c.end)
    if after == "in" or after == "it" and c.word(c.end + 1) == "or" and c.word(c.end + 2) == "not":
        return False  # "believe in this way of eating": trust; "believe it or not": surprise
    before = c.word(c.start - 1)
    if _belief_describes_believer(c):
        return False
    return not (before in _HEDGES_PAST_NEGATIONS or before == "not" and c.word(c.start - 2) in {"did", "do"})


_HEDGES_BELIEVER_ADVERBS = words("hedges_believer_adverbs")
_HEDGES_SUPPOSED_BELIEVERS = words("hedges_supposed_believers")


def _belief_describes_believer(c: Context) -> bool:
    """A verb of belief whose subject is a relative "who" ("parents who think circumcision has
    benefits", "athletes who believe the powder builds muscle", "those who still think ...") or
    a person supposed by a conditional "if" ("if you think you may have the flu, ...", "if they
    believe the pill works, ..."). The restrictive relative clause identifies a group by what it
    believes (Quirk et al. 1985, 17.3, 17.13), and the conditional posits a belief only to say
    what follows from it (Quirk et al. 1985, 15.33): in neither does the writer or a source hold
    the proposition with reserve, which is what Hyland (2005) counts as a hedging "think" or
    "believe"; the belief is often reported to be corrected. One adverb may stand between
    ("who strongly believe", ``hedges_believer_adverbs``). Round 21: the dev hedges' "Parents
    who think ...", "If you believe someone has had a stroke, call 911" were wrong."""
    k = c.start - 1
    if c.word(k) in _HEDGES_BELIEVER_ADVERBS and not c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
        k -= 1
    if c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
        return False
    if c.word(k) == "who":  # restrictive only: "The researchers, who believe the effect may be real, ..." hedges
        return not c.marks_before(k, ",;:(")
    return c.word(k) in _HEDGES_SUPPOSED_BELIEVERS and c.word(k - 1) == "if" \
        and not c.marks_before(k, _CLAUSE_OR_SENTENCE_END)


def hedges_think_held(c: Context) -> bool:
    """"think" counts as a belief held with reserve, not one that describes its holder ("people
    who think ...") or that a conditional supposes ("if you think ..."): ``_belief_describes_believer``.
    A ``counts_when`` (precision first): the hedge-cue model's candidates and features are
    unchanged. Round 21."""
    return not _belief_describes_believer(c)


_HEDGES_DIAGNOSTIC_SUSPECTED_BEFORE = words("hedges_diagnostic_suspected_before")
_HEDGES_DIAGNOSTIC_OF_GERUNDS = words("hedges_diagnostic_of_gerunds")


def hedges_suspected_belief(c: Context) -> bool:
    """"suspect" / "suspected" counts where someone holds a belief about a claim ("researchers
    suspect hormonal imbalances", "it has long been suspected that sitting is unhealthy",
    "hormones suspected to play a role"), not as the clinical label of a working diagnosis:
    "patients with suspected sepsis", "for a suspected opioid overdose", "known or suspected
    obstruction", "men suspected of having prostate cancer", "suspect moles". There the word
    names the group a test or a treatment is for (the usage of clinical guidance, e.g. NICE
    NG12 "Suspected cancer: recognition and referral"; the patients are triaged, nothing is
    asserted about the evidence), so it is no hedge in Hyland's (2005) or BioScope's sense
    (Vincze et al. 2008 mark speculation about a proposition). Round 13: the dev hedges'
    "suspected sepsis", "suspected heart attacks", "a suspected overdose" were all wrong."""
    if c.word(c.end) == "of":
        after = c.word(c.end + 1)
        # "patients suspected of having a concussion", "of overdose": a working diagnosis; "a
        # chemical suspected of causing cancer" suspects a cause, a claim
        return after.endswith("ing") and after not in _HEDGES_DIAGNOSTIC_OF_GERUNDS
    if c.word(c.end) in {"that", "to", ""}:
        return True  # "suspected that ...", "suspected to play a role": a belief about a claim
    return c.word(c.start - 1) not in _HEDGES_DIAGNOSTIC_SUSPECTED_BEFORE \
        or c.marks_before(c.start, _CLAUSE_OR_SENTENCE_END)


RULES = registry(
    epistemic_think,
    not_astonishment,
    supposed_as_hearsay,
    hedges_belief_held,
    hedges_think_held,
    hedges_suspected_belief,
)
