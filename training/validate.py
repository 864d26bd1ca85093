"""Check written training files: `python training/validate.py training/written/*.jsonl`.

Each row: text, event_type (a PLOVER type or NONE), mode (a mode of that type or null), aux_mode
(null, negation, future, hypothetical, historical), actor / recipient / trigger (exact substrings
of text, or null), how. Prints one line per problem and a label count; exits 1 on any problem.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
AUX = {None, "negation", "future", "hypothetical", "historical"}


def check(path: Path, seen: set[str]) -> tuple[list[str], Counter]:
    problems: list[str] = []
    counts: Counter = Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        text = row.get("text")
        if not isinstance(text, str) or len(text.split()) < 4:
            problems.append(f"{where}: text missing or under 4 words")
            continue
        if text.lower() in seen:
            problems.append(f"{where}: duplicate text")
        seen.add(text.lower())
        etype = row.get("event_type")
        if etype not in TYPES and etype != "NONE":
            problems.append(f"{where}: event_type {etype!r} is not a PLOVER type or NONE")
        if row.get("aux_mode") not in AUX:
            problems.append(f"{where}: aux_mode {row.get('aux_mode')!r}")
        if etype == "NONE" and (row.get("aux_mode") or row.get("trigger")):
            problems.append(f"{where}: NONE rows have no aux_mode and no trigger")
        for field in ("actor", "recipient", "trigger"):
            value = row.get(field)
            if value is not None and value not in text:
                problems.append(f"{where}: {field} {value!r} is not a substring of the text")
        if not row.get("how"):
            problems.append(f"{where}: `how` is missing")
        counts[(etype, row.get("aux_mode"))] += 1
    return problems, counts


def main(paths: list[str]) -> int:
    seen: set[str] = set()
    total: Counter = Counter()
    bad = 0
    for p in paths:
        problems, counts = check(Path(p), seen)
        total.update(counts)
        bad += len(problems)
        for line in problems:
            print(line)
    by_type: Counter = Counter()
    for (etype, _), n in total.items():
        by_type[etype] += n
    print(dict(sorted(by_type.items())), f"{sum(by_type.values())} rows, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
