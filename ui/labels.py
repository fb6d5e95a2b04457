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

INTERACTION_KINDS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "video_call": QT_TRANSLATE_NOOP("labels", "Video call"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "site_visit": QT_TRANSLATE_NOOP("labels", "Site visit"),
    "web_visit": QT_TRANSLATE_NOOP("labels", "Web visit"),
    "conference": QT_TRANSLATE_NOOP("labels", "Conference"),
    "message": QT_TRANSLATE_NOOP("labels", "Message"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
}

#: In their own context: an opportunity is "lost" in other words than an account.
OPPORTUNITY_STAGES: dict[str, str] = {
    "identified": QT_TRANSLATE_NOOP("opportunity", "Identified"),
    "qualified": QT_TRANSLATE_NOOP("opportunity", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("opportunity", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("opportunity", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("opportunity", "Won"),
    "lost": QT_TRANSLATE_NOOP("opportunity", "Lost"),
}

DIRECTIONS: dict[str, str] = {
    "inbound": QT_TRANSLATE_NOOP("labels", "From the client"),
    "outbound": QT_TRANSLATE_NOOP("labels", "From us"),
    "mutual": QT_TRANSLATE_NOOP("labels", "Both sides"),
    "internal": QT_TRANSLATE_NOOP("labels", "Internal"),
}

#: Kinds of record, as a heading ("Person: Olga Smirnova") or a search group.
ENTITIES: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("labels", "Account"),
    "person": QT_TRANSLATE_NOOP("labels", "Person"),
    "interaction": QT_TRANSLATE_NOOP("labels", "Interaction"),
    "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunity"),
    "ticket": QT_TRANSLATE_NOOP("labels", "Ticket"),
}

SEARCH_GROUPS: dict[str, str] = {
    "accounts": QT_TRANSLATE_NOOP("labels", "Accounts"),
    "people": QT_TRANSLATE_NOOP("labels", "People"),
    "interactions": QT_TRANSLATE_NOOP("labels", "Interactions"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
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
    ErrorCode.CANCELLED: QT_TRANSLATE_NOOP("labels", "The operation was cancelled; nothing was changed."),
}


def _label(table: dict[str, str], value: StrEnum, context: str = CONTEXT) -> str:
    source = table.get(value)
    if source is None:  # a value newer than this table: show it rather than fail
        return str(value)
    return QCoreApplication.translate(context, source)


def stage_label(stage: StrEnum) -> str:
    """A lifecycle stage as the user reads it."""
    return _label(STAGES, stage)


def tier_label(tier: StrEnum) -> str:
    """An account tier as the user reads it."""
    return _label(TIERS, tier)


def error_label(code: ErrorCode) -> str:
    """The headline of a PlannerError with this code."""
    return _label(ERRORS, code)


def interaction_kind_label(kind: StrEnum) -> str:
    return _label(INTERACTION_KINDS, kind)


def opportunity_stage_label(stage: StrEnum) -> str:
    return _label(OPPORTUNITY_STAGES, stage, "opportunity")


def direction_label(direction: StrEnum) -> str:
    return _label(DIRECTIONS, direction)


def entity_label(entity: StrEnum) -> str:
    return _label(ENTITIES, entity)


def search_group_label(group: StrEnum) -> str:
    return _label(SEARCH_GROUPS, group)
