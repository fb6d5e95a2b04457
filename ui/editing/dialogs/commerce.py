"""Dialogs of what the client buys: orders, deliveries, contracts, competitors, exchange rates."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planner import enums
from ui.editing.dialogs import sources
from ui.editing.form import (
    Amount,
    Choice,
    Codes,
    Day,
    Flag,
    FormDefinition,
    Integer,
    Lines,
    Note,
    Page,
    Reference,
    Text,
    account_currency,
    today,
)

ORDER = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Order"),
            (
                Text("number", QT_TRANSLATE_NOOP("fields", "Number")),
                Day("ordered_on", QT_TRANSLATE_NOOP("fields", "Ordered on"), required=True, initial=today),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.OrderStatus),
                Codes(
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    codes=sources.currencies,
                    required=True,
                    initial=account_currency,
                ),
                Reference("site", QT_TRANSLATE_NOOP("fields", "Site"), options=sources.sites),
                Lines("lines", QT_TRANSLATE_NOOP("fields", "Lines")),
                Note("notes", QT_TRANSLATE_NOOP("fields", "Notes")),
            ),
        ),
    ),
    width=820,
)

DELIVERY = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Delivery"),
            (
                Reference(
                    "order",
                    QT_TRANSLATE_NOOP("fields", "Order"),
                    options=sources.orders,
                    shown_as="order_number",
                ),
                Reference(
                    "order_line",
                    QT_TRANSLATE_NOOP("fields", "Order line"),
                    options=sources.order_lines,
                    depends_on=("order",),
                ),
                Day("promised_on", QT_TRANSLATE_NOOP("fields", "Promised for"), required=True, initial=today),
                Day("delivered_on", QT_TRANSLATE_NOOP("fields", "Delivered on")),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.DeliveryStatus),
                Text("product_line", QT_TRANSLATE_NOOP("fields", "Product line")),
                Amount("quantity", QT_TRANSLATE_NOOP("fields", "Quantity")),
                Text("carrier", QT_TRANSLATE_NOOP("fields", "Carrier")),
                Note("delay_reason", QT_TRANSLATE_NOOP("fields", "Reason for a delay")),
            ),
        ),
    )
)

CONTRACT = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Contract"),
            (
                Text("title", QT_TRANSLATE_NOOP("fields", "Title"), required=True),
                Text("number", QT_TRANSLATE_NOOP("fields", "Number")),
                Choice("status", QT_TRANSLATE_NOOP("fields", "Status"), enum=enums.ContractStatus),
                Day("starts_on", QT_TRANSLATE_NOOP("fields", "Starts on")),
                Day("ends_on", QT_TRANSLATE_NOOP("fields", "Ends on")),
                Integer(
                    "notice_days",
                    QT_TRANSLATE_NOOP("fields", "Notice period"),
                    low=0,
                    high=3650,
                    suffix=QT_TRANSLATE_NOOP("fields", " days"),
                ),
                Flag("auto_renew", QT_TRANSLATE_NOOP("fields", "Renews automatically")),
                Codes(
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    codes=sources.currencies,
                    required=True,
                    initial=account_currency,
                ),
                Amount(
                    "annual_value",
                    QT_TRANSLATE_NOOP("fields", "Value per year"),
                    money=True,
                    currency="currency",
                ),
                Note("notes", QT_TRANSLATE_NOOP("fields", "Notes")),
            ),
        ),
    )
)

COMPETITOR = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Competitor"),
            (
                Text("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
                Text("product_line", QT_TRANSLATE_NOOP("fields", "Product line")),
                Amount("share_pct", QT_TRANSLATE_NOOP("fields", "Share of the client’s spend"), unit="%"),
                Note("strengths", QT_TRANSLATE_NOOP("fields", "Strengths")),
                Note("weaknesses", QT_TRANSLATE_NOOP("fields", "Weaknesses")),
            ),
        ),
    )
)

FX_RATE = FormDefinition(
    (
        Page(
            QT_TRANSLATE_NOOP("fields", "Exchange rate"),
            (
                Codes(
                    "currency",
                    QT_TRANSLATE_NOOP("fields", "Currency"),
                    codes=sources.currencies,
                    required=True,
                ),
                Codes(
                    "base",
                    QT_TRANSLATE_NOOP("fields", "In currency"),
                    codes=sources.currencies,
                    required=True,
                    hint=QT_TRANSLATE_NOOP(
                        "fields", "How many units of this currency one unit of the first is worth"
                    ),
                ),
                Amount("rate", QT_TRANSLATE_NOOP("fields", "Rate"), required=True),
                Day("as_of", QT_TRANSLATE_NOOP("fields", "Valid from"), required=True, initial=today),
            ),
        ),
    )
)

FORMS = {
    "orders": ORDER,
    "deliveries": DELIVERY,
    "contracts": CONTRACT,
    "competitors": COMPETITOR,
    "fx_rates": FX_RATE,
}
