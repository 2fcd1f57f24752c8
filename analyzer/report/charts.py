"""Comparison charts as PNG files, drawn from the JSON report.

Charts read the report's records (not live analyses), so ``analyzer chart results.json`` redraws
them from saved results exactly as ``analyzer score --charts`` drew them. Output is
deterministic: the Agg backend, matplotlib's bundled DejaVu Sans, no timestamps or software
tag in the PNG metadata.

Each chart picks its documents by its own measure (the hardest to read for the reading-grade
chart, not the top of the editorial ranking) and says so in its title. Three palettes never
share a meaning: verdicts (Paul Tol's medium-contrast scheme, light to dark so review and fail
differ in lightness as well as hue, for any colour vision), categories (Okabe & Ito 2008,
"Color Universal Design", with hatching once the colours run out) and grade bands (one purple
ramp, light to dark, shared by hard and very hard sentences). Every chart also returns alt text
that states its figures, for the HTML report.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, Callable, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402

from .highlight import HARD, VERY_HARD, sentence_levels  # noqa: E402
from .labels import distinct_labels  # noqa: E402
from .output import write_atomic_bytes  # noqa: E402

# The Okabe-Ito palette (compare_report draws with it too); categories take it without yellow,
# which would read as "review".
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
CATEGORY_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
HATCHES = ["", "//", "..", "xx"]
# Paul Tol, "medium-contrast" scheme (personal.sron.nl/~pault): ordered light to dark.
VERDICT_COLOURS = {"ok": "#DDDDDD", "info": "#6699CC", "review": "#EECC66", "fail": "#994455", "unsupported": "#FFFFFF"}
VERDICT_MARKERS = {"ok": "o", "info": "s", "review": "D", "fail": "X", "unsupported": "."}
NOT_FIRED = "#EEEEEE"
LEVEL_VALUES = {None: 0, "info": 1, "review": 2, "fail": 3}
# Grade bands and sentence levels: ColorBrewer "Purples", light to dark.
GRADE_RAMP = ["#DADAEB", "#9E9AC8", "#6A51A3", "#3F007D"]
SENTENCE_COLOURS = {HARD: GRADE_RAMP[1], VERY_HARD: GRADE_RAMP[3]}
# Beyond this many documents, labels stop being legible: a chart shows its top N by its measure.
TOP_N = 30
DPI = 100
WIDE, NARROW = 10.0, 4.6  # inches: files and desktops; phones (the HTML report)
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "analyzer",
    "hatch.linewidth": 0.8,
}
CHARTS = ("reading_grade", "hedging_vs_promotional", "findings_by_category", "rule_heatmap", "sentence_strip")
LABEL_CHARS = 26  # document names on an axis: shortened from the left beyond this


@dataclass(frozen=True)
class Chart:
    name: str
    path: Path
    title: str
    alt: str  # what the chart shows, with its figures


@dataclass(frozen=True)
class Picked:
    documents: list[dict[str, Any]]
    note: str  # "" or a line saying which documents were kept and by what


def measured(document: dict[str, Any]) -> bool:
    """Whether the measures ran on a document: one in a language they do not support has no
    figures to draw (its scores are null), so every chart leaves it out."""
    return document.get("language", {}).get("supported", True)


def _measured_only(report: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The report with only its measured documents, and a note naming how many were left out.

    An unmeasured document must not change the chart of the rest (new user, round 25: one
    German page in 150 hid the promotional threshold line and the region labels).
    """
    kept = [d for d in report["documents"] if measured(d)]
    apart = len(report["documents"]) - len(kept)
    note = f"{apart} not measured (language not supported) left out" if apart else ""
    return {**report, "documents": kept}, note


def _every(n: int) -> str:
    """"all 12 documents", or "the one document" (a German page left out of two read "all 1 documents")."""
    return "the one document" if n == 1 else f"all {n} documents"


def _joined(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _pick(report: dict[str, Any], measure: Callable[[dict[str, Any]], Any], what: str) -> Picked:
    """Measured documents by ``measure`` (a number or a tuple), highest first, ties by id; beyond
    TOP_N, the top N; the note says what was kept and how many were not measured."""
    report, apart = _measured_only(report)
    documents = sorted(sorted(report["documents"], key=lambda d: d["id"]), key=measure, reverse=True)
    if len(documents) > TOP_N:
        return Picked(documents[:TOP_N], _joined(f"the {TOP_N} of {len(documents)} documents with the highest {what}", apart))
    return Picked(documents, apart)


def _labels(documents: Sequence[dict[str, Any]]) -> list[str]:
    return distinct_labels([d["id"] for d in documents], LABEL_CHARS)


def _rules_on(report: dict[str, Any], score: str) -> list[dict[str, Any]]:
    """Rules in force on a named score, lowest threshold first."""
    return sorted((r for r in report.get("rules", []) if r.get("score") == score), key=lambda r: r["threshold"])


def _family_of(report: dict[str, Any], score: str) -> dict[str, Any] | None:
    """The family whose weighted rate a rate score is: read from the data, not from a name."""
    documents = report["documents"]
    for family in report.get("families", []):
        name = family["family"]
        if documents and all(name in d["wording"] and d["scores"].get(score) is not None
                             and abs(d["wording"][name]["weighted_per_1k_words"] - d["scores"][score]) < 1e-6
                             for d in documents):
            return family
    return None


def _rate_rule(report: dict[str, Any], score: str, family: dict[str, Any] | None) -> dict[str, Any] | None:
    on_score = _rules_on(report, score)
    if on_score:
        return on_score[0]
    if family is None:
        return None
    return next((r for r in report.get("rules", []) if r.get("family") == family["family"] and r["kind"] == "rate"), None)


def _title(axes: plt.Axes, title: str, note: str, width: float) -> None:
    """The title over the whole figure, wrapped to its width (a long name would be cut off); the
    note narrower on a desktop drawing, clear of the legend at its upper right."""
    text = textwrap.fill(title, int(width * 10)) + ("\n" + textwrap.fill(note, int(width * (8 if width >= WIDE else 10))) if note else "")
    axes.figure.suptitle(text, x=0.01, ha="left", fontsize=12)


def _xlabel(axes: plt.Axes, text: str, width: float) -> None:
    axes.set_xlabel(textwrap.fill(text, int(width * 8)))


def _figure(width: float, rows: float, legend_rows: int = 0, row: float = 0.32) -> tuple[plt.Figure, plt.Axes]:
    height = max(3.0, 1.4 + row * rows) + (0.24 * legend_rows + 0.3 if width < WIDE and legend_rows else 0)
    figure, axes = plt.subplots(figsize=(width, height), layout="constrained")
    return figure, axes


def _row_labels(axes: plt.Axes, positions: Sequence[float], labels: Sequence[str], width: float, above: float = 0.3) -> None:
    """Document names beside the rows, or on a phone above each row so the data keeps the width."""
    if width >= WIDE:
        axes.set_yticks(list(positions), labels)
        return
    from matplotlib.transforms import blended_transform_factory

    axes.set_yticks([])
    axes.spines["left"].set_visible(False)
    where = blended_transform_factory(axes.transAxes, axes.transData)
    for y, label in zip(positions, labels):
        axes.text(0, y + above, label, transform=where, ha="left", va="bottom", fontsize=9,
                  bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.85})


def _rows(width: float, phone: float = 0.55) -> dict[str, float]:
    """Row height in inches and bar height in rows: names above rows need taller rows."""
    return {"row": 0.32, "bar": 0.7, "top": 0.4} if width >= WIDE else {"row": phone, "bar": 0.45, "top": 0.85}


def _legend(figure: plt.Figure, handles: list, width: float, title: str | None = None) -> None:
    if width < WIDE:
        figure.legend(handles=handles, loc="outside lower left", fontsize=8, frameon=False, title=title,
                      title_fontsize=8, alignment="left")
    else:
        figure.legend(handles=handles, loc="outside right upper", fontsize=8, frameon=False, title=title,
                      title_fontsize=8, alignment="left")


def _save(figure: plt.Figure, path: Path) -> Path:
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    plt.close(figure)
    write_atomic_bytes(path, buffer.getvalue())
    return path


def _grade(document: dict[str, Any]) -> float:
    grade = document["readability"]["consensus_grade"]
    return -1.0 if grade is None else grade


def _bands(rules: Sequence[dict[str, Any]]) -> list[tuple[float, float, str, str]]:
    """(low, high, label, colour) per grade band between the thresholds in force."""
    cuts = sorted({r["threshold"] for r in rules})
    edges = [float("-inf"), *cuts, float("inf")]
    colours = GRADE_RAMP[-len(edges) + 1:] if len(edges) - 1 <= len(GRADE_RAMP) else GRADE_RAMP
    bands = []
    for i, (low, high) in enumerate(zip(edges, edges[1:])):
        if low == float("-inf"):
            label = f"grade {high:g} or below" if high != float("inf") else "grade"
        elif high == float("inf"):
            label = f"above grade {low:g}"
        else:
            label = f"above {low:g}, up to {high:g}"
        bands.append((low, high, label, colours[min(i, len(colours) - 1)]))
    return bands


def reading_grade_chart(report: dict[str, Any], path: Path, width: float = WIDE) -> Chart:
    picked = _pick(report, _grade, "reading grade")
    documents = picked.documents
    labels = _labels(documents)
    grades = [max(_grade(d), 0.0) for d in documents]
    rules = _rules_on(report, "reading_grade")
    bands = _bands(rules)
    colour_of = [next(c for low, high, _, c in bands if low < g <= high or (low == float("-inf") and g <= high)) for g in grades]
    with plt.rc_context(STYLE):
        rows = _rows(width)
        figure, axes = _figure(width, len(documents), len(bands) + len(rules), rows["row"])
        positions = list(range(len(documents)))[::-1]
        axes.barh(positions, grades, color=colour_of, height=rows["bar"], edgecolor="#555555", linewidth=0.5)
        for y, d, g in zip(positions, documents, grades):
            axes.text(g + 0.15, y, "–" if _grade(d) < 0 else f"{g:.1f}", va="center", ha="left", fontsize=8, zorder=4,
                      bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.0})
        _row_labels(axes, positions, labels, width)
        handles: list = [Patch(facecolor=c, edgecolor="#555555", label=label) for _, _, label, c in bands]
        for rule, style in zip(rules, ("--", ":", "-.")):
            axes.axvline(rule["threshold"], color="#000000", linestyle=style, linewidth=1.2)
            handles.append(Line2D([], [], color="#000000", linestyle=style,
                                  label=f"{rule['id']} > {rule['threshold']:g} ({rule['level']})"))
        axes.set_xlim(0, max([*grades, *(r["threshold"] for r in rules), 1.0]) * 1.12 + 0.5)
        axes.set_ylim(-0.6, len(documents) - 1 + rows["top"])
        _xlabel(axes, "Consensus reading grade (US school grade)", width)
        title = "Reading grade per document, hardest first"
        _title(axes, title, picked.note, width)
        _legend(figure, handles, width, "bar colour: grade band")
        _save(figure, path)
    counts = [sum(1 for g in grades if low < g <= high or (low == float("-inf") and g <= high)) for low, high, _, _ in bands]
    listed = "; ".join(f"{label} {'–' if _grade(d) < 0 else format(g, '.1f')}" for label, d, g in list(zip(labels, documents, grades))[:10])
    alt = (f"Bar chart of the consensus reading grade of {len(documents)} documents"
           + (f" ({picked.note})" if picked.note else "") + f", hardest first: {listed}"
           + (f" and {len(documents) - 10} more" if len(documents) > 10 else "") + ". "
           + "Documents by band: " + "; ".join(f"{label}: {n}" for n, (_, _, label, _) in zip(counts, bands)) + "."
           + "".join(f" Line at grade {r['threshold']:g}: rule {r['id']} ({r['level']})." for r in rules))
    return Chart("reading_grade", path, title, alt)


# Where a label may sit around its point, in points: right, left, above, below, the diagonals.
LABEL_OFFSETS = ((6, 3, "left", "bottom"), (6, -3, "left", "top"), (-6, 3, "right", "bottom"),
                 (-6, -3, "right", "top"), (0, 7, "center", "bottom"), (0, -7, "center", "top"))


def _overlaps(box: Bbox, others: Sequence[Bbox], pad: float = 1.0) -> bool:
    return any(box.x0 - pad < o.x1 and o.x0 < box.x1 + pad and box.y0 - pad < o.y1 and o.y0 < box.y1 + pad for o in others)


def place_labels(figure: plt.Figure, axes: plt.Axes, points: Sequence[tuple[float, float]], labels: Sequence[str],
                 fontsize: float = 8) -> int:
    """Label points in the given order where a label fits: inside the axes, over no other label,
    text or point. Returns how many were labelled (the rest would have overlapped).

    The layout must be final (the figure drawn once) before this runs.
    """
    renderer = figure.canvas.get_renderer()
    frame = axes.get_window_extent(renderer)
    taken = [t.get_window_extent(renderer) for t in axes.texts]
    radius = fontsize * 0.6 * DPI / 72
    for x, y in axes.transData.transform(points):
        taken.append(Bbox([[x - radius, y - radius], [x + radius, y + radius]]))
    placed = 0
    for (x, y), label in zip(points, labels):
        for dx, dy, ha, va in LABEL_OFFSETS:
            text = axes.annotate(label, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                                 fontsize=fontsize, annotation_clip=False)
            box = text.get_window_extent(renderer)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not _overlaps(box, taken):
                taken.append(box)
                placed += 1
                break
            text.remove()
    return placed


def _regions(x_rule: dict | None, y_rule: dict | None, x_name: str, y_name: str) -> dict[str, tuple[float, float]]:
    """What each region of the scatter is, by the thresholds in force (no median split)."""
    if x_rule and y_rule:
        return {f"{y_name}, little {x_name.lower()}": (0.02, 0.98), f"{y_name} and {x_name.lower()}": (0.98, 0.98),
                f"little of either": (0.02, 0.02), f"{x_name}, little {y_name.lower()}": (0.98, 0.02)}
    if y_rule:
        return {f"{y_name} above {y_rule['threshold']:g}": (0.98, 0.98), f"{y_name} at or below {y_rule['threshold']:g}": (0.98, 0.02)}
    if x_rule:
        return {f"{x_name} above {x_rule['threshold']:g}": (0.98, 0.98), f"{x_name} at or below {x_rule['threshold']:g}": (0.02, 0.98)}
    return {}


def hedging_promotional_chart(report: dict[str, Any], path: Path, width: float = WIDE) -> Chart:
    report, apart = _measured_only(report)
    documents = report["documents"]
    x_family, y_family = _family_of(report, "hedging_rate"), _family_of(report, "promotional_rate")
    x_name = x_family["label"] if x_family else "Hedging"
    y_name = y_family["label"] if y_family else "Selling"
    x_rule, y_rule = _rate_rule(report, "hedging_rate", x_family), _rate_rule(report, "promotional_rate", y_family)
    x = [d["scores"].get("hedging_rate") or 0.0 for d in documents]
    y = [d["scores"].get("promotional_rate") or 0.0 for d in documents]
    x_max = max([*x, x_rule["threshold"] if x_rule else 0.0, 1.0]) * 1.2 + 1
    y_max = max([*y, y_rule["threshold"] if y_rule else 0.0, 1.0]) * 1.25 + 1
    # Label first what stands out: past a threshold, then far from the origin.
    beyond = [(y_rule is not None and yi > y_rule["threshold"]) + (x_rule is not None and xi > x_rule["threshold"])
              for xi, yi in zip(x, y)]
    order = sorted(range(len(documents)), key=lambda i: (-beyond[i], -((x[i] / x_max) ** 2 + (y[i] / y_max) ** 2), documents[i]["id"]))
    labels = _labels([documents[i] for i in order])
    verdicts = [v for v in VERDICT_COLOURS if any(d["verdict"] == v for d in documents)]
    with plt.rc_context(STYLE):
        figure, axes = _figure(width, 16 if width >= WIDE else 12, len(verdicts) + 2)
        for verdict in verdicts:
            chosen = [i for i, d in enumerate(documents) if d["verdict"] == verdict]
            axes.scatter([x[i] for i in chosen], [y[i] for i in chosen], s=55, c=VERDICT_COLOURS[verdict],
                         marker=VERDICT_MARKERS[verdict], edgecolors="#000000", linewidths=0.6, zorder=3, clip_on=False)
        handles: list = [Line2D([], [], linestyle="", marker=VERDICT_MARKERS[v], markersize=8, markerfacecolor=VERDICT_COLOURS[v],
                                markeredgecolor="#000000", label=f"verdict: {v}") for v in verdicts]
        for rule, line in ((x_rule, axes.axvline), (y_rule, axes.axhline)):
            if rule:
                line(rule["threshold"], color="#555555", linewidth=1.0, linestyle="--")
                handles.append(Line2D([], [], color="#555555", linestyle="--",
                                      label=f"{rule['id']} > {rule['threshold']:g} ({rule['level']})"))
        axes.set_xlim(0, x_max)
        axes.set_ylim(0, y_max)
        for text, (qx, qy) in _regions(x_rule, y_rule, x_name, y_name).items():
            axes.text(qx, qy, text, transform=axes.transAxes, ha="left" if qx < 0.5 else "right",
                      va="top" if qy > 0.5 else "bottom", fontsize=9, color="#444444", style="italic", zorder=1)
        _xlabel(axes, f"{x_name} per 1,000 words (weighted)", width)
        axes.set_ylabel(f"{y_name} per 1,000 words (weighted)")
        title = f"{x_name} versus {y_name.lower()} wording"
        _title(axes, title, _joined(f"{_every(len(documents))}; the most marked labelled first, where a label fits",
                                    apart), width)
        _legend(figure, handles, width)
        figure.canvas.draw()
        figure.set_layout_engine("none")  # the layout is final: labels are placed on it
        placed = place_labels(figure, axes, [(x[i], y[i]) for i in order], labels)
        _title(axes, title, _joined(f"{_every(len(documents))}; " + ("each labelled" if placed == len(documents) else
                                    f"{placed} labelled, the most marked first; more labels would overlap"), apart), width)
        _save(figure, path)
    lines = []
    for rule, name in ((y_rule, y_name), (x_rule, x_name)):
        if rule:
            above = sum(1 for v in (y if rule is y_rule else x) if v > rule["threshold"])
            lines.append(f"{above} of {len(documents)} documents above the {name.lower()} threshold {rule['threshold']:g}")
    listed = "; ".join(f"{labels[k]} {x_name.lower()} {x[i]:.1f}, {y_name.lower()} {y[i]:.1f}" for k, i in enumerate(order[:8]))
    alt = (f"Scatter plot of {len(documents)} documents, {x_name.lower()} per 1,000 words across, {y_name.lower()} up. "
           + (". ".join(lines) + ". " if lines else "") + f"Most marked first: {listed}"
           + (f" and {len(documents) - 8} more." if len(documents) > 8 else ".") + (f" {apart.capitalize()}." if apart else ""))
    return Chart("hedging_vs_promotional", path, title, alt)


def _with_role(report: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """Families (as the report describes them) that asked for a chart role in their [display]."""
    return [f for f in report.get("families", []) if role in f.get("charts", [])]


def _rate(document: dict[str, Any], family: str, category: str | None = None) -> float:
    """A family's weighted rate, or one category's share of it: per 1,000 body words (headings
    in), the denominator of the family's own rate and of the scores. The readability word count
    leaves headings out, so a category drawn over it read 50 where the score was 45.5 (new
    user, round 25)."""
    wording = document["wording"].get(family)
    if not wording:
        return 0.0
    rate = wording["weighted_per_1k_words"] or 0.0
    if category is None:
        return rate
    weighted = wording["weighted"] or 0.0
    return wording["categories"][category]["weighted"] * rate / weighted if weighted else 0.0


def findings_by_category_chart(report: dict[str, Any], path: Path, width: float = WIDE) -> Chart:
    """The categories of the first family whose display asks for this chart (the selling kinds)."""
    chosen = _with_role(report, "categories")
    family = chosen[0]["family"] if chosen else ""
    label = chosen[0]["label"] if chosen else "No"
    picked = _pick(report, lambda d: _rate(d, family), f"{label.lower()} rate")
    documents = picked.documents
    labels = _labels(documents)
    categories = sorted({c for d in documents for c, v in d["wording"].get(family, {}).get("categories", {}).items()
                         if v["counted"]})
    with plt.rc_context(STYLE):
        rows = _rows(width)
        figure, axes = _figure(width, len(documents), len(categories), rows["row"])
        positions = list(range(len(documents)))[::-1]
        left = [0.0] * len(documents)
        for index, category in enumerate(categories):
            values = [_rate(d, family, category) if category in d["wording"].get(family, {}).get("categories", {}) else 0.0
                      for d in documents]
            axes.barh(positions, values, left=left, height=rows["bar"], label=category.replace("_", " "),
                      color=CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)], edgecolor="white", linewidth=0.6,
                      hatch=HATCHES[index // len(CATEGORY_COLOURS) % len(HATCHES)])
            left = [a + b for a, b in zip(left, values)]
        _row_labels(axes, positions, labels, width)
        axes.set_ylim(-0.6, len(documents) - 1 + rows["top"])
        axes.set_xlim(0, max([*left, 1.0]) * 1.05)
        _xlabel(axes, f"{label} wording per 1,000 words (weighted, as its score), by category", width)
        title = f"What kind of {label.lower()} wording each document uses"
        _title(axes, title, picked.note, width)
        handles, names = axes.get_legend_handles_labels()
        _legend(figure, handles, width, "category")
        _save(figure, path)
    totals = sorted(((sum(_rate(d, family, c) for d in documents if c in d["wording"].get(family, {}).get("categories", {})), c)
                     for c in categories), reverse=True)
    listed = "; ".join(f"{lab} {_rate(d, family):.1f}" for lab, d in list(zip(labels, documents))[:10])
    alt = (f"Stacked bars of {label.lower()} wording per 1,000 words in {len(documents)} documents"
           + (f" ({picked.note})" if picked.note else "") + f", highest first: {listed}. "
           + ("Categories by weight across them: " + ", ".join(c.replace("_", " ") for _, c in totals if _ > 0) + "."
              if any(t > 0 for t, _ in totals) else "No counted findings."))
    return Chart("findings_by_category", path, title, alt)


def _severity(document: dict[str, Any]) -> tuple[int, float]:
    """The highest level fired (fail > review > info), then the rules fired weighted by level
    (fail 3, review 2, info 1): an ok page with six info rules never outranks a review page."""
    levels = [LEVEL_VALUES.get(r["level"], 0) for r in document["reasons"]]
    return max(levels, default=0), sum(levels)


def rule_heatmap_chart(report: dict[str, Any], path: Path, width: float = WIDE) -> Chart:
    from matplotlib.colors import ListedColormap

    picked = _pick(report, _severity, "level fired (fail > review > info), then rule severity")
    documents = picked.documents
    labels = _labels(documents)
    # Only rules that fire somewhere: a column of "not fired" tells a triage reader nothing.
    fired = {x["rule"] for d in documents for x in d["reasons"]}
    rules = [r["id"] for r in report.get("rules", []) if r["id"] in fired] or sorted(fired) or ["(no rule fired)"]
    grid = [[LEVEL_VALUES[{x["rule"]: x["level"] for x in d["reasons"]}.get(rule)] for rule in rules] for d in documents]
    wide_enough = max(width, min(13.5, 4.5 + 0.45 * len(rules))) if width >= WIDE else width
    with plt.rc_context(STYLE):
        figure, axes = _figure(wide_enough, len(documents) + 5, 4)
        colours = ListedColormap([NOT_FIRED, VERDICT_COLOURS["info"], VERDICT_COLOURS["review"], VERDICT_COLOURS["fail"]])
        axes.pcolormesh(grid, cmap=colours, vmin=-0.5, vmax=3.5, edgecolors="#FFFFFF", linewidth=2)
        axes.set_xticks([i + 0.5 for i in range(len(rules))], rules, rotation=90, fontsize=8)
        names = [f"{label}  [{d['verdict']}]" for label, d in zip(labels, documents)] if width >= WIDE else \
            distinct_labels([d["id"] for d in documents], 16, longest=16)  # a narrow heatmap has no room to spare
        axes.set_yticks([i + 0.5 for i in range(len(documents))], names)
        axes.set_xlim(0, len(rules))
        axes.set_ylim(len(documents), 0)
        axes.tick_params(length=0)
        for side in axes.spines.values():
            side.set_visible(False)
        title = "Which rules fire for which document (rules that fired)"
        _title(axes, title, picked.note, wide_enough)
        _legend(figure, [Patch(facecolor=c, edgecolor="#999999", label=name) for name, c in
                         [("not fired", NOT_FIRED), ("info", VERDICT_COLOURS["info"]), ("review", VERDICT_COLOURS["review"]),
                          ("fail", VERDICT_COLOURS["fail"])]], wide_enough, "rule level")
        _save(figure, path)
    counts = sorted(((sum(1 for d in documents if any(x["rule"] == rule for x in d["reasons"])), rule) for rule in rules),
                    key=lambda t: (-t[0], t[1]))
    alt = (f"Grid of {len(rules)} rules across and {len(documents)} documents down"
           + (f" ({picked.note})" if picked.note else "") + ", each cell coloured by the level the rule fired at. "
           + "Documents each rule fired for: " + "; ".join(f"{rule} {n}" for n, rule in counts[:12]) + ".")
    return Chart("rule_heatmap", path, title, alt)


def _marked(document: dict[str, Any]) -> dict[int, str]:
    """Sentence index -> "hard" or "very hard", as explain and the HTML mark them (the report's
    ``marked_sentences``: grade and length); a report saved before it, by grade alone."""
    readability = document["readability"]
    if "marked_sentences" in readability:
        return {m["sentence_index"]: m["level"] for m in readability["marked_sentences"]}
    levels = sentence_levels()
    return {i: level for i, g in enumerate(readability.get("sentence_grades", [])) if (level := levels.level(g))}


def _marked_share(document: dict[str, Any]) -> float:
    grades = [g for g in document["readability"].get("sentence_grades", []) if g is not None]
    return len(_marked(document)) / len(grades) if grades else 0.0


def sentence_strip_chart(report: dict[str, Any], path: Path, width: float = WIDE) -> Chart:
    """Where in each text the hard and very hard sentences and each "strip" family's findings sit."""
    levels = sentence_levels()
    picked = _pick(report, _marked_share, "share of hard and very hard sentences")
    documents = picked.documents
    labels = _labels(documents)
    families = _with_role(report, "strip")
    tracks = [(f"very hard sentence (grade > {levels.very_hard:g})", SENTENCE_COLOURS[VERY_HARD]),
              (f"hard sentence (grade > {levels.hard:g})", SENTENCE_COLOURS[HARD]),
              *((f["label"].lower(), f["colour"]) for f in families)]
    rows = _rows(width, phone=0.8)
    step = (0.75 if width >= WIDE else 0.5) / max(len(tracks), 1)
    offsets = [(i - (len(tracks) - 1) / 2) * step for i in range(len(tracks))]
    with plt.rc_context(STYLE):
        figure, axes = _figure(width, len(documents), len(tracks), rows["row"])
        for row, d in enumerate(documents):
            y = len(documents) - 1 - row
            grades = d["readability"].get("sentence_grades", [])
            total = max(len(grades), 1)
            axes.plot([0, 100], [y, y], color="#E4E4E4", linewidth=6, solid_capstyle="butt", zorder=1)
            marked = _marked(d)
            marks = [[i for i, level in marked.items() if level == VERY_HARD], [i for i, level in marked.items() if level == HARD]]
            marks += [[f["sentence_index"] for f in d["findings"] if f["family"] == family["family"] and f["counted"]]
                      for family in families]
            for (name, colour), offset, found in zip(tracks, offsets, marks):
                xs = [100 * (i + 0.5) / total for i in sorted(set(found))]
                axes.scatter(xs, [y - offset] * len(xs), marker="|", s=110, color=colour, linewidths=2, zorder=2)
        _row_labels(axes, range(len(documents))[::-1], labels, width, above=0.33)
        axes.set_xlim(0, 100)
        axes.set_ylim(-0.7, len(documents) - 1 + (0.7 if width >= WIDE else 0.85))
        _xlabel(axes, "Position in the document (% of sentences, start to end)", width)
        names = ["hard sentences", *(f["label"].lower() for f in families)]
        title = "Where " + (", ".join(names[:-1]) + " and " if len(names) > 1 else "") + names[-1] + " sit"
        _title(axes, title, picked.note, width)
        _legend(figure, [Patch(color=c, label=n) for n, c in tracks], width, "one tick per sentence")
        _save(figure, path)
    listed = "; ".join(f"{lab} {100 * _marked_share(d):.0f}%" for lab, d in list(zip(labels, documents))[:10])
    alt = (f"Strips for {len(documents)} documents" + (f" ({picked.note})" if picked.note else "")
           + f", one tick per hard sentence (grade above {levels.hard:g}), very hard sentence (above {levels.very_hard:g})"
           + "".join(f", {f['label'].lower()} finding" for f in families)
           + f" along the text. Share of hard or very hard sentences: {listed}.")
    return Chart("sentence_strip", path, title, alt)


DRAWERS = (reading_grade_chart, hedging_promotional_chart, findings_by_category_chart, rule_heatmap_chart, sentence_strip_chart)


def draw_charts(report: dict[str, Any], folder: Path, width: float = WIDE) -> list[Chart]:
    """Every chart for one report in ``folder``, with its title and alt text; none when no
    document was measured (there is nothing to draw)."""
    if not any(measured(d) for d in report["documents"]):
        return []
    folder.mkdir(parents=True, exist_ok=True)
    return [draw(report, folder / f"{name}.png", width) for name, draw in zip(CHARTS, DRAWERS)]


def render_charts(report: dict[str, Any], folder: Path) -> list[Path]:
    """Every chart for one report, as PNG files in ``folder``."""
    return [chart.path for chart in draw_charts(report, folder)]
