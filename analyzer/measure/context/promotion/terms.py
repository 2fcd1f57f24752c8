"""A promotional-looking word that names a term or a name, not a rating: "statistically
significant" and a significant difference (a test result), "critical care", "vital signs" (clinical
terms), "Innovative Pain Relief Center" and a headline's capitals (names), "Breakthrough Therapy
designation" (an FDA programme), "best" as manner, "perfect" and "striking" as verbs, "important to
note" (a directive), "key" as a noun.

Sources: Millar, Batalo & Budgell 2022 and Vinkers et al. 2015 count hype adjectives, not test
outcomes or names; CONSORT 2010 (item 17) on reporting results per group; Quirk et al. 1985."""

from __future__ import annotations

import re

from ..base import Context, _CLAUSE_BREAK, _words_back, capitalised, registry, words
from .leaned_on import _PHRASE_ENDS


_STATISTICAL_BEFORE = words("promo_statistical_before")
_STATISTICAL_AFTER = words("promo_statistical_after")


def not_statistical(c: Context) -> bool:
    """"Significant" sells ("a significant breakthrough") but in "statistically significant",
    "highly significant", "a significant difference", "a significant reduction in symptoms", "significant at p < 0.05"
    or "a significant risk factor" it reports a test result or an epidemiological term.

    Prevents the vocabulary of statistics counting as promotional wording (Millar, Batalo &
    Budgell 2022 count hype adjectives, not test outcomes).
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    return not (before in _STATISTICAL_BEFORE
                or after in _STATISTICAL_AFTER
                or _heads_a_measured_change(c)
                or _observed_in_the_studied(c)
                or after == "risk" and c.word(c.end + 1) in {"factor", "factors"})


# Nouns of a measured change or relation: "a significant reduction", "significant drug-placebo differences".
_MEASURED_CHANGES = words("promo_measured_changes")
# How far the head noun may stand after "significant": "significant and clinically meaningful improvements".
_CHANGE_REACH = 4


def _heads_a_measured_change(c: Context) -> bool:
    """"Significant" before a noun of measured change or relation in its own noun phrase, next to it
    or after modifiers ("significant short-term improvement", "significant and clinically meaningful
    improvements", "significant behavioral improvement"): a result reported, as "statistically
    significant" is, however many modifiers stand between. The phrase ends at a preposition or a
    clause break ("significant gains in improvement" does not reach)."""
    for index in range(c.end, min(c.last, c.end + _CHANGE_REACH)):
        word = c.word(index)
        if word in _MEASURED_CHANGES:
            return True
        if word in _PHRASE_ENDS and word != "and" or _CLAUSE_BREAK.search(c.gap_before(index)):
            return False
    return False


_OBSERVED_VERBS = words("promo_observed_verbs")
_OBSERVED_PASSIVES = words("promo_observed_passives")
_STUDIED_PEOPLE = words("promo_studied_people")
_OBSERVED_BE = words("promo_observed_be")
# How far back in its clause the people observed may stand: "More than 70 percent of the patients
# taking the higher dose of the drug showed a significant benefit".
_SIGNIFICANT_OBSERVED_REACH = 14


def _observed_in_the_studied(c: Context) -> bool:
    """"Significant" of a result the study observed in its people, not a verdict on the option: a
    past verb of observation just before it, with the people or their share in its clause ("those
    with lower doses only saw a significant benefit", "70 percent of the patients showed a
    significant benefit"), the passive of observation after its noun ("significant benefit is
    observed only if the dose is adequate"), or said of a measured change ("visual improvement is
    significant in nearly half"). The audit guide's settled convention on importance and size words:
    "significant" beside a measured result is the statistical report (``technical`` or
    ``neutral``), unless it is a verdict or forecast ("can bring significant benefits"); CONSORT 2010
    (item 17) asks results to be reported per group, which is what such a sentence does. Round 23
    dev audit: four such findings in four stories, all technical or neutral."""
    before = c.word(c.start - 1)
    if before in _OBSERVED_BE and c.word(c.start - 2) in _MEASURED_CHANGES:
        return True  # "visual improvement is significant"
    verb = c.word(c.start - 2) if before in {"a", "an", "only"} else before
    if verb in _OBSERVED_VERBS:
        return not _STUDIED_PEOPLE.isdisjoint(_words_back(c, _SIGNIFICANT_OBSERVED_REACH, ",;:"))
    for index in range(c.end, min(c.last, c.end + _CHANGE_REACH)):
        if c.word(index) in _OBSERVED_BE and c.word(index + 1) in _OBSERVED_PASSIVES:
            return True  # "significant benefit is observed"
        if _CLAUSE_BREAK.search(c.gap_before(index)):
            return False
    return False


# Clinical names that hold an importance adjective: "critical care", "essential tremor", "vital signs".
_CLINICAL_AFTER = words("clinical_after")
_COLOURS = words("promo_colours")


def not_clinical_term(c: Context) -> bool:
    """"Critical", "essential", "vital", "bright" are importance or quality claims ("a critical
    breakthrough", "a bright future") but part of a clinical name in "critical care", "essential
    tremor", "vital signs", "essential medicines", "bright light therapy", or of a product's name
    ("Essential Cleanse"); "bright red blood" is a colour.

    Prevents names of wards, diseases and measurements counting as promotional wording
    (Millar, Batalo & Budgell 2022 count the evaluative adjective).
    """
    if c.word(c.end) in _COLOURS:  # "bright red stools": the colour's brightness, a literal sense
        return False
    return (c.word(c.end) not in _CLINICAL_AFTER and c.word(c.start - 1) not in {"critically"}
            and not _in_a_title(c) and not _names_an_organisation(c))


def _in_a_title(c: Context) -> bool:
    """A capitalised word inside a lower-case sentence, before another capitalised word: part of
    a name ("Garcinia Essentials and Essential Cleanse", "Critical Care Medicine")."""
    if c.at_sentence_start or c.end >= c.last:
        return False
    before, first, following = c.surface(c.start - 1), c.surface(c.start), c.surface(c.end)
    return capitalised(first) and capitalised(following) and before[:1].islower()


_ORGANISATION_HEADS = words("promo_organisation_heads")
# How many capitalised words may follow the praise word up to the organisation's head: "Innovative
# Pain Relief Center", "Bright Spine & Joint Clinic".
_NAME_REACH = 5
# What may join two words of one name: a space, an ampersand ("Spine & Joint"), a hyphen.
_NAME_JOIN = re.compile(r"[ \t]*(?:[&-][ \t]*)?")


def _names_an_organisation(c: Context) -> bool:
    """A capitalised praise word followed by capitalised words that end in an organisation's head
    noun ("Bright Spine & Joint Clinic", "Innovative Pain Relief Center", "Amazing Health Labs
    Inc.") is part of what a clinic or company is called, wherever it stands: at a sentence's start,
    alone on a list line, or in a sentence that lists so many names it reads like a headline. A
    name names, it does not praise (AP Stylebook: a proper name is written as its owner writes it;
    FTC Health Products Compliance Guidance 2022 concerns the claims a text conveys). A new user's
    report: a list of FDA warning-letter recipients counted "Bright" and "Innovative" as promotion.
    The run stops at a lower-case word, a line break or punctuation other than "&" and "-", so a
    headline ("Revolutionary Pain Clinic Opens Downtown") does not end in the head and still counts."""
    if not capitalised(c.surface(c.start)):
        return False
    index, last_word = c.end, ""
    while index < min(c.last, c.end + _NAME_REACH) and capitalised(c.surface(index)):
        if not _NAME_JOIN.fullmatch(c.gap_before(index)):
            break
        last_word = c.word(index)
        index += 1
    return last_word in _ORGANISATION_HEADS


def promo_not_in_a_name(c: Context) -> bool:
    """"Innovative", "landmark" rate something in a sentence ("innovative treatments"), but inside a
    proper name ("clinics including Innovative Laser Therapy", "sold by Oculus Innovative Sciences
    Inc.") they are part of what a company or programme is called: a capitalised word, not at the
    sentence's start, beside another capitalised word, in a sentence that is not a headline.

    At the sentence's start a capital proves nothing, so there the name must run on for two more
    capitalised words ("Innovative Laser Therapy cites one study"), not just one ("Innovative Drugs
    are coming").

    A run of capitalised words ending in an organisation's head noun ("Innovative Wellness Clinic",
    ``_names_an_organisation``) is a name wherever it stands, headline or list line included.

    Prevents company and product names counting as the writer's own promotion (precision audit,
    tests/audit: rounds 4, 5 and 9b; the FTC 2022 guidance concerns the claims a text conveys).
    """
    if not capitalised(c.surface(c.start)):
        return True
    if _names_an_organisation(c):  # "Bright Spine & Joint Clinic", even on a list line of its own
        return False
    if c.at_sentence_start:
        if not all(index < c.last and capitalised(c.surface(index)) for index in (c.end, c.end + 1)):
            return True
        return _headline_sentence(c, c.start, c.end + 2, capitals_throughout=True, to_line_end=True)
    neighbours = [c.surface(c.end)] if c.end < c.last else []
    if c.start - 1 > c.first:  # the word before, unless it opens the sentence ("The")
        neighbours.append(c.surface(c.start - 1))
    if not any(capitalised(w) for w in neighbours):
        return True
    run_start, run_end = c.start, c.end  # the name itself: the capitalised words around the match
    while run_start - 1 > c.first and capitalised(c.surface(run_start - 1)):
        run_start -= 1
    while run_end < c.last and capitalised(c.surface(run_end)):
        run_end += 1
    return _headline_sentence(c, run_start, run_end)


# A sentence whose words are mostly capitalised is a headline ("The Miracle Anti-aging Breakthrough"),
# where capitals do not make a name.
_HEADLINE_SHARE = 0.5
# A word that fuses two at a capital, a lower-case letter then an upper-case one then lower-case:
# "TrialThe".
_FUSED_HEADING = re.compile(r"[a-z][A-Z][a-z]")
# A sentence closed by a full stop, a question or an exclamation mark, perhaps inside quotes.
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'\u2019\u201d)]*\s*$")


def _headline_sentence(c: Context, run_start: int, run_end: int, capitals_throughout: bool = False,
                       to_line_end: bool = False) -> bool:
    """Outside the name's run (extended over its further capitalised words), most words of the
    sentence are capitalised: a headline, where capitals do not make a name. With
    ``capitals_throughout`` a sentence capitalised from its first word to its last ("Innovative Gel
    Beats Old Creams") is a headline too; with ``to_line_end`` so is a sentence broken by a line
    break or not closed by a full stop, a subheading ("First Ever Blood Test for IBS", alone on its
    line or run into the next line's sentence), and a name run whose last word fuses two words at a capital
    ("Pioneering Tremor TrialThe multi-site trial"), a heading that text extraction glued to its
    paragraph."""
    if to_line_end and (any("\n" in c.gap_before(i) for i in range(run_start + 1, c.last))
                        or not _SENTENCE_CLOSE.search(c.text, c.sentence_start, c.sentence_end)):
        return True  # a line without a full stop, alone or run into the next line's sentence: a heading
    while run_end < c.last and capitalised(c.surface(run_end)):
        run_end += 1
    if to_line_end and _FUSED_HEADING.search(c.surface(run_end - 1)):
        return True  # "Pioneering Tremor TrialThe multi-site trial": a heading fused to its paragraph
    rest = [c.surface(i) for i in range(c.first, c.last)
            if not run_start <= i < run_end and c.surface(i)[:1].isalpha()]
    if capitals_throughout and not rest:
        return True
    return sum(capitalised(w) or w.isupper() for w in rest) > _HEADLINE_SHARE * len(rest)


_BEST_FIXED_AFTER = words("promo_best_fixed_after")


def evaluative_best(c: Context) -> bool:
    """"The best cream available" rates; "how best to treat", "the best way to", "best
    practices", "at best", "best known", "for best results" are idioms that rate nothing, and
    "which method is best", "decide what is the best approach" search for the best rather than
    name it.

    Prevents fixed phrases counting as quality claims (Millar, Batalo & Budgell 2022 count the
    evaluative adjective).
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    if before == "for" and after == "results":  # "use both for best results": a direction for use
        return False
    if before == "to" and c.word(c.start - 2) == "how":  # "how to best use the drugs": manner, as "how best"
        return False
    if {"what", "which", "whichever"} & set(c.before(5)):  # "which method is best": a search, not a rating
        return False
    return not (before in {"how", "at", "what", "whichever"} or after in _BEST_FIXED_AFTER)


_KEY_COPULAS = words("promo_key_copulas")


def key_as_evaluation(c: Context) -> bool:
    """"Key" rates something when it is said to be key ("exercise is key", "the key to success",
    "key for patients"), not as a classifying attribute ("key risk factors", "a key cellular
    reaction", "2 Key Ingredients"), which news and methods use without selling.

    Prevents the attributive "key" counting as hype (precision audit, tests/audit: none of the
    attributive uses sold anything; Millar, Batalo & Budgell 2022 count the evaluative adjective).
    """
    after = c.word(c.end)
    return after in {"to", "for", ""} or c.word(c.start - 1) in _KEY_COPULAS


_VERB_OBJECT_DETERMINERS = words("promo_verb_object_determiners")


def adjective_not_verb(c: Context) -> bool:
    """"Perfect" rates ("the perfect solution") but "to perfect the operation" is the verb:
    improve until right.

    Prevents the verb counting as a quality claim.
    """
    return not (c.word(c.start - 1) == "to" and c.word(c.end) in _VERB_OBJECT_DETERMINERS)


_PROMO_VERB_PARTICLES = words("promo_verb_particles")


def promo_not_phrasal_verb(c: Context) -> bool:
    """"A striking result" rates; "striking out at people", "striking back" is the verb strike with
    its particle (a phrasal verb: Quirk et al. 1985, 16.3), a blow, not a quality.

    Prevents the verb counting as a quality claim (Millar, Batalo & Budgell 2022 count the adjective)."""
    return c.word(c.end) not in _PROMO_VERB_PARTICLES


_PROGRAMME_HEADS = words("promo_programme_heads")
_PROGRAMME_STATUSES = words("promo_programme_statuses")


def not_a_programme_name(c: Context) -> bool:
    """"Breakthrough Therapy designation" and the "Breakthrough Devices Program" are names of FDA
    programmes a release reports, not the writer calling a result a breakthrough.

    Prevents a regulatory status counting as a red-flag claim (FDA, "Breakthrough Therapy"
    guidance 2014; FTC 2022 red flags concern the marketer's own claims).
    """
    return not (c.word(c.end) in _PROGRAMME_HEADS and c.word(c.end + 1) in _PROGRAMME_STATUSES)


def not_a_directive(c: Context) -> bool:
    """"It is important to note / to talk to your doctor" frames advice or a reminder to the
    reader (Hyland 2005 lists "it is important to" among engagement markers), not a claim that a
    finding matters ("an important advance").

    A sentence adverbial ("Just as important, the tests ...", "More important, ...") links two
    points of the text (a discourse marker), it does not rate a finding.

    Prevents advice frames and discourse markers counting as importance claims.
    """
    if c.start - c.first <= 2 and "," in c.gap_before(c.end):  # "Just as important, the tests ..."
        return False
    return not (c.word(c.end) == "to" or c.word(c.end) == "that" and c.word(c.start - 1) in {"is", "was", "it's"})


_PAIRED_HEADS = words("promo_paired_heads")


def unmatched_as_unequalled(c: Context) -> bool:
    """"Unmatched" praises as "unequalled" ("unmatched comfort", "results unmatched by any rival"),
    but in a study it is the negative of "matched", the pairing of a design or a reading: "matched
    and unmatched findings", "unmatched controls", "unmatched donors" (a matched case-control design,
    a matched donor: the pairing sense, Merriam-Webster "unmatched" 2, "not paired"). Read as the
    pairing sense where "matched" stands in the same sentence or a pairing noun follows
    (``promo_paired_heads``): shown, not counted.

    Round 33: both counted dev findings (one nuclear-cardiology release, "matched" and "unmatched"
    scan findings) were ``technical`` or ``literal_sense``; no right one."""
    if c.word(c.end) in _PAIRED_HEADS:
        return False
    return "matched" not in c.tokens.words[c.first:c.last]


RULES = registry(
    unmatched_as_unequalled,
    not_statistical,
    promo_not_in_a_name,
    not_clinical_term,
    evaluative_best,
    key_as_evaluation,
    adjective_not_verb,
    not_a_programme_name,
    not_a_directive,
    promo_not_phrasal_verb,
)
