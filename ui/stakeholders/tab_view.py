"""Layout of the Stakeholders tab: toolbar, message bar, the map with its legend, side panels.

Only widgets, actions and their texts live here; ``ui.tabs.stakeholders`` gives
them behaviour. Shortcuts work while the focus is anywhere in the tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.flow_layout import FlowLayout
from ui.stakeholders.gaps_panel import GapsPanel
from ui.stakeholders.history_panel import HistoryPanel
from ui.stakeholders.legend import MapLegend
from ui.stakeholders.scene import MapScene
from ui.stakeholders.view import MapView
from ui.workspace import WorkspaceContext

translate = QCoreApplication.translate


def _action(
    owner: QWidget,
    name: str,
    keys: list[str] | None = None,
    *,
    checkable: bool = False,
    on: QWidget | None = None,
) -> QAction:
    """An action of the tab; its keys work anywhere in the tab, or only while ``on`` has the focus
    (single keys belong to the map, so that typing in a list or a combo box still types)."""
    action = QAction(owner)
    action.setObjectName(name)
    action.setCheckable(checkable)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if on is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setShortcutContext(context)
    (on or owner).addAction(action)
    return action


def _button(action: QAction, *, small: bool = False) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setObjectName(f"{action.objectName()}Button")
    if small:
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance("MM"))
    return button


class StakeholdersTabView:
    """Builds the tab's widgets on ``tab``; ``retranslate`` sets every text."""

    def setup(self, tab: QWidget, scene: MapScene, context: WorkspaceContext) -> None:
        self.org_action = _action(tab, "orgView", ["Ctrl+Shift+O"], checkable=True)
        self.grid_action = _action(tab, "gridView", ["Ctrl+Shift+G"], checkable=True)
        self.view_group = QActionGroup(tab)
        self.view_group.addAction(self.org_action)
        self.view_group.addAction(self.grid_action)
        self.org_action.setChecked(True)
        self.view = view = MapView(scene)
        self.link_action = _action(tab, "linkMode", ["L"], checkable=True, on=view)
        self.fit_action = _action(tab, "fitMap", ["F"], on=view)
        self.zoom_in_action = _action(tab, "zoomIn", ["+", "=", "Ctrl++"], on=view)
        self.zoom_out_action = _action(tab, "zoomOut", ["-", "Ctrl+-"], on=view)
        self.actual_size_action = _action(tab, "actualSize", ["0", "Ctrl+0"], on=view)
        self.reset_action = _action(tab, "resetLayout")
        self.add_action = _action(tab, "addPerson", ["Ins"], on=view)
        self.export_action = _action(tab, "exportMap", ["Ctrl+Shift+E"])
        self.edit_action = _action(tab, "editSelected", ["Return", "Enter"], on=view)
        delete_keys = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)]
        self.delete_action = _action(tab, "deleteSelected", delete_keys or ["Del"], on=view)

        self.toolbar = QWidget()
        self.toolbar.setObjectName("stakeholderToolbar")
        flow = FlowLayout(self.toolbar, spacing=8)
        views = QWidget()
        row = QHBoxLayout(views)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for action in (self.org_action, self.grid_action):
            row.addWidget(_button(action))
        flow.addWidget(views)
        self.site_label = QLabel()
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("siteFilter")
        self.unit_label = QLabel()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitFilter")
        for label, combo in ((self.site_label, self.site_combo), (self.unit_label, self.unit_combo)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            label.setBuddy(combo)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            row.addWidget(label)
            row.addWidget(combo)
            flow.addWidget(pair)
        for action in (self.link_action, self.reset_action, self.add_action, self.export_action):
            flow.addWidget(_button(action))

        self.message = QFrame()
        self.message.setObjectName("mapMessage")
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setStyleSheet(
            "#mapMessage { background: #fff4e5; border: 1px solid #e0a040;"
            " border-radius: 4px; } #mapMessage QLabel { color: #5a3b00; }"
        )
        row = QHBoxLayout(self.message)
        row.setContentsMargins(10, 4, 4, 4)
        self.message_text = QLabel()
        self.message_text.setObjectName("mapMessageText")
        self.message_text.setWordWrap(True)
        self.message_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_close = QToolButton()
        self.message_close.setObjectName("mapMessageClose")
        self.message_close.setText("×")
        self.message_close.setAutoRaise(True)
        row.addWidget(self.message_text, 1)
        row.addWidget(self.message_close, 0, Qt.AlignmentFlag.AlignTop)
        self.message.hide()

        self.status = QLabel()
        self.status.setObjectName("mapStatus")
        self.status.setWordWrap(True)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("mapZoom")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %"))
        map_side = QWidget()
        column = QVBoxLayout(map_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.view, 1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(4, 0, 0, 0)
        status_row.setSpacing(2)
        status_row.addWidget(self.status, 1)
        zoom = (self.zoom_out_action, None, self.zoom_in_action, self.fit_action, self.actual_size_action)
        for action in zoom:
            status_row.addWidget(self.zoom_label if action is None else _button(action, small=True))
        column.addLayout(status_row)

        self.gaps = GapsPanel()
        self.history = HistoryPanel(context)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("stakeholderSide")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.gaps, "")
        self.side_tabs.addTab(self.history, "")
        self.legend = MapLegend()
        self.side = QWidget()
        side_column = QVBoxLayout(self.side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.side_tabs, 1)
        side_column.addWidget(self.legend)
        self.side.setMinimumWidth(230)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("stakeholderSplitter")
        self.splitter.addWidget(map_side)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 280])
        self.splitter.setChildrenCollapsible(False)

        outer = QVBoxLayout(tab)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        outer.addWidget(self.toolbar)
        outer.addWidget(self.message)
        outer.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.site_combo, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.view)
        QWidget.setTabOrder(self.view, self.side_tabs)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            (
                self.org_action,
                translate("MapTab", "Org Chart"),
                translate("MapTab", "People by reporting line (Ctrl+Shift+O)"),
            ),
            (
                self.grid_action,
                translate("MapTab", "Power/Interest Grid"),
                translate(
                    "MapTab",
                    "People by influence and interest; drag a card to another cell to change "
                    "them (Ctrl+Shift+G)",
                ),
            ),
            (
                self.link_action,
                translate("MapTab", "Draw Link"),
                translate(
                    "MapTab",
                    "Drag from one card to another to draw a reporting line or a link (L, or hold Shift)",
                ),
            ),
            (self.fit_action, translate("MapTab", "Fit"), translate("MapTab", "Show the whole map (F)")),
            (self.zoom_in_action, "+", translate("MapTab", "Zoom in (+)")),
            (self.zoom_out_action, "−", translate("MapTab", "Zoom out (−)")),
            (
                self.actual_size_action,
                translate("MapTab", "Actual Size"),
                translate("MapTab", "Zoom to 100 % (0)"),
            ),
            (
                self.reset_action,
                translate("MapTab", "Reset Layout"),
                translate("MapTab", "Put every card of this view back in its automatic place"),
            ),
            (
                self.add_action,
                translate("MapTab", "Add Person…"),
                translate("MapTab", "Add a person to this account (Ins)"),
            ),
            (
                self.export_action,
                translate("MapTab", "Export…"),
                translate("MapTab", "Save this view as a PNG or SVG picture (Ctrl+Shift+E)"),
            ),
            (
                self.edit_action,
                translate("MapTab", "Edit…"),
                translate("MapTab", "Open the selected person's full record (Enter)"),
            ),
            (
                self.delete_action,
                translate("MapTab", "Delete"),
                translate("MapTab", "Delete the selected people (Del)"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.site_label.setText(translate("MapTab", "&Site:"))
        self.unit_label.setText(translate("MapTab", "&Unit:"))
        self.site_combo.setAccessibleName(translate("MapTab", "Site filter"))
        self.unit_combo.setAccessibleName(translate("MapTab", "Business unit filter"))
        self.view.setAccessibleName(translate("MapTab", "Stakeholder map"))
        self.view.setAccessibleDescription(
            translate(
                "MapTab",
                "Wheel to zoom, middle button or Space and drag to pan, right-click a card for its menu",
            )
        )
        self.message_close.setToolTip(translate("MapTab", "Dismiss"))
        self.message_close.setAccessibleName(translate("MapTab", "Dismiss the message"))
        self.side_tabs.setTabText(0, translate("MapTab", "Gaps"))
        self.side_tabs.setTabText(1, translate("MapTab", "History"))
