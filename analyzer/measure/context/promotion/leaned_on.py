"""A weak evaluative word leaned on: intensified ("truly important"), exclaimed, or rating the
promoted thing ("an important new treatment"), not merely compared ("more potent than") nor said of
the option already in use ("the gold standard"); and the readers other promotional phenomena share
(the promoted subject, the exclamation, a negation in the clause, a comparison).

Sources: Millar, Batalo & Budgell 2022 and Vinkers et al. 2015 (promotional adjectives, counted in
abstracts where they praise the authors' own work); HealthNewsReview.org criterion on comparing with
existing alternatives; Sackett et al. 1996 (BMJ 312:71) on "best available evidence"."""

from __future__ import annotations

import re

from ..base import Context, _CLAUSE_BREAK, _words_back, negates, pattern, refers_back, registry, words


_INTENSIFIERS = words("intensifiers")


def leaned_on(c: Context) -> bool:
    """A weak evaluative word ("important", "novel", "comprehensive", "perfect", "debilitating")
    counts where the writer leans on it: intensified ("truly novel", "critically important",
    "best of all"), exclaimed ("It's perfect!"), or rating the intervention, product or finding itself ("an
    important treatment option", "a novel therapy", "this new treatment is key"). Elsewhere it is
    the ordinary adjective of a report ("important for human health", even "extremely important
    for human health", where it states a need, "a novel combination of four drugs", "a comprehensive way of measuring", "a debilitating infection", "a perfect
    example") and is shown, not counted; so is one its clause negates, however far back ("there is
    no single food that is the key to heart health", "no method of contraception is perfect").

    Millar, Batalo & Budgell 2022 and Vinkers et al. 2015 count these adjectives as hype in
    abstracts and grant applications, where they praise the authors' own work; in health news most
    describe (precision audit, tests/audit: of the 150 promotional findings read before this rule,
    51 of the 64 with these words were neutral, technical or literal). Strong hype ("breakthrough", "miracle", "game-changer") names no rule and counts
    as found.
    """
    if _denied_in_clause(c) or _merely_compared(c):
        return False
    of_all = c.word(c.end) == "of" and c.word(c.end + 1) == "all"  # "best of all", "most important of all"
    # "extremely important for human health": need, a relation, however intensified
    intensified = c.word(c.start - 1) in _INTENSIFIERS and c.word(c.end) not in {"for", "to"}
    return intensified or of_all or _exclaimed(c) or _rates_what_is_promoted(c)


_CONDITION_REACH = 12


def _denied_in_clause(c: Context) -> bool:
    """A negation earlier in the clause: "no method of contraception is perfect"."""
    return any(negates(w) for w in _words_back(c, _CONDITION_REACH, ",;:.!?"))


_CONDITION_OPENERS = words("promo_condition_openers")
_CONSEQUENCE_MODALS = words("promo_consequence_modals")
_CONDITION_BREAKS = ",;:.!?\u2013\u2014"


def _in_an_open_condition(c: Context) -> bool:
    """The word stands inside an open condition or an indirect question ("if it shows the same
    promise in primate studies, trials could begin", "unless we find some breakthrough halting the
    disease", "then we will know if this is a big step forward"): the writer leaves open whether the
    praise holds (Quirk et al. 1985, 15.33-15.35 on open conditions, 15.5 on interrogative content
    clauses; Hyland 2005 counts the conditional among hedges), so it is not pressed on the reader. A
    modal between the opener and the word puts the word in the main clause that the condition
    governs ("if this test succeeds it will revolutionise diagnostics"), which asserts it, and so
    does a comma, a dash or a clause's end (the clause is read back to one).

    Round 34: three dev findings of this form (a researcher's conditional "promise", a surgeon's
    "unless we find some breakthrough", "we will know if this is a big step forward"), all labelled
    wrong; no right finding stands inside such a clause. Round 35 (review): only a praise predicate
    of the condition is left open, see ``_condition_asserts``."""
    back = _words_back(c, _CONDITION_REACH, _CONDITION_BREAKS)
    opener = max((i for i, w in enumerate(back) if w in _CONDITION_OPENERS), default=None)
    if opener is None:
        return False
    inside = back[opener + 1:]
    return _CONSEQUENCE_MODALS.isdisjoint(inside) and not _condition_asserts(inside)


_READER = words("promo_condition_reader")
_SUBJECT_DETERMINERS = words("promo_condition_determiners")
_CONDITION_VERBS = words("rating_copulas")


def _condition_asserts(inside: list[str]) -> bool:
    """The condition leaves the praise standing: addressed to the reader ("if you want a revolutionary
    way to ease pain, try Veltra", "if you're looking for a miracle cure, Veltra is it"), it is the
    advertiser's pitch, an offer rather than a supposition (Cook 2001, The Discourse of Advertising,
    on the direct address of the reader); and a praise word premodifying the condition's subject ("if
    the encouraging early results hold up") is presupposed, a definite noun phrase the condition
    takes as given (Levinson 1983, 4.2 on presupposition surviving in conditionals), not conditional.
    ``inside`` is the condition's words before the term."""
    if inside[:1] and inside[0] in _READER:
        return True
    premodifies = inside[:1] and inside[0] in _SUBJECT_DETERMINERS and len(inside) <= 2
    return bool(premodifies) and _CONDITION_VERBS.isdisjoint(inside)


_COMPARED_BY = words("promo_compared_by")
_COMPARED_LEANED = words("promo_compared_leaned")


def _merely_compared(c: Context) -> bool:
    """A comparative or equative degree ("more potent statins", "less important than", "just as
    potent as") ranks one option against another; "even more potent", "far more powerful" lean on it."""
    return c.word(c.start - 1) in _COMPARED_BY and c.word(c.start - 2) not in _COMPARED_LEANED


_EXCLAIMED = re.compile(r"!['\"\u201d\u2019)\]]*\s*$")


def _exclaimed(c: Context, clause: bool = True) -> bool:
    """The sentence ends with "!" and, with ``clause``, no comma or semicolon stands between the
    match and it: "It's perfect!", not "the best surgeons refused, complications could kill her!"."""
    if not _EXCLAIMED.search(c.sentence):
        return False
    return not clause or not re.search(r"[,;:]", c.rest_of_sentence)


_PROMOTED_SUBJECTS = words("promoted_subjects")
_OPTION_DETERMINERS = words("promo_option_determiners")


def _refers_to_the_option(c: Context, first: int, stop: int) -> bool:
    """Tokens ``first:stop`` name the page's option or refer back to it: its name, "it", or a definite
    singular treatment noun ("this pill", "the drug"), the anaphora a subject uses for the thing
    already introduced (Halliday & Hasan 1976, ch. 2 on personal and ch. 3 on demonstrative
    reference; Quirk et al. 1985, 5.32). Round 35: the readings of a field's past and of a general
    noun take a name as the option's; a pronoun or "this pill" is the same option (the round-34
    reviewer's "It is a powerful force", "it has transformed my life")."""
    if c.interventions.names_intervention(first, stop):
        return True
    said = [c.word(i) for i in range(first, stop)]
    return "it" in said or refers_back(said, _OPTION_DETERMINERS, singular=True)
_RATING_COPULAS = words("rating_copulas")
_PHRASE_ENDS = words("phrase_ends")
# How far after the adjective its noun may be ("an important new treatment option"), and how far
# before a copula its subject ("long-acting treatment options can be essential").
_NOUN_REACH = 3
_SUBJECT_REACH = 4
_RELATIVE = words("hedges_relative_pronouns")


def _rates_what_is_promoted(c: Context) -> bool:
    """The adjective modifies a noun naming the intervention, product or finding ("an important
    treatment option"), or is said of one ("the new treatment is key"; "early intervention is key", a
    practice named in general, is then set aside as a need by ``_generic_practice``)."""
    for index in range(c.end, min(c.last, c.end + _NOUN_REACH)):
        word = c.word(index)
        if word in _PROMOTED_SUBJECTS:
            return True
        gap = c.gap_before(index)
        if word in _PHRASE_ENDS or (_CLAUSE_BREAK.search(gap) and gap.strip() != ","):
            break  # a comma may join adjectives: "an incredibly soft, rich cream"
    window = c.before(3)
    copula = max((i for i, w in enumerate(window) if w in _RATING_COPULAS), default=None)
    if copula is None:
        return False
    at = c.start - len(window) + copula  # the copula's token index
    if c.word(at - 1) in _RELATIVE:  # "people who are suffering": the subject is the antecedent
        return c.word(at - 2) in _PROMOTED_SUBJECTS
    subject = c.tokens.words[max(c.first, at - _SUBJECT_REACH):at]
    return not _PROMOTED_SUBJECTS.isdisjoint(subject)


_CHOICE_VERBS = words("promo_choice_verbs")
# "Best available evidence / therapy", "best supportive care": terms of evidence-based medicine and
# names of trials' comparator arms, not a rating (Sackett et al. 1996, BMJ 312:71).
_BEST_TERMS_OF_ART = words("promo_best_terms_of_art")
_SUPERLATIVE_HEDGES = words("promo_superlative_hedges")


def best_named_not_sought(c: Context) -> bool:
    """``leaned_on`` for "best", unless the sentence seeks or weighs the best instead of naming it:
    a choice ("choose the best option for them", "find out the best products"), or a superlative
    hedged into a possibility ("may still be the best option in some cases", "the best drugs would
    be"), or "best" as an adverb of manner before a participle ("are best spaced out by two
    months"). "This cream is the best", "best of all" name a winner, and count.

    Round 16: also an aim ("to establish the best treatment options", "in order to achieve the best
    possible results", verbs added to ``promo_choice_verbs``) and the field's received view, where
    the clause reports the rank as what an option is considered or regarded to be ("doctors have
    considered a transplant to be the best treatment", "considered by many to be the best option";
    ``promo_settled_view``): the audit guide's settled convention on "best" (a standard or
    comparator ranked as the field's settled view, or a goal, is ``neutral``).

    Prevents advice on choosing among options, which HealthNewsReview.org asks stories to give
    (criterion "compares with existing alternatives"), counting as a quality claim.
    """
    if not leaned_on(c) or _best_as_manner(c) or c.word(c.end) in _BEST_TERMS_OF_ART:
        return False
    before = c.before(4)
    if not _CHOICE_VERBS.isdisjoint(before) or _asked_which(c):
        return False
    if _ranks_the_groups(c):
        return False  # "those who went the distance got the best results": the study's groups ranked
    if _settled_view(c):
        return False  # "considered by many to be the best option": the field's received view
    modal_before = not _SUPERLATIVE_HEDGES.isdisjoint(before)
    modal_after = c.word(c.end + 1) in _SUPERLATIVE_HEDGES or c.word(c.end + 2) in _SUPERLATIVE_HEDGES
    return not (modal_before or modal_after and c.word(c.end) not in {"of", "and"})


_INTERROGATIVES = words("promo_interrogatives")


def _asked_which(c: Context) -> bool:
    """A verb of choosing opens an embedded question that holds the superlative: "an effort to
    determine which among various options delivers the best results". The question seeks the best
    (a wh-complement of a verb of finding out: Quirk et al. 1985, 15.5 on dependent interrogative
    clauses), as "choose the best option" does, and names no winner. Round 34 dev audit: one
    ``neutral`` finding (comparative effectiveness research); no right one."""
    clause = _words_back(c, _CONDITION_REACH, ",;:.!?")
    return any(w in _CHOICE_VERBS and clause[i + 1] in _INTERROGATIVES for i, w in enumerate(clause[:-1]))


_BEST_RESULT_NOUNS = words("promo_result_labels")
_RANKED_GROUPS = words("promo_need_groups") | words("promo_arm_heads")
_GROUP_PLACES = words("promo_group_places")
_GAIN_VERBS = words("promo_gain_verbs")


def _ranks_the_groups(c: Context) -> bool:
    """"Best results" ranks the groups of the page's study against each other, a superlative's
    relative reading (Szabolcsi 1986, "Comparative superlatives"; Heim 1999, "Notes on superlatives":
    the comparison class is the alternatives to the focused group, not all options): "the best results
    came from patients with the BRCA mutation", "those who went the distance got the best results".
    It tells which subgroup or arm did best, a plain report of results, not a verdict pressed on the
    option against the field. The group stands as the place of the results ("from", "in", "among"
    within three words after the noun) or as the subject of a verb of getting before "the best".
    "Use both products to get the best results" names no group, and counts. Round 34 dev audit: two
    ``neutral`` findings in two stories; no right one.

    Round 35 (the round-34 reviewer): a complement that names the comparison class ("the best
    results of any treatment tested", "than ...") sets the option against the field, the absolute
    reading, and counts (``_against_the_field``)."""
    if c.word(c.end) not in _BEST_RESULT_NOUNS or _against_the_field(c):
        return False
    after = [c.word(i) for i in range(c.end + 1, min(c.last, c.end + 4))]
    for i, w in enumerate(after[:-1]):
        if w in _GROUP_PLACES and after[i + 1] in _RANKED_GROUPS:
            return True
    if c.word(c.start - 1) != "the" or c.word(c.start - 2) not in _GAIN_VERBS:
        return False
    return not _RANKED_GROUPS.isdisjoint(_words_back(c, _CONDITION_REACH, ",;:.!?"))


_FIELD_QUANTIFIERS = words("promo_field_quantifiers")


def _against_the_field(c: Context) -> bool:
    """"Best results" followed by "of any"/"of all" or "than": the comparison class is named, every
    option, not the study's own groups (Heim 1999: an overt "of"-phrase fixes the comparison class)."""
    after = c.end + 1
    return (c.word(after) == "of" and c.word(after + 1) in _FIELD_QUANTIFIERS) or c.word(after) == "than"


_PROMO_PARTICIPLES = words("irregular_participles")  # the shared list of irregular past participles
_MANNER_BE = words("boosters_passive_be")


def _best_as_manner(c: Context) -> bool:
    """"Treatments are best spaced out by two months", "the pill is best taken with food": the
    adverb (most suitably) before a participle, advice on use rather than a rating."""
    after = c.word(c.end)
    participle = after in _PROMO_PARTICIPLES or after.endswith("ed") and len(after) > 3
    return participle and c.word(c.start - 1) in _MANNER_BE


_SETTLED_VIEW = words("promo_settled_view")
_SETTLED_VIEW_LEADS = words("promo_settled_view_leads")


def _settled_view(c: Context) -> bool:
    """The clause reports the rank as the field's received view, a verb of regarding in the passive,
    the perfect or a reduced relative, with no one in particular holding it: "doctors have
    considered a transplant to be the best treatment", "the operation, considered by many to be the
    best option", "long regarded as the best" (``promo_settled_view``; the audit guide's settled
    convention on "best": a standard ranked as the field's settled view is ``neutral``). A
    source's own view ("he considered it the best treatment") is the source's praise, and counts.
    Round 16."""
    clause = _words_back(c, _CONDITION_REACH, ",;:.!?")
    for i, w in enumerate(clause):
        if w in _SETTLED_VIEW and (i == 0 or clause[i - 1] in _SETTLED_VIEW_LEADS
                                   or i + 1 < len(clause) and clause[i + 1] == "by"):
            return True
    return False


def praised_not_compared(c: Context) -> bool:
    """"Powerful", "potent" praise a product ("a potent blend", "such a powerful antioxidant"), but
    "newer, more potent statins", "just as potent at killing MRSA as its natural form" compare drugs on
    potency, the pharmacologist's measure of the dose an effect needs (IUPHAR glossary, "potency").

    Nor does a view the clause gives to advocates ("ayahuasca's proponents say it has powerful
    properties", "advocates see phage therapy as a powerful new weapon"): attributed, not the writer's.

    Prevents comparisons of options and reported views counting as utility hype (precision audit,
    tests/audit: round-5 slices; Millar, Batalo & Budgell 2022 count the adjective that praises).
    """
    return not _merely_compared(c) and not _attributed_in_clause(_words_back(c, _CONDITION_REACH, ",;:.!?"))


_DISTANCING = words("promo_distancing")
_ADVOCATES = words("promo_advocates")
_VIEW_VERBS = words("promo_view_verbs")


def _attributed_in_clause(clause: list[str]) -> bool:
    """The clause reports someone's claim at a distance ("claiming to be", "touted as", "the myth
    that") or advocates' view ("proponents say that", "advocates see it as"). Not "Dr. Oz calls it
    the secret": naming by an endorser is how a pitch sells."""
    if not _DISTANCING.isdisjoint(clause):
        return True
    return not _ADVOCATES.isdisjoint(clause) and not _VIEW_VERBS.isdisjoint(clause)


def promo_praised_not_established(c: Context) -> bool:
    """``praised_not_compared``, and not said of the option already in use (``_established_option``).

    HealthNewsReview.org asks a story to compare the new approach with existing alternatives; the
    strengths it grants the standard treatment ("powerful antibiotics are commonly prescribed, but
    they kill good bacteria") describe the comparator, where Millar, Batalo & Budgell 2022 count the
    adjective that praises the authors' own work. Prevents the comparator's description counting
    as hype of the page's own subject (precision audit, tests/audit: round 8)."""
    return praised_not_compared(c) and not _established_option(c)


_PROMO_ESTABLISHED = pattern("promo_established")
_PROMO_SET_AGAINST = pattern("promo_set_against")


def _established_option(c: Context) -> bool:
    """The sentence presents the praised thing as the option already in use ("powerful antibiotics
    are commonly prescribed", "standard treatment relies on potent blood thinners", "levodopa has
    long been considered the gold standard") and sets nothing against it ("unlike", "than", "an
    alternative to"): the comparator a fair story describes, not the newcomer it sells. The match
    itself is not read, so "gold standard" does not mark itself."""
    before = (c.sentence_start, c.match_start)
    after = (c.match_end, c.sentence_end)
    if any(_PROMO_SET_AGAINST.search(c.text, *span) for span in (before, after)):
        return False
    return any(_PROMO_ESTABLISHED.search(c.text, *span) for span in (before, after))


def promo_not_established(c: Context) -> bool:
    """A utility or rigor claim counts unless said of the option already in use ("a standard, and
    highly effective, treatment"): see ``promo_praised_not_established``."""
    return not _established_option(c)


def promo_leaned_on_not_established(c: Context) -> bool:
    """``leaned_on``, and not said of the option already in use ("long been considered the gold
    standard"): see ``promo_praised_not_established``."""
    return leaned_on(c) and not _established_option(c)


RULES = registry(
    praised_not_compared,
    best_named_not_sought,
    leaned_on,
    promo_praised_not_established,
    promo_not_established,
    promo_leaned_on_not_established,
)
