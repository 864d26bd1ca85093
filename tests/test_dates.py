"""Date resolution: sentence + publication date -> YYYY-MM-DD / YYYY-MM / YYYY / None."""

from __future__ import annotations

import pytest

from parley.resolve.dates import find_date, find_dates, resolve_date

# 2023-06-15 is a Thursday.
PUB = "2023-06-15"

CASES = [
    # explicit dates
    ("Rebels shelled the port on June 2, 2021.", PUB, "2021-06-02", "on June 2, 2021"),
    ("The truce took effect on 3 June.", PUB, "2023-06-03", "on 3 June"),
    ("The convoy was stopped on Jan. 20.", PUB, "2023-01-20", "on Jan. 20"),
    ("The siege ended Sept. 9, 2016, after talks.", PUB, "2016-09-09", "Sept. 9, 2016"),
    ("Troops withdrew on the 4th of May.", PUB, "2023-05-04", "on the 4th of May"),
    ("The deal was signed 2021-05-04 in Doha.", PUB, "2021-05-04", "2021-05-04"),
    ("The envoys met Monday, May 1, in Cairo.", PUB, "2023-05-01", "Monday, May 1"),
    ("Gunmen attacked the base on December 28.", "2024-01-05", "2023-12-28", "on December 28"),
    ("The vote is scheduled for June 18.", PUB, "2023-06-18", "June 18"),
    # months and years
    ("Protests spread in March.", PUB, "2023-03", "in March"),
    ("Fighting flared in October.", PUB, "2022-10", "in October"),
    ("The offensive began in late May.", PUB, "2023-05", "late May"),
    ("An airstrike hit the market at the end of April.", PUB, "2023-04", "at the end of April"),
    ("The ceasefire collapsed in March 2015.", PUB, "2015-03", "in March 2015"),
    ("The enclave was annexed in 2019.", PUB, "2019", "in 2019"),
    ("The group was founded in early 2008.", PUB, "2008", "in early 2008"),
    # weekdays: the past one by default, the coming one when the sentence points ahead
    ("Envoys met on Thursday in Oslo.", PUB, "2023-06-15", "on Thursday"),
    ("Envoys met on Tuesday in Oslo.", PUB, "2023-06-13", "on Tuesday"),
    ("The army said the convoy left Friday.", PUB, "2023-06-09", "Friday"),
    ("Saturday's bombing killed nine.", PUB, "2023-06-10", "Saturday's"),
    ("Shelling resumed on Sunday night.", PUB, "2023-06-11", "on Sunday night"),
    ("The delegations will meet on Saturday.", PUB, "2023-06-17", "on Saturday"),
    ("Talks will resume, the minister said on Monday.", PUB, "2023-06-12", "on Monday"),
    ("A new round is planned for next Wednesday.", PUB, "2023-06-21", "next Wednesday"),
    ("Rebels attacked last Thursday.", PUB, "2023-06-08", "last Thursday"),
    # relative days
    ("A drone struck the depot yesterday.", PUB, "2023-06-14", "yesterday"),
    ("The minister said today that talks failed.", PUB, "2023-06-15", "today"),
    ("Sirens sounded this morning.", PUB, "2023-06-15", "this morning"),
    ("Explosions were heard overnight.", PUB, "2023-06-15", "overnight"),
    ("Evacuations resume tomorrow.", PUB, "2023-06-16", "tomorrow"),
    ("The bridge was blown up three days ago.", PUB, "2023-06-12", "three days ago"),
    ("The corridor opened two weeks ago.", PUB, "2023-06-01", "two weeks ago"),
    ("The embassy closed two months ago.", PUB, "2023-04", "two months ago"),
    # weeks and weekends: the month when certain, else None
    ("Clashes intensified this week.", PUB, "2023-06", "this week"),
    ("Kyiv said last week it was ready.", PUB, "2023-06", "last week"),
    ("Kyiv said last week it was ready.", "2023-06-06", None, "last week"),
    ("Talks will continue next week.", PUB, "2023-06", "next week"),
    ("Militants raided the village over the weekend.", PUB, "2023-06", "over the weekend"),
    ("Militants raided the village over the weekend.", "2023-07-03", "2023-07", "over the weekend"),
    ("Militants raided the village over the weekend.", "2023-07-02", "2023-07", "over the weekend"),
    ("Militants raided the village over the weekend.", "2022-05-02", None, "over the weekend"),
    # months and years relative to publication
    ("Sanctions were imposed last month.", PUB, "2023-05", "last month"),
    ("Thousands fled earlier this month.", PUB, "2023-06", "earlier this month"),
    ("Sanctions were imposed last month.", "2023-01-10", "2022-12", "last month"),
    ("Tensions rose last year.", PUB, "2022", "last year"),
    ("Aid deliveries doubled earlier this year.", PUB, "2023", "earlier this year"),
    # ranges take their first day; lasting states their start
    ("Talks ran from May 3 to May 5.", PUB, "2023-05-03", "from May 3"),
    ("The road has been blocked since March.", PUB, "2023-03", "since March"),
]


@pytest.mark.parametrize(("sentence", "published", "expected", "expression"), CASES)
def test_find_date(sentence: str, published: str, expected: str | None, expression: str) -> None:
    assert find_date(sentence, published) == (expected, expression)


@pytest.mark.parametrize("sentence", [
    "Aid deliveries recently resumed.",
    "The two leaders had previously met in Minsk.",
    "Attacks have increased in recent weeks.",
    "It was the deadliest attack since 2014.",
    "Troops must leave by Friday.",
    "Theresa May visited the troops.",
    "Protesters will march on the capital.",
    "About 2014 people were displaced.",
    "The Good Friday Agreement ended the conflict.",
    "The Sunday Times reported the raid.",
    "An interview with the Mail on Sunday caused a row.",
    "More than 5,000 troops crossed.",
])
def test_no_date(sentence: str) -> None:
    assert find_date(sentence, PUB) == (None, None)


def test_without_publication_date() -> None:
    assert find_date("Envoys met on Tuesday.", None) == (None, "on Tuesday")
    assert find_date("The enclave was annexed in 2014.", None) == ("2014", "in 2014")
    assert find_date("The truce began on March 3, 2022.", None) == ("2022-03-03", "on March 3, 2022")
    assert find_date("The truce began on March 3.", None) == (None, "on March 3")


def test_anchor_resolves_text_relative_expressions() -> None:
    assert find_date("A day later, gunmen attacked the academy.", PUB, anchor="2023-01-27") == (
        "2023-01-28", "A day later")
    assert find_date("The same day, rebels seized the town.", PUB, anchor="2023-04-08") == (
        "2023-04-08", "The same day")
    assert find_date("A month earlier, the pundit said otherwise.", PUB, anchor="2023-04") == (
        "2023-03", "A month earlier")
    assert find_date("A day later, gunmen attacked.", PUB) == (None, "A day later")


def test_resolvable_expression_preferred_over_unresolvable() -> None:
    assert find_date("The next day, on June 4, troops entered the city.", PUB) == ("2023-06-04", "on June 4")


def test_resolve_date_expressions() -> None:
    assert resolve_date("on Thursday", PUB) == "2023-06-15"
    assert resolve_date("on Friday", PUB) == "2023-06-09"
    assert resolve_date("on Friday", PUB, future=True) == "2023-06-16"
    assert resolve_date("March 3, 2022", PUB) == "2022-03-03"
    assert resolve_date("in 2019", PUB) == "2019"
    assert resolve_date("last month", PUB) == "2023-05"
    assert resolve_date("recently", PUB) is None
    assert resolve_date("on February 30", PUB) is None
    assert resolve_date("on Thursday", "2023-06-15T09:00:00Z") == "2023-06-15"
    assert resolve_date("on Thursday", "not a date") is None


def test_find_dates_reports_every_mention_with_offsets() -> None:
    sentence = "On Friday, the president said he would meet his counterpart this week."
    mentions = find_dates(sentence, PUB)
    assert [(m.text, m.value) for m in mentions] == [("On Friday", "2023-06-09"), ("this week", "2023-06")]
    assert all(sentence[m.start:m.end] == m.text for m in mentions)
    bounded = find_dates("Troops must leave by Friday.", PUB)
    assert bounded[0].relation == "by"


@pytest.mark.parametrize(("sentence", "published", "spec", "week"), [
    ("They met last week.", "2022-03-10", None, "2022-W09"),  # Feb 28 - Mar 6 straddles two months
    ("Talks will resume next week.", "2022-03-10", "2022-03", "2022-W11"),
    ("Fighting intensified this week.", "2021-01-01", None, "2020-W53"),  # the ISO year is not the calendar's
])
def test_weeks_on_request(sentence: str, published: str, spec: str | None, week: str) -> None:
    assert find_date(sentence, published, weeks=True)[0] == week
    assert find_date(sentence, published)[0] == spec  # an event record never carries a week
