"""A shared store on a PostgreSQL server. The one module that imports psycopg."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from parley.store.backend import StoreError, rows_of

# Placeholders are written `?` once for both back ends; a literal `%` must be doubled for psycopg.
# The SQL is Parley's own, and it keeps `?` and `%` out of its string literals (values are parameters).
_PLACEHOLDER = re.compile(r"%|\?")


def _adapt(sql: str) -> str:
    return _PLACEHOLDER.sub(lambda m: "%%" if m.group() == "%" else "%s", sql)


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PostgresBackend:
    name = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False):
        self.url, self.read_only = url, read_only
        self.where = _redact(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.where}: cannot connect ({' '.join(str(exc).split())[:300]})") from None
        if read_only:
            self.conn.execute("SET default_transaction_read_only = on")
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            with self.conn.cursor() as cur:
                cur.execute(_adapt(sql), list(params))  # type: ignore[call-overload]
                return rows_of(cur)
        except psycopg.OperationalError as exc:
            raise StoreError(f"{self.where}: {' '.join(str(exc).split())[:300]}") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def fork(self) -> PostgresBackend:
        return PostgresBackend(self.url, read_only=self.read_only)

    def close(self) -> None:
        self.conn.close()
