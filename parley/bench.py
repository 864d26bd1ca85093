"""Extraction throughput against a bare spaCy parse of the same texts, measured in one run."""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

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
        yield f"ratio extract/parse {self.ratio:.2f}x (target <= 1.5x); peak RSS {self.peak_rss_mb:.0f} MB"


def run_bench(corpus: Path, limit: int = 300, workers: int = 1, rounds: int = 2) -> BenchResult:
    from parley.pipeline import default_pipeline

    pipe = default_pipeline()
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
    return BenchResult(len(arts), words, workers, parse, extract, events, peak)
