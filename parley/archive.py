"""Keeping an archive: sources in, deduplicated and coded, into a store (`parley ingest`, `parley watch`).

The flow is one stream: sources -> readable articles -> not already stored, not a copy ->
the extraction pipeline (both cores) -> the store, a batch per transaction. Anything that
cannot be read is reported with its reason and the stream goes on.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.records import Article, ArticleInput, InputProblem
from parley.store import Ingested, Store
from parley.store.dedup import NearDuplicates, content_hash, decode, encode, signature

BATCH = 32  # articles per store transaction: small enough that a kill loses seconds, big enough to be fast
BATCH_SECONDS = 3.0


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    events: int = 0  # coded from the articles read (mentions); reports of one event are merged in the store
    near_duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count (already stored, unreadable...)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> Iterator[str]:
        rate = self.read / self.seconds if self.seconds else 0.0
        yield (f"read {self.read} articles in {self.seconds:.1f} s ({rate:.1f}/s): stored {self.stored} "
               f"({self.near_duplicates} of them near-duplicates, linked to their first copy, not coded), "
               f"{self.events} events coded")
        for reason, n in self.skipped.most_common():
            yield f"skipped {n}: {reason}"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _is_feed_file(source: str) -> bool:
    path = Path(source)
    return path.suffix.lower() in (".rss", ".atom", ".xml") and path.is_file()


class Archive:
    """Sources into `store`, coded by `pipeline` (built on first use when not given)."""

    def __init__(self, store: Store, pipeline: Any = None, *, workers: int = 2, allow_private: bool = False,
                 on_problem: Callable[[str], None] | None = None,
                 on_progress: Callable[[IngestReport], None] | None = None):
        self.store = store
        self._pipeline = pipeline
        self.workers = max(1, workers)
        self.allow_private = allow_private
        self.on_problem = on_problem or (lambda message: None)
        self.on_progress = on_progress or (lambda report: None)
        self._feed_states: list[tuple[str, str | None, str | None, str]] = []
        self.copies = NearDuplicates()
        for article_id, text in store.signatures():
            sig = decode(text)
            if sig is not None:
                self.copies.add(article_id, sig)

    def use_precoded(self) -> None:
        """Store articles as they come, with the events they already carry (`parley batch` output)
        instead of coding them; deduplication works as for any ingest."""
        self._pipeline = Precoded()

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from parley.pipeline import default_pipeline

            self._pipeline = default_pipeline()
        return self._pipeline

    # -- sources ---------------------------------------------------------------------------------

    def read(self, sources: Iterable[str], published: str | None = None) -> Iterator[ArticleInput | InputProblem]:
        """Every article of every source, in order: files and folders through `parley.ingest.read_inputs`,
        URLs fetched (a feed URL or file gives the articles its entries link to)."""
        from parley.ingest import read_inputs

        files: list[str] = []
        for source in sources:
            if is_url(source) or _is_feed_file(source):
                if files:
                    yield from read_inputs(files, published=published)
                    files = []
                yield from self._remote(source, published)
            else:
                files.append(source)
        if files:
            yield from read_inputs(files, published=published)

    def _remote(self, source: str, published: str | None) -> Iterator[ArticleInput | InputProblem]:
        """An article URL, or a feed (URL or file): its entries' articles, each fetched unless stored."""
        from parley.ingest.feeds import FeedState, looks_like_feed, parse_feed, read_feed
        from parley.ingest.web import article_id_for_url, fetch, read_url

        etag, modified = self.store.feed_state(source)
        if is_url(source):
            # One request decides what the URL is; a feed polled before is asked only for changes.
            headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
            got = fetch(source, allow_private=self.allow_private, headers=headers)
            if isinstance(got, InputProblem):
                yield got
                return
            if got.status == 304:
                feed: Any = read_feed(source, FeedState(etag, modified), fetcher=lambda *a, **k: got)
            elif looks_like_feed(got.body):
                state = FeedState(got.headers.get("etag"), got.headers.get("last-modified"))
                feed = parse_feed(got.body, got.url, source, state, got.headers.get("content-type"))
            else:
                yield read_url(source, published=published, fetcher=lambda *a, **k: got)
                return
        else:
            feed = read_feed(source)
        if isinstance(feed, InputProblem):
            self._feed_states.append((source, etag, modified, feed.reason))
            yield feed
            return
        for entry in feed.entries:
            if not entry.url:
                yield InputProblem(f"{source}: entry {entry.id or entry.title!r}", "no http(s) link to an article")
                continue
            known = self.store.known(article_id_for_url(entry.url), entry.url, "")
            if known is not None:  # stored by an earlier poll: not fetched again
                yield InputProblem(entry.url, f"already stored ({known.reason})")
                continue
            yield read_url(entry.url, allow_private=self.allow_private, published=entry.published or published)
        status = "not modified" if feed.not_modified else f"{len(feed.entries)} entries"
        self._feed_states.append((source, feed.state.etag, feed.state.modified, status))

    # -- the run ---------------------------------------------------------------------------------

    def ingest(self, sources: Iterable[str], published: str | None = None) -> IngestReport:
        self._feed_states = []
        report = self.ingest_items(self.read(sources, published))
        # A feed's new state (ETag, Last-Modified) is saved only once its entries are stored: a run killed
        # before then polls the feed again as it last stood, and skips the entries it already has.
        for state in self._feed_states:
            self.store.save_feed_state(*state)
        return report

    def ingest_items(self, items: Iterable[ArticleInput | Article | InputProblem]) -> IngestReport:
        """Store `items` in order: readable articles are coded (or, after `use_precoded`, taken with
        their events), problems are reported and counted."""
        report = IngestReport()
        started = time.perf_counter()
        seen: dict[str, str] = {}  # this run's ids, URLs and content hashes -> article id
        aside: list[Ingested] = []  # near-copies, stored with the next batch
        prepared: dict[str, tuple[str, str | None, str]] = {}  # id -> content hash, signature, origin

        def fresh() -> Iterator[ArticleInput | Article]:
            for item in items:
                if isinstance(item, InputProblem):
                    reason = item.reason
                    if reason.startswith("already stored"):
                        report.skipped[reason] += 1
                    else:
                        report.skipped["unreadable: see the messages"] += 1
                        report.problems.append(item.message())
                        self.on_problem(item.message())
                    continue
                report.read += 1
                digest = content_hash(item.text)
                twin = seen.get(item.id) or (item.url and seen.get(item.url)) or seen.get(digest)
                if twin is not None:
                    report.skipped["already read in this run (same id, URL or text)"] += 1
                    continue
                known = self.store.known(item.id, item.url, digest)
                if known is not None:
                    report.skipped[f"already stored ({known.reason})"] += 1
                    continue
                for key in (item.id, item.url, digest):
                    if key:
                        seen[key] = item.id
                sig = signature(item.text)
                first = self.copies.first_copy(sig) if sig is not None else None
                if first is not None:
                    report.near_duplicates += 1
                    article = Article(item.id, item.text, item.title, item.published, item.source, item.url)
                    aside.append(Ingested(article, digest, None, first, getattr(item, "origin", "")))
                    continue
                if sig is not None:
                    self.copies.add(item.id, sig)
                prepared[item.id] = (digest, encode(sig) if sig is not None else None, getattr(item, "origin", ""))
                yield item

        pipe = self.pipeline
        batch: list[Ingested] = []
        last = time.perf_counter()

        def flush() -> None:
            nonlocal batch, last
            batch.extend(aside)
            aside.clear()
            self.store.add(batch)
            report.stored += len(batch)
            report.events += sum(len(i.article.events) for i in batch)
            batch = []
            last = time.perf_counter()
            report.seconds = last - started
            self.on_progress(report)

        for article in pipe.run(fresh(), n_process=self.workers, on_error=self.on_problem):
            digest, sig_text, origin = prepared.pop(article.id)
            batch.append(Ingested(article, digest, sig_text, None, origin, pipe.pipeline_version))
            if len(batch) >= BATCH or time.perf_counter() - last > BATCH_SECONDS:
                flush()
        flush()
        report.seconds = time.perf_counter() - started
        return report

    def watch(self, feeds: list[str], every: float, stop: threading.Event | None = None, rounds: int | None = None,
              on_round: Callable[[int, IngestReport], None] | None = None) -> None:
        """Poll `feeds` every `every` seconds and ingest what is new, until `stop` is set (or `rounds`
        polls are done). Safe to kill at any moment: each batch is one transaction, and a feed's
        state is saved only after its entries are stored or known."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            began = time.monotonic()
            report = self.ingest(feeds)
            done += 1
            if on_round:
                on_round(done, report)
            if rounds is not None and done >= rounds:
                return
            stop.wait(max(0.0, every - (time.monotonic() - began)))


class Precoded:
    """A stand-in pipeline for articles coded elsewhere: their events pass through unchanged."""

    pipeline_version = "precoded"

    def run(self, articles: Iterable[Any], batch_size: int = 16, n_process: int = 1,
            on_error: Callable[[str], None] | None = None) -> Iterator[Article]:
        for art in articles:
            yield art if isinstance(art, Article) else Article(art.id, art.text, art.title, art.published,
                                                                art.source, art.url)


def feed_list(path: Path) -> list[str]:
    """The feeds of a watch list: one URL or file per line; blank lines and lines starting with # ignored."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def parse_every(text: str) -> float:
    """'15m', '90s', '1h', '1h30m' -> seconds."""
    parts = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text.strip().lower())
    if not parts or not any(parts.groups()):
        raise ValueError(f"--every must look like 15m, 90s, 1h or 1h30m, got {text!r}")
    h, m, s = (int(g or 0) for g in parts.groups())
    seconds = h * 3600 + m * 60 + s
    if seconds < 10:
        raise ValueError("--every must be at least 10s (be kind to the feeds' servers)")
    return float(seconds)
