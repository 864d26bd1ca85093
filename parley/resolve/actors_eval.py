"""Score actor coding on NGEC-style resolution cases (shared/data/dev/actors.jsonl).

    python -m parley.resolve.actors_eval ../shared/data/dev/actors.jsonl

A case is right when every field it states (country, sector) matches; cases for
functions Parley does not offer (Wikipedia look-ups) are not counted.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from parley.evaluation import read_cases
from parley.resolve.actors import ActorResolver

SCORED = ("agent_to_code", "short_text_to_agent", "search_nat")


def query_date(value: object) -> str | None:
    """The cases write dates as ISO, "10 May 2015", "October 1, 2021" or "today"; the resolver
    takes ISO, and None for today."""
    if not isinstance(value, str):
        return None
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(value.strip().title() if fmt != "%Y-%m-%d" else value.strip(), fmt)\
                .date().isoformat()
        except ValueError:
            continue
    return None


def evaluate(path: Path, resolver: ActorResolver | None = None) -> dict[str, float]:
    resolver = resolver or ActorResolver.default()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in read_cases(path):
        fn = case.get("function")
        if fn not in SCORED:
            continue
        inp, want = case.get("input"), case.get("expected")
        if not isinstance(inp, dict) or not isinstance(want, dict) or not isinstance(inp.get("text"), str):
            print(f"parley: case {case.get('id')!r} has no input text or expected answer; skipped", file=sys.stderr)
            continue
        date = query_date(inp.get("query_date"))
        code = resolver.resolve(inp["text"], context=inp.get("context") or None, date=date)
        got_country = code.country if code else None
        got_sector = code.sector if code else None
        ok = True
        if "country" in want:
            ok &= (want["country"] or None) == got_country
        if "code_1" in want:
            ok &= (want["code_1"] or None) == got_sector
        total[fn] += 1
        right[fn] += ok
    out = {fn: round(right[fn] / total[fn], 4) for fn in total}
    out["overall"] = round(sum(right.values()) / max(1, sum(total.values())), 4)
    return out


if __name__ == "__main__":
    try:
        print(json.dumps(evaluate(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dev/actors.jsonl"))))
    except FileNotFoundError as e:
        sys.exit(f"parley: {e}")
