"""The main window: the portfolio, its filter and sorting, the overview, and layout memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.services import accounts
from ui.main_window import MainWindow
from ui.models.portfolio import Column

from .conftest import ALPENMILCH, NORDWIND, URALSTAL

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")


@pytest.fixture
def open_window(qtbot):
    """Open a main window on a database, shown and closed like a user would."""
    opened: list[MainWindow] = []

    def open_on(db) -> MainWindow:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_on
    for window in opened:
        window.close()


def listed(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def click_row(qtbot, window: MainWindow, row: int) -> None:
    table = window.ui.table
    rect = table.visualRect(window.proxy.index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_window_lists_the_portfolio_largest_first_and_selects_the_first(open_window, portfolio_db):
    window = open_window(portfolio_db)
    assert listed(window) == [NORDWIND, ALPENMILCH, URALSTAL]
    assert window.windowTitle() == "planner.sqlite — Key Account Planner"
    assert window.ui.location_label.text() == str(portfolio_db.path)
    assert window.ui.count_label.text() == "Accounts: 3"
    assert window.ui.table.currentIndex().row() == 0
    assert window.overview.account_uuid == accounts.resolve(portfolio_db, NORDWIND).uuid
    assert window.focusWidget() is window.ui.table


def test_sorting_by_revenue_compares_amounts_not_text(open_window, portfolio_db):
    window = open_window(portfolio_db)
    window.ui.table.sortByColumn(Column.REVENUE, Qt.SortOrder.AscendingOrder)
    # 90,000 EUR (9,000,000 RUB) < 950,000 EUR < 12,000,000 EUR
    assert listed(window) == [URALSTAL, ALPENMILCH, NORDWIND]
    texts = [window.proxy.index(r, Column.REVENUE).data() for r in range(3)]
    assert texts != sorted(texts)


def test_the_filter_finds_cyrillic_names_in_any_case(qtbot, open_window, portfolio_db):
    window = open_window(portfolio_db)
    window.ui.filter.setText("урал")
    assert listed(window) == [URALSTAL]
    assert window.ui.count_label.text() == "Accounts: 1 of 3"
    # The current row followed the filter, and so did the overview.
    assert window.overview.ui.name.text() == URALSTAL

    window.ui.filter.setText("УРАЛСТ")
    assert listed(window) == [URALSTAL]

    window.ui.filter.setText("no such account")
    assert listed(window) == []
    assert window.workspace.account_uuid is None
    assert "no such account" in window.workspace.hint_text

    qtbot.keyClick(window.ui.filter, Qt.Key.Key_Escape)
    assert window.ui.filter.text() == ""
    assert len(listed(window)) == 3
    assert window.overview.account_uuid is not None


def test_selecting_a_row_fills_the_overview(qtbot, open_window, portfolio_db):
    window = open_window(portfolio_db)
    click_row(qtbot, window, 2)
    overview = window.overview.ui
    assert overview.name.text() == URALSTAL
    assert overview.legal_name.text() == "ПАО «Уралсталь»"
    assert overview.standing.text() == "Mature · Key account"
    assert overview.figures["revenue"].value.text() == "₽9,000,000"
    assert overview.figures["share_of_wallet"].value.text() == "25.0%"
    assert overview.figures["people"].value.text() == "1"
    assert overview.fact_values["country"].text() == "Russia (RU)"
    assert overview.fact_values["website"].text() == "—"

    click_row(qtbot, window, 0)
    assert overview.name.text() == NORDWIND
    assert "https://nordwind.example" in overview.website.text()
    assert overview.fact_values["next_review"].text() == "3/31/2025"
    assert overview.goals.text() == "Become the sole carrier for the Baltic routes."
    history = overview.history.model()
    assert history.rowCount() == 2
    assert history.index(0, 1).data() == "Onboarding → Growth"
    assert history.index(0, 2).data() == "First framework contract signed"
    assert history.index(1, 1).data() == "Added as Onboarding"


def test_arrow_keys_walk_the_portfolio_and_the_overview_follows(qtbot, open_window, portfolio_db):
    window = open_window(portfolio_db)
    table = window.ui.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.overview.ui.name.text() == ALPENMILCH
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.overview.ui.name.text() == URALSTAL
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert window.overview.ui.name.text() == ALPENMILCH


def test_ctrl_f_goes_to_the_filter_and_down_comes_back(qtbot, open_window, portfolio_db):
    window = open_window(portfolio_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.ui.find_action.shortcut().toString() == "Ctrl+F"
    qtbot.keyClick(window.ui.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.filter.hasFocus()
    qtbot.keyClicks(window.ui.filter, "alp")
    assert listed(window) == [ALPENMILCH]
    qtbot.keyClick(window.ui.filter, Qt.Key.Key_Down)
    assert window.ui.table.hasFocus()
    assert window.overview.ui.name.text() == ALPENMILCH


def test_an_empty_database_offers_the_demo_portfolio(open_window, sqlite_db):
    from PySide6.QtWidgets import QPushButton

    window = open_window(sqlite_db)
    assert window.proxy.rowCount() == 0
    assert window.ui.count_label.text() == "Accounts: 0"
    assert window.workspace.account_uuid is None
    assert "no accounts" in window.workspace.hint_text
    buttons = window.workspace.hint_page.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Open Demo Portfolio"]


def test_reload_keeps_the_selected_account(qtbot, open_window, portfolio_db):
    window = open_window(portfolio_db)
    click_row(qtbot, window, 1)
    window.reload()
    assert window.overview.ui.name.text() == ALPENMILCH
    assert window.ui.table.currentIndex().row() == 1


def test_geometry_splitter_and_columns_are_restored(qtbot, open_window, portfolio_db):
    first = open_window(portfolio_db)
    first.resize(720, 520)  # within the offscreen screen (800×600)
    first.ui.splitter.setSizes([400, 320])
    first.ui.table.setColumnWidth(Column.INDUSTRY, 173)
    first.ui.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    sizes = first.ui.splitter.sizes()
    first.close()

    second = open_window(portfolio_db)
    assert second.size() == first.size()
    assert second.ui.splitter.sizes() == sizes
    assert second.ui.table.columnWidth(Column.INDUSTRY) == 173
    assert listed(second) == [ALPENMILCH, NORDWIND, URALSTAL]
    # Sorted differently, still the first row on start.
    assert second.overview.ui.name.text() == ALPENMILCH


def test_about_names_the_version(qtbot, open_window, portfolio_db, monkeypatch):
    import planner
    from ui.shell import help

    shown = {}
    monkeypatch.setattr(
        help.QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text)
    )
    window = open_window(portfolio_db)
    window.ui.about_action.trigger()
    assert planner.__version__ in shown["text"]
    assert window.ui.quit_action.shortcut().toString() == "Ctrl+Q"


def test_on_first_run_the_columns_fit_their_contents_into_the_table(qtbot, portfolio_db):
    window = MainWindow(portfolio_db)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.ui.table
    name_fits = table.sizeHintForColumn(Column.NAME)
    qtbot.waitUntil(lambda: table.columnWidth(Column.NAME) >= name_fits)
    assert sum(table.columnWidth(c) for c in Column) <= table.viewport().width()
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    window.close()
