"""Building the demo portfolio into its own file, aside and moved into place whole.

Runs in a worker: a cancelled or failed build leaves no half-built demo behind.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from planner.database import open_planner_database


def demo_available() -> bool:
    """Whether this build of the planner can generate the demo portfolio."""
    try:
        return importlib.util.find_spec("planner.demo") is not None and _builder() is not None
    except ImportError:
        return False


def _builder():
    try:
        from planner.demo import build_demo
    except ImportError:
        return None
    return build_demo


def build_demo_file(
    path: Path,
    *,
    progress: Callable[[str, float], None],
    cancelled: Callable[[], bool],
    scale: int = 1,
    seed: int = 7,
) -> Path | None:
    """Build the demo into ``path`` (which must not exist); None if cancelled."""
    build_demo = _builder()
    if build_demo is None:
        raise RuntimeError("this build has no demo portfolio generator")
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.building-{os.getpid()}")
    _remove(staging)
    try:
        db = open_planner_database(str(staging))
        try:
            build_demo(db, scale=scale, seed=seed, progress=progress, cancelled=cancelled)
        finally:
            db.close()
        if cancelled():
            return None
        staging.replace(path)
        return path
    finally:
        _remove(staging)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
