"""``availability_of_one_option``, the availability family's ``counts_when``: a cue counts only
where its clause speaks of the page's one option, not of another option (set apart, named in its
clause, introduced new to the page, dated to an earlier year, "the only" option said of another) or
of the range of options a reader has.

Sources: HealthNewsReview.org criteria 6 and 7; Carlson 1977 (reference to kinds); Prince 1981 and
Heim 1982 (indefinites introduce new referents); Quirk et al. 1985 (5.33 and 16.32, the identifying
copula); Halliday & Hasan 1976 (a general noun takes up a name); the audit guide's settled convention
(``not_intervention``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..base import Context, _drop, _words_back, pattern, registry, unbroken, words
from .on_offer import _AVAILABILITY_CLASS_NOUNS, _AVAILABILITY_OBJECT_APART, _OTHER_OPTION, _set_apart
from .available import _available_thing_not_an_option
from .kinds import _both_routes_of_medicines, _kind_in_general, _sizes_a_class
from .comparators import (
    _existing_option_described, _in_a_multiple_of_the_standard, _in_the_standard_of_comparison, _sibling_of_the_option,
)
from .prices import _issuer_self_description


_AVAILABILITY_CLASS_QUANTIFIERS = words("availability_class_quantifiers")
_AVAILABILITY_CLASS_BACK = 12  # round 37: 8 missed "most drugs have to pass a pretty high bar to be approved"
_AVAILABILITY_CLASS_AFTER = 6


def availability_of_one_option(c: Context) -> bool:
    """A cue counts as availability disclosed only where its clause speaks of one option, not of
    a class of options sized by a quantifier: "no drugs approved for second-line treatment",
    "just a few prescription medications are approved", "nearly every cream and medication on
    the market", "several other home-based tests are already on the market", "no further
    treatments were available". A quantified plural (or "no", "every" before a kind) names the
    range of options a reader has (HealthNewsReview.org criterion 6, alternatives), not how to
    get the intervention (criterion 7); such a finding stays visible, uncounted. A generic noun
    phrase sized by a quantifier refers to a kind, not an individual (Carlson 1977, reference
    to kinds).

    Precision-first (round 7): in the fresh dev slice, 9 of 18 wrong availability findings were
    another option's or the option landscape's access.
    """
    participle = _participle_of_the_agent(c)
    if participle is not None:  # "approved by the FDA": the agency's phrase is the participle's
        counts = availability_of_one_option(participle)
        c.dropped = participle.dropped
        return counts
    if _set_apart(c):  # "very little else yet available", "a similar test in development"
        return False
    if _in_the_standard_of_comparison(c):  # "cheaper than the stents currently available"
        return False
    if _in_a_multiple_of_the_standard(c):  # "one-sixth the cost of an FDA-approved cream"
        return False
    if _issuer_self_description(c):  # "Novartis products are available in more than 180 countries"
        return False
    if _available_thing_not_an_option(c):  # "survival data was not yet available", "energy availability"
        return False
    if _counterfactual_access(c):  # "she wished the test had been available", "if there were something on the market"
        return False
    for another_option, why in _ANOTHER_OPTION_CHECKS:
        if another_option(c):
            return _drop(c, why)
    back = _words_back(c, _AVAILABILITY_CLASS_BACK, ",;:")
    after: list[str] = []
    for index in range(c.end, min(c.last, c.end + _AVAILABILITY_CLASS_AFTER)):
        if c.marks_before(index, ",;:"):
            break
        after.append(c.word(index))
    clause = back + c.tokens.words[c.start:c.end] + after
    return not any(word in _AVAILABILITY_CLASS_QUANTIFIERS and _sizes_a_class(clause, i)
                   for i, word in enumerate(clause))


_AVAILABILITY_WISH_VERBS = words("availability_wish_verbs")
_AVAILABILITY_BACKSHIFTED = words("availability_backshifted")
_AVAILABILITY_COUNTERFACTUAL_BACK = 12


def _counterfactual_access(c: Context) -> bool:
    """Access in a clause contrary to fact: after "wish" with a backshifted verb ("she wished the
    test had been available when they were trying", "I wish it were on the market") or after an
    existential "if there were/was" ("If there were something on the market that could help him,
    that would be amazing"). The hypothetical past of "wish" and of a remote "if"-clause presents
    the situation as not real (Quirk et al. 1985, 14.23-14.25; Palmer 2001 on irrealis): a wish
    or a want in someone's story, not the option's status. "If approved, it would be available"
    and "if it gains approval" keep the cue: an open condition on the option is its status.

    Prevents a wish counting as availability disclosed (HealthNewsReview.org criterion 7; round
    38, the dev audit's ``narrative`` and ``not_intervention`` codes)."""
    back = _words_back(c, _AVAILABILITY_COUNTERFACTUAL_BACK, ";:.!?")
    for i, word in enumerate(back):
        if word in _AVAILABILITY_WISH_VERBS and not _AVAILABILITY_BACKSHIFTED.isdisjoint(back[i + 1:]):
            return True
        if word == "if" and back[i + 1:i + 2] == ["there"] and back[i + 2:i + 3] in (["were"], ["was"]):
            return True
    return False


_AVAILABILITY_AGENT_PARTICIPLES = words("availability_agent_participles")
_AVAILABILITY_AGENT_SKIP = words("availability_agent_skip")


def _participle_of_the_agent(c: Context) -> Context | None:
    """The participle whose agent the cue is, as the candidate it would be: "approved" in "That
    existing unit, "Maestro," approved by the Food and Drug Administration in 2015". A by-phrase
    after a passive participle names its agent and belongs to the participle's phrase (Quirk et
    al. 1985, 3.63-3.64 and 17.29, the passive and its agent), so the agency's cue is said of
    whatever the participle is said of: ``availability_of_one_option`` asks its questions there,
    where the phrase's subject, an apposed name or a word setting it apart is in reach. None
    where the cue is no agent of such a participle. Round 34: the dev audit's ``not_intervention``
    code (an agency cue counted where its participle, said of an existing device, was not)."""
    at = c.start - 1
    while at > c.first and c.word(at) in _AVAILABILITY_AGENT_SKIP:
        at -= 1
    if c.word(at) != "by" or at - 1 < c.first or c.word(at - 1) not in _AVAILABILITY_AGENT_PARTICIPLES:
        return None
    if not unbroken(c, at, c.start + 1, ",;:()"):
        return None
    starts, ends = c.tokens.starts, c.tokens.ends
    return c.at_span(starts[at - 1], ends[at - 1], at - 1, at)


# The words of a sentence's opening that may come before the word setting its subject apart:
# "A similar test", "Several other devices", "But older antihistamines".
_AVAILABILITY_SUBJECT_OPENING = 4
_AVAILABILITY_SUBJECT_SKIP = words("availability_subject_skip")


def _availability_of_another_option(c: Context) -> bool:
    """The sentence's subject opens with a word that sets it apart from the page's option
    ("Another similar drug, Pradaxa, has been on the market for a year", "A similar test has been
    available since 2004", "Several other devices are already on the market or hoping for FDA
    approval", "Older antihistamines remain available as well"), or opens with "the only" and a
    kind of option ("The only drug currently approved for the disease is tetrabenazine": the
    definite description names the standard option the page's is set against), and the sentence
    never names the page's intervention: the availability told is a rival's, the landscape of options (criterion
    6), not how a reader gets the option the page is about. A sentence that names the intervention
    ("Unlike other gels, Veltra is sold over the counter") keeps the cue, as does a cue that opens
    the sentence itself. ``_set_apart`` reads only the few words before the cue in its clause;
    this reads the subject across an apposition ("another similar drug, Pradaxa (dabigatran),").

    Prevents a rival's or comparator's market status counting as the intervention's
    (HealthNewsReview.org criterion 7 asks whether the reader can get the option the story is
    about; the audit guide's settled convention reads a rival's approval or sale as wrong,
    ``not_intervention``, the dev audit's commonest availability error).
    """
    if c.at_sentence_start:
        return False
    opening = [w for w in c.tokens.words[c.first:min(c.start, c.first + _AVAILABILITY_SUBJECT_OPENING)]
               if w not in _AVAILABILITY_SUBJECT_SKIP]
    if not (opening and (opening[0] in _OTHER_OPTION or opening[0] in _AVAILABILITY_OBJECT_APART
                         or (opening[0] == "only" and not _AVAILABILITY_CLASS_NOUNS.isdisjoint(opening[1:])))):
        return False
    return not c.interventions.names_intervention(c.first, c.last)


_AVAILABILITY_CLAUSE_BACK = 8
_AVAILABILITY_CLAUSE_AFTER = 4


def _clause_names_another_option(c: Context) -> bool:
    """The cue's clause (``_AVAILABILITY_CLAUSE_BACK`` words before it, ``_AVAILABILITY_CLAUSE_AFTER``
    after, not across a semicolon or a comma that opens a coordinate or contrastive clause: ", but
    Tecentriq was approved") names another option the page identifies, of the page's option's own
    level, and the sentence never names the page's option or one of its other names: "The U.S. FDA
    approved atezolizumab, which blocks PD-L1, for these patients" on a page about nivolumab. A
    named drug, product or code is set against the page's named option; a kind of treatment
    ("an immunotherapy approved for melanoma", "the gene therapy will be available") may be the
    page's named option described by its kind (a general noun takes up a name: Halliday & Hasan
    1976, reiteration by a superordinate), and a named drug may be a member of the kind a page
    is about ("one such drug, suvorexant": ``availability_kind_anaphors``), so each counts only
    against an option of its own level. The audit guide's settled convention: a rival's or
    comparator's approval or market status is wrong (``not_intervention``); round 30b, after
    ``identify`` learnt a page's other names for its option (a sponsor's code, a brand, "the DNA
    test"), which the round-30 pass had found to be most of the right findings such a rule lost.
    """
    iv = c.interventions
    if not iv or iv.names_intervention(c.first, c.last):
        return False
    lo, hi = max(c.first, c.start - _AVAILABILITY_CLAUSE_BACK), min(c.last, c.end + _AVAILABILITY_CLAUSE_AFTER)
    lo = next((index for index in range(c.start, lo, -1) if _opens_a_clause(c, index)), lo)
    hi = next((index for index in range(c.end, hi) if _opens_a_clause(c, index)), hi)
    kind = iv.is_kind(iv.names[0])
    return any(key not in iv.names and iv.is_kind(key) == kind and not _a_member_of_the_kind(c, index)
               for index, key in iv.named(lo, hi))


_AVAILABILITY_CLAUSE_OPENERS = words("availability_clause_openers")


def _opens_a_clause(c: Context, index: int) -> bool:
    """Token ``index`` opens another clause: after a semicolon, or after a comma as a coordinating or
    contrastive opener (", but Tecentriq was approved")."""
    return c.marks_before(index, ";") or (c.marks_before(index, ",") and c.word(index) in _AVAILABILITY_CLAUSE_OPENERS)


_AVAILABILITY_KIND_ANAPHORS = words("availability_kind_anaphors")


def _a_member_of_the_kind(c: Context, index: int) -> bool:
    """"one such drug, suvorexant": a kind anaphor among the three words before the name at ``index``."""
    return any(c.word(m) in _AVAILABILITY_KIND_ANAPHORS for m in range(max(c.first, index - 3), index))


_AVAILABILITY_BRACKET_REACH = 10  # words from the bracket to the cue: "(an FDA-approved prescription drug"


def _described_in_brackets_of_another(c: Context) -> bool:
    """The cue sits in a bracketed indefinite description of the word before the bracket, and that
    word is not the page's option: "open-label teriparatide (an FDA-approved prescription drug known
    to increase bone density)" on a page about abaloparatide. A bracketed noun phrase after a noun
    is an appositive that describes it (Quirk et al. 1985, 17.65 and 17.90, non-restrictive
    apposition), and an indefinite one classifies it, so the status told is that of the thing
    before the bracket: where that is a comparator or another arm, its approval is the landscape of
    options (HealthNewsReview.org criterion 6), not whether the reader can get the page's option
    (criterion 7; the audit guide's settled convention: a comparator's approval is wrong,
    ``not_intervention``). Kept: an anchor or a bracket that names the page's intervention, an
    anchor that is a kind noun or a pronoun that may refer to the page's option ("the drug (an
    approved asthma medicine)"), a definite or bare bracket ("(approved in 2016)": a time, not a
    description), and a page with no intervention identified.

    Prevents a comparator arm's approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 34: two wrong findings in one document, none right)."""
    iv = c.interventions
    if not iv:
        return False
    for at in range(c.start, max(c.first, c.start - _AVAILABILITY_BRACKET_REACH), -1):
        gap = c.gap_before(at)
        if ")" in gap:
            return False
        if "(" in gap:
            anchor = c.word(at - 1)
            return (c.word(at) in {"a", "an"} and anchor != "" and anchor not in _AVAILABILITY_CLASS_NOUNS
                    and anchor not in _AVAILABILITY_ONLY_ANAPHORS and not iv.names_intervention(at - 1, c.end))
    return False


_AVAILABILITY_DEVERBAL_CUES = words("availability_deverbal_cues")
_AVAILABILITY_OF_OBJECT_REACH = 5  # words from the cue to its "of" ("approval earlier this year of"), and of the object


def _of_object_names_another(c: Context) -> bool:
    """The cue is a noun of a regulator's or maker's act ("approval", "launch", "clearance") whose
    "of"-phrase names another option, of the page's option's level, and not the page's: "our
    pipeline, which includes the recent launch of BromSite" on a page about Seciera. The "of"-phrase
    of a noun made from a verb is its object (Quirk et al. 1985, 17.40-17.41, the objective
    genitive and the of-phrase), so the approval or launch told is that option's, the landscape of
    options (HealthNewsReview.org criterion 6), not how a reader gets the page's option (criterion
    7), even where the sentence names the page's option elsewhere (``_clause_names_another_option``
    reads the cue's clause only where it does not); so does an object that a word sets apart from
    the page's option ("follows approval earlier this year of two other therapies", as
    ``_availability_object_set_apart`` reads the verb's object). Kept: an object that names the page's option
    ("the launch of Seciera"), an object that names no option or one of another level ("the
    approval of gene therapies" on a page about one gene therapy), a clause mark between the cue
    and its "of", and a page with no intervention identified.

    Prevents another product's launch or approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 34: one wrong finding, none right)."""
    iv = c.interventions
    if not iv or c.word(c.end - 1) not in _AVAILABILITY_DEVERBAL_CUES:
        return False
    at = c.end
    while at < min(c.last, c.end + _AVAILABILITY_OF_OBJECT_REACH) and c.word(at) != "of":
        at += 1
    if c.word(at) != "of" or not unbroken(c, c.end, at + 1, ",;:()"):
        return False
    stop = at + 1
    while stop < min(c.last, at + _AVAILABILITY_OF_OBJECT_REACH) and not c.marks_before(stop, ",;:()"):
        stop += 1
    named = iv.named(at + 1, stop)
    if any(key in iv.names for _, key in named):
        return False
    if not _AVAILABILITY_OBJECT_APART.isdisjoint(c.tokens.words[at + 1:stop]):
        return True  # "follows approval earlier this year of two other therapies": set apart
    kind = iv.is_kind(iv.names[0])
    return any(iv.is_kind(key) == kind for _, key in named)


_AVAILABILITY_NEW_REFERENT = pattern("availability_new_referent")
_AVAILABILITY_LEAD_SENTENCES = 2
_AVAILABILITY_PASSING_MENTIONS = 1  # a name the page goes on to use more often is its topic


def _option_new_to_the_page(c: Context) -> bool:
    """The sentence introduces, past the page's lead, an option the page has not named before, by
    an indefinite description with its name ("Researchers are separately looking at a drug called
    omalizumab (Xolair), approved for severe asthma", "four years ago an FDA-approved home test
    called Fertell, which is no longer for sale", "Genentech also markets a drug called Lucentis
    that is approved to treat macular degeneration"). An indefinite noun phrase brings a new
    referent into the discourse (Prince 1981, brand-new entities; Heim 1982, the novelty condition
    on indefinites); past the lead, the option a page is about has been introduced already, so
    an option met for the first time is another one named in passing, and its approval or sale
    is the landscape of options (criterion 6), not how to get the page's (criterion 7). Kept: a
    name the page used before ("a more sensitive product called SpermCheck Vasectomy" on a page
    about SpermCheck Fertility; round 26 relabelled that sibling wrong, but a name the page used
    cannot tell a sibling from the option itself, so it stays kept), a class rather than a name ("a type of treatment called a PARP
    inhibitor"), the page's first two sentences (where a page introduces its own option so: "An
    experimental drug called X cut ..."), a name the page goes on to use more than once after the
    sentence (a page may bring in its own option so: "the study involved an estrogen-blocking pill
    called tamoxifen", then names it twenty times), and a sentence that names the page's
    intervention.

    Prevents a passing option's approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 16b: five wrong findings in three documents, none right)."""
    found = _AVAILABILITY_NEW_REFERENT.search(c.text, c.sentence_start, c.sentence_end)
    if not found:
        return False
    if c.sentence_index < _AVAILABILITY_LEAD_SENTENCES:  # the prepared sentences, as every rule counts them
        return False
    name = _name_pattern(found.group("name"))
    if name.search(c.text, 0, c.sentence_start) or len(name.findall(c.text, c.sentence_end)) > _AVAILABILITY_PASSING_MENTIONS:
        return False
    return not c.interventions.names_intervention(c.first, c.last)


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """The option's name as a whole word, any case (compiled once per name)."""
    return re.compile(r"(?i)(?<![\w-])" + re.escape(name) + r"(?![\w-])")


_AVAILABILITY_INDEFINITE_APPROVED = pattern("availability_indefinite_approved")
_AVAILABILITY_EARLIER_YEAR = pattern("availability_earlier_year")
_AVAILABILITY_AGENCY_REACH = 30  # characters from the agency cue to its verb: "the FDA has approved"


def _dated_approval_of_a_new_referent(c: Context) -> bool:
    """The cue tells an approval, set in an earlier year, of an option the sentence brings in by an
    indefinite noun phrase: "In 2005, the FDA approved a device that stimulates another nerve",
    "in recent years the FDA has approved six drugs for men with advanced disease", "one drug, which
    the FDA approved in 2016, works for people whose ...". An indefinite noun phrase introduces a
    new referent (Prince 1981, brand-new entities; Heim 1982, the novelty condition on indefinites),
    not the option the page is about and names; an approval dated to an earlier year ("in 2005", "since 2010", "in recent years", "years ago") is the history of the
    field's options, the landscape HealthNewsReview.org criterion 6 asks about, not whether the
    reader can get the page's option (criterion 7; the audit guide's settled convention: another
    option's approval set beside the page's is wrong, ``not_intervention``). Unlike
    ``_option_new_to_the_page`` it needs no name ("a drug called X"): the date and the indefinite
    description carry it. Kept: an undated approval ("the FDA has approved two types of stool
    tests:" listing the page's own), a future one ("expects the device
    to be approved in 2014": no "approved" after the indefinite), a sentence that names the page's
    intervention, and a page with no intervention identified. The page's lead is not kept apart
    ("In recent years, the FDA has approved six drugs for men with the disease" opens a release):
    the earlier-year date, not the place, tells the field's history from the page's news (a lead
    that introduces its own option tells this week's approval, "The FDA on Tuesday approved a
    device that ...").

    Prevents an earlier approval of another drug or device counting as the intervention's (the dev
    audit's ``not_intervention`` code, round 26)."""
    iv = c.interventions
    if not iv:
        return False
    if not _AVAILABILITY_EARLIER_YEAR.search(c.text, c.sentence_start, c.sentence_end):
        return False
    for m in _AVAILABILITY_INDEFINITE_APPROVED.finditer(c.text, c.sentence_start, c.sentence_end):
        inside = m.start() <= c.match_start and c.match_end <= m.end()
        between = c.text[c.match_end:m.start()] if c.match_end <= m.start() else ""
        agency_before = (c.match_end <= m.start() and len(between) <= _AVAILABILITY_AGENCY_REACH
                         and not any(mark in between for mark in ",;:()"))
        if inside or agency_before:
            return not iv.names_intervention(c.first, c.last)
    return False


_AVAILABILITY_ONLY_ANAPHORS = words("availability_only_anaphors")
_AVAILABILITY_ONLY_REACH = 5  # words from "the only" to the cue: "the only FDA-approved chemotherapy drug"
_AVAILABILITY_ONLY_KIND_AFTER = 3  # words from the cue to the kind noun: "the only commercially available contraception options"


def _the_only_option_is_another(c: Context) -> bool:
    """The cue sits in a definite description "the only (other) ... KIND" ("the only treatment
    approved for advanced head and neck cancer", "the only commercially available contraception
    options", "the only drugs approved to treat irritability") that the sentence says of something
    that is not the page's option: a copula's subject ("condoms and vasectomy have remained the only
    ..."), a relative pronoun's antecedent ("docetaxel, which is the only ..."), or, for a description
    that opens its clause, what follows its copula ("The only drugs approved ... are the atypical
    antipsychotics Risperdal and Abilify"). "The only" with a kind noun is an identifying description
    (Quirk et al. 1985, 5.33 and 16.32, the identifying copula): it equates the thing named with the
    whole of what is approved or on sale, so the status told is that of the standard or existing
    options, the landscape HealthNewsReview.org criterion 6 asks about, not whether the reader can
    get the page's option (criterion 7; the audit guide's settled convention: another option's
    approval or market status is wrong, ``not_intervention``). ``_availability_of_another_option``
    reads the description only where it opens the sentence's subject and the sentence never names
    the option; this reads what the description is said of, wherever it stands.

    Kept: a description said of the page's option ("Lifitegrast is the only prescription eye drop
    indicated ..."), of a pronoun or a definite noun phrase that may refer back to it ("It is the
    only approved drug", "the device remains the only ..."), a description that itself names the
    page's option, so the thing is a member of the page's class ("Prozac is the only antidepressant
    approved ..." on a page about antidepressants), a page with no intervention identified, and a
    description whose referent the clause does not show.

    Prevents another option's sole approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 27: three wrong findings in three documents)."""
    iv = c.interventions
    if not iv:
        return False
    lo = max(c.first + 1, c.start - _AVAILABILITY_ONLY_REACH)
    only = next((i for i in range(c.start - 1, lo - 1, -1) if c.word(i) == "only" and c.word(i - 1) == "the"), None)
    if only is None or not unbroken(c, only + 1, c.start + 1, ",;:()"):
        return False
    stop = min(c.last, c.end + _AVAILABILITY_ONLY_KIND_AFTER)
    kind = next((i for i in range(only + 1, stop) if c.word(i) in _AVAILABILITY_CLASS_NOUNS), None)
    if kind is None or not unbroken(c, only + 1, kind + 1, ",;:()"):
        return False
    if iv.names_intervention(only - 1, kind + 1):  # "the only antidepressant approved": the page's class
        return False
    referent = _only_description_referent(c, only - 1, kind)
    if referent is None or iv.names_intervention(*referent):
        return False
    if iv.named(*referent):  # names options, none the page's
        return True
    return c.word(referent[0]) not in _AVAILABILITY_ONLY_ANAPHORS


_AVAILABILITY_ONLY_COPULAS = words("availability_only_copulas")
_AVAILABILITY_ONLY_FILLERS = words("availability_only_fillers")
_AVAILABILITY_ONLY_RELATIVES = words("availability_only_relatives")


def _only_description_referent(c: Context, the: int, kind: int) -> tuple[int, int] | None:
    """Token span of what the description opened by ``the`` ("the only ... KIND") is said of: the
    subject before its copula (across auxiliaries and adverbs), a relative pronoun's antecedent before
    the comma, or, where the description opens its clause, what follows the next copula up to a clause
    break. None where the clause shows no such referent."""
    at = the - 1
    while at >= c.first and c.word(at) in _AVAILABILITY_ONLY_FILLERS and not c.word(at) in _AVAILABILITY_ONLY_COPULAS:
        at -= 1
    if at >= c.first and c.word(at) in _AVAILABILITY_ONLY_COPULAS and unbroken(c, at + 1, the + 1, ",;:()"):
        end = at
        while end > c.first and c.word(end - 1) in _AVAILABILITY_ONLY_FILLERS:
            end -= 1
        begin = c.back_to_break(end, ",;:")
        if begin >= end:
            return None
        if c.word(begin) in _AVAILABILITY_ONLY_RELATIVES and end - begin == 1 and begin > c.first:
            return c.back_to_break(begin - 1, ",;:("), begin  # "docetaxel, which is the only ..."
        return begin, end
    if c.back_to_break(the, ",;:") != the:
        return None
    copula = next((i for i in range(kind + 1, c.last) if c.word(i) in _AVAILABILITY_ONLY_COPULAS), None)
    if copula is None or not unbroken(c, kind + 1, copula + 1, ",;:"):
        return None
    end = copula + 1
    while end < c.last and not c.marks_before(end, ",;:"):
        end += 1
    return (copula + 1, end) if end > copula + 1 else None


# What ``availability_of_one_option`` drops, in this order, with the reason shown to the user: the cue
# is said of another option, of a kind of option, or of medicines in general.
_ANOTHER_OPTION_CHECKS = (
    (_availability_of_another_option, "availability of another option"),
    (_clause_names_another_option, "the cue's clause names another option, not the page's"),
    (_kind_in_general, "availability of a kind of option in general"),
    (_described_in_brackets_of_another, "a bracketed description of another option: the comparator's status"),
    (_of_object_names_another, "the approval or launch of another option, named in its of-phrase"),
    (_option_new_to_the_page, "availability of an option the sentence introduces, not the page's"),
    (_dated_approval_of_a_new_referent, "an earlier year's approval of an option the sentence introduces, not the page's"),
    (_existing_option_described, "an existing option's status: the standard the page's option is set against"),
    (_sibling_of_the_option, "a sibling of the page's option (similar to it, in its class): another option's status"),
    (_the_only_option_is_another, "'the only' approved or available option said of another option: the landscape of options"),
    (_both_routes_of_medicines, "prescription and over-the-counter: medicines in general"),
)


RULES = registry(
    availability_of_one_option,
)
