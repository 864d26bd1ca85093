"""The store stage: a durable, deduplicated archive of articles and events, queried by filters.

An embedded DuckDB file by default, or a PostgreSQL server (`postgresql://...`); the same
numbered migrations build both.
"""

from parley.store.backend import StoreError
from parley.store.query import EventFilter, FilterError, make_filter
from parley.store.store import Ingested, Known, Store, event_key

__all__ = ["EventFilter", "FilterError", "Ingested", "Known", "Store", "StoreError", "event_key", "make_filter"]
