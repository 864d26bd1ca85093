"""Fuzz extraction and the text stages under it: the language check, boilerplate spans, date
resolution and `extract` itself, whose output must validate against the shipped schema.

Inputs are decoded text; a byte in front picks a publication date (ordinary, at the calendar's
ends, or none) so date arithmetic is exercised too.
Run: .venv/bin/python fuzz/fuzz_extract.py [libFuzzer flags] [corpus dir]
"""

from __future__ import annotations

import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(__file__))

with atheris.instrument_imports(include=["parley"]):
    from parley.clean import content_spans
    from parley.ingest.reader import text_language_problem
    from parley.pipeline import default_pipeline, extract
    from parley.resolve.dates import find_date, find_dates

from _common import check_article  # noqa: E402

PUBLISHED = [None, "2022-03-10", "2024-02-29", "9999-12-31", "0001-01-01"]  # what the reader lets through
ODD_DATES = ["2024-13-45", "not a date", "0000-00-00", "2022-03-10T23:59:59Z"]
PIPELINE = default_pipeline()


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    fdp = atheris.FuzzedDataProvider(data)
    published = fdp.PickValueInList(PUBLISHED)
    text = fdp.ConsumeUnicode(min(fdp.remaining_bytes(), 4000))
    reason = text_language_problem(text)
    assert reason is None or isinstance(reason, str)
    last = 0
    for start, end in content_spans(text):
        assert last <= start < end <= len(text), (start, end)
        last = end
    for m in find_dates(text, fdp.PickValueInList(PUBLISHED + ODD_DATES)):
        assert text[m.start:m.end] == m.text
    find_date(text, published, anchor=fdp.PickValueInList([None, "2022-03", "2022", "9999-12-31"]))
    check_article(extract(text, published, pipeline=PIPELINE))


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
