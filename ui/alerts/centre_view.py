"""Layout of the alert centre: filters, the list, and the selected alert's detail.

Built like a Qt Designer form: ``setup`` creates the widgets on a host and
``retranslate`` sets every fixed text. From the left: the filters above the alert
list; on the right, what the selected alert says, why it fired (its facts), what can
be done about it, and the records behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.service import widgets

translate = QCoreApplication.translate


class AlertCentreView:
    """The alert centre's widgets."""

    def setup(self, host: QWidget) -> None:
        host.setObjectName("alertCentre")
        outer = QVBoxLayout(host)
        outer.setContentsMargins(6, 6, 6, 6)

        filters = QHBoxLayout()
        self.account_label = QLabel()
        self.account = QComboBox()
        self.account.setObjectName("alertAccount")
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account.setMinimumContentsLength(16)
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("alertKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.severity_label = QLabel()
        self.severity = QComboBox()
        self.severity.setObjectName("alertSeverity")
        self.severity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_dismissed = QCheckBox()
        self.show_dismissed.setObjectName("showDismissed")
        for label, combo in (
            (self.account_label, self.account),
            (self.kind_label, self.kind),
            (self.severity_label, self.severity),
        ):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.show_dismissed)
        filters.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("alertCount")
        filters.addWidget(self.count)
        self.refresh = QPushButton()
        self.refresh.setObjectName("refreshAlerts")
        filters.addWidget(self.refresh)
        outer.addLayout(filters)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = widgets.table("alertList")
        self.table.setSortingEnabled(True)
        self.splitter.addWidget(self.table)

        self.detail = QWidget()
        self.detail.setObjectName("alertDetail")
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(8, 0, 0, 0)
        self.heading = widgets.heading()
        self.heading.setObjectName("alertHeading")
        self.message = widgets.value_label()
        self.message.setObjectName("alertMessage")
        font = QFont(self.message.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.message.setFont(font)
        self.status = widgets.note()
        self.status.setObjectName("alertStatus")
        column.addWidget(self.heading)
        column.addWidget(self.message)
        column.addWidget(self.status)

        buttons = QGridLayout()
        self.acknowledge = QPushButton()
        self.acknowledge.setObjectName("acknowledgeAlert")
        self.snooze = QPushButton()
        self.snooze.setObjectName("snoozeAlert")
        self.snooze_menu = QMenu(self.snooze)
        self.snooze_day = self.snooze_menu.addAction("")
        self.snooze_week = self.snooze_menu.addAction("")
        self.snooze_menu.addSeparator()
        self.snooze_until = self.snooze_menu.addAction("")
        self.snooze.setMenu(self.snooze_menu)
        self.reopen = QPushButton()
        self.reopen.setObjectName("reopenAlert")
        self.go_to = QPushButton()
        self.go_to.setObjectName("goToAccount")
        self.notice = QPushButton()
        self.notice.setObjectName("draftNotice")
        for index, button in enumerate((self.acknowledge, self.snooze, self.reopen)):
            buttons.addWidget(button, 0, index)
        buttons.addWidget(self.go_to, 1, 0)
        buttons.addWidget(self.notice, 1, 1, 1, 2)
        buttons.setColumnStretch(3, 1)
        column.addLayout(buttons)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        self.why = widgets.heading()
        column.addWidget(self.why)
        self.facts_host = QWidget()
        self.facts = QFormLayout(self.facts_host)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addWidget(self.facts_host)
        self.evidence_heading = widgets.heading()
        self.evidence_heading.setObjectName("alertEvidenceHeading")
        column.addWidget(self.evidence_heading)
        self.evidence = widgets.table("alertEvidence")
        self.evidence.setMinimumHeight(140)
        column.addWidget(self.evidence, 1)

        scroll = QScrollArea()
        scroll.setObjectName("alertDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        self.empty = widgets.note()
        self.empty.setObjectName("alertEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(scroll, 1)
        right_column.addWidget(self.empty, 1)
        self.detail_scroll = scroll
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 500])
        outer.addWidget(self.splitter, 1)

        QWidget.setTabOrder(self.account, self.kind)
        QWidget.setTabOrder(self.kind, self.severity)
        QWidget.setTabOrder(self.severity, self.show_dismissed)
        QWidget.setTabOrder(self.show_dismissed, self.table)
        QWidget.setTabOrder(self.table, self.acknowledge)
        QWidget.setTabOrder(self.acknowledge, self.snooze)
        QWidget.setTabOrder(self.snooze, self.reopen)
        QWidget.setTabOrder(self.reopen, self.go_to)
        QWidget.setTabOrder(self.go_to, self.notice)
        QWidget.setTabOrder(self.notice, self.evidence)
        self.retranslate()

    def retranslate(self) -> None:
        self.account_label.setText(translate("AlertCentre", "A&ccount:"))
        self.account.setAccessibleName(translate("AlertCentre", "Account"))
        self.kind_label.setText(translate("AlertCentre", "&Kind:"))
        self.kind.setAccessibleName(translate("AlertCentre", "Kind of alert"))
        self.severity_label.setText(translate("AlertCentre", "Sever&ity:"))
        self.severity.setAccessibleName(translate("AlertCentre", "Severity"))
        self.show_dismissed.setText(translate("AlertCentre", "Show dis&missed"))
        self.show_dismissed.setToolTip(
            translate("AlertCentre", "Also list the alerts acknowledged or snoozed")
        )
        self.refresh.setText(translate("AlertCentre", "Refre&sh"))
        self.refresh.setToolTip(
            translate(
                "AlertCentre",
                "Compute the alerts again now (they are refreshed after every change and every 30 minutes)",
            )
        )
        self.table.setAccessibleName(translate("AlertCentre", "Alerts"))
        self.acknowledge.setText(translate("AlertCentre", "Ackno&wledge"))
        self.acknowledge.setToolTip(
            translate(
                "AlertCentre",
                "Dismiss this alert for good: it comes back only if the situation changes "
                "(a new period, a new delay)",
            )
        )
        self.snooze.setText(translate("AlertCentre", "S&nooze"))
        self.snooze.setToolTip(
            translate("AlertCentre", "Hide this alert until a day; it comes back then if it still holds")
        )
        self.snooze_day.setText(translate("AlertCentre", "For a &Day"))
        self.snooze_week.setText(translate("AlertCentre", "For a &Week"))
        self.snooze_until.setText(translate("AlertCentre", "&Until a Date…"))
        self.reopen.setText(translate("AlertCentre", "&Reopen"))
        self.reopen.setToolTip(
            translate("AlertCentre", "Forget the acknowledgement or snooze: list the alert again")
        )
        self.go_to.setText(translate("AlertCentre", "&Go to Account"))
        self.go_to.setToolTip(translate("AlertCentre", "Select the account and show what the alert is about"))
        self.notice.setText(translate("AlertCentre", "Draft No&tice…"))
        self.notice.setToolTip(
            translate("AlertCentre", "A notice to the client about the delay, in the account's language")
        )
        self.why.setText(translate("AlertCentre", "Why it fired"))
        self.evidence.setAccessibleName(translate("AlertCentre", "Records behind the alert"))
