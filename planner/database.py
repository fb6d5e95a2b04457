"""Opening the planner's database for a use case, with storage errors turned into PlannerErrors."""

from __future__ import annotations

from contextlib import contextmanager

from db.errors import NewerSchema, NotAPlannerDatabase, StorageError
from db.store import Database, open_database, pending_upgrade
from planner.errors import ErrorCode, PlannerError
from planner.paths import database_target

__all__ = ["Database", "open_planner_database", "will_upgrade"]


def open_planner_database(
    target: str | None = None, *, create: bool = True, migrate: bool = True
) -> Database:
    """Open ``target`` (``--db``), else ``KAP_DB``, else the default file; migrate it to head."""
    with storage_errors():
        return open_database(database_target(target), create=create, migrate=migrate)


def will_upgrade(target: str | None = None) -> bool:
    """Whether opening ``target`` upgrades an older planner file first (a backup copy, then
    the migrations: seconds on a large file, so the app says so while it waits)."""
    try:
        return pending_upgrade(database_target(target)) is not None
    except (StorageError, OSError):
        return False


@contextmanager
def storage_errors():
    """Turn a storage failure inside a use case into the PlannerError the callers handle."""
    try:
        yield
    except NotAPlannerDatabase as exc:
        raise PlannerError(ErrorCode.NOT_A_PLANNER_DATABASE, str(exc)) from exc
    except NewerSchema as exc:
        raise PlannerError(ErrorCode.NEWER_SCHEMA, str(exc), revision=exc.revision) from exc
    except StorageError as exc:
        raise PlannerError(ErrorCode.UNAVAILABLE, str(exc)) from exc
