"""Fuzz `read_inputs` over every input kind: JSONL (plain and gzip), JSON, CSV, text, HTML, stdin.

Every input must give ArticleInput or InputProblem items and never raise.
Run: .venv/bin/python fuzz/fuzz_reader.py [libFuzzer flags] [corpus dir]
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import tempfile

import atheris

sys.path.insert(0, os.path.dirname(__file__))

with atheris.instrument_imports(include=["parley"]):
    from parley.ingest.reader import read_inputs

from _common import check_items  # noqa: E402

SUFFIXES = (".jsonl", ".csv", ".txt", ".html", ".json", ".jsonl.gz", ".ndjson", "stdin")
WORKDIR = tempfile.mkdtemp(prefix="parley-fuzz-reader-")


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    fdp = atheris.FuzzedDataProvider(data)
    kind = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    max_bytes = fdp.ConsumeIntInRange(16, 4096)
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    if kind == "stdin":
        stream = io.TextIOWrapper(io.BytesIO(body), encoding="utf-8", errors="strict")
        items = list(read_inputs(["-"], stdin=stream, max_bytes=max_bytes))
    else:
        path = os.path.join(WORKDIR, "input" + kind)
        with open(path, "wb") as f:
            f.write(gzip.compress(body) if kind == ".jsonl.gz" else body)
        items = list(read_inputs([path], published="2024-05-01", max_bytes=max_bytes))
    check_items(items)


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
