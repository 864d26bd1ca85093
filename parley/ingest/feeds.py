"""RSS and Atom feeds: which articles a news source has published lately.

The one module that imports feedparser. feedparser is only ever given bytes:
left to fetch by itself it would follow any URL scheme, skip our address and
size checks and send its own headers, so fetching is `web.fetch`'s job. Polling
is cheap for both sides: the ETag and Last-Modified a server sent are kept in a
`FeedState` and sent back, and a 304 means nothing new.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser

from parley.ingest.reader import html_to_text
from parley.ingest.web import Fetched, fetch
from parley.records import InputProblem

__all__ = ["FeedEntry", "FeedResult", "FeedState", "looks_like_feed", "read_feed"]

DEFAULT_MAX_FEED_BYTES = 5_000_000
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
# An entity declaration is how an XML "billion laughs" bomb is built, and no real
# news feed needs one; refusing them spares relying on the parser's own limits.
_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class FeedState:
    """What the server said about the copy last read, sent back on the next poll."""

    etag: str | None = None
    modified: str | None = None


@dataclass(frozen=True)
class FeedEntry:
    url: str | None  # the entry's link, http(s) only
    title: str | None
    published: str | None  # YYYY-MM-DD, UTC
    summary: str | None  # plain text
    id: str  # the entry's own id, else its link, else a hash of its title and summary


@dataclass(frozen=True)
class FeedResult:
    url: str  # the final URL after redirects, or the file path
    entries: tuple[FeedEntry, ...]
    state: FeedState
    not_modified: bool = False


def _as_text(data: bytes, limit: int) -> bytes:
    """The first `limit` bytes as ASCII-compatible bytes, so UTF-16 feeds are sniffed too."""
    head = data[:limit]
    for bom, codec in ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore").encode("utf-8", errors="ignore")
    if head[:4] in (b"\x00\x00\x00<", b"<\x00\x00\x00"):  # UTF-32 without a BOM
        codec = "utf-32-be" if head[0] == 0 else "utf-32-le"
        return head.decode(codec, errors="ignore").encode("utf-8", errors="ignore")
    if head[:4].count(b"\x00") >= 2:  # UTF-16 without a BOM: "<\0?\0"
        codec = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return head.decode(codec, errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def looks_like_feed(data: bytes) -> bool:
    """Whether `data` starts like an RSS, RDF (RSS 1.0) or Atom feed rather than a web page."""
    head = _as_text(data, _SNIFF_BYTES).lower()
    html = re.search(rb"<html[\s>]|<!doctype\s+html", head)
    feed = re.search(rb"<rss[\s>]|<rdf:rdf[\s>]|<feed\b[^>]*http://www\.w3\.org/2005/atom", head)
    return feed is not None and (html is None or feed.start() < html.start())


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _parse_error(exc: Any) -> str:
    message = _one_line(getattr(exc, "getMessage", lambda: exc)())
    line = getattr(exc, "getLineNumber", lambda: None)()
    column = getattr(exc, "getColumnNumber", lambda: None)()
    if line is not None and column is not None:
        return f"{message} at line {line}, column {column}"
    return message or type(exc).__name__


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:  # feedparser normalises to UTC; round-trip to reject impossible dates
                day = time.gmtime(calendar.timegm(value))
            except (OverflowError, ValueError):
                continue
            return f"{day.tm_year:04d}-{day.tm_mon:02d}-{day.tm_mday:02d}"
    return None


def _plain(detail: Any, fallback: Any) -> str | None:
    """A title or summary as one line of plain text: feedparser hands HTML ones over
    as (sanitised) HTML, entities included ("Sanctions &amp; talks")."""
    if not isinstance(detail, dict):  # feedparser files an element by its name: "<title_detail>x" is a str
        detail = None
    value = detail.get("value") if detail else fallback
    if not isinstance(value, str):
        return None
    kind = (detail.get("type") if detail else None) or ("text/html" if "<" in value or "&" in value else "")
    if "html" in kind:
        value = html_to_text(value)[0]
    return " ".join(value.split()) or None


def _http_link(value: Any) -> str | None:
    # A feed is someone else's file: a "javascript:" or "file:" link is not followed.
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def _entry(raw: Any) -> FeedEntry:
    url = _http_link(raw.get("link"))
    if url is None:
        links = raw.get("links")  # a list of dicts, or whatever a "<links>" element held
        url = next((_http_link(link.get("href")) for link in (links if isinstance(links, list) else ())
                    if isinstance(link, dict) and link.get("rel", "alternate") == "alternate"
                    and _http_link(link.get("href"))), None)
    title = _plain(raw.get("title_detail"), raw.get("title"))
    summary = _plain(raw.get("summary_detail"), raw.get("summary"))
    entry_id = _one_line(raw.get("id") or "") or url
    if not entry_id:
        entry_id = "entry:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()[:16]
    return FeedEntry(url=url, title=title, published=_date(raw), summary=summary, id=entry_id)


def _declares_entities(data: bytes, headers: dict[str, str]) -> bool:
    """Whether the document declares an entity in any encoding feedparser would read it in:
    besides the ASCII-compatible and UTF-16 views, the text as feedparser itself decodes it
    (UTF-32, EBCDIC, UTF-7 or whatever its XML declaration or Content-Type names)."""
    if _ENTITY.search(_as_text(data, len(data))):
        return True
    try:
        decoded = feedparser.encodings.convert_to_utf8(dict(headers), data, feedparser.FeedParserDict())
    except Exception:  # noqa: BLE001 - undecodable: feedparser falls back to the bytes checked above
        return False
    return bool(_ENTITY.search(decoded))


def parse_feed(data: bytes, url: str, origin: str, state: FeedState, content_type: str | None = None,
               ) -> FeedResult | InputProblem:
    """Entries of a feed document already in memory (`url` resolves relative links)."""
    headers = {"content-type": content_type or "application/xml"}
    if _declares_entities(data, headers):
        return InputProblem(origin, "refused: the feed declares XML entities (<!ENTITY>), as entity-expansion "
                                    "bombs do")
    if not data.strip():
        return InputProblem(origin, "empty")
    if url:
        headers["content-location"] = url
    try:
        # A stream, never bytes or str: feedparser would try a str as a URL or a file name.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # a third-party parser on hostile input: any failure is this feed's problem
        return InputProblem(origin, f"broken feed: {_one_line(exc) or type(exc).__name__}")
    entries = tuple(_entry(raw) for raw in parsed.get("entries") or () if isinstance(raw, dict))
    if not entries:
        if parsed.get("bozo"):
            return InputProblem(origin, f"broken feed: {_parse_error(parsed.get('bozo_exception'))}")
        if not parsed.get("version"):
            return InputProblem(origin, "not an RSS or Atom feed")
    return FeedResult(url=url or origin, entries=entries, state=state)


def read_feed(
    source: str, state: FeedState | None = None, *, allow_private: bool = False,
    fetcher: Callable[..., Fetched | InputProblem] = fetch, max_bytes: int = DEFAULT_MAX_FEED_BYTES,
) -> FeedResult | InputProblem:
    """The entries of the feed at `source`, an http(s) URL or a local file.

    With `state` from the last read, the server is asked for changes only; a 304
    gives `not_modified=True` and no entries. The returned state is what to pass
    next time. A broken feed is a problem only when no entry could be salvaged.
    """
    state = state or FeedState()
    if not _URL.match(source):
        return _read_file(source, state, max_bytes)
    headers: dict[str, str] = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                                         "text/xml;q=0.9, */*;q=0.5"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.modified:
        headers["If-Modified-Since"] = state.modified
    got = fetcher(source, allow_private=allow_private, headers=headers, max_bytes=max_bytes)
    if isinstance(got, InputProblem):
        return got
    if got.status == 304:  # validators a 304 carries replace the old ones
        kept = FeedState(etag=got.headers.get("etag") or state.etag,
                         modified=got.headers.get("last-modified") or state.modified)
        return FeedResult(url=got.url, entries=(), state=kept, not_modified=True)
    # Only what this response sent: a server that ignores conditional requests sends
    # no validators, and stale ones would be sent back to it for nothing.
    new_state = FeedState(etag=got.headers.get("etag"), modified=got.headers.get("last-modified"))
    return parse_feed(got.body, got.url, source, new_state, got.headers.get("content-type"))


def _read_file(source: str, state: FeedState, max_bytes: int) -> FeedResult | InputProblem:
    path = Path(source)
    try:
        if not path.is_file():
            return InputProblem(source, "no such file" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            return InputProblem(source, f"too large ({size:,} bytes > {max_bytes:,} byte cap)")
        data = path.read_bytes()
    except OSError as exc:
        return InputProblem(source, f"cannot read ({exc.strerror or exc})")
    return parse_feed(data, "", source, state)
