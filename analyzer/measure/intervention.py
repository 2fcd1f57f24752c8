"""Which option is a document about? Its intervention, for the harms and alternatives rules.

HealthNewsReview.org criterion 3 asks for "the harms of the intervention" and criterion 6 for
"existing alternatives" compared with it: a harm of the option a page contrasts with its own
("older pills cause bleeding") discloses nothing about the page's product, and the product's
own line of therapy is no alternative. So the rules need the intervention, and this module
names it the way a reader does, in one pass over the words:

* every **named option** on the page: a drug by its INN stem ("-mab", "-nib", "-vir", "-statin":
  WHO, *The use of stems in the selection of INNs*), a product (a capitalised name never written
  in lower case that carries ™ or ® or stands as a product does: "the drug Siliq", "order
  Revitol", "Provestra capsules"), or a named treatment from a reviewed list ("acupuncture",
  "chemotherapy", "CT scans");
* the **intervention**: the named options of the lead (the title and first sentences) that the
  page uses again, or any it keeps returning to; a brand and the generic written beside it in
  parentheses ("Siliq (brodalumab)") are one intervention.

A page with no such name has no identified intervention, and the rules behave as without this
module. The word lists live in ``lexicons/support/interventions.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import support_table
from ..text import PreparedText


@dataclass(frozen=True)
class Interventions:
    """A document's intervention(s) and the options it names.

    ``names``: the intervention's keys (lower case, singular), best first; ``why``: for each, how
    it was found ("lead, 6 uses, drug name"), for a reader of an explanation. ``options`` maps
    the index of every token that names an option to that option's key.
    """

    names: tuple[str, ...] = ()
    why: tuple[str, ...] = ()
    options: dict[int, str] = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.names)

    def is_intervention(self, key: str) -> bool:
        return key in self.names

    def named(self, first: int, stop: int) -> list[tuple[int, str]]:
        """(token index, option key) of the options named in tokens ``first:stop``."""
        options = self.options
        if len(options) < stop - first:
            return sorted((i, k) for i, k in options.items() if first <= i < stop)
        return [(i, options[i]) for i in range(first, stop) if i in options]

    def describe(self) -> str:
        """"the page's intervention: siliq, brodalumab" for a reason shown to a user."""
        return "the page's intervention: " + ", ".join(self.names) if self.names else "no intervention identified"


NONE = Interventions()


class OnDemand:
    """A page's interventions, identified on the first ``get`` and kept: the identification costs
    a pass over the page's words, which only the harms and alternatives rules need (issue 17)."""

    __slots__ = ("_prepared", "_found")

    def __init__(self, prepared: PreparedText):
        self._prepared, self._found = prepared, None

    def get(self) -> Interventions:
        if self._found is None:
            self._found = identify(self._prepared)
        return self._found


@dataclass(frozen=True)
class _Knowledge:
    stems: tuple[str, ...]
    min_length: int
    exclusions: frozenset[str]
    treatments: frozenset[str]
    pairs: frozenset[str]
    pair_firsts: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    not_products: frozenset[str]
    lead_sentences: int
    lead_words: int
    contrast: frozenset[str]
    lead_uses: int
    recurring_uses: int
    most: int


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    t = support_table("interventions.toml")
    pairs = frozenset(t["treatment_pairs"])
    return _Knowledge(tuple(t["inn_stems"]), t["inn_min_length"], frozenset(t["inn_exclusions"]),
                      frozenset(t["treatments"]), pairs, frozenset(p.split()[0] for p in pairs),
                      frozenset(t["product_before"]), frozenset(t["product_after"]), frozenset(t["not_products"]),
                      t["lead_sentences"], t["lead_words"], frozenset(t["contrast"]), t["lead_uses"], t["recurring_uses"], t["most"])


def key_of(word: str, kind: str = "treatment") -> str:
    """One key for a class's singular and plural: "statins" -> "statin", "ct scans" -> "ct scan".
    A product's name is kept as written ("Lucentis")."""
    if kind == "product":
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


_CAPITALISED = re.compile(r"\b[A-Z][^\W_]{2,}\b")


def _products(prepared: PreparedText, k: _Knowledge, firsts: set[int]) -> set[str]:
    """Capitalised words the page uses as products: never written in lower case, and marked ™/®
    or standing beside a product word at least once (not at a sentence's start).

    Cheap: the page's capitalised words are counted once, and only those never written in lower
    case (as many times capitalised as used) are looked up by position."""
    text, (words, _, ends) = prepared.text, prepared.tokens
    capitalised = Counter(map(str.lower, _CAPITALISED.findall(text)))
    candidates = capitalised.keys() - k.not_products
    if not candidates:
        return set()
    uses = Counter(w for w in words if w in candidates)
    proper = {w for w in candidates if uses[w] == capitalised[w]}
    found: set[str] = set()
    n = len(words)
    for i in [i for i, w in enumerate(words) if w in proper]:
        w = words[i]
        if w in found:
            continue
        mark = text[ends[i]:ends[i] + 1] in ("™", "®")
        framed = i not in firsts and ((i > 0 and words[i - 1] in k.before) or (i + 1 < n and words[i + 1] in k.after))
        if mark or framed:
            found.add(w)
    return found


def identify(prepared: PreparedText) -> Interventions:
    """The document's intervention(s) and named options (see the module docstring).

    One pass over the words (set lookups), plus a scan of the capitalised words for products."""
    k = _knowledge()
    words = prepared.tokens.words
    read = [r for r, s in zip(prepared.sentence_tokens, prepared.sentences) if not (s.in_boilerplate or s.in_references)]
    if not read:
        return NONE
    firsts = {r.start for r in prepared.sentence_tokens}
    # the lead: the first sentences, and at least the first words (a byline is no lead)
    lead = max(read[min(k.lead_sentences, len(read)) - 1].stop, read[0].start + k.lead_words)
    products = _products(prepared, k, firsts)
    vocabulary = set(words)
    drugs = {w for w in vocabulary if len(w) >= k.min_length and w.endswith(k.stems)} - k.exclusions
    kind_of = {**{w: "drug name" for w in drugs}, **{w: "product" for w in products},
               **{w: "treatment" for w in vocabulary & k.treatments}}
    wanted = kind_of.keys() | (vocabulary & k.pair_firsts)
    options: dict[int, str] = {}
    kinds: dict[str, str] = {}
    n = len(words)
    for i in [i for i, w in enumerate(words) if w in wanted]:
        w = words[i]
        if i + 1 < n and f"{w} {words[i + 1]}" in k.pairs:
            key = key_of(f"{w} {words[i + 1]}")
            options[i] = options[i + 1] = key
            kinds.setdefault(key, "treatment")
        elif w in kind_of and i not in options:
            key = key_of(w, kind_of[w])
            options[i] = key
            kinds.setdefault(key, kind_of[w])
    if not options:
        return NONE
    uses = Counter(key for i, key in options.items() if options.get(i - 1) != key)  # a pair counts once
    # an option the lead sets aside ("erase wrinkles without botox") is not what the page is about
    in_lead = {key for i, key in options.items() if i < lead and not set(words[max(0, i - 3):i]) & k.contrast}
    chosen = [key for key in uses if (key in in_lead and uses[key] >= k.lead_uses)
              or (kinds[key] != "treatment" and uses[key] >= k.recurring_uses)]
    chosen.sort(key=lambda key: (key not in in_lead, -uses[key]))
    # a named drug or product is what the page is about; a class of treatment joins it only where
    # the page uses it more ("immunotherapy" 12 times, "Keytruda" 4), not as its comparator
    named = [key for key in chosen if kinds[key] != "treatment"]
    if named:
        chosen = [key for key in chosen if kinds[key] != "treatment" or uses[key] > max(uses[n] for n in named)]
    chosen = chosen[:k.most]
    chosen += [a for a in _aliases(prepared, options, chosen) if a not in chosen]
    why = tuple(f"{'lead, ' if key in in_lead else ''}{uses[key]} uses, {kinds[key]}" for key in chosen)
    return Interventions(tuple(chosen), why, options)


def _aliases(prepared: PreparedText, options: dict[int, str], chosen: list[str]) -> list[str]:
    """Names written beside a chosen one in parentheses: "Siliq (brodalumab)", "brodalumab (Siliq)"."""
    text, (_, starts, ends) = prepared.text, prepared.tokens
    out = []
    for i, key in options.items():
        other = options.get(i + 1)
        if other and other != key and "(" in text[ends[i]:starts[i + 1]]:
            if key in chosen:
                out.append(other)
            elif other in chosen:
                out.append(key)
    return out
