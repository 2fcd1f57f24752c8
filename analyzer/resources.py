"""Where the data files that ship with the package live.

Lexicons sit at the top of the repository so editors can review them; the wheel carries them
inside the package (``analyzer/lexicons``, see pyproject.toml). A source checkout or an
editable install reads them from the repository instead.
"""

from __future__ import annotations

import importlib.util
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


def package_file(package: str, name: str) -> Path:
    """A data file an installed package ships, found without importing the package (importing
    textstat costs seconds; ``importlib.resources.files`` imports what it is given)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package!r} is not installed")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / name
        if path.exists():
            return path
    raise FileNotFoundError(f"{package!r} ships no {name}")


@lru_cache(maxsize=8)
def support_table(name: str) -> dict:
    """A TOML file from ``lexicons/support`` (word lists and patterns that mechanisms read), parsed
    once per process, and read back from the per-user cache as JSON while the file's bytes are
    unchanged (parsing the context rules' 50 KB of TOML was a fortieth of a cold start)."""
    from .cache import cached, content_key

    path = lexicon_dir() / "support" / name
    return cached(f"support-{path.stem}", content_key([path]), lambda: _parse_toml(path))


def _parse_toml(path: Path) -> dict:
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib.loads(path.read_text(encoding="utf-8"))
