"""The evaluation gate: extraction on the dev sets, scored by the reference scorer, against pinned floors.

Floors live in eval/floors.json and only go up. This test fails when any figure drops below its floor.
"""

from __future__ import annotations

import json

from parley.evaluation import FLOORS, measure


def test_dev_set_figures_stay_above_their_floors(shared, pipeline):
    floors = json.loads(FLOORS.read_text())
    assert floors, "eval/floors.json pins no figure"
    figures = measure(shared)
    below = {k: (figures.get(k), v) for k, v in floors.items() if figures.get(k, 0.0) + 1e-9 < v}
    assert not below, f"below floor (measured, floor): {below}"
