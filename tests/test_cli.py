"""The CLI as a user meets it: good records survive bad ones, messages are one line, no tracebacks."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()
GOOD = "Germany and Poland held talks in Berlin on Monday about energy security and border controls."


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def lines(output: str) -> list[dict]:
    return [json.loads(x) for x in output.splitlines() if x.strip()]


def test_txt_article(tmp_path, pipeline):
    f = tmp_path / "berlin.txt"
    f.write_text(GOOD)
    res = run("extract", str(f), "--published", "2024-03-04")
    assert res.exit_code == 0, res.stderr
    [art] = lines(res.stdout)
    assert art["id"] == "berlin" and art["published"] == "2024-03-04"
    assert any(e["event_type"] == "CONSULT" for e in art["events"])


def test_jsonl_with_bad_lines_keeps_good_records(tmp_path, pipeline):
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": GOOD, "events": [{"ignored": True}]}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps({"id": "c", "text": GOOD, "published": "2024-01-02"}),
    ]) + "\n")
    res = run("extract", str(f))
    assert res.exit_code == 0
    assert [a["id"] for a in lines(res.stdout)] == ["a", "c"]
    problems = [x for x in res.stderr.splitlines() if x.startswith("parley:")]
    assert len(problems) == 2 and all("mixed.jsonl:" in p for p in problems)
    assert "Traceback" not in res.stderr


def test_missing_empty_and_binary_inputs(tmp_path, pipeline):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Caf\xe9 " + GOOD).encode("latin-1"))
    res = run("extract", str(tmp_path / "nope.txt"), str(empty), str(binary), str(latin))
    assert res.exit_code == 1  # nothing could be read
    assert "Traceback" not in res.stderr
    msgs = res.stderr.splitlines()
    assert any("nope.txt" in m for m in msgs)
    assert any("empty.txt" in m for m in msgs)
    assert any("blob.txt" in m for m in msgs)
    assert any("latin.txt" in m for m in msgs)


def test_folder_html_and_non_english(tmp_path, pipeline):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.html").write_text(f"<html><body><p>{GOOD}</p><script>x()</script></body></html>")
    (tmp_path / "c.txt").write_text(
        "Die Regierung hat am Montag in Berlin mit der polnischen Delegation über die Sicherheit der "
        "Energieversorgung und die Kontrollen an der Grenze gesprochen, und sie will weiter verhandeln.")
    res = run("extract", str(tmp_path))
    assert res.exit_code == 0
    assert sorted(a["id"] for a in lines(res.stdout)) == ["a", "b"]
    assert "c.txt" in res.stderr


def test_stdin_and_output_file(tmp_path, pipeline):
    out = tmp_path / "out" / "events.jsonl"
    res = run("extract", "-", "-o", str(out), "--published", "2024-03-04", input=GOOD)
    assert res.exit_code == 0, res.stderr
    [art] = lines(out.read_text())
    assert art["id"] == "stdin"
    text = art["text"]
    for e in art["events"]:
        ev = e["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_large_input_is_refused_politely(tmp_path, pipeline):
    big = tmp_path / "big.txt"
    big.write_text((GOOD + " ") * 60_000)  # about 5.6 MB
    res = run("extract", str(big))
    assert res.exit_code == 1
    assert "big.txt" in res.stderr and "Traceback" not in res.stderr


def test_bad_published_date(pipeline):
    res = run("extract", "-", "--published", "yesterday", input=GOOD)
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.stderr


def test_actor_single_and_jsonl(pipeline):
    res = run("actor", "Russian troops")
    assert res.exit_code == 0
    out = json.loads(res.stdout)
    assert (out["country"], out["sector"]) == ("RUS", "MIL") and out["why"]
    rows = "\n".join([json.dumps({"text": "the Kremlin"}), "garbage", json.dumps({"text": "Iraqi police"})])
    res = run("actor", "--jsonl", "-", input=rows + "\n")
    assert res.exit_code == 0
    got = lines(res.stdout)
    assert [g.get("country") for g in got] == ["RUS", None, "IRQ"]
    assert "error" in got[1] and "-:2" in res.stderr


def test_user_actor_file_wins_and_clashes_are_reported(tmp_path, pipeline):
    mine = tmp_path / "mine.yaml"
    mine.write_text("- {name: River Guard, aliases: [RG], country: UKR, sector: MIL}\n"
                    "- {name: Sergei Lavrov, kind: person, country: BLR, sector: GOV, start: 2000-01-01}\n")
    res = run("actor", "the River Guard", "--actors", str(mine))
    out = json.loads(res.stdout)
    assert res.exit_code == 0 and (out["country"], out["sector"]) == ("UKR", "MIL")
    res = run("actor", "Lavrov", "--date", "2022-03-10", "--actors", str(mine))
    assert json.loads(res.stdout)["country"] == "BLR"
    assert "Sergei Lavrov" in res.stderr and "replaced" in res.stderr
    # The shipped knowledge is untouched for the next caller.
    assert json.loads(run("actor", "Lavrov", "--date", "2022-03-10").stdout)["country"] == "RUS"


def test_bad_user_actor_file_is_one_line(tmp_path, pipeline):
    bad = tmp_path / "bad.yaml"
    bad.write_text("x: [\n")
    res = run("actor", "Lavrov", "--actors", str(bad))
    assert res.exit_code == 2 and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "bad.yaml" in res.stderr
    res = run("extract", "-", "--actors", str(tmp_path / "missing.csv"), input=GOOD)
    assert res.exit_code == 2 and "missing.csv" in res.stderr


def test_user_words_extend_the_rules_and_show_in_provenance(tmp_path, pipeline):
    mine = tmp_path / "mine.yaml"
    mine.write_text("classes:\n  aid_objects:\n    words: [snowmobile]\n")
    text = "Norway sent 40 snowmobiles to Ukraine on Monday."
    assert [e["event_type"] for e in lines(run("extract", "-", input=text).stdout)[0]["events"]] == []
    res = run("extract", "-", "--words", str(mine), input=text)
    assert res.exit_code == 0, res.stderr
    [event] = lines(res.stdout)[0]["events"]
    assert event["event_type"] == "AID" and "+extra-" in event["provenance"]["knowledge_version"]


def test_bad_user_words_file_is_one_line(tmp_path, pipeline):
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes:\n  aid_object:\n    words: [tent]\n")
    res = run("extract", "-", "--words", str(bad), input=GOOD)
    assert res.exit_code == 2 and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "bad.yaml" in res.stderr and "aid_object" in res.stderr
    res = run("extract", "-", "--words", str(tmp_path / "missing.yaml"), input=GOOD)
    assert res.exit_code == 2 and "missing.yaml" in res.stderr
