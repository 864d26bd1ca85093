"""Ingest into a store: idempotent, deduplicated, resumable after kill -9.

Most tests code with a stand-in pipeline (one CONSULT per sentence saying "met"), so they test
the archive, not extraction; the kill test runs the real `parley ingest`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archive_doubles import FILLER, MetPipeline, Site, _dump

from parley.archive import Archive, parse_every
from parley.store import Store

REPO = Path(__file__).resolve().parent.parent


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path) -> Path:
    return write_jsonl(tmp_path / "in.jsonl", [
        {"id": "one", "text": "Kuleba met Lavrov in Antalya. " + FILLER, "published": "2022-03-10", "source": "AP"},
        {"id": "two", "text": "Zelensky spoke to parliament about the war and the economy. " + FILLER * 2,
         "published": "2022-03-11", "source": "BBC"},
        # a wire copy of "one" with a new credit line: linked, not coded
        {"id": "one-copy", "text": "Kuleba met Lavrov in Antalya. " + FILLER + "Reporting by Reuters staff.",
         "published": "2022-03-10", "source": "Yahoo"},
        {"id": "bad", "text": ""},
        {"id": "three", "text": "Erdogan met Kuleba in Ankara. " + FILLER.replace("ninety", "sixty") + " Also, "
         "the ministers met again later.", "published": "2022-03-12", "source": "AP"},
    ])


def test_ingest_stores_links_and_reports(tmp_path, articles):
    problems: list[str] = []
    pipe = MetPipeline()
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        report = Archive(store, pipe, workers=1, on_problem=problems.append).ingest([str(articles)])
        assert pipe.coded == ["one", "two", "three"]
        assert (report.read, report.stored, report.near_duplicates) == (4, 4, 1)
        assert len(problems) == 1 and "in.jsonl:4" in problems[0]
        assert store.article("one-copy").duplicate_of == "one"
        # "three" reports one meeting twice (same actors, same day): one event, two mentions
        assert (store.totals()["events"], store.totals()["mentions"], report.events) == (2, 3, 3)


def test_ingest_twice_stores_nothing_new(tmp_path, articles):
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        Archive(store, MetPipeline(), workers=1).ingest([str(articles)])
        before = store.totals()
        pipe = MetPipeline()
        report = Archive(store, pipe, workers=1).ingest([str(articles)])
        assert pipe.coded == [] and report.stored == 0
        assert report.skipped["already stored (same id)"] == 4
        assert store.totals() == before


def test_the_same_text_under_another_id_is_not_coded_twice(tmp_path, articles):
    again = write_jsonl(tmp_path / "again.jsonl", [{"id": "other-id", "text": json.loads(
        articles.read_text().splitlines()[0])["text"].upper()}])
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        Archive(store, MetPipeline(), workers=1).ingest([str(articles)])
        report = Archive(store, MetPipeline(), workers=1).ingest([str(again)])
        assert report.skipped["already stored (same text)"] == 1 and report.stored == 0


def test_near_duplicates_are_found_across_runs(tmp_path, articles):
    later = write_jsonl(tmp_path / "later.jsonl", [
        {"id": "late-copy", "text": "UPDATED: Kuleba met Lavrov in Antalya. " + FILLER, "source": "Other"}])
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        Archive(store, MetPipeline(), workers=1).ingest([str(articles)])
    with Store.open(str(tmp_path / "s.duckdb")) as store:  # a new process would start here
        report = Archive(store, MetPipeline(), workers=1).ingest([str(later)])
        assert report.near_duplicates == 1
        assert store.article("late-copy").duplicate_of == "one"


@pytest.mark.parametrize("text,seconds", [("15m", 900), ("1h30m", 5400), ("90s", 90), ("2h", 7200)])
def test_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "often", "5s", "15 minutes"])
def test_bad_every(text):
    with pytest.raises(ValueError, match="--every"):
        parse_every(text)


# -- kill -9 --------------------------------------------------------------------------------------

def _ingest(corpus: Path, db: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "parley.cli", "ingest", str(corpus), "--db", db, "--workers", "1"],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def test_killed_runs_converge_to_the_clean_store(tmp_path, db_url, bench_corpus):
    """kill -9 the real `parley ingest` at random moments, rerun each time: the store ends exactly as a
    clean run leaves it (no article lost, no event or mention twice)."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(bench_corpus[:120]), encoding="utf-8")
    clean = str(tmp_path / "clean.duckdb")
    began = time.monotonic()
    assert _ingest(corpus, clean).wait(timeout=300) == 0
    took = time.monotonic() - began
    rng = random.Random(7)
    kills = 0
    for _ in range(3):
        proc = _ingest(corpus, db_url)
        time.sleep(rng.uniform(0.4, 0.9) * took)  # after the model has loaded, while batches are written
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    assert _ingest(corpus, db_url).wait(timeout=300) == 0
    assert kills >= 1
    assert _dump(db_url) == _dump(clean)


# -- web pages and feeds, served on loopback ---------------------------------------------------------

@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


def test_a_feed_is_polled_for_what_is_new(tmp_path, site):
    site.publish("/a.html", "Talks in Antalya", "Kuleba met Lavrov in Antalya on Thursday.")
    site.publish("/b.html", "Corridor", "Shelling hit the humanitarian corridor near Mariupol.")
    feed = f"{site.url}/feed.xml"
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        archive = Archive(store, MetPipeline(), workers=1, allow_private=True)
        first = archive.ingest([feed])
        assert first.stored == 2 and first.events == 1
        stored = store.article(store.events()[0].article.id)
        assert stored.source == "Dispatch" and stored.published == "2022-03-10"
        assert "Subscribe" not in stored.text and stored.url == f"{site.url}/a.html"

        site.hits.clear()
        assert archive.ingest([feed]).read == 0  # 304 Not Modified: nothing fetched but the feed
        assert site.hits == ["/feed.xml"]

        site.etag = '"v2"'
        site.publish("/c.html", "Aid", "The UN sent aid to Zaporizhzhia after the ministers met in Kyiv.")
        site.hits.clear()
        rounds: list[int] = []
        archive.watch([feed], every=0.01, rounds=2, on_round=lambda n, report: rounds.append(report.stored))
        assert rounds == [1, 0]  # a new entry, then nothing new
        assert site.hits.count("/c.html") == 1 and "/a.html" not in site.hits
        assert store.feed_state(feed)[0] == '"v2"'


def test_urls_and_bad_sources_side_by_side(tmp_path, site, articles):
    site.publish("/a.html", "Talks", "Kuleba met Lavrov in Antalya on Thursday.")
    problems: list[str] = []
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        report = Archive(store, MetPipeline(), workers=1, allow_private=True, on_problem=problems.append).ingest(
            [f"{site.url}/a.html", f"{site.url}/missing.html", "ftp://example.org/x", str(articles),
             str(tmp_path / "nowhere.jsonl")])
        assert report.stored == 5  # the page and the four readable rows of the file
        assert len(problems) == 4
        assert any("404" in p for p in problems) and any("nowhere.jsonl" in p for p in problems)


def test_private_addresses_are_refused_by_default(tmp_path, site):
    site.publish("/a.html", "Talks", "Kuleba met Lavrov in Antalya on Thursday.")
    problems: list[str] = []
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        report = Archive(store, MetPipeline(), workers=1, on_problem=problems.append).ingest([f"{site.url}/a.html"])
    assert report.stored == 0 and site.hits == []
    assert "refused" in problems[0] and "--allow-private" in problems[0]
