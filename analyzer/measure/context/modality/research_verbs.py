"""Research verbs (boosters), and research called for: "show", "reveal", "prove", "confirm",
"demonstrate" boost a result reported as obtained ("the trial showed that"), not one still to come
or denied ("should be confirmed"), a display ("the video showed her writing", "the patients showed
no improvement"), a diagnosis ("a genetic test confirmed"), a disclosure ("reveals her skin
secret") or the linking "prove" ("proved too toxic"). "Further research" is a limitation only where
more is called for.

Sources: Hyland 2005 (research verbs as boosters); Palmer 2001 (irrealis); Quirk et al. 1985, 16.21;
Sumner et al. 2014 (caveats); Bell 1991 (reporting verbs of journalism)."""

from __future__ import annotations

from ..base import Context, registry, words
from .clauses import (
    _BOOSTERS_DEIXIS, _DIAGNOSTIC_NOUNS, _PERSONAL_PRONOUNS, _RESEARCH_SUBJECTS, _clause_start,
)
from .certainty import _boosters_claim_withheld


_HEDGES_RESEARCH_DONE = words("hedges_research_done")


def research_called_for(c: Context) -> bool:
    """"further research" is a limitation when more is called for ("further research is
    needed", "with further research, it may"), not when it reports research done: "after
    further research, we tested it", "upon more research, we discovered".

    Prevents a sales page's narrative counting as a caveat (Sumner et al. 2014: caveats say the
    evidence is incomplete).
    """
    return c.word(c.start - 1) not in _HEDGES_RESEARCH_DONE


_IRREALIS_MODALS = words("irrealis_modals")
_REALIS_BEFORE_TO = words("realis_before_to")
_CLAUSE_NEGATIONS = words("boosters_clause_negations")
_BOOSTERS_CONDITIONAL_OPENERS = words("conditional")


def result_obtained(c: Context) -> bool:
    """A proof or finding verb boosts a result reported as obtained ("the trial showed that",
    "it has been proven"), not one still to come or denied: "should be confirmed", "studies are
    needed to confirm", "a trial to show that", "if these data are confirmed", "it has not been
    proven"; nor a test's diagnosis ("a genetic test confirmed that he had DMD") or a form's
    "confirm your e-mail".

    Prevents caveats and clinical narrative counting as certainty (Palmer 2001: irrealis;
    Hyland 2005 counts "prove", "show", "confirm" as boosters of the writer's own claim).
    """
    if not _IRREALIS_MODALS.isdisjoint(c.before(3)):
        return False
    if c.word(c.start - 1) == "to" and not {c.word(c.start - 2), c.word(c.start - 3)} & _REALIS_BEFORE_TO:
        return False
    if c.word(c.start - 1) == "be" and c.word(c.start - 2) == "to" and c.word(c.start - 3) not in _REALIS_BEFORE_TO:
        return False  # "remains to be proved", "has yet to be shown", "needs to be confirmed"
    start = _clause_start(c)
    if c.word(start) in _BOOSTERS_CONDITIONAL_OPENERS and start < c.start:
        return False
    if not _CLAUSE_NEGATIONS.isdisjoint(c.tokens.words[start:c.start]):
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


_BOOSTERS_OBJECT_DETERMINERS = words("boosters_object_determiners")
_BOOSTERS_EXHIBITED = words("boosters_exhibited_objects")
_BOOSTERS_DIAGNOSED = words("boosters_diagnosed_objects")


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
    while c.word(k) in _BOOSTERS_OBJECT_DETERMINERS:
        k += 1
    if k == c.end and c.word(k) == "that":
        return False
    nouns = _BOOSTERS_EXHIBITED if c.word(c.start).startswith("demonstrat") else _BOOSTERS_DIAGNOSED
    return c.word(k) in nouns


_BOOSTERS_SUBJECT_SKIPS = words("boosters_subject_skips")


def _subject_head(c: Context) -> str:
    """The word before the verb, past a relative "that"/"which" and an adverb: the head of its
    subject in "a genetic test confirmed", "a blood test that showed", "the scan also showed"."""
    k = c.start - 1
    while c.word(k) in _BOOSTERS_SUBJECT_SKIPS:
        k -= 1
    return c.word(k)


_DISPLAY_SUBJECTS = words("display_subjects")


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
    if not _RESEARCH_SUBJECTS.isdisjoint(subject):
        return True  # "a small study of babies showed some improvement": the study reports
    if _exhibitor(c):
        return False
    head = subject[:6] + subject[-4:]  # the subject's head opens it; its last words sit by the verb
    partitive = any(w == "of" and _DISPLAY_SUBJECTS & set(subject[i + 1:i + 4]) for i, w in enumerate(subject))
    return not (partitive or not _DISPLAY_SUBJECTS.isdisjoint(head))  # "36 percent of the patients"


_NOUN_BEFORE_SHOW = words("noun_before_show")


def show_is_a_verb(c: Context) -> bool:
    """"Studies show that ...", "the data shows" report a finding; "the TV show that made her
    famous", "talk shows" name a programme.

    Prevents the noun "show" counting as a booster (Hyland 2005 lists the verb).
    """
    before = c.word(c.start - 1)
    return not (before in _NOUN_BEFORE_SHOW or before.endswith("'s") and before not in {"it's", "that's"})


_BOOSTERS_PASSIVE_BE = words("boosters_passive_be")
_BOOSTERS_PASSIVE_FOLLOWERS = words("boosters_passive_followers")


def _passive_of_a_result(c: Context) -> bool:
    """"has been shown to reduce", "was shown in a trial", "is shown by the data": the passive of
    the research verb; "the men were shown pictures" (shown something: the display sense) is not."""
    after = c.word(c.end)
    passive = c.word(c.start - 1) in _BOOSTERS_PASSIVE_BE
    return passive and (after in _BOOSTERS_PASSIVE_FOLLOWERS or after.endswith("ly"))


_BOOSTERS_REPORTING_VERBS = words("boosters_reporting_verbs")
_BOOSTERS_SUBJECT_REACH = 15  # "36 percent of the patients taking the drug and a placebo showed improvement"


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


_BOOSTERS_EXHIBITOR_SKIPS = words("boosters_exhibitor_skips")
_BOOSTERS_EXHIBITING_PERSONS = words("boosters_exhibiting_persons")


def _exhibitor(c: Context) -> bool:
    """The subject of "show" is one person or a bare count right before it: "I'd previously
    shown some response", "34 showed no abnormalities and 90 showed signs of cancer": what they
    exhibit (the display sense), not what research established. Not "as I showed in a
    commentary" (the writer citing a result of their own)."""
    k = c.start - 1
    while c.word(k).endswith("ly") or c.word(k) in _BOOSTERS_EXHIBITOR_SKIPS:
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
    return that_follows or not _RESEARCH_SUBJECTS.isdisjoint(c.before(6))


# After a linking "proved": "too toxic", "transitory", "difficult" (how it turned out).
_BOOSTERS_DEGREE_WORDS = words("boosters_degree_words")
_BOOSTERS_COPULAR_OUTCOMES = words("boosters_copular_outcomes")


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


_BOOSTERS_DISPLAY_OBJECTS = words("boosters_display_objects")
_BOOSTERS_HABIT_ADVERBS = words("boosters_habit_adverbs")
_BOOSTERS_DISPLAYED_THINGS = words("boosters_displayed_things")
_BOOSTERS_DISPLAY_MEDIA = words("boosters_display_media")
_BOOSTERS_RESULT_NOUNS = words("boosters_result_nouns")


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
    if c.word(c.end) in _BOOSTERS_DISPLAYED_THINGS or not _BOOSTERS_DISPLAY_MEDIA.isdisjoint(c.before(3)):
        return False  # "the vaccine showed signs of effectiveness", "this motion graphic shows highlights"
    if any(w in {"if", "unless", "until"} for w in c.before(5)):
        return False  # "unless further studies showed no benefit": a result supposed, not obtained
    if c.word(c.start - 1) in _BOOSTERS_HABIT_ADVERBS:
        return False
    if c.word(c.end) in {"that", "to"} or _passive_of_a_result(c) or _boosters_that_follows(c):
        return True  # "studies show that", "a vaccine shown to protect mice", "has been shown in trials"
    if not _BOOSTERS_RESULT_NOUNS.isdisjoint(c.tokens.words[c.end:min(c.last, c.end + 4)]) and not _people_exhibit(c):
        return True  # "therapies that have shown the best results", "vaccines have shown great promise"
    if c.word(c.start - 2) == "as" and c.word(c.start - 1) in _PERSONAL_PRONOUNS:
        return True  # "as I showed in a commentary": the writer citing a result of their own
    return _boosters_research_subject(c)


def _boosters_that_follows(c: Context) -> bool:
    """A "that" clause a few words on, in the same clause: "shown for the first time that"."""
    for k in range(c.end, min(c.last, c.end + 5)):
        if c.marks_before(k, ",;:") and k > c.end:
            return False
        if c.word(k) == "that":
            return True
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
    return "who" in subject or not _BOOSTERS_EXHIBITORS.isdisjoint(subject)


_BOOSTERS_PREPOSITIONS = words("boosters_research_prepositions")


def _boosters_research_subject(c: Context) -> bool:
    """Research heads the subject of "show": "the trial showed improved outcomes", "other studies
    have shown positive results"; not a study named inside a phrase about people ("women who used
    it at the start of the study showed a lower risk"), where "show" is what they exhibit."""
    after = c.tokens.words[c.end:min(c.last, c.end + 4)]
    if not _RESEARCH_SUBJECTS.isdisjoint(after):
        return True  # "the diet did not help, shows a small study": the reporting clause inverted
    frame = [w if w != "we" else "" for w in c.tokens.words[c.first:c.start]]  # "we had a scan, and it showed"
    for subject in (_subject_words(c), frame):
        if any(w in _RESEARCH_SUBJECTS and not _BOOSTERS_PREPOSITIONS & set(subject[max(0, i - 2):i])
               for i, w in enumerate(subject)):
            return True  # the whole frame too: "preliminary results, presented in May, showed"
    return False


_BOOSTERS_CONFIRMED_RESULTS = _BOOSTERS_RESULT_NOUNS | words("boosters_confirmed_results")
_BOOSTERS_CONFIRM_REACH = 12


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
    return not _BOOSTERS_CONFIRMED_RESULTS.isdisjoint(c.tokens.words[c.end:min(c.last, c.end + 4)])


RULES = registry(
    research_called_for,
    result_obtained,
    shows_a_finding,
    reveals_a_finding,
    show_is_a_verb,
    proved_not_copular,
    boosters_show_not_display,
    boosters_confirm_of_research,
)
