"""``analyzer explain``: the document in the terminal, findings highlighted by family.

With colour, each family has its own style, hard sentences are underlined and very hard ones
underlined in bold; without colour (output piped to a file), findings are written as
``[text]{family}`` and a marked sentence starts with ``▸hard(grade)`` or ``▸very hard(grade)``,
so nothing is lost in plain text. Both levels are grade thresholds (scores.toml ``[sentences]``,
Hemingway's "hard" and "very hard"), the same as in the HTML report and the sentence strip.
"""

from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.text import Text

from ..measure import Analysis, Lexicon
from .highlight import HARD, VERY_HARD, hard_sentences, runs, selected, sentence_levels, tint
from .ruledocs import CHECK_BELOW_PRECISION, families_to_check
from .tables import measured, printable

SENTENCE_STYLES = {HARD: "underline", VERY_HARD: "bold underline"}


def styles(lexicon: Lexicon) -> dict[str, str]:
    """Family -> terminal style: black on a light tint of the family's display colour."""
    return {f.name: f"black on {tint(f.display.colour)}" for f in lexicon.display_order() if f.display.highlight}


def explain_text(analysis: Analysis, lexicon: Lexicon, only: Iterable[str] | None, colour: bool) -> Text:
    findings = selected(analysis, lexicon, only)
    family_style = styles(lexicon)
    hard = hard_sentences(analysis)
    original = analysis.text
    out = _SafeText()
    position = 0
    for sentence in analysis.prepared.sentences:
        out.append(original[position:sentence.start])
        level, grade = hard.get(sentence.index, (None, None))
        if colour:
            for run in runs(len(original), findings, sentence.start, sentence.end):
                style = family_style.get(run.family, "") if run.findings else ""
                if level is not None:
                    style = f"{style} {SENTENCE_STYLES[level]}".strip()
                out.append(original[run.start:run.end], style=style or None)
        else:
            if level is not None:
                out.append(f"▸{level}({grade:.1f}) ")
            cursor = sentence.start
            for start, end, families in _clusters(findings, sentence.start, sentence.end):
                out.append(original[cursor:start])
                out.append(f"[{original[start:end]}]{{{','.join(families)}}}")
                cursor = end
            out.append(original[cursor:sentence.end])
        position = sentence.end
    out.append(original[position:])
    return out


class _SafeText(Text):
    """Rich text that shows a document's control characters instead of sending them to the
    terminal (ESC]0;... would set the window title, ESC[2J clear the screen: issue 16)."""

    def append(self, text, style=None):  # type: ignore[override]
        return super().append(printable(text, keep_lines=True) if isinstance(text, str) else text, style)


def _clusters(findings, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Overlapping findings in ``[start, end)`` merged: (start, end, families in it)."""
    merged: list[tuple[int, int, list[str]]] = []
    for f in sorted((f for f in findings if start <= f.start and f.end <= end), key=lambda f: (f.start, -f.end)):
        label = f.family if f.counted else f"{f.family} (not counted)"
        if merged and f.start < merged[-1][1]:
            a, b, families = merged[-1]
            merged[-1] = (a, max(b, f.end), families + [label] * (label not in families))
        else:
            merged.append((f.start, f.end, [label]))
    return merged


def legend(lexicon: Lexicon, only: Iterable[str] | None) -> Text:
    wanted = set(only) if only else None
    out = Text("Legend: ")
    for family, style in styles(lexicon).items():
        if wanted is None or family in wanted:
            out.append(f" {lexicon.family(family).display.label} ", style=style)
            out.append(" ")
    levels = sentence_levels()
    out.append(f" hard (grade > {levels.hard:g}) ", style=SENTENCE_STYLES[HARD])
    out.append(" ")
    out.append(f" very hard (> {levels.very_hard:g}) ", style=SENTENCE_STYLES[VERY_HARD])
    out.append(f" ({levels.min_words}+ words)")
    return out


def print_explanation(analysis: Analysis, lexicon: Lexicon, console: Console, only: Iterable[str] | None = None) -> None:
    colour = console.color_system is not None
    if colour:
        console.print(legend(lexicon, only))
    else:
        levels = sentence_levels()
        console.print("Legend: [text]{family} marks a finding; ▸hard(grade) starts a sentence above grade "
                      f"{levels.hard:g}, ▸very hard(grade) one above grade {levels.very_hard:g} "
                      f"(sentences of {levels.min_words} words or more).", markup=False)
    console.print()
    console.print(explain_text(analysis, lexicon, only, colour), soft_wrap=False)
    counts = counted(analysis, only)
    console.print()
    if not measured(analysis):  # "none" would read as measured and clean
        console.print(f"Not measured: {analysis.prepared.language.warning}", markup=False, highlight=False)
        return
    console.print(counted_line(counts, lexicon), markup=False, highlight=False)
    # one decimal of a percent, rounded down (Audit.percent), as in the HTML legend and the rules
    check = [f"{f.display.label} {f.audit.percent}" for f in families_to_check(lexicon) if f.name in counts]
    if check:
        console.print(f"Check before acting (judged right less than {CHECK_BELOW_PRECISION:.0%} of the time in an audit "
                      f"of real pages): {', '.join(check)}", markup=False, highlight=False)
    suggestions = suggestion_lines(selected(analysis, lexicon, only))
    if suggestions:
        console.print("Instead: " + "; ".join(suggestions), markup=False, highlight=False)
    decided = model_lines(selected(analysis, lexicon, only))
    if decided:
        console.print("Decided by a learned model:", markup=False, highlight=False)
        for line in decided:
            console.print(f"  {printable(line)}", markup=False, highlight=False)
    for line in certainty_lines(analysis):
        console.print(printable(line), markup=False, highlight=False)


def counted(analysis: Analysis, only: Iterable[str] | None = None) -> dict[str, int]:
    """Family -> counted findings, every family (or only some): what JSON marks ``counted``."""
    wanted = set(only) if only else None
    counts: dict[str, int] = {}
    for f in analysis.findings:
        if f.counted and (wanted is None or f.family in wanted):
            counts[f.family] = counts.get(f.family, 0) + 1
    return dict(sorted(counts.items()))


def counted_line(counts: dict[str, int], lexicon: Lexicon) -> str:
    """"Counted findings: ..." as JSON counts them, naming the families not highlighted above.

    A family whose ``[display]`` sets ``highlight = false`` (claim strength: a label for each
    sentence, not wording to mark) still counts towards its rate and count rules and is
    ``counted`` in JSON; explain listed only the highlighted ones, so its findings were counted
    in one format and missing from the other (new user, round 25).
    """
    listed = ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"
    hidden = [k for k in counts if not lexicon.family(k).display.highlight]
    note = (f" ({', '.join(hidden)} not highlighted above: highlight = false in {'their' if len(hidden) > 1 else 'its'}"
            " [display])") if hidden else ""
    return f"Counted findings: {listed}{note}"


def model_lines(findings) -> list[str]:
    """“may” (hedges) p=1.00 counted: term 'may' +1.5; ... — one line per finding a model decided,
    so a reader can check the call (issue 14: every finding explainable). A candidate the model
    admits can still be rejected by a context rule or read as a mention: the line names it ("p=0.98
    rejected (hedges_might_possibility)" read as the model's own call to a new user)."""
    return [f"“{f.text}” ({f.family}) p={f.probability:.2f} {_decision(f)}: {'; '.join(f.features)}"
            for f in findings if f.probability is not None]


def _decision(f) -> str:
    if f.counted:
        return "counted"
    status = "rejected" if f.usage == "use" else f.usage
    return f"{status} ({f.mention_reason})" if f.mention_reason else status


def certainty_lines(analysis: Analysis, shown: int = 2, width: int = 70) -> list[str]:
    """The mean certainty of the claim sentences and the least and most certain of them, with
    what moved each figure: where a reader looks for overclaiming and for hedged findings."""
    ranked = sorted(analysis.claim_certainty, key=lambda s: s.certainty)
    if not ranked:
        return []
    lines = [f"Claim certainty (1 very uncertain .. 6 very certain, a model of Pei & Jurgens 2021): "
             f"mean {analysis.mean_claim_certainty:.1f} over {len(ranked)} sentence{'s' if len(ranked) != 1 else ''}"]
    for label, s in _extremes(ranked, shown):
        span = analysis.prepared.sentences[s.sentence_index]
        text = " ".join(analysis.text[span.start:span.end].split())
        text = text if len(text) <= width else text[:width - 1] + "…"
        lines.append(f"  {label} {s.certainty:.1f}: “{text}” ({'; '.join(s.deciding) or 'no feature moved it'})")
    return lines


def _extremes(ranked: list, shown: int) -> list[tuple[str, object]]:
    """(label, sentence) for the least and the most certain, as many of each (at most ``shown``)
    and none of them both: of two sentences, one is the least certain and the other the most
    (both were "least certain"); a single one is only "the claim sentence"."""
    if len(ranked) == 1:
        return [("the claim sentence", ranked[0])]
    side = min(shown, len(ranked) // 2)
    return [("least certain", s) for s in ranked[:side]] + [("most certain", s) for s in ranked[-side:]]


def suggestion_lines(findings) -> list[str]:
    """“game-changer” → important advance / advance, once per wording, for the findings that count."""
    seen: dict[str, str] = {}
    for f in findings:
        if f.suggest and f.counted and f.text.lower() not in seen:
            seen[f.text.lower()] = f"“{f.text}” → {' / '.join(f.suggest)}"
    return list(seen.values())
