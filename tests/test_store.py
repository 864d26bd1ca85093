"""The event store on both back ends: migrations, merging mentions into events, filters, stats.

Events are built by hand (no model loaded): the store's behaviour, not extraction, is under test.
"""

from __future__ import annotations

import json

import pytest

from parley.records import Actor, Article, Event, Evidence, Place, Provenance
from parley.store import FilterError, Ingested, Store, StoreError, make_filter
from parley.store.dedup import content_hash
from parley.store.store import migrations

UKR_GOV = Actor("Ukraine", "Ukraine", "UKR", "GOV")
RUS_MIL = Actor("Russian forces", "Russia", "RUS", "MIL")
KULEBA = Actor("Kuleba", "Dmytro Kuleba", "UKR", "GOV")
MARIUPOL = Place("Mariupol", "Mariupol", "UKR", 47.0951, 37.5413)


def event(kind: str, actor=(), recipient=(), *, sentence: str = "Something happened.", date: str | None = None,
          aux: str | None = None, mode: str | None = None, location: Place | None = None, article: str = "a") -> Event:
    return Event(event_type=kind, trigger=sentence.split()[1], evidence=Evidence(sentence, 0, len(sentence)),
                 provenance=Provenance(article, 0, 1, "test", "p", "k"), mode=mode, aux_mode=aux,
                 actor=tuple(actor), recipient=tuple(recipient), location=location, date=date)


def article(id: str, events: list[Event], *, source: str = "Reuters", published: str = "2022-03-10",
            text: str | None = None, url: str | None = None) -> Ingested:
    text = text or f"Text of {id}. " + " ".join(e.evidence.text for e in events)
    art = Article(id=id, text=text, title=id.title(), published=published, source=source, url=url,
                  events=tuple(events))
    return Ingested(art, content_hash(text))


SHELLING = "Russian forces shelled the corridor near Mariupol."
TALKS = "Kuleba met Lavrov in Antalya."


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


def test_migrations_apply_once_and_reopen(db_url):
    with Store.open(db_url) as s:
        assert s.schema_version() == len(migrations())
        assert s.migrate() == []  # nothing left to apply
    with Store.open(db_url, read_only=True) as s:
        assert s.totals()["articles"] == 0


def test_an_old_store_is_upgraded_in_place(db_url, monkeypatch):
    import parley.store.store as module

    monkeypatch.setattr(module, "migrations", lambda: migrations()[:1])
    with Store.open(db_url) as s:  # a store as the first schema made it, with one event
        s.db.execute("INSERT INTO articles VALUES ('a', 1, 'https://example.org/a', 'h', 'Talks', '2022-03-10', "
                     "'AP', 'text', NULL, 1, NULL, '', 'p', 'now')")
        record = event("CONSULT", [KULEBA], sentence=TALKS).to_dict()
        record["confidence"] = 0.8123  # as `ingest --learned` wrote it before the column existed
        s.db.execute("INSERT INTO events VALUES ('e1', 1, 'CONSULT', NULL, 'verbal-cooperation', 2.5, NULL, TRUE, "
                     "NULL, '2022-03-10', '|ukr|', '', 'UKR', NULL, NULL, NULL, NULL, NULL, ?, 'a', ?, 1, 1, 1)",
                     (TALKS, json.dumps(record)))
    monkeypatch.undo()
    with pytest.raises(StoreError, match="open it once for writing"):
        Store.open(db_url, read_only=True)  # a reader does not upgrade; it says how
    with Store.open(db_url) as s:
        assert s.schema_version() == len(migrations())
        upgraded = s.event("e1")
        assert (upgraded.article.title, upgraded.article.source, upgraded.article.url) == (
            "Talks", "AP", "https://example.org/a")
        assert s.count(make_filter(min_confidence=0.8)) == 1 and s.count(make_filter(min_confidence=0.9)) == 0


def test_a_read_only_open_of_nothing_says_how_to_create_it(tmp_path):
    with pytest.raises(StoreError, match="parley ingest"):
        Store.open(str(tmp_path / "missing.duckdb"), read_only=True)


def test_a_store_from_a_newer_parley_is_refused(db_url):
    with Store.open(db_url) as s:
        s.db.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'now')")
    with pytest.raises(StoreError, match="newer than this Parley"):
        Store.open(db_url)


def test_reports_of_one_event_become_one_event_with_its_mentions(store):
    shelling = event("ASSAULT", [RUS_MIL], [UKR_GOV], sentence=SHELLING, location=MARIUPOL)
    store.add([article("a", [shelling], source="Reuters")])
    store.add([article("b", [shelling], source="AP"), article("c", [shelling], source="AP")])
    (only,) = store.events()
    assert (only.num_mentions, only.num_articles, only.num_sources) == (3, 3, 2)
    assert only.article.id == "a"  # the first report is the event's record
    assert [m.article_id for m in store.mentions(only.id)] == ["a", "b", "c"]
    assert store.totals() == {"articles": 3, "duplicates": 0, "events": 1, "mentions": 3, "sources": 2}


def test_different_days_places_or_aux_modes_are_different_events(store):
    base = dict(actor=[RUS_MIL], recipient=[UKR_GOV], sentence=SHELLING)
    store.add([article("a", [event("ASSAULT", **base, location=MARIUPOL),
                             event("ASSAULT", **base),
                             event("ASSAULT", **base, location=MARIUPOL, date="2022-03-09"),
                             event("ASSAULT", **base, location=MARIUPOL, aux="negation")])])
    assert store.count() == 4


def test_the_record_round_trips(store):
    original = event("CONSULT", [KULEBA], [Actor("Lavrov", "Sergey Lavrov", "RUS", "GOV")], sentence=TALKS,
                     mode="third-party", date="2022-03-10")
    store.add([article("a", [original])])
    assert store.events()[0].event == original
    assert store.article_events("a") == [(store.events()[0].id, original)]
    assert store.article("a").text.startswith("Text of a.")


@pytest.fixture
def filled(store):
    store.add([
        article("a", [event("ASSAULT", [RUS_MIL], [UKR_GOV], sentence=SHELLING, location=MARIUPOL),
                      event("CONSULT", [KULEBA], [RUS_MIL], sentence=TALKS, aux="negation")],
                published="2022-03-10"),
        article("b", [event("AID", [Actor("the UN", "United Nations", None, "IGO")], [UKR_GOV],
                            sentence="The UN sent 100% of aid_kits.", date="2022-04")],
                published="2022-04-20"),
    ])
    return store


@pytest.mark.parametrize("options,expected", [
    ({}, 3),
    ({"actor": "RUS"}, 1),
    ({"actor": "UKR GOV"}, 1),
    ({"actor": "ukrgov"}, 1),
    ({"actor": "Dmytro Kuleba"}, 1),
    ({"actor": ["RUS", "United Nations"]}, 2),
    ({"recipient": "UKR"}, 2),
    ({"event_type": "assault"}, 1),
    ({"quad": "material-cooperation"}, 1),
    ({"quad": "verbal_cooperation"}, 1),
    ({"aux": "happened"}, 2),
    ({"aux": "negation"}, 1),
    ({"since": "2022-04-01"}, 1),
    ({"until": "2022-03-10"}, 2),
    ({"since": "2022-04", "until": "2022-04"}, 1),
    ({"near": "47.1,37.5,20"}, 1),
    ({"near": "50.45,30.52,100"}, 0),
    ({"country": "ukr"}, 1),
    ({"text": "shelled corridor"}, 1),
    ({"text": "100%"}, 1),
    ({"text": "aid_kits"}, 1),
    ({"text": "aid%kits"}, 0),
    ({"text": "shelled", "actor": "UKR"}, 0),
    ({"min_sources": 2}, 0),
])
def test_filters(filled, options, expected):
    assert filled.count(make_filter(**options)) == expected
    assert len(filled.events(make_filter(**options))) == expected


@pytest.mark.parametrize("options,message", [
    ({"event_type": "BOMB"}, "not a PLOVER type"),
    ({"quad": "peace"}, "quad"),
    ({"aux": "maybe"}, "aux"),
    ({"since": "10/03/2022"}, "YYYY-MM-DD"),
    ({"since": "2022-05-01", "until": "2022-04-01"}, "after"),
    ({"near": "47,37"}, "LAT,LON,KM"),
    ({"near": "95,37,10"}, "latitude"),
    ({"country": "Ukraine"}, "alpha-3"),
    ({"actor": "x|y"}, "without"),
    ({"min_confidence": 1.5}, "between 0 and 1"),
    ({"min_confidence": "high"}, "between 0 and 1"),
])
def test_bad_filters_say_what_is_accepted(options, message):
    with pytest.raises(FilterError, match=message):
        make_filter(**options)


def test_pages_are_stable_and_complete(filled):
    first, second = filled.events(limit=2), filled.events(limit=2, offset=2)
    assert len(first) == 2 and len(second) == 1
    assert {e.id for e in first + second} == {e.id for e in filled.events()}
    assert [e.id for e in filled.iter_events(page=1)] == [e.id for e in filled.events(order="seq")]


def test_stats(filled):
    result = filled.stats()
    assert result.total == 3
    assert dict(result.by_type) == {"ASSAULT": 1, "CONSULT": 1, "AID": 1}
    assert dict(result.by_month) == {"2022-03": 2, "2022-04": 1}
    dyads = {(d.actor, d.recipient): d for d in result.dyads}
    assert dyads[("RUS", "UKR")].score == -9.0 and dyads[("RUS", "UKR")].conflictual == 1
    assert dyads[("United Nations", "UKR")].score == 10.0
    assert filled.stats(make_filter(aux="happened")).total == 2


def test_known_articles_by_id_url_or_text(store):
    store.add([article("a", [], url="https://example.org/a", text="The same words, whatever the id.")])
    assert store.known("a", None, "x").reason == "same id"
    assert store.known("z", "https://example.org/a", "x").reason == "same URL"
    assert store.known("z", None, content_hash("the  SAME words whatever the id")).reason == "same text"
    assert store.known("z", "https://example.org/z", "x") is None


def test_feed_state_is_kept(store):
    assert store.feed_state("https://example.org/rss") == (None, None)
    store.save_feed_state("https://example.org/rss", '"abc"', "Wed, 09 Mar 2022 10:00:00 GMT", "3 entries")
    store.save_feed_state("https://example.org/rss", '"def"', None, "2 entries")
    assert store.feed_state("https://example.org/rss") == ('"def"', None)


def test_a_failed_batch_stores_nothing(store):
    good = article("a", [event("ASSAULT", [RUS_MIL], [UKR_GOV], sentence=SHELLING)])
    with pytest.raises(Exception):  # noqa: B017 - the back ends raise their own integrity errors
        store.add([good, good])  # the same article twice: a primary-key violation inside the batch
    assert store.totals()["articles"] == 0 and store.count() == 0
