"""Rebuild the learned context models from the labelled data, with a fixed seed.

    python -m analyzer.training [--data ../shared/data] [--out analyzer/models]

Two models, both linear and both over features a reader can follow (see measure/model.py):

* ``hedge_cues``: for each hedge candidate of the lexicon, P(used as a speculation cue here).
  Gold: the speculation cue spans of BioScope abstracts (Vincze et al. 2008, CC BY 2.0); a
  candidate overlapping a gold cue is positive. L2-regularised logistic regression (Newton).
* ``certainty``: sentence certainty 1-6 (Pei & Jurgens 2021, MIT) by ridge regression over hedge
  probabilities, boosters and claim wording.

Evaluation is honest about grouping: BioScope sentences of one abstract never sit on both sides
of a split (abstract boundaries are read from the rows: see ``abstract_groups``), 5 folds, and
the sentence threshold is chosen inside each training side only. Needs numpy (training only;
inference reads the JSON in pure Python).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

import numpy as np

from .measure import Matcher, load_lexicon
from .measure.model import MODEL_DIR, CueModel, apply_models, certainty_features, hedge_candidates, read_cue_model
from .text import prepare

SEED = 14
FOLDS = 5
MIN_COUNT = 2  # a feature seen in fewer training candidates gets no weight
L2 = 1.0  # logistic regression penalty (on the summed log-loss)
RIDGE = 10.0  # certainty ridge penalty
# The speculation categories. Limitation statements ("more research is needed", Islam et al. 2020;
# Sumner et al. 2014) are caveats BioScope does not annotate as speculation: the model cannot
# judge them, so the lexicon keeps deciding them.
MODEL = "hedge_cues"


def modelled() -> tuple[str, tuple[str, ...]]:
    """The family whose lexicon file names this model (``model = "hedge_cues"``) and the
    categories it decides: those whose role is "conditional" (speculation cues; approximators,
    frequency words and limitation phrases are not speculation in BioScope)."""
    from .measure import lexicon_for

    lexicon = lexicon_for()
    family = next(f.name for f in lexicon.families if f.model == MODEL)
    return family, tuple(c for (owner, c), role in lexicon.roles.items() if owner == family and role == "conditional")
# Terms the model scores but does not decide: BioScope abstracts cannot separate their senses
# ("could": 66 cues, 80 past abilities like "could be detected"), while in health news the
# epistemic sense dominates ("the drug could reduce symptoms"). The lexicon and its context rule
# decide them, as before; the evaluation counts them the same way.
UNDECIDED_TERMS = ("could",)
# Section cues: a methods sentence ("we measured", "was estimated by regression") reports what
# was done, and "estimated", "probability of", "possible" there name quantities, not doubt; a
# results/discussion sentence ("these data", "our findings") is where speculation lives
# (BioScope guidelines, Vincze et al. 2008; CoNLL-2010 systems used such zone cues).
WORD_LISTS = {
    "methods": ["measured", "calculated", "assessed", "analysed", "analyzed", "performed", "using", "used",
                "regression", "method", "methods", "procedure", "protocol", "cohort", "enrolled", "recruited",
                "randomized", "randomised", "collected", "obtained", "determined", "examined", "investigated"],
    "results": ["results", "data", "findings", "observations", "together", "thus", "therefore", "conclude",
                "conclusion", "taken", "our", "these"],
}


def rows(data: Path, name: str) -> list[dict]:
    with (data / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- abstract boundaries -------------------------------------------------------------------

_AUXILIARIES = set("is are was were be been being has have had can could may might will would should must do does did "
                   "we our here these this thus however".split())


def looks_like_title(text: str) -> bool:
    """A GENIA title is a noun phrase: no auxiliary, no past-tense verb after the first word,
    no "we"/"these"/"thus" ("Induction of NF-KB during monocyte differentiation by HIV ...")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return not any(w in _AUXILIARIES for w in words) and not any(w.endswith("ed") and len(w) > 4 for w in words[1:])


def abstract_groups(texts: Sequence[str], shortest: int = 4) -> list[int]:
    """Abstract number of each row (the rows are whole abstracts in corpus order, each opened by
    its title). A run shorter than ``shortest`` sentences joins the one before, so a sentence
    misread as a title merges two abstracts (harmless) rather than splitting one (a leak)."""
    groups, current, size = [], 0, 0
    for text in texts:
        if looks_like_title(text) and size >= shortest:
            current, size = current + 1, 0
        groups.append(current)
        size += 1
    return groups


def folds_of(groups: Sequence[int], k: int = FOLDS, seed: int = SEED) -> list[int]:
    """Fold of each row: whole groups assigned to folds at random (fixed seed)."""
    ids = sorted(set(groups))
    random.Random(seed).shuffle(ids)
    fold = {g: n % k for n, g in enumerate(ids)}
    return [fold[g] for g in groups]


# --- logistic regression -------------------------------------------------------------------

@dataclass
class Examples:
    features: list[tuple[str, ...]]
    labels: np.ndarray
    sentence: np.ndarray  # row index of each candidate
    undecided: np.ndarray  # candidate of a term the lexicon, not the model, decides


def vocabulary(features: Sequence[Sequence[str]], min_count: int = MIN_COUNT) -> list[str]:
    counts: dict[str, int] = {}
    for fs in features:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= min_count)


class Design:
    """A binary design matrix kept as its nonzero (row, column) pairs, plus a bias column:
    products cost the number of active features, not rows x vocabulary."""

    def __init__(self, features: Sequence[Sequence[str]], vocab: Sequence[str]):
        index = {f: i for i, f in enumerate(vocab)}
        pairs = [(r, index[f]) for r, fs in enumerate(features) for f in dict.fromkeys(fs) if f in index]
        self.n, self.bias = len(features), len(vocab)
        self.rows = np.array([r for r, _ in pairs] + list(range(self.n)), dtype=np.int64)
        self.cols = np.array([c for _, c in pairs] + [self.bias] * self.n, dtype=np.int64)
        self.width = len(vocab) + 1

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.n)

    def tdot(self, u: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=u[self.rows], minlength=self.width)


def design(features: Sequence[Sequence[str]], vocab: Sequence[str]) -> Design:
    return Design(features, vocab)


def _conjugate_gradient(hv, b: np.ndarray, tolerance: float = 1e-12, limit: int = 500) -> np.ndarray:
    x = np.zeros_like(b)
    r = b.copy()
    d = r.copy()
    rr = r @ r
    for _ in range(limit):
        if rr <= tolerance:
            break
        hd = hv(d)
        alpha = rr / (d @ hd)
        x += alpha * d
        r -= alpha * hd
        rr, previous = r @ r, rr
        d = r + (rr / previous) * d
    return x


def fit_logistic(x: Design, y: np.ndarray, l2: float = L2, iterations: int = 50) -> np.ndarray:
    """Newton's method (conjugate-gradient steps) on the L2-penalised log-loss, the bias
    unpenalised; deterministic."""
    w = np.zeros(x.width)
    penalty = np.full(x.width, l2)
    penalty[-1] = 1e-6
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x.dot(w), -30, 30)))
        gradient = x.tdot(p - y) + penalty * w
        s = p * (1 - p)
        step = _conjugate_gradient(lambda v: x.tdot(s * x.dot(v)) + penalty * v, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def predict(x: Design, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x.dot(w), -30, 30)))


def sentence_scores(p: np.ndarray, sentence: np.ndarray, n_rows: int, undecided: np.ndarray | None = None) -> np.ndarray:
    """The strongest candidate probability of each row (0 for a row with no candidate); a
    candidate of an undecided term counts as accepted (the lexicon decides it)."""
    if undecided is not None:
        p = np.where(undecided, 1.0, p)
    best = np.zeros(n_rows)
    np.maximum.at(best, sentence, p)
    return best


def prf(predicted: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    tp = float(np.sum(predicted & gold))
    fp = float(np.sum(predicted & ~gold))
    fn = float(np.sum(~predicted & gold))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4)}


# F1 differences smaller than this between thresholds are noise: about one standard error of F1
# on BioScope's ~2,000 uncertain sentences. The argmax of a flat curve jumped 0.46 -> 0.54 when
# three of 2,928 candidates changed (round 10), moving 77 counted hedges on the dev pages.
THRESHOLD_F1_TOLERANCE = 0.005


def best_threshold(best: np.ndarray, gold: np.ndarray) -> float:
    """The sentence threshold closest to 0.5 among those whose F1 is within
    ``THRESHOLD_F1_TOLERANCE`` of the best (on the rows given: training rows only), so that a
    flat F1 curve does not make the threshold, and the findings, move with every retraining."""
    grid = np.round(np.arange(0.20, 0.81, 0.02), 2)
    f1 = {t: prf(best >= t, gold)["f1"] for t in grid}
    top = max(f1.values())
    return float(min((t for t in grid if f1[t] >= top - THRESHOLD_F1_TOLERANCE), key=lambda t: abs(t - 0.5)))


def train_cues(ex: Examples, rows_in: np.ndarray, n_rows: int, gold: np.ndarray,
               seed: int = SEED, inner_folds: int = 0, groups: Sequence[int] = ()) -> tuple[list[str], np.ndarray, float]:
    """Vocabulary, weights and threshold from the candidates of rows ``rows_in``. With
    ``inner_folds``, the threshold comes from out-of-fold predictions inside those rows."""
    take = rows_in[ex.sentence]
    feats = [f for f, t in zip(ex.features, take) if t]
    vocab = vocabulary(feats)
    w = fit_logistic(design(feats, vocab), ex.labels[take])
    if not inner_folds:
        return vocab, w, 0.5
    inner = np.array(folds_of(groups, inner_folds, seed + 1))
    oof = np.zeros(len(ex.labels))
    for k in range(inner_folds):
        fit_rows = rows_in & (inner != k)
        v, wk, _ = train_cues(ex, fit_rows, n_rows, gold)
        held = rows_in[ex.sentence] & (inner[ex.sentence] == k)
        oof[held] = predict(design([f for f, h in zip(ex.features, held) if h], v), wk)
    best = sentence_scores(oof[take], ex.sentence[take], n_rows, ex.undecided[take])
    return vocab, w, best_threshold(best[rows_in], gold[rows_in])


def cue_examples(texts: Sequence[str], cues: Sequence[Sequence[dict]], spec: CueModel) -> Examples:
    matcher = Matcher(load_lexicon())
    features, labels, sentence, undecided = [], [], [], []
    for r, (text, gold) in enumerate(zip(texts, cues)):
        prepared = prepare(text)
        for c in hedge_candidates(prepared, matcher.find(prepared), spec):
            f = c.finding
            features.append(c.features)
            labels.append(any(f.start < g["end"] and g["start"] < f.end for g in gold))
            sentence.append(r)
            undecided.append(f.term in UNDECIDED_TERMS)
    return Examples(features, np.array(labels, dtype=float), np.array(sentence), np.array(undecided, dtype=bool))


def evaluate_cues(ex: Examples, gold: np.ndarray, groups: Sequence[int]) -> dict:
    """Grouped cross-validation: per-fold sentence F1 at the threshold each training side chose."""
    n = len(gold)
    fold = np.array(folds_of(groups))
    predicted = np.zeros(n, dtype=bool)
    cue_p = np.zeros(len(ex.labels))
    thresholds = []
    for k in range(FOLDS):
        train_rows = fold != k
        vocab, w, t = train_cues(ex, train_rows, n, gold, inner_folds=FOLDS - 1, groups=groups)
        held = fold[ex.sentence] == k
        p = predict(design([f for f, h in zip(ex.features, held) if h], vocab), w)
        cue_p[held] = p
        best = sentence_scores(p, ex.sentence[held], n, ex.undecided[held])
        predicted |= (best >= t) & (fold == k)
        thresholds.append(t)
    cue_level = prf(cue_p >= 0.5, ex.labels.astype(bool))
    return {"sentence": prf(predicted, gold), "candidate_at_0.5": cue_level, "fold_thresholds": thresholds,
            "abstracts": len(set(groups)), "sentences": n, "candidates": len(ex.labels)}


def hedge_data(data: Path) -> tuple[Examples, np.ndarray, list[int]]:
    """Candidates with gold labels, each row's gold sentence label, and abstract groups."""
    bioscope = rows(data, "bioscope_abstracts_hedges_dev.jsonl")
    texts = [r["text"] for r in bioscope]
    family, categories = modelled()
    spec = CueModel(MODEL, family, frozenset(categories), 0.0, {}, 0.5,
                    {k: frozenset(v) for k, v in WORD_LISTS.items()})
    ex = cue_examples(texts, [r["cues"] for r in bioscope], spec)
    return ex, np.array([r["uncertain"] for r in bioscope]), abstract_groups(texts)


def fit_hedge_cues(ex: Examples, gold: np.ndarray, groups: Sequence[int]) -> dict:
    """The shipped model: trained on every row, threshold from grouped out-of-fold predictions."""
    family, categories = modelled()
    every = np.ones(len(gold), dtype=bool)
    vocab, w, threshold = train_cues(ex, every, len(gold), gold, inner_folds=FOLDS, groups=groups)
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w[:-1]) if abs(v) >= 1e-4}
    return {
        "name": MODEL, "family": family, "categories": list(categories),
        "threshold": threshold, "bias": round(float(w[-1]), 4), "undecided_terms": list(UNDECIDED_TERMS),
        "word_lists": WORD_LISTS, "weights": dict(sorted(weights.items())),
        "training": {"data": "bioscope_abstracts_hedges_dev.jsonl (BioScope abstracts, CC BY 2.0)", "seed": SEED,
                     "folds": FOLDS, "l2": L2, "min_count": MIN_COUNT, "date": date.today().isoformat()},
    }


def train_hedge_cues(data: Path, out: Path) -> dict:
    ex, gold, groups = hedge_data(data)
    model = fit_hedge_cues(ex, gold, groups)
    model["metrics"] = metrics = evaluate_cues(ex, gold, groups)
    (out / "hedge_cues.json").write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return metrics


# --- certainty -----------------------------------------------------------------------------

def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    def ranks(v):
        v = np.asarray(v, dtype=float)
        order = np.argsort(v, kind="mergesort")
        r = np.empty(len(v))
        r[order] = np.arange(len(v))
        for value in np.unique(v):  # ties share their mean rank
            tied = v == value
            r[tied] = r[tied].mean()
        return r
    return float(np.corrcoef(ranks(x), ranks(y))[0, 1])


def fit_ridge(x: np.ndarray, y: np.ndarray, ridge: float = RIDGE) -> np.ndarray:
    penalty = np.full(x.shape[1], ridge)
    penalty[-1] = 0.0
    return np.linalg.solve(x.T @ x + np.diag(penalty), x.T @ y)


def certainty_table(texts: Sequence[str], hedges: CueModel) -> tuple[list[str], np.ndarray]:
    """Features of each text, its hedges decided by ``hedges`` (the model just trained)."""
    from .measure import compiled_matcher as default_matcher

    matcher = default_matcher()
    family = modelled()[0]
    feats = []
    for t in texts:
        prepared = prepare(t)
        findings = apply_models(matcher.find(prepared), prepared, matcher.lexicon, {family: hedges})
        feats.append(certainty_features(findings, t))
    names = sorted({k for f in feats for k in f})
    x = np.array([[f.get(k, 0.0) for k in names] + [1.0] for f in feats])
    return names, x


def certainty_data(data: Path, hedges: CueModel) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Feature names, design matrix, ratings, and which rows are in the 'train' split."""
    pj = rows(data, "certainty_sentences_dev.jsonl")
    names, x = certainty_table([r["text"] for r in pj], hedges)
    return names, x, np.array([r["certainty"] for r in pj]), np.array([r["split"] == "train" for r in pj])


def fit_certainty(names: Sequence[str], x: np.ndarray, y: np.ndarray) -> dict:
    w = fit_ridge(x, y)
    return {
        "name": "certainty", "bias": round(float(w[-1]), 4), "range": [1.0, 6.0],
        "weights": {k: round(float(v), 4) for k, v in zip(names, w[:-1])},
        "training": {"data": "certainty_sentences_dev.jsonl (Pei & Jurgens 2021, MIT), all rows", "seed": SEED,
                     "folds": FOLDS, "ridge": RIDGE, "date": date.today().isoformat()},
    }


def evaluate_certainty(x: np.ndarray, y: np.ndarray, train: np.ndarray) -> dict:
    """Spearman trained on the 'train' split and read on 'val', and over 5 random folds."""
    held = spearman(x[~train] @ fit_ridge(x[train], y[train]), y[~train])
    order = list(range(len(y)))
    random.Random(SEED).shuffle(order)
    fold = np.empty(len(y), dtype=int)
    fold[order] = np.arange(len(y)) % FOLDS
    predicted = np.zeros(len(y))
    for k in range(FOLDS):
        predicted[fold == k] = x[fold == k] @ fit_ridge(x[fold != k], y[fold != k])
    return {"spearman_train_to_val": round(held, 4), "spearman_cv5": round(spearman(predicted, y), 4),
            "rows": len(y), "val_rows": int((~train).sum())}


def train_certainty(data: Path, out: Path, hedges: CueModel) -> dict:
    names, x, y, train = certainty_data(data, hedges)
    model = fit_certainty(names, x, y)
    model["metrics"] = metrics = evaluate_certainty(x, y, train)
    (out / "certainty.json").write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return metrics


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    if not args.data.exists():
        sys.exit(f"{args.data} not found: the labelled data lives beside the repository")
    args.out.mkdir(parents=True, exist_ok=True)
    cues = train_hedge_cues(args.data, args.out)
    print("hedge_cues (BioScope abstracts, grouped 5-fold CV):", json.dumps(cues))
    certainty = train_certainty(args.data, args.out, read_cue_model(args.out / "hedge_cues.json"))
    print("certainty (Pei & Jurgens):", json.dumps(certainty))


if __name__ == "__main__":
    main()
