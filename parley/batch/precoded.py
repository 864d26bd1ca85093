"""Reading `parley batch` output back as coded articles, for `parley ingest --from-parquet`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from parley.batch.plan import Plan
from parley.batch.work import read_marker
from parley.records import Article, Event, InputProblem


def precoded(dirs: Iterable[Path]) -> Iterator[Article | InputProblem]:
    """The articles of batch output folders with the events they were coded with, in the order of
    the batch's shards and rows; an InputProblem for a folder, shard or row that cannot be read.
    One shard is held in memory at a time."""
    for folder in dirs:
        yield from _folder(Path(folder))


def _folder(out: Path) -> Iterator[Article | InputProblem]:
    if not out.is_dir():
        yield InputProblem(str(out), "no such folder" if not out.exists() else
                           "not a folder: give a `parley batch --out` folder")
        return
    try:
        data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        plan = Plan.from_dict(data["plan"])
    except FileNotFoundError:
        yield InputProblem(str(out), "not a parley batch folder (no manifest.json)")
        return
    except (OSError, ValueError, KeyError, TypeError) as exc:
        yield InputProblem(str(out / "manifest.json"), f"cannot be read ({exc})")
        return
    for shard in plan.shards:
        done = read_marker(out, shard.id)
        if done is None:
            yield InputProblem(f"{out}/{shard.id} ({shard.path} rows {shard.first}-{shard.last})",
                               "not extracted yet: rerun the same parley batch command to finish it")
            continue
        yield from _shard(out, shard.id, done)


def _shard(out: Path, shard_id: str, done: dict[str, Any]) -> Iterator[Article | InputProblem]:
    from parley.export.common import ExportError
    from parley.export.parquet import read_rows

    where = f"{out}/{shard_id}"
    try:
        articles = read_rows(out / "articles" / f"{shard_id}.parquet")
        found: dict[str, list[tuple[int, str]]] = {}
        for name in done.get("files", []):
            if name.startswith("events/"):
                for row in read_rows(out / name, ["article_id", "event_index", "record"]):
                    found.setdefault(row["article_id"], []).append((row["event_index"], row["record"]))
    except ExportError as exc:
        yield InputProblem(where, f"{exc}; rerun parley batch after deleting {out}/shards/{shard_id}.done")
        return
    for row in articles:
        records = sorted(found.get(row["id"], []))
        try:
            events = tuple(Event.from_dict(json.loads(record)) for _, record in records)
        except (ValueError, KeyError, TypeError) as exc:
            yield InputProblem(f"{where}: {row['id']}", f"an event record cannot be read ({exc}); article skipped")
            continue
        if len(events) != row["n_events"]:
            yield InputProblem(f"{where}: {row['id']}", f"{row['n_events']} events coded, {len(events)} found; "
                                                        "article skipped")
            continue
        yield Article(id=row["id"], text=row["text"], title=row["title"], published=row["published"],
                      source=row["source"], url=row["url"], events=events)
