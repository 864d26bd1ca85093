"""Fuzz the HTML paths: looks_like_html, html_to_text (JSONL fragments) and page_to_article (trafilatura).

Run: .venv/bin/python fuzz/fuzz_html.py [libFuzzer flags] [corpus dir]
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["parley"]):
    from parley.ingest.reader import html_to_text, looks_like_html
    from parley.ingest.web import page_to_article
    from parley.records import ArticleInput, InputProblem


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    fdp = atheris.FuzzedDataProvider(data)
    as_bytes = fdp.ConsumeBool()
    url = fdp.PickValueInList([None, "https://example.org/world/1", "http://[::1", "ftp://x", ""])
    if as_bytes:
        page: str | bytes = fdp.ConsumeBytes(fdp.remaining_bytes())
        text = page.decode("utf-8", errors="replace")
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        page = text
    assert isinstance(looks_like_html(text), bool)
    plain, title = html_to_text(text)
    assert isinstance(plain, str) and (title is None or isinstance(title, str))
    got = page_to_article(page, url, "fuzz", published="2024-05-01")
    assert isinstance(got, (ArticleInput, InputProblem)), type(got)
    if isinstance(got, ArticleInput):
        assert got.text.strip() and got.id, got
        assert got.published is None or len(got.published) == 10, got.published


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
