"""Places: the gazetteer index, toponyms in sentences written for these tests, and `parley places`."""

from __future__ import annotations

import json
import math

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.records import ArticleInput, PlaceMention, Toponym
from parley.resolve.places import Gazetteer, GeoEntry, cache_dir, norm


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def locate(gazetteer):
    from parley.pipeline import locate_many
    from parley.resolve.geoparse import Geoparser

    geo = Geoparser(gazetteer)

    def run(text: str) -> list[PlaceMention]:
        [(_, found)] = list(locate_many([ArticleInput(id="t", text=text)], geo))
        for p in found:
            assert text[p.start:p.end] == p.text
        return found

    return run


def only(found: list[PlaceMention], text: str) -> PlaceMention:
    hits = [p for p in found if p.text == text]
    assert hits, f"{text!r} not found in {[p.text for p in found]}"
    return hits[0]


# -- the gazetteer ---------------------------------------------------------------------------------

def test_names_normalise_initials_and_possessives():
    assert norm("U.S.") == norm("U. S.") == "us"
    assert norm("St. Louis") == "st louis"
    assert norm("Ukraine's") == norm("Ukraine’s") == "ukraine"
    assert norm("Kansas City") != norm("Kansas")


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PARLEY_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path


def test_lookup_without_context_prefers_extras_countries_and_towns_of_size():
    town = GeoEntry("Gaza", "MOZ", -23.0, 32.0, 400_000, 1, "adm1")
    city = GeoEntry("Gaza", "PSE", 31.5, 34.47, 410_000, 2, "city")
    extra = GeoEntry("Gaza", "PSE", 31.42, 34.38, 0, None, "extra")
    hamlet = GeoEntry("Smithville", "USA", 35.0, -90.0, 800, 3, "city")
    g = Gazetteer([("Gaza", town), ("Gaza", city), ("Gaza Strip", extra), ("Gaza", extra), ("Smithville", hamlet)])
    assert g.lookup("Gaza") == extra
    assert g.lookup("the Gaza Strip") == extra
    assert [e.kind for e in g.candidates("Gaza")] == ["city", "adm1", "extra"]  # most populous first
    assert g.lookup("Smithville") is None and g.candidates("Smithville") == (hamlet,)


def test_default_index_has_countries_states_counties_and_small_towns(gazetteer):
    assert gazetteer.lookup("Mariupol").country == "UKR"
    assert gazetteer.lookup("U.S.").country == "USA"
    sudan = gazetteer.lookup("Sudan")
    assert sudan.kind == "country" and km((sudan.lat, sudan.lon), (15.0, 30.0)) < 50
    ohio = [e for e in gazetteer.candidates("Ohio") if e.kind == "adm1"][0]
    assert ohio.admin1 == "US.OH" and km((ohio.lat, ohio.lon), (40.4, -82.7)) < 120
    county = gazetteer.candidates("Laurel County")
    assert any(e.kind == "adm2" and e.admin1 == "US.KY" for e in county)
    assert any(e.kind == "city" and e.population < 5000 for e in gazetteer.candidates("Cottonport"))
    assert gazetteer.admin1("US.TN").name == "Tennessee"
    # Ontario's towns crowd its southern edge; the province's point is its middle, not theirs
    ontario = gazetteer.admin1("CA.08")
    assert km((ontario.lat, ontario.lon), (49.25, -84.5)) < 50


# -- sentences -> places ---------------------------------------------------------------------------

def test_places_the_model_mislabels_are_found(locate):
    found = locate("Russian shelling hit Mariupol overnight, Ukraine's military said.")
    assert only(found, "Mariupol").country == "UKR"  # the small model calls it an ORG
    assert only(found, "Russian").country == "RUS"
    found = locate("Rescuers searched Khan Younis for survivors after the strikes on Gaza.")
    assert only(found, "Khan Younis").country == "PSE"


def test_demonyms_resolve_to_their_country(locate):
    found = locate("Turkish and Egyptian diplomats met on Tuesday to discuss the ceasefire.")
    assert only(found, "Turkish").country == "TUR"
    assert only(found, "Egyptian").country == "EGY"


def test_town_state_pattern_picks_the_small_town(locate):
    found = locate("The festival moved from Paris, Tenn., to a bigger field this year.")
    paris = only(found, "Paris")
    assert paris.country == "USA" and km((paris.lat, paris.lon), (36.30, -88.33)) < 50
    assert only(found, "Tenn.").name == "Tennessee"


def test_the_article_decides_between_namesakes(locate):
    us = locate("Storms flooded roads in Atlanta and Savannah. Officials across Georgia closed schools.")
    georgia = only(us, "Georgia")
    assert georgia.country == "USA"
    abroad = locate("Russian troops moved toward Tbilisi. Georgia asked the European Union for help.")
    assert only(abroad, "Georgia").country == "GEO"


def test_counties_and_nearby_towns_go_together(locate):
    found = locate("Deputies from the Laurel County Sheriff's Office searched a home near London on Friday.")
    london = only(found, "London")
    assert london.country == "USA" and km((london.lat, london.lon), (37.13, -84.08)) < 50
    assert only(found, "Laurel County").country == "USA"


def test_a_dateline_names_where_the_story_was_filed(locate):
    found = locate("Barn fire ruled arson. CORSICANA — A local farmer lost two barns and a tractor on Sunday.")
    corsicana = only(found, "CORSICANA")
    assert corsicana.country == "USA" and km((corsicana.lat, corsicana.lon), (32.10, -96.47)) < 50
    assert only(locate("Shops shut early. BEIRUT: Unknown men set fire to a car overnight."), "BEIRUT").country == "LBN"
    found = locate("Tax worker threatened . ST. PAUL -- A man was charged on Friday.")
    assert only(found, "ST. PAUL").name == "Saint Paul"
    # a headline's speaker or desk is no dateline, even when some small town bears the word
    assert locate("Crash on the bypass. POLICE: A driver was hurt on Friday.") == []


def test_legislators_home_towns_and_county_lists_are_places(locate):
    found = locate("The bill was filed by state Rep. Jay Roberts (R-Ocilla), who chairs the committee.")
    ocilla = only(found, "Ocilla")
    assert ocilla.country == "USA" and km((ocilla.lat, ocilla.lon), (31.59, -83.25)) < 50
    found = locate("Grass fires burned homes in Eastland and Callahan counties, Texas officials said.")
    callahan = only(found, "Callahan")
    assert callahan.name == "Callahan County" and km((callahan.lat, callahan.lon), (32.30, -99.37)) < 50


def test_a_town_is_named_by_its_own_council_and_police(locate):
    found = locate("Floodwater closed Main Street, and the Gainesville Police Department asked drivers to stay home.")
    assert only(found, "Gainesville").country == "USA"


def test_names_the_model_files_as_groups(locate):
    found = locate("A Russian-American crew reached the station on Friday.")
    assert [(p.text, p.country) for p in found] == [("Russian", "RUS"), ("American", "USA")]
    found = locate("Officials in the South Ossetian capital said the shelling stopped.")
    assert only(found, "South Ossetian").country == "GEO"
    assert only(locate("Crowds gathered in Lahore and across Punjab on Friday."), "Punjab").country == "PAK"
    assert locate("It was a Southern tradition, and African-Americans in the Democratic party kept it.") == []


def test_short_forms_of_states_wherever_the_model_puts_them(locate):
    assert only(locate("A trooper with the S.C. Highway Patrol stopped the truck."), "S.C.").name == "South Carolina"
    assert only(locate("The driver, 40, of Opelousas, La., was unhurt."), "La.").name == "Louisiana"
    assert only(locate("Rep. Jane Doe, D-Pa., voted against the bill."), "Pa.").name == "Pennsylvania"
    assert locate("La. Senate passes the bill.") == []  # one stop and no comma: not enough


def test_a_short_form_yaml_reads_as_a_boolean_is_refused(tmp_path):
    from parley.resolve.places import load_abbreviations

    path = tmp_path / "extra.yaml"
    path.write_text("abbreviations:\n  CA.08: [ON, Ont.]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote"):
        load_abbreviations(path)


def test_townsfolk_make_a_town_whatever_the_model_says(locate):
    assert only(locate("Some 30 Gainesville residents signed the petition Monday."), "Gainesville").country == "USA"


def test_a_state_counts_by_its_share_of_the_story(locate):
    # Henry County is biggest in Georgia, and Stewart County has a Georgia namesake too; five
    # names in Tennessee outweigh that stray one.
    found = locate("Jobless rates fell in Henry County last month, and in Benton County, Carroll County, "
                   "Weakley County and Stewart County, across western Tennessee.")
    henry = only(found, "Henry County")
    assert km((henry.lat, henry.lon), (36.33, -88.32)) < 50


def test_a_country_outlives_a_headline_read_as_a_person(locate):
    text = ("Rethinking Egypt-US relations. Egypt has long been a partner of Washington. "
            "Egypt now wants more aid, and Egypt will ask for it in Cairo this week.")
    assert {p.country for p in locate(text) if p.text == "Egypt"} == {"EGY"}


def test_movements_compass_points_and_generic_nouns_are_not_places(locate):
    # each is some town's other name or some far region's own, never what the news means
    assert locate("Hamas fighters fired rockets, and Metro Police closed East 51st Street.") == []


def test_people_and_common_words_are_not_places(locate):
    found = locate("Henry said the March meeting of the City Council went well, and Jones agreed.")
    assert found == []


def test_toponym_records_are_plain_data():
    from parley.annotate import load_nlp
    from parley.extractor.toponyms import doc_toponyms

    doc = load_nlp()("Officials in Kharkiv said the strike hit Izium.")
    tops = doc_toponyms(doc, offset=10)
    assert all(type(t) is Toponym for t in tops)
    assert {(t.text, t.start - 10) for t in tops} >= {("Kharkiv", 13)}


# -- the command line ------------------------------------------------------------------------------

runner = CliRunner()
STORY = "Floods closed roads in Laurel County, Kentucky, and in the town of London on Monday."


def test_cli_places_with_bad_input_keeps_good_records(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": STORY}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
    ]) + "\n")
    res = runner.invoke(app, ["places", str(f), str(tmp_path / "missing.txt")])
    assert res.exit_code == 0
    [row] = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert row["id"] == "a"
    assert {"start", "end", "text", "name", "country", "lat", "lon", "geonames_id"} <= set(row["places"][0])
    assert {p["text"] for p in row["places"]} >= {"Laurel County", "Kentucky", "London"}
    problems = [x for x in res.stderr.splitlines() if x.startswith("parley:")]
    assert len(problems) == 3 and any("missing.txt" in p for p in problems)
    assert "Traceback" not in res.stderr


def test_cli_places_writes_a_file_and_fails_when_nothing_is_read(tmp_path):
    out = tmp_path / "out" / "places.jsonl"
    res = runner.invoke(app, ["places", "-", "-o", str(out)], input=STORY)
    assert res.exit_code == 0 and out.exists()
    assert json.loads(out.read_text())["places"]
    assert [p.name for p in out.parent.iterdir()] == ["places.jsonl"]  # no temporary file left
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    res = runner.invoke(app, ["places", str(empty)])
    assert res.exit_code == 1 and "empty.txt" in res.stderr and "Traceback" not in res.stderr
