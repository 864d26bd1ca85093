from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from parley.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"shared/ not found at {SHARED}")
    return SHARED


# -- stores: every store test runs on DuckDB and on a real PostgreSQL ------------------------------

PG_ENV = "PARLEY_TEST_POSTGRES"  # an admin URL of a server the tests may create databases on (.ci/postgres)


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import os
    import uuid

    admin = os.environ.get(PG_ENV)
    if not admin:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: .ci/run starts PostgreSQL and sets it; the store suite must run "
                        "on both back ends in CI")
        pytest.skip(f"{PG_ENV} not set (run .ci/postgres and export its URL to test the PostgreSQL back end)")
    import psycopg

    name = "parley_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, _ = admin.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["duckdb", "postgresql"])
def db_url(request, tmp_path):
    """The store location, once per back end."""
    if request.param == "duckdb":
        return str(tmp_path / "events.duckdb")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def bench_corpus(shared) -> list[str]:
    """The first 200 lines of the benchmark corpus, as JSONL lines."""
    import gzip

    with gzip.open(shared / "data" / "bench" / "corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        return [line for _, line in zip(range(200), f, strict=False)]
