"""Layout of the account overview: which widgets, where, and their fixed texts.

Built like a Qt Designer form: ``setup`` creates the widgets on a host widget and
``retranslate`` (re)sets every fixed text, so a language switch needs no rebuild.
Filling in an account's values is ``AccountOverview``'s job. From the top: the
record opened from a search (when there is one), the name and standing, key
figures, open items, recent activity, the profile, goals, and the stage history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: Facts shown as "label: value" rows, in this order.
FACTS = (
    "industry",
    "region",
    "country",
    "language",
    "currency",
    "wallet_spend",
    "website",
    "next_review",
)
#: Key figures shown as tiles, three to a row.
FIGURES = ("revenue", "share_of_wallet", "pipeline", "people", "last_contact", "open_tickets")
FIGURE_COLUMNS = 3


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _table(name: str) -> QTableView:
    """A read-only table that grows with its rows (the page scrolls, not the table).

    The last column takes the width left (``stretch_column`` picks another); the others
    are as wide as their contents.
    """
    table = QTableView()
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setTabKeyNavigation(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


def stretch_column(table: QTableView, column: int) -> None:
    """Let ``column`` take the width the others leave, eliding (call after setting the model)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class FigureTile(QFrame):
    """One key figure: a caption, the value in large type, and a note beneath."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"figure_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        self.caption = _muted(QLabel())
        self.caption.setWordWrap(True)
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.note = _muted(QLabel())
        self.note.setWordWrap(True)
        for label in (self.caption, self.value, self.note):
            layout.addWidget(label)
        layout.addStretch(1)


class AccountOverviewView:
    """The overview's widgets, on one scrollable page."""

    def setup(self, host: QWidget) -> None:
        host.setObjectName("accountOverview")
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile = QWidget()
        self.profile.setObjectName("overviewProfile")
        self.scroll.setWidget(self.profile)
        outer.addWidget(self.scroll)

        layout = QVBoxLayout(self.profile)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        self._found_banner(layout)

        self.name = _value_label()
        self.name.setObjectName("overviewName")
        title_font = self.name.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setWeight(QFont.Weight.Bold)
        self.name.setFont(title_font)
        layout.addWidget(self.name)
        self.legal_name = _muted(_value_label())
        layout.addWidget(self.legal_name)
        self.standing = _value_label()
        self.standing.setObjectName("overviewStanding")
        layout.addWidget(self.standing)
        layout.addSpacing(8)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.figures: dict[str, FigureTile] = {}
        for i, key in enumerate(FIGURES):
            tile = FigureTile(key)
            self.figures[key] = tile
            grid.addWidget(tile, i // FIGURE_COLUMNS, i % FIGURE_COLUMNS)
        for column in range(FIGURE_COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        layout.addSpacing(10)
        self.open_items_heading = _heading()
        layout.addWidget(self.open_items_heading)
        self.open_items = _value_label()
        self.open_items.setObjectName("openItems")
        self.open_items.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.open_items)
        self.opportunities = _table("openOpportunities")
        layout.addWidget(self.opportunities)

        layout.addSpacing(10)
        self.activity_heading = _heading()
        layout.addWidget(self.activity_heading)
        self.activity = _table("recentActivity")
        self.activity.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.activity)
        self.no_activity = _muted(_value_label())
        layout.addWidget(self.no_activity)

        layout.addSpacing(10)
        self.profile_heading = _heading()
        layout.addWidget(self.profile_heading)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for key in FACTS:
            caption = _muted(QLabel())
            value = _value_label()
            caption.setBuddy(value)
            self.fact_labels[key] = caption
            self.fact_values[key] = value
            self.facts.addRow(caption, value)
        self.website = self.fact_values["website"]
        self.website.setTextFormat(Qt.TextFormat.RichText)
        self.website.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.website.setOpenExternalLinks(True)
        layout.addLayout(self.facts)

        self.goals_heading = _heading()
        self.goals = _value_label()
        self.description_heading = _heading()
        self.description = _value_label()
        for heading, text in (
            (self.goals_heading, self.goals),
            (self.description_heading, self.description),
        ):
            layout.addSpacing(10)
            layout.addWidget(heading)
            layout.addWidget(text)

        layout.addSpacing(10)
        self.history_heading = _heading()
        layout.addWidget(self.history_heading)
        self.history = _table("stageHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.history)
        layout.addStretch(1)

        self.retranslate()

    def _found_banner(self, layout: QVBoxLayout) -> None:
        """The record opened from a search, until dismissed or another account is shown."""
        self.found = QFrame()
        self.found.setObjectName("foundRecord")
        self.found.setFrameShape(QFrame.Shape.StyledPanel)
        self.found.setAutoFillBackground(True)
        self.found.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row = QHBoxLayout(self.found)
        row.setContentsMargins(10, 6, 6, 6)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.found_heading = _muted(QLabel())
        self.found_title = _value_label()
        font = self.found_title.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.found_title.setFont(font)
        self.found_detail = _value_label()
        for label in (self.found_heading, self.found_title, self.found_detail):
            column.addWidget(label)
        row.addLayout(column, 1)
        self.found_close = QToolButton()
        self.found_close.setObjectName("dismissFound")
        self.found_close.setText("×")
        self.found_close.setAutoRaise(True)
        row.addWidget(self.found_close, 0, Qt.AlignmentFlag.AlignTop)
        self.found.hide()
        layout.addWidget(self.found)
        layout.addSpacing(4)

    def retranslate(self) -> None:
        captions = {
            "industry": QCoreApplication.translate("AccountOverview", "Industry"),
            "region": QCoreApplication.translate("AccountOverview", "Region"),
            "country": QCoreApplication.translate("AccountOverview", "Country"),
            "language": QCoreApplication.translate("AccountOverview", "Language"),
            "currency": QCoreApplication.translate("AccountOverview", "Currency"),
            "wallet_spend": QCoreApplication.translate("AccountOverview", "Wallet spend"),
            "website": QCoreApplication.translate("AccountOverview", "Website"),
            "next_review": QCoreApplication.translate("AccountOverview", "Next review"),
        }
        for key, caption in captions.items():
            self.fact_labels[key].setText(caption)
        self.fact_labels["wallet_spend"].setToolTip(
            QCoreApplication.translate(
                "AccountOverview", "What the client spends in a year in the categories we sell"
            )
        )
        figures = {
            "revenue": QCoreApplication.translate("AccountOverview", "Annual revenue"),
            "share_of_wallet": QCoreApplication.translate("AccountOverview", "Share of wallet"),
            "pipeline": QCoreApplication.translate("AccountOverview", "Open pipeline"),
            "people": QCoreApplication.translate("AccountOverview", "Stakeholders"),
            "last_contact": QCoreApplication.translate("AccountOverview", "Last contact"),
            "open_tickets": QCoreApplication.translate("AccountOverview", "Open tickets"),
        }
        for key, caption in figures.items():
            self.figures[key].caption.setText(caption)
            self.figures[key].setAccessibleName(caption)
        self.open_items_heading.setText(QCoreApplication.translate("AccountOverview", "Open items"))
        self.activity_heading.setText(QCoreApplication.translate("AccountOverview", "Recent activity"))
        self.activity.setAccessibleName(QCoreApplication.translate("AccountOverview", "Recent activity"))
        self.opportunities.setAccessibleName(
            QCoreApplication.translate("AccountOverview", "Open opportunities")
        )
        self.no_activity.setText(
            QCoreApplication.translate("AccountOverview", "No interactions recorded yet.")
        )
        self.profile_heading.setText(QCoreApplication.translate("AccountOverview", "Profile"))
        self.goals_heading.setText(QCoreApplication.translate("AccountOverview", "Strategic goals"))
        self.description_heading.setText(QCoreApplication.translate("AccountOverview", "Description"))
        self.history_heading.setText(QCoreApplication.translate("AccountOverview", "Stage history"))
        self.history.setAccessibleName(QCoreApplication.translate("AccountOverview", "Stage history"))
        self.found_close.setToolTip(QCoreApplication.translate("AccountOverview", "Dismiss"))
        self.found_close.setAccessibleName(QCoreApplication.translate("AccountOverview", "Dismiss"))
