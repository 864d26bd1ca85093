"""Find the parts of a scraped article that are the article.

Scraped news carries lines that are not reporting: teasers for other stories
("Also Read | ..."), newsletter and advert slots, photo captions, credits. The
spec says they are not part of the article, and an extractor that reads them
codes events from other stories' headlines.

Nothing is rewritten: `content_spans` returns character ranges of the original
text, so evidence offsets computed inside those ranges stay valid for
`article.text`. The patterns are data (`parley/knowledge/boilerplate.yaml`) so
users can add their outlets' furniture without touching code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from parley import yamlfile

__all__ = ["DEFAULT_PATTERNS_FILE", "content_spans", "is_boilerplate_line", "load_patterns", "parser_text"]

DEFAULT_PATTERNS_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "boilerplate.yaml"

# Real sentences are rarely this long as one line of furniture; a long line is
# kept whatever matches, as a last guard against a pattern that reaches too far.
_MAX_BOILERPLATE_CHARS = 400
# Patterns marked `any_length: true`: anchored at both ends of a box scraped as one long line.
_ANY_LENGTH: set[re.Pattern[str]] = set()
_SENTENCE_END = frozenset(".!?:;\"”’')]|")


def _compile_file(path: Path) -> list[re.Pattern[str]]:
    data = yamlfile.load(path) or {}
    entries = data.get("patterns", []) if isinstance(data, dict) else []
    compiled: list[re.Pattern[str]] = []
    for i, entry in enumerate(entries, 1):
        if isinstance(entry, str):
            entry = {"pattern": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise ValueError(f"{path}: pattern #{i} is not a string or a mapping with 'pattern'")
        flags = 0 if str(entry.get("case", "")).lower() == "sensitive" else re.IGNORECASE
        try:
            compiled.append(re.compile(entry["pattern"], flags))
        except re.error as exc:
            raise ValueError(f"{path}: pattern #{i} is not a valid regex ({exc})") from exc
        if entry.get("any_length") is True:
            _ANY_LENGTH.add(compiled[-1])
    return compiled


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    compiled: list[re.Pattern[str]] = []
    for path in paths:
        compiled.extend(_compile_file(Path(path)))
    return tuple(compiled)


def load_patterns(extra: Iterable[str | Path] = ()) -> tuple[re.Pattern[str], ...]:
    """The packaged patterns plus those of `extra` YAML files (same format).

    Raises ValueError naming the file and entry when a pattern does not compile,
    so a user's typo is reported where it is rather than as a silent miss.
    """
    paths = (str(DEFAULT_PATTERNS_FILE), *(str(Path(p)) for p in extra))
    return _load(paths)


def is_boilerplate_line(line: str, patterns: Sequence[re.Pattern[str]] | None = None) -> bool:
    """True when one line of text is page furniture rather than part of the article."""
    stripped = line.strip()
    if not stripped:
        return False
    active = load_patterns() if patterns is None else patterns
    long = len(stripped) > _MAX_BOILERPLATE_CHARS
    return any(p.search(stripped) for p in active if not long or p in _ANY_LENGTH)


_AGENCIES = (r"Reuters|AP|AFP|UPI|dpa|DPA|Xinhua|IANS|PTI|ANI|TASS|Bloomberg|AAP|EFE|ANSA|Kyodo|Yonhap|Interfax|"
             r"IRNA|Sputnik|Anadolu|Bernama|CNN|BBC")
# A wire dateline opening a line: "KYIV (Reuters) - ", "KABUL, Afghanistan -- ", "AP - ", "(AFP) - ".
_PART = r"(?:[A-Z][\w.'-]*|\d{1,2})"  # "Afghanistan", "March", "3" in "KYIV, March 3 (Reuters) - "
_PLACE = rf"[A-Z][A-Z.'-]{{2,}}(?:[ -][A-Z][A-Z.'-]+)*(?:,[ \t]+{_PART}(?:[ \t]+{_PART})*)?"
_DATELINE = re.compile(
    rf"^[ \t]*(?:(?!(?:{_AGENCIES})\b)(?P<place>{_PLACE})[ \t]*(?:\((?:{_AGENCIES})\))?|\(?(?:{_AGENCIES})\)?)"
    r"[ \t]*(?:--|-|\u2013|\u2014)[ \t]+(?=\S)",
    re.MULTILINE)


# Reuters wraps company names and tickers in angle brackets ("<Advanced Cardiovascular Systems Inc>
# is suing it", "Kinder-Care <KNDR> said"); the parser takes the bracket for the subject.
_TICKER = re.compile(r"<[A-Z]{1,6}(?:\.[A-Z]{1,2})?>")
_BRACKETED = re.compile(r"<([A-Z0-9][^<>\n]{1,80})>")


def parser_text(text: str) -> str:
    """The text the parser reads: `text` with each wire dateline set off as a sentence of its own
    ("KYIV (Reuters) - Russian forces shelled ..." is read as "KYIV.            Russian forces
    shelled ..."), so the agency is not taken into the first sentence's subject, and Reuters' angle
    brackets blanked (a ticker wholly, a name's brackets only). Same length, same offsets: evidence
    and spans computed on it are valid for `text`."""
    def blank(m: re.Match[str]) -> str:
        place = m.group("place")
        if place is None:
            return " " * len(m.group(0))
        kept = m.group(0)[:m.start("place") - m.start() + len(place)]
        rest = len(m.group(0)) - len(kept)
        return kept + "." + " " * (rest - 1)
    text = _TICKER.sub(lambda m: " " * len(m.group(0)), text)
    text = _BRACKETED.sub(lambda m: f" {m.group(1)} ", text)
    return _DATELINE.sub(blank, text)


def _continues(previous: str | None, line: str) -> bool:
    """Whether `line` is the wrapped rest of the sentence on the line above.

    Hard-wrapped wire copy breaks sentences across lines; a continuation such
    as "subscribe to the view that..." must not be judged as a line of its own.
    """
    return previous is not None and previous[-1] not in _SENTENCE_END and line[0].islower()


def content_spans(
    text: str, patterns: Sequence[re.Pattern[str]] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) ranges of `text` that belong to the article, in order.

    Consecutive article lines form one span (blank lines between them included);
    a boilerplate line ends a span. Spans start and end on non-whitespace, and
    `text[start:end]` is always the original characters.
    """
    active = load_patterns() if patterns is None else patterns
    spans: list[tuple[int, int]] = []
    open_start: int | None = None
    open_end = 0
    previous_content: str | None = None  # the line just above, when it was article text
    line_start = 0
    for line in text.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        stripped = line.strip()
        if not stripped:
            previous_content = None  # a paragraph break: the next line starts afresh
            continue  # blank lines neither end nor extend a span
        if is_boilerplate_line(line, active) and not _continues(previous_content, stripped):
            if open_start is not None:
                spans.append((open_start, open_end))
                open_start = None
            previous_content = None
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        if open_start is None:
            open_start = start + lead
        open_end = start + len(line) - trail
        previous_content = stripped
    if open_start is not None:
        spans.append((open_start, open_end))
    return spans
