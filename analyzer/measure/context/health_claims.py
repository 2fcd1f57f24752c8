"""Absolute health claims ("cures", "100% safe", "no side effects", "guaranteed"): counted only where
the writer asserts them, not where a claim is denied, premature, hedged, credited to a study, an aim, a
share or a name (FTC Health Products Compliance Guidance 2022: a claim is what the advertiser conveys).
"""

from __future__ import annotations

import re

from .base import Context, _is_number, capitalised, own_conjunct, pattern, unbroken, words, _words_back, registry


_CONDITIONAL = words("conditional")
# "surgery that might cure the problem", "a vaccine able to cure": a possibility, not a claim.
_HEDGING_MODALS = words("hedging_modals")
# A modal governs its clause, across a coordinated verb: "therapies could then be used on tumours
# with no risk of spread", "we could go to the root of the disease and cure it".
_CLAIMS_MODAL_REACH = 10
_OFFER = pattern("offer")


def asserted_claim(c: Context) -> bool:
    """An absolute or safety claim is made when the text asserts it: not in a question ("Is it
    always expensive botox?"), not under a condition ("if proven safe and effective"), and not
    when the capitals spell an acronym ("high-risk ALL patients": acute lymphoblastic leukaemia).

    Modals of possibility ("surgery that might cure the problem") make it a possibility too.

    A claim its clause denies ("neither is a cure", "none of the new drugs works for everyone",
    "won't ... guarantee that", "it would be wrong to portray it as completely safe"), calls
    premature ("too early to call it a cure") or hedges ("it appears to cure others") is not made.
    Nor is the title of a talk or paper a label cites ("Abstract: X is safe and effective").
    Nor is one held as a belief ("many people believe the horn can cure cancer"), wished for ("a
    cure for the disease is the holy grail") or set as a criterion ("we ought to use things that
    are proven to work").

    Prevents questions, hypotheses, denials and acronyms counting as claims the FTC would ask
    evidence for (FTC Health Products Compliance Guidance 2022 concerns claims conveyed to the
    reader).
    """
    if c.sentence.rstrip().rstrip("\"'”)").endswith("?"):
        return False
    modal = not _HEDGING_MODALS.isdisjoint(_words_back(c, _CLAIMS_MODAL_REACH, ",;:.!?"))
    if modal or not _CONDITIONAL.isdisjoint(c.before(6)):
        return False
    hedged = not _CLAIMS_HEDGES.isdisjoint(_words_back(c, 3, ",;:.!?"))
    if hedged or _claims_denied(c) or _claims_premature(c) or _claims_cited_title(c):
        return False
    if _claims_believed(c) or _claims_wished(c) or _claims_criterion(c):
        return False
    surface = c.surface(c.start)
    following = c.surface(c.end) if c.end < c.last else ""
    return not (len(surface) > 1 and surface.isupper() and not following.isupper())


def cure_claimed(c: Context) -> bool:
    """"Cures" and "cure" claim that a treatment ends a disease ("it cures arthritis"), not in a
    measure, a field or an aim: "cure rates", "a higher cure rate", "cure research", "the cost
    of a cure intervention", "treat with intent to cure"; nor in
    the search for one ("its mission is to find a cure", "testing it as a cure", "the chance of
    a true cure", "could become a cure"), a cure of a share ("cures about half of patients":
    it admits exceptions), or a name ("Race for the Cure").

    Prevents outcome measures, treatment goals, quantified cures and charity names counting as
    absolute claims (FTC Health Products Compliance Guidance 2022 concerns claims that a product
    cures; a cure of "about half" is a rate, not a claim that admits no exception).
    """
    if c.word(c.end) in _CLAIMS_CURE_MODIFIED or "intent" in c.before(2) or _claims_cure_as_intent(c):
        return False
    if _claims_cure_sought(c) or _claims_cure_counted(c) or _claims_named(c) or _claims_credited(c):
        return False
    return not _claims_cures_in_general(c) and asserted_claim(c)


# What follows a plural noun "cures" opening its clause, and no verb "cures": a preposition or a
# plural verb ("Cures in medicine are rare", "Cures for it remain elusive", "Cures are rare").
_CLAIMS_PLURAL_NOUN_AFTER = words("claims_plural_noun_after")
# What may stand before such a subject in its sentence: "But cures ...", "Still, cures ...".
_CLAIMS_CLAUSE_OPENERS = words("claims_clause_openers")


def _claims_cures_in_general(c: Context) -> bool:
    """"Cures" opening its clause with a preposition or a plural verb after it is a bare plural
    noun, the subject, not the verb of a claim (a verb "cures" takes its object: "cures
    arthritis"); a bare plural subject refers to the kind in general (Carlson 1977, "Reference to
    kinds in English"), so "Cures in medicine are extremely rare" speaks of cures as a kind and
    claims no cure for any option. Round 34 (claims dev audit). An example that names the page's
    option makes it one of the cures ("Cures like Veltra come along once in a generation"; the
    round-34 review)."""
    if c.word(c.end - 1) != "cures" or c.word(c.end) not in _CLAIMS_PLURAL_NOUN_AFTER:
        return False
    if c.word(c.end) in _CLAIMS_EXAMPLE_OPENERS and c.interventions.names_intervention(c.end + 1, min(c.last, c.end + 4)):
        return False
    return all(w in _CLAIMS_CLAUSE_OPENERS for w in c.tokens.words[c.first:c.start])


# What brings in an example of a kind: "cures like Veltra", "cures such as Veltra".
_CLAIMS_EXAMPLE_OPENERS = words("claims_example_openers")


# "cure rates", "cure research", "a cure intervention": "cure" modifies a measure or a field.
_CLAIMS_CURE_MODIFIED = words("claims_cure_modified")
# "its mission is to find a cure", "other than finding a cure", "testing the method as a cure".
_CLAIMS_CURE_AIMS = words("claims_cure_aims")
# How far back an aim reaches: "leading the fight to prevent, treat, and cure kidney diseases".
_CLAIMS_AIM_REACH = 10
# Words that make "cures" a share: "cures about half", "cures 90% of patients", "cures most".
_CLAIMS_SHARE_WORDS = words("claims_share_words")


# The other intent of care that "cure" is set against: "from palliation to cure", "cure or palliation".
_CLAIMS_CARE_INTENTS = words("claims_care_intents")
# What joins the two intents: a change ("from palliation to cure") or a choice ("cure or palliation");
# not a preference ("cure rather than palliation" says what an option offers).
_CLAIMS_INTENT_LINKS = words("claims_intent_links")


def _claims_cure_as_intent(c: Context) -> bool:
    """"Cure" joined to palliation names an intent of treatment, curative against palliative
    (the two intents of cancer care, e.g. NCI Dictionary of Cancer Terms, "palliative care" and
    "curative"), as "intent to cure" does: "the end point shifts the paradigm from palliation to
    cure" says what trials aim at, not that a treatment cures. Round 34 (claims dev audit). Not
    where the page's option is the clause's subject: "Veltra moves arthritis care from palliation
    to cure" credits the option with curing (the round-34 review)."""
    before, after = c.before(2), c.tokens.words[c.end:min(c.last, c.end + 2)]
    joined = (len(before) == 2 and before[0] in _CLAIMS_CARE_INTENTS and before[1] in _CLAIMS_INTENT_LINKS
              or len(after) == 2 and after[0] in _CLAIMS_INTENT_LINKS and after[1] in _CLAIMS_CARE_INTENTS)
    return joined and not c.interventions.names_intervention(c.back_to_break(c.start, ",;:"), c.start)


def _claims_cure_sought(c: Context) -> bool:
    """A cure aimed at, asked for, awaited or foreseen: "its mission is to find a cure",
    "patients calling to ask for the cure", "what it will take to cure the disease" (the means
    a goal needs), "they'll have a cure in ten years" (a prediction, not a treatment that cures).
    A colon does not end the aim: "one mission: to contribute to the prevention and cure"."""
    back = _words_back(c, _CLAIMS_AIM_REACH, ";.!?")
    if not _CLAIMS_CURE_AIMS.isdisjoint(back):
        return True
    if back[-2:] in (["take", "to"], ["takes", "to"], ["took", "to"]) and "what" in back[-6:]:
        return True
    near = back[-3:]
    return "have" in near and any(w == "will" or w.endswith("'ll") for w in near)


def _claims_cure_counted(c: Context) -> bool:
    following = c.word(c.end)
    return c.word(c.end - 1) == "cures" and (_is_number(following) or following in _CLAIMS_SHARE_WORDS)


def _claims_named(c: Context) -> bool:
    """A capitalised word inside a sentence is part of a name ("Race for the Cure", "the Gyno
    Spa Cure"), unless the whole line is in title case ("This Tea Cures Arthritis")."""
    surface = c.surface(c.start)
    if c.at_sentence_start or not surface[:1].isupper() or surface.isupper():
        return False
    initials = [c.surface(i)[:1] for i in range(c.first, c.last) if c.surface(i)[:1].isalpha()]
    return sum(ch.islower() for ch in initials) >= len(initials) / 2 or _claims_name_goes_on(c)


# Words a title-case headline leaves in lower case (Chicago Manual of Style, 17th ed., 8.159:
# articles, prepositions and coordinating conjunctions): "Why This Tea Cures Arthritis in Weeks".
_TITLE_CASE_MINOR = words("title_case_minor_words")


def _claims_name_goes_on(c: Context) -> bool:
    """The capitalised word ends a run of capitalised words in a sentence written in sentence
    case ("The flashy Juvenex Spa in Manhattan offers its 30-minute Gyno Spa Cure for $75"): a
    lower-case word that title case would capitalise ("flashy", "offers") shows the sentence is
    not a headline, so the capitals mark a multi-word name, however many names crowd the
    sentence. Round 34 (claims dev audit: "Gyno Spa Cure" counted as a cure claim)."""
    previous = c.start - 1
    if previous <= c.first or c.marks_before(c.start, ",;:\"'“‘(") or not capitalised(c.surface(previous)):
        return False
    return any(c.surface(i)[:1].islower() and c.word(i) not in _TITLE_CASE_MINOR for i in range(c.first, c.last))


# "neither is a cure", "none of the new drugs works for everyone": the clause denies the claim.
_CLAIMS_DENIALS = words("claims_denials")
# Eight words back reach a denied subject ("None of the new drugs works", "the findings don't
# suggest that red wine is a cure"); a comma ends the clause.
_CLAIMS_DENIAL_REACH = 8
# "it appears to cure others", "apparently well tolerated", "virtually eliminates": hedged.
_CLAIMS_HEDGES = words("claims_hedges")
# After a denial, words that leave the claim standing: "not only", "don't realize", "no doubt".
_CLAIMS_NOT_DENYING = words("claims_not_denying")
# "too early to call it a cure", "premature to say", "not yet proven".
_CLAIMS_PREMATURE = pattern("claims_premature")


def _claims_denied(c: Context) -> bool:
    """A denial in the clause, unless it intensifies ("not only") or negates a verb of knowing,
    which leaves the claim standing ("many women don't realize that it can be safe", "there is no
    doubt it is safe"), nor one in an earlier coordinated predicate (``own_conjunct``: "it has no
    side effects and is 100% safe")."""
    if _claims_deny(own_conjunct(_words_back(c, _CLAIMS_DENIAL_REACH, ",;:.!?"))):
        return True
    head = _claims_series_head(c)
    return bool(head) and _claims_deny(own_conjunct(head[-_CLAIMS_DENIAL_REACH:]))


def _claims_deny(clause: list[str]) -> bool:
    pairs = zip(clause, clause[1:] + [""])
    return any((w in _CLAIMS_DENIALS or w.endswith("n't")) and nxt not in _CLAIMS_NOT_DENYING
               for w, nxt in pairs)


_CLAIMS_SERIES_ITEMS = 6
_CLAIMS_SERIES_JOINS = ("and", "or")


def _claims_series_head(c: Context) -> list[str]:
    """The clause that opens a comma series holding the term, when the term is one of its items
    ("not intended to diagnose, treat, cure, or prevent any disease": "cure" shares the denial of
    "not intended to diagnose"); empty when the term is no item of a series of single words.

    Round 25 (a new user's report): the supplement disclaimer DSHEA requires (21 CFR 101.93(c):
    "This product is not intended to diagnose, treat, cure, or prevent any disease") denies the
    claim, but the commas between the verbs hid its "not". Items are single words, at least one
    between the head and the term or after it, so a clause after a comma ("It isn't cheap, but it
    cures", "It won't hurt, and cures acne") is no item (Huddleston & Pullum 2002, ch. 15: the items of a coordination share what governs them)."""
    if c.word(c.start) in _CLAIMS_DENIALS:
        return []  # "no incisions, no downtime": each item carries its own denial, the term its claim
    stops = ",;:.!?"
    i = c.back_to_break(c.start, stops)
    current = c.tokens.words[i:c.start]
    if len(current) == 2 and current[1] in _CLAIMS_SERIES_JOINS:
        items = 1  # "diagnose, treat or cure": "treat or" is an item before the term
    elif not current:
        items = int(_claims_series_goes_on(c))  # "do not treat, cure, or prevent": an item between
    elif current in (["and"], ["or"]):
        items = 0
    else:
        return []
    for _ in range(_CLAIMS_SERIES_ITEMS):
        if i <= c.first or c.gap_before(i).strip() != ",":
            return []
        j = c.back_to_break(i - 1, stops)
        stretch = c.tokens.words[j:i]
        if len(stretch) > 1:
            return stretch if items else []
        items, i = items + 1, j
    return []


def _claims_series_goes_on(c: Context) -> bool:
    """Another item follows the term: a comma or a coordinator ("cure, or prevent", "cure or treat")."""
    return c.end < c.last and (c.marks_before(c.end, ",") or c.word(c.end) in _CLAIMS_SERIES_JOINS)


_CLAIMS_CITED_TITLE = pattern("claims_cited_title")


def _claims_cited_title(c: Context) -> bool:
    """The claim is the title of a talk, poster or paper that a label opens its line with
    ("Abstract: Ledipasvir/sofosbuvir for 12 weeks is safe and effective in children (PS101),
    17:30 - 17:45", "Title: ..."): a meeting's schedule cites the authors' title, attributed to
    them, as a reference list cites one. Round-24 user report (news_reviews_00244: a conference
    schedule's abstract title counted as the page's own safety claim)."""
    line_start = c.text.rfind("\n", 0, c.match_start) + 1
    return bool(_CLAIMS_CITED_TITLE.match(c.text, line_start, c.match_start))


def _claims_premature(c: Context) -> bool:
    return bool(_CLAIMS_PREMATURE.search(c.text, max(c.sentence_start, c.match_start - 120), c.match_start))


# --- Claims, round 3b: beliefs, wished-for treatments and criteria (fx-claims) ---------------
_CLAIMS_BELIEF_VERBS = words("claims_belief_verbs") | words("claims_reporting_verbs")
# A belief verb governs the clause it opens: "many people believe that rhino horn can cure".
_CLAIMS_BELIEF_REACH = 8
_CLAIMS_KIND_NOUNS = words("claims_kind_nouns")
_CLAIMS_RELATIVIZERS = words("claims_relativizers")
_CLAIMS_FRAME_WORDS = words("claims_frame_words")
_CLAIMS_WISHED_AFTER = words("claims_wished_after")
_CLAIMS_NP_OPENERS = words("claims_np_openers")
# How far a restrictive relative reaches back to its noun: "interventions for which there is
# some suggestion of benefit but no known risks".
_CLAIMS_RELATIVE_REACH = 12


def _claims_believed(c: Context) -> bool:
    """The claim is the content of a belief or of a claim reported ("many people believe that the
    horn can cure cancer", "families will think the virus is the cure", "the maker claims its
    pills are 100% safe"): the writer reports what someone holds true, or hedges, rather than
    asserting it (Hyland 1998: "believe", "think" as epistemic verbs; Thompson & Ye 1991:
    "claim" as a reporting verb that withholds the writer's commitment), or a judge's view the
    sentence opens with (``_claims_judged``)."""
    return not _CLAIMS_BELIEF_VERBS.isdisjoint(_words_back(c, _CLAIMS_BELIEF_REACH, ",;:.!?")) or _claims_judged(c)


# Words that open the noun phrase of a judge after a sentence's first "To": "To the FDA,", "To
# many patients,", "To her,"; a capitalised name or a figure ("To 62-year-old Hal Kaye,") does too.
_CLAIMS_JUDGE_OPENERS = words("claims_judge_openers")
# The judge's phrase ends at a comma within so many words: "To 62-year-old Hal Kaye,".
_CLAIMS_JUDGE_REACH = 6
# Nouns of feeling that make a "to" phrase the writer's comment on the fact, not a judge's view: "To the
# delight of patients,", "to my relief", "to everyone's surprise" (Quirk et al. 1985, ch. 8, content
# disjuncts: "to my regret", "to our surprise" comment on a fact the speaker asserts; the round-34 review).
_CLAIMS_JUDGE_EMOTIONS = words("claims_judge_emotions")


def _claims_judged(c: Context) -> bool:
    """The sentence opens with a "to" phrase naming whose judgement it gives ("To 62-year-old Hal
    Kaye, the injection was a miracle cure", "To many users, the tea is a cure"): the phrase
    makes the proposition hold in that person's view (Quirk et al. 1985, ch. 8, viewpoint
    adjuncts: "to me", "in my view"; the "to" of the judge or experiencer), a belief
    reported, not the writer's claim. A "to" of purpose opens with a verb ("To cure gout, drink
    ..."), and "To date," gives a time. Round 34 (claims dev audit)."""
    if c.word(c.first) != "to" or c.start <= c.first + 1:
        return False
    head = c.surface(c.first + 1)
    if not (c.word(c.first + 1) in _CLAIMS_JUDGE_OPENERS or head[:1].isdigit() or capitalised(head)):
        return False
    close = c.on_to_break(c.first + 1, ",", _CLAIMS_JUDGE_REACH)
    if set(c.tokens.words[c.first + 1:close]) & _CLAIMS_JUDGE_EMOTIONS:
        return False  # "To the delight of patients,": the writer's comment, no judge's view
    return close < c.start and c.marks_before(close, ",") and unbroken(c, c.first + 1, close, ";:.!?")


def _claims_wished(c: Context) -> bool:
    """The claim describes a treatment the sentence wishes for or supposes, in an opening
    indefinite noun phrase whose predicate is irrealis ("A well-tolerated drug that slowed the
    disease would be welcome", "Safe and effective vaccines could end the epidemic", "A cure
    for the disease is the holy grail"): no treatment is said to be safe or a cure (Palmer 2001,
    irrealis mood)."""
    before = c.tokens.words[c.first:c.start]
    if before and not (before[0] in _CLAIMS_NP_OPENERS and len(before) <= 3):
        return False
    last = c.last
    if not before:  # a bare opening ("No side effects, and you could lose weight") ends at a comma
        last = next((i for i in range(c.end, c.last) if c.marks_before(i, ",;:")), c.last)
    after = c.tokens.words[c.end:last]
    # the irrealis word must be the sentence's predicate, not its relative clause's: "A 100%
    # natural pill that could melt fat" still calls the pill 100% natural
    return any(w in _CLAIMS_WISHED_AFTER and not set(after[max(0, i - 2):i]) & _CLAIMS_RELATIVIZERS
               for i, w in enumerate(after))


def _claims_criterion(c: Context) -> bool:
    """The claim sits in a restrictive relative clause that defines a kind of treatment under
    advice or need ("we ought to use things that are proven to work", "experts recommend brands
    that have proven to be safe", "an option that is well tolerated is sorely needed"): a
    criterion for choosing, not a claim about a product. A comma before "which" makes the clause
    non-restrictive, about one product ("the cream, which is completely safe"), and stops the
    look-back.

    Nor is a claim made in the complement of a verb of ensuring or checking ("the key is ensuring
    each strain has been clinically proven to work", "check that the product is safe"): the verb
    sets the claim as a condition to meet; such verbs do not presuppose their complement true
    (Kiparsky & Kiparsky 1970, non-factive predicates). Round 34 (claims dev audit)."""
    back = _words_back(c, _CLAIMS_RELATIVE_REACH, ",;:.!?")
    defined = any(w in _CLAIMS_RELATIVIZERS and (i and back[i - 1] in _CLAIMS_KIND_NOUNS
                                               or i > 1 and back[i - 1] in {"for", "of", "with"}
                                               and back[i - 2] in _CLAIMS_KIND_NOUNS)
                  for i, w in enumerate(back))
    if defined and not _CLAIMS_FRAME_WORDS.isdisjoint(c.tokens.words[c.first:c.last]):
        return True
    return _claims_condition_to_meet(c)


# Verbs whose complement is a condition to bring about or to check, not a fact: "the key is
# ensuring each strain has been clinically proven to work", "check that a product is safe".
_CLAIMS_ENSURING = words("claims_ensuring_verbs")
# Subjects by which the writer vouches for the result ("We ensure every batch is 100% safe").
_CLAIMS_VOUCHING_SUBJECTS = words("claims_vouching_subjects")
# How far before the verb its vouching subject may stand: "we will always ensure", "our scientists ensure".
_CLAIMS_VOUCHING_REACH = 3


def _claims_condition_to_meet(c: Context) -> bool:
    """The claim is the complement of a verb of ensuring or checking used as advice, an aim or a
    step ("Check that the product is safe", "the key is ensuring each strain has been proven to
    work"): a condition to meet, not a fact the verb presupposes (Kiparsky & Kiparsky 1970,
    non-factive predicates). Not where the writer vouches for it ("We ensure every batch is 100%
    safe": a commissive, an assurance; Searle 1976) nor in the ad's "Check out Veltra clinically
    proven to ..." ("check out": look at, no complement clause). Round 34; the round-34 review."""
    back = _words_back(c, _CLAIMS_RELATIVE_REACH, ",;:.!?")
    verbs = [i for i, w in enumerate(back) if w in _CLAIMS_ENSURING]
    if not verbs:
        return False
    i = verbs[-1]
    return back[i + 1:i + 2] != ["out"] and not set(back[max(0, i - _CLAIMS_VOUCHING_REACH):i]) & _CLAIMS_VOUCHING_SUBJECTS


# What "100%" must qualify to claim that no exception exists: "100% safe", "100% effective",
# "100% natural", "a 100% success rate", "100% TRUE".
_CLAIMS_FULL_MEASURE = words("claims_full_measure")
# "nearly 100 percent accuracy", "approached 100%": an approximated figure is a measurement.
_CLAIMS_APPROXIMATORS = words("claims_approximators")
_CLAIMS_NEXT_WORD = re.compile(r"[\s\-\u2010-\u2014]*([^\W\d_][\w'\-]*)")


def claims_hundred_percent(c: Context) -> bool:
    """"100%" / "100 percent" is an absolute claim where it qualifies what a product is or does
    ("they are 100% safe", "100% effective", "a 100% success rate", "100% natural"), not where it
    measures ("results were in 100% agreement", "nearly 100 percent accuracy", "a 100 percent
    reduction in pain", "between 50 and 100 percent risk", "a 100% egg-free system"), states a
    feeling ("we are 100% convinced", "I am 100% better", "100% honest") or sells ("100%
    satisfaction guarantee", ``not_an_offer``).

    Prevents measurements and intensifiers counting as claims that admit no exception (FTC Health
    Products Compliance Guidance 2022: absolute claims of safety, efficacy and naturalness).
    """
    before = c.before(2)
    if not _CLAIMS_APPROXIMATORS.isdisjoint(before):
        return False
    if len(before) == 2 and before[1] in {"and", "to"} and _is_number(before[0]):
        return False  # a range: "between 50 and 100 percent", "from 87 to 100 percent"
    following = _CLAIMS_NEXT_WORD.match(c.text, c.match_end)
    if not following or following.group(1).lower() not in _CLAIMS_FULL_MEASURE:
        return False
    return not_an_offer(c)


# "gentle on the stomach", "gentle enough for babies": a claim that a product does no harm.
_CLAIMS_GENTLE_AFTER = words("claims_gentle_after")


def claims_gentle_on_body(c: Context) -> bool:
    """"Gentle" claims safety where it says a product spares the body ("gentle on your stomach",
    "gentle enough for sensitive skin"), not as a plain adjective ("gentle yoga", "gentle
    electric pulses", "gentle, flowing movements", "gentle stretches").

    Prevents descriptions of mild exercise and devices counting as safety claims (FTC Health
    Products Compliance Guidance 2022 concerns claims that a product is safe).
    """
    return c.word(c.end) in _CLAIMS_GENTLE_AFTER and claims_safety_asserted(c)


# Words that make "every patient" the object of an effect: "works for every patient", "safe for
# every patient", "cured every patient".
_CLAIMS_EVERY_EFFECT = words("claims_every_effect")


def claims_every_patient_helped(c: Context) -> bool:
    """"Every patient" is an absolute claim where an effect reaches every patient ("it works for
    every patient", "it cured every patient"), not as a plain quantifier ("every patient has to
    be evaluated", "the care every patient deserves", "not the same for every patient") nor in a
    trial's report ("tablet use was safe for every patient", ``_claims_reported``).

    Prevents quantifiers counting as claims that admit no exception (FTC 2022: claims that a
    product works in every case).
    """
    if not set(c.before(4)) & (_EFFECT_VERBS | _CLAIMS_EVERY_EFFECT):
        return False
    return asserted_claim(c) and not _claims_reported(c)


# "no risk factors", "no-risk group": the compound names a measure, not a denial of harm.
_CLAIMS_RISK_COMPOUNDS = words("claims_risk_compounds")


def claims_no_risk_claimed(c: Context) -> bool:
    """"No risk" claims safety ("with no risk of rejection"), not in the compound "risk factor"
    ("one or no risk factors three years later") or a "no-risk group", nor as a test's verdict
    on a patient ("the marker can confirm there is no risk of a bleed", "no risk of preterm birth
    was detected").

    Prevents a count of risk factors and a diagnosis counting as safety claims (FTC 2022 concerns
    claims that a product carries no risk; a test that rules a risk out says nothing of a
    treatment's harms).
    """
    if c.word(c.end) in _CLAIMS_RISK_COMPOUNDS or _claims_diagnosed(c):
        return False
    return asserted_claim(c)


_CLAIMS_DIAGNOSTIC_VERBS = words("claims_diagnostic_verbs")


def _claims_diagnosed(c: Context) -> bool:
    """A verb of testing governs the clause: before it ("confirm that there is no risk of") or
    after it ("no risk of preterm birth was detected")."""
    back = _words_back(c, _CLAIMS_RELATIVE_REACH, ";:.!?")
    after = c.tokens.words[c.end:min(c.last, c.end + _CLAIMS_RELATIVE_REACH)]
    return bool(set(back) & _CLAIMS_DIAGNOSTIC_VERBS or set(after) & _CLAIMS_DIAGNOSTIC_VERBS)


# "rid of belly fat once and for all", "cure it once and for all": an effect claimed for good.
_CLAIMS_FOR_GOOD_VERBS = words("claims_for_good_verbs")


def claims_for_good(c: Context) -> bool:
    """"Once and for all" claims a permanent effect after a verb of riddance or cure ("get rid of
    wrinkles once and for all", "end your back pain once and for all"), not where it settles a
    question or ends a quarrel ("to settle the vitamin D question once and for all", "to silence
    the critics once and for all", "review the product once and for all").

    Prevents an idiom of finality counting as an absolute health claim (FTC 2022: claims of a
    permanent result).
    """
    return bool(set(c.before(6)) & _CLAIMS_FOR_GOOD_VERBS) and asserted_claim(c)


# "a firm which guaranteed 99% accuracy": the relative tells what someone else promised.
_CLAIMS_REPORTING_RELATIVES = words("claims_reporting_relatives")
# "loan guarantees", "government guarantees", "an employment guarantee": a pledge of money or work.
_CLAIMS_PLEDGES = words("claims_pledges")


def claims_guarantee_claimed(c: Context) -> bool:
    """"Guaranteed" claims a result ("ELIMINATES 84% of WRINKLES – Guaranteed", "guaranteed to
    melt fat"); "guarantee that ..." assures a fact ("it guaranteed that all samples were treated
    alike", "I can guarantee you that I would have smoked"), and a sale's guarantee is an offer
    (``not_an_offer``).

    Prevents procedures and a speaker's assurances counting as absolute claims about a product
    (FTC 2022: a guarantee of a product's performance is a claim; refund terms are an offer).
    A past promise told of a third party ("a now-closed firm, which guaranteed 99% accuracy") is
    reported, not made; "to guarantee" states a purpose ("a road built to guarantee the flow of
    visitors"), and a state's or a lender's guarantee is a financial pledge ("backed by loan
    guarantees", "a rural employment guarantee").
    """
    following = c.tokens.words[c.end:min(c.last, c.end + 2)]
    if following[:1] == ["that"] or following == ["you", "that"]:
        return False
    if c.word(c.end - 1) == "guaranteed" and c.word(c.start - 1) in _CLAIMS_REPORTING_RELATIVES:
        return False
    if c.word(c.start - 1) == "to" and c.word(c.end - 1) == "guarantee" or c.word(c.start - 1) in _CLAIMS_PLEDGES:
        return False
    return not_an_offer(c)


# A verb of the clause in the past: "the drug was well tolerated", "it had a manageable safety
# profile": what a trial observed. A present verb makes it a claim: "the vaccines are very safe".
_CLAIMS_PAST = words("claims_past_verbs")
_CLAIMS_PRESENT = words("claims_present_verbs")
# "relatively well tolerated", "a better safety profile": a degree or a comparison, no absolute.
_CLAIMS_SAFETY_QUALIFIERS = words("claims_safety_qualifiers")
# "progress toward a safe and effective vaccine", "we need new safe and effective therapies".
_CLAIMS_SAFETY_AIMS = words("claims_safety_aims")
# "..., according to the first large-scale, randomized study": a study's finding reported.
_CLAIMS_STUDY_SOURCE = pattern("claims_study_source")
_CLAIMS_VERB_REACH = 8
# A study credited as the subject of a finding: "researchers have found that the drug is safe and
# effective", "our findings support surgery as a safe and effective option", "a new study shows
# ... can be a safe and effective alternative", "a review found ... with no negative side effects".
_CLAIMS_STUDY_NOUNS = words("claims_study_nouns")
_CLAIMS_STUDY_VERBS = words("claims_study_verbs")
_CLAIMS_CREDIT_REACH = 24
# "Newer drugs are as safe and effective as older ones, new research suggests": credit after.
_CLAIMS_CREDIT_AFTER = 12


def _claims_reported(c: Context) -> bool:
    """The nearest verb before the match is past ("researchers found that it was well
    tolerated", "there was steady weight loss, without side effects"), unless the observer is the
    writer's "I"; or the sentence credits a study ("according to the study", "a new study
    shows", "our findings support")."""
    back = _words_back(c, _CLAIMS_VERB_REACH, ";:.!?")
    if "i" not in back:
        for index in range(len(back) - 1, -1, -1):
            word = back[index]
            if word in _CLAIMS_PRESENT:
                break
            if word in _CLAIMS_PAST:
                return not (word == "had" and index and back[index - 1] in _CLAIMS_PRESENT)
    return _claims_credited(c)


# "in mice the drug had no side effects", "in cultured cells": a laboratory finding reported.
_CLAIMS_PRECLINICAL = pattern("claims_preclinical")
# A study opens the sentence as its setting: "In a 12-week clinical trial in overweight adults, ...":
# what follows is what the study observed, as "according to the study" credits it.
_CLAIMS_STUDY_SETTING = pattern("claims_study_setting")
# A study opens the sentence as its subject: "Another study published in the journal ... found".
_CLAIMS_SUBJECT_REACH = 3


def _claims_study_subject(c: Context) -> bool:
    """The sentence opens with a study as its subject and reports what it found before the match
    ("Another study published in a nutrition journal found that people lost 7% of their weight -
    with zero side effects"): however long the sentence, the finding is the study's."""
    opening = c.tokens.words[c.first:min(c.start, c.first + _CLAIMS_SUBJECT_REACH)]
    return bool(set(opening) & _CLAIMS_STUDY_NOUNS) and "in" not in opening and bool(
        set(c.tokens.words[c.first:c.start]) & _CLAIMS_STUDY_VERBS)


def _claims_credited(c: Context) -> bool:
    """The sentence credits a study with the finding: "according to the study", "researchers
    have found that ...", "our results strongly suggest that cure ... has been achieved",
    "... as older medications, new research suggests", "have been found to be safe", or opens on
    the study as its setting ("In a 12-week clinical trial in overweight adults, ... while being
    safe and well tolerated": round 34, a PubMed sentence read outside dev)."""
    if _CLAIMS_STUDY_SOURCE.search(c.sentence) or _CLAIMS_PRECLINICAL.search(c.sentence):
        return True
    if _CLAIMS_STUDY_SETTING.match(c.sentence):
        return True  # "In a 12-week clinical trial in overweight adults, X ... while being well tolerated"
    if _claims_study_subject(c):
        return True
    back = _words_back(c, _CLAIMS_CREDIT_REACH, ";:.!?")
    if back[-3:-2] in (["found"], ["shown"]) and back[-2:] == ["to", "be"]:
        return True  # "have been found to be safe and effective": a finding reported
    after = c.tokens.words[c.end:min(c.last, c.end + _CLAIMS_CREDIT_AFTER)]
    return any(set(words) & _CLAIMS_STUDY_NOUNS and set(words) & _CLAIMS_STUDY_VERBS for words in (back, after))


# Ratings that make "safety profile" a claim: "an excellent safety profile", "the positive
# efficacy and safety profile of the drug".
_CLAIMS_PROFILE_RATINGS = words("claims_profile_ratings")


def claims_safety_profile_rated(c: Context) -> bool:
    """"Safety profile" is a safety claim where the text rates it ("a favourable safety profile",
    "the positive efficacy and safety profile of X"), not as the neutral name of what a trial
    measures ("to fully characterize the safety profile", "the safety profile did not differ from
    placebo").

    Prevents the name of a trial's safety outcome counting as a claim that the drug is safe (FTC
    Health Products Compliance Guidance 2022 concerns claims; the outcome's name claims nothing).
    """
    return bool(set(c.before(3)) & _CLAIMS_PROFILE_RATINGS) and claims_safety_asserted(c)


def claims_no_risk_to_health(c: Context) -> bool:
    """"Zero risk", "no risks" claim safety, not in an offer's terms ("try it for 100% zero risk -
    just pay shipping"), where the risk is the buyer's money (``not_an_offer``).

    Prevents a free trial's terms counting as a safety claim (FTC 2022 treats refund terms as an
    offer, not a claim about the product).
    """
    return claims_safety_asserted(c) and not_an_offer(c)


# "eliminates the need for a second operation": a convenience, not a condition removed.
_CLAIMS_NOT_CONDITIONS = words("claims_not_conditions")


def claims_eliminates_condition(c: Context) -> bool:
    """"Eliminates" claims that a product removes a condition ("eliminates wrinkles", "eliminates
    84% of dark circles"), not where it removes a need or a step ("eliminates the need for eye
    drops"), nor where a study is its subject ("this study eliminates the marker as a predictor":
    research rules a hypothesis out, the sense of "eliminate" in hypothesis testing; round 34,
    a PubMed conclusion sentence read outside dev). The study must be the verb's subject, in its
    clause: a fronted "Backed by research," leaves the product the subject (the round-34 review).

    Prevents convenience statements counting as absolute health claims (FTC 2022: claims that a
    product eliminates a condition).
    """
    following = c.tokens.words[c.end:min(c.last, c.end + 2)]
    if set(_words_back(c, 2, ",;:.!?")) & _CLAIMS_STUDY_NOUNS:
        return False  # "this study eliminates the marker as a predictor"; not "Backed by research, Veltra eliminates"
    return not set(following) & _CLAIMS_NOT_CONDITIONS and asserted_claim(c)


def claims_safety_asserted(c: Context) -> bool:
    """A safety claim is the text's own where it says, in the present, that a treatment is safe
    ("the vaccines are very safe", "it has no side effects", "100% safe"), not where it reports
    what a trial observed ("in this trial the drug was well tolerated", "it had a manageable
    safety profile", "appears to have no dangerous side effects, according to the study"),
    qualifies it ("relatively well tolerated", "a better safety profile than antibiotics") or
    names an aim ("progress toward a safe and effective vaccine", "we need safe and effective
    therapies"). Questions, conditions and denials are not claims either (``asserted_claim``).

    Prevents news reports of trial safety results counting as safety claims: a result credited
    to a study is a report, a page's own "completely safe" is a claim (FTC Health Products
    Compliance Guidance 2022 asks evidence for the claim; HealthNewsReview.org criterion 3
    counts the trial's reported harms as disclosure).
    """
    if not _CLAIMS_SAFETY_QUALIFIERS.isdisjoint(c.before(2)):
        return False
    if not _CLAIMS_SAFETY_AIMS.isdisjoint(_words_back(c, 8, ",;:.!?")):
        return False
    return asserted_claim(c) and not _claims_reported(c)


_EFFECT_VERBS = words("effect_verbs")


def always_of_effect(c: Context) -> bool:
    """"It always works" claims an effect without exception; "she always manages to look
    radiant", "they were always underwhelming" tell a habit or a story.

    Prevents narrative "always" counting as an absolute claim (FTC 2022: claims that a product
    works in every case).
    """
    return c.word(c.end) in _EFFECT_VERBS and asserted_claim(c)


def not_an_offer(c: Context) -> bool:
    """"A 100% satisfaction guarantee", "a risk-free trial" are terms of sale, not claims that a
    treatment works without exception ("guaranteed to melt fat", "100% effective").

    Prevents money-back offers counting as absolute health claims (FTC 2022 treats the two apart:
    refund terms are disclosures of the offer).
    """
    near = c.around(40, 40)
    return asserted_claim(c) and not _OFFER.search(near)


# After "proven to": a cause of a condition, not an effect of a product ("proven to be a result of
# impaired gene function", "proven to be caused by a virus", "proven to stem from").
_CLAIMS_AETIOLOGY_AFTER = pattern("claims_aetiology_after")


def claims_proven_effect(c: Context) -> bool:
    """"Proven to" claims a proven effect ("proven to prevent migraine attacks", "clinically
    proven to melt fat"), not a proven cause of a condition ("familial high cholesterol, which is
    proven to be a result of impaired PCSK9 genetic function", "proven to be caused by a virus"):
    a condition's aetiology is a fact about the disease and claims nothing of a treatment (FTC
    Health Products Compliance Guidance 2022: the claims it asks evidence for are a product's
    effects). Round 34 (claims dev audit). A cause that names the page's option is its effect
    claimed: "the relief users feel is proven to be a direct result of Veltra's formula" (the
    round-34 review)."""
    cause = _CLAIMS_AETIOLOGY_AFTER.match(c.text, c.match_end)
    return (not cause or _claims_cause_is_the_option(c, cause.end())) and asserted_claim(c)


# How many words after "result of", "caused by" the cause's name may come: "a direct result of Veltra's formula".
_CLAIMS_CAUSE_REACH = 4


def _claims_cause_is_the_option(c: Context, at: int) -> bool:
    """Whether the words after character ``at`` (the cause after "proven to be a result of")
    name the page's option, within its clause."""
    first = next((i for i in range(c.end, c.last) if c.tokens.starts[i] >= at), c.last)
    stop = c.on_to_break(first, ",;:", _CLAIMS_CAUSE_REACH)
    return c.interventions.names_intervention(first, stop)


RULES = registry(
    asserted_claim,
    cure_claimed,
    claims_hundred_percent,
    claims_gentle_on_body,
    claims_every_patient_helped,
    claims_no_risk_claimed,
    claims_for_good,
    claims_guarantee_claimed,
    claims_safety_profile_rated,
    claims_no_risk_to_health,
    claims_eliminates_condition,
    claims_safety_asserted,
    always_of_effect,
    not_an_offer,
    claims_proven_effect,
)
