"""A finding's text is the document's own text at its span (issue 16: in 3.5% of fuzzed inputs
it was the normalised copy, "game\\u00a0changer" reported as 'game changer')."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer import analyze

# Words that start or complete lexicon entries, so that random joins between them make findings.
WORDS = ["game", "changer", "miracle", "cure", "may", "help", "call", "today", "breakthrough", "100%",
         "side", "effects", "suggest", "proven", "n = 40", "$20", "www.example.com", "don't", "don’t"]
# Any Unicode character may stand between them: spaces of every kind, controls, CR LF, quotes.
JOINS = st.one_of(st.sampled_from([" ", "\u00a0", "\r\n", "\r", "\u2028", "\u200b", "\t", "-", "\u2019", "\x00", "\ufeff"]),
                  st.text(min_size=1, max_size=3))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), JOINS), min_size=1, max_size=25))
def test_finding_text_is_the_documents_text(pieces):
    text = "".join(word + join for word, join in pieces)
    result = analyze(text)
    for finding in result.findings:
        assert finding.text == result.text[finding.start:finding.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_any_unicode_text(text):
    result = analyze(text)
    assert all(f.text == text[f.start:f.end] for f in result.findings)


def test_no_break_space_and_crlf_are_kept():
    result = analyze("This is a game\u00a0changer.\r\nCall\r\ntoday.")
    texts = {f.text for f in result.findings}
    assert "game\u00a0changer" in texts
    assert any("\r\n" in t for t in texts), texts
