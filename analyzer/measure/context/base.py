"""What every context rule reads: the candidate in its sentence (``Context``), the word lists and
patterns of lexicons/support/context_rules.toml, and the few helpers rules of several phenomena share.

Each phenomenon's module ends in ``RULES = registry(...)``; ``merged`` joins them in ``__init__`` and
refuses a rule name defined twice (parallel work once replaced a helper silently).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from ...resources import support_table
from ...text import Tokens
from ..intervention import NONE, Interventions, OnDemand
from ...prefilter import absent_between, absent_test, needles_of, reaches_of


Rule = Callable[["Context"], bool]


def registry(*rules: Rule) -> dict[str, Rule]:
    """A module's rules by name: the name a family file gives in ``rule = "..."``."""
    return {rule.__name__: rule for rule in rules}


def merged(*tables: Mapping[str, Rule]) -> dict[str, Rule]:
    """All modules' rules in one table; a name defined twice is an error, not a silent override."""
    result: dict[str, Rule] = {}
    for table in tables:
        twice = result.keys() & table.keys()
        if twice:
            raise ValueError(f"context rule defined twice: {', '.join(sorted(twice))}")
        result.update(table)
    return result


def words(name: str) -> frozenset[str]:
    """A word list from lexicons/support/context_rules.toml: knowledge an editor reviews there."""
    return resolve_words(support_table("context_rules.toml")["words"], name)


def resolve_words(lists: Mapping[str, object], name: str, _seen: tuple[str, ...] = ()) -> frozenset[str]:
    """List ``name`` of ``lists`` (the ``[words]`` table): a list of words, or a list derived from
    another, ``{base = "other", add = [...], drop = [...]}``, which is ``other``'s words (itself
    perhaps derived) with ``add`` added and ``drop`` removed. A missing base, or a base that leads
    back to the list, is an error naming the list."""
    if name not in lists:
        via = f" (the base of {_seen[-1]!r})" if _seen else ""
        raise KeyError(f"context_rules.toml [words] has no list {name!r}{via}")
    if name in _seen:
        raise ValueError(f"context_rules.toml [words]: lists derive from each other: {' -> '.join(_seen + (name,))}")
    entry = lists[name]
    if not isinstance(entry, Mapping):
        return frozenset(entry)  # type: ignore[arg-type]
    unknown = entry.keys() - {"base", "add", "drop"}
    if unknown or "base" not in entry:
        raise ValueError(f"context_rules.toml [words] {name!r}: a derived list has base, add and drop; got {sorted(entry)}")
    base = resolve_words(lists, entry["base"], _seen + (name,))
    return (base | frozenset(entry.get("add", ()))) - frozenset(entry.get("drop", ()))


def pattern(name: str) -> re.Pattern:
    """A regular expression from lexicons/support/context_rules.toml, compiled when first used."""
    return _Compiled(support_table("context_rules.toml")["patterns"][name])  # type: ignore[return-value]


class _Compiled:
    """A pattern compiled on its first use: a page reaches few of the ~60 rule patterns, and
    compiling them all cost a twentieth of a cold start (issue 17). After the first use the
    compiled pattern's methods sit on the instance, so a call costs what it costs on ``re``."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, source: str):
        self.source = source

    def __getattr__(self, name: str):
        compiled = re.compile(self.source)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        found = _rule_needles().get(self.source, ())
        lacks = absent_test(found)
        # ``lacks(string)``: True when ``string`` cannot hold a match (it lacks a needle). ``match`` is not
        # guarded by it: most rule patterns anchored at a string's start fail at once, where the test
        # would cost more than it saves; a rule whose anchored pattern reads far calls it first.
        self.lacks = lacks if lacks is not None else _never_lacks
        if lacks is not None:  # a scan of a string without a needle the pattern needs finds nothing
            reach = _rule_reaches().get(self.source)
            between = absent_between(found, reach) if reach is not None else None
            self.search = _guarded(compiled.search, lacks, between, lambda: None)  # type: ignore[method-assign]
            self.findall = _guarded(compiled.findall, lacks, between, list)  # type: ignore[method-assign]
            self.finditer = _guarded(compiled.finditer, lacks, between, lambda: iter(()))  # type: ignore[method-assign]
        self.pattern, self.flags, self.groups = compiled.pattern, compiled.flags, compiled.groups
        return self.__dict__[name] if name in self.__dict__ else getattr(compiled, name)


def _never_lacks(string: str) -> bool:
    """``_Compiled.lacks`` for a pattern without needles: any string may hold a match."""
    return False


@lru_cache(maxsize=1)
def _rule_needles() -> dict[str, tuple]:
    """The needles of every rule pattern (prefilter.py), kept in the per-user cache as the lexicon
    patterns' are: parsing each pattern again on its first use would slow a cold start."""
    return needles_of(support_table("context_rules.toml")["patterns"].values(), "rule-needles")


@lru_cache(maxsize=1)
def _rule_reaches() -> dict[str, int | None]:
    """How far before a scan's start each rule pattern's look-behinds read (prefilter.behind)."""
    return reaches_of(support_table("context_rules.toml")["patterns"].values(), "rule-reaches")


def _guarded(method: Callable, lacks: Callable[[str], bool], between: Callable[[str, int, int], bool] | None,
             nothing: Callable[[], object]) -> Callable:
    """``method`` (a scan: search, findall, finditer) answering ``nothing()`` at once for a string
    that ``lacks`` a needle of the pattern (prefilter.absent_test), or for a scan from ``pos`` to
    ``endpos`` whose characters lack one (``between``: from ``pos`` less the look-behinds' reach,
    since a look-behind may read before ``pos``)."""
    # ``re``'s own arguments, not ``*span, **where``: some 100 guarded scans a page, and packing them cost
    # a fifth of a rejected scan (a keyword ``pos`` or ``endpos`` is guarded as a positional one is)
    def scan(string, pos=_ALL, endpos=_ALL):
        if pos is _ALL:
            if endpos is _ALL:
                return nothing() if lacks(string) else method(string)
            return method(string, endpos=endpos)
        if endpos is _ALL:
            endpos = len(string)
        if between is not None and between(string, pos, endpos):
            return nothing()
        return method(string, pos, endpos)
    return scan


_ALL = object()  # ``_guarded``'s scan given no ``pos`` or ``endpos``


# How many words either side of a match a rule may read: beyond any real clause, and a bound that
# keeps one enormous unpunctuated "sentence" (a page's text without stops) linear: a rule that
# reads its whole sentence for each candidate made 250 KB of it cost minutes (tests/test_robustness.py).
READ = 120


class Context:
    """Where a candidate match sits: tokens ``start:end`` of the document's ``tokens``, in the
    sentence that holds tokens ``first:last`` and characters ``sentence_start:sentence_end``
    (at most ``READ`` words either side of the match).

    ``text`` is the whole normalised document; every span indexes into it. A transient view,
    built for each candidate that has a rule to pass (a plain class: thousands a page).

    ``interventions``: the document's intervention and the options it names (intervention.py),
    identified once per document; empty when none is identified. ``dropped``: set by a rule that
    rejects a candidate because of the intervention, so the finding stays visible, not counted,
    with that reason (a user sees why: "harm of another option; the page's intervention: ..."), or
    by a ``counts_when`` rule that records its judgement ("resource: a pointer to ...").
    ``sentence_index``: the sentence's place among the prepared text's sentences (0: the first).
    """

    __slots__ = ("text", "tokens", "first", "last", "start", "end", "sentence_start", "sentence_end",
                 "match_start", "match_end", "_interventions", "dropped", "sentence_index", "_words", "_starts", "_ends")

    def __init__(self, text: str, tokens: Tokens, sentence_tokens: range, sentence_start: int, sentence_end: int,
                 start: int, end: int, match_start: int, match_end: int,
                 interventions: Interventions | OnDemand = NONE, *, sentence_index: int = 0):
        self._interventions, self.dropped = interventions, None
        self.sentence_index = sentence_index
        self.text, self.tokens = text, tokens
        # the token lists ``word`` and ``marks_before`` read, a step nearer: rules call them some 400 times a page
        self._words, self._starts, self._ends = tokens
        # max() and min() written out: a candidate in a sentence of fewer than READ words each side,
        # nearly all of them, reads two comparisons (thousands of Contexts a page)
        first, last = sentence_tokens.start, sentence_tokens.stop
        if start - READ > first:
            first = start - READ
            sentence_start = tokens.starts[first]
        if end + READ < last:
            last = end + READ
            sentence_end = tokens.ends[last - 1]
        self.first, self.last = first, last
        self.sentence_start, self.sentence_end = sentence_start, sentence_end
        self.start, self.end = start, end
        # character span of the match (a pattern may cover no whole token)
        self.match_start, self.match_end = match_start, match_end

    @property
    def interventions(self) -> Interventions:
        """Identified the first time a rule of the page asks (most candidates' rules never do)."""
        source = self._interventions
        return source.get() if isinstance(source, OnDemand) else source

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start:self.sentence_end]

    def text_before(self, reach: int) -> str:
        """The characters just before the match: at most ``reach`` of them, none before the sentence's
        start (``before`` gives words)."""
        return self.text[max(self.sentence_start, self.match_start - reach):self.match_start]

    @property
    def rest_of_sentence(self) -> str:
        """The text after the match, to the sentence's end."""
        return self.text[self.match_end:self.sentence_end]

    def text_after(self, reach: int) -> str:
        """The characters just after the match: at most ``reach`` of them, none past the sentence's end."""
        return self.text[self.match_end:min(self.sentence_end, self.match_end + reach)]

    def around(self, before: int, after: int) -> str:
        """The match with at most ``before`` characters before it and ``after`` after it, none outside
        its sentence."""
        return self.text[max(self.sentence_start, self.match_start - before):min(self.sentence_end, self.match_end + after)]

    def at_span(self, begin: int, end: int, low: int, high: int) -> Context | None:
        """The candidate that characters ``begin:end`` of this sentence would be (a harm word inside a
        long match, the head of a list before it), its tokens sought among tokens ``low:high``, so a
        rule can ask of it what it asks of a candidate; None where the span covers no token."""
        starts, ends = self.tokens.starts, self.tokens.ends
        first = bisect_left(ends, begin + 1, low, high)
        stop = bisect_left(starts, end, first, high)
        if first >= stop:
            return None
        return Context(self.text, self.tokens, range(self.first, self.last), self.sentence_start, self.sentence_end,
                       first, stop, begin, end, self._interventions, sentence_index=self.sentence_index)

    @property
    def at_sentence_start(self) -> bool:
        return self.start == self.first

    def word(self, index: int) -> str:
        """Token ``index`` in lower case; "" outside the sentence."""
        return self._words[index] if self.first <= index < self.last else ""

    def surface(self, index: int) -> str:
        return self.text[self._starts[index]:self._ends[index]]

    def before(self, n: int) -> list[str]:
        start = self.start
        return self._words[start - n if start - n > self.first else self.first:start]

    def gap_before(self, index: int) -> str:
        """The characters between token ``index - 1`` and token ``index``."""
        starts = self._starts
        begin = self._ends[index - 1] if index > self.first else starts[index]
        return self.text[begin:starts[index]]

    def marks_before(self, index: int, marks: Iterable[str]) -> bool:
        """Whether any character of ``marks`` (punctuation) stands between token ``index - 1`` and
        token ``index``: a clause or sentence break there. ``gap_before`` written out, with the
        usual gaps (none, one space) answered first: rules call this some 200 times a page."""
        starts = self._starts
        if index >= len(starts):  # past the text's last word: the end of the text closes every clause
            return True
        end = starts[index]
        begin = self._ends[index - 1] if index > self.first else end
        if begin == end:  # tokens that touch: no mark between them (marks are characters, never "")
            return False
        gap = self.text[begin:end]
        if gap == " ":  # the usual gap: one space
            return " " in marks
        for p in marks:  # a loop, not any() over a generator: a third of the time of a gap's test
            if p in gap:
                return True
        return False

    def back_to_break(self, index: int, marks: Iterable[str], reach: int | None = None) -> int:
        """The first token of the stretch that ends before token ``index``: back to the first gap
        holding a character of ``marks`` (",;:" for the clause), the sentence's start, or at most
        ``reach`` tokens back from the match."""
        bound = self.first if reach is None else max(self.first, self.start - reach)
        if index <= bound:
            return index
        # ``marks_before`` written out for the walk (a third of its calls): every gap read here lies
        # after the sentence's first token, so it runs from token ``index - 1``'s end
        starts, ends, text = self._starts, self._ends, self.text
        if index >= len(starts):
            return index  # past the text's last word: the end of the text closes every clause
        space = " " in marks
        while index > bound:
            begin, end = ends[index - 1], starts[index]
            if begin != end:
                gap = text[begin:end]
                if space if gap == " " else _holds_a_mark(gap, marks):
                    break
            index -= 1
        return index

    def on_to_break(self, index: int, marks: Iterable[str], reach: int | None = None) -> int:
        """``back_to_break``'s twin after a point: the token that ends the stretch starting at token
        ``index``, on to the first gap holding a character of ``marks``, the sentence's end, or at
        most ``reach`` tokens on from ``index``."""
        bound = self.last if reach is None else min(self.last, index + reach)
        # ``marks_before`` written out for the walk, as in ``back_to_break``
        starts, ends, text, first = self._starts, self._ends, self.text, self.first
        space = " " in marks
        while index < bound:
            if index >= len(starts):
                return index  # past the text's last word: the end of the text closes every clause
            if index > first:
                begin, end = ends[index - 1], starts[index]
                if begin != end:
                    gap = text[begin:end]
                    if space if gap == " " else _holds_a_mark(gap, marks):
                        return index
            index += 1
        return index


def _holds_a_mark(gap: str, marks: Iterable[str]) -> bool:
    """Whether ``gap`` holds a character of ``marks``: ``any(p in gap for p in marks)`` as a loop, which
    costs a third of the generator's time (the walks of ``back_to_break`` and ``on_to_break``)."""
    for p in marks:
        if p in gap:
            return True
    return False


def cue_before_or_after(c: Context, before: re.Pattern, reach: int, after: re.Pattern) -> bool:
    """Whether ``before`` is found in the ``reach`` characters before the match (``text_before``)
    or ``after`` matches at the start of the rest of its sentence."""
    return bool(before.search(c.text_before(reach)) or after.match(c.rest_of_sentence))


def unbroken(c: Context, begin: int, end: int, marks: Iterable[str]) -> bool:
    """Whether no character of ``marks`` stands in the gaps before tokens ``begin:end``: tokens
    ``begin - 1`` to ``end - 1`` lie in one clause (or sentence, by the marks given)."""
    return not any(c.marks_before(j, marks) for j in range(begin, end))


_NUMBER_WORDS = words("number_words")


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


def _words_back(c: Context, reach: int | None, stops: Iterable[str]) -> list[str]:
    """The words before the match, at most ``reach`` (None: back to the sentence's start), back
    to the first gap holding a character of ``stops``: ",;:" for the clause, ";:.!?" to cross
    commas (a list "prevent, treat, and cure" is one aim)."""
    return c.tokens.words[c.back_to_break(c.start, stops, reach):c.start]


def not_in_a_name(c: Context) -> bool:
    """Title-case words inside a name ("NIHR Clinical Trials Fellow", "Clinical Trial Service
    Unit") name an office, not a trial of the intervention.

    Prevents job titles and unit names counting as trial or availability cues.
    """
    if c.at_sentence_start or c.end >= c.last:
        return True
    first, following = c.surface(c.start), c.surface(c.end)
    return not (first[:1].isupper() and following[:1].isupper() and not following.isupper())


_NEGATIONS = words("negations")


def negates(word: str) -> bool:
    """A negation ("not", "no", "never", ...) or a contracted one ("don't", "isn't")."""
    return word in _NEGATIONS or word.endswith("n't")


_COORDINATORS = {"and", "but", "or", "yet"}
_FINITE_OPENERS = words("conjunct_finite_openers")
_RELATIVIZERS = {"that", "which", "who", "whose"}


def own_conjunct(clause: list[str]) -> list[str]:
    """The last coordinated predicate of ``clause``: a coordinator followed by a finite verb of its
    own opens a predicate that an earlier conjunct's negation does not reach ("it has no side
    effects and is 100% safe": "is 100% safe" is asserted). A bare verb after the coordinator
    shares the earlier auxiliary and its negation ("won't reach everyone or guarantee that"), and a
    relative clause keeps its head's negation ("no pill that melts fat and is safe"). Huddleston &
    Pullum 2002, ch. 15 (coordination of finite predicates) and ch. 9 (the scope of negation)."""
    for k in range(len(clause) - 2, -1, -1):
        if clause[k] in _COORDINATORS and clause[k + 1] in _FINITE_OPENERS:
            return clause if _RELATIVIZERS.intersection(clause[:k]) else clause[k + 1:]
    return clause


def capitalised(word: str) -> bool:
    """Written with a capital and in lower case after it ("Price", "Cheaper"), as a name or a title
    writes its words; not all capitals ("PRICE", an advertisement's emphasis)."""
    return word[:1].isupper() and not word.isupper()

_CLAUSE_BREAK = pattern("clause_break")

# How far either side of a match the rules read: far beyond any real clause, and a bound that
# keeps one enormous unpunctuated "sentence" linear rather than quadratic.
_QUOTE_WINDOW = 300


# Shared by the harms and alternatives rules: which option a phrase names, and why a candidate
# is dropped because of the page's intervention (intervention.py).
_TREATMENT_OWNERS = words("treatment_owners")

_ANAPHORS = words("intervention_anaphors")


def refers_back(said: list[str], determiners: frozenset[str], *, singular: bool = False) -> bool:
    """A determiner and a treatment noun among ``said`` that refer back to an option already
    introduced ("the drug", "this treatment": Halliday & Hasan 1976, ch. 3 on demonstrative
    reference); with ``singular``, not a plural ("the drugs"), which refers to a class. The harms,
    alternatives and promotional rules each read it with the determiners their phenomenon allows."""
    return any(a in determiners and b in _ANAPHORS and not (singular and b.endswith("s"))
               for a, b in zip(said, said[1:]))


def _drop(c: Context, why: str) -> bool:
    """Record why the intervention rejects this candidate (shown to the user); always False."""
    c.dropped = f"{why}; {c.interventions.describe()}"
    return False


RULES = registry(
    not_in_a_name,
)
