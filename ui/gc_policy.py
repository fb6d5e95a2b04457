"""Python's garbage collector runs on the UI thread only.

Left automatic, a collection can start in whichever thread happens to allocate —
a worker thread among them — and free Qt wrappers there, which crashes Qt
(seen as rare segfaults in QScreen/QWidget code). The well-known remedy for
PyQt/PySide apps: switch automatic collection off and collect from a timer on
the UI thread, with the collector's own thresholds deciding how deep.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the UI thread checks whether a collection is due (ms).
INTERVAL_MS = 1000

_collector: UiThreadCollector | None = None


class UiThreadCollector(QObject):
    """Collects generations 0–2 when their thresholds say so, from a UI-thread timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        if c0 > t0:
            gc.collect(0)
            if c1 > t1:
                gc.collect(1)
                if c2 > t2:
                    gc.collect(2)


def install(app: QObject) -> UiThreadCollector:
    """Turn automatic collection off and collect on ``app``'s thread instead (once)."""
    global _collector
    if _collector is None or _collector.parent() is not app:
        gc.disable()
        _collector = UiThreadCollector(app)
    return _collector
