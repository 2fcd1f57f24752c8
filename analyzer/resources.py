"""Where the data files that ship with the package live.

Lexicons sit at the top of the repository so editors can review them; the wheel carries them
inside the package (``analyzer/lexicons``, see pyproject.toml). A source checkout or an
editable install reads them from the repository instead.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def lexicon_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "lexicons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "lexicons"


def read_word_list(name: str) -> list[str]:
    """A one-entry-per-line support list from ``lexicons/support``; '#' starts a comment."""
    lines = (lexicon_dir() / "support" / name).read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]
