"""analyzer: readability and marketing-language analysis for health writing.

The public names load on first use (PEP 562): ``analyzer --version`` and a start-up that needs
only part of the package do not pay for the rest (issue 17).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .compare import Comparison, compare
    from .measure import Analysis, analyze

__all__ = ["Analysis", "Comparison", "__version__", "analyze", "compare"]
DISTRIBUTION = "health-writing-analyzer"  # the name on the package index; the import name is analyzer
_HOMES = {"Analysis": "measure", "analyze": "measure", "Comparison": "compare", "compare": "compare"}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value = _version()
    elif name in _HOMES:
        value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """``analyzer.compare`` is the function, as it was when this file imported it eagerly: the
    import system binds the submodule of that name to the package, and this keeps the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "compare" and isinstance(value, types.ModuleType):
            value = value.compare
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
