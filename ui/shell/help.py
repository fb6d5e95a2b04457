"""The Help menu: Keyboard Shortcuts (F1), read from the window's actions, and About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

import planner


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, in menu order."""
    rows = []
    for menu in (window.ui.file_menu, window.ui.edit_menu, window.ui.help_menu):
        for action in menu.actions():
            if not isinstance(action, QAction) or action.isSeparator() or not action.shortcuts():
                continue
            keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


def show_shortcuts(window: QMainWindow) -> None:
    rows = "".join(
        f"<tr><td>{escape(what)}</td><td style='padding-left:16px'><b>{escape(keys)}</b></td></tr>"
        for what, keys in shortcut_rows(window)
    )
    extra = [
        (
            QCoreApplication.translate("MainWindow", "In the filter box: go to the accounts"),
            QCoreApplication.translate("MainWindow", "Down or Enter"),
        ),
        (
            QCoreApplication.translate("MainWindow", "In the filter box: clear it"),
            QCoreApplication.translate("MainWindow", "Esc"),
        ),
        (
            QCoreApplication.translate("MainWindow", "In the search: open the result"),
            QCoreApplication.translate("MainWindow", "Enter"),
        ),
    ]
    rows += "".join(
        f"<tr><td>{escape(what)}</td><td style='padding-left:16px'><b>{escape(keys)}</b></td></tr>"
        for what, keys in extra
    )
    box = QMessageBox(window)
    box.setObjectName("keyboardShortcuts")
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard Shortcuts"))
    box.setText(f"<table>{rows}</table>")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def show_about(window: QMainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Key Account Planner"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Key Account Planner</h3>"
            "<p>Version {version}</p>"
            "<p>Plans, stakeholders and the history of your key accounts, "
            "kept on your own computer.</p>",
        ).format(version=planner.__version__),
    )
