"""read_feed: RSS and Atom from a server on 127.0.0.1 or a file, conditional polling, refusals."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from parley.ingest import FeedEntry, FeedResult, FeedState, looks_like_feed, read_feed
from parley.ingest.web import Fetched
from parley.records import InputProblem

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Daily Dispatch: World</title><link>https://dispatch.example/world</link>
<item>
  <title>Ceasefire talks resume in Doha</title>
  <link>https://dispatch.example/world/doha-talks</link>
  <guid isPermaLink="false">dispatch-1001</guid>
  <pubDate>Mon, 03 Apr 2023 23:30:00 -0300</pubDate>
  <description>&lt;p&gt;Negotiators &lt;b&gt;met&lt;/b&gt; in Doha.&lt;/p&gt;
    &lt;p&gt;Talks go on.&lt;/p&gt;</description>
</item>
<item>
  <title>Aid convoys wait at the border</title>
  <link>/world/aid-convoys</link>
  <description>Convoys are waiting at the crossing.</description>
</item>
<item>
  <title>A link that is not the web</title>
  <link>javascript:alert(1)</link>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire</title><id>urn:wire</id><updated>2023-04-04T10:00:00Z</updated>
  <entry>
    <title type="html">Sanctions &amp;amp; talks</title>
    <id>urn:wire:42</id>
    <link rel="alternate" href="https://wire.example/42"/>
    <updated>2023-04-04T10:00:00Z</updated>
    <summary type="text">The council voted on new sanctions.</summary>
  </entry>
</feed>"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title></item></channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 -- the name http.server calls
        self.server.seen.append({k.lower(): v for k, v in self.headers.items()})
        found = self.server.docs.get(self.path)
        if found is None:
            self.send_response(404)
            self.end_headers()
            return
        body, content_type = found
        if self.headers.get("If-None-Match") == '"v1"':  # the conditional GET a good server honours
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("ETag", '"v1"')
        self.send_header("Last-Modified", "Tue, 04 Apr 2023 10:00:00 GMT")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.docs: dict[str, tuple[bytes, str]] = {}
        self.seen: list[dict[str, str]] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@pytest.fixture()
def server() -> Iterator[_Server]:
    srv = _Server()
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


def test_rss_entries(server: _Server) -> None:
    server.docs["/world.rss"] = (RSS.encode("utf-8"), "application/rss+xml; charset=utf-8")
    result = read_feed(server.url("/world.rss"), allow_private=True)
    assert isinstance(result, FeedResult), result
    assert not result.not_modified and result.url == server.url("/world.rss")
    first, second, third = result.entries
    assert first == FeedEntry(
        url="https://dispatch.example/world/doha-talks", title="Ceasefire talks resume in Doha",
        published="2023-04-04",  # 23:30 at UTC-3 is the next day in UTC
        summary="Negotiators met in Doha. Talks go on.", id="dispatch-1001",
    )
    assert second.url == server.url("/world/aid-convoys")  # relative to the feed's own URL
    assert second.id == second.url and second.published is None
    assert second.summary == "Convoys are waiting at the crossing."
    assert third.url is None  # only http(s) links are kept


def test_atom_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    result = read_feed(str(path))
    assert isinstance(result, FeedResult)
    [entry] = result.entries
    assert (entry.url, entry.title, entry.published, entry.summary, entry.id) == (
        "https://wire.example/42", "Sanctions & talks", "2023-04-04", "The council voted on new sanctions.",
        "urn:wire:42")
    assert result.state == FeedState(None, None) and result.url == str(path)


def test_conditional_get_gives_304_the_second_time(server: _Server) -> None:
    server.docs["/feed"] = (RSS.encode("utf-8"), "application/rss+xml")
    first = read_feed(server.url("/feed"), allow_private=True)
    assert isinstance(first, FeedResult) and len(first.entries) == 3
    assert first.state == FeedState(etag='"v1"', modified="Tue, 04 Apr 2023 10:00:00 GMT")
    assert "if-none-match" not in server.seen[0]

    second = read_feed(server.url("/feed"), first.state, allow_private=True)
    assert isinstance(second, FeedResult)
    assert (second.not_modified, second.entries, second.state) == (True, (), first.state)
    assert server.seen[1]["if-none-match"] == '"v1"'
    assert server.seen[1]["if-modified-since"] == "Tue, 04 Apr 2023 10:00:00 GMT"


def test_feeds_are_fetched_by_our_fetcher_only() -> None:
    calls: list[tuple[str, dict[str, Any]]] = []

    def fetcher(url: str, **kwargs: Any) -> Fetched:
        calls.append((url, kwargs))
        return Fetched("https://feeds.example/final.xml", 200, {"content-type": "application/atom+xml"},
                       ATOM.encode("utf-8"))

    result = read_feed("https://feeds.example/wire", FeedState(etag='"e"'), fetcher=fetcher)
    assert isinstance(result, FeedResult) and result.url == "https://feeds.example/final.xml"
    [(url, kwargs)] = calls
    assert url == "https://feeds.example/wire"
    assert kwargs["allow_private"] is False and kwargs["headers"]["If-None-Match"] == '"e"'
    assert "If-Modified-Since" not in kwargs["headers"]


def test_private_and_other_schemes_are_refused(server: _Server) -> None:
    server.docs["/feed"] = (RSS.encode("utf-8"), "application/rss+xml")
    problem = read_feed(server.url("/feed"))  # without allow_private
    assert isinstance(problem, InputProblem) and problem.reason.startswith("refused: 127.0.0.1 is a loopback")
    for url in ("file:///etc/passwd", "ftp://feeds.example/x.rss"):
        problem = read_feed(url)
        assert isinstance(problem, InputProblem) and problem.reason.startswith("unsupported URL scheme")
    assert server.seen == []


def test_broken_feed_is_a_problem(server: _Server, tmp_path: Path) -> None:
    server.docs["/broken"] = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti', "application/xml")
    problem = read_feed(server.url("/broken"), allow_private=True)
    assert isinstance(problem, InputProblem) and problem.reason.startswith("broken feed: ")
    assert "line 1" in problem.reason and "\n" not in problem.reason

    page = tmp_path / "page.xml"
    page.write_text("just some words, not a feed", encoding="utf-8")
    problem = read_feed(str(page))
    assert isinstance(problem, InputProblem) and problem.reason.startswith("broken feed: ")
    assert read_feed(str(tmp_path / "missing.rss")) == InputProblem(str(tmp_path / "missing.rss"), "no such file")


def test_broken_feed_with_entries_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_text(RSS[: RSS.index("<item>\n  <title>Aid")], encoding="utf-8")  # cut off mid-channel
    result = read_feed(str(path))
    assert isinstance(result, FeedResult) and [e.id for e in result.entries] == ["dispatch-1001"]


def test_entity_expansion_is_refused(tmp_path: Path, server: _Server) -> None:
    path = tmp_path / "bomb.rss"
    path.write_text(BOMB, encoding="utf-8")
    problem = read_feed(str(path))
    assert isinstance(problem, InputProblem) and problem.reason.startswith("refused: the feed declares XML entities")
    path.write_text(BOMB, encoding="utf-16")  # the check is not fooled by another encoding
    problem = read_feed(str(path))
    assert isinstance(problem, InputProblem) and problem.reason.startswith("refused:")
    server.docs["/bomb"] = (BOMB.encode("utf-8"), "application/rss+xml")
    problem = read_feed(server.url("/bomb"), allow_private=True)
    assert isinstance(problem, InputProblem) and problem.reason.startswith("refused:")


def test_looks_like_feed() -> None:
    assert looks_like_feed(RSS.encode("utf-8"))
    assert looks_like_feed(ATOM.encode("utf-8"))
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>')
    assert looks_like_feed(RSS.encode("utf-16"))
    page = (b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
            b"</head><body><p>Subscribe to our feed.</p></body></html>")
    assert not looks_like_feed(page)
    assert not looks_like_feed(b"<feed><entry>not atom</entry></feed>")  # no Atom namespace
    assert not looks_like_feed(b"")
