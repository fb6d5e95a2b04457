"""Fixtures and gestures shared by the Stakeholders tab tests (no tests of its own).

Test modules import the fixture functions (``space_fixture`` ...); pytest knows them by
their names ``space``, ``demo_db`` and ``demo_file``.

The demo portfolio is built once per test session (about 3 s) and copied for each
test, so tests may write freely. ``drag`` sends real mouse events to the map view.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

AS_OF = date(2026, 11, 27)
LARGEST = "Староуральская сталь"
CHAMPION_LEFT = "Заволжнефтехим"

_demo: dict[str, Path] = {}


@pytest.fixture(name="demo_file")
def demo_file_fixture(tmp_path_factory) -> Path:
    """The demo database file, built on first use in this session (never written to)."""
    path = _demo.get("path")
    if path is None or not path.exists():
        from db.store import open_database
        from planner.demo import build_demo

        path = tmp_path_factory.mktemp("stakeholders-demo") / "demo.sqlite"
        db = open_database(path)
        build_demo(db, scale=1, seed=7, as_of=AS_OF)
        db.close()
        _demo["path"] = path
    return path


@pytest.fixture(name="demo_db")
def demo_db_fixture(demo_file, tmp_path):
    """A writable copy of the demo database for one test."""
    from db.store import open_database

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture(name="space")
def space_fixture(qtbot, demo_db):
    """A workspace with the Stakeholders tab only, on the demo database, shown at a usable size."""
    from ui.tabs import stakeholders
    from ui.undo import ChangeBus
    from ui.workers import WorkerPool
    from ui.workspace import AccountWorkspace, WorkspaceContext

    space = AccountWorkspace()
    stakeholders.register(space)
    workers = WorkerPool(space)
    context = WorkspaceContext(
        db=demo_db, undo_stack=QUndoStack(space), bus=ChangeBus.instance(), workers=workers
    )
    space.set_context(context)
    space.tab("stakeholders").as_of = AS_OF
    qtbot.addWidget(space)
    space.resize(1300, 820)
    space.show()
    yield space
    workers.shutdown()
    space.detach()


def account(db, name: str):
    from planner.services import accounts

    return accounts.resolve(db, name).uuid


def open_account(qtbot, space, name: str):
    """Select the account and wait until the map is shown and fitted; returns the tab."""
    tab = space.tab("stakeholders")
    space.show_account(account(tab.db, name))
    qtbot.waitUntil(lambda: tab.shown is not None and not tab._fit_pending)
    return tab


def viewport_point(view, scene_point: QPointF) -> QPointF:
    return QPointF(view.mapFromScene(scene_point))


def drag(
    view, start: QPointF, end: QPointF, modifiers=Qt.KeyboardModifier.NoModifier, steps: int = 6
) -> None:
    """Press at ``start``, move in steps and release at ``end`` (scene points), with the left button."""
    viewport = view.viewport()
    a, b = viewport_point(view, start), viewport_point(view, end)

    def send(kind, where: QPointF, button, buttons) -> None:
        event = QMouseEvent(
            kind, where, QPointF(viewport.mapToGlobal(where.toPoint())), button, buttons, modifiers
        )
        QApplication.sendEvent(viewport, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, a, left, left)
    for i in range(1, steps + 1):
        send(QEvent.Type.MouseMove, a + (b - a) * (i / steps), none, left)
    send(QEvent.Type.MouseButtonRelease, b, left, none)


def right_click(view, scene_point: QPointF) -> None:
    viewport = view.viewport()
    where = view.mapFromScene(scene_point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)


def centre(view, item) -> QPoint:
    """Bring a card into sight at 100 % and return its centre in scene coordinates."""
    view.set_zoom(1.0)
    view.centerOn(item)
    return item.scenePos()
