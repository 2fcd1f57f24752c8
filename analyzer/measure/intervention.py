"""Which option is a document about? Its intervention, for the harms and alternatives rules.

HealthNewsReview.org criterion 3 asks for "the harms of the intervention" and criterion 6 for
"existing alternatives" compared with it: a harm of the option a page contrasts with its own
("older pills cause bleeding") discloses nothing about the page's product, and the product's
own line of therapy is no alternative. So the rules need the intervention, and this module
names it the way a reader does, in one pass over the words:

* every **named option** on the page: a drug by its INN stem ("-mab", "-nib", "-vir", "-statin":
  WHO, *The use of stems in the selection of INNs*) or by apposition to a drug noun ("the drug
  tamoxifen"), a product (a capitalised name never written in lower case outside a web address
  that carries ™ or ®, stands as a product does beside a lower-case frame: "the drug Siliq",
  "order Revitol", "Provestra capsules", not "Food and Drug Administration", or stands beside its
  generic in parentheses: "Vitrakvi (larotrectinib)", or is linked by "plus" to another option:
  "Keytruda plus chemotherapy"), a trial drug by its sponsor's code ("MK-4305", "PSD502"), or a named treatment from a reviewed list
  ("acupuncture", "chemotherapy", "CT scans", "exercise"), or a food or supplement named by its
  source ("soy supplements", "eating barley": an option only where it becomes the intervention);
* the **intervention**: the named options of the lead (the title and first sentences: the
  headline and lead carry a news story's topmost macroproposition, van Dijk 1988) that the page
  uses again, or any it keeps returning to; a name the lead sets aside as a comparator ("as
  effective as antibiotics", "compared to heparin": PICO's C, Nye et al. 2018), offers in an
  alternative question ("is it botox, or good lighting?") or uses as a compound modifier
  ("insulin-producing cells", not a name's capital suffix: "abaloparatide-SC") does not make it an option of the lead; a brand and the generic written beside it in
  parentheses ("Siliq (brodalumab)") are one intervention.
  Another option joins the top one only if the lead never sets it against another and the page
  uses it about as often (a class or a food) or at least a quarter as often (a named drug beside a
  named top option): "statins" twice on a page about bergamot extract, "apixaban" 7 times beside
  "Xarelto" 87 times are other options (round 9).

* the **target condition** (round 16): what the option is given for or tests for, named in the
  lead after a frame of indication ("a drug for insomnia", "patients with GERD") and used again
  (``_target_conditions``): a harm that is this condition, or that it causes, is the disease's
  burden, not the option's. Found on pages with no identified intervention too.

* the **prevented outcomes** (round 27): what the page's option, or a pronoun for it, is said to
  prevent or reduce ("cut the risk of heart attack and stroke", "prevents shingles", "protects
  against stroke"; ``_prevented_outcomes``): an event rate of such an outcome is the study's
  endpoint, not a harm of the option. Only on pages with an identified intervention.

A page with no such name but a lead that announces a new option ("an experimental oral drug", "a
new device") has that unnamed option as its intervention; a page with neither has no identified
intervention, and the rules behave as without this module. The word lists live in ``lexicons/support/interventions.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from itertools import compress
from typing import Callable, Iterable, Iterator

from ..resources import support_table
from ..text import PreparedText
from .readability import familiar_words


@dataclass(frozen=True)
class Interventions:
    """A document's intervention(s) and the options it names.

    ``names``: the intervention's keys (lower case, singular), best first; ``why``: for each, how
    it was found ("lead, 6 uses, drug name"), for a reader of an explanation. ``options`` maps
    the index of every token that names an option to that option's key. ``conditions``: the
    lower-case words that name the page's target condition (empty where none is found); it does
    not make the object true, which only an intervention does. ``comparators``: the option keys
    the lead sets against the page's own at least once ("as well as warfarin") and what a
    restricting diet keeps out, never the intervention (round 25). ``prevents``: the heads of the
    outcomes the page's option is said to prevent or reduce (round 27; ``_prevented_outcomes``).
    """

    names: tuple[str, ...] = ()
    why: tuple[str, ...] = ()
    options: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    # the page's target condition (round 16): the words that name what its option is given for
    conditions: frozenset[str] = field(default=frozenset(), compare=False)
    # round 25: the options the lead only ever sets against the page's own ("as well as warfarin",
    # "better than the old standby warfarin") and what a restricting diet keeps out: its comparators
    comparators: frozenset[str] = field(default=frozenset(), compare=False)
    # round 27: the outcomes the page's option is said to prevent or reduce, the endpoint of a
    # prevention study ("Victoza cut the risk of heart attack and stroke"): ``_prevented_outcomes``
    prevents: frozenset[str] = field(default=frozenset(), compare=False)
    # round 30b: the option keys that name a kind of treatment ("immunotherapy", "gene therapy",
    # "antidepressant": the reviewed list's words), not one product, drug or code: ``is_kind``
    kinds: frozenset[str] = field(default=frozenset(), compare=False)

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

    def names_intervention(self, first: int, stop: int) -> bool:
        """Tokens ``first:stop`` name the intervention itself, not only another option: the test
        the harms, alternatives and availability rules put to a sentence or a clause."""
        return any(key in self.names for _, key in self.named(first, stop))

    def names_condition(self, tokens: Iterable[str]) -> bool:
        """Whether any of ``tokens`` (lower-case words) names the page's target condition, in the
        singular or the plural ("infection", "infections")."""
        conditions = self.conditions
        return bool(conditions) and any(t in conditions or key_of(t) in conditions for t in tokens)

    def names_prevented(self, tokens: Iterable[str]) -> bool:
        """Whether any of ``tokens`` (lower-case words) names an outcome the page's option is said to
        prevent or reduce (``prevents``), in the singular or the plural, any form of dying as one."""
        prevents = self.prevents
        return bool(prevents) and any(_outcome_key(t) in prevents for t in tokens)

    def is_kind(self, key: str) -> bool:
        """Whether option ``key`` names a kind of treatment (a word of the reviewed list: "immunotherapy",
        "chemotherapy", "nasal spray") rather than one named drug, product, code or described option."""
        return key in self.kinds

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
    maker_verbs: frozenset[str]
    not_products: frozenset[str]
    lead_sentences: int
    lead_words: int
    contrast: frozenset[str]
    such_as_contrast: frozenset[str]
    contrast_reach: int
    drug_heads: frozenset[str]
    naming_words: frozenset[str]
    dose_heads: frozenset[str]
    apposed_min_uses: int
    apposed_min_length: int
    postposed_heads: frozenset[str]
    postposed_reach: int
    english_endings: tuple[str, ...]
    not_drug_names: frozenset[str]
    generic_glosses: frozenset[str]
    lead_uses: int
    recurring_uses: int
    product_after_class_uses: int
    most: int
    product_heads: frozenset[str]
    procedure_heads: frozenset[str]
    comparator_after: frozenset[str]
    apposition_openers: frozenset[str]
    as_as_reach: int
    after_on: frozenset[str]
    abbreviation_not_frames: frozenset[str]
    classifier_heads: frozenset[str]
    classified_reach: int
    not_product_endings: tuple[str, ...]
    taken_heads: frozenset[str]
    taken_parts: frozenset[str]
    intake_verbs: frozenset[str]
    intake_skips: frozenset[str]
    not_taken: frozenset[str]
    taken_not_endings: tuple[str, ...]
    newness: frozenset[str]
    unnamed_heads: frozenset[str]
    unnamed_reach: int
    made_new: frozenset[str]
    new_over_class_heads: frozenset[str]
    classifier_openers: frozenset[str]
    classifier_kinds: frozenset[str]
    phrase_ends: frozenset[str]
    naming_frames: frozenset[str]
    kind_nouns: frozenset[str]
    measured_heads: frozenset[str]
    people: frozenset[str]
    condition_heads: frozenset[str]
    name_links: frozenset[str]
    company_heads: frozenset[str]
    class_share: float
    named_share: float
    code_not_prefixes: frozenset[str]
    code_min_digits: int
    combination_links: frozenset[str]
    combination_reach: int
    intake_reach: int
    alias_words: frozenset[str]
    alias_naming: frozenset[str]
    alias_ends: frozenset[str]
    alias_reach: int
    not_described: frozenset[str]
    abbreviation_test_heads: frozenset[str]
    title_min_words: int
    title_case_share: float
    returned_uses: int
    returned_share: float
    not_returned: frozenset[str]
    hypernyms: frozenset[str]
    operations: frozenset[str]
    level_heads: frozenset[str]
    referred_heads: frozenset[str]
    referred_uses: int
    referred_determiners: frozenset[str]
    adjective_classes: frozenset[str]
    property_heads: frozenset[str]
    dependence_heads: frozenset[str]
    privative_modifiers: frozenset[str]
    sham_modifiers: frozenset[str]
    indication_single: frozenset[str]
    indication_pairs: frozenset[str]
    indication_pair_firsts: frozenset[str]
    condition_lead_words: int
    condition_skips: frozenset[str]
    condition_stops: frozenset[str]
    condition_reach: int
    condition_min_uses: int
    condition_words: frozenset[str]
    condition_suffixes: tuple[str, ...]
    condition_min_length: int
    passive_reach: int
    approval_auxiliaries: frozenset[str]
    approval_participles: frozenset[str]
    passive_be: frozenset[str]
    not_conditions: frozenset[str]
    condition_people_after: frozenset[str]
    diet_restricting_before: frozenset[str]
    diet_restricting_after: frozenset[str]
    diet_heads: frozenset[str]
    no_plurals: frozenset[str]
    prevent_lowering_verbs: frozenset[str]
    prevent_risk_nouns: frozenset[str]
    prevent_verbs: frozenset[str]
    prevent_protect_verbs: frozenset[str]
    prevent_reach: int
    prevent_aux: frozenset[str]
    prevent_pronouns: frozenset[str]
    prevent_denials: frozenset[str]
    prevent_stops: frozenset[str]
    prevent_skips: frozenset[str]
    prevent_death_words: frozenset[str]
    # derived (``_knowledge``): unions the per-page scans test every word against, built once
    option_words: frozenset[str]  # what "plus" may link a name to, beside the page's drugs (``_combined``)
    drug_or_dose_heads: frozenset[str]  # the heads ``_apposed_drugs`` reads after
    taken_or_intake: frozenset[str]  # the heads and verbs ``_taken`` reads around
    pair_words: tuple[tuple[str, ...], ...]  # each pair's first two words (``_paired_here``)
    # the words one of ``_products``' tests needs right after / right before a name (the page's drugs aside)
    product_next: frozenset[str]
    product_previous: frozenset[str]
    # the words that may open a frame of indication or come after a condition (``_target_conditions``)
    condition_openers: frozenset[str]


# Fields named otherwise in the word lists; every other field reads the entry of its own name.
_LIST_NAMES = {"stems": "inn_stems", "min_length": "inn_min_length", "exclusions": "inn_exclusions",
               "pairs": "treatment_pairs", "before": "product_before", "after": "product_after"}
# The nouns "called"/"named" may follow to frame a product: any word naming a kind of option.
_KIND_NOUN_LISTS = ("drug_heads", "classifier_heads", "unnamed_heads", "product_after", "taken_heads",
                    "classifier_kinds", "naming_kinds")
_AS_TYPE = {"frozenset[str]": frozenset, "tuple[str, ...]": tuple, "int": int, "float": float}


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    """The word lists of ``interventions.toml``, each read as its field's type (a field is added by
    naming it here and in the file), and the sets derived from them."""
    t = support_table("interventions.toml")
    pair_firsts = frozenset(p.split()[0] for p in t["treatment_pairs"])
    pair_words = tuple(tuple(p.split()[:2]) for p in t["treatment_pairs"])
    frames = _indication_frames(t)
    derived = {"pair_firsts": pair_firsts, "pair_words": pair_words,
               "kind_nouns": frozenset().union(*(t[name] for name in _KIND_NOUN_LISTS)),
               "option_words": frozenset(t["treatments"]) | pair_firsts | frozenset(t["drug_heads"]),
               "drug_or_dose_heads": frozenset(t["drug_heads"]) | frozenset(t["dose_heads"]),
               "taken_or_intake": frozenset(t["taken_heads"]) | frozenset(t["intake_verbs"]),
               "product_next": frozenset().union(t["product_after"], t["product_heads"], t["classifier_openers"],
                                                 t["approval_auxiliaries"], t["generic_glosses"],
                                                 t["combination_links"], ("a", "an", "is")),
               "product_previous": frozenset().union(t["product_before"], t["combination_links"]),
               **frames, "condition_openers": frames["indication_single"] | frames["indication_pair_firsts"]
               | frozenset(t["condition_people_after"])}
    read = {f.name: _AS_TYPE[f.type](t[_LIST_NAMES.get(f.name, f.name)]) for f in fields(_Knowledge)
            if f.name not in derived}
    return _Knowledge(**read, **derived)


def _indication_frames(t: dict) -> dict[str, frozenset[str]]:
    """The frames of indication by their length: one word ("treat"), or two ("drug for", and each
    of ``people`` and ``indication_people`` before "with": "patients with")."""
    frames = list(t["indication_frames"]) + [f"{p} with" for p in (*t["people"], *t["indication_people"])]
    pairs = frozenset(f for f in frames if len(f.split()) == 2)
    return {"indication_single": frozenset(f for f in frames if len(f.split()) == 1), "indication_pairs": pairs,
            "indication_pair_firsts": frozenset(f.split()[0] for f in pairs)}


def key_of(word: str, kind: str = "treatment") -> str:
    """One key for a class's singular and plural: "statins" -> "statin", "ct scans" -> "ct scan".
    A product's name is kept as written ("Lucentis")."""
    # "dialysis", "psoriasis", "citrus", "virus": a "-sis", "-ss" or Latin "-us" is no plural; nor
    # an "-itis" or a listed word ("cannabis" was keyed "cannabi", round 16)
    if kind == "product" or not word.endswith("s") or word.endswith(("sis", "ss", "us", "itis")):
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    # "ARBs", "PPIs": an abbreviation's plural is four letters (round 16); four-letter singulars
    # ("aids", "news", "lens") are listed in no_plurals
    return word[:-1] if len(word) > 3 and word not in _knowledge().no_plurals else word


# A capital that opens a word (``\b[A-Z]``), its look-behind read after the capital: re then looks
# for the capitals at once instead of testing a word boundary at every character (2x faster). One
# scan a page: its words are the products' candidates and tell whether the page may hold a code.
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[^\W_]{2,}\b")
# A web address ("caverstem.com", "www.x.org/page") writes a brand in lower case: no use as a word.
_ADDRESS = re.compile(r"\S*(?:://|www\.|@|\.(?:com|org|net|gov|edu|co|io|uk)\b)\S*")


_SPACE = re.compile(r"\s")


def _gap(text: str, starts: list[int], ends: list[int], i: int, j: int) -> str:
    """What stands between token ``i`` and token ``j``, stripped: "" where they touch or only space
    lies between, "(" or "," where a parenthesis or a comma does."""
    return text[ends[i]:starts[j]].strip()


def _in_address(text: str, start: int) -> bool:
    """Whether the word at ``start`` is part of a web or e-mail address."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = _SPACE.search(text, start)
    chunk = text[left:right.start() if right else len(text)]
    return bool(_ADDRESS.fullmatch(chunk.strip("()[]<>\"'.,;:")))


def _products(prepared: PreparedText, k: _Knowledge, firsts: set[int], drugs: set[str], capitalised: list[str]) -> set[str]:
    """Capitalised words the page uses as products: never written in lower case (a web address
    aside), and marked ™/® or standing beside a product word written in lower case ("the drug
    Siliq", not "Food and Drug Administration": a capitalised frame is part of a name) at least
    once (not at a sentence's start), or written beside a drug's generic name in parentheses
    ("Vitrakvi (larotrectinib)", "celecoxib (Celebrex)": a brand and its generic).

    Cheap: the page's capitalised words (``capitalised``, ``_CAPITALISED``'s) are found once, and
    only they are looked up by position."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    candidates = {w.lower() for w in capitalised} - k.not_products
    candidates = {w for w in candidates if not w.endswith(k.not_product_endings)}
    if not candidates:
        return set()
    at = list(compress(range(len(words)), map(candidates.__contains__, words)))
    # a word already seen in lower case needs no second look (most of ``at`` is "the", "this" ...)
    lower: set[str] = set()
    for i in at:
        w = words[i]
        if w not in lower and text[starts[i]].islower() and not _in_address(text, starts[i]):
            lower.add(w)
    # only the words never written in lower case are read further (a third of ``at`` on a news page)
    at = [i for i in at if words[i] not in lower]
    lower |= _conditions(text, words, starts, ends, at, k)
    found: set[str] = set()
    n = len(words)
    options = drugs | k.option_words  # what "plus" may link a name to (``_combined``), once a page
    after, before = k.product_next, k.product_previous
    for i in at:
        w = words[i]
        if w in found or w in lower or not _may_be_product(text, words, ends, i, after, before, drugs):
            continue
        if _in_longer_name(text, words, starts, ends, i, k, firsts):
            continue
        mark = text[ends[i]:ends[i] + 1] in ("™", "®")
        full_name = i + 1 < n and text[starts[i + 1]].isupper() and not _gap(text, starts, ends, i, i + 1)
        # "(also called HPV)": an abbreviation defined in parentheses is named, not sold
        defined = (text[starts[i]:ends[i]].isupper() and i > 0 and words[i - 1] in k.abbreviation_not_frames
                   and "(" in text[starts[max(0, i - 3)]:starts[i]])
        # a frame is a neighbour in the same phrase: "the procedure used, Unger says" frames nobody
        framed = i not in firsts and not full_name and not defined and (  # "a woman named Jacky Wilson"
            (i > 0 and words[i - 1] in k.before and text[starts[i - 1]].islower()
             and not _gap(text, starts, ends, i - 1, i) and _names_a_kind(text, words, starts, ends, i - 1, k)
             and not _measured(text, words, starts, ends, i, k)
             # "the vaccine Pfizer developed": the maker, subject of a relative clause with no "that"
             and not (i + 1 < n and words[i + 1] in k.maker_verbs and text[starts[i + 1]].islower()
                      and not _gap(text, starts, ends, i, i + 1)))
                                      or (i + 1 < n and words[i + 1] in k.after and text[starts[i + 1]].islower()
                                          and not _gap(text, starts, ends, i, i + 1)))
        if (mark or framed or _headed(text, words, starts, ends, i, k) or _classified(text, words, starts, ends, i, k)
                or (not full_name and _approved_after(text, words, starts, ends, i, k))
                or _beside_generic(text, words, starts, ends, i, drugs, k.generic_glosses)
                or _combined(text, words, starts, ends, i, k, options)):
            found.add(w)
    return found


def _may_be_product(text: str, words: list[str], ends: list[int], i: int, after: frozenset[str],
                     before: frozenset[str], drugs: set[str]) -> bool:
    """Whether any of ``_products``' tests can hold at token ``i``: each needs a ™/® right after the
    name or a word of its own beside it (the frame's "drug", the classifier's "a"/"is", "plus", a
    drug in parentheses ...), gathered in ``k.product_next`` and ``k.product_previous``. Most capitalised
    words on a page (a person's or a place's name) have neither, and this one test spares them the
    dozen calls of the full tests (about 45 such words a news page)."""
    n = len(words)
    return ((i + 1 < n and (words[i + 1] in after or words[i + 1] in drugs))
            or (i > 0 and (words[i - 1] in before or words[i - 1] in drugs))
            or text[ends[i]:ends[i] + 1] in ("\u2122", "\u00ae"))


def _approved_after(text: str, words: list[str], starts: list[int], ends: list[int], i: int, k: _Knowledge) -> bool:
    """"Epidiolex was approved for patients age 2 and older", "Imlygic is approved for skin
    lesions": a name that is the subject of a passive of approval (``approval_auxiliaries`` then
    ``approval_participles``, lower case, in one phrase) is a product a regulator approved, at a
    sentence's start too (round 25: two pages about approved products found nothing, the only
    frames they give their names)."""
    j = i + 1
    while j < len(words) and j - i <= 3 and words[j] in k.approval_auxiliaries:
        j += 1
    # a passive: a form of "be" among the auxiliaries ("is now approved", "was first approved", "has been
    # approved"); "the Administration has (now) approved" is active, and its subject no product
    if (j == i + 1 or j >= len(words) or words[j] not in k.approval_participles
            or not any(words[m] in k.passive_be for m in range(i + 1, j))):
        return False
    return text[starts[i + 1]].islower() and not any(_gap(text, starts, ends, m, m + 1) for m in range(i, j))


def _combined(text: str, words: list[str], starts: list[int], ends: list[int], i: int, k: _Knowledge,
              options: set[str]) -> bool:
    """"Keytruda plus chemotherapy", "cisplatin plus Erbitux": a capitalised name linked by "plus" to a
    named drug or treatment in the same phrase is a drug of a combination regimen (a regimen names
    its drugs: NCI, *Drug combinations*). The other side must be an option, not "Medicare plus a
    supplemental plan" (no option there): ``options``, the page's drugs and ``k.option_words``."""
    links = k.combination_links  # no link beside the name (the usual answer): no combination
    if not ((i + 1 < len(words) and words[i + 1] in links) or (i > 0 and words[i - 1] in links)):
        return False
    return any(0 <= i + step < len(words) and text[starts[i + step]].islower()
               and _across_link(text, words, starts, ends, i, step, k, lambda m: words[m] in options) is not None
               for step in (1, -1))


def _across_link(text: str, words: list[str], starts: list[int], ends: list[int], i: int, step: int,
                 k: _Knowledge, hit: Callable[[int], bool]) -> int | None:
    """The first token past a combination link ("plus") right beside token ``i`` (after it for
    ``step`` 1, before it for -1), within ``k.combination_reach`` words of one phrase (only spaces
    or hyphens between them), for which ``hit`` holds; None where there is no link or no such token."""
    link = i + step
    if not (0 <= link < len(words)) or words[link] not in k.combination_links or _gap(text, starts, ends, min(i, link), max(i, link)):
        return None
    m = link
    for _ in range(k.combination_reach):
        nxt = m + step
        if not 0 <= nxt < len(words) or _gap(text, starts, ends, min(m, nxt), max(m, nxt)) not in ("", "-"):
            return None
        m = nxt
        if hit(m):
            return m
    return None


def _names_a_kind(text: str, words: list[str], starts: list[int], ends: list[int], f: int, k: _Knowledge) -> bool:
    """A frame at token ``f`` that names ("called", "named") frames a product only after a noun naming
    a kind of option ("a drug called Siliq", "a class of drugs, called PARP inhibitors"), not after
    "an enzyme called CDK7", "the doctors called Rose" or "also called SCID"; other frames always do."""
    if words[f] not in k.naming_frames:
        return True
    j = f - 1
    return j >= 0 and words[j] in k.kind_nouns and _gap(text, starts, ends, j, f) in ("", ",", "-", "--", "\u2013", "\u2014")


def _measured(text: str, words: list[str], starts: list[int], ends: list[int], i: int, k: _Knowledge) -> bool:
    """"using PSA tests", "using FAERS data": the name modifies a lower-case head naming what is
    measured or studied, so the frame ("using") takes that head, not the name."""
    j = i + 1
    return (j < len(words) and words[j] in k.measured_heads and text[starts[j]].islower()
            and not _gap(text, starts, ends, i, j))


def _in_longer_name(text: str, words: list[str], starts: list[int], ends: list[int], i: int, k: _Knowledge,
                    firsts: set[int]) -> bool:
    """"the University of Texas System", "PhD in Nursing program", "Division of ADHD": a capitalised
    word after "of"/"in" that follows a capitalised word is part of a longer proper name there."""
    if i < 2 or words[i - 1] not in k.name_links or not text[starts[i - 1]].islower():
        return False
    return (text[starts[i - 2]].isupper() and not _gap(text, starts, ends, i - 2, i - 1)
            and not _gap(text, starts, ends, i - 1, i))


def _conditions(text: str, words: list[str], starts: list[int], ends: list[int], at: list[int], k: _Knowledge) -> set[str]:
    """Capitalised names the page uses as conditions or makers: people "with" them ("people with ADHD", "adults
    with COPD") or an abbreviation defined after a condition's head ("hyperactivity disorder (ADHD)").
    A name the page calls a company ("drugmaker Novartis") makes, not is, the option. What people have is no option they take, though a frame elsewhere ("taking ADHD stimulants",
    "an ADHD diet") puts it before a product word."""
    out: set[str] = set()
    for i in at:
        if i >= 2 and words[i - 1] == "with" and words[i - 2] in k.people:
            out.add(words[i])
        elif i >= 1 and words[i - 1] in k.condition_heads and _gap(text, starts, ends, i - 1, i) == "(":
            out.add(words[i])
        elif (i >= 1 and words[i - 1] in k.company_heads and text[starts[i - 1]].islower()
              and not _gap(text, starts, ends, i - 1, i)):  # "pharmaceutical company Novartis"
            out.add(words[i])
    return out


def _headed(text: str, words: list[str], starts: list[int], ends: list[int], i: int, k: _Knowledge) -> bool:
    """"the Verilux Implant System", "the Cologard Test": a capitalised name headed by a capitalised
    kind of device, procedure or test (a device's statement of identity, FDA 21 CFR 801.61)."""
    j = i + 1  # the head right after the name: "Doctors TV Test", "Health System" are no such names
    if j >= len(words) or words[j] not in k.product_heads:  # the usual answer, asked first
        return False
    # the head ends the name, or another head follows it ("Implant System"): a capitalised word of
    # another kind after it makes the run a firm's or a clinic's name ("Innovative Laser Therapy")
    after = j + 1 < len(words) and not _gap(text, starts, ends, j, j + 1) and text[starts[j + 1]].isupper()
    return (text[starts[j]].isupper()
            and not _gap(text, starts, ends, i, j) and not (after and words[j + 1] not in k.product_heads))


def _classified(text: str, words: list[str], starts: list[int], ends: list[int], i: int, k: _Knowledge) -> bool:
    """"Zervane, a new eye drop", "Kelvix is a low-level laser": the name is said to be a product of a
    kind (classifying apposition, Quirk et al. 1985 17.72; copular classification 16.23)."""
    n = len(words)
    if i + 2 >= n:
        return False
    j = i + 1
    if _gap(text, starts, ends, i, j) == "," and words[j] in ("a", "an"):
        j += 1
    elif _gap(text, starts, ends, i, j) == "," and words[j] in k.classifier_openers and words[j + 1].endswith("'s"):
        j += 2  # "Amphora, the company's lead product"; not "OxyContin, the signature drug of the epidemic"
    elif words[j] == "is" and not _gap(text, starts, ends, i, j) and words[j + 1] in ("a", "an"):
        j += 2
    else:
        return False
    for m in range(j, min(n, j + k.classified_reach + 1)):
        if _gap(text, starts, ends, m - 1, m) not in ("", "-"):
            return False
        if words[m] in k.classifier_heads:
            return True
        # "a professor of medicine", "a leader in vaccine development": the head came before
        if words[m] in k.phrase_ends and not (m > j and words[m - 1] in k.classifier_kinds):
            return False
    return False


# "MK-4305", "PSD502", "LY2951742", "S-033188": a sponsor's code, capital letters then digits
# (``\b([A-Z]{1,5})``, the word boundary read after the first capital, as ``_CAPITALISED`` reads it)
_CODE = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{0,4})-?(\d+)\b")
# A code's capital, hyphen and digit ("K-4" of "MK-4305"), found from the hyphen: a scan for a
# literal character costs a tenth of a scan for capitals (``_CODE``'s), and few pages hold a code
_HYPHENED_CODE = re.compile(r"-(?<=[A-Z]-)\d")


def _codes(prepared: PreparedText, k: _Knowledge, capitalised: list[str]) -> dict[int, str]:
    """Development codes ("MK-4305", "PSD502", "LY2951742"): a drug in trials is named by its sponsor's
    code, one to five capital letters and at least ``code_min_digits`` digits, until it gets an INN
    (FDA, *Nonproprietary naming*; a code stands where a generic will). Not a trial registry number
    ("NCT01234567") or another identifier listed in ``code_not_prefixes``, nor a code that only
    modifies a measured head ("CA-125 levels"). Maps each token of the code to the code's key."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    out: dict[int, str] = {}
    if not _may_hold_codes(text, capitalised, k):
        return out
    for m in _CODE.finditer(text):  # no digit, no match
        letters, digits = m.group(1), m.group(2)
        if len(digits) < k.code_min_digits or letters.lower() in k.code_not_prefixes:
            continue
        first = bisect_left(starts, m.start())
        if first == len(starts) or starts[first] != m.start():
            continue
        last = first
        while last + 1 < len(starts) and starts[last + 1] < m.end():
            last += 1
        if _measured(text, words, starts, ends, last, k):
            continue
        key = m.group(0).lower()
        for i in range(first, last + 1):
            out[i] = key
    return out


def _may_hold_codes(text: str, capitalised: list[str], k: _Knowledge) -> bool:
    """Whether ``text`` may hold a code of ``code_min_digits`` digits, so that ``_CODE``'s scan can
    be spared on the rest (nine pages in ten). Written without a hyphen, a code of two digits or
    more is a capitalised word (``capitalised``, ``_CAPITALISED``'s: three characters or more, the
    same start and end) that is not all letters; written with one, it holds a capital, "-" and a digit."""
    return (k.code_min_digits < 2 or not all(map(str.isalpha, capitalised))
            or _HYPHENED_CODE.search(text) is not None)


def _defined_procedures(prepared: PreparedText, k: _Knowledge) -> set[str]:
    """All-capital abbreviations defined beside a lower-case procedure or test: "deep brain
    stimulation (DBS)", "computed tomography angiography, or CCTA" (reformulatory apposition,
    Quirk et al. 1985 17.65): the abbreviation names that procedure."""
    out: set[str] = set()
    for m in _abbreviations(prepared.text):
        if m.group(1) in k.procedure_heads:
            out.add((m.group(2) or m.group(3)).lower())
    if "(" in prepared.text:
        out |= _titled_procedures(prepared.text, k)
    return out


# "Functional Imagery Training (FIT)": an abbreviation in parentheses, then the capitalised words
# right before it (looked for only before such an abbreviation, which is rare: a scan of the whole
# text for capitalised runs cost 0.15 ms a news page)
_PARENTHESISED = re.compile(r"\(([A-Z]{2,6})\)")
_TITLE_BEFORE = re.compile(r"((?:\b[A-Z][a-z]+[ -]){1,5}([A-Z][a-z]+))\s*$")
_TITLE_REACH = 80


def _titled_procedures(text: str, k: _Knowledge) -> set[str]:
    """"Functional Imagery Training (FIT)", "Cognitive Behavioral Therapy (CBT)": a procedure written
    as a title, its abbreviation given in parentheses (round 13, seed 88: a named programme no list
    holds). The abbreviation must be the initials of the words it closes, so "Society of Thoracic
    Surgery (STS)" (an institution: "of" breaks the initials) names no procedure."""
    out: set[str] = set()
    for p in _PARENTHESISED.finditer(text):
        m = _TITLE_BEFORE.search(text, max(0, p.start() - _TITLE_REACH), p.start())
        abbreviation = p.group(1)
        if m is None or m.group(2).lower() not in k.procedure_heads:
            continue
        initials = "".join(w[0] for w in re.split(r"[ -]", m.group(1)) if w)
        if initials.endswith(abbreviation):
            out.add(abbreviation.lower())
    return out


# "stimulation (DBS)", "angiography, or CCTA": the abbreviation closes its phrase ("imaging (CT or
# MRI scan)" defines nothing)
_ABBREVIATION = re.compile(r"\b([a-z]+)\s*(?:\(([A-Z]{2,6})\)|,? or ([A-Z]{2,6})(?=[,.;:)]))")
# What every match of ``_ABBREVIATION`` ends with: searched for first, since the full pattern, which
# opens with a lower-case word, is tried at every word of the page (1-2% of a page's time). The two
# tails ("(DBS)", " or CCTA,") each open with a literal, which re finds with a plain character loop:
# two such scans cost a quarter of one scan for the tails' first capital (round 37).
_OR_TAIL = re.compile(r" or ([A-Z]{2,6})(?=[,.;:)])")


def _abbreviations(text: str) -> Iterator[re.Match]:
    """The matches of ``_ABBREVIATION.finditer(text)``, found from their ends: a match starts at the
    lower-case word before a tail (only white space between them), so only those words are tried.
    A tail's capitals follow its "(" or its " or ", so the two kinds never start at one place."""
    last = 0  # where the previous match ended: finditer's matches do not overlap
    tails = sorted([m.start(1) for m in _PARENTHESISED.finditer(text)] + [m.start(1) for m in _OR_TAIL.finditer(text)])
    for tail in tails:  # where each tail's capitals start
        q = tail - 1  # the "(", else the space of " or ", a comma before it included
        if text[q] != "(":
            q -= 3
            if q > 0 and text[q - 1] == ",":
                q -= 1
        while q > last and text[q - 1].isspace():
            q -= 1
        begin = q
        while begin > last and "a" <= text[begin - 1] <= "z":
            begin -= 1
        if begin == q:
            continue
        m = _ABBREVIATION.match(text, begin)
        if m:
            yield m
            last = m.end()


def _beside_generic(text: str, words: list[str], starts: list[int], ends: list[int], i: int, drugs: set[str],
                    glosses: frozenset[str] = frozenset()) -> bool:
    """"Vitrakvi (larotrectinib)" or "larotrectinib (Vitrakvi)": a name in parentheses beside a drug;
    or glossed by it after a comma (round 28, seed 288: "Stelara, known chemically as ustekinumab" left
    a page about Stelara with nothing): only ``generic_glosses`` words between the comma and the drug."""
    after = i + 1 < len(words) and words[i + 1] in drugs and _gap(text, starts, ends, i, i + 1) == "("
    before = i > 0 and words[i - 1] in drugs and _gap(text, starts, ends, i - 1, i) == "("
    return after or before or _glossed(text, words, starts, ends, i, drugs, glosses)


def _glossed(text: str, words: list[str], starts: list[int], ends: list[int], i: int, drugs: set[str],
             glosses: frozenset[str]) -> bool:
    """"Stelara, known chemically as ustekinumab": a comma, then at most four gloss words ending in
    "as"/"called"/"named"/"is", then a drug; not the bare comma of a list ("Stelara, ustekinumab")."""
    j = i + 1
    if j >= len(words) or _gap(text, starts, ends, i, j) != ",":
        return False
    while j < len(words) and j - i <= 4 and words[j] in glosses and not _gap(text, starts, ends, j, j + 1).strip(" "):
        j += 1
    return j > i + 1 and j < len(words) and words[j - 1] in ("as", "called", "named", "is") and words[j] in drugs


def _apposed_drugs(prepared: PreparedText, k: _Knowledge, easy: frozenset[str]) -> set[str]:
    """Generic names the stems miss, named by apposition to a drug noun in lower case: "the drug
    tamoxifen", "an oral drug, apixaban", "a drug called pridopidine" (Quirk et al. 1985, appositive
    naming), or as what a dose is of: "a single dose of psilocybin" (round 16). Not a familiar word,
    a word with an English derivational ending, or a noun that compounds with "drug" ("drug
    target"); and only a name the page uses again."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    out: set[str] = set()
    n = len(words)
    for i in compress(range(n), map(k.drug_or_dose_heads.__contains__, words)):
        j = i + 1
        if words[i] in k.dose_heads:
            # "a dose of psilocybin, which": the name closes its phrase; not "a dose of growth
            # hormone", "doses of calcineurin inhibitors", "doses of homocysteine-lowering vitamins"
            if j + 1 >= n or words[j] != "of" or _gap(text, starts, ends, j + 1, min(j + 2, n - 1)) in ("", "-"):
                continue
            j += 1
        while j < n and j - i <= 2 and words[j] in k.naming_words:
            j += 1
        if j >= n or not text[starts[j]].islower():
            continue
        # round 26: a plural head right before a word is its subject, not a name in apposition
        # ("Both drugs increase the risk", "these medications work"): only "called", "named" or a
        # comma names after a plural ("drugs called statins" is the class's name)
        if j == i + 1 and words[i].endswith("s") and words[i] not in k.dose_heads:
            continue
        w = words[j]
        if (len(w) >= k.apposed_min_length and w.isalpha() and not _familiar(w, easy) and w not in k.not_drug_names
                and not w.endswith(k.english_endings)):
            out.add(w)
    out |= _postposed(prepared, k, easy)
    if not out:  # most pages: no word of the page to count
        return out
    counts = Counter(compress(words, map(out.__contains__, words)))
    return {w for w in out if counts[w] >= k.apposed_min_uses}


def _familiar(word: str, easy: frozenset[str]) -> bool:
    """Whether ``word`` is on the familiar-word list or is the comparative or superlative of a word
    on it ("earlier", "later", "sooner", "safest"): the Dale-Chall formula counts a listed word's
    regular inflections as familiar too (Chall & Dale 1995), and a familiar word names no drug
    (round 30: "taking an experimental drug earlier in the course" made "earlier" a page's option)."""
    if word in easy:
        return True
    for ending in ("er", "est"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            # "late" + "r", "early" -> "earli" + "er", "big" -> "bigg" + "er"
            if {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
                    stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem} & easy:
                return True
    return False


def _postposed(prepared: PreparedText, k: _Knowledge, easy: frozenset[str]) -> set[str]:
    """The apposition the other way round: the name first, then ", a new eye drop" ("approved
    lifitegrast, a new eye drop for dry eye", seed 222: a page about the drop found nothing). The
    indefinite noun phrase after the comma has one of ``postposed_heads`` as its head, with at most
    ``postposed_reach`` lower-case words between its article and head; the name is tested as in
    ``_apposed_drugs``."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    out: set[str] = set()
    for i in compress(range(len(words)), map(k.postposed_heads.__contains__, words)):
        a = i - 1
        # back over the description's modifiers ("new eye", "once-daily") to its article
        while (a > 0 and i - a <= k.postposed_reach and words[a] not in ("a", "an")
               and _gap(text, starts, ends, a, a + 1) in ("", "-")):
            a -= 1
        if a < 1 or words[a] not in ("a", "an") or _gap(text, starts, ends, a - 1, a) != "," or _gap(text, starts, ends, a, a + 1):
            continue
        w = words[a - 1]
        if (text[starts[a - 1]].islower() and len(w) >= k.apposed_min_length and w.isalpha() and not _familiar(w, easy)
                and w not in k.not_drug_names and not w.endswith(k.english_endings)):
            out.add(w)
    return out


def _taken(prepared: PreparedText, k: _Knowledge, firsts: set[int]) -> set[str]:
    """Lower-case names of what a page has people take, which no list can hold: the modifier of a
    supplement head ("soy supplements", "fennel extract", "ginger root capsules") or the object of
    an eating or drinking verb ("eating barley", "drink more coffee"), in the same phrase (no
    punctuation between), written in lower case but at a sentence's start. NIH's Office of Dietary Supplements names a supplement by its source
    ("soy isoflavones", "ginger root"), and a food is what the eating verb takes (its object)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    out: set[str] = set()
    n = len(words)
    for i in compress(range(n), map(k.taken_or_intake.__contains__, words)):
        w = words[i]
        if w in k.taken_heads:
            j = i - 1
            if j > 0 and words[j] in k.taken_parts:
                j -= 1
            # a listed pair's first word before a dosage form names that pair's class, not a food
            # ("nicotine patches", "hormone injections": round 25, tried, they displaced Chantix and GHRH)
            if j >= 0 and words[j] in k.pair_firsts:
                continue
        elif w in k.intake_verbs and text[starts[i] - 1:starts[i]] != "-":  # "apple-eating women"
            j = i + 1
            while j < n and j - i <= k.intake_reach and words[j] in k.intake_skips:
                j += 1
        else:
            continue
        if not 0 <= j < n:
            continue
        lo, hi = min(i, j), max(i, j)
        if any(_gap(text, starts, ends, m, m + 1) for m in range(lo, hi)):
            continue
        name = words[j]
        if (len(name) >= 3 and name.isalpha() and (text[starts[j]].islower() or j in firsts) and name not in k.not_taken
                and not name.endswith(k.taken_not_endings)):
            out.add(name)
    return out


def _paired_here(vocabulary: set[str], k: _Knowledge) -> set[str]:
    """The first words of the listed pairs whose both words the page writes ("fish" where "fish oil"
    may stand): there the word is the pair's, not a food of its own. Round 25, seed 244: every pair's
    first word was dropped from what is taken, so "eating fish ... fish consumption" named nothing on
    a fish-and-omega-3 page that never writes "fish oil"."""
    return {first for first, second in k.pair_words if first in vocabulary and second in vocabulary}


def _set_aside(prepared: PreparedText, k: _Knowledge, i: int) -> bool:
    """The name at token ``i`` is not what the lead is about: a contrast word comes before it in its
    clause ("compared to low-molecular-weight heparin", "rather than pills", "standard chemotherapy"),
    or "as ... as" ("just as effective as antibiotics"), or "after ... on" ("after a year on
    warfarin"), or the clause calls it the standard ("surgery is the gold standard"): the comparator
    of a PICO question (Richardson et al. 1995; Nye et al. 2018, EBM-NLP); or it only modifies a
    compound ("insulin-producing cells"). A name re-stated in parentheses or after ", or"
    ("magnetic resonance imaging, or MRI") shares the clause of the phrase it re-states."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    # a lower-case word after the hyphen makes a compound; a capital suffix is part of the name
    # ("abaloparatide-SC", "Adderall-XR": a dosage form's letters, FDA naming of modified release)
    if text[ends[i]:ends[i] + 1] == "-" and text[ends[i] + 1:ends[i] + 2].isalpha() and text[ends[i] + 1].islower():
        return True
    j, stop = i - 1, i - 1 - k.contrast_reach
    contrast = k.contrast
    apposed = False
    while j > max(-1, stop):
        gap = text[ends[j]:starts[j + 1]]
        if any(p in gap for p in ",;:.!?()") and _restates(text, words, starts, ends, j, i):
            stop = min(stop, j - k.contrast_reach)  # round 26: the reach counts from the phrase re-stated
        elif any(p in gap for p in ",;:.!?()"):
            # "as safe as their older cousins, the ACE inhibitors.": a phrase after a comma that opens
            # with a determiner and ends its sentence with the name is in apposition to the noun
            # before the comma and shares its contrast (Quirk et al. 1985 17.65); once, and only a
            # phrase the sentence ends on ("Unlike warfarin, the drug Xyz works ..." opens a clause)
            if apposed or gap.strip() != "," or words[j + 1] not in k.apposition_openers or not _ends_sentence(prepared, i):
                break
            apposed, stop = True, j - k.contrast_reach
        w = words[j]
        # "may instead consider active surveillance": a bare "instead" marks the option chosen in
        # place of another; only "instead of" sets its object aside (round 13b, news_reviews_00260)
        bare_instead = w == "instead" and words[j + 1] != "of"
        # "as effective as", and since round 26 "as effective and safe as": "as" with up to
        # ``as_as_reach`` words between, no mark (the walk stops at one)
        if not bare_instead and (w in contrast or (w == "as" and "as" in words[max(0, j - 1 - k.as_as_reach):j - 1])):
            return True
        if w == "after" and words[i - 1] in k.after_on:
            return True
        # "an alternative to invasive screens such as colonoscopy": the examples after "such as"
        # share the contrast of the noun they exemplify (round 20, seed 155); a clause negator
        # before them ("not clear whether drugs such as statins") denies no noun (round 21)
        if w == "as" and j > 0 and words[j - 1] == "such":
            stop, contrast = j - 2 - k.contrast_reach, k.such_as_contrast
        j -= 1
    for j in range(i + 1, min(len(words), i + 1 + k.contrast_reach)):
        if any(p in text[ends[j - 1]:starts[j]] for p in ";:.!?()"):
            break
        if words[j] in k.comparator_after:
            return True
    return False


def _ends_sentence(prepared: PreparedText, i: int) -> bool:
    """The name at token ``i`` (or the pair or abbreviation it opens, two words at most) is the
    last phrase of its clause: a mark of a sentence's end follows it."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    for m in range(i, min(len(words), i + 3)):
        after = text[ends[m]:starts[m + 1]] if m + 1 < len(words) else "."
        if after.strip():
            return after.strip()[:1] in ".!?;"
    return False


def _restates(text: str, words: list[str], starts: list[int], ends: list[int], j: int, i: int) -> bool:
    """The punctuation after token ``j`` opens a re-statement of the phrase before it, ending at the
    name ``i``: "heparin (LMWH)", "imaging, or MRI"."""
    gap = _gap(text, starts, ends, j, j + 1)
    # round 26: the second word of a pair re-stated too ("enzyme, or ACE inhibitors")
    return (gap == "(" and j + 1 == i) or (gap == "," and j + 2 <= i <= j + 3 and words[j + 1] == "or")


def _alternative_questions(prepared: PreparedText, lead: int) -> set[int]:
    """Tokens of the lead's alternative questions ("is it botox, face lifts, or good lighting?"):
    they offer options to set aside, not the page's topic (Quirk et al. 1985 11.20)."""
    out: set[int] = set()
    words = prepared.tokens.words
    for r, s in zip(prepared.sentence_tokens, prepared.sentences):
        if r.start >= lead:
            break
        if s.text.rstrip().endswith("?") and "or" in words[r.start:r.stop]:
            out.update(r)
    return out


# Kinds of option named by a common noun (a class of treatment, a food or supplement): the page's
# intervention only as an option of its lead, and second to a drug or product it names.
_CLASSES = ("treatment", "taken")


def identify(prepared: PreparedText) -> Interventions:
    """The document's intervention(s), named options and target condition (see the module
    docstring and ``_target_conditions``)."""
    found = _identify(prepared)
    if found.options:
        _possessives(prepared.tokens.words, found.options)
        kinds = _kind_keys() & set(found.options.values())
        if kinds:
            found = replace(found, kinds=frozenset(kinds))
    conditions = _target_conditions(prepared, _knowledge())
    if conditions:
        found = replace(found, conditions=conditions)
    prevents = _prevented_outcomes(prepared, found, _knowledge()) if found.names else frozenset()
    return replace(found, prevents=prevents) if prevents else found


@lru_cache(maxsize=1)
def _kind_keys() -> frozenset[str]:
    """The keys of the reviewed list's treatments and pairs: a kind of treatment, not a name."""
    k = _knowledge()
    return frozenset(key_of(w) for w in k.treatments) | frozenset(key_of(p) for p in k.pairs)


def _possessives(words: list[str], options: dict[int, str]) -> None:
    """Mark a one-word option's name in the possessive as naming that option: "Tecentriq's approval",
    "tralokinumab's maker" (the tokens keep the "'s", a curly apostrophe written straight, so the
    name's word never matched). The genitive is the name inflected, not another word (Quirk et al.
    1985, 5.112-5.126): a sentence that speaks of "Keytruda's side effects" names Keytruda, and the
    rules that ask whether a sentence names the page's intervention (harms, alternatives,
    availability) must see it there. Added after identification, so a possessive neither adds a use
    nor makes an option of a word that names none elsewhere on the page; only a word that is itself
    the option's key (a name, a class word), never a head noun read as referring back to it ("the
    drug" keyed to the named drug: "the drug's activity" in a paragraph about warfarin, on a page
    about apixaban, is warfarin's) (round 27)."""
    possessives = {key + "'s" for key in options.values() if " " not in key}
    for i in compress(range(len(words)), map(possessives.__contains__, words)):  # a word a key + "'s"
        if i not in options:
            options[i] = words[i][:-2]


def _surface_forms(keys: set[str]) -> set[str]:
    """Every word ``key_of`` may map to one of ``keys``: the key, its "-s" plural, its "-ies" plural."""
    out = set(keys)
    out.update(key + "s" for key in keys)
    out.update(key[:-1] + "ies" for key in keys if key.endswith("y"))
    return out


def _read_sentences(prepared: PreparedText) -> list[range]:
    """The token ranges of the sentences read: those outside boilerplate and reference lists."""
    return [r for r, s in zip(prepared.sentence_tokens, prepared.sentences) if not (s.in_boilerplate or s.in_references)]


def _lead_end(read: list[range], k: _Knowledge, at_least: int) -> int:
    """Where the lead ends: after the first ``k.lead_sentences`` sentences read, and at least
    ``at_least`` words after the first (a byline is no lead)."""
    return max(read[min(k.lead_sentences, len(read)) - 1].stop, read[0].start + at_least)


def _stemmed(vocabulary: set[str], k: _Knowledge) -> set[str]:
    """The page's words long enough to be a generic name that end with an INN stem ("-mab", "-statin").

    Cheap: a word's last letters (as many as the shortest stem has) are looked up in a set first, so
    only the few words that can end with a stem (about 1 in 20) are tested against all 75 stems."""
    size, tails = _stem_tails(k.stems)
    return {w for w in vocabulary if len(w) >= k.min_length and w[-size:] in tails and w.endswith(k.stems)}


@lru_cache(maxsize=1)
def _stem_tails(stems: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """The length of the shortest stem, and every stem's last letters of that length."""
    size = min(map(len, stems))
    return size, frozenset(stem[-size:] for stem in stems)


def _identify(prepared: PreparedText) -> Interventions:
    """The document's intervention(s) and named options (see the module docstring).

    One pass over the words (set lookups), plus a scan of the capitalised words for products."""
    k = _knowledge()
    words = prepared.tokens.words
    read = _read_sentences(prepared)
    if not read:
        return NONE
    firsts = {r.start for r in prepared.sentence_tokens}
    lead = _lead_end(read, k, k.lead_words)
    vocabulary = set(words)
    drugs = _stemmed(vocabulary, k) - k.exclusions
    drugs |= _apposed_drugs(prepared, k, familiar_words())
    capitalised = _CAPITALISED.findall(prepared.text)  # one scan, read for products and codes
    products = _products(prepared, k, firsts, drugs, capitalised) - drugs
    # "computed tomography (CT)": "CT scan" is already a named treatment, one key for both
    procedures = _defined_procedures(prepared, k) - drugs - products - k.pair_firsts
    taken = {key_of(w) for w in _taken(prepared, k, firsts)}
    taken = {w for w in vocabulary & _surface_forms(taken) if key_of(w) in taken} - drugs - products - k.treatments
    taken -= _paired_here(vocabulary, k)
    kind_of = {**{w: "taken" for w in taken}, **{w: "drug name" for w in drugs}, **{w: "product" for w in products},
               **{w: "procedure" for w in procedures}, **{w: "treatment" for w in vocabulary & k.treatments}}
    options, kinds = _named_options(prepared, k, kind_of, vocabulary & k.pair_firsts, firsts, _codes(prepared, k, capitalised))
    if not options:
        return _unnamed(prepared, k, lead, options)
    restricted = _restricting_diets(prepared, options, kinds, k, vocabulary)
    uses = Counter(key for i, key in options.items() if options.get(i - 1) != key)  # a pair counts once
    # an option the lead sets aside ("erase wrinkles without botox") is not what the page is about
    questions = _alternative_questions(prepared, lead)
    aside = {i for i in options if i < lead and (i in questions or _set_aside(prepared, k, i))}
    in_lead = _lead_options(options, lead, aside)
    # a name the lead only ever sets aside is its comparator, however often the page returns to it
    compared = ({options[i] for i in aside} - in_lead) | restricted
    chosen = [key for key in uses if key not in restricted and ((key in in_lead and uses[key] >= k.lead_uses)
              or (kinds[key] not in _CLASSES and uses[key] >= k.recurring_uses and key not in compared))]
    chosen += _named_beside_lead_class(chosen, uses, kinds, compared, in_lead, k)
    chosen.sort(key=lambda key: (key not in in_lead, -uses[key]))
    chosen = _operation_first(chosen, {key: i for i, key in reversed(options.items()) if i < lead and i not in aside}, k)
    # a named drug or product is what the page is about; a class of treatment joins it only where
    # the page uses it more ("immunotherapy" 12 times, "Keytruda" 4), not as its comparator
    named = [key for key in chosen if kinds[key] not in _CLASSES]
    if named:
        chosen = [key for key in chosen if kinds[key] not in _CLASSES or uses[key] > max(uses[n] for n in named)]
    chosen = _beside_the_top(chosen, uses, kinds, {options[i] for i in aside}, k, vocabulary)[:k.most]
    chosen = _with_hypernym(chosen, uses, k)
    spared = _spared(chosen, k)
    chosen = [key for key in chosen if key not in spared]
    chosen += [a for a in dict.fromkeys(_aliases(prepared, options, chosen, k)) if a not in chosen]
    _join_partners(prepared, options, chosen, k)
    _new_names_top(prepared, k, lead, options, chosen, kinds)
    # a food or supplement the page does not make its topic names no option ("drank the nutrient
    # drink", "high potassium"): its word is too common to mark another option
    options = {i: key for i, key in options.items() if kinds[key] != "taken" or key in chosen}
    _drop_body_levels(prepared, options, k)
    new = _new_over_classes(prepared, k, lead, options, questions | aside, chosen, kinds, in_lead)
    if new:
        return _with_aliases(prepared, new, k)
    if not chosen:
        unnamed = _unnamed(prepared, k, lead, options, questions | aside)
        codes = [key for key in uses if kinds[key] == "code name" and key not in compared]
        if unnamed and len(codes) == 1 and unnamed.names[0].split()[-1] in k.drug_heads:
            # round 26: "a new, experimental cholesterol-fighting drug" ... "subjects who received
            # REGN727": a trial drug the lead leaves unnamed goes by its sponsor's code, the one the page gives
            unnamed = replace(unnamed, names=unnamed.names + (codes[0],), why=unnamed.why + ("code name of the new drug",))
        if unnamed and compared:
            # round 26: "the drug could prove more effective than statins": the lead's comparators
            # stay comparators beside an unnamed option ("With statins you get toxicity")
            unnamed = replace(unnamed, comparators=frozenset(_abbreviated_alike(prepared, options, compared)
                                                              - set(unnamed.names)))
        return _with_aliases(prepared, unnamed, k) or _returned_to(uses, kinds, compared, options, k) or unnamed
    why = tuple(f"{'lead, ' if key in in_lead else ''}{uses[key]} uses, {kinds[key]}" for key in chosen)
    # what the lead sets against the page's option at least once, and what its diet keeps out
    comparators = ({options[i] for i in aside if i in options} | restricted | spared) - set(chosen)
    comparators = frozenset(_abbreviated_alike(prepared, options, comparators) - set(chosen))
    return Interventions(tuple(chosen), why, options, comparators=comparators)


def _named_options(prepared: PreparedText, k: _Knowledge, kind_of: dict[str, str], pair_firsts: set[str],
                   firsts: set[int], codes: dict[int, str]) -> tuple[dict[int, str], dict[str, str]]:
    """Every mention of an option: token index -> its key, and key -> its kind ("drug name",
    "product", "treatment", ...). A pair of words ("stem cell therapy") is one option on both tokens,
    as is a privative modifier's ("virtual colonoscopy": another procedure); a sham's treatment word
    names none (the control arm); a sponsor's code (``codes``, ``_codes``) joins where no name stands."""
    words = prepared.tokens.words
    wanted = kind_of.keys() | pair_firsts
    options: dict[int, str] = {}
    kinds: dict[str, str] = {}
    n = len(words)
    at = list(compress(range(n), map(wanted.__contains__, words)))
    lower = {words[i] for i in at if prepared.text[prepared.tokens.starts[i]].islower()}
    for i in at:
        w = words[i]
        if w in k.treatments and w in lower and _in_proper_name(prepared, k, i, firsts):
            continue
        # the second word of a pair ("stem cell therapy"); "cocaine addiction" names the condition
        if i in options or _as_property(prepared, i, k) or _depended_on(prepared, i, k):
            continue
        if i + 1 < n and f"{w} {words[i + 1]}" in k.pairs:
            key = key_of(f"{w} {words[i + 1]}")
            options[i] = options[i + 1] = key
            kinds.setdefault(key, "treatment")
        elif _privative(prepared, i, k):
            if words[i - 1] in k.sham_modifiers:
                continue
            key = key_of(f"{words[i - 1]} {w}")  # "virtual colonoscopy": another procedure, its own option
            options[i - 1] = options[i] = key
            kinds.setdefault(key, "treatment")
        elif w in kind_of:
            key = key_of(w, kind_of[w])
            options[i] = key
            kinds.setdefault(key, kind_of[w])
    for i, key in codes.items():
        if i not in options:
            options[i] = key
            kinds.setdefault(key, "code name")
    return options, kinds


def _with_aliases(prepared: PreparedText, found: Interventions, k: _Knowledge) -> Interventions:
    """``found`` (an unnamed or described option) with the names the page equates with it ("Known as
    SER-120, the nasal spray contains ...": ``_aliases``), after it."""
    if not found:
        return found
    extra = [a for a in dict.fromkeys(_aliases(prepared, found.options, list(found.names), k)) if a not in found.names]
    if not extra:
        return found
    return replace(found, names=found.names + tuple(extra), why=found.why + ("another name of it",) * len(extra))


def _abbreviated_alike(prepared: PreparedText, options: dict[int, str], comparators: set[str]) -> set[str]:
    """The comparators with the option keys that abbreviate one of them, or that one of them
    abbreviates: an option written out ("hormone replacement therapy") and by its initials ("HRT")
    is one option, so a name the lead sets aside sets its abbreviation aside too (round 26:
    "an alternative treatment to hormone replacement therapy after HRT was linked to an increased
    risk of breast cancer" counted as the soy page's harm). The initials of two to four words from
    where a key of two or more words is named are compared with the page's one-word keys."""
    if not comparators:
        return comparators
    words = prepared.tokens.words
    short = {key for key in options.values() if key.isalpha() and 2 <= len(key) <= 5}
    if not short:
        return comparators
    out = set(comparators)
    for i, key in options.items():
        if " " not in key or options.get(i - 1) == key:
            continue
        initials = "".join(w[:1] for w in words[i:i + 4])
        for m in range(2, 5):
            abbreviation = initials[:m]
            if abbreviation in short and (key in comparators or abbreviation in comparators):
                out |= {key, abbreviation}
    return out


def _restricting_diets(prepared: PreparedText, options: dict[int, str], kinds: dict[str, str], k: _Knowledge,
                       vocabulary: set[str]) -> set[str]:
    """A diet named by what it keeps out ("a low-FODMAP diet", "a FODMAP-free diet") is the option,
    and the named thing it restricts is what the page sets against it: the words take the diet's key
    ("low-fodmap diet", of the restricted name's kind), and the restricted keys are returned, to be
    no intervention of the page wherever else they stand ("FODMAPs can cause diarrhea" is why the
    diet is eaten, not its harm). Round 25: a low-FODMAP diet page took "fodmap" as its option, so
    the food's effects counted as harms disclosed (HealthNewsReview.org criterion 3: the harms of
    the intervention; disease_burden)."""
    if k.diet_heads.isdisjoint(vocabulary):
        return set()
    words = prepared.tokens.words
    text, starts, ends = prepared.text, prepared.tokens.starts, prepared.tokens.ends
    named = {key for key in options.values() if kinds[key] not in _CLASSES}
    restricted: set[str] = set()
    for h in (h for h, w in enumerate(words) if w in k.diet_heads):
        if h < 2 or _gap(text, starts, ends, h - 1, h) != "":
            continue
        if words[h - 2] in k.diet_restricting_before and _gap(text, starts, ends, h - 2, h - 1) == "-":
            name, span = h - 1, (h - 2, h - 1, h)
        elif (h >= 3 and words[h - 1] in k.diet_restricting_after and _gap(text, starts, ends, h - 2, h - 1) == "-"
              and words[h - 2] not in k.diet_restricting_before):
            name, span = h - 2, (h - 2, h - 1, h)
        else:
            continue
        key = key_of(words[name], "product")
        key = key if key in named else words[name] if words[name] in named else None
        if key is None:
            continue
        diet = f"{words[span[0]]} {words[span[1]]} diet"
        for j in span:
            options[j] = diet
        kinds.setdefault(diet, kinds[key])
        restricted.add(key)
    if restricted:  # the restricted thing wherever the page names it ("FODMAPs are broken down")
        forms = {form: key for key in restricted for form in _surface_forms({key})}
        for i, w in enumerate(words):
            if w in forms and i not in options:
                options[i] = forms[w]
    return restricted


def _new_names_top(prepared: PreparedText, k: _Knowledge, lead: int, options: dict[int, str], chosen: list[str],
                   kinds: dict[str, str]) -> None:
    """"An experimental Johnson & Johnson drug prevented strokes as well as warfarin": a lead that
    announces a new drug or device unnamed, on a page whose top option is a named drug or product,
    announces that option: the head takes its key there, so the sentence names the page's option
    and not only its comparator (round 23: the warfarin page's "without an increase in bleeding"
    became the comparator's harm once rivaroxaban was its option). Capitalised words between
    (a maker's name) are allowed, as ``unnamed_reach`` plus two words."""
    if not chosen or kinds[chosen[0]] in _CLASSES:
        return
    text, (words, starts, ends) = prepared.text, prepared.tokens
    for i in range(min(lead, len(words))):
        if words[i] not in k.new_over_class_heads or i in options or not text[starts[i]].islower():
            continue
        for j in range(i - 1, max(-1, i - 3 - k.unnamed_reach), -1):
            if j in options or _gap(text, starts, ends, j, j + 1) not in ("", "-", "&"):
                break
            if words[j] in k.newness and not _set_aside(prepared, k, j):
                options[i] = chosen[0]
                break


def _lead_options(options: dict[int, str], lead: int, aside: set[int]) -> set[str]:
    """The options the lead names as its own: each named outside a contrast at least once, and not
    set aside more often than not ("people struggling with the blood thinner warfarin ... an
    experimental drug worked as well as warfarin ... not better than warfarin": the old option
    the new one is weighed against; round 23, round 22's report of warfarin on new-anticoagulant
    pages). Two contrasts are needed: one may be the page's own option in a comparison's second arm."""
    plain = Counter(key for i, key in options.items() if i < lead and i not in aside)
    against = Counter(options[i] for i in aside)
    return {key for key, count in plain.items() if against[key] < 2 or against[key] <= count}


def _named_beside_lead_class(chosen: list[str], uses: Counter, kinds: dict[str, str], compared: set[str],
                             in_lead: set[str], k: _Knowledge) -> list[str]:
    """A lead that names only a class of treatment ("its birth control gel", "oral pills dominate
    the market") while the page names its product further down ("Amphora" as often as "oral pills"):
    the named product, used at least ``product_after_class_uses`` times and at least as often as
    every class the lead names, is the page's option, and the class then stands as its category or
    its comparator (a news lead may name a product's kind before its brand: van Dijk 1988 on
    the lead's summary; round 17, comparator_harm on pages whose product went unfound: "oral
    pills cause side effects" counted as the gel's). Only where the lead chose no named option, and
    only one name so qualifies."""
    if not chosen or any(kinds[key] not in _CLASSES for key in chosen):
        return []
    top = max(uses[key] for key in chosen)
    found = [key for key in uses if key not in chosen and key not in in_lead and key not in compared
             and kinds[key] not in _CLASSES and uses[key] >= max(top, k.product_after_class_uses)]
    # one such name is the product; two or more ("TMS" and "ECT" 4 times each beside "antidepressants"
    # on a page about a genetic test) are options the page weighs, none of them its own
    return found if len(found) == 1 else []


def _operation_first(chosen: list[str], first_in_lead: dict[str, int], k: _Knowledge) -> list[str]:
    """"undergo gastric banding ... the surgery": a top option that is a hypernym ("surgery") of an
    operation the lead names before it (``operations``) yields first place to that operation, the
    page's own kind of surgery, however often the page writes the general word (round 22, seed 177:
    a gastric banding page gave "surgery" alone, 11 uses to 5). Not an operation named after the
    general word: "a less common form of obesity surgery ... than gastric bypass" is about another
    operation, the named one its comparator. ``first_in_lead``: where each key is first named in the
    lead, outside the lead's comparators."""
    top = chosen[0] if chosen else None
    if top not in k.hypernyms or top not in first_in_lead:
        return chosen
    specific = next((key for key in chosen[1:] if key in k.operations
                     and first_in_lead.get(key, first_in_lead[top]) < first_in_lead[top]), None)
    return chosen if specific is None else [specific] + [key for key in chosen if key != specific]


def _with_hypernym(chosen: list[str], uses: Counter, k: _Knowledge) -> list[str]:
    """A page about one operation ("gastric banding") calls it "the surgery" too: the hypernym the
    page uses more often than the operation's name joins the operation as its second name, so
    "LAGB surgery has come under criticism for complications" is a harm of the page's own option
    (round 22, seed 177's gastric banding page)."""
    if not chosen or chosen[0] not in k.operations:
        return chosen
    # only a hypernym the page writes more often than the operation's name: its running name there;
    # sorted, as a set's order changes from run to run and the names' order is the page's answer
    extra = [h for h in sorted(k.hypernyms) if uses[h] > uses[chosen[0]] and h not in chosen]
    return chosen[:1] + extra + chosen[1:]


def _spared(chosen: list[str], k: _Knowledge) -> set[str]:
    """The treatments a chosen stand-in spares: "virtual colonoscopy" on the page's list makes plain
    "colonoscopy" the procedure its option replaces, its comparator, not a second option of the
    page (a privative modifier denies its noun: Kamp & Partee 1995; round 31, a virtual colonoscopy
    page was given "colonoscopy" too, and the scope's risks counted as its own)."""
    out = set()
    for key in chosen:
        first, _, rest = key.partition(" ")
        if first in k.privative_modifiers and rest in chosen:
            out.add(rest)
    return out


def _as_property(prepared: PreparedText, i: int, k: _Knowledge) -> bool:
    """"a significant antidepressant effect": a class name that is also an adjective, before a noun
    of a property (``property_heads``), says what something does and names no option (round 20).
    Only with nothing but space between: "gave an antidepressant. Effects on sleep were large" ends
    one phrase and starts another (round 21 review)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    return (words[i] in k.adjective_classes and i + 1 < len(words) and words[i + 1] in k.property_heads
            and not _gap(text, starts, ends, i, i + 1))


def _privative(prepared: PreparedText, i: int, k: _Knowledge) -> bool:
    """"sham acupuncture", "fake surgery", "a simulated acupuncture treatment", "virtual colonoscopy":
    a privative modifier right before a treatment word (``privative_modifiers``, nothing but space
    between) makes something that is not that treatment: a sham is the control arm, a virtual
    colonoscopy a CT scan. A privative adjective denies its noun (Kamp & Partee 1995: a fake gun is
    no gun): after a sham modifier (``sham_modifiers``) the word names no option there and counts no
    use of it; after another ("virtual") the two words name another option of their own (round 30:
    two virtual colonoscopy pages were given "colonoscopy", the procedure their option spares)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    # a closing quotation mark may stand between: "a “virtual” colonoscopy"
    return i > 0 and words[i - 1] in k.privative_modifiers and _gap(text, starts, ends, i - 1, i) in ("", "\u201d", '"', "'")


def _depended_on(prepared: PreparedText, i: int, k: _Knowledge) -> bool:
    """"cocaine addiction", "opioid abuse", "heroin overdoses": a name right before a noun of
    dependence (``dependence_heads``) names what the page's patients depend on, their condition,
    and no option there (round 26, seed 266: a page on magnetic stimulation for cocaine addiction
    was given "cocaine")."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    return i + 1 < len(words) and words[i + 1] in k.dependence_heads and not _gap(text, starts, ends, i, i + 1)


def _drop_body_levels(prepared: PreparedText, options: dict[int, str], k: _Knowledge) -> None:
    """"vitamin D levels in the blood", "low testosterone levels", "insulin resistance": a name that
    modifies a measure of the body (``level_heads``) names what is measured, not the option given,
    so its sentence ("people with lower vitamin D levels had more infections") names no option
    there (round 13b: dev harms disease_burden on supplement and hormone pages). The name still
    counts towards the page's topic; only its option tokens there go. ("high levels of vitamin D
    can raise the risk of fractures" keeps its option: after "levels of" it is often a dose.)"""
    words = prepared.tokens.words
    n = len(words)
    for i in [i for i in options if i + 1 < n and words[i + 1] in k.level_heads and options.get(i + 1) != options[i]]:
        key = options[i]
        while options.get(i) == key:  # every token of the name ("vitamin D")
            del options[i]
            i -= 1


def _returned_to(uses: Counter, kinds: dict[str, str], compared: set[str], options: dict[int, str],
                 k: _Knowledge) -> Interventions | None:
    """A page whose lead names no option and announces none may still keep returning to one class
    of treatment: "bisphosphonates" 13 times, "immunotherapy" 15, every other option a few times
    (a feature's lead tells a patient's story; the topic comes later). That class, used at least
    ``returned_uses`` times and ``returned_share`` times as often as any other option, is the
    page's intervention, unless the lead sets it aside (round 13b, the alternatives fixer's note:
    33 wrong alternatives findings on pages with no intervention, many the page's own option
    called "a standard treatment"). Not "surgery": a page that keeps returning to it weighs an
    operation against other care ("surgery or physical therapy for a torn ligament"), one arm of
    its comparison.

    Round 26: the lead's comparators are not counted, and they stay the page's comparators: "these
    medications may be as safe as their older cousins, the ACE inhibitors" on a page that returns to
    ARBs 8 times (ACE inhibitors 10) is about ARBs, and "ACE inhibitors ... can produce a dry cough"
    is a comparator's harm (HealthNewsReview.org criterion 3: harms of the intervention)."""
    ranked = Counter({key: n for key, n in uses.items() if key not in compared}).most_common(2)
    if not ranked:
        return None
    key, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if (kinds[key] != "treatment" or key in k.not_returned or count < k.returned_uses
            or count < k.returned_share * runner_up):
        return None
    return Interventions((key,), (f"{count} uses, treatment, returned to",), options,
                         comparators=frozenset(compared - {key}))


def _join_partners(prepared: PreparedText, options: dict[int, str], chosen: list[str], k: _Knowledge) -> None:
    """"Erbitux plus chemotherapy", "chemotherapy plus Erbitux": an option linked by "plus" to the
    intervention, in the same phrase, is part of the intervention's regimen there, not another
    option (a combination regimen is one arm of a trial: NCI, *Drug combinations*). Its tokens
    there take the intervention's key, so a harm or line of therapy said of the combination is the
    intervention's own. Elsewhere the partner stays another option."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    for i, key in list(options.items()):
        if key not in chosen:
            continue
        for step in (1, -1):
            m = _across_link(text, words, starts, ends, i, step, k, lambda m: m in options and options[m] not in chosen)
            if m is not None:
                partner = options[m]
                # every token of the partner's name here ("hormone therapy" is two)
                for t in (m - 1, m, m + 1):
                    if options.get(t) == partner:
                        options[t] = key


def _beside_the_top(chosen: list[str], uses: Counter, kinds: dict[str, str], aside: set[str],
                    k: _Knowledge, vocabulary: set[str] = frozenset()) -> list[str]:
    """The options that join the page's top one as its intervention: not one the lead sets against
    another ("more selective than the drug fenfluramine", "an alternative to hormone replacement"),
    however often the page returns to it, and not one the page uses far less than its top option:
    a class of treatment or a food joins only when used about as often (``class_share``: "statins" twice
    on a page about bergamot, 14 times), a named drug or product at ``named_share`` ("Xarelto" 87
    uses, "apixaban" 7: a drug the study also looked at). Prevents the harms and costs of a page's
    comparators counting as its own option's (HealthNewsReview.org criteria 3 and 6)."""
    if not chosen:
        return chosen
    top = chosen[0]
    kept = [top]
    for key in chosen[1:]:
        share = k.class_share if kinds[key] in _CLASSES else k.named_share
        # a named drug under a class the page is about ("statins" 25 times, "Zocor" 6) is that class's
        # own member, not a rival: only a named top option holds named ones to a share
        # A class is a count noun the page writes in the plural ("statins", "bisphosphonates"); a
        # single agent on the treatment list is a mass noun ("lithium", "warfarin"), and a named drug
        # beside it is a rival held to the share ("low-dose lithium" 10 times, "Sinemet" twice: the
        # drug whose side effect lithium eases; round 17, comparator_harm; Quirk et al. 1985 5.3-5.8)
        if kinds[key] not in _CLASSES and kinds[top] in _CLASSES and _plural_on_page(top, vocabulary):
            share = 0
        if key not in aside and uses[key] >= share * uses[top]:
            kept.append(key)
    return kept


def _plural_on_page(key: str, vocabulary: set[str]) -> bool:
    """Whether the page writes the option ``key`` (a singular key, "statin", "blood thinner") in the
    plural: a class of treatment is a count noun; an agent such as "lithium" is not. A page's
    words given none (a caller without them) count as plural, the rule before round 17."""
    if not vocabulary:
        return True
    last = key.split()[-1]
    return any(w in vocabulary and key_of(w) == last for w in (last + "s", last + "es", last[:-1] + "ies"))


def _unnamed(prepared: PreparedText, k: _Knowledge, lead: int, options: dict[int, str],
             skip: set[int] = frozenset()) -> Interventions:
    """A page whose lead names no option but announces a new one ("an experimental oral drug", "a
    new device", "new therapies"): its intervention is that unnamed option, written as the lead
    writes it, so that every option the page names is another one: a news lead's topic is what
    is new (van Dijk 1988; ``newness`` in the word lists). Prevents the harms of the options a
    page sets its unnamed one against ("older treatment with interferon can cause anemia")
    counting as its own. A lead that announces none leaves the page without an intervention."""
    name = _announced(prepared, k, lead, options, skip, k.unnamed_heads)
    if name:
        return Interventions((name,), ("lead, named only as new",), _written(prepared, name, options))
    return _described(prepared, k, lead, options, skip)


def _written(prepared: PreparedText, name: str, options: dict[int, str]) -> dict[int, str]:
    """``options`` with every place the page writes an unnamed or described intervention ``name``
    whole mapped to it ("a new blood test ... new blood tests", singular or plural), so the rules
    that ask whether a sentence names the intervention see these too (round 23, round 22's report:
    options held no token for "thermal therapy", "breast implant", and the which_option rules searched each
    sentence for the written name instead). Not its bare head after "the" ("the test"): tried, it made
    "the test detects a protein linked to a raised risk of Alzheimer's" a harm of the test (dev harms
    disease_burden +1). Not a token already naming another option."""
    words = prepared.tokens.words
    *mods, head = name.split()
    heads = {head, head + "s", head + "es"}
    out = dict(options)
    m = len(mods)
    for i in compress(range(len(words)), map(heads.__contains__, words)):
        if i in out:
            continue
        if i >= m and words[i - m:i] == mods:
            out.update((t, name) for t in range(i - m, i + 1) if t not in options)
    return _taken_up(words, name, out)


def _taken_up(words: list[str], name: str, options: dict[int, str]) -> dict[int, str]:
    """``options`` with a definite description of the unnamed or described option ``name`` mapped
    to it: another option key of the same head ("dna test" beside "novel test") that the page
    writes only after "the" or "this" ("A novel test that detects DNA markers in stool ... The DNA
    test is still experimental"). A definite noun phrase whose referent the page never introduced
    is given information, inferred from what the page has introduced (Prince 1981; Clark 1975,
    bridging): the option of that kind the page is about. A key the page also writes with "a",
    bare or in the plural ("a DNA test", "DNA tests") names an option of its own. Round 30: the
    page's test under its definite description counted as another option."""
    head = name.split()[-1]
    spans: dict[str, list[int]] = {}
    for i, key in options.items():
        if key != name and " " in key and key.split()[-1] == head and options.get(i - 1) != key:
            spans.setdefault(key, []).append(i)
    out = options
    for key, firsts in spans.items():
        if all(i > 0 and words[i - 1] in ("the", "this") and words[i + len(key.split()) - 1] == head for i in firsts):
            out = dict(out) if out is options else out
            for i in firsts:
                out.update((t, name) for t in range(i, i + len(key.split())))
    return out


def _announced(prepared: PreparedText, k: _Knowledge, lead: int, options: dict[int, str], skip: set[int],
               heads: frozenset[str]) -> str | None:
    """The first unnamed option of the lead announced as new, as the lead writes it: a head of
    ``heads`` after a word of ``newness`` ("an experimental oral drug"), or after a verb of making
    and its article ("researchers have developed a small device": ``made_new``, round 23, seed 199:
    a point-of-care blood test page was given the CT scan it replaces)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    for i in range(min(lead, len(words))):
        # a capitalised head is part of a name ("new Northwestern Medicine study")
        if words[i] not in heads or i in skip or i in options or not text[starts[i]].islower():
            continue
        # round 26: words joined by a hyphen are one premodifier ("an experimental cholesterol-fighting
        # drug" is two words from its head), so the reach counts the spaces crossed
        crossed = 0
        for j in range(i - 1, max(-1, i - 2 - 2 * k.unnamed_reach), -1):
            gap = _gap(text, starts, ends, j, j + 1)
            if gap not in ("", "-"):
                break
            crossed += gap == ""
            if crossed > k.unnamed_reach + 1:
                break
            made = words[j] in k.made_new and words[j + 1] in ("a", "an")
            if words[j] in k.newness and crossed <= k.unnamed_reach or made:
                if _set_aside(prepared, k, j):  # "unlike new drugs", "than newer pills"
                    break
                return " ".join(words[j + 2 if made else j:i + 1])
        if _made_later(prepared, k, i, lead):
            return words[i]
    return None


def _made_later(prepared: PreparedText, k: _Knowledge, i: int, lead: int) -> bool:
    """"An inhaler that protects the lungs ... has been developed by scientists": a head after "a"
    or "an" whose own sentence of the lead says it has been made (``made_new`` after "been", within
    ``passive_reach`` words), the passive of "scientists have developed an inhaler" (round 25, seed
    244: the inhaler page found nothing)."""
    words = prepared.tokens.words
    if i == 0 or words[i - 1] not in ("a", "an"):
        return False
    stop = next((r.stop for r in prepared.sentence_tokens if r.start <= i < r.stop), i + 1)
    for m in range(i + 1, min(stop, lead, i + k.passive_reach) - 1):
        if words[m] == "been" and words[m + 1] in k.made_new:
            return True
    return False


def _new_over_classes(prepared: PreparedText, k: _Knowledge, lead: int, options: dict[int, str],
                      skip: set[int], chosen: list[str], kinds: dict[str, str], in_lead: set[str]) -> Interventions | None:
    """A lead that names only classes of treatment ("hair-transplant surgery", "the CT scan") and
    announces a new unnamed device, test or drug ("a new robot", "have developed a small device")
    is about the new one: the classes are the setting it works in or the option it replaces, the
    comparator of its story (round 23, seed 199: "surgery" on a hair-robot page, "CT scan" on a
    point-of-care blood test page; the brief's "radiation" ahead of "CT scans"). The new option
    must be referred to again by its head ("the robot"); a named drug or product of the lead keeps
    its place, one the page names only after the lead does not (round 24: "influenza", read as a
    drug name, took a flu-vaccine skin patch page whose lead announces "a skin patch")."""
    if not chosen or any(kinds[key] not in _CLASSES and key in in_lead for key in chosen):
        return None
    name = _announced(prepared, k, lead, options, skip, k.new_over_class_heads)
    # a bare head ("Medtronic has developed a device ... The stent") may be the class option itself
    if not name or " " not in name:
        return None
    head = name.split()[-1]
    if sum(1 for w in prepared.tokens.words if w == head or w == head + "s") < k.lead_uses:
        return None
    return Interventions((name,), ("lead, named only as new, over a class",), _written(prepared, name, options))


def _described(prepared: PreparedText, k: _Knowledge, lead: int, options: dict[int, str],
               skip: set[int]) -> Interventions:
    """A lead that neither names an option nor calls one new may still describe it by a lower-case
    compound headed by a procedure or test ("quantitative brain imaging", "amyloid screening",
    "internet-delivered therapy"): the first such compound of the lead that the page writes again
    (``lead_uses``, in the singular or the plural) is its intervention, as the lead writes it (round
    13, seeds 66-88: a test or procedure no list can name). Any option the page names is then
    another one. A compound the lead sets aside ("than the current blood test") is its comparator."""
    first = next(_descriptions(prepared, k, lead, options, skip), None)
    return _as_described(prepared, options, *first) if first else Interventions((), (), options)


def _descriptions(prepared: PreparedText, k: _Knowledge, lead: int, options: dict[int, str],
                  skip: set[int]) -> Iterator[tuple[int, int, int]]:
    """Each description of the lead ``_described`` may take: the head's index, its modifier's,
    and how often the page writes the two (or refers back to the head)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    title = _title_case(prepared, k)
    for i in range(1, min(lead, len(words))):
        if words[i] not in k.procedure_heads or i in skip or i in options or not (text[starts[i]].islower() or i in title):
            continue
        j = i - 1
        modifier = words[j]
        marker = _marker_tested(prepared, k, j, i)  # "the prostate-specific antigen (PSA) test"
        if (j in options or j in skip or not modifier.isalpha() or modifier in k.not_described
                or not (text[starts[j]].islower() or j in title or marker)
                or _gap(text, starts, ends, j, i) not in ("", "-", ")" if marker else "-")
                or _set_aside(prepared, k, j)):  # "better than the current blood test" (round 16)
            continue
        # singular and plural alike: "a simple blood test" then "blood tests" (round 16, seed 133)
        head = key_of(words[i])
        written = [m for m in range(1, len(words)) if words[m - 1] == modifier and key_of(words[m]) == head]
        if i in title and not any(m not in title and text[starts[m - 1]].islower() for m in written):
            continue  # a title's capitals name the option only where the page writes it in lower case too
        uses = len(written)
        if uses < k.lead_uses and words[i] in k.referred_heads:  # "a urine test ... The test caught half"
            uses += min(uses, _referred_back(words, i, k))
        if uses >= k.lead_uses:
            yield i, j, uses


def _as_described(prepared: PreparedText, options: dict[int, str], i: int, j: int, uses: int) -> Interventions:
    """The described option from head ``i`` and modifier ``j``, as the lead writes it: a hyphened
    modifier whole ("smartphone-based test"), an abbreviation without its parenthesis ("(PSA) test")."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    first = j - 1 if j > 0 and _gap(text, starts, ends, j - 1, j) == "-" and words[j - 1].isalpha() else j
    name = key_of(text[starts[first]:ends[i]].lower().replace(")", ""))
    return Interventions((name,), (f"lead, {uses} uses, described",), _written(prepared, name, options))


def _marker_tested(prepared: PreparedText, k: _Knowledge, j: int, i: int) -> bool:
    """"the prostate-specific antigen (PSA) test", "HPV testing": an all-capital abbreviation
    before a head of a test names the marker the test looks for, and so the test (round 26, seeds
    177-266: PSA-screening pages found nothing; ``abbreviation_test_heads``, tests only)."""
    text, (_, starts, ends) = prepared.text, prepared.tokens
    return prepared.tokens.words[i] in k.abbreviation_test_heads and text[starts[j]:ends[j]].isupper()


def _title_case(prepared: PreparedText, k: _Knowledge) -> range:
    """The tokens of a title written in title case ("DNA Blood Test Gives Women A New Option"):
    the page's first sentence read, where at least ``title_min_words`` words longer than three
    letters stand and ``title_case_share`` of them begin with a capital; else no tokens (round
    26, seed 266: such a title capitalises the description of the page's option)."""
    text, (words, starts, _) = prepared.text, prepared.tokens
    first = next((r for r, s in zip(prepared.sentence_tokens, prepared.sentences)
                  if not (s.in_boilerplate or s.in_references)), range(0))
    long = [i for i in first if len(words[i]) > 3 and words[i].isalpha()]
    capitals = sum(1 for i in long if text[starts[i]].isupper())
    if len(long) < k.title_min_words or capitals < k.title_case_share * len(long):
        return range(0)
    return first


def _referred_back(words: list[str], i: int, k: _Knowledge) -> int:
    """How often the page refers back to the head at ``i`` by "the" or "this" and that head after it
    ("a spit test ... the test": definite anaphora, Quirk et al. 1985 5.32; ``referred_determiners``,
    round 26): 1 when at least ``referred_uses``."""
    head, the = words[i], k.referred_determiners
    refs = sum(1 for m in range(i + 1, len(words)) if words[m] == head and words[m - 1] in the)
    return int(refs >= k.referred_uses)


def _in_proper_name(prepared: PreparedText, k: _Knowledge, i: int, firsts: set[int]) -> bool:
    """"The Annals of Thoracic Surgery", "Radiation Oncology": a treatment word the page writes in
    lower case, written capitalised inside a multi-word proper name (a journal, a department),
    names no option there."""
    text, (_, starts, ends) = prepared.text, prepared.tokens
    if i in firsts or not text[starts[i]].isupper() or text[starts[i]:ends[i]].isupper():
        return False
    if _in_longer_name(text, prepared.tokens.words, starts, ends, i, k, firsts):  # "Department of Surgery"
        return True
    # a neighbour across punctuation ("(HealthDay News) -- Acupuncture might") shares no name
    before = (i > 0 and i - 1 not in firsts and text[starts[i - 1]].isupper()
              and not _gap(text, starts, ends, i - 1, i))
    return before or (i + 1 < len(starts) and text[starts[i + 1]].isupper() and not _gap(text, starts, ends, i, i + 1))


def _past_head(words: list[str], starts: list[int], ends: list[int], i: int, options: dict[int, str],
               k: _Knowledge) -> int:
    """The token after option ``i``, past a procedure head that closes its phrase: "nicotine
    replacement therapy (NRT)" gives NRT as the other name of "nicotine replacement" (round 20: the
    harms fixer's "NRT" page, where the abbreviation was another option)."""
    j = i + 1
    if j + 1 < len(words) and j not in options and words[j] in k.procedure_heads and starts[j] - ends[i] == 1:
        return j + 1
    return j


def _aliases(prepared: PreparedText, options: dict[int, str], chosen: list[str], k: _Knowledge) -> list[str]:
    """Names the page equates with a chosen one: written beside it in parentheses, "Siliq
    (brodalumab)", "brodalumab (Siliq)", or given as its other name by a gloss (``_glossed_other``:
    "Vyxeos, also known as CPX-351", "acetaminophen (usually referred to by its brand name, Tylenol)",
    "CT7001, formerly ICEC0942", "Zelvora, a drug called tamsuvir"), a fronted naming participle
    ("Known as SER-120, the nasal spray contains ...") or a renaming ("ICEC0942 was licensed to
    Carrick, who developed it into a molecule named CT7001"). Equating is symmetric: whichever of the
    two names is chosen, the other joins it. Reformulatory and designating apposition (Quirk et al.
    1985 17.65-17.81): the two noun phrases have one referent, so a brand, its generic and its
    sponsor's code are one intervention (round 30: a page's own option under its other name was
    "another option")."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    out = []
    for i, key in options.items():
        if options.get(i + 1) == key:
            continue  # not the last token of its name
        j = _past_head(words, starts, ends, i, options, k)
        other = options.get(j)
        # "such as antidepressants, (acupuncture) should": an editor's insertion renames nothing
        if not (other and other != key and text[ends[j - 1]:starts[j]].strip(" \n\t™®") == "("):
            j = _glossed_other(prepared, i, options, k)
            other = options.get(j) if j is not None else None
        if other and other != key:
            if key in chosen:
                out.append(other)
            elif other in chosen:
                out.append(key)
    out += _fronted_aliases(prepared, options, chosen, k)
    return out


def _glossed_other(prepared: PreparedText, i: int, options: dict[int, str], k: _Knowledge,
                   start: int | None = None) -> int | None:
    """The first token of the name a gloss after name ``i`` gives as its other name, or None: after a
    comma, a parenthesis or nothing, a run of at most ``alias_reach`` words of ``alias_words`` (or
    an apposed description's article, modifiers and kind noun: "a new drug called") that holds a
    word of ``alias_naming`` and ends in one of ``alias_ends`` ("known as", "called", "brand name",
    "formerly"), then the name, right after (a comma may stand before it: "its brand name, Tylenol").
    Not a run that ends on an article ("known as an ACE inhibitor" gives a class, not a name). The
    run may be given its ``start`` (a sentence's first word), else it follows ``i``."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    n = len(words)
    first = i + 1 if start is None else start
    if first >= n or start is None and text[ends[i]:starts[first]].strip(" \n\t™®") not in ("", ",", "(", "—"):
        return None
    j = first
    while (j < n and j - first < k.alias_reach and j not in options
           and (words[j] in k.alias_words or words[j] in k.kind_nouns or words[j] in k.newness)
           and (j == first or _gap(text, starts, ends, j - 1, j) in ("", "-"))):
        j += 1
    run = words[first:j]
    # "an antibiotic called vancomycin", "compounds in cocoa called flavanols": a bare "called" right
    # after a word designates the noun phrase's kind, not a name's other name
    if start is None and run and run[0] in k.alias_ends and not _gap(text, starts, ends, i, first):
        return None
    if (not run or j >= n or j not in options or run[-1] not in k.alias_ends
            or k.alias_naming.isdisjoint(run) or _gap(text, starts, ends, j - 1, j) not in ("", ",", ":")):
        return None
    return j


def _fronted_aliases(prepared: PreparedText, options: dict[int, str], chosen: list[str], k: _Knowledge) -> list[str]:
    """"Known as SER-120, the nasal spray contains desmopressin": a sentence that opens on a naming
    participle and a name gives the name to its subject, the noun phrase after the comma (a fronted
    participle clause takes the main clause's subject as its own: Quirk et al. 1985 15.60); and "X
    ... developed it into a molecule named Y": what the option is made into under a name is the
    option renamed (a compound licensed to a sponsor and given its code). The other name joins a
    chosen one (``alias_reach`` words to the subject's name; no other option between)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    out = []
    for sentence in prepared.sentence_tokens:
        first = sentence.start
        if first < len(words) and words[first] in k.alias_naming and text[starts[first]].isupper():
            j = _glossed_other(prepared, first, options, k, start=first)
            if j is None or _gap(text, starts, ends, j, j + 1) != "," and options.get(j + 1) != options[j]:
                continue
            name = options[j]
            m = j + 1
            while m < sentence.stop and options.get(m) == name:
                m += 1
            subject = next((options[t] for t in range(m, min(sentence.stop, m + k.alias_reach)) if t in options), None)
            if subject and subject != name:
                out += [name] if subject in chosen else [subject] if name in chosen else []
        out += _renamed(prepared, options, chosen, k, sentence)
    return out


def _renamed(prepared: PreparedText, options: dict[int, str], chosen: list[str], k: _Knowledge,
             sentence: range) -> list[str]:
    """"ICEC0942 was licensed to Carrick, who developed it into a molecule named CT7001": "it into a"
    and a named description, in a sentence whose only option before it is a chosen one."""
    words = prepared.tokens.words
    for t in range(sentence.start, sentence.stop - 3):
        if words[t] == "it" and words[t + 1] == "into" and words[t + 2] in ("a", "an"):
            j = _glossed_other(prepared, t + 1, options, k, start=t + 2)
            before = {options[m] for m in range(sentence.start, t) if m in options}
            if j is not None and len(before) == 1 and before <= set(chosen) and options[j] not in before:
                return [options[j]]
    return []


_ROMAN = re.compile(r"[IVXL]+")


def _frame_end(words: list[str], i: int, k: _Knowledge) -> int | None:
    """Where the condition's phrase begins if word ``i`` opens a frame of indication ("for", "to
    treat", "people with"); None if it opens none."""
    w = words[i]
    if w in k.indication_single:
        return i + 1
    if w in k.indication_pair_firsts and f"{w} {words[i + 1]}" in k.indication_pairs:
        return i + 2
    return None


def _condition_words_after(prepared: PreparedText, k: _Knowledge, j: int, stop: int) -> set[str]:
    """The words that name a condition in the phrase from word ``j`` (before ``stop``), and the
    abbreviation defined after it; see ``_target_conditions``."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    found: set[str] = set()
    named = False
    for m in range(j, min(stop, j + k.condition_reach)):
        gap = _gap(text, starts, ends, m - 1, m)
        if gap:
            if gap == "(" and named and text[starts[m]:ends[m]].isupper():
                found.add(words[m])  # "postpartum depression (PPD)": its abbreviation
            break
        v = words[m]
        if v in k.condition_skips:
            continue
        if v in k.condition_stops or v in k.not_conditions:
            break
        if _condition_word(text[starts[m]:ends[m]], v, k):
            found.add(v)
            named = True
    return found


def _condition_word(surface: str, v: str, k: _Knowledge) -> bool:
    """Whether the word ``v`` (written ``surface``) names a condition: a word of ``condition_words``,
    one with a clinical term's ending, a name in the possessive, a word in capitals."""
    return (v in k.condition_words or (v.endswith("'s") and surface[:1].isupper())
            or (len(v) >= k.condition_min_length and v.endswith(k.condition_suffixes))
            or (surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 5
                and not _ROMAN.fullmatch(surface)))  # "phase III", "stage IV": no condition


def _condition_before_people(prepared: PreparedText, k: _Knowledge, i: int) -> set[str]:
    """The condition word right before a noun of people who have it ("insomnia patients", "hip
    fracture patients", "stroke survivors"), joined to it by a space; see ``_target_conditions``."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    j = i - 1
    if j < 0 or _gap(text, starts, ends, j, i) or text[ends[j]:starts[i]] != " ":
        return set()
    v = words[j]
    if v in k.condition_stops or v in k.not_conditions or v in k.condition_skips:
        return set()
    return {v} if _condition_word(text[starts[j]:ends[j]], v, k) else set()


def _target_conditions(prepared: PreparedText, k: _Knowledge) -> frozenset[str]:
    """The page's target condition: the disease or symptom its option is given for, named in the
    lead after a frame of indication ("a treatment for insomnia", "to treat acute diarrhea", "people
    with GERD", "women with postpartum depression (PPD)", and since round 25 "hip fracture patients",
    "stroke survivors": the P of a PICO question, Richardson et
    al. 1995; an FDA label's "Indications and Usage"; the lead carries a story's topic, van Dijk
    1988) and used again on the page (``condition_min_uses``). The words that name it: a word of
    ``condition_words``, one with a clinical term's ending, a name in the possessive
    ("Parkinson's"), a word in capitals, and an abbreviation defined after the phrase ("(PPD)").
    Determiners, words of degree ("chronic") and modifiers ("postpartum") are passed over; the
    phrase ends at a function word ("in", "and", "who") or a mark. A harm that is the page's
    condition, or that the condition causes, is the disease's burden, not a harm of the option
    (HealthNewsReview.org criterion 3: the harms of the intervention; round 16: disease_burden, the
    dev audit's most common harms error).

    Cheap: one set lookup a word of the lead (``condition_lead_words``) finds the few that open a
    frame, then a count per word found."""
    read = _read_sentences(prepared)
    if not read:
        return frozenset()
    words = prepared.tokens.words
    stop = min(len(words), _lead_end(read, k, k.condition_lead_words))
    found: set[str] = set()
    first = read[0].start  # only a word that may open a frame or follow a condition is read further
    for i in compress(range(first, stop - 1), map(k.condition_openers.__contains__, words[first:stop - 1])):
        j = _frame_end(words, i, k)
        if j is not None:
            found |= _condition_words_after(prepared, k, j, stop)
        elif words[i] in k.condition_people_after:  # round 25: "hip fracture patients"
            found |= _condition_before_people(prepared, k, i)
    named = {w for w in found if words.count(w) >= k.condition_min_uses}
    # one form for "infections" and "infection", and the name in "Parkinson's" without its "'s"
    return frozenset(named | {key_of(w) for w in named if not w.endswith("'s")}
                     | {w[:-2] for w in named if w.endswith("'s")})


# How many words an outcome's phrase may run ("heart attack, stroke or cardiovascular death").
_OUTCOME_REACH = 8


def _outcome_key(word: str) -> str:
    """One key for an outcome's forms: "strokes" -> "stroke", "died"/"dying"/"mortality" -> "death"."""
    return "death" if word in _knowledge().prevent_death_words else key_of(word)


def _prevented_outcomes(prepared: PreparedText, found: Interventions, k: _Knowledge) -> frozenset[str]:
    """The outcomes the page's option is said to prevent or reduce: the object of a verb of
    preventing ("prevent shingles"), of a verb of lowering through a noun of risk ("cut the risk of
    heart attack and stroke", "a lower risk of stroke", "a 20 percent reduction in the risk of
    death") or of "protect ... against" ("protects against stroke"), where the page's intervention
    is named before the verb in its sentence or a pronoun that may stand for it is the verb's
    subject ("it may help prevent falls"); not under a negation ("did not lower the risk"). Words
    too general to match an event by ("heart", "disease", "complications") are left out.

    Such an outcome is the study's endpoint: an event rate of it ("10 percent of the participants
    suffered a heart attack or stroke", "no patients experienced a stroke") measures the benefit,
    not a harm of the option (CONSORT 2010 items 6a and 17: primary outcome vs. harms, item 19;
    HealthNewsReview.org criteria 2 and 3; the dev audit's disease_burden errors, round 27)."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    options = found.options
    names = set(found.names)
    out: set[str] = set()
    verbs = k.prevent_verbs | k.prevent_lowering_verbs | k.prevent_protect_verbs
    for r in _read_sentences(prepared):
        # only the verbs of preventing, lowering or protecting start an outcome: the others are skipped at once
        for i in compress(range(r.start, r.stop - 1), map(verbs.__contains__, words[r.start:r.stop - 1])):
            w = words[i]
            if w in k.prevent_verbs:
                j = i + 1
            elif w in k.prevent_lowering_verbs or w in k.prevent_protect_verbs:
                heads = k.prevent_risk_nouns if w in k.prevent_lowering_verbs else frozenset({"against"})
                j = None
                for m in range(i + 1, min(r.stop - 1, i + 1 + k.prevent_reach)):
                    if _gap(text, starts, ends, m - 1, m):
                        break
                    if words[m] in heads:
                        if heads is k.prevent_risk_nouns:
                            j = m + 2 if words[m + 1] in ("of", "for") else None
                        else:
                            j = m + 1
                        break
                if j is None:
                    continue
            else:
                continue
            if not _prevented_by_option(prepared, options, names, k, r.start, i):
                continue
            out |= _outcome_heads(prepared, k, j, r.stop)
    return frozenset(out)


def _outcome_heads(prepared: PreparedText, k: _Knowledge, j: int, stop: int) -> set[str]:
    """The heads of the outcome phrase from word ``j``: the last word of each member of its list
    ("heart attack, stroke or death" -> attack, stroke, death; "liver cancer" -> cancer), so a
    modifier ("liver") matches no event of its own. The phrase ends at a stop word, a mark other
    than a list's comma, or a comma before a determiner ("..., the researchers found")."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    heads: set[str] = set()
    last = None
    for m in range(j, min(stop, j + _OUTCOME_REACH)):
        gap = _gap(text, starts, ends, m - 1, m) if m > j else ""
        if gap not in ("", ",") or gap == "," and not _list_goes_on(prepared, k, m, stop):
            break
        v = words[m]
        if v in k.prevent_stops or last and v.endswith(("ed", "ing")):
            break
        if gap == "," or v in ("and", "or"):
            if last:
                heads.add(last)
            last = None
        if v not in k.prevent_skips and not v.endswith("ly") and (v.isalpha() or "-" in v):
            last = _outcome_key(v)
    if last:
        heads.add(last)
    return heads


def _list_goes_on(prepared: PreparedText, k: _Knowledge, m: int, stop: int) -> bool:
    """After a comma at word ``m``, the outcome's list goes on: an "and" or "or" follows before the
    phrase ends ("heart attack, stroke, or death"), and no determiner opens a clause of its own
    ("stroke, the researchers found"; "heart troubles, doctors note that")."""
    text, (words, starts, ends) = prepared.text, prepared.tokens
    if words[m] in k.condition_skips:
        return False
    for n in range(m, min(stop, m + _OUTCOME_REACH)):
        if n > m and _gap(text, starts, ends, n - 1, n) not in ("", ","):
            return False
        if words[n] in ("and", "or"):
            return True
        if words[n] in k.prevent_stops:
            return False
    return False


def _prevented_by_option(prepared: PreparedText, options: dict[int, str], names: set[str], k: _Knowledge,
                         first: int, verb: int) -> bool:
    """The verb at ``verb`` has the page's option as its subject: the intervention is named before it
    in its sentence (from ``first``), or the word before it (past auxiliaries and adverbs) is a
    pronoun that may stand for it; never where a word before the verb in its sentence denies, fails or
    doubts the prevention ("failed to reduce", "no evidence that it can prevent", "unclear whether")."""
    words = prepared.tokens.words
    i = verb - 1
    while i >= first and words[i] in k.prevent_aux:
        i -= 1
    if any(w in k.prevent_denials or w.endswith("n't") for w in words[first:verb]):
        return False
    if i >= first and words[i] in k.prevent_pronouns:
        return True
    return any(options.get(m) in names for m in range(first, verb))
