"""The command line: parse options, run the pipeline, render the report, map the outcome to an exit code."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterable, Iterator, Optional

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .load import DEFAULT_MAX_BYTES, LoadError, LoadOptions, os_reason
from .measure import Lexicon, LexiconError, lexicon_for
from .measure.lexicon import builtin_lexicon_files, parse_lexicon_file
from .interrupts import EXIT_INTERNAL, terminate_as_interrupt
from .pipeline import Rendered, run
from .report.formats import jsonl_line, render, report_record
from .report.records import error_record
from .report.output import AtomicWriter, output_problem, write_atomic
from .report.records import SCHEMA_VERSION
from .report.tables import header_min_width, print_report, rules_view
from .tomlfile import did_you_mean
from .score.verdicts import UNSUPPORTED
from .score import VERDICTS, Config, ConfigError, ScoredDocument, all_rules, load_config, starter_config, summarise_corpus

app = typer.Typer(
    name="analyzer",
    help="Readability, hedging, promotional wording and calls to action in health writing.",
    no_args_is_help=True,
    add_completion=False,
    # Plain help: Rich markup would eat "[tool.analyzer]" as a style tag, and Typer's Rich panels
    # print Python types ("<list[Path]>") where a user expects FILE or PATH.
    rich_markup_mode=None,
)
lexicons_app = typer.Typer(help="List and check lexicon files.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(lexicons_app, name="lexicons")

EXIT_OK, EXIT_FAIL, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    md = "md"  # the file suffix users type for markdown
    html = "html"
    line = "line"
    github = "github"
    sarif = "sarif"

    @property
    def canonical(self) -> str:
        return "markdown" if self is Format.md else self.value


class CompareFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    md = "md"
    html = "html"


class FailLevel(str, Enum):
    review = "review"
    fail = "fail"


class MinLevel(str, Enum):
    info = "info"
    review = "review"
    fail = "fail"


def _plain_argument_help() -> None:
    """Typer prints an argument's Python type ("<list[Path]>") even when it has a metavar; with
    a metavar given, show the metavar alone, as it already does for options."""
    from typer.core import TyperArgument

    original = getattr(TyperArgument, "display_type_rich", None)
    if original is None:  # a Typer before the typed argument help (0.24 has none): nothing to hide
        return

    def display_type_rich(self, ctx):
        return None if self.metavar else original(self, ctx)

    TyperArgument.display_type_rich = display_type_rich


_plain_argument_help()


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"analyzer {__version__}")
        raise typer.Exit()


def _console() -> Console:
    """Stdout console; piped output gets a fixed width so tables are not squeezed to 80, unless
    COLUMNS says how wide (new user: `COLUMNS=80 analyzer rules | less` printed 120 columns)."""
    console = Console()
    return console if console.is_terminal or os.environ.get("COLUMNS", "").strip().isdigit() else Console(width=120)


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


def _unknown_rule(name: str, known: Iterable, families: Iterable[str]) -> str:
    """The error for `analyzer rules NAME` naming nothing: the near miss when there is one (a rule,
    a family, a group such as 'disclosure', a context rule), else the families to choose from.
    It listed all 48 rule ids as well, which buried the suggestion (new user, round 25)."""
    from .measure.context import RULES as CONTEXT_RULES

    known = list(known)
    groups = dict.fromkeys(r.id.split(".", 1)[0] for r in known)
    suggestion = did_you_mean(name, [*(r.id for r in known), *families, *groups, *CONTEXT_RULES])
    return f"unknown rule or family {name!r}" + (suggestion or f" (families: {', '.join(families)})")


def _fail(problems: list[str], closing: str) -> None:
    err = _errors()
    for problem in problems:
        err.print(f"[red]error[/]: {escape(problem)}", highlight=False)
    err.print(closing, highlight=False)
    raise typer.Exit(EXIT_ERROR)


def _config(path: Optional[Path], lexicons: Optional[list[Path]] = None) -> Config:
    """The team's thresholds and lexicons, every problem reported before any work starts."""
    try:
        settings = load_config(path, extra_lexicons=lexicons or ())
        for note in settings.notes:
            _errors().print(f"[cyan]note[/]: {escape(note)}", highlight=False)
        return settings
    except LexiconError as error:
        _fail(error.problems, "nothing was scored: fix the lexicon problems above")
    except ConfigError as error:
        _fail(error.problems, "nothing was scored: fix the configuration problems above")
    raise AssertionError("unreachable: _fail exits")


def _lexicon(settings: Config) -> Lexicon:
    return lexicon_for(settings.lexicon_files)  # compiled once, shared with the local engine


ConfigOption = Annotated[Optional[Path], typer.Option("--config", "-c", metavar="FILE", help="Config file (default: analyzer.toml or [tool.analyzer] in pyproject.toml, searched upward).")]
LexiconOption = Annotated[Optional[list[Path]], typer.Option("--lexicon", "-l", metavar="FILE", help="Extra lexicon file (repeatable).")]
# Measured on two cores (README, "Parallel"): 3,061 short rows took 15 s with one process and
# 59 s with two workers, 1,043 news articles 36 s and 39 s; handing each scored document back
# from a worker costs more than the worker saves. Parallel scoring is asked for with --jobs N.
DEFAULT_JOBS = 1


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def score(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", readable=False,  # the loader reports an unreadable path; the rest are scored
                                                help="Files or folders (.txt, .md, .html), corpora (.jsonl, .csv), or - for standard input.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format: table, json, jsonl (one record per document, streamed), csv, markdown (or md), html; for editors and CI: line (path:line:col: level rule message), github (workflow annotations), sarif.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE (whole or not at all).")] = None,
    config: ConfigOption = None,
    lexicon: LexiconOption = None,
    fail_level: Annotated[Optional[FailLevel], typer.Option(help="Exit 1 when a document reaches this verdict (default: from config, 'fail').")] = None,
    min_level: Annotated[MinLevel, typer.Option(help="Show reasons at this level and above (the exit code still follows --fail-level).")] = MinLevel.info,
    no_exit: Annotated[bool, typer.Option("--no-exit", help="Report only: exit 0 whatever the verdicts and however many inputs could not be read (they are listed in the report); still 2 for usage or config errors, or when no document could be read at all.")] = False,
    charts: Annotated[Optional[Path], typer.Option("--charts", metavar="DIR", help="Also draw the comparison charts (PNG) into DIR.")] = None,
    text_field: Annotated[str, typer.Option(metavar="FIELD", help="JSON Lines / CSV field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(metavar="FIELD", help="JSON Lines / CSV field holding the document id.")] = "id",
    glob: Annotated[Optional[str], typer.Option(metavar="PATTERN", help="In folders, read the files matching this pattern (e.g. '*.htm').")] = None,
    max_size: Annotated[int, typer.Option(metavar="MB", help="Largest document read, in MB.", min=1)] = DEFAULT_MAX_BYTES // 2**20,
    jobs: Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Worker processes (default: 1; on two cores more workers were slower, see README 'Parallel').", min=1)] = DEFAULT_JOBS,
    engine: Annotated[Engine, typer.Option(help="local, or dask (needs the dask extra).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(metavar="ADDRESS", help="Dask scheduler address (default: a local cluster).")] = None,
) -> None:
    """Score every document, give each a verdict with reasons, and rank the corpus.

    Exit codes: 0 no document reaches the fail level; 1 one does; 2 usage, config or input
    errors (reported after every other document is scored and written); 130 interrupted.
    With --no-exit, 0 unless nothing could be scored. A document in a language the tool does not
    measure is reported (a note) and changes no exit code.
    """
    settings = _config(config, lexicon)
    if output is not None and (problem := output_problem(output, paths)):  # before any work, never an input
        _fail([problem], "nothing was scored")
    options = LoadOptions(text_field=text_field, id_field=id_field, max_bytes=max_size * 2**20, glob=glob)
    err = _errors()
    gate = fail_level.value if fail_level else settings.fail_level
    state = {"errors": 0, "gated": 0, "documents": 0, "unsupported": 0}

    # JSON Lines: each document is rendered where it is scored (a pool worker returns its line)
    # JSON Lines are rendered where a document is scored (a pool worker too): see pipeline.Rendered
    renderer = functools.partial(jsonl_line, min_level=min_level.value) if format is Format.jsonl else None

    def results() -> Iterator[ScoredDocument | Rendered | LoadError]:
        for result in _progress(run(paths, settings, options, jobs, engine.value, scheduler, renderer)):
            if isinstance(result, LoadError):
                err.print(f"[red]error[/]: {escape(result.name)}: {escape(result.reason)}", highlight=False)
                state["errors"] += 1
            else:
                state["documents"] += 1
                state["gated"] += result.verdict in VERDICTS and VERDICTS.index(result.verdict) >= VERDICTS.index(gate)
                state["unsupported"] += result.verdict == UNSUPPORTED
                doc_id, warnings = (result.id, result.warnings) if isinstance(result, Rendered) else (
                    result.analysis.id, (*result.analysis.load_warnings, *result.warnings))
                for warning in warnings:
                    err.print(f"[yellow]warning[/]: {escape(doc_id)}: {escape(warning)}", highlight=False)
            yield result

    try:
        with terminate_as_interrupt():  # SIGTERM takes Ctrl-C's path: temp file removed, exit 130
            if format is Format.jsonl:
                _stream_jsonl(results(), output, min_level.value)
            else:
                _report_whole(list(results()), format, output, settings, charts, min_level.value)
    except KeyboardInterrupt:
        err.print("interrupted: no partial report was left behind", highlight=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except typer.Exit:  # click's Exit is a RuntimeError: it must not read as an engine failure
        raise
    except RuntimeError as error:  # an engine that cannot start (Dask missing, scheduler unreachable)
        _fail([str(error)], "nothing was scored")
    except OSError as error:
        _fail([f"{output or 'output'}: cannot write the report: {error.strerror or error}"], "no report was written")
    except Exception as error:  # a bug: say so, and never exit 1, which means "a document reached the fail level"
        err.print(f"[red]internal error[/]: {escape(repr(error))}", highlight=False)
        raise typer.Exit(EXIT_INTERNAL) from error

    if not state["documents"] and not state["errors"]:
        err.print("[red]error[/]: no documents found in the given paths", highlight=False)
        raise typer.Exit(EXIT_ERROR)
    code = _exit_code(state, no_exit)
    if code != EXIT_OK or output is not None or no_exit and state["errors"]:
        err.print(_closing(state, gate, output, no_exit, code), highlight=False)
    raise typer.Exit(code)


def _exit_code(state: dict, no_exit: bool) -> int:
    """2 when an input could not be read, 1 when a document reaches the fail level, else 0.
    ``--no-exit`` is "report only" (the README's SARIF step in CI): the report is written and lists
    every unreadable input, so one empty draft must not fail the step (a new user's did); it
    still exits 2 when no document could be read at all, since then there is nothing to report on."""
    if no_exit:
        return EXIT_ERROR if state["errors"] and not state["documents"] else EXIT_OK
    return EXIT_ERROR if state["errors"] else EXIT_FAIL if state["gated"] else EXIT_OK


def _closing(state: dict, gate: str, output: Optional[Path], no_exit: bool, code: int) -> str:
    """One line on stderr that says everything the exit code stands for: how many documents were
    scored and written, how many reach the fail level, how many inputs could not be read."""
    n, gated, errors = state["documents"], state["gated"], state["errors"]
    parts = [f"{n} document{'s' if n != 1 else ''} scored" + (f" and written to {output}" if output is not None and n else "")]
    if gated:
        parts.append(f"{gated} reach{'es' if gated == 1 else ''} the fail level ({gate})" + (" (--no-exit)" if no_exit else ""))
    if state.get("unsupported"):
        parts.append(f"{state['unsupported']} not measured (language not supported)")
    if errors:
        parts.append(f"{errors} input{'s' if errors != 1 else ''} could not be read" + _no_exit_note(no_exit, code))
    return escape("; ".join(parts) + f": exit {code}")


def _no_exit_note(no_exit: bool, code: int) -> str:
    """What --no-exit did to the unreadable inputs: exempted them (exit 0), or nothing, because no
    input could be read at all (exit 2, ``_exit_code``). Round 27: "(--no-exit): exit 2" read as an
    exemption that had not happened."""
    if not no_exit:
        return ""
    return " (--no-exit)" if code != EXIT_ERROR else " (--no-exit does not apply: no document could be read)"


def _progress(results: Iterable) -> Iterator:
    """A progress line on stderr (documents, rate) when stderr is a terminal; silent otherwise."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield from results
        return
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("scoring"), MofNCompleteColumn(), TextColumn("{task.fields[rate]} docs/s"),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("score", total=None, rate="–")
        for count, result in enumerate(results, start=1):
            elapsed = progress.tasks[0].elapsed or 0
            progress.update(task, advance=1, rate=f"{count / elapsed:.0f}" if elapsed else "–")
            yield result


def _stream_jsonl(results: Iterable, output: Optional[Path], min_level: str = "info") -> None:
    """One JSON object per line, written as each document is ready; memory stays flat."""
    def write(stream) -> None:
        for result in results:
            if isinstance(result, LoadError):
                line = json.dumps(error_record(result), ensure_ascii=False)
            else:
                line = result.text if isinstance(result, Rendered) else jsonl_line(result, min_level)
            stream.write(line + "\n")
            stream.flush()

    if output is None:
        write(sys.stdout)
    else:
        with AtomicWriter(output) as stream:
            write(stream)


def _report_whole(results: list, format: Format, output: Optional[Path], settings: Config, charts: Optional[Path],
                  min_level: str = "info") -> None:
    from .report.diagnostics import at_least

    documents = [r for r in results if not isinstance(r, LoadError)]
    errors = [r for r in results if isinstance(r, LoadError)]
    if not documents and format is not Format.sarif and (format is Format.table or not errors):
        return  # the errors are on stderr; a file report is written even when every input failed
    summary = summarise_corpus(documents)
    lexicon, thresholds = _lexicon(settings), settings.active
    if output is not None:
        write_atomic(output, render(format.canonical, documents, summary, errors, thresholds, lexicon, min_level=min_level,
                                    order=results))
    elif format is Format.table:
        print_report([at_least(d, min_level) for d in documents], summary, lexicon, _console())
    else:
        sys.stdout.write(render(format.canonical, documents, summary, errors, thresholds, lexicon, min_level=min_level,
                                order=results))
    if charts is not None and documents:
        _draw(report_record(documents, summary, errors, thresholds, lexicon), charts)


def _draw(report: dict, folder: Path) -> None:
    from .report.charts import render_charts  # matplotlib loads only when charts are asked for

    try:
        paths = render_charts(report, folder)
        for path in paths:
            _errors().print(f"wrote {escape(str(path))}", highlight=False)
        if not paths:
            _errors().print("no charts drawn: no document was measured (none in a supported language)", highlight=False)
    except OSError as error:
        _fail([f"{folder}: cannot write charts: {error.strerror or error}"], "charts were not written")


@app.command()
def chart(
    results: Annotated[Path, typer.Argument(metavar="FILE", help="A report saved with --format json.")],
    charts: Annotated[Path, typer.Option("--charts", metavar="DIR", help="Folder for the PNG files.")] = Path("figures"),
) -> None:
    """Draw the comparison charts from saved JSON results."""
    try:
        report = json.loads(results.read_text(encoding="utf-8"))
        if report.get("schema_version") != SCHEMA_VERSION or "documents" not in report:
            raise ValueError(f"not an analyzer JSON report (schema_version {SCHEMA_VERSION})")
    except OSError as error:  # "[Errno 2] No such file or directory: 'x.json'" said it twice and raw
        _fail([f"{results}: {os_reason(error)}"], "no charts were drawn")
    except json.JSONDecodeError as error:
        _fail([f"{results}: not a JSON file ({error.msg}, line {error.lineno})"], "no charts were drawn")
    except ValueError as error:
        _fail([f"{results}: {error}"], "no charts were drawn")
    _draw(report, charts)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(metavar="FILE", readable=False, help="A document (.txt, .md, .html) or - for standard input.")],
    only: Annotated[Optional[str], typer.Option(metavar="FAMILIES", help="Families to show, comma-separated (e.g. promotional,cta).")] = None,
    lexicon: LexiconOption = None,
    config: ConfigOption = None,
    width: Annotated[Optional[int], typer.Option(metavar="N", help="Line width (default: the terminal's).")] = None,
) -> None:
    """Print a document with every finding highlighted, hard sentences marked, and a legend."""
    from .load import read_text_file
    from .measure import analyze, compiled_matcher
    from .report.explain import print_explanation

    settings = _config(config, lexicon)
    matcher = compiled_matcher(settings.lexicon_files)
    names = matcher.lexicon.family_names
    families = [f.strip() for f in only.split(",") if f.strip()] if only else None
    unknown = sorted(set(families or ()) - set(names))
    if unknown:
        _fail([f"--only: unknown family {unknown[0]!r}{did_you_mean(unknown[0], names)} (families: {', '.join(names)})"], "nothing was explained")
    document = read_text_file(file)
    if isinstance(document, LoadError):
        _fail([f"{document.id}: {document.reason}"], "nothing was explained")
    console = Console(width=width) if width else Console()
    analysis = analyze(document.text, document.id, matcher, document.warnings, document.source_map, document.directives)
    print_explanation(analysis, matcher.lexicon, console, families)


@app.command()
def init(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="Where to write the starter config.")] = Path("analyzer.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter config with the default thresholds and their sources."""
    if path.exists() and not force:
        _errors().print(f"[red]error[/]: {escape(str(path))} exists; use --force to overwrite it", highlight=False)
        raise typer.Exit(EXIT_ERROR)
    write_atomic(path, starter_config(_lexicon(_config(None))))
    typer.echo(f"wrote {path}")


@lexicons_app.command("list")
def lexicons_list(
    config: ConfigOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Families and categories with their size, weight and source."""
    loaded = _lexicon(_config(config, lexicon))
    table = Table(box=box.SIMPLE_HEAD)
    for header in ["Family", "Category", "Terms", "Weight", "Counted", "Source"]:
        table.add_column(header, overflow="fold", min_width=header_min_width(header))
    for family in loaded.display_order():
        for c in loaded.categories_of(family.name):
            table.add_row(f"{family.name} ({family.display.label})", c.name, str(c.size), f"{c.weight:g}",
                          "yes" if c.counted else "no", c.source)
    _console().print(table)


@lexicons_app.command("check")
def lexicons_check(
    files: Annotated[Optional[list[Path]], typer.Argument(metavar="FILE", help="Lexicon files (default: the built-in ones).")] = None,
) -> None:
    """Report every problem as file:line: message; exit 1 if there is any, 2 if a file is missing."""
    err = _errors()
    problems = 0
    targets = files or builtin_lexicon_files()
    missing = [p for p in targets if not p.is_file()]
    for path in missing:
        err.print(f"[red]error[/]: {escape(str(path))}: no such file", highlight=False)
    if missing:
        raise typer.Exit(EXIT_ERROR)
    for path in targets:
        builtin = [p for p in builtin_lexicon_files() if p.resolve() != path.resolve()]
        terms, _, found = parse_lexicon_file(path, known=builtin)
        for problem in found:
            err.print(f"[red]error[/]: {escape(problem)}", highlight=False)
        problems += len(found)
        if not found:
            typer.echo(f"{path}: ok ({len(terms)} terms)")
    raise typer.Exit(EXIT_FAIL if problems else EXIT_OK)


@app.command()
def rules(
    rule_id: Annotated[Optional[str], typer.Argument(metavar="ID", help="A rule id (e.g. promotional.rate), a family (e.g. promotional), a context rule (e.g. may_not_month) or the start of rule ids (e.g. readability: every readability.* rule); default: the table of every rule.")] = None,
    config: ConfigOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Every score rule and family: without ID a table; with one, its full documentation (what it
    measures, why, its source, and examples it fires and does not fire on), the text SARIF carries; with
    the start of rule ids (readability), the documentation of every rule in that group."""
    from .measure.context import RULES as CONTEXT_RULES
    from .report.ruledocs import context_rule_doc, family_doc, rule_doc

    settings = _config(config, lexicon)
    in_force = {t.id: t for t in settings.thresholds}
    loaded = _lexicon(settings)
    known = all_rules(loaded)
    if rule_id is not None:
        from .score.formulas import formulas

        if (new := formulas().renamed.get(rule_id)) is not None:
            _errors().print(f"[cyan]note[/]: {escape(rule_id)} was renamed {escape(new)}", highlight=False)
            rule_id = new
        rule = next((r for r in known if r.id == rule_id), None)
        if rule is not None:
            doc = rule_doc(rule, loaded, in_force.get(rule.id), settings.enabled(rule.id))
        elif rule_id in loaded.family_names:
            doc = family_doc(rule_id, loaded)
        elif rule_id in CONTEXT_RULES:
            doc = context_rule_doc(rule_id, loaded)
        elif group := [r for r in known if r.id.startswith(f"{rule_id}.")]:
            # a prefix of rule ids ("readability", "disclosure") is the group a user asks for: a new
            # user typed `rules readability` beside readability.grade and readability.grade_severe
            typer.echo("\n".join(rule_doc(r, loaded, in_force.get(r.id), settings.enabled(r.id)).text
                                  for r in group), nl=False)
            return
        else:
            _fail([_unknown_rule(rule_id, known, loaded.family_names)], "nothing to show: `analyzer rules` lists every rule")
        typer.echo(doc.text, nl=False)
        return
    rows = []
    for rule in known:
        t = in_force.get(rule.id)
        enabled = t is not None and settings.enabled(rule.id)
        rows.append((rule.id, rule.kind if rule.kind != "score" else f"score {rule.score}", rule.measure,
                     f"{t.threshold:g}{_origin_mark(t.threshold_origin)}" if t else "–", _level_cell(t, enabled),
                     rule.source))
    console = _console()
    console.print(rules_view(f"Score rules in force (profile {settings.profile})", rows, console.width))
    # a hint, not a problem: wrapped at words to the terminal, as the table is
    Console(stderr=True, width=console.width).print(
        "`analyzer rules ID` documents one rule or family in full; a threshold or level marked (profile) "
        "or (config) overrides the rule's own", highlight=False)


def _level_cell(t, enabled: bool) -> str:
    """The level in force, and where it comes from when not the rule's own (round 26: a new user
    could not tell the profile's "info" from the rule's "review")."""
    if t is None:
        return "off"
    return f"{t.level}{_origin_mark(t.level_origin)}" + ("" if enabled else " (disabled)")


def _origin_mark(origin: str) -> str:
    """" (config)", " (profile)" or nothing (the rule's own): said of each value on its own, since a
    config that sets a threshold leaves the level the profile's (round 27: both were "(config)")."""
    return {"rule": "", "config": " (config)"}.get(origin, " (profile)")


def _check_pairs_file(path: Path) -> None:
    """A lone argument must be a file of pairs. A missing file is "not found", not "one document"
    (review 32); a document given alone (a release whose SOURCE was forgotten) is a usage error,
    not a pairs file whose every line is "not valid JSON" (new user, round 30: one error per line
    of prose; review 32: the same for a prose file with no suffix or ".rtf")."""
    if not path.exists():
        _fail([f"{path}: not found (no such file or folder)"], "nothing was compared")
    if path.is_dir() or path.suffix.lower() in _PAIRS_SUFFIXES or _opens_json_lines(path):
        return  # a folder or an unreadable file: read_pairs names the problem as every command does
    _fail([f"{path} is one document: compare needs RELEASE and SOURCE (two files, or two texts with "
           "--text), or alone a .jsonl or .csv file of pairs"], "nothing was compared")


# read_pairs reads .csv as CSV and any other file as JSON Lines, ".json" included
_PAIRS_SUFFIXES = (".jsonl", ".json", ".csv")


def _opens_json_lines(path: Path) -> bool:
    """Whether a file with no pairs suffix ("pairs", ".ndjson") is JSON Lines all the same, as
    read_pairs has always read it: it opens with a JSON object, "{" then a key or "}" (an RTF
    file's "{\\rtf1" is prose). A file that cannot be opened is let through, for read_pairs to report."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return True
    return re.match(rb'(?:\xef\xbb\xbf)?\s*\{\s*["}]', head) is not None


@app.command("compare")
def compare_command(
    release: Annotated[str, typer.Argument(metavar="RELEASE", help="The press release (a file, or text with --text); alone: a .jsonl/.csv of pairs.")],
    source: Annotated[Optional[str], typer.Argument(metavar="SOURCE", help="The paper or abstract it reports (a file, or text with --text).")] = None,
    text: Annotated[bool, typer.Option("--text", help="RELEASE and SOURCE are the texts themselves, not files.")] = False,
    format: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format (markdown or md).")] = CompareFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE (whole or not at all).")] = None,
    charts: Annotated[Optional[Path], typer.Option("--charts", metavar="DIR", help="Also draw the verdicts chart (PNG) into DIR.")] = None,
    release_field: Annotated[str, typer.Option(metavar="FIELD", help="Pairs file: field holding the release.")] = "press_release",
    source_field: Annotated[str, typer.Option(metavar="FIELD", help="Pairs file: field holding the source.")] = "abstract",
    id_field: Annotated[str, typer.Option(metavar="FIELD", help="Pairs file: field holding the pair id.")] = "id",
) -> None:
    """Does a press release exaggerate the paper it reports? Verdict per pair, reasons with spans.

    Exit codes: 0 compared; 2 an input could not be read (the other pairs are still reported).
    """
    from .compare import compare, compare_all, read_pairs
    from .load import read_text_file
    from .report.compare_report import print_comparisons, render, write_chart

    if source is None:
        if text:
            _fail(["--text needs two texts: RELEASE and SOURCE"], "nothing was compared")
        _check_pairs_file(Path(release))
        results = list(compare_all(read_pairs(Path(release), release_field, source_field, id_field)))
        if not results:  # an empty file said nothing at all (new user, round 30)
            _fail([f"{release}: no pairs: the file has no rows"], "nothing was compared")
    elif text:
        results = [compare(release, source, "pair")]
    else:
        documents = [read_text_file(Path(p)) for p in (release, source)]
        problems = [f"{d.id}: {d.reason}" for d in documents if isinstance(d, LoadError)]
        if problems:
            _fail(problems, "nothing was compared")
        results = [compare(documents[0].text, documents[1].text, Path(release).name)]
    pairs = [r for r in results if not isinstance(r, LoadError)]
    errors = [r for r in results if isinstance(r, LoadError)]
    compared = any(p.compared for p in pairs)  # pairs in an unsupported language have no verdict
    try:
        if output is not None:
            write_atomic(output, render("markdown" if format is CompareFormat.md else format.value, pairs, errors))
        elif format is CompareFormat.table:
            print_comparisons(pairs, errors, _console())
        else:
            sys.stdout.write(render("markdown" if format is CompareFormat.md else format.value, pairs, errors))
        if charts is not None and compared:
            _errors().print(f"wrote {escape(str(write_chart(pairs, charts)))}", highlight=False)
        elif charts is not None:  # an empty chart said "0 pairs by verdict" (review 32)
            _errors().print("no chart: nothing was compared", highlight=False)
    except OSError as error:
        _fail([f"{output or charts}: cannot write: {error.strerror or error}"], "no report was written")
    if format is not CompareFormat.table or output is not None:  # the table printed them already
        for e in errors:
            _errors().print(f"[red]error[/]: {escape(e.name)}: {escape(e.reason)}", highlight=False)
    if not compared:  # review 32: said only when no pair was read, not when none had a verdict
        _errors().print("nothing was compared", highlight=False)
    raise typer.Exit(EXIT_ERROR if errors or not pairs else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
