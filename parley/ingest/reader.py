"""Read articles from files, folders and standard input.

`read_inputs` yields an `ArticleInput` for every readable article and an
`InputProblem` for everything else, and never raises for bad input: one broken
line in a 30,000-article file must not cost the other 29,999, and the user
needs to be told, in one line, what was wrong and where.

Files are streamed line by line, so memory stays flat however big a JSONL file
is; only one article's text is held at a time, and that is capped (`max_bytes`).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from html.parser import HTMLParser
from itertools import chain
from pathlib import Path
from typing import Any, Protocol, TextIO

from parley.records import ArticleInput, InputProblem

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "html_to_text", "looks_like_html", "read_inputs",
    "text_language_problem",
]

DEFAULT_MAX_BYTES = 5_000_000
# What a folder is searched for; files named explicitly are read whatever their suffix.
ARTICLE_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".csv")

_Item = ArticleInput | InputProblem
_SAMPLE_BYTES = 65_536
# JSON escaping can triple a text ("\u0438" for a 2-byte character); a line longer
# than this cannot hold an article under the cap, so it is skipped unread.
_JSON_OVERHEAD = 3
# CSV quoting doubles a quote character at most; a field this much over the cap
# cannot hold an article under it.
_CSV_OVERHEAD = 2
_CSV_DELIMITERS = (",", ";", "\t")


# ---------------------------------------------------------------- entry point

def read_inputs(
    paths: Iterable[str],
    published: str | None = None,
    stdin: TextIO | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
) -> Iterator[ArticleInput | InputProblem]:
    """Articles and problems from `paths`, in order.

    Each path is a `.txt` article (id = file stem), a `.jsonl`/`.jsonl.gz` file of
    articles, a `.csv` file of articles (header row with a `text` column), an
    `.html`/`.htm` page (main text by trafilatura, id = file stem), a folder
    (searched recursively, sorted), or `-` for standard input (JSONL when it
    starts with `{`, else one text article). `published` (YYYY-MM-DD) dates text
    articles, pages that carry no date, and rows that have none.
    An id already read in this run is reported and skipped.
    """
    reader = _Reader(published, stdin, max_bytes, check_language)
    seen: dict[str, str] = {}
    for path in paths:
        for item in reader.path(path):
            if isinstance(item, ArticleInput):
                first = seen.get(item.id)
                if first is not None:
                    yield InputProblem(
                        item.origin, f"duplicate id {item.id!r} (first read from {first}); skipped",
                    )
                    continue
                seen[item.id] = item.origin
            yield item


# ---------------------------------------------------------------- text checks

def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".") + " MB"


def _too_large(size: int, cap: int) -> str:
    shown = _megabytes(size)
    if shown == _megabytes(cap):  # "5 MB > 5 MB" says nothing; show bytes instead
        return f"too large ({size:,} bytes > {cap:,} byte cap)"
    return f"too large ({shown} > {_megabytes(cap)} cap)"


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes, or many control characters: an image, a PDF, a zip, not text."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> str:
    """One-line reason for undecodable bytes, naming the likely encoding and the fix."""
    high = sum(1 for b in data[:_SAMPLE_BYTES] if b >= 0x80)
    if high / max(1, min(len(data), _SAMPLE_BYTES)) > 0.3:
        return "binary file, not text"
    bad = data[error.start:error.start + 1].hex()
    return (f"not UTF-8 (byte 0x{bad} at offset {error.start}; looks like Latin-1/Windows-1252?); "
            "convert it with: iconv -f WINDOWS-1252 -t UTF-8")


def _decode(data: bytes) -> str | InputProblem:
    """Bytes to text without guessing: anything but UTF-8 (or BOM-marked UTF-16) is reported.

    Decoding with a fallback codec or errors='replace' would silently change the
    text, and evidence offsets refer to the text as read.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return InputProblem("", "binary file, not text")
    if _looks_binary(data[:_SAMPLE_BYTES]):
        return InputProblem("", "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputProblem("", _not_utf8(data, exc))


# Common English function words. News prose has 30-45% of its tokens in this
# set; other Latin-script languages share only a few ("in", "a", "is").
_ENGLISH = frozenset(
    "the of and to in a is that for on was with he it as at by from said has have be are were his her "
    "their an not this which or but who they will had been its after over also than more would about "
    "into against says i we you she there what when all can could one two".split()
)
# Frequent words of the languages most often mistaken for English news input,
# minus those that also occur in English tables ("per", "do"). They keep
# earnings tables and price lists (few function words in any language) from
# being called foreign: only text rich in foreign function words is.
_FOREIGN = frozenset(
    "de la le les des et est du une en el los las que y por con para una del se lo der die das und "
    "von zu mit sich auf für ist nicht ein eine dem het een van niet voor il di che non "
    "della sono nel não uma com das dos pela pelo às à é foi mais och att som på är og ikke jest się "
    "nie że ve bir bu ile için".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN_LETTERS = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]+")  # beyond Latin Extended-B: Cyrillic, CJK...


def text_language_problem(text: str) -> str | None:
    """A reason when `text` is clearly not English, else None.

    Cheap on purpose (regexes over the first 5,000 characters): it exists to
    stop a folder of Le Monde articles from producing confident nonsense, not to
    identify languages. Texts under 20 words are never judged.
    """
    sample = text[:5_000]
    words = _WORD.findall(sample)
    if not sample.isascii():
        letters = sum(map(len, words))
        non_latin = sum(map(len, _NON_LATIN_LETTERS.findall(sample)))
        if letters >= 100 and non_latin / letters > 0.5:
            return "does not look like English (Parley codes English news)"
    # All-caps tokens are acronyms and table headers ("DEL", "NATO"), not prose.
    tokens = [t.lower() for t in words if len(t) == 1 or not t.isupper()]
    if len(tokens) < 20:
        return None
    english = sum(1 for t in tokens if t in _ENGLISH) / len(tokens)
    foreign = sum(1 for t in tokens if t in _FOREIGN) / len(tokens)
    if foreign >= 0.05 and foreign >= 0.75 * english:
        return "does not look like English (Parley codes English news)"
    return None


# ---------------------------------------------------------------- HTML

_HTML_TAG = re.compile(
    r"<(/?)(p|div|br|span|a|html|body|head|title|h[1-6]|li|ul|ol|article|section|script|style|table|tr|td|"
    r"strong|em|b|i|img|meta|link|figure|figcaption|blockquote|header|footer|nav|main)\b[^<>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page or fragment rather than prose that mentions a tag."""
    window = text[:200_000]
    if "<" not in window:
        return False
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    tags = _HTML_TAG.findall(window)
    if len(tags) < 3 or len({name.lower() for _, name in tags}) < 2:
        return False
    return head.startswith("<") or len(tags) * 2000 >= len(window)


class _TextExtractor(HTMLParser):
    # Contents never part of an article's prose. nav/aside/footer/figure hold
    # menus, teasers and captions; dropping them here spares the boilerplate filter.
    SKIP = frozenset({
        "script", "style", "noscript", "template", "svg", "head", "nav", "aside", "footer", "form",
        "iframe", "button", "select", "figure", "figcaption", "object", "canvas",
    })
    BLOCK = frozenset({
        "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "blockquote", "tr", "table", "pre", "dd", "dt", "dl", "hr", "address", "body", "html",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped
        self.paragraphs: list[str] = []
        self.title_parts: list[str] = []
        self._buffer: list[list[str]] = [[]]  # lines (split at <br>) of the current block
        self._skip: list[str] = []  # the skipped elements open, outermost first
        # Where each name sits in `_skip`: membership and "innermost of that name" in constant
        # time, not a scan of `_skip` per tag (100,000 nested <nav>s took 10 s).
        self._open: dict[str, list[int]] = {}
        self._in_title = False
        self._pre = 0

    def parse_html_declaration(self, i: int) -> int:
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # Python < 3.13 on "<![" without a name: a bogus comment, as browsers read it
            end = self.rawdata.find(">", i + 2)
            return -1 if end < 0 else end + 1

    def _close_from(self, index: int) -> None:
        """Close the skipped element at `index` of `_skip` and everything open inside it."""
        for name in self._skip[index:]:
            self._open[name].pop()
        del self._skip[index:]

    def _flush(self) -> None:
        lines: list[str] = []
        for parts in self._buffer:
            raw = "".join(parts)
            if self._pre:  # preformatted text keeps its own line breaks
                lines.extend(line.rstrip() for line in raw.split("\n"))
            else:  # elsewhere HTML whitespace, newlines included, is one space
                lines.append(re.sub(r"\s+", " ", raw).strip())
        self._buffer = [[]]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self._open.get("head"):  # <head> left unclosed
            self._close_from(self._open["head"][0])
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self._open.setdefault(tag, []).append(len(self._skip))
            self._skip.append(tag)
            return
        if self._skip:
            return
        if tag == "br":
            self._buffer.append([])
        elif tag in self.BLOCK:
            self._flush()
            if tag == "pre":
                self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag == "br":
            self._buffer.append([])
        elif not self._skip and tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._open.get(tag):
            # Close the innermost open element of that name and anything left open inside it.
            self._close_from(self._open[tag][-1])
            return
        if self._skip:
            return
        if tag in self.BLOCK:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self._buffer[-1].append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> tuple[str, str | None]:
    """(plain text, <title>) of an HTML page or fragment.

    Paragraphs become blocks separated by a blank line, <br> a line break,
    entities are unescaped, scripts, styles, menus and captions are dropped.
    Offsets of extracted events refer to this text, not to the HTML.
    """
    parser = _TextExtractor()
    # Every "<" after the last ">" opens a tag, comment or declaration that can never close, and
    # the standard parser (before Python 3.13) rescans the rest of the text for each of them:
    # quadratic time (80,000 "</" took 0.7 s, 5 MB of them would take an hour). It reads them
    # as text in the end anyway; escaped, they are read as text at once.
    cut = html.rfind(">") + 1
    if "<" in html[cut:]:
        html = html[:cut] + html[cut:].replace("<", "&lt;")
    parser.feed(html)
    parser.close()
    title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None
    return "\n\n".join(parser.paragraphs), title


# ---------------------------------------------------------------- streams

class _ByteStream(Protocol):
    """What the readers need of a stream: a file, a gzip file, stdin's buffer."""

    def readline(self, limit: int = -1, /) -> bytes: ...

    def read(self, size: int = -1, /) -> bytes: ...


class _EncodedText:
    """A text stream seen as bytes, so StringIO input takes the same path as files."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self._stream.readline(limit).encode("utf-8")

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size).encode("utf-8")


def _lines(stream: _ByteStream, limit: int, number: int = 0) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs after line `number`; None for a line over `limit`, skipped unread."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the overlong line in bounded chunks
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".jsonl.gz", ".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm", ".csv"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


# ---------------------------------------------------------------- the reader

class _Reader:
    def __init__(self, published: str | None, stdin: TextIO | None, max_bytes: int, check_language: bool):
        self.published = published
        self.stdin = stdin
        self.max_bytes = max_bytes
        self.check_language = check_language

    # -- dispatch

    def path(self, raw: str) -> Iterator[_Item]:
        if raw == "-":
            yield from self._stdin()
            return
        path = Path(raw)
        try:
            if path.is_dir():
                yield from self._folder(path)
            elif path.is_file():
                yield from self._file(path)
            elif path.exists():
                yield InputProblem(raw, "not a regular file or folder")
            else:
                yield InputProblem(raw, "no such file or folder")
        except OSError as exc:  # permissions, vanished files, broken mounts
            yield InputProblem(raw, f"cannot read ({exc.strerror or exc})")

    def _folder(self, folder: Path) -> Iterator[_Item]:
        found = False
        for root, dirs, files in os.walk(folder, onerror=None):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                found = True
                file = Path(root, name)
                try:
                    yield from self._file(file)
                except OSError as exc:
                    yield InputProblem(str(file), f"cannot read ({exc.strerror or exc})")
        if not found:
            yield InputProblem(str(folder), "no .txt, .jsonl, .jsonl.gz, .csv, .html or .htm files in folder")

    def _file(self, path: Path) -> Iterator[_Item]:
        name = path.name.lower()
        if name.endswith(".jsonl.gz"):
            yield from self._jsonl_gz(path)
        elif name.endswith((".jsonl", ".ndjson")):
            with path.open("rb") as stream:
                yield from self._jsonl(stream, str(path), _stem(path))
        elif name.endswith(".json"):
            yield from self._json(path)
        elif name.endswith(".csv"):
            yield from self._csv(path)
        elif name.endswith(".gz"):
            yield InputProblem(str(path), "compressed file: only .jsonl.gz is read compressed")
        else:
            yield from self._text_file(path, html=name.endswith((".html", ".htm")))

    # -- one-article files

    def _text_file(self, path: Path, html: bool) -> Iterator[_Item]:
        origin = str(path)
        size = path.stat().st_size
        # A saved page is held to the cap of a fetched one, markup included: trafilatura's time
        # grows faster than the page, and a 20 MB page of bare markup would take it minutes.
        cap = self.max_bytes
        if size == 0:
            yield InputProblem(origin, "empty")
            return
        if size > cap:
            yield InputProblem(origin, _too_large(size, cap))
            return
        data = path.read_bytes()
        decoded = _decode_page(data) if html else _decode(data)
        if isinstance(decoded, InputProblem):
            yield InputProblem(origin, decoded.reason)
            return
        if html:
            yield self._page(_stem(path), decoded, origin)
        else:
            yield self._article(_stem(path), decoded, origin, published=self.published)

    def _page(self, article_id: str, html: str, origin: str) -> _Item:
        """A whole saved web page: its main text, title, outlet and date, by trafilatura."""
        from parley.ingest.web import page_to_article  # trafilatura loads in ~0.3 s; only pages need it

        page = page_to_article(html, None, origin, published=self.published, max_bytes=self.max_bytes)
        if isinstance(page, InputProblem):
            return page
        # A file's id is its stem, as for .txt files, so renaming a .txt to .html keeps it.
        checked = self._checked(page.text, origin)
        return checked if checked else dataclasses.replace(page, id=article_id)

    def _article(
        self, article_id: str, text: str, origin: str, *, published: str | None, html: bool = False,
        title: str | None = None, source: str | None = None, url: str | None = None,
    ) -> _Item:
        """Validate one article's text (HTML, empty, size, language) and build the record."""
        if html or looks_like_html(text):
            text, html_title = html_to_text(text)
            title = title or html_title
        problem = self._checked(text, origin)
        if problem:
            return problem
        return ArticleInput(
            id=article_id, text=text, title=title, published=published, source=source, url=url,
            origin=origin,
        )

    def _checked(self, text: str, origin: str) -> InputProblem | None:
        """Why an article's plain text cannot be coded (empty, too large, not English), or None."""
        if not text.strip():
            return InputProblem(origin, "empty")
        size = len(text.encode("utf-8"))
        if size > self.max_bytes:
            return InputProblem(origin, _too_large(size, self.max_bytes))
        if self.check_language:
            reason = text_language_problem(text)
            if reason:
                return InputProblem(origin, reason)
        return None

    # -- CSV

    def _csv(self, path: Path) -> Iterator[_Item]:
        """A spreadsheet export: a header row naming `text` and any of id, title,
        published (or date), source, url; then one article a row, streamed."""
        origin = str(path)
        stem = _stem(path)
        limit = self.max_bytes * _CSV_OVERHEAD + 65_536
        # The csv module's limit is process-wide; it is only ever raised, to let an
        # article as long as the cap through (the default, 128 KiB, is a long article).
        csv.field_size_limit(max(csv.field_size_limit(), limit))
        with path.open("rb") as stream:
            lines = _CsvLines(stream, limit)
            first = lines.peek()
            if first is None:
                yield InputProblem(origin, "empty")
                return
            # Judged on the first line only, as for JSONL: a NUL in one cell further down is
            # one bad row, not a binary file, and must not cost the rows around it.
            if _looks_binary(first.encode("utf-8", errors="surrogateescape")[:_SAMPLE_BYTES]):
                yield InputProblem(origin, "binary file, not text")
                return
            delimiter = max(_CSV_DELIMITERS, key=first.count) if any(d in first for d in _CSV_DELIMITERS) else ","
            rows = csv.reader(lines, delimiter=delimiter, strict=True)
            header: list[str] | None = None
            any_row = False
            read_to = 0  # physical lines consumed, to number the next record by its first line
            while True:
                start = read_to + 1
                try:
                    row = next(rows, None)
                except csv.Error as exc:
                    stuck = rows.line_num == read_to  # an error that consumed nothing would repeat forever
                    read_to = rows.line_num
                    yield InputProblem(f"{origin}:{start}", f"malformed CSV row ({_one_line(exc)}); skipped")
                    if stuck:
                        break
                    continue
                read_to = rows.line_num
                if row is None:
                    break
                if lines.overlong(start, read_to):
                    yield InputProblem(f"{origin}:{start}", f"too large (line over {_megabytes(limit)}; the cap "
                                                            f"is {_megabytes(self.max_bytes)} per article); skipped")
                    continue
                if not row or not any(cell.strip() for cell in row):
                    continue
                undecodable = _undecodable(row)
                if header is None:
                    if undecodable:  # a renamed image or archive, or a header in another encoding
                        yield InputProblem(origin, undecodable)
                        return
                    header = [cell.strip().lower() for cell in row]
                    if "text" not in header:
                        found = ", ".join(repr(h) for h in header[:8] if h) or "none"
                        yield InputProblem(origin, f"no 'text' column in the header row (columns: {found})")
                        return
                    continue
                any_row = True
                where = f"{origin}:{start}"
                if undecodable:
                    yield InputProblem(where, undecodable)
                    continue
                if len(row) != len(header):
                    yield InputProblem(where, f"malformed CSV row ({len(row)} fields, the header has "
                                              f"{len(header)}; a comma in an unquoted field?); skipped")
                    continue
                record: dict[str, str] = {}
                for name, cell in zip(header, row, strict=True):
                    if name == "date":  # a spreadsheet's "date" is the publication date
                        name = "published"
                    if name and name not in record and cell.strip():
                        record[name] = cell
                record.setdefault("text", "")
                yield from self._row(record, where, f"{stem}-{start}")
        if header is not None and not any_row:
            yield InputProblem(origin, "empty (a header row and no articles)")

    # -- JSONL

    def _jsonl_gz(self, path: Path) -> Iterator[_Item]:
        origin = str(path)
        try:
            with gzip.open(path, "rb") as stream:
                yield from self._jsonl(stream, origin, _stem(path))
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            detail = "truncated" if isinstance(exc, EOFError) else "not a valid gzip file"
            yield InputProblem(origin, f"{detail} ({exc}); articles before the damage were read")

    def _jsonl(
        self, stream: _ByteStream, origin: str, stem: str,
        first: Sequence[tuple[int, bytes | None]] = (),
    ) -> Iterator[_Item]:
        limit = self.max_bytes * _JSON_OVERHEAD + 65_536
        any_content = False
        for number, line in chain(first, _lines(stream, limit, len(first))):
            where = f"{origin}:{number}"
            if line is None:
                yield InputProblem(where, f"too large (line over {_megabytes(limit)}; the cap is "
                                          f"{_megabytes(self.max_bytes)} per article); line skipped")
                any_content = True
                continue
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            if not any_content and _looks_binary(line[:_SAMPLE_BYTES]):
                # Judged on the first line only: a NUL later on is one bad line, not a binary file.
                yield InputProblem(origin, "binary file, not text")
                return
            any_content = True
            try:
                text_line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputProblem(where, _not_utf8(line, exc))
                continue
            try:
                row = json.loads(text_line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                yield InputProblem(where, f"not valid JSON ({_json_error(exc)})")
                continue
            yield from self._row(row, where, f"{stem}-{number}")
        if not any_content:
            yield InputProblem(origin, "empty")

    def _json(self, path: Path) -> Iterator[_Item]:
        """A .json file: a JSON array of article objects, or JSONL under the wrong name."""
        origin = str(path)
        with path.open("rb") as stream:
            head = stream.read(4096).lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
            stream.seek(0)
            if not head.startswith(b"["):
                yield from self._jsonl(stream, origin, _stem(path))
                return
        size = path.stat().st_size
        if size > self.max_bytes * _JSON_OVERHEAD:
            yield InputProblem(origin, _too_large(size, self.max_bytes * _JSON_OVERHEAD)
                               + "; write it as JSONL (one article per line) to stream it")
            return
        decoded = _decode(path.read_bytes())
        if isinstance(decoded, InputProblem):
            yield InputProblem(origin, decoded.reason)
            return
        try:
            rows = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield InputProblem(f"{origin}:{exc.lineno}", f"not valid JSON ({_json_error(exc)})")
            return
        if not rows:
            yield InputProblem(origin, "empty")
        for index, row in enumerate(rows, 1):
            yield from self._row(row, f"{origin}#{index}", f"{_stem(path)}-{index}")

    def _row(self, row: Any, where: str, default_id: str) -> Iterator[_Item]:
        if not isinstance(row, dict):
            yield InputProblem(where, f"not a JSON object (got {_json_type(row)})")
            return
        text = row.get("text")
        if text is None:
            yield InputProblem(where, "no 'text' field")
            return
        if not isinstance(text, str):
            yield InputProblem(where, f"'text' is not a string (got {_json_type(text)})")
            return
        raw_id = row.get("id")
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, type(None))):
            yield InputProblem(where, f"'id' is not a string (got {_json_type(raw_id)})")
            return
        article_id = str(raw_id).strip() if raw_id is not None else ""
        # "date" is what many corpora (and spreadsheets) call the publication date.
        field = "published" if row.get("published") is not None else "date"
        published = row.get(field)
        if published is not None:
            normal = _normal_date(published)
            if normal is None:
                yield InputProblem(where, f"'{field}' is not a YYYY-MM-DD date ({published!r}); ignored")
            published = normal
        title, source, url = (_optional_str(row.get(name)) for name in ("title", "source", "url"))
        # JSON can escape half a surrogate pair ("\ud800"): a str no UTF-8 writer, model or store
        # accepts. Each becomes U+FFFD, one character for one, so offsets into the text still hold.
        bad = sum(len(_SURROGATE.findall(value)) for value in (text, article_id, title, source, url) if value)
        if bad:
            yield InputProblem(where, f"{bad} lone surrogate escape{'s' if bad > 1 else ''} (\\ud800-\\udfff) "
                                      "replaced by U+FFFD")
            text, article_id = _SURROGATE.sub("\ufffd", text), _SURROGATE.sub("\ufffd", article_id)
            title, source, url = (_SURROGATE.sub("\ufffd", v) if v else v for v in (title, source, url))
        yield self._article(
            article_id or default_id, text, where,
            published=published or self.published, title=title, source=source, url=url,
        )

    # -- standard input

    def _stdin(self) -> Iterator[_Item]:
        source = self.stdin if self.stdin is not None else sys.stdin
        buffer = getattr(source, "buffer", None)
        stream: _ByteStream = buffer if isinstance(buffer, io.BufferedIOBase) else _EncodedText(source)
        try:
            # Look past leading blank lines for the first character: '{' means JSONL.
            leading: list[tuple[int, bytes | None]] = []
            number = 0
            while True:
                line = stream.readline(self.max_bytes + 1)
                if not line:
                    break
                number += 1
                leading.append((number, line))
                if line.strip():
                    break
            if not leading or not leading[-1][1] or not leading[-1][1].strip():
                yield InputProblem("stdin", "empty")
                return
            first_line = leading[-1][1].removeprefix(b"\xef\xbb\xbf")
            if first_line.lstrip().startswith(b"{"):
                yield from self._jsonl(stream, "stdin", "stdin", first=leading)
                return
            head = b"".join(line for _, line in leading if line)
            data = head + stream.read(self.max_bytes + 1 - len(head))
            if len(data) > self.max_bytes:
                yield InputProblem("stdin", f"too large (over {_megabytes(self.max_bytes)} cap)")
                return
            decoded = _decode(data)
            if isinstance(decoded, InputProblem):
                yield InputProblem("stdin", decoded.reason)
                return
            yield self._article("stdin", decoded, "stdin", published=self.published)
        except UnicodeDecodeError as exc:  # a text stream that failed to decode itself
            yield InputProblem(
                "stdin", f"not UTF-8 ({exc.reason}); convert it with: iconv -f WINDOWS-1252 -t UTF-8",
            )


class _CsvLines:
    """A binary file's lines as text for the csv module, each read with a bounded
    readline: an overlong line is drained and replaced by an empty one (its number
    noted), so one giant unquoted field never has to fit in memory. Bytes that are
    not UTF-8 are kept as surrogates, to be reported for their row only."""

    def __init__(self, stream: _ByteStream, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._pending: list[str] = []
        self._long: list[int] = []
        self.number = 0

    def _next_line(self) -> str | None:
        numbered = next(_lines(self._stream, self._limit, self.number), None)
        if numbered is None:
            return None
        self.number, line = numbered
        if line is None:
            self._long.append(self.number)
            return "\n"
        if self.number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        return line.decode("utf-8", errors="surrogateescape")

    def peek(self) -> str | None:
        """The first line that is not blank, left to be read again."""
        while True:
            line = self._next_line()
            if line is None:
                return None
            self._pending.append(line)
            if line.strip():
                return line

    def overlong(self, first: int, last: int) -> bool:
        return any(first <= n <= last for n in self._long)

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        if self._pending:
            return self._pending.pop(0)
        line = self._next_line()
        if line is None:
            raise StopIteration
        return line


def _undecodable(row: list[str]) -> str | None:
    """A 'not UTF-8' reason when a cell holds bytes that did not decode, else None."""
    for cell in row:
        try:
            cell.encode("utf-8")
        except UnicodeEncodeError:
            raw = cell.encode("utf-8", errors="surrogateescape")
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return _not_utf8(raw, exc)
    return None


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _decode_page(data: bytes) -> str | InputProblem:
    """A saved page's text: UTF-8, else the charset the page itself declares.

    Unlike a .txt file a page names its encoding (<meta charset>), so decoding
    by it is reading, not guessing; a page that names none must be UTF-8.
    """
    decoded = _decode(data)
    if not isinstance(decoded, InputProblem) or decoded.reason.startswith("binary"):
        return decoded
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", data[:4096], re.IGNORECASE)
    if m:
        try:
            return data.decode(m[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decoded


def _json_error(exc: json.JSONDecodeError) -> str:
    # json's messages end in a dangling "at" ("Unterminated string starting at").
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_SURROGATE = re.compile("[\ud800-\udfff]")


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _normal_date(value: Any) -> str | None:
    """YYYY-MM-DD from a date or ISO timestamp string; None when it is neither."""
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|\s)", value)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
