"""Resolve temporal expressions in news sentences against the publication date.

Output follows spec/events.md: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or None. Every
expression is turned into a date *range* first and then reported at the finest
granularity that range pins down: a single day gives the day, a range inside one
calendar month gives the month ("this week" on a Thursday the 10th), anything
wider gives None, except expressions that are years by nature ("last year",
"in 2014"), which give the year. That one rule covers the spec's "YYYY-MM when
the month is certain" for weeks and weekends without a case per phrase.

Regexes rather than spaCy: dates are resolved per sentence after extraction, and
the phrases news uses for "when" are a small closed set; a parse would only add
cost and a model dependency.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_date", "find_dates", "parse_published", "resolve_date"]

# Words before an expression that make it bound an event rather than date it
# ("by Friday", "after Monday's attack" dates another event). "since" is not one:
# "blocked since March" dates the start of a lasting event, which the spec codes
# as its first day; only "the first/worst ... since 2014" is skipped (see _relation).
NOT_WHEN = frozenset({
    "until", "till", "by", "before", "after", "ahead of", "prior to", "as of", "since-superlative",
})

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month names are matched case-sensitively (title case) so that "march" the verb
# and "may" the modal never count; abbreviations need a following day number.
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A day number must not run into more digits ("March 5,000 troops").
_DAY_END = r"(?![\d,]\d)(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMWORD = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Feast days and names that contain a weekday but are not dates ("Good Friday",
# "the Sunday Times", "the Mail on Sunday").
_NOT_A_WEEKDAY = (
    r"(?<!Good )(?<!Black )(?<!Bloody )(?<!Holy )(?<!Super )(?<!Ash )(?<!Palm )(?<!Easter )(?<!Mail on )"
)
_NOT_A_WEEKDAY_AFTER = (
    r"(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Observer|Tribune|Star|Sport|"
    r"People|Business|Review|Edition|Night\s+Live|Agreement|Mass|School)\b)"
)

# Cues that the event is ahead of publication ("will meet on Friday"): a bare
# weekday or month then means the next one, not the last one.
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't|'ll|is to|are to|set to|due to|scheduled|planned|plans? to|"
    r"expected to|going to|upcoming|to be held)\b|’ll",
    re.IGNORECASE,
)
# A reporting verb between the cue and the expression re-anchors it in the past:
# "talks will resume, Kuleba said on Monday".
_PAST_ANCHOR = re.compile(r"\b(?:said|says|told|announced|added|reported|stated|confirmed|wrote|tweeted)\b")


# Each expression looks back over the sentence before it (future cues, "since", "until"), so a
# "sentence" of thousands of dates would cost quadratic time; no real one has more than a few.
MAX_MENTIONS = 100


@dataclass(frozen=True)
class DateMention:
    """One temporal expression found in a sentence, with its resolution."""

    text: str  # as written, including a leading "on"/"in" when present
    start: int
    end: int
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY, or None when it cannot be pinned down
    relation: str | None = None  # "since", "after"...: the expression bounds rather than dates the event


@dataclass(frozen=True)
class _Span:
    """A resolved expression: a day range, and whether it is a year by nature."""

    first: date
    last: date
    year_ok: bool = False  # allow falling back to YYYY for a range wider than a month
    week: bool = False  # a calendar week by nature ("last week"): ISO `YYYY-Www` on request

    def render(self, weeks: bool = False) -> str | None:
        if weeks and self.week:
            year, number, _ = self.first.isocalendar()
            return f"{year:04d}-W{number:02d}"
        if self.first == self.last:
            return self.first.isoformat()
        if (self.first.year, self.first.month) == (self.last.year, self.last.month):
            return f"{self.first.year:04d}-{self.first.month:02d}"
        if self.year_ok and self.first.year == self.last.year:
            return f"{self.first.year:04d}"
        return None


def parse_published(published: str | None) -> date | None:
    """The publication day from `YYYY-MM-DD` or an ISO timestamp; None when absent or unreadable."""
    if not published:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# ---------------------------------------------------------------- calendar arithmetic

def _month_span(year: int, month: int) -> _Span:
    return _Span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _year_span(year: int) -> _Span:
    return _Span(date(year, 1, 1), date(year, 12, 31), year_ok=True)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _day(d: date) -> _Span:
    return _Span(d, d)


def _weekday_on_or_before(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def _weekday_on_or_after(pub: date, weekday: int) -> date:
    return pub + timedelta(days=(weekday - pub.weekday()) % 7)


def _pick_year(pub: date, month: int, day: int | None, future: bool) -> int | None:
    """Year for a month (and day) written without one: the occurrence nearest to publication.

    Distances on the side the sentence does not point to count double, so a bare
    "in July" in a March article is last July, while "on March 12" in a March 10
    article is two days ahead rather than a year back.
    """
    best: tuple[float, int] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        if day is None:
            distance = float((year * 12 + month) - (pub.year * 12 + pub.month))
        else:
            try:
                distance = float((date(year, month, day) - pub).days)
            except ValueError:  # 29 February in a common year
                continue
        ahead = distance > 0
        cost = abs(distance) * (2 if ahead != future and distance != 0 else 1)
        if best is None or cost < best[0] or (cost == best[0] and not ahead):
            best = (cost, year)
    return best[1] if best else None


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


# ---------------------------------------------------------------- rules
# Each rule: a regex and a resolver (match, _Context) -> _Span or None.
# None from a rule means "a date was written but cannot be pinned down" (no publication date,
# impossible calendar date); the mention is still reported, with value None.

@dataclass(frozen=True)
class _Context:
    pub: date | None
    future: bool
    anchor: _Span | None  # the date of the event the text was last talking about ("a day later")


_Resolver = Callable[[re.Match[str], _Context], _Span | None]


def _explicit_day(m: re.Match[str], ctx: _Context) -> _Span | None:
    month = _MONTHS[m.group("month").rstrip(".").lower()]
    day = int(m.group("day").rstrip("stndrh"))
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif ctx.pub is not None:
        year = _pick_year(ctx.pub, month, day, ctx.future)
    else:
        year = None
    if year is None:
        return None
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def _iso_day(m: re.Match[str], ctx: _Context) -> _Span | None:
    try:
        return _day(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    except ValueError:
        return None


def _month_year(m: re.Match[str], ctx: _Context) -> _Span | None:
    return _month_span(int(m.group("year")), _MONTHS[m.group("month").lower()])


def _bare_month(m: re.Match[str], ctx: _Context) -> _Span | None:
    month = _MONTHS[m.group("month").lower()]
    if ctx.pub is None:
        return None
    which = (m.group("which") or "").lower()
    year: int | None
    if which == "last":  # the most recent such month before the current one
        year = ctx.pub.year if month < ctx.pub.month else ctx.pub.year - 1
    elif which == "next":
        year = ctx.pub.year if month > ctx.pub.month else ctx.pub.year + 1
    elif which == "this":
        year = ctx.pub.year
    else:
        year = _pick_year(ctx.pub, month, None, ctx.future)
    return _month_span(year, month) if year else None


def _year_only(m: re.Match[str], ctx: _Context) -> _Span | None:
    year = int(m.group("year"))
    if ctx.pub is not None and year > ctx.pub.year + 30:  # a figure, not a year
        return None
    return _year_span(year)


def _weekday(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    weekday = _WEEKDAYS[m.group("weekday").lower()]
    which = (m.group("which") or "").lower()
    if which == "last":
        # "last Monday" is never publication day itself.
        return _day(_weekday_on_or_before(ctx.pub - timedelta(days=1), weekday))
    if which == "next":
        return _day(_weekday_on_or_after(ctx.pub + timedelta(days=1), weekday))
    if m.group("lastweek"):
        monday = ctx.pub - timedelta(days=ctx.pub.weekday() + 7)
        return _day(monday + timedelta(days=weekday))
    if ctx.future:
        return _day(_weekday_on_or_after(ctx.pub, weekday))
    # News reports the past: "on Thursday" is the latest Thursday up to and including publication day.
    return _day(_weekday_on_or_before(ctx.pub, weekday))


def _relative_day(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    word = m.group("word").lower()
    if "before yesterday" in word:
        return _day(ctx.pub - timedelta(days=2))
    if word.startswith("yesterday") or word == "last night":
        return _day(ctx.pub - timedelta(days=1))
    if "after tomorrow" in word:
        return _day(ctx.pub + timedelta(days=2))
    if word.startswith("tomorrow"):
        return _day(ctx.pub + timedelta(days=1))
    # today, tonight, this morning, overnight, hours ago: publication day.
    return _day(ctx.pub)


def _ago(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    n = _number(m.group("n"))
    unit = m.group("unit").lower()
    if unit == "day":
        return _day(ctx.pub - timedelta(days=n))
    if unit == "week":
        return _day(ctx.pub - timedelta(days=7 * n))
    if unit == "month":
        return _month_span(*_add_months(ctx.pub.year, ctx.pub.month, -n))
    return _year_span(ctx.pub.year - n)


def _week(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    which = m.group("which").lower()
    monday = ctx.pub - timedelta(days=ctx.pub.weekday())
    if which == "last":
        return _Span(monday - timedelta(days=7), monday - timedelta(days=1), week=True)
    if which == "next":
        return _Span(monday + timedelta(days=7), monday + timedelta(days=13), week=True)
    # "this week", "earlier this week": the part of the week on the side the sentence points to.
    if ctx.future or which == "later this":
        return _Span(ctx.pub, monday + timedelta(days=6), week=True)
    return _Span(monday, ctx.pub, week=True)


def _weekend(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    which = (m.group("which") or "").lower()
    saturday = ctx.pub - timedelta(days=(ctx.pub.weekday() - 5) % 7)  # latest Saturday on or before ctx.pub
    in_weekend = ctx.pub.weekday() >= 5
    if which == "last":
        first = saturday - timedelta(days=7) if in_weekend else saturday
    elif which == "next" or (ctx.future and not in_weekend):
        first = saturday + timedelta(days=7)
    else:  # "over the weekend", "this weekend", "at the weekend"
        first = saturday
    return _Span(first, first + timedelta(days=1))


def _relative_month(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    which = m.group("which").lower()
    delta = -1 if which == "last" else 1 if which == "next" else 0
    return _month_span(*_add_months(ctx.pub.year, ctx.pub.month, delta))


def _relative_year(m: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.pub is None:
        return None
    which = m.group("which").lower()
    delta = -1 if which == "last" else 1 if which == "next" else 0
    return _year_span(ctx.pub.year + delta)


def _anchored(m: re.Match[str], ctx: _Context) -> _Span | None:
    """"the same day", "a day later", "a month earlier": relative to the event last talked about."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    if m.group("same"):
        return anchor
    if m.group("step"):
        n, unit = 1, "day"
        sign = 1 if m.group("step").lower() in ("next", "following") else -1
    else:
        n, unit = _number(m.group("n")), m.group("unit").lower()
        sign = 1 if m.group("dir").lower() in ("later", "after") else -1
    if unit in ("day", "week"):
        if anchor.first != anchor.last:  # "a day later" than a month is not a day
            return None
        return _day(anchor.first + timedelta(days=sign * n * (7 if unit == "week" else 1)))
    if unit == "month":
        return _month_span(*_add_months(anchor.first.year, anchor.first.month, sign * n))
    return _year_span(anchor.first.year + sign * n)


def _parse_anchor(value: str | None) -> _Span | None:
    """A resolved date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) back as a range; None if unreadable."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    try:
        if m.group(3):
            return _day(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        if m.group(2):
            return _month_span(int(m.group(1)), int(m.group(2)))
        return _year_span(int(m.group(1)))
    except ValueError:
        return None


_ON = r"(?:(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Ff]rom)\s+)?"
_RULES: list[tuple[re.Pattern[str], _Resolver]] = [
    (re.compile(rf"{_ON}\b(\d{{4}})-(\d{{2}})-(\d{{2}})\b"), _iso_day),
    # "Thursday, March 3, 2022", "on Feb. 24", "March 5": month before day.
    (re.compile(
        rf"{_ON}(?:{_WEEKDAY},?\s+)?\b(?P<month>{_MONTH_ANY})\s+(?P<day>{_DAYNUM}){_DAY_END}"
        rf"(?:,?\s+(?P<year>{_YEAR}))?"
    ), _explicit_day),
    # "21 April", "1st of May 2019": day before month.
    (re.compile(
        rf"{_ON}(?:(?:the\s+)?)\b(?P<day>{_DAYNUM})\s+(?:of\s+)?(?P<month>{_MONTH_ANY})\b"
        rf"(?:,?\s+(?P<year>{_YEAR}))?"
    ), _explicit_day),
    # "March 2015", "in March of 2015".
    (re.compile(rf"{_ON}\b(?P<month>{_MONTH_FULL})(?:,|\s+of)?\s+(?P<year>{_YEAR})"), _month_year),
    # A bare month needs a cue word: "in February", "early June", "the end of June", "last March".
    (re.compile(
        rf"(?:\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Ee]arlier|[Ll]ater)\s+in|"
        rf"(?:[Aa]t\s+)?the\s+(?:end|beginning|start|middle)\s+of|(?P<which>[Ll]ast|[Nn]ext|[Tt]his))\s*)"
        rf"\b(?P<month>{_MONTH_FULL})\b(?!\s+\d)"
    ), _bare_month),
    # "in 2014", "early 2020", "the end of 2021"; a bare four-digit number is too often a figure.
    (re.compile(
        rf"(?:\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-|(?:[Bb]ack\s+)?[Ii]n\s+early|"
        rf"(?:[Aa]t\s+)?the\s+(?:end|beginning|start|middle)\s+of)\s*)\b(?P<year>{_YEAR})\b(?!\s*[-–/]\s*\d)"
    ), _year_only),
    # "Monday on last week", "last Monday", "next Tuesday", "on Thursday night", "Thursday's attack".
    (re.compile(
        rf"(?:(?:[Ll]ate|[Ee]arly|[Oo]vernight)\s+)?{_ON}(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+)?"
        rf"{_NOT_A_WEEKDAY}\b(?P<weekday>{_WEEKDAY})\b{_NOT_A_WEEKDAY_AFTER}(?:['’]s)?{_PART_OF_DAY}"
        rf"(?P<lastweek>\s+(?:of\s+)?last\s+week)?"
    ), _weekday),
    (re.compile(
        r"\b(?P<word>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|"
        r"yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening))?|"
        r"last\s+night|(?:earlier\s+|later\s+)?today|tonight|overnight|"
        r"(?:earlier\s+|later\s+)?this\s+(?:morning|afternoon|evening)|(?:a\s+few\s+|several\s+|\d+\s+)?hours\s+ago)\b",
        re.IGNORECASE,
    ), _relative_day),
    (re.compile(rf"\b(?P<n>{_NUMWORD})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE), _ago),
    (re.compile(r"\b(?P<which>last|next|this|earlier\s+this|later\s+this)\s+week\b(?!end)", re.IGNORECASE),
     _week),
    (re.compile(r"\b(?:over|at|during)?\s*(?P<which>last|next|this|the)\s+weekend\b", re.IGNORECASE),
     _weekend),
    # Relative to the previous event; resolved only when the caller passes `anchor`.
    (re.compile(
        r"\b(?:on\s+)?(?P<same>(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening))\b|"
        r"\b(?:on\s+)?the\s+(?P<step>next|following|previous)\s+day\b|"
        rf"\b(?P<n>{_NUMWORD})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|after|earlier|before)\b(?!\s+the\b)",
        re.IGNORECASE,
    ), _anchored),
    (re.compile(r"\b(?P<which>last|next|this|earlier\s+this|later\s+this)\s+month\b", re.IGNORECASE),
     _relative_month),
    (re.compile(r"\b(?P<which>last|next|this|earlier\s+this|later\s+this)\s+year\b", re.IGNORECASE),
     _relative_year),
]

_RELATION = re.compile(
    r"\b(since|until|till|by|before|after|ahead\s+of|prior\s+to|as\s+of)\s*$",
    re.IGNORECASE,
)
_LEADING_CUE = re.compile(r"^(since|until)\s+", re.IGNORECASE)
# "the first/worst ... since 2014": the date belongs to an earlier event used for comparison.
_SUPERLATIVE = re.compile(
    r"\b(?:first|worst|best|biggest|largest|deadliest|heaviest|highest|lowest|most|least|fiercest|"
    r"bloodiest|strongest|weakest|longest|only|not)\b[^,;:]*$",
    re.IGNORECASE,
)


def _future_context(sentence: str, start: int) -> bool:
    before = sentence[:start]
    cues = list(_FUTURE_CUE.finditer(before))
    if not cues:
        return False
    return not _PAST_ANCHOR.search(before, cues[-1].end())


def _relation(sentence: str, start: int, text: str) -> str | None:
    lead = _LEADING_CUE.match(text)
    before = sentence[:start]
    if lead:
        relation = lead.group(1).lower()
    else:
        m = _RELATION.search(before)
        relation = re.sub(r"\s+", " ", m.group(1).lower()) if m else None
    if relation == "since" and _SUPERLATIVE.search(before):
        return "since-superlative"
    return relation


def find_dates(
    sentence: str, published: str | None, *, future: bool | None = None, anchor: str | None = None,
    weeks: bool = False,
) -> list[DateMention]:
    """All temporal expressions in `sentence` (the first `MAX_MENTIONS`), in order, each resolved
    against `published`.

    `future` forces the reading of bare weekdays and months; by default it is
    guessed from cues ("will", "scheduled") before each expression. `anchor` is
    the date of the event the article was just talking about: with it "the same
    day" and "a week later" resolve; without it they are found with value None.
    `weeks` reports week expressions as ISO weeks (`2022-W09`), finer than the
    event spec allows, for callers that keep their own precision.
    """
    pub = parse_published(published)
    anchor_span = _parse_anchor(anchor)
    found: list[tuple[int, int, _Resolver, re.Match[str]]] = []
    for pattern, resolver in _RULES:
        for m in pattern.finditer(sentence):
            # Trim the leading whitespace some optional groups can take in.
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            if m.end() > start:
                found.append((start, m.end(), resolver, m))
    # Longest match wins among overlapping ones ("overnight on Thursday" over "overnight").
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    mentions: list[DateMention] = []
    last_end = -1
    for start, end, resolver, m in found:
        if len(mentions) == MAX_MENTIONS:
            break
        if start < last_end:
            continue
        last_end = end
        is_future = _future_context(sentence, start) if future is None else future
        try:
            span = resolver(m, _Context(pub, is_future, anchor_span))
        except (ValueError, OverflowError):  # past the calendar's ends ("tomorrow" on 9999-12-31)
            span = None
        text = sentence[start:end]
        mentions.append(DateMention(
            text=text, start=start, end=end, value=span.render(weeks) if span else None,
            relation=_relation(sentence, start, text),
        ))
    return mentions


def find_date(
    sentence: str, published: str | None, *, anchor: str | None = None, weeks: bool = False,
) -> tuple[str | None, str | None]:
    """(resolved date, expression) for the first expression saying when something happened.

    Expressions that bound rather than date ("by Friday", "the worst since 2014")
    are skipped, and one that resolves is preferred to an earlier one that does
    not ("The next day, on March 4, ..." without `anchor`). When none resolves
    (no publication date, "a day later" without `anchor`) the first expression
    is returned with date None; (None, None) when there is none at all.
    """
    usable = [m for m in find_dates(sentence, published, anchor=anchor, weeks=weeks) if m.relation not in NOT_WHEN]
    for mention in usable:
        if mention.value is not None:
            return mention.value, mention.text
    return (None, usable[0].text) if usable else (None, None)


def resolve_date(
    expression: str, published: str | None, *, future: bool = False, anchor: str | None = None,
) -> str | None:
    """Resolve one temporal expression ("on Thursday", "last month", "March 3, 2022").

    `future` says the event lies ahead of publication (a bare "Friday" is then the
    next one). None for vague or unrecognised expressions ("recently", "in recent weeks").
    """
    mentions = find_dates(expression, published, future=future, anchor=anchor)
    return mentions[0].value if mentions else None
