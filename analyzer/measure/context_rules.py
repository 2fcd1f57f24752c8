"""Context rules: the few places where a word list alone gets it wrong.

A lexicon term names a rule (``rule = "may_not_month"``); the matcher asks the rule whether this
occurrence counts. Each rule is a small function with the failure it prevents in its docstring,
and example sentences that must and must not fire in ``tests/rules_cases.toml``.

Mentions are the other half: a promotional word that the writer negates, quotes or attributes
("it is not a miracle cure", a so-called "game-changer", "some call it a miracle drug") is
recorded as a mention, not counted as the writer's own promotion.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..resources import support_table
from ..text import Tokens


def words(name: str) -> frozenset[str]:
    """A word list from lexicons/support/context_rules.toml: knowledge an editor reviews there."""
    return frozenset(support_table("context_rules.toml")["words"][name])


def pattern(name: str) -> re.Pattern:
    """A regular expression from lexicons/support/context_rules.toml."""
    return re.compile(support_table("context_rules.toml")["patterns"][name])



class Context:
    """Where a candidate match sits: tokens ``start:end`` of the document's ``tokens``, in the
    sentence that holds tokens ``first:last`` and characters ``sentence_start:sentence_end``.

    ``text`` is the whole normalised document; every span indexes into it. A transient view,
    built for each candidate that has a rule to pass (a plain class: thousands a page).
    """

    __slots__ = ("text", "tokens", "first", "last", "start", "end", "sentence_start", "sentence_end",
                 "match_start", "match_end")

    def __init__(self, text: str, tokens: Tokens, sentence_tokens: range, sentence_start: int, sentence_end: int,
                 start: int, end: int, match_start: int, match_end: int):
        self.text, self.tokens = text, tokens
        self.first, self.last = sentence_tokens.start, sentence_tokens.stop
        self.sentence_start, self.sentence_end = sentence_start, sentence_end
        self.start, self.end = start, end
        # character span of the match (a pattern may cover no whole token)
        self.match_start, self.match_end = match_start, match_end

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start:self.sentence_end]

    @property
    def at_sentence_start(self) -> bool:
        return self.start == self.first

    def word(self, index: int) -> str:
        """Token ``index`` in lower case; "" outside the sentence."""
        return self.tokens.words[index] if self.first <= index < self.last else ""

    def surface(self, index: int) -> str:
        return self.text[self.tokens.starts[index]:self.tokens.ends[index]]

    def before(self, n: int) -> list[str]:
        return self.tokens.words[max(self.first, self.start - n):self.start]

    def gap_before(self, index: int) -> str:
        """The characters between token ``index - 1`` and token ``index``."""
        starts = self.tokens.starts
        begin = self.tokens.ends[index - 1] if index > self.first else starts[index]
        return self.text[begin:starts[index]]


_NUMBER_WORDS = words("number_words")
_MONTH_CONTEXT = words("month_context")


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS


def may_not_month(c: Context) -> bool:
    """"may" the modal, not May the month ("in May 2019", "on 5 May", "May 12").

    Prevents counting dates in news copy as hedges. Only the capitalised form can be the month.
    """
    if c.surface(c.start) != "May":
        return True
    after, before = c.word(c.end), c.word(c.start - 1)
    return not (after[:1].isdigit() or before in _MONTH_CONTEXT or before[:1].isdigit())


def not_negated_ability(c: Context) -> bool:
    """"could not" / "couldn't" state what was not possible ("we could not detect it").

    Prevents counting reports of inability as hedging (Hyland 2005 lists "could" as a hedge
    only in its epistemic sense). "could not be excluded" is listed as its own hedge phrase.
    """
    return c.word(c.end) not in {"not", "n't"} and c.word(c.start) != "couldn't"


def epistemic_think(c: Context) -> bool:
    """"I think", "experts think" hedge; "think about", "think of", "think through" do not."""
    return c.word(c.end) not in {"about", "of", "through", "back", "ahead", "twice", "so"}


def likely_not_attributive(c: Context) -> bool:
    """"likely" before a noun after an article ("a likely story") or as a comparison of risk
    ("women are more likely to ...", "twice as likely") is not the writer hedging.

    Prevents counting epidemiological comparisons, which are findings, as uncertainty.
    """
    before = c.word(c.start - 1)
    if before in {"more", "less", "most", "least", "as", "equally", "times", "twice"}:
        return False
    return not (before in {"a", "an", "the"} and c.word(c.end) not in {"to", "that", "be", ""})


def appear_with_complement(c: Context) -> bool:
    """"appears to", "appears that", "appears safe" hedge; "symptoms appear within hours",
    "the study appeared in JAMA", "appear." (come into view) do not.

    Prevents counting the literal sense of "appear" (Prokofieva & Hirschberg 2014 hedge guide).
    """
    following = c.word(c.end)
    literal = {"in", "on", "at", "within", "after", "before", "during", "from", "with", "when",
               "among", "between", "around", "online", "until", "as", "and", "or", ""}
    if following in literal:
        return False
    return "." not in c.gap_before(c.end) and "," not in c.gap_before(c.end)


def before_a_number(c: Context) -> bool:
    """Approximators ("about", "around", "some", "up to") hedge only before a quantity.

    Prevents "a book about depression" or "around the clock" counting as approximation
    (Salager-Meyer 1994: approximators qualify quantities).
    """
    return _is_number(c.word(c.end))


def reader_directed(c: Context) -> bool:
    """Verbs like "book", "call", "contact" are calls to action only as imperatives or
    after "please"/"you can"/"contact us to": at the start of a sentence or after those words,
    and not in a press office's note to journalists ("to arrange an interview, please contact").

    Prevents "the book", "a phone call", "contact with the virus", "what specialists are
    venturing to call a miracle", "use that information to schedule intercourse" counting as
    calls to action.
    """
    before = c.word(c.start - 1)
    directed = c.at_sentence_start or before in {"please", "can", "today", "now", "and", "or", "simply", "just"}
    if before == "to":  # "Contact us to book", "don't hesitate to call"; not "venturing to call it a miracle"
        directed = c.start - 1 == c.first or c.word(c.start - 2) in _TO_ADDRESSED
    return directed and not _in_press_block(c)


# Words before "to" + verb that address the reader: "contact us to book", "be sure to call",
# "click here to schedule", "don't hesitate to contact".
_TO_ADDRESSED = words("to_addressed")


# Words of a news release's media-contact block and boilerplate (EurekAlert!, Newswise and PR
# Newswire templates): what sits near them addresses journalists, not patients.
_PRESS = pattern("press")
_PRESS_REACH = 160
# A reference: a year in parentheses, "doi", "Accessed ... from", "et al", volume and pages.
_REFERENCE = pattern("reference")


def _in_press_block(c: Context) -> bool:
    return bool(_PRESS.search(c.text, max(0, c.match_start - _PRESS_REACH), c.match_end))


def offered_to_reader(c: Context) -> bool:
    """A phone number, e-mail address or link is a call to action when the page asks the reader
    to use it ("For more information, visit www...", "Call 555-123-4567 to book"), not when it
    sits in a release's media-contact block ("Media contact: ... 410-614-2916"), in a reference
    ("Accessed October 2013 from http://..."), or bare under a story (a reporter's
    "name@newspaper.com", "Reporter Name: 555-954-1374").

    Prevents press-office contact details, reporters' addresses and cited links counting as calls
    to action (FTC .com Disclosures 2013 and Health Products Compliance Guidance 2022: a response
    mechanism is a call to action when the reader is asked to use it; a citation points to a
    source).
    """
    sentence = c.text[max(c.sentence_start, c.match_start - _QUOTE_WINDOW):c.match_start]
    return not (_in_press_block(c) or _REFERENCE.search(sentence)) and _asked_to_use(c, sentence)


# Words that ask the reader to use a contact detail: "visit", "call", "for more information",
# "learn more at", "report side effects to", "follow us", "contact".
_REQUEST = pattern("request")
# A line this short before a contact detail is its label ("Cardinal Health: ", "Facebook: "): the
# request, if any, is in the lead-in above the list.
_LABEL_CHARS = 40
_LEAD_IN_REACH = 250


def _asked_to_use(c: Context, sentence: str) -> bool:
    """Whether the page asks the reader to use this contact detail: a request in its sentence
    ("For more information, visit www...", "call 1-800-..."), or, for a list line, in a lead-in
    line above it that opens the list ("contact one of the following distributors:")."""
    if _REQUEST.search(sentence):
        return True
    if len(sentence.strip()) >= _LABEL_CHARS:
        return False
    lead_in = c.text[max(0, c.sentence_start - _LEAD_IN_REACH):c.sentence_start]
    return any(line.rstrip().endswith(":") and _REQUEST.search(line) for line in lead_in.splitlines())


def link_with_object(c: Context) -> bool:
    """"Read more about sleep at ..." asks the reader to act; a bare "Read more" closing its
    sentence is the label of a link in the page's navigation, left in the extracted text.

    Prevents page chrome ("Read more:", a related story's "... Read more") counting as a call
    to action.
    """
    return c.word(c.end) != ""


def not_astonishment(c: Context) -> bool:
    """"I can't believe how quickly ...", "they couldn't believe the difference" express
    astonishment, not belief held with reserve.

    Prevents testimonials' surprise counting as hedging (Hyland 2005 counts "believe" only as
    the writer's tentative commitment: "we believe that ...").
    """
    before = c.word(c.start - 1)
    return not (before in {"can't", "cannot", "couldn't", "won't", "cant", "couldnt"}
                or (before in {"not", "n't"} and c.word(c.start - 2) in {"can", "could", "would", "will"})
                or before == "to" and c.word(c.start - 2) in {"hard", "difficult"})


def not_statistical(c: Context) -> bool:
    """"Significant" sells ("a significant breakthrough") but in "statistically significant",
    "highly significant", "a significant difference", "a significant reduction in symptoms", "significant at p < 0.05"
    or "a significant risk factor" it reports a test result or an epidemiological term.

    Prevents the vocabulary of statistics counting as promotional wording (Millar, Batalo &
    Budgell 2022 count hype adjectives, not test outcomes).
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    return not (before in {"statistically", "clinically", "not", "non", "highly", "strongly", "marginally", "borderline", "nominally"}
                or after in {"difference", "differences", "association", "associations", "correlation", "at", "p", "level",
                             "predictor", "predictors", "reduction", "reductions", "improvement", "improvements",
                             "increase", "increases", "decrease", "decreases"}
                or after == "risk" and c.word(c.end + 1) in {"factor", "factors"})


# Clinical names that hold an importance adjective: "critical care", "essential tremor", "vital signs".
_CLINICAL_AFTER = words("clinical_after")


def not_clinical_term(c: Context) -> bool:
    """"Critical", "essential", "vital", "bright" are importance or quality claims ("a critical
    breakthrough", "a bright future") but part of a clinical name in "critical care", "essential
    tremor", "vital signs", "essential medicines", "bright light therapy", or of a product's name
    ("Essential Cleanse").

    Prevents names of wards, diseases and measurements counting as promotional wording
    (Millar, Batalo & Budgell 2022 count the evaluative adjective).
    """
    return c.word(c.end) not in _CLINICAL_AFTER and c.word(c.start - 1) not in {"critically"} and not _in_a_title(c)


def _in_a_title(c: Context) -> bool:
    """A capitalised word inside a lower-case sentence, before another capitalised word: part of
    a name ("Garcinia Essentials and Essential Cleanse", "Critical Care Medicine")."""
    if c.at_sentence_start or c.end >= c.last:
        return False
    before, first, following = c.surface(c.start - 1), c.surface(c.start), c.surface(c.end)
    return (first[:1].isupper() and not first.isupper() and following[:1].isupper()
            and not following.isupper() and before[:1].islower())


def evaluative_best(c: Context) -> bool:
    """"The best cream available" rates; "how best to treat", "the best way to", "best
    practices", "at best", "best known", "for best results" are idioms that rate nothing, and
    "which method is best", "decide what is the best approach" search for the best rather than
    name it.

    Prevents fixed phrases counting as quality claims (Millar, Batalo & Budgell 2022 count the
    evaluative adjective).
    """
    before, after = c.word(c.start - 1), c.word(c.end)
    if before == "for" and after == "results":  # "use both for best results": a direction for use
        return False
    if {"what", "which", "whichever"} & set(c.before(5)):  # "which method is best": a search, not a rating
        return False
    return not (before in {"how", "at", "what", "whichever"} or after in {"way", "ways", "practice", "practices", "known", "to", "selling", "interests", "interest", "friend", "friends"})


def key_as_evaluation(c: Context) -> bool:
    """"Key" rates something when it is said to be key ("exercise is key", "the key to success",
    "key for patients"), not as a classifying attribute ("key risk factors", "a key cellular
    reaction", "2 Key Ingredients"), which news and methods use without selling.

    Prevents the attributive "key" counting as hype (precision audit, tests/audit: none of the
    attributive uses sold anything; Millar, Batalo & Budgell 2022 count the evaluative adjective).
    """
    after = c.word(c.end)
    return after in {"to", "for", ""} or c.word(c.start - 1) in {"is", "are", "was", "were", "be", "been", "remains"}


def adjective_not_verb(c: Context) -> bool:
    """"Perfect" rates ("the perfect solution") but "to perfect the operation" is the verb:
    improve until right.

    Prevents the verb counting as a quality claim.
    """
    return not (c.word(c.start - 1) == "to" and c.word(c.end) in {"the", "a", "an", "his", "her", "their", "its", "our", "this"})


def not_a_programme_name(c: Context) -> bool:
    """"Breakthrough Therapy designation" and the "Breakthrough Devices Program" are names of FDA
    programmes a release reports, not the writer calling a result a breakthrough.

    Prevents a regulatory status counting as a red-flag claim (FDA, "Breakthrough Therapy"
    guidance 2014; FTC 2022 red flags concern the marketer's own claims).
    """
    return not (c.word(c.end) in {"therapy", "device", "devices"} and c.word(c.end + 1) in {"designation", "designations", "program", "programme", "status"})


def not_a_directive(c: Context) -> bool:
    """"It is important to note / to talk to your doctor" frames advice or a reminder to the
    reader (Hyland 2005 lists "it is important to" among engagement markers), not a claim that a
    finding matters ("an important advance").

    A sentence adverbial ("Just as important, the tests ...", "More important, ...") links two
    points of the text (a discourse marker), it does not rate a finding.

    Prevents advice frames and discourse markers counting as importance claims.
    """
    if c.start - c.first <= 2 and "," in c.gap_before(c.end):  # "Just as important, the tests ..."
        return False
    return not (c.word(c.end) == "to" or c.word(c.end) == "that" and c.word(c.start - 1) in {"is", "was", "it's"})


_NOUN_BEFORE_SHOW = words("noun_before_show")


def show_is_a_verb(c: Context) -> bool:
    """"Studies show that ...", "the data shows" report a finding; "the TV show that made her
    famous", "talk shows" name a programme.

    Prevents the noun "show" counting as a booster (Hyland 2005 lists the verb).
    """
    before = c.word(c.start - 1)
    return not (before in _NOUN_BEFORE_SHOW or before.endswith("'s") and before not in {"it's", "that's"})


def hope_offered(c: Context) -> bool:
    """"hope" is an emotional appeal when it is offered to readers ("new hope for patients",
    "gives rare hope to doctors", "could offer hope for", "raising hopes for", "the hope the study
    offers"), not when someone states an aim or wish ("we hope to", "the company hopes to win
    approval", "the hope is that the cells will repair", "my greatest hope was") nor in a name
    ("City of Hope", the HOPE trial).

    Prevents counting aspirations, common in cautious releases and patients' stories, as hype
    (Sumner et al. 2014 on appeals; the appeal is the hope held out to the reader).
    """
    after = c.tokens.words[c.end:min(c.last, c.end + 3)]
    if c.surface(c.start).isupper() or c.surface(c.start)[:1].isupper() and not c.at_sentence_start:
        return False  # "City of Hope", "SPRINT and HOPE"
    return (c.word(c.start - 1) in _HOPE_OFFERING or c.word(c.start - 2) in _HOPE_OFFERING
            or c.word(c.end) == "for" or any(w in _HOPE_OFFERING for w in after) or _exclaimed(c))


# Words that hold hope out to someone: "offers hope", "gives rare hope", "raising hopes for".
_HOPE_OFFERING = words("hope_offering")


def not_an_aim(c: Context) -> bool:
    """A causal verb after "to" states an aim ("measures to reduce infections", "needed to
    improve care"), not a finding that something reduces or improves anything.

    Prevents aims and recommendations reading as direct causal claims (Yu et al. 2019 label
    them "no relationship").
    """
    if c.end - c.start > 1 or c.word(c.start - 1) != "to":
        return True
    # "appears to influence", "was shown to reduce": a (hedged) claim, not an aim
    return c.word(c.start - 1) == "to" and c.word(c.start - 2) in _CLAIM_BEFORE_TO


_CLAIM_BEFORE_TO = words("claim_before_to")


_MINIMISERS = words("minimisers")


_FAVOURABLE = words("favourable")


def harm_not_minimised(c: Context) -> bool:
    """Harms named only to say the treatment avoids them ("without the side effects of surgery",
    "fewer complications", "minimal side effects", "prevents swelling") or welcomes them ("a
    welcome side effect") are a selling point, not a disclosure.

    Prevents promotional comparisons counting as harms disclosed (HealthNewsReview.org
    criterion 3 asks for the harms of the intervention itself). "No serious adverse events
    occurred" still counts: it reports what the trial observed.
    """
    return not any(w in _MINIMISERS or w in _FAVOURABLE for w in c.before(3))


_RAISED = words("raised")
_LOWERED = _MINIMISERS | {"decrease", "decreased", "decreases", "cut", "cuts", "prevent", "prevents", "prevented",
                          "preventing", "avoid", "lowered", "lowers", "reducing", "drop", "dropped", "declined"}


def risk_raised(c: Context) -> bool:
    """Words that usually name the disease ("risk of", "death", "infection") disclose a harm only
    where the text says something raises them ("increases the risk of heart attack", "linked to a
    higher risk of dementia"), not where the treatment lowers them or the disease is described
    ("reduced the risk of stroke", "the leading cause of death").

    Prevents the burden of the disease counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention).
    """
    window = c.before(5)
    if "leading" in window:  # "the third leading cause of death": a ranking of the disease
        return False
    if any(w in {"not", "no", "never"} or w.endswith("n't") for w in window):  # "does not cause"
        return False
    return any(w in _RAISED for w in window) and not any(w in _LOWERED for w in window)



# A denominator: "of 120 patients", "out of 40", "among 300", "n = 52", "120 participants".
_DENOMINATOR = pattern("denominator")
# A second figure to compare with: another percentage, or "compared with 40".
_OTHER_FIGURE = pattern("other_figure")
# A citation: "(Smith et al., 2019)", "[12]", a DOI, a named journal or named source
# ("researchers report in JAMA", "appeared in The Lancet").
_CITATION = pattern("citation")
# Two groups set side by side: "among women who took hormones and women who didn't". A bare
# "compared with the control group" is not enough: the reader still lacks the other figure.
_COMPARISON = pattern("comparison")
# A percentage that measures no outcome: an offer ("10% off", "100% satisfaction guarantee", "100%
# zero risk"), a composition ("100% natural", "60-70% purity"), a state of mind ("100% convinced").
_NOT_OUTCOME_AFTER = pattern("not_outcome_after")
# A share of a market, not of patients: "90% of the imitation products out there", "90% of all
# brands are less than 30% extract".
_SHARE_OF_PRODUCTS = pattern("share_of_products")
# A rate of harm: "6.9 percent of patients suffered major cardiac events", "45% dropped out".
_HARM_NEAR = pattern("harm_near")
_REDUCED_NEAR = pattern("reduced_near")


def _is_outcome_figure(c: Context) -> bool:
    if _NOT_OUTCOME_AFTER.match(c.text, c.match_end) or _SHARE_OF_PRODUCTS.match(c.text, c.match_end):
        return False
    window = c.text[max(c.sentence_start, c.match_start - 60):min(c.sentence_end, c.match_end + 60)]
    return not (_HARM_NEAR.search(window) and not _REDUCED_NEAR.search(window))


def _statistic_is_unsourced(c: Context) -> bool:
    origin = max(c.sentence_start, c.match_start - _QUOTE_WINDOW)
    sentence = c.text[origin:min(c.sentence_end, c.match_end + _QUOTE_WINDOW)]
    start, end = c.match_start - origin, c.match_end - origin
    rest = sentence[:start] + " " + sentence[end:]
    return not (_DENOMINATOR.search(sentence) or _OTHER_FIGURE.search(rest) or _CITATION.search(sentence)
                or _COMPARISON.search(sentence))


def unsourced_statistic(c: Context) -> bool:
    """A percentage of an outcome with no denominator ("of 120 patients"), no figure or group to
    compare it with ("70% vs 40%", "women who took hormones and women who didn't") and no citation in its
    sentence ("nearly 70% improved"; "researchers report in JAMA" is a citation).

    Generic attributions ("studies have shown", "researchers found") are not sources: they name
    no study a reader could check (HealthNewsReview.org criterion 2; Sumner et al. 2014).
    Percentages that measure no outcome ("10% off", "100% natural") and rates of harm ("6.9
    percent suffered major cardiac events") are not benefit statistics at all.
    """
    return _is_outcome_figure(c) and _statistic_is_unsourced(c)


def sourced_statistic(c: Context) -> bool:
    """A percentage of an outcome that comes with its context: the complement of
    ``unsourced_statistic`` among outcome figures."""
    return _is_outcome_figure(c) and not _statistic_is_unsourced(c)


_CONDITIONAL = words("conditional")
# "surgery that might cure the problem", "a vaccine able to cure": a possibility, not a claim.
_HEDGING_MODALS = words("hedging_modals")
_OFFER = pattern("offer")


def asserted_claim(c: Context) -> bool:
    """An absolute or safety claim is made when the text asserts it: not in a question ("Is it
    always expensive botox?"), not under a condition ("if proven safe and effective"), and not
    when the capitals spell an acronym ("high-risk ALL patients": acute lymphoblastic leukaemia).

    Modals of possibility ("surgery that might cure the problem") make it a possibility too.

    Prevents questions, hypotheses and acronyms counting as claims the FTC would ask evidence for
    (FTC Health Products Compliance Guidance 2022 concerns claims conveyed to the reader).
    """
    if c.sentence.rstrip().rstrip("\"'”)").endswith("?"):
        return False
    if any(w in _CONDITIONAL for w in c.before(6)) or any(w in _HEDGING_MODALS for w in c.before(3)):
        return False
    surface = c.surface(c.start)
    following = c.surface(c.end) if c.end < c.last else ""
    return not (len(surface) > 1 and surface.isupper() and not following.isupper())


def cure_claimed(c: Context) -> bool:
    """"Cures" and "cure" claim that a treatment ends a disease ("it cures arthritis"), not in a
    measure or an aim: "cure rates", "a higher cure rate", "treat with intent to cure".

    Prevents outcome measures and treatment goals counting as absolute claims (FTC Health
    Products Compliance Guidance 2022 concerns claims that a product cures).
    """
    if c.word(c.end) in {"rate", "rates"} or "intent" in c.before(2):
        return False
    return asserted_claim(c)


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
    near = c.text[max(c.sentence_start, c.match_start - 40):min(c.sentence_end, c.match_end + 40)]
    return asserted_claim(c) and not _OFFER.search(near)


# Funding wording, and the kinds of body that fund research (a name beside "supported by").
_FUNDING_CONTEXT = pattern("funding_context")


# Funding asked for, not received: "applied for funding", "seeking funding for larger studies",
# "drafting a grant proposal to the NIH".
_SOUGHT = pattern("sought")
_SOUGHT_REACH = 60
# What "supported by" names when it is evidence, not money: "supported by multiple published
# clinical studies", "a finding supported by Tuesday's study".
_EVIDENCE_AFTER = words("evidence_after")


def funding_received(c: Context) -> bool:
    """"Funding", "grant" and "supported by" say who paid only when the money was received for
    the work: not when it is sought ("have applied for funding", "seeking funding for larger
    studies", "a grant proposal"), not in an institution's ranking ("ranked in the top 20 in
    research funding"), and "supported by" not when evidence supports a claim ("a finding
    supported by Tuesday's study", "supported by published clinical studies").

    Prevents plans and epistemic support counting as funding disclosed (HealthNewsReview.org
    criterion 9 asks who paid for the work that is reported).
    """
    if _SOUGHT.search(c.text, max(c.sentence_start, c.match_start - _SOUGHT_REACH), c.match_start):
        return False
    if c.word(c.end) in {"proposal", "proposals", "application", "applications"}:
        return False
    if c.tokens.words[c.end - 1] == "by":
        following = [i for i in range(c.end, min(c.last, c.end + 4))]
        evidence = [i for i in following if c.word(i) in _EVIDENCE_AFTER and not c.surface(i)[:1].isupper()]
        grants = [i for i in following if c.word(i).startswith(("grant", "fund", "award"))]
        return not evidence or bool(grants)
    return True


def funding_context(c: Context) -> bool:
    """A funder's name or a word like "foundation" or "supported by" says who paid only next to
    funding wording or another funding body elsewhere in its sentence ("supported by the National
    Institutes of Health", "employees of the NIH"), not in "the National Osteoporosis Foundation
    recommends", "a foundation for health" or "a finding supported by Tuesday's study".

    Prevents names of agencies and charities counting as funding disclosed (HealthNewsReview.org
    criterion 9 asks who paid for the work).
    """
    # the sentence and a little beyond: a funding note is often one line split over two
    near = c.text[max(0, c.match_start - _FUNDING_REACH):c.match_start] + " " + \
        c.text[c.match_end:c.match_end + _FUNDING_REACH]
    return bool(_FUNDING_CONTEXT.search(near)) and funding_received(c)


_FUNDING_REACH = 120


_NOT_AN_OPTION = words("not_an_option")


def other_option(c: Context) -> bool:
    """A comparison sets the intervention beside an alternative when what follows is another
    treatment ("compared with standard chemotherapy"), not a placebo or a sham ("compared with
    9 percent on placebo") or the weighing of benefits "versus risks".

    Prevents placebo-controlled results counting as alternatives discussed (HealthNewsReview.org
    criterion 6: existing options a patient could choose).
    """
    return not any(w in _NOT_AN_OPTION for w in c.tokens.words[c.end:min(c.last, c.end + 10)])


# What sets a treatment beside the one discussed: "without surgery", "instead of", "or botox",
# "avoid", "versus", "considered surgery but", "couldn't afford", "not getting surgery".
_AS_OPTION = words("as_option")
_OPTION_REACH = 6


def named_as_option(c: Context) -> bool:
    """A treatment's name ("surgery", "chemotherapy", "medications", "diet and exercise") is an
    alternative discussed only where the text sets it beside the intervention as another
    option: "without the pain or down time of surgery", "she even considered plastic surgery
    but", "instead of antidepressants", "surgery or radiation". Not where it is the intervention
    itself or its setting ("getting bilateral knee replacement surgery", "bleeding during
    surgery", "improve response to chemotherapy").

    Prevents the story's own treatment counting as alternatives discussed (HealthNewsReview.org
    criterion 6: does the story compare the new approach with existing options?).
    """
    words = c.tokens.words
    near = words[max(c.first, c.start - _OPTION_REACH):c.start] + words[c.end:min(c.last, c.end + 3)]
    return any(w in _AS_OPTION or w.endswith("n't") for w in near)


_SUPERLATIVE = words("superlative")
_NOT_THE_INTERVENTION = words("not_the_intervention")


def available_intervention(c: Context) -> bool:
    """"Available", "on the market" tell a reader how to get the intervention; not in "results
    would not be available", "available online at", or in a superlative ("the purest extract on
    the market", "the best cream available anywhere"), which rates rather than tells access.

    Prevents data, documents and sales superlatives counting as availability disclosed
    (HealthNewsReview.org criterion 7).
    """
    window = c.before(6)
    if any(w in _SUPERLATIVE or (w.endswith("est") and len(w) > 5) for w in window):
        return False
    nearby = set(c.before(4)) | set(c.tokens.words[c.end:min(c.last, c.end + 2)])
    return not nearby & _NOT_THE_INTERVENTION


# Words of a regulator's decision on access: "FDA-approved", "the FDA cleared", "FDA review".
_REGULATORY_DECISION = pattern("regulatory_decision")
# Drug classes named by "prescription": "prescription painkiller addicts", "prescription diet pills".
_PRESCRIPTION_CLASS = words("prescription_class")


def regulator_deciding(c: Context) -> bool:
    """The FDA's name tells a reader about access only where its sentence says what the agency
    decided or reviews ("FDA-approved", "the FDA cleared", "under FDA review"), not where the
    agency warns, is written to ("report side effects to the FDA", "www.fda.gov/medwatch") or is
    described.

    Prevents every mention of a regulator counting as availability disclosed
    (HealthNewsReview.org criterion 7: is the approval status and availability explained?).
    """
    return bool(_REGULATORY_DECISION.search(c.text, c.sentence_start, c.sentence_end)) and not (
        c.match_start > 0 and c.text[c.match_start - 1] == ".")  # "www.fda.gov": a web address


def prescription_as_access(c: Context) -> bool:
    """"By prescription", "without a prescription", "non-prescription" tell access; "prescription
    painkiller addicts", "prescription diet pills" name a class of drugs.

    Prevents drug classes counting as availability disclosed (HealthNewsReview.org criterion 7).
    """
    return c.word(c.end) not in _PRESCRIPTION_CLASS


def not_in_a_name(c: Context) -> bool:
    """Title-case words inside a name ("NIHR Clinical Trials Fellow", "Clinical Trial Service
    Unit") name an office, not a trial of the intervention.

    Prevents job titles and unit names counting as trial or availability cues.
    """
    if c.at_sentence_start or c.end >= c.last:
        return True
    first, following = c.surface(c.start), c.surface(c.end)
    return not (first[:1].isupper() and following[:1].isupper() and not following.isupper())


RULES: dict[str, Callable[[Context], bool]] = {
    "offered_to_reader": offered_to_reader,
    "link_with_object": link_with_object,
    "not_astonishment": not_astonishment,
    "show_is_a_verb": show_is_a_verb,
    "not_statistical": not_statistical,
    "evaluative_best": evaluative_best,
    "not_a_directive": not_a_directive,
    "key_as_evaluation": key_as_evaluation,
    "adjective_not_verb": adjective_not_verb,
    "not_a_programme_name": not_a_programme_name,
    "not_clinical_term": not_clinical_term,
    "risk_raised": risk_raised,
    "asserted_claim": asserted_claim,
    "not_an_offer": not_an_offer,
    "always_of_effect": always_of_effect,
    "cure_claimed": cure_claimed,
    "funding_context": funding_context,
    "funding_received": funding_received,
    "other_option": other_option,
    "available_intervention": available_intervention,
    "not_in_a_name": not_in_a_name,
    "regulator_deciding": regulator_deciding,
    "prescription_as_access": prescription_as_access,
    "named_as_option": named_as_option,
    "harm_not_minimised": harm_not_minimised,
    "not_an_aim": not_an_aim,
    "unsourced_statistic": unsourced_statistic,
    "sourced_statistic": sourced_statistic,
    "hope_offered": hope_offered,
    "may_not_month": may_not_month,
    "not_negated_ability": not_negated_ability,
    "epistemic_think": epistemic_think,
    "likely_not_attributive": likely_not_attributive,
    "appear_with_complement": appear_with_complement,
    "before_a_number": before_a_number,
    "reader_directed": reader_directed,
}

_NEGATIONS = words("negations")
# "so-called", "billed as", and the words that report a belief the writer does not share ("the
# perception that it's all natural", "the myth that", "the company claims").
_ATTRIBUTIONS = words("attributions")
_QUOTES = '"\u201c\u201d'
_CLAUSE_BREAK = pattern("clause_break")
# How far back a negation or attribution reaches: "not a miracle", "is not really a
# miracle", "some people call it a miracle". Four tokens back, never past a clause break, keep
# "no" in an earlier clause out.
_REACH = 4
# A quotation this short is a term held at arm's length, not a quoted sentence.
_SCARE_QUOTE_WORDS = 4
# How far either side of a match the rules read: far beyond any real clause, and a bound that
# keeps one enormous unpunctuated "sentence" linear rather than quadratic.
_QUOTE_WINDOW = 300


def mention_reason(c: Context) -> str | None:
    """Why this match is a mention rather than the writer's own use, or None if it is a use."""
    first_start, last_end = c.tokens.starts[c.start], c.tokens.ends[c.end - 1]
    window = c.before(_REACH)
    # stop at a clause break: "No side effects were seen, and it is a miracle" is a use
    for back in range(1, len(window) + 1):
        index = c.start - back
        if _CLAUSE_BREAK.search(c.gap_before(index + 1)):
            window = window[len(window) - back + 1:]
            break
    # "not only promising but ..." and "not just new" intensify rather than negate
    intensified = any(a == "not" and b in {"only", "just", "merely"} for a, b in zip(window, window[1:]))
    if not intensified and any(w in _NEGATIONS or w.endswith("n't") for w in window):
        return "negated"
    if any(w in _ATTRIBUTIONS for w in window):  # "so-called" tokenises to "so", "called"
        return "attributed"
    # Scare quotes around the term itself ('a so-called "game-changer"') make it a mention;
    # a quoted sentence from a researcher ('"a game-changer for women," she said') is the
    # text's own promotion, and HealthNewsReview judges releases on their quotes too.
    # (a window, not the whole sentence: a 1 MB "sentence" must not cost 1 MB per finding)
    before_text = c.text[max(c.sentence_start, first_start - _QUOTE_WINDOW):first_start]
    opening = max(map(before_text.rfind, _QUOTES + "'"))
    if opening >= 0 and before_text[opening] == "'" and before_text[opening - 1:opening].isalnum():
        opening = -1  # an apostrophe ("patient's"), not a quote
    if opening >= 0:
        after_text = c.text[last_end:last_end + 80]
        closing = min((i for i in (after_text.find(q) for q in _QUOTES + "'") if i >= 0), default=-1)
        quoted = before_text[opening + 1:] + c.text[first_start:last_end] + after_text[:max(closing, 0)]
        if closing >= 0 and len(quoted.split()) <= _SCARE_QUOTE_WORDS:
            return "quoted"
    return None


# --- Rules added for health marketing (issue 15) --------------------------------------------

# Words after which a bare verb ("order", "buy", "claim", "click") is said to the reader:
# "please order", "simply click", "order now" when it opens the sentence.
_ADDRESS_BEFORE = words("address_before")
# "to" + verb is addressed to the reader after these ("how to order", "click here to claim").
_ADDRESS_BEFORE_TO = words("address_before_to")


def purchase_directed(c: Context) -> bool:
    """A purchase verb ("order", "buy", "claim", "click", "try it") is a call to action only when
    said to the reader: as an imperative that opens its sentence ("Order today", "Click to
    claim"), after "please"/"simply", in "To order your bottle, follow the link", "how to buy".

    Prevents "in order to", "you can buy it at health food stores" (consumer news), "doctors
    now order a PSA test", "if parents want to try it" counting as calls to action (FTC .com Disclosures: the call is the
    point of purchase offered to the reader, not any mention of buying).
    """
    before = c.word(c.start - 1)
    if c.at_sentence_start or before in _ADDRESS_BEFORE:
        return True
    if before == "to":
        return c.start - 1 == c.first or c.word(c.start - 2) in _ADDRESS_BEFORE_TO
    return False


# A negation that denies a harm: "no side effects", "none of the dangerous side effects",
# "zero risks", "never any side effects", "does not cause cardiac toxicity", "I haven't had any".
_DENIALS = words("denials")
# Harms a negation names rather than denies: "not well tolerated" discloses a harm.
_NEGATION_DISCLOSES = words("negation_discloses")
_POORLY = words("poorly")
# A qualified denial reports a trial's observation ("no serious side effects", "no increased
# risk"); sales copy denies every harm outright ("no side effects", "no harmful side effects").
_REPORT_QUALIFIERS = words("report_qualifiers")
# Verbs that report what a trial observed: "no serious adverse events occurred" discloses.
_OBSERVED = re.compile(
    r"\b(?:report|reported|reports|observed|occurred|occur|seen|noted|recorded|detected|experienced|"
    r"developed|found|identified|documented|emerged)\b",
    re.IGNORECASE,
)
_DENIAL_REACH = 5
# How near the denial the observing verb must stand to make it a report: "no serious adverse
# events occurred", "patients reported no side effects"; not "a study found that people lost
# 12% of their body fat - with zero side effects", where "found" governs the weight loss.
_OBSERVED_REACH = 6


def harm_not_denied(c: Context) -> bool:
    """A harm named only to deny it ("100% safe with no side effects", "none of the dangerous
    side effects", "without any side effects") is a safety claim, not a disclosure of harms;
    harms avoided or minimised (``harm_not_minimised``) do not count either.

    Prevents a sales page's "no side effects" ticking harms as disclosed (HealthNewsReview.org
    criterion 3; FTC Health Products Compliance Guidance 2022 treats "no side effects" as a
    safety claim needing evidence). A trial's report stays a disclosure: "no serious adverse
    events occurred", "patients reported no side effects".
    """
    if not harm_not_minimised(c):
        return False
    window = c.before(_DENIAL_REACH)
    for back in range(1, len(window) + 1):  # a denial in an earlier clause does not reach
        if any(p in c.gap_before(c.start - back + 1) for p in ",;:.!?"):
            window = window[len(window) - back + 1:]
            break
    # a pattern's match may hold the denial itself: "100% safe with no side effects"
    window = window + c.tokens.words[c.start:c.end - 1]
    if c.tokens.words[c.end - 1] in _NEGATION_DISCLOSES:
        # "not well tolerated", "poorly tolerated" disclose; "well tolerated" is a safety claim
        return c.tokens.words[c.end - 1] != "tolerated" or any(
            w in _DENIALS or w.endswith("n't") or w in _POORLY for w in c.before(3))
    denied = any(w in _DENIALS or w.endswith("n't") for w in window)
    if not denied or any(w in _REPORT_QUALIFIERS for w in window):
        return True
    return _observed_by_others(c)


def _observed_by_others(c: Context) -> bool:
    """A verb of observation beside the denial ("no adverse events occurred", "patients reported
    no side effects") makes it a trial's report, unless the observer is the writer's "I": a
    testimonial's "I haven't experienced any side effects" is a safety claim."""
    # counted from the harm's last word: a pattern's match may be long ("12% of ... side effects")
    first = max(c.first, c.end - 1 - _DENIAL_REACH - _OBSERVED_REACH)
    last = min(c.last, c.end + _OBSERVED_REACH)
    near = c.tokens.words[first:last]
    if "i" in near or "i've" in near:
        return False
    return any(_OBSERVED.fullmatch(w) for w in near)


# What ties a symptom to an intervention or exposure: harm words, causal verbs, the treatment.
_TIED_TO_INTERVENTION = pattern("tied_to_intervention")
# How far before its sentence the tie may be: a list of effects often follows its lead-in line.
_TIE_REACH = 150


def adverse_effect_of_intervention(c: Context) -> bool:
    """A named symptom ("insomnia", "headaches", "weight gain") discloses a harm only where its
    sentence (or the line before) ties it to a treatment or exposure: "side effects included
    headache", "the drug can cause swelling", "patients taking it reported nausea". Not where it
    describes the disease or a life ("Symptoms can include sadness, insomnia", "her weight gain
    went out of control after an injury"), nor in a disease's name ("chronic fatigue syndrome").

    Prevents the symptoms of the condition counting as harms disclosed (HealthNewsReview.org
    criterion 3: the harms of the intervention; MedDRA terms name both symptoms and adverse
    reactions). Denied harms do not count either (``harm_not_denied``).
    """
    if c.word(c.end) in {"syndrome", "disorder"}:
        return False
    near = c.text[max(0, c.sentence_start - _TIE_REACH):c.sentence_end]
    return bool(_TIED_TO_INTERVENTION.search(near)) and harm_not_denied(c)


RULES.update({
    "purchase_directed": purchase_directed,
    "harm_not_denied": harm_not_denied,
    "adverse_effect_of_intervention": adverse_effect_of_intervention,
})


# --- Promotional tiers (issue 14): weak evaluative words, red-flag claims not made -----------

_INTENSIFIERS = words("intensifiers")
_PROMOTED_SUBJECTS = words("promoted_subjects")
_COPULAS = words("copulas")
_PHRASE_ENDS = words("phrase_ends")
_EXCLAIMED = re.compile(r"!['\"\u201d\u2019)\]]*\s*$")
# How far after the adjective its noun may be ("an important new treatment option"), and how far
# before a copula its subject ("long-acting treatment options can be essential").
_NOUN_REACH = 3
_SUBJECT_REACH = 4


def _exclaimed(c: Context, clause: bool = True) -> bool:
    """The sentence ends with "!" and, with ``clause``, no comma or semicolon stands between the
    match and it: "It's perfect!", not "the best surgeons refused, complications could kill her!"."""
    if not _EXCLAIMED.search(c.sentence):
        return False
    return not clause or not re.search(r"[,;:]", c.text[c.match_end:c.sentence_end])


def _rates_what_is_promoted(c: Context) -> bool:
    """The adjective modifies a noun naming the intervention, product or finding ("an important
    treatment option"), or is said of one ("early intervention is key")."""
    for index in range(c.end, min(c.last, c.end + _NOUN_REACH)):
        word = c.word(index)
        if word in _PROMOTED_SUBJECTS:
            return True
        gap = c.gap_before(index)
        if word in _PHRASE_ENDS or (_CLAUSE_BREAK.search(gap) and gap.strip() != ","):
            break  # a comma may join adjectives: "an incredibly soft, rich cream"
    window = c.before(3)
    copula = max((i for i, w in enumerate(window) if w in _COPULAS), default=None)
    if copula is None:
        return False
    at = c.start - len(window) + copula  # the copula's token index
    if c.word(at - 1) in _RELATIVE:  # "people who are suffering": the subject is the antecedent
        return c.word(at - 2) in _PROMOTED_SUBJECTS
    subject = c.tokens.words[max(c.first, at - _SUBJECT_REACH):at]
    return any(w in _PROMOTED_SUBJECTS for w in subject)


_RELATIVE = {"who", "which", "that"}


def _denied_in_clause(c: Context) -> bool:
    """A negation earlier in the clause: "no method of contraception is perfect"."""
    return any(w in _NEGATIONS or w.endswith("n't") for w in _clause_before(c))


def leaned_on(c: Context) -> bool:
    """A weak evaluative word ("important", "novel", "comprehensive", "perfect", "debilitating")
    counts where the writer leans on it: intensified ("truly novel", "critically important",
    "best of all"), exclaimed ("It's perfect!"), or rating the intervention, product or finding itself ("an
    important treatment option", "a novel therapy", "early intervention is key"). Elsewhere it is
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
    if _denied_in_clause(c):
        return False
    of_all = c.word(c.end) == "of" and c.word(c.end + 1) == "all"  # "best of all", "most important of all"
    # "extremely important for human health": need, a relation, however intensified
    intensified = c.word(c.start - 1) in _INTENSIFIERS and c.word(c.end) not in {"for", "to"}
    return intensified or of_all or _exclaimed(c) or _rates_what_is_promoted(c)


_EVIDENCE_VERBS = words("evidence_verbs")
_CONDITION_REACH = 12


def _clause_before(c: Context) -> list[str]:
    """The words before the match back to the last clause break (at most ``_CONDITION_REACH``)."""
    first = max(c.first, c.start - _CONDITION_REACH)
    for index in range(c.start, first, -1):
        if _CLAUSE_BREAK.search(c.gap_before(index)):
            return c.tokens.words[index:c.start]
    return c.tokens.words[first:c.start]


def red_flag_claimed(c: Context) -> bool:
    """A red-flag phrase is a claim where the text makes it: not where its clause denies the
    evidence for it ("the findings don't suggest that red wine is a cure for Alzheimer's", "no
    evidence that it is a miracle"), asks whether it holds ("studies will determine whether the
    drug works without side effects"), or reports what a trial observed ("there were no side
    effects in the trial", a past observation; "there are no side effects" is a claim).

    Prevents reported and debunked red flags, beyond the four words a mention reaches, counting
    as the writer's own claims (FTC Health Products Compliance Guidance 2022 concerns claims
    conveyed to the reader).
    """
    clause = _clause_before(c)
    negated = [i for i, w in enumerate(clause) if w in _NEGATIONS or w.endswith("n't")]
    if any(w in _EVIDENCE_VERBS for i in negated for w in clause[i + 1:i + 4]):
        return False
    if "whether" in clause:
        return False
    # "there were no side effects": a past observation reported; "there are no side effects" claims
    return not (c.tokens.words[c.end - 1] in {"effects", "effect"} and clause[-2:] in (["there", "were"], ["there", "was"]))


_HEDGED_ATTITUDE = words("attitude_hedges")


def attitude_unhedged(c: Context) -> bool:
    """"Cautiously optimistic", "guardedly hopeful", "modestly encouraging" withhold the feeling
    the word alone would press on the reader: a hedge (Hyland 2005), the restraint
    HealthNewsReview.org asks of stories, not hype.

    Prevents measured attitudes counting as promotional wording (Millar, Batalo & Budgell 2022
    count the attitude adjective as hype when it is asserted).
    """
    return c.word(c.start - 1) not in _HEDGED_ATTITUDE


_NARRATIVE_PAST = words("narrative_past")
_AUXILIARIES = {"has", "have", "had", "'ve", "'s", "i've", "we've", "they've", "you've", "it's", "he's", "she's"}


def finally_as_relief(c: Context) -> bool:
    """"Finally" appeals to relief when it says a long wait for a remedy ends ("we can finally do
    something about this disease", "a male pill may finally be on the horizon", "Finally, a diet
    that works!"), not as a discourse marker that orders points ("Finally, the researchers
    note ...", "and finally that products may harm") nor in a story's past ("when it finally
    happened", "she finally had the operation", "Finally one day, he called").

    Prevents sequencing and narrative counting as an emotional appeal (Sumner et al. 2014 on
    appeals; the reader is promised the end of a wait).
    """
    after, before = c.word(c.end), c.word(c.start - 1)
    if "," in c.gap_before(c.end) or before == "and":  # "Finally, ..." / "and finally": a list's last point
        return _exclaimed(c, clause=False) and c.at_sentence_start  # unless exclaimed: "Finally, a diet that works!"
    if "when" in c.before(4) or "until" in c.before(4):
        return False
    told = after in _NARRATIVE_PAST or (after.endswith("ed") and len(after) > 4)
    return not (told and before not in _AUXILIARIES) and not (c.at_sentence_start and after in {"one", "after"})


_LITERAL_CHANGE_AFTER = words("literal_change_after")


def change_claimed(c: Context) -> bool:
    """"Reverse", "transform" claim what a treatment does ("exercise can reverse damage", "could
    transform the way blood pressure is treated"); "transform into heart tissue" is a literal
    change of form, and "reverse total shoulder arthroplasty", "reverse transcriptase" are names.

    Prevents names and literal changes counting as utility hype (Millar, Batalo & Budgell 2022,
    utility).
    """
    return c.word(c.end) not in _LITERAL_CHANGE_AFTER


def promising_adjective(c: Context) -> bool:
    """"Promising results" rates a finding; "we have been promising for years", "promising to
    cut prices" is the verb: making a promise.

    Prevents the verb counting as an attitude word (Vinkers et al. 2015 count the adjective).
    """
    before = c.word(c.start - 1)
    return not (before == "been" or before in {"is", "are", "was", "were", "am", "be"} and c.word(c.end) in {"to", "that"})


def at_last_relief(c: Context) -> bool:
    """"At last" appeals to relief ("relief at last"), but "at last count", "at last year's
    meeting" date something.

    Prevents time expressions counting as an emotional appeal.
    """
    return c.word(c.end) not in {"count", "night", "week", "weekend", "month", "year", "year's", "season", "check", "report"}


# Words of research and discovery: a first among them is a priority claim ("the study showed for
# the first time", "scientists for the first time have used gene therapy").
_DISCOVERY = pattern("discovery")


def priority_claimed(c: Context) -> bool:
    """"For the first time" sells a finding as a first when it frames one: opening its sentence
    or clause ("For the first time, this study demonstrates ...") or in a sentence about
    research ("the study showed for the first time", "scientists for the first time have used").
    A person's first ("screened for the first time", "ordered the test for the first time last
    month", "I felt well for the first time in years") is a story, shown but not counted.

    Prevents personal firsts counting as claims of priority (Millar, Batalo & Budgell 2022,
    novelty; Sumner et al. 2014 on releases' claims of a first).
    """
    if c.at_sentence_start or "," in c.gap_before(c.start) or c.word(c.start - 1) in {"but", "and", "now"}:
        return True
    return bool(_DISCOVERY.search(c.text, c.sentence_start, c.sentence_end))


def encouraging_adjective(c: Context) -> bool:
    """"Encouraging results", "it is encouraging to see" rate a finding; "in encouraging elastin
    synthesis", "encouraging patients to walk their pets" is the verb encourage, with its object.

    Prevents the verb counting as an attitude word (Vinkers et al. 2015 count the adjective).
    """
    if c.word(c.end) != "to" and "to" in (c.word(c.end + 1), c.word(c.end + 2)):
        return False  # "encouraging patients to walk": encourage someone to do something
    return not (c.word(c.start - 1) in {"in", "by", "for", "of", "at", "from", "without", "about"}
                and c.word(c.end) not in _RESULT_NOUNS)


_RESULT_NOUNS = {"data", "evidence", "finding", "findings", "news", "outcome", "outcomes", "response", "responses",
                 "result", "results", "sign", "signs", "trend", "trends"}


RULES.update({
    "priority_claimed": priority_claimed,
    "encouraging_adjective": encouraging_adjective,
    "promising_adjective": promising_adjective,
    "at_last_relief": at_last_relief,
    "finally_as_relief": finally_as_relief,
    "change_claimed": change_claimed,
    "attitude_unhedged": attitude_unhedged,
    "leaned_on": leaned_on,
    "red_flag_claimed": red_flag_claimed,
})
