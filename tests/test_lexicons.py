"""Lexicon findings: context rules (table-driven), mentions, spans, seeds, and the checker."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer import analyze
from analyzer.measure.lexicon import LexiconError, load_lexicon, parse_lexicon_file
from analyzer.measure.context import RULES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = tomllib.loads((Path(__file__).parent / "rules_cases.toml").read_text(encoding="utf-8"))["case"]


def _uses(sentence: str, family: str, term: str, category: str | None = None) -> list:
    """Counted findings of the term; a finding that passed its rules and counts once as part of a
    request (a family's ``one_per_clause``: "Sign up ... at https://...") is one too."""
    return [
        f for f in analyze(sentence).findings
        if f.family == family and term in f.text.lower().replace(" ", "-")
        and (f.counted or (f.mention_reason or "").startswith("one_per_clause"))
        and category in (None, f.category)
    ]


def test_case_terms_are_written_as_findings_are_compared():
    """``_uses`` compares a case's term with the finding's text, its spaces written as hyphens:
    a term with a space could never match, and its quiet sentences would pass whatever the rule does."""
    assert [c["term"] for c in CASES if " " in c["term"]] == []


def test_every_rule_has_cases():
    assert set(RULES) <= {case["rule"] for case in CASES}


@pytest.mark.parametrize(
    "family, term, category, sentence",
    [(c["family"], c["term"], c.get("category"), s) for c in CASES for s in c["fires"]],
)
def test_rule_fires(family, term, category, sentence):
    assert _uses(sentence, family, term, category), f"{term!r} should count in: {sentence}"


@pytest.mark.parametrize(
    "family, term, category, sentence",
    [(c["family"], c["term"], c.get("category"), s) for c in CASES for s in c["quiet"]],
)
def test_rule_stays_quiet(family, term, category, sentence):
    assert not _uses(sentence, family, term, category), f"{term!r} should not count in: {sentence}"


def test_mentions_are_recorded_with_their_reason():
    findings = analyze("It is not a miracle cure. Some call it a miracle drug.").findings
    reasons = [f.mention_reason for f in findings if f.family == "promotional"]
    assert reasons == ["negated", "attributed"]
    assert all(f.usage == "mention" for f in findings if f.family == "promotional")


def test_far_from_of_place_is_no_negation():
    """"Far from" after a verb of place is distance, not denial: the reason shown must not say "negated"
    (review of round 34; mentions.py, _far_from)."""
    findings = analyze("Patients living far from the best specialist centres may benefit most.").findings
    assert [f.mention_reason for f in findings if f.text == "best"] == ["best_named_not_sought"]


def test_weak_word_not_leaned_on_is_shown_but_not_counted():
    """A tiered term (``counts_when``) stays visible where its rule fails, with the rule as reason,
    and adds nothing to the family's totals; where the rule holds it counts as before."""
    plain = analyze("Calcium is important for bones.")
    weak = [f for f in plain.findings if f.family == "promotional" and f.text == "important"]
    assert [(f.usage, f.mention_reason, f.counted) for f in weak] == [("rejected", "leaned_on_sizing_the_promoted", False)]
    assert plain.wording.family("promotional").count == 0
    leaned = analyze("It is an important new treatment option.")
    assert [f.counted for f in leaned.findings if f.family == "promotional"] == [True]


@pytest.mark.parametrize("word", ["promising", "hope"])
def test_promising_and_hope_are_promotional_not_hedges(word):
    findings = analyze(f"The results bring {word} to patients.").findings
    families = {f.family for f in findings if f.text == word}
    assert families == {"promotional"}


def test_reference_list_adds_no_wording_findings(seed_texts):
    result = analyze(seed_texts["004_2c502a08521c033c.txt"])
    start = result.prepared.references_start
    assert start is not None
    in_references = [f for f in result.findings if f.start >= start]
    # only the families that read reference lists on purpose (evidence, funding) find anything there
    assert in_references and {f.family for f in in_references} <= {"evidence", "funding"}
    body = analyze(result.text[:start])
    wording = {"hedges", "boosters", "promotional", "cta"}
    assert [f for f in body.findings if f.family in wording] == [f for f in result.findings if f.family in wording]


def test_003_has_the_highest_promotional_rate(seed_texts):
    rates = {name: analyze(text).wording.family("promotional").weighted_per_1k_words for name, text in seed_texts.items()}
    assert max(rates, key=rates.get) == "003_97a530df274c8eed.txt"


@pytest.mark.parametrize("name", ["001_0ff18e5b74c14366.txt", "002_773cc354ab78808c.txt"])
def test_clinic_posts_have_calls_to_action(seed_texts, name):
    assert analyze(seed_texts[name]).wording.family("cta").count >= 1


def test_press_office_boilerplate_is_reported_apart_from_calls_to_action():
    result = analyze("For more information, contact the media office. Media contact: Jane Doe.")
    press = [f for f in result.findings if f.category == "press_boilerplate"]
    assert press and not any(f.counted for f in press)
    assert result.wording.family("cta").count == 0


def test_contact_details_are_calls_to_action():
    text = "Reach out to our team at [contact information] or call (555) 123-4567 or visit https://clinic.example/book."
    found = [(f.category, f.text) for f in analyze(text).findings if f.family == "cta"]
    assert [c for c, _ in found].count("contact_detail") == 2
    assert ("contact", "call (555) 123-4567") in found  # the call and its number: one call to action


@pytest.mark.parametrize("text, counted", [
    ("Click here to claim your discount.", ["Click here"]),  # the pointer and its purpose: one call
    ("Contact us to book a free consultation.", ["Contact us"]),
    ("Spots are filling fast, so call 555-0148 today to reserve your place.", ["call 555-0148"]),
    ("Order now and claim your free bottle.", ["Order now", "claim your free bottle"]),  # two calls
    ("Visit our website at www.clinic.example to learn more.", ["www.clinic.example"]),  # its contact detail
    ("Call us on 020 7946 0321 or book online now.", ["Call us", "book online"]),
    # round 27: the request counts as its purchase, the part cta.purchase counts, not as its pointer
    # or its phone number
    ("Click here to order yours today.", ["order yours"]),
    ("Order yours today at 1-800-555-0199.", ["Order yours"]),
    # round 27: an abbreviation's full stop ("Dr.") is no break between two requests
    ("Call Dr. Smith's office to book a free consultation.", ["Call"]),
    ("Call us now... book a free consultation today.", ["Call us", "book a"]),  # an ellipsis still is
    # a full stop scraped without its space still ends a sentence (round 27 review)
    ("Call us today.Book online now for a free consultation.", ["Call us", "Book online"]),
])
def test_one_call_in_one_clause_counts_once(text, counted):
    """Round 26 (a new user): findings a purpose or an object joins are one request (cta's
    one_per_clause); the others stay visible with the reason."""
    found = [f for f in analyze(text).findings if f.family == "cta"]
    assert [f.text for f in found if f.counted] == counted
    assert all(f.mention_reason.startswith("one_per_clause") for f in found if not f.counted)


def test_a_part_switched_off_leaves_the_rest_of_the_request_counted():
    """Round 27: a directive that switches off the part a request counted as ("disable
    cta.contact_detail") switches off that part, not the request: what is left counts once."""
    text = "analyzer: disable cta.contact_detail\nEmail us at help@clinic.example to book a free consultation."
    found = [f for f in analyze(text).findings if f.family == "cta"]
    assert [f.text for f in found if f.counted] == ["Email us"]
    assert [f.usage for f in found if f.category == "contact_detail"] == ["suppressed"]
    assert analyze(text).wording.family("cta").count == 1


def test_rates_are_per_thousand_words():
    result = analyze("This miracle works. " + "Plain words here. " * 66)
    promo = result.wording.family("promotional")
    assert promo.count == 1
    assert promo.per_1k_words == pytest.approx(1000 / result.readability.words)
    assert promo.weighted_per_1k_words == pytest.approx(3 * 1000 / result.readability.words)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from(["miracle", "may", "May", "not", "\"", "a", "about", "5", ".", "\n", "hope", "could", "appears", "game-changer", " ", "call", "’"]), max_size=60).map(" ".join))
def test_every_span_slices_to_its_matched_text(text):
    result = analyze(text)
    for finding in result.findings:
        assert text[finding.start:finding.end].lower().replace("\u2019", "'") == finding.text.lower()
        sentence = result.prepared.sentences[finding.sentence_index]
        assert sentence.start <= finding.start and finding.end <= sentence.end


def test_builtin_lexicons_load_and_every_category_has_a_source():
    lexicon = load_lexicon()
    assert set(lexicon.family_names) >= {"hedges", "boosters", "promotional", "cta"}
    assert all(c.source for c in lexicon.categories)
    assert all(t.source and t.weight >= 0 for t in lexicon.terms)


@pytest.mark.parametrize(
    "body, message",
    [
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok", "two  words!"]\n', ':6: term \'two  words!\''),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = "heavy"\nsource = "s"\nterms = ["ok"]\n', ":4: category 'a': 'weight' must be a finite number"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nterms = ["ok"]\n', ":2: category 'a': 'source' is required"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\ncolour = "red"\nterms = ["ok"]\n', ":6: unknown key 'colour'"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = [{ term = "ok", rule = "nope" }]\n', "unknown context rule 'nope'"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = [{ term = "ok", counts_when = "nope" }]\n', "'counts_when' names no context rule: 'nope'"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\ncounts_when = "nope"\nterms = ["ok"]\n', "'counts_when' names no context rule: 'nope'"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok", "ok"]\n', "listed twice"),
        # a rule that is not text is a problem, not a crash (did_you_mean raised TypeError on 3; a list is unhashable)
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = [{ term = "ok", rule = 3 }]\n', "unknown context rule 3"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nrule = 3\nterms = ["ok"]\n', "unknown context rule 3"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nrule = ["x"]\nterms = ["ok"]\n', "unknown context rule ['x']"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\ncounts_when = ["x"]\nterms = ["ok"]\n', "'counts_when' names no context rule: ['x']"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = [{ term = "ok", counts_when = "cta_counted_cal" }]\n', "did you mean 'cta_counted_call'?"),
        ('family = "x"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\npatterns = ["(a+)+b"]\n', "nests quantifiers"),
        ('family = "x"\n[audit]\nprecision = 1.2\nfindings = 300\n', ":3: 'precision' must be a number from 0 to 1"),
        ('family = "x"\n[audit]\nprecision = 0.9\nfindings = 0\n', ":4: 'findings' must be a whole number"),
        ('extends = "hedges"\n[audit]\nprecision = 0.9\nfindings = 9\n', ":2: 'audit' belongs to the family's own file"),
        ('family = "x"\n[[categories]\n', ":2: not valid TOML"),
        # round 27: a typo in one_per_clause's category fell back silently to the request's first part
        ('family = "x"\none_per_clause = ["contact_detial"]\n[[categories]]\nname = "contact_detail"\nweight = 1\nsource = "s"\nterms = ["ok"]\n',
         ":2: 'one_per_clause': family 'x' has no category 'contact_detial': did you mean 'contact_detail'?"),
        ('family = "x"\none_per_clause = "b"\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok"]\n',
         ":2: 'one_per_clause': family 'x' has no category 'b'"),
        ('family = "x"\none_per_clause = 3\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok"]\n',
         ":2: 'one_per_clause' must be true, false or a list of category names"),
        # a rule over a category the list leaves out would lose a request's part of it to another part
        ('family = "x"\none_per_clause = true\n[[categories]]\nname = "a"\nweight = 1\nsource = "s"\nterms = ["ok"]\n'
         '[[score_rules]]\nid = "x.a"\nkind = "count"\ncategories = ["a"]\nmeasure = "m"\n',
         ":2: 'one_per_clause': score rule 'x.a' counts 'a' apart"),
    ],
)
def test_checker_reports_file_line_and_problem(tmp_path, body, message):
    path = tmp_path / "custom.toml"
    path.write_text(body, encoding="utf-8")
    _, _, problems = parse_lexicon_file(path)
    assert any(p.startswith(f"{path}:") and message in p[len(str(path)):] for p in problems), problems
    with pytest.raises(LexiconError):
        load_lexicon([path])


def test_user_lexicon_adds_a_category_without_code(tmp_path):
    path = tmp_path / "jargon.toml"
    path.write_text(
        'family = "jargon"\nmentions = false\n[[categories]]\nname = "acronym"\nweight = 1\n'
        'source = "house style"\nterms = ["nmda receptor", "glutamate*"]\n',
        encoding="utf-8",
    )
    from analyzer.measure import Matcher

    result = analyze("Ketamine blocks the NMDA receptor and glutamatergic signalling.", matcher=Matcher(load_lexicon([path])))
    assert [f.text for f in result.findings if f.family == "jargon"] == ["NMDA receptor", "glutamatergic"]


def test_pattern_prefilter_never_skips_a_text_that_matches(seed_texts):
    """Every built-in pattern's matches contain its needle (prefilter.py), so scanning only the
    sentences that hold the needle loses nothing."""
    import re

    from analyzer.prefilter import needle

    samples = list(seed_texts.values()) + [
        "Call (555) 123-4567 or mail care@clinic.example; see https://x.example and www.example.org.",
        "Of 120 patients, 70% improved; n = 40; 30 percent; 12 per cent; from 30% to 20%; $400 per dose.",
        "Sarah, a 32-year-old woman. An 80-year-old man. John's story. 100% safe. 10.1001/jama.2014.62 (2019) [3].",
        "Side effects occurred in 12% of patients; adverse events in 3 of 40 participants; 5 points better.",
    ]
    for term in load_lexicon().terms:
        if not term.is_pattern:
            continue
        required = needle(term.term)
        if required is None:
            continue
        for text in samples:
            for match in re.finditer(term.term, text):
                assert required.search(match.group()), (term.term, match.group())


@pytest.mark.parametrize(
    "pattern, required",
    [(r"\b\d+ ?(?:%|percent)", {"%", "percent"}), (r"[\w.]+@[\w.]+", {"@"}), (r"(?i:abc)dd", {"abc"}),
     (r"a?bbb", {"bbb"}), (r"x{0,3}", None), (r"(?i)abc", None), (r"(abc|%)", {"abc", "%"}),
     (r"\d{3}-\d{4}", {"-"}), (r"\(?\d{3}\)?\d{4}", set("0123456789")), (r"(?:a|bbb)ccc", {"ccc"}),
     (r"(?:\d|x)", None),
     # weak: strings in nearly every sentence filter nothing (issue 17)
     (r"\d+ (?:points|fewer)\b", {" points", " fewer"}),  # " " is weak, " points" is not (r"\b(?i:www)\.\w+", {"www"}), (r"a?b", None),
     (r"\d (?:of|out of) \d", set("0123456789"))],
)
def test_required_literals(pattern, required):
    from analyzer.prefilter import required_literals

    assert required_literals(pattern) == (None if required is None else frozenset(required))


def test_patterns_scan_only_sentences_holding_their_needle_yet_find_every_match():
    """A percentage in the third sentence, a phone number (digits only, no literal) in the first."""
    from analyzer.prefilter import needle

    assert needle(r"\(?\d{3}\)?\d{4}").pattern == r"\d"
    text = "Call 555-123-4567 today. Nothing to see here. Nearly 70% of people improved."
    found = {(f.category, f.text) for f in analyze(text).findings if f.family in ("cta", "evidence", "benefits")}
    assert any(t.endswith("555-123-4567") for _c, t in found)  # "Call 555-123-4567", the call and its number
    assert any("70%" in t for _c, t in found)


def test_context_rules_define_each_name_once_in_the_package():
    """Rules added in parallel once defined the same helper name twice (``_clause_before``,
    ``_INTENSIFIERS``) with different meanings: Python kept the later one silently, and the
    earlier rule read the wrong list. Every name is bound once across the package's modules
    (imports aside), so a helper means one thing wherever a reader meets it."""
    import ast
    from collections import Counter

    from analyzer.measure import context

    bound = Counter()
    for path in sorted(Path(context.__file__).parent.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                bound[node.name] += 1
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound.update(t.id for t in targets if isinstance(t, ast.Name) and t.id not in {"RULES", "__all__"})
    assert [name for name, n in bound.items() if n > 1] == []


def test_a_rule_defined_in_two_modules_is_refused():
    from analyzer.measure.context.base import merged

    def a_rule(c):
        return True

    with pytest.raises(ValueError, match="a_rule"):
        merged({"a_rule": a_rule}, {"a_rule": a_rule})


@pytest.mark.parametrize("text", [
    "Adverse events (>10% of patients) were nausea and headache.",
    "Complications occurred in 39 percent of patients, and side effects were mild.",
    "Follow us: https://www.facebook.com/ExampleClinic/ and https://www.youtube.com/user/ExampleClinic",
])
def test_findings_of_one_family_never_overlap(text):
    """Within a family the leftmost-longest match wins, whether a term or a pattern found it: a
    link highlighted twice, or "adverse events" inside "adverse events (>10%", would be read and
    counted twice."""
    findings = sorted(analyze(text).findings, key=lambda f: (f.family, f.start))
    assert findings
    for a, b in zip(findings, findings[1:]):
        assert not (a.family == b.family and b.start < a.end), (a, b)
