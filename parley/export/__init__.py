"""Writing stored events out: the formats of `parley query --format ... [-o OUT]`.

`write_events` is the one entry point. Files are written atomically (a temporary name beside the
target, renamed at the end), so a killed export never leaves half a file. What each format's
columns hold, and what they cannot, is in docs/formats.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from parley.export.common import ExportError, write_text
from parley.records import StoredEvent

FORMATS = ("table", "csv", "jsonl", "parquet", "geojson", "gdelt", "acled")

__all__ = ["FORMATS", "ExportError", "write_events"]


def _text_writer(fmt: str) -> Callable[[Iterable[StoredEvent], TextIO], int]:
    if fmt == "table":
        from parley.export.text import write_table
        return write_table
    if fmt == "csv":
        from parley.export.text import write_csv
        return write_csv
    if fmt == "jsonl":
        from parley.export.text import write_jsonl
        return write_jsonl
    if fmt == "geojson":
        from parley.export.text import write_geojson
        return write_geojson
    if fmt == "gdelt":
        from parley.export.gdelt import write_gdelt
        return write_gdelt
    from parley.export.acled import write_acled
    return write_acled


def write_events(events: Iterable[StoredEvent], fmt: str, out: Path | None, *,
                 stream: TextIO | None = None) -> int:
    """Write `events` as `fmt` to the file or folder `out`, or to `stream` (stdout) when `out` is
    None. Returns the number of records written: for geojson the events with coordinates, for
    gdelt and acled the events those formats can hold (see docs/formats.md); else every event."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise ExportError("parquet is a binary format: give an output with -o, a file ending in .parquet "
                              "or a folder for a dataset partitioned by year and month")
        from parley.export.parquet import write_parquet  # pyarrow is loaded only when needed

        return write_parquet(events, out)
    writer = _text_writer(fmt)
    return write_text(out, stream if stream is not None else sys.stdout, lambda f: writer(events, f))
