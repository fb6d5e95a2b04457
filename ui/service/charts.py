"""Charts of the service views: planner Figures, built in a worker, embedded with FigureCanvasQTAgg.

The planner draws (``planner.charts``: no pyplot, no Qt) and the briefing renders the
same Figures to PNG. ``ChartPane`` asks a worker to build the Figure — matplotlib is
imported there, the first time a chart is shown — and puts the canvas in place when
it arrives; a newer request makes an older result obsolete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from ui.workers import Worker, WorkerPool

MIN_WIDTH = 260
MIN_HEIGHT = 200


def chart_language() -> str:
    """The charts' language: Russian when the app speaks Russian, else English."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


# -- builders (run in a worker: plain functions of planner read-models) --------------


def sla_trend_figure(results: Sequence[Any], lang: str, title: str):
    from planner.charts.sla import sla_trend_figure as build

    return build(results, lang, title=title)


def orders_yoy_figure(yoy: Any, currency: str, lang: str):
    from planner.charts.orders import orders_yoy_figure as build

    return build(yoy, currency, lang)


def orders_by_line_figure(rows: Sequence[Any], currency: str, lang: str):
    from planner.charts.orders import orders_by_product_line_figure as build

    return build(rows, currency, lang)


def nps_trend_figure(points: Sequence[Any], lang: str):
    from planner.charts.satisfaction import nps_trend_figure as build

    return build(points, lang)


class ChartPane(QWidget):
    """Where one chart goes: a note while it is drawn, then the canvas."""

    #: The canvas is in place (tests wait for it).
    shown = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stack = QStackedLayout(self)
        self._note = QLabel()
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._note.setWordWrap(True)
        self._note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack.addWidget(self._note)
        self._serial = 0
        self.canvas = None
        self.figure = None
        self.set_note(self.tr("Drawing the chart…"))

    def set_note(self, text: str) -> None:
        """Show ``text`` instead of a chart (while drawing, or when there is nothing to draw)."""
        self._serial += 1
        self._note.setText(text)
        self._stack.setCurrentWidget(self._note)

    def build(self, workers: WorkerPool, builder: Callable[..., Any], *args: Any) -> Worker:
        """Build ``builder(*args)`` (a Figure) in a worker and show it when it is done."""
        self._serial += 1
        serial = self._serial
        if self.canvas is None:
            self._note.setText(self.tr("Drawing the chart…"))
            self._stack.setCurrentWidget(self._note)
        worker = Worker(builder, *args)
        worker.context = self
        worker.signals.result.connect(lambda figure: self._arrived(serial, figure))
        worker.signals.error.connect(lambda error: self._failed(serial, error))
        return workers.start(worker)

    def _arrived(self, serial: int, figure) -> None:
        if serial != self._serial:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(figure)
        canvas.setMinimumSize(MIN_WIDTH, MIN_HEIGHT - 20)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.accessibleName())
        title = _title_of(figure)
        canvas.setAccessibleDescription(title)
        canvas.setToolTip(title)
        old, self.canvas, self.figure = self.canvas, canvas, figure
        self._stack.addWidget(canvas)
        self._stack.setCurrentWidget(canvas)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self.shown.emit()

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.set_note(self.tr("The chart could not be drawn: {error}").format(error=error))


def _title_of(figure) -> str:
    for ax in figure.axes:
        title = ax.get_title(loc="left") or ax.get_title()
        if title:
            return title
    return ""
