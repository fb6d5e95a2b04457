"""The right-hand panel: the selected account's profile and lifecycle history.

It reads one ``AccountDetail`` from the planner each time the selection changes and
shows it; with nothing to show it shows a hint instead, worded by its owner.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QWidget

from planner.database import Database
from planner.errors import NotFound
from planner.services import accounts
from planner.services.accounts import AccountDetail
from ui import formatting
from ui.account_overview_view import AccountOverviewView
from ui.labels import stage_label, tier_label
from ui.models.stage_history import StageHistoryModel

#: The history table grows with its rows up to this many, then scrolls.
HISTORY_ROWS_SHOWN = 8


class AccountOverview(QWidget):
    """Shows one account's profile, or a hint when there is none to show."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._detail: AccountDetail | None = None
        self.ui = AccountOverviewView()
        self.ui.setup(self)
        self._history = StageHistoryModel(self)
        self.ui.history.setModel(self._history)
        self.show_hint(self.tr("Select an account on the left."))

    @property
    def account_uuid(self) -> uuid.UUID | None:
        """The account on show, None while the hint is."""
        return None if self._detail is None else self._detail.uuid

    @property
    def hint_text(self) -> str:
        return self.ui.hint.text()

    @property
    def hint_command(self) -> str:
        return self.ui.hint_command.text()

    def show_hint(self, text: str, command: str = "") -> None:
        """Show ``text`` instead of a profile (nothing selected, empty portfolio, ...).

        ``command`` is something to type in a terminal, shown beneath in a fixed-width font.
        """
        self._detail = None
        self._history.set_entries(())
        self.ui.hint.setText(text)
        self.ui.hint_command.setText(command)
        self.ui.hint_command.setVisible(bool(command))
        self.ui.stack.setCurrentWidget(self.ui.hint_page)

    def show_account(self, account_uuid: uuid.UUID) -> None:
        """Load the account's profile from the planner and show it."""
        try:
            detail = accounts.get(self._db, account_uuid)
        except NotFound:  # deleted meanwhile, e.g. by another window or the CLI
            self.show_hint(self.tr("This account no longer exists."))
            return
        self._detail = detail
        self._fill(detail)
        self.ui.stack.setCurrentWidget(self.ui.scroll)
        self.ui.scroll.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            if self._detail is not None:
                self._fill(self._detail)
        super().changeEvent(event)

    # -- filling -------------------------------------------------------------------

    def _fill(self, d: AccountDetail) -> None:
        ui = self.ui
        ui.name.setText(d.name)
        ui.legal_name.setText(d.legal_name or "")
        ui.legal_name.setVisible(bool(d.legal_name) and d.legal_name != d.name)
        ui.standing.setText(
            self.tr("{stage} · {tier} account").format(stage=stage_label(d.stage), tier=tier_label(d.tier))
        )
        values = {
            "industry": d.industry,
            "region": d.region,
            "country": _country(d.country),
            "language": _language(d.language),
            "currency": d.currency,
            "revenue": formatting.money(d.annual_revenue, d.currency),
            "wallet_spend": formatting.money(d.wallet_spend, d.currency),
            "share_of_wallet": formatting.percent(d.share_of_wallet),
            "next_review": formatting.short_date(d.next_review_on),
        }
        for key, value in values.items():
            ui.fact_values[key].setText(value or formatting.EMPTY)
        ui.website.setText(_link(d.website))
        ui.goals.setText(d.strategic_goals or formatting.EMPTY)
        ui.description.setText(d.description or formatting.EMPTY)
        self._history.set_entries(d.stage_history)
        self._fit_history()

    def _fit_history(self) -> None:
        """Size the history table to its rows, so the panel scrolls rather than the table."""
        table = self.ui.history
        table.resizeRowsToContents()
        rows = min(self._history.rowCount(), HISTORY_ROWS_SHOWN)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(rows))
        table.setFixedHeight(height)


def _country(code: str | None) -> str | None:
    """``DE`` as "Germany (DE)": the name in the app's locale where Qt knows it."""
    if not code:
        return None
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code.upper()})"


def _language(code: str | None) -> str | None:
    if not code:
        return None
    language = QLocale.codeToLanguage(code)
    if language == QLocale.Language.AnyLanguage:
        return code
    return QLocale.languageToString(language)


def _link(website: str | None) -> str:
    """The website as a clickable link (escaped: it is user data shown as rich text)."""
    if not website:
        return escape(formatting.EMPTY)
    url = website if "://" in website else f"https://{website}"
    return f'<a href="{escape(url, quote=True)}">{escape(website)}</a>'
