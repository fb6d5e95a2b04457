"""The account profile dialog: name, standing, figures and goals; a stage change asks for its reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner import enums
from ui.editing.dialogs import sources
from ui.editing.form import Amount, Choice, Codes, Day, FormDefinition, Note, Page, Text

PROFILE = (
    Text("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
    Text("legal_name", QT_TRANSLATE_NOOP("fields", "Legal name")),
    Choice("tier", QT_TRANSLATE_NOOP("fields", "Tier"), enum=enums.Tier),
    Choice("stage", QT_TRANSLATE_NOOP("fields", "Stage"), enum=enums.LifecycleStage),
)
#: Shown when editing: why the stage changes, kept in the stage history.
REASON = Text(
    "reason",
    QT_TRANSLATE_NOOP("fields", "Reason for the stage change"),
    hint=QT_TRANSLATE_NOOP("fields", "Kept in the account’s stage history"),
)
DETAILS = (
    Text("industry", QT_TRANSLATE_NOOP("fields", "Industry")),
    Text("region", QT_TRANSLATE_NOOP("fields", "Region")),
    Codes("country", QT_TRANSLATE_NOOP("fields", "Country"), codes=sources.countries, optional=True),
    Codes(
        "language",
        QT_TRANSLATE_NOOP("fields", "Language"),
        codes=sources.languages,
        upper=False,
        initial=lambda ctx: "en",
    ),
    Codes(
        "currency",
        QT_TRANSLATE_NOOP("fields", "Currency"),
        codes=sources.currencies,
        required=True,
        initial=lambda ctx: "EUR",
    ),
    Amount(
        "annual_revenue", QT_TRANSLATE_NOOP("fields", "Our revenue per year"), money=True, currency="currency"
    ),
    Amount(
        "wallet_spend",
        QT_TRANSLATE_NOOP("fields", "Client’s spend in our categories"),
        money=True,
        currency="currency",
    ),
    Text("website", QT_TRANSLATE_NOOP("fields", "Website")),
    Day("next_review_on", QT_TRANSLATE_NOOP("fields", "Next account review")),
)
GOALS = (
    Note("strategic_goals", QT_TRANSLATE_NOOP("fields", "Strategic goals")),
    Note("description", QT_TRANSLATE_NOOP("fields", "Description")),
)


def definition(*, editing: bool) -> FormDefinition:
    profile = (*PROFILE, REASON) if editing else PROFILE
    return FormDefinition(
        (
            Page(QT_TRANSLATE_NOOP("fields", "Profile"), profile + DETAILS),
            Page(QT_TRANSLATE_NOOP("fields", "Goals"), GOALS),
        )
    )
