"""A harm word that names no harm: a bare statement that harms exist ("there are risks"), a harm
called a concern, a non-assertive "any side effects", a pointer to the label, a content disclaimer,
or the weighing formula "the benefits outweigh the risks" where it names none.

Sources: HealthNewsReview.org criterion 3; DISCERN item 11; Quirk et al. 1985 on assertive and
non-assertive forms; Huddleston & Pullum 2002, ch. 5 (free-choice "any"); guide.md, round 25 (a
bare statement that harms exist is no disclosure)."""

from __future__ import annotations

import re

from ..base import Context, pattern, words
from .readers import (
    _DENIALS, _HARMS_BARE_OWNERS, _HARMS_BARE_PEOPLE, _HARMS_GENERIC_OWNER_LINK, _HARMS_GENERIC_OWNER_REACH,
    _harms_treatment_in,
)


# How far back in its sentence the verb of having or the pointer's verb is read, in characters.
_HARMS_NAMES_NONE_REACH = 160

# A content disclaimer that says the page does not cover the harms (round 33): "All content ... is
# not intended to cover all possible uses, directions, precautions, drug interactions, or adverse
# effects", the stock disclaimer of drug-information publishers (Cerner Multum's, on drug pages and
# society newsrooms): it tells the reader where the harms are not, and names none.
_HARMS_DISCLAIMED = pattern("harms_disclaimed")


def _harms_names_none(c: Context) -> bool:
    """A harm word that tells the reader no harm: a bare statement that the option has some
    (``_harms_bare_existence``) or a pointer to where its harms are written
    (``_harms_label_pointer``).

    HealthNewsReview.org criterion 3 asks the story to tell "what is known about the harms", and
    notes that all treatments have harms, side effects and complications: saying that this one
    has some, or where to read them, tells none (audit guide, settled conventions of rounds 13
    and 25: not_disclosure). Since round 33 also a content disclaimer that the page does not
    cover them (``_HARMS_DISCLAIMED``: news_reviews_00317); since round 34 a harm named only as
    what a concern is about (``_harms_concern_about``)."""
    return (_harms_bare_existence(c) or _harms_label_pointer(c) or _harms_called_a_concern(c)
            or _harms_concern_about(c) or _harms_any_unasserted(c) or _harms_contraindication_referred(c)
            or _harms_asked(c)
            or bool(_HARMS_DISCLAIMED.search(c.text_before(_HARMS_NAMES_NONE_REACH))))


_HARMS_BARE_NOUNS = words("harms_bare_nouns")


def _bare(c: Context) -> bool:
    """The match is bare harm nouns only ("side effects", "risks", "complications"): it says harms
    exist and names none, the shape every reading in this module starts from."""
    return set(c.tokens.words[c.start:c.end]) <= _HARMS_BARE_NOUNS

_HARMS_QUESTION_OPENERS = words("harms_question_openers")


def _harms_asked(c: Context) -> bool:
    """A bare harm noun in a question ("WHAT ARE THE POSSIBLE SIDE EFFECTS OF XARELTO?", "Are there
    any risks?"): a question asks for the harms and asserts none (Quirk et al. 1985, 11.2: a question
    seeks information, a statement conveys it; HealthNewsReview.org criterion 3: what is known about
    the harms; dev audit harms errors, round 37: news_reviews_00070, a leaflet's heading). The answer
    that follows is read on its own; a question that names the harm ("Does it cause liver damage?")
    holds no bare noun and is not read here."""
    found = c.tokens.words[c.start:c.end]
    if found[-1] == "of":
        found = found[:-1]
    if not found or not set(found) <= _HARMS_BARE_NOUNS:
        return False
    sentence = c.text[c.sentence_start:c.sentence_end].strip().rstrip("\"\u201d\u2019' ")
    first = c.tokens.words[c.first] if c.first < c.last else ""
    return sentence.endswith("?") and first in _HARMS_QUESTION_OPENERS and not _HARMS_EXISTENCE_NAMED.search(c.rest_of_sentence)


_HARMS_CONTRAINDICATION_REFERS_ON = pattern("harms_contraindication_refers_on")
_HARMS_CONTRAINDICATION_REFERRED = pattern("harms_contraindication_referred")


def _harms_contraindication_referred(c: Context) -> bool:
    """A contraindication whose people are named only by another contraindication, and that other
    one itself: "Epclusa and ribavirin combination regimens are [contraindicated] for patients for
    whom ribavirin is [contraindicated]". It sends the reader to the other drug's label and names no
    harm and no condition, as a pointer to the label does (21 CFR 201.57(c)(5): a contraindication
    names the situations in which the drug should not be used; audit guide, round 37 convention:
    not_disclosure; dev audit harms errors, round 37: news_reviews_00400). A contraindication that
    names the group ("contraindicated in patients with unusual bleeding") stays."""
    if not c.text[c.match_start:c.match_end].lower().startswith("contraindicat"):
        return False
    return bool(_HARMS_CONTRAINDICATION_REFERS_ON.match(c.rest_of_sentence)
                or _HARMS_CONTRAINDICATION_REFERRED.search(c.text_before(80)))

_HARMS_ANY_QUALIFIERS = words("harms_any_qualifiers")


def _harms_any_unasserted(c: Context) -> bool:
    """A bare harm noun after "any" in a clause that no negation reaches and that "any" does not
    open: "to record ... any side effects a person experiences", "the agency's aversion to
    accepting any risks", "whether its benefits outweigh any risks". Outside negation, "any" is
    non-assertive or free-choice (Quirk et al. 1985, on assertive and non-assertive forms;
    Huddleston & Pullum 2002, ch. 5, free-choice "any"): it ranges over harms that may or may not
    exist and asserts none, so no harm is told. Under a negation ("did not observe any side
    effects") the denial rules decide; a sentence-initial "Any side effects were mild" describes
    the harms seen, and stays. Prevents a harm named as whatever may come counting as harms
    disclosed (not_disclosure, dev audit harms errors, round 33: story_reviews_00032, 00919)."""
    words_ = c.tokens.words
    if not _bare(c):
        return False
    at = c.start - 1
    while at > c.first and words_[at] in _HARMS_ANY_QUALIFIERS:
        at -= 1
    if at <= c.first or words_[at] != "any":
        return False
    before = words_[c.first:at]
    return not any(w in _DENIALS or w.endswith("n't") or w in {"neither", "nobody", "nothing", "hardly"} for w in before)


# A bare harm noun whose whole sentence calls it a concern (round 33): "Side effects are a potential concern."
_HARMS_CONCERN_SUBJECT = pattern("harms_concern_subject")
_HARMS_CONCERN_PREDICATE = pattern("harms_concern_predicate")


def _harms_called_a_concern(c: Context) -> bool:
    """A bare harm noun, the subject of its sentence with at most determiners and generic
    qualifiers before it, whose predicate only calls it a concern and ends the sentence ("Side
    effects are a potential concern.", "The risks remain a worry."): like "there are risks", it
    says that harms exist or matter and tells none (audit guide, settled convention of round 25 on
    bare statements of harms: not_disclosure; dev audit harms errors, round 33: story_reviews_00112).
    A sentence that goes on ("a concern, chiefly bleeding", "a concern for older women") keeps it."""
    if not _bare(c):
        return False
    return bool(_HARMS_CONCERN_SUBJECT.match(c.text[c.sentence_start:c.match_start])
                and _HARMS_CONCERN_PREDICATE.match(c.rest_of_sentence))


_HARMS_CONCERN_ABOUT_BEFORE = pattern("harms_concern_about_before")
_HARMS_CONCERN_ABOUT_AFTER = pattern("harms_concern_about_after")


def _harms_concern_about(c: Context) -> bool:
    """A bare harm noun that is only what a concern is about, and ends its sentence (or its quote
    before the attribution): "many physicians have been reluctant to prescribe ... due to concerns
    about side effects or safety.", "with a limited concern about side effects," Wurtman said". It
    reports that people fear harms and names none, nor its size or who bears it (audit guide,
    round 33: a harm named only as a concern or a reluctance is not_disclosure). A sentence that
    goes on keeps it ("concerns about side effects, especially possible heart problems"; "concerns
    about side effects associated with the drug, specifically ..."), as does a concern that names
    the harm ("concerns of a potential increased risk of breast cancer": no bare noun).

    Prevents a reported worry counting as harms disclosed (HealthNewsReview.org criterion 3: what
    is known about the harms; not_disclosure, dev audit harms errors, round 34: story_reviews_01324,
    00844)."""
    if not _bare(c):
        return False
    return bool(_HARMS_CONCERN_ABOUT_BEFORE.search(c.text_before(60))
                and _HARMS_CONCERN_ABOUT_AFTER.match(c.rest_of_sentence))


# A harm word that names no harm (round 25): a bare statement that harms exist, a pointer to the label.
_HARMS_EXISTENCE_BEFORE = pattern("harms_existence_before")
_HARMS_EXISTENCE_AFTER = pattern("harms_existence_after")
_HARMS_EXISTENCE_NAMED = pattern("harms_existence_named")
_HARMS_EXISTENCE_TOLD = pattern("harms_existence_told")

# How many words before the verb of having are read for its subject ("patients who were treated
# with surgery or radiation had"), from the last word that opens its clause ("should recognize
# that CAD comes with": CAD is the subject, not women).
_HARMS_BARE_SUBJECT_REACH = 8
_HARMS_BARE_CLAUSE_OPENERS = words("harms_bare_clause_openers")


def _harms_bare_existence(c: Context) -> bool:
    """A bare harm noun as the object of a verb of having or of the existential "there is/are",
    with only determiners and qualifiers that neither size nor name it between, ending its clause
    and named nowhere later in its sentence: "tamoxifen has risks", "all of which carry inherent
    risks", "comes with some potential risks", "there are possible complications with all
    surgical procedures", "there are some harms associated with treatment" (an owner that is the
    option, ``_harms_bare_owner``). It keeps counting where the sentence names the harm ("has
    risks of bleeding", "has side effects, including nausea", "has side effects: ...") or goes on
    about it ("there are risks, and they are greater in younger women", "there are side effects,
    but they are manageable"), tells its severity or frequency ("some serious side effects", "rare
    risks": no such qualifier is allowed between), or that it is unknown ("there are unknown
    risks": HealthNewsReview credits a story that says some harms are not yet known), and where
    people are the subject of the verb ("volunteers who took the capsules had complications": a
    harm result of the people studied, as the guide's reported absence of harm is one).

    Prevents a statement that harms exist counting as harms disclosed (HealthNewsReview.org
    criterion 3; DISCERN item 11 asks what the risks are; audit guide, settled convention of round
    25: a bare statement that an option has risks is not_disclosure, as the weighing formula of
    round 13 is)."""
    if c.tokens.words[c.end - 1] == "of" or not _bare(c):
        return False  # "has risks of bleeding", "has some serious side effects", "19% had diarrhea"
    lead = c.text_before(_HARMS_NAMES_NONE_REACH)
    verb = _HARMS_EXISTENCE_BEFORE.search(lead)
    if not verb:
        return False
    subject = re.findall(r"[a-z]+", lead[:verb.start()].lower())[-_HARMS_BARE_SUBJECT_REACH:]
    opens = [i for i, w in enumerate(subject) if w in _HARMS_BARE_CLAUSE_OPENERS]
    if set(subject[opens[-1] + 1:] if opens else subject) & _HARMS_BARE_PEOPLE:
        return False  # "volunteers who took the capsules had complications": what the people studied had
    after = _harms_bare_owner(c, c.rest_of_sentence)
    return bool(after is not None and _HARMS_EXISTENCE_AFTER.match(after)
                and not _HARMS_EXISTENCE_TOLD.search(after) and not _HARMS_EXISTENCE_NAMED.search(after))


_HARMS_EXISTENCE_OWNER_LINK = pattern("harms_existence_owner_link")


def _harms_bare_owner(c: Context, after: str) -> str | None:
    """The rest of the sentence after a bare harm noun and its owner, where the owner is the option
    ("some harms associated with treatment", "risks to this procedure", "the risks of it"): an
    owner that names the option names no harm. None where the owner names the harm or where it
    falls ("risks to the heart", "risks from the anaesthetic"); ``after`` itself where no owner
    follows."""
    link = _HARMS_EXISTENCE_OWNER_LINK.match(after)
    if not link:
        return after
    rest = after[link.end():]
    owner = re.split(r"[,;:()\u2014\u2013.!?]|\b(?:and|but|so|though|although)\b", rest)[0]
    owner_words = re.findall(r"[a-z]+", owner.lower())[:_HARMS_GENERIC_OWNER_REACH]
    if not owner_words:
        return None
    if not _harms_owner_is_the_option(c, owner_words, len(owner_words) + 2, _HARMS_BARE_OWNERS):
        return None
    return c.text[c.match_end + link.end() + len(owner):c.sentence_end]


def _harms_owner_is_the_option(c: Context, owner_words: list[str], reach: int, owners: frozenset[str]) -> bool:
    """Whether the owner after a harm noun ("of screening", "associated with treatment"), read from
    its first words, is the option: the page's intervention named within ``reach`` words after the
    match, a treatment named, or a word of ``owners`` ("it", "either", "the option")."""
    iv = c.interventions
    named = iv and iv.named(c.end, min(c.last, c.end + reach))
    return bool(named or _harms_treatment_in(" ".join(owner_words)) or set(owner_words) & owners)


_HARMS_POINTER_LEAD = pattern("harms_pointer_lead")
_HARMS_POINTER_DOCUMENT = pattern("harms_pointer_document")
_HARMS_POINTER_NAMES = pattern("harms_pointer_names")


def _harms_label_pointer(c: Context) -> bool:
    """A label section named as where to read the harms: "Please see full Prescribing Information,
    including Boxed Warning", "click here for the Medication Guide and Important Safety
    Information", "see the boxed warning for Zelvora". The sentence sends the reader to a document
    (a verb of looking up before the finding, and a label document named in the sentence) and
    tells no harm; it keeps counting where it says what the warning is about ("see the boxed
    warning about suicidal thoughts").

    Prevents the pointer counting as harms disclosed (21 CFR 202.1(e)(1): in drug advertising a
    pointer to the full labeling is the "adequate provision" for it, not a statement of the risks;
    HealthNewsReview.org criterion 3; audit guide, settled convention of round 25)."""
    found = c.text[c.match_start:c.match_end]
    if not (_HARMS_POINTER_DOCUMENT.search(found) or found.lower() in {"warning", "warnings"}):
        return False  # only the section itself: "see the boxed warning about suicidal thoughts" names them
    lead = c.text_before(_HARMS_NAMES_NONE_REACH)
    pointer = _HARMS_POINTER_LEAD.search(lead)
    if not pointer or not _HARMS_POINTER_DOCUMENT.search(lead[pointer.start():] + found):
        return False
    return not _HARMS_POINTER_NAMES.match(c.rest_of_sentence)


_HARMS_GENERIC_NOUNS = words("harms_generic_nouns")
_HARMS_GENERIC_OWNERS = words("harms_generic_owners")
_HARMS_PAIRED_BEFORE = pattern("harms_paired_before")
_HARMS_PAIRED_AFTER = pattern("harms_paired_after")
_HARMS_WEIGHED_BEFORE = pattern("harms_weighed_before")
_HARMS_WEIGHED_AFTER = pattern("harms_weighed_after")
_HARMS_CONCEDED_BEFORE = pattern("harms_conceded_before")

_HARMS_GENERIC_NAMED_AFTER = pattern("harms_generic_named_after")
_HARMS_GENERIC_LIST = pattern("harms_generic_list")
# "the risk of" before a bare harm noun: "outweigh the risk of side effects" weighs it as "the risks" (round 30b).
_HARMS_RISK_OF_BARE = pattern("harms_risk_of_bare")
# How far after the formula a list of the harms may begin ("the harms of screening, such as"), in
# characters, and how many words of the owner after "of" are read ("the risks of taking aspirin").
_HARMS_GENERIC_LIST_REACH = 60


def _harms_generic_weighing(c: Context) -> bool:
    """A bare harm noun ("risks", "harms", "downsides") in the stock formula that pairs it with
    benefits or weighs the two ("doctors and patients should weigh the risks and benefits", "the
    benefits outweigh the risks", "the balance of benefits and harms", "more research on the
    benefits and risks of screening", "weigh the harms of testing", and since round 30b "the
    benefit justifies the potential risks", "the benefits of screening offset the risks", "the
    risks may be outweighed by their benefits", "the risks may not be worth it", "the possible
    harms as well as the possible benefits") names no harm: it says only
    that the option, like any, has some. The phrase keeps counting once it names the harm or where
    it falls: a harm after "of" that is not the option ("outweigh the small risk of a torn
    tendon", "the risks of bleeding outweigh the benefits"), "to" or "pertaining to" ("its risks to
    the heart"), a list ("the harms of screening, such as overdiagnosis"), or a harm word between
    the weighing verb and the noun ("weigh the cardiac risks": only determiners and generic
    qualifiers may stand there). A pairing shares its owner with the benefits ("the benefits and
    risks of the cream"): the owner is the option.

    Prevents the formula counting as harms disclosed (HealthNewsReview.org criterion 3 asks the
    story to explain the harms, and its reviewers did not accept "benefits outweigh the risks" as
    an explanation; DISCERN item 11 asks what the risks are; audit guide, settled convention of
    round 13: a generic "risks and benefits" with no harm named is not_disclosure). Since round
    30b a bare harm noun ("side effects", "complications") after "the risk of" is weighed as the
    risk is ("the predicted benefits outweigh the risk of side effects"). Since round 37 also the
    passive ("the benefit was outweighed by its risks") and a concession that sets the harms aside
    ("despite the risks, foreigners are converging on Iquitos", ``harms_conceded_before``), which
    grants that harms exist and names none (news_reviews_00389, 00162, story_reviews_00446)."""
    if _harms_bare_noun_paired(c):
        return True
    words_ = c.tokens.words
    ends_of = words_[c.end - 1] == "of" and c.end - 2 >= c.start
    before = c.text[c.sentence_start:c.match_start]
    risk_of = _HARMS_RISK_OF_BARE.search(before) if _bare(c) else None
    if risk_of:  # "the benefits outweigh the risk of side effects": the formula's noun is "risk"
        before, ends_of = before[:risk_of.start()], False
    elif (words_[c.end - 2] if ends_of else words_[c.end - 1]) not in _HARMS_GENERIC_NOUNS:
        return False
    after = c.rest_of_sentence
    if not ends_of and _HARMS_GENERIC_NAMED_AFTER.match(after):
        return False  # "its risks to the heart", "the risks, such as bleeding"
    paired = _HARMS_PAIRED_AFTER.match(after)
    rest = after[paired.end():] if paired else after
    if not (paired or _HARMS_PAIRED_BEFORE.search(before) or _HARMS_WEIGHED_BEFORE.search(before)
            or _HARMS_WEIGHED_AFTER.match(after) or _HARMS_CONCEDED_BEFORE.search(before)):
        return False
    if _HARMS_GENERIC_NAMED_AFTER.match(rest) or _HARMS_GENERIC_LIST.search(rest[:_HARMS_GENERIC_LIST_REACH]):
        return False  # "risks or benefits pertaining to blood clots", "the harms of screening, such as overdiagnosis"
    if _harms_set_aside_told(before, rest):
        return False  # "outweighed by its risks, chiefly bleeding", "Despite the risks, which include liver damage"
    if paired or _HARMS_PAIRED_BEFORE.search(before):
        return True  # a pairing shares its owner with the benefits: "the benefits and risks of Siliq"
    if not ends_of:
        link = _HARMS_GENERIC_OWNER_LINK.match(after)
        if not link:
            return True  # "the benefits outweigh the risks"
        after = after[link.end():]
    owner = re.split(r"[,;:()\u2014\u2013]", after)[0]
    owner_words = re.findall(r"[a-z]+", owner.lower())[:_HARMS_GENERIC_OWNER_REACH]
    if not owner_words:
        return True
    # the owner names the option ("the harms of screening", "the risks of taking aspirin"): no harm
    # named; any other owner names the harm ("the small risk of a torn tendon")
    return _harms_owner_is_the_option(c, owner_words, len(owner_words) + 1, _HARMS_GENERIC_OWNERS)


_HARMS_WEIGHED_BY_BEFORE = pattern("harms_weighed_by_before")
_HARMS_SET_ASIDE_TOLD = pattern("harms_set_aside_told")


def _harms_set_aside_told(before: str, rest: str) -> bool:
    """Round 37's two shapes, the passive weighing ("the benefits may be outweighed by its risks")
    and the concession ("Despite the risks, ..."), whose sentence goes on to name the harm, its size
    or who bears it (``harms_set_aside_told``: "its risks, chiefly bleeding", "the risks, which
    include liver damage", "its risks for people over 75", "serious side effects in only 2% of
    users"): the sentence tells the harm, which the audit guide counts ("has risks, chiefly
    bleeding"; who bears a harm or how often it falls is information about it; round 38 review of
    round 37's rules). The bare formula, which tells none of these, stays dropped."""
    if not (_HARMS_WEIGHED_BY_BEFORE.search(before) or _HARMS_CONCEDED_BEFORE.search(before)):
        return False
    return bool(_HARMS_SET_ASIDE_TOLD.search(rest))


def _harms_bare_noun_paired(c: Context) -> bool:
    """A bare harm noun ("side effects", "adverse effects", "complications") in the stock pairing
    with benefits ("to help determine its long-term benefits and side effect profile", "the
    benefits and side effects of the drug"), which names no harm as "benefits and risks" does
    (audit guide, round 13 and round 37: "more research on benefits and side effects" names no
    harm; dev audit harms errors, round 37: news_reviews_00228). Kept where the rest names the harm
    or where it falls: "to", "such as", "including", a colon, or a list soon after."""
    if c.tokens.words[c.end - 1] == "of" or not _bare(c):
        return False
    before = c.text[c.sentence_start:c.match_start]
    after = c.rest_of_sentence
    paired = _HARMS_PAIRED_AFTER.match(after)
    if not (paired or _HARMS_PAIRED_BEFORE.search(before)):
        return False
    rest = after[paired.end():] if paired else after
    return not (_HARMS_GENERIC_NAMED_AFTER.match(rest) or _HARMS_EXISTENCE_NAMED.search(rest)
                or _HARMS_GENERIC_LIST.search(rest[:_HARMS_GENERIC_LIST_REACH]))
