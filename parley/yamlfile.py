"""Reading the knowledge's YAML files (and users' files of the same shape).

One reader for all of them, so that a key given twice in one mapping is an error that says
where, instead of the second silently replacing the first (plain YAML keeps the last one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class UniqueKeys(yaml.SafeLoader):
    """A SafeLoader that refuses a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"'{key}' is given twice (keep one)", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(path: Path) -> Any:
    """The file's data; raises OSError or yaml.YAMLError (whose message names the line)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeys)  # noqa: S506 (a SafeLoader)
