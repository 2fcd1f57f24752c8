"""analyzer: readability and marketing-language analysis for health writing."""

from importlib.metadata import PackageNotFoundError, version

from .compare import Comparison, compare
from .measure import Analysis, analyze

try:
    __version__ = version("analyzer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["Analysis", "Comparison", "__version__", "analyze", "compare"]
