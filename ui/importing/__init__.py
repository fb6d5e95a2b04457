"""Importing through the UI: File ▸ Import… (Ctrl+I) and files or folders dropped on the window.

``install(window)`` is all the main window needs: it adds the menu action and an
event filter that accepts drops of local files and folders, and opens the import
dialog (``ui.importing.dialog``) with them. The planner does the work
(``planner.importers``); the dialog shows its report.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

__all__ = ["ImportInstaller", "install"]


class ImportInstaller(QObject):
    """Owns the Import action and the window's drop handling; one per main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.action = QAction(window)
        self.action.setObjectName("importAction")
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.triggered.connect(lambda: self.open_dialog())
        menu = getattr(getattr(window, "ui", None), "file_menu", None)
        if menu is not None:
            before = getattr(window.ui, "backup_action", None)
            if before is not None and before in menu.actions():
                menu.insertAction(before, self.action)
                menu.insertSeparator(before)
            else:
                menu.addAction(self.action)
        else:
            window.addAction(self.action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("ImportInstaller", "&Import…"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "ImportInstaller", "Import mail, calendars, contacts and spreadsheets into the open database"
            )
        )

    def open_dialog(self, paths: Iterable[str | Path] = ()):
        """The import dialog (one at a time), with ``paths`` added; returns it."""
        from ui.importing.dialog import ImportDialog

        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and dialog.db is self.window.database:
            dialog.add_paths(paths)
        else:
            dialog = ImportDialog(
                self.window.database,
                self.window.workers,
                bus=getattr(self.window, "bus", None),
                undo_stack=getattr(self.window, "undo_stack", None),
                paths=paths,
                parent=self.window,
            )
            dialog.finished.connect(dialog.deleteLater)
            dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
            self.dialog = dialog
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                from ui.importing.dialog import local_paths

                assert isinstance(event, QDragEnterEvent | QDropEvent)
                if local_paths(event):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop:
                from ui.importing.dialog import local_paths

                assert isinstance(event, QDropEvent)
                paths = local_paths(event)
                if paths:
                    event.acceptProposedAction()
                    self.open_dialog(paths)
                    return True
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate()
        return super().eventFilter(watched, event)


def install(window: QMainWindow) -> ImportInstaller:
    """Add File ▸ Import… (Ctrl+I) and drops of files and folders to the main window."""
    installer = ImportInstaller(window)
    window.import_installer = installer
    return installer
