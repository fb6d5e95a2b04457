"""What record pickers offer: the account's people, sites and orders, our colleagues, codes.

Each source reads through ``planner.records`` when the dialog opens (small lists:
an account has tens of people and sites, our team tens of colleagues); orders
are read newest first, one page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import records
from ui import formatting, places
from ui.editing.collections import Party
from ui.editing.form import Form, FormContext

#: Orders offered to a delivery: the newest this many.
ORDER_CHOICES = 1000


def people(ctx: FormContext, _form: Form | None = None) -> list[tuple]:
    if ctx.account_uuid is None:
        return []
    found = records.people.list_for(ctx.db, ctx.account_uuid)
    return [(p.uuid, p.full_name) for p in found if not p.left_company] + [
        (p.uuid, QCoreApplication.translate("editing", "{name} (left)").format(name=p.full_name))
        for p in found
        if p.left_company
    ]


def other_people(ctx: FormContext, form: Form | None = None) -> list[tuple]:
    """People of the account except the one being edited (whom somebody reports to)."""
    me = getattr(ctx.record, "uuid", None)
    return [(key, name) for key, name in people(ctx, form) if key != me]


def sites(ctx: FormContext, _form: Form | None = None) -> list[tuple]:
    if ctx.account_uuid is None:
        return []
    return [(s.uuid, s.name) for s in records.sites.list_for(ctx.db, ctx.account_uuid)]


def other_sites(ctx: FormContext, form: Form | None = None) -> list[tuple]:
    me = getattr(ctx.record, "uuid", None)
    return [(key, name) for key, name in sites(ctx, form) if key != me]


def colleagues(ctx: FormContext, _form: Form | None = None) -> list[tuple]:
    """Our active team members (one no longer active stays offered where already chosen)."""
    return [(m.uuid, m.name) for m in records.team_members.list_for(ctx.db) if m.active]


def orders(ctx: FormContext, _form: Form | None = None) -> list[tuple]:
    if ctx.account_uuid is None:
        return []
    found = records.orders.list_for(ctx.db, ctx.account_uuid, limit=ORDER_CHOICES)
    return [
        (o.uuid, f"{o.number or formatting.EMPTY} · {formatting.short_date(o.ordered_on)}") for o in found
    ]


def order_lines(ctx: FormContext, form: Form) -> list[tuple]:
    """The lines of the order chosen in the same form."""
    order = form.editors["order"].value_or_none()
    if order is None:
        return []
    chosen = records.orders.get(ctx.db, order)
    return [(line.uuid, " · ".join(filter(None, (line.product_line, line.product)))) for line in chosen.lines]


def parties(ctx: FormContext) -> list[Party]:
    """Everyone who can take part in an interaction: the account's people, then our team."""
    client = [Party(key, name, False) for key, name in people(ctx)]
    ours = [Party(key, name, True) for key, name in colleagues(ctx)]
    return client + ours


#: Currencies offered first (any other ISO code may be typed).
CURRENCIES = (
    "EUR",
    "RUB",
    "USD",
    "CNY",
    "GBP",
    "CHF",
    "KZT",
    "TRY",
    "AED",
    "INR",
    "JPY",
    "PLN",
    "CZK",
    "SEK",
)


def currencies() -> list[tuple[str, str]]:
    return [(code, "") for code in CURRENCIES]


def countries() -> list[tuple[str, str]]:
    named = [
        (code, QCoreApplication.translate("countries", source)) for code, source in places.COUNTRIES.items()
    ]
    return sorted(named, key=lambda item: item[1].casefold())


def languages() -> list[tuple[str, str]]:
    named = [
        (code, QCoreApplication.translate("languages", source)) for code, source in places.LANGUAGES.items()
    ]
    return sorted(named, key=lambda item: item[1].casefold())
