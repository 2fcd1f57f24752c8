"""What the harms rules read around a harm word, shared by several phenomena: the sentence before,
the words that give a harm's owner, whether a word of causation ties the harm to a cause or leaves it
the condition's own, whether a text names a treatment or the page's own option, a contraindication;
and the word lists more than one module reads.

Sources: HealthNewsReview.org criterion 3 (the harms of the intervention); Quirk et al. 1985, ch. 17
(postmodifying prepositional phrases); Huddleston & Pullum 2002, ch. 9 (a negation's scope); FDA, 21
CFR 201.57(c)(5) (contraindications)."""

from __future__ import annotations

import re

from ....text.sentences import abbreviations
from ...intervention import Interventions
from ..base import Context, _TREATMENT_OWNERS, _words_back, pattern, refers_back, words


# Words and marks several phenomena read.
_MINIMISERS = words("minimisers")

_FAVOURABLE = words("favourable")

_RAISED = words("raised")
_LOWERED = words("harms_lowered")

# A negation that denies a harm: "no side effects", "none of the dangerous side effects",
# "zero risks", "never any side effects", "does not cause cardiac toxicity", "I haven't had any".
_DENIALS = words("denials")

_DENIAL_REACH = 5

_HARM_HEAD = pattern("harm_head")
_AT_RISK = pattern("at_risk")
_PUTS_AT_RISK = pattern("puts_at_risk")

_COMPARATOR_OWNERS = words("comparator_owners")

_INHERENT_RISK_FACTORS = words("inherent_risk_factors")

# How far back a word of lowering or fear reaches: "can reduce the risk of complications".
_MINIMISER_REACH = 5

# Words that end a noun phrase (round 16b): a finite or auxiliary verb, a preposition other than
# "of", a conjunction of clauses, a relative pronoun; what stands between a verb of lowering and the
# harm may not hold one if the harm is to be its object.
_HARMS_PHRASE_BREAKS = words("harms_phrase_breaks")
_HARMS_COORDINATED_VERBS = words("harms_coordinated_verbs")

# Words after a harm that give its owner: "side effects of", "common to", "associated with"; not
# "similar to", "comparable to", which compare the page's own harms with another option's.
_HARMS_OWNER_LINK = pattern("harms_owner_link")

# Subjects that may stand for the page's option: "it can cause withdrawal", "they cause injuries".
_CAUSER_REFERENCES = words("harms_causer_references")

_HARMS_RISK_WORDS = words("harms_risk_words")

# The standard care of the condition, described in the sentence before (round 16).
_HARMS_STANDARD_CARE = pattern("harms_standard_care")

# People in a study reporting a symptom: "a few participants reported headaches", "62 percent of
# the patients had problems like vomiting" (a report under study, the trial's observation).
_HARMS_STUDY_REPORT = pattern("harms_study_report")
# A verb of causing whose subject is not the condition: "decongestants can raise blood pressure",
# "the steroid causes insomnia"; not "fibromyalgia causes fatigue" (``_cause_is_condition``).
_HARMS_CAN_CAUSE = pattern("harms_can_cause")

# Owners beside the treatment words that name the option: "risks to this procedure", "harms
# associated with treatment".
_HARMS_BARE_OWNERS = words("harms_bare_owners")
_HARMS_BARE_PEOPLE = words("harms_bare_people")

_HARMS_GENERIC_OWNER_LINK = pattern("harms_generic_owner_link")

_HARMS_GENERIC_OWNER_REACH = 4

_HARMS_SEVERITY = words("harms_severity")

# How far back the previous sentence may begin, in tokens.
_ANTECEDENT_REACH = 60


def _previous_sentence_start(c: Context, first: int | None = None) -> int:
    """The first token of the sentence before the candidate's (or before the sentence that begins at
    token ``first``; a sentence-ending mark between two tokens marks it, but not the period of an
    abbreviation: "Dr. McBane", "Mr. Lee", as the sentence splitter reads them; round 16), at most
    ``_ANTECEDENT_REACH`` tokens back."""
    starts, ends, words_ = c.tokens.starts, c.tokens.ends, c.tokens.words
    first = c.first if first is None else first
    floor = max(0, first - _ANTECEDENT_REACH)
    for i in range(first - 1, floor, -1):
        gap = c.text[ends[i - 1]:starts[i]]
        if any(p in gap for p in ".!?") and not (gap.strip() == "." and words_[i - 1] in abbreviations()):
            return i
    return floor


_OWNER_REACH = 7


def _owner_words(c: Context) -> list[str]:
    """The words after the harm up to a clause break: its owner when they begin "of", "from",
    "with" or "associated with" ("side effects of current treatments")."""
    out = []
    for i in range(c.end, min(c.last, c.end + _OWNER_REACH)):
        if i > c.end and c.marks_before(i, ",;:.!?"):
            break
        out.append(c.word(i))
    return out


# HealthNewsReview.org criterion 3 asks "Does the story adequately explain/quantify the harms of
# the intervention?": a harm word counts when the harm is the intervention's (or the exposure's),
# not the disease's own burden and not the harm of an option the page contrasts with its own.
_HARM_TIE = pattern("harm_tie")

# The forms of "cause" that may be a noun ("the causes", "physical cause"); "caused" and "causing"
# are verb forms only, whatever stands before them (round 34: "the [nausea] caused by Ostrafen", read
# with the harm word left out, lost its cause to "the").
_CAUSE_NOUN = re.compile(r"(?i:causes?)")
_CAUSE_NOUN_BEFORE = words("cause_noun_before")

# The verbs of ``harm_tie`` that name a cause (the rest name a harm outright: "side effects").
_CAUSAL_VERB = re.compile(r"(?i:caus\w*|(?:led|lead|leads|leading) to|result(?:ed|s)? in)")


def _harm_tie(text: str, at: int | None = None) -> bool:
    """A word of harm or causation in ``text`` that is not the disease causing its own symptoms
    ("the condition, which causes chronic aches and fatigue", "Zika cases result in a mild fever,
    rash", "fibromyalgia can lead to fatigue", "bleeding caused by irregular growths"), nor, where
    the harm stands at ``at`` in the causal verb's own clause, a causing denied ("does not show that
    the protein causes memory loss")."""
    for m in _HARM_TIE.finditer(text):
        if not _CAUSAL_VERB.fullmatch(m.group()):
            return True
        subject = re.findall(r"[a-z]+", text[max(0, m.start() - 30):m.start()].lower())
        if _CAUSE_NOUN.fullmatch(m.group()) and subject and subject[-1] in _CAUSE_NOUN_BEFORE:  # "physical causes"
            continue  # the noun; "caused" is no noun: "the [nausea] caused by Ostrafen" (round 34)
        if not _cause_is_condition(text, m) and not (at is not None and _cause_denied(text, m, at)):
            return True
    return False


_HARMS_CAUSE_DENIED = pattern("harms_cause_denied")


def _cause_denied(text: str, m: re.Match, at: int) -> bool:
    """The clause denies the causing, or that anything shows it: "the drug does not cause memory
    loss", "it does not show that the protein causes memory loss", "no evidence that the pill
    causes rashes" (``harms_cause_denied``). A denied cause ties no harm to a treatment
    (HealthNewsReview.org criterion 3: harms the intervention has; a negation's scope runs over
    its clause, Huddleston & Pullum 2002 ch. 9). Round 23: a press release's "does not show that
    the protein causes memory loss" counted as harms disclosed. A harm past a clause break is not
    the denied verb's object ("it does not cause liver damage in most, though two had liver damage")."""
    if at < m.end() or re.search(r"[,;:.!?\u2014]", text[m.end():at]):
        return False
    clause = re.split(r"[,;:.!?()\u2014]", text[max(0, m.start() - 80):m.start()])[-1]
    return bool(_HARMS_CAUSE_DENIED.search(clause))


_INTAKE = pattern("intake")

_UNTREATED = pattern("harms_untreated")
_CAUSE_AUXILIARIES = words("harms_cause_auxiliaries")

# How many words before a causal verb its subject may run: "a devastating childhood disorder that leads to".
_CAUSE_SUBJECT_REACH = 6

_DISEASE_OWNERS = words("disease_owners")

_CONDITION_NOUNS = words("harms_condition_nouns")

# Round 23: a protein, gene or mutation that causes a symptom is the disease's mechanism, no
# treatment's harm ("the protein causes memory loss"; HealthNewsReview.org criterion 3).
_CAUSE_CONDITION_WORDS = _DISEASE_OWNERS | _CONDITION_NOUNS | words("harms_biological_causers")


def _cause_is_condition(text: str, m: re.Match) -> bool:
    """Whether the cause of a causal verb names the condition, not a treatment: the subject before
    it ("Zika cases result in", "fibroids may cause"), or the agent after a passive "caused by"
    ("bleeding caused by irregular growths"). A cause that names a treatment is the treatment's,
    whatever else it names: "chemotherapy for breast cancer can cause nausea". A subject left
    without treatment is the condition, whatever it names ("untreated high blood pressure can lead
    to headaches", "Untreated, or under-treated brain injuries, can lead to dizziness"): the
    negated treatment word reads as a treatment word otherwise (round 9b; HealthNewsReview.org
    criterion 3: the harms of the intervention, not the course of the untreated disease)."""
    after = text[m.end():m.end() + 60]
    if after.lstrip().lower().startswith("by "):
        cause = re.findall(r"[a-z]+", after.lower())[1:5]
    else:
        parts = re.split(r"[,;:.!?()\u2014]", text[max(0, m.start() - 80):m.start()])
        cause = re.findall(r"[a-z]+", parts[-1].lower())[-_CAUSE_SUBJECT_REACH:]
        if len(parts) > 1 and (cause[:1] in (["which"], ["that"], ["who"]) or not set(cause) - _CAUSE_AUXILIARIES):
            # "the illness, which causes fevers": the relative pronoun's antecedent is the cause;
            # "Untreated brain injuries, like concussions, can lead to": the subject stands before
            cause = re.findall(r"[a-z]+", parts[-2].lower())[-_CAUSE_SUBJECT_REACH:] + cause
            cause = _subject_before_postmodifier(parts[:-2], cause)
        else:
            cause = _subject_before_postmodifier(parts[:-1], cause)
        if _UNTREATED.search(" ".join(parts[-2:])):
            return True  # "untreated high blood pressure can lead to headaches": the condition's own
    if set(cause) & _TREATMENT_OWNERS or any(w.endswith("therapy") for w in cause) or _INTAKE.search(" ".join(cause)):
        return False
    return _names_condition(cause, _CAUSE_CONDITION_WORDS) or _disease_heads(cause)


_DISEASE_NAMES = words("harms_disease_names")
# What may follow a disease's name that heads its noun phrase: the verb's auxiliaries, a postmodifier's
# or a relative clause's opening, a coordinated second condition ("Migraine and epilepsy can cause").
_DISEASE_HEAD_FOLLOWERS = words("harms_disease_head_followers")


def _disease_heads(subject: list[str]) -> bool:
    """Whether a disease's own name (``harms_disease_names``: "migraine", "dementia", "stroke") heads
    the subject of a verb of causing: the last word before the verb ("Migraine causes nausea"), or
    followed only by an auxiliary, a postmodifier or a relative clause ("Dementia in older people can
    lead to falls"). A name that premodifies another noun leaves the head to that noun ("Migraine
    Relief Gummies can cause nausea", "stroke drugs": a product; Quirk et al. 1985, 17.104 on noun
    premodification: the head decides what the phrase names).

    Prevents a disease's course counting as a harm disclosed where its name is not one the
    condition vocabularies or suffixes catch (HealthNewsReview.org criterion 3; disease_burden;
    round 34).

    A name inside a postmodifier or a second conjunct of another noun leaves the head to that noun
    ("Zolmira for migraine can cause drowsiness", "Zolmira in migraine may cause dizziness": the
    drug's harms; Quirk et al. 1985, 17.37 on postmodifying prepositional phrases; round 35, the
    round-34 review)."""
    last = len(subject) - 1
    return any(w in _DISEASE_NAMES and (i == last or subject[i + 1] in _DISEASE_HEAD_FOLLOWERS)
               and not _after_another_head(subject, i) for i, w in enumerate(subject))


# Words that open a postmodifier or a conjunct after a noun: "Zolmira [for migraine]", "X [or migraine]".
_DISEASE_AFTER_HEAD = words("harms_disease_after_head")


def _after_another_head(subject: list[str], i: int) -> bool:
    """Whether the word at ``i`` closes a short phrase ("for migraine", "in chronic migraine") opened
    by a preposition or a conjunction after a word that is no disease's name: "zolmira for migraine"
    (the drug heads), not "migraine and epilepsy" (diseases coordinated), "in children migraine" (a
    fronted adverbial opens the part) nor "research in children shows migraine" (a clause between).
    A disease coordinated with one in such a phrase is in it too: "zolmira for migraine or epilepsy"."""
    return any(subject[j] in _DISEASE_AFTER_HEAD
               and (subject[j - 1] not in _DISEASE_NAMES or _after_another_head(subject, j - 1))
               for j in range(max(1, i - 2), i))


# Prepositions that open a postmodifier of the subject or an adverbial, never a subject: a part of
# the sentence between commas that opens on one ("[beta amyloid, or plaques,] in the brain may
# trigger") leaves the subject before it (Quirk et al. 1985, ch. 17 on postmodifying prepositional
# phrases; round 33).
_CAUSE_POSTMODIFIER_OPENERS = words("harms_postmodifier_openers")


def _subject_before_postmodifier(parts: list[str], cause: list[str]) -> list[str]:
    """``cause`` with the words of the parts before it while it opens on a preposition: "beta
    amyloid, or "plaques," [in the brain] may trigger" reads "plaques in the brain". A part that
    opens on a preposition has no subject of its own; it postmodifies the one before (round 33)."""
    left = list(parts)  # the parts before ``cause``'s, nearest last
    while left and cause[:1] and cause[0] in _CAUSE_POSTMODIFIER_OPENERS:
        cause = re.findall(r"[a-z]+", left.pop().lower())[-_CAUSE_SUBJECT_REACH:] + cause
    return cause


_CONDITION_SUFFIXES = tuple(words("harms_condition_suffixes"))


def _names_condition(tokens: list[str], vocabulary: frozenset[str]) -> bool:
    """Whether the words name a condition: a word of ``vocabulary`` or one with a disease's suffix."""
    return bool(set(tokens) & vocabulary) or any(w.endswith(_CONDITION_SUFFIXES) and len(w) > 5 for w in tokens)


_CONDITION_HEADS = words("condition_heads")


def _names_the_condition(c: Context) -> bool:
    """The word modifies a noun naming the condition's treatment, patients or care: "insomnia
    drug", "fatigue patients", "addiction specialists", "warning letters"."""
    return c.word(c.end) in _CONDITION_HEADS and not c.marks_before(c.end, ",;:.!?\"'")


# A verb of inducing before the harm ("it can induce a feeling of withdrawal"), and a passive
# agent after it ("neutropenia caused by the treatment"): the harm is caused, not the condition's.
_HARMS_INDUCED = re.compile(r"(?i)\b(?:induc|trigger|provok|precipitat)\w*")


def _harm_tie_caused(before: str) -> bool:
    """A verb of causing or inducing before the harm whose subject is no condition: "the drug can
    cause withdrawal", "stopping it suddenly led to withdrawal", "it can induce a feeling of
    withdrawal".

    A condition the option is said to cause stays a harm of the option (HealthNewsReview.org
    criterion 3), where ``_harms_of_target_condition`` would otherwise read the page's condition as
    the disease's burden; "GERD can cause complications" (a condition as the causer) stays burden."""
    return bool(_HARMS_INDUCED.search(before)) or any(
        _CAUSAL_VERB.fullmatch(m.group()) and not _cause_is_condition(before, m) for m in _HARM_TIE.finditer(before))


def _harms_active_cause(text: str, m: re.Match) -> bool:
    """A causing verb in the active voice: "the steroid causes insomnia", not "is caused by the
    death of cells" or "were caused by the infections themselves", where the harm word is the cause."""
    if text[m.end():m.end() + 4].lower() == " by ":
        return False
    previous = re.findall(r"[a-z]+", text[max(0, m.start() - 12):m.start()].lower())[-1:]
    return not set(previous) & {"is", "are", "was", "were", "be", "been", "being"}


_HARMS_CONTRAINDICATION = pattern("harms_contraindication")

_CONTENT_NOUNS = words("harms_content_nouns")
_CONTRAINDICATED_SUBJECT_REACH = 4  # "this content", "the information on this site": the subject just before the verb


def _harms_contraindication(c: Context) -> bool:
    """The match states a contraindication: a use barred for people or circumstances that follow
    it ("should not be used in children", "is contraindicated in people with heart disease", "not
    recommended for pregnant women"). Its own "not" is the prohibition, not a denial of a harm, and
    the condition after it names who is barred, not whose harm it is.

    Prevents a label's contraindications being read as denied or as the disease's burden (FDA, 21
    CFR 201.57(c)(5): contraindications are the situations in which a drug should not be used;
    HealthNewsReview.org criterion 3; round 30: two of a release's contraindications were lost).
    A page's own text barred from a use ("This content should not be used during a medical
    emergency") is a site disclaimer, not a product's contraindication (round 30's held-out
    newcomers: a release's footer counted)."""
    if not _CONTENT_NOUNS.isdisjoint(_words_back(c, _CONTRAINDICATED_SUBJECT_REACH, ",;:.!?")):
        return False
    return bool(_HARMS_CONTRAINDICATION.match(c.text, c.match_start, c.sentence_end))


# Determiners by which a treatment noun refers back to the page's own option: "the drug", "this
# treatment", "its side effects ... the therapy", "our device".
_OWN_OPTION_DETERMINERS = words("harms_own_option_determiners")


def _names_own_option(c: Context, first: int, stop: int) -> bool:
    """Tokens ``first:stop`` name the page's intervention or refer back to an option with a
    determiner ("the drug", "this treatment"): then a harm there may be the option's own, and the
    readings that give it to another option or to the condition stay out."""
    if c.interventions.names_intervention(first, stop):
        return True
    return refers_back(c.tokens.words[first:stop], _OWN_OPTION_DETERMINERS)


# Words naming a treatment or its giving: "the drug", "a daily pill", "the injection", "after
# surgery", "screening", "supplements". Their absence leaves a symptom or an outcome to the disease.
_HARMS_TREATMENT_WORDS = words("harms_treatment_words")
_HARMS_TREATMENT_ENDINGS = tuple(words("harms_treatment_endings"))
# Giving and taking: "patients taking it", "those who received", "use of bisphosphonates".
_HARMS_INTAKE = pattern("harms_intake")
# Harm nouns that only a treatment has: "side effects", "adverse events", "toxicity", "tolerated".
_HARMS_OF_TREATMENT = pattern("harms_of_treatment")

_HARMS_JOURNAL_NAME = pattern("harms_journal_name")


def _harms_treatment_in(text: str) -> bool:
    """Whether ``text`` names a treatment, its giving, or a harm only a treatment has. A journal's
    name is a name ("the journal Molecular Aspects of Medicine"): its words name no treatment
    (round 33)."""
    if _HARMS_INTAKE.search(text) or _HARMS_OF_TREATMENT.search(text):
        return True
    if "\u00ae" in text or "\u2122" in text:  # a product's mark: "XARELTO® can cause bleeding"
        return True
    if "ournal" in text or "published in" in text:
        text = _HARMS_JOURNAL_NAME.sub(" ", text)
    tokens = re.findall(r"[a-z]+", text.lower())
    return bool(set(tokens) & _HARMS_TREATMENT_WORDS) or any(w.endswith(_HARMS_TREATMENT_ENDINGS) for w in tokens)


_HARMS_CAUSE_PARTICIPLES = words("harms_cause_participles")
_HARMS_CAUSE_VERBS = words("harms_cause_verbs")
# How far the harm's cause may stand from it, in words: a short list of harms between ("the nausea
# and dizziness caused by"), a cause of a few words ("caused by the new pill").
_HARMS_OWN_CAUSE_REACH = 6
_HARMS_CAUSE_NAME_REACH = 4
_HARMS_CAUSE_STOPS = ";:.!?()\u2014"


def _harm_caused_by_own_option(c: Context) -> bool:
    """The harm's noun phrase names the page's option (``Interventions``) as its cause: a compound
    before it ("Ostrafen-induced nausea", "Ostrafen-related dizziness"), a participle after it
    ("the nausea and dizziness caused by Ostrafen", "associated with", "brought on by"), or
    a relative clause whose subject is the option ("the nausea that Ostrafen causes"). A verb of
    relief or lowering before such a harm ("nurses are controlling the nausea caused by Ostrafen")
    eases the option's own harm, and the sentence still tells the reader the option causes it; the
    relief reading (guide.md's convention on side effects an option eases: comparator_harm) holds
    only where the eased harm is another treatment's or the condition's ("ginger eased the nausea
    caused by chemotherapy" keeps its reading: chemotherapy is not the page's option).

    Prevents the option's own harm being lost as relieved (HealthNewsReview.org criterion 3: the
    harms of the intervention; a postmodifier or premodifier of the harm's noun phrase names its
    cause: Quirk et al. 1985, 17.2-17.4, 17.109 on -ed compounds; round 34)."""
    iv = c.interventions
    if not iv:
        return False
    return _own_cause_compound_before(c, iv) or _own_cause_after(c, iv)


def _own_cause_compound_before(c: Context, iv: Interventions) -> bool:
    """"Ostrafen-induced [nausea]", "Ostrafen-induced nausea and [dizziness]": a hyphened compound of
    the option and a participle of causing in the harm's own noun phrase (no verb, no clause break
    between)."""
    words_ = c.tokens.words
    for i in range(c.start - 1, max(c.first, c.start - _HARMS_OWN_CAUSE_REACH), -1):
        if c.marks_before(i + 1, _HARMS_CAUSE_STOPS) or words_[i] in _HARMS_PHRASE_BREAKS:
            return False
        if words_[i] in _HARMS_CAUSE_PARTICIPLES and "-" in c.gap_before(i):
            return iv.names_intervention(i - 1, i)
    return False


def _own_cause_after(c: Context, iv: Interventions) -> bool:
    """"[nausea] and dizziness caused by Ostrafen", "associated with the pill", "[nausea] that
    Ostrafen causes": the cause after the harm, past a short list of harms."""
    words_ = c.tokens.words
    stop = min(c.last, c.end + _HARMS_OWN_CAUSE_REACH)
    for j in range(c.end, stop):
        if c.marks_before(j, _HARMS_CAUSE_STOPS):
            return False
        w, nxt = words_[j], c.word(j + 1)
        cause = None
        if w in _HARMS_CAUSE_PARTICIPLES and nxt in {"by", "with", "to"}:
            cause = j + 2
        elif (w, nxt, c.word(j + 2)) == ("brought", "on", "by"):
            cause = j + 3
        elif w in {"that", "which"}:
            reach = range(j + 2, min(c.last, j + 2 + _HARMS_CAUSE_NAME_REACH))
            verbs = [k for k in reach if words_[k] in _HARMS_CAUSE_VERBS]
            return bool(verbs) and iv.names_intervention(j + 1, verbs[0])
        elif w in _HARMS_PHRASE_BREAKS:
            return False
        if cause is not None:
            return iv.names_intervention(cause, min(c.last, cause + _HARMS_CAUSE_NAME_REACH))
    return False


_HARMS_RELIEF_VERBS = words("harms_relieving")

# Verbs of lowering among the minimisers: "reduce the dizziness that Ostrafen causes" lowers a harm that
# still happens; "fewer", "without" and "avoids" say it does not (harm_not_minimised, _minimiser_blocks).
_HARM_LOWERING_VERBS = words("harms_lowering_verbs")


def _minimiser_blocks(c: Context, before: list[str]) -> bool:
    """Whether a minimiser among the words before the harm makes it a selling point. A verb of
    lowering yields where the harm names the page's option as its cause ("Doctors can reduce the
    dizziness that Ostrafen causes by lowering the dose": the sentence still says the option
    causes it), as a verb of relief yields in ``_favourable_blocks`` (round 34; the round-34
    review)."""
    found = [w for w in before if w in _MINIMISERS]
    if not found:
        return False
    return not set(found) <= _HARM_LOWERING_VERBS or not _harm_caused_by_own_option(c)


def _favourable_blocks(c: Context, window: list[str]) -> bool:
    """Whether a word of ``_FAVOURABLE`` in ``window`` (the words before a harm) makes it a selling
    point: a verb of relief there ("eases the nausea", "relieves the pain") yields where the harm
    names the page's option as its cause ("eases the nausea associated with Ostrafen":
    ``_harm_caused_by_own_option``, round 34), as the relief readings of ``lowered`` yield; "welcome",
    "positive", "prevents" never do."""
    found = [w for w in window if w in _FAVOURABLE]
    if not found:
        return False
    return not set(found) <= _HARMS_RELIEF_VERBS or not _harm_caused_by_own_option(c)
