"""web.fetch and web.read_url against a server on 127.0.0.1: what is refused, and why."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from parley import __version__
from parley.ingest import web
from parley.ingest.web import Fetched, article_id_for_url, fetch, normalise_url, page_to_article, read_url
from parley.records import ArticleInput, InputProblem

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ceasefire talks resume in Doha | The Daily Dispatch</title>
<meta property="og:site_name" content="The Daily Dispatch">
<meta property="article:published_time" content="2023-04-03T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Ceasefire talks resume in Doha</h1>
<p>Negotiators from both sides met in Doha on Monday to resume talks on a ceasefire, officials said,
after three weeks in which fighting in the north displaced thousands of families.</p>
<p>The foreign ministry said the delegations would discuss prisoner exchanges and humanitarian corridors,
and that a joint statement could follow by the end of the week if progress was made.<br>
A spokesman declined to give further details.</p>
<p>Aid agencies welcomed the talks but warned that convoys were still waiting at the border crossing,
where the army had closed the road after an attack on a checkpoint last month.</p>
</article>
<footer>Copyright 2023 The Daily Dispatch. All rights reserved.</footer>
</body></html>"""

Handler = Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 -- the name http.server calls
        self.server.seen.append({k.lower(): v for k, v in self.headers.items()})
        route = self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            reply(self, 404, b"not here")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler still sleeping must not hold up the test run

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Handler] = {}
        self.seen: list[dict[str, str]] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


def reply(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None,
          length: bool = True) -> None:
    h.send_response(status)
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    if length:
        h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    try:
        h.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):  # the client stopped reading on purpose
        pass


@pytest.fixture()
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


def html(body: bytes | str, encoding: str | None = None) -> Handler:
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = {"Content-Type": "text/html; charset=utf-8"}
    if encoding:
        headers["Content-Encoding"] = encoding
    return lambda h: reply(h, 200, data, headers)


# ---------------------------------------------------------------- pages

def test_read_url_extracts_text_title_date_and_source(server: _Server) -> None:
    server.routes["/world/doha-talks"] = html(PAGE)
    url = server.url("/world/doha-talks?utm_source=rss#top")
    article = read_url(url, allow_private=True)
    assert isinstance(article, ArticleInput), article
    assert article.title == "Ceasefire talks resume in Doha"
    assert article.published == "2023-04-03"
    assert article.source == "The Daily Dispatch"
    assert article.url == url and article.origin == url
    assert article.id == article_id_for_url(server.url("/world/doha-talks"))  # tracking and fragment ignored
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Negotiators from both sides met in Doha on Monday")
    assert len(paragraphs) == 3
    assert "humanitarian corridors, and that" in paragraphs[1]  # source line breaks are only whitespace
    assert paragraphs[1].endswith("if progress was made.\nA spokesman declined to give further details.")
    assert "Home" not in article.text and "Copyright" not in article.text
    assert "Ceasefire talks resume in Doha" not in article.text  # the heading repeats the title


def test_user_agent_and_accept_encoding_are_sent(server: _Server) -> None:
    server.routes["/p"] = html(PAGE)
    assert isinstance(fetch(server.url("/p"), allow_private=True), Fetched)
    sent = server.seen[-1]
    assert sent["user-agent"] == f"parley/{__version__} (+https://github.com/parley-events/parley)"
    assert "gzip" in sent["accept-encoding"]


def test_page_without_url_or_date() -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2023-04-03T09:30:00Z">', "")
    article = page_to_article(page, None, "saved.html", published="2023-05-01")
    assert isinstance(article, ArticleInput)
    assert article.published == "2023-05-01"  # the argument is only the fallback
    assert article.id.startswith("text:") and article.url is None
    again = page_to_article(page, None, "copy.html", published="2023-05-01")
    assert isinstance(again, ArticleInput) and again.id == article.id  # the same text, the same id


def test_page_without_text_is_a_problem() -> None:
    empty = "<html><head><title>Nothing</title></head><body><script>var a = 1;</script></body></html>"
    assert page_to_article(empty, None, "e.html") == InputProblem("e.html", "no article text found in the page")
    assert isinstance(page_to_article(b"\x00\x01\x02\xff", None, "b"), InputProblem)


def test_non_html_content_is_refused(server: _Server) -> None:
    server.routes["/report.pdf"] = lambda h: reply(h, 200, b"%PDF-1.7\n\x00\x01", {"Content-Type": "application/pdf"})
    server.routes["/photo"] = lambda h: reply(h, 200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"})
    for path, kind in (("/report.pdf", "application/pdf"), ("/photo", "image/png")):
        problem = read_url(server.url(path), allow_private=True)
        assert problem == InputProblem(server.url(path), f"not an HTML page (Content-Type: {kind})")


def test_gzip_and_raw_deflate_pages_are_decoded(server: _Server) -> None:
    body = PAGE.encode("utf-8")
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    server.routes["/gz"] = html(gzip.compress(body), "gzip")
    server.routes["/deflate"] = html(raw.compress(body) + raw.flush(), "deflate")
    server.routes["/zlib"] = html(zlib.compress(body), "deflate")
    for path in ("/gz", "/deflate", "/zlib"):
        got = fetch(server.url(path), allow_private=True)
        assert isinstance(got, Fetched) and got.body == body, path


# ---------------------------------------------------------------- refusals

@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/news.txt", "javascript:alert(1)",
                                 "gopher://example.org/"])
def test_other_schemes_are_refused(url: str) -> None:
    problem = fetch(url)
    assert isinstance(problem, InputProblem) and problem.origin == url
    assert problem.reason.startswith("unsupported URL scheme") and "only http and https" in problem.reason


@pytest.mark.parametrize("url,kind", [
    ("http://127.0.0.1:8080/", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://localhost:9/", "loopback"),
])
def test_private_addresses_are_refused_without_the_flag(url: str, kind: str) -> None:
    started = time.monotonic()
    problem = fetch(url, timeout=5)
    assert isinstance(problem, InputProblem)
    assert problem.reason.startswith("refused:") and kind in problem.reason, problem.reason
    assert time.monotonic() - started < 1  # refused before any connection attempt


def test_redirects_are_followed_up_to_the_limit(server: _Server) -> None:
    def hop(target: str) -> Handler:
        return lambda h: reply(h, 302, b"", {"Location": target})

    for i in range(1, 8):
        server.routes[f"/r{i}"] = hop(f"/r{i - 1}")
    server.routes["/r0"] = html(PAGE)
    got = fetch(server.url("/r2"), allow_private=True)
    assert isinstance(got, Fetched) and got.url == server.url("/r0") and got.status == 200
    assert isinstance(fetch(server.url("/r5"), allow_private=True, max_redirects=5), Fetched)
    problem = fetch(server.url("/r6"), allow_private=True, max_redirects=5)
    assert problem == InputProblem(server.url("/r6"), "too many redirects (more than 5)")


def test_every_redirect_hop_is_checked(server: _Server, monkeypatch: pytest.MonkeyPatch) -> None:
    # Let the test server's own address pass, as a public host's would, and see the
    # hop to a private address refused.
    check = web._address_problem
    monkeypatch.setattr(web, "_address_problem", lambda a: None if a == "127.0.0.1" else check(a))
    server.routes["/jump"] = lambda h: reply(h, 301, b"", {"Location": "http://10.1.2.3/admin"})
    server.routes["/file"] = lambda h: reply(h, 302, b"", {"Location": "file:///etc/passwd"})
    problem = fetch(server.url("/jump"))
    assert isinstance(problem, InputProblem) and problem.reason.startswith("refused: 10.1.2.3 is a private")
    problem = fetch(server.url("/file"))
    assert isinstance(problem, InputProblem) and problem.reason.startswith("unsupported URL scheme 'file'")


def test_size_cap_with_and_without_content_length(server: _Server) -> None:
    big = b"<p>" + b"x" * 2_000_000 + b"</p>"
    server.routes["/declared"] = lambda h: reply(h, 200, big, {"Content-Type": "text/html"})
    server.routes["/streamed"] = lambda h: reply(h, 200, big, {"Content-Type": "text/html"}, length=False)
    declared = fetch(server.url("/declared"), allow_private=True, max_bytes=1_000_000)
    assert isinstance(declared, InputProblem) and declared.reason.startswith("too large (Content-Length")
    streamed = fetch(server.url("/streamed"), allow_private=True, max_bytes=1_000_000)
    assert streamed == InputProblem(server.url("/streamed"), "too large (over 1,000,000 byte cap)")


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip.compress(bytes(50_000_000), compresslevel=9)  # about 50 KB on the wire


def test_gzip_bomb_is_refused_not_inflated(server: _Server, bomb: bytes) -> None:
    assert len(bomb) < 100_000
    server.routes["/bomb"] = html(bomb, "gzip")
    started = time.monotonic()
    problem = fetch(server.url("/bomb"), allow_private=True, max_bytes=5_000_000)
    assert problem == InputProblem(server.url("/bomb"), "too large (decompresses to over 5,000,000 bytes)")
    assert time.monotonic() - started < 2


def test_timeout(server: _Server) -> None:
    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(1.5)
        reply(h, 200, b"late")

    server.routes["/slow"] = slow
    started = time.monotonic()
    problem = fetch(server.url("/slow"), allow_private=True, timeout=0.3)
    assert problem == InputProblem(server.url("/slow"), "timed out (limit 0.3 s)")
    assert time.monotonic() - started < 1.2


def test_http_errors_are_problems(server: _Server) -> None:
    server.routes["/boom"] = lambda h: reply(h, 500, b"oops")
    assert fetch(server.url("/missing"), allow_private=True) == InputProblem(
        server.url("/missing"), "HTTP 404 Not Found")
    assert fetch(server.url("/boom"), allow_private=True) == InputProblem(
        server.url("/boom"), "HTTP 500 Internal Server Error")
    assert read_url(server.url("/missing"), allow_private=True) == InputProblem(
        server.url("/missing"), "HTTP 404 Not Found")


def test_304_is_a_response_not_a_problem(server: _Server) -> None:
    server.routes["/feed"] = lambda h: reply(h, 304, b"", {"ETag": '"v1"'}, length=False)
    got = fetch(server.url("/feed"), allow_private=True, headers={"If-None-Match": '"v1"'})
    assert isinstance(got, Fetched) and (got.status, got.body, got.headers["etag"]) == (304, b"", '"v1"')
    assert server.seen[-1]["if-none-match"] == '"v1"'


def test_connection_refused_and_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    srv = _Server()  # bound, then closed: nothing listens on the port any more
    port = srv.server_address[1]
    srv.server_close()
    problem = fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2)
    assert isinstance(problem, InputProblem) and problem.reason.startswith("could not connect")

    import socket

    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(web.socket, "getaddrinfo", no_dns)  # no real DNS lookup from a test
    problem = fetch("http://news.example.invalid/story")
    assert problem == InputProblem("http://news.example.invalid/story",
                                   "could not resolve host 'news.example.invalid' (Name or service not known)")


def test_url_normalisation() -> None:
    assert normalise_url("HTTPS://WWW.Example.org:443/a/b?utm_medium=x&id=7#comments") == (
        "https://www.example.org/a/b?id=7")
    assert normalise_url("http://example.org") == "http://example.org/"
    assert article_id_for_url("https://example.org/a?fbclid=1") == article_id_for_url("https://example.org/a")
    assert article_id_for_url("https://example.org/a").startswith("url:")


def test_a_trickling_server_is_cut_off(server: _Server) -> None:
    def trickle(h: BaseHTTPRequestHandler) -> None:
        try:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            for _ in range(100):  # each byte well within the per-read timeout, the whole far beyond it
                h.wfile.write(b"x")
                h.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def trickle_headers(h: BaseHTTPRequestHandler) -> None:
        try:
            h.wfile.write(b"HTTP/1.0 200 OK\r\n")
            for i in range(100):
                h.wfile.write(f"X-Slow-{i}: 1\r\n".encode())
                h.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    server.routes["/trickle"] = trickle
    server.routes["/trickle-headers"] = trickle_headers
    for path in ("/trickle", "/trickle-headers"):
        started = time.monotonic()
        problem = fetch(server.url(path), allow_private=True, timeout=0.2)
        assert problem == InputProblem(server.url(path), "timed out (limit 0.2 s)"), path
        assert time.monotonic() - started < 1.5
