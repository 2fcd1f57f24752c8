"""analyzer: readability and marketing-language analysis for health writing."""

from importlib.metadata import PackageNotFoundError, version

from .compare import Comparison, compare
from .measure import Analysis, analyze

DISTRIBUTION = "health-writing-analyzer"  # the name on the package index; the import name is analyzer

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["Analysis", "Comparison", "__version__", "analyze", "compare"]
