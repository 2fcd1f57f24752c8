"""Patient stories and testimonials: a particular person offered as evidence ("a 60-year-old
woman", "says Linda, 67", "– Margaret T., Phoenix, AZ", "Week 2: I've lost 6 pounds"), not a
reference class, the reader invited to share a story, or an expert quoted.

Sources: FTC Endorsement Guides (16 CFR 255.0-255.2: consumer endorsements); HealthNewsReview.org on
the anecdote that stands in for data; Krifka et al. 1995 (generic versus particular reference)."""

from __future__ import annotations

import re

from ..base import Context, _words_back, pattern, registry, words


_RATE_NOUNS = words("story_rate_nouns")
_CASE_NOUNS = words("story_case_nouns")
# How far back a rate or a study's case may stand: "the lifetime risk of osteoporotic fracture for a
# 60-year-old woman", "In the case study, a 55-year-old man".
_STORY_REACH = 8


def particular_person(c: Context) -> bool:
    """"A 60-year-old woman" tells a patient's story where she is a particular person; not where
    she is a reference class in a rate ("the risk for a 40-year-old mother is 16 times ..."), a
    hypothetical ("a good candidate would be a 50-year-old man") or a case a study reports ("in the
    case study, a 55-year-old man", "found more cases: a 73-year-old man").

    Indefinite noun phrases read generically or as instances of a class (Krifka et al. 1995,
    "Genericity: an introduction"); the FTC Endorsement Guides (16 CFR 255) concern a consumer's
    own experience, and HealthNewsReview.org the anecdote that stands in for data, not a case report.
    """
    before = _words_back(c, _STORY_REACH, ";:.!?")
    if before[-1:] == ["for"] and not _RATE_NOUNS.isdisjoint(before):
        return False
    if before[-2:] == ["would", "be"]:
        return False
    return _CASE_NOUNS.isdisjoint(before)


_TESTIMONIAL_EXPERT = pattern("testimonial_expert")
_TESTIMONIAL_SAYS = pattern("testimonial_says")
_TESTIMONIAL_NOT_USER = pattern("testimonial_not_user")
_TESTIMONIAL_OWN_USE = pattern("testimonial_own_use")
_PERSON_TITLES = words("titles")
_USER_NOUNS = words("testimonial_user_nouns")
# How far the words after the age are read for a profession or affiliation.
_APPOSITIVE_REACH = 80


def layperson_by_age(c: Context) -> bool:
    """"says Linda, 67," and "Linda, 67, says" attribute a quotation to a consumer, profiled by
    first name and age, where the person speaks of their own use or experience (FTC Endorsement
    Guides, 16 CFR 255.0 and 255.2: a consumer endorsement is the consumer's message about their own
    experience; a new user's 'It changed my life,' says Linda, 67, who tried it). Their own: a
    patient or user named so ("patient Charles Bradshaw, 39, said"), a relative clause of use or
    illness after the age ("who has been using the stimulator", "who has struggled with eczema"),
    or, with the speaker introduced as no one's relative, "I"/"my" in the sentence ("For me it's
    extremely effective") or reported speech about them ("says the balm eased her knees").

    Not an expert's attribution: a title or profession before the name ("says Dr. Linda Smith, 67,",
    "Cardiologist Linda Ames, 67, says"), a profession, credential or affiliation after the age ("a
    cardiologist at Mercy Hospital"; 16 CFR 255.3, the audit's not_patient); not a provider's ("Howard Lawler, 68, a Kentucky native who
    runs Spirit Quest Shamanic Sanctuary", a real page) nor a bystander's view ("Laura, 18," whom
    the page introduced as a patient's sister; "Mark, 45, whose wife took it")."""
    if c.word(c.start - 1) in _PERSON_TITLES or _TESTIMONIAL_EXPERT.fullmatch(c.word(c.start - 1)):
        return False  # "says Dr. Linda Smith, 67,", "Cardiologist Linda Ames, 67, says"
    raw = c.text_after(_APPOSITIVE_REACH)
    after = raw.lstrip(" ,")
    says = _TESTIMONIAL_SAYS.match(after)  # "Linda, 67, says ...": no appositive after the age
    appositive = "" if says else re.split(r"[,.;:!?]", after, maxsplit=1)[0]
    appositive_end = c.match_end + len(raw) - len(after) + len(appositive)
    if _TESTIMONIAL_EXPERT.search(appositive) or _TESTIMONIAL_NOT_USER.search(appositive):
        return False
    if c.word(c.start - 1) in _USER_NOUNS or _TESTIMONIAL_OWN_USE.search(appositive):
        return True
    return not _introduced_as_kin(c) and _speaks_of_own_experience(c, appositive_end)


_TESTIMONIAL_KIN = pattern("testimonial_kin")
# How far back a page may have introduced the speaker as someone's relative ("Andy's sister, Laura").
_KIN_REACH = 2000


def _introduced_as_kin(c: Context) -> bool:
    """Whether the page named the speaker as someone's relative before: "Andy's sister, Laura"."""
    name = c.text[c.match_start:c.match_end].split(",")[0].split()[0]
    before = c.text[max(0, c.match_start - _KIN_REACH):c.match_start]
    return any(before[m.end():].startswith(name) for m in _TESTIMONIAL_KIN.finditer(before))


_FIRST_PERSON = pattern("testimonial_first_person")
_THIRD_PERSON = pattern("testimonial_third_person")
_QUOTED = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")


def _speaks_of_own_experience(c: Context, appositive_end: int) -> bool:
    """"I", "my", "me" in the sentence ("Within three months, I was on 10 different medications,"
    Shapiro, 61, said), or "she"/"her" outside its quotations, reported speech about the speaker
    ("says the balm eased her knees"); inside a quotation "she" is someone else."""
    sentence = c.text[c.sentence_start:c.match_start] + " " + c.text[appositive_end:c.sentence_end]
    if _FIRST_PERSON.search(sentence):
        return True
    return bool(_THIRD_PERSON.search(_QUOTED.sub(" ", sentence)))


def story_not_invited(c: Context) -> bool:
    """"Share your success story" asks the reader for a story to come; it offers none as evidence
    (FTC Endorsement Guides, 16 CFR 255: an endorsement is a consumer's message about their own
    experience)."""
    return c.word(c.start - 1) != "your"


_STORY_PREDICATE = words("story_predicate_cues")


def story_offered(c: Context) -> bool:
    """"Success stories" offered as evidence ("the countless success stories reported by users",
    "going through the success stories"), not invited (``story_not_invited``) nor predicated of a
    thing as praise: "It's a success story you might dream of" (a programme), "hailed as one of
    the success stories of modern cancer treatment" (a field). There the phrase rates a treatment
    or a programme; it tells no person's experience (FTC Endorsement Guides, 16 CFR 255.0: an
    endorsement is a consumer's message about their own experience; round-9 dev audit,
    not_evidence and not_patient).
    """
    if not story_not_invited(c):
        return False
    before = c.before(4)
    return not (set(before) & _STORY_PREDICATE or before[-3:] == ["one", "of", "the"])


_STORY_EXPERIENCE_LINKS = words("story_experience_links")
_STORY_EXPERIENCE_SERVED = words("story_experience_served")
_STORY_EXPERIENCE_REACH = 6


def story_experience_of_treatment(c: Context) -> bool:
    """"Her experience", "his experience", "their experience" tell a patient's story where the
    experience is of a treatment undergone: "she describes her experience with the implant", "his
    experience of taking ketamine". Bare, or of the people a professional serves, they are no
    testimonial: a clinician's or a research team's practice ("she bases this claim on her
    experience with seriously obese patients", "their experience suggests complications are
    similar", "the results reflect their experience"), a survey's answer ("60 percent were satisfied
    with their experience") or a generic mood ("like their experience looks nothing like the
    commercials"): shown, not counted.

    The FTC Endorsement Guides (16 CFR 255.0, 255.2) define a consumer endorsement as a message
    about the consumer's own experience with the product; an expert's or an organisation's
    experience is an expert endorsement (255.3), which the testimonial family does not count
    (round-9 dev audit: 7 of 7 such counts wrong, not_patient and not_evidence).
    """
    if c.word(c.end) not in _STORY_EXPERIENCE_LINKS:
        return False
    following = c.tokens.words[c.end + 1:min(c.last, c.end + 1 + _STORY_EXPERIENCE_REACH)]
    return _STORY_EXPERIENCE_SERVED.isdisjoint(following)


_OWN_FIRST_PERSON = words("testimonial_own_first_person")
_RESULT_CUES = words("testimonial_result_cues")


def own_timed_report(c: Context) -> bool:
    """A journal's time stamp ("After 21 days, ...", "Week 2: I've lost 6 pounds") is a consumer's
    before/after report where it opens its sentence and the sentence speaks of the writer's own
    results in the first person singular: a word of use, body or result follows ("of using",
    "my skin", "I lost"). Not a time inside a sentence ("the risk of stillbirth after 38 weeks",
    "received them within 3 days"), a team's ("After 12 weeks, we saw ..."), a clinician's practice
    ("After six weeks, my patients ...") nor a first-person narrative of something else ("After
    three days in Lagos, I flew home": the audit's not_evidence).

    FTC Endorsement Guides (16 CFR 255.2, 2023): a consumer endorsement reports the results the
    consumer achieved; a new user found an advertorial's "Week 2:" and "After 21 days" entries
    uncounted."""
    after = c.tokens.words[c.end:c.last]
    if not c.at_sentence_start or not _RESULT_CUES.intersection(after):
        return False
    return any(w in _OWN_FIRST_PERSON and not (w == "my" and nxt in _STORY_EXPERIENCE_SERVED)
               for w, nxt in zip(after, after[1:] + [""]))


_ORDERED_TESTS = words("testimonial_ordered_tests")
_ORDER_OBJECT_REACH = 4


def ordered_for_self(c: Context) -> bool:
    """"I ordered the two bottles online", "I placed my order": the set-up of a consumer's story
    of a product (audit guide: the set-up of an advertorial's personal story is part of the story;
    16 CFR 255.2). Not a clinician ordering a test or a drug for a patient ("I ordered an MRI", "I
    ordered blood tests", "I ordered antibiotics") nor a person told to act ("I ordered him to
    rest")."""
    following = c.tokens.words[c.end:min(c.last, c.end + _ORDER_OBJECT_REACH)]
    return _ORDERED_TESTS.isdisjoint(following)


_CLOSING_QUOTES = ('"', "\u201d", "'", "\u2019")
_ATTRIBUTION_REACH = 400


def review_attribution(c: Context) -> bool:
    """"– Margaret T., Phoenix, AZ" signs a customer's review: a first name and a surname initial
    after a dash or opening its line ("Harold B. from Tampa"), under a quotation or a first-person line ("I could barely climb the stairs. Now
    I'm hiking again!"), the form of a consumer endorsement (FTC Endorsement Guides, 16 CFR 255.2;
    a new user's supplement page). Not a credentialed speaker's ("– Lisa M., RN", "– Tom K.,
    nutritionist": 255.3, an expert's endorsement, the audit's not_patient) nor a name under no one's
    words."""
    line_end = c.text.find("\n", c.match_end)
    rest = c.text[c.match_end:len(c.text) if line_end < 0 else line_end]
    if _TESTIMONIAL_EXPERT.search(rest):
        return False
    before = c.text[max(0, c.match_start - _ATTRIBUTION_REACH):c.match_start].rstrip(" \t\u2013\u2014~-").rstrip()
    if before.endswith(_CLOSING_QUOTES):
        return True
    return bool(_FIRST_PERSON.search(before[before.rfind("\n") + 1:]))


# What may follow "Linda from Ohio" when the signature closes its sentence: the rest of a place's
# name, a state's code, closing marks.
_SIGNATURE_CLOSES = pattern("testimonial_signature_closes")


def consumer_from_place(c: Context) -> bool:
    """"\"After 40 years of pain, I'm dancing again!\" says Linda from Ohio" signs a consumer's
    testimonial: a first name and a place, after the quotation it attributes, where the quotation
    speaks of the speaker's own experience in the first person ("I", "my") and no title or
    affiliation makes the speaker an expert (FTC Endorsement Guides, 16 CFR 255.2, consumer
    endorsements; a new user's supplement page, round 26).

    Prevents a researcher's attribution counting ("said Dr. Ana from the clinic", "says Maria from
    the University of Leeds": 255.3, the audit's not_patient) and a bystander's view with no first
    person ("\"It's busy today,\" said Tom from Leeds"). The signature closes its sentence (the
    place may run to two capitalised words and a state's code: "says Linda from New York, NY."): a
    story's attribution goes on to say who the speaker is ("says Linda from Ohio, who joined the
    trial last spring", "said Maria from Spain, one of 40 volunteers": round 26 mends).
    """
    if c.word(c.start - 1) in _PERSON_TITLES:
        return False
    if not _SIGNATURE_CLOSES.match(c.rest_of_sentence):
        return False
    if _TESTIMONIAL_EXPERT.search(c.text, c.match_start, c.sentence_end):
        return False
    before = c.text[max(0, c.match_start - _ATTRIBUTION_REACH):c.match_start]
    line = before[before.rfind("\n") + 1:]  # the quotation may end its own sentence ("again!" says)
    return any(_FIRST_PERSON.search(q) for q in _QUOTED.findall(line))


RULES = registry(
    particular_person,
    layperson_by_age,
    story_not_invited,
    story_offered,
    story_experience_of_treatment,
    own_timed_report,
    ordered_for_self,
    review_attribution,
    consumer_from_place,
)
