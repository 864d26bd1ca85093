"""One shard, start to finish, in whichever process or Ray actor runs it: read its rows, extract,
write its Parquet files, and mark it done.

The commit point is the marker `shards/<id>.done`: files are written in a private temporary
folder, renamed into place, and only then is the marker written (itself by rename). A shard
killed at any moment either has its marker, and all its files, or is done again on the next run,
after the driver has removed whatever it had renamed into place (`clear_unfinished`).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parley.batch.plan import Shard

# Row rules and messages are read_inputs' own, so a batch reads a row exactly as `parley extract`
# reads it (ids, dates, HTML, language, size); the reader streams whole files, a shard needs a range.
from parley.ingest.reader import DEFAULT_MAX_BYTES, _json_error, _megabytes, _not_utf8, _Reader, _stem
from parley.records import Article, ArticleInput, InputProblem, StoredArticle, StoredEvent

_JSON_OVERHEAD = 3  # as the reader's: JSON escaping can triple a text
# `default_pipeline(learned=True)` adds the classifier's version ("+clf-<digest>") to the knowledge version.
LEARNED = "+clf-"
NULL = "__HIVE_DEFAULT_PARTITION__"  # pyarrow's name for a null partition value, read back as null


def events_dir(out: Path) -> Path:
    return out / "events"


def marker(out: Path, shard_id: str) -> Path:
    return out / "shards" / f"{shard_id}.done"


def read_marker(out: Path, shard_id: str) -> dict[str, Any] | None:
    try:
        return dict(json.loads(marker(out, shard_id).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):  # absent, or torn by a kill before its rename: not done
        return None


# -- reading a shard's articles ---------------------------------------------------------------------

def shard_inputs(shard: Shard) -> Iterator[ArticleInput | InputProblem]:
    """The readable articles of a shard and a problem for each row that is not, in row order."""
    reader = _Reader(None, None, DEFAULT_MAX_BYTES, True)
    stem = _stem(Path(shard.path))
    seen: dict[str, str] = {}
    try:
        for number, row, where in _rows(shard, reader):
            if isinstance(row, InputProblem):
                yield row
                continue
            for item in reader._row(row, where, f"{stem}-{number}"):
                if isinstance(item, ArticleInput):
                    first = seen.get(item.id)
                    if first is not None:  # as read_inputs does; across shards the manifest counts them
                        yield InputProblem(item.origin, f"duplicate id {item.id!r} (first read from {first}); "
                                                        "skipped")
                        continue
                    seen[item.id] = item.origin
                yield item
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield InputProblem(shard.path, f"damaged gzip file ({exc}); rows {shard.first}-{shard.last} read up "
                                       "to the damage")


def _rows(shard: Shard, reader: _Reader) -> Iterator[tuple[int, Any, str]]:
    if shard.kind == "parquet":
        from parley.export.parquet import input_rows

        for number, row in enumerate(input_rows(Path(shard.path), shard.first, shard.last), shard.first):
            yield number, row, f"{shard.path}#{number}"
        return
    limit = reader.max_bytes * _JSON_OVERHEAD + 65_536
    for number, line in _lines(shard, limit):
        where = f"{shard.path}:{number}"
        if line is None:
            yield number, InputProblem(where, f"too large (line over {_megabytes(limit)}; the cap is "
                                              f"{_megabytes(reader.max_bytes)} per article); line skipped"), where
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, InputProblem(where, _not_utf8(line, exc)), where
            continue
        try:
            yield number, json.loads(text.rstrip("\r\n")), where
        except json.JSONDecodeError as exc:
            yield number, InputProblem(where, f"not valid JSON ({_json_error(exc)})"), where


def _lines(shard: Shard, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) for the shard's lines; None for a line over `limit`, drained unread."""
    with (gzip.open(shard.path, "rb") if shard.kind == "jsonl.gz" else open(shard.path, "rb")) as stream:
        number = 0
        if shard.kind == "jsonl":
            stream.seek(shard.offset)
            number = shard.first - 1
        while number < shard.last:
            line = stream.readline(limit + 1)
            if not line:
                return
            number += 1
            long = len(line) > limit and not line.endswith(b"\n")
            while long:  # the rest of an overlong line, in bounded pieces
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            if number >= shard.first:  # a gzip stream cannot seek: earlier lines are skipped
                yield number, None if long else line


# -- extracting and writing -------------------------------------------------------------------------

def run_shard(pipe: Any, shard: Shard, out: Path, expect: str | None = None,
              started: float | None = None) -> dict[str, Any]:
    """Extract one shard and commit its output; returns the marker's content (or {"id", "error"}).
    `expect` is "pipeline|knowledge" of the shards already done: a different Parley must not add
    its events to theirs. `started` is when the worker began loading, to report its start-up."""
    began, cpu = time.perf_counter(), time.process_time()
    versions = f"{pipe.pipeline_version}|{pipe.knowledge_version}"
    if expect and expect != versions:
        hint = "rerun with that Parley"
        if (LEARNED in expect) != (LEARNED in versions):  # the same Parley, with or without the classifier
            hint = "add --learned to resume" if LEARNED in expect else "leave out --learned to resume"
        return {"id": shard.id, "error": f"{out} was begun by {expect.replace('|', ' with knowledge ')}; this is "
                                         f"{versions.replace('|', ' with knowledge ')}: {hint}, "
                                         "or give an empty --out folder"}
    try:
        problems: list[dict[str, str]] = []
        inputs: list[ArticleInput] = []
        for item in shard_inputs(shard):
            if isinstance(item, InputProblem):
                problems.append({"origin": item.origin, "reason": item.reason})
            else:
                inputs.append(item)

        def failed(message: str) -> None:
            origin, _, reason = message.partition(": ")
            problems.append({"origin": origin, "reason": reason})

        origins = {a.id: a.origin for a in inputs}
        articles = list(pipe.run(inputs, on_error=failed))
        files = _write(out, shard.id, articles, origins)
    except (OSError, ValueError) as exc:  # the input vanished, the disk filled, a Parquet file is damaged
        return {"id": shard.id, "error": f"{shard.id} ({shard.path} rows {shard.first}-{shard.last}): "
                                         f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"}
    done = {
        "id": shard.id, "articles": len(articles), "events": sum(len(a.events) for a in articles),
        "problems": problems, "files": files, "pipeline_version": pipe.pipeline_version,
        "knowledge_version": pipe.knowledge_version, "seconds": round(time.perf_counter() - began, 3),
        # CPU time beside wall time: on a shared or oversubscribed machine it is the per-core cost.
        "cpu_seconds": round(time.process_time() - cpu, 3),
        "peak_rss_mb": _peak_rss_mb(),  # what a worker needs, to size cluster nodes
        "worker": f"{socket.gethostname()}:{os.getpid()}",
    }
    if started is not None:
        done["worker_start_seconds"] = round(began - started, 3)
    write_json(marker(out, shard.id), done)
    return done


def event_rows(articles: list[Article]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The event rows of some articles, by (year, month) folder names: the event's own date, else
    the article's publication date, as every export partitions."""
    from parley.export.common import flat_row, when
    from parley.ontology import default_ontology

    onto = default_ontology()
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for art in articles:
        stored = StoredArticle(art.id, art.title, art.published, art.source, art.url, "")
        for index, event in enumerate(art.events):
            # Each row is one article's report; the store merges reports of one event into one row
            # (ingest --from-parquet), so the mention counts are left to it.
            se = StoredEvent(f"{art.id}#{index}", event, stored, onto.quad(event.event_type),
                             onto.score(event.event_type, event.mode), None, None, None)  # type: ignore[arg-type]
            row = flat_row(se)
            row["event_index"] = index
            row["record"] = json.dumps(event.to_dict(), ensure_ascii=False)
            w = when(se)
            key = (str(w.year) if w else NULL, str(w.month) if w and w.month else NULL)
            out.setdefault(key, []).append(row)
    return out


def _peak_rss_mb() -> int | None:
    try:
        import resource
    except ImportError:  # not on POSIX
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB on Linux


def _write(out: Path, shard_id: str, articles: list[Article], origins: dict[str, str]) -> list[str]:
    """Write a shard's files beside their final places, then rename them in; returns their paths
    relative to `out`. Each file is named after the shard, so shards never overwrite each other."""
    from parley.export.parquet import write_rows

    tmp_root = out / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"{shard_id}.", dir=tmp_root))
    try:
        placed: list[tuple[Path, Path]] = []
        rows = [{"id": a.id, "title": a.title, "published": a.published, "source": a.source, "url": a.url,
                 "text": a.text, "n_events": len(a.events), "origin": origins.get(a.id, "")} for a in articles]
        write_rows(rows, "articles", tmp / "articles.parquet")
        placed.append((tmp / "articles.parquet", out / "articles" / f"{shard_id}.parquet"))
        for n, ((year, month), events) in enumerate(sorted(event_rows(articles).items())):
            write_rows(events, "events", tmp / f"events-{n}.parquet")
            placed.append((tmp / f"events-{n}.parquet",
                           events_dir(out) / f"year={year}" / f"month={month}" / f"{shard_id}.parquet"))
        for src, dst in placed:
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
        return [dst.relative_to(out).as_posix() for _, dst in placed]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def clear_unfinished(out: Path, done: set[str]) -> int:
    """Remove what shards without a marker left in place (a kill between rename and marker) and
    the temporary folders of killed workers; returns the files removed."""
    removed = 0
    for folder in (out / "articles", events_dir(out)):
        if not folder.is_dir():
            continue
        for root, _, names in os.walk(folder):
            for name in names:
                if name.endswith(".parquet") and name[:-len(".parquet")] not in done:
                    Path(root, name).unlink(missing_ok=True)
                    removed += 1
    shutil.rmtree(out / "tmp", ignore_errors=True)
    for stale in (out / "shards").glob(".*.done.*") if (out / "shards").is_dir() else ():
        stale.unlink(missing_ok=True)
    return removed
