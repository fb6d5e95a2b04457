"""Dialogs of how we serve the account and talk to it: interactions, tickets, SLAs, quality, surveys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner import enums
from ui.editing.dialogs import sources
from ui.editing.form import (
    Amount,
    Choice,
    Day,
    FormDefinition,
    Integer,
    Moment,
    Note,
    Page,
    Participants,
    Reference,
    Text,
    now,
    today,
)

INTERACTION = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Interaction"),
            (
                Choice(
                    "kind", QT_TRANSLATE_NOOP("fields", "Kind"), enum=enums.InteractionKind, required=True
                ),
                Moment("occurred_at", QT_TRANSLATE_NOOP("fields", "When"), required=True, initial=now),
                Integer(
                    "duration_minutes",
                    QT_TRANSLATE_NOOP("fields", "Duration"),
                    low=0,
                    high=24 * 60,
                    optional=True,
                    suffix=QT_TRANSLATE_NOOP("fields", " min"),
                ),
                Choice("direction", QT_TRANSLATE_NOOP("fields", "Direction"), enum=enums.Direction),
                Text("subject", QT_TRANSLATE_NOOP("fields", "Subject")),
                Note("summary", QT_TRANSLATE_NOOP("fields", "Summary")),
                Choice("sentiment", QT_TRANSLATE_NOOP("fields", "Mood"), enum=enums.Sentiment, optional=True),
                Text("next_step", QT_TRANSLATE_NOOP("fields", "Next step")),
                Text("location", QT_TRANSLATE_NOOP("fields", "Location")),
                Reference("site", QT_TRANSLATE_NOOP("fields", "Site"), options=sources.sites),
            ),
        ),
        Page(
            QT_TRANSLATE_NOOP("fields", "Participants"),
            (
                Participants(
                    "participants", QT_TRANSLATE_NOOP("fields", "Who took part"), parties=sources.parties
                ),
            ),
        ),
    ),
    width=720,
)

TICKET = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Ticket"),
            (
                Text("subject", QT_TRANSLATE_NOOP("fields", "Subject"), required=True),
                Text("number", QT_TRANSLATE_NOOP("fields", "Number")),
                Choice("kind", QT_TRANSLATE_NOOP("fields", "Kind"), enum=enums.TicketKind),
                Choice("severity", QT_TRANSLATE_NOOP("fields", "Severity"), enum=enums.TicketSeverity),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.TicketStatus),
                Moment("opened_at", QT_TRANSLATE_NOOP("fields", "Opened"), required=True, initial=now),
                Moment("first_response_at", QT_TRANSLATE_NOOP("fields", "First response")),
                Moment("resolved_at", QT_TRANSLATE_NOOP("fields", "Resolved")),
                Reference("raised_by", QT_TRANSLATE_NOOP("fields", "Raised by"), options=sources.people),
                Reference("assignee", QT_TRANSLATE_NOOP("fields", "Assigned to"), options=sources.colleagues),
                Text("category", QT_TRANSLATE_NOOP("fields", "Category")),
                Text("product_line", QT_TRANSLATE_NOOP("fields", "Product line")),
                Note("description", QT_TRANSLATE_NOOP("fields", "Description")),
                Note("resolution", QT_TRANSLATE_NOOP("fields", "Resolution")),
            ),
        ),
    )
)

QUALITY = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Quality"),
            (
                Day("recorded_on", QT_TRANSLATE_NOOP("fields", "Recorded on"), required=True, initial=today),
                Text("product_line", QT_TRANSLATE_NOOP("fields", "Product line")),
                Amount("units_inspected", QT_TRANSLATE_NOOP("fields", "Units inspected"), required=True),
                Amount("defects", QT_TRANSLATE_NOOP("fields", "Defective units"), required=True),
                Note("notes", QT_TRANSLATE_NOOP("fields", "Notes")),
            ),
        ),
    )
)

SLA = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Service level"),
            (
                Choice("metric", QT_TRANSLATE_NOOP("fields", "Metric"), enum=enums.SlaMetric, required=True),
                Text(
                    "name",
                    QT_TRANSLATE_NOOP("fields", "Name"),
                    hint=QT_TRANSLATE_NOOP("fields", "Needed for a custom metric"),
                ),
                Choice(
                    "direction",
                    QT_TRANSLATE_NOOP("fields", "Target is"),
                    enum=enums.SlaDirection,
                    required=True,
                ),
                Amount("target", QT_TRANSLATE_NOOP("fields", "Target"), required=True),
                Amount("warning_threshold", QT_TRANSLATE_NOOP("fields", "Warn at")),
                Text(
                    "unit",
                    QT_TRANSLATE_NOOP("fields", "Unit"),
                    hint=QT_TRANSLATE_NOOP("fields", "%, days, hours, ppm…"),
                ),
                Choice("period", QT_TRANSLATE_NOOP("fields", "Measured per"), enum=enums.SlaPeriod),
                Text("product_line", QT_TRANSLATE_NOOP("fields", "Product line")),
                Day("valid_from", QT_TRANSLATE_NOOP("fields", "Valid from")),
                Day("valid_to", QT_TRANSLATE_NOOP("fields", "Valid until")),
            ),
        ),
    )
)

SURVEY = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Survey answer"),
            (
                Choice("kind", QT_TRANSLATE_NOOP("fields", "Survey"), enum=enums.SurveyKind, required=True),
                Integer(
                    "score",
                    QT_TRANSLATE_NOOP("fields", "Score"),
                    low=0,
                    high=10,
                    required=True,
                    hint=QT_TRANSLATE_NOOP("fields", "NPS 0–10, CSAT 1–5, CES 1–7"),
                ),
                Moment("responded_at", QT_TRANSLATE_NOOP("fields", "Answered"), required=True, initial=now),
                Reference("person", QT_TRANSLATE_NOOP("fields", "Person"), options=sources.people),
                Text("survey_name", QT_TRANSLATE_NOOP("fields", "Survey name")),
                Note("comment", QT_TRANSLATE_NOOP("fields", "Comment")),
            ),
        ),
    )
)

FORMS = {
    "interactions": INTERACTION,
    "tickets": TICKET,
    "quality_records": QUALITY,
    "sla_definitions": SLA,
    "surveys": SURVEY,
}
