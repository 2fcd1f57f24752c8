"""A risk borne, read or measured: the raised risk of people with the condition or a risk factor
("women with high insulin levels have a higher risk"), a risk that a test reads or a score measures,
a risk of lacking the option ("the risk of too little insulin"), and the clause and antecedent the
rules read to find who bears it.

Sources: HealthNewsReview.org criterion 3; PICO (Nye et al. 2018: the population's risk is not the
intervention's harm); REMARK (McShane et al. 2005: a marker sorts patients by risk); Whiting et al.
2011 and Gigerenzer et al. 2007 (risk read by a test); Quirk et al. 1985 (relative and supplementive
clauses); Chicago Manual of Style 6.85."""

from __future__ import annotations

import re

from ..base import Context, pattern, words
from .readers import (
    _CAUSE_CONDITION_WORDS, _HARMS_BARE_OWNERS, _HARMS_GENERIC_OWNER_LINK, _HARMS_GENERIC_OWNER_REACH,
    _HARMS_RISK_WORDS, _INHERENT_RISK_FACTORS, _RAISED, _harms_treatment_in, _names_condition, _owner_words,
)
from .bare import _harms_owner_is_the_option


_HARMS_RISK_READER = pattern("harms_risk_reader")
# The harm as the of-complement of a noun of probability (round 20): "the likelihood of serious
# complications", "the odds of death", "the chance of infection" (two modifiers at most between).
_HARMS_RISK_HEAD = pattern("harms_risk_head")
# How far back from the risk word a reading verb may stand, in characters (seven words or so).
_HARMS_READER_REACH = 90


def _harms_risk_read(c: Context) -> bool:
    """A risk that a test or a marker reads is the person's risk of a disease, not a harm: "to
    test for an increased risk of Alzheimer's", "a low omega-3 index indicates a heightened risk of
    heart disease", "imaging that alerts patients to an increased risk of heart attack", "two
    substances that may indicate an increased risk"; since round 20 also a harm that is the
    of-complement of such a noun of probability ("a measure of blood glucose that predicts the
    likelihood of serious complications": what is predicted is the person's risk, the harm only
    its content). The reading verb stands in the present or the
    infinitive ("indicated", "revealed" report a study's finding, which may be a harm), and the
    risk names no treatment after it ("a boxed warning alerting doctors to an increased risk of
    death associated with the use of these drugs" is the drug's harm).

    Prevents a test's or a biomarker's target condition counting as harms disclosed
    (HealthNewsReview.org criterion 3 asks a test story for the test's own harms, false positives
    and overdiagnosis, not the disease risk the test estimates; the QUADAS-2 "target condition",
    Whiting et al. 2011; disease_burden, the dev audit's most common harms error)."""
    if not set(c.tokens.words[c.start:c.end]) & _HARMS_RISK_WORDS and not _HARMS_RISK_HEAD.search(
            c.text, max(c.sentence_start, c.match_start - 40), c.match_start):
        return False
    before = c.text_before(_HARMS_READER_REACH)
    if not _HARMS_RISK_READER.search(before):
        return False
    after = c.rest_of_sentence
    return not _harms_treatment_in(re.split(r"[,;:]", after)[0])


_HARMS_RISK_MEASURE_BEFORE = pattern("harms_risk_measure_before")


def _harms_risk_measure(c: Context) -> bool:
    """A bare "risk(s)" named as an epidemiological measure, a person's or a group's chance of the
    disease over a horizon or against a baseline: "10-year risks were three times higher among
    women never screened", "the corresponding risks would be 1.4 and 5.8 percent", "the excess
    risks of people with low levels", "a woman's lifetime risk", and since round 33 "knowledge
    about relative risks", "information on comparative risks" (not_disclosure, news_reviews_00441).
    Absolute, relative, baseline, lifetime, excess and N-year risk are the terms of risk communication for the probability of an outcome
    in a population (Gigerenzer et al. 2007, "Helping doctors and patients make sense of health
    statistics"; Rothman, Modern Epidemiology, ch. 3); a bare risk so measured names no harm of
    the option, only how likely the condition is. The risk keeps counting where an owner after it
    is the option or a treatment ("the excess risks with the drug", "the absolute risks of
    surgery"); "the risk of bleeding" (a match ending "of") names its harm and is not read here.

    Prevents a disease's risk statistics counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; disease_burden, the dev audit's most common harms
    error, round 26: news_reviews_00498, story_reviews_00557, story_reviews_01474)."""
    if c.tokens.words[c.end - 1] not in _HARMS_RISK_WORDS:
        return False  # "risk of" names what is risked; only the bare noun is a measure alone
    if not _HARMS_RISK_MEASURE_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 40), c.match_start):
        return False
    after = c.rest_of_sentence
    link = _HARMS_GENERIC_OWNER_LINK.match(after)
    if not link:
        return True
    owner = re.split(r"[,;:()\u2014\u2013]", after[link.end():])[0]
    owner_words = re.findall(r"[a-z]+", owner.lower())[:_HARMS_GENERIC_OWNER_REACH]
    return not (owner_words and _harms_owner_is_the_option(c, owner_words, len(owner_words) + 2, _HARMS_BARE_OWNERS))


_HARMS_BURDEN_WORDS = words("harms_burden_words")

_HARMS_BURDEN_ONSET = words("harms_burden_onset")
# A risk factor measured in the body or a life ("insulin levels", "family history") bears a risk as a
# condition does: its raised risk is the burden the page's option may lower, not the option's harm.
_HARMS_RISK_FACTOR_WORDS = words("harms_risk_factor_words")
_HARMS_CONDITION_WORDS = _CAUSE_CONDITION_WORDS | _INHERENT_RISK_FACTORS | _HARMS_RISK_FACTOR_WORDS


def _harms_burden_of_condition(c: Context) -> bool:
    """A word that names a disease's burden as often as a treatment's harm ("risks",
    "complications", "increased risk of") whose sentence names no option (no drug, product,
    treatment word, giving or the page's intervention) and whose own clause makes a condition or
    risk factor its cause or bearer ("Chronic kidney disease increases risks of cardiovascular
    complications", "diabetes and related complications", "a gene variant, which is associated with
    increased risk"), or whose owner is a disease's onset ("the risk of developing dementia").
    A sentence that names neither keeps the harm: on a page about a treatment its topic carries
    whose harm it is ("There are substantial risks", "Severe complications are rare").

    Prevents the disease's burden counting as harms disclosed (HealthNewsReview.org criterion 3:
    the harms of the intervention; PICO, Nye et al. 2018: the P's condition is not the I's
    outcome; disease_burden, the dev audit's most common harms error)."""
    words_ = c.tokens.words
    head = words_[c.end - 2] if words_[c.end - 1] == "of" and c.end - 2 >= c.start else words_[c.end - 1]
    if head not in _HARMS_BURDEN_WORDS:
        return False
    before = c.text[c.sentence_start:c.match_start]
    after = c.rest_of_sentence
    if _harms_risk_borne(c, before, after):
        return True
    iv = c.interventions
    if (iv and iv.named(c.first, c.last)) or _harms_treatment_in(before) or _harms_treatment_in(after):
        return _harms_risk_factor_raises(c, before, after)
    return (_names_condition(_harms_clause_before(before), _HARMS_CONDITION_WORDS)
            or bool(set(_harms_burden_owner(c)[:1]) & _HARMS_BURDEN_ONSET))


def _harms_risk_factor_raises(c: Context, before: str, after: str) -> bool:
    """A raised risk whose own clause makes a condition or a risk factor what raises it or who
    bears it ("low hormone levels are thought to increase a man's risk of depression", "a family
    history, which may increase a man's risk of developing prostate cancer", "risk factors such as
    diabetes or smoking that put them at a greater risk of a heart attack"), read in that clause
    alone: a treatment named elsewhere in the sentence ("..., and his PSA screening history") is
    not the risk's cause. The clause, with the risk's owner after it, names no treatment, giving or
    the page's intervention, and a word of raising stands in it ("increase", "higher", "greater"):
    "statins raise the risk of diabetes" stays a harm.

    Prevents a risk factor's harm counting as harms disclosed where the page's option is named
    elsewhere in the sentence (epidemiology's risk factor, a cause of the disease the option is
    offered against; HealthNewsReview.org criterion 3: the harms of the intervention;
    disease_burden, the dev audit's most common harms error, round 13b)."""
    words_ = c.tokens.words
    if not set(words_[c.start:c.end]) & _HARMS_RISK_WORDS:
        return False
    tokens = _harms_untreated_clause(c, before, after)
    if tokens is None:
        return False
    if not (set(tokens) | set(words_[c.start:c.end])) & _RAISED:
        return False
    return _names_condition(tokens, _HARMS_CONDITION_WORDS)


_HARMS_RISK_BEARER = pattern("harms_risk_bearer")
_HARMS_BEARERS = words("harms_bearers")


def _harms_risk_borne(c: Context, before: str, after: str) -> bool:
    """A raised risk that people or a condition "have" or "face" ("shift workers with little sleep
    face an increased risk of accidents", "people aged 50 to 59, who have increased risk of heart
    disease", "the patients with the highest scores had a tenfold higher risk of metastases",
    "advanced tumours that have high risks of recurrence") is their risk level, as "at high risk
    of" is: it tells who bears the risk, not that something the page offers causes it. Read in the
    risk's own clause (a relative clause with its antecedent's), which with the risk's owner names
    no treatment, giving or the page's intervention: "patients on the drug had a higher risk of
    bleeding", "women who took hormones faced an increased risk of clots" stay harms.

    Prevents a population's or a condition's risk counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; epidemiology's absolute risk of a group, as the
    ``at_risk`` reading; disease_burden, the dev audit's most common harms error, round 13b)."""
    words_ = c.tokens.words
    if not set(words_[c.start:c.end]) & _HARMS_RISK_WORDS:
        return False
    lead = before + c.text[c.match_start:c.match_end]
    if not _HARMS_RISK_BEARER.search(lead):
        return False
    tokens = _harms_untreated_clause(c, before, after)
    if tokens is None:
        return False
    return bool(set(tokens) & _HARMS_BEARERS) or _names_condition(tokens, _HARMS_CONDITION_WORDS)


def _harms_untreated_clause(c: Context, before: str, after: str) -> list[str] | None:
    """The lowered words of the risk's own clause, or None where that clause or the risk's owner
    after it ("the risk of bleeding with the drug") names a treatment, a giving or the page's
    intervention: then the risk may be the option's harm, and the two risk-factor readings above
    stay out."""
    start = _harms_clause_start(before)
    owner = re.split(r"[,;:()\u2014\u2013]|--", after)[0]
    first = next((i for i in range(c.first, c.start) if c.tokens.starts[i] >= c.sentence_start + start), c.start)
    stop = next((i for i in range(c.end, c.last) if c.tokens.starts[i] >= c.match_end + len(owner)), c.last)
    lacking = _harms_deficient_options(c, first, stop)
    clause = _harms_as_deficiency(c, before[start:], c.sentence_start + start, lacking)
    owner = _harms_as_deficiency(c, owner, c.match_end, lacking)
    if _harms_treatment_in(clause) or _harms_treatment_in(owner):
        return None
    iv = c.interventions
    sorting = _harms_sorting_options(c, first, stop)
    if iv and any(i not in lacking and i not in sorting for i, _ in iv.named(first, stop)):
        return None
    return re.findall(r"[a-z]+", clause.lower())


# What makes an option the instrument that sorts people by risk: "the patients with the highest
# risk based on Decipher", "high risk according to the test" (round 33).
_HARMS_SORTED_BY = re.compile(r"(?i)\b(?:based on|according to|as (?:measured|assessed|estimated|predicted) by)\s+(?:the\s+|a\s+|its\s+)?$")


def _harms_sorting_options(c: Context, first: int, stop: int) -> set[int]:
    """The tokens in ``first:stop`` that name an option as the instrument by which people are sorted
    into risk groups ("the 19% of the patients with the highest risk based on Decipher had a
    10-fold higher risk of metastases"): a prognostic test's classification, whose groups bear the
    risk of the disease (risk stratification, REMARK, McShane et al. 2005: a marker's prognostic
    value is the outcome risk of the groups it defines). The test is not given to cause the risk,
    so the group's risk stays the group's (``_harms_risk_borne``)."""
    iv = c.interventions
    found: set[int] = set()
    for i, _ in iv.named(first, stop) if iv else ():
        lead = c.text[max(c.sentence_start, c.tokens.starts[i] - 30):c.tokens.starts[i]]
        if _HARMS_SORTED_BY.search(lead) or (i - 1 in found and iv.options.get(i - 1) == iv.options[i]):
            found.add(i)
    return found


_HARMS_DEFICIENCY_BEFORE = pattern("harms_deficiency_before")
_HARMS_DEFICIENCY_AFTER = pattern("harms_deficiency_after")
# How far around an option's name its deficiency word is read, in characters.
_HARMS_DEFICIENCY_REACH = 40


def _harms_deficient_options(c: Context, first: int, stop: int) -> set[int]:
    """The tokens in ``first:stop`` that name an option as lacking: "conditions in which the body
    makes too little insulin", "people with less [omega-3 fatty acids]", "the risk of low
    testosterone", "vitamin D deficiency". A deficiency is a condition, not a treatment given: ICD-10
    names deficiency states as diseases (E50-E64 nutritional deficiencies; E29.1 testicular
    hypofunction), and the label of a replacement therapy names the deficiency as its indication
    ("for conditions associated with a deficiency or absence of endogenous testosterone", the US
    label of AndroGel). Not a dose ("low-dose aspirin", "lower the dose of aspirin")."""
    iv = c.interventions
    if not iv:
        return set()
    starts, ends = c.tokens.starts, c.tokens.ends
    lacking: set[int] = set()
    named = iv.named(first, stop)
    for n, (i, key) in enumerate(named):
        if n and named[n - 1] == (i - 1, key):
            continue  # the run's first token decides: "omega 3"
        run = [i]
        while n + len(run) < len(named) and named[n + len(run)] == (i + len(run), key):
            run.append(i + len(run))
        lead = c.text[max(c.sentence_start, starts[i] - _HARMS_DEFICIENCY_REACH):starts[i]]
        tail = c.text[ends[run[-1]]:min(c.sentence_end, ends[run[-1]] + _HARMS_DEFICIENCY_REACH)]
        if _HARMS_DEFICIENCY_BEFORE.search(lead) or _HARMS_DEFICIENCY_AFTER.match(tail):
            lacking.update(run)
    return lacking


# How many words after "risk of" the option named as lacking may stand: "the risk of [too] [little] insulin".
_HARMS_DEFICIENCY_WORDS = 3


def _harms_lack_of_the_option(c: Context) -> bool:
    """The risk names a deficiency of the page's own option as what is risked ("steroid medicines
    increase their risk of low testosterone" on a testosterone page, "a higher risk of vitamin D
    deficiency" on a vitamin D page): the condition the option replaces, its indication, not a harm
    it causes (``_harms_deficient_options``; guide.md: the disease or condition's harm is
    disease_burden).

    Prevents the option's indication counting as its harm (HealthNewsReview.org criterion 3: the
    harms of the intervention; disease_burden, the dev audit's most common harms error, round 31)."""
    iv = c.interventions
    if not iv or c.tokens.words[c.end - 1] != "of":
        return False
    stop = c.on_to_break(c.end, ",;:.!?", _HARMS_DEFICIENCY_WORDS)
    return any(iv.is_intervention(iv.options[i]) for i in _harms_deficient_options(c, c.end, stop))


def _harms_as_deficiency(c: Context, text: str, offset: int, lacking: set[int]) -> str:
    """``text`` (which begins at ``offset`` in the page) with each option named as lacking
    (``_harms_deficient_options``) read as "deficiency", a condition word."""
    for i in sorted(lacking, reverse=True):
        a, b = c.tokens.starts[i] - offset, c.tokens.ends[i] - offset
        if 0 <= a and b <= len(text):
            text = text[:a] + "deficiency" + text[b:]
    return text


# How many words before a relative clause its antecedent may reach: "for people who are 50 to 59
# years old, who have".
_HARMS_ANTECEDENT_WORDS = 8


def _harms_clause_start(before: str) -> int:
    """Where the harm's own clause begins in ``before`` (as ``_harms_clause_before`` reads it)."""
    marks = list(re.finditer(r"[,;:()\u2014\u2013]|--|\bbut\b", before.lower()))
    dashes = [m for m in marks if m.group() in ("\u2014", "\u2013", "--")]
    if len(dashes) >= 2 and marks[-1] is dashes[-1]:
        # "conditions ... — diabetes, prediabetes — are associated with": a pair of dashes sets off a
        # parenthesis inside the clause (Chicago Manual of Style 6.85), which goes on around it
        marks = [m for m in marks if m.end() <= dashes[-2].start()]
    cuts = [m.end() for m in marks]
    if not cuts or _harms_supplementive(before[cuts[-1]:]):
        return 0
    start = cuts[-1]
    relative = re.match(r"\s*(which|that|who)\b", before[start:].lower())
    if relative:
        # "a family history, which may increase": the antecedent's words, at most eight back
        floor = cuts[-2] if len(cuts) > 1 else 0
        antecedent = list(re.finditer(r"[\w\x27-]+", before[floor:start]))[-_HARMS_ANTECEDENT_WORDS:]
        if relative.group(1) == "who":
            antecedent = _personal_antecedent(antecedent)
        start = floor + antecedent[0].start() if antecedent else floor
    return start


# Heads of a personal noun phrase that "who" may take as its antecedent: "those", "patients".
_HARMS_PERSONAL_HEADS = words("harms_personal_heads")


def _personal_antecedent(words_: list[re.Match]) -> list[re.Match]:
    """The antecedent of "who" from its last personal head on ("give the drug to [those with severe
    strokes], who have a higher risk of death"): "who" takes a personal antecedent (Quirk et al.
    1985, ch. 6 on relative pronouns), a noun phrase that begins at or before its head, so a verb and its object before
    the head ("give the drug to") are the main clause's, not the bearer's. With no personal head
    in reach all the words stay ("patients on the drug, who had" keeps "on the drug")."""
    heads = [i for i, m in enumerate(words_) if m.group().lower() in _HARMS_PERSONAL_HEADS]
    return words_[heads[-1]:] if heads else words_


# A supplementive clause opens on a participle, after an optional "and" or a linking adverb
# ("..., increasing the risk of", "..., and thereby raising the risk of").
_HARMS_SUPPLEMENTIVE = re.compile(r"\s*(?:(?:and|thus|thereby|therefore|so)\s+)*([a-z]+ing)\b", re.I)
_HARMS_NOT_PARTICIPLES = words("harms_not_participles")


def _harms_supplementive(clause: str) -> bool:
    """Whether ``clause`` is a supplementive -ing clause ("..., making them stiff and increasing
    the risk of heart disease", "..., increasing risks for heart problems"): it has no subject of
    its own, and its implied subject is that of the clause it hangs on (Quirk et al. 1985,
    15.59-15.61), so the harm's cause or bearer is read from the sentence before it, not from the
    participle clause alone. A preposition or list lead ending in -ing ("including", "according",
    "during") opens no such clause.

    Prevents a risk factor's raised risk counting as the option's harm where a comma separates the
    risk from the factor that raises it ("Too much LDL cholesterol ... can thicken artery walls,
    increasing the risk of heart disease"; disease_burden, round 18)."""
    m = _HARMS_SUPPLEMENTIVE.match(clause)
    return bool(m) and m.group(1).lower() not in _HARMS_NOT_PARTICIPLES


def _harms_clause_before(before: str) -> list[str]:
    """The words of the harm's own clause before it; a clause opened by a relative pronoun takes
    its antecedent's clause too ("a gene variant, which is associated with")."""
    parts = re.split(r"[,;:()\u2014\u2013]|\bbut\b", before.lower())
    if _harms_supplementive(parts[-1]):
        return re.findall(r"[a-z]+", before.lower())
    clause = re.findall(r"[a-z]+", parts[-1])
    if len(parts) > 1 and clause[:1] in (["which"], ["that"], ["who"]):
        clause = re.findall(r"[a-z]+", parts[-2]) + clause
    return clause


_HARMS_BURDEN_LINKS = words("harms_burden_links")


def _harms_burden_owner(c: Context) -> list[str]:
    """The words that give the harm's owner, up to a clause break: after a match ending "of" ("risk
    of developing diabetes") or after a link ("complications of pregnancy", "risks for smokers")."""
    owner = _owner_words(c)
    if c.tokens.words[c.end - 1] == "of":
        return owner
    return owner[1:] if owner[:1] and owner[0] in _HARMS_BURDEN_LINKS else []
