"""Layout of the account overview: which widgets, where, and their fixed texts.

Built like a Qt Designer form: ``setup`` creates the widgets on a host widget and
``retranslate`` (re)sets every fixed text, so a language switch needs no rebuild.
Filling in an account's values is ``AccountOverview``'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
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
    "revenue",
    "wallet_spend",
    "share_of_wallet",
    "website",
    "next_review",
)


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
    label.setFont(font)
    return label


class AccountOverviewView:
    """The overview's widgets: a hint page and a scrollable profile page in a stack."""

    def setup(self, host: QWidget) -> None:
        host.setObjectName("accountOverview")
        self.stack = QStackedWidget(host)
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.hint_page = QWidget()
        hint_layout = QVBoxLayout(self.hint_page)
        hint_layout.setContentsMargins(24, 24, 24, 24)
        hint_layout.addStretch(1)
        self.hint = _muted(QLabel())
        self.hint.setObjectName("overviewHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        hint_layout.addWidget(self.hint)
        # A command to type, e.g. how to build the demo portfolio: monospaced and selectable.
        self.hint_command = QLabel()
        self.hint_command.setObjectName("overviewHintCommand")
        self.hint_command.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_command.setWordWrap(True)
        self.hint_command.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        hint_layout.addSpacing(8)
        hint_layout.addWidget(self.hint_command)
        hint_layout.addStretch(2)
        self.stack.addWidget(self.hint_page)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile = QWidget()
        self.profile.setObjectName("overviewProfile")
        self.scroll.setWidget(self.profile)
        self.stack.addWidget(self.scroll)

        layout = QVBoxLayout(self.profile)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)

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

        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for key in FACTS:
            caption = _muted(QLabel())
            value = _value_label()
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
        self.history = QTableView()
        self.history.setObjectName("stageHistory")
        self.history.verticalHeader().hide()
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setHighlightSections(False)
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.history)
        layout.addStretch(1)

        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "industry": QCoreApplication.translate("AccountOverview", "Industry"),
            "region": QCoreApplication.translate("AccountOverview", "Region"),
            "country": QCoreApplication.translate("AccountOverview", "Country"),
            "language": QCoreApplication.translate("AccountOverview", "Language"),
            "currency": QCoreApplication.translate("AccountOverview", "Currency"),
            "revenue": QCoreApplication.translate("AccountOverview", "Annual revenue"),
            "wallet_spend": QCoreApplication.translate("AccountOverview", "Wallet spend"),
            "share_of_wallet": QCoreApplication.translate("AccountOverview", "Share of wallet"),
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
        self.goals_heading.setText(QCoreApplication.translate("AccountOverview", "Strategic goals"))
        self.description_heading.setText(QCoreApplication.translate("AccountOverview", "Description"))
        self.history_heading.setText(QCoreApplication.translate("AccountOverview", "Stage history"))
