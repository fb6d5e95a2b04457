"""Switching the language in Preferences retranslates every open widget and the formats follow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from planner.services import accounts
from ui import formatting, i18n
from ui.main_window import MainWindow
from ui.models.portfolio import Column
from ui.shell.preferences import Preferences
from ui.shell.preferences_dialog import PreferencesDialog

from .conftest import URALSTAL

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")

NBSP = "\u00a0"


@pytest.fixture
def window(qtbot, portfolio_db):
    if i18n.qt_tool("lrelease") is None and not i18n.qm_file("ru").exists():
        pytest.skip("no compiled Russian catalogue and no lrelease to build one")
    win = MainWindow(portfolio_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def choose_language(qtbot, window, language: i18n.Language) -> None:
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    box = dialog.ui.language
    box.setCurrentIndex(box.findData(language.value))
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    assert Preferences().language == language


def test_russian_applies_at_once_to_the_open_window(qtbot, window, portfolio_db):
    ural = accounts.resolve(portfolio_db, URALSTAL).uuid
    window.select_account(ural)
    choose_language(qtbot, window, i18n.Language.RUSSIAN)
    qtbot.waitUntil(lambda: window.ui.file_menu.title() == "&Файл")
    assert window.ui.edit_menu.title() == "&Правка"
    assert window.ui.filter.placeholderText() == "Фильтр клиентов…"
    assert window.ui.count_label.text() == "Клиентов: 3"
    assert window.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Название"
    assert window.workspace.tabs.tabText(0) == "Обзор"
    overview = window.overview.ui
    assert overview.fact_labels["industry"].text() == "Отрасль"
    assert overview.standing.text() == "Этап: Зрелость · категория: Ключевой"
    # Numbers and dates follow the language.
    assert overview.figures["revenue"].value.text() == f"9{NBSP}000{NBSP}000{NBSP}₽"
    assert overview.figures["share_of_wallet"].value.text() == "25,0%"
    row = window.proxy.mapFromSource(window.model.index(window.model.row_of(ural), Column.LAST_CONTACT))
    assert row.data() == "05.11.2024"
    # Undo texts come from our catalogue too.
    assert window.ui.undo_action.text() == "&Отменить"

    choose_language(qtbot, window, i18n.Language.ENGLISH)
    qtbot.waitUntil(lambda: window.ui.file_menu.title() == "&File")
    assert window.ui.count_label.text() == "Accounts: 3"
    assert window.overview.ui.figures["revenue"].value.text() == "₽9,000,000"
    assert window.workspace.tabs.tabText(0) == "Overview"


def test_the_search_dialog_follows_the_language(qtbot, window):
    window.show_search()
    dialog = window.search_dialog
    i18n.apply_language("ru")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Поиск")
    with qtbot.waitSignal(dialog.results_shown, timeout=5_000):
        dialog.box.setText("урал")
    assert dialog.model.index(0, 0).data() == "Клиенты (1)"
    assert dialog.status.text().startswith("Найдено: 1.")


def test_russian_money_and_dates_are_written_the_russian_way(qapp):
    i18n.apply_language("ru")
    assert formatting.money(Decimal("1234567.89"), "RUB").replace(NBSP, " ") == "1 234 567,89 ₽"
    assert formatting.money(Decimal("-5"), "EUR", decimals=0).replace(NBSP, " ") == "-5 €"
    assert formatting.money(Decimal("7600000"), "CHF", decimals=0).replace(NBSP, " ") == "7 600 000 CHF"
    assert formatting.short_date(date(2026, 11, 27)) == "27.11.2026"
    assert formatting.percent(0.125) == "12,5%"
    i18n.apply_language("en")
    assert formatting.money(Decimal("1234567.89"), "RUB") == "₽1,234,567.89"
    assert formatting.money(Decimal("-5"), "EUR", decimals=0) == "-€5"
    assert formatting.money(Decimal("7600000"), "CHF", decimals=0) == f"7,600,000{NBSP}CHF"
    assert formatting.short_date(date(2026, 11, 27)) == "11/27/2026"


def test_names_sort_in_the_languages_alphabet(qtbot, window, portfolio_db):
    from planner.services.accounts import AccountInput

    for name in ("Яблоко", "арбуз", "Ёлка", "Банан"):
        accounts.create(portfolio_db, AccountInput(name=name))
    window.reload()
    i18n.apply_language("ru")
    qtbot.waitUntil(lambda: window.ui.file_menu.title() == "&Файл")
    window.ui.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    listed = [window.proxy.index(r, Column.NAME).data() for r in range(window.proxy.rowCount())]
    assert listed == ["арбуз", "Банан", "Ёлка", "Уралсталь", "Яблоко", "Alpenmilch", "Nordwind Logistik"]


def test_the_system_choice_follows_the_operating_system(monkeypatch):
    monkeypatch.setattr(
        i18n.QLocale, "system", lambda: QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    )
    assert i18n.effective_language(i18n.Language.SYSTEM) == "ru"
    assert i18n.effective_language("en") == "en"
    monkeypatch.setattr(
        i18n.QLocale, "system", lambda: QLocale(QLocale.Language.German, QLocale.Country.Germany)
    )
    assert i18n.effective_language(i18n.Language.SYSTEM) == "en"
    assert i18n.effective_language("xx") == "en"
