"""Faults: a full disk, a read-only file system, a second writer, and kill -9 during watch.

The disk tests mount a small tmpfs (root only, as CI runs); elsewhere they are skipped.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from archive_doubles import FILLER, MetPipeline, Site, _dump

from parley.archive import Archive
from parley.records import ArticleInput
from parley.store import Store, StoreError

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB file system of its own, unmounted afterwards."""
    where = tmp_path / "disk"
    where.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.decode().strip() or 'not root'})")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def corpus(n: int = 300) -> list[ArticleInput]:
    rng = random.Random(3)
    words = FILLER.split()
    return [ArticleInput(f"a{i}", "Kuleba met Lavrov. " + " ".join(rng.choice(words) for _ in range(2500)))
            for i in range(n)]


def test_a_full_disk_stops_with_a_message_and_a_consistent_store(small_disk, tmp_path):
    db = str(small_disk / "s.duckdb")
    with Store.open(db) as store, pytest.raises(StoreError, match="disk is full.*run the same command again"):
        Archive(store, MetPipeline(), workers=1).ingest_items(corpus())
    with Store.open(db, read_only=True) as store:
        totals = store.totals()
    assert 0 < totals["articles"] < 300
    assert totals["mentions"] == totals["articles"]  # no batch half-written
    # With room again, the same run completes the store exactly.
    subprocess.run(["mount", "-o", "remount,size=200m", str(small_disk)], check=True)
    with Store.open(db) as store:
        Archive(store, MetPipeline(), workers=1).ingest_items(corpus())
    clean = str(tmp_path / "clean.duckdb")
    with Store.open(clean) as store:
        Archive(store, MetPipeline(), workers=1).ingest_items(corpus())
    assert _dump(db) == _dump(clean)


def test_a_read_only_file_system_can_be_queried_not_written(small_disk):
    db = str(small_disk / "s.duckdb")
    with Store.open(db) as store:
        Archive(store, MetPipeline(), workers=1).ingest_items(corpus(5))
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreError, match="cannot write here"):
        Store.open(db)
    with Store.open(db, read_only=True) as store:
        assert store.totals()["articles"] == 5


def test_a_second_writer_is_refused_and_the_first_is_unharmed(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = Store.open(db)
    try:
        Archive(first, MetPipeline(), workers=1).ingest_items(corpus(3))
        other = subprocess.run([sys.executable, "-m", "parley.cli", "ingest", "-", "--db", db, "--workers", "1"],
                               input="Kuleba met Lavrov in Antalya.", capture_output=True, text=True, cwd=REPO)
        assert other.returncode == 1
        assert "open for writing in another process" in other.stderr and "Traceback" not in other.stderr
        Archive(first, MetPipeline(), workers=1).ingest_items(corpus(6))
    finally:
        first.close()
    with Store.open(db, read_only=True) as store:
        assert store.totals()["articles"] == 6


def test_watch_killed_at_random_moments_converges(tmp_path, db_url):
    """kill -9 the real `parley watch` while it fetches and codes a feed, restart it each time: the store
    ends as one clean poll leaves it."""
    site = Site()
    try:
        for i in range(12):
            site.publish(f"/story-{i}.html", f"Story {i}", f"Kuleba met Lavrov in Antalya on day {i}. " + FILLER)
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# test feed\n{site.url}/feed.xml\n")

        def watch(db: str, rounds: int | None) -> subprocess.Popen:
            args = [sys.executable, "-m", "parley.cli", "watch", str(feeds), "--db", db, "--every", "10s",
                    "--workers", "1", "--allow-private"]
            return subprocess.Popen(args + (["--rounds", str(rounds)] if rounds else []), cwd=REPO,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

        clean = str(tmp_path / f"clean-{uuid.uuid4().hex[:6]}.duckdb")
        assert watch(clean, 1).wait(timeout=300) == 0
        rng = random.Random(11)
        for _ in range(3):
            proc = watch(db_url, None)
            time.sleep(rng.uniform(3.0, 8.0))
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
        assert watch(db_url, 1).wait(timeout=300) == 0
        assert _dump(db_url)["articles"] == _dump(clean)["articles"]
        assert _dump(db_url) == _dump(clean)
    finally:
        site.server.shutdown()
