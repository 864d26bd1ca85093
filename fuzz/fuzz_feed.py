"""Fuzz the feed parser (feedparser behind parse_feed) and the feed sniffer on arbitrary bytes.

Run: .venv/bin/python fuzz/fuzz_feed.py [libFuzzer flags] [corpus dir]
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["parley"]):
    from parley.ingest.feeds import FeedResult, FeedState, looks_like_feed, parse_feed
    from parley.records import InputProblem

TYPES = [None, "application/rss+xml", "application/atom+xml", "text/html; charset=utf-8", "text/xml; charset=koi8-r",
         "application/json", "text/plain; charset=bogus"]


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    fdp = atheris.FuzzedDataProvider(data)
    content_type = fdp.PickValueInList(TYPES)
    url = fdp.PickValueInList(["", "https://example.org/feed.xml"])
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    assert isinstance(looks_like_feed(body), bool)
    got = parse_feed(body, url, "fuzz", FeedState(), content_type)
    assert isinstance(got, (FeedResult, InputProblem)), type(got)
    if isinstance(got, FeedResult):
        for entry in got.entries:
            assert entry.id, entry
            assert entry.url is None or entry.url.lower().startswith(("http://", "https://")), entry.url
            assert entry.published is None or len(entry.published) == 10, entry.published
    else:
        assert got.reason and "\n" not in got.reason, got


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
