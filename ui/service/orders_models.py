"""Tables of the Orders section: the open deliveries with their forecast, and the orders (paged)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from planner.alerts.model import Alert
from planner.analytics.orders import OpenDelivery
from ui import formatting
from ui.formatting import EMPTY
from ui.service import status_style, words
from ui.service.table_model import Column, PagedRowsModel, RowsModel


def _quantity(quantity, unit: str | None) -> str:
    if quantity is None:
        return EMPTY
    return f"{words.number(quantity, 2)}\u00a0{unit}" if unit else words.number(quantity, 2)


class OpenDeliveriesModel(RowsModel):
    """Deliveries not yet made, soonest promise first, with the alert centre's forecast.

    A delivery is "likely late" exactly when the alert centre raises a delivery_late
    alert for it (the same estimate, the same thresholds), so the two never disagree.
    """

    STATUS_COLUMN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Promised"),
                    lambda d: formatting.short_date(d.promised_on),
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Order"),
                    lambda d: d.order_number or EMPTY,
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Product line"),
                    lambda d: d.product_line or EMPTY,
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Quantity"),
                    lambda d: _quantity(d.quantity, d.unit),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Status"),
                    self.status_text,
                    tooltip=self.status_tooltip,
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Predicted delay"),
                    self.delay_text,
                    tooltip=self.status_tooltip,
                ),
            ],
            parent,
        )
        self._late: dict[uuid.UUID, Alert] = {}

    def set_deliveries(self, deliveries: Sequence[OpenDelivery], late: Mapping[uuid.UUID, Alert]) -> None:
        self._late = dict(late)
        self.set_rows(deliveries)

    def state(self, d: OpenDelivery) -> str:
        """overdue, likely_late or on_schedule."""
        if d.days_to_promise < 0:
            return "overdue"
        if d.uuid in self._late:
            return "likely_late"
        return "on_schedule"

    def status_text(self, d: OpenDelivery) -> str:
        state = self.state(d)
        if state == "overdue":
            return self.tr("Overdue by {days}").format(days=words.days(-d.days_to_promise))
        if state == "likely_late":
            return self.tr("Likely late")
        if d.days_to_promise == 0:
            return self.tr("Due today")
        return self.tr("On schedule")

    def delay_text(self, d: OpenDelivery) -> str:
        alert = self._late.get(d.uuid)
        if alert is None:
            return EMPTY
        f = alert.facts
        if f.get("overdue"):
            return self.tr("expected {date}").format(date=formatting.short_date(f["expected_on"]))
        return self.tr("about {days} ({chance} chance)").format(
            days=words.days(f["expected_delay_days"]), chance=words.percent(f["probability"])
        )

    def status_tooltip(self, d: OpenDelivery) -> str:
        alert = self._late.get(d.uuid)
        if alert is not None:
            f = alert.facts
            return self.tr("Expected on {date}: {late} of {sample} comparable deliveries were late.").format(
                date=formatting.short_date(f["expected_on"]), late=f["late_count"], sample=f["sample_size"]
            )
        if d.late_probability is None:
            return self.tr("Too little delivery history for a forecast.")
        return self.tr("Chance of being late: {chance}.").format(chance=words.percent(d.late_probability))

    def decoration(self, d: OpenDelivery, column: int):
        if column != self.STATUS_COLUMN:
            return None
        state = self.state(d)
        if state == "overdue":
            return status_style.icon("breached")
        if state == "likely_late":
            return status_style.icon("at_risk")
        return None

    def background(self, d: OpenDelivery, column: int):
        state = self.state(d)
        if state == "overdue":
            return status_style.tint("breached")
        if state == "likely_late":
            return status_style.tint("at_risk")
        return None


def _lines(order) -> str:
    names = []
    for line in order.lines:
        if line.product_line not in names:
            names.append(line.product_line)
    return ", ".join(names) or EMPTY


class OrdersModel(PagedRowsModel):
    """The account's orders, newest first, a page at a time (``planner.records.orders``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Ordered"),
                    lambda o: formatting.short_date(o.ordered_on),
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Number"), lambda o: o.number or EMPTY
                ),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Status"),
                    lambda o: words.order_status_label(o.status),
                ),
                Column(lambda: QCoreApplication.translate("OrdersTables", "Product lines"), _lines),
                Column(
                    lambda: QCoreApplication.translate("OrdersTables", "Total"),
                    lambda o: formatting.money(o.total, o.currency),
                    numeric=True,
                ),
            ],
            parent,
        )
