"""Parley: news about conflict and diplomacy in, PLOVER event records out.

    import parley
    article = parley.extract(text, published="2022-03-10")
    for event in article.events:
        print(event.to_dict())
"""

__version__ = "0.1.0"

from parley.records import Actor, Article, ArticleInput, Event, Evidence, Place  # noqa: E402


def extract(text: str, published: str | None = None, **kwargs):  # type: ignore[no-untyped-def]
    """Extract the events of one article; see `parley.pipeline.extract`."""
    from parley.pipeline import extract as _extract

    return _extract(text, published, **kwargs)


__all__ = ["Actor", "Article", "ArticleInput", "Event", "Evidence", "Place", "extract", "__version__"]
