"""Stand-ins shared by the archive and fault tests: a pipeline that needs no model, a news site on
loopback, and a dump of a store's content for comparing runs."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from parley.records import Actor, Article, ArticleInput, Event, Evidence, Provenance
from parley.store import Store


class MetPipeline:
    """Codes 'X met Y' sentences as CONSULT between two fixed actors."""

    pipeline_version = "stand-in"

    def __init__(self) -> None:
        self.coded: list[str] = []

    def run(self, articles: Iterable[ArticleInput], n_process: int = 1, on_error=None) -> Iterator[Article]:
        for a in articles:
            self.coded.append(a.id)
            events = []
            start = 0
            for sentence in a.text.split(". "):
                if " met " in sentence:
                    events.append(Event("CONSULT", "met", Evidence(sentence, start, start + len(sentence)),
                                        Provenance(a.id, 0, 0, "stand-in", "p", "k"),
                                        actor=(Actor("Kuleba", "Dmytro Kuleba", "UKR", "GOV"),),
                                        recipient=(Actor("Lavrov", "Sergey Lavrov", "RUS", "GOV"),)))
                start += len(sentence) + 2
            yield Article(a.id, a.text, a.title, a.published, a.source, a.url, tuple(events))


FILLER = ("The talks in the Turkish resort lasted about ninety minutes and ended without a date for another "
          "round, officials said, while shelling continued in the south and east of the country overnight. ")


def _dump(db: str) -> dict[str, list]:
    """The store's content, without what legitimately differs between runs (timestamps, sequence numbers)."""
    with Store.open(db, read_only=True) as store:
        q = store.db.execute
        return {
            "articles": sorted(q("SELECT id, url, content_hash, duplicate_of, n_events, signature FROM articles")),
            "events": sorted(q("SELECT id, article_id, record, num_mentions, num_articles, num_sources FROM events")),
            "mentions": sorted(q("SELECT article_id, idx, event_id, source, record FROM mentions")),
        }


PAGE = """<!doctype html><html><head><title>{title}</title><meta property="og:site_name" content="Dispatch">
<meta property="article:published_time" content="2022-03-10T09:00:00Z"></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{text}</p><p>{filler}</p></article><footer>Subscribe now</footer></body></html>"""


class Site:
    """A news site on 127.0.0.1: article pages and an RSS feed honouring If-None-Match."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.pages: dict[str, str] = {}
        self.items: list[str] = []
        self.etag = '"v1"'
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site.hits.append(self.path)
                if self.path == "/feed.xml":
                    if self.headers.get("If-None-Match") == site.etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                    items = "".join(f"<item><title>{p}</title><link>{site.url}{p}</link></item>" for p in site.items)
                    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>D</title>{items}</channel></rss>'
                    self.reply(body, "application/rss+xml", {"ETag": site.etag})
                elif self.path in site.pages:
                    self.reply(site.pages[self.path], "text/html; charset=utf-8")
                else:
                    self.send_error(404)

            def reply(self, body: str, kind: str, headers: dict[str, str] | None = None) -> None:
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def publish(self, path: str, title: str, text: str) -> None:
        self.pages[path] = PAGE.format(title=title, text=text, filler=FILLER.replace("ninety", path.strip("/.")))
        self.items.append(path)
