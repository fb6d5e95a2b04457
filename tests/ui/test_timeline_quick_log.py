"""Quick log: Ctrl+L, a few keystrokes, Enter; one undo step; refusals shown beside the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, QSettings, Qt
from PySide6.QtGui import QUndoStack

from planner import records
from planner.enums import Direction, InteractionKind
from ui.tabs.timeline import CHART_SHOWN_KEY, TimelineTab
from ui.timeline.quick_log import QuickLogDialog
from ui.undo import ChangeBus
from ui.workers import WorkerPool
from ui.workspace import WorkspaceContext

from .test_timeline_support import AS_OF, DROPPING, account_uuid, copy_of, demo_file


@pytest.fixture
def db(tmp_path, tmp_path_factory):
    from db.store import open_database

    database = open_database(copy_of(demo_file(tmp_path_factory), tmp_path))
    yield database
    database.close()


@pytest.fixture
def tab(qtbot, db):
    QSettings().setValue(CHART_SHOWN_KEY, False)
    context = WorkspaceContext(db, QUndoStack(), ChangeBus.instance(), WorkerPool())
    widget = TimelineTab(context)
    widget.as_of = AS_OF
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)

    # The workspace refreshes a tab when the bus says its account changed; do the same here.
    def changed(changes):
        if widget.affected_by(changes):
            widget.refresh()

    ChangeBus.instance().changed.connect(changed)
    widget.load(account_uuid(db, DROPPING))
    yield widget
    ChangeBus.instance().changed.disconnect(changed)


def open_dialog(qtbot, tab) -> QuickLogDialog:
    qtbot.keyClick(tab.ui.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.findChild(QuickLogDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_l_logs_a_call_in_a_few_keystrokes_and_undo_removes_it(qtbot, tab, db):
    stack = tab.context.undo_stack
    dialog = open_dialog(qtbot, tab)
    assert dialog.kind.currentData() == InteractionKind.CALL
    assert dialog.direction.currentData() == Direction.OUTBOUND
    assert dialog.team.text() == "Katrin Vogel", "our side defaults to the account manager"
    assert abs(dialog.when.dateTime().secsTo(QDateTime.currentDateTime())) < 60
    person = records.people.list_for(db, tab.account_uuid)[0]
    dialog.who.setText(person.full_name.split()[0][:4])  # a unique start of a name is enough
    qtbot.keyClicks(dialog.subject, "Pricing for 2027")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert stack.count() == 1 and stack.undoText() == "Log call “Pricing for 2027”"
    created = tab.selected_uuid()
    new = tab.ui.detail.entry
    assert new.subject == "Pricing for 2027" and new.kind == InteractionKind.CALL
    assert [p.uuid for p in new.people] == [person.uuid] and [t.name for t in new.team] == ["Katrin Vogel"]
    assert tab.model.row_of(created) == 1, "the newest, right under its month"
    stack.undo()
    assert tab.model.row_of(created) is None
    assert tab.ui.detail.entry is None and tab.model.pages_loaded == 1, "no search through every page for it"
    stack.redo()
    assert tab.model.row_of(created) is not None


def test_a_site_visit_with_several_people_and_cyrillic_notes(qtbot, tab, db):
    dialog = open_dialog(qtbot, tab)
    dialog.set_kind(InteractionKind.SITE_VISIT)
    assert dialog.direction.currentData() == Direction.MUTUAL
    people = records.people.list_for(db, tab.account_uuid)[:2]
    dialog.who.setText(", ".join(p.full_name for p in people))
    dialog.subject.setText("Werksbesuch")
    dialog.notes.setPlainText("Обсудили сроки поставки")
    dialog.save_button.click()
    entry = tab.ui.detail.entry
    assert entry.kind == InteractionKind.SITE_VISIT and entry.summary == "Обсудили сроки поставки"
    assert {p.uuid for p in entry.people} == {p.uuid for p in people}


def test_a_refused_log_shows_why_next_to_the_field_and_is_not_stacked(qtbot, tab):
    stack = tab.context.undo_stack
    dialog = open_dialog(qtbot, tab)
    dialog.save_button.click()  # neither subject nor notes
    assert dialog.isVisible() and stack.count() == 0
    assert dialog.errors["subject"].isVisibleTo(dialog)
    assert "what it was about" in dialog.errors["subject"].text()
    dialog.subject.setText("Call")
    dialog.who.setText("Nobody Atall")
    dialog.save_button.click()
    assert dialog.errors["people"].isVisibleTo(dialog) and "“Nobody Atall”" in dialog.errors["people"].text()
    assert not dialog.errors["subject"].isVisibleTo(dialog) and stack.count() == 0
    dialog.who.clear()
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(5))
    dialog.save_button.click()
    assert dialog.errors["occurred_at"].isVisibleTo(dialog) and stack.count() == 0
    dialog.reject()


def test_completion_adds_the_chosen_name_after_the_ones_typed(qtbot, tab, db):
    dialog = open_dialog(qtbot, tab)
    people = sorted(p.full_name for p in records.people.list_for(db, tab.account_uuid))
    completer = dialog.who.completer()
    dialog.who.setText(f"{people[0]}, {people[1][:3]}")
    completer.setCompletionPrefix(completer.splitPath(dialog.who.text())[0])
    index = completer.completionModel().index(0, 0)
    assert completer.pathFromIndex(index).startswith(f"{people[0]}, ")
    dialog.reject()
