"""py3langid's model, memory-mapped from the per-user cache instead of decompressed into memory.

Why (issue 17, streaming memory): py3langid loads its 4.5 MB LZMA file into about 75 MB of
arrays and Python lists, through about 30 MB more of copies while it loads, for every process
that meets a text whose English function-word share is low. That took a stream's peak from
about 60 MB to 173 MB. The model's two big tables (n-gram weights 28 MB, the byte automaton
39 MB) are stored once, uncompressed, as ``.npy`` files in the per-user cache
(``analyzer/cache.py``) and mapped read-only: only the pages a text's n-grams touch become
resident, worker processes share them, and loading takes milliseconds instead of seconds.

Same arrays, same arithmetic, py3langid's own scoring code: the ranks are identical (a test
compares them with py3langid's own loader). Where the cache is off or cannot be written, or
the installed py3langid stores its model in another layout, py3langid's loader is used.
"""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from ..cache import cache_dir, installed_key

# The arrays py3langid >= 0.4 keeps in its model file (modelio.save_model).
MEMBERS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_DONE = "complete"


def load_identifier():
    """py3langid's identifier with normalised probabilities, mapped where possible."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    folder = _extracted(Path(MODEL_DIR) / MODEL_FILE)
    if folder is not None:
        try:
            return _mapped(folder, LanguageIdentifier)
        except (OSError, ValueError, TypeError, KeyError):
            pass
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _mapped(folder: Path, identifier_class):
    import numpy as np

    def array(name: str, mapped: bool = True):
        return np.load(folder / f"{name}.npy", mmap_mode="r" if mapped else None, allow_pickle=False)

    # as py3langid's LanguageIdentifier.from_model_file builds it, with the big tables mapped:
    # a memoryview of a mapped uint array indexes to Python ints, as array.array does
    return identifier_class(
        np.asarray(array("ptc")), np.asarray(array("pc", False)), array("classes", False).tolist(),
        memoryview(array("nextmove")), array("out_feat", False).tolist(),
        norm_probs=True, tk_row=memoryview(array("nextmove_row", False)))


def _extracted(source: Path) -> Path | None:
    """The folder of the model's uncompressed arrays in the per-user cache, made on first need."""
    base = cache_dir()
    if base is None:
        return None
    folder = base / f"py3langid-{installed_key(source)}"
    if (folder / _DONE).exists():
        return folder
    temporary = None
    try:
        base.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=".py3langid.", dir=base))
        if not _extract(source, temporary):
            return None
        (temporary / _DONE).touch()
        try:
            os.replace(temporary, folder)
        except OSError:  # another process got there first
            if not (folder / _DONE).exists():
                return None
        for old in base.glob("py3langid-*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
        return folder
    except (OSError, zipfile.BadZipFile, lzma.LZMAError):
        return None
    finally:
        if temporary is not None and temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


def _extract(source: Path, folder: Path) -> bool:
    """Stream the LZMA-compressed npz into one ``.npy`` file per array (never all in memory)."""
    with tempfile.TemporaryFile(dir=folder) as npz:
        with lzma.open(source) as compressed:
            shutil.copyfileobj(compressed, npz, 1 << 20)
        npz.seek(0)
        with zipfile.ZipFile(npz) as archive:
            names = set(archive.namelist())
            if not all(f"{name}.npy" in names for name in MEMBERS):
                return False  # an older model layout: py3langid's own loader reads it
            for name in MEMBERS:
                with archive.open(f"{name}.npy") as member, (folder / f"{name}.npy").open("wb") as out:
                    shutil.copyfileobj(member, out, 1 << 20)
    return True
