"""`parley ingest`, `query` and `stats` as a user meets them, on the founding example."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def founding_db(tmp_path_factory, shared):
    db = str(tmp_path_factory.mktemp("store") / "founding.duckdb")
    res = run("ingest", str(shared / "examples" / "mariupol-talks.txt"), "--db", db, "--published", "2022-03-10",
              "--workers", "1")
    assert res.exit_code == 0, res.stderr
    assert "stored 1" in res.stderr
    return db


def test_ingest_again_stores_nothing(founding_db, shared):
    res = run("ingest", str(shared / "examples" / "mariupol-talks.txt"), "--db", founding_db, "--workers", "1")
    assert res.exit_code == 0
    assert "skipped 1: already stored (same id)" in res.stderr


def test_query_jsonl_is_the_spec_record_with_store_fields(founding_db):
    res = run("query", "--db", founding_db, "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(records) >= 8
    for r in records:
        assert {"event_type", "aux_mode", "actor", "recipient", "evidence", "provenance", "num_sources"} <= set(r)
    failed_talks = [r for r in records if r["event_type"] == "AGREE" and r["aux_mode"] == "negation"]
    assert failed_talks, "the founding example's 'couldn't reach an agreement' is stored as a negated AGREE"


def test_filters_narrow_the_result(founding_db):
    everything = run("query", "--db", founding_db, "--format", "jsonl").stdout.splitlines()
    assaults = run("query", "--db", founding_db, "--format", "jsonl", "--type", "ASSAULT").stdout.splitlines()
    happened = run("query", "--db", founding_db, "--format", "jsonl", "--aux", "happened").stdout.splitlines()
    assert 0 < len(assaults) < len(everything) and len(happened) < len(everything)
    assert all(json.loads(x)["event_type"] == "ASSAULT" for x in assaults)
    russia = run("query", "--db", founding_db, "--format", "jsonl", "--actor", "RUS", "--quad", "material-conflict")
    assert all(any(a["country"] == "RUS" for a in json.loads(x)["actor"]) for x in russia.stdout.splitlines())


def test_every_format(founding_db, tmp_path):
    table = run("query", "--db", founding_db)
    assert table.exit_code == 0 and "CONSULT" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("query", "--db", founding_db, "-f", "csv").stdout)))
    assert rows and rows[0]["event_type"]
    geo = json.loads(run("query", "--db", founding_db, "-f", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    gdelt = run("query", "--db", founding_db, "-f", "gdelt").stdout.splitlines()
    assert gdelt and all(len(line.split("\t")) == 61 for line in gdelt)
    acled = run("query", "--db", founding_db, "-f", "acled").stdout.splitlines()
    assert acled[0].startswith("event_id_cnty")
    folder = tmp_path / "parquet"
    res = run("query", "--db", founding_db, "-f", "parquet", "-o", str(folder))
    assert res.exit_code == 0, res.stderr
    assert list(folder.glob("year=2022/month=3/*.parquet"))


@pytest.mark.parametrize("args,message", [
    (["--since", "March"], "YYYY-MM-DD"),
    (["--type", "BOMBING"], "PLOVER type"),
    (["--near", "47,37"], "LAT,LON,KM"),
    (["-f", "xlsx"], "unknown"),
    (["-f", "parquet"], "-o"),
])
def test_bad_options_get_one_line(founding_db, args, message):
    res = run("query", "--db", founding_db, *args)
    assert res.exit_code != 0 and message in res.stderr and "Traceback" not in res.stderr


def test_a_missing_store(tmp_path):
    res = run("query", "--db", str(tmp_path / "nothing.duckdb"))
    assert res.exit_code == 1 and "parley ingest" in res.stderr


def test_stats(founding_db):
    res = run("stats", "--db", founding_db, "--json")
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["store"]["articles"] == 1 and data["total"] == data["store"]["events"]
    assert sum(data["by_quad"].values()) == data["total"]
    assert any(d["actor"] == "RUS" and d["recipient"] == "UKR" and d["score"] < 0 for d in data["dyads"])
    assert "dyads" in run("stats", "--db", founding_db).stdout


def test_a_store_being_written_is_refused_with_a_message(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom parley.store import Store\ns = Store.open(sys.argv[1])\nprint('open', flush=True)\n"
        "time.sleep(60)"), str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        res = run("stats", "--db", str(db))
        assert res.exit_code == 1 and "another process" in res.stderr
    finally:
        holder.kill()
        holder.wait()


def test_ingest_learned_stores_a_confidence_with_every_event(tmp_path, shared):
    db = str(tmp_path / "learned.duckdb")
    res = run("ingest", str(shared / "examples" / "mariupol-talks.txt"), "--db", db, "--published", "2022-03-10",
              "--workers", "1", "--learned")
    assert res.exit_code == 0, res.stderr
    out = run("query", "--db", db, "--format", "jsonl")
    events = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert events and all(0.0 <= e["confidence"] <= 1.0 for e in events)
    assert all("+clf-" in e["provenance"]["knowledge_version"] for e in events)
    sure = run("query", "--db", db, "--format", "jsonl", "--min-confidence", "0.9")
    kept = [json.loads(line) for line in sure.stdout.splitlines() if line.strip()]
    assert sorted(e["evidence"]["start"] for e in kept) == sorted(
        e["evidence"]["start"] for e in events if e["confidence"] >= 0.9)
    res = run("query", "--db", db, "--min-confidence", "1.5")
    assert res.exit_code == 2 and "Traceback" not in res.stderr
    table = list(csv.DictReader(io.StringIO(run("query", "--db", db, "-f", "csv").stdout)))
    assert len(table) == len(events) and all(0.0 <= float(r["confidence"]) <= 1.0 for r in table)
