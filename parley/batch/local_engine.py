"""`--engine local`: a pool of worker processes, one shard at a time each.

Why a pool over shards and not spaCy's `n_process`: with `n_process` only the parse runs in the
workers; the rules, actor and place resolution run in the parent, which becomes the bottleneck at
two cores (and parsed Docs are pickled back to it). A worker per shard does all of it, the same
code path a Ray actor runs, so both engines produce the same files.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from parley.batch.errors import BatchError
from parley.batch.plan import Shard
from parley.batch.work import run_shard

_PIPE: Any = None
_STARTED: float | None = None


def run_local(shards: list[Shard], out: Path, workers: int, expect: str | None,
              on_result: Callable[[dict[str, Any]], None], learned: bool = False) -> dict[str, float]:
    """Run `shards`, calling `on_result` with each finished shard's marker, in completion order."""
    began = time.perf_counter()
    if workers == 1 or len(shards) == 1:
        # One worker: no pool to pay for; the model is loaded here (and reused by a caller that has it).
        from parley.pipeline import default_pipeline

        pipe = default_pipeline(learned=learned)
        for n, shard in enumerate(shards):
            on_result(run_shard(pipe, shard, out, expect, started=began if n == 0 else None))
        return {"engine_start_seconds": 0.0}
    context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited locks, threads or fds
    pool = ProcessPoolExecutor(max_workers=min(workers, len(shards)), mp_context=context, initializer=_start,
                               initargs=(learned,))
    pending: set[Future[dict[str, Any]]] = set()
    queue = list(reversed(shards))
    try:
        # Only a few shards are queued at a time: a pool told of 100,000 shards at once pickles
        # them all up front.
        while queue or pending:
            while queue and len(pending) < 2 * workers:
                pending.add(pool.submit(_work, queue.pop(), str(out), expect))
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                on_result(future.result())
    except BrokenProcessPool:
        _stop(pool)
        raise BatchError("a worker process died (out of memory, or killed); finished shards are kept: rerun "
                         "the same command to resume, with fewer --workers if memory is short") from None
    except BaseException:
        # Ctrl-C or an error: the shards in flight are abandoned, not waited for (minutes, at 500
        # articles each); having no marker, they are done again by the next run.
        _stop(pool)
        raise
    pool.shutdown()
    return {"engine_start_seconds": 0.0}


def _stop(pool: ProcessPoolExecutor) -> None:
    # The executor has no public way to end running calls; its process table is the only handle.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _start(learned: bool) -> None:
    """Each worker loads the pipeline once, and dies with its parent: a `kill -9` of the batch
    must not leave workers finishing shards behind the back of the run that resumes it."""
    global _PIPE, _STARTED
    _STARTED = time.perf_counter()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from parley.pipeline import default_pipeline

    _PIPE = default_pipeline(learned=learned)
    if os.getppid() == 1:  # the parent died while the model loaded
        os._exit(1)


def _work(shard: Shard, out: str, expect: str | None) -> dict[str, Any]:
    global _STARTED
    started, _STARTED = _STARTED, None  # reported once per worker: its start-up
    return run_shard(_PIPE, shard, Path(out), expect, started=started)
