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
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from parley.evaluation import read_cases
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


def evaluate(path: Path, errors: bool = False) -> dict[str, float | int]:
    """Counts and accuracies for every case in `path`; `errors` prints each miss."""
    total = exact = spec = expr_total = expr_ok = 0
    for case in read_cases(path):
        if not isinstance(case.get("sentence"), str):
            print(f"parley: case {case.get('id')!r} has no sentence; skipped", file=sys.stderr)
            continue
        got, matched = find_date(case["sentence"], case.get("dct"))
        gold = case.get("gold")
        total += 1
        exact += find_date(case["sentence"], case.get("dct"), weeks=True)[0] == gold
        spec_ok = got == spec_gold(gold)
        spec += spec_ok
        if case.get("expression") and gold is not None:
            expr_total += 1
            expr_ok += (matched or "").lower() == case["expression"].lower()
        if errors and not spec_ok:
            print(f"MISS {case.get('dct')} {case['sentence']!r}: got {got} via {matched!r}, "
                  f"gold {gold} (spec {spec_gold(gold)})")
    return {"cases": total, "exact": exact, "spec": spec, "expressions": expr_total, "expressions_ok": expr_ok,
            "exact_accuracy": round(exact / total, 4) if total else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--errors", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    try:
        res = evaluate(args.path, args.errors)
    except FileNotFoundError as e:
        print(f"parley: {e}", file=sys.stderr)
        return 2
    total = int(res["cases"])
    if not total:
        print("no cases", file=sys.stderr)
        return 1
    print(f"cases {total}")
    print(f"exact accuracy {res['exact'] / total:.3f} ({res['exact']}/{total})")
    print(f"spec accuracy  {res['spec'] / total:.3f} ({res['spec']}/{total})")
    if res["expressions"]:
        print(f"expression match {res['expressions_ok'] / res['expressions']:.3f} "
              f"({res['expressions_ok']}/{res['expressions']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
