"""Command line: a thin shell over the library (`parley.pipeline`, `parley.ingest`, `parley.resolve`)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from parley.records import ArticleInput, InputProblem

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Parley: news about conflict and diplomacy in, PLOVER event records out.")


def _say(message: str) -> None:
    typer.echo(f"parley: {message}", err=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    _say(message)
    return typer.Exit(code)


def _check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise _fail(f"{option} must be a date as YYYY-MM-DD, got {value!r}") from None


ACTORS_HELP = "Your own actor entries (YAML or CSV, see parley/knowledge/README.md); they win over the shipped ones."


def _resolver(files: list[Path] | None) -> Any:
    from parley.resolve.actors import ActorResolver

    if not files:
        return ActorResolver.default()
    resolver = ActorResolver()  # a fresh one: the shared default stays as shipped
    for path in files:
        try:
            for clash in resolver.add_entries(path):
                _say(clash)
        except Exception as exc:  # noqa: BLE001 - a bad user file gets one line naming it
            raise _fail(f"{path}: " + " ".join(str(exc).split())) from None
    return resolver


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="A .txt article, a .jsonl of articles, a folder, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSONL here (default: stdout).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")] = None,
    table: Annotated[bool, typer.Option("--table", help="Show a readable table instead of JSON.")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes for parsing (spaCy n_process).")] = 1,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
) -> None:
    """Extract events: one JSON article per line with its `events` (shared/spec/events.md)."""
    from parley.pipeline import default_pipeline

    published = _check_date(published, "--published")
    counts = {"articles": 0, "problems": 0, "events": 0}
    resolver = _resolver(actors)
    try:
        pipe = default_pipeline(resolver)
    except Exception as exc:  # noqa: BLE001 - setup problems get one line, not a traceback
        raise _fail(str(exc), 1) from None
    results = pipe.run(_articles(inputs, published, counts), n_process=max(1, workers), on_error=_say)
    if table:
        _print_tables(results, counts)
    else:
        _write_jsonl(results, output, counts)
    _check_read(counts)


def _articles(inputs: list[str], published: str | None, counts: dict[str, int]) -> Iterator[ArticleInput]:
    """The readable articles of the inputs; each problem gets its line on stderr and is counted."""
    from parley.ingest import read_inputs

    for item in read_inputs(inputs, published=published, stdin=sys.stdin):
        if isinstance(item, InputProblem):
            counts["problems"] += 1
            _say(item.message())
        else:
            counts["articles"] += 1
            yield item


def _check_read(counts: dict[str, int]) -> None:
    if counts["articles"] == 0:
        raise _fail("nothing could be read" + (" (see the messages above)" if counts["problems"] else ""), 1)


def _write_jsonl(results: Iterator, output: Path | None, counts: dict[str, int]) -> None:
    def lines() -> Iterator[str]:
        for art in results:
            counts["events"] += len(art.events)
            yield json.dumps(art.to_dict(), ensure_ascii=False) + "\n"

    if output is None:
        sys.stdout.writelines(lines())
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting")

        def shown() -> Iterator[str]:
            for line in lines():
                progress.update(task, description=f"{counts['articles']} articles, {counts['events']} events")
                yield line

        _write_atomically(shown(), output)
    _say(f"{counts['articles']} articles, {counts['events']} events -> {output}")


def _print_tables(results: Iterator, counts: dict[str, int]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(140, Console().width))
    for art in results:
        counts["events"] += len(art.events)
        table = Table(title=f"{art.id}: {len(art.events)} events", show_lines=True)
        for col in ("type", "aux", "actor", "recipient", "where", "when", "according to", "trigger"):
            table.add_column(col, overflow="fold")

        def who(actors: tuple) -> str:
            return "\n".join(f"{a.name} ({a.country or '?'} {a.sector or ''})".strip() for a in actors)

        for e in art.events:
            table.add_row(
                e.event_type + (f"/{e.mode}" if e.mode else ""),
                e.aux_mode or "",
                who(e.actor),
                who(e.recipient),
                e.location.text if e.location else "",
                e.date or "",
                e.attributed_to.name if e.attributed_to else "",
                e.trigger,
            )
        console.print(table)


@app.command()
def actor(
    text: Annotated[str | None, typer.Argument(help="The mention to code, e.g. 'Russian troops'.")] = None,
    context: Annotated[str | None, typer.Option(help="The sentence or article around the mention.")] = None,
    date: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD the mention refers to.")] = None,
    jsonl: Annotated[str | None, typer.Option(
        "--jsonl", help="Read {text, context, date} lines from a file or -.")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
) -> None:
    """Show how a mention is coded: name, country, sector (and why)."""
    resolver = _resolver(actors)
    if jsonl is None:
        if not text:
            raise _fail("give a mention, e.g. parley actor 'Russian troops', or --jsonl FILE")
        date = _check_date(date, "--date")
        code = resolver.resolve(text, context=context, date=date)
        out = {"text": text, "name": None, "country": None, "sector": None, "why": "no entry or rule matched"}
        if code is not None:
            out.update(name=code.name, country=code.country, sector=code.sector, why=code.why)
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    stream = sys.stdin if jsonl == "-" else None
    if stream is None:
        try:
            stream = open(jsonl, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise _fail(f"{jsonl}: {exc.strerror or exc}") from None
    good = 0
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            row_out: dict[str, str | None] = {"name": None, "country": None, "sector": None, "why": None}
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    raise ValueError("expected an object with a string 'text'")
                code = resolver.resolve(row["text"], context=row.get("context"), date=row.get("date"))
                if code is not None:
                    row_out.update(name=code.name, country=code.country, sector=code.sector, why=code.why)
                good += 1
            except ValueError as exc:  # json.JSONDecodeError is a ValueError
                _say(f"{jsonl}:{n}: {exc}")
                row_out["error"] = str(exc)
            sys.stdout.write(json.dumps(row_out, ensure_ascii=False) + "\n")
    if good == 0:
        raise _fail("no mention could be read", 1)


@app.command()
def bench(
    corpus: Annotated[Path, typer.Option(help="Articles to time (JSONL, optionally .gz).")] = Path(
        "../shared/data/bench/corpus.jsonl.gz"),
    articles: Annotated[int, typer.Option(help="How many articles to time.")] = 300,
    workers: Annotated[int, typer.Option(help="Worker processes (spaCy n_process).")] = 1,
) -> None:
    """Time extraction against a bare spaCy parse of the same texts, in the same run."""
    from parley.bench import run_bench

    if not corpus.exists():
        raise _fail(f"{corpus}: no such file (pass --corpus)")
    result = run_bench(corpus, articles, workers)
    for line in result.lines():
        typer.echo(line)


@app.command()
def evaluate(
    shared: Annotated[Path, typer.Option(help="The shared/ folder with dev sets and the scorer.")] = Path("../shared"),
    check: Annotated[bool, typer.Option(help="Fail when a figure is below its pinned floor.")] = False,
) -> None:
    """Score the dev sets with the reference scorer (the evaluation gate)."""
    from parley.evaluation import main as eval_main

    raise typer.Exit(eval_main(shared, check=check))


@app.command()
def places(
    inputs: Annotated[list[str], typer.Argument(
        help="A .txt article, a .jsonl of articles, a folder, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSONL here (default: stdout).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for parsing (spaCy n_process).")] = 1,
) -> None:
    """Find and locate place names: one {"id", "places": [...]} line per article."""
    from parley.pipeline import locate_many
    from parley.resolve.geoparse import Geoparser

    counts = {"articles": 0, "problems": 0, "places": 0}

    try:
        geo = Geoparser()  # builds the gazetteer index on first use
    except Exception as exc:  # noqa: BLE001 - setup problems get one line, not a traceback
        raise _fail(str(exc), 1) from None

    def lines() -> Iterator[str]:
        for art, found in locate_many(_articles(inputs, None, counts), geo, n_process=max(1, workers)):
            counts["places"] += len(found)
            yield json.dumps({"id": art.id, "places": [p.to_dict() for p in found]}, ensure_ascii=False) + "\n"

    if output is None:
        sys.stdout.writelines(lines())
    else:
        _write_atomically(lines(), output)
        _say(f"{counts['articles']} articles, {counts['places']} places -> {output}")
    _check_read(counts)


def _write_atomically(lines: Iterator[str], output: Path) -> None:
    # Written beside the target and renamed at the end: a killed run never leaves half a file.
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.writelines(lines)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
