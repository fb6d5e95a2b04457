"""Dialogs of the account plan: opportunities, goals → objectives → actions, risks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner import enums
from ui.editing.dialogs import sources
from ui.editing.form import (
    Amount,
    Choice,
    Codes,
    Day,
    FormDefinition,
    Integer,
    Note,
    Page,
    Reference,
    Scale,
    Text,
    account_currency,
)

OPPORTUNITY = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Opportunity"),
            (
                Text("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
                Choice("stage", QT_TRANSLATE_NOOP("fields", "Stage"), enum=enums.OpportunityStage),
                Integer(
                    "probability",
                    QT_TRANSLATE_NOOP("fields", "Probability"),
                    low=0,
                    high=100,
                    suffix="%",
                    initial=lambda ctx: 10,
                ),
                Codes(
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    codes=sources.currencies,
                    required=True,
                    initial=account_currency,
                ),
                Amount(
                    "value",
                    QT_TRANSLATE_NOOP("fields", "Value"),
                    required=True,
                    money=True,
                    currency="currency",
                ),
                Day("expected_close", QT_TRANSLATE_NOOP("fields", "Expected close")),
                Text("product_line", QT_TRANSLATE_NOOP("fields", "Product line")),
                Reference("owner", QT_TRANSLATE_NOOP("fields", "Owner"), options=sources.colleagues),
                Reference(
                    "decision_maker", QT_TRANSLATE_NOOP("fields", "Decision maker"), options=sources.people
                ),
                Text("competitors", QT_TRANSLATE_NOOP("fields", "Competing with")),
                Text("next_step", QT_TRANSLATE_NOOP("fields", "Next step")),
                Day("closed_on", QT_TRANSLATE_NOOP("fields", "Closed on")),
                Text("loss_reason", QT_TRANSLATE_NOOP("fields", "Why it was lost")),
            ),
        ),
    )
)

GOAL = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Goal"),
            (
                Text("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True),
                Text(
                    "horizon",
                    QT_TRANSLATE_NOOP("fields", "Horizon"),
                    hint=QT_TRANSLATE_NOOP("fields", "For example FY2027 or 3 years"),
                ),
                Choice(
                    "status",
                    QT_TRANSLATE_NOOP("fields", "Status"),
                    enum=enums.PlanStatus,
                    initial=lambda ctx: enums.PlanStatus.IN_PROGRESS,
                ),
                Note("description", QT_TRANSLATE_NOOP("fields", "Description")),
            ),
        ),
    )
)

OBJECTIVE = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Objective"),
            (
                Text("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True),
                Text(
                    "measure",
                    QT_TRANSLATE_NOOP("fields", "Measure"),
                    hint=QT_TRANSLATE_NOOP("fields", "How we know it is reached"),
                ),
                Day("due_on", QT_TRANSLATE_NOOP("fields", "Due")),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.PlanStatus),
            ),
        ),
    )
)

ACTION = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Action"),
            (
                Text("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True),
                Reference("owner", QT_TRANSLATE_NOOP("fields", "Owner"), options=sources.colleagues),
                Day("due_on", QT_TRANSLATE_NOOP("fields", "Due")),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.PlanStatus),
                Day("done_on", QT_TRANSLATE_NOOP("fields", "Done on")),
                Note("notes", QT_TRANSLATE_NOOP("fields", "Notes")),
            ),
        ),
    )
)

RISK = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Risk"),
            (
                Text("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True),
                Text("category", QT_TRANSLATE_NOOP("fields", "Category")),
                Scale(
                    "probability",
                    QT_TRANSLATE_NOOP("fields", "Probability"),
                    hint=QT_TRANSLATE_NOOP("fields", "1 = unlikely, 5 = almost certain"),
                ),
                Scale(
                    "impact",
                    QT_TRANSLATE_NOOP("fields", "Impact"),
                    hint=QT_TRANSLATE_NOOP("fields", "1 = minor, 5 = could lose the account"),
                ),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.RiskStatus),
                Reference("owner", QT_TRANSLATE_NOOP("fields", "Owner"), options=sources.colleagues),
                Day("review_on", QT_TRANSLATE_NOOP("fields", "Review on")),
                Note("mitigation", QT_TRANSLATE_NOOP("fields", "Mitigation")),
            ),
        ),
    )
)

FORMS = {
    "opportunities": OPPORTUNITY,
    "goals": GOAL,
    "objectives": OBJECTIVE,
    "actions": ACTION,
    "risks": RISK,
}
