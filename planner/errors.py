"""Failures a user can act on, as codes with details; the CLI and UI word them."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"
    INVALID = "invalid"
    NOT_A_PLANNER_DATABASE = "not_a_planner_database"
    NEWER_SCHEMA = "newer_schema"
    UNAVAILABLE = "unavailable"
    UNSUPPORTED = "unsupported"
    CANCELLED = "cancelled"


class PlannerError(Exception):
    """A use case could not be carried out; ``code`` says why, ``detail`` for whom."""

    def __init__(self, code: ErrorCode, detail: str, **context: object) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.context = context


class NotFound(PlannerError):
    def __init__(self, what: str, key: str) -> None:
        super().__init__(ErrorCode.NOT_FOUND, f"no {what} matches {key!r}", what=what, key=key)


class Ambiguous(PlannerError):
    def __init__(self, what: str, key: str, candidates: list[str]) -> None:
        shown = ", ".join(candidates[:10]) + (" …" if len(candidates) > 10 else "")
        super().__init__(
            ErrorCode.AMBIGUOUS,
            f"{key!r} matches several {what}s: {shown}",
            what=what,
            key=key,
            candidates=candidates,
        )


class ValidationError(PlannerError):
    """Input that breaks a rule; ``field`` names the field so a form can show it beside it."""

    def __init__(self, field: str, reason: str, **context: object) -> None:
        super().__init__(ErrorCode.INVALID, f"{field}: {reason}", field=field, **context)
        self.field = field
        self.reason = reason


class Cancelled(PlannerError):
    """The user cancelled a long operation; its unit of work was rolled back."""

    def __init__(self, what: str) -> None:
        super().__init__(ErrorCode.CANCELLED, f"{what} cancelled; nothing was changed", what=what)
