"""Layout of the Timeline tab: filters on top, the activity chart, the list and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.timeline.chart import ActivityPanel
from ui.timeline.delegate import TimelineDelegate
from ui.timeline.detail import DetailPane
from ui.timeline.filters import FilterBar


class TimelineView:
    """Creates the widgets and actions of a TimelineTab (Designer-style ``setup``)."""

    def setup(self, tab: QWidget) -> None:
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        self.filters = FilterBar()
        self.chart_toggle = QToolButton()
        self.chart_toggle.setObjectName("timelineChartToggle")
        self.chart_toggle.setCheckable(True)
        self.chart_toggle.setChecked(True)
        self.log_button = QToolButton()
        self.log_button.setObjectName("timelineQuickLog")
        self.log_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filters.top_row.addWidget(self.chart_toggle)
        self.filters.top_row.addWidget(self.log_button)
        outer.addWidget(self.filters)

        self.activity = ActivityPanel()
        self.list = QListView()
        self.list.setObjectName("timelineList")
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        self.list.setMouseTracking(True)
        self.empty = QLabel()
        self.empty.setObjectName("timelineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)

        self.detail = DetailPane()
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.setObjectName("timelineLowerSplitter")
        self.lower.addWidget(self.list_stack)
        self.lower.addWidget(self.detail)
        self.lower.setStretchFactor(0, 3)
        self.lower.setStretchFactor(1, 1)
        self.lower.setChildrenCollapsible(False)
        line = tab.fontMetrics().height()
        self.detail.setMinimumWidth(line * 15)
        self.lower.setSizes([line * 40, line * 20])

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.activity)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([line * 21, line * 27])
        outer.addWidget(self.splitter, 1)

        self.quick_log_action = QAction(tab)
        self.quick_log_action.setObjectName("quickLogAction")
        self.quick_log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quick_log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tab.addAction(self.quick_log_action)
        self.log_button.setDefaultAction(self.quick_log_action)
        self.edit_action = QAction(tab)
        self.edit_action.setObjectName("timelineEditAction")
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(self.edit_action)
        self.delete_action = QAction(tab)
        self.delete_action.setObjectName("timelineDeleteAction")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(self.delete_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        QWidget.setTabOrder(self.filters.search, self.chart_toggle)
        QWidget.setTabOrder(self.chart_toggle, self.log_button)
        QWidget.setTabOrder(self.log_button, self.filters.channels)
        QWidget.setTabOrder(self.filters.channels, self.filters.person)
        QWidget.setTabOrder(self.filters.person, self.filters.team)
        QWidget.setTabOrder(self.filters.team, self.filters.direction)
        QWidget.setTabOrder(self.filters.direction, self.filters.period)
        QWidget.setTabOrder(self.filters.period, self.filters.since)
        QWidget.setTabOrder(self.filters.since, self.filters.until)
        QWidget.setTabOrder(self.filters.until, self.filters.clear)
        QWidget.setTabOrder(self.filters.clear, self.list)
        QWidget.setTabOrder(self.list, self.detail.edit)
        QWidget.setTabOrder(self.detail.edit, self.detail.delete)
        self.retranslate()

    def retranslate(self) -> None:
        self.chart_toggle.setText(QCoreApplication.translate("TimelineTab", "Chart"))
        self.chart_toggle.setToolTip(
            QCoreApplication.translate("TimelineTab", "Show or hide the activity chart")
        )
        self.chart_toggle.setAccessibleName(QCoreApplication.translate("TimelineTab", "Activity chart"))
        self.quick_log_action.setText(QCoreApplication.translate("TimelineTab", "Quick &Log…"))
        self.quick_log_action.setToolTip(
            QCoreApplication.translate("TimelineTab", "Record a call, visit or note (Ctrl+L)")
        )
        self.log_button.setAccessibleName(QCoreApplication.translate("TimelineTab", "Quick log"))
        self.edit_action.setText(QCoreApplication.translate("TimelineTab", "&Edit…"))
        self.delete_action.setText(QCoreApplication.translate("TimelineTab", "&Delete"))
        self.list.setAccessibleName(QCoreApplication.translate("TimelineTab", "Timeline"))
