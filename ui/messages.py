"""Telling the user that something could not be done, worded from the planner's error code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import PlannerError
from ui.labels import error_label


def show_error(parent: QWidget | None, error: PlannerError) -> None:
    """A modal message: the code's headline, and the error's detail (which file, why) beneath."""
    box = QMessageBox(parent)
    box.setObjectName("plannerError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("messages", "Key Account Planner"))
    box.setText(error_label(error.code))
    box.setInformativeText(error.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """Something failed that is not a planner error (a full disk, a bug): say what, plainly."""
    box = QMessageBox(parent)
    box.setObjectName("unexpectedError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("messages", "Key Account Planner"))
    box.setText(QCoreApplication.translate("messages", "The operation could not be completed."))
    box.setInformativeText(str(error) or type(error).__name__)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
