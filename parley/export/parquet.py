"""Parquet: one file, or a Hive-partitioned folder `year=YYYY/month=M/part-0.parquet`.

The only module of Parley that imports pyarrow (imported when a parquet export is asked for, so
other commands do not pay for it). Columns are the csv ones, with the per-actor columns and
`contexts` as Arrow lists of strings, plus `year` and `month` integers.

`parley batch` reads article files and writes its shard output through the functions at the end.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from parley.export.common import (
    FLAT_COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    LIST_COLUMNS,
    ExportError,
    atomic_path,
    flat_row,
    when,
)
from parley.records import StoredEvent

BATCH_ROWS = 10_000  # rows held in memory at a time


def _type(column: str) -> pa.DataType:
    if column in LIST_COLUMNS:
        return pa.list_(pa.string())
    if column in FLOAT_COLUMNS:
        return pa.float64()
    if column in INT_COLUMNS:
        return pa.int64()
    return pa.string()


PARTITION = pa.schema([("year", pa.int32()), ("month", pa.int32())])
SCHEMA = pa.schema([(c, _type(c)) for c in FLAT_COLUMNS] + list(PARTITION))


class _Counted:
    """Record batches from events, counting the events as they go by."""

    def __init__(self, events: Iterable[StoredEvent]) -> None:
        self.events, self.n = events, 0

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        columns: dict[str, list] = {name: [] for name in SCHEMA.names}
        for se in self.events:
            row = flat_row(se)
            w = when(se)
            row["year"], row["month"] = (w.year, w.month) if w else (None, None)
            for name, values in columns.items():
                values.append(row[name])
            self.n += 1
            if len(columns["id"]) >= BATCH_ROWS:
                yield pa.RecordBatch.from_pydict(columns, schema=SCHEMA)
                columns = {name: [] for name in SCHEMA.names}
        if columns["id"]:
            yield pa.RecordBatch.from_pydict(columns, schema=SCHEMA)


def write_parquet(events: Iterable[StoredEvent], out: Path) -> int:
    """`out` ending in .parquet is one file; a folder (existing, or a path without a suffix) is a
    partitioned dataset. Returns the events written."""
    if out.suffix == ".parquet" and not out.is_dir():
        return _write_file(events, out)
    if out.is_dir() or (not out.suffix and not out.exists()):
        return _write_dataset(events, out)
    raise ExportError(f"{out}: give a name ending in .parquet for one file, or a folder for a dataset "
                      "partitioned by year and month")


def _write_file(events: Iterable[StoredEvent], out: Path) -> int:
    batches = _Counted(events)
    with atomic_path(out) as tmp:
        with pq.ParquetWriter(tmp, SCHEMA) as writer:
            for batch in batches:
                writer.write_batch(batch)
    return batches.n


def _write_dataset(events: Iterable[StoredEvent], out: Path) -> int:
    batches = _Counted(events)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; it may become the dataset folder
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}; check the folder is writable") from None
    try:
        # Events without any date have null year and month; pyarrow writes those partitions as
        # `year=__HIVE_DEFAULT_PARTITION__`, which Hive-partitioning readers read back as null.
        ds.write_dataset(batches, tmp, schema=SCHEMA, format="parquet",
                         partitioning=ds.partitioning(PARTITION, flavor="hive"),
                         basename_template="part-{i}.parquet", existing_data_behavior="delete_matching")
        _move_partitions(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return batches.n


def _move_partitions(new: Path, out: Path) -> None:
    """Put a freshly written dataset in place. A new folder is one rename; into an existing one,
    each month folder written replaces its namesake whole and the others stay, as pyarrow's
    `delete_matching` does, so exporting May again replaces May and keeps April."""
    if not out.exists():
        os.replace(new, out)
        return
    for year in sorted(p for p in new.iterdir() if p.is_dir()):
        for month in sorted(p for p in year.iterdir() if p.is_dir()):
            target = out / year.name / month.name
            target.parent.mkdir(parents=True, exist_ok=True)
            old = None
            if target.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{month.name}.", suffix=".old", dir=target.parent))
                os.replace(target, old / month.name)
            os.replace(month, target)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)


# -- `parley batch`: articles read from Parquet, shard output written and read back ------------------

# A null year or month is written as pyarrow's own datasets write it, so Hive-partitioning readers
# read both layouts back the same way.
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
# One row per event mention: the export's flat columns, the event's position in its article (the
# order `precoded` rebuilds), and the spec record as JSON so nothing the flat columns drop is lost.
# year and month live in the folder names, as in the export's partitioned folders.
BATCH_EVENTS = pa.schema([(c, _type(c)) for c in FLAT_COLUMNS]
                         + [("event_index", pa.int64()), ("record", pa.string())])
BATCH_ARTICLES = pa.schema([("id", pa.string()), ("title", pa.string()), ("published", pa.string()),
                            ("source", pa.string()), ("url", pa.string()), ("text", pa.string()),
                            ("n_events", pa.int64()), ("origin", pa.string())])
_BATCH_SCHEMAS = {"events": BATCH_EVENTS, "articles": BATCH_ARTICLES}
# What an article input file may hold; other columns are not read at all.
INPUT_COLUMNS = ("id", "text", "title", "published", "date", "source", "url")


def write_rows(rows: list[dict[str, Any]], kind: str, path: Path) -> None:
    """One Parquet file of batch output (`kind` "events" or "articles") at `path`, as it is: the
    batch writes to a temporary folder and renames, so this need not be atomic itself."""
    table = pa.Table.from_pylist(rows, schema=_BATCH_SCHEMAS[kind])
    pq.write_table(table, path, compression="zstd")


def read_rows(path: Path, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """The rows of one batch output file; ExportError when it cannot be read."""
    try:
        return pq.read_table(path, columns=columns).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise ExportError(f"{path}: not a readable Parquet file ({_one_line(exc)})") from None


def input_shape(path: Path) -> tuple[int, list[str]]:
    """(rows, column names) of an article input file, from its footer: planning reads nothing else."""
    try:
        meta = pq.ParquetFile(path)
        return meta.metadata.num_rows, list(meta.schema_arrow.names)
    except (OSError, pa.ArrowException) as exc:
        raise ExportError(f"not a readable Parquet file ({_one_line(exc)})") from None


def input_rows(path: Path, first: int, last: int) -> Iterator[dict[str, Any]]:
    """Rows `first`..`last` (1-based, inclusive) of an article input file, as dicts of the columns
    Parley reads. Only the row groups holding them are decoded, so a shard near the end of a big
    file costs what the shard costs. Dates and timestamps become ISO strings, as in JSONL."""
    try:
        source = pq.ParquetFile(path)
        names = set(source.schema_arrow.names)
        columns = [c for c in INPUT_COLUMNS if c in names]
        start = 0
        for group in range(source.metadata.num_row_groups):
            rows = source.metadata.row_group(group).num_rows
            lo, hi = max(first - 1, start), min(last, start + rows)  # 0-based, half-open
            if lo < hi:
                table = source.read_row_group(group, columns=columns).slice(lo - start, hi - lo)
                for row in table.to_pylist():
                    yield {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}
            start += rows
            if start >= last:
                return
    except (OSError, pa.ArrowException) as exc:
        raise ExportError(f"not a readable Parquet file ({_one_line(exc)})") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
