"""The activity chart above the timeline, and the banner when engagement has dropped.

The planner builds the chart (``planner.timeline.chart.activity_figure``) in a worker;
the panel embeds the Figure with ``FigureCanvasQTAgg``, imported only when the first
chart arrives, so matplotlib costs nothing until then. The engagement rule is the
account's own (unfiltered); the chart follows the filters other than the period.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.database import Database
from planner.timeline.engagement import (
    BASELINE_MONTHS,
    CHART_MONTHS,
    RECENT_MONTHS,
    Engagement,
    MonthlyActivity,
    account_engagement,
    monthly_activity,
)
from planner.timeline.query import TimelineFilter
from ui import formatting
from ui.workers import Worker, WorkerPool

#: From this width (logical pixels) on, the legend stands beside the bars.
WIDE_CHART = 900


@dataclass(frozen=True)
class ChartData:
    """What the worker hands back: the Figure, and the figures behind it."""

    figure: object
    activity: MonthlyActivity
    engagement: Engagement
    #: Interactions per month under the filters (for the month headers).
    counts: dict[date, int]


def build_chart(
    db: Database,
    account_uuid: uuid.UUID,
    filters: TimelineFilter,
    lang: str,
    as_of: date,
    labels: dict[str, str] | None = None,
) -> ChartData:
    """Runs in a worker: the account's engagement verdict, the (filtered) activity, the Figure.

    ``labels`` are the chart's words, translated beforehand in the UI thread.
    """
    from planner.timeline.chart import activity_figure

    overall, engagement = account_engagement(db, account_uuid, as_of=as_of)
    unperiod = dataclasses.replace(filters, since=None, until=None)
    if unperiod == TimelineFilter():
        activity, shaded = overall, engagement
    else:
        activity = monthly_activity(
            db, account_uuid, months=len(overall.months) or CHART_MONTHS, until=as_of, filters=unperiod
        )
        shaded = None  # the drop is the account's, not the filtered slice's
    figure = activity_figure(activity, shaded, lang=lang, labels=labels)
    counts = dict(zip(activity.months, activity.totals, strict=True))
    return ChartData(figure, activity, engagement, counts)


def fit_chart(figure, width: int, ticks: list[str]) -> None:
    """Lay the planner's chart out for a low strip ``width`` pixels wide.

    The legend goes beside the bars when there is room, else in rows under them
    (never over the bars); month labels are thinned so they do not run into each
    other, the January labels (which carry the year) kept.
    """
    if not figure.axes:
        return
    ax = figure.axes[0]
    handles, labels = ax.get_legend_handles_labels()
    for legend in [ax.get_legend(), *figure.legends]:
        if legend is not None:
            legend.remove()
    wide = width >= WIDE_CHART
    if handles and wide:
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    elif handles:
        columns = max(2, min(len(handles), width // 150))
        figure.legend(handles, labels, loc="outside lower center", ncols=columns, fontsize=7, frameon=False)
    room = max(width - (240 if wide else 0) - 70, 100)
    step = max(1, -(-len(ticks) * 34 // room))  # ceiling: some 34 px per month label
    years = [i for i, text in enumerate(ticks) if "\n" in text]
    shown = [
        text if i in years or (i % step == 0 and all(abs(i - y) >= step for y in years)) else ""
        for i, text in enumerate(ticks)
    ]
    if ticks:
        ax.set_xticks(range(len(ticks)), shown)


class ActivityPanel(QWidget):
    """The engagement banner (only when the rule fires) over the activity chart."""

    #: A chart was shown (its ChartData).
    shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineActivity")
        self._data: ChartData | None = None
        self._canvas = None
        self._request = 0
        self._ticks: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.banner = QLabel()
        self.banner.setObjectName("engagementBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(
            "QLabel#engagementBanner { background: #fbe4e4; color: #7a1f1f; border: 1px solid #e8b4b4;"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.banner.hide()
        layout.addWidget(self.banner)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.placeholder, 1)
        self.retranslate()

    @property
    def data(self) -> ChartData | None:
        return self._data

    @property
    def canvas(self):
        return self._canvas

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Drawing the activity chart…"))
        self.banner.setAccessibleName(self.tr("Engagement warning"))
        self._update_banner()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def request(
        self,
        workers: WorkerPool,
        db: Database,
        account_uuid: uuid.UUID,
        filters: TimelineFilter,
        lang: str,
        as_of: date | None = None,
    ) -> Worker:
        """Rebuild the chart in a worker; an answer to an older request is dropped."""
        self._request += 1
        request = self._request
        labels = {
            "activity_title": self.tr("Interactions per month"),
            "baseline": self.tr("Baseline ({months}-month mean)").format(months=BASELINE_MONTHS),
            "engagement_drop": self.tr("Engagement drop"),
            "interactions": self.tr("interactions"),
        }
        worker = Worker(build_chart, db, account_uuid, filters, lang, as_of or date.today(), labels)
        worker.context = self
        worker.signals.result.connect(lambda data: self._arrived(request, data))
        return workers.start(worker)

    def clear(self) -> None:
        self._request += 1
        self._data = None
        self.banner.hide()
        self._drop_canvas()
        self.placeholder.show()

    def _arrived(self, request: int, data: ChartData) -> None:
        if request != self._request:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._data = data
        self._drop_canvas()
        canvas = FigureCanvasQTAgg(data.figure)
        canvas.setObjectName("activityCanvas")
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(self.fontMetrics().height() * 11)
        canvas.setAccessibleName(self.tr("Interactions per month and channel"))
        self.placeholder.hide()
        self.layout().addWidget(canvas, 1)
        self._canvas = canvas
        axes = data.figure.axes
        self._ticks = [label.get_text() for label in axes[0].get_xticklabels()] if axes else []
        canvas.installEventFilter(self)
        fit_chart(data.figure, max(canvas.width(), self.width()), self._ticks)
        self._update_banner()
        self.shown.emit(data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the canvas redraws at its new size, lay the chart out for it.
        if watched is self._canvas and event.type() == QEvent.Type.Resize and self._data is not None:
            fit_chart(self._data.figure, watched.width(), self._ticks)
        return super().eventFilter(watched, event)

    def _drop_canvas(self) -> None:
        if self._canvas is not None:
            # Hidden first: left visible until deleted, it would be resized and drawn again.
            self._canvas.hide()
            self.layout().removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None

    def _update_banner(self) -> None:
        engagement = self._data.engagement if self._data is not None else None
        if engagement is None or not engagement.drop:
            self.banner.hide()
            return
        locale = QLocale()
        self.banner.setText(
            self.tr(
                "Engagement has dropped: {recent} interactions a month over the last {recent_months} months,"
                " against {baseline} a month in the {baseline_months} months before ({ratio} of the usual)."
            ).format(
                recent=locale.toString(float(engagement.recent or 0), "f", 0),
                recent_months=RECENT_MONTHS,
                baseline=locale.toString(float(engagement.baseline or 0), "f", 0),
                baseline_months=BASELINE_MONTHS,
                ratio=formatting.percent(engagement.ratio, decimals=0),
            )
        )
        self.banner.show()
