"""Separating the article from the page furniture scraped along with it."""

from parley.clean.boilerplate import (
    DEFAULT_PATTERNS_FILE,
    content_spans,
    is_boilerplate_line,
    load_patterns,
    parser_text,
)

__all__ = ["DEFAULT_PATTERNS_FILE", "content_spans", "is_boilerplate_line", "load_patterns", "parser_text"]
