"""Stage 2, text: normalise, split into sentences, and tokenise.

``prepare(raw)`` is the stage's one public function. Everything downstream reads the
``PreparedText`` it returns and never the raw string, so spans are consistent everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from .normalise import normalise
from .sentences import Sentence, find_references_start, split_sentences
from .tokens import Token, word_tokens

__all__ = ["PreparedText", "Sentence", "Token", "prepare", "word_tokens"]


@dataclass(frozen=True)
class PreparedText:
    """The document as the measures see it.

    ``text`` is the normalised text, character for character the same length as the input,
    so every span also slices the original.
    """

    text: str
    sentences: tuple[Sentence, ...]
    references_start: int | None

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences before the reference list: what wording counts and readability read."""
        return tuple(s for s in self.sentences if not s.in_references)


def prepare(raw: str) -> PreparedText:
    text = normalise(raw)
    references_start = find_references_start(text)
    return PreparedText(text, split_sentences(text, references_start), references_start)
