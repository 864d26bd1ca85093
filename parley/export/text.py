"""The plain formats: JSON lines, CSV, GeoJSON and a terminal table. Each writes to a text stream
and returns how many events it wrote."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from parley.export.common import FLAT_COLUMNS, flat_row, name_of, text_row
from parley.records import Actor, StoredEvent


def write_jsonl(events: Iterable[StoredEvent], f: TextIO) -> int:
    n = 0
    for se in events:
        f.write(json.dumps(se.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[StoredEvent], f: TextIO) -> int:
    # "\n" rather than csv's default "\r\n": the other text formats end lines that way, and every
    # spreadsheet reads it; fields holding commas, quotes or line breaks are quoted either way.
    writer = csv.DictWriter(f, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for se in events:
        writer.writerow(text_row(se))
        n += 1
    return n


def write_geojson(events: Iterable[StoredEvent], f: TextIO) -> int:
    """A FeatureCollection, one Point per event that has coordinates; events located only by a
    country name without a point, or not located at all, are left out (and not counted)."""
    # Written feature by feature so a large export never holds the whole collection in memory.
    f.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for se in events:
        row = text_row(se)
        if row["lat"] is None or row["lon"] is None:
            continue
        feature = {"type": "Feature", "id": se.id,
                   "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                   "properties": row}
        f.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    f.write("\n]}\n")
    return n


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _who(actors: tuple[Actor, ...]) -> str:
    return ", ".join(name_of(a) + (f" ({a.country})" if a.country else "") for a in actors)


def write_table(events: Iterable[StoredEvent], f: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, header_style="bold")
    for name in ("date", "type", "mode", "actor", "recipient", "place", "sources", "evidence"):
        table.add_column(name, overflow="fold", no_wrap=name in ("date", "type"))
    n = 0
    for se in events:
        e, row = se.event, flat_row(se)
        place = row["location_name"] or ""
        if place and row["location_country"] and place != row["location_country"]:
            place += f" ({row['location_country']})"
        # Text, not str: names and sentences may hold "[...]", which rich would read as markup.
        table.add_row(*(Text(x) for x in (
            e.date or "", e.event_type, e.mode or "", _who(e.actor), _who(e.recipient), place,
            str(se.num_sources), _shorten(e.evidence.text, 90))))
        n += 1
    # A file or pipe gets a fixed, wide layout without colour; a terminal its own width.
    console = Console(file=f, width=None if f.isatty() else 160, soft_wrap=False)
    console.print(table)
    return n
