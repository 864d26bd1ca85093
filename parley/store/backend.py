"""The two databases a store can live in, behind one small interface.

SQL in `parley.store` is written once, with `?` placeholders and the subset of SQL
that DuckDB and PostgreSQL share; each back end adapts the placeholders and owns
its driver (`duck.py` imports duckdb, `pg.py` imports psycopg, nothing else does).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol


class StoreError(Exception):
    """A store that cannot be opened or written, with what to do about it."""


class Backend(Protocol):
    name: str  # "duckdb" or "postgresql"
    where: str  # the file or the server, for messages

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def fork(self) -> Backend:
        """Another connection to the same database, for another thread (connections are not shared)."""
        ...

    def close(self) -> None: ...


def open_backend(db: str, *, read_only: bool = False) -> Backend:
    """`postgresql://...` (or `postgres://`) is a server; anything else is a DuckDB file path."""
    if db.startswith(("postgresql://", "postgres://")):
        from parley.store.pg import PostgresBackend

        return PostgresBackend(db, read_only=read_only)
    from parley.store.duck import DuckBackend

    return DuckBackend(db, read_only=read_only)


def rows_of(cursor: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in cursor.fetchall()] if cursor.description else []
