"""Keeping the database healthy: integrity check, backup and restore."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from db import maintenance
from db.maintenance import CheckReport, Problem
from db.models import Account, MetaEntry
from db.store import Database
from planner.database import storage_errors
from planner.errors import ErrorCode, PlannerError

__all__ = ["CheckReport", "DatabaseFacts", "Problem", "backup", "check", "database_facts", "restore"]


def check(db: Database) -> CheckReport:
    """Integrity of the file, broken references, and whether the schema is at head."""
    with storage_errors():
        return maintenance.check(db)


def backup(db: Database, target: Path, *, overwrite: bool = False) -> Path:
    """A consistent copy at ``target``; an existing file is replaced only if it is a planner backup."""
    with storage_errors():
        target = target.expanduser()
        if target.exists() and not target.is_dir():
            maintenance.verify_backup_file(target)  # never overwrite somebody else's file
            if not overwrite:
                raise PlannerError(
                    ErrorCode.INVALID,
                    f"{target} already exists; use --force to replace that backup",
                )
        return maintenance.backup(db, target)


def restore(db: Database, source: Path) -> Path | None:
    """Replace the database's content with a verified backup; returns where the old content went."""
    with storage_errors():
        return maintenance.restore(db, source)


def database_facts(db: Database) -> DatabaseFacts:
    """How much the database holds and whether it is a demo portfolio (for ``kap demo``)."""
    with storage_errors(), db.session.begin() as session:
        accounts = session.scalar(
            select(func.count()).select_from(Account).where(Account.deleted_at.is_(None))
        )
        meta = dict(session.execute(select(MetaEntry.key, MetaEntry.value)).tuples().all())
    return DatabaseFacts(
        accounts=accounts or 0,
        demo_seed=int(meta["demo_seed"]) if "demo_seed" in meta else None,
        demo_scale=int(meta["demo_scale"]) if "demo_scale" in meta else None,
    )


@dataclass(frozen=True)
class DatabaseFacts:
    accounts: int
    demo_seed: int | None
    demo_scale: int | None
