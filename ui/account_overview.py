"""The Overview tab: the selected account's profile, key figures, open items and recent activity.

Each load reads one ``AccountDetail`` and one ``OverviewFacts`` from the planner
(both small, indexed reads: fast enough for the UI thread). Until a dedicated tab
exists for them, people and interactions opened from the search are shown here in
a banner above the profile.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget

from planner.changes import Entity
from planner.errors import NotFound
from planner.services import accounts, overview
from planner.services.accounts import AccountDetail
from planner.services.overview import OverviewFacts, RecordRef
from ui import formatting
from ui.account_overview_view import AccountOverviewView, stretch_column
from ui.labels import entity_label, interaction_kind_label, stage_label, tier_label
from ui.models.activity import RecentActivityModel
from ui.models.opportunities import Column as OpportunityColumn
from ui.models.opportunities import OpenOpportunitiesModel
from ui.models.stage_history import StageHistoryModel
from ui.places import country_name, language_name
from ui.workspace import AccountTab, WorkspaceContext

#: A table grows with its rows up to this many, then scrolls.
ROWS_SHOWN = 10


class OverviewPlurals(QObject):
    """The overview's plural forms, in a class of their own.

    ``self.tr`` in a subclass of AccountOverview (the Overview tab) would look in the
    subclass's context first and, for a plural form, stop there with "3 day(s) ago";
    and lupdate reads ``translate(..., n)`` in Python as no plural at all.
    """

    def days_ago(self, days: int) -> str:
        return self.tr("%n day(s) ago", "", days)


_PLURALS = OverviewPlurals()


class AccountOverview(AccountTab):
    """Shows one account's profile and figures."""

    entities = frozenset(
        {Entity.ACCOUNT, Entity.PERSON, Entity.INTERACTION, Entity.TICKET, Entity.OPPORTUNITY, Entity.PLAN}
    )
    opens = frozenset({Entity.ACCOUNT, Entity.PERSON, Entity.INTERACTION})
    #: Other tabs that open people or interactions come first; this one is the fallback.
    opens_as_fallback = True

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._detail: AccountDetail | None = None
        self._facts: OverviewFacts | None = None
        self._found: RecordRef | None = None
        self.ui = AccountOverviewView()
        self.ui.setup(self)
        self._history = StageHistoryModel(self)
        self.ui.history.setModel(self._history)
        self._activity = RecentActivityModel(self)
        self.ui.activity.setModel(self._activity)
        self._opportunities = OpenOpportunitiesModel(self)
        self.ui.opportunities.setModel(self._opportunities)
        stretch_column(self.ui.opportunities, OpportunityColumn.NAME)
        self.ui.found_close.clicked.connect(self.dismiss_found)

    @property
    def detail(self) -> AccountDetail | None:
        return self._detail

    @property
    def facts(self) -> OverviewFacts | None:
        return self._facts

    @property
    def found(self) -> RecordRef | None:
        """The record opened from a search and shown in the banner, if any."""
        return self._found

    def load(self, account_uuid: uuid.UUID) -> None:
        """Read the account from the planner and show it; NotFound if it is gone."""
        if account_uuid != self.account_uuid:
            self.dismiss_found()
        detail = accounts.get(self.db, account_uuid)
        facts = overview.facts(self.db, account_uuid)
        moved = account_uuid != self.account_uuid
        super().load(account_uuid)
        self._detail, self._facts = detail, facts
        self._fill()
        if moved:
            self.ui.scroll.verticalScrollBar().setValue(0)

    def forget(self) -> None:
        super().forget()
        self._detail = self._facts = None
        self.dismiss_found()

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        """Show a person or interaction of this account in the banner (the account itself: scroll up)."""
        if entity == Entity.ACCOUNT:
            self.dismiss_found()
            self.ui.scroll.verticalScrollBar().setValue(0)
            return True
        try:
            found = overview.locate(self.db, entity, record_uuid)
        except NotFound:
            return False
        if found.account_uuid != self.account_uuid:
            return False
        self._found = found
        self._fill_found()
        row = self._activity.row_of(record_uuid)
        if row is not None:
            index = self._activity.index(row, 0)
            self.ui.activity.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.ui.scroll.verticalScrollBar().setValue(0)
        return True

    def dismiss_found(self) -> None:
        self._found = None
        self.ui.found.hide()
        self.ui.activity.clearSelection()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            if self._detail is not None:
                self._fill()
        super().changeEvent(event)

    # -- filling -------------------------------------------------------------------

    def _fill(self) -> None:
        d, f = self._detail, self._facts
        assert d is not None and f is not None
        ui = self.ui
        ui.name.setText(d.name)
        ui.legal_name.setText(d.legal_name or "")
        ui.legal_name.setVisible(bool(d.legal_name) and d.legal_name != d.name)
        ui.standing.setText(
            self.tr("{stage} · {tier} account").format(stage=stage_label(d.stage), tier=tier_label(d.tier))
        )
        self._fill_figures(d, f)
        self._fill_open_items(d, f)
        self._activity.set_items(f.recent)
        ui.activity.setVisible(bool(f.recent))
        ui.no_activity.setVisible(not f.recent)
        _fit_rows(ui.activity, self._activity.rowCount())
        values = {
            "industry": d.industry,
            "region": d.region,
            "country": country_name(d.country),
            "language": language_name(d.language),
            "currency": d.currency,
            "wallet_spend": formatting.money(d.wallet_spend, d.currency, decimals=0),
            "next_review": formatting.short_date(d.next_review_on),
        }
        for key, value in values.items():
            ui.fact_values[key].setText(value or formatting.EMPTY)
        ui.website.setText(_link(d.website))
        ui.goals.setText(d.strategic_goals or formatting.EMPTY)
        ui.description.setText(d.description or formatting.EMPTY)
        self._history.set_entries(d.stage_history)
        _fit_rows(ui.history, self._history.rowCount())
        if self._found is not None:
            self._fill_found()

    def _fill_figures(self, d: AccountDetail, f: OverviewFacts) -> None:
        tiles = self.ui.figures
        tiles["revenue"].value.setText(formatting.money(d.annual_revenue, d.currency, decimals=0))
        tiles["revenue"].note.setText(self.tr("per year"))
        tiles["share_of_wallet"].value.setText(formatting.percent(d.share_of_wallet))
        tiles["share_of_wallet"].note.setText(
            self.tr("of {amount}").format(amount=formatting.money(d.wallet_spend, d.currency, decimals=0))
            if d.wallet_spend
            else self.tr("client spend unknown")
        )
        pipeline = f.pipeline
        tiles["pipeline"].value.setText(
            " + ".join(formatting.money(v, c, decimals=0) for c, v in sorted(pipeline.items()))
            or formatting.money(0, d.currency, decimals=0)
        )
        tiles["pipeline"].note.setText(
            self.tr("open opportunities: {count}").format(count=formatting.integer(len(f.open_opportunities)))
        )
        tiles["people"].value.setText(formatting.integer(f.people))
        tiles["people"].note.setText(self.tr("at the account"))
        tiles["last_contact"].value.setText(formatting.short_date(f.last_contact))
        tiles["last_contact"].note.setText(self._days_ago(f.last_contact))
        tiles["last_contact"].value.setToolTip(formatting.long_datetime(f.last_contact))
        tiles["open_tickets"].value.setText(formatting.integer(f.open_tickets))
        tiles["open_tickets"].note.setText(self.tr("requests, incidents, complaints"))

    def _fill_open_items(self, d: AccountDetail, f: OverviewFacts) -> None:
        lines = []
        if f.overdue_actions:
            lines.append(
                "<b>"
                + escape(
                    self.tr("Overdue plan actions: {count}").format(
                        count=formatting.integer(f.overdue_actions)
                    )
                )
                + "</b>"
            )
        if f.open_tickets:
            lines.append(
                escape(self.tr("Open tickets: {count}").format(count=formatting.integer(f.open_tickets)))
            )
        if d.next_review_on is not None:
            text = self.tr("Next account review: {date}").format(date=formatting.short_date(d.next_review_on))
            if d.next_review_on < f.as_of:
                text = self.tr("Account review overdue since {date}").format(
                    date=formatting.short_date(d.next_review_on)
                )
                lines.append(f"<b>{escape(text)}</b>")
            else:
                lines.append(escape(text))
        if not f.open_opportunities:
            lines.append(escape(self.tr("No open opportunities.")))
        if not lines:
            lines.append(escape(self.tr("Nothing open.")))
        self.ui.open_items.setText("<br>".join(lines))
        self._opportunities.set_items(f.open_opportunities)
        self.ui.opportunities.setVisible(bool(f.open_opportunities))
        _fit_rows(self.ui.opportunities, self._opportunities.rowCount())

    def _fill_found(self) -> None:
        found = self._found
        assert found is not None
        ui = self.ui
        if found.entity == Entity.INTERACTION and found.kind is not None:
            heading = interaction_kind_label(found.kind)
        else:
            heading = entity_label(found.entity)
        if found.when is not None:
            heading = f"{heading} · {formatting.short_date(found.when)}"
        ui.found_heading.setText(heading)
        ui.found_title.setText(found.title or formatting.EMPTY)
        ui.found_detail.setText(found.detail or "")
        ui.found_detail.setVisible(bool(found.detail))
        ui.found.show()

    def _days_ago(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("no contact recorded")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        days = (datetime.now(UTC).date() - moment.astimezone(UTC).date()).days
        if days <= 0:
            return self.tr("today")
        return _PLURALS.days_ago(days)


def _fit_rows(table: QTableView, rows: int) -> None:
    """Size a table to its rows (up to ROWS_SHOWN), so the page scrolls rather than the table."""
    table.resizeRowsToContents()
    shown = min(rows, ROWS_SHOWN)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(shown))
    table.setFixedHeight(height)
    table.setVerticalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded if rows > ROWS_SHOWN else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )


def _link(website: str | None) -> str:
    """The website as a clickable link (escaped: it is user data shown as rich text)."""
    if not website:
        return escape(formatting.EMPTY)
    url = website if "://" in website else f"https://{website}"
    return f'<a href="{escape(url, quote=True)}">{escape(website)}</a>'
