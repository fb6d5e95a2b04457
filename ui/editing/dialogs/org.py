"""Dialogs of who is who: sites, people, their relationships, our colleagues and their account roles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner import enums
from ui.editing.dialogs import sources
from ui.editing.form import (
    Amount,
    Choice,
    Codes,
    Contacts,
    Day,
    Flag,
    FormDefinition,
    Integer,
    Note,
    Page,
    Reference,
    Roles,
    Scale,
    Text,
)

SITE = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Site"),
            (
                Text("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
                Text(
                    "kind",
                    QT_TRANSLATE_NOOP("fields", "Kind"),
                    hint=QT_TRANSLATE_NOOP("fields", "Plant, office, warehouse, business unit…"),
                ),
                Reference(
                    "parent",
                    QT_TRANSLATE_NOOP("fields", "Part of"),
                    options=sources.other_sites,
                    hint=QT_TRANSLATE_NOOP("fields", "The larger site or unit this one belongs to"),
                ),
                Text("city", QT_TRANSLATE_NOOP("fields", "City")),
                Codes(
                    "country", QT_TRANSLATE_NOOP("fields", "Country"), codes=sources.countries, optional=True
                ),
                Text("address", QT_TRANSLATE_NOOP("fields", "Address")),
                Text(
                    "timezone",
                    QT_TRANSLATE_NOOP("fields", "Time zone"),
                    hint=QT_TRANSLATE_NOOP("fields", "For example Europe/Moscow"),
                ),
                Amount("annual_revenue", QT_TRANSLATE_NOOP("fields", "Annual revenue"), money=True),
                Note("notes", QT_TRANSLATE_NOOP("fields", "Notes")),
            ),
        ),
    )
)

PERSON = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Profile"),
            (
                Text("full_name", QT_TRANSLATE_NOOP("fields", "Full name"), required=True),
                Text("title", QT_TRANSLATE_NOOP("fields", "Job title")),
                Text("department", QT_TRANSLATE_NOOP("fields", "Department")),
                Reference("site", QT_TRANSLATE_NOOP("fields", "Site"), options=sources.sites),
                Reference(
                    "reports_to", QT_TRANSLATE_NOOP("fields", "Reports to"), options=sources.other_people
                ),
                Reference(
                    "owner",
                    QT_TRANSLATE_NOOP("fields", "Our contact"),
                    options=sources.colleagues,
                    hint=QT_TRANSLATE_NOOP("fields", "Who on our side looks after this relationship"),
                ),
                Scale(
                    "influence",
                    QT_TRANSLATE_NOOP("fields", "Influence"),
                    hint=QT_TRANSLATE_NOOP("fields", "1 = little, 5 = decisive"),
                ),
                Scale(
                    "interest",
                    QT_TRANSLATE_NOOP("fields", "Interest"),
                    hint=QT_TRANSLATE_NOOP("fields", "1 = little, 5 = keen"),
                ),
                Choice("attitude", QT_TRANSLATE_NOOP("fields", "Attitude"), enum=enums.Attitude),
                Integer(
                    "relationship_strength",
                    QT_TRANSLATE_NOOP("fields", "Relationship strength"),
                    low=0,
                    high=5,
                    hint=QT_TRANSLATE_NOOP("fields", "0 = none, 5 = trusted"),
                ),
                Codes(
                    "preferred_language",
                    QT_TRANSLATE_NOOP("fields", "Language"),
                    codes=sources.languages,
                    optional=True,
                    upper=False,
                ),
                Day("birthday", QT_TRANSLATE_NOOP("fields", "Birthday")),
            ),
        ),
        Page(
            QT_TRANSLATE_NOOP("fields", "Contacts and roles"),
            (
                Contacts("contacts", QT_TRANSLATE_NOOP("fields", "E-mails and phones")),
                Roles("roles", QT_TRANSLATE_NOOP("fields", "Buying roles")),
            ),
        ),
        Page(
            QT_TRANSLATE_NOOP("fields", "Notes"),
            (
                Note("priorities", QT_TRANSLATE_NOOP("fields", "Priorities")),
                Note(
                    "internal_notes",
                    QT_TRANSLATE_NOOP("fields", "Internal notes"),
                    hint=QT_TRANSLATE_NOOP("fields", "Never shown to the client"),
                ),
                Flag("left_company", QT_TRANSLATE_NOOP("fields", "Has left the company")),
                Day("left_on", QT_TRANSLATE_NOOP("fields", "Left on"), enabled_by="left_company"),
                Text("left_to", QT_TRANSLATE_NOOP("fields", "Moved to"), enabled_by="left_company"),
            ),
        ),
    ),
    width=680,
)

PERSON_LINK = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Relationship"),
            (
                Reference(
                    "from_person",
                    QT_TRANSLATE_NOOP("fields", "From"),
                    options=sources.people,
                    optional=False,
                    required=True,
                ),
                Choice("kind", QT_TRANSLATE_NOOP("fields", "Kind"), enum=enums.LinkKind),
                Reference(
                    "to_person",
                    QT_TRANSLATE_NOOP("fields", "To"),
                    options=sources.people,
                    optional=False,
                    required=True,
                ),
                Scale("strength", QT_TRANSLATE_NOOP("fields", "Strength")),
                Note("note", QT_TRANSLATE_NOOP("fields", "Note")),
            ),
        ),
    )
)

TEAM_MEMBER = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Colleague"),
            (
                Text("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
                Text("title", QT_TRANSLATE_NOOP("fields", "Job title")),
                Text("department", QT_TRANSLATE_NOOP("fields", "Department")),
                Text("email", QT_TRANSLATE_NOOP("fields", "E-mail")),
                Text("phone", QT_TRANSLATE_NOOP("fields", "Phone")),
                Flag("active", QT_TRANSLATE_NOOP("fields", "Active"), initial=lambda ctx: True),
            ),
        ),
    )
)

ACCOUNT_TEAM = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Account team"),
            (
                Reference(
                    "team_member",
                    QT_TRANSLATE_NOOP("fields", "Colleague"),
                    options=sources.colleagues,
                    optional=False,
                    required=True,
                ),
                Choice("role", QT_TRANSLATE_NOOP("fields", "Role"), enum=enums.TeamRole),
            ),
        ),
    )
)

FORMS = {
    "sites": SITE,
    "people": PERSON,
    "person_links": PERSON_LINK,
    "team_members": TEAM_MEMBER,
    "account_team": ACCOUNT_TEAM,
}
