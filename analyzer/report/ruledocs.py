"""Documentation of every rule and family, from the data that defines them.

``analyzer rules ID`` prints it and SARIF carries the same text as each rule's ``help``, so an
editor sees in a code-scanning alert what the terminal would say: what the rule measures, why
(the family's purpose and the threshold's source), the threshold in force, and example
sentences on which it fires and does not (the family files' ``fires``/``quiet``, enforced by
tests/test_families.py).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from ..measure import Lexicon, ScoreRule
from ..measure.lexicon import Family
from ..score import Threshold

# Where the rules are documented for people: the README's "Verdicts" section on the package
# index page. Change it with the distribution name or when the project has its own site.
DOCS_URI = "https://pypi.org/project/health-writing-analyzer/"


# Below this share of findings judged right, reports tell the reader to check a family's findings
# before acting on them: an editor who checks ten findings and finds two wrong stops trusting the tool.
CHECK_BELOW_PRECISION = 0.90


def families_to_check(lexicon: Lexicon) -> tuple[Family, ...]:
    """Families whose counted findings people judged right less often than ``CHECK_BELOW_PRECISION``
    in the held-out audit (their files' ``[audit]``), in display order."""
    return tuple(f for f in lexicon.display_order() if f.audit and f.audit.precision < CHECK_BELOW_PRECISION)


@dataclass(frozen=True)
class Doc:
    """One rule's or family's documentation: a title and sections of (heading, lines)."""

    id: str
    title: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def text(self) -> str:
        out = [f"{self.id}: {self.title}"]
        for heading, lines in self.sections:
            out += ["", f"{heading}:"] + [f"  {line}" for line in lines]
        return "\n".join(out) + "\n"

    @property
    def markdown(self) -> str:
        out = [f"**{self.id}**: {self.title}"]
        for heading, lines in self.sections:
            out += ["", f"**{heading}**", ""] + [f"- {line}" for line in lines]
        return "\n".join(out) + "\n"


def _examples(fires, quiet) -> list[tuple[str, tuple[str, ...]]]:
    sections = []
    if fires:
        sections.append(("Fires on", tuple(f"“{e}”" for e in fires)))
    if quiet:
        sections.append(("Does not fire on", tuple(f"“{e}”" for e in quiet)))
    return sections


def rule_doc(rule: ScoreRule, lexicon: Lexicon, in_force: Threshold | None = None, enabled: bool = True) -> Doc:
    """What a score rule measures, why, its threshold and level, its source and its examples."""
    family = lexicon.family(rule.family) if rule.family else None
    what = [rule.measure + ("" if rule.kind == "score" else f" ({rule.kind} over the {rule.family} family"
                            + (f", categories {', '.join(rule.categories)}" if rule.categories else "") + ")")]
    if family and family.description:
        what.append(f"{family.display.label}: {family.description}")
    if rule.kind == "missing":
        what.append("fires when the document never discloses this item (the family's cue is absent)")
    sections = [("What it measures", tuple(what)),
                ("Why, and the threshold's source", (rule.source or "no source given",)),
                ("In force", _in_force_lines(rule, in_force, enabled)),
                *_examples(rule.fires or (family.examples_fire if family else ()),
                           rule.quiet or (family.examples_quiet if family else ())),
                ("Switch it off", (f"in the text: <!-- analyzer-disable {rule.id} --> (Markdown) or "
                                   f"'analyzer: disable {rule.id}' (plain text); for a team: disable = [\"{rule.id}\"]",))]
    return Doc(rule.id, rule.measure, tuple(sections))


def _in_force_lines(rule: ScoreRule, in_force: Threshold | None, enabled: bool) -> tuple[str, ...]:
    """The threshold and level that apply now and where they come from (the rule's own setting, a
    profile, the team's config), then the rule's own setting when something overrides it: a new
    user read "default: 0, level review" under "level info" and could not tell which applied."""
    own = "none (off unless a team sets a threshold)" if rule.threshold is None else f"{rule.threshold:g}, level {rule.level}"
    if in_force is None:
        return ("off: no threshold (set one in analyzer.toml to use it)",)
    above, level = in_force.threshold_origin, in_force.level_origin
    if above == level:
        now = f"now: fires above {in_force.threshold:g}, level {in_force.level}, from {_origin_words(above)}"
    else:  # round 27: a config's threshold left the profile's level, and both were called the config's
        now = (f"now: fires above {in_force.threshold:g}, from {_origin_words(above)}; "
               f"level {in_force.level}, from {_origin_words(level)}")
    now += "" if enabled else " (disabled in your config)"
    return (now,) if above == level == "rule" else (now, f"the rule's own setting: {own}")


def _origin_words(origin: str) -> str:
    """Where a value in force comes from, in words: the rule, a profile (the default one said so),
    the team's config."""
    words = {"rule": "the rule's own setting", "config": "your config's [rules]"}.get(origin, origin)
    if origin.startswith("profile "):
        from ..score.thresholds import profiles

        words += " (the default profile)" if origin == f"profile {profiles()[0]}" else ""
    return words


def context_rule_doc(name: str, lexicon: Lexicon) -> Doc:
    """A context rule: what it is for (its docstring, the text of the generated table beside the
    code) and the families whose terms it decides."""
    from ..measure.context import RULES

    paragraphs = tuple(" ".join(p.split()) for p in textwrap.dedent(RULES[name].__doc__ or "").strip().split("\n\n"))
    families = tuple(dict.fromkeys(t.family for t in lexicon.terms if name in t.context_rules))
    sections = [("What it is for", paragraphs)]
    if families:
        sections.append(("Decides terms of", (", ".join(families),)))
    return Doc(name, "context rule", tuple(sections))


def family_doc(name: str, lexicon: Lexicon) -> Doc:
    """A family: what it is, its categories with their sources and weights, its rules and examples."""
    family = lexicon.family(name)
    categories = tuple(
        f"{c.name} (weight {c.weight:g}{'' if c.counted else ', not counted'}, {c.size} terms): "
        f"{c.description + ' ' if c.description else ''}Source: {c.source}"
        for c in lexicon.categories_of(name))
    suggested = sorted({t.term: t for t in lexicon.terms if t.family == name and t.suggest}.values(), key=lambda t: t.term)
    sections = [("What it finds", (family.description or family.display.label,)), ("Categories", categories),
                ("Rules", tuple(dict.fromkeys([*(r.id for r in lexicon.score_rules if r.family == name),
                                               f"{name}.rate", f"{name}.count"]))),
                *_examples(family.examples_fire, family.examples_quiet)]
    context = sorted({r for t in lexicon.terms if t.family == name for r in t.context_rules})
    if context:
        # an editor who doubts a finding asks which rule let it count; each rule's purpose is one
        # generated table away (tests/readme_tables.py)
        sections.append(("Context rules", (*textwrap.wrap(", ".join(context), 96),
                                           "What each is for: analyzer rules NAME")))
    if family.audit:
        sections.append(("How often it is right", (family.audit.summary,)))
    if suggested:
        sections.append(("Suggested instead", tuple(f"“{t.term}” → {' / '.join(t.suggest)}" for t in suggested)))
        sections.append(("Suggestions from", tuple(dict.fromkeys(t.suggest_source for t in suggested))))
    sections.append(("Defined in", (family.file or "built in",)))
    return Doc(name, family.display.label, tuple(sections))
