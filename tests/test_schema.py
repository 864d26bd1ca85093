"""The shipped JSON Schema (parley/schema) describes what `parley extract` really writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from parley.cli import app
from parley.pipeline import extract
from parley.records import EVENT_TYPES
from parley.schema import load_schema, validate_article

EXAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "examples" / "mariupol-talks.txt"

# Written for this test: one or two of every event type, aux_mode, attribution and odd text.
SENTENCES = [
    "Germany and Poland held talks in Berlin on Monday about energy security.",
    "Israeli aircraft bombed a school in Gaza on Tuesday, the health ministry said.",
    "Brazil and Argentina failed to reach an agreement on tariffs last week.",
    "France will send humanitarian aid to Sudan next week.",
    "The European Union imposed new sanctions on Iran, according to Reuters.",
    "Japan urged China to release the detained fishermen.",
    "Colombia and Venezuela could resume talks if the border reopens.",
    "Police arrested dozens of protesters in Nairobi on 3 March 2023.",
    "North Korea threatened South Korea with retaliation, KCNA reported.",
    "In 2014, Russian troops seized Crimea from Ukraine.",
    "Houthi rebels fired missiles at a tanker in the Red Sea 😀 on Saturday.",
    "\u0642\u0627\u0644\u062a Turkey rejected the proposal from Greece \u05e9\u05dc\u05d5\u05dd on Friday.",
]


def test_schemas_are_valid_draft_2020_12() -> None:
    for name in ("event", "article"):
        schema = load_schema(name)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        Draft202012Validator.check_schema(schema)
    assert load_schema("event")["properties"]["event_type"]["enum"] == list(EVENT_TYPES)


def _check(article: dict[str, Any]) -> None:
    assert validate_article(article) == []
    for event in article["events"]:
        ev = event["evidence"]
        assert article["text"][ev["start"]:ev["end"]] == ev["text"]


def test_cli_output_on_the_founding_example_validates(pipeline: Any) -> None:
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} not found")
    res = CliRunner().invoke(app, ["extract", str(EXAMPLE), "--published", "2022-03-10"])
    assert res.exit_code == 0, res.output
    [article] = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert len(article["events"]) >= 5
    _check(article)


def test_cli_output_on_handwritten_sentences_validates(tmp_path: Path, pipeline: Any) -> None:
    rows = [{"id": f"s{n}", "text": text, "published": "2024-05-17", "title": "t", "source": "Wire", "url": None}
            for n, text in enumerate(SENTENCES)]
    path = tmp_path / "sentences.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(path)])
    assert res.exit_code == 0, res.output
    articles = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [a["id"] for a in articles] == [r["id"] for r in rows]
    for article in articles:
        _check(article)
    found = [e for a in articles for e in a["events"]]
    assert len({e["event_type"] for e in found}) >= 8
    assert {e["aux_mode"] for e in found} >= {None, "negation", "future", "hypothetical"}
    assert any(e["attributed_to"] for e in found) and any(e["date"] for e in found)


def test_broken_records_are_reported_with_their_path(pipeline: Any) -> None:
    good = extract(SENTENCES[1], "2024-05-17", pipeline=pipeline, id="a").to_dict()
    assert validate_article(good) == [] and good["events"]

    def broken(change: Any) -> list[str]:
        record = copy.deepcopy(good)
        change(record)
        return validate_article(record)

    def set_(path: str, value: Any) -> Any:
        def change(record: dict[str, Any]) -> None:
            *parents, last = path.split("/")
            target: Any = record
            for part in parents:
                target = target[int(part) if part.isdigit() else part]
            target[last] = value
        return change

    cases = {
        "events/0/event_type": set_("events/0/event_type", "FIGHT"),
        "events/0/aux_mode": set_("events/0/aux_mode", "maybe"),
        "events/0/date": set_("events/0/date", "2024-13-01"),
        "events/0/actor/0/country": set_("events/0/actor/0/country", "Israel"),
        "events/0/evidence/start": set_("events/0/evidence/start", -1),
        "events/0/confidence": set_("events/0/confidence", 1.5),
        "events/0/location": set_("events/0/location", {"text": "Gaza"}),
        "published": set_("published", "2024-05-17T10:00"),
        "events/0": set_("events/0/extra", 1),
    }
    for where, change in cases.items():
        problems = broken(change)
        assert problems and problems[0].startswith(where + ":"), (where, problems)
    # What a schema cannot say, checked beside it:
    assert "evidence/text" in broken(set_("events/0/evidence/text", "other words"))[0]
    assert "not in order" in broken(set_("events/0/evidence/end", 10**6))[0]
    assert "trigger offsets" in broken(set_("events/0/provenance/trigger_end", 10**6))[0]
    assert "article_id" in broken(set_("events/0/provenance/article_id", "b"))[0]
    assert validate_article([]) and validate_article({"id": "x"})
