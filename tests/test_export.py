"""The export formats of `parley query --format`: each one written from hand-made stored events and
read back."""

from __future__ import annotations

import csv
import io
import json
import os

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from parley.export import FORMATS, ExportError, acled, gdelt, write_events
from parley.export.common import when
from parley.ontology import default_ontology
from parley.records import Actor, Event, Evidence, Place, Provenance, StoredArticle, StoredEvent


def stored(eid: str, event_type: str, *, mode=None, actor=(), recipient=(), location=None, date=None,
           published="2024-05-04", aux_mode=None, trigger="struck", start=0, title="A title",
           evidence="Russian forces struck Kharkiv, killing \"two\" people.") -> StoredEvent:
    art = StoredArticle(f"a-{eid}", title, published, "Reuters", f"https://example.org/{eid}", "")
    ev = Event(event_type=event_type, trigger=trigger, evidence=Evidence(evidence, start, start + len(evidence)),
               provenance=Provenance(art.id, start, start + 6, "verb:test", "p1", "k1"), mode=mode,
               contexts=("military",), aux_mode=aux_mode, actor=tuple(actor), recipient=tuple(recipient),
               location=location, date=date, attributed_to=Actor("officials said", "Officials", "UKR", "GOV"))
    onto = default_ontology()
    return StoredEvent(eid, ev, art, onto.quad(event_type), onto.score(event_type, mode), 3, 2, 3)


RUS_MIL = Actor("Russian forces", "Russian Armed Forces", "RUS", "MIL")
CIVILIANS = Actor("civilians", "civilians", "UKR", "CVL")
KULEBA = Actor("Kuleba", "Dmytro Kuleba", "UKR", "GOV")
FIDAN = Actor("Fidan", "Hakan Fidan", "TUR", "GOV")
KHARKIV = Place("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23)


@pytest.fixture
def events() -> list[StoredEvent]:
    return [
        # An air strike on civilians, dated to the day, in a town with coordinates.
        stored("e1", "ASSAULT", mode="aerial", actor=[RUS_MIL], recipient=[CIVILIANS], location=KHARKIV,
               date="2024-05-03", title="Strikes, and more\non Kharkiv"),
        # A visit: no location, a month-only date; ACLED has no such event.
        stored("e2", "CONSULT", mode="visit", actor=[KULEBA], recipient=[FIDAN], date="2024-05",
               published="2024-05-20", trigger="visited", start=512, evidence="Kuleba visited Ankara."),
        # A riot with no date of its own: the publication date stands in.
        stored("e3", "PROTEST", mode="riot", actor=[Actor("protesters", "protesters", "FRA", "CVL")],
               recipient=[Actor("government", "France", "FRA", "GOV")],
               location=Place("Paris", "Paris", "FRA", 48.86, 2.35), published="2023-12-31", trigger="rioted",
               evidence="Protesters rioted in Paris."),
        # A capture reported as future, located only by country, with no date at all.
        stored("e4", "COERCE", mode="seize", actor=[RUS_MIL], location=Place("Ukraine", "Ukraine", "UKR"),
               published=None, aux_mode="future", trigger="capture", evidence="Russia will capture more."),
    ]


def text(events, fmt: str) -> tuple[int, str]:
    buf = io.StringIO()
    n = write_events(events, fmt, None, stream=buf)
    return n, buf.getvalue()


def test_formats_listed():
    assert FORMATS == ("table", "csv", "jsonl", "parquet", "geojson", "gdelt", "acled")


def test_jsonl_round_trips(events):
    n, out = text(events, "jsonl")
    lines = out.splitlines()
    assert n == len(lines) == 4
    for se, line in zip(events, lines, strict=True):
        d = json.loads(line)
        assert Event.from_dict(d) == se.event
        assert (d["id"], d["quad"], d["num_sources"], d["article"]["id"]) == (se.id, se.quad, 2, se.article.id)


def test_jsonl_goes_to_stdout_by_default(events, capsys):
    assert write_events(events[:1], "jsonl", None) == 1
    assert json.loads(capsys.readouterr().out)["id"] == "e1"


def test_csv_quotes_and_joins(events, tmp_path):
    out = tmp_path / "events.csv"
    assert write_events(events, "csv", out) == 4
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 4
    first = rows[0]
    assert first["article_title"] == "Strikes, and more\non Kharkiv"  # comma and line break survive
    assert first["evidence"] == events[0].event.evidence.text
    assert (first["actor_names"], first["actor_countries"], first["recipient_sectors"]) == (
        "Russian Armed Forces", "RUS", "CVL")
    assert (first["lat"], first["score"], first["num_mentions"]) == ("49.99", "-9.5", "3")
    assert rows[1]["location_name"] == "" and rows[1]["date"] == "2024-05"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]  # no temporary file left


def test_parquet_single_file(events, tmp_path):
    out = tmp_path / "events.parquet"
    assert write_events(events, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert table.column("year").to_pylist() == [2024, 2024, 2023, None]
    assert table.column("month").to_pylist() == [5, 5, 12, None]
    assert table.column("actor_countries").to_pylist()[0] == ["RUS"]  # lists stay lists
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.parquet"]


def test_parquet_partitioned_folder(events, tmp_path):
    out = tmp_path / "lake"
    assert write_events(events, "parquet", out) == 4
    assert (out / "year=2024" / "month=5" / "part-0.parquet").is_file()
    assert (out / "year=2023" / "month=12" / "part-0.parquet").is_file()
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 4
    assert sorted(table.column("year").to_pylist(), key=str) == [2023, 2024, 2024, None]
    # Exporting December again replaces that partition and keeps the others.
    again = stored("e5", "PROTEST", mode="demo", date="2023-12-02")
    assert write_events([again], "parquet", out) == 1
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert sorted(table.column("id").to_pylist()) == ["e1", "e2", "e4", "e5"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lake"]  # no temporary folder left
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o777 & ~umask  # an ordinary folder, not a private temp one


def test_year_and_month_come_from_the_event_date_else_publication():
    year_only = stored("y", "AID", date="2019", published="2024-05-04")
    undated = stored("u", "AID", published="2024-05-04T10:00:00Z")
    assert (when(year_only).year, when(year_only).month, when(year_only).from_published) == (2019, None, False)
    assert (when(undated).year, when(undated).month, when(undated).day, when(undated).from_published) == (
        2024, 5, 4, True)
    assert when(stored("n", "AID", published=None)) is None


def test_geojson_points_only(events):
    n, out = text(events, "geojson")
    doc = json.loads(out)
    assert doc["type"] == "FeatureCollection"
    assert n == len(doc["features"]) == 2  # no location, and a country without a point, are skipped
    first = doc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.23, 49.99]}
    assert first["properties"]["event_type"] == "ASSAULT"
    assert first["properties"]["recipient_names"] == "civilians"


def test_geojson_empty_is_valid():
    n, out = text([], "geojson")
    assert n == 0 and json.loads(out) == {"type": "FeatureCollection", "features": []}


def test_gdelt_layout_and_codes(events):
    n, out = text(events, "gdelt")
    rows = [line.split("\t") for line in out.splitlines()]
    assert n == len(rows) == 3  # the future capture has no place in GDELT
    assert all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(gdelt.COLUMNS)}
    strike, visit, riot = rows
    assert [strike[col[c]] for c in ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                     "GoldsteinScale")] == ["195", "195", "19", "4", "-10.0"]
    assert [visit[col[c]] for c in ("EventCode", "EventRootCode", "QuadClass", "GoldsteinScale")] == [
        "042", "04", "1", "1.9"]
    assert strike[col["GLOBALEVENTID"]] == str(gdelt.global_event_id("e1"))
    assert (strike[col["SQLDATE"]], strike[col["MonthYear"]], strike[col["Year"]]) == ("20240503", "202405", "2024")
    assert strike[col["FractionDate"]] == f"{2024 + (4 * 30 + 3) / 365:.4f}" == "2024.3370"
    assert visit[col["SQLDATE"]] == "20240501"  # month-only: the 1st
    assert riot[col["SQLDATE"]] == "20231231"  # no date: the publication date
    assert (strike[col["Actor1Code"]], strike[col["Actor1CountryCode"]], strike[col["Actor1Type1Code"]]) == (
        "RUSMIL", "RUS", "MIL")
    assert (strike[col["Actor2Code"]], strike[col["Actor2Name"]]) == ("UKRCVL", "civilians")
    assert (strike[col["IsRootEvent"]], visit[col["IsRootEvent"]]) == ("1", "0")
    assert [strike[col[f"ActionGeo_{c}"]] for c in ("Type", "FullName", "CountryCode", "Lat", "Long")] == [
        "4", "Kharkiv, Ukraine", "UKR", "49.99", "36.23"]
    assert visit[col["ActionGeo_Type"]] == "0" and visit[col["ActionGeo_FullName"]] == ""
    assert (strike[col["NumMentions"]], strike[col["NumSources"]], strike[col["AvgTone"]]) == ("3", "2", "")
    assert strike[col["DATEADDED"]] == "20240504000000"
    assert strike[col["SOURCEURL"]] == "https://example.org/e1"


def test_gdelt_actor_codes_for_non_states_and_swapped_sectors():
    un = stored("u", "CONSULT", actor=[Actor("UN", "United Nations", "UNO", "GOV")],
                recipient=[Actor("MSF", "Doctors Without Borders", "NGO", "MED")])
    row = dict(zip(gdelt.COLUMNS, gdelt.gdelt_row(un), strict=True))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1KnownGroupCode"]) == ("UNOGOV", "", "UNO")
    # PLOVER's MED (medical) is CAMEO's HLH; CAMEO's MED is media.
    assert (row["Actor2Code"], row["Actor2Type1Code"], row["Actor2Type2Code"]) == ("NGOHLH", "NGO", "HLH")


def test_cameo_covers_every_plover_type_and_mode():
    onto, cameo = default_ontology(), gdelt.load_cameo()
    for event_type in onto.quads:
        assert (event_type, None) in cameo.events, event_type
    for event_type, mode in onto.mode_scores:
        assert (event_type, mode) in cameo.events, (event_type, mode)


def test_acled_header_and_skips(events, tmp_path):
    out = tmp_path / "acled.csv"
    assert write_events(events, "acled", out) == 2  # the visit and the future capture are skipped
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        assert tuple(next(reader)) == acled.COLUMNS
        rows = [dict(zip(acled.COLUMNS, r, strict=True)) for r in reader]
    strike, riot = rows
    assert (strike["event_type"], strike["sub_event_type"], strike["disorder_type"]) == (
        "Explosions/Remote violence", "Air/drone strike", "Political violence")
    # Russian forces in Ukraine are external forces (8); their victims civilians (7).
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("8", "7", "78")
    assert strike["civilian_targeting"] == "Civilian targeting"
    assert (strike["event_date"], strike["time_precision"], strike["year"]) == ("2024-05-03", "1", "2024")
    assert (strike["country"], strike["location"], strike["geo_precision"]) == ("Ukraine", "Kharkiv", "1")
    assert strike["notes"] == events[0].event.evidence.text
    assert strike["fatalities"] == "" and strike["event_id_cnty"] == f"UKR{gdelt.global_event_id('e1')}"
    assert (riot["event_type"], riot["sub_event_type"], riot["inter1"], riot["actor2"]) == (
        "Riots", "Violent demonstration", "5", "")
    assert (riot["interaction"], riot["time_precision"]) == ("50", "3")  # no date of its own


@pytest.mark.parametrize("event_type,mode,recipient,trigger,expected", [
    ("ASSAULT", None, CIVILIANS, "shot", ("Violence against civilians", "Attack")),
    ("ASSAULT", None, Actor("troops", "Ukrainian troops", "UKR", "MIL"), "clashed", ("Battles", "Armed clash")),
    ("ASSAULT", "heavy-weapons", None, "shelled", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("PROTEST", "demo", None, "rallied", ("Protests", "Peaceful protest")),
    ("COERCE", "arrest", None, "detained", ("Strategic developments", "Arrests")),
    ("MOBILIZE", "troops", None, "deployed", ("Strategic developments", "Change to group/activity")),
    ("RETREAT", "ceasefire", None, "truce", ("Strategic developments", "Agreement")),
    ("AGREE", None, None, "reach ceasefire", ("Strategic developments", "Agreement")),
    ("AGREE", None, None, "pledged", None),
    ("ACCUSE", "allege", None, "accused", None),
    ("THREATEN", "violence", None, "threatened", None),
])
def test_acled_classification(event_type, mode, recipient, trigger, expected):
    se = stored("x", event_type, mode=mode, actor=[RUS_MIL], recipient=[recipient] if recipient else [],
                location=KHARKIV, trigger=trigger)
    assert acled.classify(se) == expected


def test_table(events):
    n, out = text(events, "table")
    assert n == 4
    assert "ASSAULT" in out and "Kharkiv (UKR)" in out and "Dmytro Kuleba" in out


def failing(events):
    yield events[0]
    raise RuntimeError("store went away")


@pytest.mark.parametrize("fmt,name", [("csv", "out.csv"), ("gdelt", "out.tsv"), ("parquet", "out.parquet"),
                                      ("parquet", "lake")])
def test_failed_export_leaves_nothing(events, tmp_path, fmt, name):
    out = tmp_path / name
    with pytest.raises(RuntimeError):
        write_events(failing(events), fmt, out)
    assert list(tmp_path.iterdir()) == []


def test_failed_export_keeps_the_old_file(events, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_events(failing(events), "jsonl", out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_user_errors(events, tmp_path):
    with pytest.raises(ExportError, match="-o"):
        write_events(events, "parquet", None)
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        write_events(events, "xml", tmp_path / "x.xml")
    with pytest.raises(ExportError, match="folder"):
        write_events(events, "csv", tmp_path)
    with pytest.raises(ExportError, match=".parquet"):
        write_events(events, "parquet", tmp_path / "x.csv")
