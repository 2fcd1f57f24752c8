"""Calls to action: a response mechanism offered to the reader (FTC Health Products Compliance
Guidance 2022; .com Disclosures 2013), not a news release's contact block (AP Stylebook; PR Newswire and
EurekAlert! templates), an investor call's dial-in, or a purchase a story narrates.
"""

from __future__ import annotations

from .base import _QUOTE_WINDOW, Context, pattern, words, registry


def reader_directed(c: Context) -> bool:
    """Verbs like "book", "call", "contact" are calls to action only as imperatives or
    after "please"/"you can"/"contact us to": at the start of a sentence or after those words,
    and not in a press office's note to journalists ("to arrange an interview, please contact").

    Prevents "the book", "a phone call", "contact with the virus", "what specialists are
    venturing to call a miracle", "use that information to schedule intercourse" counting as
    calls to action; nor "call" with an object and its name ("I wouldn't call it a cure", Quirk et al.
    1985, 16.44: the complex-transitive verb of naming). After "and", "or" the sentence must address the reader (``_cta_addressed``):
    "patients who have symptoms and call 9-1-1" narrates, "visit our site or call" asks. A "Contact:"
    heading over a release's contact block is a label, not a request (``_cta_heading``).
    Round 26: "so" after a clause break opens an imperative consequence clause ("Spots are filling
    fast, so call today", "Places are limited, so book early"), under the same test as "and".
    """
    before = c.word(c.start - 1)
    directed = c.at_sentence_start or before in {"please", "can", "today", "now", "and", "or", "simply", "just"}
    if before == "so" and c.marks_before(c.start - 1, ",;:\u2013\u2014"):
        before, directed = "and", True  # "..., so call": a consequence clause, tested as "and call"
    if before == "to":  # "Contact us to book", "don't hesitate to call"; not "venturing to call it a miracle"
        directed = c.start - 1 == c.first or c.word(c.start - 2) in _TO_ADDRESSED
    if before in {"and", "or"} and not _cta_addressed(c):
        directed = False  # "patients who have symptoms and call 9-1-1"; not "visit our site or call"
    if before == "can" and c.word(c.start - 2) in _CTA_THING_SUBJECTS:
        directed = False  # "that can call into question"; not "interested patients can call"
    if c.word(c.end) in _CTA_NOUN_AFTER:
        return False  # "Contact sports had the most injuries", "contact lenses", "contact with the virus"
    if c.word(c.end) in _CTA_NAMED_OBJECTS and c.word(c.end + 1) in {"a", "an", "the"}:
        return False  # "I don't want to call it a magic bullet": "call" as naming, a complex object
    if _cta_own_time(c):
        return False  # "you might want to schedule some time for a brisk walk"
    return directed and not _cta_heading(c) and not _in_press_block(c)


# "schedule some time", "book time off", "make time for a nap": the reader's own time or activity.
_CTA_OWN_TIME = pattern("cta_own_time")
# "to speak with our team", "with your doctor": the same time booked with a provider.
_CTA_OWN_TIME_PROVIDER = pattern("cta_own_time_provider")


def _cta_own_time(c: Context) -> bool:
    """Whether "schedule", "book" or "make" takes an object of the reader's own time or activity
    ("you might want to schedule some time for a brisk walk", "schedule exercise into your week",
    "book time off") and the sentence names no provider to meet ("book a time to speak with our
    team", "schedule some time with your doctor" still book one).

    Prevents advice on one's own routine counting as a booking with a provider: a journalist saw
    an AP story sent to review on "schedule some time for a brisk walk" (FTC Health Products
    Compliance Guidance 2022: a call to action is a commercial response mechanism)."""
    own = _CTA_OWN_TIME.match(c.text, c.match_start, c.sentence_end)
    return bool(own) and not _CTA_OWN_TIME_PROVIDER.search(c.text, own.end(), c.sentence_end)


def cta_not_own_time(c: Context) -> bool:
    """"Schedule your", "book your" ask the reader to book ("schedule your consultation") except
    with an object of the reader's own time or activity ("schedule your workouts into the week",
    ``_cta_own_time``): the reader plans a routine, no provider is booked."""
    return not _cta_own_time(c)


# Words before "to" + verb that address the reader: "contact us to book", "be sure to call",
# "click here to schedule", "don't hesitate to contact".
_TO_ADDRESSED = words("to_addressed")

# Words of a news release's media-contact block and boilerplate (EurekAlert!, Newswise and PR
# Newswire templates): what sits near them addresses journalists, not patients.
_PRESS = pattern("press")
_PRESS_REACH = 160
# A reference: a year in parentheses, "doi", "Accessed ... from", "et al", volume and pages.
_REFERENCE = pattern("reference")


def _in_press_block(c: Context) -> bool:
    """Whether the candidate sits in a release's media-contact block: press words just before it,
    a press officer named after "contact", or a press heading over the list it is a line of."""
    if _PRESS.search(c.text, max(0, c.match_start - _PRESS_REACH), c.match_end) or _press_heading_above(c):
        return True
    # a release names its press officer: "contact Jane Roe at", "CONTACT: Jane Roe, 555-..."; the
    # name may follow the candidate ("[[contact]] Jane Roe"), the word "contact" may not
    named = _CTA_NAMED_CONTACT.finditer(c.text, max(0, c.match_start - _PRESS_REACH),
                                        min(len(c.text), c.match_end + _CTA_NAME_REACH))
    return any(m.start() <= c.match_start for m in named)


def _press_heading_above(c: Context) -> bool:
    """Whether the heading line nearest above the candidate's line, within the reach a list's
    lead-in is read from (``_asked_to_use``), is a press heading ("Media Contact:", "Notes to
    editors:"): every line of the list under it is a media contact (AP Stylebook; EurekAlert! and
    PR Newswire templates), however far down the list the line sits.

    Prevents the one contact of a "Media Contact:" block that sits past the press words' reach
    counting because the same heading, read as the list's lead-in, asked the reader to "contact"
    (a new user's report: the first of three e-mails under the heading counted, the other two not).
    """
    lead_in = c.text[max(0, c.sentence_start - _LEAD_IN_REACH):c.sentence_start]
    headings = [line for line in lead_in.splitlines() if line.rstrip().endswith(":")]
    return bool(headings) and bool(_PRESS.search(headings[-1]))


def offered_to_reader(c: Context) -> bool:
    """A phone number, e-mail address or link is a call to action when the page asks the reader
    to use it ("For more information, visit www...", "Call 555-123-4567 to book"), not when it
    sits in a release's media-contact block ("Media contact: ... 410-614-2916"), in a reference
    ("Accessed October 2013 from http://..."), or bare under a story (a reporter's
    "name@newspaper.com", "Reporter Name: 555-954-1374").

    Prevents press-office contact details, reporters' addresses and cited links counting as calls
    to action (FTC .com Disclosures 2013 and Health Products Compliance Guidance 2022: a response
    mechanism is a call to action when the reader is asked to use it; a citation points to a
    source, also where the page asks the reader to read it: "To read the study, visit http://...",
    ``_cta_cites``). A field label ("E-mail: x@y.org", "Tel:") asks nothing, and a reporter's sign-off
    line that opens with a dash ("—Email health@paper.example") closes a story, it offers no
    response mechanism.
    """
    sentence = c.text_before(_QUOTE_WINDOW)
    if _in_press_block(c) or _REFERENCE.search(sentence) or _cta_cites(c):
        return False
    return _asked_to_use(c, sentence)


# What makes the call verb a noun: "the text 555-...", "your phone 555-...", "a call 555-...".
_CALL_AS_NOUN = words("cta_call_as_noun")


# A phone number with its area code ("(800) 555-0199", "1-800-555-0199"); without it, a local one.
_NUMBER_WITH_AREA = pattern("cta_number_with_area")
# Words after which a call verb opens a request: "please call", "so call", "or call".
_REQUEST_OPENERS = words("cta_request_openers")


def _opens_request(c: Context) -> bool:
    """The call verb opens an imperative: at the sentence's start or after a clause mark ("Places
    are limited, so call ..."), after a word that introduces one ("please", "now", "so", "and"), or
    after an addressed "to" ("don't hesitate to call"); not after a subject or an auxiliary
    ("doctors call for", "residents should call") nor a narrated "tried to call"."""
    if c.at_sentence_start or c.marks_before(c.start, ",;:()\u2013\u2014\n"):
        return True
    before = c.word(c.start - 1)
    if before == "to":
        return c.start - 1 == c.first or c.word(c.start - 2) in _TO_ADDRESSED
    return before in _REQUEST_OPENERS


def number_called(c: Context) -> bool:
    """A call verb with the phone number it gives ("Call 1-800-555-0199 today to order", "call our
    helpline at (800) 555-0199") is one call to action, the number its response mechanism (FTC
    Health Products Compliance Guidance 2022): it counts where the number alone would
    (``offered_to_reader``, the verb being the request), so "Call" and the number are not counted
    twice. Prevents a release's "call Jane Roe at 410-..." and an investor line's "dial 1-877-..."
    (press blocks), and a number in a reference, counting; nor the verb's noun: after a determiner
    or possessive ("the text 555-...", "a phone call", "her ring"), or with "from" after it ("a text
    from 555-...", the caller's number, not the reader's to call). A local number without its area
    code (round 26, "so call 555-0148 today") may be a range or a code ("Doctors call for doses of
    500-1000 mg", "She tried to call 555-0148"): it counts only where the verb opens a request
    (``_opens_request``; round 26 mends)."""
    sentence = c.text_before(_QUOTE_WINDOW)
    if _in_press_block(c) or _REFERENCE.search(sentence) or _cta_cites(c):
        return False
    if c.word(c.start - 1) in _CALL_AS_NOUN or c.word(c.start + 1) == "from":
        return False
    if not _NUMBER_WITH_AREA.search(c.text, c.match_start, c.match_end) and not _opens_request(c):
        return False  # a local number is a phone only where the verb asks the reader to call it
    return not _CTA_SIGN_OFF.match(c.text, c.sentence_start, c.sentence_end)

# Words that ask the reader to use a contact detail: "visit", "call", "for more information",
# "learn more at", "report side effects to", "follow us", "contact".
_REQUEST = pattern("request")
# A line this short before a contact detail is its label ("Cardinal Health: ", "Facebook: "): the
# request, if any, is in the lead-in above the list.
_LABEL_CHARS = 40
_LEAD_IN_REACH = 250


def _asked_to_use(c: Context, sentence: str) -> bool:
    """Whether the page asks the reader to use this contact detail: a request in its sentence
    ("For more information, visit www...", "call 1-800-..."), or, for a list line, in a lead-in
    line above it that opens the list ("contact one of the following distributors:"), or a short
    question just before it on its line ("Questions? 1-800-555-0199", a new user's report: the
    question offers the number as its answer)."""
    if _REQUEST.search(_CTA_FIELD_LABEL.sub(" ", sentence)):  # "E-mail:" labels a field, it asks nothing
        return not _CTA_SIGN_OFF.match(c.text, c.sentence_start, c.sentence_end)
    if len(sentence.strip()) >= _LABEL_CHARS:
        return False
    lead_in = c.text[max(0, c.sentence_start - _LEAD_IN_REACH):c.sentence_start]
    asked = lead_in.rstrip().rsplit("\n", 1)[-1].strip()  # its line, or the line above
    alone = not sentence.strip() and not c.rest_of_sentence.strip(" \t.;,!")
    if alone and asked.endswith("?") and len(asked) < _LABEL_CHARS:
        return True  # "Questions? 1-800-555-0199": a short question on its line offers the number
    return any(line.rstrip().endswith(":") and _REQUEST.search(line) for line in lead_in.splitlines())


# A link or "click here" that opens a cited paper: "click here to read \"Title\"", "to read the
# full study, visit", "other studies click here".
_CTA_CITATION = pattern("cta_citation")


def _cta_cites(c: Context) -> bool:
    """Whether the candidate's sentence sends the reader to read a study, a paper or an article
    it cites ("Click here to read \"Outcomes of ...\"", "To read the study, visit http://...",
    "Other studies click here"): the link is a citation, which points to a source; it sells,
    books or signs up nothing (FTC .com Disclosures 2013: a response mechanism is one the page
    offers to act on; the audit guide's ``citation_link``). So does a sentence naming the outlet
    the story was first published in or syndicated from ("Read more at The Wall Street Journal",
    "Originally published in The Conversation", ``_CTA_SOURCE_OUTLET``): a journalist saw an AP
    story sent to review on it."""
    return bool(_CTA_CITATION.search(c.text, c.sentence_start, c.sentence_end)
                or _CTA_SOURCE_OUTLET.search(c.text, c.sentence_start, c.sentence_end))


# The outlet a story came from: "Read more at The Wall Street Journal", "Originally published on".
_CTA_SOURCE_OUTLET = pattern("cta_source_outlet")


def cta_not_citation(c: Context) -> bool:
    """"Click here" is a call to action ("Click here to claim yours", "click here for full
    Prescribing Information") except where it opens a cited paper: "Click here to read
    \"Randomized Controlled Trial of ...\"", "Other studies click here" (``_cta_cites``).

    Prevents a release's link to the journal article counting as a call to action.
    """
    return not _cta_cites(c)


def cta_contact_offered(c: Context) -> bool:
    """"Schedule an appointment", "book a consultation", "make an appointment" ask the reader to
    book, except in a release's note to journalists ("To schedule an interview, please contact
    the press office", ``_in_press_block``), in narration ("I contacted them and booked a
    session", ``_cta_narrated``), or as one of a list of things a service lets others do ("patients
    can apply for the drug, find a centre and schedule an infusion"): after "and"/"or" the
    sentence must address the reader (``_cta_addressed``), as ``reader_directed`` asks of "call".

    Prevents press-office boilerplate and a described booking system counting as calls to action
    (FTC Health Products Compliance Guidance 2022: the call to action is addressed to the
    consumer; AP Stylebook and EurekAlert! templates for the media-contact note).
    """
    if _in_press_block(c) or _PRESS.search(c.text, c.sentence_start, c.sentence_end) or _cta_narrated(c):
        return False  # the press words may follow: "To schedule an interview, contact the media office"
    if _cta_own_time(c):
        return False  # "schedule a walk after lunch": the reader's own routine
    return not (c.word(c.start - 1) in {"and", "or"} and not _cta_addressed(c))


def link_with_object(c: Context) -> bool:
    """"Read more about sleep at ..." asks the reader to act; a bare "Read more" closing its
    sentence is the label of a link in the page's navigation, left in the extracted text.

    Prevents page chrome ("Read more:", a related story's "... Read more") counting as a call
    to action.
    """
    return c.word(c.end) != ""


# Words that address the reader in a sentence: "you", "your", "please", "our", "should".
_CTA_ADDRESS = pattern("cta_address")
# A press officer named after "contact": "contact Jane Roe at", "CONTACT: Jane Roe, 555-...".
_CTA_NAMED_CONTACT = pattern("cta_named_contact")
_CTA_NAME_REACH = 40
# A field label before a contact detail: "E-mail:", "Tel:", "Website :".
_CTA_FIELD_LABEL = pattern("cta_field_label")
# A newspaper's sign-off line: "—Email health@paper.example", "-- Jane Roe".
_CTA_SIGN_OFF = pattern("cta_sign_off")
# Where a "learn more" sends the reader: a link, "visit", "call", "click", "here", "at site.org".
_CTA_POINTER = pattern("cta_pointer")
# Words after "contact"/"call" that make it a noun or a literal sense: "contact sports", "call into".
_CTA_NOUN_AFTER = words("cta_noun_after")
# Subjects that cannot be asked to call: "that can call into question".
_CTA_THING_SUBJECTS = words("cta_thing_subjects")
# First-person narration and past-tense verbs of ordering and receiving.
_CTA_NARRATOR = words("cta_narrator")
_CTA_NARRATED_PAST = words("cta_narrated_past")
# Words that address the reader even in a narrator's sentence: "you", "your", "please".
_CTA_READER = pattern("cta_reader")
# Objects of a naming "call": "call it a miracle", "call this the answer".
_CTA_NAMED_OBJECTS = words("cta_named_objects")


def _cta_addressed(c: Context) -> bool:
    """Whether the candidate's sentence speaks to the reader: an imperative opening, or a
    word that addresses the reader ("you", "your", "please", "our", "should")."""
    return bool(_CTA_ADDRESS.search(c.sentence))


def _cta_heading(c: Context) -> bool:
    """"CONTACT:", "Contact" alone on its line: the heading of a contact block, no request."""
    after = c.text[c.match_end:c.match_end + 3]
    return c.word(c.end) == "" or after.lstrip(" \t")[:1] in {":", "\n", ""}


def _cta_pointed(c: Context) -> bool:
    """Whether the sentence, after the candidate, names where to go: a link, "visit", "call"."""
    return bool(_CTA_POINTER.search(c.text, c.match_end, c.sentence_end))


def cta_learn_directed(c: Context) -> bool:
    """"Learn more", "find out more", "see more" ask the reader to act as an imperative ("Learn
    more about sleep from the NSF", "Read on to find out how", "MayoClinic: Find out more") or
    where the sentence points somewhere ("To learn more, visit ...", "patients can learn more at
    site.org"); a bare "Read more" closing its sentence is a link label (``link_with_object``).

    Prevents the literal sense counting: researchers who "learn more about which patients
    benefit", "we still need to see more data", "further research is required to find out
    more", "To learn more, Dr. Roe and colleagues reviewed records" (FTC 2022: the call to action
    is addressed to the consumer), nor a pointer to a cited paper ("to read the full study, visit
    ...", ``_cta_cites``).
    """
    if not link_with_object(c) or _cta_cites(c):
        return False
    before = c.word(c.start - 1)
    if c.at_sentence_start or ":" in c.gap_before(c.start) or before in _ADDRESS_BEFORE:
        return True
    if before == "to" and c.start - 1 > c.first and (
            c.word(c.start - 2) in _ADDRESS_BEFORE_TO or c.word(c.start - 2) in {"on", "reading"}):
        return True  # "Read on to find out how", "keep reading to", "click here to learn more"
    return _cta_pointed(c)


def _cta_narrated(c: Context) -> bool:
    """A sentence that tells what the writer or someone did, not what the reader should do: a
    first person or a past verb of ordering or receiving, and no word for the reader. The
    writer's own "our" or "us" does not address the reader when a narrator speaks ("To get
    started, I contacted the company for bottles for our case study"): only "you", "your" or
    "please" does there."""
    if _cta_addressed(c) and (_CTA_READER.search(c.sentence) or not _cta_first_person_past(c)):
        return False
    words_ = c.tokens.words[c.first:c.last]
    return any(w in _CTA_NARRATOR or w in _CTA_NARRATED_PAST for w in words_)


def _cta_first_person_past(c: Context) -> bool:
    """A first-person narrator and a past verb of ordering or receiving in the sentence."""
    words_ = c.tokens.words[c.first:c.last]
    return not _CTA_NARRATOR.isdisjoint(words_) and not _CTA_NARRATED_PAST.isdisjoint(words_)


def cta_offer_not_narrated(c: Context) -> bool:
    """An offer ("free trial", "risk free trial") is a call to action where the page makes it to
    the reader ("Claim your risk free trial today", "Free Trial Promotion Ends:"), not where a
    testimonial or a narrator reports it ("The free trial was great", "I ordered my risk free
    trial", "the free trial bottles were delivered").

    Prevents a testimonial's narration counting as the page's call (FTC 2022: the call to action
    is offered to the consumer; the testimonials family reports the narration).
    """
    return not _cta_narrated(c)


def cta_signup_directed(c: Context) -> bool:
    """"Sign up", "get started" call the reader to act as an imperative ("Sign up for our
    newsletter"), after words that address the reader ("click here to sign up"), or in a
    sentence that speaks to the reader ("the links you can use to sign up"); not in narration
    ("I can't wait to get started", "To get started, I contacted the company") or about others
    ("persuade more people to sign up", "they need the class to get started").
    """
    if _cta_narrated(c):
        return False
    return purchase_directed(c) or c.word(c.start - 1) in _ADDRESS_BEFORE or _cta_addressed(c)


# Words after which a bare verb ("order", "buy", "claim", "click") is said to the reader:
# "please order", "simply click", "order now" when it opens the sentence.
_ADDRESS_BEFORE = words("address_before")
# "to" + verb is addressed to the reader after these ("how to order", "click here to claim").
_ADDRESS_BEFORE_TO = words("address_before_to")


def purchase_directed(c: Context) -> bool:
    """A purchase verb ("order", "buy", "claim", "click", "try it") is a call to action only when
    said to the reader: as an imperative that opens its sentence ("Order today", "Click to
    claim"), after "please"/"simply", in "To order your bottle, follow the link", "how to buy".

    Prevents "in order to", "you can buy it at health food stores" (consumer news), "doctors
    now order a PSA test", "if parents want to try it" counting as calls to action (FTC .com Disclosures: the call is the
    point of purchase offered to the reader, not any mention of buying), and "Click here to read
    \"Title\"" sending the reader to a cited paper (``_cta_cites``).
    """
    if _cta_cites(c):
        return False  # "Click here to read \"Title\"": a cited paper, not a purchase
    before = c.word(c.start - 1)
    if c.at_sentence_start or before in _ADDRESS_BEFORE:
        return True
    if before == "to":
        return c.start - 1 == c.first or c.word(c.start - 2) in _ADDRESS_BEFORE_TO
    return False



_CTA_NOW_EXPRESSION = pattern("cta_now_expression")


def now_said_to_act(c: Context) -> bool:
    """"Buy now", "order now", "shop now" are order buttons (FTC .com Disclosures 2013: the point
    of purchase) unless the words after them make "now" part of another expression: "We shop now a
    days at the market" (a misspelt "nowadays", a new user's report), "now-a-days", "we order now
    and again from them". Prevents a habit the writer describes counting as a call to purchase."""
    return not _CTA_NOW_EXPRESSION.match(c.text, c.match_end)


# --- Round 25: pointers and instructions shown, not counted ----------------------------------
# A new user (a journalist) read a story's closing "Learn more about depression from the U.S.
# National Institute of Mental Health", a release's "About" boilerplate and a medication guide's
# "call 911" as information and safety advice, not selling: 35 of 80 "review" news verdicts.
_CTA_RESOURCE = pattern("cta_resource")
_CTA_WEB_ADDRESS = pattern("cta_web_address")
_CTA_OWN = pattern("cta_own")
_CTA_SAFETY = pattern("cta_safety")
_CTA_SECTION_HEADING = pattern("cta_section_heading")
_CTA_ABOUT_HEADING = pattern("cta_about_heading")
_CTA_ISSUER = pattern("cta_issuer")
_CTA_FOLLOW = pattern("cta_follow")
_CTA_MORE_INFORMATION = pattern("cta_more_information")
_CTA_SELLS = pattern("cta_sells")
_CTA_ENDORSED_BY = pattern("cta_endorsed_by")
_CTA_RESOURCE_TO_ADDRESS = pattern("cta_resource_to_address")
_CTA_ABOUT_OWN = pattern("cta_about_own")
_CTA_BOOKING = pattern("cta_booking")
_CTA_END_MARK = pattern("cta_end_mark")
_CTA_SELF_DESCRIPTION = pattern("cta_self_description")
_CTA_RELEASE_MARK = pattern("cta_release_mark")
_CTA_END_RULE = pattern("cta_end_rule")
_CTA_REPORTER_FOLLOW = pattern("cta_reporter_follow")
_CTA_LEGAL_NOTICE = pattern("cta_legal_notice")
_CTA_ABOUT_NAME = pattern("cta_about_name")
# How far above the candidate its section's heading is looked for (the boilerplate's press_about
# section reads 3,000 characters), and how much of the section's opening says what the issuer is.
_ABOUT_REACH = 3000
_ISSUER_OPENING = 150
# A closing pointer is a line of its own: up to this long, the line is read from its start.
_POINTER_LINE = 300

SAFETY_ADVICE = "safety_advice: a safety instruction (emergency services, stop and call, report side effects)"
ABOUT_ISSUER = "press: an 'About' section's pointer to the issuing organisation"
REPORTER_FEED = "press: a wire reporter's own feed under the story's closing rule"
LEGAL_NOTICE = "press: a release's non-discrimination notice"
RESOURCE = "resource: a pointer to an independent information source"


def cta_counted_call(c: Context) -> bool:
    """The cta family's ``counts_when`` for contact, sign-up and "learn more" calls: a call
    counts unless it is a safety instruction (``_cta_safety_advice``), a line of a release's
    closing "About <organisation>" section or closing pointer (``_cta_about_issuer``), a wire
    reporter's feed line (``_cta_reporter_feed``), a non-discrimination notice
    (``_cta_legal_notice``), or a pointer to an
    independent information source (``_cta_resource``). Those stay visible, not counted, with
    the audit guide's reason (``Context.dropped``): ``safety_advice``, ``press``, ``resource``.

    Prevents "call 911", "Learn more about ADHD from the National Institute of Mental Health"
    and "For more information on Hologic, visit www.hologic.com" under "About Hologic" sending a
    news story to review: the family counts wording that asks the reader to do something
    commercial (FTC Health Products Compliance Guidance 2022 concerns commercial response
    mechanisms); FDA Medication Guides (21 CFR 208.20) must tell the reader when to call a doctor.
    A seller's site, a clinic's line and "ask your doctor if X is right for you" still count, and
    so does any call whose sentence sells (``cta_sells``: "call now to order your inhaler and
    avoid the emergency room", "to order the Widget, visit ..." under "About Widgetco").
    """
    if _CTA_SELLS.search(c.sentence):
        return True
    why = _cta_safety_advice(c) or _cta_about_issuer(c) or _cta_reporter_feed(c) or _cta_legal_notice(c) or _cta_resource(c)
    if why:
        c.dropped = why
    return not why


def _cta_safety_advice(c: Context) -> str | None:
    """A safety instruction in the candidate's sentence ("Call 911", "stop taking the drug and
    contact your doctor", "seek medical attention", "report side effects to the FDA at
    1-800-FDA-1088"), not the seller's own line ("call our clinic if ...")."""
    sentence = c.sentence
    return SAFETY_ADVICE if _CTA_SAFETY.search(sentence) and not _CTA_OWN.search(sentence) else None


def _cta_resource(c: Context) -> str | None:
    """Whether the call sends the reader to an independent source: a web address of a public
    body, registry or society; or a sentence that names one as the destination, every web
    address in it theirs, and no "our" or "us". A verb's destination follows it ("Learn more
    about celiac disease from the U.S. National Library of Medicine"); a number's or e-mail
    address's is anywhere in its sentence ("contact the National Suicide Prevention Lifeline at
    ..."). A body named as an endorser ("the pillow endorsed by the National Sleep Foundation")
    is no destination (``_names_a_resource``). A web address the patterns do not know is the
    body's only when it follows the body's name ("the American Academy of Dermatology's website,
    www.aad.org"; ``_site_of_a_resource``): "The American Diabetes Association says fiber helps;
    get yours at www.fibrogold.com" names the body as an authority, and the address is the
    seller's (round 25 mends)."""
    own = c.text[c.match_start:c.match_end]
    if _CTA_WEB_ADDRESS.match(own) and not own[:1].isdigit():
        named = _site_of_a_resource(c) and len(_CTA_WEB_ADDRESS.findall(c.sentence)) == 1
        return RESOURCE if _CTA_RESOURCE.search(own) or (named and not _CTA_OWN.search(c.sentence)) else None
    where = c.text[c.match_start:c.sentence_end] if own[:1].isalpha() and "@" not in own else c.sentence
    if not _names_a_resource(where) or _CTA_OWN.search(where):
        return None
    addresses = _CTA_WEB_ADDRESS.findall(where)
    return RESOURCE if all(_CTA_RESOURCE.search(a) for a in addresses) else None


def _site_of_a_resource(c: Context) -> bool:
    """Whether the candidate web address comes right after an independent body's name, with at
    most "'s", "website" and "at", a comma, colon or bracket between (``cta_resource_to_address``)."""
    before = c.text[c.sentence_start:c.match_start]
    return any(_CTA_RESOURCE_TO_ADDRESS.fullmatch(before, found.end())
               and not _CTA_ENDORSED_BY.search(before, max(0, found.start() - 40), found.start())
               for found in _CTA_RESOURCE.finditer(before))


def _names_a_resource(text: str) -> bool:
    """Whether ``text`` names an independent source other than as the agent of an endorsement:
    "from the American Diabetes Association", not "recommended by the American Diabetes
    Association" (a seller's credential, whose call stays the seller's)."""
    return any(not _CTA_ENDORSED_BY.search(text, max(0, found.start() - 40), found.start())
               for found in _CTA_RESOURCE.finditer(text))


def _cta_about_issuer(c: Context) -> str | None:
    """Whether the candidate sits in a release's closing "About <organisation>" section: its
    paragraph, or the nearest heading above it (a short line with no sentence's end), opens with
    "About", and the section's opening words say what an organisation is ("Camurus is a Swedish
    ... company", "Established in 1972", "the official journal of"), not a product ("About
    Entresto": its "visit www.entresto.com" still counts). Release templates (AP Stylebook, PR
    Newswire) close with the issuer's boilerplate, which the press_about boilerplate kind already
    sets aside where the heading names the kind of body; this reads the sections named by a name
    alone; and a closing "For more information, visit ..." at the end of a paragraph whose opening
    describes an organisation with no heading at all ("The ICR's mission is to ... For more
    information visit"). A follow or subscribe link there is press only in a document with a
    release's marks (``_cta_closing_follow``: round 27, the audit guide's follow convention); a
    booking still counts ("call 512-555-0100 to schedule your visit": a release's boilerplate
    points, it does not book) and so does any line under "About us" (a seller's own page, not an
    issuer's release; round 25 mends)."""
    follow = _CTA_FOLLOW.search(c.sentence)
    if _CTA_BOOKING.search(c.sentence) or (follow and not _CTA_RELEASE_MARK.search(c.text)):
        return None
    paragraph = _line_start(c)
    if _CTA_ABOUT_OWN.match(c.text, paragraph):
        return None
    if _CTA_ABOUT_HEADING.match(c.text, paragraph):  # "About the ASMBSThe ASMBS is ...": heading and paragraph run together
        return ABOUT_ISSUER if _CTA_ISSUER.search(c.text, paragraph, paragraph + _ISSUER_OPENING) else None
    if _CTA_MORE_INFORMATION.match(c.text, c.sentence_start) and _CTA_ISSUER.search(
            c.text, paragraph, min(paragraph + _ISSUER_OPENING, c.sentence_start)):
        return ABOUT_ISSUER  # "Bayer is a global enterprise ... For more information, go to www.bayer.us"
    if _cta_closing_pointer(c) or (follow and _cta_closing_follow(c)):
        return ABOUT_ISSUER
    section = _lines_from_heading_above(c)
    if section is None:
        return None
    heading, opening = section[0].strip(), " ".join(section[1:]).strip()[:_ISSUER_OPENING]
    about = _CTA_ABOUT_HEADING.match(heading) and not _CTA_ABOUT_OWN.match(heading) and _CTA_ISSUER.search(opening)
    return ABOUT_ISSUER if about else None


def _cta_closing_pointer(c: Context) -> bool:
    """Whether a "For more information, visit ..." line closes a release (the document carries a
    release's marks: an end mark, a "SOURCE" line, a wire's name, a media contact): the end mark
    ("###", "-30-") comes right after it or stands above it; or its section (from the nearest
    heading above, else its paragraph) describes an organisation anywhere in it ("Parkinson's UK is
    the UK's leading charity. Its mission is ...", "PepsiCo generated $66 billion in net revenue");
    or the pointer's own topic is one ("For further information on the LipiDiDiet study and
    consortium, visit"). Under an "About" heading only the section's self-description tells: an
    "About <product>" section's pointer stays the product's, end mark or not. Release templates
    (AP Stylebook; PR Newswire and EurekAlert!) close with the issuer's boilerplate and its
    pointer, with or without an "About" heading (round 25, second pass: a reader saw these counted
    on releases whose boilerplate has no "About" heading)."""
    line = _line_start(c)  # a line may hold a web address a sentence
    short = len(c.text[line:c.sentence_end]) <= _POINTER_LINE  # break cut ("parkinsons. org. uk or call")
    opening = next((at for at in (c.sentence_start, line) if (at == c.sentence_start or short)
                    and _CTA_MORE_INFORMATION.match(c.text, at)), None)
    if opening is None or not _CTA_RELEASE_MARK.search(c.text):
        return False
    section = _section_above(c)
    if _CTA_ABOUT_OWN.match(section.lstrip()):
        return False  # a seller's own "About us" page
    if _CTA_ABOUT_HEADING.match(section.lstrip()):  # "About Entresto ... visit www.entresto.com ###"
        return bool(_CTA_SELF_DESCRIPTION.search(section))  # is the product's, "About PepsiCo" the issuer's
    if _cta_by_end_mark(c):
        return True
    if _CTA_ISSUER.search(c.text, opening, c.match_start):
        return True  # "For further information on the European LipiDiDiet study and consortium"
    return bool(_CTA_SELF_DESCRIPTION.search(section))


def _cta_closing_follow(c: Context) -> bool:
    """Whether a follow or subscribe line of a release (the caller checked its marks) sits in its
    closing boilerplate: right before the end mark or anywhere after it ("###" then "To receive
    our news releases, subscribe at ..."; "SOURCE <Organisation>"), at the end of a paragraph
    that describes the issuer ("Brightwell, founded in 2004, ... Follow us at"), or below an "About
    <organisation>" line, heading or paragraph, with no other heading between ("About UAB Known
    for ... the University of ..." then "TWEETS: www.twitter.com/uabnews"). An "About <product>"
    section's "follow Decipher on Twitter" stays counted, as its "visit" does; so does a follow
    line in the release's body. A journalist read a company's "Twitter: https://twitter.com/...",
    a university's "TWEETS:" line and "Sign up to follow @Novartis" under the issuer's "About"
    text as its boilerplate, like its media contact (round 27; AP Stylebook, PR Newswire and
    Newswise release templates)."""
    paragraph = _line_start(c)
    if _cta_by_end_mark(c) or _CTA_SELF_DESCRIPTION.search(c.text, paragraph, c.sentence_start):
        return True
    lines = c.text[max(0, c.sentence_start - _ABOUT_REACH):c.sentence_start].splitlines()
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at].strip()
        if _CTA_ABOUT_NAME.match(line):
            opening = " ".join(lines[at:]).strip()[:_ISSUER_OPENING]
            return not _CTA_ABOUT_OWN.match(line) and bool(_CTA_ISSUER.search(opening))
        if _CTA_SECTION_HEADING.fullmatch(line):
            return False
    return False


def _cta_by_end_mark(c: Context) -> bool:
    """Whether the release's end mark ("###", "-30-", "SOURCE <Organisation>") is the line right
    after the candidate's sentence or stands on a line above it."""
    following = c.text[c.sentence_end:].lstrip().split("\n", 1)[0].strip()
    above = c.text[:c.sentence_start].splitlines()
    return bool(_CTA_END_MARK.fullmatch(following)) or any(_CTA_END_MARK.fullmatch(row.strip()) for row in above)


def _cta_reporter_feed(c: Context) -> str | None:
    """Whether the call is a wire reporter's feed line under the story's closing rule ("———" on
    its own line, then "Follow Johnson at https://twitter.com/..."): the line signs the article as a
    byline does (the audit guide's follow convention; AP story template). A company's "Follow us"
    or "Follow PepsiCo" in a release has no such rule above it and stays counted."""
    line = c.text.rfind("\n", 0, c.match_start) + 1
    if not _CTA_REPORTER_FOLLOW.match(c.text, line):
        return None
    above = [row.strip() for row in c.text[max(0, line - _LEAD_IN_REACH):line].splitlines() if row.strip()]
    return REPORTER_FEED if above and _CTA_END_RULE.fullmatch(above[-1]) else None


def _cta_legal_notice(c: Context) -> str | None:
    """Whether the call is a line of a release's non-discrimination statement, by its sentence or
    its section's heading ("Persons with disabilities who require alternative means for
    communication of program information ... should contact the offices at ..."): a notice USDA
    requires of the programmes it funds (Departmental Regulation 4300-003), not an offer."""
    found = _CTA_LEGAL_NOTICE.search(c.sentence) or _CTA_LEGAL_NOTICE.search(_section_above(c))
    return LEGAL_NOTICE if found else None


def _section_above(c: Context) -> str:
    """The text from the nearest heading line above the candidate's sentence to the sentence; with
    no heading, its paragraph."""
    section = _lines_from_heading_above(c)
    if section is not None:
        return "\n".join(section)
    return c.text[_line_start(c):c.sentence_start]


def _line_start(c: Context) -> int:
    """Where the line holding the start of the candidate's sentence begins: in a release's
    boilerplate a line is a paragraph ("Bayer is a global enterprise ... For more information")."""
    return c.text.rfind("\n", 0, c.sentence_start) + 1


def _lines_from_heading_above(c: Context) -> list[str] | None:
    """The lines from the nearest heading line above the candidate's sentence (a short line with no
    sentence's end, within ``_ABOUT_REACH``) to the sentence, the heading first; None with no heading."""
    lines = c.text[max(0, c.sentence_start - _ABOUT_REACH):c.sentence_start].splitlines()
    for at in range(len(lines) - 1, -1, -1):
        if _CTA_SECTION_HEADING.fullmatch(lines[at].strip()):
            return lines[at:]
    return None


RULES = registry(
    reader_directed,
    cta_not_citation,
    cta_contact_offered,
    offered_to_reader,
    number_called,
    link_with_object,
    cta_learn_directed,
    cta_not_own_time,
    cta_offer_not_narrated,
    cta_signup_directed,
    purchase_directed,
    now_said_to_act,
    cta_counted_call,
)
