"""One matcher for every lexicon.

All terms of all families compile into one trie over word tokens, so a document is read once
however many lexicons are loaded: at each token the matcher follows the trie as far as the text
allows (multi-word phrases, ``*`` word endings). Candidates then pass their term's context rule,
and within a family the leftmost-longest match wins ("more research is needed" is one
limitation phrase, not also "needed"). Families may overlap: "no side effects" is promotional
while "side effects" is a harms cue.

Reference-list sentences are not read: citations are not the writer's wording.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import compress
from typing import Iterator, Sequence

from ..text import PreparedText
from ..text.tokens import lowered as lower_case
from .lexicon import Lexicon, Term
from ..automaton import AVAILABLE
from .memo import WordMemo
from ..prefilter import NeedleScan, caseless_text, needles_of
from .context import RULES, Context, mention_reason
from .intervention import NONE, Interventions, OnDemand
from .term_automaton import TermAutomaton


@dataclass(frozen=True)
class Finding:
    """One matched term, with everything needed to show and explain it.

    ``usage`` is "use" when the writer uses the wording, "mention" when the text negates,
    quotes or attributes it (``mention_reason`` says which), "rejected" when a learned model
    judges the candidate not used in the family's sense (reason "model"), its term's
    ``counts_when`` rule fails there (reason: the rule's name, or the judgement it records in
    ``Context.dropped``: "resource: ..."), or a context rule rejects it
    because of the document's intervention (the reason names the rule's judgement and the
    intervention: see intervention.py), "suppressed" when an
    inline directive switches it off (``suppressed_by``: the directive's line); only uses count.
    ``suggest`` lists neutral wordings to use instead, from the style guide ``suggest_source``.
    """

    family: str
    category: str
    text: str
    start: int
    end: int
    sentence_index: int
    weight: float
    usage: str
    mention_reason: str | None
    term: str
    source: str
    category_counted: bool  # the category adds to totals at all (press boilerplate does not)
    rule: str | None = None  # the context rule that admitted it, if its term has one
    # set by a learned context model (measure/model.py): P(used as a cue here), and the
    # features that weighed most, as "next word 'be' +1.2"
    probability: float | None = None
    features: tuple[str, ...] = ()
    suggest: tuple[str, ...] = ()
    suggest_source: str = ""
    suppressed_by: int | None = None

    @property
    def counted(self) -> bool:
        """Whether this finding adds to its family's totals: what JSON's ``counted`` says. A new user
        filtered on the field that said only whether the category counts, and counted 2,094 mentions
        and rejected candidates of a 400-row corpus."""
        return self.category_counted and self.usage == "use"


def _made(term: Term, text: str, start: int, end: int, sentence_index: int, usage: str,
          reason: str | None) -> Finding:
    """``Finding(term.family, term.category, text, ...)`` as the matcher makes one, its fields set in one
    step: a frozen dataclass's ``__init__`` sets each of its 18 fields by a call to
    ``object.__setattr__``, and at 1.5 us a finding that was a fifth of the matcher's own time
    (round 34). The object is the same: equal, hashed, copied by ``replace`` and pickled as one
    ``Finding(...)`` would be (tests/test_speed.py compares them)."""
    finding = object.__new__(Finding)
    finding.__dict__.update(
        family=term.family, category=term.category, text=text, start=start, end=end,
        sentence_index=sentence_index, weight=term.weight, usage=usage, mention_reason=reason,
        term=term.term, source=term.source, category_counted=term.counted, rule=term.rule,
        probability=None, features=(), suggest=term.suggest, suggest_source=term.suggest_source,
        suppressed_by=None)
    return finding


_FIELDS = frozenset(Finding.__dataclass_fields__)


def revised(finding: Finding, **changes) -> Finding:
    """``dataclasses.replace(finding, **changes)``, its fields copied in one step as ``_made`` sets
    them: ``replace`` reads the dataclass's fields and calls the frozen ``__init__`` (3 us), and the
    cue model decides some six findings a page (model._decided; round 35). A name that is no field
    is refused, as ``replace`` refuses it."""
    if not changes.keys() <= _FIELDS:
        raise TypeError(f"Finding has no field {sorted(changes.keys() - _FIELDS)}")
    copy = object.__new__(Finding)
    copy.__dict__.update(finding.__dict__, **changes)
    return copy


# What may stand between the words of one phrase: spaces, a hyphen, a slash.
_JOINS = re.compile(r"[\s\-/\u2010-\u2013]*")


class _Node:
    __slots__ = ("children", "prefixes", "prefix_strings", "terms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.prefixes: list[tuple[str, _Node]] = []
        self.prefix_strings: tuple[str, ...] = ()
        self.terms: list[Term] = []

    def child(self, word: str) -> "_Node":
        if word.endswith("*"):
            for prefix, node in self.prefixes:
                if prefix == word[:-1]:
                    return node
            node = _Node()
            self.prefixes.append((word[:-1], node))
            self.prefix_strings += (word[:-1],)
            return node
        return self.children.setdefault(word, _Node())

    def step(self, word: str) -> Sequence["_Node"]:
        """The nodes ``word`` leads to: its exact child and every ``*`` ending it starts with."""
        exact = self.children.get(word)
        # one C-level test before the per-prefix scan: most words continue no ``*`` ending
        if self.prefix_strings and word.startswith(self.prefix_strings):
            found = [node for prefix, node in self.prefixes if word.startswith(prefix)]
            return found + [exact] if exact is not None else found
        return () if exact is None else (exact,)


class _FirstSteps(WordMemo):
    """word -> the nodes it leads to from the root, filled on first sight of a word: prose
    repeats its words, and the root has many ``*`` endings to test. Bounded by bytes (memo.py):
    a stream's vocabulary, or its enormous tokens, must not grow memory forever."""

    def __init__(self, root: _Node):
        super().__init__(max_bytes=32 * 2**20, value_bytes=150)
        self.root = root

    def __missing__(self, word: str) -> Sequence[_Node]:
        nodes = self.root.step(word)
        self[word] = nodes  # not kept for a word longer than any word (memo.LONGEST_WORD)
        return nodes


class Matcher:
    """Compiled lexicon: call ``find`` on a prepared text."""

    def __init__(self, lexicon: Lexicon, automaton: bool | None = None):
        """``automaton``: use pyahocorasick (default: when installed); False forces the
        pure-Python paths, which find the same spans."""
        self.lexicon = lexicon
        self.automaton = AVAILABLE if automaton is None else automaton and AVAILABLE
        root = _Node()
        patterns: list[Term] = []
        for term in lexicon.terms:
            if term.is_pattern:
                patterns.append(term)
                continue
            node = root
            for word in term.words:
                node = node.child(word)
            node.terms.append(term)
        self._first_steps = _FirstSteps(root)
        # the same walk as one automaton pass (term_automaton.py); None: walk the trie
        self._term_automaton = TermAutomaton.build(root, _JOINS) if self.automaton else None
        # Each pattern scans only the sentences holding the strings every match needs ("@" for an
        # e-mail address, "%" and a digit for a percentage): see prefilter.py. Terms with the same
        # pattern (a percentage, sourced or not) share one scan.
        by_pattern: dict[str, list[Term]] = {}
        for term in patterns:
            by_pattern.setdefault(term.term, []).append(term)
        found_needles = needles_of(by_pattern)
        compiled = [(re.compile(p), terms, found_needles[p]) for p, terms in by_pattern.items()]
        self._needles = NeedleScan((n for _, _, found in compiled for n in found), self.automaton)
        self._patterns = [(p, terms, tuple(self._needles.index[n] for n in found)) for p, terms, found in compiled]
        self._reads_references = any(t.read_references for t in lexicon.terms)

    def _candidates(self, prepared: PreparedText, read: list[bool]) -> Iterator[tuple[int, int, int, Term]]:
        """(sentence index, first token, end token, term) in document order, longest first."""
        text, (words, starts, ends) = prepared.text, prepared.tokens
        ranges = prepared.sentence_tokens
        firsts = [r.start for r in ranges]
        steps, n = self._first_steps, len(words)
        for i in compress(range(n), map(steps.__getitem__, words)):  # most words start no term
            frontier = steps[words[i]]
            # "the", "of", "to" start phrases and almost never complete them: one look ahead
            if len(frontier) == 1 and not frontier[0].terms and (i + 1 == n or not frontier[0].step(words[i + 1])):
                continue
            at = bisect_right(firsts, i) - 1
            if at < 0 or not read[at] or i >= ranges[at].stop:
                continue  # a sentence not read, or a word outside every sentence
            last = ranges[at].stop
            found: list[tuple[int, Term]] = []
            j = i + 1
            while frontier:
                found += [(j, term) for node in frontier for term in node.terms]
                if j == last:
                    break
                word = words[j]
                frontier = frontier[0].step(word) if len(frontier) == 1 else [
                    nxt for node in frontier for nxt in node.step(word)]
                # a phrase does not run across punctuation: "licensed, to" is not "licensed to"
                if frontier and not _JOINS.fullmatch(text, ends[j - 1], starts[j]):
                    break
                j += 1
            found.sort(key=lambda c: -c[0])  # longest first; stable for equal lengths
            for end, term in found:
                yield at, i, end, term

    def _finding(self, term: Term, context: Context, sentence_index: int, original: str) -> Finding | None:
        if term.rule and not RULES[term.rule](context):
            if not context.dropped:
                return None
            # rejected because of the document's intervention: visible, not counted, with the reason
            usage, reason = "rejected", context.dropped
        else:
            reason = mention_reason(context) if term.mentions and context.end > context.start else None
            usage = "mention" if reason else "use"
            if usage == "use" and term.counts_when and not RULES[term.counts_when](context):
                # a weak word, shown but not counted here; the rule may say why (Context.dropped)
                usage, reason = "rejected", context.dropped or term.counts_when
        start, end = context.match_start, context.match_end
        # the user's own characters (a no-break space, "\r\n"), not the normalised copy's (issue 16)
        return _made(term, original[start:end], start, end, sentence_index, usage, reason)

    def _term_findings(self, prepared: PreparedText, read: list[bool], original: str,
                       interventions: Interventions | OnDemand = NONE) -> Iterator[Finding]:
        text, tokens, sentences = prepared.text, prepared.tokens, prepared.sentences
        starts, ends = tokens.starts, tokens.ends
        # Candidates arrive leftmost first, longest first; a family's accepted matches never
        # overlap, so one that starts before the furthest end taken so far overlaps one of them.
        reach: dict[str, int] = {}
        walk = self._term_automaton.candidates if self._term_automaton else self._candidates
        sentence_tokens = prepared.sentence_tokens
        for at, i, j, term in walk(prepared, read):
            sentence = sentences[at]
            if i < reach.get(term.family, 0) or (sentence.in_references and not term.read_references):
                continue
            context = Context(text, tokens, sentence_tokens[at], sentence.start, sentence.end,
                              i, j, starts[i], ends[j - 1], interventions, sentence_index=at)
            finding = self._finding(term, context, at, original)
            if finding:
                reach[term.family] = j
                yield finding

    def _pattern_findings(self, prepared: PreparedText, read: list[bool], original: str,
                          interventions: Interventions | OnDemand = NONE) -> Iterator[Finding]:
        text, sentences, tokens = prepared.text, prepared.sentences, prepared.tokens
        for at, term, match in self._pattern_matches(prepared, read):
            sentence = sentences[at]
            if sentence.in_references and not term.read_references:
                continue
            within = prepared.sentence_tokens[at]
            first = bisect_right(tokens.ends, match.start(), within.start, within.stop)  # first token ending inside
            last = bisect_left(tokens.starts, match.end(), within.start, within.stop)  # past the last starting inside
            if first >= last:
                first = last = within.start
            context = Context(text, tokens, within, sentence.start, sentence.end, first, last, match.start(), match.end(),
                              interventions, sentence_index=at)
            finding = self._finding(term, context, at, original)
            if finding:
                yield finding

    def _pattern_matches(self, prepared: PreparedText, read: list[bool]) -> Iterator[tuple[int, Term, re.Match]]:
        """(sentence index, term, match) for every pattern, each scanned one sentence at a time
        and only in the sentences that hold all its needles (see prefilter.py)."""
        text, sentences = prepared.text, prepared.sentences
        starts, ends = [s.start for s in sentences], [s.end for s in sentences]
        lowered = caseless_text(prepared.lowered if prepared.lowered is not None else lower_case(text))
        holding = self._needles.holding(text, lowered, starts, ends)
        everywhere = [at for at, r in enumerate(read) if r]
        for pattern, terms, needed in self._patterns:
            if needed:
                where = holding[needed[0]]  # the best needle first: most pages lack it
                if not where:
                    continue
                if len(needed) > 1:
                    where = where.intersection(*[holding[i] for i in needed[1:]])
                    if not where:
                        continue
                where = [at for at in sorted(where) if read[at]]
            else:
                where = everywhere
            search = pattern.search
            for at in where:
                # most scanned sentences hold no match: a search costs half a finditer's set-up
                if search(text, starts[at], ends[at]) is None:
                    continue
                for match in pattern.finditer(text, starts[at], ends[at]):
                    for term in terms:
                        yield at, term, match

    def find(self, prepared: PreparedText, original: str | None = None) -> tuple[Finding, ...]:
        """Findings in document order (by start offset, then family).

        ``original`` is the text as the user gave it (``prepared.text`` is its normalised copy,
        the same length): a finding's ``text`` is sliced from it. A request's parts all count here;
        ``count_requests_once`` counts each once, after the models and directives.
        """
        original = prepared.text if original is None else original
        # boilerplate (site furniture) is never read; the reference list only by families that ask
        read = [not s.in_boilerplate and (self._reads_references or not s.in_references) for s in prepared.sentences]
        # the document's intervention, once, for the rules that ask whose harm or which option
        interventions = OnDemand(prepared)  # identified when a rule first asks
        found = list(self._term_findings(prepared, read, original, interventions))
        found += self._pattern_findings(prepared, read, original, interventions)
        return tuple(sorted(_leftmost_longest(found), key=lambda f: (f.start, f.family, f.end)))

    def count_requests_once(self, findings: Sequence[Finding], prepared: PreparedText) -> tuple[Finding, ...]:
        """``findings`` (in document order) with each request of a ``one_per_clause`` family counted
        once. Run after the models and the inline directives have decided what counts
        (analysis.analyze): a part a directive switched off is no part of the request, which counts
        as what is left ('disable cta.contact_detail' on "Email us at help@clinic.example to book":
        the request counts as "Email us"; joined first, it counted as the switched-off address and
        the whole request was lost, round 27)."""
        joined = {family.name: family.one_per_clause if isinstance(family.one_per_clause, tuple) else ()
                  for family in self.lexicon.families if family.one_per_clause}
        return tuple(one_per_clause(findings, prepared.text, joined) if joined else findings)


def _leftmost_longest(found: list[Finding]) -> list[Finding]:
    """Within a family, the leftmost-longest of overlapping findings, whether a term or a pattern
    found them: a link matched as a URL and again as a "www" address, or "adverse events" inside
    "adverse events (>10%", is one finding an editor reads once and a rate counts once. Counted
    findings are placed first, so a rejected candidate never hides a counted one."""
    kept: list[Finding] = []
    spans: dict[str, tuple[list[int], list[int]]] = {}  # family -> starts, ends of kept findings
    for finding in sorted(found, key=lambda f: (not f.counted, f.family, f.start, -f.end)):
        starts, ends = spans.setdefault(finding.family, ([], []))
        at = bisect_right(starts, finding.start)
        if (at and ends[at - 1] > finding.start) or (at < len(starts) and starts[at] < finding.end):
            continue
        starts.insert(at, finding.start)
        ends.insert(at, finding.end)
        kept.append(finding)
    return kept


# What separates two requests inside a sentence: a clause mark, a line break, a dash set off by
# spaces, an ellipsis, or a coordinator ("Call us or book online": two calls; "Click here to claim
# your discount": one). Not a lone full stop: both findings are in one sentence, so the sentence
# splitter has already read any full stop between them as an abbreviation's or an initial's ("Call
# Dr. Smith's office to book a free consultation": one call, round 27) or one inside a name or a
# number ("clinic.example", "2.5").
_REQUEST_BREAK = re.compile(r"[,;:!?()\[\]\n\u2013\u2014\u2026]|\.\.\.|\s-\s|\b(?i:and|or|then|but|plus|also|nor)\b")
# A full stop with no space before a capitalised word ends a sentence scraped without its space, which
# the splitter cannot see ("Call us today.Book online now": two calls; round 27 review). The next
# finding may open on that word, so the match reads two characters into it.
_SCRAPED_STOP = re.compile(r"\.[A-Z][a-z]")
# How far apart two findings of one request may stand: a purpose and its object ("us today to
# book your"), not two requests in a long sentence.
_REQUEST_REACH = 60


def one_per_clause(findings: Sequence[Finding], text: str, families: dict[str, tuple[str, ...]]) -> list[Finding]:
    """In a family that asks it (``one_per_clause``), counted findings of one clause that nothing
    but a purpose or an object joins ("Click here to claim your discount", "Contact us to book a
    free consultation", "Email us at help@clinic.example") are one request and count once; the
    others stay visible, not counted (reason ``one_per_clause``). A coordinator, a line break or a
    clause mark between them keeps two requests ("Order now and claim your bottle", "Call us, or
    book online").

    A new user counted "Click here to claim your discount" as two calls to action where a
    compliance reviewer reads one (FTC .com Disclosures 2013: the response mechanism is the unit;
    round 22 made a call verb and its phone number one finding, this is that principle for any
    call). ``findings`` are in document order.

    Which part the request counts as: the part of the first category ``families`` lists for the
    family (the lexicon's ``one_per_clause``, strongest first), else the first part. The request
    stays ONE counted finding of ONE category, so the family's count, its per-category counts, a
    rule over some categories and the evidence a reason quotes all add up and agree. The other
    design, letting a rule over categories see every category of a request's parts, would count
    a request in two categories and quote a part that is not counted. Instead the lexicon lists
    first the categories its narrower rules count ("Click here to order yours today" counts as
    "order yours", a purchase, so the rule on calls to buy fires and the family counts one call;
    round 26 counted it as "Click here" and that rule went quiet, round 27), and the loader refuses
    a family whose rule counts a category the list leaves out (lexicon._check_one_per_clause)."""
    out = list(findings)
    runs: dict[str, list[int]] = {}  # family -> indices of its current request's findings
    for i, f in enumerate(out):
        if f.family not in families or not f.counted:
            continue
        run = runs.get(f.family)
        if run and _one_request(out[run[-1]], f, text):
            run.append(i)
        else:
            _count_once(out, run, families[f.family])
            runs[f.family] = [i]
    for family, run in runs.items():
        _count_once(out, run, families[family])
    return out


def _count_once(out: list[Finding], run: list[int] | None, strongest: tuple[str, ...]) -> None:
    """Leave one finding of the run counted: the one of the first category ``strongest`` lists
    that the run has, else the first."""
    if not run or len(run) < 2:
        return
    rank = {category: i for i, category in enumerate(strongest)}
    kept = min(run, key=lambda i: (rank.get(out[i].category, len(rank)), i))
    for i in run:
        if i != kept:
            out[i] = replace(out[i], usage="rejected",
                             mention_reason=f'one_per_clause: one request, counted as "{out[kept].text}"')


def _one_request(before: Finding, f: Finding, text: str) -> bool:
    """Whether only a purpose or an object joins two findings of one sentence."""
    return (before.sentence_index == f.sentence_index and before.end <= f.start
            and f.start - before.end <= _REQUEST_REACH and not _REQUEST_BREAK.search(text, before.end, f.start)
            and not _SCRAPED_STOP.search(text, before.end, f.start + 2))
