"""The one place where the planner's enum values become translated, user-visible words.

The planner hands out enums (stages, tiers, error codes); the UI never shows their
raw values. Labels are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate``
collects them under the context ``labels``, and are translated when asked for, so a
language switch at runtime takes effect on the next repaint.

The tables are keyed by the enums' string values: ``ui`` does not import ``db``, and a
``StrEnum`` member looks itself up by its value.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.errors import ErrorCode

CONTEXT = "labels"

STAGES: dict[str, str] = {
    "prospect": QT_TRANSLATE_NOOP("labels", "Prospect"),
    "onboarding": QT_TRANSLATE_NOOP("labels", "Onboarding"),
    "growth": QT_TRANSLATE_NOOP("labels", "Growth"),
    "mature": QT_TRANSLATE_NOOP("labels", "Mature"),
    "renewal": QT_TRANSLATE_NOOP("labels", "Renewal"),
    "at_risk": QT_TRANSLATE_NOOP("labels", "At risk"),
    "lost": QT_TRANSLATE_NOOP("labels", "Lost"),
}

TIERS: dict[str, str] = {
    "strategic": QT_TRANSLATE_NOOP("labels", "Strategic"),
    "key": QT_TRANSLATE_NOOP("labels", "Key"),
    "development": QT_TRANSLATE_NOOP("labels", "Development"),
}

#: What went wrong, in a headline; the PlannerError's detail says where and why.
ERRORS: dict[str, str] = {
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("labels", "It was not found."),
    ErrorCode.AMBIGUOUS: QT_TRANSLATE_NOOP("labels", "The name matches more than one record."),
    ErrorCode.INVALID: QT_TRANSLATE_NOOP("labels", "Some input is not valid."),
    ErrorCode.NOT_A_PLANNER_DATABASE: QT_TRANSLATE_NOOP(
        "labels", "This is not a Key Account Planner database."
    ),
    ErrorCode.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "labels", "This database was written by a newer version of Key Account Planner."
    ),
    ErrorCode.UNAVAILABLE: QT_TRANSLATE_NOOP("labels", "The database cannot be opened."),
    ErrorCode.UNSUPPORTED: QT_TRANSLATE_NOOP("labels", "This is not supported."),
    ErrorCode.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled; nothing was changed."),
}


def _label(table: dict[str, str], value: StrEnum) -> str:
    source = table.get(value)
    if source is None:  # a value newer than this table: show it rather than fail
        return str(value)
    return QCoreApplication.translate(CONTEXT, source)


def stage_label(stage: StrEnum) -> str:
    """A lifecycle stage as the user reads it."""
    return _label(STAGES, stage)


def tier_label(tier: StrEnum) -> str:
    """An account tier as the user reads it."""
    return _label(TIERS, tier)


def error_label(code: ErrorCode) -> str:
    """The headline of a PlannerError with this code."""
    return _label(ERRORS, code)
