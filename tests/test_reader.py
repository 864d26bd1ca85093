"""read_inputs: every kind of bad input is reported in one line and never stops the rest."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

from parley.ingest import html_to_text, looks_like_html, read_inputs, text_language_problem
from parley.records import ArticleInput, InputProblem

ENGLISH = (
    "Government troops and rebel fighters clashed near the northern border town on Monday, "
    "the defence ministry said in a statement, adding that talks with the rebels would resume "
    "once the fighting had stopped and that aid convoys were waiting at the crossing."
)
FRENCH = (
    "Les troupes gouvernementales et les rebelles se sont affrontés lundi près de la ville "
    "frontalière du nord, a indiqué le ministère de la défense dans un communiqué, en ajoutant que "
    "les négociations avec les rebelles reprendront une fois que les combats auront cessé."
)


def read(*paths: str | Path, **kwargs: Any) -> list[ArticleInput | InputProblem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def articles(items: list[ArticleInput | InputProblem]) -> list[ArticleInput]:
    return [i for i in items if isinstance(i, ArticleInput)]


def problems(items: list[ArticleInput | InputProblem]) -> list[InputProblem]:
    return [i for i in items if isinstance(i, InputProblem)]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- good input

def test_txt_article_uses_stem_and_published_argument(tmp_path: Path) -> None:
    (tmp_path / "border-clash.txt").write_text(ENGLISH, encoding="utf-8")
    [item] = read(tmp_path / "border-clash.txt", published="2023-04-03")
    assert isinstance(item, ArticleInput)
    assert (item.id, item.text, item.title, item.published) == ("border-clash", ENGLISH, None, "2023-04-03")
    assert item.origin.endswith("border-clash.txt")


def test_jsonl_fields_ids_and_published_fallback(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [
        json.dumps({"id": "a1", "text": ENGLISH, "title": "Clash", "published": "2023-04-01",
                    "source": "Wire", "url": "http://example.org/a1", "events": [{"x": 1}]}),
        json.dumps({"text": ENGLISH + " More."}),
    ])
    first, second = read(path, published="2023-05-05")
    assert isinstance(first, ArticleInput) and isinstance(second, ArticleInput)
    assert (first.id, first.title, first.published, first.source, first.url) == (
        "a1", "Clash", "2023-04-01", "Wire", "http://example.org/a1")
    assert second.id == "feed-2"  # file stem and line number
    assert second.published == "2023-05-05"  # the argument fills in only what the row lacks
    assert first.origin.endswith("feed.jsonl:1")


def test_jsonl_date_is_the_publication_date_when_published_is_absent(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "corpus.jsonl", [
        json.dumps({"id": "a", "text": ENGLISH, "date": "1987-02-26"}),
        json.dumps({"id": "b", "text": ENGLISH + " Again.", "date": "1987-02-26", "published": "1987-03-01"}),
        json.dumps({"id": "c", "text": ENGLISH + " Once more.", "date": "last week"}),
    ])
    a, b, problem, c = read(path)
    assert (a.published, b.published, c.published) == ("1987-02-26", "1987-03-01", None)
    assert isinstance(problem, InputProblem) and "'date' is not a YYYY-MM-DD date" in problem.reason


def test_jsonl_gz_and_timestamps(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "text": ENGLISH, "published": "2023-04-01T08:30:00Z"}) + "\n")
    [item] = read(path)
    assert isinstance(item, ArticleInput)
    assert (item.id, item.published) == ("g", "2023-04-01")


def test_folder_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    assert [a.id for a in articles(read(tmp_path))] == ["a", "two"]


def test_stdin_text_and_jsonl() -> None:
    [text] = read("-", stdin=io.StringIO("\n\n" + ENGLISH), published="2023-01-02")
    assert isinstance(text, ArticleInput)
    assert (text.id, text.published, text.text) == ("stdin", "2023-01-02", "\n\n" + ENGLISH)

    feed = "\n" + json.dumps({"text": ENGLISH}) + "\n" + json.dumps({"id": "x", "text": ENGLISH}) + "\n"
    items = read("-", stdin=io.StringIO(feed))
    assert [a.id for a in articles(items)] == ["stdin-2", "x"]


def test_html_file_becomes_plain_text_with_title(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Clash at the border</title><style>p{color:red}</style></head>"
        "<body><nav>Home | World</nav><p>Troops &amp; rebels clashed on Monday.</p>"
        "<script>var x = 1;</script><p>Talks   will\nresume.<br>Aid is waiting.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [item] = read(tmp_path / "page.html", check_language=False)
    assert isinstance(item, ArticleInput)
    assert item.text == "Troops & rebels clashed on Monday.\n\nTalks will resume.\nAid is waiting."
    assert item.title == "Clash at the border"


def test_html_fragment_in_jsonl_is_converted() -> None:
    fragment = "<p>Rebels seized the town.</p><p>The army said it would respond.</p><div>More soon.</div>"
    assert looks_like_html(fragment)
    assert not looks_like_html("He wrote <b> in the message, which is odd but not markup.")
    text, title = html_to_text(fragment)
    assert text == "Rebels seized the town.\n\nThe army said it would respond.\n\nMore soon."
    assert title is None


# ---------------------------------------------------------------- bad input

def test_missing_path(tmp_path: Path) -> None:
    [problem] = read(tmp_path / "nope.jsonl")
    assert isinstance(problem, InputProblem)
    assert problem.reason == "no such file or folder"


def test_empty_file_and_empty_text(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    reasons = [p.reason for p in problems(read(
        tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "empty.jsonl"))]
    assert reasons == ["empty", "empty", "empty"]
    [row] = read(write_jsonl(tmp_path / "rows.jsonl", [json.dumps({"id": "e", "text": "   "})]))
    assert isinstance(row, InputProblem) and row.reason == "empty"


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "dump.jsonl").write_bytes(b"\x00\x01\x02binary\x00\n")
    reasons = [p.reason for p in problems(read(tmp_path / "photo.txt", tmp_path / "dump.jsonl"))]
    assert reasons == ["binary file, not text", "binary file, not text"]


def test_not_utf8_is_reported_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(ENGLISH.replace("defence", "défence").encode("latin-1"))
    [problem] = read(tmp_path / "latin.txt")
    assert isinstance(problem, InputProblem)
    assert problem.reason.startswith("not UTF-8")
    assert "iconv" in problem.reason


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    [item] = read(tmp_path / "bom.txt")
    assert isinstance(item, ArticleInput) and item.text == ENGLISH


def test_size_cap(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ENGLISH * 10, encoding="utf-8")
    [problem] = read(tmp_path / "big.txt", max_bytes=1000)
    assert isinstance(problem, InputProblem)
    assert problem.reason.startswith("too large (") and "cap" in problem.reason

    path = write_jsonl(tmp_path / "rows.jsonl", [
        json.dumps({"id": "big", "text": ENGLISH * 10}),
        json.dumps({"id": "ok", "text": ENGLISH}),
    ])
    items = read(path, max_bytes=1000)
    assert [a.id for a in articles(items)] == ["ok"]
    assert problems(items)[0].origin.endswith("rows.jsonl:1")


def test_size_cap_message_in_megabytes(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1_100_000, encoding="utf-8")
    [problem] = read(tmp_path / "big.txt")
    assert isinstance(problem, InputProblem)
    assert problem.reason == "too large (5.5 MB > 5 MB cap)"


def test_malformed_json_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        json.dumps({"id": "one", "text": ENGLISH}),
        '{"id": "two", "text": "unterminated',
        "[1, 2]",
        json.dumps({"id": "four"}),
        json.dumps({"id": "five", "text": 42}),
        json.dumps({"id": ["six"], "text": ENGLISH}),
        json.dumps({"id": "seven", "text": ENGLISH + " Again."}),
    ])
    items = read(path)
    assert [a.id for a in articles(items)] == ["one", "seven"]
    found = {p.origin.rsplit(":", 1)[1]: p.reason for p in problems(items)}
    assert found["2"].startswith("not valid JSON (Unterminated string")
    assert found["3"] == "not a JSON object (got a list)"
    assert found["4"] == "no 'text' field"
    assert found["5"] == "'text' is not a string (got a number)"
    assert found["6"] == "'id' is not a string (got a list)"
    assert all("\n" not in p.message() for p in problems(items))


def test_bad_published_is_reported_and_ignored(tmp_path: Path) -> None:
    row = {"id": "d", "text": ENGLISH, "published": "Monday"}
    path = write_jsonl(tmp_path / "rows.jsonl", [json.dumps(row)])
    problem, article = read(path, published="2023-02-01")
    assert isinstance(problem, InputProblem) and "ignored" in problem.reason
    assert isinstance(article, ArticleInput) and article.published == "2023-02-01"


def test_non_english_text(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "rows.jsonl", [
        json.dumps({"id": "fr", "text": FRENCH}),
        json.dumps({"id": "en", "text": ENGLISH}),
    ])
    items = read(path)
    assert [a.id for a in articles(items)] == ["en"]
    assert problems(items)[0].reason == "does not look like English (Parley codes English news)"
    # Short texts and tables are not judged.
    assert text_language_problem("Le président a parlé.") is None
    assert text_language_problem("Shr 12 cts vs 10 cts\nNet 4.1 mln vs 3.9 mln\n" * 5) is None
    assert text_language_problem("Российские войска обстреляли город во вторник утром. " * 5) is not None


def test_duplicate_ids_second_is_skipped(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "rows.jsonl", [
        json.dumps({"id": "same", "text": ENGLISH}),
        json.dumps({"id": "same", "text": ENGLISH + " Later."}),
    ])
    (tmp_path / "same.txt").write_text(ENGLISH, encoding="utf-8")
    items = read(path, tmp_path / "same.txt")
    assert [a.id for a in articles(items)] == ["same"]
    assert [p.origin.rsplit("/", 1)[-1] for p in problems(items)] == ["rows.jsonl:2", "same.txt"]
    assert all(p.reason.startswith("duplicate id 'same'") for p in problems(items))


def test_corrupt_gzip_keeps_earlier_rows(tmp_path: Path) -> None:
    good = gzip.compress((json.dumps({"id": "kept", "text": ENGLISH}) + "\n").encode("utf-8"))
    (tmp_path / "cut.jsonl.gz").write_bytes(good[:-6])  # truncated trailer
    (tmp_path / "fake.jsonl.gz").write_bytes(b"this is not gzip at all")
    items = read(tmp_path / "cut.jsonl.gz", tmp_path / "fake.jsonl.gz")
    assert len(problems(items)) == 2
    assert "gzip" in problems(items)[1].reason


def test_bad_items_next_to_good_ones_across_paths(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    items = read(tmp_path / "missing.txt", tmp_path / "bad.txt", tmp_path / "good.txt")
    assert [type(i).__name__ for i in items] == ["InputProblem", "InputProblem", "ArticleInput"]


def test_empty_folder(tmp_path: Path) -> None:
    [problem] = read(tmp_path)
    assert isinstance(problem, InputProblem) and "no .txt" in problem.reason


def test_stdin_problems() -> None:
    [empty] = read("-", stdin=io.StringIO("\n  \n"))
    assert isinstance(empty, InputProblem) and (empty.origin, empty.reason) == ("stdin", "empty")
    [bad] = read("-", stdin=io.StringIO('{"id": 1, "text": \n'))
    assert isinstance(bad, InputProblem) and bad.origin == "stdin:1"


def test_large_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(2000):
            f.write(json.dumps({"id": f"n{i}", "text": f"{ENGLISH} Item {i}."}) + "\n")
    stream = read_inputs([str(path)])
    first = next(stream)  # produced before the rest of the file is read
    assert isinstance(first, ArticleInput) and first.id == "n0"
    assert sum(1 for _ in stream) == 1999


# ---------------------------------------------------------------- CSV and saved pages

def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_csv_good_rows_are_kept_beside_bad_ones(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "sheet.csv", (
        "id,title,date,source,url,text\r\n"
        f'c1,Clash,2023-04-01,Wire,http://example.org/c1,"{ENGLISH}"\r\n'
        f',No id,,,,"{ENGLISH} Again.\r\nA second paragraph, inside the quotes."\r\n'
        "c3,Empty,2023-04-02,,,\r\n"
        f'c4,Split,2023-04-02,Wire,,{ENGLISH}\r\n'  # unquoted commas: too many fields
        f'c5,Quote,2023-04-02,,,"{ENGLISH}" and more\r\n'  # text after a closing quote
        f"c6,Bad date,Monday,,,{ENGLISH.replace(',', '')} Six.\r\n"
        "\r\n"
        f'c8,Last,2023-04-03,,,"{ENGLISH} Eight."\r\n'
    ))
    items = read(path, published="2023-09-09")
    kept = articles(items)
    assert [a.id for a in kept] == ["c1", "sheet-3", "c6", "c8"]
    c1 = kept[0]
    assert (c1.title, c1.published, c1.source, c1.url, c1.text) == (
        "Clash", "2023-04-01", "Wire", "http://example.org/c1", ENGLISH)
    assert kept[1].text.endswith("Again.\r\nA second paragraph, inside the quotes.")
    assert kept[1].published == "2023-09-09"
    assert kept[2].published == "2023-09-09"  # its own date was not one
    found = {p.origin.rsplit(":", 1)[1]: p.reason for p in problems(items)}
    assert set(found) == {"5", "6", "7", "8"}
    assert found["5"] == "empty"
    assert found["6"].startswith("malformed CSV row (8 fields, the header has 6")
    assert found["7"].startswith("malformed CSV row (")
    assert "not a YYYY-MM-DD date" in found["8"]
    assert all("\n" not in p.message() for p in problems(items))


def test_csv_needs_a_text_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "sheet.csv", f"id,body\nx,{ENGLISH}\n")
    [problem] = read(path)
    assert isinstance(problem, InputProblem) and problem.origin == str(path)
    assert problem.reason == "no 'text' column in the header row (columns: 'id', 'body')"
    [empty] = read(write_csv(tmp_path / "empty.csv", "\n\n"))
    assert isinstance(empty, InputProblem) and empty.reason == "empty"
    [header_only] = read(write_csv(tmp_path / "head.csv", "id,text\n"))
    assert isinstance(header_only, InputProblem) and header_only.reason.startswith("empty")


def test_csv_semicolons_bom_folder_and_bad_bytes(tmp_path: Path) -> None:
    (tmp_path / "sheet.csv").write_bytes(
        b"\xef\xbb\xbfText;ID\n" + f'"{ENGLISH}";s1\n'.encode() + b'"caf\xe9 au lait";s2\n'
        + f'"{ENGLISH} Three.";s3\n'.encode())
    items = read(tmp_path)  # found in a folder, header names in any case
    assert [a.id for a in articles(items)] == ["s1", "s3"]
    [problem] = problems(items)
    assert problem.origin.endswith("sheet.csv:3") and problem.reason.startswith("not UTF-8")


def test_csv_huge_field_is_skipped_not_fatal(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", f'id,text\nbig,"{ENGLISH * 40}"\nok,"{ENGLISH}"\n')
    items = read(path, max_bytes=1000)
    assert [a.id for a in articles(items)] == ["ok"]
    [problem] = problems(items)
    assert problem.origin.endswith("big.csv:2") and problem.reason.startswith("too large")


def test_html_page_uses_main_text_and_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Talks resume in Doha</title>'
        '<meta property="article:published_time" content="2023-04-03"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Talks resume in Doha</h1>"
        f"<p>{ENGLISH}</p><p>The minister\x92s office confirmed the meeting on Monday, calling it "
        "\x93a first step\x94 towards a lasting ceasefire agreement between the two sides.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    (tmp_path / "doha.htm").write_bytes(page.encode("latin-1"))
    [item] = read(tmp_path / "doha.htm", published="2023-01-01")
    assert isinstance(item, ArticleInput)
    assert (item.id, item.title, item.published) == ("doha", "Talks resume in Doha", "2023-04-03")
    assert item.text.split("\n\n") == [
        ENGLISH, "The minister\u2019s office confirmed the meeting on Monday, calling it \u201ca first step\u201d "
        "towards a lasting ceasefire agreement between the two sides."]
