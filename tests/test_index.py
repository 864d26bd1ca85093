"""The in-memory event index answers exactly what the store's SQL answers, on random filters."""

from __future__ import annotations

import json
import random
from urllib.parse import parse_qs, urlsplit

import pytest

from parley.bench import load_queries, synthetic_store
from parley.records import EVENT_TYPES
from parley.store import Store, make_filter
from parley.store.index import EventIndex


def random_filters(n: int = 250, seed: int = 3) -> list[tuple[dict, int, int, str]]:
    rnd = random.Random(seed)
    out = []
    for url in load_queries(seed=seed, n=n):
        options = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        limit, offset = int(options.pop("limit")), int(options.pop("offset", 0))
        if "type" in options:
            options["event_type"] = options.pop("type")
        roll = rnd.random()
        if roll < 0.1:
            options["text"] = rnd.choice(["acted", "report 0.1", "actor 12", "nothing-like-this"])
        elif roll < 0.2:
            options["aux"] = rnd.choice(["negation", "future", "historical"])
        elif roll < 0.3:
            options["until"] = f"2023-{rnd.randrange(1, 13):02d}-15"
            options.pop("since", None)
        elif roll < 0.35:
            options["min_sources"] = 2
        elif roll < 0.45:
            options["event_type"] = [rnd.choice(EVENT_TYPES), rnd.choice(EVENT_TYPES)]
        elif roll < 0.5:
            options["actor"] = f"Actor {rnd.randrange(500)}"
        elif roll < 0.55:
            options["min_confidence"] = rnd.choice([0.3, 0.9, 1.0])
        out.append((options, limit, offset, rnd.choice(["day", "day", "seq", "sources"])))
    return out


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("index") / "s.duckdb"
    synthetic_store(path, 4000, seed=5)
    return str(path)


def test_the_index_agrees_with_sql(synthetic):
    with Store.open(synthetic, read_only=True) as store:
        index = EventIndex.build(store)
        assert len(index) == store.count()
        compared = 0
        for options, limit, offset, order in random_filters():
            f = make_filter(**options)
            total, rows = index.page(f, limit, offset, order)
            assert total == store.count(f), options
            assert [index.ids[r] for r in rows] == [e.id for e in store.events(f, limit=limit, offset=offset,
                                                                               order=order)], (options, order)
            compared += total > 0
        assert compared > 100  # most filters match something: the comparison is not of empty pages


def test_the_index_json_is_the_api_record(synthetic):
    with Store.open(synthetic, read_only=True) as store:
        index = EventIndex.build(store)
        for stored in store.events(limit=50, order="seq"):
            row = index.ids.index(stored.id)
            assert json.loads(index.json[row]) == stored.to_dict()


def test_a_filter_on_one_article_is_left_to_the_store(synthetic):
    with Store.open(synthetic, read_only=True) as store:
        assert EventIndex.build(store).page(make_filter(article_id="art1"), 10) is None


def test_an_empty_store(tmp_path):
    with Store.open(str(tmp_path / "empty.duckdb")) as store:
        index = EventIndex.build(store)
        assert index.page(make_filter(actor="RUS"), 10) == (0, [])
