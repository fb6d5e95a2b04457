"""Why a database could not be opened or changed; the caller words it for the user."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every storage failure the user can act on."""


class NotAPlannerDatabase(StorageError):
    """The target exists but was not written by the planner; it is never touched."""


class NewerSchema(StorageError):
    """The database was written by a newer planner; it is refused and left as it was."""

    def __init__(self, message: str, revision: str) -> None:
        super().__init__(message)
        self.revision = revision


class DatabaseUnavailable(StorageError):
    """The file cannot be read or created, or the server cannot be reached."""
