"""Extraction throughput against a bare spaCy parse of the same texts, measured in one run."""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from parley.records import ArticleInput


def read_corpus(path: Path, limit: int) -> list[ArticleInput]:
    """The first `limit` readable articles, read the way `parley extract` reads them."""
    from parley.ingest import read_inputs

    articles = (item for item in read_inputs([str(path)]) if isinstance(item, ArticleInput))
    return list(islice(articles, limit))


@dataclass(frozen=True)
class BenchResult:
    articles: int
    words: int
    workers: int
    parse_seconds: float
    extract_seconds: float
    events: int
    peak_rss_mb: float
    learned: bool = False

    @property
    def ratio(self) -> float:
        return self.extract_seconds / self.parse_seconds if self.parse_seconds else float("inf")

    def lines(self) -> Iterator[str]:
        yield f"articles        {self.articles} ({self.words:,} words), workers {self.workers}"
        yield (f"bare spaCy parse {self.parse_seconds:7.1f} s  {self.articles / self.parse_seconds:6.1f} articles/s  "
               f"{self.words / self.parse_seconds:7.0f} words/s")
        yield (f"parley extract   {self.extract_seconds:7.1f} s  "
               f"{self.articles / self.extract_seconds:6.1f} articles/s  "
               f"{self.words / self.extract_seconds:7.0f} words/s  ({self.events} events)")
        target = "2.0x, with the classifier" if self.learned else "1.5x"
        yield f"ratio extract/parse {self.ratio:.2f}x (target <= {target}); peak RSS {self.peak_rss_mb:.0f} MB"


def run_bench(corpus: Path, limit: int = 300, workers: int = 1, rounds: int = 2, learned: bool = False) -> BenchResult:
    from parley.pipeline import default_pipeline

    pipe = default_pipeline(learned=learned)
    arts = read_corpus(corpus, limit)
    words = sum(len(a.text.split()) for a in arts)
    pipe.nlp("warm up the model")
    parse = extract = float("inf")
    events = 0
    # Alternate the two and keep each one's best run, so a busy machine penalises neither.
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _doc in pipe.nlp.pipe((a.text for a in arts), batch_size=16, n_process=workers):
            pass
        parse = min(parse, time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(a.events) for a in pipe.run(arts, batch_size=16, n_process=workers))
        extract = min(extract, time.perf_counter() - t0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(len(arts), words, workers, parse, extract, events, peak, learned)


@dataclass(frozen=True)
class IngestBenchResult:
    articles: int
    stored: int
    events: int
    workers: int
    seconds: float
    peak_rss_mb: float  # the largest of the main process and its parsing workers
    queries: list[tuple[str, float, int]]  # (what, seconds, rows)

    def lines(self) -> Iterator[str]:
        yield (f"ingest {self.articles} articles into DuckDB with {self.workers} workers: {self.seconds:.1f} s, "
               f"{self.articles / self.seconds:.1f} articles/s (target >= 10), {self.stored} stored, "
               f"{self.events} events coded; peak RSS {self.peak_rss_mb:.0f} MB (target < 2048)")
        for what, seconds, rows in self.queries:
            yield f"query {what:<44} {seconds * 1000:7.1f} ms  {rows} rows (target < 1000 ms)"


def run_ingest_bench(corpus: Path, limit: int = 2000, workers: int = 2, db: Path | None = None) -> IngestBenchResult:
    """Ingest `limit` articles into a new DuckDB store, then time typical queries over it."""
    import tempfile

    from parley.archive import Archive
    from parley.store import Store, make_filter

    arts = read_corpus(corpus, limit)
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "bench.duckdb"
        if path.exists():
            raise FileExistsError(f"{path} exists; the benchmark ingests into a new store")
        with Store.open(str(path)) as store:
            t0 = time.perf_counter()
            report = Archive(store, workers=workers).ingest_items(arts)
            seconds = time.perf_counter() - t0
            queries = []
            examples: tuple[tuple[str, dict[str, Any]], ...] = (
                ("all events, newest first (first 100)", {}),
                ("--actor USA --type CONSULT", {"actor": "USA", "event_type": "CONSULT"}),
                ("--quad material-conflict --aux happened", {"quad": "material-conflict", "aux": "happened"}),
                ("--since 1987-01-01 --until 1987-12-31", {"since": "1987-01-01", "until": "1987-12-31"}),
                ("--near 51.51,-0.13,500 (London)", {"near": "51.51,-0.13,500"}),
                ("--text 'talks'", {"text": "talks"}),
            )
            for what, options in examples:
                t1 = time.perf_counter()
                rows = store.events(make_filter(**options), limit=100)
                queries.append((what, time.perf_counter() - t1, len(rows)))
            t1 = time.perf_counter()
            stats = store.stats()
            queries.append(("stats (type, quad, month, dyads)", time.perf_counter() - t1, stats.total))
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return IngestBenchResult(len(arts), report.stored, report.events, workers, seconds, peak, queries)


# -- the API under load -------------------------------------------------------------------------------

COUNTRIES = ("RUS", "UKR", "USA", "CHN", "ISR", "PSE", "IRN", "SYR", "TUR", "FRA", "DEU", "GBR", "SDN", "ETH",
             "YEM", "SAU", "IND", "PAK", "AFG", "IRQ", "LBN", "EGY", "NGA", "MLI", "COL", "VEN", "MMR", "PRK")


def synthetic_store(path: Path | str, n_events: int, seed: int = 7) -> None:
    """A store of `n_events` made-up events (4 an article, two years, 300 places, 28 countries) for load tests:
    the same shape as coded news, built in seconds instead of hours of extraction."""
    import random
    from datetime import date, timedelta

    from parley.records import EVENT_TYPES, Actor, Article, Event, Evidence, Place, Provenance
    from parley.store import Ingested, Store
    from parley.store.dedup import content_hash

    rnd = random.Random(seed)
    sectors = (None, "GOV", "MIL", "REB", "CVL", "MED")
    aux_modes = (None,) * 7 + ("negation", "future", "hypothetical", "historical")
    places = [Place(f"Place{i}", f"Place{i}", rnd.choice(COUNTRIES), rnd.uniform(-40, 60), rnd.uniform(-100, 140))
              for i in range(300)]
    start = date(2022, 1, 1)
    with Store.open(str(path)) as store:  # a file, or a postgresql:// URL
        batch: list[Any] = []
        for a in range(max(1, n_events // 4)):
            published = (start + timedelta(days=rnd.randrange(730))).isoformat()
            aid = f"art{a}"
            events: list[Event] = []
            sentences: list[str] = []
            for i in range(4):
                actor = Actor("x", f"Actor {rnd.randrange(500)}", rnd.choice(COUNTRIES), rnd.choice(sectors))
                target = Actor("y", f"Actor {rnd.randrange(500)}", rnd.choice(COUNTRIES), rnd.choice(sectors))
                sentence = f"Sentence {i} of {aid}: {actor.name} acted on {target.name}, report {rnd.random():.6f}."
                pos = sum(len(s) + 1 for s in sentences)
                sentences.append(sentence)
                events.append(Event(rnd.choice(EVENT_TYPES), "acted", Evidence(sentence, pos, pos + len(sentence)),
                                    Provenance(aid, pos, pos + 5, "synthetic", "p", "k"),
                                    aux_mode=rnd.choice(aux_modes), actor=(actor,),
                                    recipient=(target,) if rnd.random() < 0.8 else (),
                                    location=rnd.choice(places) if rnd.random() < 0.7 else None,
                                    date=published if rnd.random() < 0.5 else None,
                                    # half as if coded with --learned; drawn without the generator,
                                    # so the store is the one earlier versions made, plus confidences
                                    confidence=None if (a + i) % 2 else ((a * 7 + i * 13) % 100) / 100))
            text = " ".join(sentences)
            batch.append(Ingested(Article(aid, text, f"Title {a}", published, f"Source{rnd.randrange(40)}", None,
                                          tuple(events)), content_hash(text)))
            if len(batch) == 1000:
                store.add(batch)
                batch = []
        store.add(batch)


def load_queries(seed: int = 1, n: int = 200) -> list[str]:
    """Filtered /api/events queries as a dashboard sends them: random dyads, types, quads, months, places."""
    import random
    from urllib.parse import urlencode

    from parley.ontology import QUADS
    from parley.records import EVENT_TYPES

    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        q: dict[str, Any] = {"limit": 50}
        if rnd.random() < 0.6:
            q["actor"] = rnd.choice(COUNTRIES)
        if rnd.random() < 0.4:
            q["recipient"] = rnd.choice(COUNTRIES)
        if rnd.random() < 0.4:
            q["type"] = rnd.choice(EVENT_TYPES)
        elif rnd.random() < 0.5:
            q["quad"] = rnd.choice(QUADS)
        if rnd.random() < 0.5:
            month = rnd.randrange(24)
            q["since"] = f"{2022 + month // 12}-{month % 12 + 1:02d}-01"
        if rnd.random() < 0.3:
            q["aux"] = "happened"
        if rnd.random() < 0.15:
            q["near"] = f"{rnd.uniform(-30, 50):.1f},{rnd.uniform(-90, 130):.1f},1500"
        if rnd.random() < 0.2:
            q["offset"] = 50 * rnd.randrange(1, 5)
        out.append("/api/events?" + urlencode(q))
    return out


# Up to this many distinct queries, a load repeats itself and the response cache serves most of it.
CACHED_QUERIES = 1000


@dataclass(frozen=True)
class LoadResult:
    events: int
    clients: int
    workers: int
    seconds: float
    requests: int
    errors: int
    latencies_ms: list[float]
    target_ms: float  # the p99 the run is held to

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies_ms)
        return xs[min(len(xs) - 1, round(p * (len(xs) - 1)))] if xs else float("nan")

    def lines(self) -> Iterator[str]:
        yield (f"{self.clients} clients for {self.seconds:.0f} s against {self.workers} server process(es), "
               f"{self.events:,} events: {self.requests} requests, {self.requests / self.seconds:.0f}/s, "
               f"{self.errors} errors")
        yield (f"latency p50 {self.percentile(0.5):.0f} ms, p95 {self.percentile(0.95):.0f} ms, "
               f"p99 {self.percentile(0.99):.0f} ms (target < {self.target_ms:.0f} ms), "
               f"max {max(self.latencies_ms):.0f} ms")


def run_load(db: Path, *, clients: int = 50, seconds: float = 20.0, workers: int = 2,
             distinct: int = 200) -> LoadResult:
    """Start `parley serve` on a free loopback port and send it filtered event queries from `clients`
    threads (one keep-alive connection each) for `seconds`: `distinct` different queries in turn
    (a dashboard's shared links repeat; a large number makes nearly every request new to the server,
    which the cache cannot help: those are held to a p99 of a second, repeated ones to 300 ms)."""
    import http.client
    import socket
    import subprocess
    import sys
    import threading

    from parley.store import Store

    with Store.open(str(db), read_only=True) as store:
        n_events = store.count()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "parley.cli", "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(workers), "--rate-limit", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    queries = load_queries(n=distinct)
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start: " + (server.stderr.read() if server.stderr
                                                                       else "")) from None
                time.sleep(0.2)

        def client(index: int, until: float, record: bool) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            n = index
            while time.monotonic() < until:
                url = queries[n % len(queries)]
                n += clients
                t0 = time.perf_counter()
                try:
                    conn.request("GET", url)
                    response = conn.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                elapsed = (time.perf_counter() - t0) * 1000
                if record:
                    with lock:
                        latencies.append(elapsed)
                        errors[0] += not ok
            conn.close()

        for record, span in ((False, min(3.0, seconds / 4)), (True, seconds)):  # a warm-up, then the measure
            until = time.monotonic() + span
            threads = [threading.Thread(target=client, args=(i, until, record)) for i in range(clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return LoadResult(n_events, clients, workers, seconds, len(latencies), errors[0], latencies,
                      300.0 if distinct <= CACHED_QUERIES else 1000.0)
