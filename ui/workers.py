"""Running planner calls off the UI thread, with progress and cancel, results by signal.

A ``Worker`` wraps one call; ``WorkerPool.start`` runs it on a QThreadPool thread.
If the callable takes ``progress`` and/or ``cancelled`` keyword parameters (the
planner's convention: ``progress(label, fraction)``, ``cancelled() -> bool``) they
are passed in. Everything it reports arrives through the worker's ``signals``,
emitted in the UI thread, so connected slots (lambdas too) run there: a worker
never touches a widget. Reports stop when the worker's ``context`` (by default the
WorkerPool, which its window owns) is destroyed.

A pool thread makes no Qt call at all: it runs a plain function that holds no
reference to the Worker and puts its reports on a queue, which the UI thread
drains; the Worker and its signals are kept by the UI thread until their last
report has been delivered.
"""

from __future__ import annotations

import inspect
import itertools
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

#: Progress is reported at most this often (seconds), plus the first and the last report.
PROGRESS_INTERVAL = 0.05
#: How often the UI thread collects the workers' reports while any runs (ms).
POLL_MS = 10

_ids = itertools.count(1)


class WorkerSignals(QObject):
    """What a worker reports; exactly one of result/error/cancelled, then finished."""

    result = Signal(object)
    error = Signal(object)  # the exception
    progress = Signal(str, float)  # label, fraction 0..1
    cancelled = Signal()
    finished = Signal()

    def deliver(self, kind: str, payload: object) -> None:
        match kind:
            case "result":
                self.result.emit(payload)
            case "error":
                self.error.emit(payload)
            case "progress":
                label, fraction = payload
                self.progress.emit(label, fraction)
            case "cancelled":
                self.cancelled.emit()
            case "finished":
                self.finished.emit()


class _Relay(QObject):
    """Carries reports from pool threads to the UI thread.

    Pool threads only put ``(worker id, kind, payload)`` on a thread-safe queue, a
    plain Python operation; a timer in the UI thread drains it while workers run.
    So every Qt call, signal emissions included, happens in the UI thread.
    """

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.workers: dict[int, Worker] = {}
        self.reports: queue.SimpleQueue[tuple[int, str, object]] = queue.SimpleQueue()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.drain)

    def watch(self, worker: Worker) -> None:
        self.workers[worker.ident] = worker
        if not self.timer.isActive():
            self.timer.start()

    def drain(self) -> None:
        """Deliver every report waiting (UI thread); stop polling once no worker is left."""
        while True:
            try:
                ident, kind, payload = self.reports.get_nowait()
            except queue.Empty:
                break
            self._deliver(ident, kind, payload)
        if not self.workers:
            self.timer.stop()

    def _deliver(self, ident: int, kind: str, payload: object) -> None:
        worker = self.workers.get(ident)
        if worker is None:
            return
        if kind == "finished":
            del self.workers[ident]
        if worker.context is not None and not shiboken6.isValid(worker.context):
            return  # its owner (a window, say) is gone: so are the objects its slots would touch
        if shiboken6.isValid(worker.signals):
            worker.signals.deliver(kind, payload)


_relay_instance: _Relay | None = None


def _relay() -> _Relay:
    """The application's relay (created in the UI thread on first use, never deleted before it)."""
    global _relay_instance
    app = QCoreApplication.instance()
    relay = _relay_instance
    if relay is None or not shiboken6.isValid(relay) or relay.parent() is not app:
        _relay_instance = relay = _Relay(app)
    return relay


class Worker:
    """One call of ``fn(*args, **kwargs)`` to run in a pool thread; create it in the UI thread."""

    def __init__(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        self.ident = next(_ids)
        #: The QObject whose lifetime bounds this worker's reports: once it is destroyed,
        #: they are dropped (connected lambdas would otherwise touch deleted widgets).
        #: ``WorkerPool.start`` sets itself when nobody else was set.
        self.context: QObject | None = None
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()
        parameters = _parameters(fn)
        self._wants_progress = "progress" in parameters and "progress" not in kwargs
        self._wants_cancelled = "cancelled" in parameters and "cancelled" not in kwargs

    @property
    def cancellable(self) -> bool:
        """Whether the callable looks at ``cancelled()`` (else Cancel cannot stop it)."""
        return self._wants_cancelled

    def cancel(self) -> None:
        """Ask the call to stop; it ends with ``cancelled`` instead of ``result`` or ``error``."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the call has returned (for shutdown and tests); False on timeout."""
        return self._done.wait(timeout)

    def task(self) -> Callable[[], None]:
        """What the pool thread runs: references the call and the relay, never this Worker."""
        relay, ident = _relay(), self.ident
        relay.watch(self)
        report = relay.reports.put
        fn, args, kwargs = self.fn, self.args, dict(self.kwargs)
        cancel, done = self._cancel, self._done
        if self._wants_cancelled:
            kwargs["cancelled"] = cancel.is_set
        if self._wants_progress:
            kwargs["progress"] = _progress_reporter(report, ident)

        def run() -> None:
            try:
                outcome = fn(*args, **kwargs)
            except BaseException as error:  # noqa: BLE001 - handed to the UI thread, never lost
                report((ident, "cancelled" if cancel.is_set() else "error", error))
            else:
                report((ident, "cancelled" if cancel.is_set() else "result", outcome))
            finally:
                done.set()
                report((ident, "finished", None))

        return run


def _progress_reporter(report: Callable[[tuple], None], ident: int) -> Callable[[str, float], None]:
    last = [0.0]

    def progress(label: str, fraction: float) -> None:
        now = time.monotonic()
        if fraction < 1.0 and last[0] and now - last[0] < PROGRESS_INTERVAL:
            return
        last[0] = now
        report((ident, "progress", (str(label), max(0.0, min(1.0, float(fraction))))))

    return progress


def _parameters(fn: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):  # builtins without a signature
        return set()


class WorkerPool(QObject):
    """Starts workers on a thread pool; whoever owns the database owns one.

    ``shutdown`` (before the database closes) cancels the running workers and waits
    for them, so no worker still reads a database that is gone.
    """

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._active: dict[int, Worker] = {}

    def start(self, worker: Worker) -> Worker:
        if worker.context is None:
            worker.context = self
        self._active[worker.ident] = worker
        worker.signals.finished.connect(self._finished)
        self._pool.start(worker.task())
        return worker

    def run(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Worker:
        """Shorthand: a Worker for ``fn(*args, **kwargs)``, started. Connect to its signals."""
        return self.start(Worker(fn, *args, **kwargs))

    def _finished(self) -> None:
        for ident in [i for i, w in self._active.items() if w.is_done()]:
            del self._active[ident]

    @property
    def active(self) -> int:
        return sum(1 for worker in self._active.values() if not worker.is_done())

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel every running worker and wait for them all; False if one did not return."""
        workers = list(self._active.values())
        for worker in workers:
            worker.cancel()
        deadline = time.monotonic() + timeout
        return all(worker.wait(max(0.0, deadline - time.monotonic())) for worker in workers)
