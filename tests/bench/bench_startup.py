"""Time from process start to the first painted portfolio, and resident memory then.

Issue #3's targets: first paint within 1.5 s, resident memory under 400 MB, on the
scaled demo (``kap demo --db /tmp/bench25.sqlite --scale 25 --as-of 2026-11-27``).
A script, not a test:  .venv/bin/python tests/bench/bench_startup.py [/tmp/bench25.sqlite]
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402


def measure(db: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from planner.database import open_planner_database
    from ui.app import configure
    from ui.main_window import MainWindow

    app = QApplication([])
    configure(app)
    window = MainWindow(open_planner_database(db))

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                seconds = time.perf_counter() - STARTED
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"first paint {seconds:.2f} s (ratio to 1.5 s: {seconds / 1.5:.2f}); "
                      f"max RSS {rss:.0f} MB (ratio to 400 MB: {rss / 400:.2f})")
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    window.ui.table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench25.sqlite"
    if os.environ.get("KAP_BENCH_CHILD"):
        measure(target)
    else:  # each run in a fresh process, so imports are counted
        for _ in range(3):
            platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
            env = {**os.environ, "KAP_BENCH_CHILD": "1", "QT_QPA_PLATFORM": platform}
            subprocess.run([sys.executable, __file__, target], env=env, check=True)
