"""Harms: a denial that reaches the harm through the noun phrase it heads.

``harm_not_denied`` (whose_harm) reads a denial a few words before the harm ("no side effects",
"without any side effects"). A negator also denies what stands in the complement of the noun it
heads: "no customer complaints of stimulant-like side effects", "there are no grounds to suspect
appreciable long-term adverse effects", and the negative nouns "the lack of side effects", "the
absence of complications" deny as "no" does. The negation's scope runs to the end of the noun
phrase, through its of-complement or to-infinitive (Quirk et al. 1985, 10.64-10.66 on the scope
of negation; Huddleston & Pullum 2002, ch. 9, "lack" and "absence" among the negators that are
not verbal). This module reads that scope and keeps harm_not_denied's two exceptions, which the
audit guide's settled convention on a reported absence of harm asks for: a qualified denial
("its lack of severe side effects", a trial's report) and one beside a verb of observation ("the
review found no sign of serious side effects", "no reports of ...") still disclose.
"""

from __future__ import annotations

import re

from .base import Context, pattern, registry
from .whose_harm import _REPORT_QUALIFIERS, _observed_by_others, harm_not_denied

_DENIED_THROUGH_HEAD = pattern("harms_denied_through_head")


def harm_not_denied_in_its_phrase(c: Context) -> bool:
    """A harm counts as ``harm_not_denied`` has it, and not where a denial reaches it through the
    noun phrase the denial heads: "no complaints of side effects", "no grounds to suspect adverse
    effects", "the lack of side effects", "the absence of complications" are safety claims (or a
    success criterion), not harms told. A qualified or observed absence stays a disclosure ("its
    lack of severe side effects", "researchers found no sign of liver damage").

    Prevents general assurances that a product has no harms counting as harms disclosed
    (HealthNewsReview.org criterion 3; FTC Health Products Compliance Guidance 2022 on "no side
    effects" as a safety claim; the dev audit's safety_claim and not_disclosure errors, round 19)."""
    return harm_not_denied(c) and not _denied_through_head(c)


def _denied_through_head(c: Context) -> bool:
    """Whether a negated head noun ("no complaints of", "no grounds to suspect", "lack of",
    "absence of") stands before the harm in its clause, with at most three modifiers between, none
    of them a report's qualifier, and no verb of observation near."""
    lead = c.text[max(c.sentence_start, c.match_start - 120):c.match_start]
    found = _DENIED_THROUGH_HEAD.search(lead)
    if not found:
        return False
    if set(re.findall(r"[\w-]+", found.group(0).lower())) & _REPORT_QUALIFIERS:
        return False
    return not _observed_by_others(c)


RULES = registry(harm_not_denied_in_its_phrase)
