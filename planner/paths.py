"""Where the planner keeps its files by default (per-user folders from platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "KeyAccountPlanner"
DB_ENV = "KAP_DB"


def data_dir() -> Path:
    """The user's data folder for the planner (overridable with KAP_DATA_DIR for tests)."""
    override = os.environ.get("KAP_DATA_DIR")
    if override:
        return Path(override)
    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / "planner.sqlite"


def demo_database() -> Path:
    """The demo portfolio lives apart from the user's own database, always."""
    return data_dir() / "demo.sqlite"


def database_target(explicit: str | None) -> str:
    """The database to use: ``--db``, else ``KAP_DB``, else the default file."""
    if explicit:
        return explicit
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return from_env
    return str(default_database())
