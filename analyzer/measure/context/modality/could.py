""""could": a possibility judged ("the drug could reduce symptoms"), not past ability ("I could feel a
tingling", "no lesion could be detected"), a choice a study allowed ("those on placebo could
switch"), the past of "can" after a finding or a known fact ("found that it could distinguish") or a
perception that took place ("the researchers could see that").

Sources: Coates 1983, The Semantics of the Modal Auxiliaries, ch. 5; Palmer 2001, Mood and Modality;
Quirk et al. 1985 (4.54, 14.31, 15.48); Kiparsky & Kiparsky 1970 (factive verbs); Hyland 1998
counts only the epistemic uses as hedges."""

from __future__ import annotations

from ..base import Context, registry, words
from .clauses import (
    _CLAUSE_OR_SENTENCE_END, _CLAUSE_PUNCTUATION, _HEDGES_CONDITIONAL_OPENERS, _HEDGES_FINITE_VERB_SIGNS,
    _HEDGES_NEGATED_PAST, _HEDGES_PRESENT_FINITE, _PERSONAL_PRONOUNS, _UNDERGONE_VERBS, _clause_start,
    _hedges_finite_past, _is_participle, _verb_after,
)
from .frames import _comparative_standard, _confounder_clause, _temporal_clause, _unreal_referent
from .questions import _in_a_question, _in_indirect_question


def not_negated_ability(c: Context) -> bool:
    """"could not" / "couldn't" state what was not possible ("we could not detect it").

    Prevents counting reports of inability as hedging (Hyland 2005 lists "could" as a hedge
    only in its epistemic sense). "could not be excluded" is listed as its own hedge phrase.
    """
    return c.word(c.end) not in {"not", "n't"} and c.word(c.start) != "couldn't"


_ABILITY_AFTER_COULD = words("ability_after_could")
_ABILITY_VERBS = words("ability_verbs")
_RESEARCH_ABILITY_VERBS = words("research_ability_verbs")
# A person as the subject of "could never" (or one elided after "but", "and"): ability.
_PERSONAL_SUBJECTS = words("hedges_could_never_subjects")
_HEDGES_PERMITTED_CHOICES = words("hedges_permitted_choices")


def epistemic_could(c: Context) -> bool:
    """"could" hedges when it means "it is possible that" ("the drug could reduce symptoms"),
    not as past ability: "could not detect" (``not_negated_ability``), "no lesion could be
    detected", "neither expert could say", "could never achieve", "could barely stand", "I
    could feel a tingling", "we could detect three sites", "so that she could breathe",
    "I wish I could", or a choice a study or a programme allowed ("after two years those on
    placebo could switch", "families could opt out": permission, Coates 1983 ch. 5, root
    "could" of what is allowed; ``hedges_permitted_choices``).

    Prevents testimonials' and narratives' "could" counting as hedging (Coates 1983: past
    ability with animate subjects, negation and perception verbs; BioScope leaves "no X could
    be detected" unannotated). Also not the past of "can" after a finding ("found that it could
    distinguish", "found a cheaper scan could spot", "a discovery that dogs could sniff out":
    ``_finding_without_that``), in an indirect question ("to see if it could work": the question carries the
    doubt) or in a direct question.
    """
    after, subject = c.word(c.end), c.word(c.start - 1)
    if not not_negated_ability(c) or after in _ABILITY_AFTER_COULD:
        return False
    if after == "never" and subject in _PERSONAL_SUBJECTS:
        return False  # "I could never achieve"; but "wrinkles could never go away" doubts
    if _could_restricted_by_only(c):
        return False
    if _clause_holds_no_doubt(c):
        return False
    if _in_indirect_question(c) or _in_a_question(c):
        return False
    if "than" in c.before(2):  # "better than I could have imagined": a comparison, not doubt
        return False
    if _purpose_so(c) or _equative_as(c) or _comparative_standard(c):
        return False
    verb = c.word(_verb_after(c))
    if verb in _HEDGES_PERMITTED_CHOICES and c.word(_verb_after(c) + 1) not in {"off", "on"}:
        return False  # "participants on placebo could switch to the drug": permission (root), a design
    if subject in {"i", "he", "she"} and verb in _ABILITY_VERBS:
        return False
    if subject in {"i", "we"} and verb in _RESEARCH_ABILITY_VERBS:
        return False
    # a person as agent of a dynamic verb: root possibility or ability ("they could deliver
    # it in a dropper", "she could follow through"), unless the verb names what befalls them
    return not (subject in _PERSONAL_PRONOUNS and verb and verb not in _UNDERGONE_VERBS)


def _could_restricted_by_only(c: Context) -> bool:
    """"could" restricted by a focusing "only", right after it or after its passive participle:
    "she could only see shapes", "the diagnosis could be made only after death", "pain that
    could be fixed only by fusing the ankle". Restrictive "only" singles out the one means,
    time or circumstance in which something was or is possible (Quirk et al. 1985, 8.116-8.117:
    restrictive subjuncts), a root possibility or ability bounded, not the writer's doubt
    whether a claim holds (Coates 1983, ch. 5). Round 26: dev hedges counted three such
    "could ... only" in three stories."""
    k = c.end
    if c.word(k) == "only":
        return True
    if c.word(k) != "be" or c.marks_before(k + 2, _CLAUSE_OR_SENTENCE_END):
        return False
    participle = c.word(k + 1)
    return (_is_participle(participle) or participle.endswith("ed")) and c.word(k + 2) == "only"


_NEGATIVE_SUBJECTS = words("negative_subjects")
# Factive verbs present their "that" clause as known (Kiparsky & Kiparsky 1970): "we knew that
# the hormone could lower lipids" is the past of "can", a known capacity, not doubt.
_HEDGES_FACTIVE_VERBS = words("hedges_factive_verbs")
_FINDING_PAST = words("finding_past")


def _clause_holds_no_doubt(c: Context) -> bool:
    """The clause that holds "could" leaves nothing in doubt: a negative subject ("no lesion could
    be detected", "neither expert could say"), a wish ("I wish I could"), a purpose ("so that she
    could breathe"), or a known fact or finding whose "could" is the past of "can" ("they found
    that", "we knew that it could", ``_finding_without_that``)."""
    start = _clause_start(c)
    clause = c.tokens.words[start:c.start]
    if not _NEGATIVE_SUBJECTS.isdisjoint(clause) or any(w.startswith("wish") for w in clause):
        return True
    if clause[:1] == ["that"] and c.word(start - 1) == "so":  # purpose: "so that she could"
        return True
    if clause[:1] == ["that"] and any(w in _FINDING_PAST or w in _HEDGES_FACTIVE_VERBS
                                      for w in c.tokens.words[max(c.first, start - 3):start]):
        return True  # past of "can" in a known fact: "they found that", "we knew that it could"
    return _finding_without_that(c, start)


_HEDGES_FOUND_VERBS = words("hedges_found_verbs")
_HEDGES_CLAUSE_SUBJECT_DETERMINERS = words("hedges_clause_subject_determiners")
_HEDGES_FINDING_NOUNS = words("hedges_finding_nouns")


def _finding_without_that(c: Context, start: int) -> bool:
    """"could" heading the object clause of a past verb of finding that drops its "that": "the
    team found a cheaper scan could spot the tumours", "they showed the sensor could pick up a
    fever". English may omit "that" before a content clause (Quirk et al. 1985, 15.3), so the
    clause is the one ``epistemic_could`` already reads as the past of "can" after "found that"
    (backshift: Quirk et al. 1985, 14.31; Coates 1983, ch. 5): the finding reports what the
    thing was able to do. Read only where the finding verb is followed, within eight words and
    with no verb of the object's own between, by a determiner opening the object's subject
    ("found a", "showed the", "discovered that"); "shown" and "proved" after a noun ("a drug shown
    to work could help") are participles and keep the hedge. Round 23: the fresh hedges' "the
    researchers also found a similar blood test could determine gestational age", beside the
    dev label of "found that magnetic resonance spectroscopy could distinguish" (literal_sense).
    The same past finding named by a noun: "a discovery that dogs could sniff out cancer", where
    the "that" clause has a subject of its own and so is the noun's content, not a relative clause
    ("a finding that could spare thousands of scans" keeps the hedge)."""
    words = c.tokens.words
    if (words[start] == "that" and start < c.start - 1 and c.word(start - 1) in _HEDGES_FINDING_NOUNS
            and not c.marks_before(start, _CLAUSE_PUNCTUATION)):
        return True  # the noun's content clause, with its own subject: "a discovery that dogs could"
    for j in range(c.start - 2, max(c.first, start - 1, c.start - 9) - 1, -1):
        w = words[j]
        if w in _HEDGES_FINITE_VERB_SIGNS or c.marks_before(j + 1, _CLAUSE_PUNCTUATION):
            return False
        if w in _HEDGES_FOUND_VERBS:
            return c.word(j + 1) in _HEDGES_CLAUSE_SUBJECT_DETERMINERS
    return False


_HEDGES_NOT_PURPOSE_BEFORE_SO = words("hedges_not_purpose_before_so")


def _purpose_so(c: Context) -> bool:
    """"designed so they could be used by children", "one at a time so they could say goodbye":
    "so" without "that" opening a clause of purpose, whose "could" is the past of "can" (what
    the purpose enables), not a possibility judged (Quirk et al. 1985, 15.48: purpose "so (that)"
    clauses take a putative modal). A result "so" follows a comma or opens the sentence ("fish
    have more of it in autumn, so it could be worthwhile eating more then") and keeps the hedge;
    so does "and so". Without a comma only a person or a thing named by a pronoun or a name is
    taken as the purpose clause's subject ("so Ava could start school"); "so this therapy could
    be a money saver" is read as a result. Round 9c: "designed so they could be used" counted."""
    k = c.start - 2
    if c.word(k) != "so" or k <= c.first or c.marks_before(k, ",;:.(\"“"):
        return False
    subject = c.surface(c.start - 1)
    if c.word(k - 1) in _HEDGES_NOT_PURPOSE_BEFORE_SO:
        return False
    return subject.lower() in _PERSONAL_PRONOUNS or subject[:1].isupper()


def _equative_as(c: Context) -> bool:
    """"recall as many of the words as they could", "as fast as it could": the second term of an
    equative comparison, where "could" states the most someone was able to do (ability, Coates
    1983, ch. 5; Quirk et al. 1985, 15.63 comparative clauses), as "than I could have hoped"
    does for ``epistemic_could``. Needs the correlative "as ... as" (or "as best"), so a causal
    "as" ("withdrawn as it could harm the liver") keeps the hedge. Round 9c."""
    if c.word(c.start - 2) == "best" and c.word(c.start - 3) == "as":
        return True  # "they coped as best they could"
    if c.word(c.start - 2) != "as" or c.marks_before(c.start - 2, ",;:"):
        return False  # "as soon as possible, as it could spread": a causal "as" after a comma
    return "as" in c.tokens.words[max(c.first, c.start - 10):c.start - 2]


def hedges_could_of_a_real_referent(c: Context) -> bool:
    """"could" counts unless it sits in a relative clause about a thing wished for or not
    particular ("any treatment that could improve their lives", "nothing that could be done",
    "we need a test that could run at home"): there it names a hypothetical or root possibility of
    the thing sought, not the writer's doubt (``_unreal_referent``; Coates 1983, ch. 5). Round 37:
    nor in a relative clause on the confounders an analysis adjusted for (``_confounder_clause``)."""
    return not (_unreal_referent(c) or _temporal_clause(c) or _past_perception(c) or _confounder_clause(c))


_HEDGES_PERCEPTION_VERBS = words("hedges_perception_verbs")
_HEDGES_SEEN_OUTCOMES = words("hedges_seen_outcomes")


def _past_perception(c: Context) -> bool:
    """"could" before a verb of perception in a sentence told in the past: "the researchers could
    see that the brain shrank less", "she could sense her daughter wasn't well", "tumours their
    doctors could feel". With verbs of perception "could" reports a past perception that took
    place, almost the simple past ("I could see" = "I saw"; Quirk et al. 1985, 4.29 and 4.54;
    Leech, Meaning and the English Verb, on "can"/"could" with verbs of perception; Coates 1983,
    ch. 5: past ability), not the writer's doubt about a claim. ``epistemic_could`` already reads
    it after "I", "he", "she"; this reads any subject (people named by a noun, "researchers",
    "doctors", "patients"), where the sentence holds a finite past verb and no present one before
    "could", and no condition ("if we looked, we could see it": a hypothesis, a hedge). A present
    frame keeps the hedge ("the study shows that those who lose weight could see relief"), and so
    does "see" with an outcome as its object ("researchers said patients could see benefits within a
    year", "runners who stretched could see fewer injuries": to see is to get, not to perceive).
    Round 22: the fresh hedges' past narratives of what researchers, clinicians and parents
    could see, sense, feel or tell."""
    k = _verb_after(c)
    if c.word(k) == "only":
        k += 1  # "could only see your head"
    if c.word(k) not in _HEDGES_PERCEPTION_VERBS or c.word(k + 1) in _HEDGES_SEEN_OUTCOMES:
        return False  # "patients could see benefits", "could see fewer injuries": an outcome, not a sight
    before = c.tokens.words[c.first:c.start]
    if any(w in _HEDGES_PRESENT_FINITE or w in _HEDGES_CONDITIONAL_OPENERS for w in before):
        return False
    sentence = before + c.tokens.words[c.end:c.last]
    return _hedges_finite_past(sentence) or not _HEDGES_NEGATED_PAST.isdisjoint(sentence)


RULES = registry(
    not_negated_ability,
    epistemic_could,
    hedges_could_of_a_real_referent,
)
