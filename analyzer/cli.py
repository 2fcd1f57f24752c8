"""The command line: a thin layer over load -> analyze -> report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__
from .load import LoadError, load_documents
from .pipeline import analyze
from .report.table import print_readability

app = typer.Typer(
    name="analyzer",
    help="Readability, hedging, promotional wording and calls to action in health writing.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        typer.echo(f"analyzer {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Score health writing: reading level, hedging, hype and calls to action."""


def _console() -> Console:
    """Stdout console; piped output gets a fixed width so tables are not squeezed to 80."""
    console = Console()
    return console if console.is_terminal else Console(width=120)


@app.command()
def score(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt and .md are read from folders).")],
) -> None:
    """Score every document and print a table."""
    out = _console()
    err = Console(stderr=True, soft_wrap=True)  # one problem, one line, however long the path
    analyses = []
    failed = False
    for item in load_documents(paths):
        if isinstance(item, LoadError):
            err.print(f"[red]error[/]: {item.id}: {item.reason}", highlight=False)
            failed = True
            continue
        analyses.append(analyze(item.text, item.id))
    if analyses:
        print_readability(analyses, out)
    if not analyses and not failed:
        err.print("[red]error[/]: no .txt or .md documents found in the given paths", highlight=False)
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
