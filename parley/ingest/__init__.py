"""Reading articles from files, folders and standard input."""

from parley.ingest.reader import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    html_to_text,
    looks_like_html,
    read_inputs,
    text_language_problem,
)

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "html_to_text", "looks_like_html", "read_inputs",
    "text_language_problem",
]
