"""Opening the planner's database for a use case, with storage errors turned into PlannerErrors."""

from __future__ import annotations

from db.errors import DatabaseUnavailable, NewerSchema, NotAPlannerDatabase
from db.store import Database, open_database
from planner.errors import ErrorCode, PlannerError
from planner.paths import database_target

__all__ = ["Database", "open_planner_database"]


def open_planner_database(target: str | None = None, *, create: bool = True) -> Database:
    """Open ``target`` (``--db``), else ``KAP_DB``, else the default file; migrate it to head."""
    try:
        return open_database(database_target(target), create=create)
    except NotAPlannerDatabase as exc:
        raise PlannerError(ErrorCode.NOT_A_PLANNER_DATABASE, str(exc)) from exc
    except NewerSchema as exc:
        raise PlannerError(ErrorCode.NEWER_SCHEMA, str(exc), revision=exc.revision) from exc
    except DatabaseUnavailable as exc:
        raise PlannerError(ErrorCode.UNAVAILABLE, str(exc)) from exc
