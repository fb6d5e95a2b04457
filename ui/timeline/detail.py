"""The detail pane: the selected interaction in full (summary, who took part, where it came from).

Everything shown is already in the model's ``TimelineEntry``: selecting a row reads nothing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from planner.timeline.query import Party, TimelineEntry
from ui import formatting
from ui.labels import direction_label, interaction_kind_label
from ui.timeline.glyphs import channel_pixmap

CONTEXT = "TimelineDetail"

ROLES = {
    "sender": QT_TRANSLATE_NOOP("TimelineDetail", "sender"),
    "recipient": QT_TRANSLATE_NOOP("TimelineDetail", "recipient"),
    "cc": QT_TRANSLATE_NOOP("TimelineDetail", "in copy"),
    "organizer": QT_TRANSLATE_NOOP("TimelineDetail", "organiser"),
    "attendee": QT_TRANSLATE_NOOP("TimelineDetail", "attendee"),
}
SENTIMENTS = {
    "positive": QT_TRANSLATE_NOOP("TimelineDetail", "Positive"),
    "neutral": QT_TRANSLATE_NOOP("TimelineDetail", "Neutral"),
    "negative": QT_TRANSLATE_NOOP("TimelineDetail", "Negative"),
}
#: Where a record came from (the importer's format, or by hand).
SOURCES = {
    "manual": QT_TRANSLATE_NOOP("TimelineDetail", "Entered by hand"),
    "eml": QT_TRANSLATE_NOOP("TimelineDetail", "Imported e-mail"),
    "mbox": QT_TRANSLATE_NOOP("TimelineDetail", "Imported mailbox"),
    "msg": QT_TRANSLATE_NOOP("TimelineDetail", "Imported Outlook item"),
    "ics": QT_TRANSLATE_NOOP("TimelineDetail", "Imported calendar"),
    "vcf": QT_TRANSLATE_NOOP("TimelineDetail", "Imported contacts"),
    "csv": QT_TRANSLATE_NOOP("TimelineDetail", "Imported spreadsheet"),
    "xlsx": QT_TRANSLATE_NOOP("TimelineDetail", "Imported spreadsheet"),
    "demo": QT_TRANSLATE_NOOP("TimelineDetail", "Demo data"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_text(entry: TimelineEntry) -> str:
    label = SOURCES.get(entry.source or "manual")
    text = _t(label) if label else (entry.source or "")
    if entry.source_name:
        text = QCoreApplication.translate("TimelineDetail", "{source}: {file}").format(
            source=text, file=entry.source_name
        )
    return text


class DetailPane(QWidget):
    """One interaction, read-only, with Edit and Delete buttons the tab wires."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDetail")
        self._entry: TimelineEntry | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.badge = QLabel()
        self.kind = QLabel()
        self.kind.setObjectName("timelineDetailKind")
        header.addWidget(self.badge)
        header.addWidget(self.kind, 1)
        outer.addLayout(header)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QLabel()
        self.body.setObjectName("timelineDetailBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setMargin(4)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.edit = QPushButton()
        self.edit.setObjectName("timelineEdit")
        self.delete = QPushButton()
        self.delete.setObjectName("timelineDelete")
        buttons.addStretch(1)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.delete)
        outer.addLayout(buttons)
        self.retranslate()
        self.show_entry(None)

    @property
    def entry(self) -> TimelineEntry | None:
        return self._entry

    def retranslate(self) -> None:
        self.edit.setText(self.tr("E&dit…"))
        self.edit.setAccessibleName(self.tr("Edit the interaction"))
        self.delete.setText(self.tr("Dele&te"))
        self.delete.setAccessibleName(self.tr("Delete the interaction"))
        self.body.setAccessibleName(self.tr("The selected interaction"))
        self.show_entry(self._entry)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_entry(self, entry: TimelineEntry | None) -> None:
        self._entry = entry
        for button in (self.edit, self.delete):
            button.setEnabled(entry is not None)
        if entry is None:
            self.badge.clear()
            self.kind.setText("")
            self.body.setText(
                f"<p style='color: {self._muted()}'>"
                + escape(self.tr("Select an interaction to read it in full."))
                + "</p>"
            )
            return
        size = self.fontMetrics().height() * 2
        self.badge.setPixmap(channel_pixmap(entry.kind, size, self.devicePixelRatioF()))
        kind, direction = interaction_kind_label(entry.kind), direction_label(entry.direction)
        self.kind.setText(f"<b>{escape(kind)}</b> · {escape(direction)}")
        self.body.setText(self._html(entry))

    def _html(self, entry: TimelineEntry) -> str:
        subject = entry.subject or self.tr("(no subject)")
        parts = [f"<h3 style='margin: 0 0 6px 0'>{escape(subject)}</h3>"]
        when = formatting.long_datetime(entry.occurred_at)
        facts = [when]
        if entry.duration_minutes:
            facts.append(self.tr("{minutes} min").format(minutes=formatting.integer(entry.duration_minutes)))
        if entry.location:
            facts.append(entry.location)
        parts.append("<p>" + " · ".join(escape(f) for f in facts) + "</p>")
        if entry.summary:
            text = escape(entry.summary).replace("\n", "<br>")
            parts.append(f"<p>{text}</p>")
        rows = []
        if entry.people:
            rows.append((self.tr("Client"), self._parties(entry.people)))
        if entry.team:
            rows.append((self.tr("Our team"), self._parties(entry.team)))
        if entry.next_step:
            rows.append((self.tr("Next step"), escape(entry.next_step)))
        if entry.sentiment is not None:
            label = SENTIMENTS.get(entry.sentiment)
            rows.append((self.tr("Mood"), escape(_t(label) if label else str(entry.sentiment))))
        rows.append((self.tr("Source"), escape(source_text(entry))))
        muted = self._muted()
        table = "".join(
            f"<tr><td style='padding: 2px 10px 2px 0; color: {muted}' valign='top'>"
            f"{escape(label)}</td><td style='padding: 2px 0'>{value}</td></tr>"
            for label, value in rows
        )
        parts.append(f"<table>{table}</table>")
        return "".join(parts)

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _parties(self, parties: tuple[Party, ...]) -> str:
        muted = self._muted()
        lines = []
        for party in parties:
            role = ROLES.get(party.role)
            if role:
                lines.append(f"{escape(party.name)} <span style='color: {muted}'>({escape(_t(role))})</span>")
            else:
                lines.append(escape(party.name))
        return "<br>".join(lines)
