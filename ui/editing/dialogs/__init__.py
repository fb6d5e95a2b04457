"""One thin definition per kind of record: which fields its dialog shows, labelled how, in what order.

The definitions live by subject (``org``, ``commerce``, ``service``, ``plan``,
``account``); ``form_for`` finds a kind's by its ``planner.records`` name.
"""

from __future__ import annotations

from ui.editing.form import FormDefinition


def form_for(key: str) -> FormDefinition:
    """The dialog definition of a kind of record ("people", "orders", "goals" ...)."""
    from ui.editing.dialogs import commerce, org, plan, service

    forms = {**org.FORMS, **commerce.FORMS, **service.FORMS, **plan.FORMS}
    return forms[key]
