"""Quick log (Ctrl+L): record a call or a site visit in a few keystrokes.

Made for a laptop on a client's site: the kind is preselected (a call), who is
typed with completion over the account's people (several, comma-separated), a few
words of subject, and Enter saves; when defaults to now and our side to the account
manager. The save is one undoable ``CreateInteraction``; a refused save shows the
planner's reason next to its field and nothing enters the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.database import Database
from planner.enums import Direction, InteractionKind
from planner.errors import ValidationError
from ui.labels import direction_label, interaction_kind_label
from ui.timeline.commands import CreateInteraction
from ui.timeline.filters import find_data
from ui.timeline.glyphs import channel_icon
from ui.undo import ChangeBus, perform

#: The kinds offered, the likeliest on a client's site first.
KINDS = (
    InteractionKind.CALL,
    InteractionKind.SITE_VISIT,
    InteractionKind.MEETING,
    InteractionKind.VIDEO_CALL,
    InteractionKind.EMAIL,
    InteractionKind.MESSAGE,
    InteractionKind.NOTE,
    InteractionKind.CONFERENCE,
    InteractionKind.WEB_VISIT,
)
#: The direction a kind usually has (the user can change it).
USUAL_DIRECTION = {
    InteractionKind.SITE_VISIT: Direction.MUTUAL,
    InteractionKind.MEETING: Direction.MUTUAL,
    InteractionKind.CONFERENCE: Direction.MUTUAL,
    InteractionKind.NOTE: Direction.INTERNAL,
    InteractionKind.WEB_VISIT: Direction.INBOUND,
}


def datetime_format() -> str:
    """The locale's short date and time, with a four-digit year (as the rest of the app shows dates)."""
    locale = QLocale()
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    return f"{day} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class NamesCompleter(QCompleter):
    """Completes the name being typed after the last comma, keeping the names before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt's name
        name = str(index.data())
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [part.strip() for part in text.split(",")[:-1] if part.strip()]
        return ", ".join([*head, name]) + ", "


class NamesEdit(QLineEdit):
    """Several names from a list, comma-separated, with completion on each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[uuid.UUID, str]] = []
        self._names = QStringListModel(self)
        completer = NamesCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_choices(self, choices: Iterable[tuple[uuid.UUID, str]]) -> None:
        self._choices = list(choices)
        self._names.setStringList([name for _, name in self._choices])

    def set_chosen(self, chosen: Iterable[uuid.UUID]) -> None:
        names = {u: n for u, n in self._choices}
        self.setText(", ".join(names[u] for u in chosen if u in names))

    def chosen(self) -> tuple[list[uuid.UUID], list[str]]:
        """(the UUIDs of the names typed, the names that match nobody or several)."""
        found: list[uuid.UUID] = []
        unknown: list[str] = []
        for part in self.text().split(","):
            name = " ".join(part.split())
            if not name:
                continue
            match = self._match(name)
            if match is None:
                unknown.append(name)
            elif match not in found:
                found.append(match)
        return found, unknown

    def _match(self, name: str) -> uuid.UUID | None:
        folded = name.casefold()
        for candidates in (
            [u for u, n in self._choices if n.casefold() == folded],
            [u for u, n in self._choices if n.casefold().startswith(folded)],
            [u for u, n in self._choices if any(w.startswith(folded) for w in n.casefold().split())],
        ):
            if len(set(candidates)) == 1:
                return candidates[0]
            if len(candidates) > 1:
                return None
        return None


class QuickLogDialog(QDialog):
    """The compact form; ``command`` holds the CreateInteraction after a successful save."""

    def __init__(
        self,
        db: Database,
        account_uuid: uuid.UUID,
        undo_stack,
        *,
        people: Iterable[tuple[uuid.UUID, str]] = (),
        team: Iterable[tuple[uuid.UUID, str]] = (),
        owner: uuid.UUID | None = None,
        bus: ChangeBus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quickLogDialog")
        self.db, self.account_uuid, self.undo_stack, self.bus = db, account_uuid, undo_stack, bus
        self.command: CreateInteraction | None = None
        self._build()
        self.who.set_choices(people)
        self.team.set_choices(team)
        if owner is not None:
            self.team.set_chosen([owner])
        self._kind_changed()
        self.who.setFocus()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Quick Log"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}

        self.kind = QComboBox()
        self.kind.setObjectName("quickLogKind")
        for kind in KINDS:
            self.kind.addItem(channel_icon(kind), interaction_kind_label(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.direction = QComboBox()
        self.direction.setObjectName("quickLogDirection")
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction)
        self.direction.setAccessibleName(self.tr("Direction"))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.direction, 1)
        self._add(form, self.tr("&Kind:"), self.kind, "kind", kind_row)

        self.who = NamesEdit()
        self.who.setObjectName("quickLogWho")
        self.who.setPlaceholderText(self.tr("Names, separated by commas"))
        self.who.setAccessibleName(self.tr("Who took part at the client"))
        self._add(form, self.tr("&Who:"), self.who, "people")

        self.subject = QLineEdit()
        self.subject.setObjectName("quickLogSubject")
        self.subject.setPlaceholderText(self.tr("What was it about?"))
        self.subject.setAccessibleName(self.tr("Subject"))
        self._add(form, self.tr("&What:"), self.subject, "subject")

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("quickLogNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)
        self._add(form, self.tr("&Notes:"), self.notes, "summary")

        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("quickLogWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_format())
        self.when.setAccessibleName(self.tr("When"))
        self.now_button = QPushButton(self.tr("N&ow"))
        self.now_button.setObjectName("quickLogNow")
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(lambda: self.when.setDateTime(QDateTime.currentDateTime()))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button)
        self._add(form, self.tr("W&hen:"), self.when, "occurred_at", when_row)

        self.team = NamesEdit()
        self.team.setObjectName("quickLogTeam")
        self.team.setAccessibleName(self.tr("Who took part on our side"))
        self._add(form, self.tr("O&ur side:"), self.team, "team_members")

        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        # Enter saves from a line; in the notes it starts a new line, so Ctrl+Enter saves there.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b3261e;")
        label.hide()
        return label

    def _with_error(self, field: str, inner) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(inner, QWidget):
            column.addWidget(inner)
        else:
            column.addLayout(inner)
        self.errors[field] = self._error_label()
        column.addWidget(self.errors[field])
        return box

    def _add(self, form: QFormLayout, text: str, buddy: QWidget, field: str, inner=None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, self._with_error(field, inner if inner is not None else buddy))

    # -- behaviour -----------------------------------------------------------------------

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        usual = USUAL_DIRECTION.get(kind, Direction.OUTBOUND)
        self.direction.setCurrentIndex(max(find_data(self.direction, usual), 0))

    def set_kind(self, kind: InteractionKind) -> None:
        self.kind.setCurrentIndex(max(find_data(self.kind, kind), 0))

    def show_error(self, field: str | None, message: str) -> None:
        label = self.errors.get(field or "", self.general_error)
        label.setText(message)
        label.show()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def save(self) -> None:
        """Log it (one undoable command) and close; a refusal stays open with the reason shown."""
        self.clear_errors()
        people, unknown_people = self.who.chosen()
        team, unknown_team = self.team.chosen()
        if unknown_people:
            self.show_error("people", self._unknown(unknown_people))
            self.who.setFocus()
            return
        if unknown_team:
            self.show_error("team_members", self._unknown(unknown_team))
            self.team.setFocus()
            return
        moment: datetime = self.when.dateTime().toPython().astimezone()
        command = CreateInteraction(
            self.db,
            self.account_uuid,
            self.kind.currentData(),
            self.subject.text(),
            summary=self.notes.toPlainText(),
            occurred_at=moment,
            people=people,
            team_members=team,
            direction=self.direction.currentData(),
            bus=self.bus,
        )
        try:
            perform(self.undo_stack, command)
        except ValidationError as error:
            self.show_error(error.field, self._reason(error))
            focus = {
                "subject": self.subject,
                "occurred_at": self.when,
                "people": self.who,
                "team_members": self.team,
            }.get(error.field)
            if focus is not None:
                focus.setFocus()
            return
        self.command = command
        self.accept()

    def _unknown(self, names: list[str]) -> str:
        return self.tr("Nobody of that name here: {names}. Pick names from the list.").format(
            names=", ".join(f"“{n}”" for n in names)
        )

    def _reason(self, error: ValidationError) -> str:
        """The planner's reason in the user's words, for the fields this form has."""
        if error.field == "subject":
            if "characters" in error.reason:
                return self.tr("The subject is too long; put the details into the notes.")
            return self.tr("Say in a few words what it was about (a subject or a note).")
        if error.field == "occurred_at":
            return self.tr("That lies in the future; plan meetings in the calendar.")
        if error.field in ("people", "team_members"):
            return self.tr("Somebody here is no longer on the list; pick the names again.")
        return error.reason
