"""Preferences: stored in (per-test) QSettings, validated, and the default database's place in line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from planner.paths import database_target
from ui import app
from ui.i18n import Language
from ui.shell.preferences import Preferences
from ui.shell.preferences_dialog import PreferencesDialog

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")


def test_defaults_and_round_trip(tmp_path):
    prefs = Preferences()
    assert prefs.language == Language.SYSTEM
    assert prefs.default_currency == "EUR"
    assert prefs.default_database is None
    prefs.language = Language.RUSSIAN
    prefs.default_currency = " rub "
    prefs.default_database = tmp_path / "team.sqlite"
    again = Preferences()
    assert again.language == Language.RUSSIAN
    assert again.default_currency == "RUB"
    assert again.default_database == str(tmp_path / "team.sqlite")
    with pytest.raises(ValueError):
        again.default_currency = "euro"
    again.default_database = ""
    assert Preferences().default_database is None


def test_the_database_to_open_at_start(tmp_path, monkeypatch, isolated_paths):
    prefs = Preferences()
    planner_default = str(isolated_paths / "planner.sqlite")
    assert database_target(app.startup_target(None, prefs)) == planner_default
    prefs.default_database = tmp_path / "preferred.sqlite"
    assert database_target(app.startup_target(None, prefs)) == str(tmp_path / "preferred.sqlite")
    monkeypatch.setenv("KAP_DB", str(tmp_path / "env.sqlite"))
    assert database_target(app.startup_target(None, prefs)) == str(tmp_path / "env.sqlite")
    assert database_target(app.startup_target("explicit.sqlite", prefs)) == "explicit.sqlite"


def test_run_opens_the_preferred_database(qapp, tmp_path, monkeypatch, portfolio_db):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    from .test_app import when_shown

    Preferences().default_database = portfolio_db.path
    titles = []

    def look_and_close() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                titles.append(window.windowTitle())
                window.close()

    when_shown(look_and_close)
    assert app.run(None) == 0
    assert titles == ["planner.sqlite — Key Account Planner"]


def test_the_dialog_validates_the_currency_and_saves(qtbot, tmp_path):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.language.currentData() == "system"
    assert ui.language.itemText(2) == "Русский"
    assert ui.currency.currentText() == "EUR"
    assert ui.language.accessibleName() == "Language"
    assert ui.language_label.buddy() is ui.language

    ui.currency.lineEdit().clear()
    qtbot.keyClicks(ui.currency.lineEdit(), "E1")
    assert ui.currency.currentText() == "E"  # the validator takes letters only
    ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert not ui.error.isHidden()
    assert Preferences().default_currency == "EUR"

    ui.currency.setCurrentText("usd")
    ui.database.setText(str(tmp_path / "mine.sqlite"))
    ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert Preferences().default_currency == "USD"
    assert Preferences().default_database == str(tmp_path / "mine.sqlite")


def test_ctrl_comma_opens_preferences(qtbot, portfolio_db, monkeypatch):
    from ui.main_window import MainWindow
    from ui.shell import preferences_dialog

    opened = []
    monkeypatch.setattr(preferences_dialog.PreferencesDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(portfolio_db)
    qtbot.addWidget(window)
    assert window.ui.preferences_action.shortcut().toString() == "Ctrl+,"
    window.ui.preferences_action.trigger()
    assert len(opened) == 1
    window.close()
