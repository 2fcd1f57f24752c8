"""Commercial interests: "developed by", "founder of", "disclosed", "consultant", "patent", "equity"
declare an interest where the text ties them to someone or to the work reported (the ICMJE
disclosure form: "funded by", "consultant to", "owns shares in" and a party); the same word with no
tie is shown, not counted.

Sources: HealthNewsReview.org criterion 9 (conflicts of interest); ICMJE disclosure form (financial
relationships, patents and stock)."""

from __future__ import annotations

import re

from ..base import Context, _words_back, pattern, registry, words


_NON_COMMERCIAL = words("non_commercial")
_COMPANY_MARKERS = words("company_markers")
_INTEREST_REACH = 16
_FUNDING_PERSON_TITLES = words("funding_person_titles")
_FUNDING_GENERIC_DEVELOPERS = words("funding_generic_developers")


def commercial_interest(c: Context) -> bool:
    """"Developed by", "founder of", "co-founder" declare an interest when they tie a product or a
    source to a company ("developed by Titan Pharmaceuticals", "co-founder of Neural Analytics"),
    not to a person with no company named ("developed by a former fire chief") or to a body with
    no commercial stake ("developed by a not-for-profit organisation and Aberdeen University",
    "founder of the Society of Robotic Surgery"), nor to a researcher by title ("developed by
    Dr. Ames": the audit guidelines' "developed by a researcher without commercial interest"), nor
    to people named by their trade ("developed by scientists", "by a team of researchers"; round 7).

    Prevents non-commercial origins counting as conflicts of interest disclosed
    (HealthNewsReview.org criterion 9: "Does the story use independent sources and identify
    conflicts of interest?"; ICMJE disclosure form: financial relationships).
    """
    following = []
    for i in range(c.end, min(c.last, c.end + _INTEREST_REACH)):
        if i > c.end and c.marks_before(i, ";:.!?"):
            break
        following.append(c.word(i).strip(".,"))
    if following and following[0] in _FUNDING_PERSON_TITLES:
        return False  # "a blood test developed by Dr. Ames": a researcher, not a company (round 6)
    if set(following) & _COMPANY_MARKERS:
        return True
    if set(following) & _NON_COMMERCIAL or set(following[:3]) & _FUNDING_GENERIC_DEVELOPERS:
        return False  # "developed by scientists", "by a team of researchers": no party named (round 7)
    return bool(following) and following[0] not in {"a", "an"}


_INTEREST_WORDS = tuple(words("interest_words"))
_FUNDING_DISCLOSED_DETERMINERS = words("funding_disclosed_determiners")
_FUNDING_DISCLOSE_VERBS = frozenset({"disclose", "discloses", "disclosed", "disclosing"})


def interest_disclosed(c: Context) -> bool:
    """"Disclosed" declares an interest ("the authors disclosed consulting fees", "Author
    disclosures are on the manuscript"), not when it introduces news: "the company had already
    disclosed that the treatment failed" (a finding announced, not an interest declared).

    Nor when its object is something else: "Abbott isn't disclosing the price", nor a verb with no
    interest in its sentence: "the size of the benefit was only disclosed at the meeting" (round 6).

    Prevents corporate announcements counting as conflicts of interest disclosed
    (HealthNewsReview.org criterion 9; ICMJE disclosure form).
    """
    if c.word(c.end) in _FUNDING_DISCLOSED_DETERMINERS and c.gap_before(c.end).isspace():
        # a verb with its object: "isn't disclosing the price" names no interest
        return any(w.startswith(_INTEREST_WORDS) for w in c.tokens.words[c.end:min(c.last, c.end + 4)])
    if c.word(c.start) in _FUNDING_DISCLOSE_VERBS and \
            not any(w.lower().startswith(_INTEREST_WORDS) for w in c.tokens.words[c.first:c.last]):
        return False  # "the size of the benefit was only disclosed on Monday": news, not an interest
    if c.word(c.end) != "that":
        return True
    rest = c.tokens.words[c.end:c.last]
    return any(w.startswith(_INTEREST_WORDS) for w in rest)


_CLINICAL_GRADES = words("clinical_grades")
_FUNDING_CONSULTANT_POSTS = words("funding_consultant_posts")


def consultancy(c: Context) -> bool:
    """"Consultant" declares an interest as a consultancy ("a paid consultant for the maker", "has
    served as a consultant to Merz"), not as a hospital doctor's grade ("a consultant radiologist
    at Massachusetts General Hospital", "consultant medical oncologist").

    Nor a hospital post: "Consultant at The Royal Marsden", "a consultant in gastroenterology".

    Prevents job titles counting as conflicts of interest disclosed (HealthNewsReview.org
    criterion 9; ICMJE disclosure form: consultancies are financial relationships).
    Round 26 (a clinic's medical reviewer): nor a clinic's own doctors, named so by the clinic
    ("Our consultants treat knee pain", "Award-winning consultants", "our team of consultants")
    or by the care they give ("consultants see patients within a week"): in British usage a
    consultant is a senior hospital doctor (NHS grade), no one's paid adviser.
    """
    if c.word(c.end) in _FUNDING_CONSULTANT_POSTS and c.gap_before(c.end).isspace():
        return False  # "Consultant at The Royal Marsden", "a consultant in gastroenterology": a post
    if _clinic_staff(c):
        return False
    return not set(c.tokens.words[c.end:min(c.last, c.end + 2)]) & _CLINICAL_GRADES


_STAFF_MARKERS = words("funding_staff_markers")
_STAFF_GROUPS = words("funding_staff_groups")
_STAFF_CARE_VERBS = words("funding_staff_care_verbs")
_CONSULTANCY_TIES = words("funding_consultancy_ties")


def _clinic_staff(c: Context) -> bool:
    """"Our consultants", "award-winning consultants", "our team of consultants", "consultants
    treat ...": a clinic's doctors, by the clinic's own word or the care they give; not where a
    party follows ("our consultants to the company were paid in stock")."""
    if c.word(c.end) in _CONSULTANCY_TIES:
        return False
    before = c.word(c.start - 1)
    if before == "of" and c.word(c.start - 2) in _STAFF_GROUPS:
        before = c.word(c.start - 3)  # "our team of consultants", "a panel of expert consultants"
    return before in _STAFF_MARKERS or c.word(c.end) in _STAFF_CARE_VERBS


_FUNDING_HOLDERS = words("funding_holders")
_FUNDING_HOLDER_COPULAS = words("funding_holder_copulas")
_FUNDING_TIE_REACH = 4


def funding_interest_held(c: Context) -> bool:
    """"Patent", "equity", "shareholder" declare an interest when someone holds them: "MIT has a
    patent on the supplement", "two authors own equity in the company", "co-inventor on patents",
    not as a company's or a product's standing: "growth in shareholder value", "a patent-pending
    compound", "whose patent expirations expose them to rivals".

    Prevents corporate boilerplate and product labels counting as conflicts of interest disclosed
    (ICMJE disclosure form: patents and stock are interests of the authors; HealthNewsReview.org
    criterion 9).
    """
    before = [w.lower() for w in _words_back(c, _FUNDING_TIE_REACH, ",;:.!?()")]
    if set(before) & _FUNDING_HOLDERS:
        return True
    return len(before) >= 2 and before[-1] in {"a", "an"} and before[-2] in _FUNDING_HOLDER_COPULAS


_FUNDING_TIE_AFTER = words("funding_tie_after")
_FUNDING_TIE_BEFORE = words("funding_tie_before")
_FUNDING_POSSESSIVE_BEFORE = re.compile(r"[\'’]s\s+(?:[A-Z][\w-]*\s+){0,2}$")


def funding_tied_to_a_party(c: Context) -> bool:
    """"Consultant" and "advisory board" declare an interest when tied to a party or to pay: "a
    consultant to the maker", "consultant and speaker for several makers", "a paid consultant",
    "a member of the advisory board of Acme", "head of Acme's scientific advisory board"; not as a
    grade or a public body: "sent by NHS orthopaedic consultants", "the task force, a federal
    advisory board".

    Prevents hospital grades and public panels counting as conflicts of interest disclosed (ICMJE
    disclosure form: consultancies and advisory boards are relationships with an entity).
    """
    if set(_funding_clause_after(c, _FUNDING_TIE_REACH)) & _FUNDING_TIE_AFTER:
        return True
    if {w.lower() for w in _words_back(c, _FUNDING_TIE_REACH, ";:.!?()")} & _FUNDING_TIE_BEFORE:
        return True
    return bool(_FUNDING_POSSESSIVE_BEFORE.search(c.text_before(60)))


def _funding_clause_after(c: Context, reach: int) -> list[str]:
    """Up to ``reach`` words after the match, up to the first clause break."""
    out = []
    for i in range(c.end, min(c.last, c.end + reach)):
        if c.marks_before(i, ",;:.!?()"):
            break
        out.append(c.word(i))
    return out


_FUNDING_WORK_WORDS = pattern("funding_work_words")


def funding_interest_in_the_work(c: Context) -> bool:
    """A founder's company is an interest in the work when the sentence ties it to a study or a
    product ("co-founder of Acme, which is developing the test", "founder of L-Co, whose products
    were used in the study") or the page names the company again elsewhere; not where a speaker's
    or a bystander's own business is only mentioned: "the founder of a trade publication", "the
    co-founder of a catering firm".

    Prevents a quoted person's unrelated affiliations counting as conflicts of interest disclosed
    (ICMJE Recommendations II.B: relationships relevant to the work; HealthNewsReview.org
    criterion 9).
    """
    if _FUNDING_WORK_WORDS.search(c.sentence):
        return True
    name = _funding_company_named(c)
    if not name:
        return False
    elsewhere = c.text[:c.sentence_start] + " " + c.text[c.sentence_end:]
    return name in elsewhere


def _funding_company_named(c: Context) -> str:
    """The capitalised name right after "founder of": "founder of Acme Labs" -> "Acme Labs"."""
    name = []
    for i in range(c.end, min(c.last, c.end + 5)):
        surface = c.surface(i)
        if i > c.end and c.marks_before(i, ",;:!?()"):
            break
        if not surface[:1].isupper():
            break
        name.append(surface)
    return " ".join(name)


_FUNDING_OTHER_PRODUCT_BEFORE = words("funding_other_product_before")
_FUNDING_PRODUCT_REACH = 20


def funding_developer_of_the_work(c: Context) -> bool:
    """"Developed by" a company declares an interest where the product is the one the page is
    about ("the implant, developed by Titan Pharmaceuticals"), not where a word before it in its
    clause sets the product apart as another one, a rival's or an earlier one: "other PCSK9
    inhibitors being developed by companies like Pfizer", "two other therapies: ..., and Provenge,
    a vaccine developed by Dendreon", "a rival drug developed by".

    (The page's intervention, intervention.py, was tried as a second signal and dropped: where it
    is misidentified, the page's own product reads as another one.)

    Prevents competitors' makers counting as conflicts of interest disclosed (ICMJE
    Recommendations II.B: relationships relevant to the work; HealthNewsReview.org criterion 9).
    """
    lead = {w.lower() for w in _words_back(c, _FUNDING_PRODUCT_REACH, ";:.!?()")}
    return not lead & _FUNDING_OTHER_PRODUCT_BEFORE


RULES = registry(
    commercial_interest,
    interest_disclosed,
    consultancy,
    funding_interest_held,
    funding_tied_to_a_party,
    funding_interest_in_the_work,
    funding_developer_of_the_work,
)
