"""The docs stay honest: every `parley` command and option the README and docs/ show exists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from parley.cli import app

REPO = Path(__file__).resolve().parent.parent
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")), REPO / "parley" / "knowledge" / "README.md"]
COMMAND = re.compile(r"(?:\.venv/bin/)?\bparley ((?:[a-z]+)(?: (?:extract|ingest|api))?)((?: [^\n#|`]*)?)")


def shown() -> list[tuple[str, str, str]]:
    """(doc, command, option) for every option written after a `parley` command in a code line."""
    out = []
    for doc in DOCS:
        for line in doc.read_text(encoding="utf-8").splitlines():
            for m in COMMAND.finditer(line):
                out += [(doc.name, m.group(1), opt) for opt in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", m.group(2))]
                out.append((doc.name, m.group(1), ""))
    return sorted(set(out))


def find(group: Any, words: list[str]) -> Any:
    cmd = group
    for word in words:
        if not hasattr(cmd, "commands"):
            return cmd  # the rest are arguments
        cmd = cmd.commands.get(word)
        if cmd is None:
            return None
    return cmd


ROOT = typer.main.get_command(app)


def test_the_docs_show_commands():
    assert len({c for _, c, _ in shown()}) >= 10


@pytest.mark.parametrize(("doc", "command", "option"), shown())
def test_documented_command_and_option_exist(doc, command, option):
    cmd = find(ROOT, command.split())
    assert cmd is not None, f"{doc}: `parley {command}` is no command"
    if option:
        names = {o for p in cmd.params for o in [*p.opts, *p.secondary_opts]} | {"--help"}
        assert option in names, f"{doc}: `parley {command}` has no {option}"
