"""Options in use: "first-line", "standard of care", "existing drugs such as", "already on the
market" count where they name an option patients use now, not the page's own option, a setting or an
endorsement of it.

Sources: HealthNewsReview.org criterion 6; tests/audit/guide.md, settled convention on "first-line"
(ranking the page's own option as the usual choice is wrong)."""

from __future__ import annotations

from ....resources import support_table
from ...readability import familiar_words
from ..base import Context, _ANAPHORS, _drop, pattern, registry, words
from .readers import _ALT_CONTRASTIVE, _ALT_TEST_NOUNS, _CONTRAST_NEAR, _alternatives_option_word
from .beside import alternatives_not_added_on


_ALT_LINE_PROSPECT = pattern("alternatives_line_prospect")


def alternatives_line_in_use(c: Context) -> bool:
    """"First-line", "second-line" count where they place an option in use ("metformin, the most
    common first-line drug", "medication is often the first line of therapy"), not where they
    place the intervention's prospect: "a breath test could be used as a non-invasive, first-line
    test", "soy could be a first line of treatment" (what it may become, as "could become a new
    standard of care" in ``alternatives_standard_in_use``).

    Prevents the intervention's prospective role counting as alternatives discussed
    (HealthNewsReview.org criterion 6 asks for existing options; round-9 dev audit, not_option).

    Nor where the line is the setting in which a drug is tested or approved, or is denied (round 13;
    the guide's settled convention: right only where the word ranks an existing option as the usual
    choice): see ``_alternatives_line_as_setting``.

    Nor in an endorsement of the option the sentence promotes ("is recommended as a first-line
    therapy", "a beneficial first-line treatment") where no other option is named before it
    (round 23, ``_alternatives_line_endorsed``).
    """
    lead = c.text_before(60)
    if _alternatives_line_endorsed(c):
        return _drop(c, "a line of therapy in an endorsement of the option the sentence promotes")
    return not (_ALT_LINE_PROSPECT.search(lead) or _alternatives_line_as_setting(c))


_ALT_LINE_ENDORSED = pattern("alternatives_line_endorsed")


def _alternatives_line_endorsed(c: Context) -> bool:
    """"First-line" in an endorsement: a recommendation ("is recommended as a first-line therapy",
    "urges doctors to recommend the berries as the first line of defense") or a word of praise right
    before it ("a beneficial first-line treatment"), where the clause before it names no option
    other than the page's own (neither one the page names nor an option noun: "pills", "inhalers").
    There the line is the standing its promoter claims for the option the
    sentence is about, not the usual choice among existing options that criterion 6 asks for
    (HealthNewsReview.org criterion 6; tests/audit/guide.md, settled convention on "first-line":
    ranking the page's own option is wrong). A recommendation that names another option keeps it:
    "guidelines recommend metformin as the first-line drug" on a page about a newer pill ranks the
    usual choice. Precision-first: a recommended option the lists do not know is shown, not counted. Round 23 dev audit, not_option, three documents (a device maker's release, a
    cranberry institute's release, a nicotine-gum maker's statement)."""
    lead = c.text_before(80)
    if not _ALT_LINE_ENDORSED.search(lead):
        return False
    begin = c.back_to_break(c.start, ";:")
    iv = c.interventions  # an option the page names, or an option word, other than the page's own keeps it
    if any(not iv.is_intervention(key) for _, key in iv.named(begin, c.start)):
        return False
    return not any(_alternatives_option_word(w) for w in c.tokens.words[begin:c.start])


_ALT_LINE_SETTING = words("alternatives_line_setting")
_ALT_LINE_GENERIC_HEADS = words("alternatives_line_generic_heads")
_ALT_LINE_DENIALS = words("alternatives_line_denials")


def _alternatives_line_as_setting(c: Context) -> bool:
    """"First-line", "second-line" give a setting, not the usual choice, where a preposition sets
    the line as the scope of a result or a licence ("boosted survival in first-line treatment of
    lung cancer", "no drugs approved for second-line treatment"), where the sentence speaks of a
    trial, a study or an approval and the line qualifies no particular option ("tested as a
    second-line therapy", "the second-line bladder cancer study", "approval as second-line
    treatments"; whoever's drug it is: the line says where it was tried or licensed), or where a
    negation denies the line ("this is not a first-line treatment", "far from the first line of
    defense": the option is said not to be the usual choice, so none is ranked as one).

    A particular option the line qualifies in a trial's sentence stays: "patients given
    second-line chemotherapy" names the comparator arm.

    Prevents the line of therapy of a tested or licensed drug counting as an existing alternative
    (HealthNewsReview.org criterion 6; tests/audit/guide.md, settled convention on "first-line";
    round-13 dev audit: 18 of 30 counted line-of-therapy findings wrong, not_option)."""
    if c.word(c.start - 1) in {"in", "for"}:
        return True
    if set(c.before(3)) & _ALT_LINE_DENIALS or any(w.endswith("n't") for w in c.before(3)):
        return True
    head = c.word(c.end)
    if _alternatives_option_word(head) and head not in _ALT_LINE_GENERIC_HEADS:
        return False  # "patients given second-line chemotherapy": the arm's option
    return bool(set(c.tokens.words[c.first:c.last]) & _ALT_LINE_SETTING)


_ALT_STANDARD_PROSPECT = pattern("alternatives_standard_prospect")

# The standard of care as the object of a verb or noun of change (round 13).
_ALT_STANDARD_CHANGED = pattern("alternatives_standard_changed")


def alternatives_standard_in_use(c: Context) -> bool:
    """"Standard of care", "standard treatment" count where they name the option in use ("compared
    with standard of care", "docetaxel, a standard treatment", "unresponsive to standard
    treatment"), not the status the intervention may reach: "could become a new standard of
    care", "should be the standard treatment for bipolar disorder", "should not be recommended as
    a standard treatment". Nor where the intervention is given on top of it.

    Nor where it is what a novelty or the years change: "will ultimately improve the standard of
    care", "could help change the standard of care", "is dramatically changing the standard of
    care", "changes in the standard of care over the decade" (round 13; the guide's settled
    convention: the standard of care as what a novelty will change names no option the reader could
    pick instead). A comparison with it stays ("improved on the standard of care", "compared with
    standard treatment").

    Nor where the clause predicates it of the page's own option ("steroids are a standard
    treatment for ..."; round 13b, ``_alternatives_standard_is_own``).

    Prevents the intervention's prospects counting as alternatives discussed (HealthNewsReview.org
    criterion 6 asks for existing options; round-7 dev audit, not_option).
    """
    lead = c.text_before(40)
    if _ALT_STANDARD_CHANGED.search(lead):
        return False  # "will change the standard of care", "changes in the standard of care"
    if _alternatives_standard_is_own(c):
        return _drop(c, "the intervention's own standing as the standard, not another option")
    return not _ALT_STANDARD_PROSPECT.search(lead) and alternatives_not_added_on(c)


# A copula and what may stand between it and "standard treatment": "are a", "is one of the".
_ALT_COPULAS = words("alternatives_copulas")
_ALT_PREDICATE_FILLERS = words("alternatives_predicate_fillers")
_ALT_COPULA_REACH = 4

# Auxiliaries between a subject and its copula: "has become", "had remained".
_ALT_AUXILIARIES = words("alternatives_auxiliaries")
# Determiners that refer back: "the technique", "this drug".
_ALT_REFER_BACK_DETERMINERS = words("alternatives_refer_back_determiners")
# Nouns for an option besides the shared anaphors: "the technique", "the approach".
_ALT_OWN_ANAPHORS = words("alternatives_own_anaphors")


def _alternatives_standard_is_own(c: Context) -> bool:
    """The standard treatment is predicated of the page's own option: "Steroids are a standard
    treatment for women likely to deliver early", "hormone therapy ... is one of the standard
    treatments" on pages about steroids and hormone therapy. The copula says what the intervention
    is; it names no other option (tests/audit/guide.md, settled convention on "first-line": ranking
    the page's own option as the usual choice is wrong; round 13b, the intervention helper's count
    of wrong findings naming the page's own option). A comparison in the clause ("is more effective
    than the current standard of care") keeps it. So does a subject that refers back to the page's
    option ("The technique has become the standard of care for many patients"; round 14)."""
    iv = c.interventions
    if not iv:
        return False
    for k in range(c.start - 1, max(c.first, c.start - _ALT_COPULA_REACH) - 1, -1):
        w = c.word(k)
        if w in _ALT_COPULAS:
            break
        if w not in _ALT_PREDICATE_FILLERS:
            return False
    else:
        return False
    begin = c.back_to_break(k, ",;:")
    if any(w in _CONTRAST_NEAR or w in _ALT_CONTRASTIVE for w in c.tokens.words[begin:c.start]):
        return False
    if iv.names_intervention(begin, k):
        return True
    # round 14: the subject refers back to the page's option ("The technique has become the standard
    # of care", "this drug is now a standard treatment"): "the"/"this" and an option noun right
    # before the copula and its auxiliary
    j = k - 1
    while j > begin and c.word(j) in _ALT_AUXILIARIES:
        j -= 1
    return c.word(j - 1) in _ALT_REFER_BACK_DETERMINERS and c.word(j) in (_ANAPHORS | _ALT_OWN_ANAPHORS)


# Round 23. Options in use named as examples ("existing drugs such as triptans", "treatments they
# already use, such as triptans") and options said to be in use already ("several other home tests
# are already on the market"). Words that make the options named the page's own in another guise.
_ALT_KIND_OF = words("alternatives_kind_of")
_ALT_REPURPOSING = words("alternatives_repurposing")
_ALT_EXAMPLE_REACH = 12


def alternatives_existing_named(c: Context) -> bool:
    """Options in use named with their examples count as alternatives: "existing drugs such as
    triptans work for many patients", "treatments they already use, such as triptans", "current
    biologic therapies, such as infliximab". The option noun and the word that puts it in use
    ("existing", "current", "older", "approved", "already use") are in the pattern; an example cue
    ("such as", "like", "including") must follow, so examples of non-treatments ("foods such as
    nuts", "symptoms such as pain") never match. A list after "include" ("current drugs for VVA
    include creams") is left out: in press releases it opens the condition's background, and the
    HealthNewsReview.org reviewers rated such releases as not comparing options (round 23: both
    rated releases it added were rated not satisfactory, and the criterion's AUC fell).

    Not where an example is the page's own option ("approved drugs such as metformin" on a page
    about metformin), where the options are the kind or the parts of the page's option ("a class of
    existing drugs such as statins", "a combination of two existing drugs"), or where the clause
    gives existing drugs new uses ("repurposing existing drugs such as aspirin": the drug is the
    option under review).

    Source: HealthNewsReview.org criterion 6 ("Does the story compare the new approach with existing
    alternatives?"): options named as the ones in use are the existing alternatives. Round 23: a new
    user's migraine story left alternatives missing ("existing drugs such as triptans")."""
    iv = c.interventions
    stop = min(c.last, c.end + _ALT_EXAMPLE_REACH)
    if iv and iv.names_intervention(c.end, stop):
        return _drop(c, "an example named is the intervention itself")
    before = c.before(4)
    if any(w == "of" and i and before[i - 1] in _ALT_KIND_OF for i, w in enumerate(before)):
        return _drop(c, "the intervention's own kind or parts")
    if set(c.tokens.words[c.first:c.start]) & _ALT_REPURPOSING:
        return _drop(c, "existing drugs given a new use: the option under review")
    return True


_ALT_RELATIVES = {"that", "which"}
_ALT_OTHERS = words("alternatives_others_in_use")
_ALT_OTHERS_REACH = 3


def alternatives_others_in_use(c: Context) -> bool:
    """"Are already available", "are currently on the market" count where the subject is another
    option in use: "several other home-based tests are already on the market", "the HPV vaccines
    that are currently available", "triptans and ergotamines are already available" (options the
    page names that are not its own, or a list of drug names: ``_alternatives_names_listed``). Not where the subject is the page's option or refers back to
    it ("both drugs are already approved to treat melanoma", "some of these technologies are
    already available"), nor a status given "as" or "to" something ("are already approved to
    treat", "are currently available as creams": what the options are for, not beside what).

    Source: HealthNewsReview.org criterion 6 (existing alternatives); the audit guide's convention
    that another drug's status is availability only where it is the page's option (its rivals are
    alternatives). Round 23: a new user's migraine story ("X and Y are already available")."""
    if c.word(c.end) in {"as", "to"}:
        return False
    begin = c.back_to_break(c.start, ",;:")
    iv = c.interventions
    if iv and iv.names_intervention(begin, c.start):
        return _drop(c, "the intervention's own status")
    subject = c.tokens.words[begin:c.start]
    if c.word(c.start - 1) in _ALT_RELATIVES and any(
            _alternatives_option_word(c.word(i)) for i in range(c.start - 3, c.start - 1)):
        return True  # "the medications that are already available"
    for i, w in enumerate(subject):
        if w in _ALT_OTHERS and any(_alternatives_option_word(v) or v in _ALT_TEST_NOUNS
                                    for v in subject[i + 1:i + 1 + _ALT_OTHERS_REACH]):
            return True  # "several other home-based tests"
    return bool(iv and iv.named(begin, c.start)) or _alternatives_names_listed(c, begin)


# Word endings of International Nonproprietary Names (the list intervention.py reads): "-triptan".
_ALT_INN_STEMS = tuple(support_table("interventions.toml")["inn_stems"])
_ALT_LIST_LINKS = words("alternatives_list_links")


def _alternatives_names_listed(c: Context, begin: int) -> bool:
    """The subject is a list of two to four names joined by "and" or "or" ("Imitrex and Maxalt",
    "triptans and ergotamines"), none a familiar English word, at least one a drug's name by its
    INN stem or its capital letter inside the sentence: drugs the page does not name as its options, which the word
    lists do not know (as ``_alternatives_bare_name_compared`` reads a bare compared name)."""
    names = [i for i in range(begin, c.start) if c.word(i) not in _ALT_LIST_LINKS]
    if not set(c.tokens.words[begin:c.start]) & {"and", "or"} or not 2 <= len(names) <= 4:
        return False
    familiar = familiar_words()
    singular = [c.word(i)[:-1] if c.word(i).endswith("s") else c.word(i) for i in names]
    if any(not w.isalpha() or w in familiar or _alternatives_option_word(w) for w in singular):
        return False
    # a capital letter tells a name only inside the sentence (every first word has one)
    return any(w.endswith(_ALT_INN_STEMS) or (i > c.first and c.surface(i)[:1].isupper()) for i, w in zip(names, singular))


RULES = registry(
    alternatives_standard_in_use,
    alternatives_line_in_use,
    alternatives_existing_named,
    alternatives_others_in_use,
)
