"""The embedded store: a DuckDB file, no server. The one module that imports duckdb."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from parley.store.backend import StoreError, rows_of


def _cannot_write(where: str, exc: Exception) -> StoreError:
    text = str(exc).splitlines()[0]
    if "No space left" in text:
        return StoreError(f"{where}: the disk is full ({text}); free some space and run the same command again "
                          "(everything stored before this batch is kept)")
    if "Read-only file system" in text or "Permission denied" in text:
        return StoreError(f"{where}: cannot write here ({text}); query it (parley query, stats, serve) or copy it "
                          "somewhere writable")
    return StoreError(f"{where}: cannot write ({text})")


class DuckBackend:
    name = "duckdb"

    def __init__(self, path: str, *, read_only: bool = False, conn: Any = None):
        self.where = path
        if conn is not None:  # a fork: a cursor of an open database
            self.conn = conn
            return
        file = Path(path)
        if read_only and not file.exists():
            raise StoreError(f"{path}: no such store; create it with 'parley ingest SOURCE --db {path}'")
        if not read_only:
            file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreError(f"{path} is open for writing in another process (a running ingest or watch?); "
                                 "wait for it to finish, or query a copy of the file") from None
            if not read_only and ("Read-only" in text or "Permission denied" in text):
                raise _cannot_write(path, exc) from None
            raise StoreError(f"{path}: cannot open the store ({text.splitlines()[0]})") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a Parley store or damaged ({str(exc).splitlines()[0]})") from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return rows_of(self.conn.execute(sql, list(params)))
        except duckdb.IOException as exc:  # full disk, read-only file system
            raise _cannot_write(self.where, exc) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except duckdb.Error as exc:
            raise _cannot_write(self.where, exc) from None

    def fork(self) -> DuckBackend:
        # One process may hold a DuckDB file only once; threads each take a cursor of that one database.
        return DuckBackend(self.where, conn=self.conn.cursor())

    def close(self) -> None:
        self.conn.close()
