"""The Orders page: volume by month year over year and by product line (planner Figures,
shared with the briefing), the open deliveries with their promised dates and forecast,
and the orders themselves, read a page at a time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from planner import records
from planner.changes import Entity
from ui import formatting
from ui.service import charts, widgets, words
from ui.service.loading import ServiceData
from ui.service.orders_models import OpenDeliveriesModel, OrdersModel
from ui.service.record_actions import RecordActions

#: From this width on, the two charts sit side by side.
WIDE = 900


class OrdersPage(QWidget):
    """Order volume charts, open deliveries and orders of one account."""

    def __init__(self, tab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPage")
        self.tab = tab
        self._data: ServiceData | None = None
        self._charts_for: tuple | None = None
        self._build()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        self.headline = widgets.heading()
        self.headline.setObjectName("ordersHeadline")
        self.unconverted = widgets.note()
        column.addWidget(self.headline)
        column.addWidget(self.unconverted)

        chart_row = widgets.AdaptiveSplitter(WIDE)
        self.yoy_chart = charts.ChartPane("ordersYoyChart")
        self.lines_chart = charts.ChartPane("ordersByLineChart")
        chart_row.addWidget(self.yoy_chart)
        chart_row.addWidget(self.lines_chart)

        self.lists = QTabWidget()
        self.lists.setObjectName("ordersLists")
        self.lists.setDocumentMode(True)
        self.deliveries = widgets.table("openDeliveries")
        self.deliveries_model = OpenDeliveriesModel(self)
        self.deliveries.setModel(self.deliveries_model)
        self.delivery_actions = RecordActions(
            self.tab, Entity.DELIVERY, self.deliveries, lambda: self.tab.account_uuid
        )
        self.delivery_actions.watch_selection()
        self.orders = widgets.table("orders")
        self.orders_model = OrdersModel(self)
        self.orders.setModel(self.orders_model)
        self.order_actions = RecordActions(self.tab, Entity.ORDER, self.orders, lambda: self.tab.account_uuid)
        self.order_actions.watch_selection()
        for view, actions in ((self.deliveries, self.delivery_actions), (self.orders, self.order_actions)):
            page = QWidget()
            page_column = QVBoxLayout(page)
            page_column.setContentsMargins(0, 4, 0, 0)
            page_column.addWidget(view, 1)
            page_column.addWidget(actions.bar)
            self.lists.addTab(page, "")

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(chart_row)
        split.addWidget(self.lists)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([450, 450])
        column.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.yoy_chart.setAccessibleName(self.tr("Orders by month, year over year"))
        self.lines_chart.setAccessibleName(self.tr("Orders by product line"))
        self.deliveries.setAccessibleName(self.tr("Open deliveries"))
        self.orders.setAccessibleName(self.tr("Orders"))
        self.delivery_actions.retranslate()
        self.order_actions.retranslate()
        self._tab_titles()
        if self._data is not None:
            self._fill_headline(self._data)
        self.deliveries_model.refresh_texts()
        self.orders_model.refresh_texts()

    def _tab_titles(self) -> None:
        open_count = words.number(self.deliveries_model.rowCount(), 0)
        orders = words.number(self.orders_model.total, 0)
        self.lists.setTabText(0, self.tr("Open deliveries ({count})").format(count=open_count))
        self.lists.setTabText(1, self.tr("Orders ({count})").format(count=orders))

    # -- data ----------------------------------------------------------------------

    def show_data(self, data: ServiceData) -> None:
        self._data = data
        self._fill_headline(data)
        self.deliveries_model.set_deliveries(data.open_deliveries, data.late_deliveries)
        widgets.fit_columns(self.deliveries)
        db, account = self.tab.db, data.account_uuid
        self.orders_model.reset(
            data.orders_total,
            lambda offset, limit: records.orders.list_for(db, account, limit=limit, offset=offset),
            data.orders_page,
        )
        widgets.fit_columns(self.orders)
        self._tab_titles()
        self._draw_charts()

    def _fill_headline(self, data: ServiceData) -> None:
        yoy = data.orders.yoy
        year = yoy.years[-1]
        amount = formatting.money(yoy.to_date.get(year), data.orders.currency, decimals=0)
        if yoy.change_to_date is None:
            text = self.tr("Orders in {year} to date: {amount}").format(year=year, amount=amount)
        else:
            change = words.number(round(yoy.change_to_date * 100), 0)
            if yoy.change_to_date > 0:
                change = "+" + change
            text = self.tr("Orders in {year} to date: {amount}, {change}% on the same months of {previous}")
            text = text.format(year=year, amount=amount, change=change, previous=year - 1)
        self.headline.setText(text)
        skipped = data.orders.unconverted
        self.unconverted.setVisible(bool(skipped))
        text = self.tr("{count} order lines in other currencies are left out: no exchange rate is known.")
        self.unconverted.setText(text.format(count=words.number(skipped, 0)))

    def _draw_charts(self) -> None:
        data = self._data
        if data is None or not self.isVisible():
            return
        lang = charts.chart_language()
        key = (id(data), lang)
        if key == self._charts_for:
            return
        self._charts_for = key
        workers = self.tab.context.workers
        currency = data.orders.currency
        self.yoy_worker = self.yoy_chart.build(
            workers, charts.orders_yoy_figure, data.orders.yoy, currency, lang
        )
        self.lines_worker = self.lines_chart.build(
            workers, charts.orders_by_line_figure, data.orders.product_lines, currency, lang
        )

    def show_delivery(self, delivery_uuid: uuid.UUID) -> bool:
        """Select an open delivery (an alert's or an evidence row's)."""
        row = self.deliveries_model.row_of(delivery_uuid)
        if row is None:
            return False
        self.lists.setCurrentIndex(0)
        self._select(self.deliveries, self.deliveries_model.index(row, 0))
        return True

    def show_order(self, order_uuid: uuid.UUID) -> bool:
        row = self.orders_model.load_until(lambda order: order.uuid == order_uuid)
        if row is None:
            return False
        self.lists.setCurrentIndex(1)
        self._select(self.orders, self.orders_model.index(row, 0))
        return True

    @staticmethod
    def _select(view, index) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._draw_charts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._charts_for = None
            self.retranslate()
            self._draw_charts()
        super().changeEvent(event)
