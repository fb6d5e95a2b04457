"""The Stakeholders tab: the account's people as an org chart or a power/interest grid.

Each load reads the account's map once (``planner.stakeholders.service.load_map``,
a few set-based queries) and lets the planner lay it out; the tab narrows it to a
site or business unit, words the gaps beside it, highlights what changed since a
compared baseline, and rebuilds the scene. Edits on the map go through
``MapEditor`` as undo commands; the tab refreshes when a ``Changes`` touches the
account's people or map.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QWidget

from planner.changes import Entity
from planner.stakeholders.gaps import find_gaps
from planner.stakeholders.model import StakeholderMap, View
from planner.stakeholders.service import load_map
from ui import formatting
from ui.messages import show_failure
from ui.stakeholders.editor import MapEditor, record_editor
from ui.stakeholders.export import MapExporter
from ui.stakeholders.scene import MapScene
from ui.stakeholders.tab_view import StakeholdersTabView
from ui.workspace import AccountTab, WorkspaceContext

translate = QCoreApplication.translate
VIEW_KEY = "stakeholders/view"
SPLITTER_KEY = "stakeholders/splitter"
QUEUED = Qt.ConnectionType.QueuedConnection


def narrow_to_unit(smap: StakeholderMap, unit: str | None) -> StakeholderMap:
    """The map's people of one business unit (department); lines and links leaving it are dropped."""
    if unit is None:
        return smap
    people = tuple(p for p in smap.people if p.department == unit)
    keep = {p.uuid for p in people}
    links = tuple(k for k in smap.links if k.source in keep and k.target in keep)
    return dataclasses.replace(smap, people=people, links=links)


class StakeholdersTab(AccountTab):
    """The map, its filters and views, the gaps and the history beside it."""

    entities = frozenset(
        {Entity.PERSON, Entity.STAKEHOLDER_MAP, Entity.INTERACTION, Entity.SITE, Entity.TEAM_MEMBER}
    )
    opens = frozenset({Entity.PERSON})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The map's date (None: today); tests and screenshots pin it.
        self.as_of: date | None = None
        self.site: uuid.UUID | None = None
        self.unit: str | None = None
        self.full: StakeholderMap | None = None
        self.shown: StakeholderMap | None = None
        self._fit_pending = False
        self._loading = False
        try:
            self.view_kind = View(str(QSettings().value(VIEW_KEY, View.ORG.value)))
        except ValueError:
            self.view_kind = View.ORG
        self.scene = MapScene(self)
        self.ui = StakeholdersTabView()
        self.ui.setup(self, self.scene, context)
        self.view = self.ui.view
        self.editor = MapEditor(context, self.scene, self)
        self.exporter = MapExporter(context, self)
        self._connect()
        (self.ui.grid_action if self.view_kind == View.GRID else self.ui.org_action).setChecked(True)
        state = QSettings().value(SPLITTER_KEY)
        if state is not None:
            self.ui.splitter.restoreState(state)
        self.ui.add_action.setVisible(record_editor() is not None)
        self._selection_changed()

    def _connect(self) -> None:
        ui = self.ui
        self.scene.cards_dropped.connect(self.editor.cards_dropped, QUEUED)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.link_drawn.connect(self._link_drawn, QUEUED)
        self.view.card_menu_requested.connect(self._card_menu, QUEUED)
        self.view.link_menu_requested.connect(self._link_menu, QUEUED)
        self.view.card_activated.connect(self.editor.edit, QUEUED)
        self.view.zoom_changed.connect(self._show_zoom)
        self.editor.refused.connect(self.show_message)
        self.context.undo_stack.indexChanged.connect(self._edited)
        ui.org_action.triggered.connect(lambda: self.set_view(View.ORG))
        ui.grid_action.triggered.connect(lambda: self.set_view(View.GRID))
        ui.site_combo.currentIndexChanged.connect(self._site_changed)
        ui.unit_combo.currentIndexChanged.connect(self._unit_changed)
        ui.link_action.toggled.connect(self.view.set_link_mode)
        ui.fit_action.triggered.connect(self.view.fit)
        ui.zoom_in_action.triggered.connect(self.view.zoom_in)
        ui.zoom_out_action.triggered.connect(self.view.zoom_out)
        ui.actual_size_action.triggered.connect(self.view.actual_size)
        ui.reset_action.triggered.connect(lambda: self.editor.reset_layout(self.view_kind))
        ui.add_action.triggered.connect(self.add_person)
        ui.export_action.triggered.connect(self.export)
        ui.edit_action.triggered.connect(self._edit_selected)
        ui.delete_action.triggered.connect(lambda: self.editor.delete(self.scene.selected_people()))
        ui.message_close.clicked.connect(ui.message.hide)
        ui.gaps.people_chosen.connect(self.show_people)
        ui.history.people_chosen.connect(self.show_people)
        ui.history.comparison_changed.connect(self._comparison_changed)
        ui.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue(SPLITTER_KEY, ui.splitter.saveState())
        )
        self.exporter.exported.connect(
            lambda path: self.show_message(translate("StakeholdersTab", "Saved {path}").format(path=path))
        )
        self.exporter.failed.connect(lambda error: show_failure(self, error))

    # -- loading ------------------------------------------------------------------------------

    def load(self, account_uuid: uuid.UUID) -> None:
        """Read the account's map and show it; NotFound if the account is gone."""
        moved = account_uuid != self.account_uuid
        full = load_map(self.db, account_uuid, as_of=self.as_of)
        super().load(account_uuid)
        if moved:
            self.site = self.unit = None
            self.ui.message.hide()
            self._fit_pending = True
        self.full = full
        self.editor.account, self.editor.full = account_uuid, full
        self._loading = True
        try:
            self._fill_filters()
            self.ui.history.show_account(account_uuid, full, self.as_of)
        finally:
            self._loading = False
        self._rebuild()

    def forget(self) -> None:
        super().forget()
        self.full = self.shown = None
        self.editor.full = None
        self.scene.clear()

    def _rebuild(self) -> None:
        """Lay out the map as filtered and rebuild the scene, keeping selection and view."""
        if self.full is None:
            return
        by_site = self.full.filtered(self.site)
        self.shown = narrow_to_unit(by_site, self.unit)
        self.ui.gaps.show_gaps(find_gaps(by_site))
        diff = self.ui.history.diff
        changes = diff.by_person() if diff is not None else {}
        selected = self.scene.selected_people()
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        self.scene.show_map(self.shown, self.view_kind, self.font(), changes=changes)
        self.ui.legend.set_lines(self.view_kind == View.ORG)
        self.scene.select_people(selected)
        if self._fit_pending:
            QTimer.singleShot(0, self._apply_fit)
        else:
            self.view.centerOn(centre)
        self._show_status()

    def _apply_fit(self) -> None:
        if self._fit_pending and self.view.isVisible() and self.view.viewport().width() > 50:
            self._fit_pending = False
            self.view.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._apply_fit)

    def _fill_filters(self) -> None:
        ui, full = self.ui, self.full
        assert full is not None
        if self.site not in {s.uuid for s in full.sites}:
            self.site = None
        ui.site_combo.blockSignals(True)
        ui.site_combo.clear()
        ui.site_combo.addItem(translate("StakeholdersTab", "All sites"), None)
        for site in full.sites:
            ui.site_combo.addItem(site.name, site.uuid)
        ui.site_combo.setCurrentIndex(max(0, ui.site_combo.findData(self.site)) if self.site else 0)
        ui.site_combo.blockSignals(False)
        units = sorted(
            {p.department for p in full.filtered(self.site).people if p.department}, key=str.casefold
        )
        if self.unit not in units:
            self.unit = None
        ui.unit_combo.blockSignals(True)
        ui.unit_combo.clear()
        ui.unit_combo.addItem(translate("StakeholdersTab", "All units"), None)
        for unit in units:
            ui.unit_combo.addItem(unit, unit)
        ui.unit_combo.setCurrentIndex(units.index(self.unit) + 1 if self.unit else 0)
        ui.unit_combo.blockSignals(False)

    def _show_status(self) -> None:
        shown = self.shown
        if shown is None:
            return
        left = sum(p.left for p in shown.people)
        stale = sum(p.stale for p in shown.people)
        self.ui.status.setText(
            translate(
                "StakeholdersTab",
                "People: {people} · left: {left} · no recent contact: {stale} · links: {links}",
            ).format(
                people=formatting.integer(len(shown.people) - left),
                left=formatting.integer(left),
                stale=formatting.integer(stale),
                links=formatting.integer(len(shown.links)),
            )
        )
        self._show_zoom(self.view.zoom)

    def _show_zoom(self, zoom: float) -> None:
        self.ui.zoom_label.setText(
            translate("StakeholdersTab", "{zoom} %").format(zoom=formatting.integer(round(zoom * 100)))
        )

    # -- filters and views --------------------------------------------------------------------

    def set_view(self, view: View) -> None:
        """Show the org chart or the power/interest grid."""
        (self.ui.grid_action if view == View.GRID else self.ui.org_action).setChecked(True)
        if view == self.view_kind:
            return
        self.view_kind = View(view)
        QSettings().setValue(VIEW_KEY, self.view_kind.value)
        self._fit_pending = True
        self._rebuild()

    def set_site(self, site: uuid.UUID | None) -> None:
        combo = self.ui.site_combo
        combo.setCurrentIndex(max(0, combo.findData(site)) if site else 0)

    def set_unit(self, unit: str | None) -> None:
        combo = self.ui.unit_combo
        combo.setCurrentIndex(max(0, combo.findData(unit)) if unit else 0)

    def _site_changed(self, index: int) -> None:
        self.site = self.ui.site_combo.itemData(index)
        if self.full is not None:
            self._fill_filters()
            self._fit_pending = True
            self._rebuild()

    def _unit_changed(self, index: int) -> None:
        self.unit = self.ui.unit_combo.itemData(index)
        self._fit_pending = True
        self._rebuild()

    def _comparison_changed(self) -> None:
        if not self._loading:
            self._rebuild()

    # -- people -------------------------------------------------------------------------------

    def show_people(self, people: list[uuid.UUID]) -> None:
        """Select these people's cards and bring them into sight."""
        area = self.scene.select_people(people)
        self.view.reveal(area)

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        """Show a person of this account on the map (clearing filters that hide them)."""
        if entity != Entity.PERSON or self.full is None or record_uuid not in self.full:
            return False
        if self.shown is None or record_uuid not in self.shown:
            self.site = self.unit = None
            self._fill_filters()
            self._rebuild()
        self.show_people([record_uuid])
        return True

    def add_person(self) -> None:
        try:
            from ui.editing import create_record
        except ImportError:
            return
        if self.account_uuid is None:
            return
        created = create_record(self.context, Entity.PERSON, self.account_uuid, self)
        if created is not None:
            self.show_people([created])

    def export(self) -> None:
        if self.shown is None:
            return
        history = self.ui.history
        self.exporter.ask_and_export(
            self.shown, self.view_kind, diff=history.diff, baseline_name=history.baseline_name
        )

    def _edited(self, _index: int) -> None:
        self.ui.message.hide()  # the next edit makes an old refusal moot

    def show_message(self, text: str) -> None:
        self.ui.message_text.setText(text)
        self.ui.message.show()

    def _edit_selected(self) -> None:
        chosen = self.scene.selected_people()
        if chosen:
            self.editor.edit(chosen[0])

    def _selection_changed(self) -> None:
        chosen = bool(self.scene.selected_people())
        self.ui.edit_action.setEnabled(chosen and record_editor() is not None)
        self.ui.delete_action.setEnabled(chosen)

    def _card_menu(self, person: uuid.UUID, where: QPoint) -> None:
        _popup(self.editor.card_menu(person, self), where)

    def _link_menu(self, link, where: QPoint) -> None:
        _popup(self.editor.link_menu(link, self), where)

    def _link_drawn(self, source: uuid.UUID, target: uuid.UUID, where: QPoint) -> None:
        _popup(self.editor.link_kind_menu(source, target, self), where)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            if self.full is not None:
                self._fill_filters()
                self._rebuild()
        super().changeEvent(event)


def _popup(menu, where: QPoint) -> None:
    menu.exec(where)
    menu.deleteLater()


def register(workspace) -> None:
    workspace.register_tab(
        StakeholdersTab,
        lambda: QCoreApplication.translate("AccountWorkspace", "Stakeholders"),
        order=10,
        key="stakeholders",
    )
