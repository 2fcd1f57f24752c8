"""Headings, labels and contact lines: text on its own line that is no prose sentence.

Press releases and web copy open with "FOR IMMEDIATE RELEASE", an office's name and a headline
("Riverside Clinic Opens New Sleep Center"), and close with "Media Contact:" and a name, an
e-mail address and a phone number. The splitter makes each such line a sentence (a line break
ends one, text/sentences.py); read as prose, a three-word line of long words scores a college
grade and the extra "sentences" lower the document's words per sentence. A line is furniture
when it lacks a sentence's final punctuation and is written as a heading (title case or
capitals, The Chicago Manual of Style 8.159: lower case only for the minor words of
``heading_minor_words.txt``), is a label ("Media Contact:"), or holds no word at all ("###",
"(555) 010-2200"). A headline in sentence case ("University researchers discover new approach to
migraine", AP Stylebook: headlines capitalise only the first word and proper nouns) reads as prose,
so it is told by its place instead: the document's first line, alone, with no final punctuation
and a blank line after it (a release's headline or a story's deck; on the dev sets also a byline
or a "Correction appended" note, no prose either). Such sentences keep their findings (a headline's "Doctor-Approved" is still
the page's wording) but readability neither counts nor marks them (measure/readability.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ..resources import read_word_list
from .sentences import Sentence

# a sentence's final mark, then closing quotes and brackets, markdown's emphasis ("**Quit now.**")
# or a citation's number ("...by a third.[1]", "[2,3]"): still a sentence, no heading. Every
# sentence is tested, so the common case is read from its last characters; only a sentence that
# ends in "]" is searched (a citation's number).
_FINAL_MARKS = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019)]*_"
_CITED_END = re.compile(r"[.!?\u2026](?:[\"'\u201d\u2019)\]*_]|\[\d{1,3}(?:[,\u2013-]\d{1,3})*\])*$")
# tokens that are no words of a heading: e-mail addresses, web addresses, numbers, symbols
_NOT_A_WORD = re.compile(r"@|/|www\.|\d|^[^A-Za-z]*$")
# a label in lower case is one or two words ("Contact:", "Media contact:"); "Ask your pharmacist:"
# opens a list in a sentence. A longer label in title case is a heading ("Media Contact Information:").
_LABEL_MAX_WORDS = 2
# A first-line headline: a deck runs to about 30 words on the dev sets (news_reviews_00402); longer is
# a paragraph whose final punctuation hides behind a footnote mark ("... each year.1").
_HEADLINE_MAX_WORDS = 30
_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n")
# A release's dateline before its first sentence (AP Stylebook, "datelines"): the place in
# capitals, its state or country, the date, the wire service, then a dash.
# "SPRINGFIELD, Ill., March 3, 2026 /PRNewswire/ --", "BOSTON (Reuters) -", "LONDON, UK —".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,3}"  # the place, in capitals
    r"(?P<region>(?:, [A-Z][A-Za-z.]{0,20}(?: [A-Z][A-Za-z.]{0,20}){0,2}){0,2}),?"  # ", Ill.", ", UK"
    rf"(?P<date> {_MONTH} \d{{1,2}}(?:, \d{{4}})?,?)?"
    r"(?P<wire> ?/[^/\n]{1,40}/| ?\([^()\n]{1,40}\))?"  # /PRNewswire/, (Reuters)
    r" ?(?:--|[–—-]) ?"
)

# a region of three capitals or more with no date or wire is a second acronym ("HIV, AIDS -");
# a region is a state or country as written in a dateline ("Ill.", "UK", "D.C.", "New Mexico")
_ACRONYM_REGION = re.compile(r", [A-Z]{3,}\b")


@lru_cache(maxsize=1)
def _minor_words() -> frozenset[str]:
    return frozenset(read_word_list("heading_minor_words.txt"))


def _ends_a_sentence(stripped: str) -> bool:
    last = stripped.rstrip(_CLOSERS)[-1:]
    if last and last in _FINAL_MARKS:
        return True
    return stripped.endswith("]") and _CITED_END.search(stripped) is not None


def is_heading(text: str) -> bool:
    """Whether a sentence's ``text`` is a heading, a label or a contact line (module docstring)."""
    stripped = text.strip()
    if not stripped or _ends_a_sentence(stripped):
        return False
    words = [w.strip("\"'()[],;:-\u2013\u2014\u201c\u201d\u2018\u2019*#") for w in stripped.split()]
    words = [w for w in words if w and not _NOT_A_WORD.search(w)]
    if stripped.endswith(":") and len(words) <= _LABEL_MAX_WORDS:
        return True
    minor = _minor_words()
    return all(w[0].isupper() or w.lower() in minor for w in words) and (not words or words[0][0].isupper())


def is_headline(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the first line of ``text``, alone on it, with no final punctuation,
    a blank line after it and at most ``_HEADLINE_MAX_WORDS`` words (module docstring)."""
    stripped = sentence.text.strip()
    return (bool(stripped) and not text[:sentence.start].strip() and "\n" not in stripped
            and not _ends_a_sentence(stripped) and len(stripped.split()) <= _HEADLINE_MAX_WORDS
            and _BLANK_LINE.match(text, sentence.end) is not None)


def dateline_length(text: str, opening: bool = True) -> int:
    """How many characters of a sentence's ``text`` are a release's dateline (0: none). Past the
    release's first sentence of prose (``opening`` false) only a dateline with a date or a wire
    service is one (a release set under a subheadline that ends with a period); a place and a
    region alone there are prose ("PARIS, France - the city where...")."""
    found = _DATELINE.match(text)
    if found is None or found.end() >= len(text) or not (found["region"] or found["date"] or found["wire"]):
        return 0  # "FDA - approved", "AIDS – the disease": capitals and a dash alone are no dateline
    if not (found["date"] or found["wire"]) and (not opening or _ACRONYM_REGION.search(found["region"])):
        return 0  # "HIV, AIDS - both spread by blood": a list of acronyms, not "LONDON, UK —"
    return found.end()


def mark_headings(sentences: Sequence[Sentence], text: str) -> tuple[Sentence, ...]:
    """Sentences that are headings, labels or contact lines, flagged ``in_heading`` (``text``: the
    document, to find a first-line headline); the first sentence that opens with a dateline, with
    its length (``dateline``): readability reads it from there. A dateline stands before a
    release's first sentence: further down, a place and a region alone ("PARIS, France - the
    city...") are prose (``dateline_length``)."""
    marked, opening = [], True
    for s in sentences:
        if is_heading(s.text) or (not marked and is_headline(text, s)):
            s = replace(s, in_heading=True)
        else:
            if (length := dateline_length(s.text, opening)):
                s = replace(s, dateline=length)
            opening = False
        marked.append(s)
    return tuple(marked)
