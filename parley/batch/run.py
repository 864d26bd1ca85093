"""The driver of `parley batch`: plan, resume, run an engine, write the manifest."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parley.batch.errors import BatchError
from parley.batch.plan import SHARD_SIZE, Plan, Shard, check_same, fingerprint, make_plan
from parley.batch.work import clear_unfinished, read_marker, write_json

ENGINES = ("local", "ray")
FORMAT = "parley-batch/1"
MAX_LISTED = 10_000  # problems listed in the manifest; every one stays in its shard's marker
_QUIET = frozenset({".lock"})  # what an out folder may hold and still count as empty


@dataclass
class Manifest:
    """`DIR/manifest.json`, as written at the end of a run."""

    path: Path
    data: dict[str, Any]

    def lines(self) -> Iterator[str]:
        d, run = self.data, self.data["runs"][-1]
        counts = d["counts"]
        yield (f"{counts['articles']:,} articles, {counts['events']:,} events from {len(d['plan']['inputs'])} "
               f"inputs in {counts['shards']} shards -> {self.path.parent}")
        rate = run["articles"] / run["extract_seconds"] if run["extract_seconds"] else 0.0
        yield (f"this run: {run['shards']} shards ({run['resumed_from']} were already done), {run['articles']:,} "
               f"articles in {run['extract_seconds']:.1f} s ({rate:.1f} articles/s), engine {run['engine']} "
               f"with {run['workers']} workers")
        if isinstance(d["pipeline_version"], list):
            yield (f"warning: shards were coded by different Parley versions ({', '.join(d['pipeline_version'])}; "
                   f"knowledge {', '.join(d['knowledge_version'])}): install one version on every node")
        for s in d["plan"]["skipped_inputs"]:
            yield f"skipped {s['path']}: {s['reason']}"
        for reason, n in sorted(counts["problems_by_reason"].items(), key=lambda kv: -kv[1]):
            yield f"{n} rows skipped or coded without events: {reason} (listed in manifest.json)"
        yield f"into a store: parley ingest --from-parquet {self.path.parent} --db events.duckdb"


def run_batch(inputs: list[str], out: Path | str, *, engine: str = "local", address: str | None = None,
              workers: int = 2, on_problem: Callable[[str], None] | None = None,
              on_progress: Callable[[str], None] | None = None, shard_size: int = SHARD_SIZE,
              learned: bool = False) -> Manifest:
    """Extract every article of `inputs` into `out` (events/, articles/, manifest.json), resuming
    an earlier run of the same command; `learned` adds the classifier (a confidence per event).
    Problems with the input are reported through `on_problem` and listed in the manifest; what the
    user must fix raises BatchError."""
    if engine not in ENGINES:
        raise BatchError(f"--engine {engine!r}: use local or ray")
    say = on_problem or (lambda message: None)
    out = Path(out).expanduser().absolute()
    began = time.perf_counter()
    created = _check_out(out)
    try:
        with _locked(out):
            return _run(inputs, out, engine, address, max(1, workers), say, on_progress, shard_size, began,
                        learned)
    except KeyboardInterrupt:  # while planning: nothing of this run is lost
        raise BatchError("interrupted; finished shards are kept: rerun the same command to resume") from None
    finally:
        if created and {p.name for p in out.iterdir()} <= _QUIET:  # nothing was written: leave no folder
            for p in out.iterdir():
                p.unlink(missing_ok=True)
            out.rmdir()


def _run(inputs: list[str], out: Path, engine: str, address: str | None, workers: int,
         say: Callable[[str], None], on_progress: Callable[[str], None] | None, shard_size: int,
         began: float, learned: bool) -> Manifest:
    old = _load_manifest(out)
    if old is not None:
        now, _, _ = fingerprint(inputs, shard_size, out)
        check_same(old["plan"]["fingerprint"], now, out)
        plan = Plan.from_dict(old["plan"])
    else:
        plan = make_plan(inputs, out, shard_size)
    for s in plan.skipped:
        say(f"{s['path']}: {s['reason']}")
    for p in plan.problems:
        say(f"{p['origin']}: {p['reason']}")
    if not plan.shards:
        raise BatchError("nothing to read (see the messages above): give JSONL (.jsonl, .jsonl.gz) or Parquet "
                         "files of articles, or folders of them")
    planned = time.perf_counter()
    data: dict[str, Any] = {"format": FORMAT, "complete": False, "engine": engine, "workers": workers,
                            "address": address, "plan": plan.to_dict(), "runs": (old or {}).get("runs", [])}
    write_json(out / "manifest.json", data)

    done = {s.id: m for s in plan.shards if (m := read_marker(out, s.id)) is not None}
    clear_unfinished(out, set(done))
    todo = [s for s in plan.shards if s.id not in done]
    first = next(iter(done.values()), None)
    expect = f"{first['pipeline_version']}|{first['knowledge_version']}" if first else None
    run: dict[str, Any] = {"started": datetime.now(UTC).isoformat(timespec="seconds"), "engine": engine,
                           "workers": workers, "address": address, "resumed_from": len(done), "shards": 0,
                           "articles": 0, "events": 0}
    shown = 0
    last_progress = time.perf_counter()
    load_times: list[float] = []

    def finished(result: dict[str, Any]) -> None:
        nonlocal shown, last_progress
        if "error" in result:
            raise BatchError(result["error"])
        done[result["id"]] = result
        run["shards"] += 1
        run["articles"] += result["articles"]
        run["events"] += result["events"]
        if "worker_start_seconds" in result:
            load_times.append(result["worker_start_seconds"])
        for p in result["problems"]:
            if shown < 50:  # the rest are in the manifest; a terminal of them helps no one
                say(f"{p['origin']}: {p['reason']}")
            elif shown == 50:
                say("more problems: see the manifest's \"problems\"")
            shown += 1
        if on_progress and time.perf_counter() - last_progress > 10:
            last_progress = time.perf_counter()
            rate = run["articles"] / (last_progress - planned)
            on_progress(f"{len(done)}/{len(plan.shards)} shards, {run['articles']:,} articles this run "
                        f"({rate:.1f}/s)")

    timings: dict[str, float] = {}
    try:
        if todo:
            if engine == "ray":
                from parley.batch.ray_engine import run_ray

                timings = run_ray(todo, out, workers, address, expect, finished, learned)
            else:
                from parley.batch.local_engine import run_local

                timings = run_local(todo, out, workers, expect, finished, learned)
    except KeyboardInterrupt:
        raise BatchError(f"interrupted with {len(done)} of {len(plan.shards)} shards done; rerun the same command "
                         "to resume") from None
    missing = [s.id for s in plan.shards if s.id not in done]
    if missing:  # an engine that ended without reporting every shard: never a manifest that says "complete"
        raise BatchError(f"{len(missing)} shards did not finish (first {missing[0]}); rerun the same command "
                         "to resume")
    try:
        (out / "tmp").rmdir()  # the workers' scratch space, empty once every shard is in place
    except OSError:
        pass
    ended = time.perf_counter()
    run.update({"plan_seconds": round(planned - began, 3), "extract_seconds": round(ended - planned, 3),
                "total_seconds": round(ended - began, 3),
                "articles_per_second": round(run["articles"] / (ended - planned), 2) if ended > planned else 0.0,
                "worker_load_seconds": round(max(load_times), 3) if load_times else None, **timings})
    data["runs"] = [*data["runs"], run]
    data.update(_totals(plan, done))
    data["complete"] = True
    write_json(out / "manifest.json", data)
    return Manifest(out / "manifest.json", data)


def _totals(plan: Plan, done: dict[str, dict[str, Any]]) -> dict[str, Any]:
    problems = [dict(p, shard="") for p in plan.problems]
    for shard in plan.shards:
        problems.extend(dict(p, shard=shard.id) for p in done[shard.id]["problems"])
    by_reason: Counter[str] = Counter(_reason_kind(p["reason"]) for p in problems)
    versions = sorted({(m["pipeline_version"], m["knowledge_version"]) for m in done.values()})
    return {
        "counts": {"shards": len(plan.shards), "articles": sum(m["articles"] for m in done.values()),
                   "events": sum(m["events"] for m in done.values()), "problems": len(problems),
                   "problems_by_reason": dict(by_reason)},
        "pipeline_version": versions[0][0] if len(versions) == 1 else [v[0] for v in versions],
        "knowledge_version": versions[0][1] if len(versions) == 1 else [v[1] for v in versions],
        "shards": [_shard_entry(s, done[s.id]) for s in plan.shards],
        "problems": problems[:MAX_LISTED],
    }


def _shard_entry(shard: Shard, m: dict[str, Any]) -> dict[str, Any]:
    return {"id": shard.id, "path": shard.path, "first": shard.first, "last": shard.last,
            "articles": m["articles"], "events": m["events"], "problems": len(m["problems"]),
            "seconds": m["seconds"], "cpu_seconds": m.get("cpu_seconds"), "peak_rss_mb": m.get("peak_rss_mb"),
            "worker": m.get("worker")}


def _reason_kind(reason: str) -> str:
    """A reason without its particulars ("not valid JSON (Expecting value at column 1)" is "not
    valid JSON"), to count problems by kind."""
    head = reason.split(" (")[0]
    return "duplicate id" if head.startswith("duplicate id") else head


def _check_out(out: Path) -> bool:
    """Refuse an output that is a file, or a folder holding something other than a batch; True
    when the folder is created here."""
    if out.exists() and not out.is_dir():
        raise BatchError(f"--out {out} is a file; give a folder (new or empty, or an earlier batch to resume)")
    if out.is_dir():
        names = {p.name for p in out.iterdir()} - _QUIET
        if names and "manifest.json" not in names:
            raise BatchError(f"--out {out} is not empty and holds no parley batch (no manifest.json); give a new "
                             "or empty folder")
        return False
    try:
        out.mkdir(parents=True)
    except OSError as exc:
        raise BatchError(f"cannot create --out {out} ({exc.strerror or exc}); check the folder is writable") from None
    return True


def _load_manifest(out: Path) -> dict[str, Any] | None:
    path = out / "manifest.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}")
        Plan.from_dict(data["plan"])
        return dict(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BatchError(f"{path} cannot be read ({exc}); give an empty --out folder") from None


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """One run per output folder: two would do the same shards and remove each other's files."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock, as for any tool writing a folder
        yield
        return
    with open(out / ".lock", "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchError(f"another parley batch is writing {out}; wait for it to finish, or use another "
                             "--out folder") from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
