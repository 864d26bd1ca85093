"""Mention -> expected code, with examples written for these tests."""

from __future__ import annotations

import pytest

from parley.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize("mention,country,sector", [
    ("Russian troops", "RUS", "MIL"),
    ("the Kremlin", "RUS", "GOV"),
    ("Moscow", "RUS", "GOV"),
    ("Houthi rebels", "YEM", "REB"),
    ("Iraqi police", "IRQ", "COP"),
    ("Seoul Metropolitan Police", "KOR", "COP"),
    ("Ukraine's foreign minister", "UKR", "GOV"),
    ("a Belarusian protester", "BLR", "CVL"),
    ("NATO", "IGO", "GOV"),
    ("the UN Security Council", "UNO", "GOV"),
    ("the European Commission", "EUR", "GOV"),
    ("Newsweek", "USA", "JRN"),
    ("protesters", None, "CVL"),
    ("ethnic Albanians", None, "CVL"),
])
def test_mentions(resolver, mention, country, sector):
    code = resolver.resolve(mention)
    assert code is not None and (code.country, code.sector) == (country, sector), code


@pytest.mark.parametrize("mention,date,country,sector", [
    ("Sergei Lavrov", "2022-03-10", "RUS", "GOV"),
    ("Kuleba", "2022-03-10", "UKR", "GOV"),
    ("Kuleba", "2025-03-01", "UKR", "ELI"),  # left office in 2024
    ("Donald Trump", "2019-06-01", "USA", "GOV"),
    ("Donald Trump", "2023-06-01", "USA", "ELI"),
])
def test_people_are_coded_by_date(resolver, mention, date, country, sector):
    code = resolver.resolve(mention, date=date)
    assert code is not None and (code.country, code.sector) == (country, sector), code
    assert code.why.startswith("person")


def test_title_in_context_teaches_an_unknown_name(resolver):
    context = "Ruritania is not a country, but Kenya's interior minister, Ochieng Mbeki, said the border was shut."
    code = resolver.resolve("Ochieng Mbeki", context=context)
    assert code is not None and (code.country, code.sector) == ("KEN", "GOV")


def test_nonsense_and_empty_are_none(resolver):
    assert resolver.resolve("") is None
    assert resolver.resolve("   ") is None
    assert resolver.resolve("the corridor") is None


def test_user_entries_win_and_clashes_are_reported(tmp_path):
    resolver = ActorResolver()
    mine = tmp_path / "mine.yaml"
    mine.write_text("- {name: Newsweek, aliases: [Newsweek magazine], country: GBR, sector: JRN}\n"
                    "- {name: Ana Example, kind: person, country: PRT, sector: GOV, start: 2020-01-01}\n")
    clashes = resolver.add_entries(mine)
    assert any("Newsweek" in c for c in clashes)
    assert resolver.resolve("Newsweek").country == "GBR"
    assert resolver.resolve("Ana Example", date="2024-01-01").country == "PRT"


def test_user_csv(tmp_path):
    resolver = ActorResolver()
    mine = tmp_path / "mine.csv"
    mine.write_text("name,aliases,country,sector\nRiver Guard,RG;the Guard,ZZZ,MIL\n")
    assert resolver.add_entries(mine) == []
    code = resolver.resolve("the Guard")
    assert code is not None and (code.country, code.sector) == ("ZZZ", "MIL")
