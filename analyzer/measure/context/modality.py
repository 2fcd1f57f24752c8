"""Hedges and boosters: whether a modal, an approximator or a certainty word judges the likelihood of
a claim here (epistemic modality), or says what someone can, will or must do, or reports a result.

A modal hedges only in its epistemic sense (Coates 1983, The Semantics of the Modal Auxiliaries; Palmer
2001, Mood and Modality; Hyland 1998 counts only the epistemic uses as hedges). BioScope abstracts hold
few root uses, so the hedge model cannot learn them: these rules name their syntactic signals.
"""

from __future__ import annotations

from .base import Context, _is_number, _words_back, capitalised, negates, pattern, unbroken, words, registry


_MONTH_CONTEXT = words("month_context")


def may_not_month(c: Context) -> bool:
    """"may" the modal, not May the month ("in May 2019", "on 5 May", "May 12").

    Prevents counting dates in news copy as hedges. Only the capitalised form can be the month.
    """
    if c.surface(c.start) != "May":
        return True
    after, before = c.word(c.end), c.word(c.start - 1)
    return not (after[:1].isdigit() or before in _MONTH_CONTEXT or before[:1].isdigit())


def not_negated_ability(c: Context) -> bool:
    """"could not" / "couldn't" state what was not possible ("we could not detect it").

    Prevents counting reports of inability as hedging (Hyland 2005 lists "could" as a hedge
    only in its epistemic sense). "could not be excluded" is listed as its own hedge phrase.
    """
    return c.word(c.end) not in {"not", "n't"} and c.word(c.start) != "couldn't"


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
    return c.word(c.end) not in {"about", "of", "through", "back", "ahead", "twice", "so"}


_HEDGES_THINK_MANNER = words("hedges_think_manner")
_HEDGES_THINK_MANNER_FLAT = words("hedges_think_manner_flat")
_HEDGES_THINK_MANNER_FOLLOWERS = words("hedges_think_manner_followers")
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


def _flat_adverb_ends_phrase(c: Context) -> bool:
    """The flat adverb after "think" ("hard", "straight") modifies the verb: a break or a word that
    opens no noun phrase follows ("think hard about it", "could not think straight."). These words
    are adjectives too (Quirk et al. 1985, 7.7: flat adverbs), and before a noun they open the
    subject of the content clause "think" takes ("I think hard evidence is lacking", "I think
    straight answers are rare"): the hedge. Round 27: the review's three sentences lost their hedge."""
    then = c.end + 1
    return c.marks_before(then, _CLAUSE_OR_SENTENCE_END) or c.word(then) in _HEDGES_THINK_MANNER_FOLLOWERS \
        or c.word(then) == ""


def _disbelief(c: Context) -> bool:
    """"I never thought it would work", "never in my wildest dreams did I believe": a belief
    denied after the fact, which marks an outcome as beyond expectation (surprise, like "couldn't
    believe"), not a claim held with reserve (Hyland 2005: hedging "think" and "believe" state
    the writer's tentative commitment). The "never" negates the belief: right before it, or
    fronted with "did" ("never ... did I think", Quirk et al. 1985, 18.24, negative inversion)."""
    if "never" in c.before(2):
        return True
    return "did" in c.before(3) and "never" in _words_back(c, 9, ",;:")


def likely_not_attributive(c: Context) -> bool:
    """"likely" before a noun after an article ("a likely story") or as a comparison of risk
    ("women are more likely to ...", "twice as likely") is not the writer hedging.

    Prevents counting epidemiological comparisons, which are findings, as uncertainty.
    """
    before = c.word(c.start - 1)
    if before in {"more", "less", "most", "least", "as", "equally", "times", "twice"}:
        return False
    return not (before in {"a", "an", "the"} and c.word(c.end) not in {"to", "that", "be", ""})


def appear_with_complement(c: Context) -> bool:
    """"appears to", "appears that", "appears safe" hedge; "symptoms appear within hours",
    "the study appeared in JAMA", "appear." (come into view) do not.

    Prevents counting the literal sense of "appear" (Prokofieva & Hirschberg 2014 hedge guide).
    """
    following = c.word(c.end)
    literal = {"in", "on", "at", "within", "after", "before", "during", "from", "with", "when",
               "among", "between", "around", "online", "until", "as", "and", "or", ""}
    if following in literal or _time_follows(c, c.end):
        return False
    if any(w in {"make", "makes", "made", "making"} for w in c.before(3)):
        return False  # "makes skin appear plump": appear = look (perception), not evidential
    return "." not in c.gap_before(c.end) and "," not in c.gap_before(c.end)


_HEDGES_APPEAR_TIME_ADVERBS = words("hedges_appear_time_adverbs")
_HEDGES_TIME_DETERMINERS = words("hedges_time_determiners")
_HEDGES_TIME_NOUNS = words("hedges_time_nouns")


def _time_follows(c: Context, k: int) -> bool:
    """A time adverb or a phrase of time at ``k``: "appear today in NEJM", "appears this week
    in Nature", "symptoms appear suddenly". Epistemic "appear" takes a complement (a "to"
    infinitive, a "that" clause, an adjective: Quirk et al. 1985, 16.44), never an adjunct of
    time alone, so a time adjunct marks the verb of publication or of coming into view (round
    9c: "which appear today in the New England Journal" counted as a hedge)."""
    word = c.word(k)
    if word in _HEDGES_APPEAR_TIME_ADVERBS:
        return True
    return word in _HEDGES_TIME_DETERMINERS and c.word(k + 1).rstrip("s") in _HEDGES_TIME_NOUNS


_QUANTITY_NOUNS = words("quantity_nouns")
_QUANTITY_VERBS = words("quantity_verbs")
_HEDGE_DETERMINERS = frozenset({"the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "them", "us"})


def _clock_after(c: Context, k: int) -> bool:
    """The words from ``k`` finish a time of day: "3 pm", "10 a.m.", "7 o'clock", "10:30"."""
    after = c.word(k)
    if after in {"am", "pm", "o'clock"} or after in {"a", "p"} and c.word(k + 1) == "m":
        return True
    return after[:1].isdigit() and ":" in c.gap_before(k)


def before_a_number(c: Context) -> bool:
    """Approximators ("about", "around", "some", "up to") hedge only before a quantity.

    Prevents "a book about depression", "around the clock" or a clock time ("around 3pm")
    counting as approximation (Salager-Meyer 1994: approximators qualify quantities; a time of
    day in a story or a schedule is no claim hedged).
    """
    following = c.word(c.end)
    if c.word(c.start) == "up" and not _up_to_approximates(c):
        return False
    if following == "one" and c.word(c.end + 1) == "of" and c.word(c.end + 2) in _HEDGE_DETERMINERS:
        return False  # "a story about one of the inventors": a person picked out, not a count
    if _HEDGES_CLOCK_TIME.fullmatch(following) or _is_number(following) and _clock_after(c, c.end + 1):
        return False  # "a nap around 3pm", "about 10 a.m.": a time of day, not a quantity claimed
    if following in {"a", "an"} and c.word(c.end + 3) == "old":
        return False  # "a story about a 48 year old woman": an age that describes, not a count
    if following in {"a", "an"}:  # "about a week", "nearly a third"; not "talk about a fruit"
        return c.word(c.end + 1) in _QUANTITY_NOUNS or _is_number(c.word(c.end + 1))
    return _is_number(following)


_HEDGES_ADD_VERBS = words("hedges_add_verbs")
_HEDGES_CAPACITY_VERBS = words("hedges_capacity_verbs")
_HEDGES_RATE_WORDS = frozenset({"a", "an", "per", "each", "every", "daily", "weekly"})


def _up_to_approximates(c: Context) -> bool:
    """"up to" approximates an uncertain share or count ("up to 30 percent of patients"), not
    a ceiling that a rule, a dose or a device sets: "adds up to 180 calories" (the verb "add up
    to", a sum), "use it up to four times a day" (a dose limit, as a label states it: FDA 21 CFR
    201.57, dosage and administration), "the machine can analyse up to 10,000 cells" (a
    capacity). A limit is exact, not vague (Channell 1994, Vague Language: approximators make a
    number vague; Salager-Meyer 1994)."""
    if c.word(c.start - 1) in _HEDGES_ADD_VERBS:
        return False  # "which adds up to 180 calories": a total
    for k in range(c.end + 1, min(c.last, c.end + 3)):
        if c.word(k) == "times":
            # "up to four times a day": how often a dose may be taken; but "up to 20 times more
            # effective", "hold up to 1,000 times its weight": a multiple claimed, kept vague
            return c.word(k + 1) not in _HEDGES_RATE_WORDS
    if c.word(c.end + 1) in {"percent", "%", "per", "of"} or c.word(c.end).endswith("%"):
        return True  # "can affect up to 30 percent of patients": a share, vague as a claim
    back = [c.word(k) for k in range(max(c.first, c.start - 5), c.start)]
    able = any(w in {"can", "could", "able", "will"} for w in back)
    return not (able and any(w in _HEDGES_CAPACITY_VERBS for w in back[-2:]))


# A modal hedges only in its epistemic sense, where the writer judges how likely a claim is.
# Its root senses (ability, permission, volition, obligation, advice) say what someone can,
# will or must do (Coates 1983, The Semantics of the Modal Auxiliaries; Palmer 2001, Mood and
# Modality; Hyland 1998 counts only the epistemic uses as hedges). BioScope abstracts hold few
# root uses, so the hedge model cannot learn them: these rules name their syntactic signals.
_CLAUSE_OPENERS = words("clause_openers")
_NEGATIVE_SUBJECTS = words("negative_subjects")
_MODAL_ADVERBS = words("modal_adverbs")
_ABILITY_AFTER_COULD = words("ability_after_could")
_ABILITY_VERBS = words("ability_verbs")
_RESEARCH_ABILITY_VERBS = words("research_ability_verbs")
_REPORTED_PAST = words("reported_past")
_VOLITION_VERBS = words("volition_verbs")
_COMMITMENT_ADVERBS = words("commitment_adverbs")
_HABIT_ADVERBS = words("habit_adverbs")
_ADVICE_VERBS = words("advice_verbs")
_ADVISED_SUBJECTS = words("advised_subjects")
_EXPECTATION_VERBS = words("expectation_verbs")
_DEGREE_SUPERLATIVES = words("degree_superlatives")
_PERMITTED_ACTS = words("permitted_acts")
_PAST_TENSE = words("past_tense")
_NOT_PAST = words("not_past")
_BACKSHIFT_OPENERS = frozenset({"that", "if", "whether", "what", "how"})
_BACKSHIFT_REACH = 3  # the past verb governs the clause: "knowing that", "decided last night that"
_POSSIBLE_FRAMES = words("possible_frames")
# A person as the subject of "could never" (or one elided after "but", "and"): ability.
_PERSONAL_SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they", "but", "and"})
_PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
_UNDERGONE_VERBS = words("undergone_verbs")
_CLAUSE_PUNCTUATION = frozenset(",;:()\"“”")
# A clause break or the end of a sentence.
_CLAUSE_OR_SENTENCE_END = _CLAUSE_PUNCTUATION | frozenset(".!?")
# Round 3 (hedges): who "would" is habit, intention or hypothesis for, and the narrative frame.
_HEDGES_PERSONAL_SUBJECTS = words("hedges_personal_subjects")
_HEDGES_NARRATIVE_ADVERBS = words("hedges_narrative_adverbs")
_HEDGES_NARRATIVE_OPENERS = words("hedges_narrative_openers")
_HEDGES_PRESENT_FINITE = words("hedges_present_finite")
_HEDGES_STORY_WORDS = words("hedges_story_words")
_NARRATIVE_REACH = 12
# Factive verbs present their "that" clause as known (Kiparsky & Kiparsky 1970): "we knew that
# the hormone could lower lipids" is the past of "can", a known capacity, not doubt.
_HEDGES_FACTIVE_VERBS = words("hedges_factive_verbs")
# "almost overnight", "nearly instantly": a hyperbole of speed, not a measured quantity.
_HEDGES_IMMEDIACY = words("hedges_immediacy")
_HEDGES_CLOCK_TIME = pattern("hedges_clock_time")
_HEDGES_NAMING_VERBS = words("hedges_naming_verbs")
_HEDGES_RATE_COMPARATORS = words("hedges_rate_comparators")
_HEDGES_PERSONAL_CONTRACTIONS = words("hedges_personal_contractions")
_HEDGES_TENTATIVE_VERBS = words("hedges_tentative_verbs")
# "Future studies should test ...": research recommended, deontic (Hyland 1998, ch. 5).
_HEDGES_RESEARCH_SUBJECTS = words("hedges_research_subjects")
_HEDGES_RESEARCH_TASKS = words("hedges_research_tasks")
# Singular persons advised in "every woman who ... should", "anyone who ... should".
_HEDGES_ADVISED_PERSONS = words("hedges_advised_persons") | words("hedges_advised_generic")
_HEDGES_PREFERENCE_AFTER_WOULD = words("hedges_preference_after_would")
_HEDGES_ITERATIVE_OPENERS = words("hedges_iterative_openers")
_HEDGES_ASSERTED_POSSIBLE = words("hedges_asserted_possible")
_HEDGES_CLAUSE_BREAKS = frozenset(",;:")
_HEDGES_POINTER_VERBS = words("hedges_pointer_verbs")
_HEDGES_INFERENCE_ASIDES = words("hedges_tentative_verbs") | words("hedges_inference_asides")


def _clause_start(c: Context, reach: int = 10) -> int:
    """Index of the first word of the candidate's clause (at most ``reach`` words back): the
    scan stops at punctuation and at a word that opens a clause ("that", "if", "which")."""
    k = c.start
    while k > max(c.first, c.start - reach):
        if c.marks_before(k, _CLAUSE_PUNCTUATION):
            break
        k -= 1
        if c.tokens.words[k] in _CLAUSE_OPENERS:
            break
    return k


def _verb_after(c: Context) -> int:
    """Index of the verb after a modal: the next word, past adverbs ("could actually feel")."""
    k = c.end
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _COMMITMENT_ADVERBS:
        k += 1
    return k


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
    start = _clause_start(c)
    clause = c.tokens.words[start:c.start]
    if any(w in _NEGATIVE_SUBJECTS for w in clause) or any(w.startswith("wish") for w in clause):
        return False
    if clause[:1] == ["that"] and c.word(start - 1) == "so":  # purpose: "so that she could"
        return False
    if clause[:1] == ["that"] and any(w in _FINDING_PAST or w in _HEDGES_FACTIVE_VERBS
                                      for w in c.tokens.words[max(c.first, start - 3):start]):
        return False  # past of "can" in a known fact: "they found that", "we knew that it could"
    if _finding_without_that(c, start):
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
    if c.word(k - 1) in {"and", "or", "but", "not", "even", "just"}:
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


def _is_past(word: str) -> bool:
    return word in _PAST_TENSE or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST)


def _backshifted(c: Context) -> bool:
    """A "would" in a clause opened by "that", "if", "whether", "what" after a past-tense verb:
    "I was skeptical that this would work", "they tried to find what birth they would have".
    Also with "that" left out (``_zero_that_backshift``)."""
    if _zero_that_backshift(c):
        return True
    for k in range(c.start - 1, c.first, -1):
        if c.tokens.words[k] in _BACKSHIFT_OPENERS:
            frame = c.tokens.words[max(c.first, k - _BACKSHIFT_REACH):k]
            # "was stoked that", "decided last night that"; not "is unexpected that" (present)
            return any(_is_past(w) for w in frame) and not any(w in {"is", "are", "am"} for w in frame)
    return False


def _zero_that_backshift(c: Context) -> bool:
    """The future in the past with "that" left out: "he didn't expect there would be any
    treatment", "we made sure they would survive", "there wasn't any evidence it would work".
    A content clause may drop "that" (Quirk et al. 1985, 15.3 and 14.31: zero "that"); its
    "would" then moves a past expectation forward (the future in the past, 4.58; Coates 1983,
    ch. 8), and reports what someone expected or made sure of then, not the writer's tentative
    claim. Read only where the clause's subject is a pronoun or "there" right before "would",
    the word before it opens no clause of its own, and the matrix clause before it (up to a
    comma, at most five words) holds a past-tense verb and no present one; a conditional ("if
    the drug worked they would ...") is a hypothesis, not a backshift, and stays a hedge.
    Round 10: the future in the past recurred in the dev hedges."""
    subject = c.word(c.start - 1)
    if subject not in _HEDGES_ZERO_THAT_SUBJECTS or c.marks_before(c.start - 1, _CLAUSE_OR_SENTENCE_END):
        return False
    if c.word(c.start - 2) in _CLAUSE_OPENERS or c.word(c.start - 2) in _BACKSHIFT_OPENERS:
        return False  # an opener is there: the "that" rule or the clause rules read it
    frame: list[str] = []
    for k in range(c.start - 2, max(c.first, c.start - 7) - 1, -1):
        frame.insert(0, c.tokens.words[k])
        if c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
            break
    if len(frame) < 2 or any(w in _HEDGES_CONDITIONAL_OPENERS for w in c.tokens.words[c.first:c.start]):
        return False
    past = any(_is_past(w) or w in _HEDGES_PAST_AUXILIARIES for w in frame)
    return past and not any(w in _HEDGES_PRESENT_FINITE for w in frame)


_HEDGES_ZERO_THAT_SUBJECTS = words("hedges_zero_that_subjects")
_HEDGES_PAST_AUXILIARIES = words("hedges_past_auxiliaries")
_HEDGES_CONDITIONAL_OPENERS = words("hedges_conditional_openers")


def epistemic_would(c: Context) -> bool:
    """"would" hedges as a tentative conclusion ("this would explain the difference"), not as
    the future of a past moment ("she said it would help", "we decided that I would try it",
    "they wanted to find out if it would work"), volition ("I would recommend it", "I definitely
    would buy again"), a counterfactual "I would have saved money", past habit ("he would often
    skip meals") or an offer ("Would you like to share a tip?").

    Prevents reported speech and testimonials counting as the writer's doubt (Coates 1983 ch. 8;
    Palmer 2001 on reported and volitional "would"; BioScope leaves "we hypothesized that X
    would ..." unannotated: the hypothesis verb is the cue). The compound adjective "would-be"
    ("would-be parents", "would-be quitters": people who intend or hope to be) holds no modal at
    all (Quirk et al. 1985, I.4: hyphenated compounds as premodifiers).
    """
    if c.text[c.match_end:c.match_end + 1] in _HYPHENS:
        return False  # "would-be patients", "would-be quitters": an adjective of intent, no modal
    before = c.tokens.words[c.first:c.start]
    if any(w in _REPORTED_PAST for w in before) or _backshifted(c) or _narrative_past(c):
        return False
    if c.word(_verb_after(c)) in _HEDGES_PREFERENCE_AFTER_WOULD or _habitual_would(c) or _elliptical_would(c):
        return False
    if _counterfactual_past(c) or _personal_would(c):
        return False
    if c.word(_verb_after(c)) == "have" and c.word(_verb_after(c) + 1) == "to":
        return False  # "they would have to test 23 people": a necessity under a supposition (root)
    subject, verb = c.word(c.start - 1), c.word(_verb_after(c))
    if subject in _COMMITMENT_ADVERBS or c.word(c.end) in _HABIT_ADVERBS:
        return False
    if subject in _PERSONAL_PRONOUNS and verb in _VOLITION_VERBS or subject == "i" and verb == "have":
        return False  # "he would recommend the device": volition, reported or not
    if _in_indirect_question(c) or _in_a_question(c):
        return False  # "a test of whether it would improve outcomes", "but would it work for us?"
    if _comparative_standard(c):
        return False  # round 16: "than good sleepers would have", "as pills would"
    if _would_of_a_study_plan(c):
        return False  # round 25: "the phase 3 study would enroll 300 patients"
    return not (c.at_sentence_start and c.word(c.end) == "you")


_HEDGES_STUDY_SUBJECTS = words("hedges_study_subjects")
_HEDGES_STUDY_PLAN_VERBS = words("hedges_study_plan_verbs")
_HEDGES_STUDY_SCHEDULE_STATES = words("hedges_study_schedule_states")


def _would_of_a_study_plan(c: Context) -> bool:
    """"would" tells the design or schedule of a study: "the phase 3 study would enroll new
    patients", "the ideal trial would randomly assign women", "a detailed analysis would be
    submitted to a congress", "results would not be available for two years". It reports a plan,
    the future seen from a past statement or a design imagined (Quirk et al. 1985, 4.58-4.59:
    "would" as the future in the past), and holds no tentative claim about a result; the claim
    verbs ("the study would show", "a trial would be needed") keep the hedge. Round 25: dev hedges
    counted such plans in four stories."""
    if c.word(c.start - 1) not in _HEDGES_STUDY_SUBJECTS:
        return False
    k = _verb_after(c)
    if c.word(k) == "not":
        k += 1
    if c.word(k) == "be":
        return c.word(k + 1) in _HEDGES_STUDY_SCHEDULE_STATES
    return c.word(k) in _HEDGES_STUDY_PLAN_VERBS


def _habitual_would(c: Context) -> bool:
    """A "would" after a clause of repeated past occasions: "every time I had a problem it would
    be one more pound", "whenever she tried a diet she would quit" (Quirk et al. 1985, 4.50:
    habitual "would" in narrative; 8.63: iterative "whenever", "every time"). A habit told, not a
    claim's likelihood judged."""
    before = c.tokens.words[c.first:c.start]
    openers = set(before) | {f"{a} {b}" for a, b in zip(before, before[1:])}
    return bool(openers & _HEDGES_ITERATIVE_OPENERS) and any(_is_past(w) for w in before)


def _elliptical_would(c: Context) -> bool:
    """A "would" that ends its clause with its verb left out: "doing everything they claimed they
    would", "it worked just as I hoped it would". Post-auxiliary ellipsis points back to a
    predicate already stated (Quirk et al. 1985, 12.21), so the modal restates someone's promise
    or expectation; it qualifies no new claim. Only in a past frame: "the odds are very good that
    they would" predicts (epistemic). "Would it?" is left to the question rule."""
    ends = c.end >= c.last or c.marks_before(c.end, _HEDGES_CLAUSE_BREAKS | {".", "!", ")"})
    frame = c.tokens.words[c.first:c.start]
    told = any(_is_past(w) for w in frame) and not any(w in _HEDGES_PRESENT_FINITE for w in frame)
    return ends and told and c.word(c.start - 1) in _PERSONAL_PRONOUNS | {"it"}


def _counterfactual_past(c: Context) -> bool:
    """"would have" + participle: an unreal past ("a century ago she would have died", "if he
    had known, he would have stopped"), which states the stakes or a regret, not a tentative
    conclusion (Palmer 2001, ch. 8, past counterfactuals; Quirk et al. 1985, 14.23).

    Round 26: negated too ("tumours that would never have killed them", "most of the men would
    not have died of the cancer": the unreal past denied, which tells what was spared, Huddleston
    & Pullum 2002, 3.9.2 on the modal remote perfect), and with "been" ("there would have been
    no legal way", "ordinarily would not have been considered"), the participle of "be"."""
    k = _verb_after(c)
    while c.word(k) in _HEDGES_COUNTERFACTUAL_NEGATORS:
        k = _skip_adverbs(c, k + 1)
    participle = c.word(_skip_adverbs(c, k + 1))
    return c.word(k) == "have" and (_is_participle(participle) or participle.endswith("ed") or participle == "been")


_HEDGES_COUNTERFACTUAL_NEGATORS = words("hedges_counterfactual_negators")


def _skip_adverbs(c: Context, k: int) -> int:
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _COMMITMENT_ADVERBS:
        k += 1
    return k


def _personal_would(c: Context) -> bool:
    """"would" after a first- or second-person or human third-person pronoun ("I would lose a
    pound, then gain it", "we would hope to", "the data we would find for a drug", "she would
    be following the routine"): a person's past habit, intention or hypothetical action, not the
    writer's judgement of how likely a claim is (Coates 1983, ch. 8: habitual, volitional and
    hypothetical "would" take agentive subjects; epistemic "would" a proposition). Except before
    a verb of saying or expecting: "I would say", "we would expect" soften the speaker's own
    claim (Hyland 2005: "would" as a hedge of the writer's commitment)."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _COMMITMENT_ADVERBS or c.word(k) in _HEDGES_NARRATIVE_ADVERBS:
        k -= 1
    if c.word(_verb_after(c)) in _HEDGES_TENTATIVE_VERBS:
        return False  # "I would say about 15 percent", "I would expect most to be": a hedged claim
    return c.word(k) in _HEDGES_PERSONAL_SUBJECTS


def _narrative_past(c: Context) -> bool:
    """A "would" in a relative or subordinate clause of a past-tense narrative sentence: "one
    night she made a discovery that would change the industry", "she was determined to find a
    cream that would work" (the future in the past, Quirk et al. 1985, 4.58). The frame is the
    sentence before the clause opener; a present-tense verb there ("it is likely that") keeps
    the reading open. Only in a story told of people (a third-person or first-person singular
    pronoun or a possessive in the frame): in a research report "we tested whether the stress
    induced a change that would culminate in ..." is the authors' inference, a speculation cue
    in BioScope (Vincze et al. 2008)."""
    start = _clause_start(c, reach=_NARRATIVE_REACH)
    if start >= c.start or c.word(start) not in _HEDGES_NARRATIVE_OPENERS:
        return False
    frame = c.tokens.words[c.first:start]
    told = any(w in _HEDGES_STORY_WORDS for w in frame)
    return told and any(_is_past(w) for w in frame) and not any(w in _HEDGES_PRESENT_FINITE for w in frame)


def epistemic_should(c: Context) -> bool:
    """"should" hedges as an expectation ("you should start to feel better in six weeks", "the
    results should be out soon"), not as advice or obligation: "you should ask your doctor",
    "they should not do both", "investors should click", "we should see whether ...",
    "wondering whether women should stop", "experts recommend that it should be offered", a
    passive "it should be regulated", a question "Should you take it?", a title "You Should Know".

    Prevents advice counting as hedging (Coates 1983: root "should" = it is advisable, with an
    animate subject or a passive; Palmer 2001, deontic modality). Kept where BioScope counts it:
    "these results should be useful".
    """
    if c.surface(c.start) == "Should" and not c.at_sentence_start:
        return False  # a title: "More 'You Should Know' Stories"
    if c.at_sentence_start and c.sentence.rstrip().endswith("?"):
        return False
    start = _clause_start(c)
    if c.word(start) in {"whether", "if"} and start < c.start:
        return False  # an indirect question asks for advice: "wondering if women should stop"
    if any(w in _ADVICE_VERBS for w in c.tokens.words[c.first:c.start]):
        return False
    k = _verb_after(c)
    negated = c.word(k) in {"not", "n't"}
    k += negated  # "should not be relied on": the negation leaves the passive deontic
    verb = c.word(k)
    if verb == "see" and c.word(k + 1) in {"whether", "if", "how"}:
        return False
    if verb == "be" and _is_participle(c.word(k + 1)):
        return False  # a passive is deontic: "she should be banned", "women should be heard"
    if _should_as_a_norm(c):
        return False
    subject = _subject_past_aside(c)
    if c.word(start) in {"who", "that"} and c.word(start - 1) in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS:
        subject = c.word(start - 1)  # "every woman who wants to lose weight should try it"
    if subject in _HEDGES_RESEARCH_SUBJECTS and verb in _HEDGES_RESEARCH_TASKS:
        return False  # "future studies should test yoga": research told what to do (deontic)
    advised = subject in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS
    return not (advised and (negated or verb not in _EXPECTATION_VERBS))  # "people should not start"


def _should_as_a_norm(c: Context) -> bool:
    """"not as good as it should be", "more often than they should": the standard a thing is
    measured against, "should" of what is right or desirable (Quirk et al. 1985, 4.60: putative
    and normative "should"; Coates 1983, ch. 4, root SHOULD), not a likelihood."""
    before, subject = c.word(c.start - 2), c.word(c.start - 1)
    return subject == "than" or before in {"as", "than"} and subject in _PERSONAL_PRONOUNS | {"it"}


def _subject_past_aside(c: Context) -> str:
    """The word before the modal, or, past a short comma-bounded aside ("People with ulcers, for
    example, should hold off"), the advised person named before the aside. An aside of inference
    ("these people, we propose, should not show it") makes the modal a prediction: kept."""
    if "," not in c.gap_before(c.start):
        return c.word(c.start - 1)
    k = c.start - 1
    while k > max(c.first, c.start - 4) and "," not in c.gap_before(k):
        k -= 1
    if k <= c.first or "," not in c.gap_before(k):
        return c.word(c.start - 1)
    if any(w in _HEDGES_INFERENCE_ASIDES for w in c.tokens.words[k:c.start]):
        return c.word(c.start - 1)  # "evening people, we propose, should not show it": a prediction
    named = [w for w in c.tokens.words[max(c.first, k - 6):k] if w in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS]
    return named[0] if named else c.word(c.start - 1)


def supposed_as_hearsay(c: Context) -> bool:
    """"is supposed to lower cholesterol" reports what is said of a thing (a hedge); "I'm
    supposed to tap the red fish", "you're supposed to take it with food" state a duty.

    Prevents the deontic "be supposed to" with a personal subject counting as a hedge (Palmer
    2001, 3.2: "be supposed to" is deontic with an agent, evidential of a proposition).
    """
    back = [w for w in c.before(3) if w not in _MODAL_ADVERBS]
    return not any(w in _HEDGES_PERSONAL_SUBJECTS or w in _HEDGES_PERSONAL_CONTRACTIONS or w == "you"
                   for w in back[-2:])


def possible_as_likelihood(c: Context) -> bool:
    """"possible" hedges as likelihood ("a possible link", "it is possible that"), not as a
    degree ("as soon as possible", "the lowest possible price", "the best results possible") or
    a condition ("if possible", "where possible").

    Prevents fixed phrases of degree counting as doubt (Hyland 1998 lists "possible" as an
    epistemic adjective; its degree uses are not epistemic).
    """
    if c.word(c.start - 1) in _HEDGES_ASSERTED_POSSIBLE:
        return False  # "perfect skin is truly possible": feasibility asserted, nothing left open
    if c.before(3)[-2:] == ["at", "all"] and c.word(c.start - 3) in _POSSIBLE_FRAMES:
        return False  # "if at all possible": the condition "if possible", with "at all" inside
    if _possible_as_feasibility(c):
        return False
    return not (c.word(c.start - 1) in _POSSIBLE_FRAMES
                or any(w in _DEGREE_SUPERLATIVES for w in c.before(3)))


_HEDGES_FEASIBILITY_MEANS = words("hedges_feasibility_means")
_HEDGES_AFTER_PREDICATIVE_POSSIBLE = words("hedges_after_predicative_possible")


def _possible_with_its_enabler(c: Context) -> bool:
    """"possible" as the object complement of "make" ("a new table makes this possible", "the
    work may make a same-day repair possible": Quirk et al. 1985, 16.44, complex-transitive
    complementation) or as a predicate followed by the means that enable it ("diagnosis is
    possible through this scanner", "the study was possible thanks to a grant"). Either way the
    sentence names what makes the thing feasible, root (dynamic) possibility (Palmer 2001, ch. 3),
    and leaves no proposition open; a modal on "make" is its own finding. Only where "possible"
    is predicative (its clause ends or a preposition follows it), not "make the possible gains
    clearer". Round 26: dev hedges counted "may make that possible", "make this possible in people",
    "the research was possible through a partnership"."""
    after = c.word(c.end)
    predicative = (c.end >= c.last or c.marks_before(c.end, _CLAUSE_OR_SENTENCE_END)
                   or after in _HEDGES_AFTER_PREDICATIVE_POSSIBLE)
    if not predicative:
        return False
    if after in _HEDGES_FEASIBILITY_MEANS:
        return True
    clause = c.tokens.words[c.back_to_break(c.start, ",;:", reach=6):c.start]
    return any(w in _HEDGES_ENABLING_VERBS for w in clause) and not any(negates(w) for w in clause)


def _possible_as_feasibility(c: Context) -> bool:
    """"possible" of what can be done, not of what may be true: "makes it possible to detect TB
    in one visit" (enablement), "it is possible to reverse your diabetes", "it was possible to
    vaccinate more people", "this work would not have been possible without ...". Root (dynamic)
    possibility states a capacity or feasibility and asserts it; epistemic "possible" leaves a
    proposition open ("it is possible that", "a possible link", "possible side effects") (Palmer
    2001, Mood and Modality, ch. 3-4: dynamic vs epistemic possibility; Hoye 1997, Adverbs and
    Modality in English; BioScope's guidelines mark only the speculative sense, Vincze et al.
    2008). Kept: a feasibility denied ("it is not possible to tell from the study whether", a
    limitation of the evidence) and one itself hedged ("it may be possible to treat", where the
    modal in the clause carries the doubt and the feasibility is what is doubted). Round 10:
    "it is possible to reverse your diabetes", "making it possible for patients to" counted.
    Round 14: the passive "was made possible by/through" (a release's acknowledgment of a grant
    or of donors) enables as the active "makes it possible" does."""
    if c.word(c.start - 1) == "it" and c.word(c.start - 2) in _HEDGES_ENABLING_VERBS:
        return True  # "makes it possible to detect": enablement, a capacity asserted
    if c.word(c.start - 1) in _HEDGES_ENABLING_VERBS:
        return True  # round 14: "the work was made possible by a grant", the stock line of thanks
    if _possible_with_its_enabler(c):
        return True
    if c.word(c.start - 1) == "been" and c.word(c.start - 2) == "have":
        back = c.before(5)
        return any(w in {"would", "could", "wouldn't", "couldn't"} for w in back)  # a counterfactual feasibility
    after = c.word(c.end)
    if after != "to" and not (after == "for" and "to" in c.tokens.words[c.end + 1:min(c.last, c.end + 6)]):
        return False
    back = c.tokens.words[_clause_start(c):c.start]
    if any(negates(w) or w in _HEDGES_FEASIBILITY_DOUBTERS for w in back):
        return False  # "not possible to tell": a limitation; "may be possible to": the modal hedges
    return True


_HEDGES_ENABLING_VERBS = words("hedges_enabling_verbs")
_HEDGES_FEASIBILITY_DOUBTERS = words("hedges_feasibility_doubters")


_HEDGES_CLINICAL_ACTS = words("hedges_clinical_acts")
_HEDGES_PRACTITIONERS = words("practitioners") | words("clinical_grades") | {g + "s" for g in words("clinical_grades")}


def _clinician_option(c: Context) -> bool:
    """True where "may"/"might" offers an option on a care pathway: a practitioner as its subject
    and an act of care as its verb ("your doctor may prescribe another blood thinner", "in severe
    cases a doctor may suggest surgery", "surgeons may also perform angioplasty", "if that fails,
    doctors might add acupuncture"). Such a modal is root possibility: what the clinician may
    choose to do (Coates 1983, ch. 6, root MAY; Palmer 2001, 4.1, dynamic and deontic modality),
    the stock wording of a patient leaflet's treatment steps, and leaves no claim open. Kept: a
    negated act ("doctors may not change their approach soon", a forecast of practice), an
    adverb between ("doctors may incorrectly prescribe", "may one day prescribe"), other verbs
    ("doctors may find tumors"), and "could" ("doctors could prescribe the game once approved", a
    forecast). Round 15: dev labels marked the leaflet's steps not_claim."""
    k = c.end + (c.word(c.end) == "also")
    return c.word(c.start - 1) in _HEDGES_PRACTITIONERS and c.word(k) in _HEDGES_CLINICAL_ACTS


def directive_suggest(c: Context) -> bool:
    """"suggest" hedges when it presents a conclusion ("the results suggest that", "studies
    suggest a link"), not when a person recommends: "I strongly suggest this cream", "I would
    suggest trying it", "we suggest you do the same", "we suggest that you use both".

    Prevents a testimonial's recommendation counting as hedging (Hyland 1998 counts "suggest"
    as a tentative claim of the writer about evidence).
    """
    recommends = "i" in c.before(3)
    advises = c.word(c.end) in _ADDRESSEES or (c.word(c.end) == "that" and c.word(c.end + 1) in _ADDRESSEES)
    advises = advises or c.word(c.end) == "to"  # "we suggest to use both": a recommendation
    return not (recommends or advises)


def epistemic_may(c: Context) -> bool:
    """"may" hedges as possibility ("you may feel dizzy", "it may help"), not as the month
    (``may_not_month``) nor as permission granted to the reader: "you may opt out at any time",
    "you may cancel your order", nor a pointer to where something is: "the full study may be
    found here", "may be viewed online" (the reader is told where to look: permission or
    availability, Palmer 2001, dynamic and deontic "may").

    Prevents sign-up forms and terms of sale counting as hedging (Palmer 2001: deontic "may"
    of permission; Coates 1983 ch. 6).
    """
    if not may_not_month(c) or _in_a_question(c) or _in_indirect_question(c):
        return False  # round 18: "whether", "see if" and wh-clauses after a verb of finding out
        # (guide.md, settled: a modal in an indirect question claims nothing; Quirk et al. 1985, 15.5)
    if _clinician_option(c):
        return False  # round 15: "your doctor may prescribe another drug", an option of care
    if _comparative_standard(c):
        return False  # round 16: "more than a diet alone may achieve"
    k = _verb_after(c)
    if c.word(k) in _HEDGES_APPEARANCE_VERBS and c.word(k + 1) != "to" and _concession_follows(c, k):
        return False  # "It may seem odd, but ...": a concession granted before the writer's point
    if c.word(k) == "be" and c.word(k + 1) in _HEDGES_POINTER_VERBS and c.word(k + 2) in _BOOSTERS_DEIXIS | {"online"}:
        return False  # "copies of the trials may be found here": where to look, not a likelihood
    return not _may_of_permission(c)


_ADDRESSEES = frozenset({"you", "readers", "everyone"})
_HEDGES_INVITED_SUBJECTS = words("hedges_invited_subjects")
_HEDGES_ACCESS_ACTS = words("hedges_access_acts")
_HEDGES_ACCESS_POINTER = pattern("hedges_access_pointer")
_HEDGES_DOSE_NOUNS = words("hedges_dose_nouns")


def _may_of_permission(c: Context) -> bool:
    """"may" grants leave to act, as instructions and notices do: the reader ("you may opt out",
    "you may also report side effects to the maker at 1-800-...", "you may take two doses at
    once", "you may take it with food") or a group a notice addresses ("media may call ...",
    "interested parties may access the call at ...", "investors may listen to the webcast").
    That is deontic "may" of permission (Palmer 2001, ch. 3; Coates 1983, ch. 6; Quirk et al.
    1985, 4.55), which grants, it does not doubt. A group's act must be one of contact or access
    (the notice's own business), so "participants may report more pain" stays a hedge; "take" is
    leave only before a dose or "it"/"them" ("you may take longer to heal" doubts). Round 25: dev
    hedges counted a drug label's dosing and reporting lines and two releases' call-in notices.

    An act of contact or access is leave only where the rest of the sentence gives what to reach
    (``hedges_access_pointer``: a number, a web address, the webcast, side effects to report):
    "you may visit the toilet more often", "you may report feeling tired", "analysts may call the
    deal a gamble" doubt. A dose is a dose noun within a few words ("two tablets", "another
    dose"): "you may take two weeks to recover" doubts (round 25 mends)."""
    subject, k = c.word(c.start - 1), _verb_after(c)
    act = c.word(k)
    if subject not in _HEDGES_INVITED_SUBJECTS and subject != "you":
        return False
    if subject == "you" and act in _PERMITTED_ACTS:
        return True
    if subject == "you" and act == "take":
        return c.word(k + 1) in {"it", "them"} or any(
            c.word(i) in _HEDGES_DOSE_NOUNS for i in range(k + 1, min(k + 5, c.last)))
    return act in _HEDGES_ACCESS_ACTS and bool(
        _HEDGES_ACCESS_POINTER.search(c.text, c.tokens.ends[k], c.sentence_end))
_HEDGES_APPEARANCE_VERBS = words("hedges_appearance_verbs")


def _concession_follows(c: Context, k: int) -> bool:
    """"It may seem odd, but ...", "This may sound strange, yet ...": a "may" of appearance
    answered by "but" or "yet" in the same sentence is concessive (Quirk et al. 1985, 15.19:
    concessive "may" grants a point only to set the main claim against it; Hyland 1998 counts
    hedges as reduced commitment to a claim, and the writer commits to the "but" clause). The
    "but" must follow a comma within eight words of the verb, so "may seem to help but only in
    mice" (a hedged finding limited) stays a hedge."""
    for j in range(k + 1, min(c.last, k + 9)):
        if c.word(j) in {"but", "yet"} and "," in c.gap_before(j):
            return True
    return False


def rather_as_degree(c: Context) -> bool:
    """"rather" hedges as a degree word before an adjective ("rather modest"), not in "rather
    than" (a comparison of options), "would rather" (a preference) or "Rather, ..." (a contrast).

    Prevents connectives counting as hedges (Quirk et al. 1985: "rather" is a compromiser only
    as a premodifier; Hyland 1998).
    """
    if c.word(c.end) == "than" or c.word(c.start - 1) in {"would", "i'd", "we'd", "you'd", "had"}:
        return False
    return not (c.at_sentence_start or c.marks_before(c.end, ",;:.") or c.end >= c.last)


def approximates_a_quantity(c: Context) -> bool:
    """"almost", "nearly" approximate a quantity or degree ("nearly 600 pounds", "almost all",
    "nearly halved the risk"), not an event that did not happen: "her marriage almost fell
    apart", "I nearly cried", nor the idiom of speed "almost overnight", "nearly instantly"
    (an exaggeration: vague language that intensifies, not approximates; Channell 1994).

    Prevents narrative near-misses counting as hedges (Salager-Meyer 1994: approximators
    qualify quantities; Channell 1994, Vague Language).
    """
    following = c.word(c.end)
    if following in _HEDGES_IMMEDIACY:
        return False  # "results almost overnight": speed overstated, not a quantity hedged
    return not (_is_past(following) and following not in _QUANTITY_VERBS)


def more_or_less_approximates(c: Context) -> bool:
    """"more or less" approximates when it modifies what follows ("more or less the same",
    "are more or less set", "is, more or less, the standard"), not when it is a pair of
    comparatives, "more or fewer" / "more or less than" ("whether it works more or less well
    than aspirin", "for more or less than a year", "tells us to eat more or less"): there it names
    the two directions of a change or comparison and softens nothing (OED "more or less", phrase:
    "to a greater or less extent" against "a larger or smaller amount"; Quirk et al. 1985, 7.88
    and 15.63, coordinated comparatives). Test: a "than" within the next three words, or the
    phrase closing its clause without a comma before it (an approximator set off at a clause's
    end, ", more or less.", stays). Round 17: dev hedges counted the comparative pair in three
    stories (eat more or less; more or less effective than; more or less than five years)."""
    if "than" in c.tokens.words[c.end:min(c.end + 3, c.last)]:
        return False  # "more or less effective than", "more or less than a year"
    closes = c.end >= c.last or c.marks_before(c.end, _CLAUSE_OR_SENTENCE_END)
    return not (closes and not c.marks_before(c.start, ","))


def research_called_for(c: Context) -> bool:
    """"further research" is a limitation when more is called for ("further research is
    needed", "with further research, it may"), not when it reports research done: "after
    further research, we tested it", "upon more research, we discovered".

    Prevents a sales page's narrative counting as a caveat (Sumner et al. 2014: caveats say the
    evidence is incomplete).
    """
    return c.word(c.start - 1) not in {"after", "upon", "following", "through"}


def frequency_of_a_claim(c: Context) -> bool:
    """Frequency words ("often", "usually", "tend to") restrict a claim ("symptoms are often
    vague"), but "how often patients quit" asks a rate, "every so often" and "I usually skip
    breakfast" tell the writer's own habit.

    Nor "half as often" (a measured rate, as "more likely" is a comparison of risk), "sometimes
    called" (how a name is used) or "people generally" ("as a whole", Quirk et al. 1985, 8.93).

    Nor after a participle of taking a dose ("especially when taken frequently", "if used
    regularly", ``hedges_intake_participles``): the adverb sets how often the exposure happens,
    a condition of the finding like "twice a day", not a limit on how often the effect holds
    (round 9c: "when these painkillers were taken frequently" counted as a hedge).

    Prevents questions of rate, fixed phrases and first-person habits counting as hedges (Hyland
    1998: frequency adverbs hedge when they limit a generalisation; one person's habit is none).
    """
    before = c.word(c.start - 1)
    if before == "i":  # "I tend to crave sweets", "I usually skip breakfast": the writer's habit
        return False
    if before in {"have", "'ve", "had"} and c.word(c.start - 2) in {"i", "we"} or before in {"i've", "we've"}:
        return False  # "as we have often reported": the writer's own habit
    if _compares_a_rate(c):
        return False  # "reported half as often", "less often than men": a measured rate, a finding
    if c.word(c.end) in _HEDGES_NAMING_VERBS:
        return False  # "sometimes called", "often referred to as": how a name is used
    if before in _HEDGES_INTAKE_PARTICIPLES and not c.gap_before(c.start).strip():
        return False  # "when taken frequently": how often a dose is taken, an exposure like "twice a day"
    ends_clause = c.end >= c.last or c.marks_before(c.end, ",;:.")
    if c.word(c.start) == "generally" and ends_clause and not (c.at_sentence_start or c.gap_before(c.start).strip()):
        return False  # "older people generally": "as a whole", a postmodifier like "in general"
    return not (before == "how" or (before == "so" and c.word(c.start - 2) == "every"))


_HEDGES_INTAKE_PARTICIPLES = words("hedges_intake_participles")
_HEDGES_SITUATION_NOUNS = words("hedges_situation_nouns")


def uncertain_of_a_claim(c: Context) -> bool:
    """"uncertain" hedges where it qualifies a claim or knowledge ("the benefit is uncertain",
    "it is uncertain whether", "uncertain evidence"), not where it describes a situation's course
    before a noun of time or fate ("throw them into an uncertain future", "in uncertain times",
    ``hedges_situation_nouns``): there the writer states that something lies ahead unknown to
    all, a fact about the situation, and hedges no proposition of their own (Hyland 1998: hedges
    withhold full commitment to a proposition). Round 9c: "an uncertain future" counted. Used as
    ``counts_when`` (precision first: the word is shown, not counted), which leaves the hedge-cue
    model's candidates and features as they were."""
    k = c.end
    while c.word(k) in {"and", "economic", "financial", "medical", "political", "very", "more", "most"}:
        k += 1
    return c.word(k) not in _HEDGES_SITUATION_NOUNS


def _compares_a_rate(c: Context) -> bool:
    """"less often", "more frequently", "half as often", "five times as frequently": a rate
    measured against another; "more often than not" (= usually) and "as sometimes happens" hedge."""
    before, after = c.word(c.start - 1), c.word(c.end)
    if before in _HEDGES_RATE_COMPARATORS:
        return not (after == "than" and c.word(c.end + 1) == "not")
    if before == "as" and (c.end >= c.last or c.marks_before(c.end, ",;:.")):
        return True  # "no longer the urge to smoke as often.": the comparison's other half left out
    return before == "as" and (after == "as" or c.word(c.start - 2) in _HEDGES_RATE_COMPARATORS | {"half"})


def in_general_as_hedge(c: Context) -> bool:
    """"In general, the drug is safe" limits a claim; "medicine in general" means "as a whole".

    Prevents the postmodifier sense counting as a hedge (Quirk et al. 1985: "in general" is a
    disjunct only at a clause boundary).
    """
    return c.at_sentence_start or c.marks_before(c.start, ",;:(") or c.word(c.start - 1) in {
        "and", "but", "that", "is", "are", "was", "were"}


_FINDING_PAST = words("finding_past")
_HEDGES_FOUND_VERBS = words("hedges_found_verbs")
_HEDGES_CLAUSE_SUBJECT_DETERMINERS = words("hedges_clause_subject_determiners")
_HEDGES_FINDING_NOUNS = words("hedges_finding_nouns")
_CONDITIONAL_BEFORE_IF = words("conditional_before_if")
_IRREGULAR_PARTICIPLES = words("irregular_participles")
_HABIT_FRAMES = words("habit_frames")
_IRREALIS_MODALS = words("irrealis_modals")
_REALIS_BEFORE_TO = words("realis_before_to")
_DIAGNOSTIC_NOUNS = words("diagnostic_nouns")
_RESEARCH_SUBJECTS = words("research_subjects")
_DISPLAY_SUBJECTS = words("display_subjects")
_CLAUSE_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_COPULAS_BEFORE_ALWAYS = frozenset({"is", "are", "be", "been", "being", "it's"})
# After a linking "proved": "too toxic", "transitory", "difficult" (how it turned out).
_BOOSTERS_DEGREE_WORDS = words("boosters_degree_words")
_BOOSTERS_COPULAR_OUTCOMES = words("boosters_copular_outcomes")


def _is_participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or _is_past(word)


def _in_a_question(c: Context) -> bool:
    """The candidate's sentence is a direct question: it asks, it does not claim."""
    return c.sentence.rstrip().rstrip("\"'”’)").endswith("?")


def _in_indirect_question(c: Context) -> bool:
    """The candidate's clause is opened by "whether", or by an "if" that follows a verb without a
    comma ("see if it could", "find out if it would"): an embedded question (Quirk et al. 1985,
    15.5), whose doubt is the question's, not the modal's."""
    start = _clause_start(c)
    if start >= c.start:
        return _question_across_interruption(c)
    opener = c.word(start)
    if opener == "whether":
        return not _question_has_its_verb(c, start)
    if _wh_question_after_inquiry(c) or _wh_complement_of_be(c):
        return True
    if (opener == "if" and start > c.first and c.word(start - 1) not in _CONDITIONAL_BEFORE_IF
            and not c.marks_before(start, _CLAUSE_OR_SENTENCE_END)):
        return True
    return _question_across_interruption(c)


def _question_has_its_verb(c: Context, start: int) -> bool:
    """The "whether" clause opened at ``start`` has a finite verb of its own before the candidate
    ("the data on whether the scan will save lives may not be known soon"): the question has
    ended and the modal is its host clause's, which the question is the subject of (Quirk et al.
    1985, 15.5: an interrogative clause as subject). Round 18: letting "may" ask in whether-clauses
    must not strip the main clause's hedge after a subject that holds a question."""
    return any(w in _HEDGES_FINITE_CLAUSE_SIGNS - {"that"} for w in c.tokens.words[start + 1:c.start])


_QUESTION_REACH = 16
_HEDGES_FINITE_CLAUSE_SIGNS = frozenset({"that", "is", "are", "was", "were", "can", "could", "may", "might",
                                         "will", "would", "should", "has", "have", "had"})
_HEDGES_FINITE_VERB_SIGNS = _HEDGES_FINITE_CLAUSE_SIGNS - {"that"}  # a clause's own verb, built once


def _question_across_interruption(c: Context) -> bool:
    """The candidate is still inside an embedded question that punctuation interrupts before it:
    a parenthetical set off by commas in the "whether" clause ("whether, over a longer course,
    the drug could help"; "whether statin treatment, such as atorvastatin, might lower the
    risk"), or a wh-clause coordinated with a "whether" clause by "or"/"and" ("it is unknown
    whether the dose would change, or which patients might respond"). The punctuation ends the
    scan of ``_clause_start``, but the clause it interrupts is the same embedded question (Quirk
    et al. 1985, 15.5, and 17.66 on parenthetical insertions), so the question carries the doubt
    and the modal claims nothing (guide.md, settled: a modal inside an indirect question,
    including one joined to another by and/or). The words between "whether" and the modal may
    hold no verb of their own (a finite sign, a past form, a relative opener): "whether a drug
    treated arthritis, for example, it would still help" is the main clause's "would". Round 17:
    dev hedges counted such modals in three stories."""
    k = c.start - 1
    while k >= max(c.first, c.start - _QUESTION_REACH):  # the bounding word too ("Whether, ..." at the head)
        word = c.word(k)
        if c.marks_before(k + 1, ".!?;:"):
            return False
        if word == "whether":
            return not _concessive_whether(c, k)
        if word in _HEDGES_WH_WORDS and c.word(k - 1) in {"or", "and"}:
            return "whether" in c.tokens.words[max(c.first, k - _QUESTION_REACH):k]
        if word in _HEDGES_FINITE_CLAUSE_SIGNS or word in _CLAUSE_OPENERS or _is_past(word):
            return False
        k -= 1
    return False


def _concessive_whether(c: Context, k: int) -> bool:
    """"whether" at ``k`` opens an adverbial clause of condition-concession, not a question:
    at the head of its sentence or after a comma ("Whether or not insurers pay, the implant
    could ..."), or after "regardless of" / "irrespective of" (Quirk et al. 1985, 15.43). The
    modal after such a clause belongs to the main clause."""
    if k == c.first or c.marks_before(k, ",;:"):
        return True
    return c.word(k - 1) == "of" and c.word(k - 2) in {"regardless", "irrespective"}


_HEDGES_FINDING_OUT_VERBS = words("hedges_finding_out_verbs")
_HEDGES_WH_WORDS = words("hedges_wh_words")


def _wh_question_after_inquiry(c: Context) -> bool:
    """The candidate sits in a wh-clause that a verb of finding out takes as its object: "to see
    what could account for the shift", "to determine which strategy may be most appropriate",
    "studying how the drug might work". Such a clause is an embedded question (Quirk et al. 1985,
    15.5): the question carries the doubt, and the modal claims nothing, as with "whether" and
    "see if". A wh-word without such a verb before it ("which may help", a relative clause) stays."""
    k = c.start - 1
    while k > max(c.first, c.start - 8):
        if c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
            return False
        if c.word(k) in _HEDGES_WH_WORDS:
            before = c.word(k - 1)
            if before == "out":
                before = c.word(k - 2)
            if c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
                return False
            if c.word(k + 1) == "to" or any(w in _HEDGES_FINITE_VERB_SIGNS for w in c.tokens.words[k + 1:c.start]):
                return False  # round 16: "learning how to grow cells may help", "understanding how proteins can
                # clump could point to ...": the wh-clause has its own verb, and the modal is the main clause's
            return before in _HEDGES_FINDING_OUT_VERBS or _inquiry_preposition(c, k - 1)
        k -= 1
    return False


_HEDGES_VALUE_WH_WORDS = words("hedges_value_wh_words")
_HEDGES_AFTER_CLAUSE_FINAL_BE = words("hedges_after_clause_final_be")
_VALUE_QUESTION_REACH = 12


def _wh_complement_of_be(c: Context) -> bool:
    """The modal's "be" ends a wh-clause whose wh-phrase is its complement: "what the side
    effects could be", "how severe the injury might be", "what the best dose may be remains
    unclear". The wh-phrase stands for the value the clause leaves open (Quirk et al. 1985, 15.5
    and 15.8: a nominal wh-clause, its wh-element the complement), so the clause names an unknown
    and asserts nothing for the modal to soften, with or without a verb of finding out before it
    ("the question is what ...", "check what your costs might be", "and how effective it could
    be" joined to an "if" question); guide.md, settled: a modal in a wh-clause whose wh-word is
    the unknown asked is `not_claim`. A subject wh-word ("what might be happening", "patients
    who may be at risk") and a "be" with a complement of its own ("how it might be used") keep
    the modal. Round 25: dev hedges counted such modals in four stories."""
    k = _verb_after(c)
    if c.word(k) == "have" and c.word(k + 1) == "been":
        k += 1
    elif c.word(k) not in {"be", "become"}:
        return False
    after = k + 1
    if not (after >= c.last or c.marks_before(after, _CLAUSE_OR_SENTENCE_END)
            or c.word(after) in _HEDGES_AFTER_CLAUSE_FINAL_BE):
        return False
    begin = c.back_to_break(c.start, _CLAUSE_OR_SENTENCE_END, _VALUE_QUESTION_REACH)
    for i in range(c.start - 2, begin - 1, -1):  # a subject stands between the wh-word and the modal
        word = c.word(i)
        if word in _HEDGES_FINITE_CLAUSE_SIGNS:
            return False  # "what we know is that it could be": the modal is another clause's
        if word in _HEDGES_VALUE_WH_WORDS:
            return True
    return False


_HEDGES_INQUIRY_NOUNS = words("hedges_inquiry_nouns")
_HEDGES_INQUIRY_PREPOSITIONS = frozenset({"about", "into", "on", "of"})


def _inquiry_preposition(c: Context, k: int) -> bool:
    """A wh-clause that is the object of a preposition after a word of inquiry: "investigations
    into how the drugs may affect risk", "to learn more about which patients might benefit",
    "predictions about which men might not need treatment", "research on what could explain it".
    The preposition's object is an embedded question as much as a verb's is (Quirk et al. 1985,
    15.5 and 9.5: an interrogative clause as prepositional complement), so the modal in it
    claims nothing; the inquiry, not a tentative claim, is what the sentence reports. Round 16:
    the dev hedges' "past investigations into how NSAIDs may affect skin cancer risk"; the
    inflected verbs of finding out ("knowing how many might", "determining who might") join
    ``hedges_finding_out_verbs``."""
    if c.word(k) not in _HEDGES_INQUIRY_PREPOSITIONS:
        return False
    head = c.word(k - 1)
    if head == "more":
        head = c.word(k - 2)  # "learn more about which"
    return head in _HEDGES_INQUIRY_NOUNS


def not_in_a_question(c: Context) -> bool:
    """"Might insulin help?", "Think diet pills don't work?": a question asks, it withholds no
    commitment from a claim (the audit guideline's ``not_claim``).

    Prevents headlines and rhetorical questions counting as hedges.
    """
    return not _in_a_question(c)


def estimate_as_judgement(c: Context) -> bool:
    """"It is estimated that", "an estimated 5 million", "the company estimates that" hedge a
    figure; "used to estimate body fat", "a way to estimate the dose" name a procedure.

    Prevents methods sentences counting as hedges (issue 14: "estimated" in methods; Hyland
    1998 counts "estimate" as a hedge of a quantity the writer commits to only roughly). The noun
    after a word of statistics ("the mean estimate", "a median unbiased estimate", "pooled risk
    estimates") names a computed quantity in a results or methods sentence, as a reported
    statistic (CONSORT 2010, item 17a: "estimated effect size and its precision"), not a
    figure the writer offers roughly.
    """
    if c.text[c.match_start - 1:c.match_start] in {"-", "\u2010", "\u2011"}:
        return False  # "over- or under-estimate": another verb, to err in a figure
    if c.word(c.start - 1) in _HEDGES_STATISTICAL_ESTIMATES and not c.gap_before(c.start).strip():
        return False  # "the mean estimate", "median unbiased estimate of the difference": a statistic
    return c.word(c.start - 1) != "to"


def always_as_certainty(c: Context) -> bool:
    """"always" boosts a generalisation ("the side effects are always mild"), not a duration or a
    story's habit: the perfect "had always kept it secret", "we've always been told", a past
    "their answer was always the same", "I always take them before meals", "always appreciated".

    Prevents narrative "always" counting as certainty (Quirk et al. 1985, 8.64: with the perfect
    "always" is continuity; Hyland 2005 counts "always" as a booster of a claim).
    """
    before = c.word(c.start - 1)
    if before in _HABIT_FRAMES or before.endswith(("'ve", "’ve", "'d", "’d")):  # "we've", "she'd"
        return False
    if c.word(c.end).endswith("ing") and len(c.word(c.end)) > 4:
        return False  # "Oprah is always trying new creams": the progressive of habit (Quirk 4.33)
    if c.word(c.end) == "be" and (c.at_sentence_start or c.word(c.start - 1) in {"and", "please"}):
        return False  # "Always be sure to ask your doctor": an imperative, no claim
    if _always_offers(c):
        return False  # "you could always try the gel instead": an option offered, no claim
    return not (_is_past(c.word(c.end)) and before not in _COPULAS_BEFORE_ALWAYS)


_ALWAYS_OFFER_MODALS = words("boosters_always_offer_modals")
_ALWAYS_OFFER_VERBS = words("boosters_always_offer_verbs")


def _always_offers(c: Context) -> bool:
    """"You could always try the gel", "you might always ask", "you can always switch to the
    tablet": "always" after a modal of possibility offers a fallback option (Quirk et al. 1985,
    8.64; Huddleston & Pullum 2002, ch. 6, on "can always" as an available option), it asserts no
    generalisation. "Can" offers only before a verb of trying or turning to something ("can always
    try", "can always call"); "you can always count on it" still boosts. A new user's report: "you
    could always try X", an offer of another product, counted as certainty."""
    before = c.word(c.start - 1)
    if before in _ALWAYS_OFFER_MODALS:
        return True
    return before == "can" and c.word(c.end) in _ALWAYS_OFFER_VERBS


def result_obtained(c: Context) -> bool:
    """A proof or finding verb boosts a result reported as obtained ("the trial showed that",
    "it has been proven"), not one still to come or denied: "should be confirmed", "studies are
    needed to confirm", "a trial to show that", "if these data are confirmed", "it has not been
    proven"; nor a test's diagnosis ("a genetic test confirmed that he had DMD") or a form's
    "confirm your e-mail".

    Prevents caveats and clinical narrative counting as certainty (Palmer 2001: irrealis;
    Hyland 2005 counts "prove", "show", "confirm" as boosters of the writer's own claim).
    """
    if any(w in _IRREALIS_MODALS for w in c.before(3)):
        return False
    if c.word(c.start - 1) == "to" and not {c.word(c.start - 2), c.word(c.start - 3)} & _REALIS_BEFORE_TO:
        return False
    if c.word(c.start - 1) == "be" and c.word(c.start - 2) == "to" and c.word(c.start - 3) not in _REALIS_BEFORE_TO:
        return False  # "remains to be proved", "has yet to be shown", "needs to be confirmed"
    start = _clause_start(c)
    if c.word(start) in {"if", "unless", "until", "whether"} and start < c.start:
        return False
    if any(w in _CLAUSE_NEGATIONS for w in c.tokens.words[start:c.start]):
        return False
    if _boosters_claim_withheld(c):
        return False  # "the study cannot show that", "Nothing is ever proven", "not convinced that it proves"
    if c.word(c.end) in {"your", "my"}:
        return False  # "confirm your order"
    if _boosters_exhibited_object(c):
        return False  # "the study demonstrates the use of OCT", "confirm the disease through the blood"
    if c.word(c.start) == "prove" and c.word(c.end) == "to" and c.word(c.end + 1) != "be":
        return False  # "prove to the world that ...": persuading someone, a goal, no result held
    return _subject_head(c) not in _DIAGNOSTIC_NOUNS


def _boosters_exhibited_object(c: Context) -> bool:
    """A "demonstrate" or "confirm" whose object is a technique, a device or a diagnosis, not a
    result: "this study demonstrates the use of OCT during surgery", "the company demonstrated
    the device", "we can now confirm the disease through their blood". "Demonstrate" then means
    to exhibit how something is done and "confirm" to diagnose (Longman and Merriam-Webster
    senses; Hyland 2005 counts them as boosters only where they commit the writer to a claim).
    A "that" clause or a result noun ("demonstrated a reduction") is a finding and stays."""
    if not c.word(c.start).startswith(("demonstrat", "confirm")):
        return False
    k = c.end
    while c.word(k) in {"the", "a", "an", "this", "that", "its", "their", "his", "her"}:
        k += 1
    if k == c.end and c.word(k) == "that":
        return False
    nouns = _BOOSTERS_EXHIBITED if c.word(c.start).startswith("demonstrat") else _BOOSTERS_DIAGNOSED
    return c.word(k) in nouns


def _subject_head(c: Context) -> str:
    """The word before the verb, past a relative "that"/"which" and an adverb: the head of its
    subject in "a genetic test confirmed", "a blood test that showed", "the scan also showed"."""
    k = c.start - 1
    while c.word(k) in {"that", "which", "also", "then", "clearly", "later", "itself"}:
        k -= 1
    return c.word(k)


def shows_a_finding(c: Context) -> bool:
    """"show" reports a result ("results showed a decrease", "studies show that"), not what a
    subject exhibits or displays: "the mice showed improved behaviour", "the video showed her
    writing", "the scan showed nothing", nor the noun ("the TV show that", ``show_is_a_verb``).

    Prevents the present/display sense counting as a booster (Hyland 2005: "show" as a research
    verb that demonstrates).
    """
    noun_form = c.word(c.start) in {"show", "shows"}  # "showed", "shown" are only verbs
    if noun_form and not show_is_a_verb(c) or not result_obtained(c):
        return False
    if c.word(c.end) in _BOOSTERS_DEIXIS:
        return False  # "(shown here)", "as shown below": a picture pointed at
    if c.word(c.end) == "that" or _passive_of_a_result(c):
        return True  # "studies show that", "it has been shown to help": only the research sense
    subject = _subject_words(c)
    if any(w in _RESEARCH_SUBJECTS for w in subject):
        return True  # "a small study of babies showed some improvement": the study reports
    if _exhibitor(c):
        return False
    head = subject[:6] + subject[-4:]  # the subject's head opens it; its last words sit by the verb
    partitive = any(w == "of" and _DISPLAY_SUBJECTS & set(subject[i + 1:i + 4]) for i, w in enumerate(subject))
    return not (partitive or any(w in _DISPLAY_SUBJECTS for w in head))  # "36 percent of the patients"


def _passive_of_a_result(c: Context) -> bool:
    """"has been shown to reduce", "was shown in a trial", "is shown by the data": the passive of
    the research verb; "the men were shown pictures" (shown something: the display sense) is not."""
    after = c.word(c.end)
    passive = c.word(c.start - 1) in {"be", "been", "being", "is", "are", "was", "were"}
    return passive and (after in {"to", "in", "by", "again", "repeatedly"} or after.endswith("ly"))


def _subject_words(c: Context) -> list[str]:
    """The words before "show" back to the clause's punctuation (a thousands comma, "130,000",
    does not end it), from after a reporting "found that" ("the scientists found that each
    group showed": that clause's subject is its own)."""
    k, low = c.start, max(c.first, c.start - _BOOSTERS_SUBJECT_REACH)
    while k > low:
        gap = c.gap_before(k)
        in_number = gap == "," and c.word(k)[:1].isdigit() and c.word(k - 1)[-1:].isdigit()
        if any(p in gap for p in ";:()") or "," in gap and not in_number:
            break
        k -= 1
    window = c.tokens.words[k:c.start]
    for i in range(len(window) - 1, 0, -1):
        if window[i] == "that" and window[i - 1] in _BOOSTERS_REPORTING_VERBS:
            return window[i + 1:]
    return window


def _exhibitor(c: Context) -> bool:
    """The subject of "show" is one person or a bare count right before it: "I'd previously
    shown some response", "34 showed no abnormalities and 90 showed signs of cancer": what they
    exhibit (the display sense), not what research established. Not "as I showed in a
    commentary" (the writer citing a result of their own)."""
    k = c.start - 1
    while c.word(k).endswith("ly") or c.word(k) in {"also", "then", "had", "has", "have", "not"}:
        k -= 1
    if c.word(k - 1) == "as" or any(c.gap_before(j).strip() for j in range(k + 1, c.start + 1)):
        return False
    return c.word(k) in _BOOSTERS_EXHIBITING_PERSONS or c.word(k)[:1].isdigit()  # not "half have shown"


def reveals_a_finding(c: Context) -> bool:
    """"new research reveals", "the study revealed that" report a result; "reveals her skin
    secret", "begging me to reveal my secret" disclose.

    Prevents the disclosure sense counting as a booster (Hyland 2005: "reveal" as a research verb).
    """
    if not result_obtained(c):
        return False
    that_follows = "that" in {c.word(c.end), c.word(c.end + 2)}  # "revealed to us that"
    if c.word(c.start - 1) == "can" and not that_follows:
        return False  # "we can reveal the exclusive scoop": the writer discloses, no result
    return that_follows or any(w in _RESEARCH_SUBJECTS for w in c.before(6))


def proved_not_copular(c: Context) -> bool:
    """"proved that", "has been proven", "proven to work" report a result as established;
    "proved too toxic", "some proved transitory", "proved difficult" use "prove" as a linking
    verb, "turn out to be", of how something went (Quirk et al. 1985, 16.21: copular "prove").

    Prevents narrative outcomes counting as certainty (Hyland 2005 counts "prove" as a booster
    of a claim the writer establishes).
    """
    if not result_obtained(c):
        return False
    following = c.word(c.end)
    return not (following in _BOOSTERS_DEGREE_WORDS or following in _BOOSTERS_COPULAR_OUTCOMES)


def sure_as_certainty(c: Context) -> bool:
    """"it is sure to help" predicts with certainty; "be sure to visit your doctor", "make sure
    to" tell the reader what to do (an imperative, Quirk et al. 1985, 11.24), not how certain a
    claim is."""
    return c.word(c.start - 1) not in {"be", "make", "makes", "made"}


def proof_of_a_claim(c: Context) -> bool:
    """"proof that it works" boosts; "80-proof spirits" measures alcohol, and proof asked for or
    missing ("regulators asked to see more robust proof", "there is no proof") is not held: the
    claim stays unestablished (Palmer 2001: irrealis; as ``result_obtained`` for the verbs)."""
    if any(w in _BOOSTERS_PROOF_WANTED for w in c.before(4)) or _boosters_claim_withheld(c):
        return False
    if _proof_as_a_standard(c):
        return False
    return not _is_number(c.word(c.start - 1))


_BOOSTERS_PROOF_STANDARDS = words("boosters_proof_standards")
_BOOSTERS_PROOF_OF_TRIAL = words("boosters_proof_of_trial")


def _proof_as_a_standard(c: Context) -> bool:
    """"proof" named as the measure a claim is held to, not as a claim held: "the gold standard
    for proof", "the burden of proof", "a higher level of proof", and the trial phase "proof of
    concept" / "proof of principle" naming a study ("a Proof of Concept Study": whether the idea
    works is what it tests; "the study shows proof of principle that" still holds a claim).
    No result is asserted proven (Hyland 2005 counts "proof" as a booster where the writer holds
    a claim proven). Round 26: dev boosters counted "the 'gold standard' for proof" and a "Proof
    of Concept Study" title."""
    if c.word(c.start - 1) in {"for", "of"} and c.word(c.start - 2) in _BOOSTERS_PROOF_STANDARDS:
        return True
    if c.word(c.end) == "of" and c.word(c.end + 1) in _BOOSTERS_PROOF_OF_TRIAL:
        return c.word(c.end + 2) in _RESEARCH_SUBJECTS  # "a Proof of Concept Study"; "shows proof of principle that" holds one
    return False


def not_astonishment(c: Context) -> bool:
    """"I can't believe how quickly ...", "they couldn't believe the difference" express
    astonishment, not belief held with reserve.

    Prevents testimonials' surprise counting as hedging (Hyland 2005 counts "believe" only as
    the writer's tentative commitment: "we believe that ...").
    """
    before = c.word(c.start - 1)
    if _disbelief(c) or before == "t" and c.word(c.start - 2) in {"can", "couldn", "wouldn"}:
        return False  # "I never believed it would work", a lost apostrophe "couldn?t believe"
    return not (before in {"can't", "cannot", "couldn't", "won't", "cant", "couldnt"} or before.startswith("couldn")
                or (before in {"not", "n't"} and c.word(c.start - 2) in {"can", "could", "would", "will"})
                or before == "to" and c.word(c.start - 2) in {"hard", "difficult"})


_NOUN_BEFORE_SHOW = words("noun_before_show")
_BOOSTERS_EXHIBITING_PERSONS = words("boosters_exhibiting_persons")
_BOOSTERS_DEIXIS = words("boosters_deixis")
_BOOSTERS_PROOF_WANTED = words("boosters_proof_wanted")
_HEDGES_FINITE_BE = frozenset({"is", "are", "was", "were"})
_HEDGES_WHETHER_GOVERNORS = words("hedges_whether_governors")
_HEDGES_STATISTICAL_ESTIMATES = words("hedges_statistical_estimates")
_HEDGES_MORE_RESEARCH_MODIFIERS = words("hedges_more_research_modifiers")
_HEDGES_RESEARCH_NOUNS = words("hedges_research_nouns")
_HEDGES_EPISTEMIC_AFTER = frozenset({"could", "may", "might", "will", "would", "can", "have", "has", "had"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_BOOSTERS_REPORTING_VERBS = words("boosters_reporting_verbs")
_BOOSTERS_SUBJECT_REACH = 15  # "36 percent of the patients taking the drug and a placebo showed improvement"


def whether_as_question(c: Context) -> bool:
    """"whether" hedges as an open question ("it is unclear whether", "research on whether it
    helps"), not in a conditional-concessive clause of alternatives: "Whether you are young or
    old, exercise helps", "all trademarks, whether registered or not, are their owners'".

    The alternative clause is an adverbial (Quirk et al. 1985, 15.22): it opens the sentence or
    follows a comma and is closed by one, or its "or not" runs straight into the main verb. Its
    "whether" leaves nothing in doubt; the interrogative "whether" (15.5) is BioScope's cue.
    """
    k = c.end
    while k < min(c.last, c.end + 10) and not c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        if c.word(k) == "or":
            break
        k += 1
    if c.word(k) != "or" or c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        return True
    if any(w in _HEDGES_WHETHER_GOVERNORS for w in c.tokens.words[c.first:c.start]):
        return True  # "It's not clear, for instance, whether X or Y": a question still open
    if c.word(k + 1) == "not" and c.word(k + 2) in _HEDGES_FINITE_BE and not c.at_sentence_start:
        return False  # "trademarks whether registered or not are the property of their owners"
    closes = not unbroken(c, k + 1, min(c.last, k + 6), _HEDGES_CLAUSE_BREAKS)
    if c.at_sentence_start:
        return not closes  # "Whether you are young or old, ..."; not "Whether it helps or not is unclear"
    after_comma = c.marks_before(c.start, _HEDGES_CLAUSE_BREAKS)
    return not (after_comma and (closes or c.last <= k + 6))  # "..., whether taken daily or weekly."


def show_is_a_verb(c: Context) -> bool:
    """"Studies show that ...", "the data shows" report a finding; "the TV show that made her
    famous", "talk shows" name a programme.

    Prevents the noun "show" counting as a booster (Hyland 2005 lists the verb).
    """
    before = c.word(c.start - 1)
    return not (before in _NOUN_BEFORE_SHOW or before.endswith("'s") and before not in {"it's", "that's"})


# --- Round 7 (hedges, boosters): precision first. A modal or verb whose other senses dominate in
# news and sales pages stays visible but counts only where its sentence carries the epistemic
# sense's own signal (``counts_when``: the hedge-cue model still reads every candidate, so its
# BioScope training data do not change).
_HEDGES_EXPECTED_VERBS = words("hedges_expected_verbs")
_HEDGES_OPEN_QUESTION_WORDS = words("hedges_open_question_words")
_HEDGES_INQUIRY_VERBS = words("hedges_inquiry_verbs")
_HEDGES_RESEARCH_ACTS = words("hedges_research_acts")
_HEDGES_PURPOSE_FRAMES = words("hedges_purpose_frames")
_HEDGES_DOUBT_WORDS = words("hedges_doubt_words")
_HEDGES_INQUIRY_AHEAD = words("hedges_inquiry_ahead")
_HEDGES_IRREGULAR_PAST = words("hedges_irregular_past")
_HEDGES_PAST_SUBJECTS = frozenset({"i", "he", "she", "we", "they", "it", "who", "you"})
_HEDGES_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_HEDGES_AUTHOR_WORDS = frozenset({"we", "our", "us"})
_HEDGES_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "these", "those"})
_HEDGES_OBJECT_PASSIVES = words("hedges_object_passives")
_HEDGES_INDICATE_LITERAL_NEXT = words("hedges_indicate_literal_next")
_HEDGES_PERMITTED_CHOICES = words("hedges_permitted_choices")
_HEDGES_PROPOSITION_SUBJECTS = words("hedges_proposition_subjects")
_HEDGES_RESEARCH_PROMPTING_VERBS = words("hedges_research_prompting_verbs")
_HEDGES_IMPROVEMENT_WORDS = words("hedges_improvement_words")
_HEDGES_TENTATIVE_DIRECTIVES = words("hedges_tentative_directives")
_HEDGES_DENIED_BELIEF = words("hedges_denied_belief")
_HEDGES_CLAUSE_CONJUNCTIONS = frozenset({"but", "while", "although", "whereas", "though"})
_HEDGES_PAST_NEGATIONS = frozenset({"didn't", "didnt", "did", "could've", "couldve"})
_BOOSTERS_LINKING_WORDS = words("boosters_linking_words")
_BOOSTERS_DENIALS = words("boosters_denials")
_BOOSTERS_BROAD_NEGATIVES = words("boosters_broad_negatives")
_BOOSTERS_CERTAINTY_ADJECTIVES = words("boosters_certainty_adjectives")
_BOOSTERS_EXHIBITED = words("boosters_exhibited_objects")
_BOOSTERS_DIAGNOSED = words("boosters_diagnosed_objects")
_BOOSTERS_DISPLAY_OBJECTS = words("boosters_display_objects")
_BOOSTERS_HABIT_ADVERBS = words("boosters_habit_adverbs")
_BOOSTERS_DISPLAYED_THINGS = words("boosters_displayed_things")
_BOOSTERS_DISPLAY_MEDIA = words("boosters_display_media")
_BOOSTERS_DENIAL_REACH = 7
_BOOSTERS_RESULT_NOUNS = words("boosters_result_nouns")
_BOOSTERS_CONFIRMED_RESULTS = _BOOSTERS_RESULT_NOUNS | words("boosters_confirmed_results")
_BOOSTERS_CONFIRM_REACH = 12
_BOOSTERS_ALWAYS_LOWERED = words("boosters_always_lowered")
_BOOSTERS_PREPOSITIONS = frozenset({"at", "during", "from", "in", "of", "with"})


def hedges_should_expected(c: Context) -> bool:
    """"should" counts only as an expectation: "you should start to feel better", "the results
    should be out next year", "patients should notice less pain". Advice and obligation ("people
    with diabetes should take it", "you should get vaccinated", "doctors should be making that
    call") are the dominant, root sense outside research abstracts (Coates 1983, ch. 4: root
    SHOULD far outnumbers epistemic; Quirk et al. 1985, 4.54), so "should" with any other verb is
    shown but not counted. A person advised to "be" something ("patients should be careful") is
    advice too. A pronoun standing for a state of affairs as subject ("this should allow faster
    control", "it should work") or evidence ("a larger trial should settle it") predicts: epistemic
    SHOULD takes such non-agentive subjects; "future studies should test it" stays advice."""
    k = _verb_after(c)
    while (c.word(k).endswith("ly") and c.word(k) not in _HEDGES_LY_VERBS and c.word(k + 1)
           and not c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END)):
        k += 1  # round 16: "future studies should rigorously test": the verb past a manner adverb
    verb, following = c.word(k), c.word(k + 1)
    if _should_assigns_a_place(c, k):
        return False
    subject = _should_subject(c)
    if verb in _HEDGES_RESEARCH_PROMPTING_VERBS and any(w in _HEDGES_RESEARCH_NOUNS for w in c.tokens.words[k + 1:k + 5]):
        return False  # "the finding should encourage more research": research called for (deontic)
    if subject in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS and verb in {"start", "begin"} and not _expected_onset(c, k + 1):
        return False  # "patients should start asking doctors": advice to take up an act
    if subject in _HEDGES_PROPOSITION_SUBJECTS and not _is_participle(following):
        return True  # "this should allow faster control", "it should work": a prediction of a state of affairs
    if subject in _RESEARCH_SUBJECTS - _ADVISED_SUBJECTS and verb not in _HEDGES_RESEARCH_TASKS:
        return True  # "a larger trial should settle the question": what evidence is expected to do
    if verb == "go" and following in {"down", "away"}:
        return True  # "the swelling should go down": a change expected, not an errand advised
    if verb not in _HEDGES_EXPECTED_VERBS:
        return False
    if verb == "be":
        if following.endswith("ing") or _is_participle(following):
            return False  # "should be making the judgment", "should be screened": root
        return subject not in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS
    return True


_HEDGES_SPECIFYING_STARTS = words("hedges_specifying_starts")


def _should_assigns_a_place(c: Context, k: int) -> bool:
    """"should be" (or "become") with a specifying complement: a definite noun phrase, "part
    of", a to-infinitive or a that-clause ("surgery should be the treatment of choice", "aspirin
    should be part of the plan", "the next step should be to test it", "the message should be
    that ..."), or an existential "there should be" ("there should be a frank discussion").
    Such a "should" tells what ought to hold in practice, the place an option or an act ought to
    take, which is the root (deontic) sense: clinical guidance words its recommendations so (NICE,
    "Writing NICE guidelines", wording that reflects the strength of a recommendation: "should"
    for what must or should be done), and Coates 1983, ch. 4, reads root SHOULD as "it is right
    or advisable that"; the specifying copula identifies the subject with a role (Quirk et al.
    1985, 10.8 and 16.44), which a likelihood cannot. An adjective or an indefinite noun phrase
    ("should be cheaper", "should be available soon", "should be an important tool") keeps the
    expectation reading and counts. Round 19: dev and fresh "should" findings labelled obligation
    ("should be part of any management plan", "there should be a balanced discussion").

    Round 20 (code review): a likelihood keeps counting: "should be the same for women", "that
    should be the case", a ranking word heading its own phrase ("prices should be the lowest in
    Europe", "the first of its kind", "the most effective of the three": a superlative ranks, it
    assigns no role; Quirk et al. 1985, 7.74-7.83), and an existential that predicts a quantity
    ("there should be fewer side effects", "less risk"); an adverb may stand between "should" and
    "be" ("there should eventually be a frank talk")."""
    if c.word(k) not in {"be", "become"}:
        return False
    if c.word(k) == "be" and c.word(c.start - 1) == "there":
        # "there should be more research": an existential call for something
        return not _existential_predicts(c, k + 1)
    if c.word(k + 1) == "the" and (c.word(k + 2) in _HEDGES_LIKELIHOOD_COMPLEMENTS or _ranks(c, k + 2)):
        return False
    return c.word(k + 1) in _HEDGES_SPECIFYING_STARTS


_HEDGES_LIKELIHOOD_COMPLEMENTS = words("hedges_likelihood_complements")
_HEDGES_RANKING_WORDS = words("hedges_ranking_words")
_HEDGES_RANKING_FOLLOWERS = words("hedges_ranking_followers")
_HEDGES_RANKING_ADVERBS = words("hedges_ranking_adverbs")
_HEDGES_EXISTENTIAL_PREDICTED = words("hedges_existential_predicted")
_HEDGES_EXISTENTIAL_CONDITIONS = words("hedges_existential_conditions")
_HEDGES_EXISTENTIAL_ADVERSE = words("hedges_existential_adverse")
_HEDGES_ADVERSE_REACH = 3


def _existential_predicts(c: Context, k: int) -> bool:
    """"there should be fewer / less ..." (token ``k`` the quantity) predicts a reduction only
    with a condition or cause in the sentence before it ("with the lower dose, there should be
    fewer side effects", "because the pill is taken once a day, there should be less risk") or an
    adverse outcome as what is reduced ("there should be fewer side effects"); otherwise it is a
    call for a reduction, root SHOULD (Coates 1983, ch. 4: "it is right that"): "doctors say there
    should be less prescribing of opioids", "the panel said there should be fewer scans". Round 21
    (code review of round 20's existential prediction)."""
    if c.word(k) not in _HEDGES_EXISTENTIAL_PREDICTED:
        return False
    if _condition_before_there(c):
        return True
    return any(c.word(j) in _HEDGES_EXISTENTIAL_ADVERSE for j in range(k + 1, k + 1 + _HEDGES_ADVERSE_REACH)
               if not c.marks_before(j, _CLAUSE_OR_SENTENCE_END))


_HEDGES_EXISTENTIAL_REPORTING = words("hedges_existential_reporting")


def _condition_before_there(c: Context) -> bool:
    """A condition or cause word in the clause just before "there" (token ``c.start - 1``): read
    back from "there", stopping at a reporting verb ("the panel said there should be", "doctors
    say there should be") or at a comma that does not stand right before "there" (the comma
    that closes a fronted adjunct of the clause after it: "After reviewing the data, the panel
    said ...", "When it comes to opioids, doctors say ..."). A fronted adjunct right before
    "there" is the existential's own ("With the lower dose, there should be ..."). Round 22
    (code review of round 21): an adjunct of the reporting clause conditions the saying, not
    the quantity (Quirk et al. 1985, 8.13 on adjunct scope)."""
    there = c.start - 1
    for j in range(there - 1, c.first - 1, -1):
        w = c.word(j)
        if w in _HEDGES_EXISTENTIAL_REPORTING:
            return False
        if w in _HEDGES_EXISTENTIAL_CONDITIONS:
            return True
        if j + 1 < there and c.marks_before(j + 1, ","):
            return False
    return False


def _ranks(c: Context, k: int) -> bool:
    """Token ``k`` is a ranking word heading its own phrase: a superlative or "first" followed by a
    preposition or the clause's end ("the lowest in Europe", "the first of its kind"), or "most" /
    "least" with one adjective ("the most effective of the three"); not one premodifying a noun
    ("the first treatment offered", "the best option"), which names a role."""
    if c.word(k) not in _HEDGES_RANKING_WORDS:
        return False
    if c.word(k) in _HEDGES_RANKING_ADVERBS and not c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END):
        k += 1
    return (not c.word(k + 1) or c.marks_before(k + 1, _CLAUSE_OR_SENTENCE_END)
            or c.word(k + 1) in _HEDGES_RANKING_FOLLOWERS)


_HEDGES_POSTMODIFIER_OPENERS = words("hedges_postmodifier_openers")
_HEDGES_SUBJECT_PREMODIFIERS = words("hedges_subject_premodifiers")
_HEDGES_SUBJECT_REACH = 16
_HEDGES_LY_VERBS = words("hedges_ly_verbs")


def _should_subject(c: Context) -> str:
    """The head of the subject of "should": the word before it, or past a comma-bounded aside
    (``_subject_past_aside``), or, where the clause opens with a person followed by a
    postmodifier, that person: "adults [at average risk for colon cancer] should begin
    screening", "people [interested in trying it] should reach out", "parents [who think it
    helps] should be aware". A noun phrase's head comes before its postmodifying prepositional
    phrase, participle or relative clause (Quirk et al. 1985, 17.2, 17.34-17.44), so the last
    word before the modal ("cancer", "it", "helps") is not its subject. Round 16: the expectation
    test for "should" read "it" in "people interested in trying it should reach out" as a
    proposition subject and "cancer" as no advised person, and counted advice as a hedge."""
    subject = _subject_past_aside(c)
    if subject != c.word(c.start - 1):
        return subject
    k = c.start - 1
    while k > max(c.first, c.start - _HEDGES_SUBJECT_REACH) and not c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
        k -= 1
    while c.word(k) in _HEDGES_SUBJECT_PREMODIFIERS and k < c.start - 2:
        k += 1
    head = c.word(k)
    if head in _ADVISED_SUBJECTS | _HEDGES_ADVISED_PERSONS and c.word(k + 1) in _HEDGES_POSTMODIFIER_OPENERS:
        return head
    return subject


def _expected_onset(c: Context, k: int) -> bool:
    """After "start" or "begin" at ``k - 1``: whether what starts is a change a person undergoes
    or notices ("should start to feel better", "should begin seeing results"), which the
    expectation reading of "should" predicts, rather than an act they are advised to take up
    ("should start asking their doctors", "should begin to exercise"). Coates 1983, ch. 4:
    root SHOULD takes an agentive verb, epistemic SHOULD a state or a change."""
    at = k + 1 if c.word(k) == "to" else k
    verb = c.word(at)
    stems = {verb, verb[:-3], verb[:-3] + "e"} if verb.endswith("ing") else {verb}
    if stems & (_HEDGES_EXPECTED_VERBS | _UNDERGONE_VERBS) or verb in {"", "go", "going", "get", "getting"}:
        return True
    return bool({c.word(at + 1), c.word(at + 2)} & _HEDGES_IMPROVEMENT_WORDS)  # "start to sleep better"


def hedges_would_in_present_frame(c: Context) -> bool:
    """"would" counts as a tentative conclusion only where the sentence before it is told in the
    present ("fewer side effects would lower costs", "it makes sense that they would be at higher
    risk"), not where it is framed by a past-tense verb: "there wasn't any evidence it would work",
    "half had scores high enough that a statin would be recommended", "she made a discovery that
    would change the industry". In a past frame "would" is the backshifted "will", the future in
    the past (Quirk et al. 1985, 4.58 and 14.31), which tells what was expected then, not how
    likely the writer thinks a claim is now."""
    return not (_told_in_the_past(c) or _past_by_its_auxiliary_or_object(c) or _relative_would_after_past_event(c)
                or _unreal_referent(c, creating=True) or _temporal_clause(c))


_HEDGES_NEGATED_PAST = words("hedges_negated_past")
_HEDGES_PRESENT_PERFECT = words("hedges_present_perfect")
_HEDGES_RELATIVE_WORDS = words("hedges_relative_words")
_HEDGES_CONTENT_OPENERS = words("hedges_content_openers")


def _past_by_its_auxiliary_or_object(c: Context) -> bool:
    """The sentence up to "would" is told in the past by a finite verb that ``_hedges_finite_past``
    does not read: a negated past auxiliary ("it wasn't clear to me that this would help", "the
    review didn't find signs that zinc would work"), the past tense carried by the contracted or
    full negative (Quirk et al. 1985, 3.23 and 3.37: "didn't", "wasn't" are finite past forms),
    or an -ed verb that takes an object after a noun subject ("the company outlined a plan to
    limit the chances that women would take it"; an -ed word before a determiner is finite, as
    ``_relative_would_after_past_event`` reads it, unless its passive keeps an object). Either way
    the "would" is the backshifted "will" of what was expected or found then (Quirk et al. 1985,
    4.58 and 14.31), not the writer's tentative claim now; a present verb in the frame keeps
    the reading open. Round 20: the dev and fresh hedges' "wasn't clear that this would be
    helpful", "didn't find any signs that zinc would work". Round 21 (code review): a past verb
    after a relative word is in a relative clause on the subject and tells nothing of the
    frame ("patients who weren't vaccinated would face a higher risk", "a drug that targeted
    the protein would be an advance": the conditional "would" of the main clause, a hedge)
    unless a content-clause opener ("that", "whether", a zero-that subject) follows it."""
    before = c.tokens.words[c.first:c.start]
    if any(w in _HEDGES_CONDITIONAL_OPENERS for w in before):
        return False  # "if it hadn't been for her, they would never have known": a hypothesis
    frame = _words_back(c, None, _CLAUSE_OR_SENTENCE_END)  # the clause that holds "would", back to a mark
    if any(w in _HEDGES_PRESENT_FINITE for w in frame):
        return False
    def reported(j: int) -> bool:  # round 21: a past verb in a relative clause on the subject
        return (not _in_relative_clause(frame, j)  # "patients who weren't vaccinated would"
                or any(w in _HEDGES_CONTENT_OPENERS for w in frame[j + 1:]))  # "who didn't think it would"
    if any(w in _HEDGES_NEGATED_PAST and reported(j) for j, w in enumerate(frame)):
        return True
    return any(_is_past(w) and w not in _HEDGES_OBJECT_PASSIVES and frame[j + 1] in _HEDGES_OBJECT_DETERMINERS
               and (j == 0 or frame[j - 1] not in _HEDGES_PRESENT_PERFECT)  # "hasn't studied the": a participle
               and reported(j) for j, w in enumerate(frame[:-1]))


_HEDGES_VERB_GROUP_WORDS = words("hedges_verb_group_words")


def _in_relative_clause(frame: list[str], j: int) -> bool:
    """The past verb at ``frame[j]`` is the relative clause's own verb: it belongs to the first verb
    group after the last relative word ("patients who weren't vaccinated", "a drug that
    targeted the protein", "those who were given the drug"). A past verb after the relative clause
    has closed on its own verb and words ("a review which pooled nine studies didn't find") is the
    main clause's finite verb, which tells the frame (round 22 code review of the round-21 mend;
    Quirk et al. 1985, 17.8: a relative clause holds one finite verb phrase)."""
    relatives = [i for i, w in enumerate(frame[:j]) if w in _HEDGES_RELATIVE_WORDS]
    if not relatives:
        return False
    first = next(i for i in range(relatives[-1] + 1, j + 1)
                 if i == j or frame[i] in _HEDGES_NEGATED_PAST or frame[i] in _HEDGES_VERB_GROUP_WORDS or _is_past(frame[i]))
    return all(w in _HEDGES_VERB_GROUP_WORDS or w in _HEDGES_NEGATED_PAST or _is_past(w) or w.endswith("ly")
               for w in frame[first:j])


_HEDGES_NONSPECIFIC_WORDS = words("hedges_nonspecific_words")
_HEDGES_SEEKING_VERBS = words("hedges_seeking_verbs")
_HEDGES_CREATING_VERBS = words("hedges_creating_verbs")
_HEDGES_ANTECEDENT_REACH = 6


def _unreal_referent(c: Context, creating: bool = False) -> bool:
    """A "could", "would" or "might" whose subject is the relative pronoun of a restrictive clause
    ("that", "which", no comma) about a thing that does not exist or is not a particular one: the
    antecedent follows a non-assertive word ("lacks any trial that might settle it", "there was
    nothing that could be done", "any drug that could help them is welcome") or is the object of
    a verb of needing, lacking or seeking ("he needed an anaesthetic that would wear off sooner",
    "searching for a cream that would work"); with ``creating``, also of an unfinished verb of
    making or finding ("to design a molecule that would block it", "developing a pump that
    would ...": the effected object of Quirk et al. 1985, which comes into being only through the
    act; a finite "developed a test that could ..." names one that exists and keeps the hedge).
    Such a noun phrase has non-specific reference (Quirk et al. 1985 on specific and non-specific
    reference and non-assertive "any", "no": the objects of "want", "need", "look for" refer to
    no particular thing), so the modal states the property wished for, a hypothetical or root
    possibility (Coates 1983, ch. 5 and 8; Palmer 2001, ch. 7: non-factual
    relative clauses), not the writer's doubt about a claim. Round 11: the dev hedges' "lacks
    results from any definitive trial that might provide guidance", "trying to find a face cream
    that would make my skin look young"."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS:
        k -= 1
    if k <= c.first or c.word(k) not in {"that", "which"} or c.marks_before(k, _CLAUSE_OR_SENTENCE_END):
        return False
    for j in range(k - 1, max(c.first, k - _HEDGES_ANTECEDENT_REACH) - 1, -1):
        w = c.word(j)
        if w in _HEDGES_NONSPECIFIC_WORDS:
            return True
        if j == k - 1:
            continue  # the antecedent's own head: "a search that could take years" (a noun, no verb)
        if w in _HEDGES_SEEKING_VERBS:
            return True
        if creating and w in _HEDGES_CREATING_VERBS and (w.endswith("ing") or c.word(j - 1) == "to"):
            return True
        if c.marks_before(j, _CLAUSE_OR_SENTENCE_END):
            return False
    return False


_HEDGES_TEMPORAL_OPENERS = words("hedges_temporal_openers")
_HEDGES_CLAUSE_SUBJECT_STARTS = words("hedges_clause_subject_starts")
_HEDGES_MAIN_FINITE = (words("hedges_present_finite") | _PAST_TENSE | words("hedges_irregular_past")
                       | words("hedges_past_auxiliaries") | words("hedges_main_finite"))
_HEDGES_TEMPORAL_REACH = 8


def _temporal_clause(c: Context) -> bool:
    """The modal is the verb of a clause of time opened by "until", "till" or "before": "more
    research is needed before the drink could be sold", "they waited until a panel could
    document a benefit", "try six weeks before you would give up", "Before the test could be
    used, it must be validated". Such a clause places one event in time against another; its
    modal is the non-factual verb form the clause takes for an event still ahead of the main
    clause (Quirk et al. 1985, ch. 14-15, putative and hypothetical verb forms in adverbial
    clauses of time; Coates 1983, ch. 5, root "could"), not the writer's doubt about a claim;
    what hedges such a sentence is the main clause ("must be validated", "more research is
    needed"). A clause, not a phrase: the opener is followed at once by a subject (a
    determiner, a pronoun), nothing between it and the modal is a finite verb, and the opener
    begins the sentence or follows a main clause with its own finite verb; "treatment before
    surgery could help" (a phrase: the modal is the main verb) keeps the hedge. Round 16: dev
    labels read "until the soldier could be transported", "waited until an independent panel
    could document", "before you would give up" as no hedge."""
    k = c.start - 1
    while k > max(c.first, c.start - _HEDGES_TEMPORAL_REACH) and c.word(k) not in _HEDGES_TEMPORAL_OPENERS:
        k -= 1
    if c.word(k) not in _HEDGES_TEMPORAL_OPENERS or c.word(k + 1) not in _HEDGES_CLAUSE_SUBJECT_STARTS:
        return False
    if not unbroken(c, k + 1, c.start + 1, _CLAUSE_OR_SENTENCE_END):
        return False
    between = c.tokens.words[k + 1:c.start]
    if any(w in _HEDGES_MAIN_FINITE for w in between):
        return False
    if k == c.first:
        return True  # "Before the test could be used, ...": the clause opens the sentence
    frame = c.tokens.words[c.first:k]
    return any(w in _HEDGES_MAIN_FINITE or _is_past(w) for w in frame)


def hedges_could_of_a_real_referent(c: Context) -> bool:
    """"could" counts unless it sits in a relative clause about a thing wished for or not
    particular ("any treatment that could improve their lives", "nothing that could be done",
    "we need a test that could run at home"): there it names a hypothetical or root possibility of
    the thing sought, not the writer's doubt (``_unreal_referent``; Coates 1983, ch. 5)."""
    return not (_unreal_referent(c) or _temporal_clause(c) or _past_perception(c))


_HEDGES_PERCEPTION_VERBS = words("hedges_perception_verbs")
_HEDGES_SEEN_OUTCOMES = words("hedges_seen_outcomes")
_HEDGES_ASKING_VERBS = words("hedges_asking_verbs")
_HEDGES_ASKED_WH_WORDS = words("hedges_asked_wh_words")
_HEDGES_COPULAS = frozenset({"is", "are", "was", "were", "be"})


def hedges_likely_not_asked(c: Context) -> bool:
    """"likely" counts unless it is the predicate of an indirect question: "a blood test to predict
    whether their babies are likely to have Down's", "to identify which patients are likely to
    benefit", "the kit tells women if the lump is likely to be benign", "figure out who is likely to need
    a therapist". The clause asks which case holds, and a test or a study answers it; the question
    carries the doubt and "likely" claims nothing (Quirk et al. 1985, 15.5: interrogative content
    clauses; guide.md, settled: a modal inside an indirect question is `not_claim`, and "likely"
    is the adjective of the same epistemic scale). Read only where "likely" follows the clause's
    copula ("are likely", "is likely") and the clause is opened, with no other verb between, by
    "whether", by an "if" after a verb of finding out or telling (its object may stand between, no
    comma: "ask your doctor if"; ``_if_asked``), or by "which", "what" or "who" after a verb of
    finding out or telling ("predict", "determine", "indicate", "pick out", "tell"). A
    relative clause ("patients who are likely to be treated", "a trend which is likely to
    continue") keeps the hedge, as do how- and why-clauses, which take their content as given.
    Round 22: the fresh hedges' "predict which fertility treatments are likely to work" and
    unlabelled dev findings of the same form in five more stories."""
    return not _likely_in_indirect_question(c)


def _likely_in_indirect_question(c: Context) -> bool:
    k = c.start - 1
    if c.word(k) not in _HEDGES_COPULAS:
        return False
    for j in range(k - 1, max(c.first, k - 9) - 1, -1):
        if c.marks_before(j + 1, _CLAUSE_OR_SENTENCE_END):
            return False
        w = c.word(j)
        if w in _HEDGES_FINITE_VERB_SIGNS:
            return False  # the clause has a verb of its own before the copula
        if w == "whether":
            return True
        if w == "if":
            return (j > c.first and c.word(j - 1) not in _CONDITIONAL_BEFORE_IF
                    and not c.marks_before(j, _CLAUSE_OR_SENTENCE_END) and _if_asked(c, j))
        if w in _HEDGES_ASKED_WH_WORDS:
            before = c.word(j - 2) if c.word(j - 1) == "out" else c.word(j - 1)
            return not c.marks_before(j, _CLAUSE_OR_SENTENCE_END) and (
                before in _HEDGES_ASKING_VERBS or _inquiry_preposition(c, j - 1))
    return False


# How far before "if" the verb that asks may stand: "tells women if", "ask your doctor if".
_IF_ASKED_REACH = 3


def _if_asked(c: Context, j: int) -> bool:
    """Whether the "if" at ``j`` opens an indirect question: a verb of finding out or telling stands
    before it, with at most its object between and no comma ("ask your doctor if", "tells women if",
    "check if"); otherwise it opens a condition ("avoid the drug if they are likely to become
    pregnant", "surgery is advised if the tumour is likely to spread"), and the hedge stands."""
    for i in range(j - 1, max(c.first, j - _IF_ASKED_REACH) - 1, -1):
        if c.word(i) in _HEDGES_ASKING_VERBS:
            return True
        if c.marks_before(i + 1, _CLAUSE_OR_SENTENCE_END):
            return False
    return False


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
    return _hedges_finite_past(sentence) or any(w in _HEDGES_NEGATED_PAST for w in sentence)


def _relative_would_after_past_event(c: Context) -> bool:
    """A "would" whose subject is a relative pronoun ("a trial that would save his life", "a drug
    which would become the standard") after a finite past verb with a noun subject and its object
    ("the mother discovered a trial that would ...", "the agency approved a drug which would ...").
    The relative clause tells what the thing went on to do, the future in the past (Quirk et al.
    1985, 4.58), not how likely the writer thinks a claim is now. ``_told_in_the_past`` reads an
    -ed word as finite only after a pronoun, since after a noun it is as often a participle ("the
    gas consumed by cars"); an -ed word followed by a determiner takes an object, so it is finite
    ("discovered the existence"), unless it is a verb whose passive keeps an object ("patients
    prescribed a statin", ``hedges_object_passives``). Not in a research report's own voice ("we
    tested whether the stress induced a change that would culminate ...": an inference, which
    BioScope counts) nor beside a present verb."""
    k = c.start - 1
    while c.word(k) in _MODAL_ADVERBS or c.word(k) in _HEDGES_NARRATIVE_ADVERBS:
        k -= 1
    if k <= c.first or c.word(k) not in _HEDGES_RELATIVE_PRONOUNS:
        return False
    frame = c.tokens.words[c.first:k]
    if any(w in _HEDGES_AUTHOR_WORDS or w in _HEDGES_PRESENT_FINITE for w in frame):
        return False
    return any(_is_past(w) and w not in _HEDGES_OBJECT_PASSIVES and frame[j + 1] in _HEDGES_OBJECT_DETERMINERS
               for j, w in enumerate(frame[:-1]))


def indicate_as_inference(c: Context) -> bool:
    """"indicate" hedges where evidence points to a conclusion ("the data indicate a benefit",
    "levels indicated an infection"); not where it means to show or signal which case holds ("a
    breath test to indicate which patients have cancer", "a light indicates when the dose is
    done"), a drug's approved use ("indicated for adults with asthma"), or a pointer to a place
    in the text ("as indicated on the label"). A wh-clause after it names what a device or
    marker reads out, with no claim inferred (BioScope guidelines, Vincze et al. 2008: "indicate"
    is a speculation cue only where it introduces a proposition the author infers)."""
    if c.word(c.start - 1) == "as":
        return False
    return c.word(c.end) not in _HEDGES_INDICATE_LITERAL_NEXT


def _told_in_the_past(c: Context) -> bool:
    """The sentence up to the match is framed by a finite past verb and holds no present one."""
    frame = c.tokens.words[c.first:c.start]
    return _hedges_finite_past(frame) and not any(w in _HEDGES_PRESENT_FINITE for w in frame)


def _hedges_finite_past(frame: list[str]) -> bool:
    """A finite past-tense verb in ``frame``: a listed past form ("was", "had", "said", "spent"),
    or an -ed form right after its subject pronoun ("she tried", "who rated"). An -ed word after
    a noun is as often a participle ("the gas consumed by cars", "a current discharged between
    electrodes"), which sets no past frame."""
    for k, w in enumerate(frame):
        if w in _PAST_TENSE or w in _HEDGES_IRREGULAR_PAST:
            return True
        if _is_past(w) and k and frame[k - 1] in _HEDGES_PAST_SUBJECTS:
            return True
    return False


def hedges_whether_open_question(c: Context) -> bool:
    """"whether" counts as a question left open ("it is unclear whether", "the question of whether
    it helps remains", "research on whether ..."), where a word of doubt or inquiry frames it; a
    diagnostic or everyday "whether" is shown but not counted: "a test to determine whether a
    patient is responding", "ask your doctor whether you are a candidate", "no difference whether
    mothers took DHA or placebo" (Quirk et al. 1985, 15.5: an interrogative clause is doubt only
    where its matrix leaves the answer unknown; BioScope guidelines, Vincze et al. 2008, mark
    "whether" as a cue of an unresolved proposition). Also the alternatives ``whether_as_question``
    rejects. A verb of inquiry right before it ("to determine whether X binds Y", "we asked
    whether") makes a research question, unless a diagnostic test is what determines it. Round
    14: not the object of a study's own inquiry told as its design ("To test whether ...", "set
    out to assess whether", "we explored whether"; ``_whether_as_study_design``): the audit
    guide's `methods`, unless a word of doubt or an inquiry still ahead keeps it open."""
    if not whether_as_question(c):
        return False
    if _deliberative_whether(c):
        return False
    if _whether_as_study_design(c):
        return False
    if any(w in _HEDGES_OPEN_QUESTION_WORDS for w in c.tokens.words[c.first:c.last]):
        return True
    frame = c.tokens.words[c.first:c.start]
    diagnostic = any(w in _DIAGNOSTIC_NOUNS and (k == 0 or frame[k - 1] != "to") for k, w in enumerate(frame))
    return not diagnostic and any(w in _HEDGES_INQUIRY_VERBS for w in frame[-8:])


def _whether_as_study_design(c: Context) -> bool:
    """"whether" as the object of the study's own act of inquiry, told as its design: a purpose
    infinitive ("To test whether the decline caused ageing, the team ...", "set out to assess
    whether", "sought to determine whether") or a past act ("we explored whether", "they
    examined whether"). The clause states what was asked, a method, and the answer follows in
    the results; the writer leaves no claim in doubt (the audit guide's `methods` code; round 14:
    dev labels read "To test whether", "set out to assess whether", "explored whether" as methods).
    Kept: a word of doubt in the sentence ("it is unclear, so they tested whether"), or the
    inquiry still ahead ("further trials will test whether", "the goal of future research is to
    determine whether"), where the question stays open."""
    k = c.start - 1
    verb = c.word(k)
    if verb not in _HEDGES_RESEARCH_ACTS:
        return False
    words_ = c.tokens.words[c.first:c.last]
    if any(w in _HEDGES_DOUBT_WORDS or w in _HEDGES_INQUIRY_AHEAD for w in words_):
        return False
    if verb.endswith("ed"):
        return True  # "we explored whether", "the team examined whether"
    if c.word(k - 1) != "to":
        return False
    return k - 1 == c.first or c.word(k - 2) in _HEDGES_PURPOSE_FRAMES  # "To test whether", "set out to assess"


def _deliberative_whether(c: Context) -> bool:
    """"whether to" + verb ("the decision on whether to give antibiotics", "a debate about whether
    to operate early", "I didn't know whether to laugh or cry"): a choice of what to do, the
    question form of a deontic "should" (Quirk et al. 1985, 15.6: the to-infinitive
    interrogative clause is deliberative, "whether we should ..."). It leaves no fact in doubt,
    so it qualifies no claim; the family does not count deontic "should" either."""
    k = c.end
    if c.word(k) == "or" and c.word(k + 1) == "not":
        k += 2  # "whether or not to treat"
    if c.word(k) == "to" and not c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        return True
    return _deliberative_should(c, k)


_HEDGES_DELIBERATING_SUBJECTS = words("hedges_deliberating_subjects")


def _deliberative_should(c: Context, k: int) -> bool:
    """The finite form of the deliberative question: "whether" + a subject naming people who could
    act + "should" ("wondering whether they should be getting spinal taps", "uncertain about
    whether they should be using aspirin", "questions such as whether women should freeze their
    eggs"). The "should" is deontic, the question is what those people ought to do, the same
    question as "whether to" (Quirk et al. 1985, 15.6 and 11.12: deliberative questions; Palmer
    2001: deontic "should"); it leaves no claim in doubt. A subject that names a thing or a
    practice keeps the open question ("it remains unknown whether isoflavone consumption should
    be encouraged": whether the evidence supports it). Round 30: dev hedges counted "whether they
    should be getting spinal taps" and "whether they should be using aspirin"."""
    if c.word(k) not in _HEDGES_DELIBERATING_SUBJECTS or c.marks_before(k, _HEDGES_CLAUSE_BREAKS):
        return False
    return c.word(k + 1) in {"should", "shouldn't"} or (c.word(k + 1) == "ought" and c.word(k + 2) == "to")


def hedges_might_possibility(c: Context) -> bool:
    """"might" counts as possibility, not where it offers a tentative directive ("you might want
    to check your blood pressure", "patients might wish to ask"), asks someone's willingness
    ("staff who might be willing to test it"), or names the standard of a comparison with its
    verb left out ("the blood isn't clotting as well as it otherwise might"): Palmer 2001, 4.4
    (tentative "might" in suggestions) and Quirk et al. 1985, 12.21 (ellipsis after a modal
    in comparative clauses). Questions are left to ``not_in_a_question``. Round 14: nor in an
    embedded question ("to determine whether infertility might be the problem", "to see what
    might explain it"), which ``epistemic_could`` and ``epistemic_would`` already pass over: the
    question carries the doubt, the modal claims nothing (Quirk et al. 1985, 15.5)."""
    if _in_indirect_question(c) or _clinician_option(c):
        return False  # round 15: "doctors might add acupuncture", an option of care
    k = _verb_after(c)
    if c.word(k) in _HEDGES_TENTATIVE_DIRECTIVES and c.word(k + 1) == "to":
        return False
    if c.word(k) == "be" and c.word(k + 1) == "willing":
        return False
    if _unreal_referent(c) or _temporal_clause(c):
        return False  # "lacks any trial that might settle it": a property wished for (round 11)
    return not _comparative_standard(c)


def _comparative_standard(c: Context) -> bool:
    """The modal stands in a comparative clause opened by "than" or "as" whose verb is left out or
    closes it: "more bad nights than good sleepers would have", "it treats the injury, not the
    pain as pills would", "the blood isn't clotting as well as it otherwise might", "more
    complicated than parents might expect". The clause names the standard a comparison is
    measured against, a hypothetical case with its predicate ellipted (Quirk et al. 1985, 15.63
    and 12.21: comparative clauses and ellipsis after a modal), so the modal asserts nothing and
    leaves no claim in doubt. "than"/"as" must be within four words before the modal with no
    break between, and the clause must end right after the modal or after its verb: "repairing
    it earlier rather than later may result in better outcomes" (the main verb) stays a hedge.
    Round 14 read it for "might"; round 16 for "would", "could" and "may" (dev: "than normal
    sleepers would experience", "as medications would")."""
    back = c.before(4)
    at = [i for i, w in enumerate(back) if w in {"than", "as"}]
    if not at:
        return False
    opener = c.start - len(back) + at[-1]
    if not unbroken(c, opener + 1, c.start + 1, _CLAUSE_OR_SENTENCE_END):
        return False
    closes = ",;:.!?)"
    verb = _verb_after(c)
    return any(j >= c.last or c.marks_before(j, closes) for j in (c.end, verb + 1))


def hedges_belief_held(c: Context) -> bool:
    """"believe" counts as a belief held with reserve ("we believe these results will help"),
    not a belief declared impossible or denied after the fact, which marks surprise ("it's almost
    impossible for me to believe", "I didn't believe it even existed", a garbled "I could've
    believe it"), nor one demanded of the reader ("you've got to believe"): Hyland 2005 counts
    "believe" as the writer's tentative commitment. Extends ``not_astonishment``. Round 9c: nor
    "believe in" (trust or faith in a person, a method, a cause: a transitive sense with no
    proposition, OED "believe" 2) or the idiom "believe it or not", which flags a surprise."""
    back = c.before(4)
    if any(w in _HEDGES_DENIED_BELIEF for w in back) and "to" in back[-2:]:
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


def seem_not_concessive(c: Context) -> bool:
    """"seem", "sound", "look" after a concessive "may" or "might" ("It may seem odd, but the
    cream works") grant a point the writer then sets aside (Quirk et al. 1985, 15.19), like
    ``epistemic_may``'s concession: the writer commits to the "but" clause, so neither word
    hedges. "It may seem to help, but ..." (a complement in "to") stays a hedge. Round 16: nor
    an appearance the sentence itself belies (``_appearance_belied``); the rule also reads
    "seemed" and "appear", "appears", "appeared"."""
    if _appearance_belied(c):
        return False
    if c.word(c.start - 1) not in {"may", "might"} or c.word(c.end) == "to":
        return True
    return not _concession_follows(c, c.start)


_HEDGES_APPEARANCE_FRAMES = words("hedges_appearance_frames")
_HEDGES_REALITY_MARKERS = words("hedges_reality_markers")


def _appearance_belied(c: Context) -> bool:
    """"seem" or "appear" framed as a passing or possible appearance ("ideas that at first seem
    mad", "a rash can appear harmless", "what had at one time seemed simple", "relative risk can
    make a problem seem bigger") in a sentence that states the reality against it ("... can turn
    out to save lives", "... but may in fact need care", "... than its actual size"). The
    appearance is set up to be corrected: the writer commits to the reality, so the verb
    withholds no commitment from a claim (Hyland 2005: hedges mark reduced commitment; Quirk et
    al. 1985, 15.19 on the concession granted only to be overridden, as in ``_concession_follows``;
    Aijmer 2009 on "seem" of an appearance contrasted with what is). The frame must stand in the
    three words before the verb; the reality marker anywhere in the sentence. Round 16: the dev
    hedges' "at first seem crazy can turn out", "had at one time seemed ... has turned out"."""
    if not any(w in _HEDGES_APPEARANCE_FRAMES for w in c.before(3)):
        return False
    sentence = c.tokens.words[c.first:c.last]
    pairs = {f"{a} {b}" for a, b in zip(sentence, sentence[1:])}
    return bool((set(sentence) | pairs) & _HEDGES_REALITY_MARKERS)


_HEDGES_NOT_GERUNDS = words("hedges_not_gerunds")


def hedges_suggest_not_mandative(c: Context) -> bool:
    """"suggest" counts as a tentative conclusion, not as advice: a "that" clause with a putative
    "should" ("the guidelines suggest that people at risk should be on statins") is mandative, a
    recommendation (Quirk et al. 1985, 16.32 and 14.25: mandative and putative "should" after
    verbs of suggesting). Evidence as the subject keeps the inference: "these data suggest that
    the dose should be lowered" (BioScope marks it speculation). The "should" must be in the
    "that" clause: "experts suggest that it helps, but patients should still ask" is a hedge.
    Round 26: the mandative subjunctive, the same advice without "should" ("suggested that she take
    the test", "I'd not suggest they switch"; ``_mandative_subjunctive``)."""
    if not hedges_not_a_name_gloss(c):
        return False  # "as the name suggests, it suppresses bone breakdown": a word's sense glossed
    if _suggests_more_research(c):
        return False  # "results which suggest further controlled studies": research recommended
    if _mandative_subjunctive(c):
        return False  # "suggested that she take the test", "I'd not suggest they switch": advice
    if c.word(c.start) == "suggested" and c.word(c.start - 1) in _HEDGE_DETERMINERS | {"a", "an"} \
            and c.word(c.end) not in {"that", "by", "to", "in", ""}:
        return False  # "the suggested amount of exercise": recommended, a norm named, no inference
    if any(w in _RESEARCH_SUBJECTS for w in c.tokens.words[c.first:c.start]):
        return True  # "these data suggest that the dose should be lowered": an inference from evidence
    if _advisory_subject(c) or _practitioner_recommends(c):
        return False  # "current guidelines suggest that screening begin at 50": a recommendation
    if c.word(c.end).endswith("ing") and len(c.word(c.end)) > 5 and c.word(c.end) not in _HEDGES_NOT_GERUNDS:
        return False  # "some doctors suggest doubling the dose": advice (Quirk et al. 1985, 16.40)
    clause: list[str] = []
    for index in range(c.end, c.last):
        if clause and (c.marks_before(index, _HEDGES_CLAUSE_BREAKS) or c.word(index) in _HEDGES_CLAUSE_CONJUNCTIONS):
            break
        clause.append(c.word(index))
    return not (clause[:1] == ["that"] and "should" in clause)


_HEDGES_NAME_NOUNS = words("hedges_name_nouns")
_HEDGES_NAME_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that"})


def hedges_not_a_name_gloss(c: Context) -> bool:
    """"suggest" or "imply" in a comment clause on a name ("as the name suggests, it suppresses bone
    breakdown", "COPD is, as the name suggests, a chronic lung disease", "as its name implies"):
    the verb tells what a word means, and the "as" clause of comment vouches for the main clause,
    as "as you know" does (Quirk et al. 1985, 15.53-15.57: "as" comment clauses presuppose the
    truth of the matrix). The writer glosses a name and softens no claim; Hyland 1998 counts
    "suggest" as a hedge where it presents a tentative inference from evidence, and a name is no
    evidence. Round 30: four dev stories counted "as the name suggests" / "implies" as hedges."""
    back = c.before(3)
    if len(back) < 3 or back[0] not in {"as", "like"}:
        return True
    return not (back[1] in _HEDGES_NAME_DETERMINERS and back[2] in _HEDGES_NAME_NOUNS)


_HEDGES_MANDATIVE_SUBJECTS = words("hedges_mandative_subjects")
_HEDGES_MANDATIVE_SINGULAR_SUBJECTS = words("hedges_mandative_singular_subjects")
_HEDGES_MANDATIVE_VERBS = words("hedges_mandative_verbs")
_HEDGES_MANDATIVE_SINGULAR_VERBS = words("hedges_mandative_singular_verbs")


def _mandative_subjunctive(c: Context) -> bool:
    """"suggest" followed by a mandative subjunctive, a subject naming people and a verb in its base
    form ("when the doctor suggested that she take the test", "I'd not suggest they switch",
    "nobody is suggesting that women start using estrogen", "it is hard to suggest he stop
    screening"): the verb of suggesting proposes an act, a recommendation, and softens no claim
    (Quirk et al. 1985, 16.32: the mandative subjunctive after verbs of suggesting, the form
    without "should"; round 26, dev labels read "suggested that she take" and "suggest that
    people eat" as no hedge). A research subject keeps its inference for plural subjects, whose
    base form is also the present ("the results suggest that people eat too much salt"); a
    singular subject's base form ("she take", "he stop") and "be" are unambiguous. A plural's
    clause that describes practice, or a critic's charge, keeps the hedge too (round 27:
    ``_clause_describes_practice``, ``_alleging_suggester``)."""
    k = c.end
    if c.word(k) == "that":
        k += 1
    subject, subject_at = c.word(k), k
    if subject not in _HEDGES_MANDATIVE_SUBJECTS:
        return False
    k += 1
    if c.word(k) in {"not", "only", "also", "first"} or c.word(k).endswith("ly"):
        k += 1
    verb = c.word(k)
    singular = subject in _HEDGES_MANDATIVE_SINGULAR_SUBJECTS
    # after a past "suggested" a plural's base form is no present either ("suggested that people take
    # the test": the indicative would be "took"; a reviewer's reading, round 26)
    base_is_plain = singular or c.word(c.start) == "suggested"
    if not (verb in _HEDGES_MANDATIVE_VERBS or (base_is_plain and verb in _HEDGES_MANDATIVE_SINGULAR_VERBS)):
        return False
    # "be" has no present form it shares ("that patients be screened")
    if singular or verb == "be":
        return True
    if any(w in _RESEARCH_SUBJECTS for w in c.tokens.words[c.first:c.start]):
        return False
    return not (_clause_describes_practice(c, subject_at) or _alleging_suggester(c))


_HEDGES_DESCRIBED_HABIT_ADVERBS = words("hedges_described_habit_adverbs")
_HEDGES_EXCESS_AFTER_TOO = words("hedges_excess_after_too")
_HEDGES_ALLEGING_SUBJECTS = words("hedges_alleging_subjects")


def _clause_describes_practice(c: Context, subject_at: int) -> bool:
    """The "that" clause after a plural subject says what people do, not what they are told to do:
    an adverb of habit or of what has already happened ("people already eat", "doctors routinely
    avoid") or an excess ("eat too much protein", "start too late"). A plural's base form is also
    its present, and a proposal names an act to be done, which takes no frequency or "already"
    (Quirk et al. 1985, 16.32 mandative; 8.64-8.67 adverbs of frequency and time); an excess judges
    present practice. Round 27: "Some experts suggest that people eat too much protein already"
    lost its hedge."""
    for k in range(subject_at + 1, c.last):
        if c.marks_before(k, _HEDGES_CLAUSE_BREAKS | frozenset(".!?")) or c.word(k) in _HEDGES_CLAUSE_CONJUNCTIONS:
            return False
        word = c.word(k)
        if word in _HEDGES_DESCRIBED_HABIT_ADVERBS or (word == "too" and c.word(k + 1) in _HEDGES_EXCESS_AFTER_TOO):
            return True
    return False


def _alleging_suggester(c: Context) -> bool:
    """Critics, sceptics or opponents suggest, in the clause before the verb: what they suggest of
    a plural is a charge about practice ("critics suggest that doctors avoid difficult
    conversations"), a claim put tentatively, not advice to the people named (round 27)."""
    begin = c.back_to_break(c.start, _HEDGES_CLAUSE_BREAKS, 6)
    return any(w in _HEDGES_ALLEGING_SUBJECTS for w in c.tokens.words[begin:c.start])


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


_HEDGES_SUBJECT_FILLERS = words("hedges_subject_fillers")


def _practitioner_recommends(c: Context) -> bool:
    """"suggest" with a practitioner as its subject and an option, not a "that" clause, as its
    object: "her dermatologist suggested a new laser treatment", "doctors might suggest
    paracetamol instead", "surgeons suggested a knee replacement". A clinician suggesting a
    treatment to a patient recommends it (OED "suggest" 3, to propose a course of action; Quirk
    et al. 1985, 16.32, verbs of suggesting as mandative), the step of care round 15's
    ``_clinician_option`` reads in "a doctor may suggest surgery"; it draws no tentative
    conclusion from evidence, which is what Hyland (2005) and BioScope (Vincze et al. 2008) count
    as a hedge. Kept: a "that" clause, also a later or an unmarked one with a finite verb ("the
    surgeon suggested in an interview that the swelling came from an infection", "physicians
    suggest those with the most calcium would benefit": a tentative conclusion), and other
    subjects ("researchers suggest a link"). Round 16 (second pass): a person named or referred
    to as "he"/"she" proposes as a practitioner does ("Gray suggests mothers take any chance to
    hold their baby", "he typically suggests a trial of therapy", "DeSanto suggested a different
    approach"; ``_named_person``): a person suggesting a step to someone advises it (the dev
    hedges' wrong "suggest" of a named adviser in four stories)."""
    k = c.start - 1
    while k > c.first and c.word(k) in _HEDGES_SUBJECT_FILLERS:
        k -= 1
    if not (c.word(k) in _HEDGES_PRACTITIONERS or _named_person(c, k)) or c.word(c.end) == "":
        return False
    for j in range(c.end, min(c.last, c.end + 12)):
        if j > c.end and c.marks_before(j, _CLAUSE_OR_SENTENCE_END):
            break
        if c.word(j) in _HEDGES_FINITE_CLAUSE_SIGNS:
            return False
    return True


_HEDGES_NONPERSON_SUBJECTS = words("hedges_nonperson_subjects")
_HEDGES_NAME_PREPOSITIONS = frozenset({"at", "by", "for", "from", "in", "of", "the"})


def _named_person(c: Context, k: int) -> bool:
    """The word at ``k`` names one person as a subject: "he", "she", or a capitalised word that
    is not a pronoun or a common noun of reasoning ("This", "Experience") and is not the last
    word of a title or an institution's name ("the Journal of Clinical Medicine", "in Nature").
    A name opening the sentence counts ("DeSanto suggested ..."), unless it ends in -s, as the
    plural common nouns that open sentences do ("Reviewers suggest", "Critics suggest").

    At the sentence's start every word is capitalised, so the capital alone cannot tell a name;
    the -s guess keeps a plural group's tentative "suggest" a hedge instead of reading it as one
    adviser's advice (``_practitioner_recommends``)."""
    word = c.word(k)
    if word in {"he", "she"}:
        return True
    if not capitalised(c.surface(k)) or word in _HEDGES_NONPERSON_SUBJECTS or word in _RESEARCH_SUBJECTS:
        return False
    if k == c.first:
        return not word.endswith("s")  # "DeSanto suggested"; not "Reviewers suggest", "Critics suggest"
    return not capitalised(c.surface(k - 1)) and c.word(k - 1) not in _HEDGES_NAME_PREPOSITIONS


_HEDGES_ADVISORY_SUBJECTS = words("hedges_advisory_subjects")
_HEDGES_ADVISORY_FILLERS = words("hedges_advisory_fillers")


def _advisory_subject(c: Context) -> bool:
    """"suggest" whose subject is a guideline, a recommendation or the body that issues them
    ("current guidelines suggest cholesterol be treated with statins", "the task force first
    suggested that screening begin at 50", "despite guidelines suggesting that screening only
    begin at 65", "which the USPSTF suggests"). A guideline's business is advice, so its
    "suggest" is the mandative "recommend" (Quirk et al. 1985, 16.32 and 14.25: the mandative
    subjunctive "begin", "be treated" after verbs of suggesting), not a tentative conclusion
    drawn from evidence, which is what Hyland (2005) and BioScope (Vincze et al. 2008) count as a
    hedge. The subject is read where it stands: right before the verb (past "had", "first"), or
    before a parenthesis set off by commas ("the new guidelines, published in JAMA, suggest").
    Evidence named earlier in the sentence ("an analysis of the evidence behind the guidelines
    suggests") is read first by ``hedges_suggest_not_mandative`` and keeps the hedge. Round 13:
    the dev hedges' guidelines and task force "suggest" in six stories."""
    k = c.start - 1
    while k > c.first and c.word(k) in _HEDGES_ADVISORY_FILLERS:
        k -= 1
    if c.marks_before(k + 1, {","}):
        j = k
        while j > c.first and not c.marks_before(j, {","}):
            j -= 1
        k = j - 1 if j > c.first else k
    head = c.word(k)
    if head == "force":
        return c.word(k - 1) == "task"
    return head in _HEDGES_ADVISORY_SUBJECTS


def _suggests_more_research(c: Context) -> bool:
    """"suggest further studies", "suggest additional research should look at ...": "suggest" with
    a noun phrase of more research as its object recommends the research (the mandative sense,
    Quirk et al. 1985, 16.32), it draws no conclusion. A finite verb after the noun other than
    "should" makes the noun the subject of a claim suggested ("suggest more trials are failing"),
    which stays a hedge."""
    if c.word(c.end) not in _HEDGES_MORE_RESEARCH_MODIFIERS:
        return False
    for k in range(c.end + 1, min(c.last, c.end + 4)):
        if c.word(k) in _HEDGES_RESEARCH_NOUNS:
            return c.word(k + 1) not in _HEDGES_PRESENT_FINITE | _HEDGES_FINITE_BE | _HEDGES_EPISTEMIC_AFTER
    return False


def boosters_show_not_display(c: Context) -> bool:
    """"show" reports a result, not where it presents something to someone ("as Martha shows us
    in our cover story", "the ad shows you") or tells what a thing typically exhibits ("the
    hippocampus typically shows severe shrinkage", "showed signs of", "this graphic shows highlights"):
    the display sense, like ``shows_a_finding``'s exhibitor (Hyland 2005: "show" as a research
    verb). "Studies show us that" keeps its clause. Nor a result supposed in a condition ("unless
    studies showed", Palmer 2001: irrealis). Precision first: without a "that" clause or a passive,
    "show" counts only with research as its subject ("the trial showed a drop"); "these patterns
    showed the caregivers adapting", "the three genes showed a 90 percent sensitivity" exhibit, and
    stay visible, uncounted."""
    if c.word(c.end) in _BOOSTERS_DISPLAY_OBJECTS and "that" not in {c.word(c.end + 1), c.word(c.end + 2)}:
        return False
    if c.word(c.end) in _BOOSTERS_DISPLAYED_THINGS or any(w in _BOOSTERS_DISPLAY_MEDIA for w in c.before(3)):
        return False  # "the vaccine showed signs of effectiveness", "this motion graphic shows highlights"
    if any(w in {"if", "unless", "until"} for w in c.before(5)):
        return False  # "unless further studies showed no benefit": a result supposed, not obtained
    if c.word(c.start - 1) in _BOOSTERS_HABIT_ADVERBS:
        return False
    if c.word(c.end) in {"that", "to"} or _passive_of_a_result(c) or _boosters_that_follows(c):
        return True  # "studies show that", "a vaccine shown to protect mice", "has been shown in trials"
    if any(w in _BOOSTERS_RESULT_NOUNS for w in c.tokens.words[c.end:min(c.last, c.end + 4)]) and not _people_exhibit(c):
        return True  # "therapies that have shown the best results", "vaccines have shown great promise"
    if c.word(c.start - 2) == "as" and c.word(c.start - 1) in _PERSONAL_PRONOUNS:
        return True  # "as I showed in a commentary": the writer citing a result of their own
    return _boosters_research_subject(c)


def _boosters_research_subject(c: Context) -> bool:
    """Research heads the subject of "show": "the trial showed improved outcomes", "other studies
    have shown positive results"; not a study named inside a phrase about people ("women who used
    it at the start of the study showed a lower risk"), where "show" is what they exhibit."""
    after = c.tokens.words[c.end:min(c.last, c.end + 4)]
    if any(w in _RESEARCH_SUBJECTS for w in after):
        return True  # "the diet did not help, shows a small study": the reporting clause inverted
    frame = [w if w != "we" else "" for w in c.tokens.words[c.first:c.start]]  # "we had a scan, and it showed"
    for subject in (_subject_words(c), frame):
        if any(w in _RESEARCH_SUBJECTS and not _BOOSTERS_PREPOSITIONS & set(subject[max(0, i - 2):i])
               for i, w in enumerate(subject)):
            return True  # the whole frame too: "preliminary results, presented in May, showed"
    return False


_BOOSTERS_EXHIBITORS = words("boosters_exhibitors")


def _people_exhibit(c: Context) -> bool:
    """People head the subject of "show" ("the patients showed no improvement", "those who had
    exercised showed an 18 percent improvement", "she showed some improvement"): what they exhibit,
    the display sense, even before a result noun; "therapies that have shown the best results" keeps
    its option as subject. Research in the subject still reports ("participants' scans, the study
    showed, ..." goes to ``_boosters_research_subject``). Hyland 2005 counts "show" as a research
    verb reporting a finding; a person's showing no improvement reports none. A new user's report:
    "showed no improvement" of patients counted as certainty."""
    subject = _subject_words(c)
    return "who" in subject or any(w in _BOOSTERS_EXHIBITORS for w in subject)


def _boosters_that_follows(c: Context) -> bool:
    """A "that" clause a few words on, in the same clause: "shown for the first time that"."""
    for k in range(c.end, min(c.last, c.end + 5)):
        if c.marks_before(k, ",;:") and k > c.end:
            return False
        if c.word(k) == "that":
            return True
    return False


def boosters_certainty_not_denied(c: Context) -> bool:
    """A certainty word boosts where the writer asserts the certainty, not where it is denied:
    "far from conclusive", "no definite answer", "not obvious", "I cannot prove". A negated
    booster withholds commitment, a hedge's work (Hyland 2005, 3.5; Holmes 1984 on negated
    boosters)."""
    back = c.before(3)
    if any(w in _BOOSTERS_DENIALS for w in back) or _boosters_denied_in_clause(c) or _boosters_claim_withheld(c):
        return False
    if _boosters_denied_predicate(c):
        return False  # "conclusive evidence is rarely found in a single study"
    if c.word(c.start).startswith("prov") and c.word(c.start - 1) in {"can", "could"}:
        return False  # "the trial can prove it": a capability claimed, no proof held (Palmer 2001: irrealis)
    return not (back[-2:] == ["far", "from"] or back[-3:-1] == ["far", "from"])


def _boosters_denied_predicate(c: Context) -> bool:
    """An attributive certainty adjective in a subject whose predicate denies it: "conclusive
    evidence is rarely found in one study", "definite proof has never been shown". The denial
    follows the adjective in its clause, after the noun it modifies (Quirk et al. 1985, 10.64:
    a negative or a broad negative such as "rarely", "seldom" puts the whole clause in its
    scope). Only the adjectives: "they definitely should not take it" asserts a negative with
    certainty, a booster."""
    if c.word(c.start) not in _BOOSTERS_CERTAINTY_ADJECTIVES:
        return False
    for k in range(c.end, min(c.last, c.end + _BOOSTERS_DENIAL_REACH)):
        if c.marks_before(k, ",;:()"):
            return False
        if c.word(k) in _BOOSTERS_DENIALS or c.word(k) in _BOOSTERS_BROAD_NEGATIVES:
            return True
    return False


def _boosters_denied_in_clause(c: Context) -> bool:
    """A denial a few words back in the same clause: "you can't draw any conclusions about definite
    benefits", "there is no trial that shows a definite gain" (the negation's scope runs to the end
    of its clause, Quirk et al. 1985, 10.64). A denial of doubt between them asserts: "there is no
    doubt that the study clearly", "you can't deny that the results are conclusive"."""
    k = c.start
    while k > max(c.first, c.start - _BOOSTERS_DENIAL_REACH):
        if c.marks_before(k, ",;:()"):
            return False
        k -= 1
        if c.tokens.words[k] in _BOOSTERS_DENIALS:
            return not _boosters_denial_of_doubt(c.tokens.words[k:c.start])  # not "no denying that it clearly"
    return False


_BOOSTERS_SCOPE_DENIALS = words("boosters_scope_denials")
_BOOSTERS_COMMITMENT_HEADS = words("boosters_commitment_heads")
_BOOSTERS_SUPPOSITION_OPENERS = words("boosters_supposition_openers")
_BOOSTERS_CLAUSE_LINKS = words("boosters_clause_links")
_BOOSTERS_SCOPE_REACH = 10
_BOOSTERS_MATRIX_REACH = 6


def _boosters_claim_withheld(c: Context) -> bool:
    """The sentence withholds the certainty it names: a denial whose scope reaches the word, or a
    supposition or embedded question that holds it. Three shapes, each bounded by the clause's
    punctuation:

    - a denial in the word's own clause, the negative pronouns included: "the study cannot show
      that", "Nothing is ever proven", "no one has proven that" (Quirk et al. 1985, 10.64: a
      negative, "nothing" and "no one" among them, puts the rest of its clause in its scope);
    - a denial over the head of the that-clause holding the word: "not convinced that the results
      definitely prove", "I do not think we can say that the study proves", "no evidence that it
      truly works" (Quirk et al. 1985, 10.64-10.66: the scope of a negative reaches a complement
      clause of a verb of saying or believing; "no doubt that", "not surprising that" deny the
      doubt and are not heads);
    - an "if", "unless" or "whether" opening the word's clause: "if the cream truly works", "to
      see if the patch can truly help" (Palmer 2001: a supposition or a question is irrealis, it
      asserts nothing; Quirk et al. 1985, 15.5).

    A negated certainty withholds commitment, a hedge's work (Hyland 2005, 3.5; Holmes 1984 on
    negated boosters). Round 26: this round's unseen dev slice and a new user's article counted
    "cannot show", "Nothing is ever proven", "not convinced that ... prove", "to see if it can
    truly help" as certainty."""
    begin = c.back_to_break(c.start, ",;:()", _BOOSTERS_SCOPE_REACH)
    for k in range(c.start - 1, begin - 1, -1):
        if c.word(k) in _BOOSTERS_CLAUSE_LINKS:
            begin = k + 1  # "were not selected but the study did find that": the denial is another clause's
            break
    span = c.tokens.words[begin:c.start]
    if any(w in _BOOSTERS_SCOPE_DENIALS for w in span) and not _boosters_denial_of_doubt(span):
        return True
    if any(w in _BOOSTERS_SUPPOSITION_OPENERS for w in span):
        return True
    for k in range(c.start - 1, begin, -1):
        if c.word(k) != "that":
            continue
        head = k - 1
        if c.word(head).endswith("ly"):
            head -= 1  # "not entirely convinced that"
        if c.word(head) not in _BOOSTERS_COMMITMENT_HEADS:
            return False
        low = c.back_to_break(head, ",;:()", _BOOSTERS_SCOPE_REACH + _BOOSTERS_MATRIX_REACH)
        return any(w in _BOOSTERS_SCOPE_DENIALS for w in c.tokens.words[max(low, head - _BOOSTERS_MATRIX_REACH):head + 1])
    return False


_BOOSTERS_DOUBT_WORDS = words("boosters_doubt_words")


def _boosters_denial_of_doubt(span: list[str]) -> bool:
    """The denial in the clause denies doubt, surprise or denial, not the claim: "there is no doubt
    that studies show", "it is not surprising that trials have shown", "there is no denying that
    the study proves", "nobody can deny that the trial proves": a booster, not its denial (a
    negated denial affirms; round 27: "no denying", "nobody can deny" withheld "proves")."""
    return any(w in _BOOSTERS_DOUBT_WORDS for w in span)


def boosters_always_not_narrative(c: Context) -> bool:
    """"always" counts as a generalisation claimed now, not in a sentence told in the past: "he was
    hospitalized 14 times that year, always to have fluid drained" is a story's habit (Quirk et al.
    1985, 8.64: "always" of repeated past occasions), not a claim that admits no exception. A
    present verb beside it is a claim reported now ("he said the cream is always safe", "she
    said it always works"). "almost always", "nearly always", "not always" state a frequency
    with exceptions, which hedges a claim rather than boosting it (Hyland 2005, appendix: "almost"
    and "not always" among hedges)."""
    if c.word(c.start - 1) in _BOOSTERS_ALWAYS_LOWERED:
        return False  # "almost always", "not always": a frequency, which hedges (Hyland 2005)
    beside = {c.word(c.start - 1), c.word(c.end)}
    if beside & _HEDGES_PRESENT_FINITE or (c.end < c.last and _present_third_person(c.word(c.end))):
        return True
    return not _told_in_the_past(c)


def boosters_confirm_of_research(c: Context) -> bool:
    """"confirm" counts as a booster where research confirms a result ("other research has
    confirmed the link", "results that confirm the efficacy"), not where a person or an office
    confirms a fact ("a spokesperson confirmed that the agency is aware", "the task force
    confirmed its earlier guidance"), a test a diagnosis ("it is confirmed to be melanoma"), or a
    plan is confirmed ("no dates have been confirmed"). Hyland 2005 counts "confirm" as a
    booster of the writer's claim from evidence; a reported confirmation of news is the
    reporting verb of journalism (Bell 1991), and is shown, not counted. The research word is in
    the clause before the verb or a result noun just after it."""
    before = c.tokens.words[max(c.first, c.start - _BOOSTERS_CONFIRM_REACH):c.start]
    if any(w in _RESEARCH_SUBJECTS or w in _BOOSTERS_CONFIRMED_RESULTS for w in before):
        return True  # "other research has confirmed", "the benefit was confirmed in a second cohort"
    return any(w in _BOOSTERS_CONFIRMED_RESULTS for w in c.tokens.words[c.end:min(c.last, c.end + 4)])


def _present_third_person(word: str) -> bool:
    """"works", "helps", "causes": an -s verb form after "always" (a plural noun does not follow it)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def boosters_well_known_asserted(c: Context) -> bool:
    """"well known" boosts a claim when predicated ("it is well known that", "is well known to
    cause"), not as an attributive of fame: "well-known brands", "a well-known actor" (Hyland
    2005 lists "well-known" in "it is well known that"; the attributive sense names a reputation,
    not a claim's certainty)."""
    return c.word(c.start - 1) in _BOOSTERS_LINKING_WORDS or c.word(c.end) in {"that", "to", "for", "as"}


_TRULY_FEELINGS = words("boosters_truly_feelings")


def boosters_truly_of_a_claim(c: Context) -> bool:
    """"Truly" boosts a claim ("this supplement truly works", "a truly proven method"), not a verb
    of wanting or feeling it grades ("the effect that we truly desire", "patients who truly want
    to quit", "we truly appreciate"): there it says how much, as "really" does, an intensifier of
    degree rather than a marker of the writer's certainty (Quirk et al. 1985, 8.104-8.105, on
    emphasisers and amplifiers; Hyland 2005 counts the booster of a proposition). A new user's
    report: "the effect that we truly desire" counted as certainty. Otherwise as
    ``boosters_certainty_not_denied``."""
    if c.word(c.end) in _TRULY_FEELINGS:
        return False
    return boosters_certainty_not_denied(c)


RULES = registry(
    may_not_month,
    not_negated_ability,
    epistemic_think,
    likely_not_attributive,
    appear_with_complement,
    before_a_number,
    epistemic_could,
    epistemic_would,
    epistemic_should,
    possible_as_likelihood,
    directive_suggest,
    epistemic_may,
    rather_as_degree,
    approximates_a_quantity,
    more_or_less_approximates,
    research_called_for,
    frequency_of_a_claim,
    in_general_as_hedge,
    not_in_a_question,
    estimate_as_judgement,
    always_as_certainty,
    result_obtained,
    shows_a_finding,
    reveals_a_finding,
    proof_of_a_claim,
    not_astonishment,
    show_is_a_verb,
    # round 3: deontic "be supposed to", linking "proved", imperative "be sure to"
    supposed_as_hearsay,
    proved_not_copular,
    sure_as_certainty,
    # round 5: conditional-concessive "whether ... or"
    whether_as_question,
    # round 7: precision first (counts_when) for root, backshifted and diagnostic senses
    hedges_should_expected,
    hedges_would_in_present_frame,
    hedges_whether_open_question,
    hedges_might_possibility,
    hedges_belief_held,
    # round 21: a belief that describes its holder ("parents who think", "if you believe")
    hedges_think_held,
    # round 11: modals in relative clauses about a thing wished for or not particular
    hedges_could_of_a_real_referent,
    # round 22: "likely" as the predicate of an indirect question ("predict which patients are likely to")
    hedges_likely_not_asked,
    hedges_suggest_not_mandative,
    # round 30: "as the name suggests / implies": a word's sense glossed, no claim softened
    hedges_not_a_name_gloss,
    hedges_suspected_belief,
    seem_not_concessive,
    # round 9c: "uncertain" of a situation's course ("an uncertain future")
    uncertain_of_a_claim,
    boosters_show_not_display,
    boosters_certainty_not_denied,
    boosters_well_known_asserted,
    boosters_always_not_narrative,
    # round 9: "confirm" of research, not of news, a diagnosis or a plan
    boosters_confirm_of_research,
    # round 9b: "indicate" that signals or shows which case holds; a drug's "indicated for"
    indicate_as_inference,
    # round 25: "truly" of a claim, not of a verb of wanting ("the effect that we truly desire")
    boosters_truly_of_a_claim,
)
