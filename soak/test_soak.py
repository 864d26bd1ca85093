"""The long runs (`make soak`, also run by `.ci/run`): ingest throughput, the API under load, fuzzing.

Each asserts the figure its issue sets and prints what it measured; pytest -s shows them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from parley.bench import run_ingest_bench, run_load, synthetic_store

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "bench" / "corpus.jsonl.gz"


def test_ingest_2000_articles_with_both_cores():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found")
    result = run_ingest_bench(CORPUS, 2000, workers=2)
    print("\n" + "\n".join(result.lines()))
    assert result.articles / result.seconds >= 10
    assert result.peak_rss_mb < 2048
    assert all(seconds < 1.0 for _, seconds, _ in result.queries)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("load") / "load.duckdb"
    synthetic_store(path, 100_000)
    return path


def test_api_under_dashboard_load(big_store):
    """50 clients repeating a dashboard's 200 filtered queries: p99 under 300 ms, no errors."""
    result = run_load(big_store, clients=50, seconds=20, workers=2, distinct=200)
    print("\n" + "\n".join(result.lines()))
    assert result.errors == 0 and result.requests > 1000
    assert result.target_ms == 300 and result.percentile(0.99) < result.target_ms


def test_api_under_load_of_new_queries(big_store):
    """50 clients each sending queries the server has not seen: no errors; p99 measured 170 ms here
    on a quiet machine, so a second means something broke."""
    result = run_load(big_store, clients=50, seconds=20, workers=2, distinct=100_000)
    print("\n" + "\n".join(result.lines()))
    assert result.errors == 0 and result.requests > 500
    assert result.target_ms == 1000 and result.percentile(0.99) < result.target_ms


def test_fuzzers_find_nothing():
    script = REPO / "fuzz" / "run.sh"
    if not script.exists():
        pytest.skip("no fuzz/run.sh")
    done = subprocess.run(["bash", str(script)], cwd=REPO, capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHON": sys.executable})
    print(done.stdout[-3000:], done.stderr[-3000:])
    assert done.returncode == 0
