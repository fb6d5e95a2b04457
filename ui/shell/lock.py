"""One planner per database file: a QLockFile beside the SQLite file ("<file>.lock").

A second instance opening the same file is told who holds it instead of writing
to it at the same time. A lock left behind by a process that died is stale and is
taken over (QLockFile checks whether the holder still runs); a live instance's lock
never goes stale by age.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: for the warning shown to the user."""

    pid: int
    hostname: str
    application: str


class DatabaseInUse(Exception):
    """Another live instance holds the lock of this database."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        super().__init__(f"{path} is open in another Key Account Planner (pid {holder and holder.pid})")
        self.path = path
        self.holder = holder


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def sqlite_file(target: str) -> Path | None:
    """The SQLite file a --db target names, None for a server URL (nothing to lock there)."""
    text = str(target)
    if "://" not in text:
        return Path(text).expanduser().resolve()
    scheme, _, rest = text.partition("://")
    if not scheme.startswith("sqlite") or not rest.startswith("/"):
        return None
    path = rest[1:].split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser().resolve()


class DatabaseLock:
    """Holds the lock of one database file for as long as it is open."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = QLockFile(str(lock_path(database)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    @classmethod
    def acquire(cls, database: Path) -> DatabaseLock | None:
        """Lock ``database``; None if its folder takes no lock file (read-only media).

        Raises ``DatabaseInUse`` when another live instance holds it.
        """
        lock = cls(database)
        if lock._lock.tryLock(0):
            return lock
        if lock._lock.error() == QLockFile.LockError.LockFailedError:
            info = lock._lock.getLockInfo()
            holder = Holder(int(info[0]), str(info[1]), str(info[2])) if info else None
            raise DatabaseInUse(database, holder)
        return None  # no permission, or another file system error: open without a lock

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
