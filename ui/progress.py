"""A progress dialog that follows a worker: its progress, and Cancel that asks it to stop.

The dialog appears only if the work takes longer than a moment (``SHOW_AFTER_MS``),
so quick operations do not flash a window. It closes itself when the worker
finishes; the caller connects to the worker's own result/error/cancelled signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.workers import Worker

SHOW_AFTER_MS = 400
STEPS = 1000


class TaskProgress(QObject):
    """Shows ``worker``'s progress in a window-modal dialog over ``parent``."""

    def __init__(self, parent: QWidget, worker: Worker, title: str, label: str) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setMinimumWidth(420)
        self.dialog.setRange(0, 0)  # busy until the first progress report
        if worker.cancellable:
            self.dialog.setCancelButtonText(self.tr("Cancel"))
            self.dialog.canceled.connect(worker.cancel)
        else:
            self.dialog.setCancelButton(None)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)

    def _progress(self, _label: str, fraction: float) -> None:
        if self.dialog.maximum() == 0:
            self.dialog.setRange(0, STEPS)
        self.dialog.setValue(round(fraction * STEPS))

    def _finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()
