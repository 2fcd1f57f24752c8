"""Stage 2, text: normalise, split into sentences, and tokenise.

``prepare(raw)`` is the stage's one public function. Everything downstream reads the
``PreparedText`` it returns and never the raw string, so spans are consistent everywhere.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .directives import Directives, parse as parse_directives
from .boilerplate import BoilerplateSpan, find_boilerplate, mark_boilerplate
from .headings import mark_headings
from .language import Language, detect_language
from .normalise import normalise
from .sentences import Sentence, find_references_start, split_sentences
from .tokens import Tokens, lowered, word_tokens

__all__ = ["BoilerplateSpan", "Directives", "Language", "PreparedText", "Sentence", "Tokens", "prepare"]


@dataclass(frozen=True)
class PreparedText:
    """The document as the measures see it.

    ``text`` is the normalised text, character for character the same length as the input,
    so every span also slices the original.
    """

    text: str
    sentences: tuple[Sentence, ...]
    references_start: int | None
    tokens: Tokens  # the words of the whole text, lower-cased, with spans
    sentence_tokens: tuple[range, ...]  # which tokens each sentence holds, one range per sentence
    directives: Directives = Directives()  # inline control written in the text (directives.py)
    boilerplate: tuple[BoilerplateSpan, ...] = ()  # site furniture, kept out of the counts
    language: Language = Language("en", 1.0, "function words")
    # ``text`` lower-cased (tokens.lowered), as the tokens were read: the matcher's needle pass reads it
    # too, and lower-casing a page again cost a twentieth of the lexicon patterns' time (round 37)
    lowered: str | None = None

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences before the reference list and outside boilerplate: what wording counts
        and readability read."""
        return tuple(s for s in self.sentences if not s.in_references)


def prepare(raw: str, directives: Directives | None = None) -> PreparedText:
    """``directives``: those a loader found in the source (Markdown, HTML comments), already in
    text offsets; None: read them from ``raw`` itself (plain text, corpus rows)."""
    if directives is None:
        directives = parse_directives(raw)
    text = normalise(directives.blank(raw))
    references_start = find_references_start(text)
    # issue 15 hook: site furniture is flagged like the reference list (text/boilerplate.py)
    sentences = split_sentences(text, references_start)
    low = lowered(text)
    tokens = word_tokens(low)
    boilerplate = find_boilerplate(text, sentences, tokens)
    sentences = mark_headings(mark_boilerplate(sentences, boilerplate), text)
    # sentence boundaries fall between words, so each sentence owns a run of whole tokens
    starts = tokens.starts
    ranges = tuple(range(bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in sentences)
    language = detect_language(" ".join(s.text for s in _prose_sample(sentences)))
    return PreparedText(text, sentences, references_start, tokens, ranges, directives, boilerplate, language, low)


def _prose_sample(sentences: tuple[Sentence, ...], chars: int = 2000) -> list[Sentence]:
    """The first body sentences, up to ``chars`` characters: what the language is judged on."""
    sample, size = [], 0
    for sentence in sentences:
        if sentence.in_references:
            continue
        sample.append(sentence)
        size += len(sentence.text) + 1
        if size >= chars:
            break
    return sample
