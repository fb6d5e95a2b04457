"""Paints the timeline's rows: interactions with their channel badge, month headers, gaps.

An interaction takes two lines: the date and time (local), the direction arrow, the
subject and the people on the first; the channel's name in its colour and the start of
the summary on the second. A month header reads "November 2026" with the month's count
when known; a gap row is tinted and reads "No contact for 34 days".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from ui import formatting
from ui.labels import direction_label, interaction_kind_label
from ui.timeline import glyphs
from ui.timeline.model import COUNT_ROLE, ROW_ROLE, month_title
from ui.timeline.rows import EntryRow, GapRow, MonthRow

ModelIndex = QModelIndex | QPersistentModelIndex

GAP_LIGHT, GAP_DARK = QColor("#fff3df"), QColor("#4a3a22")
GAP_TEXT_LIGHT, GAP_TEXT_DARK = QColor("#9a4d00"), QColor("#f3b565")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def local_time(moment: datetime) -> str:
    """The time of day in local time, as the locale writes it (13:49 / 1:49 PM)."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def people_text(entry) -> str:
    """Who took part, as a line: the client's people, else our team (a note has only us)."""
    parties = entry.people or entry.team
    return ", ".join(p.name for p in parties)


class TimelineDelegate(QStyledItemDelegate):
    """Draws every kind of timeline row; heights follow the font, so scaling just works."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        line = option.fontMetrics.height()
        row = index.data(ROW_ROLE)
        width = max(option.rect.width(), 200)
        if isinstance(row, MonthRow):
            return QSize(width, round(line * 2.1))
        if isinstance(row, GapRow):
            return QSize(width, round(line * 2.0))
        return QSize(width, round(line * 2 + line * 1.0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.data(ROW_ROLE)
        painter.save()
        try:
            if isinstance(row, MonthRow):
                self._month(painter, option, row, index.data(COUNT_ROLE))
            elif isinstance(row, GapRow):
                self._gap(painter, option, index.data())
            elif isinstance(row, EntryRow):
                self._entry(painter, option, row)
        finally:
            painter.restore()

    # -- the kinds of row ----------------------------------------------------------------

    def _month(self, painter: QPainter, option: QStyleOptionViewItem, row: MonthRow, count) -> None:
        rect = option.rect
        palette = option.palette
        active = QPalette.ColorGroup.Active  # a header is not "enabled" (not selectable), yet not greyed
        painter.fillRect(rect, palette.color(active, QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(palette.color(active, QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(option.font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(palette.color(active, QPalette.ColorRole.Text))
        pad = option.fontMetrics.height() * 0.6
        text_rect = QRectF(rect).adjusted(pad, 0, -pad, 0)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, month_title(row.month)
        )
        if count is not None:
            painter.setFont(option.font)
            painter.setPen(palette.color(active, QPalette.ColorRole.PlaceholderText))
            label = QCoreApplication.translate("TimelineDelegate", "Interactions: {count}").format(
                count=formatting.integer(count)
            )
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)

    def _gap(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        rect = QRectF(option.rect)
        dark = is_dark(option.palette)
        painter.fillRect(rect, GAP_DARK if dark else GAP_LIGHT)
        ink = GAP_TEXT_DARK if dark else GAP_TEXT_LIGHT
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text)
        pad = metrics.height() * 0.6
        middle = rect.center().y()
        pen = QPen(ink, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        left_end = rect.left() + pad * 3
        painter.drawLine(rect.left() + pad, middle, left_end - pad * 0.5, middle)
        right_start = left_end + width + pad * 0.5
        if right_start < rect.right() - pad:
            painter.drawLine(right_start, middle, rect.right() - pad, middle)
        painter.setPen(ink)
        painter.drawText(
            QRectF(left_end, rect.top(), width + 2, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )

    def _entry(self, painter: QPainter, option: QStyleOptionViewItem, row: EntryRow) -> None:
        entry = row.entry
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        background.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, background, painter, widget)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = option.fontMetrics
        line = metrics.height()
        rect = QRectF(option.rect)
        pad = line * 0.5
        top = rect.top() + pad
        badge = line * 1.7
        glyphs.paint_channel(
            painter, QRectF(rect.left() + pad, top + (line * 2 - badge) / 2, badge, badge), entry.kind
        )
        x = rect.left() + pad * 2 + badge
        right = rect.right() - pad
        # The date over the time, in a column as wide as the widest date.
        time_width = (
            max(
                metrics.horizontalAdvance(formatting.short_date(datetime(2026, 12, 28, 12))),
                metrics.horizontalAdvance(local_time(datetime(2026, 12, 28, 23, 58).astimezone())),
            )
            + pad
        )
        painter.setFont(option.font)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(x, top, time_width, line),
            Qt.AlignmentFlag.AlignLeft,
            formatting.short_date(entry.occurred_at),
        )
        painter.setPen(muted)
        painter.drawText(
            QRectF(x, top + line, time_width, line), Qt.AlignmentFlag.AlignLeft, local_time(entry.occurred_at)
        )
        x += time_width
        glyphs.paint_direction(painter, QRectF(x, top, line * 1.2, line), entry.direction, muted)
        x += line * 1.2 + pad * 0.6
        # People on the right of the first line, at most 30 % of the room.
        people = people_text(entry)
        room = right - x
        people_width = 0.0
        if people:
            people_width = min(metrics.horizontalAdvance(people), room * 0.3)
            painter.setPen(muted)
            painter.drawText(
                QRectF(right - people_width, top, people_width, line),
                Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(people, Qt.TextElideMode.ElideRight, round(people_width)),
            )
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        subject = entry.subject or QCoreApplication.translate("TimelineModel", "(no subject)")
        subject_width = max(0.0, room - people_width - pad)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(x, top, subject_width, line),
            Qt.AlignmentFlag.AlignLeft,
            bold_metrics.elidedText(subject, Qt.TextElideMode.ElideRight, round(subject_width)),
        )
        # Second line: the channel in its colour, then the summary.
        painter.setFont(option.font)
        channel = interaction_kind_label(entry.kind)
        channel_width = metrics.horizontalAdvance(channel)
        painter.setPen(text_colour if selected else glyphs.colour(entry.kind).darker(115))
        painter.drawText(QRectF(x, top + line, channel_width + 1, line), Qt.AlignmentFlag.AlignLeft, channel)
        rest = " · ".join(part for part in (entry.location, _one_line(entry.summary)) if part)
        if rest:
            start = x + channel_width + pad * 0.6
            painter.setPen(muted)
            painter.drawText(
                QRectF(start, top + line, max(0.0, right - start), line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText("· " + rest, Qt.TextElideMode.ElideRight, round(max(0.0, right - start))),
            )

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt's name
        row = index.data(ROW_ROLE)
        if isinstance(row, EntryRow):
            entry = row.entry
            tip = "\n".join(
                part
                for part in (
                    formatting.long_datetime(entry.occurred_at),
                    f"{interaction_kind_label(entry.kind)} · {direction_label(entry.direction)}",
                    people_text(entry),
                )
                if part
            )
            QToolTip.showText(event.globalPos(), tip, view)
            return True
        return super().helpEvent(event, view, option, index)


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None
