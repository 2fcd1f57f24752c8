"""The page's own option: a treatment name or "other" that refers to the intervention itself or its
own kind ("aspirin and other NSAIDs" on an aspirin page), and "first-line" said of it, not another
option. ``c.interventions`` (intervention.py) names the options a page is about; where it names
none, these checks pass and the rules behave as before; a candidate rejected here stays visible, not
counted, with ``c.dropped`` as its reason.

Sources: HealthNewsReview.org criteria 3 and 6; Hearst 1992 ("X and other Y" names X a kind of Y)."""

from __future__ import annotations

from ..base import Context, _drop, registry, words
from .readers import _CONTRAST_NEAR, _LINE_REACH, _SETS_APART


def not_the_intervention(c: Context) -> bool:
    """A treatment's name is no alternative where it names the page's own intervention: "this
    does not mean antidepressants should always come first" on a page about antidepressants,
    "minimally invasive surgery to replace valves" on a page about that surgery. "Traditional
    surgery" on the same page is another option.

    Round 13b (the intervention helper's count of wrong findings in sentences naming the page's own
    option): "the same surgery" refers back to the intervention; "other" that picks out an arm ("the
    other half first had surgery") sets no option apart; the name right before "instead", "rather"
    is the option chosen ("paid for radiation instead of surgery" on a radiation page); and the kind
    the intervention belongs to, "aspirin and other anticlotting medications" (``_own_kind``), is no
    other option.

    Prevents the intervention counting as its own alternative (HealthNewsReview.org criterion 6:
    other options compared with the intervention).
    """
    if _names_the_intervention(c):
        return _drop(c, "names the intervention itself, not another option")
    if _own_kind(c):
        return _drop(c, "the intervention's own kind of treatment")
    return True


_CONTRAST_REACH = 5

# Identity, not contrast: "the same surgery" refers back to the option discussed.
_SAME = words("alternatives_same")
# Parts of a trial's population that "other" picks out: "the other half", "the other group".
_ARM_PARTS = words("alternatives_arm_parts")
# Contrastive coordinators after the first term, the option chosen: "radiation instead of surgery".
_CHOSEN_BEFORE = words("alternatives_chosen_before")


def _names_the_intervention(c: Context) -> bool:
    """The match itself names the intervention ("surgery" on a surgery page, "antidepressants" on
    an antidepressant page), with no word before it that sets another kind apart ("traditional
    surgery", "older drugs")."""
    iv = c.interventions
    named = iv.named(c.start, c.end) if iv else []
    if not named or not iv.is_intervention(named[-1][1]):
        return False
    if c.word(c.start - 1) in _SAME:  # "two other techniques for the same surgery": the one discussed
        return True
    # "alternative to surgery", "compared to chemotherapy alone", "traditional hip surgery", "bypass
    # surgery over drug treatment": set beside another option, the name is that other option
    near = c.before(_CONTRAST_REACH)
    # "the other half first had surgery": "other" picks out a trial's arm, not another option
    near = [w for i, w in enumerate(near) if not (w in _SETS_APART and i + 1 < len(near) and near[i + 1] in _ARM_PARTS)]
    # "paid for radiation instead of having surgery": the name before "instead", "rather" is the one chosen
    if c.word(c.end) not in _CHOSEN_BEFORE:
        near.append(c.word(c.end))
    return not any(w in _SETS_APART or w in _CONTRAST_NEAR for w in near)


# How many modifiers may stand between "other" and the kind ("and other anticlotting medications"),
# and how far before "and other" the intervention may be named ("aspirin and other").
_KIND_MODIFIERS = 2
_KIND_REACH = 4


def _own_kind(c: Context) -> bool:
    """The name is the kind the intervention belongs to, in the hyponymy pattern "X and other Y",
    "X or other Y" (Hearst 1992, "Automatic acquisition of hyponyms from large text corpora"):
    "aspirin and other anticlotting medications" on a page about aspirin names aspirin's class, not
    another option (as ``alternative_not_the_intervention`` reads "acupuncture and other alternative
    therapies"). Round 13: the intervention helper's count of wrong alternatives findings in sentences
    that name the page's own option."""
    iv = c.interventions
    if not iv:
        return False
    for back in range(1, _KIND_MODIFIERS + 2):
        i = c.start - back
        if c.word(i) == "other" and c.word(i - 1) in {"and", "or"}:
            return iv.names_intervention(max(c.first, i - 1 - _KIND_REACH), i - 1)
    return False


def line_of_another_option(c: Context) -> bool:
    """"First-line", "second-line" tell an alternative where they place another option ("metformin,
    the usual first-line drug" on a page about linagliptin), not where the sentence names only the
    intervention: "approved as a second-line treatment", "the first-line role immunotherapy is
    taking" say where the intervention itself stands.

    Prevents the intervention's own line of therapy counting as alternatives discussed
    (HealthNewsReview.org criterion 6).
    """
    iv = c.interventions
    if not iv:
        return True
    named = {key for _, key in iv.named(max(c.first, c.start - _LINE_REACH), min(c.last, c.end + _LINE_REACH))}
    if named and all(iv.is_intervention(key) for key in named):
        return _drop(c, "the intervention's own line of therapy")
    return True


RULES = registry(
    not_the_intervention,
    line_of_another_option,
)
