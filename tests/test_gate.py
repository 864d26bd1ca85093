"""The evaluation gate: extraction on the dev sets, scored by the reference scorer, against pinned floors.

Floors live in eval/floors.json and only go up. This test fails when any figure drops below its floor.
"""

from __future__ import annotations

import json

from parley.evaluation import FLOORS, measure, read_cases


def test_dev_set_figures_stay_above_their_floors(shared, pipeline):
    floors = json.loads(FLOORS.read_text())
    assert floors, "eval/floors.json pins no figure"
    figures = measure(shared)
    below = {k: (figures.get(k), v) for k, v in floors.items() if figures.get(k, 0.0) + 1e-9 < v}
    assert not below, f"below floor (measured, floor): {below}"


def test_a_dev_file_with_bad_lines_keeps_its_good_cases(tmp_path, capsys):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": 1, "text": "a\u2028b"}\nnot json\n[1, 2]\n\n{"id": 2, "text": "b"}\n', encoding="utf-8")
    assert [r["id"] for r in read_cases(path)] == [1, 2]  # a line separator inside a text is no line end
    err = capsys.readouterr().err
    assert f"{path}:2: skipped" in err and f"{path}:3: skipped" in err


def test_evaluators_name_a_missing_file_instead_of_a_traceback(tmp_path, capsys):
    from parley.resolve import dates_eval

    assert dates_eval.main([str(tmp_path / "nowhere.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err
