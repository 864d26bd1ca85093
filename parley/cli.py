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
WORDS_HELP = ("Your own words for the rules' word classes (a file shaped like parley/knowledge/words.yaml), "
              "added to the shipped ones.")
LEARNED_HELP = "Add the learned classifier: a confidence on every event, and events it finds where no rule fired."


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
    words: Annotated[list[Path] | None, typer.Option("--words", help=WORDS_HELP)] = None,
    learned: Annotated[bool, typer.Option("--learned", help=LEARNED_HELP)] = False,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="With --learned: leave out events below this confidence.")] = 0.0,
) -> None:
    """Extract events: one JSON article per line with its `events` (shared/spec/events.md)."""
    from dataclasses import replace

    published = _check_date(published, "--published")
    if min_confidence and not learned:
        raise _fail("--min-confidence needs the classifier's confidence: add --learned", 2)
    counts = {"articles": 0, "problems": 0, "events": 0}
    pipe = replace(_pipeline(_resolver(actors), learned, tuple(words or ())), min_confidence=min_confidence)
    results = pipe.run(_articles(inputs, published, counts), n_process=max(1, workers), on_error=_say)
    if table:
        _print_tables(results, counts)
    else:
        _write_jsonl(results, output, counts)
    _check_read(counts)


def _pipeline(resolver: Any, learned: bool, words: tuple[Path, ...] = ()) -> Any:
    """The shipped pipeline, or one line saying why it cannot be built (a bad words file, a missing
    model or classifier)."""
    from parley.extractor.lexicon import LexiconError
    from parley.pipeline import default_pipeline

    try:
        return default_pipeline(resolver, learned=learned, extra_words=words)
    except LexiconError as exc:  # the user's file: usage, like a bad --actors file
        raise _fail(" ".join(str(exc).split())) from None
    except Exception as exc:  # noqa: BLE001 - setup problems get one line, not a traceback
        raise _fail(str(exc), 1) from None


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
def train(
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Where to write the classifier "
                                             "(default: the shipped parley/knowledge/classifier.npz).")] = None,
    corpus: Annotated[list[Path] | None, typer.Option(
        "--corpus", help="JSONL training files (default: training/sentences.jsonl and training/written/).")] = None,
    cache: Annotated[Path | None, typer.Option(help="Keep sentence vectors here between runs.")] = None,
) -> None:
    """Train the learned event-type classifier from the repo's own corpus (deterministic)."""
    from parley.learn.classifier import ARTIFACT
    from parley.learn.encoder import EncoderMissing
    from parley.learn.train import train as train_head

    for path in corpus or []:
        if not path.is_file():
            raise _fail(f"{path}: no such training file", 2)
    try:
        train_head(files=corpus or None, out=out or ARTIFACT, cache=cache, say=_say)
    except (EncoderMissing, ValueError, KeyError, json.JSONDecodeError) as exc:
        raise _fail(f"training failed: {exc}", 1) from None


@app.command()
def bench(
    what: Annotated[str, typer.Argument(help="extract (vs a bare spaCy parse), ingest (into DuckDB), or api "
                                             "(the server under load).")] = "extract",
    corpus: Annotated[Path, typer.Option(help="Articles to time (JSONL, optionally .gz).")] = Path(
        "../shared/data/bench/corpus.jsonl.gz"),
    articles: Annotated[int | None, typer.Option(help="How many articles (extract: 300, ingest: 2000).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (extract: 1, ingest and api: 2).")] = None,
    events: Annotated[int, typer.Option(help="api: events in the synthetic store.")] = 100_000,
    clients: Annotated[int, typer.Option(help="api: concurrent clients.")] = 50,
    seconds: Annotated[float, typer.Option(help="api: how long to measure.")] = 20.0,
    db: Annotated[Path | None, typer.Option("--db", help="api: an existing store to load instead of a synthetic "
                                                        "one (built in a temporary folder).")] = None,
    learned: Annotated[bool, typer.Option("--learned", help="extract: with the learned classifier.")] = False,
) -> None:
    """Time extraction against a bare spaCy parse, ingest into a store and its queries, or the API under load."""
    from parley.bench import run_bench, run_ingest_bench, run_load, synthetic_store

    if what == "api":
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            store = db or Path(tmp) / "load.duckdb"
            if db is None:
                _say(f"building a synthetic store of {events:,} events ...")
                synthetic_store(store, events)
            for label, distinct in (("dashboard traffic (200 queries repeated: served from the response cache)",
                                     200), ("every query new to the server (the cache cannot help)", 100_000)):
                typer.echo(label)
                for line in run_load(store, clients=clients, seconds=seconds, workers=workers or 2,
                                     distinct=distinct).lines():
                    typer.echo("  " + line)
        return
    if not corpus.exists():
        raise _fail(f"{corpus}: no such file (pass --corpus)")
    if what == "extract":
        result: Any = run_bench(corpus, articles or 300, workers or 1, learned=learned)
    elif what == "ingest":
        result = run_ingest_bench(corpus, articles or 2000, workers or 2)
    else:
        raise _fail(f"bench {what!r}: use extract, ingest or api")
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


# -- the archive: ingest, watch, query, stats ---------------------------------------------------------

DB_HELP = "The store: a DuckDB file path, or a postgresql://user:password@host/db URL. Default: $PARLEY_DB."
DbOption = Annotated[str, typer.Option("--db", envvar="PARLEY_DB", help=DB_HELP)]


def _open_store(db: str, *, read_only: bool = False) -> Any:
    from parley.store import Store, StoreError

    try:
        return Store.open(db, read_only=read_only)
    except StoreError as exc:
        raise _fail(str(exc), 1) from None


def _progress_archive(store: Any, workers: int, allow_private: bool, pipeline: Any = None) -> tuple[Any, Any]:
    """An Archive whose progress shows on a rich status line, and that line's context manager."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from parley.archive import Archive

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("loading the model")

    def shown(report: Any) -> None:
        rate = report.read / report.seconds if report.seconds else 0.0
        progress.update(task, description=f"{report.read} articles read, {report.stored} stored, "
                                          f"{report.events} events ({rate:.1f} articles/s)")

    def problem(message: str) -> None:
        progress.console.print(f"parley: {message}", markup=False, highlight=False)

    archive = Archive(store, pipeline, workers=workers, allow_private=allow_private, on_problem=problem,
                      on_progress=shown)
    return archive, progress


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help=(
        "Articles: .txt/.html files, .jsonl/.csv of articles, folders, article URLs, or RSS/Atom feeds "
        "(URL or file)."))],
    db: DbOption,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for parsing (both cores by default).")] = 2,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow URLs on loopback and private networks (refused by default).")] = False,
    from_parquet: Annotated[bool, typer.Option(
        "--from-parquet", help="SOURCES are `parley batch` output folders: store their events as coded.")] = False,
    learned: Annotated[bool, typer.Option("--learned", help="Code with the learned classifier too: every "
                                          "stored event gets a confidence.")] = False,
) -> None:
    """Code articles into the store, skipping what it already has; near-copies are linked, not coded."""
    from parley.store import StoreError

    published = _check_date(published, "--published")
    pipeline = _pipeline(None, learned=True) if learned else None  # else the archive loads the rules' own
    with _open_store(db) as store:
        archive, progress = _progress_archive(store, workers, allow_private, pipeline)
        try:
            with progress:
                if from_parquet:
                    from parley.batch import precoded

                    archive.use_precoded()
                    report = archive.ingest_items(precoded([Path(s) for s in sources]))
                else:
                    report = archive.ingest(sources, published)
        except StoreError as exc:
            raise _fail(str(exc), 1) from None
        for line in report.lines():
            _say(line)
        totals = store.totals()
    _say(f"store {db}: {totals['articles']} articles, {totals['events']} events, {totals['mentions']} mentions")
    if report.read == 0 and report.problems:
        raise _fail("nothing could be read (see the messages above)", 1)


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="A file of feed URLs (or feed files), one a line; # for comments.")],
    db: DbOption,
    every: Annotated[str, typer.Option(help="How often to poll: 15m, 1h, 90s.")] = "15m",
    rounds: Annotated[int | None, typer.Option(help="Stop after this many polls (default: until stopped).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 2,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow loopback/private URLs.")] = False,
) -> None:
    """Poll feeds and ingest what is new until stopped (Ctrl-C); safe to stop and restart at any moment."""
    from parley.archive import feed_list, parse_every

    try:
        seconds = parse_every(every)
        urls = feed_list(feeds)
    except (ValueError, OSError) as exc:
        raise _fail(f"{feeds}: {exc}" if isinstance(exc, OSError) else str(exc)) from None
    if not urls:
        raise _fail(f"{feeds}: no feeds listed")
    with _open_store(db) as store:
        archive, _ = _progress_archive(store, workers, allow_private)

        def said(n: int, report: Any) -> None:
            _say(f"poll {n}: " + "; ".join(report.lines()))

        try:
            archive.watch(urls, seconds, rounds=rounds, on_round=said)
        except KeyboardInterrupt:
            _say("stopped; everything stored so far is kept")


FORMAT_HELP = "table, csv, jsonl, parquet, geojson, gdelt or acled (docs/formats.md)."


@app.command()
def query(
    db: DbOption,
    actor: Annotated[list[str] | None, typer.Option(help="Actor: a country code (UKR), a code and sector "
                                                         "(UKR GOV) or a name; repeat for any of several.")] = None,
    recipient: Annotated[list[str] | None, typer.Option(help="Recipient, as for --actor.")] = None,
    country: Annotated[list[str] | None, typer.Option(help="Where it happened: ISO alpha-3 code.")] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    quad: Annotated[list[str] | None, typer.Option(help="verbal-cooperation, material-cooperation, "
                                                        "verbal-conflict or material-conflict.")] = None,
    aux: Annotated[str, typer.Option(help="any, happened (aux_mode null or historical), or one aux_mode.")] = "any",
    since: Annotated[str | None, typer.Option(help="From this day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To this day, YYYY-MM-DD (inclusive).")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON,KM: events located within KM of a point.")] = None,
    text: Annotated[str | None, typer.Option(help="Words that must all be in the evidence sentence.")] = None,
    min_sources: Annotated[int, typer.Option(help="Reported by at least this many sources.")] = 1,
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="The learned classifier at least this sure of the type; only events stored by "
                               "ingest --learned have a confidence.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events (newest first).")] = None,
    format_: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (default: stdout; "
                                                "parquet: a .parquet file, or a folder partitioned by month).")] = None,
) -> None:
    """Events from the store, filtered, in the format your tools read."""
    from parley.export import FORMATS, ExportError, write_events
    from parley.store import FilterError, make_filter

    if format_ not in FORMATS:
        raise _fail(f"--format {format_!r} is unknown; use one of {', '.join(FORMATS)}")
    try:
        f = make_filter(actor=actor, recipient=recipient, country=country, event_type=type_, quad=quad, aux=aux,
                        since=since, until=until, near=near, text=text, min_sources=min_sources,
                        min_confidence=min_confidence)
    except FilterError as exc:
        raise _fail(str(exc)) from None
    if limit is not None and limit < 1:
        raise _fail("--limit must be at least 1")
    with _open_store(db, read_only=True) as store:
        events = store.events(f, limit=limit) if limit else store.iter_events(f)
        try:
            n = write_events(events, format_, output)
        except ExportError as exc:
            raise _fail(str(exc), 1) from None
    if output is not None:
        _say(f"{n} events -> {output}")


@app.command()
def stats(
    db: DbOption,
    since: Annotated[str | None, typer.Option(help="From this day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To this day, YYYY-MM-DD.")] = None,
    aux: Annotated[str, typer.Option(help="any, or happened to count only what happened.")] = "any",
    top: Annotated[int, typer.Option(help="How many dyads to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Counts by type, quad category, dyad and month, with each dyad's cooperation/conflict score
    (the mean PLOVER score of its events, -10 conflict to +10 cooperation)."""
    from rich.console import Console
    from rich.table import Table

    from parley.store import FilterError, make_filter

    try:
        f = make_filter(since=since, until=until, aux=aux)
    except FilterError as exc:
        raise _fail(str(exc)) from None
    with _open_store(db, read_only=True) as store:
        result = store.stats(f, top=max(1, top))
        totals = store.totals()
    if as_json:
        typer.echo(json.dumps({"store": totals, **result.to_dict()}, ensure_ascii=False, indent=1))
        return
    console = Console()
    console.print(f"{totals['articles']} articles ({totals['duplicates']} near-duplicates), {totals['events']} events, "
                  f"{totals['mentions']} mentions, {totals['sources']} sources; {result.total} events match")
    for title, rows in (("by type", result.by_type), ("by quad category", result.by_quad),
                        ("by month", result.by_month)):
        table = Table(title=title)
        table.add_column("")
        table.add_column("events", justify="right")
        for key, n in rows:
            table.add_row(str(key), str(n))
        console.print(table)
    table = Table(title="dyads: mean PLOVER score (-10 conflict .. +10 cooperation)")
    for col in ("actor", "recipient", "events", "score", "cooperative", "conflictual"):
        table.add_column(col, justify="left" if col in ("actor", "recipient") else "right")
    for d in result.dyads:
        table.add_row(d.actor, d.recipient, str(d.events), "" if d.score is None else f"{d.score:+.2f}",
                      str(d.cooperative), str(d.conflictual))
    console.print(table)


@app.command()
def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="PARLEY_TOKEN", help=(
        "Enable writing (POST /api/articles) for requests bearing this token; read-only without it."))] = None,
    workers: Annotated[int, typer.Option(help="Server processes (2 uses both cores of a busy machine).")] = 1,
    rate_limit: Annotated[float, typer.Option(help="Requests a second per client address (0: no limit).")] = 50.0,
) -> None:
    """The analyst's desk: a dashboard and a REST API (/api/, OpenAPI at /api/openapi.json) over a store."""
    from parley.store import StoreError
    from parley.web import serve as run_server

    if token is not None and len(token) < 16:
        raise _fail("--token must be at least 16 characters (a random one: python -c 'import secrets; "
                    "print(secrets.token_urlsafe(24))')")
    try:
        run_server(db, host=host, port=port, token=token, workers=max(1, workers), rate_limit=max(0.0, rate_limit))
    except StoreError as exc:
        raise _fail(str(exc), 1) from None


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="JSONL (.gz) or Parquet files of articles, or folders of them.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder: events/ (Parquet by month), articles/, "
                                                    "manifest.json.")],
    engine: Annotated[str, typer.Option(help="local (this machine's cores) or ray (Ray Data).")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster to join (ray://host:10001 or auto); "
                                                     "default: start a local Ray.")] = None,
    workers: Annotated[int, typer.Option(help="Parallel workers (processes or Ray actors).")] = 2,
    learned: Annotated[bool, typer.Option("--learned", help=LEARNED_HELP)] = False,
) -> None:
    """Extract events from a large collection, on this machine or a Ray cluster; resumable."""
    from parley.batch import BatchError, run_batch

    if engine not in ("local", "ray"):
        raise _fail(f"--engine {engine!r}: use local or ray")
    try:
        manifest = run_batch(inputs, out, engine=engine, address=address, workers=max(1, workers), on_problem=_say,
                             on_progress=_say, learned=learned)
    except BatchError as exc:
        raise _fail(str(exc), 1) from None
    for line in manifest.lines():
        _say(line)


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
