"""Time from process start to the first painted portfolio, and resident memory then.

Issue #3's targets: first paint within 1.5 s, switching accounts within 150 ms, resident
memory under 400 MB, on the scaled demo (``kap demo --db /tmp/bench25.sqlite --scale 25
--as-of 2026-11-27``). After the first paint, the run waits for the alerts (computed in a
worker), then switches through 20 accounts on each tab, timing each switch twice: until
the window shows the account (the UI thread is free again; slow parts say "Reading…"),
and until the tab's workers have delivered everything; then reports the memory.
A script, not a test:  .venv/bin/python tests/bench/bench_startup.py [/tmp/bench25.sqlite] [--once]
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
                print(f"first paint {seconds:.2f} s (ratio to 1.5 s: {seconds / 1.5:.2f}); "
                      f"max RSS {rss_mb():.0f} MB (ratio to 400 MB: {rss_mb() / 400:.2f})", flush=True)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: after_first_paint(app, window))
            return False

    watcher = FirstPaint()
    window.ui.table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle(app, window) -> None:
    """Run the event loop until the window's workers are done and their results delivered
    (the Timeline tab's chart included, which starts a moment after a switch)."""

    def busy() -> bool:
        timeline = window.workspace.tab("timeline")
        waiting = timeline is not None and timeline._chart_timer.isActive()
        return bool(window.workers.active) or waiting

    app.processEvents()
    while busy():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def after_first_paint(app, window) -> None:
    """Then: the alerts arriving, switching accounts on each tab, and memory after all that."""
    from ui.models.portfolio import UUID_ROLE

    feed = window.alert_centre.feed
    while not feed.computed:
        app.processEvents()
        time.sleep(0.005)
    print(f"alerts in the portfolio {time.perf_counter() - STARTED:.2f} s after launch", flush=True)
    model = window.proxy
    rows = [model.index(row, 0) for row in range(min(model.rowCount(), 20))]
    accounts = [window.current_account()] + [i.data(UUID_ROLE) for i in rows]
    for key in ("overview", "stakeholders", "timeline", "orders_sla", "plan"):
        if not window.workspace.set_current(key):
            continue
        settle(app, window)
        switched, filled = [], []
        for account in accounts[1:]:
            started = time.perf_counter()
            window.select_account(account)
            app.processEvents()
            switched.append(time.perf_counter() - started)
            settle(app, window)
            filled.append(time.perf_counter() - started)
        switched.sort()
        filled.sort()
        print(f"switching accounts on {key:<13} shown: median {switched[len(switched) // 2] * 1000:4.0f} ms, "
              f"worst {switched[-1] * 1000:4.0f} ms (ratio to 150 ms: {switched[-1] / 0.15:.2f}); "
              f"filled by its workers: median {filled[len(filled) // 2] * 1000:4.0f} ms, "
              f"worst {filled[-1] * 1000:4.0f} ms", flush=True)
    print(f"max RSS after all that {rss_mb():.0f} MB (ratio to 400 MB: {rss_mb() / 400:.2f})", flush=True)
    app.quit()


if __name__ == "__main__":
    given = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    target = given[0] if given else "/tmp/bench25.sqlite"
    if os.environ.get("KAP_BENCH_CHILD"):
        measure(target)
    else:  # each run in a fresh process, so imports are counted
        for _ in range(3 if "--once" not in sys.argv else 1):
            platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
            env = {**os.environ, "KAP_BENCH_CHILD": "1", "QT_QPA_PLATFORM": platform}
            subprocess.run([sys.executable, __file__, target], env=env, check=True)
