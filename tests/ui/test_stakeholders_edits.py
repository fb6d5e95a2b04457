"""Editing on the map: drags, menus, drawn links and deletions, each saved at once and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction

from planner.enums import Attitude, LinkKind
from planner.stakeholders.model import View
from planner.stakeholders.service import load_map
from ui.tabs import stakeholders as tab_module

from .test_stakeholders_support import (  # noqa: F401 - fixtures
    AS_OF,
    LARGEST,
    centre,
    demo_db_fixture,
    demo_file_fixture,
    drag,
    open_account,
    right_click,
    space_fixture,
)


def fresh(tab):
    """The account's map as the database has it now."""
    return load_map(tab.db, tab.account_uuid, as_of=AS_OF)


@pytest.fixture
def chosen(monkeypatch):
    """Menus the map pops up are not shown: the named action is triggered instead."""
    picks: list[str] = []
    shown: list = []

    def popup(menu, _where) -> None:
        shown.append(menu)
        if picks:
            menu.findChild(QAction, picks.pop(0)).trigger()

    monkeypatch.setattr(tab_module, "_popup", popup)
    return picks, shown


def test_dragging_on_the_grid_changes_influence_and_interest_and_undo_restores(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    tab.set_view(View.GRID)
    qtbot.waitUntil(lambda: not tab._fit_pending)
    person = next(p for p in tab.full.people if p.active and p.influence <= 2 and p.interest <= 2)
    card = tab.scene.cards[person.uuid]
    target = tab.scene.layout.cell_box(5, 5)
    drag(tab.view, card.scenePos(), QPointF(target.cx, target.cy))
    qtbot.waitUntil(lambda: fresh(tab).person(person.uuid).influence == 5)
    after = fresh(tab).person(person.uuid)
    assert (after.influence, after.interest) == (5, 5) and after.grid_position is not None
    moved = tab.scene.cards[person.uuid]  # the scene was rebuilt: the card sits in its new cell
    assert tab.scene.layout.cell_at(moved.pos().x(), moved.pos().y()) == (5, 5)
    others = [c for u, c in tab.scene.cards.items() if u != person.uuid]
    rect = moved.rect.translated(moved.pos())
    assert not any(rect.intersects(c.rect.translated(c.pos())) for c in others)  # snapped to a free slot
    assert tab.context.undo_stack.undoText() == "Move on Grid"
    tab.context.undo_stack.undo()
    back = fresh(tab).person(person.uuid)
    assert (back.influence, back.interest, back.grid_position) == (person.influence, person.interest, None)
    tab.context.undo_stack.redo()
    assert (fresh(tab).person(person.uuid).influence, fresh(tab).person(person.uuid).interest) == (5, 5)


def test_dragging_on_the_org_chart_saves_the_place_and_undo_removes_it(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    person = next(p for p in tab.full.people if p.manager is not None and p.org_position is None)
    start = centre(tab.view, tab.scene.cards[person.uuid])
    drag(tab.view, start, start + QPointF(180, 90))
    qtbot.waitUntil(lambda: fresh(tab).person(person.uuid).org_position is not None)
    x, y = fresh(tab).person(person.uuid).org_position
    assert (x, y) == pytest.approx((start.x() + 180, start.y() + 90), abs=1.0)
    card = tab.scene.cards[person.uuid]
    assert card.pos() == QPointF(x, y)
    line = next(c for c in tab.scene.connectors if c.report is card)
    assert line.path().elementCount() >= 2
    assert tab.context.undo_stack.undoText() == "Move Card"
    tab.context.undo_stack.undo()
    assert fresh(tab).person(person.uuid).org_position is None
    assert tab.scene.cards[person.uuid].pos() == start


def test_reset_layout_forgets_the_places_and_undo_brings_them_back(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    person = tab.full.people[3]
    start = centre(tab.view, tab.scene.cards[person.uuid])
    drag(tab.view, start, start + QPointF(0, 240))
    qtbot.waitUntil(lambda: fresh(tab).person(person.uuid).org_position is not None)
    place = fresh(tab).person(person.uuid).org_position
    tab.ui.reset_action.trigger()
    assert fresh(tab).person(person.uuid).org_position is None
    tab.context.undo_stack.undo()
    assert fresh(tab).person(person.uuid).org_position == place


def test_changing_attitude_from_the_context_menu_and_undo(qtbot, space, chosen):
    picks, shown = chosen
    tab = open_account(qtbot, space, LARGEST)
    person = next(p for p in tab.full.people if p.active and p.attitude != Attitude.BLOCKER)
    picks.append("attitude_blocker")
    right_click(tab.view, centre(tab.view, tab.scene.cards[person.uuid]))
    qtbot.waitUntil(lambda: fresh(tab).person(person.uuid).attitude == Attitude.BLOCKER)
    menu = shown[0]
    assert menu.objectName() == "cardMenu"
    names = {a.objectName() for a in menu.findChildren(QAction)}
    assert {"deletePerson", "attitude_champion", "attitude_blocker"} <= names
    assert "editPerson" in names  # the full record, from ui.editing
    assert tab.scene.cards[person.uuid].edge.name() == "#c62828"
    tab.context.undo_stack.undo()
    assert fresh(tab).person(person.uuid).attitude == person.attitude


def test_setting_the_owner_and_undo(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    person = next(p for p in tab.full.people if p.active and p.owner is not None)
    menu = tab.editor.card_menu(person.uuid, tab)
    owners = menu.findChild(type(menu), "ownerMenu")
    nobody = owners.actions()[0]
    nobody.trigger()
    assert fresh(tab).person(person.uuid).owner is None
    assert tab.scene.cards[person.uuid].owner_text.endswith("no owner")
    tab.context.undo_stack.undo()
    assert fresh(tab).person(person.uuid).owner == person.owner


def test_shift_dragging_between_cards_draws_an_influence_link_and_undo_removes_it(qtbot, space, chosen):
    picks, shown = chosen
    tab = open_account(qtbot, space, LARGEST)
    source, target = tab.full.people[10], tab.full.people[11]
    existing = {(k.source, k.target, k.kind) for k in tab.full.links}
    assert (source.uuid, target.uuid, LinkKind.INFLUENCE) not in existing
    tab.view.set_zoom(0.6)
    a, b = tab.scene.cards[source.uuid], tab.scene.cards[target.uuid]
    tab.view.centerOn((a.scenePos() + b.scenePos()) / 2)
    picks.append("link_influence")
    place = a.scenePos()
    drag(tab.view, a.scenePos(), b.scenePos(), Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(fresh(tab).links) == len(existing) + 1)
    assert shown[0].objectName() == "linkKindMenu"
    assert tab.scene.cards[source.uuid].scenePos() == place  # the card did not move
    links = fresh(tab).links
    assert (source.uuid, target.uuid, LinkKind.INFLUENCE) in {(k.source, k.target, k.kind) for k in links}
    assert any(item.link.kind == LinkKind.INFLUENCE and item.directed for item in tab.scene.links)
    tab.context.undo_stack.undo()
    assert len(fresh(tab).links) == len(existing)
    tab.context.undo_stack.redo()
    assert len(fresh(tab).links) == len(existing) + 1


def test_a_reporting_cycle_is_refused_with_a_message(qtbot, space, chosen):
    picks, _shown = chosen
    tab = open_account(qtbot, space, LARGEST)
    report = next(p for p in tab.full.people if p.manager is not None)
    manager = tab.full.person(report.manager)
    count = tab.context.undo_stack.count()
    picks.append("link_reports")
    tab.ui.link_action.trigger()  # link mode: a plain drag draws
    assert tab.view.link_mode
    tab.view.set_zoom(0.5)
    a, b = tab.scene.cards[manager.uuid], tab.scene.cards[report.uuid]
    tab.view.centerOn((a.scenePos() + b.scenePos()) / 2)
    drag(tab.view, a.scenePos(), b.scenePos())  # the manager "reports to" their own report
    qtbot.waitUntil(lambda: tab.ui.message.isVisible())
    assert "cycle" in tab.ui.message_text.text()
    assert tab.context.undo_stack.count() == count
    assert fresh(tab).person(manager.uuid).manager == manager.manager
    # a line that closes no cycle is drawn, and undone
    bosses = {x.manager for x in tab.full.people}
    leaf = next(p for p in tab.full.people if p.uuid not in bosses and p.manager not in (None, manager.uuid))
    assert tab.editor.reports_to(leaf.uuid, manager.uuid)
    assert not tab.ui.message.isVisible()
    assert fresh(tab).person(leaf.uuid).manager == manager.uuid
    tab.context.undo_stack.undo()
    assert fresh(tab).person(leaf.uuid).manager == leaf.manager


def test_deleting_people_and_undo(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    victims = [tab.full.people[5].uuid, tab.full.people[6].uuid]
    tab.scene.select_people(victims)
    tab.ui.delete_action.trigger()
    assert not set(victims) & set(tab.scene.cards)
    assert tab.context.undo_stack.undoText() == "Delete People"
    tab.context.undo_stack.undo()
    assert set(victims) <= set(tab.scene.cards)


def test_removing_a_link_from_its_menu_and_undo(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    link = tab.full.links[0]
    tab.editor.link_menu(link, tab).findChild(QAction, "removeLink").trigger()
    assert link.uuid not in {k.uuid for k in fresh(tab).links}
    tab.context.undo_stack.undo()
    again = {(k.source, k.target, k.kind, k.strength) for k in fresh(tab).links}
    assert (link.source, link.target, link.kind, link.strength) in again


def test_keys_on_the_map_delete_and_fit(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    space.activateWindow()
    qtbot.waitUntil(lambda: space.isActiveWindow())
    tab.view.setFocus()
    victim = tab.full.people[7].uuid
    tab.scene.select_people([victim])
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert victim not in tab.scene.cards
    tab.view.set_zoom(1.0)
    qtbot.keyClick(tab.view, Qt.Key.Key_F)
    assert tab.view.zoom < 0.9
    qtbot.keyClick(tab.view, Qt.Key.Key_L)
    assert tab.view.link_mode and tab.ui.link_action.isChecked()
