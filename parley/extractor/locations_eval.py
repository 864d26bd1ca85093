"""Score event locations on sentences with a marked event word and gold location spans
(shared/data/dev/event_locations.jsonl, Halterman 2019).

    python -m parley.extractor.locations_eval ../shared/data/dev/event_locations.jsonl [--limit N]

A predicted place is right when it overlaps a gold location span; a sentence whose gold has
no location is right when nothing is predicted. Prints precision, recall and F1 over place
spans and the share of sentences handled exactly right.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from parley.annotate import load_nlp
from parley.evaluation import read_cases
from parley.extractor.events import Rules
from parley.extractor.lexicon import default_lexicon


def evaluate(path: Path, limit: int | None = None) -> dict[str, Any]:
    rows = [r for r in read_cases(path) if isinstance(r.get("text"), str) and isinstance(r.get("event_verb"), dict)]
    rows = rows[:limit] if limit else rows
    nlp = load_nlp()
    rules = Rules(default_lexicon())
    tp = n_pred = n_gold = exact = judged = 0
    for doc, row in zip(nlp.pipe((r["text"] for r in rows), batch_size=256), rows, strict=True):
        verb = row["event_verb"]
        pred = rules.event_places(doc, verb["start"], verb["end"])[:1]  # an event has one location
        gold = [(g["start"], g["end"]) for g in row.get("event_locations") or []]
        if any(gs is None or ge is None for gs, ge in gold):
            continue  # a few gold rows lost their offsets: not judged
        hits = sum(1 for a, b in pred if any(a < ge and gs < b for gs, ge in gold))
        tp, n_pred, n_gold = tp + hits, n_pred + len(pred), n_gold + min(1, len(gold))
        exact += (hits == len(pred) == 1) or (not pred and not gold)
        judged += 1
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "sentences_right": round(exact / judged, 4) if judged else 0.0, "n": judged}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    try:
        print(json.dumps(evaluate(args.path, args.limit)))
    except FileNotFoundError as e:
        raise SystemExit(f"parley: {e}") from None
