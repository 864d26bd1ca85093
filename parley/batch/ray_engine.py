"""`--engine ray`: the shards as a Ray Dataset, mapped by a pool of actors that each load the
pipeline once. The only module of Parley that imports Ray, and only when this engine is asked for.

Each actor writes its shards' files and markers itself, as a local worker does, so the output
folder must be one every node sees at the same path (a shared filesystem); the driver only
collects the markers' summaries.
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from parley.batch.errors import BatchError
from parley.batch.plan import Shard
from parley.batch.work import run_shard


class ShardActor:
    """A Ray Data callable class: `__init__` runs once per actor, so the model loads once per worker."""

    def __init__(self, out: str, expect: str | None, learned: bool = False) -> None:
        from parley.pipeline import default_pipeline

        self.started: float | None = time.perf_counter()
        self.pipe = default_pipeline(learned=learned)
        self.out = Path(out)
        self.expect = expect

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        results = []
        for raw in batch["shard"]:
            shard = Shard.from_dict(json.loads(str(raw)))
            results.append(json.dumps(run_shard(self.pipe, shard, self.out, self.expect, started=self.started)))
            self.started = None
        return {"result": results}


def _bound(out: str, expect: str | None, learned: bool) -> type[ShardActor]:
    """The actor class with its arguments built in: constructor arguments would go through the object
    store, and Ray warns (on stderr, from C++) that a restarted actor may not find them."""
    class BoundShardActor(ShardActor):
        def __init__(self) -> None:
            super().__init__(out, expect, learned)

    return BoundShardActor


def run_ray(shards: list[Shard], out: Path, workers: int, address: str | None, expect: str | None,
            on_result: Callable[[dict[str, Any]], None], learned: bool = False) -> dict[str, float]:
    try:
        import ray
        import ray.data
    except ImportError:
        raise BatchError("Ray is not installed: pip install 'parley[ray]'") from None
    # Ray's start-up warnings (token authentication, progress bars off) and its workers' output are
    # not the user's to act on; a batch reports its own problems, and the manifest has the timings.
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # Inside `ray job submit` the cluster's address is in RAY_ADDRESS: join it, do not start another.
    address = address or os.environ.get("RAY_ADDRESS") or None
    began = time.perf_counter()
    ours = not ray.is_initialized()
    if ours:
        options: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.ERROR,
                                   "include_dashboard": False}
        try:
            if address:
                ray.init(address=address, **options)
            else:
                ray.init(num_cpus=workers, **options)
        except (ConnectionError, RuntimeError, ValueError, TimeoutError) as exc:
            where = f"the Ray cluster at {address}" if address else "a local Ray"
            raise BatchError(f"cannot start or reach {where} ({_one_line(exc)}); check the address "
                             "(ray://HEAD:10001, or auto on a cluster node) and that the cluster runs") from None
    started = time.perf_counter() - began
    try:
        with warnings.catch_warnings():
            # Ray Data warns about its own deprecated settings whenever it copies its context.
            warnings.simplefilter("ignore", DeprecationWarning)
            for result in _results(ray, shards, out, workers, address, expect, learned):
                on_result(result)
    except ray.exceptions.RayError as exc:
        raise BatchError(f"a Ray worker failed ({_one_line(exc)}); finished shards are kept: rerun the same "
                         "command to resume") from None
    finally:
        if ours:
            ray.shutdown()
    return {"engine_start_seconds": round(started, 3)}


def _results(ray: Any, shards: list[Shard], out: Path, workers: int, address: str | None,
             expect: str | None, learned: bool) -> Iterator[dict[str, Any]]:
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    context.print_on_execution_start = False
    # One shard per block and per call: shards are the unit of work and of resumption, and a shard
    # (500 articles, about 20 s of a core) is big enough that scheduling costs nothing beside it.
    items = [{"shard": json.dumps(s.to_dict())} for s in shards]
    dataset = ray.data.from_items(items, override_num_blocks=len(items))
    # A fixed pool of `workers` actors, through `compute` (Ray 2.51 deprecated `concurrency`).
    mapping: dict[str, Any] = {"batch_size": 1, "num_cpus": 1, "compute": ray.data.ActorPoolStrategy(size=workers)}
    # On a cluster a lost actor (a node preempted) is restarted and its shard retried, Ray Data's
    # default. On the Ray started here a lost actor means this machine ran out of memory: the run
    # stops and a rerun resumes; and Ray's C++ core then has no restartable actor to warn about
    # on stderr at every run. Ray 2.60 deprecates this keyword and names no replacement.
    actor = _bound(str(out), expect, learned)
    try:
        results = dataset.map_batches(actor, **mapping, **({} if address else {"max_restarts": 0}))
    except TypeError:  # a Ray that no longer takes it
        results = dataset.map_batches(actor, **mapping)
    for row in results.iter_rows():
        yield json.loads(row["result"])


def _one_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[-1] if lines else type(exc).__name__)[:300]
