"""Which files a batch imports: the paths given, folders replaced by the files in them.

Hidden files and folders are left out, each file is taken once however it was named,
and the order is that of sorting the paths (part by part), so a batch always runs the
same way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: the paths given, folders replaced by the files in them (recursively,
    hidden files and folders left out), each file once, in a stable order."""
    found: list[Path] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given).expanduser()
        inner = sorted(_walk(path), key=_path_order) if path.is_dir() else [path]
        for item in inner:
            key = os.path.normcase(os.path.abspath(item))
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def _path_order(path: Path) -> tuple[str, ...]:
    """The order of Path comparisons (part by part, case-folded where the system folds case),
    as a key: sorting 10,000 files by key is many times faster than by Path.__lt__."""
    return tuple(os.path.normcase(part) for part in path.parts)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, hidden files and folders left out."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (Path(root, name) for name in names if not name.startswith("."))
