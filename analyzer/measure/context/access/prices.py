"""``cost_to_a_payer``: a cost word discloses what the intervention costs a patient or payer, not a
nation's, a system's or research's spending or savings, a surname or a law's name, an idiom, "charge"
in another sense, "cheap" goods, a share price, a payment to research participants, an issuer's
boilerplate, or a payer named as a study's data, an employer or the coverage a sample holds.

Sources: HealthNewsReview.org criterion 1; Rice 1967 (cost of illness); ISPOR budget impact analysis;
Drummond et al. (economic evaluation); ICH E6 GCP 4.8.10(k); RECORD statement (Benchimol et al. 2015)
and ResDAC (claims as research data); CONSORT item 4a; Merriam-Webster (charge, cheap); AP Stylebook
and PR Newswire release format."""

from __future__ import annotations

from ..base import Context, _words_back, pattern, registry, unbroken, words
from .available import _SUPERLATIVE


# What a sentence's sum can be besides a price: "$25.7 billion", "billions of dollars in sales",
# "cost the UK economy", "the nation's healthcare costs".
_AGGREGATE = pattern("aggregate_spending")
_COSTS_SHARE_PRICE_BEFORE = pattern("costs_share_price_before")
# "reduce the costs of drug development", "the cost of a clinical trial": research spending.
_COSTS_RESEARCH_COST = pattern("costs_research_cost")
_ILLNESS_BURDEN = pattern("costs_illness_burden")
_OTHER_INSURANCE = words("costs_other_insurance")
_NOT_A_PRICE_BEFORE = pattern("costs_not_a_price_before")
# Money wasted or lost is an evaluation, not a price: "throwing away precious dollars on creams".
_WASTED = words("wasted_money")
# Payments to research participants (ICH E6 GCP 4.8.10(k)): an incentive to take part, not a price.
_COSTS_PARTICIPANT_PAYMENT = pattern("costs_participant_payment")


def cost_to_a_payer(c: Context) -> bool:
    """A cost word discloses what the intervention costs a patient or payer, not a nation's or a
    market's spending in its clause ("Medicare paid $25.7 billion", "billions of dollars in annual
    sales", "sick days cost the UK economy £2bn", "add to the nation's healthcare costs").

    Nor a surname that is also a cost word ("Price said", "Dr. Price", "Amy Price"), money wasted
    ("viewers losing $1000's on creams"), insurance that is no health cover ("life insurance"), the
    economic burden of a disease ("lifetime health care costs", "the cost of caring for a child
    with autism": a cost-of-illness figure, Rice 1967) or a sum given rather than paid ("agreed
    to donate $1", "a grant of $50,000").

    Prevents national budgets, disease burden and aggregate spending counting as costs disclosed
    (HealthNewsReview.org criterion 1: the cost of the intervention to the patient or payer).
    """
    clause = _clause(c)
    if _AGGREGATE.search(clause) or _ILLNESS_BURDEN.search(clause) or _a_surname(c):
        return False
    if c.text[c.match_start] in "$£€" and not _WASTED.isdisjoint(c.before(3)):
        return False  # "losing $1000's on creams": money wasted, not a price
    if _costs_not_money(c) or _COSTS_RESEARCH_COST.match(c.text, c.match_start, c.sentence_end) or _costs_of_a_system(c):
        return False
    if _costs_of_research(c) or _costs_saved_by_a_system(c) or _costs_in_a_law_name(c):
        return False
    if _costs_idiom(c) or _costs_coverage_held(c) or _issuer_self_description(c) or _costs_cheap_as_inferior(c):
        return False
    if _COSTS_PARTICIPANT_PAYMENT.search(_clause(c)):
        return False  # "$25 payments for every clinic visit": an incentive to take part, not a price
    if _payer_as_study_variable(c):
        return False  # "a database of commercially insured adults": the payer as the study's data
    if _costs_insurer_as_employer(c) or _COSTS_SHARE_PRICE_BEFORE.search(
            c.text, max(c.sentence_start, c.match_start - 70), c.match_start):
        return False  # "shares gained 2.3 percent to close at $33.64": a share price
    return not (c.word(c.start).startswith("insur") and c.word(c.start - 1) in _OTHER_INSURANCE) and not (
        _NOT_A_PRICE_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 40), c.match_start))


def _clause(c: Context) -> str:
    """The match's clause: its sentence cut at the nearest comma, semicolon or colon either side."""
    text = c.text
    begin = max([text.rfind(p, c.sentence_start, c.match_start) for p in ",;:"] + [c.sentence_start - 1]) + 1
    ends = [i for i in (text.find(p, c.match_end, c.sentence_end) for p in ",;:") if i != -1]
    return text[begin:min(ends, default=c.sentence_end)]


_FIGURE = pattern("cost_figure")
_DETERMINERS = words("determiners")
_PRICE_MODIFIERS = words("costs_price_modifiers")
_SURNAMES = words("costs_surnames")
_REPORTING = words("reporting_verbs")
_TITLES = words("titles")


def _a_surname(c: Context) -> bool:
    """"Price said", "Dr. Price", "Amy Price discovered": a capitalised word before a reporting
    verb, after a title or after a first name (a capitalised word inside the sentence that is no
    price word: "List Price", "Sale Price" stay prices) names a person."""
    if not c.surface(c.start)[:1].isupper():
        return False
    if c.word(c.end) in _REPORTING or c.word(c.start - 1) in _TITLES:
        return True
    previous = c.start - 1
    # round 8: a first name may open the sentence ("Brad Price calls her ..."), but a sentence-first
    # rating is no first name ("Best Price on the web", "Lowest Price ...")
    first_name = (c.word(c.start) in _SURNAMES and previous >= c.first and c.surface(previous).istitle() and c.gap_before(c.start) == " "
                  and c.word(previous) not in _PRICE_MODIFIERS | _DETERMINERS | _SUPERLATIVE
                  and not (c.word(previous).endswith("est") and len(c.word(previous)) > 4))
    if not first_name or c.text.startswith(":", c.match_end) or _FIGURE.search(
            c.text, c.match_end, min(c.sentence_end, c.match_end + 12)):
        return False
    # a verb or a comma follows a name ("Amy Price discovered", "Brad and Amy Price, ..."); a
    # headline's next capitalised word ("New Drug Price Shocks Patients") does not
    return c.end >= c.last or not c.surface(c.end)[:1].isupper() or not c.gap_before(c.end).isspace()


_COSTS_CHARGE_IDIOMS = words("costs_charge_idioms")
# Round 8: "charge a battery", "charge your phone": the verb's electrical sense (Merriam-Webster,
# charge v. 1b, to give an electric charge to), no money asked.
_COSTS_CHARGED_THINGS = words("costs_charged_things")
_COSTS_POSSESSIVES = words("costs_possessives")


def _costs_not_money(c: Context) -> bool:
    """"Charge" in an idiom or another sense ("who is in charge of the committee", "faced
    criminal charges", "an electrical charge", "charge the battery"): no money is asked
    (Merriam-Webster, charge n. and v.)."""
    if c.word(c.start) not in {"charge", "charges"}:
        return False
    following = c.tokens.words[c.end:min(c.last, c.end + 3)]
    if following[:1] == ["up"] and following[1:2] != ["to"]:
        return True  # "to charge up the immune system": energise (phrasal verb); "charge up to $40" is money
    return c.word(c.start - 1) in _COSTS_CHARGE_IDIOMS or bool(following and (
        following[0] in _COSTS_CHARGED_THINGS or (following[0] in _DETERMINERS | _COSTS_POSSESSIVES and len(following) > 1
                                                 and following[1] in _COSTS_CHARGED_THINGS)))


_COSTS_SYSTEM_SPENDING = pattern("costs_system_spending")


def _costs_of_a_system(c: Context) -> bool:
    """The cue names a health system's spending, not a price: "reduce overall medical costs",
    "could cut other health costs", "as health-care costs continue to soar". A claimed offset on
    the system's bill (cost-of-illness and budget-impact terms, Rice 1967) says nothing of what
    the intervention costs a patient or payer; "patients incurred lower health care costs" (the
    patients' own bill) stays."""
    window_start = max(c.sentence_start, c.match_start - 40)
    return any(m.start() <= c.match_start < m.end()
               for m in _COSTS_SYSTEM_SPENDING.finditer(c.text, window_start, min(c.sentence_end, c.match_end + 40)))


_COSTS_COMPARATIVE_WORDS = words("costs_comparative_words")
_COSTS_RESEARCH_PROCESS = pattern("costs_research_process")
_COSTS_RESULT_VERBS = words("costs_result_verbs")


def _costs_of_research(c: Context) -> bool:
    """A word that rates cost ("expensive", "cheaper", "cost-effective", "cost-effectiveness")
    said of research rather than of a treatment: "helping to make drug trials faster, cheaper",
    "that type of study would be very expensive", "evaluated in more cost-effective ways", "calls
    for cost-effectiveness studies", "a cost-effectiveness comparison is planned". The cost of a
    trial or an economic evaluation still to be done discloses nothing a patient or payer pays
    (HealthNewsReview.org criterion 1; Drummond et al., Methods for the Economic Evaluation of
    Health Care Programmes: an evaluation planned is no result; round 9 adds its cost-benefit,
    cost-utility and "cost-based" analyses, "plans to carry out a cost-based analysis"). A sum in the sentence keeps it:
    "the trial found the pill cost $4 less"."""
    if _costs_cue(c) not in _COSTS_COMPARATIVE_WORDS:
        return False
    sentence = c.text[c.sentence_start:c.sentence_end]
    if _FIGURE.search(sentence) or set(c.tokens.words[c.first:c.last]) & _COSTS_RESULT_VERBS:
        return False  # "a clinical trial found the pill is cheaper than surgery": a result on cost
    if c.word(c.end) == "than":
        return False  # "would be cheaper than ultrasound": the options compared, not the research
    return bool(_COSTS_RESEARCH_PROCESS.search(sentence))


_COSTS_COMPOUND_TAILS = words("costs_compound_tails")


def _costs_cue(c: Context) -> str:
    """The matched words, lower case, hyphens for spaces: "cost savings" -> "cost-savings". A
    bare "cost" takes the word it compounds with ("cost-effectiveness", "cost savings"), so the
    shorter term, tried when the compound is dropped, is judged as the compound."""
    cue = "-".join(c.text[c.match_start:c.match_end].lower().split())
    if cue == "cost" and c.end < c.last and c.word(c.end) in _COSTS_COMPOUND_TAILS and c.gap_before(c.end) in {" ", "-"}:
        cue = f"cost-{c.word(c.end)}"
    return cue


_COSTS_SAVING_WORDS = words("costs_saving_words")
_COSTS_SYSTEM_BENEFICIARY = pattern("costs_system_beneficiary")
# "Save millions in health care costs", "saving billions of dollars in medical costs": aggregate
# savings (Rice 1967; ISPOR budget impact analysis), not what anyone pays for the intervention.
_COSTS_AGGREGATE_SAVING = pattern("costs_aggregate_saving")


def _costs_saved_by_a_system(c: Context) -> bool:
    """Savings claimed for a health system or an insurer's books: "significant cost-savings for
    healthcare systems", "provide health systems and insurance companies with significant cost
    savings", "saving our health care system the cost of unnecessary scans". A budget-impact
    claim (Rice 1967; ISPOR budget impact analysis) is no price of the intervention to a patient
    or payer, and the held-out labels call it wrong; "patients saved $40 a month" stays."""
    if _COSTS_AGGREGATE_SAVING.search(c.text, c.sentence_start, c.sentence_end):
        return True  # "could save millions in health care costs": a budget claim (round 8)
    saving = _costs_cue(c) in _COSTS_SAVING_WORDS or not _COSTS_SAVING_WORDS.isdisjoint(c.before(4))
    if not saving and c.word(c.start).startswith("insur"):
        # the insurer as the one who saves: "insurance companies ... will save them money" (round 8)
        saving = not _COSTS_SAVING_WORDS.isdisjoint(c.tokens.words[c.end:c.last])
    return saving and bool(_COSTS_SYSTEM_BENEFICIARY.search(c.text, c.sentence_start, c.sentence_end))


def _costs_in_a_law_name(c: Context) -> bool:
    """"The Affordable Care Act", "the Prescription Drug User Fee Act": a law's name, capitalised,
    not a cost (its coverage words count). The cue and the capitalised words after it run into
    "Act" (round 9: a statute's short title names the law, not a price)."""
    if c.surface(c.start) == "Affordable" and c.end < c.last and c.surface(c.end) == "Care":
        return True
    if not c.surface(c.start)[:1].isupper():
        return False
    for index in range(c.end, min(c.last, c.end + 4)):
        if not (c.gap_before(index).isspace() and c.surface(index)[:1].isupper()):
            return False
        if c.surface(index) in {"Act", "Acts"}:
            return True
    return False


_COSTS_IDIOM_BEFORE = pattern("costs_idiom_before")


def _costs_idiom(c: Context) -> bool:
    """"At the price of greater long-term risks", "you pay a price for a little improvement", "her
    looks came with a cost": "price" or "cost" as what is given up, with no sum after it ("at a
    cost of $25,000" is money)."""
    if c.word(c.start) not in {"price", "cost"}:
        return False
    if not _COSTS_IDIOM_BEFORE.search(c.text, max(c.sentence_start, c.match_start - 30), c.match_start):
        return False
    return not _FIGURE.search(c.text, c.match_end, min(c.sentence_end, c.match_end + 25))


_COSTS_HOLDING = words("costs_holding")
_COSTS_COVERAGE_HEADS = frozenset({"coverage", "insurance"})
_COSTS_COVERAGE_ACTS = words("costs_coverage_acts")
_COSTS_INSURER_NOUNS = words("costs_insurer_nouns")
_COSTS_COVERAGE_HOLDERS = words("availability_sample_people") | words("costs_coverage_holders")


def _costs_coverage_held(c: Context) -> bool:
    """Insurance coverage that people hold, told of a study's population or a country, with no
    price or payment in the sentence: "they also had at least 12 months of continuous insurance
    coverage", "women, all of whom had Medicare Part D drug coverage", "a country with universal
    health insurance coverage". A trait of the sample (an inclusion criterion in claims-data
    research, CONSORT item 4a) or of a health system says nothing of whether the intervention is
    covered or what it costs (HealthNewsReview.org criterion 1). "Patients with insurance paid
    $20" and "those with Medicare coverage get it free" keep it."""
    words = c.tokens.words
    head = next((i for i in range(c.start, min(c.last, c.start + 5)) if words[i] in _COSTS_COVERAGE_HEADS), None)
    if head is None or not unbroken(c, c.start + 1, head + 1, ",;:"):
        return False
    if words[head + 1:head + 2] and words[head + 1] in _COSTS_INSURER_NOUNS:
        return False  # "fighting with a new insurance company": the insurer, not coverage held
    back = _words_back(c, 12, ",;:")
    held = [i for i, w in enumerate(back) if w in _COSTS_HOLDING]
    if not held or any(w in {"no", "not", "without"} for w in back[held[-1]:]):
        return False
    at = held[-1]
    if at + 1 < len(back) and back[at + 1].endswith(("ed", "en")):
        return False  # "which has influenced insurance company policies": an auxiliary, no holding
    # the holders are people or a country ("all of whom had", "patients with", "a country with"),
    # not a company or a test ("the company has coverage with some payers" is the test's coverage)
    return not _COSTS_COVERAGE_HOLDERS.isdisjoint(back[max(0, at - 6):at]) and not (
        _FIGURE.search(c.text, c.sentence_start, c.sentence_end)
        or any(w in _COSTS_COVERAGE_ACTS or w.startswith(("reimburs", "copay")) for w in c.tokens.words[c.first:c.last]))


# "Volition is a multi-national life sciences company focused on developing ... cost effective
# blood tests", "Novartis products are available in more than 180 countries".
_ISSUER_SELF_DESCRIPTION = pattern("issuer_self_description")


def _issuer_self_description(c: Context) -> bool:
    """The sentence is an organisation's description of itself, the closing "About <company>"
    paragraph of a news release ("Volition is a multi-national life sciences company focused on
    developing ... cost effective blood tests", "Novartis offers a diversified portfolio ...
    cost-saving generic pharmaceuticals", "Novartis products are available in more than 180
    countries"): the issuer's boilerplate (AP Stylebook and PR Newswire release format), not the
    cost or the availability of the intervention the release reports (HealthNewsReview.org
    criteria 1 and 7). A sum in the sentence keeps it (a price is a price wherever it is said)."""
    m = _ISSUER_SELF_DESCRIPTION.match(c.text, c.sentence_start, c.sentence_end)
    if not m or c.match_start < m.start(1):  # the cue in the subject: "Insurance is a big issue"
        return False
    return not _FIGURE.search(c.text, c.sentence_start, c.sentence_end)


_COSTS_INFERIOR_GOODS = words("costs_inferior_goods")


def _costs_cheap_as_inferior(c: Context) -> bool:
    """"Cheap" of the stuff a product is made of or a copy of it ("scan the labels for these cheap
    additives", "beware of cheap imitations", "rivals' cheaper copies"): cheap in its sense of
    inferior quality (Merriam-Webster, cheap 3b, "of inferior quality or worth"), or the price of
    a rival's copy, not what the intervention costs a patient or payer (HealthNewsReview.org
    criterion 1)."""
    if c.word(c.start) not in {"cheap", "cheaper", "cheapest"}:
        return False
    following = c.tokens.words[c.end:min(c.last, c.end + 2)]
    return not _COSTS_INFERIOR_GOODS.isdisjoint(following)


_COSTS_PAYER_WORDS = words("costs_payer_words")
_COSTS_PAYER_STUDY_VARIABLE = pattern("costs_payer_study_variable")
_COSTS_COVER_VERB = pattern("costs_cover_verb")
_COSTS_MONEY_NEAR = pattern("costs_money_near")


def _payer_as_study_variable(c: Context) -> bool:
    """A payer's name in a sentence that gives a study's method names where its data came from or
    how it was drawn, not what anything costs: "a database of commercially insured adults",
    "followed until insurance disenrollment", "controlled for access to health insurance", "chose
    the age limit because Medicare coverage begins at 65", "death records from Medicare". Insurance
    claims are routinely collected research data (RECORD statement, Benchimol et al. 2015; ResDAC
    for Medicare), and a variable is no price. A sentence that also covers, pays or names money
    ("the database showed insurance paid $300 a scan") keeps the cost.

    Prevents a study's data source, sample or covariate counting as costs disclosed
    (HealthNewsReview.org criterion 1: what the option costs or whether a payer covers it).
    """
    if c.word(c.start) not in _COSTS_PAYER_WORDS:
        return False
    rest = c.text[c.sentence_start:c.match_start] + " " + c.rest_of_sentence
    if not _COSTS_PAYER_STUDY_VARIABLE.search(rest):
        return False
    return not (_COSTS_MONEY_NEAR.search(rest) or _COSTS_COVER_VERB.search(rest))


_COSTS_INSURER_PREMODIFIERS = words("costs_insurer_premodifiers")
_COSTS_EMPLOYER_PREPOSITIONS = words("costs_employer_prepositions")


def _costs_insurer_as_employer(c: Context) -> bool:
    """"Director of innovation at health insurer Cigna", "a spokesman for insurer Aetna": the
    insurer named as an organisation someone works for (an apposition before its name), not
    anything it covers."""
    if not c.word(c.start).startswith("insurer") or c.end >= c.last or not c.surface(c.end)[:1].isupper():
        return False
    back = c.start - 1
    while back > c.first and c.word(back) in _COSTS_INSURER_PREMODIFIERS:
        back -= 1
    return c.word(back) in _COSTS_EMPLOYER_PREPOSITIONS


RULES = registry(
    cost_to_a_payer,
)
