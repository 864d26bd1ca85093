"""`parley batch`: the same events from either engine, a kill -9 resumed without loss or duplicates,
bad input skipped with its reason, and the output loaded into a store equal to `parley extract`.

One small corpus (30 bench articles in four files, one of them Parquet, plus two written here and
two broken rows) serves every test; the runs are module fixtures so the model loads few times.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parley.batch import BatchError, precoded, run_batch
from parley.ingest import read_inputs
from parley.records import Article, ArticleInput, InputProblem

HAND = [
    {"id": "hand-1", "published": "2022-03-14", "title": "Shelling",
     "text": "Russian forces shelled the city of Kharkiv on Monday, killing three civilians, Ukrainian officials "
             "said. Ukraine's foreign minister Dmytro Kuleba accused Moscow of war crimes."},
    {"id": "hand-2", "published": "2022-04-05", "source": "Wire",
     "text": "Turkey's foreign minister met his Ukrainian counterpart Dmytro Kuleba in Ankara on Tuesday to "
             "discuss a ceasefire. The two sides agreed to hold further talks next week."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, bench_corpus) -> list[str]:
    """The inputs: three JSONL files of 8 bench articles (one gzipped), a Parquet file of 6, and a
    file of the hand-written articles with a malformed line and a row without text between them."""
    import gzip

    root = tmp_path_factory.mktemp("corpus")
    lines = bench_corpus[:30]
    (root / "a.jsonl").write_text("".join(lines[0:8]), encoding="utf-8")
    (root / "b.jsonl").write_text("".join(lines[8:16]), encoding="utf-8")
    with gzip.open(root / "c.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("".join(lines[16:24]))
    rows = [json.loads(line) for line in lines[24:30]]
    pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in ("id", "title", "date", "source", "url", "text")}
                                         for r in rows]), root / "d.parquet")
    hand = [json.dumps(HAND[0]), '{"id": "broken", "text": "no end', json.dumps({"id": "no-text"}),
            json.dumps(HAND[1])]
    (root / "hand.jsonl").write_text("\n".join(hand) + "\n", encoding="utf-8")
    return [str(root / n) for n in ("a.jsonl", "b.jsonl", "c.jsonl.gz", "d.parquet", "hand.jsonl")]


def records(out: Path) -> list[str]:
    table = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table(columns=["record"])
    return sorted(table.column("record").to_pylist())


def article_ids(out: Path) -> list[str]:
    return sorted(ds.dataset(out / "articles", format="parquet").to_table(columns=["id"]).column("id").to_pylist())


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory) -> Path:
    """A clean local run on both cores, small shards so that several run at once; a missing input too."""
    out = tmp_path_factory.mktemp("local") / "out"
    said: list[str] = []
    manifest = run_batch([*corpus, str(Path(corpus[0]).with_name("missing.jsonl"))], out, engine="local",
                         workers=2, on_problem=said.append, shard_size=4)
    assert manifest.data["complete"]
    assert any("missing.jsonl: no such file or folder" in m for m in said)
    return out


def test_local_output_layout(local):
    m = json.loads((local / "manifest.json").read_text())
    assert m["counts"]["articles"] == 32 and m["counts"]["shards"] == 9
    assert len(records(local)) == m["counts"]["events"] > 20
    assert len(article_ids(local)) == len(set(article_ids(local))) == 32
    # Each shard's events sit in their months under the shard's own name.
    assert (local / "events" / "year=2022" / "month=3").is_dir()
    for path in (local / "events").rglob("*.parquet"):
        assert path.stem.startswith("shard-") and (local / "shards" / f"{path.stem}.done").is_file()
    row = ds.dataset(local / "events", format="parquet", partitioning="hive").to_table().to_pylist()[0]
    assert {"article_id", "event_type", "actor_countries", "record", "year", "month"} <= set(row)
    assert m["pipeline_version"].startswith("parley-") and m["knowledge_version"]
    assert m["runs"][-1]["engine"] == "local" and m["runs"][-1]["workers"] == 2
    assert {i["path"].rsplit("/", 1)[-1]: i["rows"] for i in m["plan"]["inputs"]}["d.parquet"] == 6


def test_bad_input_is_skipped_with_its_reason(local, corpus):
    m = json.loads((local / "manifest.json").read_text())
    assert [s["reason"] for s in m["plan"]["skipped_inputs"]] == ["no such file or folder"]
    reasons = {p["origin"].rsplit("/", 1)[-1]: p["reason"] for p in m["problems"]}
    assert reasons["hand.jsonl:2"].startswith("not valid JSON")
    assert reasons["hand.jsonl:3"] == "no 'text' field"
    assert {"hand-1", "hand-2"} <= set(article_ids(local))  # the rows around them were extracted


@pytest.mark.parametrize("case", ["other inputs", "not a batch", "nothing readable"])
def test_refusals_are_one_line(case, local, corpus, tmp_path):
    if case == "other inputs":
        out, inputs = local, corpus[:2]
    elif case == "not a batch":
        out, inputs = tmp_path, corpus
        (tmp_path / "notes.txt").write_text("mine")
    else:
        out, inputs = tmp_path / "new", [str(tmp_path / "nothing.jsonl")]
    with pytest.raises(BatchError) as err:
        run_batch(inputs, out, shard_size=4)
    assert "\n" not in str(err.value)
    if case == "nothing readable":
        assert not out.exists()


def test_ray_gives_the_same_events(local, corpus, tmp_path):
    pytest.importorskip("ray.data")
    out = tmp_path / "ray"
    manifest = run_batch(corpus, out, engine="ray", workers=2)
    assert manifest.data["runs"][-1]["engine"] == "ray"
    assert records(out) == records(local)
    assert article_ids(out) == article_ids(local)


def test_ray_missing_is_a_batch_error(monkeypatch, corpus, tmp_path):
    import builtins

    real = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(BatchError, match=r"Ray is not installed: pip install 'parley\[ray\]'"):
        run_batch(corpus, tmp_path / "out", engine="ray")


def test_killed_run_resumes_to_the_same_events(local, corpus, tmp_path, pipeline):
    """A real `kill -9` of `parley batch` part way (one shard per input file), then the same command."""
    out = tmp_path / "out"
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "parley.cli", "batch", *corpus, "--out", str(out),
                                 "--workers", "1"], stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 60
        while not list((out / "shards").glob("*.done")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finished = len(list((out / "shards").glob("*.done")))
    assert 1 <= finished < 5, log.read_text()
    # What a kill between a shard's renames and its marker leaves: a file no marker vouches for.
    stray = out / "events" / "year=1987" / "month=2" / "shard-00004.parquet"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"half a file")

    manifest = run_batch(corpus, out, workers=1)
    assert manifest.data["runs"][-1]["resumed_from"] == finished
    assert records(out) == records(local)  # nothing lost, nothing twice
    assert article_ids(out) == article_ids(local)
    again = run_batch(corpus, out, workers=1)  # a finished batch: nothing to do, nothing added
    assert again.data["runs"][-1]["shards"] == 0 and records(out) == records(local)


def test_precoded_into_a_store_equals_extract(local, corpus, tmp_path, pipeline):
    from parley.cli import app
    from parley.store import Store

    arts = [a for a in precoded([local]) if isinstance(a, Article)]
    assert len(arts) == 32 and sum(len(a.events) for a in arts) == len(records(local))
    problems = list(p for p in precoded([local, tmp_path / "absent"]) if isinstance(p, InputProblem))
    assert [p.reason for p in problems] == ["no such folder"]

    db = str(tmp_path / "events.duckdb")
    res = CliRunner().invoke(app, ["ingest", "--from-parquet", str(local), "--db", db])
    assert res.exit_code == 0, res.output

    jsonl = [c for c in corpus if not c.endswith(".parquet")]
    expected = {a.id: [e.to_dict() for e in a.events]
                for a in pipeline.run(i for i in read_inputs(jsonl) if isinstance(i, ArticleInput))}
    store = Store.open(db, read_only=True)
    try:
        compared = 0
        for article_id, events in expected.items():
            stored = store.article(article_id)
            assert stored is not None, article_id
            if stored.duplicate_of is None:  # a near-copy is stored uncoded, by ingest of any kind
                assert [e.to_dict() for _, e in store.article_events(article_id)] == events, article_id
                compared += 1
        assert compared >= 20
        assert store.totals()["articles"] == 32
    finally:
        store.close()


def test_precoded_reports_an_unfinished_shard(local, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(local, copy)
    (copy / "shards" / "shard-00001.done").unlink()
    items = list(precoded([copy]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(problems) == 1 and "rerun the same parley batch command" in problems[0].reason
    lost = json.loads((local / "shards" / "shard-00001.done").read_text())["articles"]
    assert sum(isinstance(i, Article) for i in items) == 32 - lost


def test_another_parley_may_not_add_to_a_batch(local, tmp_path, pipeline):
    """Resuming with other rules or knowledge would mix two codings in one output: refused."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(local, copy)
    done = copy / "shards" / "shard-00000.done"
    marker = json.loads(done.read_text())
    marker["knowledge_version"] = "triggers-1999.01.01"
    done.write_text(json.dumps(marker))
    (copy / "shards" / "shard-00008.done").unlink()
    with pytest.raises(BatchError, match="triggers-1999.01.01"):
        run_batch(json.loads((copy / "manifest.json").read_text())["plan"]["fingerprint"]["args"], copy,
                  workers=1, shard_size=4)


def test_learned_batch_gives_every_event_a_confidence_and_resumes_only_learned(corpus, tmp_path):
    out = tmp_path / "learned"
    run_batch([corpus[4]], out, workers=1, shard_size=2, learned=True)
    coded = [json.loads(r) for r in records(out)]
    assert coded and all(0.0 <= r["confidence"] <= 1.0 for r in coded)
    (out / "shards" / "shard-00001.done").unlink()
    with pytest.raises(BatchError, match="add --learned to resume"):
        run_batch([corpus[4]], out, workers=1, shard_size=2)
