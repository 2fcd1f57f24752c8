"""Sentence splitting that needs no download and knows health writing.

NLTK's pretrained Punkt model is a separate ``punkt`` download. Without its learned statistics
Punkt reduces to a few decisions: a "?" or "!" ends a sentence; a period ends one unless the
word before it is a known abbreviation or a one-letter initial; an ellipsis does not. We make
the same decisions with one compiled pattern and the abbreviation list we ship
(``lexicons/support``): on the seeds, OneStopEnglish and the HealthNewsReview releases the
result agrees with ``PunktSentenceTokenizer`` built from the same list on 99.5% of paragraphs
(tests/test_sentences.py), and it is about twenty times faster, which matters when a
corpus has 50,000 pages. Where the two differ, ours keeps a closing quotation with its
sentence ('"why not?", he said.') and ends a sentence at an ellipsis followed by a capital.

Web copy also needs line structure: headings, list items and references are lines without
final punctuation, and treating each as part of the next sentence would make one giant sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_word_list


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the document and whether it is kept out of the prose
    (``in_references``: in the reference list, a citation entry outside one, or site boilerplate
    when ``in_boilerplate``)."""

    index: int
    start: int
    end: int
    text: str
    in_references: bool
    in_boilerplate: bool = False  # site furniture (text/boilerplate.py)
    in_heading: bool = False  # a heading, label or contact line: no prose for readability (text/headings.py)
    dateline: int = 0  # characters of a release's dateline opening it: no prose for readability (ditto)

    @property
    def prose(self) -> str:
        """The text readability reads: without a dateline."""
        return self.text[self.dateline:] if self.dateline else self.text


# A heading that opens a reference list. Its sentences are kept (evidence cues read them)
# but excluded from wording counts and readability: author lists are not prose.
_REFERENCES_HEADING = re.compile(
    r"^[ \t#*]*(references|bibliography|works cited|sources|citations|literature cited|"
    r"further reading)(?:[ \t]*:)?[ \t*]*$",  # not "[ \t]*:?[ \t*]*": two overlapping runs backtrack quadratically
    re.IGNORECASE | re.MULTILINE,
)
# A list item: "- ", "* ", "• ", "1. ", "2) ", "a) ".
_LIST_MARKER = re.compile(r"^\s*(?:[-*\u2022\u25aa\u2013]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
# A possible sentence end: terminal punctuation, closing quotes or brackets, then white space.
# A closing quotation mark set off by a space ('temporary. "') belongs to the sentence before
# it when lower case or the end of the paragraph follows; otherwise it opens the next one.
# A run of "." "!" "?" is tried from its first character only ((?<![.!?])): tried from every
# character of a long run, each attempt re-read the rest of the run (quadratic, issue 16).
# No match can start inside a run that one from its start would miss: both end at the run's end.
# Written so that every alternative opens with a literal character, the "not after [.!?]" test
# read back from just past it ("\.(?<![.!?]\.)" is "(?<![.!?])\."): the engine then jumps from
# one ".", "!", "?" or "\u2026" to the next instead of trying the pattern at every character
# (six times faster on a page; the same matches and groups, tests/test_sentences.py). It is
# "((?<![.!?])\.\.\.|\u2026|(?<![.!?])[.!?]+)" then the closers, "[.!?]+" split by its first character.
_CLOSERS = r"([\"')\]]*(?:\s\"(?=\s+[a-z]|\s*$))?)(?=\s|$)"
_CANDIDATE = re.compile(
    r"(\.(?<![.!?]\.)\.\.|\u2026|\.(?<![.!?]\.)[.!?]*|!(?<![.!?]!)[.!?]*|\?(?<![.!?]\?)[.!?]*)" + _CLOSERS
)
# The same pattern for a block with no "!", "?" or "\u2026" (nineteen blocks in twenty), where only
# its two alternatives opening with "." can match. They share that "." (re reads it once, before
# the alternatives), so the pattern opens with one literal character, and re finds the next "." with
# a plain character loop instead of testing every character against a class: the search costs
# a fifth of the instructions (round 35).
_PERIOD_CANDIDATE = re.compile(r"(\.(?<![.!?]\.)\.\.|\.(?<![.!?]\.)[.!?]*)" + _CLOSERS)
_NON_SPACE = re.compile(r"\S")
_NEXT_WORD = re.compile(r"\s*[\"'(\[\u201c]*([A-Za-z]+)")  # the next word's letters, past openers
_NON_OPENER = re.compile(r"[^\"'(\[{]")
_OPENERS = "\"'([{"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The abbreviations after whose full stop no sentence ends, lower-cased and without that stop
    ("dr", "e.g"), from abbreviations.txt."""
    return frozenset(read_word_list("abbreviations.txt"))


_abbreviations = abbreviations  # the name the sentence tests import


@lru_cache(maxsize=1)
def _longest_abbreviation() -> int:
    return max(map(len, abbreviations()), default=1)


class _WordBefore:
    """The word before each period of a block, found in time linear in the block.

    The word runs back to the last space, line break or tab. Candidates come left to right, so
    each stretch of the block is searched once: with no break since the previous candidate the
    word starts where that one's did (text with no ASCII space, "a.\u3000a.\u3000...", made
    every candidate search, copy and lower-case the block back to its start).
    """

    def __init__(self, block: str):
        self.block = block
        self.searched = 0  # the block before this offset holds no break after ``begin``
        self.begin = 0  # where the current word starts
        self.letter = 0  # its first character that is not an opener ('"', '(' ...), once found
        self.longest = _longest_abbreviation()
        self.breaks = "\n" in block or "\t" in block  # breaks other than a space, searched for if any

    def __call__(self, end: int) -> str | None:
        """The word ending at ``end`` without leading openers, lower-cased; None when it is
        too long to be an abbreviation or an initial."""
        block, searched = self.block, self.searched
        found = block.rfind(" ", searched, end)
        if self.breaks:  # most blocks hold no line break or tab: one search, not three
            found = max(found, block.rfind("\n", searched, end), block.rfind("\t", searched, end))
        if found >= 0:
            self.begin = self.letter = found + 1
        self.searched = end
        if self.letter < end and block[self.letter] in _OPENERS:  # most words open with a letter: no search
            letter = _NON_OPENER.search(block, self.letter, end)
            self.letter = letter.start() if letter else end  # openers up to ``end`` are never read again
        if end - self.letter > self.longest:
            return None
        return block[self.letter:end].lower()


def _ends_sentence(block: str, match: re.Match, word_before: _WordBefore) -> bool:
    punctuation = match.group(1)
    if punctuation in ("...", "\u2026"):
        # "He paused... then went on" trails off; "It worked... Then it stopped." ends: an
        # ellipsis before a capital ends a sentence in web copy far more often than not.
        following = _NON_SPACE.search(block, match.end())
        return following is not None and following.group().isupper()
    if punctuation != ".":
        return True  # "?" and "!" (and runs like "?!" or "..") always end a sentence
    word = word_before(match.start())
    # Punkt's rules: no break after a known abbreviation ("Dr.", "e.g.", "U.S.") or an initial ("J. Smith")
    if word is None or not (word in abbreviations() or (len(word) == 1 and word.isalpha())):
        return True
    return _acronym_not_title(block, match, len(word))


# The courtesy titles that an acronym in capitals may spell ("MS." multiple sclerosis, "DR."):
# abbreviations.txt's titles (AP Stylebook, courtesy titles).
_COURTESY_TITLES = frozenset({"dr", "drs", "mr", "mrs", "ms", "prof"})


def _acronym_not_title(block: str, match: re.Match, length: int) -> bool:
    """"... signs of possible MS. Up to 85 percent ...": a title written in capitals in running
    text is an acronym (multiple sclerosis), so its period ends the sentence; titles are written
    "Ms.", "Dr." (AP Stylebook, courtesy titles). In text set all in capitals ("DR. JONES SAID")
    the next word is in capitals too, and the title stays one (health news dev: all 12 "MS." ended
    a sentence, and the next one was read as part of it). Only courtesy titles are read so: "the
    NO. 1 pill", "ACME CO. products", "BRCA1 VS. BRCA2" keep their abbreviations (round 24)."""
    word = block[match.start() - length:match.start()]
    if word.lower() not in _COURTESY_TITLES or not word.isupper():
        return False
    following = _NEXT_WORD.match(block, match.end())
    return following is None or not (len(following.group(1)) > 1 and following.group(1).isupper())


# Citation entries outside a reference list. Press releases and news pages often end with, or
# embed, bibliographic entries under no "References" heading (endnotes numbered "i", "1", "[1]";
# a "Citation:" or "Source:" line; a paragraph of entries run together). Their titles are not
# the page's prose: "approved", "risk" or "alternatives" in a paper's title is no claim the page
# makes, and author lists are not sentences a reader reads. An entry is recognised by its form in
# the NLM style (Patrias, *Citing Medicine*, 2nd ed., NLM 2007) that the ICMJE recommendations
# ("Vancouver style") prescribe: an author list of surnames with initials ("Smith J, Doe AB,
# et al."), then the title, then a locator: "Journal. 2015;313(4):1234-40", a DOI, a PMID, or
# "Available at: <URL>. Accessed May 2018". A journal named in a prose sentence ("published in
# JAMA on Tuesday") has no locator and no author list, and is left alone.
# Written so that every alternative opens with a literal character, the "not inside a word" test
# read back from just past it ("1(?<!\w1)" is "\b1"): the regex engine then skips from one
# possible first character to the next, and the scan costs a page about 0.05 ms (0.18 with "\b").
_YEAR_VOLUME_PAGES = r"\d\d(?: [A-Z][a-z]{2}(?: \d{1,2})?)? ?; ?\d{1,4} ?(?:\([^()\n]{1,20}\)|\[[^\[\]\n]{1,20}\])? ?: ?[eS]?\d"
_LOCATOR = re.compile(
    rf"1(?<!\w1)9{_YEAR_VOLUME_PAGES}|2(?<!\w2)0{_YEAR_VOLUME_PAGES}"  # 2015;313(4):1234, 2014 Feb;121(2):475
    r"|d(?<!\wd)oi(?: ?: ?10\.\d|\.org/10\.\d)|D(?<!\wD)OI ?: ?10\.\d|P(?<!\wP)MID:? ?\d"
    r"|A(?<!\wA)ccessed (?:(?:[A-Z][a-z]+ (?:\d{1,2},? )?)?(?:19|20)\d\d\b|\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b)"
)
# A string every alternative of ``_LOCATOR`` holds (a year's ";" before its volume, "doi", "DOI",
# "PMID", "Accessed"; tests/test_sentences.py reads them in the pattern). Half the pages hold none
# and are not scanned: the scan tests every letter and digit against the alternatives' first
# characters, and cost a page about 260,000 instructions (round 35).
_LOCATOR_NEEDLES = (";", "doi", "DOI", "PMID", "Accessed")
# One author as NLM writes it: surname (particles and up to four words: "de la Torre", "Kha
# Nguyen"), then one to three capital initials, closed up or spaced ("AB", "K H O", "M-S").
# A "Jr" before the initials ("Lopez Jr A") reads as one more surname word (an optional " Jr" there
# too let "Lopez Jr A, " repeated be read in 2^n ways: 13 s on 24 authors). Surname words and
# initials are both capitalised, so where one ends is a choice: the pattern reads ONE author and
# its first match is kept (greedily: spaced initials, "E J", are tried before closed-up ones, "E");
# the list is read by _opens_entry, one author at a time, so nothing after an author ever makes
# the engine read it another way. (An atomic group, "(?>...)", did the same inside one pattern but
# needs Python 3.11; the package supports 3.10.) The particles are tested by a look-ahead and read
# as letters ("de", "der", "den" share a start: an alternation of them is read several ways); the
# patterns pass analyzer/measure/regex_safety.py (tests/test_regex_safety.py).
_SEPARATOR = re.compile(r"(?:,| (?:and|&)) ")  # between authors; " and" and " &" share their space, read once
_ET_AL = r",? et\.? ?al\b"
_CLOSED_BY_ET_AL = re.compile(_ET_AL)
_SURNAME_ET_AL = re.compile(rf"[A-Z][\w'-]{{1,30}}{_ET_AL}")  # after a quoted title: 'Smith et al.'
# An optional note marker ("1.", "[2]", "iv", "3" glued to the name) or label ("Citation:").
_NOTE_MARK = r"(?:\[?\d{1,3}[\].)]?\s?|[ivxl]{1,5}\.?\s)"
_NOTE_START = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]|[ivxl]{1,5}\.?)(?:\s|$)")  # "1.", "[2]", "iv" opening a note
_MAX_AUTHORS = 41  # an author list longer than this is not read as one


def _alternatives(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


# Initials of a lone author closed by a full stop: two or more ("Thase ME.", "Okafor T K."). One
# initial then a stop is a middle name in prose as often ("Michael J. Fox said", "George W. Bush").
_TWO_INITIALS = r"(?:[A-Z](?: [A-Z]){1,2}\b|[A-Z]{2,3}\b|[A-Z]-[A-Z])"
_INITIALS = r"(?:[A-Z](?: [A-Z]){1,2}\b|[A-Z]{1,3}(?:-[A-Z])?)"


def _author(initials: str = _INITIALS) -> str:
    particles = read_word_list("surname_particles.txt")  # lower-case letters only
    longest = max(map(len, particles))
    # a capitalised function word opening a prose sentence ("The U.S. ...", "In JAMA. ...") is
    # never the surname an entry opens with (not_surnames.txt)
    # (since round 22, code review: for every surname word, "Reviewed By Jane Smith", "Posted In
    # Health News"), and a credential after a name ("Jane Smith MD", credentials.txt) is never
    # an author's initials
    not_surname = _alternatives(word.capitalize() for word in read_word_list("not_surnames.txt"))
    credential = _alternatives(read_word_list("credentials.txt"))
    return (rf"(?:(?=(?:{_alternatives(particles)}) )[a-z]{{1,{longest}}} ){{0,3}}(?!(?:{not_surname})\b)"
            rf"[A-Z][\w'-]{{1,30}}(?: (?!(?:{not_surname})\b)[A-Z][\w'-]{{1,30}}){{0,3}}"
            rf" (?!(?:{credential})\b){initials}(?: Jr| Sr)?")


@lru_cache(maxsize=1)
def _entry_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """One author; one lone author with two initials (its own pattern: where its initials end is
    chosen with two required, "Smith AB Jr." reads "Smith AB" then " Jr", where an author reads
    "Smith AB J"); and what may open an entry before its authors: a note marker or label
    (citation_labels.txt), a quoted title ('"Title," Smith J, ...'), or both. The title's closing
    comma or stop is read back from its closing quote: a "[,.]" after the title's run of characters
    would be one more way to read every comma in it."""
    labels = _alternatives(read_word_list("citation_labels.txt"))
    title = r'"[^"\n]{11,401}"(?<=[,.]")\s?'
    opener = rf"(?:{_NOTE_MARK}|(?i:{labels})s?:\s?)(?P<title>{title})?|(?P<only_title>{title})"
    return re.compile(_author()), re.compile(_author(_TWO_INITIALS)), re.compile(opener)


def _opens_entry(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with an entry: an optional note marker or label, or a
    quoted title, then the author list. The list is closed by "et al.", or by the full stop that
    ends it when it names two or more authors or one with two initials ("Thase ME."): "Michael J.
    Fox said ..." or "Lisa M. Jones, a researcher" opens a prose sentence. After a quoted title a
    comma may close the list too (it is often cut short or spelled unevenly there, "Doe AB, Roe,
    C"), under the same condition ('"...," FDA Commissioner Robert M. Califf said' is a
    quotation), and a surname alone may stand before "et al." ('"...," Smith et al.'). At most
    ``_MAX_AUTHORS`` authors.

    The authors are read one at a time, each by its first match: a pattern repeating over authors
    could read a list of them in exponentially many ways."""
    author, lone, opener = _entry_patterns()
    opened = opener.match(text, start, end)
    # an opener cannot be read as an author (it is a digit, "[", a roman numeral, a label and its
    # colon, or a quote), but an entry with none is tried too, as when the opener was an optional group
    ways = [(start, False)]
    if opened is not None:
        ways.insert(0, (opened.end(), opened["title"] is not None or opened["only_title"] is not None))
    for at, titled in ways:
        closers = ".," if titled else "."
        found = lone.match(text, at, end)
        if found and found.end() < end and text[found.end()] in closers:
            return True
        if titled and _SURNAME_ET_AL.match(text, at, end):
            return True
        authors = 0
        while authors < _MAX_AUTHORS and (found := author.match(text, at, end)):
            authors += 1
            at = found.end()
            if _CLOSED_BY_ET_AL.match(text, at, end) or (authors >= 2 and at < end and text[at] in closers):
                return True
            separator = _SEPARATOR.match(text, at, end)
            if separator is None:
                break
            at = separator.end()
    return False


_ENTRY_MAX_SENTENCES = 6  # author list, title, journal, date;volume:pages, doi, PMID


def _citation_sentences(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Which sentences of one block (indices into ``spans``) are citation entries by their form.

    A locator sentence closes an entry. The sentences since the previous locator (at most
    ``_ENTRY_MAX_SENTENCES``) hold an entry when one of their first three opens with an author
    list; the entry runs from that sentence, or from a note number before it ("1." then a title
    put first, then the authors), to the locator: a quotation or a remark before the authors
    stays prose. A block that holds two or more such entries is a reference list run into one
    paragraph: its closed stretches with no author list are marked from their first sentence,
    entries with an organisation for author ("World Health Organization. Depression. Available
    at: ... Accessed May 2018.") too; a stretch with one is still marked from where the entry
    starts ('"It may slow the disease," Dr. Ruiz said.' before it stays prose). A sentence that
    opens with a locator right after an entry ("doi: 10...", "PMID: ...") belongs to it.
    Sentences after the last locator stay prose.
    """
    closed: list[tuple[int, int, int | None]] = []  # (first, locator, where the entry starts or None)
    first = 0
    for n, (s, e) in enumerate(spans):
        if not _LOCATOR.search(text, s, e):
            continue
        if n == first and closed and closed[-1][1] == n - 1 and _LOCATOR.match(text, s, e):
            closed[-1] = (closed[-1][0], n, closed[-1][2])  # "doi: 10..." after the entry's pages
        elif n - first < _ENTRY_MAX_SENTENCES:
            opens = next((k for k in range(first, min(first + 3, n + 1))
                          if _opens_entry(text, spans[k][0], spans[k][1])), None)
            if opens is not None:
                opens = next((k for k in range(first, opens) if _NOTE_START.match(text, spans[k][0], spans[k][1])), opens)
            closed.append((first, n, opens))
        first = n + 1
    run = sum(opens is not None for _, _, opens in closed) >= 2
    return {k for a, b, opens in closed if opens is not None or run
            for k in range(a if opens is None else opens, b + 1)}


def find_references_start(text: str) -> int | None:
    """Offset of the heading that opens a reference list, if the document has one.

    Only a heading in the second half of the document counts: "Sources" as an opening
    heading or a table of contents entry is not a bibliography.
    """
    # searched from the middle: "^" there matches only after a line break, and a heading's match
    # never runs past its line, so no match before the middle hides one after it
    match = _REFERENCES_HEADING.search(text, len(text) // 2)
    return match.start() if match else None


def _blocks(text: str) -> list[tuple[int, int]]:
    """Split into runs of lines that belong to one paragraph.

    A line break ends a sentence (heading, list item, reference) unless the next line starts
    in lower case or the line ends in a comma or hyphen: that is hard-wrapped prose (email,
    plain-text exports), where a line break is not a boundary.
    """
    blocks: list[tuple[int, int]] = []
    start = None
    previous = ""
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        line_start, offset = offset, offset + len(line) + 1
        if not stripped:
            if start is not None:
                blocks.append((start, line_start - 1))
            start = None
            continue
        continues = (
            start is not None
            and not _LIST_MARKER.match(line)
            and (stripped[0].islower() or previous.endswith((",", "-")))
        )
        if start is not None and not continues:
            blocks.append((start, line_start - 1))
            start = None
        if start is None:
            start = line_start
        previous = stripped
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    spans = []
    cut = 0
    word_before = _WordBefore(block)
    candidates = _CANDIDATE if ("!" in block or "?" in block or "\u2026" in block) else _PERIOD_CANDIDATE
    for match in candidates.finditer(block):
        if _ends_sentence(block, match, word_before):
            spans.append((cut, match.end()))
            cut = match.end()
    spans.append((cut, len(block)))
    result = []
    for s, e in spans:  # each span trimmed of the white space strip() trims, without copying it
        while s < e and block[s].isspace():
            s += 1
        while e > s and block[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((start + s, start + e))
    return result


def _may_cite(text: str) -> bool:
    """Whether ``text`` holds one of ``_LOCATOR_NEEDLES``: without one it holds no locator."""
    return any(needle in text for needle in _LOCATOR_NEEDLES)


def split_sentences(text: str, references_start: int | None = None) -> tuple[Sentence, ...]:
    """Sentences of ``text`` (already normalised) in order, each with its character span."""
    sentences = []
    # where citation locators stand: most pages have none, and their blocks are never searched again
    locators = [m.start() for m in _LOCATOR.finditer(text)] if _may_cite(text) else []
    for block_start, block_end in _blocks(text):
        spans = _split_block(text, block_start, block_end)
        located = locators and bisect_left(locators, block_start) < bisect_left(locators, block_end)
        cited = _citation_sentences(text, spans) if located else ()
        for n, (s, e) in enumerate(spans):
            in_refs = (references_start is not None and s >= references_start) or n in cited
            sentences.append(_sentence(len(sentences), s, e, text[s:e], in_refs))
    return tuple(sentences)


def _sentence(index: int, start: int, end: int, text: str, in_references: bool) -> Sentence:
    """``Sentence(index, start, end, text, in_references)``, its fields set in one step: a frozen
    dataclass's ``__init__`` sets each field by a call to ``object.__setattr__``, and at about 13,000
    instructions a sentence that was a quarter of ``split_sentences`` (round 35; matcher._made does
    the same for findings). The object is the same: equal, hashed, copied by ``replace`` and pickled
    as one ``Sentence(...)`` would be (tests/test_speed.py compares them)."""
    sentence = object.__new__(Sentence)
    sentence.__dict__.update(index=index, start=start, end=end, text=text, in_references=in_references,
                             in_boilerplate=False, in_heading=False, dateline=0)
    return sentence
