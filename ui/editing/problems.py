"""A problem with what the user typed, found by a form before the planner is asked."""

from __future__ import annotations


class FieldProblem(Exception):
    """What the user typed cannot be read; ``message`` is shown under the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
