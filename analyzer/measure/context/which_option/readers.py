"""What the alternatives rules read around a candidate, shared by several phenomena: a comparison's
second term, a group that goes without the exposure, a quantity, the words that set a treatment
beside the one discussed, a word that names a treatment option; and the word lists more than one
module reads.

Sources: HealthNewsReview.org criterion 6 ("existing alternatives"); Quirk et al. 1985, 14.12
(adverbial clauses) and 17.98 (reduced relative clauses)."""

from __future__ import annotations

from ..base import Context, _NUMBER_WORDS, _TREATMENT_OWNERS, negates, pattern, words


# Words and marks several phenomena read.

# A comparator that is no treatment: a control or comparison group, the general population.
_CONTROL_GROUP = words("control_group")

_GROUP_MEANS = pattern("alternatives_group_means")
_NEGATED_GROUP = pattern("alternatives_negated_group")

_HEAD_ENDS = words("alternatives_head_ends")

_OPTION_REACH = 6

# Words after a treatment's name that go on about the same treatment: "other benefits", "not yet".
_OF_THE_SAME = words("of_the_same")

# "combined with standard radiation", "text messages plus usual care": given together with the
# intervention, not instead of it. "a dose of radiation", "the hazards of radiation": an exposure.
_GIVEN_WITH = pattern("given_with")
# "antidepressants versus placebo pills": the treatment tested against nothing, not an option.
_PLACEBO_LIKE = words("placebo_like")

_SETS_APART = words("sets_apart")
_CONTRAST_NEAR = words("contrast_near")

_LINE_REACH = 12

_ALT_PLACE_HEADS = words("alternatives_place_heads")

_ALT_EXISTING = words("alternatives_existing")

_ALT_CONTRASTIVE = words("alternatives_contrastive_cues")

_ALT_TEST_NOUNS = words("alternatives_test_nouns")

_ALT_ARTICLES = words("alternatives_articles")
_ALT_ARM_WORDS = words("alternatives_arm_words")

_IRREALIS = words("irrealis_modals")

# Ways a group goes without the exposure: "mothers who skipped the supplement".
_ABSENCE = words("absence")

# Negations that open a reduced relative clause after a group: "men not taking", "women never given".
_REDUCED_NEGATIONS = {"not", "never"}

_PEOPLE = words("alternatives_people")


def _went_without(lead: list[str]) -> bool:
    """Whether the first term of a comparison is a group that went without the exposure ("men who
    didn't take anticlotting drugs had more recurrences, compared with men who did")."""
    if "who" not in lead:
        # a reduced relative clause, "who" left out (Quirk et al. 1985, 17.98): "10% of men not taking
        # one of these medications had died ... vs. 4% of those who took one" (round 13b)
        return any(w in _PEOPLE and lead[i + 1] in _REDUCED_NEGATIONS for i, w in enumerate(lead[:-1]))
    group = lead[lead.index("who") + 1:]
    return any(negates(w) or w in _ABSENCE for w in group[:4])


# How far a comparison's second term may run: "compared to 5.5 months for a control group that
# just received a placebo" names its control group eleven words on.
_COMPARATOR_REACH = 14

# Subordinating conjunctions that open an adverbial clause after the compared term (Quirk et al.
# 1985, 14.12): "when", "while", "because", "although", "if", "unless", "whereas".
_ALT_CLAUSE_OPENERS = words("alternatives_clause_openers")


def _comparator(c: Context) -> list[str]:
    """The words of a comparison's second term: after the cue, up to the end of its clause."""
    out = []
    for i in range(c.end, min(c.last, c.end + _COMPARATOR_REACH)):
        gap = c.gap_before(i)
        if i > c.end and any(p in gap for p in ",;:\u2013\u2014") and not (gap == "," and c.word(i - 1).isdigit() and c.word(i).isdigit()):
            break  # a clause ends at a comma, not a thousands separator ("19 percent of 2,000 non-users")
        if i > c.end and c.tokens.words[i] in _ALT_CLAUSE_OPENERS:
            break  # "the risks of stroke versus bleeding when choosing a treatment": a new clause
        out.append(c.tokens.words[i])
    return out


def _is_quantity(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS - {"a", "an"}


# What sets a treatment beside the one discussed: "without surgery", "instead of", "or botox",
# "avoid", "versus", "considered surgery but", "couldn't afford", "not getting surgery".
_AS_OPTION = words("as_option")

# Wider words for a treatment, which "or" joins to it rather than to another option.
_GENERIC = words("generic_procedure")


def _sets_beside(c: Context, i: int) -> bool:
    """Whether token ``i`` sets a treatment beside another; ", or" glosses a name instead
    ("bariatric, or weight loss, surgery", "intraperitoneal chemotherapy, or Hipec")."""
    w = c.tokens.words[i]
    if w == "or" and ("," in c.gap_before(i) or {c.word(i - 1), c.word(i + 1)} & _GENERIC):
        return False  # "after your surgery or procedure": a wider word for the same thing
    return w in _AS_OPTION or w.endswith("n't")


_ALT_OPTION_NOUNS = words("alternatives_option_nouns")
_ALT_PROCEDURE_ENDINGS = tuple(sorted(words("alternatives_procedure_endings")))


def _alternatives_option_word(w: str) -> bool:
    """A word that names a treatment option: "chemotherapy", "drugs", "usual care", "lumpectomy"."""
    return w in _ALT_OPTION_NOUNS or w in _TREATMENT_OWNERS or w.endswith(_ALT_PROCEDURE_ENDINGS)
