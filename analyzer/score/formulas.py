"""Scores per document: the family figures the lexicons declare, and the two built from them.

Which figures exist is data: each family file's ``[scores]`` (``promotional_rate``,
``calls_to_action`` ...), and ``scores.toml`` beside this module for the promotional balance and
the editorial score, which combine them. README, "Scores", documents every formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Iterator, Mapping

from ..measure import Analysis, Lexicon
from ..measure.lexicon import ScoreRule, read_score_rules, _Reader
from ..tomlfile import FileProblems

READING_GRADE = "reading_grade"


@dataclass(frozen=True)
class Scores:
    """Named figures of one document, in a stable order (README, "Scores")."""

    values: tuple[tuple[str, float | int | None], ...]

    def __getitem__(self, name: str) -> float | int | None:
        for key, value in self.values:
            if key == name:
                return value
        raise KeyError(name)

    def get(self, name: str, default: float | int | None = None) -> float | int | None:
        return next((value for key, value in self.values if key == name), default)

    def items(self) -> Iterator[tuple[str, float | int | None]]:
        return iter(self.values)


@dataclass(frozen=True)
class Component:
    score: str
    weight: float
    half: float | None  # saturation x/(x+half); None: the value enters as it is (already 0-1)


@dataclass(frozen=True)
class Formulas:
    """The combined scores (from scores.toml) and the rules on them."""

    balance_name: str
    selling: tuple[str, ...]
    qualifying: tuple[str, ...]
    prior: float
    editorial_name: str
    components: tuple[Component, ...]
    rules: tuple[ScoreRule, ...]
    descriptions: tuple[tuple[str, str], ...]
    # old rule id -> new rule id: an old id in a team's config or a directive keeps working
    renamed: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def formulas_path() -> Path:
    return Path(str(resources.files("analyzer.score").joinpath("scores.toml")))


@lru_cache(maxsize=1)
def formulas() -> Formulas:
    """scores.toml, read once. It ships with the package: a problem in it is a packaging bug."""
    reader = _Reader(formulas_path())
    rules = read_score_rules(reader, None)
    if reader.problems:
        raise FileProblems(reader.problems)
    balance, editorial = reader.toml.data["balance"], reader.toml.data["editorial"]
    return Formulas(
        balance_name=balance["name"], selling=tuple(balance["selling"]), qualifying=tuple(balance["qualifying"]),
        prior=float(balance["prior"]), editorial_name=editorial["name"],
        components=tuple(Component(c["score"], float(c["weight"]), c.get("half")) for c in editorial["components"]),
        rules=tuple(rules),
        descriptions=((balance["name"], balance["description"]), (editorial["name"], editorial["description"])),
        renamed=MappingProxyType(dict(reader.toml.data.get("renamed_rules", {}))),
    )


def promotional_balance(selling: float, qualifying: float, prior: float) -> float:
    """How much the text sells relative to how much it qualifies, 0 to 1 (0.5: even)."""
    return (selling + prior) / (selling + qualifying + 2 * prior)


def editorial_score(values: dict[str, float], components: tuple[Component, ...]) -> float:
    """0-100: the weighted sum of saturating components, each 0 to 1."""
    parts = (c.weight * (values[c.score] if c.half is None else values[c.score] / (values[c.score] + c.half))
             for c in components)
    return 100 * sum(parts)


def family_value(analysis: Analysis, family: str, kind: str, categories: tuple[str, ...]) -> float:
    """A family's rate (weighted per 1,000 words) or count of counted findings, over some categories."""
    counts = analysis.wording.family(family)
    chosen = [c for c in counts.categories if c.counted and (not categories or c.category in categories)]
    if kind == "count":
        return counts.count if not categories else sum(c.count for c in chosen)
    if not categories:
        return counts.weighted_per_1k_words
    words = analysis.wording.words
    return 1000 * sum(c.weighted for c in chosen) / words if words else 0.0


def compute_scores(analysis: Analysis, lexicon: Lexicon) -> Scores:
    """The reading grade, every family score, then the balance and the editorial score."""
    f = formulas()
    values: dict[str, float | int | None] = {READING_GRADE: analysis.readability.consensus_grade}
    for spec in lexicon.scores:
        value = family_value(analysis, spec.family, spec.kind, spec.categories)
        values[spec.name] = int(value) if spec.kind == "count" else value
    selling = sum(values.get(name) or 0.0 for name in f.selling)
    qualifying = sum(values.get(name) or 0.0 for name in f.qualifying)
    values[f.balance_name] = promotional_balance(selling, qualifying, f.prior)
    values[f.editorial_name] = editorial_score({k: v or 0.0 for k, v in values.items()}, f.components)
    return Scores(tuple(values.items()))
