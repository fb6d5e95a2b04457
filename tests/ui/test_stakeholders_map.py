"""The Stakeholders tab shows the map: cards, lines, views, filters, gaps, history and export."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from planner.enums import Attitude
from planner.stakeholders import baseline
from planner.stakeholders.baseline import ChangeKind
from planner.stakeholders.gaps import GapKind
from planner.stakeholders.model import View
from ui.stakeholders.cards import CardItem
from ui.stakeholders.side_list import PEOPLE_ROLE, TITLE_ROLE

from .test_stakeholders_support import (  # noqa: F401 - fixtures
    CHAMPION_LEFT,
    LARGEST,
    demo_db_fixture,
    demo_file_fixture,
    open_account,
    space_fixture,
)


def card_rects(scene) -> list[QRectF]:
    return [card.rect.translated(card.pos()) for card in scene.cards.values()]


def assert_no_overlap(rects: list[QRectF]) -> None:
    rects = sorted(rects, key=QRectF.left)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if b.left() >= a.right():
                break
            assert not a.intersects(b), f"cards overlap: {a} and {b}"


def test_the_org_chart_has_a_card_per_person_and_a_line_per_reporting_line(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    scene, shown = tab.scene, tab.shown
    assert len(shown.people) >= 50
    assert set(scene.cards) == {p.uuid for p in shown.people}
    assert len(scene.connectors) == len(shown.reporting_lines)
    assert {(c.report.uuid, c.manager.uuid) for c in scene.connectors} == set(shown.reporting_lines)
    assert len(scene.links) == len(shown.links)
    assert_no_overlap(card_rects(scene))
    # people who left are shown, greyed and tagged, not dropped
    gone = [p for p in shown.people if p.left]
    assert gone and all(scene.cards[p.uuid].left_text for p in gone)
    assert "People: " in tab.ui.status.text()


def test_the_grid_places_people_by_influence_and_interest(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    tab.ui.grid_action.trigger()
    qtbot.waitUntil(lambda: not tab._fit_pending)
    scene = tab.scene
    assert scene.view == View.GRID and set(scene.cards) == {p.uuid for p in tab.shown.people}
    assert not scene.connectors and not scene.links
    assert_no_overlap(card_rects(scene))
    for person in tab.shown.people:
        pos = scene.cards[person.uuid].pos()
        assert scene.layout.cell_at(pos.x(), pos.y()) == (person.influence, person.interest)
    assert not any("Reports to" in text for _k, _v, text in tab.ui.legend.entries)


def test_filtering_by_site_and_unit(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    everybody = len(tab.full.people)
    site = max(tab.full.sites, key=lambda s: sum(p.site == s.uuid for p in tab.full.people))
    tab.set_site(site.uuid)
    people = [p for p in tab.full.people if p.site == site.uuid]
    assert tab.site == site.uuid
    assert set(tab.scene.cards) == {p.uuid for p in people} and len(people) < everybody
    for connector in tab.scene.connectors:
        assert connector.report.person.site == connector.manager.person.site == site.uuid
    units = [tab.ui.unit_combo.itemData(i) for i in range(1, tab.ui.unit_combo.count())]
    assert units and all(any(p.department == u for p in people) for u in units)
    tab.set_unit(units[0])
    assert {c.person.department for c in tab.scene.cards.values()} == {units[0]}
    tab.set_site(None)
    assert tab.unit is None or any(p.department == tab.unit for p in tab.full.people)
    tab.set_unit(None)
    assert len(tab.scene.cards) == everybody


def test_zoom_and_fit(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    view = tab.view
    fitted = view.zoom
    assert 0.05 <= fitted <= 1.0
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(tab.scene.itemsBoundingRect())
    tab.ui.zoom_in_action.trigger()
    assert view.zoom > fitted
    tab.ui.actual_size_action.trigger()
    assert abs(view.zoom - 1.0) < 1e-6 and tab.ui.zoom_label.text() == "100 %"
    tab.ui.fit_action.trigger()
    assert abs(view.zoom - fitted) < 0.03 * fitted  # the scroll bars may come or go


def test_the_gaps_panel_names_the_champion_who_left(qtbot, space):
    tab = open_account(qtbot, space, CHAMPION_LEFT)
    gaps = tab.ui.gaps
    found = [g for g in gaps.gaps if g.kind == GapKind.CHAMPION_LEFT]
    assert len(found) == 1
    champion = found[0].people[0]
    assert tab.full.person(champion.uuid).left
    items = [gaps.list.item(i) for i in range(gaps.list.count())]
    item = next(i for i in items if i.data(TITLE_ROLE) == "Champion left")
    assert champion.name in item.text() and "Next step: Find a new champion" in item.text()
    assert champion.uuid in item.data(PEOPLE_ROLE)
    gaps.list.itemClicked.emit(item)
    assert champion.uuid in tab.scene.selected_people()
    assert (
        tab.view.mapToScene(tab.view.viewport().rect())
        .boundingRect()
        .contains(tab.scene.cards[champion.uuid].sceneBoundingRect().center())
    )


def test_baseline_then_a_change_shows_in_the_comparison(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    history = tab.ui.history
    history.save_baseline("Before the QBR")
    qtbot.waitUntil(lambda: len(history.baselines) == 1)
    person = next(p for p in tab.full.people if p.active and p.attitude == Attitude.NEUTRAL)
    assert tab.editor.change_attitude(person.uuid, Attitude.CHAMPION)
    history.combo.setCurrentIndex(1)
    assert history.baseline_name == "Before the QBR"
    kinds = {c.kind for c in history.diff.changes if c.person == person.uuid}
    assert kinds == {ChangeKind.ATTITUDE_WARMED}
    rows = [history.list.item(i).text() for i in range(history.list.count())]
    assert any(person.name in row and "Attitude warmed" in row for row in rows)
    assert tab.scene.cards[person.uuid].tag == "warmer"
    assert "changes: 1" in history.summary.text()
    history.combo.setCurrentIndex(0)
    assert history.diff is None and not tab.scene.cards[person.uuid].tag
    tab.context.undo_stack.undo()  # the attitude
    tab.context.undo_stack.undo()  # the baseline
    assert baseline.list_baselines(tab.db, tab.account_uuid) == ()


def test_export_writes_png_and_svg(qtbot, space, tmp_path):
    tab = open_account(qtbot, space, LARGEST)
    small = min(tab.full.sites, key=lambda s: sum(p.site == s.uuid for p in tab.full.people))
    tab.set_site(small.uuid)
    for view, name in ((View.ORG, "map.png"), (View.GRID, "grid.svg")):
        with qtbot.waitSignal(tab.exporter.exported, timeout=60_000) as done:
            tab.exporter.export(tab.shown, view, tmp_path / name)
        assert done.args == [str(tmp_path / name)]
    png = (tmp_path / "map.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    svg = (tmp_path / "grid.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and svg.rstrip().endswith("</svg>")
    person = next(p for p in tab.shown.people)
    assert person.name.split()[-1] in svg  # names stay text in the SVG


def test_opening_a_person_shows_their_card(qtbot, space):
    tab = open_account(qtbot, space, LARGEST)
    site = tab.full.sites[0]
    outside = next(p for p in tab.full.people if p.site != site.uuid)
    tab.set_site(site.uuid)
    assert outside.uuid not in tab.scene.cards
    assert space.open_record(tab.opens and next(iter(tab.opens)), outside.uuid)
    assert tab.site is None and tab.scene.selected_people() == [outside.uuid]
    assert isinstance(tab.scene.cards[outside.uuid], CardItem)


def test_wheel_zooms_and_the_middle_button_pans_without_moving_cards(qtbot, space):
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent, QWheelEvent
    from PySide6.QtWidgets import QApplication

    tab = open_account(qtbot, space, LARGEST)
    view, viewport = tab.view, tab.view.viewport()
    view.set_zoom(0.5)
    before = view.zoom
    middle = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        middle,
        QPointF(viewport.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert view.zoom > before
    places = {u: c.pos() for u, c in tab.scene.cards.items()}
    bar = view.horizontalScrollBar()
    start = bar.value()

    def send(kind, where: QPointF, button, buttons) -> None:
        event = QMouseEvent(
            kind,
            where,
            QPointF(viewport.mapToGlobal(where.toPoint())),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    card = next(iter(tab.scene.cards.values()))
    view.centerOn(card)
    start = bar.value()
    at = QPointF(view.mapFromScene(card.pos()))
    send(QEvent.Type.MouseButtonPress, at, Qt.MouseButton.MiddleButton, Qt.MouseButton.MiddleButton)
    send(QEvent.Type.MouseMove, at + QPointF(-80, 0), Qt.MouseButton.NoButton, Qt.MouseButton.MiddleButton)
    send(
        QEvent.Type.MouseButtonRelease,
        at + QPointF(-80, 0),
        Qt.MouseButton.MiddleButton,
        Qt.MouseButton.NoButton,
    )
    assert bar.value() == start + 80
    assert {u: c.pos() for u, c in tab.scene.cards.items()} == places


def test_double_click_opens_the_full_record(qtbot, space, monkeypatch):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from planner.changes import Entity
    from ui.stakeholders import editor

    opened = []
    monkeypatch.setattr(editor, "record_editor", lambda: lambda *args: opened.append(args) or False)
    tab = open_account(qtbot, space, LARGEST)
    person = tab.full.people[0]
    card = tab.scene.cards[person.uuid]
    tab.view.set_zoom(1.0)
    tab.view.centerOn(card)
    viewport = tab.view.viewport()
    at = QPointF(tab.view.mapFromScene(card.pos()))
    left = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        QEvent.Type.MouseButtonDblClick,
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        left,
        left,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: bool(opened))
    context, entity, record, parent = opened[0]
    assert (context, entity, record, parent) == (tab.context, Entity.PERSON, person.uuid, tab)


def test_the_tab_speaks_russian(qtbot, space):
    from ui import i18n

    tab = open_account(qtbot, space, CHAMPION_LEFT)
    i18n.apply_language("ru")
    qtbot.waitUntil(lambda: tab.ui.org_action.text() == "Оргструктура")  # LanguageChange is posted
    assert tab.ui.site_combo.itemText(0) == "Все площадки"
    assert tab.ui.status.text().startswith("Людей: ")
    assert tab.ui.gaps.list.item(0).data(TITLE_ROLE) == "Ушёл наш чемпион"
    assert any(card.look.infl == "влиян" for card in tab.scene.cards.values())
    left = next(c for c in tab.scene.cards.values() if c.person.left)
    assert left.left_text.startswith("УШЁЛ(А) ")
