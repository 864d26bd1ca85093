"""Which files a batch reads and how it cuts them into shards.

A shard is a row range of one input file: lines `first`..`last` of a JSONL file (physical lines,
blank ones included, so the numbers are the ones `parley extract` reports) or rows of a Parquet
file. The cut depends only on the files and the shard size, so the same command always makes the
same shards, and a rerun can tell which of them are already done.
"""

from __future__ import annotations

import gzip
import os
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from parley.batch.errors import BatchError

SHARD_SIZE = 500  # articles: about 20 s of one core, small enough that a kill loses little
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Input:
    path: str  # absolute, so a rerun from another folder (or a Ray worker) finds the same file
    size: int
    kind: str  # "jsonl", "jsonl.gz" or "parquet"
    rows: int = 0  # lines of a JSONL file, rows of a Parquet file


@dataclass(frozen=True)
class Shard:
    id: str
    path: str
    kind: str
    first: int  # 1-based line or row number, inclusive
    last: int
    offset: int = 0  # byte offset of line `first` in a plain JSONL file: a worker seeks there

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Shard:
        return cls(str(d["id"]), str(d["path"]), str(d["kind"]), int(d["first"]), int(d["last"]),
                   int(d.get("offset") or 0))


@dataclass
class Plan:
    fingerprint: dict[str, Any]  # what must not change between a run and its resumption
    inputs: list[Input]
    skipped: list[dict[str, str]]  # {"path", "reason"}: inputs not read at all
    problems: list[dict[str, str]]  # {"origin", "reason"}: inputs read only in part (a damaged .gz)
    shards: list[Shard]

    def to_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "inputs": [asdict(i) for i in self.inputs],
                "skipped_inputs": self.skipped, "input_problems": self.problems,
                "shards": [s.to_dict() for s in self.shards]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Plan:
        return cls(dict(d["fingerprint"]), [Input(**i) for i in d["inputs"]], list(d["skipped_inputs"]),
                   list(d.get("input_problems") or []), [Shard.from_dict(s) for s in d["shards"]])


def fingerprint(args: list[str], shard_size: int, out: Path) -> tuple[dict[str, Any], list[tuple[Path, int, str]],
                                                                      list[dict[str, str]]]:
    """(the fingerprint of the inputs, their files, the inputs skipped unread): names and sizes only,
    so a rerun can tell cheaply whether it may resume."""
    absolute, files, skipped = find_files(args, out)
    return ({"args": absolute, "files": [[str(p), size] for p, size, _ in files],
             "skipped": [s["path"] for s in skipped], "shard_size": shard_size}, files, skipped)


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    return None


def find_files(args: list[str], out: Path) -> tuple[list[str], list[tuple[Path, int, str]], list[dict[str, str]]]:
    """(the arguments made absolute, the input files with their sizes and kinds, skipped inputs)."""
    absolute, files, skipped = [], [], []
    for raw in args:
        path = Path(raw).expanduser().absolute()
        absolute.append(str(path))
        try:
            if path.is_dir():
                found = _walk(path, out)
                if not found:
                    skipped.append({"path": raw, "reason": "no .jsonl, .jsonl.gz or .parquet files in folder"})
                files.extend(found)
            elif path.is_file():
                kind = kind_of(path)
                if kind is None:
                    reason = ("compressed file: only .jsonl.gz is read compressed" if path.name.endswith(".gz")
                              else "not a JSONL or Parquet file of articles (use parley ingest or parley extract "
                                   "for .txt, .html and .csv)")
                    skipped.append({"path": raw, "reason": reason})
                else:
                    files.append((path, path.stat().st_size, kind))
            elif path.exists():
                skipped.append({"path": raw, "reason": "not a regular file or folder"})
            else:
                skipped.append({"path": raw, "reason": "no such file or folder"})
        except OSError as exc:
            skipped.append({"path": raw, "reason": f"cannot read ({exc.strerror or exc})"})
    seen: set[Path] = set()
    unique = []
    for item in files:  # a file named twice (itself and in its folder) is read once
        if item[0] not in seen:
            seen.add(item[0])
            unique.append(item)
    return absolute, unique, skipped


def _walk(folder: Path, out: Path) -> list[tuple[Path, int, str]]:
    found = []
    for root, dirs, names in os.walk(folder):
        # The output folder may sit inside an input folder; its own Parquet files are not articles.
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and Path(root, d).absolute() != out)
        for name in sorted(names):
            path = Path(root, name)
            kind = kind_of(path)
            if kind is not None and not name.startswith("."):
                found.append((path, path.stat().st_size, kind))
    return found


def make_plan(args: list[str], out: Path, shard_size: int = SHARD_SIZE) -> Plan:
    """Read every input once (line counts, Parquet footers) and cut it into shards."""
    found, files, skipped = fingerprint(args, shard_size, out)
    skipped = list(skipped)
    inputs: list[Input] = []
    problems: list[dict[str, str]] = []
    shards: list[Shard] = []
    ranges: list[tuple[Input, list[int]]] = []
    for path, size, kind in files:
        try:
            if kind == "parquet":
                from parley.export.common import ExportError
                from parley.export.parquet import input_shape

                try:
                    rows, columns = input_shape(path)
                except ExportError as exc:
                    skipped.append({"path": str(path), "reason": str(exc)})
                    continue
                if "text" not in columns:
                    shown = ", ".join(repr(c) for c in columns[:8]) or "none"
                    skipped.append({"path": str(path), "reason": f"no 'text' column (columns: {shown})"})
                    continue
                offsets = [0] * -(-rows // shard_size)
            else:
                rows, offsets, damage = _count_lines(path, kind, shard_size)
                if damage:
                    problems.append({"origin": str(path), "reason": damage})
        except OSError as exc:
            skipped.append({"path": str(path), "reason": f"cannot read ({exc.strerror or exc})"})
            continue
        if rows == 0:
            skipped.append({"path": str(path), "reason": "empty"})
            continue
        item = Input(str(path), size, kind, rows)
        inputs.append(item)
        ranges.append((item, offsets))
    total = sum(len(offsets) for _, offsets in ranges)
    width = max(5, len(str(total - 1)))
    for item, offsets in ranges:
        for k, offset in enumerate(offsets):
            first, last = k * shard_size + 1, min((k + 1) * shard_size, item.rows)
            shards.append(Shard(f"shard-{len(shards):0{width}d}", item.path, item.kind, first, last, offset))
    return Plan(found, inputs, skipped, problems, shards)


def _count_lines(path: Path, kind: str, shard_size: int) -> tuple[int, list[int], str | None]:
    """(lines, byte offset of each shard's first line, what was wrong with a damaged .gz or None).
    Counted in 1 MB blocks: a file with one gigantic line costs no more memory than any other."""
    offsets = [0]
    lines = pos = 0
    last = b"\n"
    damage = None
    with (gzip.open(path, "rb") if kind == "jsonl.gz" else path.open("rb")) as stream:
        try:
            while chunk := stream.read(_CHUNK):
                n = chunk.count(b"\n")
                if lines + n < len(offsets) * shard_size:
                    lines += n
                else:  # a shard boundary falls in this block: find its byte position
                    at = chunk.find(b"\n")
                    while at >= 0:
                        lines += 1
                        if lines % shard_size == 0:
                            offsets.append(pos + at + 1)
                        at = chunk.find(b"\n", at + 1)
                pos += len(chunk)
                last = chunk[-1:]
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            detail = "truncated" if isinstance(exc, EOFError) else "not a valid gzip file"
            damage = f"{detail} ({exc}); articles before the damage were read"
            last = b"\n"  # the partial line at the damage is not read
    if last != b"\n":
        lines += 1  # a last line without a line break
    shards = -(-lines // shard_size)
    return lines, offsets[:shards], damage


def check_same(before: dict[str, Any], now: dict[str, Any], out: Path) -> None:
    """Refuse to resume over output made from other inputs: its shards would not line up."""
    if before == now:
        return
    if before.get("shard_size") != now["shard_size"]:
        why = f"shard size {before.get('shard_size')} then, {now['shard_size']} now"
    elif before.get("args") != now["args"]:
        why = "other inputs were named"
    else:
        was = {p: s for p, s in before.get("files", [])}
        is_ = {p: s for p, s in now["files"]}
        changed = [p for p in sorted(set(was) | set(is_)) if was.get(p) != is_.get(p)]
        if changed:
            p = changed[0]
            why = (f"{p} is new" if p not in was else f"{p} is gone" if p not in is_
                   else f"{p} changed size ({was[p]:,} -> {is_[p]:,} bytes)")
        else:
            why = "an input that was skipped can now be read, or the reverse"
    raise BatchError(f"{out} holds a batch of other inputs ({why}): rerun with the same inputs to resume, "
                     "or give an empty --out folder")
