"""Layout of the Plan tab: the plan tree, opportunities, risks, and team & sites, as sub-tabs.

Built like a Qt Designer form: ``setup`` creates the widgets, ``retranslate``
sets every fixed text. What the buttons do is ``PlanTab``'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyledItemDelegate,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner import enums
from ui.editing.table import RecordsPanel
from ui.editing.widgets import EnumCombo
from ui.tabs import plan_models as models
from ui.tabs.plan_models import STATUS_ROLE, PlanColumn
from ui.workspace import WorkspaceContext


class StatusDelegate(QStyledItemDelegate):
    """Changes a plan item's status in place with a list of the statuses."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = EnumCombo(enums.PlanStatus, parent=parent)
        editor.setAccessibleName(QCoreApplication.translate("plan", "Status"))
        editor.activated.connect(lambda _i: (self.commitData.emit(editor), self.closeEditor.emit(editor)))
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:
        editor.set_value(index.data(STATUS_ROLE))

    def setModelData(self, editor: QWidget, model, index) -> None:
        model.setData(index, str(editor.value()), Qt.ItemDataRole.EditRole)


class PlanView:
    """The Plan tab's widgets."""

    def setup(self, host: QWidget, context: WorkspaceContext) -> None:
        self.sections = QTabWidget(host)
        self.sections.setObjectName("planSections")
        self.sections.setDocumentMode(True)
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.sections)

        # -- the plan tree
        self.plan_page = QWidget()
        column = QVBoxLayout(self.plan_page)
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.status_delegate = StatusDelegate(self.tree)
        self.tree.setItemDelegateForColumn(PlanColumn.STATUS, self.status_delegate)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("planToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # On the tree: Insert adds below the selection, Enter edits, Delete deletes, Ctrl+Up/Down move.
        self.new_goal = self._action("newGoalAction")
        self.new_objective = self._action("newObjectiveAction")
        self.new_action = self._action("newActionAction")
        self.add_here = self._action("addHereAction", "Ins", toolbar=False)
        self.edit_item = self._action("editPlanItemAction", "Return", "Enter")
        self.delete_item = self._action("deletePlanItemAction", "Del")
        self.toolbar.addSeparator()
        self.move_up = self._action("moveUpAction", "Ctrl+Up")
        self.move_down = self._action("moveDownAction", "Ctrl+Down")
        column.addWidget(self.toolbar)
        column.addWidget(self.tree, 1)
        self.plan_summary = QLabel()
        self.plan_summary.setObjectName("planSummary")
        self.plan_summary.setWordWrap(True)
        column.addWidget(self.plan_summary)
        self.sections.addTab(self.plan_page, "")

        # -- opportunities and risks
        self.opportunities = RecordsPanel(context, "opportunities", models.OPPORTUNITY_COLUMNS)
        self.opportunities.footer.show()
        self.sections.addTab(_padded(self.opportunities), "")
        self.risks = RecordsPanel(context, "risks", models.RISK_COLUMNS)
        self.sections.addTab(_padded(self.risks), "")

        # -- team and sites
        self.sites = RecordsPanel(
            context, "sites", models.SITE_COLUMNS, QT_TRANSLATE_NOOP("columns", "Sites")
        )
        self.team = RecordsPanel(
            context,
            "account_team",
            models.TEAM_COLUMNS,
            QT_TRANSLATE_NOOP("columns", "Our team on this account"),
        )
        self.new_colleague = QAction(self.team)
        self.new_colleague.setObjectName("newColleagueAction")
        self.edit_colleague = QAction(self.team)
        self.edit_colleague.setObjectName("editColleagueAction")
        self.team.add_extra(self.new_colleague)
        self.team.add_extra(self.edit_colleague)
        self.contracts = RecordsPanel(
            context, "contracts", models.CONTRACT_COLUMNS, QT_TRANSLATE_NOOP("columns", "Contracts")
        )
        self.competitors = RecordsPanel(
            context, "competitors", models.COMPETITOR_COLUMNS, QT_TRANSLATE_NOOP("columns", "Competitors")
        )
        page = QWidget()
        grid = QGridLayout(page)
        for number, panel in enumerate((self.sites, self.team, self.contracts, self.competitors)):
            panel.setMinimumHeight(220)
            grid.addWidget(panel, number, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.team_page = scroll
        self.sections.addTab(scroll, "")
        self.panels = (
            self.opportunities,
            self.risks,
            self.sites,
            self.team,
            self.contracts,
            self.competitors,
        )
        self.retranslate()

    def _action(self, name: str, *keys: str, toolbar: bool = True) -> QAction:
        action = QAction(self.tree)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def retranslate(self) -> None:
        self.sections.setTabText(0, QCoreApplication.translate("plan", "Account plan"))
        self.sections.setTabText(1, QCoreApplication.translate("plan", "Opportunities"))
        self.sections.setTabText(2, QCoreApplication.translate("plan", "Risks"))
        self.sections.setTabText(3, QCoreApplication.translate("plan", "Team and sites"))
        texts = {
            self.new_goal: (
                QCoreApplication.translate("plan", "New goal…"),
                QCoreApplication.translate("plan", "Add a goal to the account plan"),
            ),
            self.new_objective: (
                QCoreApplication.translate("plan", "New objective…"),
                QCoreApplication.translate("plan", "Add an objective to the selected goal"),
            ),
            self.new_action: (
                QCoreApplication.translate("plan", "New action…"),
                QCoreApplication.translate("plan", "Add an action to the selected objective"),
            ),
            self.add_here: (
                QCoreApplication.translate("plan", "Add here"),
                QCoreApplication.translate("plan", "Add an item under the selection (Insert)"),
            ),
            self.edit_item: (
                QCoreApplication.translate("plan", "Edit…"),
                QCoreApplication.translate("plan", "Edit the selected item (Enter)"),
            ),
            self.delete_item: (
                QCoreApplication.translate("plan", "Delete"),
                QCoreApplication.translate("plan", "Delete the selected item (Delete)"),
            ),
            self.move_up: (
                QCoreApplication.translate("plan", "Move up"),
                QCoreApplication.translate("plan", "Move the selected item up (Ctrl+Up)"),
            ),
            self.move_down: (
                QCoreApplication.translate("plan", "Move down"),
                QCoreApplication.translate("plan", "Move the selected item down (Ctrl+Down)"),
            ),
            self.new_colleague: (
                QCoreApplication.translate("plan", "New colleague…"),
                QCoreApplication.translate("plan", "Add somebody to our team, then to this account"),
            ),
            self.edit_colleague: (
                QCoreApplication.translate("plan", "Edit colleague…"),
                QCoreApplication.translate("plan", "Edit the selected colleague's details"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.tree.setAccessibleName(QCoreApplication.translate("plan", "Account plan"))
        self.tree.setAccessibleDescription(
            QCoreApplication.translate(
                "plan", "Goals, their objectives and actions; F2 changes the status of the selected item"
            )
        )
        for panel in self.panels:
            panel.retranslate()
        self.opportunities.view.setAccessibleName(QCoreApplication.translate("plan", "Opportunities"))
        self.risks.view.setAccessibleName(QCoreApplication.translate("plan", "Risks"))

    def fit_tree(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PlanColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.tree.fontMetrics().horizontalAdvance("M" * 4))
        # The owner's full name may be long: a fixed share, elided, so titles keep their room.
        header.setSectionResizeMode(PlanColumn.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PlanColumn.OWNER, self.tree.fontMetrics().horizontalAdvance("M" * 11))
        for column in (PlanColumn.DUE, PlanColumn.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _padded(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(widget)
    return holder
