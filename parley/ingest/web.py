"""Articles from the web: a careful HTTP fetch, and a page's main text via trafilatura.

This is the one module of Parley that talks HTTP and the one that imports
trafilatura and htmldate, so what Parley may reach on the network is decided in
one place. A URL comes from a feed or a user and is treated as hostile input:
only http(s), no private or loopback addresses (so a feed cannot point Parley at
a cloud metadata service or a router), bounded redirects, bounded size, bounded
decompression and bounded time. Every failure is an `InputProblem` with a
one-line reason, never an exception.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import SplitResult, parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import htmldate
import trafilatura
from lxml import etree

from parley import __version__
from parley.records import ArticleInput, InputProblem

__all__ = ["USER_AGENT", "Fetched", "article_id_for_url", "fetch", "normalise_url", "page_to_article", "read_url"]

USER_AGENT = f"parley/{__version__} (+https://github.com/parley-events/parley)"

# Both libraries log parse trouble ("empty HTML tree") at ERROR level; with no
# handler configured Python would print that on the user's stderr next to our
# own one-line InputProblem. A NullHandler silences only that fallback: an
# application that configures logging still receives the records.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 65_536
# The whole fetch, redirects included, may take this many times the per-operation
# timeout: a server dripping one byte per second would otherwise never time out.
_TOTAL_TIMEOUTS = 3
# Credentials meant for one host must not follow a redirect to another.
_PRIVATE_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DEFAULT_MAX_PAGE_BYTES = 5_000_000  # the fetch cap: a saved page is held to what a fetched one is


@dataclass(frozen=True)
class Fetched:
    """A response: `url` is the final URL after redirects, `headers` have lower-cased names."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes


class _Refused(Exception):
    """A reason to stop a fetch; becomes the InputProblem's reason."""


# ---------------------------------------------------------------- addresses

def _address_problem(address: str) -> str | None:
    """The kind of address `address` is ("loopback", "private" ...) when it must not be
    fetched from, or None when it is a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 reaches 127.0.0.1
    for kind, bad in (
        ("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved), ("private", ip.is_private),
        ("non-public", not ip.is_global),
    ):
        if bad:
            return kind
    return None


def _resolve(host: str, port: int, allow_private: bool) -> list[str]:
    """Every address `host` resolves to, all checked: one private answer refuses the host,
    since the operating system, not Parley, would pick which one is used."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _Refused(f"could not resolve host {host!r} ({exc.strerror or exc})") from None
    except UnicodeError:
        raise _Refused(f"invalid host name {host!r}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise _Refused(f"could not resolve host {host!r}")
    if not allow_private:
        for address in addresses:
            kind = _address_problem(address)
            if kind:
                bare = address.split("%", 1)[0]
                what = f"is a {kind} address" if bare == host else f"resolves to a {kind} address ({bare})"
                raise _Refused(f"refused: {host} {what}; local addresses need --allow-private")
    return addresses


def _connect(addresses: list[str], port: int, timeout: float) -> socket.socket:
    last: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout=timeout)
        except OSError as exc:
            last = exc
    assert last is not None
    raise last


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the addresses already checked, not to a fresh DNS answer:
    resolving twice would let a hostile DNS server answer "public" to the check
    and "127.0.0.1" to the connection (DNS rebinding)."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.addresses = addresses
        self.limit = timeout

    def connect(self) -> None:
        self.sock = _connect(self.addresses, self.port, self.limit)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.addresses = addresses
        self.limit = timeout

    def connect(self) -> None:
        raw = _connect(self.addresses, self.port, self.limit)
        try:
            self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)  # certificate checked against the name
        except BaseException:
            raw.close()
            raise


# ---------------------------------------------------------------- fetch

def _one_line(text: object) -> str:
    return " ".join(str(text).split()) or type(text).__name__


def _split(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError as exc:
        raise _Refused(f"invalid URL ({_one_line(exc)})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"'{scheme}'" if scheme else "none"
        raise _Refused(f"unsupported URL scheme {shown} (only http and https are fetched)")
    if not parts.hostname:
        raise _Refused("invalid URL (no host)")
    return parts


def _target(parts: SplitResult) -> str:
    """The request line's path: non-ASCII and spaces escaped, existing escapes kept."""
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return path


def _host_for(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise _Refused(f"invalid host name {host!r}") from None


class _Inflater:
    """gzip/deflate decoding that stops at `cap` output bytes: a few kilobytes of
    gzip can inflate to gigabytes, so output is bounded while inflating, not after."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.encoding = encoding
        self.cap = cap
        self.size = 0
        self.parts: list[bytes] = []
        self.inflater: zlib._Decompress | None = None

    def _new(self, data: bytes) -> zlib._Decompress:
        if self.encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)  # 16+: expect a gzip header
        # "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw
        # deflate; a zlib header is two bytes whose big-endian value is a multiple of 31.
        zlib_wrapped = len(data) < 2 or ((data[0] & 0x0F) == 8 and (data[0] << 8 | data[1]) % 31 == 0)
        return zlib.decompressobj(zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> None:
        if self.inflater is None:
            self.inflater = self._new(data)
        while data:
            try:
                out = self.inflater.decompress(data, self.cap + 1 - self.size)
            except zlib.error as exc:
                raise _Refused(f"corrupt {self.encoding} content ({_one_line(exc)})") from None
            self._add(out)
            if self.inflater.eof:
                # Concatenated gzip members are legal; anything else after the end is ignored.
                data = self.inflater.unused_data
                if self.encoding == "gzip" and data.startswith(b"\x1f\x8b"):
                    self.inflater = self._new(data)
                    continue
                return
            data = self.inflater.unconsumed_tail

    def _add(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.cap:
            raise _Refused(f"too large (decompresses to over {self.cap:,} bytes)")
        self.parts.append(out)

    def finish(self) -> bytes:
        if self.inflater is not None and not self.inflater.eof:
            self._add(self.inflater.flush())
        return b"".join(self.parts)


def _read_body(response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    length = response.getheader("content-length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise _Refused(f"too large (Content-Length {int(length):,} bytes > {max_bytes:,} byte cap)")
    encoding = (response.getheader("content-encoding") or "identity").strip().lower()
    encoding = {"x-gzip": "gzip", "": "identity"}.get(encoding, encoding)
    if encoding not in ("identity", "gzip", "deflate"):
        raise _Refused(f"unsupported Content-Encoding {encoding!r}")
    inflater = _Inflater(encoding, max_bytes) if encoding != "identity" else None
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read1(_CHUNK)  # what has arrived, so the deadline is checked between trickles
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise _Refused(f"too large (over {max_bytes:,} byte cap)")
        if inflater is not None:
            inflater.feed(chunk)
        else:
            parts.append(chunk)
    return inflater.finish() if inflater is not None else b"".join(parts)


def _reason(status: int, phrase: str) -> str:
    try:
        phrase = phrase.strip() or HTTPStatus(status).phrase
    except ValueError:
        pass
    return _one_line(f"HTTP {status} {phrase}")


def fetch(
    url: str, *, timeout: float = 20.0, max_bytes: int = 5_000_000, max_redirects: int = 5,
    allow_private: bool = False, headers: dict[str, str] | None = None,
) -> Fetched | InputProblem:
    """GET `url`, following up to `max_redirects` redirects, into memory.

    Refuses other schemes than http(s), and hosts that resolve to loopback,
    private, link-local, multicast or reserved addresses unless `allow_private`
    (checked again at every redirect). The body is capped at `max_bytes` as
    read and again as decompressed. `timeout` bounds each connect and read, and
    three times it bounds the whole fetch. A 304 is returned as a `Fetched`
    (conditional GETs for feeds); other non-2xx statuses are problems.
    """
    deadline = time.monotonic() + timeout * _TOTAL_TIMEOUTS
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}
    sent.update(headers or {})
    current = url
    origin_host: str | None = None
    watchdog = _Watchdog(timeout * _TOTAL_TIMEOUTS)
    try:
        for _hop in range(max_redirects + 1):
            parts = _split(current)
            host = _host_for(parts.hostname or "")
            if origin_host is not None and host != origin_host:
                sent = {k: v for k, v in sent.items() if k.lower() not in _PRIVATE_HEADERS}
            origin_host = host
            https = parts.scheme.lower() == "https"
            port = parts.port or (443 if https else 80)
            addresses = _resolve(host, port, allow_private)
            remaining = max(0.001, min(timeout, deadline - time.monotonic()))
            pinned = _PinnedHTTPS if https else _PinnedHTTP
            conn: http.client.HTTPConnection = pinned(host, port, addresses, remaining)
            watchdog.conn = conn
            try:
                conn.request("GET", _target(parts), headers=sent)
                response = conn.getresponse()
                status = response.status
                if status in _REDIRECTS:
                    location = response.getheader("location")
                    if not location:
                        raise _Refused(f"{_reason(status, response.reason)} without a Location header")
                    current = urljoin(current, location.strip())
                    continue
                got: dict[str, str] = {}
                for name, value in response.getheaders():
                    key = name.lower()
                    got[key] = f"{got[key]}, {value}" if key in got else value
                if status == 304:
                    return Fetched(current, status, got, b"")
                if not 200 <= status < 300:
                    raise _Refused(_reason(status, response.reason))
                body = _read_body(response, max_bytes, deadline)
                if watchdog.fired:  # a shut-down socket reads as the end of a body without a length
                    raise TimeoutError
                return Fetched(current, status, got, body)
            finally:
                conn.close()
        return InputProblem(url, f"too many redirects (more than {max_redirects})")
    except _Refused as exc:
        return InputProblem(url, str(exc))
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if watchdog.fired or isinstance(exc, TimeoutError):  # a shut-down socket fails in any of these ways
            return InputProblem(url, f"timed out (limit {timeout:g} s)")
        return InputProblem(url, _failure(exc))
    finally:
        watchdog.cancel()


def _failure(exc: Exception) -> str:
    """One line for a failed connection or exchange."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate not accepted ({_one_line(exc.verify_message or exc)})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({_one_line(exc.reason or exc)})"
    if isinstance(exc, ConnectionRefusedError):
        return "could not connect: connection refused"
    if isinstance(exc, http.client.HTTPException):
        return f"bad HTTP response ({_one_line(exc) if str(exc) else type(exc).__name__})"
    if isinstance(exc, OSError):  # reset connections, unreachable networks
        return f"could not connect: {_one_line(exc.strerror or exc)}"
    return f"invalid request ({_one_line(exc)})"  # http.client refusing control characters in a URL or header


class _Watchdog:
    """Ends a fetch that overruns its total time by shutting its socket down.

    Socket timeouts bound each read, not their sum: a server sending one header
    byte every few seconds would hold a reader for hours. Shutting the socket
    from a timer thread makes the blocked read return at once.
    """

    def __init__(self, seconds: float) -> None:
        self.conn: http.client.HTTPConnection | None = None
        self.fired = False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = self.conn.sock if self.conn is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:  # already closed
                pass

    def cancel(self) -> None:
        self._timer.cancel()


# ---------------------------------------------------------------- pages

# Query parameters that only track the click; two links differing in them are one article.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)


def normalise_url(url: str) -> str:
    """The URL an article is known by: lower-case scheme and host, no default port,
    no fragment, no tracking parameters. A string that does not parse is kept as it is."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def article_id_for_url(url: str) -> str:
    """A stable article id for a URL, the same however the link was decorated."""
    return "url:" + hashlib.sha1(normalise_url(url).encode("utf-8")).hexdigest()[:16]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div", "section", "article"})


def _paragraphs(body: etree._Element) -> list[str]:
    """trafilatura's output tree as paragraphs: blocks become paragraphs, <lb/> a line break."""
    paragraphs: list[str] = []
    lines: list[list[str]] = [[]]

    def flush() -> None:
        text = "\n".join(filter(None, (" ".join("".join(parts).split()) for parts in lines)))
        if text:
            paragraphs.append(text)
        lines[:] = [[]]

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCKS
        if block:
            flush()
        if tag == "lb":
            lines.append([])
        elif element.text:
            lines[-1].append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                lines[-1].append(child.tail)
        if block:
            flush()

    walk(body)
    flush()
    return paragraphs


def _iso_date(value: str | None) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 31 else None


def page_to_article(
    html: str | bytes, url: str | None, origin: str, *, published: str | None = None,
    max_bytes: int = DEFAULT_MAX_PAGE_BYTES,
) -> ArticleInput | InputProblem:
    """The main text of an HTML page, with its title, outlet and publication date.

    Menus, comments and teasers are left out (trafilatura, favouring precision).
    Paragraphs are separated by a blank line, line breaks within one kept. A
    heading that only repeats the title is dropped: the title is in `title`, and
    repeated it would be coded twice. The date comes from the page (metadata,
    then htmldate) as YYYY-MM-DD, else `published`. The id derives from `url`
    (or the page's canonical URL) when there is one, else from the text. A page over
    `max_bytes` is refused unread: trafilatura's time grows faster than the page (4 MB of
    bare markup takes it about 40 s).
    """
    if len(html) > max_bytes:  # bytes, or characters of a decoded page
        unit = "bytes" if isinstance(html, bytes) else "characters"
        return InputProblem(origin, f"too large (page of {len(html):,} {unit} > {max_bytes:,} cap)")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, favor_precision=True, include_comments=False, include_tables=False,
            with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party parser on hostile input: any failure is this page's problem
        return InputProblem(origin, f"could not parse the page ({_one_line(exc)})")
    if doc is None or isinstance(doc, dict):
        return InputProblem(origin, "no article text found in the page")
    title = " ".join((doc.title or "").split()) or None
    body = doc.body
    paragraphs = _paragraphs(body) if body is not None and len(body) else (doc.text or "").splitlines()
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    if paragraphs and title and " ".join(paragraphs[0].split()).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs)
    if not text:
        return InputProblem(origin, "no article text found in the page")
    date = _iso_date(doc.date)
    if date is None:
        try:
            date = _iso_date(htmldate.find_date(html, extensive_search=False, original_date=True, url=url))
        except Exception:  # htmldate on malformed markup; the page just has no date
            date = None
    page_url = url or (doc.url if isinstance(doc.url, str) and doc.url.startswith(("http://", "https://")) else None)
    article_id = (article_id_for_url(page_url) if page_url
                  else "text:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16])
    source = " ".join((doc.sitename or "").split()) or _host(page_url)
    return ArticleInput(
        id=article_id, text=text, title=title, published=date or published, source=source, url=page_url,
        origin=origin,
    )


def _content_type(headers: dict[str, str]) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    value = headers.get("content-type", "")
    media = value.split(";", 1)[0].strip().lower()
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", value, re.IGNORECASE)
    return media, m[1] if m else None


def _decoded(body: bytes, charset: str | None) -> str | bytes:
    """Text when the server named a usable charset; else the bytes, for trafilatura
    to decode by the page's own <meta charset> or by detection."""
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return body


def read_url(
    url: str, *, allow_private: bool = False, published: str | None = None, timeout: float = 20.0,
    max_bytes: int = 5_000_000, fetcher: Callable[..., Fetched | InputProblem] = fetch,
) -> ArticleInput | InputProblem:
    """Fetch an article page and extract it (`fetch` + `page_to_article`).

    The article's url is the final one after redirects; `origin` is `url` as given.
    Anything but an HTML (or plain text) response is a problem.
    """
    got = fetcher(url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    if isinstance(got, InputProblem):
        return got
    if got.status == 304:  # only a caller's own conditional headers could bring this
        return InputProblem(url, _reason(got.status, ""))
    media, charset = _content_type(got.headers)
    if not got.body.strip():
        return InputProblem(url, "empty response")
    if media == "text/plain":
        text = _decoded(got.body, charset or "utf-8")
        if isinstance(text, bytes):
            return InputProblem(url, "plain text response that is not UTF-8")
        text = text.strip()
        return ArticleInput(
            id=article_id_for_url(got.url), text=text, published=published, source=_host(got.url), url=got.url,
            origin=url,
        )
    sniffed_html = bool(re.match(rb"\s*(<!doctype html|<html|<head|<body|<!--)", got.body[:1024], re.IGNORECASE))
    if media not in _HTML_TYPES and not (media in ("", "application/octet-stream") and sniffed_html):
        return InputProblem(url, f"not an HTML page (Content-Type: {media or 'none'})")
    return page_to_article(_decoded(got.body, charset), got.url, url, published=published)
