"""The REST API over a store built by hand: shapes and values of each endpoint, what is refused
and why (bad parameters, unknown ids, tokens, big bodies, floods), and the headers.

No model is loaded except by the one test that really codes a posted article (it uses the
session's `pipeline` fixture); the other writes go through a stand-in pipeline.
"""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from parley.records import Actor, Article, ArticleInput, Event, Evidence, Place, Provenance
from parley.store import Ingested, Store, StoreError
from parley.store.dedup import content_hash
from parley.web import app as web_app
from parley.web.app import CSP, create_app

UKR_GOV = Actor("Ukraine", "Ukraine", "UKR", "GOV")
RUS_MIL = Actor("Russian forces", "Russia", "RUS", "MIL")
KULEBA = Actor("Kuleba", "Dmytro Kuleba", "UKR", "GOV")
LAVROV = Actor("Lavrov", "Sergey Lavrov", "RUS", "GOV")
UN = Actor("the UN", "United Nations", None, "IGO")
MARIUPOL = Place("Mariupol", "Mariupol", "UKR", 47.0951, 37.5413)
KYIV = Place("Kyiv", "Kyiv", "UKR", 50.45, 30.52)

SHELLING = "Russian forces shelled the corridor near Mariupol."
TALKS = "Kuleba did not meet Lavrov in Antalya."
AID = "The UN sent aid convoys to Kyiv."
ACCUSATION = "Officials accused unnamed saboteurs of the blast."
TOKEN = "a-test-token-of-some-length"


def event(kind: str, sentence: str, trigger: str, actor=(), recipient=(), *, date: str | None = None,
          aux: str | None = None, location: Place | None = None) -> Event:
    # Offsets are set by `article`, once the sentence's place in the text is known.
    return Event(event_type=kind, trigger=trigger, evidence=Evidence(sentence, 0, len(sentence)),
                 provenance=Provenance("", 0, 0, "test", "p", "k"), aux_mode=aux, actor=tuple(actor),
                 recipient=tuple(recipient), location=location, date=date)


def article(id: str, events: list[Event], *, source: str = "Reuters", published: str = "2022-03-10") -> Ingested:
    """An article whose text holds each event's sentence, the offsets pointing at it, as coded ones do."""
    text = f"Report {id}."
    placed = []
    for e in events:
        if e.evidence.text not in text:
            text += " " + e.evidence.text
        start = text.index(e.evidence.text)
        t = start + e.evidence.text.index(e.trigger)
        placed.append(dataclasses.replace(
            e, evidence=Evidence(e.evidence.text, start, start + len(e.evidence.text)),
            provenance=dataclasses.replace(e.provenance, article_id=id, trigger_start=t,
                                           trigger_end=t + len(e.trigger))))
    art = Article(id=id, text=text, title=f"Title {id}", published=published, source=source,
                  url=f"https://news.example/{id}", events=tuple(placed))
    return Ingested(art, content_hash(text))


def shelling() -> Event:
    return event("ASSAULT", SHELLING, "shelled", [RUS_MIL], [UKR_GOV], location=MARIUPOL)


def fill(db: str) -> None:
    with Store.open(db) as store:
        store.add([
            article("a", [shelling(), event("CONSULT", TALKS, "meet", [KULEBA], [LAVROV], aux="negation")]),
            article("b", [shelling()], source="AP"),  # a second report of the same shelling
            article("c", [dataclasses.replace(event("AID", AID, "sent", [UN], [UKR_GOV], date="2022-04-20",
                                                    location=KYIV), confidence=0.85)],  # as coded --learned
                    source="AP", published="2022-04-20"),
            article("d", [event("ACCUSE", ACCUSATION, "accused")], source="BBC", published="2022-04-22"),
        ])


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "events.duckdb")
    fill(path)
    return path


@pytest.fixture
def client(db) -> Iterator[TestClient]:
    with TestClient(create_app(db, rate_limit=None)) as c:
        yield c


def ids(response) -> list[str]:
    return [e["article"]["id"] + ":" + e["event_type"] for e in response.json()["events"]]


# -- reading --------------------------------------------------------------------------------------


def test_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["writable"] is False and body["version"]
    assert body["store"] == {"articles": 4, "duplicates": 0, "events": 4, "mentions": 5, "sources": 3}


def test_events_page_holds_the_spec_record_and_the_store_fields(client):
    body = client.get("/api/events").json()
    assert (body["total"], body["limit"], body["offset"], len(body["events"])) == (4, 100, 0, 4)
    shell = next(e for e in body["events"] if e["event_type"] == "ASSAULT")
    spec = {"event_type", "mode", "contexts", "aux_mode", "actor", "recipient", "location", "date",
            "attributed_to", "trigger", "evidence", "provenance"}
    assert spec | {"id", "quad", "score", "num_mentions", "num_sources", "num_articles", "article"} <= set(shell)
    assert (shell["quad"], shell["score"]) == ("material-conflict", -9.0)
    assert (shell["num_mentions"], shell["num_sources"], shell["num_articles"]) == (2, 2, 2)
    assert shell["article"] == {"id": "a", "title": "Title a", "published": "2022-03-10", "source": "Reuters",
                                "url": "https://news.example/a", "duplicate_of": None}
    assert shell["actor"][0]["country"] == "RUS" and shell["location"]["lat"] == 47.0951
    assert ids(client.get("/api/events?order=sources"))[0] == "a:ASSAULT"
    assert ids(client.get("/api/events?order=seq")) == ["a:ASSAULT", "a:CONSULT", "c:AID", "d:ACCUSE"]


@pytest.mark.parametrize("query,expected", [
    ("actor=RUS", ["a:ASSAULT"]),
    ("actor=UKR", ["a:CONSULT"]),
    ("actor=RUS&actor=United Nations", ["c:AID", "a:ASSAULT"]),
    ("actor=RUS,United%20Nations", ["c:AID", "a:ASSAULT"]),
    ("recipient=UKR", ["c:AID", "a:ASSAULT"]),
    ("country=UKR", ["c:AID", "a:ASSAULT"]),
    ("type=aid", ["c:AID"]),
    ("quad=material-conflict", ["a:ASSAULT"]),
    ("quad=verbal-conflict&quad=material-cooperation", ["d:ACCUSE", "c:AID"]),
    ("aux=negation", ["a:CONSULT"]),
    ("aux=happened&since=2022-04-01", ["d:ACCUSE", "c:AID"]),
    ("since=2022-04&until=2022-04-20", ["c:AID"]),
    ("near=47.1,37.5,20", ["a:ASSAULT"]),
    ("text=convoys%20kyiv", ["c:AID"]),
    ("min_sources=2", ["a:ASSAULT"]),
    ("min_confidence=0.8", ["c:AID"]),  # events coded without the classifier have no confidence
    ("min_confidence=0.9", []),
    ("actor=RUS&quad=verbal-cooperation", []),
])
def test_filters_change_the_results(client, query, expected):
    response = client.get("/api/events?" + query)
    assert response.status_code == 200, response.text
    assert sorted(ids(response)) == sorted(expected) and response.json()["total"] == len(expected)


def test_pages_are_complete_and_counted(client):
    first, second = client.get("/api/events?limit=3").json(), client.get("/api/events?limit=3&offset=3").json()
    assert (first["total"], second["total"], len(first["events"]), len(second["events"])) == (4, 4, 3, 1)
    assert len({e["id"] for e in first["events"] + second["events"]}) == 4
    past = client.get("/api/events?limit=3&offset=10").json()
    assert (past["total"], past["events"]) == (4, [])


@pytest.mark.parametrize("query,words", [
    ("limit=0", "limit"),
    ("limit=5000", "limit"),
    ("offset=-1", "offset"),
    ("limit=ten", "limit"),
    ("order=random", "order"),
    ("format=xml", "format"),
    ("since=10/03/2022", "since must be a date as YYYY-MM-DD"),
    ("since=2022-05-01&until=2022-04-01", "after"),
    ("until=2022-02-30", "until must be a date"),
    ("quad=peace", "quad 'peace' is unknown"),
    ("type=BOMB", "not a PLOVER type"),
    ("aux=maybe", "aux"),
    ("near=47,37", "LAT,LON,KM"),
    ("country=Ukraine", "alpha-3"),
    ("actor=x%7Cy", "without"),
    ("min_sources=0", "min_sources"),
    ("min_confidence=1.5", "min_confidence"),
    ("text=" + "w" * 201, "longer than 200"),
    ("actor=" + ",".join(["RUS"] * 51), "at most 50"),
    ("actors=RUS", "unknown query parameter 'actors'"),
])
def test_bad_parameters_are_422_with_a_message(client, query, words):
    response = client.get("/api/events?" + query)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and words in detail


@pytest.mark.parametrize("path", ["/api/stats", "/api/timeline", "/api/map", "/api/network", "/api/actors"])
def test_every_filtered_endpoint_checks_its_filters(client, path):
    response = client.get(path + "?since=yesterday")
    assert response.status_code == 422 and "YYYY-MM-DD" in response.json()["detail"]


def test_one_event_with_its_reports(client):
    shell = client.get("/api/events?type=ASSAULT").json()["events"][0]
    body = client.get(f"/api/events/{shell['id']}").json()
    assert body["event"] == shell
    assert [(m["article_id"], m["source"], m["published"]) for m in body["mentions"]] == [
        ("a", "Reuters", "2022-03-10"), ("b", "AP", "2022-03-10")]
    assert body["mentions"][1]["url"] == "https://news.example/b"
    assert body["mentions"][1]["event"]["provenance"]["article_id"] == "b"


def test_unknown_ids_are_404(client):
    response = client.get("/api/events/0123456789abcdef0123")
    assert response.status_code == 404 and "no event with id '0123456789abcdef0123'" in response.json()["detail"]
    response = client.get("/api/articles/nope")
    assert response.status_code == 404 and "no article with id 'nope'" in response.json()["detail"]


def test_an_article_with_the_offsets_to_mark_its_events(client):
    body = client.get("/api/articles/a").json()
    art = body["article"]
    assert {k: art[k] for k in ("id", "title", "published", "source", "url", "duplicate_of")} == {
        "id": "a", "title": "Title a", "published": "2022-03-10", "source": "Reuters",
        "url": "https://news.example/a", "duplicate_of": None}
    text = art["text"]
    assert [e["event_type"] for e in body["events"]] == ["ASSAULT", "CONSULT"]  # text order
    for e in body["events"]:
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        assert text[e["provenance"]["trigger_start"]:e["provenance"]["trigger_end"]] == e["trigger"]
    shell_id = client.get("/api/events?type=ASSAULT").json()["events"][0]["id"]
    assert body["events"][0]["id"] == shell_id and body["events"][0]["quad"] == "material-conflict"


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["total"] == 4
    assert body["by_type"] == {"ASSAULT": 1, "CONSULT": 1, "AID": 1, "ACCUSE": 1}
    assert body["by_quad"]["material-conflict"] == 1
    assert body["by_month"] == {"2022-03": 2, "2022-04": 2}
    assert {"actor": "RUS", "recipient": "UKR", "events": 1, "score": -9.0, "cooperative": 0,
            "conflictual": 1} in body["dyads"]
    assert body["store"]["articles"] == 4 and "score" in body
    assert client.get("/api/stats?aux=happened").json()["total"] == 3
    assert len(client.get("/api/stats?top=1").json()["dyads"]) == 1


def test_timeline_is_every_day_with_the_articles_of_each(client):
    body = client.get("/api/timeline").json()
    days = body["days"]
    assert (days[0], days[-1], len(days)) == ("2022-03-10", "2022-04-22", 44)
    assert set(body["series"]) == {"material-conflict", "verbal-cooperation", "material-cooperation",
                                   "verbal-conflict"}
    assert all(len(v) == len(days) for v in body["series"].values())
    assert body["series"]["material-conflict"][0] == 1 and sum(body["series"]["material-conflict"]) == 1
    assert body["articles"][0] == 2 and body["articles"][days.index("2022-04-20")] == 1
    assert body["normalised"] is False
    norm = client.get("/api/timeline?normalise=true").json()
    assert norm["normalised"] is True
    assert norm["series"]["material-conflict"][0] == 0.5  # 1 event over the 2 articles of that day
    assert norm["series"]["material-conflict"][1] is None  # no articles that day
    assert client.get("/api/timeline?normalise=maybe").status_code == 422
    assert client.get("/api/timeline?since=2030-01-01").json()["days"] == []


def test_map_points(client):
    body = client.get("/api/map").json()
    assert body["total_located"] == 2
    first = body["points"][0]
    assert first[1:] == [47.0951, 37.5413, "material-conflict", "ASSAULT", "Mariupol", 2]  # most reported first
    assert len(first[0]) == 20
    one = client.get("/api/map?limit=1").json()
    assert len(one["points"]) == 1 and one["total_located"] == 2  # counted past a full page
    assert client.get("/api/map?type=ACCUSE").json() == {"points": [], "total_located": 0}
    assert client.get("/api/map?limit=0").status_code == 422


def test_network_leaves_out_unknown_ends(client):
    body = client.get("/api/network").json()
    assert {(e["source"], e["target"], e["events"], e["score"]) for e in body["edges"]} == {
        ("RUS", "UKR", 1, -9.0), ("UKR", "RUS", 1, 2.5), ("United Nations", "UKR", 1, 10.0)}
    nodes = {n["id"]: n["events"] for n in body["nodes"]}
    assert nodes == {"UKR": 3, "RUS": 2, "United Nations": 1}
    assert body["nodes"][0]["id"] == "UKR"


def test_actors_for_suggestions(client):
    body = client.get("/api/actors").json()
    assert body["actors"][0] == {"label": "UKR", "as_actor": 1, "as_recipient": 2}
    assert {a["label"] for a in body["actors"]} == {"UKR", "RUS", "United Nations"}
    assert len(client.get("/api/actors?limit=1").json()["actors"]) == 1


def test_csv_is_the_query_layout(client):
    response = client.get("/api/events?format=csv&quad=material-conflict,material-cooperation&order=seq")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["x-total-count"] == "2"
    lines = response.text.splitlines()
    assert lines[0].startswith("id,date,event_type,mode,quad,score")
    assert len(lines) == 3 and ",ASSAULT," in lines[1] and ",AID," in lines[2]


def test_openapi_is_served_and_no_cdn_docs(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/stats", "/api/timeline",
            "/api/map", "/api/network", "/api/actors", "/api/articles", "/api/health"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


# -- headers, limits ------------------------------------------------------------------------------


def test_security_headers(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == CSP
    api = client.get("/api/health")
    for response in (page, api):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert "content-security-policy" not in api.headers


def test_no_cors(client):
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 200
    assert not any(k.lower().startswith("access-control-") for k in response.headers)
    preflight = client.options("/api/articles", headers={
        "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in preflight.headers


def test_gzip(client):
    response = client.get("/api/events", headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("content-encoding") == "gzip" and response.json()["total"] == 4
    small = client.get("/api/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers  # under 1000 bytes: not worth it


def test_rate_limit(db):
    with TestClient(create_app(db, rate_limit=(0.5, 3))) as c:
        assert [c.get("/api/health").status_code for _ in range(3)] == [200, 200, 200]
        response = c.get("/api/health")
        assert response.status_code == 429 and int(response.headers["retry-after"]) >= 1
        assert "too many requests" in response.json()["detail"]
        assert response.headers["x-content-type-options"] == "nosniff"


def test_the_page_missing_is_said(db, tmp_path, monkeypatch):
    monkeypatch.setattr(web_app, "STATIC", tmp_path / "nothing")
    with TestClient(create_app(db, rate_limit=None)) as c:
        page = c.get("/")
        assert page.status_code == 200 and "not built" in page.text
        assert c.get("/static/app.js").status_code == 404


def test_a_broken_store_is_503_with_its_message(db):
    class Gone(Store):
        def fork(self) -> Store:
            return Gone(self.db.fork(), self.ontology)

        def totals(self) -> dict[str, int]:
            raise StoreError("postgresql://parley:***@db/parley: server closed the connection")

    def factory(path: str, read_only: bool = False) -> Store:
        opened = Store.open(path, read_only=read_only)
        return Gone(opened.db, opened.ontology)

    with TestClient(create_app(db, store_factory=factory, rate_limit=None)) as c:
        response = c.get("/api/health")
        assert response.status_code == 503 and "server closed the connection" in response.json()["detail"]


# -- connections and threads ----------------------------------------------------------------------


def test_concurrent_readers_each_have_a_connection_all_closed_at_shutdown(db):
    app = create_app(db, rate_limit=None)
    state = app.state.parley
    with TestClient(app) as c, ThreadPoolExecutor(16) as pool:
        paths = ["/api/events?actor=RUS", "/api/stats", "/api/timeline", "/api/map", "/api/network"] * 20
        responses = list(pool.map(c.get, paths))
        assert all(r.status_code == 200 for r in responses)
        assert all(r.json()["total"] == 1 for r in responses[::5])
        assert state.open_connections() >= 1
    assert state.open_connections() == 0


def test_a_finished_thread_gives_its_connection_back(db):
    app = create_app(db, rate_limit=None)
    state = app.state.parley
    with TestClient(app):
        before = state.open_connections()
        worker = threading.Thread(target=lambda: state.reader().totals())
        worker.start()
        worker.join()
        gc.collect()
        assert state.open_connections() == before


def test_a_read_only_server_opens_the_store_read_only(db):
    opened: list[bool] = []

    def factory(path: str, read_only: bool = False) -> Store:
        opened.append(read_only)
        return Store.open(path, read_only=read_only)

    with TestClient(create_app(db, store_factory=factory, rate_limit=None)):
        pass
    with TestClient(create_app(db, token=TOKEN, store_factory=factory, rate_limit=None)):
        pass
    assert opened == [True, False]


def test_a_missing_store_fails_before_serving(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(str(tmp_path / "missing.duckdb"))


# -- writing --------------------------------------------------------------------------------------


class MetPipeline:
    """Stands in for the model: one CONSULT for each sentence saying 'met'."""

    pipeline_version = "stand-in"

    def run(self, articles: Iterable[ArticleInput], n_process: int = 1, on_error=None) -> Iterator[Article]:
        for a in articles:
            events = []
            for sentence in a.text.split(". "):
                if " met " in sentence:
                    start = a.text.index(sentence)
                    events.append(Event("CONSULT", "met", Evidence(sentence, start, start + len(sentence)),
                                        Provenance(a.id, 0, 0, "stand-in", "p", "k"), actor=(KULEBA,),
                                        recipient=(LAVROV,), date="2022-05-02"))
            yield Article(a.id, a.text, a.title, a.published, a.source, a.url, tuple(events))


@pytest.fixture
def writer(db) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=TOKEN, pipeline=MetPipeline(), rate_limit=None)) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}
POSTED = "Kuleba met Lavrov in Istanbul on Monday. The two ministers spoke for an hour."


def test_a_read_only_server_refuses_writes(client):
    response = client.post("/api/articles", json={"text": POSTED}, headers=AUTH)
    assert response.status_code == 403
    assert response.json()["detail"] == "read-only server: start it with --token to allow writes"
    assert client.get("/api/health").json()["writable"] is False


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-of-some-length"},
                                     {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": "Bearer " + TOKEN + "x"}])
def test_writes_need_the_token(writer, headers):
    response = writer.post("/api/articles", json={"text": POSTED}, headers=headers)
    assert response.status_code == 401 and "token" in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"
    assert writer.get("/api/health").json()["store"]["articles"] == 4


def test_a_posted_article_is_stored_once_and_readable(writer):
    response = writer.post("/api/articles", json={"text": POSTED, "title": "Talks", "published": "2022-05-02",
                                                  "source": "Wire"}, headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["stored"] is True and body["reason"] is None and body["events"] == 1
    assert body["article_id"].startswith("text:")
    assert writer.get("/api/health").json()["writable"] is True
    art = writer.get(f"/api/articles/{body['article_id']}").json()  # another connection sees the write
    assert (art["article"]["title"], art["article"]["source"], art["article"]["published"]) == (
        "Talks", "Wire", "2022-05-02")
    assert [e["event_type"] for e in art["events"]] == ["CONSULT"]
    assert writer.get("/api/events?since=2022-05-01").json()["total"] == 1
    again = writer.post("/api/articles", json={"text": POSTED}, headers=AUTH).json()
    assert again == {"article_id": body["article_id"], "stored": False, "reason": "already stored (same id)",
                     "events": 0}


def test_a_posted_article_with_its_own_id(writer):
    body = writer.post("/api/articles", json={"text": POSTED, "id": "wire-1"}, headers=AUTH).json()
    assert body["article_id"] == "wire-1" and body["stored"] is True
    same_text = writer.post("/api/articles", json={"text": POSTED, "id": "wire-2"}, headers=AUTH).json()
    assert same_text["stored"] is False and same_text["reason"] == "already stored (same text)"


@pytest.mark.parametrize("payload,words", [
    ({}, 'either "text" or "url"'),
    ({"text": POSTED, "url": "https://news.example/x"}, 'either "text" or "url"'),
    ({"text": "   "}, "empty"),
    ({"text": POSTED, "published": "last week"}, "published must be"),
    ({"text": POSTED, "colour": "red"}, "colour"),
    ({"text": 5}, "text"),
    ({"url": "file:///etc/passwd"}, "http"),
    ({"url": "http://127.0.0.1:9/private"}, "127.0.0.1"),
    ({"text": POSTED, "id": "a\nb"}, "control"),
])
def test_bad_bodies_are_422(writer, payload, words):
    response = writer.post("/api/articles", json=payload, headers=AUTH)
    assert response.status_code == 422, response.text
    assert words in response.json()["detail"]


def test_not_json_is_422(writer):
    response = writer.post("/api/articles", content=b"text=hello", headers=AUTH)
    assert response.status_code == 422 and "JSON" in response.json()["detail"]


def test_big_bodies_are_413(writer):
    response = writer.post("/api/articles", json={"text": "word " * 500_000}, headers=AUTH)
    assert response.status_code == 413 and "2000000" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes themselves are counted
        yield b'{"text": "'
        for _ in range(300):
            yield b"x" * 10_000
        yield b'"}'

    response = writer.post("/api/articles", content=chunks(), headers=AUTH)
    assert response.status_code == 413
    assert writer.get("/api/health").json()["store"]["articles"] == 4


def test_a_posted_article_is_really_coded(db, pipeline):
    """The one test that loads the extraction model (the session's `pipeline`, a few seconds)."""
    text = ("Russian forces shelled the city of Kharkiv on Tuesday, killing three civilians, regional "
            "officials said. Ukraine's foreign minister Dmytro Kuleba met Turkish officials in Ankara.")
    with TestClient(create_app(db, token=TOKEN, pipeline=pipeline, rate_limit=None)) as c:
        body = c.post("/api/articles", json={"text": text, "published": "2022-03-15T08:00:00Z"}, headers=AUTH).json()
        assert body["stored"] is True and body["events"] >= 1
        coded = c.get(f"/api/articles/{body['article_id']}").json()
        assert coded["article"]["published"] == "2022-03-15"
        assert "ASSAULT" in {e["event_type"] for e in coded["events"]}
        assert c.get("/api/events?since=2022-03-13&type=ASSAULT").json()["total"] >= 1


# -- both back ends -------------------------------------------------------------------------------


def test_the_endpoints_on_both_back_ends(db_url):
    fill(db_url)
    with TestClient(create_app(db_url, rate_limit=None)) as c:
        assert c.get("/api/health").json()["store"]["events"] == 4
        assert sorted(ids(c.get("/api/events?actor=RUS,United Nations&since=2022-03-01"))) == ["a:ASSAULT", "c:AID"]
        assert c.get("/api/events?near=47.1,37.5,20&min_sources=2").json()["total"] == 1
        assert c.get("/api/events?text=convoys").json()["total"] == 1
        shell = c.get("/api/events?type=ASSAULT").json()["events"][0]
        assert len(c.get(f"/api/events/{shell['id']}").json()["mentions"]) == 2
        assert [e["event_type"] for e in c.get("/api/articles/a").json()["events"]] == ["ASSAULT", "CONSULT"]
        assert c.get("/api/stats").json()["by_month"] == {"2022-03": 2, "2022-04": 2}
        assert len(c.get("/api/timeline?normalise=true").json()["days"]) == 44
        assert c.get("/api/map?limit=1").json()["total_located"] == 2
        assert len(c.get("/api/network").json()["edges"]) == 3
        assert c.get("/api/actors").json()["actors"][0]["label"] == "UKR"
        assert len(c.get("/api/events?format=csv").text.splitlines()) == 5
        assert c.get("/api/events/nope").status_code == 404

