"""Mentions: a promotional word the writer negates, quotes or attributes ("it is not a miracle cure",
a so-called "game-changer", "some call it a miracle drug") is recorded as a mention, not counted as the
writer's own promotion. So is one a comparison of inferiority grades down ("less promising", "the
less good news", "less-than-impressive results"): the evaluation is lowered, not pressed.
"""

from __future__ import annotations

from .base import _CLAUSE_BREAK, _QUOTE_WINDOW, Context, negates, own_conjunct, words


# "so-called", "billed as", and the words that report a belief the writer does not share ("the
# perception that it's all natural", "the myth that", "the company claims").
_ATTRIBUTIONS = words("attributions")
_QUOTES = '"\u201c\u201d'
# Whether the usual gap between two words, one space, is a clause break (it is not): read once, not per word
_SPACE_BREAKS = bool(_CLAUSE_BREAK.search(" "))
_INFERIORITY = words("inferiority")
_INFERIORITY_UNDONE = words("inferiority_undone")
_SUPERIORITY = words("superiority")
_SUPERIORITY_ARTICLES = words("superiority_articles")

# How far back a negation or attribution reaches: "not a miracle", "is not really a
# miracle", "some people call it a miracle". Four tokens back, never past a clause break, keep
# "no" in an earlier clause out.
_REACH = 4
# A quotation this short is a term held at arm's length, not a quoted sentence.
_SCARE_QUOTE_WORDS = 4


def mention_reason(c: Context) -> str | None:
    """Why this match is a mention rather than the writer's own use, or None if it is a use."""
    window = c.before(_REACH + 2)
    # stop at a clause break: "No side effects were seen, and it is a miracle" is a use
    text, starts, ends = c.text, c.tokens.starts, c.tokens.ends
    for back in range(1, len(window) + 1):
        index = c.start - back
        gap = text[ends[index]:starts[index + 1]]  # c.gap_before(index + 1): the window lies after c.first
        if _SPACE_BREAKS if gap == " " else _CLAUSE_BREAK.search(gap):
            window = window[len(window) - back + 1:]
            break
    window = _going_to_as_one(window)[-_REACH:]
    # "it has no caffeine and is 100% safe": the negation stays in the earlier predicate
    window = own_conjunct(window)
    # "not only promising but ..." and "not just new" intensify rather than negate
    intensified = "not" in window and any(a == "not" and b in {"only", "just", "merely"} for a, b in zip(window, window[1:]))
    if not intensified and (any(map(negates, window)) or _far_from(c)):
        return "negated"
    if _graded_down(c):
        return "negated"
    if _ranked_against_unstated(c):
        return "compared"
    if not _ATTRIBUTIONS.isdisjoint(window):  # "so-called" tokenises to "so", "called"
        return "attributed"
    if _disputed_claim(c):
        return "disputed"
    # Scare quotes around the term itself ('a so-called "game-changer"') make it a mention;
    # a quoted sentence from a researcher ('"a game-changer for women," she said') is the
    # text's own promotion, and HealthNewsReview judges releases on their quotes too.
    quote = _short_quote(c)
    if quote and not _source_quoted(c, *quote):
        return "quoted"
    return None


def _short_quote(c: Context) -> tuple[int, int] | None:
    """The text offsets of the quotation marks around the term where the quotation holds at most
    ``_SCARE_QUOTE_WORDS`` words, else None. Read in a window, not the whole sentence: a 1 MB
    "sentence" must not cost 1 MB per finding."""
    first_start, last_end = c.tokens.starts[c.start], c.tokens.ends[c.end - 1]
    before_text = c.text[max(c.sentence_start, first_start - _QUOTE_WINDOW):first_start]
    opening = max(map(before_text.rfind, _QUOTES + "'"))
    if opening >= 0 and before_text[opening] == "'" and before_text[opening - 1:opening].isalnum():
        opening = -1  # an apostrophe ("patient's"), not a quote
    if opening < 0:
        return None
    after_text = c.text[last_end:last_end + 80]
    closing = min((i for i in (after_text.find(q) for q in _QUOTES + "'") if i >= 0), default=-1)
    quoted = before_text[opening + 1:] + c.text[first_start:last_end] + after_text[:max(closing, 0)]
    if closing < 0 or len(quoted.split()) > _SCARE_QUOTE_WORDS:
        return None
    return first_start - len(before_text) + opening, last_end + closing


_QUOTED_SPEECH = words("quoted_praise_speech")
_QUOTED_DOUBT = words("claims_reporting_verbs") | words("quoted_praise_doubt")
_LABEL_NOUNS = words("quoted_label_nouns")
_OBJECT_RELATIVES = words("quoted_object_relatives")
# How far a verb of saying may stand before the quotation it reports: "said [the results] [were]
# [very] 'exciting'", "describing the targeting of B cells as an 'innovative ...'". Further back the
# quote sits in a clause of its own ("said he was tired of seeing every new pill hailed as a 'game changer'").
_REPORT_REACH = 9
# How far after the quotation its attribution may stand: "'Amazing,' said Campbell", "'..., Juul said".
_QUOTE_ATTRIBUTION_REACH = 5
# How many words may stand between the comma and the closing attribution's verb: ", he said", ", Juul said".
_ATTRIBUTION_SUBJECT_REACH = 3
# How far before the verb of saying its subject is read for an object relative: "which the company says".
_REPORTER_REACH = 4


def _source_quoted(c: Context, opening: int, closing: int) -> bool:
    """The short quotation is a source's own verdict, in one of the frames of reported speech
    (Quirk et al. 1985, 14.29-14.33 on reporting clauses; Huddleston & Pullum 2002, ch. 11 on content
    clauses): the complement of a reported clause ("said the results were 'very exciting'", "said it was
    'encouraging'", "described the findings as 'very promising'"), after a parenthetical reporting
    clause ("the response, he said, was 'amazing'"), or followed by its attribution ("'Amazing,' said
    Campbell"; "..., Stephanie Page ... said in a statement"). The audit guide counts a source's quoted
    praise as the page's (HealthNewsReview.org counts the sensational language a story repeats).

    Not where the quoted word premodifies a noun of labelling ("the company's 'breakthrough' label",
    "the ad's 'clinically proven' line"), where a relative clause hands the word to someone else
    ("which the company says is a 'breakthrough'"), nor where a word of doubt or dispute stands in
    the sentence ("whether it's truly a 'huge breakthrough'", "Critics said ... was misleading"):
    scare quotes, the writer holding the word off. Round 34 (review): a verb of saying anywhere in the
    sentence had made all four of those uses."""
    words = c.tokens.words
    inside = next((i for i in range(c.first, c.start + 1) if c.tokens.starts[i] > opening), c.start)
    after = next((i for i in range(c.end, c.last) if c.tokens.starts[i] > closing), c.last)
    if c.word(after) in _LABEL_NOUNS or not _QUOTED_DOUBT.isdisjoint(words[c.first:c.last]):
        return False
    return _reported_before(c, inside) or _attributed_after(c, after)


def _reported_before(c: Context, inside: int) -> bool:
    """A verb of saying stands shortly before the quotation's first word, in its clause or as a
    parenthetical just before it ("the response, he said, was"), and no object relative makes it
    another's word ("which the company says is"; a relative right before the verb is its subject,
    "a report, which said the results were 'exciting'")."""
    for index in range(inside - 1, max(c.first, inside - _REPORT_REACH) - 1, -1):
        if c.word(index) in _QUOTED_SPEECH:
            subject = c.tokens.words[c.back_to_break(index, ",;:", reach=c.start - index + _REPORTER_REACH):index]
            return _OBJECT_RELATIVES.isdisjoint(subject[:-1])
        if c.marks_before(index, ",;:()\u2013\u2014") and c.word(index - 1) not in _QUOTED_SPEECH:
            return False
    return False


def _attributed_after(c: Context, after: int) -> bool:
    """A verb of saying follows the quotation closely ("'Amazing,' said Campbell", "'...,' he told
    Reuters"), or opens the sentence's closing attribution after a comma ("..., Stephanie Page, a
    professor at the University of Washington, said in a statement", "..., said study author Dr.
    Eliseo Guallar, from the Johns Hopkins ...", "...,” he said")."""
    if any(c.word(i) in _QUOTED_SPEECH for i in range(after, min(c.last, after + _QUOTE_ATTRIBUTION_REACH))):
        return True
    final = [i for i in range(after, c.last) if c.word(i) in _QUOTED_SPEECH]
    if not final:
        return False
    opens = c.back_to_break(final[-1], ",", reach=c.start - final[-1] + _ATTRIBUTION_SUBJECT_REACH)
    return c.marks_before(opens, ",")


_PLACED = words("far_from_place_verbs")


def _far_from(c: Context) -> bool:
    """"Far from" right before the term ("the evidence is far from robust", "far from a miracle") denies
    it as "not" would, as the boosters read "far from conclusive" (modality/certainty.py). Round 34: a
    source's quoted "far from robust" counted as praise once quoted words were read as the source's.
    Not after a verb of place or travel ("patients living far from the best specialist centres",
    "clinics located far from"): there "far from" is distance in space, its literal sense (Quirk et al.
    1985, 8.47 on adverbials of distance), and denies nothing (review of round 34)."""
    for far in (c.start - 2, c.start - 3):
        if c.word(far) == "far" and c.word(far + 1) == "from":
            return c.word(far - 1) not in _PLACED
    return False


def _going_to_as_one(window: list[str]) -> list[str]:
    """The window with "going to" counted as one auxiliary: "isn't going to have a dramatic
    breakthrough", "you're not going to be so excited" hold the negation as near the term as "won't
    have a dramatic breakthrough" does. "Be going to" is a semi-auxiliary of the future (Quirk et al.
    1985, ch. 3, on semi-auxiliaries), one verb-group slot that should not spend the negation's reach. Round 33: two
    dev ``neutral`` findings, no right one, had the negation just out of reach this way."""
    return [w for i, w in enumerate(window) if not (w == "going" and window[i + 1:i + 2] == ["to"])]


_CLAIM_NOUNS = words("mention_claim_nouns")
_DISPUTING = words("mention_disputing_verbs")
_SUPPORTING = words("mention_supporting_verbs")
# How far before the claim noun its governing verb may stand: "disputed the premise that",
# "no studies to support the idea that".
_GOVERNOR_REACH = 3
# How far before the verb of support its negation may stand: "no major human studies to support".
_NEGATION_REACH = 6


def _disputed_claim(c: Context) -> bool:
    """The term stands in a content clause ("the premise that ...", "the idea that ...") whose noun a
    verb of disputing governs ("disputed the premise that ocrelizumab is anything new and
    innovative") or a negated verb of support ("there are no studies to support the idea that a
    berry holds the secret to weight loss"). The clause's proposition is put forward to be denied,
    so the word is mentioned, not used (Huddleston & Pullum 2002, ch. 11: content clauses
    complementing nouns of claim and belief, which commit the writer to nothing; the audit guide's
    ``mention``: quoted to debunk). A source's claim reported without dispute ("their claim that the
    test could herald a new era") is the source's praise and stays a use.

    Round 33: two dev ``mention`` findings in two stories; no right one in this shape."""
    words_before = c.tokens.words[c.first:c.start]
    for i in range(len(words_before) - 1):
        if words_before[i] in _CLAIM_NOUNS and words_before[i + 1] == "that":
            governors = words_before[max(0, i - _GOVERNOR_REACH):i]
            if not _DISPUTING.isdisjoint(governors):
                return True
            supported = [i - len(governors) + j for j, w in enumerate(governors) if w in _SUPPORTING]
            if supported and any(negates(w) for w in words_before[max(0, supported[0] - _NEGATION_REACH):supported[0]]):
                return True
    return False


def _graded_down(c: Context) -> bool:
    """A comparison of inferiority right before the term: "less promising", "the less good news",
    "less-than-impressive", "the least exciting". "Less" grades the quality down, a scalar negation
    ("less promising" says the result is not as promising; Quirk et al. 1985, 7.84; Horn 1989,
    ch. 4), so the writer does not press the evaluation on the reader. Not where a negation or "at"
    undoes it into a floor or an intensifier ("no less remarkable", "nothing less than amazing",
    "at least as effective") or in "more or less".

    Prevents a story's report of what went less well ("effects on blood pressure were less
    promising", "the less good news: it won't cure the disease") counting as promotion (precision
    audit, tests/audit: round 12, every such dev finding labelled neutral or literal).
    """
    back = c.start - 1
    if c.word(back) == "than":  # "less-than-impressive", "less than exciting"
        back -= 1
    return c.word(back) in _INFERIORITY and c.word(back - 1) not in _INFERIORITY_UNDONE


def _ranked_against_unstated(c: Context) -> bool:
    """An attributive comparative of superiority after an indefinite article, with no "than" after
    it: "her doctor thought Wellbutrin would be a more promising option", "physicians have sought a
    more effective way to identify athletes at risk", "until survival rates take a more dramatic
    turn". The comparative ranks one thing above an unstated standard (often the status quo) and does
    not assert the plain degree: a more promising option need not be a promising one (Huddleston &
    Pullum 2002, ch. 13, on comparatives, which do not entail the positive; Quirk et al. 1985, ch. 7).
    An intensified or stated comparison ("a far more important supplement than has been assumed",
    "even more encouraging") presses the evaluation and stays a use.

    Round 33: three dev ``neutral`` findings in three stories, no right one, in this shape."""
    if c.word(c.start - 1) not in _SUPERIORITY or c.word(c.start - 2) not in _SUPERIORITY_ARTICLES:
        return False
    return "than" not in c.tokens.words[c.end:c.last]
