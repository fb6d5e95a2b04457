"""Workers: results, errors, progress and cancel arrive by signal, in the UI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from ui.workers import Worker, WorkerPool


@pytest.fixture
def pool(qapp):
    workers = WorkerPool()
    yield workers
    assert workers.shutdown(10)


def test_a_result_arrives_in_the_ui_thread(qtbot, pool):
    seen: dict[str, object] = {}

    def work(a, b):
        seen["worker_thread"] = QThread.currentThread()
        return a + b

    worker = Worker(work, 2, b=3)
    assert not worker.cancellable
    # A lambda, not a QObject slot: it must still run in the UI thread.
    worker.signals.result.connect(lambda value: seen.update(value=value, thread=QThread.currentThread()))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        pool.start(worker)
    assert seen["value"] == 5
    assert seen["thread"] is qtbot_main_thread()
    assert seen["worker_thread"] is not seen["thread"]
    qtbot.waitUntil(lambda: pool.active == 0)


def qtbot_main_thread():
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance().thread()


def test_an_error_is_handed_over_not_raised(qtbot, pool):
    errors = []
    worker = pool.run(lambda: 1 / 0)
    worker.signals.error.connect(errors.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_progress_and_cancel_reach_the_planner_call(qtbot, pool):
    started = threading.Event()
    progress = []

    def build(*, progress, cancelled):
        progress("starting", 0.0)
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        progress("stopped", 1.0)
        return "done anyway"

    worker = Worker(build)
    assert worker.cancellable
    worker.signals.progress.connect(lambda label, fraction: progress.append((label, fraction)))
    results, cancels = [], []
    worker.signals.result.connect(results.append)
    worker.signals.cancelled.connect(lambda: cancels.append(True))
    pool.start(worker)
    assert started.wait(5)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        worker.cancel()
    assert cancels == [True] and results == []
    assert progress[0] == ("starting", 0.0) and progress[-1] == ("stopped", 1.0)


def test_shutdown_cancels_and_waits(qapp):
    pool = WorkerPool()
    release = threading.Event()

    def slow(*, cancelled):
        while not cancelled() and not release.is_set():
            threading.Event().wait(0.005)

    worker = pool.run(slow)
    assert pool.shutdown(5)
    assert worker.is_done() and worker.is_cancelled()

