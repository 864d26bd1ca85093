"""Shared by the harnesses: what every fuzz target checks about Parley's answers."""

from __future__ import annotations

from typing import Any


def check_items(items: list[Any]) -> None:
    """read_inputs' contract: only ArticleInput and InputProblem, each well formed."""
    from parley.records import ArticleInput, InputProblem

    for item in items:
        if isinstance(item, InputProblem):
            assert item.reason and "\n" not in item.reason, item
        else:
            assert isinstance(item, ArticleInput), type(item)
            assert item.id and isinstance(item.text, str) and item.text.strip(), item
            assert item.published is None or len(item.published) == 10, item.published
            for value in (item.id, item.text, item.title, item.source, item.url):
                assert value is None or value.encode("utf-8"), "not writable as UTF-8"


def check_article(article: Any) -> None:
    """An extracted article is valid against the shipped schema, offsets exact."""
    from parley.schema import validate_article

    problems = validate_article(article.to_dict())
    assert not problems, problems
