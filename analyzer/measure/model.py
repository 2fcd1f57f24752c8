"""Learned context models: which lexicon candidates are really used as hedges here.

The lexicon stays the reviewable list of candidates; a small logistic regression, trained on
the speculation cues annotated in BioScope (Vincze et al. 2008, as in the CoNLL-2010 shared
task, Farkas et al. 2010), decides for each candidate of the model's categories whether it is
used as a speculation cue in its sentence. "could" in "this could be considered a risk factor"
is; "estimated" in "prevalence was estimated by logistic regression" is not. A word list with
hand-written exceptions cannot see that; a few hundred readable context features can.

Inference is pure Python over the plain JSON weights in ``analyzer/models`` (see the model card
beside each file, and ``python -m analyzer.training`` to rebuild them). Every decided finding
carries its probability and the features that weighed most, so a reader can check the call.

The model only narrows: it reads the findings the matcher kept after its context rules (a rule
encodes what the training data cannot teach, like "May 2019"), and a candidate it rejects
stays visible as a non-counted finding.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..text import PreparedText
from .claims import claim_strength, is_relationship
from .lexicon import ClaimRoles, Lexicon
from .matcher import Finding, revised

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"

_NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "without", "cannot"})
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# How many features a finding shows: the ones that moved its probability most.
SHOWN_FEATURES = 3


@dataclass(frozen=True)
class CueModel:
    """Weights of one cue-disambiguation model, as read from its JSON file."""

    name: str
    family: str
    categories: frozenset[str]
    bias: float
    weights: Mapping[str, float]
    threshold: float
    word_lists: Mapping[str, frozenset[str]]  # "methods" / "results" wording, read by the features
    undecided_terms: frozenset[str] = frozenset()  # scored but left to the lexicon (see the card)

    def probability(self, features: Sequence[str]) -> float:
        score = self.bias + sum(map(self.weights.get, features, repeat(0.0)))  # each weight, 0 for an unknown feature
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def deciding(self, features: Sequence[str], n: int = SHOWN_FEATURES) -> tuple[str, ...]:
        """The ``n`` features with the largest contribution, as "feature +1.2" (ties in the features' order)."""
        shown, weights = self._shown, self.weights
        weighted = [shown.get(f) or self._show(f) for f in dict.fromkeys(features) if f in weights]
        weighted.sort(key=itemgetter(0))
        return tuple(label for _, label in weighted[:n])

    @cached_property
    def _shown(self) -> dict[str, tuple[float, str]]:
        """Feature -> its weight's size negated (the order ``deciding`` shows features in) and its label,
        for the features shown so far: formatting a float is most of the cost of a finding's features
        (round 37). At most one entry a weight."""
        return {}

    def _show(self, feature: str) -> tuple[float, str]:
        weight = self.weights[feature]
        self._shown[feature] = entry = (-abs(weight), f"{feature} {weight:+.1f}")
        return entry


@dataclass(frozen=True)
class CertaintyModel:
    """A linear regression from readable sentence features to certainty (1-6)."""

    bias: float
    weights: Mapping[str, float]
    low: float
    high: float

    def predict(self, features: Mapping[str, float]) -> float:
        value = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return max(self.low, min(self.high, value))

    def deciding(self, features: Mapping[str, float], n: int = SHOWN_FEATURES) -> tuple[str, ...]:
        """The ``n`` features that moved the prediction most, as "feature -0.8"."""
        moved = [(self.weights[k] * v, k) for k, v in features.items() if k in self.weights]
        moved = sorted((wk for wk in moved if abs(wk[0]) >= 0.05), key=lambda wk: -abs(wk[0]))
        return tuple(f"{k} {w:+.2f}" for w, k in moved[:n])


@dataclass(frozen=True)
class SentenceCertainty:
    """How certain one claim-bearing sentence reads, on Pei & Jurgens' 1-6 scale, and why."""

    sentence_index: int
    certainty: float
    features: tuple[tuple[str, float], ...]  # what the model read, kept so ``deciding`` is worked out only when shown
    model: str = "certainty"

    @property
    def deciding(self) -> tuple[str, ...]:
        """The features that moved the figure most, as "feature -0.8"."""
        return load_certainty_model(self.model).deciding(dict(self.features))


def _read(name: str) -> dict:
    return json.loads((MODEL_DIR / f"{name}.json").read_text(encoding="utf-8"))


def read_cue_model(path: Path) -> CueModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return CueModel(data["name"], data["family"], frozenset(data["categories"]), data["bias"], data["weights"],
                    data["threshold"], {k: frozenset(v) for k, v in data["word_lists"].items()},
                    frozenset(data.get("undecided_terms", ())))


@lru_cache(maxsize=8)
def load_cue_model(name: str) -> CueModel:
    """A shipped model by name (``analyzer/models/<name>.json``), read once per process."""
    return read_cue_model(MODEL_DIR / f"{name}.json")


@lru_cache(maxsize=2)
def load_certainty_model(name: str = "certainty") -> CertaintyModel:
    data = _read(name)
    return CertaintyModel(data["bias"], data["weights"], data["range"][0], data["range"][1])


@dataclass(frozen=True)
class Candidate:
    """One lexicon finding of a model's categories, with its features, before the model decides."""

    finding: Finding
    features: tuple[str, ...]


def _bucket(word: str) -> str:
    return "<number>" if word[:1].isdigit() else word


@dataclass(frozen=True)
class SentenceView:
    """What a cue's features read from its whole sentence, computed once per sentence: each
    candidate reading its sentence again made one 250 KB unpunctuated "sentence" quadratic."""

    words: Sequence[str]
    lists: tuple[str, ...]  # the model's word lists the sentence holds, in name order
    last_or: int  # index of the sentence's last "or"; -1 when it has none
    question: bool

    @classmethod
    def of(cls, words: Sequence[str], text: str, word_lists: Mapping[str, frozenset[str]]) -> SentenceView:
        lists = tuple(name for name, listed in sorted(word_lists.items()) if not listed.isdisjoint(words))
        last_or = len(words) - 1 - list(reversed(words)).index("or") if "or" in words else -1
        return cls(words, lists, last_or, text.rstrip().endswith("?"))


def cue_features(sentence: SentenceView, i: int, j: int, term: str, category: str, matched: str,
                 rule: str | None) -> tuple[str, ...]:
    """Readable features of a candidate at words ``i:j`` of its sentence."""
    words = sentence.words
    prev = _bucket(words[i - 1]) if i > 0 else "(sentence start)"
    nxt = _bucket(words[j]) if j < len(words) else "(sentence end)"
    features = [f"term '{term}'", f"category {category}", f"previous word '{prev}'", f"next word '{nxt}'",
                f"'{term}' then '{nxt}'", f"'{prev}' then '{term}'"]
    if matched != term:
        features.append(f"word '{matched}'")
    if j + 1 < len(words):
        features.append(f"'{term}' then '{nxt}' '{_bucket(words[j + 1])}'")
    near = list(words[max(0, i - 3):i]) + list(words[j:j + 2])
    if any(w in _NEGATIONS or w.endswith("n't") for w in near):
        features.append("negation nearby")
    if rule:
        features.append(f"admitted by rule {rule}")
    features.extend(f"{name} wording in sentence" for name in sentence.lists)
    if sentence.last_or >= j:
        features.append("'or' later in sentence")
    if sentence.question:
        features.append("sentence is a question")
    third = 3 * i // max(1, len(words))
    features.append(("in first third of sentence", "in middle of sentence", "in last third of sentence")[min(third, 2)])
    return tuple(features)


def hedge_candidates(prepared: PreparedText, findings: Iterable[Finding], model: CueModel) -> list[Candidate]:
    """The findings of the model's family and categories in ``prepared``, with their features.

    Candidates are what the matcher found, after its context rules: a rule encodes knowledge
    the training data cannot teach (BioScope abstracts hold no month "May" and few "could not").
    """
    text, tokens = prepared.text, prepared.tokens
    candidates, views = [], {}
    for finding in findings:
        if finding.family != model.family or finding.category not in model.categories:
            continue
        within = prepared.sentence_tokens[finding.sentence_index]
        i = bisect_right(tokens.starts, finding.start, within.start, within.stop) - 1
        j = bisect_right(tokens.starts, finding.end - 1, within.start, within.stop)
        view = views.get(finding.sentence_index)
        if view is None:
            sentence = prepared.sentences[finding.sentence_index]
            view = views[finding.sentence_index] = SentenceView.of(
                tokens.words[within.start:within.stop], text[sentence.start:sentence.end], model.word_lists)
        features = cue_features(view, i - within.start, j - within.start, finding.term, finding.category,
                                " ".join(tokens.words[i:j]), finding.rule)
        candidates.append(Candidate(finding, features))
    return candidates


def _decided(candidate: Candidate, model: CueModel) -> Finding:
    """The candidate as the model decides it: a use, or visible but "rejected" (not counted).
    An undecided term keeps the lexicon's decision and shows its probability for information."""
    p = model.probability(candidate.features)
    finding = candidate.finding
    if p >= model.threshold or finding.term in model.undecided_terms:
        usage, reason = finding.usage, finding.mention_reason
    else:
        usage, reason = "rejected", "model"
    return revised(finding, usage=usage, mention_reason=reason, probability=round(p, 4),
                   features=model.deciding(candidate.features))


def apply_models(findings: Sequence[Finding], prepared: PreparedText, lexicon: Lexicon,
                 models: Mapping[str, "str | CueModel"] | None = None) -> tuple[Finding, ...]:
    """``findings`` with each modelled family's candidates decided by its model.

    Which family has a model is data: its lexicon file's ``model = "..."`` (``models`` overrides,
    for tests). Findings of other families, and of categories a model does not cover
    (approximators, frequency words), pass through unchanged. A rejected candidate stays visible
    with usage "rejected" and reason "model", and does not count.
    """
    if models is None:
        models = {f.name: f.model for f in lexicon.families if f.model}
    result = list(findings)
    for family, name in models.items():
        if family not in lexicon.family_names:
            continue
        model = name if isinstance(name, CueModel) else load_cue_model(name)
        decided = {id(c.finding): _decided(c, model) for c in hedge_candidates(prepared, result, model)}
        result = [decided.get(id(f), f) for f in result]
    return tuple(result)


def certainty_features(findings: Iterable[Finding], sentence_text: str, lexicon: Lexicon | None = None) -> dict[str, float]:
    """Readable features of one sentence for the certainty model, from its findings.

    Hedge candidates weigh by the cue model's probability (a rejected "could" still tells a
    reader something about certainty); boosters and claim wording (causality lexicon) by count.
    """
    if lexicon is None:
        from .analysis import lexicon_for  # the one import cycle: analysis imports this module
        lexicon = lexicon_for()
    hedging, boosting, roles = lexicon.families_with_role("hedging"), lexicon.families_with_role("boosting"), lexicon.roles
    findings = list(findings)
    hedges = [f for f in findings if f.family in hedging and f.probability is not None]
    features: dict[str, float] = {
        "hedge probability (sum)": sum(f.probability for f in hedges),
        "strongest hedge probability": max((f.probability for f in hedges), default=0.0),
        "accepted hedge cues": sum(1 for f in hedges if f.counted),
        "approximators and frequency words": sum(
            1 for f in findings if f.family in hedging and f.probability is None and f.counted),
        "boosters (weighted)": sum(f.weight for f in findings if f.family in boosting and f.counted),
    }

    def add(key: str, value: float = 1.0) -> None:
        features[key] = features.get(key, 0.0) + value

    for f in findings:
        if f.family in hedging:
            add(f"hedge '{f.term}'", 1.0 if f.probability is None else f.probability)
            if f.counted and f.probability is not None:
                add(f"accepted {f.category} hedges")
        elif f.family in boosting and f.counted:
            add(f"booster '{f.term}'")
        elif is_relationship(f, roles) and f.counted:
            features[f"claim wording '{f.term}'"] = 1.0
    if any(is_relationship(f, roles) for f in findings):
        strength = claim_strength(findings, roles)
        features[("no-relationship claim", "correlational claim", "conditional causal claim",
                  "direct causal claim")[strength]] = 1.0
    lowered = sentence_text.lower()
    words = set(_WORDS.findall(lowered))
    if words & _NEGATIONS or ("n't" in lowered and any(w.endswith("n't") for w in words)):
        features["negation in sentence"] = 1.0
    if any(map(str.isdigit, sentence_text)):
        features["a number in the sentence"] = 1.0
    if sentence_text.rstrip().endswith("?"):
        features["sentence is a question"] = 1.0
    return features


def certainty(findings: Iterable[Finding], text: str, model: str = "certainty") -> float:
    """Predicted certainty (1 very uncertain .. 6 very certain, Pei & Jurgens 2021) of ``text``,
    one sentence, from its findings after ``apply_models``."""
    return load_certainty_model(model).predict(certainty_features(findings, text))


def sentence_certainty(findings: Iterable[Finding], prepared: PreparedText, sentence_index: int,
                       model: str = "certainty") -> float:
    """``certainty`` of sentence ``sentence_index`` of a document, from the findings in it."""
    sentence = prepared.sentences[sentence_index]
    own = [f for f in findings if f.sentence_index == sentence_index]
    return certainty(own, prepared.text[sentence.start:sentence.end], model)


def claim_certainty(findings: Sequence[Finding], prepared: PreparedText, lexicon: Lexicon | ClaimRoles,
                    model: str = "certainty") -> tuple[SentenceCertainty, ...]:
    """Certainty of every sentence that states or qualifies a claim: one with a hedge candidate,
    a booster or claim wording. The model was trained on such finding sentences (Pei & Jurgens
    2021); a sentence with none of them gives it nothing to read, so it is left out."""
    claim_roles = lexicon.families_with_role("hedging") | lexicon.families_with_role("boosting")
    by_sentence: dict[int, list[Finding]] = {}
    for f in findings:
        by_sentence.setdefault(f.sentence_index, []).append(f)
    regression = load_certainty_model(model)
    result = []
    for index, own in sorted(by_sentence.items()):
        if not any(f.family in claim_roles or is_relationship(f, lexicon.roles) for f in own):
            continue
        sentence = prepared.sentences[index]
        features = certainty_features(own, prepared.text[sentence.start:sentence.end], lexicon)
        result.append(SentenceCertainty(index, round(regression.predict(features), 2), tuple(features.items()), model))
    return tuple(result)
