"""Comparison charts as PNG files, drawn from the JSON report.

Charts read the report's records (not live analyses), so ``analyzer chart results.json`` redraws
them from saved results exactly as ``analyzer score --charts`` drew them. Output is
deterministic: the Agg backend, matplotlib's bundled DejaVu Sans, no timestamps or software
tag in the PNG metadata. Colours are the Okabe-Ito palette, safe for colour-blind readers
(Okabe & Ito 2008, "Color Universal Design").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from .labels import short_label  # noqa: E402
from .output import write_atomic_bytes  # noqa: E402

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
VERDICT_COLOURS = {"ok": "#009E73", "review": "#E69F00", "fail": "#D55E00"}
LEVEL_VALUES = {None: 0, "info": 1, "review": 2, "fail": 3}
# Beyond this many documents, labels stop being legible: show the top N by editorial score.
TOP_N = 30
DPI = 100
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "analyzer",
}
CHARTS = ("reading_grade", "hedging_vs_promotional", "findings_by_category", "rule_heatmap", "sentence_strip")


def _selection(report: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    """Documents to draw, in ranking order, and a title suffix saying if some were left out."""
    documents = report["documents"]
    by_id = {d["id"]: d for d in documents}
    ranked = [by_id[r["id"]] for r in report["summary"]["ranking"] if r["id"] in by_id]
    if len(ranked) > TOP_N:
        return ranked[:TOP_N], f"\ntop {TOP_N} of {len(ranked)} documents by editorial score"
    return ranked, ""


def _labels(documents: Sequence[dict[str, Any]]) -> list[str]:
    labels = [short_label(d["id"], 16) for d in documents]
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):  # two files with the same short label stay apart
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[i] = f"{label} ({seen[label]})"
    return labels


def _threshold(report: dict[str, Any], rule_id: str) -> dict[str, Any] | None:
    return next((r for r in report.get("rules", []) if r["id"] == rule_id), None)


def _save(figure: plt.Figure, path: Path) -> Path:
    from io import BytesIO

    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    plt.close(figure)
    write_atomic_bytes(path, buffer.getvalue())
    return path


def _height(n: int) -> float:
    return max(3.0, 1.2 + 0.32 * n)


def reading_grade_chart(report: dict[str, Any], path: Path) -> Path:
    documents, note = _selection(report)
    labels = _labels(documents)
    grades = [d["readability"]["consensus_grade"] or 0.0 for d in documents]
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(10, _height(len(documents))))
        positions = range(len(documents))[::-1]
        axes.barh(list(positions), grades, color=[VERDICT_COLOURS[d["verdict"]] for d in documents], height=0.7)
        axes.set_yticks(list(positions), labels)
        for rule_id, style in (("readability.grade", "--"), ("readability.grade_severe", ":")):
            rule = _threshold(report, rule_id)
            if rule:
                axes.axvline(rule["threshold"], color="#000000", linestyle=style, linewidth=1.2,
                             label=f"{rule_id} > {rule['threshold']:g} ({rule['level']})")
        axes.set_xlabel("Consensus reading grade (US school grade)")
        axes.set_title("Reading grade per document" + note, loc="left")
        handles, _ = axes.get_legend_handles_labels()
        handles += [Patch(color=c, label=f"verdict: {v}") for v, c in VERDICT_COLOURS.items()]
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        figure.tight_layout()
        return _save(figure, path)


# A scatter shows every document, but more labels than this collide.
SCATTER_LABELS = 10


def hedging_promotional_chart(report: dict[str, Any], path: Path) -> Path:
    order = {r["id"]: i for i, r in enumerate(report["summary"]["ranking"])}
    documents = sorted(report["documents"], key=lambda d: order.get(d["id"], len(order)))
    labels = _labels(documents)
    note = "" if len(documents) <= SCATTER_LABELS else f"\nall {len(documents)} documents; labels on the top {SCATTER_LABELS} by editorial score"
    x = [d["scores"]["hedging_rate"] for d in documents]
    y = [d["scores"]["promotional_rate"] for d in documents]
    rule = _threshold(report, "promotional.rate")
    y_split = rule["threshold"] if rule else 20.0
    x_split = sorted(x)[len(x) // 2] if x else 10.0
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(10, 6.5))
        axes.scatter(x, y, s=60, c=[VERDICT_COLOURS[d["verdict"]] for d in documents], edgecolors="#000000", linewidths=0.6, zorder=3)
        for xi, yi, label in list(zip(x, y, labels))[:SCATTER_LABELS]:
            axes.annotate(label, (xi, yi), xytext=(5, 4), textcoords="offset points", fontsize=8)
        axes.axvline(x_split, color="#999999", linewidth=0.8)
        axes.axhline(y_split, color="#999999", linewidth=0.8)
        x_max = max([*x, x_split]) * 1.15 + 1
        y_max = max([*y, y_split]) * 1.15 + 1
        axes.set_xlim(0, x_max)
        axes.set_ylim(0, y_max)
        for text, (qx, qy) in {"salesy": (0.02, 0.97), "balanced": (0.98, 0.97), "flat": (0.02, 0.03), "cautious": (0.98, 0.03)}.items():
            axes.text(qx, qy, text, transform=axes.transAxes, ha="left" if qx < 0.5 else "right",
                      va="top" if qy > 0.5 else "bottom", fontsize=11, color="#555555", style="italic")
        axes.set_xlabel(f"Hedging per 1,000 words (weighted; line: corpus median {x_split:.1f})")
        axes.set_ylabel(f"Promotional per 1,000 words (weighted; line: rule threshold {y_split:g})")
        axes.set_title("Hedging versus promotional wording" + note, loc="left")
        axes.legend(handles=[Patch(color=c, label=f"verdict: {v}") for v, c in VERDICT_COLOURS.items()],
                    loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        figure.tight_layout()
        return _save(figure, path)


def _with_role(report: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """Families (as the report describes them) that asked for a chart role in their [display]."""
    return [f for f in report.get("families", []) if role in f.get("charts", [])]


def findings_by_category_chart(report: dict[str, Any], path: Path) -> Path:
    """The categories of the first family whose display asks for this chart (the selling kinds)."""
    chosen = _with_role(report, "categories")
    family = chosen[0]["family"] if chosen else ""
    label = chosen[0]["label"] if chosen else "No"
    documents, note = _selection(report)
    labels = _labels(documents)
    categories = sorted({c for d in documents for c in d["wording"].get(family, {}).get("categories", {})})
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(10, _height(len(documents))))
        positions = list(range(len(documents)))[::-1]
        left = [0.0] * len(documents)
        for index, category in enumerate(categories):
            values = [d["wording"][family]["categories"][category]["weighted"] * 1000 / max(d["readability"]["words"], 1)
                      if family in d["wording"] else 0.0 for d in documents]
            axes.barh(positions, values, left=left, height=0.7, label=category.replace("_", " "),
                      color=OKABE_ITO[index % len(OKABE_ITO)], edgecolor="white", linewidth=0.5)
            left = [a + b for a, b in zip(left, values)]
        axes.set_yticks(positions, labels)
        axes.set_xlabel(f"{label} wording per 1,000 words (weighted), by category")
        axes.set_title(f"What kind of {label.lower()} wording each document uses" + note, loc="left")
        axes.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
        figure.tight_layout()
        return _save(figure, path)


def rule_heatmap_chart(report: dict[str, Any], path: Path) -> Path:
    documents, note = _selection(report)
    labels = _labels(documents)
    # Only rules that fire somewhere: a column of "not fired" tells a triage reader nothing.
    fired = {x["rule"] for d in documents for x in d["reasons"]}
    rules = [r["id"] for r in report.get("rules", []) if r["id"] in fired] or sorted(fired) or ["(no rule fired)"]
    from matplotlib.colors import ListedColormap

    grid = []
    for d in documents:
        fired = {x["rule"]: x["level"] for x in d["reasons"]}
        grid.append([LEVEL_VALUES[fired.get(rule)] for rule in rules])
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(min(13.5, max(8, 4.5 + 0.6 * len(rules))), _height(len(documents)) + 1.6))
        colours = ListedColormap(["#F2F2F2", "#56B4E9", "#E69F00", "#D55E00"])
        axes.imshow(grid, cmap=colours, vmin=0, vmax=3, aspect="auto")
        axes.set_xticks(range(len(rules)), rules, rotation=40, ha="right", fontsize=8)
        axes.set_yticks(range(len(documents)), [f"{label}  [{d['verdict']}]" for label, d in zip(labels, documents)])
        axes.tick_params(length=0)
        for side in axes.spines.values():
            side.set_visible(False)
        axes.set_title("Which rules fire for which document (rules that fired)" + note, loc="left")
        axes.legend(handles=[Patch(color=c, label=l) for l, c in
                             [("not fired", "#F2F2F2"), ("info", "#56B4E9"), ("review", "#E69F00"), ("fail", "#D55E00")]],
                    loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        figure.tight_layout()
        return _save(figure, path)


def sentence_strip_chart(report: dict[str, Any], path: Path, hard_grade: float = 16.0) -> Path:
    """Where in each text the hard sentences and the findings of each "strip" family sit."""
    documents, note = _selection(report)
    labels = _labels(documents)
    families = _with_role(report, "strip")
    names = ["hard sentence"] + [f["label"].lower() for f in families]
    step = 0.75 / max(len(names), 1)
    tracks = [(name, colour, (i - (len(names) - 1) / 2) * step)
              for i, (name, colour) in enumerate(zip(names, ["#0072B2"] + [f["colour"] for f in families]))]
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(10, _height(len(documents))))
        for row, d in enumerate(documents):
            y = len(documents) - 1 - row
            grades = d["readability"].get("sentence_grades", [])
            total = max(len(grades), 1)
            axes.plot([0, 100], [y, y], color="#DDDDDD", linewidth=6, solid_capstyle="butt", zorder=1)
            marks = {"hard sentence": [i for i, g in enumerate(grades) if g is not None and g > hard_grade]}
            for family, name in zip(families, names[1:]):
                marks[name] = [f["sentence_index"] for f in d["findings"] if f["family"] == family["family"] and f["counted"]]
            for name, colour, offset in tracks:
                xs = [100 * (i + 0.5) / total for i in sorted(set(marks[name]))]
                axes.scatter(xs, [y + offset] * len(xs), marker="|", s=120, color=colour, linewidths=2, zorder=2)
        axes.set_yticks(range(len(documents))[::-1], labels)
        axes.set_xlim(0, 100)
        axes.set_ylim(-0.7, len(documents) - 0.3)
        axes.set_xlabel("Position in the document (% of sentences, start to end)")
        axes.set_title("Where hard sentences, " + " and ".join(names[1:] or ["findings"]) + " sit" + note, loc="left")
        axes.legend(handles=[Patch(color=c, label=n if n != "hard sentence" else f"hard sentence (grade > {hard_grade:g})")
                             for n, c, _ in tracks], loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        figure.tight_layout()
        return _save(figure, path)


def render_charts(report: dict[str, Any], folder: Path) -> list[Path]:
    """Every chart for one report, as PNG files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        reading_grade_chart(report, folder / "reading_grade.png"),
        hedging_promotional_chart(report, folder / "hedging_vs_promotional.png"),
        findings_by_category_chart(report, folder / "findings_by_category.png"),
        rule_heatmap_chart(report, folder / "rule_heatmap.png"),
        sentence_strip_chart(report, folder / "sentence_strip.png"),
    ]
