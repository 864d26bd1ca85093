"""The JSON Schema of Parley's output, and a validator for it.

`event.schema.json` is one event record (`Event.to_dict()`), `article.schema.json`
one line of `parley extract` output (`Article.to_dict()`), both JSON Schema draft
2020-12, as `shared/spec/events.md` describes them. What a schema cannot say (an
offset pair in order, evidence equal to the article text it points at) is checked
here too, so `validate_article(obj) == []` means the record is exactly what the
spec promises.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["ARTICLE_SCHEMA", "EVENT_SCHEMA", "load_schema", "validate_article"]

SCHEMA_DIR = Path(__file__).resolve().parent
EVENT_SCHEMA = SCHEMA_DIR / "event.schema.json"
ARTICLE_SCHEMA = SCHEMA_DIR / "article.schema.json"


def load_schema(name: str = "article") -> dict[str, Any]:
    """The schema `name` ("article" or "event") as a dict."""
    path = {"article": ARTICLE_SCHEMA, "event": EVENT_SCHEMA}[name]
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    event, article = load_schema("event"), load_schema("article")
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in (event, article)
    )
    Draft202012Validator.check_schema(article)
    Draft202012Validator.check_schema(event)
    return Draft202012Validator(article, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _where(path: Any) -> str:
    return "/".join(str(p) for p in path) or "(root)"


def _offsets(article: dict[str, Any]) -> list[str]:
    """The rules a schema cannot state: offsets in order, inside the text, evidence equal to its slice."""
    problems: list[str] = []
    text = article["text"]
    for n, event in enumerate(article["events"]):
        ev, prov = event["evidence"], event["provenance"]
        start, end = ev["start"], ev["end"]
        if not start <= end <= len(text):
            problems.append(f"events/{n}/evidence: offsets {start}..{end} not in order inside the text "
                            f"({len(text)} characters)")
        elif text[start:end] != ev["text"]:
            problems.append(f"events/{n}/evidence/text: not article.text[{start}:{end}]")
        t_start, t_end = prov["trigger_start"], prov["trigger_end"]
        if not start <= t_start <= t_end <= end:
            problems.append(f"events/{n}/provenance: trigger offsets {t_start}..{t_end} not inside the evidence "
                            f"{start}..{end}")
        if prov["article_id"] != article["id"]:
            problems.append(f"events/{n}/provenance/article_id: {prov['article_id']!r} is not the article's id")
    return problems


def validate_article(obj: Any) -> list[str]:
    """Every way `obj` (one parsed output line) breaks the article schema; [] when it is valid.

    Each message is "<path>: <what is wrong>", the path as JSON pointer segments
    ("events/2/evidence/start").
    """
    errors = sorted(_validator().iter_errors(obj), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    problems = [f"{_where(e.absolute_path)}: {e.message}" for e in errors]
    if not problems:
        problems = _offsets(obj)
    return problems
