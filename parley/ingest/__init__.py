"""Reading articles from files, folders, standard input, web pages and feeds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parley.ingest.reader import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    html_to_text,
    looks_like_html,
    read_inputs,
    text_language_problem,
)

if TYPE_CHECKING:
    from parley.ingest.feeds import FeedEntry, FeedResult, FeedState, looks_like_feed, read_feed
    from parley.ingest.web import Fetched, fetch, page_to_article, read_url

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "html_to_text", "looks_like_html", "read_inputs",
    "text_language_problem",
    "FeedEntry", "FeedResult", "FeedState", "Fetched", "fetch", "looks_like_feed", "page_to_article",
    "read_feed", "read_url",
]

# The web and feed readers import trafilatura and feedparser (about 0.4 s); they
# load on first use so that reading local .txt/.jsonl files does not pay for them.
_LAZY = {
    "FeedEntry": "feeds", "FeedResult": "feeds", "FeedState": "feeds", "looks_like_feed": "feeds",
    "read_feed": "feeds", "Fetched": "web", "fetch": "web", "page_to_article": "web", "read_url": "web",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"parley.ingest.{module}"), name)
