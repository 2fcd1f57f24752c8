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
from .report.formats import print_report, render, report_record
from .report.records import SCHEMA_VERSION
from .report.output import write_atomic
from .score import Config, ConfigError, load_config, score_document, starter_config, summarise_corpus
from .score import VERDICTS

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
    csv = "csv"
    markdown = "markdown"


class FailLevel(str, Enum):
    review = "review"
    fail = "fail"


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


def _fail(problems: list[str], closing: str) -> None:
    err = _errors()
    for problem in problems:
        err.print(f"[red]error[/]: {escape(problem)}", highlight=False)
    err.print(closing, highlight=False)
    raise typer.Exit(EXIT_ERROR)


def _matcher(extra: list[Path]) -> Matcher:
    try:
        return Matcher(load_lexicon(extra))
    except LexiconError as error:
        _fail(error.problems, "nothing was scored: fix the lexicon problems above")
        raise  # unreachable: _fail exits


def _config(path: Optional[Path]) -> Config:
    try:
        return load_config(path)
    except ConfigError as error:
        _fail(error.problems, "nothing was scored: fix the configuration problems above")
        raise


ConfigOption = Annotated[Optional[Path], typer.Option("--config", "-c", help="Config file (default: analyzer.toml or [tool.analyzer] in pyproject.toml, searched upward).")]
LexiconOption = Annotated[Optional[list[Path]], typer.Option("--lexicon", "-l", help="Extra lexicon file (repeatable).")]


@app.command()
def score(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders (.txt, .md) or JSON Lines corpora (.jsonl).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE (whole or not at all).")] = None,
    config: ConfigOption = None,
    lexicon: LexiconOption = None,
    fail_level: Annotated[Optional[FailLevel], typer.Option(help="Exit 1 when a document reaches this verdict (default: from config, 'fail').")] = None,
    no_exit: Annotated[bool, typer.Option("--no-exit", help="Report only: exit 0 whatever the verdicts.")] = False,
    charts: Annotated[Optional[Path], typer.Option("--charts", help="Also draw the comparison charts (PNG) into DIR.")] = None,
    text_field: Annotated[str, typer.Option(help="JSON Lines field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSON Lines field holding the document id.")] = "id",
) -> None:
    """Score every document, give each a verdict with reasons, and rank the corpus.

    Exit codes: 0 no document reaches the fail level; 1 one does; 2 usage, config or input errors.
    """
    settings = _config(config)
    matcher = _matcher([*settings.lexicons, *(lexicon or [])])
    err = _errors()
    documents, errors = [], []
    for item in load_documents(paths, text_field, id_field):
        if isinstance(item, LoadError):
            err.print(f"[red]error[/]: {escape(item.id)}: {escape(item.reason)}", highlight=False)
            errors.append(item)
            continue
        documents.append(score_document(analyze(item.text, item.id, matcher), settings))
    if not documents and not errors:
        err.print("[red]error[/]: no documents found in the given paths", highlight=False)
        raise typer.Exit(EXIT_ERROR)

    summary = summarise_corpus(documents)
    rules = settings.active_rules
    if output is not None:
        try:
            write_atomic(output, render(format.value, documents, summary, errors, rules))
        except OSError as error:
            _fail([f"{output}: cannot write the report: {error.strerror or error}"], "no report was written")
    elif format is Format.table:
        print_report(documents, summary, _console())
    else:
        sys.stdout.write(render(format.value, documents, summary, errors, rules))
    if charts is not None and documents:
        _draw(report_record(documents, summary, errors, rules), charts)

    gate = (fail_level.value if fail_level else settings.fail_level)
    gated = any(VERDICTS.index(d.verdict) >= VERDICTS.index(gate) for d in documents)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FAIL if gated and not no_exit else EXIT_OK)


def _draw(report: dict, folder: Path) -> None:
    from .report.charts import render_charts  # matplotlib loads only when charts are asked for

    try:
        for path in render_charts(report, folder):
            _errors().print(f"wrote {escape(str(path))}", highlight=False)
    except OSError as error:
        _fail([f"{folder}: cannot write charts: {error.strerror or error}"], "charts were not written")


@app.command()
def chart(
    results: Annotated[Path, typer.Argument(help="A report saved with --format json.")],
    charts: Annotated[Path, typer.Option("--charts", help="Folder for the PNG files.")] = Path("figures"),
) -> None:
    """Draw the comparison charts from saved JSON results."""
    try:
        report = json.loads(results.read_text(encoding="utf-8"))
        if report.get("schema_version") != SCHEMA_VERSION or "documents" not in report:
            raise ValueError(f"not an analyzer JSON report (schema_version {SCHEMA_VERSION})")
    except (OSError, ValueError) as error:
        _fail([f"{results}: {error}"], "no charts were drawn")
    _draw(report, charts)


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the starter config.")] = Path("analyzer.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter config with the default thresholds and their sources."""
    if path.exists() and not force:
        _errors().print(f"[red]error[/]: {escape(str(path))} exists; use --force to overwrite it", highlight=False)
        raise typer.Exit(EXIT_ERROR)
    write_atomic(path, starter_config())
    typer.echo(f"wrote {path}")


@lexicons_app.command("list")
def lexicons_list(
    config: ConfigOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Families and categories with their size, weight and source."""
    loaded = _matcher([*_config(config).lexicons, *(lexicon or [])]).lexicon
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
