"""The Briefing tab: the one-click path from a meeting to a Word document.

Reads go through planner.briefing (meetings, people, the outline); the document is
written in a worker with progress and Cancel, atomically, then opened in the
system's word processor if the user wants. Nothing here words the document: the
planner writes it in the chosen language, whatever the interface language is.
"""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QTreeWidgetItem, QWidget

from planner.briefing.request import Audience, BriefingRequest
from planner.briefing.service import account_people, build_briefing, list_meetings, outline
from planner.changes import Entity
from planner.errors import PlannerError, ValidationError
from planner.services import accounts
from ui import formatting
from ui.briefing.view import BriefingView, tr
from ui.progress import TaskProgress
from ui.workspace import AccountTab, WorkspaceContext

TEMPLATE_KEY = "briefing/template"
UUID_ROLE = Qt.ItemDataRole.UserRole


def as_of() -> date | None:
    """The day the briefing is written for: today, or KAP_AS_OF (YYYY-MM-DD) for demos and tests."""
    text = os.environ.get("KAP_AS_OF")
    return date.fromisoformat(text) if text else None


class BriefingTab(AccountTab):
    entities = frozenset({Entity.ACCOUNT, Entity.PERSON, Entity.INTERACTION})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = BriefingView(self)
        self._fill_choices()
        self._outline_worker = None
        self.last_written: Path | None = None
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.write_button.clicked.connect(self.write)
        self.ui.choose_template.clicked.connect(self._choose_template)
        self.ui.reset_template.clicked.connect(lambda: self._set_template(None))
        self.ui.from_timeline.toggled.connect(self._mode_changed)
        self._show_template()
        self._mode_changed()

    # ----------------------------------------------------------------- loading

    def load(self, account_uuid: uuid.UUID) -> None:
        super().load(account_uuid)
        detail = accounts.get(self.db, account_uuid)
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(detail.language)))
        self.ui.meetings.clear()
        for meeting in list_meetings(self.db, account_uuid, as_of=as_of()):
            when = formatting.long_datetime(meeting.occurred_at)
            label = f"{when} · {meeting.subject or ''}"
            if meeting.upcoming:
                label = tr("Upcoming: {meeting}").format(meeting=label)
            self.ui.meetings.addItem(label, meeting.uuid)
        self.ui.attendees.clear()
        for person in account_people(self.db, account_uuid):
            text = person.name + (f" — {person.title}" if person.title else "")
            if person.left:
                text = tr("{person} (left the company)").format(person=text)
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, person.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.attendees.addItem(item)
        self.ui.date.setDate(QDate(as_of() or date.today()))
        has_meetings = self.ui.meetings.count() > 0
        self.ui.from_timeline.setEnabled(has_meetings)
        (self.ui.from_timeline if has_meetings else self.ui.from_date).setChecked(True)
        self._mode_changed()
        self._say("")
        self.preview()

    def refresh(self) -> None:
        if self.account_uuid is not None:
            self.load(self.account_uuid)

    # ----------------------------------------------------------------- the request

    def request(self) -> BriefingRequest:
        """What the widgets describe; raises ValidationError naming the field."""
        if self.account_uuid is None:
            raise ValidationError("account", "no account selected")
        common = {
            "account": self.account_uuid,
            "audience": Audience(self.ui.audience.currentData()),
            "lang": self.ui.language.currentData(),
            "as_of": as_of(),
            "template": self._template(),
        }
        if self.ui.from_timeline.isChecked():
            meeting = self.ui.meetings.currentData()
            return BriefingRequest(meeting=meeting, **common).validated()
        chosen = tuple(
            self.ui.attendees.item(i).data(UUID_ROLE)
            for i in range(self.ui.attendees.count())
            if self.ui.attendees.item(i).checkState() == Qt.CheckState.Checked
        )
        day = self.ui.date.date().toPython()
        return BriefingRequest(date=day, attendees=chosen, **common).validated()

    def preview(self) -> None:
        """Compute the outline off the UI thread; a newer request supersedes an older one."""
        try:
            request = self.request()
        except PlannerError as error:
            self._fail(error)
            return
        worker = self.context.workers.run(outline, self.db, request)
        self._outline_worker = worker
        worker.signals.result.connect(lambda result, w=worker: self._show_outline(w, result))
        worker.signals.error.connect(self._fail)

    def write(self, path: Path | None = None) -> None:
        """Ask where (unless given), then write the document in a worker with progress."""
        try:
            request = self.request()
        except PlannerError as error:
            self._fail(error)
            return
        if path is None:
            path = self._ask_path(request)
            if path is None:
                return
        worker = self.context.workers.run(build_briefing, self.db, request, out=path)
        TaskProgress(self, worker, tr("Briefing"), tr("Writing the briefing…"))
        worker.signals.result.connect(lambda result: self._written(path, result))
        worker.signals.error.connect(self._fail)

    # ----------------------------------------------------------------- results

    def _show_outline(self, worker, result) -> None:
        if worker is not self._outline_worker:
            return  # an older request answered late
        self.ui.outline.clear()
        self.ui.outline_title.setText(f"{result.title} — {result.account}")
        for section in result.sections:
            item = QTreeWidgetItem([section.title])
            for line in section.lines:
                QTreeWidgetItem(item, [line])
            self.ui.outline.addTopLevelItem(item)
        self.ui.outline.expandToDepth(0)

    def _written(self, path: Path, result) -> None:
        self.last_written = path
        text = tr("Written to {path}: {sections} sections, {points} talking points, {pictures} pictures.")
        self._say(
            text.format(
                path=path, sections=len(result.sections), points=result.talking_points,
                pictures=result.pictures,
            )
        )
        if self.ui.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            text = tr("Check {field}: {reason}").format(field=error.field, reason=error.reason)
        elif isinstance(error, PlannerError):
            text = error.detail
        else:
            text = tr("The briefing could not be written: {error}").format(error=error)
        self._say(text, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet("color: #b3261e;" if error else "")

    # ----------------------------------------------------------------- choices

    def _fill_choices(self) -> None:
        current_audience = self.ui.audience.currentData()
        current_language = self.ui.language.currentData()
        self.ui.audience.clear()
        self.ui.audience.addItem(tr("Internal (our team)"), Audience.INTERNAL.value)
        self.ui.audience.addItem(tr("Client-facing (nothing internal)"), Audience.CLIENT.value)
        self.ui.language.clear()
        self.ui.language.addItem("English", "en")
        self.ui.language.addItem("Русский", "ru")
        for combo, value in ((self.ui.audience, current_audience), (self.ui.language, current_language)):
            if value is not None:
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def _mode_changed(self) -> None:
        by_date = self.ui.from_date.isChecked()
        self.ui.meetings.setEnabled(not by_date)
        self.ui.date.setEnabled(by_date)
        self.ui.attendees.setEnabled(by_date)

    def _ask_path(self, request: BriefingRequest) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.ui.outline_title.text().split(" — ")[-1] or "briefing"
        suggestion = Path(folder) / f"{name} {request.date or as_of() or date.today()}.docx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Write briefing"), str(suggestion), tr("Word documents (*.docx)")
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".docx") else chosen + ".docx")

    def _template(self) -> Path | None:
        value = QSettings().value(TEMPLATE_KEY, "")
        return Path(value) if value else None

    def _set_template(self, path: Path | None) -> None:
        QSettings().setValue(TEMPLATE_KEY, str(path) if path else "")
        self._show_template()
        self.preview()

    def _choose_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Corporate template"), "", tr("Word documents (*.docx)")
        )
        if chosen:
            self._set_template(Path(chosen))

    def _show_template(self) -> None:
        template = self._template()
        self.ui.template.setText(template.name if template else tr("Built-in"))
        self.ui.template.setToolTip(str(template) if template else "")
        self.ui.reset_template.setEnabled(template is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            self._fill_choices()
            self._show_template()
        super().changeEvent(event)
