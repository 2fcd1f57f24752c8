"""Lexicon patterns must run in linear time (issue 16: "(\\w+\\s?)+$" took 65 s on 31 characters)."""

from __future__ import annotations

import sys

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10, as the package does
    import tomli as tomllib

import pytest

from analyzer.measure.lexicon import builtin_lexicon_files, parse_lexicon_file
from analyzer.measure.regex_safety import problem

_ATOMIC = pytest.mark.skipif(sys.version_info < (3, 11), reason="atomic groups (?>...) need Python 3.11")

# pattern, the words the refusal must contain: each is a shape Python's re backtracks on
REFUSED = [
    (r"(\w+\s?)+$", "nests quantifiers"),  # the reproducer: exponential
    (r"(a|aa)+$", "more than one way"),  # "aa" read as a+a or aa: exponential
    (r"((a+))+$", "nests quantifiers"),
    (r"(a|a)*!x", "more than one way"),
    (r"a*a*a*a*a*a*b", "what follows can read the same"),  # sixth power of a run of a
    (r"\w+\w+x", "what follows can read the same"),
    (r"\d+\s?\d+%", "what follows can read the same"),  # the optional \s? lets \d+ meet \d+
    (r"\d+%", "not preceded by a guard"),  # quadratic over a page of digits
    (r"(?:ab|cd)+x", "not preceded by a guard"),
    (r"\b\d[\d,]*\s(?:\w+\s){0,2}patients", "not preceded by a guard"),  # "1,1,1,...": \b inside the run
    (r"\$\d[\d,]*(?![\d,.]*\s?million)", "look-around holds an unbounded"),
    (r"(?:a{1,60}){1,60}b", "more than 10,000 ways"),
    # a look-ahead is atomic but runs again for each way what precedes it reads: 3 s on 78 characters
    (r"x(?:a|a){0,12}(?=(?:a|a){0,12}c)", "more than 10,000 ways"),
    (r"\b", "zero-width"),
    (r"(?=cure)", "zero-width"),
    (r"\bcures?\b|", "zero-width"),
    (r"(cure) \1", "back-reference"),
    (r"(a?)+x", "match empty"),
    # an atomic group (Python 3.11+) is read as a plain group: what it holds is checked as anywhere else
    pytest.param(r"(?>(a|aa)+)$", "more than one way", marks=_ATOMIC),
    pytest.param(r"(?>(?:a{1,60}){1,60})b", "more than 10,000 ways", marks=_ATOMIC),
    # sentences.py's author list before round 21: "Jr" read as a surname word or as the optional " Jr"
    (r"(?:[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,2}(?: Jr)? [A-Z]{1,3}(?:,| and) ){0,40}x",
     "more than 10,000 ways"),
]
ACCEPTED = [
    r"\b\d+%",  # \b cannot lie inside a run of digits: one attempt per run
    r"\$\d+(?:\.\d\d)?",
    r"\b(?:ab|cd)+x",
    r"\bmiracle cure\b",
    r"https?://[^\s<>]{1,300}",  # bounded
    r"(?i:call) (?:now|today)",
    r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b",
    r"[^.;]{0,60}side effects?",  # ambiguous, but bounded: 61 ways at most
    r"\b\d+ ?%[^.]*",  # an unbounded tail nothing after can fail: never re-read
    r"^\d+x",  # anchored at the start of the text
    # a look-around commits to its first match: its choices are not multiplied
    r"(?:(?=(?:de|da|den|der) )[a-z]{2,3} ){0,3}[A-Z]",
]


@pytest.mark.parametrize("pattern, words", REFUSED)
def test_refused(pattern, words):
    found = problem(pattern)
    assert found is not None and words in found, found


@pytest.mark.parametrize("pattern", ACCEPTED)
def test_accepted(pattern):
    assert problem(pattern) is None


def builtin_patterns():
    for path in builtin_lexicon_files():
        for category in tomllib.loads(path.read_text(encoding="utf-8")).get("categories", []):
            for entry in category.get("patterns", []):
                yield path.name, entry if isinstance(entry, str) else entry["pattern"]


@pytest.mark.parametrize("name, pattern", list(builtin_patterns()))
def test_every_builtin_pattern_passes(name, pattern):
    assert problem(pattern) is None, (name, pattern)


def sentence_patterns():
    from analyzer.text import sentences
    author, lone, opener = sentences._entry_patterns()
    yield "author", author.pattern
    yield "lone author", lone.pattern
    yield "entry opener", opener.pattern
    for name in ("_SEPARATOR", "_CLOSED_BY_ET_AL", "_SURNAME_ET_AL", "_LOCATOR", "_NOTE_START", "_REFERENCES_HEADING"):
        yield name, getattr(sentences, name).pattern


@pytest.mark.parametrize("name, pattern", list(sentence_patterns()))
def test_sentence_patterns_pass(name, pattern):
    """The citation-entry patterns run on every paragraph that holds a locator: an author list
    read many ways took 13 s on one crafted entry ("Lopez Jr A, " twenty-four times). No pattern
    repeats over authors: _opens_entry reads them one at a time. No atomic group either: the
    package supports Python 3.10, where "(?>" does not compile."""
    assert problem(pattern) is None, (name, pattern)
    assert "(?>" not in pattern, name


def test_lexicons_check_refuses_with_file_and_line(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\n'
                    'patterns = [\'(\\w+\\s?)+$\']\n', encoding="utf-8")
    _, _, problems = parse_lexicon_file(path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:6: ") and "refused" in problems[0], problems


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e308", "101"])
def test_weights_must_be_finite_and_in_range(tmp_path, value):
    path = tmp_path / "user.toml"
    path.write_text(f'family = "x"\n[[categories]]\nname = "a"\nweight = {value}\nsource = "s"\nterms = ["ok"]\n'
                    f'[[categories]]\nname = "b"\nweight = 1\nsource = "s"\nterms = [{{ term = "fine", weight = {value} }}]\n',
                    encoding="utf-8")
    _, _, problems = parse_lexicon_file(path)
    assert any(p.startswith(f"{path}:4: ") and "from 0 to 100" in p for p in problems), problems
    assert any(p.startswith(f"{path}:11: ") and "from 0 to 100" in p for p in problems), problems
