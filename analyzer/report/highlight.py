"""A document's text cut into runs, each with the findings that cover it.

Shared by the terminal view (``analyzer explain``) and the HTML report, so both show exactly
the same highlights. Findings of different families may overlap ("no side effects" is
promotional, "side effects" a harm); a run carries every finding that covers it and is styled
by the family that comes first in display order (each family file's ``[display] order``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..measure import Analysis, Finding, Lexicon

HARD, VERY_HARD = "hard", "very hard"


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    findings: tuple[Finding, ...]  # in display order: the first one's family styles the run

    @property
    def family(self) -> str | None:
        return self.findings[0].family if self.findings else None


def tint(colour: str, amount: float = 0.55) -> str:
    """``colour`` mixed with white: a background light enough for black text on it."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (red, green, blue))


def runs(text_length: int, findings: Sequence[Finding], start: int = 0, end: int | None = None) -> list[Run]:
    """Cut ``[start, end)`` at every finding boundary; each run lists the findings covering it."""
    end = text_length if end is None else end
    inside = [f for f in findings if f.end > start and f.start < end]
    cuts = sorted({start, end, *(max(start, f.start) for f in inside), *(min(end, f.end) for f in inside)})
    result = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(f for f in inside if f.start <= a and f.end >= b)
        result.append(Run(a, b, covering))
    return result


def selected(analysis: Analysis, lexicon: Lexicon, only: Iterable[str] | None = None) -> list[Finding]:
    """Findings to show, in display order of their families (so overlaps resolve the same way
    everywhere): every highlighted family, or only some."""
    wanted = set(only) if only else None
    order = {f.name: i for i, f in enumerate(lexicon.display_order()) if f.display.highlight}
    shown = [f for f in analysis.findings if f.family in order and (wanted is None or f.family in wanted)]
    return sorted(shown, key=lambda f: (order[f.family], f.start))


@dataclass(frozen=True)
class SentenceLevels:
    """Grade thresholds for hard and very hard sentences (scores.toml ``[sentences]``)."""

    hard: float
    very_hard: float
    source: str
    min_words: int = 0  # shorter sentences are never marked (the readability rules' fragment floor; see scores.toml)

    def level(self, grade: float | None, words: int | None = None) -> str | None:
        """"very hard", "hard" or None: a sentence is marked above a threshold, not at it, and
        only with ``min_words`` words or more (``words`` None: not known, as in an older report)."""
        if grade is None or grade <= self.hard or (words is not None and words < self.min_words):
            return None
        return VERY_HARD if grade > self.very_hard else HARD

    def describe(self) -> str:
        return (f"hard: grade above {self.hard:g}; very hard: above {self.very_hard:g}"
                + (f"; sentences of {self.min_words} words or more" if self.min_words else ""))


@lru_cache(maxsize=1)
def sentence_levels() -> SentenceLevels:
    """The defaults and their source, from scores.toml (data, like every threshold). The length
    floor is the readability measure's own (``HARD_SENTENCE_MIN_WORDS``, under which it ranks no
    sentence hardest): one number, so a rule never points at a sentence explain leaves unmarked
    (round 27: scores.toml held a second 8, equal by hand)."""
    from ..measure.readability import HARD_SENTENCE_MIN_WORDS
    from ..score.formulas import formulas_path
    from ..tomlfile import TomlFile

    table = TomlFile(formulas_path()).data["sentences"]
    return SentenceLevels(float(table["hard"]), float(table["very_hard"]), table["source"], HARD_SENTENCE_MIN_WORDS)


def sentence_words(analysis: Analysis, index: int) -> int:
    """The words of one sentence as the grade formula counted them."""
    from ..measure.readability import _word_count

    return _word_count(analysis.prepared.sentences[index].prose)


def sentence_level(analysis: Analysis, index: int, levels: SentenceLevels | None = None) -> str | None:
    """One sentence's mark, by its own grade and length (words counted only when the grade is high)."""
    levels = levels or sentence_levels()
    grades = analysis.readability.sentence_grades
    grade = grades[index] if index < len(grades) else None
    if levels.level(grade) is None:
        return None
    return levels.level(grade, sentence_words(analysis, index))


def hard_sentences(analysis: Analysis, levels: SentenceLevels | None = None) -> dict[int, tuple[str, float]]:
    """Sentence index -> (level, grade), by the sentence's own grade and length alone: a short
    plain sentence is never "hard" because it is among a document's three hardest, nor because
    two long words give a two-word list item a grade of 14 (a new user's "Same-week appointments")."""
    levels = levels or sentence_levels()
    grades = analysis.readability.sentence_grades
    return {i: (level, g) for i, g in enumerate(grades)
            if levels.level(g) is not None and (level := sentence_level(analysis, i, levels)) is not None}


def describe(finding: Finding) -> str:
    """One line that explains a finding: family, category, term, rule, weight, use, source, and
    what to write instead when its term lists suggestions."""
    parts = [f"{finding.family} · {finding.category.replace('_', ' ')}", f"term “{finding.term}”"]
    if finding.rule:
        parts.append(f"rule {finding.rule}")
    parts.append(f"weight {finding.weight:g}")
    if finding.usage == "suppressed":
        parts.append(f"suppressed by the directive on line {finding.suppressed_by}")
    else:
        parts.append("counted" if finding.counted else f"not counted ({finding.mention_reason or 'reported apart'})")
    if finding.probability is not None:  # a learned model decided: its probability and the features that weighed most
        parts.append(f"model: p={finding.probability:.2f} ({'; '.join(finding.features)})")
    parts.append(f"source: {finding.source}")
    if finding.suggest:
        parts.append(f"instead: {' / '.join(finding.suggest)} ({finding.suggest_source})")
    return " · ".join(parts)
