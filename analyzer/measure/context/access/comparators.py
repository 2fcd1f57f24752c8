"""An option the page's option is set against: the status quo ("existing", "current"
premodifying the cue's noun phrase), a sibling likened to the option or placed in its class ("similar
to", "in the same class"), and the standard of a comparison ("than", "unlike", "compared with").
Their approval or sale is the landscape of options, not the option's access.

Sources: HealthNewsReview.org criteria 6 and 7; PICO's comparator; Quirk et al. 1985 (8.21, fronted
adverbials; 15.63-15.69, the standard of comparison; 17.3-17.13, postmodifiers; 17.65, apposition);
the audit guide's settled convention (another option's status is ``not_intervention``)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...intervention import Interventions

from ..base import Context, _words_back, capitalised, pattern, unbroken, words
from .on_offer import _AVAILABILITY_CLASS_NOUNS
from .available import _AVAILABILITY_PREDICATE_WORDS, _AVAILABILITY_RELATIVE_OPENERS


_AVAILABILITY_STANDARD_MARKERS = words("availability_standard_markers")
_AVAILABILITY_QUANTITY_COMPARATIVES = words("availability_quantity_comparatives")
_AVAILABILITY_STANDARD_BREAKS = words("availability_standard_breaks")
_AVAILABILITY_STANDARD_REACH = 12


def _in_the_standard_of_comparison(c: Context) -> bool:
    """The cue sits inside the standard of a comparison, the term the page's option is measured
    against: "Abbott will charge more for its stent than the permanent, medicated stents currently
    available", "more effective than buying nicotine gum over the counter", "quite different than
    previous testing that's been available", "compared the new drug to the only FDA-approved
    chemotherapy", "unlike the creams on the market". The standard of a comparative construction
    is the other term of the comparison (Quirk et al. 1985, 15.63-15.69), the comparator of PICO's
    C: its access is the landscape of options (criterion 6), not how a reader gets the option the
    page is about (criterion 7). ``_rated_against_the_market`` reads the superlative and "than
    any" cases of "available" and "on the market"; this reads the standard for every cue.

    The standard opens at "than", "versus", "unlike", or at "compared to/with" (also with the
    compared term between: "compared X, which ..., to Y"). It ends at a semicolon, a colon or a
    bracket, at a subordinator or "but", at a comma before "and", and at "and"/"or" before a
    predicate ("than rivals and is already approved": the cue is said of the subject); a standard
    that leads the sentence ends at its comma ("Unlike older pills, the gel is sold ..."). Kept:
    "more than"/"less than"/"fewer than" before a quantity ("in more than a quarter century on
    the market": a measure, not a standard), and a standard that names the page's intervention.

    Prevents a comparator's approval or sale counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 16: six wrong findings in six documents, none right).
    """
    index = c.start - 1
    low = max(c.first, c.start - _AVAILABILITY_STANDARD_REACH)
    while index >= low:
        if c.marks_before(index + 1, ";:()[]"):
            return False
        word = c.word(index)
        if word in _AVAILABILITY_STANDARD_BREAKS:
            return False
        if word == "and" and c.marks_before(index, ","):
            return False
        if word in {"and", "or"} and c.word(index + 1) in _AVAILABILITY_PREDICATE_WORDS:
            return False
        opens = word in _AVAILABILITY_STANDARD_MARKERS and not (
            word == "than" and c.word(index - 1) in _AVAILABILITY_QUANTITY_COMPARATIVES)
        head = index
        if word in {"to", "with"}:
            head = _compared_before(c, index)
            opens = head is not None
        if opens:
            if _fronted(c, head) and not unbroken(c, index + 1, c.start + 1, ","):
                return False  # "Unlike older pills, the gel is sold at pharmacies": the cue is the main clause's
            return not _names_the_option_itself(c.interventions, index + 1, c.end)
        index -= 1
    return False


_AVAILABILITY_MULTIPLE_OF = pattern("availability_multiple_of")


def _in_a_multiple_of_the_standard(c: Context) -> bool:
    """The cue sits in the standard of a comparison by a multiple or fraction: "costs about $25,
    one-sixth the cost of an FDA-approved prescription cream", "releasing five to ten times the
    amount of drug used in patches currently on the market". A multiplier before "the cost / price
    / amount / dose ... of" compares the page's option with what follows "of" (Quirk et al. 1985,
    15.73, comparison by multiples and fractions): that is the comparator, the term
    ``_in_the_standard_of_comparison`` reads after "than", and its approval or sale is the landscape
    of options (HealthNewsReview.org criterion 6), not how a reader gets the page's option
    (criterion 7). Kept: a standard that names the page's intervention, and a clause break
    (";", ":", a bracket) between the multiple and the cue.

    Prevents a comparator's approval or sale counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 34: three wrong findings in two documents)."""
    for m in _AVAILABILITY_MULTIPLE_OF.finditer(c.text, c.sentence_start, c.match_start):
        after = bisect_left(c.tokens.starts, m.end())
        if c.start - after <= _AVAILABILITY_STANDARD_REACH and unbroken(c, after, c.start + 1, ";:()"):
            return not c.interventions.names_intervention(after, c.end)
    return False


def _names_the_option_itself(iv: Interventions, first: int, stop: int) -> bool:
    """Whether tokens ``first:stop`` of a comparison's standard name the page's option itself, not only
    its kind: on a page whose option has a name of its own ("absorb") beside the kind it belongs to
    ("stent"), a standard that names only the kind ("than the permanent, medicated stents currently
    available") means the kind's other members, since the option is the compared term, not its
    standard (Quirk et al. 1985, 15.63-15.69). A page whose every name is a kind keeps reading its
    kind as the option. Round 34: dev, one wrong finding out (``not_intervention``), none right."""
    keys = {key for _, key in iv.named(first, stop) if key in iv.names}
    if not keys:
        return False
    named = [key for key in iv.names if not iv.is_kind(key)]
    return not (named and all(iv.is_kind(key) for key in keys))


_AVAILABILITY_COMPARE_VERBS = words("availability_compare_verbs")
_AVAILABILITY_ASIDE_RELATIVES = words("availability_aside_relatives")
_AVAILABILITY_INFINITIVE_VERBS = words("availability_infinitive_verbs")


def _compared_before(c: Context, index: int) -> int | None:
    """The index of the verb of comparing whose "to" or "with" stands at ``index``, in its own
    clause ("compared the new drug to", "compared the ring, which is worn for a month, to"); None
    if there is none. The look-back stops at a clause mark, a subordinator, and a comma, except the
    two commas around a non-restrictive relative clause ("X, which ..., to"); a verb already
    followed by its own "to"/"with" ("Compared with older pills, the maker hopes to") has its
    standard, and a "to" before a bare verb ("hopes to make the gel available") is an infinitive,
    not a preposition."""
    if c.word(index) == "to" and c.word(index + 1) in _AVAILABILITY_INFINITIVE_VERBS:
        return None
    crossed = False  # a comma crossed that only an opening relative clause explains
    for at in range(index - 1, max(c.first, index - _AVAILABILITY_STANDARD_REACH) - 1, -1):
        if c.marks_before(at + 1, ";:()[]"):
            return None
        if c.marks_before(at + 1, ","):
            if crossed and c.word(at + 1) in _AVAILABILITY_ASIDE_RELATIVES:
                crossed = False
            elif crossed:
                return None
            else:
                crossed = True
        word = c.word(at)
        if word in _AVAILABILITY_STANDARD_BREAKS:
            return None
        if word in _AVAILABILITY_COMPARE_VERBS:
            if crossed or (c.word(at + 1) in {"to", "with"} and at + 1 < index):
                return None
            return at
    return None


def _fronted(c: Context, head: int) -> bool:
    """The comparison opening at ``head`` leads its sentence ("Unlike X, ...", "In comparison with
    X, ..."): a fronted adverbial, which its comma closes (Quirk et al. 1985, 8.21)."""
    return head == c.first or (head == c.first + 1 and c.word(c.first) in {"as", "in", "when"})


_AVAILABILITY_STATUS_QUO = words("availability_status_quo")
_AVAILABILITY_STATUS_QUO_REACH = 4  # "the current [[prescription]] treatment options", "existing FDA-[[approved]] dressing"
# Words that end the noun phrase "existing" or "current" premodifies before the cue (round 20): a
# determiner, a preposition or a relative word opens another phrase ("In the current trial the
# newly approved spray", "Current users of the approved spray"), a verb a predicate.
_AVAILABILITY_STATUS_QUO_BREAKS = words("availability_status_quo_breaks")
_AVAILABILITY_STATUS_QUO_PHRASE_OPENERS = words("availability_status_quo_phrase_openers")


def _existing_option_described(c: Context) -> bool:
    """The cue belongs to a noun phrase that "existing" or "current" premodifies: "the patch
    advances existing FDA-approved wireless dressings", "patients found the current prescription
    treatment options messy", 'that existing unit, "Maestro," approved by the FDA in 2015' (read
    past a name in apposition). Said of options, "existing" and "current" name the status quo,
    the options a reader has today that a page sets its new one against (HealthNewsReview.org
    criterion 6, "compare the new approach with existing alternatives"): their approval or sale
    is the landscape of options, not how a reader gets the page's option (criterion 7). Kept: a
    verb between the adjective and the cue ("the existing devices, which are available
    commercially": predicated, of the things named), a determiner or a preposition between, which
    opens another noun phrase the adjective does not premodify ("in the current trial the newly
    approved spray", "current users of the approved spray"; round 20 code review) when the cue
    itself is prenominal (round 21: "existing sprays for migraine approved for adults" is one
    noun phrase), the
    indefinite "an existing drug approved for asthma" (how a page brings in a repurposed drug, its
    own option: guide.md, settled conventions), and a noun phrase that names the page's
    intervention.

    Prevents the status quo's approval counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 19: four wrong findings in three documents, none right)."""
    back = _words_back(c, _AVAILABILITY_STATUS_QUO_REACH, ",;:")
    end = c.start
    if not back:  # 'that existing unit, "Maestro," approved': skip a short name in apposition
        end = _before_apposed_name(c)
        if end is None:
            return False
        first = max(c.first, end - _AVAILABILITY_STATUS_QUO_REACH)
        # the clause back from the noun before the name, past the comma that opens the apposition
        back = next((c.tokens.words[i:end] for i in range(end - 1, first, -1) if c.marks_before(i, ",;:")),
                    c.tokens.words[first:end])
    hits = [i for i, w in enumerate(back) if w in _AVAILABILITY_STATUS_QUO]
    if not hits:
        return False
    at = hits[-1]
    breaks = _AVAILABILITY_STATUS_QUO_BREAKS
    if _cue_is_prenominal(c):
        breaks = breaks | _AVAILABILITY_STATUS_QUO_PHRASE_OPENERS
    if any(w in breaks for w in back[at + 1:]) or (at and back[at - 1] in {"a", "an"}):
        return False
    start = end - len(back) + at
    return not c.interventions.names_intervention(start, min(c.last, c.end + _AVAILABILITY_STATUS_QUO_REACH))


_AVAILABILITY_APPOSED_NAME = 3  # words of a name set off by commas: 'That existing unit, "Maestro," approved by'


def _before_apposed_name(c: Context) -> int | None:
    """The index just past the noun phrase before a name set off by commas right before the cue
    ('that existing unit, "Maestro," approved'): a name in apposition is skipped as a parser
    skips an appositive (Quirk et al. 1985, 17.65); None when no such name is there."""
    if not c.marks_before(c.start, ","):
        return None
    for at in range(c.start - 1, max(c.first, c.start - 1 - _AVAILABILITY_APPOSED_NAME), -1):
        if c.marks_before(at, ",") and at > c.first:
            name = range(at, c.start)
            if all(capitalised(c.text[c.tokens.starts[i]:c.tokens.ends[i]]) for i in name):
                return at
            return None
    return None


_AVAILABILITY_CUE_NOT_PRENOMINAL = words("availability_cue_not_prenominal")


def _cue_is_prenominal(c: Context) -> bool:
    """A noun follows the cue ("the approved spray"), so a determiner or preposition between
    "existing" and the cue opens another noun phrase; a cue followed by a preposition, a
    conjunction or the clause's end postmodifies the noun before it ("existing sprays for
    migraine approved for adults": one noun phrase). Round 21 code review."""
    after = c.word(c.end)
    return bool(after) and after not in _AVAILABILITY_CUE_NOT_PRENOMINAL and not c.marks_before(c.end, ",;:.!?")


_AVAILABILITY_SIBLING_MARKER = pattern("availability_sibling_marker")


def _sibling_of_the_option(c: Context) -> bool:
    """The cue is said of a noun phrase that a word of likeness marks as a sibling of the page's
    option: "any test similar to BioSure's new home test was in development", "a drug called
    Lucentis that is similar to Avastin and is approved by the FDA" (on a page about Avastin), "a
    spray in the same class that went from prescription to over-the-counter status a year ago".
    Likened to the page's option, or placed in its class, the thing is by that token another member
    of the class, not the option itself; its approval or sale is the landscape of options
    (HealthNewsReview.org criterion 6), not how a reader gets the page's option (criterion 7; the
    audit guide's settled convention: "a spray in the same class went over the counter last year"
    is wrong, ``not_intervention``). Read only before the cue, in its sentence, and only as a
    postmodifier of a noun (a restrictive phrase or relative clause defines its head: Quirk et al.
    1985, 17.3-17.13), so the likeness sits in the subject that the status is told of. Kept: a
    likeness predicated after a copula ("it is in the same class and was approved": the page's
    option may be the "it"), a sentence that names the page's option outside the likeness
    ("Veltra, similar to older gels, is sold over the counter": the option is the thing likened, its
    status counts), a likeness to something that is not the page's option unless it defines a kind of
    option ("HCA is chemically similar to citric acid and is sold as a supplement" keeps; "any test
    similar to the new kit" does not), and a bare "in the same class" in a sentence that names the
    page's option at all.

    Prevents a rival's or sibling's status counting as the intervention's (the dev audit's
    ``not_intervention`` code, round 25)."""
    iv = c.interventions
    likenesses = _AVAILABILITY_SIBLING_MARKER.finditer(c.text, c.sentence_start, c.match_start)
    return any(_likeness_marks_a_sibling(c, m, iv) for m in likenesses)


def _likeness_marks_a_sibling(c: Context, m: re.Match, iv: Interventions) -> bool:
    """Whether the likeness ``m`` ("similar to", "in the same class") postmodifies a noun it makes
    a sibling of the page's option (``iv``): a class ("in the same class") in a sentence that does
    not name the option, or a likeness to the option, named only inside the likeness, or one that
    defines a kind of option ("any test similar to")."""
    at = bisect_left(c.tokens.starts, m.end())  # the first word after the likeness: its object
    head = _likeness_head(c, m, at)
    if head is None:
        return False
    if not m.group().rstrip().lower().endswith(("to", "as")):  # "a spray in the same class"
        return bool(iv and not iv.names_intervention(c.first, c.last))
    stop = _likeness_object_end(c, at)
    if iv and (iv.names_intervention(c.first, at) or iv.names_intervention(stop, c.last)):
        return False  # the page's option is named outside the likeness: it may be the thing likened
    # likened to the page's option, or a kind defined by its likeness: "any test similar to"
    return bool((iv and iv.names_intervention(at, stop)) or c.word(head) in _AVAILABILITY_CLASS_NOUNS)


def _likeness_head(c: Context, m: re.Match, at: int) -> int | None:
    """The noun the likeness ``m`` postmodifies (its object begins at token ``at``), read back over
    a predicate ("is", "was also") and a relative word ("a drug that is similar to"); None where
    the likeness is predicated of a subject ("it is in the same class") or the noun lies outside
    the likeness's clause or sentence."""
    head = bisect_left(c.tokens.starts, m.start()) - 1
    while head > c.first and c.word(head) in _AVAILABILITY_PREDICATE_WORDS and not c.marks_before(head + 1, ",;:()"):
        head -= 1  # back over "is", "was also" to the word before the predicate
    if c.word(head) in _AVAILABILITY_RELATIVE_OPENERS or c.word(head) in {"that's", "that\u2019s"}:  # "a drug that is similar to": a relative clause
        head -= 1
    elif head + 1 < at and c.word(head + 1) in _AVAILABILITY_PREDICATE_WORDS:
        return None  # predicated of a subject ("it is in the same class"), not a postmodifier naming a sibling
    if head < c.first or c.marks_before(head + 1, ",;:()"):
        return None
    return head


_AVAILABILITY_SIBLING_OBJECT = 6  # words of the option a sibling is likened to: "similar to BioSure's new take-home test"


def _likeness_object_end(c: Context, at: int) -> int:
    """Where the object of a likeness that begins at token ``at`` ends: at the first clause mark
    after its first word, at the match, or ``_AVAILABILITY_SIBLING_OBJECT`` words on."""
    stop = at
    while stop < min(c.start, at + _AVAILABILITY_SIBLING_OBJECT) and not (stop > at and c.marks_before(stop, ",;:()")):
        stop += 1
    return stop
