"""The command line: a thin layer over load -> analyze -> report."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .load import LoadError, load_documents
from .measure import LexiconError, Matcher, load_lexicon
from .measure.lexicon import builtin_lexicon_files, parse_lexicon_file
from .pipeline import analyze
from .report.output import write_atomic
from .report.records import analysis_record
from .report.table import print_tables

app = typer.Typer(
    name="analyzer",
    help="Readability, hedging, promotional wording and calls to action in health writing.",
    no_args_is_help=True,
    add_completion=False,
)
lexicons_app = typer.Typer(help="List and check lexicon files.", no_args_is_help=True)
app.add_typer(lexicons_app, name="lexicons")

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"analyzer {__version__}")
        raise typer.Exit()


def _console() -> Console:
    """Stdout console; piped output gets a fixed width so tables are not squeezed to 80."""
    console = Console()
    return console if console.is_terminal else Console(width=120)


def _errors() -> Console:
    return Console(stderr=True, soft_wrap=True)  # one problem, one line, however long the path


@app.callback()
def main(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Score health writing: reading level, hedging, hype and calls to action."""


def _matcher(extra: list[Path]) -> Matcher:
    try:
        return Matcher(load_lexicon(extra))
    except LexiconError as error:
        err = _errors()
        for problem in error.problems:
            err.print(f"[red]error[/]: {escape(problem)}", highlight=False)
        err.print("nothing was scored: fix the lexicon problems above", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None


@app.command()
def score(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders (.txt, .md) or JSON Lines corpora (.jsonl).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE (whole or not at all).")] = None,
    lexicon: Annotated[Optional[list[Path]], typer.Option("--lexicon", "-l", help="Extra lexicon file (repeatable).")] = None,
    text_field: Annotated[str, typer.Option(help="JSON Lines field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSON Lines field holding the document id.")] = "id",
) -> None:
    """Score every document: reading level and wording, with every finding explained."""
    matcher = _matcher(lexicon or [])
    err = _errors()
    analyses = []
    failed = False
    for item in load_documents(paths, text_field, id_field):
        if isinstance(item, LoadError):
            err.print(f"[red]error[/]: {escape(item.id)}: {escape(item.reason)}", highlight=False)
            failed = True
            continue
        analyses.append(analyze(item.text, item.id, matcher))
    if not analyses and not failed:
        err.print("[red]error[/]: no documents found in the given paths", highlight=False)
        raise typer.Exit(EXIT_ERROR)

    if format is Format.table:
        console = Console(file=open(output, "w", encoding="utf-8"), width=120) if output else _console()
        print_tables(analyses, console)
    else:
        records = [analysis_record(a) for a in analyses]
        if format is Format.json:
            text = json.dumps({"schema_version": 1, "documents": records}, ensure_ascii=False, indent=2) + "\n"
        else:
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        if output:
            write_atomic(output, text)
        else:
            sys.stdout.write(text)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)


@lexicons_app.command("list")
def lexicons_list(
    lexicon: Annotated[Optional[list[Path]], typer.Option("--lexicon", "-l", help="Extra lexicon file (repeatable).")] = None,
) -> None:
    """Families and categories with their size, weight and source."""
    loaded = _matcher(lexicon or []).lexicon
    table = Table(box=box.SIMPLE_HEAD)
    for header in ["Family", "Category", "Terms", "Weight", "Counted", "Source"]:
        table.add_column(header, overflow="fold")
    for c in loaded.categories:
        table.add_row(c.family, c.name, str(c.size), f"{c.weight:g}", "yes" if c.counted else "no", c.source)
    _console().print(table)


@lexicons_app.command("check")
def lexicons_check(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Lexicon files (default: the built-in ones).")] = None,
) -> None:
    """Report every problem as file:line: message; exit 1 if there is any."""
    err = _errors()
    problems = 0
    targets = files or builtin_lexicon_files()
    for path in targets:
        terms, _, found = parse_lexicon_file(path)
        for problem in found:
            err.print(f"[red]error[/]: {escape(problem)}", highlight=False)
        problems += len(found)
        if not found:
            typer.echo(f"{path}: ok ({len(terms)} terms)")
    raise typer.Exit(EXIT_FAIL if problems else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
