"""Measure date resolution on a JSONL file of cases.

    python -m parley.resolve.dates_eval ../shared/data/dev/dates.jsonl [--errors]

Each line: `sentence`, `dct` (publication date), `gold` and optionally `expression`.
Two accuracies are printed because gold files may give ISO weeks (`2022-W09`),
which the event spec does not allow: `exact` asks the resolver for weeks
(`find_date(..., weeks=True)`) and compares with the gold as written; `spec`
compares what an event record gets, the gold's week mapped to its month when the
whole week lies in one month and to null otherwise (spec/events.md: "this week"
gives YYYY-MM when the month is certain). `expression` reports how often the
matched words equal the gold ones.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta

from parley.resolve.dates import find_date


def spec_gold(gold: str | None) -> str | None:
    """The gold value as the spec would write it: ISO weeks become a month or null."""
    if gold is None:
        return None
    m = re.fullmatch(r"(\d{4})-W(\d{2})", gold)
    if not m:
        return gold
    monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--errors", action="store_true", help="print each miss")
    args = parser.parse_args(argv)

    total = exact = spec = expr_total = expr_ok = 0
    with open(args.path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            case = json.loads(line)
            got, matched = find_date(case["sentence"], case.get("dct"))
            gold = case.get("gold")
            total += 1
            exact += find_date(case["sentence"], case.get("dct"), weeks=True)[0] == gold
            spec_ok = got == spec_gold(gold)
            spec += spec_ok
            if case.get("expression") and gold is not None:
                expr_total += 1
                expr_ok += (matched or "").lower() == case["expression"].lower()
            if args.errors and not spec_ok:
                print(f"MISS {case.get('dct')} {case['sentence']!r}: got {got} via {matched!r}, "
                      f"gold {gold} (spec {spec_gold(gold)})")
    if not total:
        print("no cases", file=sys.stderr)
        return 1
    print(f"cases {total}")
    print(f"exact accuracy {exact / total:.3f} ({exact}/{total})")
    print(f"spec accuracy  {spec / total:.3f} ({spec}/{total})")
    if expr_total:
        print(f"expression match {expr_ok / expr_total:.3f} ({expr_ok}/{expr_total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
