"""What every export format shares: the error users see, atomic file writing, dates, the flat row."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from parley.records import Actor, Place, StoredEvent

COUNTRIES = Path(__file__).resolve().parent.parent / "knowledge" / "countries.json"

# The flat columns of csv, parquet and geojson, in order. List-valued ones are joined with ";" in
# text formats and stay Arrow lists in parquet.
FLAT_COLUMNS = (
    "id", "date", "event_type", "mode", "quad", "score", "aux_mode", "contexts",
    "actor_names", "actor_countries", "actor_sectors",
    "recipient_names", "recipient_countries", "recipient_sectors",
    "location_name", "location_country", "lat", "lon", "attributed_to", "trigger", "evidence",
    "article_id", "article_title", "source", "url", "published",
    "num_mentions", "num_sources", "num_articles", "pipeline_version", "knowledge_version", "confidence",
)
LIST_COLUMNS = frozenset({"contexts", "actor_names", "actor_countries", "actor_sectors",
                          "recipient_names", "recipient_countries", "recipient_sectors"})
FLOAT_COLUMNS = frozenset({"score", "lat", "lon", "confidence"})
INT_COLUMNS = frozenset({"num_mentions", "num_sources", "num_articles"})

# Events reported as not having happened: formats without an aux_mode column (GDELT, ACLED) would
# turn "talks failed" into talks, so they leave these out.
NOT_HAPPENED = frozenset({"negation", "future", "hypothetical"})


class ExportError(Exception):
    """A problem the user can fix (format, output path); the CLI prints the message, no traceback."""


def name_of(actor: Actor) -> str:
    return actor.name or actor.text


def flat_row(se: StoredEvent) -> dict[str, Any]:
    """One event as flat columns; list columns keep one item per actor, None where unknown, so
    the names, countries and sectors of the same actor stay at the same position."""
    e, art, loc = se.event, se.article, se.event.location
    return {
        "id": se.id, "date": e.date, "event_type": e.event_type, "mode": e.mode, "quad": se.quad,
        "score": se.score, "aux_mode": e.aux_mode, "contexts": list(e.contexts),
        "actor_names": [name_of(a) for a in e.actor], "actor_countries": [a.country for a in e.actor],
        "actor_sectors": [a.sector for a in e.actor],
        "recipient_names": [name_of(a) for a in e.recipient],
        "recipient_countries": [a.country for a in e.recipient],
        "recipient_sectors": [a.sector for a in e.recipient],
        "location_name": (loc.name or loc.text) if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "attributed_to": name_of(e.attributed_to) if e.attributed_to else None,
        "trigger": e.trigger, "evidence": e.evidence.text,
        "article_id": art.id, "article_title": art.title, "source": art.source, "url": art.url,
        "published": art.published, "num_mentions": se.num_mentions, "num_sources": se.num_sources,
        "num_articles": se.num_articles, "pipeline_version": e.provenance.pipeline_version,
        "knowledge_version": e.provenance.knowledge_version, "confidence": e.confidence,
    }


def text_row(se: StoredEvent) -> dict[str, Any]:
    """The flat row for text formats: lists joined with ";" (an unknown item is an empty slot)."""
    row = flat_row(se)
    for col in LIST_COLUMNS:
        row[col] = ";".join(x or "" for x in row[col])
    return row


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class When:
    """The best date an export can give an event: its own date, else the article's publication."""

    year: int
    month: int | None
    day: int | None
    from_published: bool  # the event had no date of its own


def _parse(value: str | None) -> tuple[int, int | None, int | None] | None:
    m = _DATE.match(value or "")
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def when(se: StoredEvent) -> When | None:
    own = _parse(se.event.date)
    if own:
        return When(*own, from_published=False)
    pub = _parse(se.article.published)
    return When(*pub, from_published=True) if pub else None


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, tuple[str, ...]]:
    """ISO alpha-3 -> English short name first, then its other names, from the knowledge file the
    actor resolver uses."""
    raw = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    return {c["iso3"]: (c["name"], *c.get("names", ())) for c in raw["countries"]}


def country_name(iso3: str | None) -> str | None:
    names = country_aliases().get(iso3 or "")
    return names[0] if names else None


def is_country(loc: Place) -> bool:
    """Whether a place is a whole country (its name is the country's) rather than a town or region."""
    names = country_aliases().get(loc.country or "", ())
    return (loc.name or loc.text).lower() in {n.lower() for n in names}


def sides(se: StoredEvent) -> tuple[list[Actor], list[Actor]]:
    """Two sides for formats with one Actor1 and one Actor2: the actors against the recipients,
    or, for a reciprocal event ("A and B met": actors only), the first actor against the others."""
    actors, recipients = list(se.event.actor), list(se.event.recipient)
    if not recipients and len(actors) > 1:
        return actors[:1], actors[1:]
    return actors, recipients


def clean_cell(value: Any) -> str:
    """A value for a tab-separated file: tabs and line breaks inside it would shift the columns."""
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


@contextmanager
def atomic_path(out: Path, *, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside `out`, renamed over it when the block ends without error, removed
    otherwise: a killed or failed export never leaves half a file under the real name."""
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name for this format")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=suffix + ".tmp", dir=out.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}; check the folder is writable") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def write_text(out: Path | None, stream: TextIO, writer: Callable[[TextIO], int]) -> int:
    """Run a text writer on the stream, or on a temporary file that becomes `out` at the end."""
    if out is None:
        return writer(stream)
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
        return writer(f)
