"""Search (Ctrl+K): grouped full-text results from a worker, Cyrillic in any case, Enter opens."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from planner.changes import Entity
from planner.services import accounts
from planner.services.search import search
from ui.main_window import MainWindow
from ui.search.dialog import DEBOUNCE_MS, SearchDialog
from ui.search.model import ENTITY_ROLE, RESULT_ROLE, SearchResultsModel

from .conftest import NORDWIND, URALSTAL

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def searchable_db(portfolio_db):
    """The portfolio plus a delivery e-mail and a note at Уралсталь, and one at Nordwind."""
    from db.enums import InteractionKind
    from db.models import Account, Interaction

    with portfolio_db.session.begin() as session:
        ural = session.query(Account).filter_by(name=URALSTAL).one()
        nordwind = session.query(Account).filter_by(name=NORDWIND).one()
        session.add_all(
            [
                Interaction(
                    account_id=ural.id,
                    kind=InteractionKind.EMAIL,
                    occurred_at=datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
                    subject="Поставка задержана",
                    summary="Поставка проката задерживается на пять дней.",
                ),
                Interaction(
                    account_id=ural.id,
                    kind=InteractionKind.NOTE,
                    occurred_at=datetime(2026, 10, 2, 8, 0, tzinfo=UTC),
                    subject="Заметка о поставках",
                    summary="Следить за поставками в ноябре.",
                ),
                Interaction(
                    account_id=nordwind.id,
                    kind=InteractionKind.MEETING,
                    occurred_at=datetime(2026, 9, 1, 8, 0, tzinfo=UTC),
                    subject="Delivery review",
                ),
            ]
        )
    return portfolio_db


@pytest.fixture
def window(qtbot, searchable_db):
    win = MainWindow(searchable_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def type_query(qtbot, dialog: SearchDialog, text: str):
    """Put ``text`` in the box (setText: keyClicks cannot type Cyrillic) and wait for its results."""
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000) as shown:
        dialog.box.setText(text)
    return shown.args[0]


def group_rows(dialog: SearchDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_results_model_satisfies_the_item_model_tester(searchable_db):
    model = SearchResultsModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_results(search(searchable_db, "поставка"))
    assert model.rowCount() == 2
    notes = model.index(1, 0)
    assert model.rowCount(notes) == 1
    hit = model.index(0, 0, notes)
    assert hit.data(ENTITY_ROLE) == Entity.INTERACTION
    assert hit.data(RESULT_ROLE).account_name == URALSTAL
    assert model.parent(hit) == notes
    model.set_results(search(searchable_db, "урал"))
    model.set_results(None)
    assert model.rowCount() == 0


def test_ctrl_k_opens_the_search_with_the_box_focused(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.ui.search_action.shortcut().toString() == "Ctrl+K"
    qtbot.keyClick(window.ui.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.box.hasFocus)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_cyrillic_in_any_case_finds_grouped_results(qtbot, window):
    window.show_search()
    dialog = window.search_dialog
    results = type_query(qtbot, dialog, "ПОСТАВКА")
    assert results.query == "ПОСТАВКА"
    assert group_rows(dialog) == ["Interactions (1)", "Notes (1)"]
    assert dialog.tree.currentIndex().data() == "Поставка задержана"
    assert dialog.status.text().startswith("Found: 2.")

    type_query(qtbot, dialog, "ёлкина")  # ё typed where the name has Ё
    assert group_rows(dialog) == ["People (1)"]
    type_query(qtbot, dialog, "zzzz")
    assert group_rows(dialog) == []
    assert dialog.status.text() == "Nothing found for “zzzz”."


def test_enter_on_an_account_selects_it_in_the_portfolio(qtbot, window, searchable_db):
    window.show_search()
    dialog = window.search_dialog
    window.ui.filter.setText("alpen")  # the account is filtered out: opening it clears the filter
    type_query(qtbot, dialog, "урал")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_account() == accounts.resolve(searchable_db, URALSTAL).uuid
    assert window.ui.filter.text() == ""
    assert window.overview.found is None


def test_opening_an_interaction_shows_it_in_its_accounts_overview(qtbot, window, searchable_db):
    window.show_search()
    dialog = window.search_dialog
    type_query(qtbot, dialog, "поставках")
    notes = dialog.model.index(1, 0)
    hit = dialog.model.index(0, 0, notes)
    dialog.tree.setCurrentIndex(hit)
    dialog.tree.setFocus()
    dialog.tree.activated.emit(hit)  # what Enter or a double click does
    assert window.current_account() == accounts.resolve(searchable_db, URALSTAL).uuid
    found = window.overview.found
    assert found is not None and found.title == "Заметка о поставках"
    assert window.overview.ui.found.isVisible()
    assert window.overview.ui.found_heading.text().startswith("Note · ")
    # The note is among the recent activity and selected there.
    selected = window.overview.ui.activity.selectionModel().selectedRows()
    assert [i.data() for i in selected] and selected[0].siblingAtColumn(2).data() == "Заметка о поставках"


def test_typing_debounces_and_stale_results_are_dropped(qtbot, window):
    window.show_search()
    dialog = window.search_dialog
    assert dialog.debounce.interval() == DEBOUNCE_MS
    dialog.box.setText("пост")
    assert dialog.debounce.isActive()
    dialog.box.setText("поставка")  # restarts the wait: one query for both keystrokes
    stale = search(window.database, "delivery")
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000) as shown:
        dialog._arrived(dialog._serial - 1, stale, 0.01)  # an older query's answer: ignored
    assert shown.args[0].query == "поставка"
    assert dialog.model.query == "поставка"


def test_enter_before_the_results_arrive_opens_the_first_one(qtbot, window, searchable_db):
    window.show_search()
    dialog = window.search_dialog
    dialog.box.setText("Delivery")
    with qtbot.waitSignal(window.search_dialog.results_shown, timeout=5_000):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_account() == accounts.resolve(searchable_db, NORDWIND).uuid


def test_down_goes_from_the_box_to_the_results(qtbot, window):
    window.show_search()
    dialog = window.search_dialog
    qtbot.waitUntil(dialog.box.hasFocus)
    type_query(qtbot, dialog, "поставка")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    assert dialog.tree.hasFocus()
    assert dialog.tree.currentIndex().data(RESULT_ROLE) is not None
