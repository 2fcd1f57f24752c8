"""Funding: who paid for the work reported, said where money was received for it ("was funded by",
"a grant from", the active "Pfizer paid for the study"), not funding sought, an institution's money
in general, a speaker's post at a foundation, an organisation describing itself, or a pointer to
disclosures kept elsewhere.

Sources: HealthNewsReview.org criterion 9 (conflicts of interest); ICMJE Recommendations II.B (the
funding of the work under consideration) and the ICMJE disclosure form."""

from __future__ import annotations

from ..base import Context, pattern, registry, words


# Funding asked for, not received: "applied for funding", "seeking funding for larger studies",
# "drafting a grant proposal to the NIH".
_SOUGHT = pattern("sought")
_SOUGHT_REACH = 60
# What "supported by" names when it is evidence, not money: "supported by multiple published
# clinical studies", "a finding supported by Tuesday's study".
_EVIDENCE_AFTER = words("evidence_after")
_FUNDING_MONEY_WORDS = words("funding_money_words")


def funding_received(c: Context) -> bool:
    """"Funding", "grant" and "supported by" say who paid only when the money was received for
    the work: not when it is sought ("have applied for funding", "seeking funding for larger
    studies", "a grant proposal"), not in an institution's ranking ("ranked in the top 20 in
    research funding"), and "supported by" not when evidence supports a claim ("a finding
    supported by Tuesday's study", "supported by published clinical studies"), nor when it names no
    payer ("daily irrigation supported by a demonstration video").

    Prevents plans and epistemic support counting as funding disclosed (HealthNewsReview.org
    criterion 9 asks who paid for the work that is reported).
    """
    if _SOUGHT.search(c.text, max(c.sentence_start, c.match_start - _SOUGHT_REACH), c.match_start):
        return False
    if _not_for_the_work(c) or _funding_grant_not_received(c):
        return False
    if c.word(c.end) in {"proposal", "proposals", "application", "applications"}:
        return False
    if c.tokens.words[c.end - 1] == "by":
        following = [i for i in range(c.end, min(c.last, c.end + 6))]
        evidence = [i for i in following if c.word(i) in _EVIDENCE_AFTER and not c.surface(i)[:1].isupper()]
        grants = [i for i in following if c.word(i).startswith(("grant", "fund", "award"))]
        if evidence and not grants:
            return False
        # a payer is a name ("supported by the Wellcome Trust", "by Bayer") or money ("by a grant
        # from"); "supported by a demonstration video" names neither
        named = any(c.surface(i)[:1].isupper() or c.word(i) in _FUNDING_MONEY_WORDS for i in following)
        return named or bool(grants) or c.word(c.end - 2) != "supported"
    return True


_RANKED = pattern("ranked")
_TO_OBTAIN = pattern("to_obtain")
_EVENT_SPONSORED = pattern("event_sponsored")
_NOT_A_PAYER = words("not_a_payer")


def _not_for_the_work(c: Context) -> bool:
    """Funding that paid for no reported work: an institution's standing ("ranks as a national
    leader among hospitals in NIH funding"), money still to get ("it's difficult to get funding
    for studies"), a gift with no payer ("like a gift from above")."""
    if _RANKED.search(c.text, c.sentence_start, c.match_start):
        return True
    if _TO_OBTAIN.search(c.text, max(c.sentence_start, c.match_start - 30), c.match_start):
        return True
    if c.tokens.words[c.end - 1] == "by" and _EVENT_SPONSORED.search(c.text, max(c.sentence_start, c.match_start - 30), c.match_start):
        return True  # "the conference is sponsored by ...": an event's sponsor, not the work's
    return c.tokens.words[c.end - 1] == "from" and c.word(c.end) in _NOT_A_PAYER and not c.surface(c.end)[:1].isupper()


_FUNDING_GRANT_VERB_BEFORE = words("funding_grant_verb_before")
_FUNDING_GRANT_OFFERED_AFTER = words("funding_grant_offered_after")


def _funding_grant_not_received(c: Context) -> bool:
    """"Grant" as a verb ("to grant approval", "would grant a market share") or money on offer
    ("a grant opportunity")."""
    if c.word(c.start) != "grant":
        return False
    return c.word(c.start - 1) in _FUNDING_GRANT_VERB_BEFORE or c.word(c.end) in _FUNDING_GRANT_OFFERED_AFTER


# Funding wording, and the kinds of body that fund research (a name beside "supported by").
_FUNDING_CONTEXT = pattern("funding_context")
_FUNDING_REACH = 120


def funding_context(c: Context) -> bool:
    """A funder's name or a word like "foundation" or "supported by" says who paid only next to
    funding wording or another funding body elsewhere in its sentence ("supported by the National
    Institutes of Health", "employees of the NIH"), not in "the National Osteoporosis Foundation
    recommends", "a foundation for health" or "a finding supported by Tuesday's study".

    Nor a speaker's post at the body ("vice president for research at the Hollis Foundation, said"),
    nor "Nih" as a surname (round 6). Another body's name is no funding wording: "according to the National Institutes of Health",
    "the British Heart Foundation's medical director", "the NIH Clinical Center" say who spoke or
    where, not who paid (round 5: body names as context did not hold on 100 fresh findings).

    Prevents names of agencies and charities counting as funding disclosed (HealthNewsReview.org
    criterion 9 asks who paid for the work).
    """
    # the sentence and a little beyond: a funding note is often one line split over two
    # from the sentence's start: a long list of funders names the money once, at its head
    near = c.text[max(0, min(c.sentence_start, c.match_start - _FUNDING_REACH)):c.match_start] + " " + \
        c.text[c.match_end:c.match_end + _FUNDING_REACH]
    if c.word(c.end) == "trust":  # "NHS Foundation Trust": a hospital
        return False
    if c.word(c.start) == "nih" and not c.surface(c.start).isupper():
        return False  # "Lina Nih": a surname, not the agency's acronym
    if _funding_post_at_body(c):
        return False
    if _funding_foundation_idiom(c):
        return False  # "laying the foundation for": the idiom, not a body
    return bool(_FUNDING_CONTEXT.search(near)) and funding_received(c)


_FUNDING_POST_AT_BODY = pattern("funding_post_at_body")


def _funding_post_at_body(c: Context) -> bool:
    """A speaker's post at the body named ("director of research at the Hollis Foundation, said"),
    with no funding wording after it in its sentence ("..., which funded the trial" still counts):
    where the speaker works, not who paid (ICMJE II.B: the work's funding)."""
    if not _FUNDING_POST_AT_BODY.search(c.text, max(c.sentence_start, c.match_start - 120), c.match_start):
        return False
    return not _FUNDING_CONTEXT.search(c.text, c.match_end, c.sentence_end)


_FUNDING_FOUNDATION_IDIOM_AFTER = words("funding_foundation_idiom_after")


def _funding_foundation_idiom(c: Context) -> bool:
    """A lower-case "foundation for/of": the idiom ("laying the foundation for"), not a body."""
    return c.surface(c.start) == "foundation" and c.word(c.end) in _FUNDING_FOUNDATION_IDIOM_AFTER


_SELF_DESCRIPTION = pattern("studies_self_description")
_WORK_NAMED = pattern("studies_work_named")


def not_self_description(c: Context) -> bool:
    """Funding or a journal's name counts where the sentence is about the work, not where an
    organisation describes itself: "The Prostate Cancer Foundation is the world's leading
    philanthropic organization funding research", "The NIDDK, a component of the NIH, supports
    research", "Ophthalmology, the official journal of the Academy, publishes peer-reviewed research".
    A sentence that names the work ("the study, funded by X, a non-profit foundation founded in
    2005") still counts.

    Prevents a press release's "about" paragraph, met outside its heading, counting as funding
    disclosed or as the study's source (ICMJE Recommendations II.B: disclosure concerns the work
    under consideration; HealthNewsReview.org criteria 5 and 9).
    """
    sentence = c.sentence
    return not (_SELF_DESCRIPTION.search(sentence) and not _WORK_NAMED.search(sentence))


_FUNDING_DISCLAIMER_REACH = 300


def funding_disclaimer_beside_funding(c: Context) -> bool:
    """The disclaimer a funder requires ("does not necessarily represent the official views of the
    NIH") counts beside the funding it qualifies, not as a journal's or a society's standing notice
    ("statements of authors published in the society's journals do not necessarily reflect its
    policy") with no funding before it.

    Prevents a publisher's boilerplate counting as funding disclosed (NIH Grants Policy
    Statement 8.2.1 ties the disclaimer to the acknowledgement of support).
    """
    before = c.text[max(0, c.sentence_start - _FUNDING_DISCLAIMER_REACH):c.match_start]
    return bool(_FUNDING_CONTEXT.search(before)) and not_self_description(c)


_FUNDING_MONEY_TIED = pattern("funding_money_tied")


def funding_for_the_work(c: Context) -> bool:
    """A funder's name or a bare "funding", "grant", "sponsor" counts where its sentence ties the
    money to a piece of work: a receipt ("was funded by", "received", "came from"), a grant
    number, a "Funding:" heading, or the work named ("the study", "this research", "Dr. Lee's
    research"); not a field's or an institution's money: "the NIH is funding a variety of studies
    on tai chi", "she continues to push for funding", "hopes to tap into donations and grants".
    An organisation describing itself stays uncounted too (``not_self_description``).

    Prevents funding in general counting as the work's funding disclosed (ICMJE Recommendations
    II.B: the funding of the work under consideration; HealthNewsReview.org criterion 9).
    """
    return bool(_FUNDING_MONEY_TIED.search(c.sentence)) and funding_not_institution_standing(c)


def funding_not_institution_standing(c: Context) -> bool:
    """A funding statement counts where it says who paid for work, not where an institution
    describes itself (``not_self_description``) or its money in general: "The School is among the
    top recipients of funding from the NIH", "The association receives funding primarily from
    individuals" (a press release's "about" paragraph). "The study received funding from the NIH"
    still counts. Nor where the line only points to the funding kept elsewhere ("Read the details
    and the financial support in the journal": ``funding_disclosure_stated``, round 11).

    Prevents an institution's standing counting as the work's funding disclosed (ICMJE
    Recommendations II.B: the funding of the work under consideration; HealthNewsReview.org
    criterion 9).
    """
    return not_self_description(c) and not _funding_institution_standing(c) and funding_disclosure_stated(c)


_FUNDING_STANDING = pattern("funding_institution_standing")


def _funding_institution_standing(c: Context) -> bool:
    """The sentence sizes or sources an institution's money in general ("among the nation's top
    recipients of NIH funding", "annual research funding of $60 million supports its scientists",
    "the association receives funding primarily from individuals") and names no piece of work."""
    sentence = c.sentence
    return bool(_FUNDING_STANDING.search(sentence)) and not _WORK_NAMED.search(sentence)


_FUNDING_DISCLOSURE_POINTER = pattern("funding_disclosure_pointer")
_FUNDING_DISCLOSED_NONE = words("funding_disclosed_none")
_FUNDING_PARTY_PREPS = words("funding_party_preps")


def funding_disclosure_stated(c: Context) -> bool:
    """A disclosure counts where the page states it, not where a line only sends the reader to
    another document for it: "Please see the article for ... financial disclosures", "Author
    disclosures are on the manuscript", "The article contains conflict of interest disclosures",
    "Authors made conflict of interest disclosures." Such a line names no payer and no tie. A
    declaration of none still counts beside a pointer ("the authors report no conflicts; see the
    paper"), as does a party named after the term ("support from Acme; details in the article"),
    and a "Disclosures:" heading followed by the disclosure is no pointer.

    Prevents journals' stock lines counting as conflicts of interest disclosed (ICMJE
    Recommendations II.B and the ICMJE disclosure form: a disclosure names the entity and the
    relationship; HealthNewsReview.org criterion 9 asks the story itself to identify conflicts;
    the audit guide's settled convention, round 11).
    """
    if not _FUNDING_DISCLOSURE_POINTER.search(c.sentence):
        return True
    if set(c.tokens.words[c.first:c.last]) & _FUNDING_DISCLOSED_NONE:
        return True  # "the authors report no conflicts; see the article": a disclosure of none
    for i in range(c.end - 1, min(c.last - 1, c.end + 6)):
        if c.word(i) not in _FUNDING_PARTY_PREPS:
            continue
        named = i + 1 if c.word(i + 1) != "the" else i + 2
        if named < c.last and c.surface(named)[:1].isupper():
            return True  # "financial support from Acme": a payer named
    return False


_FUNDING_EVIDENCE_SUBJECTS = words("funding_evidence_subjects")
_FUNDING_ACTIVE_NEGATORS = words("funding_active_negators")
_FUNDING_NOUN_DETERMINERS = words("funding_noun_determiners")


def funding_paid_by_a_party(c: Context) -> bool:
    """The active voice of a funding statement, "Aventra Pharmaceuticals funded the study",
    "Pfizer paid for the study", "Stryker sponsored the trial", "the company paid for the two small
    studies", counts where a named organisation or a maker is the subject, as the passive "was
    funded by" does: not where no one is named ("I paid for the study myself"), the payment is
    denied ("No company funded the trial"), the subject is evidence ("Data from Oxford supported
    the research"), "funds" is a noun ("the funds the study needed") or the sentence asks ("Who
    paid for the trial?"). The lexicon's pattern reads only a study, trial or research with a
    determiner as the object: "the state paid for her surgery" is a cost and "the NIH funds
    research on many diseases" money in general (ICMJE Recommendations II.B: the funding of the
    work under consideration).

    Prevents funders disclosed in the active voice going unseen (HealthNewsReview.org criterion 9;
    ICMJE disclosure form, funding; round 23, a new user's sentences).
    """
    if c.sentence.rstrip().endswith("?") or c.word(c.start - 1) in _FUNDING_NOUN_DETERMINERS:
        return False
    subject = _funding_subject_words(c)
    said = {c.word(i) for i in subject}
    if said & _FUNDING_ACTIVE_NEGATORS:
        return False
    if c.word(c.start).startswith("support") and said & _FUNDING_EVIDENCE_SUBJECTS:
        return False  # evidence supports; only "supported" has that second sense
    return any(_funding_payer_named(c, i) for i in subject)


_FUNDING_PAYER_REACH = 14  # tokens: "Amgen and Novartis, the codevelopers of erenumab, funded the trial"


def _funding_subject_words(c: Context) -> list[int]:
    """The tokens before the verb in its clause (appositives and "which" kept: "Merck & Co., which
    funded the study"), back to a semicolon, colon, bracket or the sentence's start."""
    return list(range(c.back_to_break(c.start, ";:()[]", _FUNDING_PAYER_REACH), c.start))


_FUNDING_PAYER_NOUNS = words("funding_payer_nouns")
_FUNDING_NOT_A_PAYER = words("funding_not_a_payer")


def _funding_payer_named(c: Context, index: int) -> bool:
    """Token ``index`` names a payer: a body's common noun ("the drug's maker", "the company") or a
    capitalised name; a sentence's first word only when it is no determiner, pronoun or the
    study's people ("Pfizer paid for the study", not "The state" or "Patients")."""
    word = c.word(index)
    if word in _FUNDING_PAYER_NOUNS:
        return True
    if not c.surface(index)[:1].isupper() or word == "i":
        return False
    return c.tokens.starts[index] > c.sentence_start or word not in _FUNDING_NOT_A_PAYER


RULES = registry(
    funding_received,
    funding_context,
    not_self_description,
    funding_disclaimer_beside_funding,
    funding_for_the_work,
    funding_not_institution_standing,
    funding_disclosure_stated,
    funding_paid_by_a_party,
)
