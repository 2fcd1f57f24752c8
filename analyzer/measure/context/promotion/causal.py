"""Causal language: a causal verb or noun ("reduce", "boost", "associated with", "causal")
relates one thing to another only in its causal sense: not an aim ("measures to reduce"), an agent
noun ("inhibitors"), a level ("elevated PSA"), an idiom, a name ("American Heart Association"), a
title ("Associate Professor") or a causal link the writer denies.

Sources: Yu et al. 2019 (causal language in health research: a causal statement relates two
variables); Sumner et al. 2014 on causal claims from correlational studies."""

from __future__ import annotations

from ..base import Context, _words_back, capitalised, registry, words
from .terms import _headline_sentence


_CLAIM_BEFORE_TO = words("claim_before_to")


def not_an_aim(c: Context) -> bool:
    """A causal verb after "to" states an aim ("measures to reduce infections", "needed to
    improve care"), not a finding that something reduces or improves anything.

    Prevents aims and recommendations reading as direct causal claims (Yu et al. 2019 label
    them "no relationship").
    """
    if c.end - c.start > 1 or c.word(c.start - 1) != "to":
        return True
    # "appears to influence", "was shown to reduce": a (hedged) claim, not an aim
    return c.word(c.start - 1) == "to" and c.word(c.start - 2) in _CLAIM_BEFORE_TO


_CAUSAL_AGENT_ENDINGS = tuple(words("causal_agent_noun_endings"))
_CAUSAL_AGENT_RELATION_AFTER = words("causal_agent_relation_after")


def causal_verb_not_agent_noun(c: Context) -> bool:
    """A causal verb's stem ("inhibit*", "block*", "boost*", "suppress*") states that one thing acts
    on another ("the drug inhibits the enzyme", "blocked the receptor"), but its agent noun names a
    thing: a drug class ("ACE inhibitors", "proton pump inhibitors", "beta blockers", "appetite
    suppressants", "pain relievers"), a device ("a nerve stimulator") or a shot ("a booster"), and
    names no relationship (Yu et al. 2019: a causal statement relates two variables; a class name
    relates none). A new user's report: "drugs such as ACE inhibitors remain the first choice" read as
    causal wording and raised the claim's certainty. "An inhibitor of the enzyme" relates two things
    and stays causal. Otherwise as ``causal_not_a_noun_use``."""
    if not causal_not_a_noun_use(c):
        return False
    if c.end - c.start > 1 or not c.word(c.start).endswith(_CAUSAL_AGENT_ENDINGS):
        return True
    return c.word(c.end) in _CAUSAL_AGENT_RELATION_AFTER


def causal_not_a_noun_use(c: Context) -> bool:
    """A causal-looking word relates one thing to another only in its causal sense: not in a noun
    that names something ("side effects", "the Urology Program"), a literal act ("raised her hand")
    or a rank ("associate editor"; ``_names_no_relation``). Yu et al. 2019 (EMNLP) label a
    sentence by the relation its finding states; these state none. A new user's report: the JSON's
    causal and correlational counts held "Urology Program", "associate editor", "raised her hand"
    and "side effects". Round 28, a journalist's reading: nor a participle naming a level ("men with
    elevated PSA"), "it's safe to say", the second half of "cause-and-effect", "an association of
    neurologists" (``_level_or_idiom``). Otherwise as ``not_an_aim``."""
    return not_an_aim(c) and not _names_no_relation(c)


_CAUSAL_NOUN_BEFORE = words("causal_noun_before")
_CAUSAL_RAISE_OBJECTS = words("causal_raise_objects")
_CAUSAL_RAISE_BETWEEN = words("causal_raise_between")
_CAUSAL_PROGRAM_OBJECTS = words("causal_program_objects")


def _names_no_relation(c: Context) -> bool:
    """The cue word in a sense that relates nothing: a compound noun ("side effects" name a harm, as
    "adverse effects" do not: they are the effects of something), a programme ("the Urology
    Program", "a weight-loss program": "program" relates two things only as a verb with an object,
    "programs the cells"), a literal raising ("raised her hand", "raised money", "raised concerns",
    "raised three children"), a rank ("associate editor", "Associate Professor":
    ``_association_named``), or any cue word capitalised in a name ("the Centers for Disease Control
    and Prevention", "the American Heart Association": ``_capitalised_in_a_name``)."""
    first = c.word(c.start)
    if _capitalised_in_a_name(c):
        return True  # "the Centers for Disease Control and Prevention", "the Urology Program"
    if first in {"effect", "effects"} and c.word(c.start - 1) in _CAUSAL_NOUN_BEFORE:
        return True  # "side effects included nausea"
    if first in {"program", "programs"}:
        # only the verb with its object relates: "program the T-cells", not "the donor program, a ..."
        return c.word(c.end) not in _CAUSAL_PROGRAM_OBJECTS or c.marks_before(c.end, ",;:.()")
    if first in {"raise", "raises", "raised"} and c.end - c.start == 1:
        k = c.end
        while k < min(c.last, c.end + 3) and c.word(k) in _CAUSAL_RAISE_BETWEEN:
            k += 1
        if c.word(k) in _CAUSAL_RAISE_OBJECTS:
            return True  # "raised her hand", not "raised the risk"
    if first.startswith("associat") and first != "associated":
        return _association_named(c) or _level_or_idiom(c)
    return _level_or_idiom(c)


def _capitalised_in_a_name(c: Context) -> bool:
    """A cue word capitalised inside a sentence that is not a headline is part of a name: a body
    ("the Centers for Disease Control and Prevention", "the American Heart Association", "the
    Cancer Prevention Institute"), a programme ("the Urology Program") or a title ("the Fibromyalgia
    Impact Questionnaire"). Not at the sentence's start, where a capital proves nothing, nor after a
    colon or an opening quote; the name's run (its capitalised words before it) is left out when
    the sentence is measured for a headline (``_headline_sentence``)."""
    if c.at_sentence_start or not capitalised(c.surface(c.start)):
        return False
    if any(mark in c.gap_before(c.start) for mark in ':"\u201c('):
        return False  # "MORE: Surprising Benefits", a quoted title's first word
    run_start = c.start
    while run_start - 1 > c.first and capitalised(c.surface(run_start - 1)):
        run_start -= 1
    return not _headline_sentence(c, run_start, c.end)


_ASSOCIATE_TITLES = words("associate_titles")
_ASSOCIATE_NOUN_BEFORE = words("associate_noun_before")


def _association_named(c: Context) -> bool:
    """"Association", "Associate(s)" as a name or a rank: capitalised inside a sentence that is
    not a headline ("the American Heart Association recommends", "The Association makes no
    representation", "Skin Research Associates"), or "associate" before a title or a specialist
    ("associate editor", "associate clinical professor", "an associate epidemiologist") or after a
    determiner or a rank's modifier ("a research associate", "an associate at the institute")."""
    first = c.word(c.start)
    if _capitalised_in_a_name(c):
        return True  # "the American Heart Association", not "Study Finds Association Between ..."
    if first not in {"associate", "associates"}:
        return False
    following = [c.word(c.end), c.word(c.end + 1)]
    if any(w in _ASSOCIATE_TITLES or w.endswith(("ist", "ists", "ician", "icians")) for w in following):
        return True  # "associate editor", "associate clinical professor", "associate epidemiologist"
    return c.word(c.start - 1) in _ASSOCIATE_NOUN_BEFORE  # "a research associate", "an associate at"


_CAUSAL_LEVEL_ADJECTIVES = words("causal_level_adjectives")
_CAUSAL_LEVEL_BEFORE = words("causal_level_before")
_CAUSAL_LEVEL_NOT_NOUN = words("causal_level_not_noun")
_CAUSAL_SAFE_IDIOM_VERBS = words("causal_safe_idiom_verbs")
_ASSOCIATION_MEMBERS = words("association_members")
_PARTICIPATION_OBJECTS = words("causal_participation_objects")
_PARTICIPATION_BETWEEN = words("causal_participation_between")
_PARTICIPATION_PROCESSES = words("causal_participation_processes")
_PARTICIPANTS = words("causal_participants")


def _level_or_idiom(c: Context) -> bool:
    """A participle before a noun names a level ("men with elevated PSA", "an elevated heart rate":
    the clinical sense, a reading above normal), not an act of raising it; "safe to say" is a hedge
    of the writer, not a safety claim; "effect" inside "cause-and-effect" is the compound's second
    half (the compound is read once, at "cause": ``causal_not_denied``); "an association of
    neurologists" is a body of people (a journalist's reading of counted findings, round 28);
    "involved in the study" is a person's part in research, not a mechanism (a new user, round 26:
    the outside expert "who was not involved in the work" read as a causal claim); "the
    development" only with a person in the clause before ("we were pleased to be involved in the
    development of CAM2038"), as a disease has one too ("homocysteine may be involved in the
    development of Alzheimer's": round 26 mends)."""
    first, after = c.word(c.start), c.word(c.end)
    if first == "involved":
        k = c.end
        while k < min(c.last, c.end + 3) and c.word(k) in _PARTICIPATION_BETWEEN:
            k += 1
        if c.word(k) in _PARTICIPATION_PROCESSES:  # "the team involved in the development", not "of autism"
            return bool(_PARTICIPANTS.intersection(c.tokens.words[c.back_to_break(c.start, ",;:"):c.start]))
        return c.word(k) in _PARTICIPATION_OBJECTS  # "involved in this research", not "in cholesterol transport"
    if first in _CAUSAL_LEVEL_ADJECTIVES and c.end - c.start == 1:
        before_ok = c.at_sentence_start or c.word(c.start - 1) in _CAUSAL_LEVEL_BEFORE
        return before_ok and after.isalpha() and after not in _CAUSAL_LEVEL_NOT_NOUN
    if first == "safe":
        return after == "to" and c.word(c.end + 1) in _CAUSAL_SAFE_IDIOM_VERBS  # "it's safe to say"
    if first == "effect" and c.word(c.start - 1) == "and" and c.word(c.start - 2) == "cause":
        return "-" in c.gap_before(c.start)  # "a cause-and-effect link": counted once, at "cause"
    if first == "association" and after == "of":
        member = c.word(c.end + 1)
        return member in _ASSOCIATION_MEMBERS or member.endswith(("ists", "ians"))
    return False


def correlation_not_a_title(c: Context) -> bool:
    """"Associate" relates two things as a verb or in "associated with", "an association between",
    not in a rank ("an associate editor", "Associate Professor Jane Roe", "a research associate"),
    nor in a body's name ("Smith & Associates", "the American Heart Association"): Yu et al. 2019
    (EMNLP) correlational cues state an association between two variables. A new user's report:
    "associate editor" read as a correlational cue."""
    return not _names_no_relation(c)


_CAUSAL_DENIALS = words("causal_denials")
_CAUSAL_DENIAL_BRIDGE = words("causal_denial_bridge")
# How far back a denial may stand: "did not find any clear evidence of a causal link".
_CAUSAL_DENIAL_REACH = 8


def causal_not_denied(c: Context) -> bool:
    """"Causal" names a causal relationship the writer asserts ("play a causal role", "have causal
    effects") unless the clause denies it: "the study does not show a causal link", "no causal
    effect", "a lack of causal evidence", "associative rather than causal" (a new user's report).
    A denied causal link is no causal claim (Yu et al. 2019: a finding's level is the relation it
    states; one that denies causation states none, and its "link between" or "association", if
    any, keeps it correlational). The denial must govern the adjective: only determiners, degree
    words and verbs of showing or finding may stand between ("cannot be discounted as being
    somewhat causal" asserts it). "cause" is read so only in the compound "cause-and-effect" (round
    28: "did not prove a cause-and-effect link" read as two causal cues). Otherwise as
    ``causal_not_a_noun_use``."""
    if not causal_not_a_noun_use(c):
        return False
    if c.word(c.start) == "cause" and not _cause_and_effect(c):
        return True  # the verb or noun "cause" alone: a denied cause stays as it was read
    back = _words_back(c, _CAUSAL_DENIAL_REACH, ",;:.!?")
    for word in reversed(back):
        if word in _CAUSAL_DENIALS or word.endswith("n't"):
            return False
        if word not in _CAUSAL_DENIAL_BRIDGE:
            return True
    return True


def _cause_and_effect(c: Context) -> bool:
    """"cause-and-effect" written as one compound adjective ("a cause-and-effect link"): it names a
    causal relationship as "causal" does, and is denied as "causal" is ("did not prove a
    cause-and-effect link")."""
    return (c.word(c.end) == "and" and c.word(c.end + 1) == "effect" and "-" in c.gap_before(c.end)
            and "-" in c.gap_before(c.end + 1))


RULES = registry(
    not_an_aim,
    causal_verb_not_agent_noun,
    causal_not_a_noun_use,
    correlation_not_a_title,
    causal_not_denied,
)
