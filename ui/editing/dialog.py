"""The dialog every record is created and edited in: a ``Form`` with Save and Cancel.

Save builds the planner input from the form, runs one undo command through
``perform`` (saved at once, in its own transaction) and closes; a refused edit
(``ValidationError``) leaves the dialog open with the message under the field it
names and nothing on the undo stack. Enter saves, Esc cancels.
"""

from __future__ import annotations

import uuid
from dataclasses import MISSING, fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError, ValidationError
from ui.editing import commands
from ui.editing.dialogs import form_for
from ui.editing.form import ERROR_COLOUR, Form, FormContext, FormDefinition
from ui.editing.kinds import Kind, account_of, tr
from ui.editing.reasons import explain
from ui.labels import error_label
from ui.undo import ServiceCommand, perform
from ui.workspace import WorkspaceContext

#: The narrowest a record dialog opens (logical pixels).
MIN_WIDTH = 600


class FormDialog(QDialog):
    """A form in a scrollable page with Save/Cancel and a message line for problems without a field.

    Subclasses (``RecordDialog``, ``AccountDialog``) say what saving means by defining
    ``build_command(values) -> ServiceCommand``: the one undoable command ``accept`` performs.
    """

    def __init__(
        self,
        context: WorkspaceContext,
        definition: FormDefinition,
        ctx: FormContext,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self.form = Form(definition, ctx)
        self.general = QLabel()
        self.general.setObjectName("generalProblem")
        self.general.setWordWrap(True)
        palette = self.general.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.general.setPalette(palette)
        self.general.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("editing", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("editing", "Cancel")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        # Ctrl+Enter saves from anywhere, also from a multi-line note.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def showEvent(self, event) -> None:
        self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        """As tall as the form needs, up to most of the screen (then the form scrolls)."""
        hint = self.form.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        height = hint.height() + self.buttons.sizeHint().height() + 48
        wanted = max(MIN_WIDTH, self.form.definition.width)
        width = max(hint.width() + self.scroll.verticalScrollBar().sizeHint().width() + 32, wanted)
        if screen is not None:
            height = min(height, int(screen.height() * 0.85))
            width = min(width, int(screen.width() * 0.9))
        self.resize(width, height)

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.setVisible(bool(text))

    def show_error(self, error: PlannerError) -> None:
        """A refused save: under its field when the form has it, else above the form."""
        if isinstance(error, ValidationError):
            message = explain(error)
            if self.form.show_problem(error.field, message):
                return
            self.show_general(message)
            return
        self.show_general(f"{error_label(error.code)} {error.detail}")

    def accept(self) -> None:
        self.show_general("")
        values = self.form.values()
        if values is None:
            return
        try:
            command = self.build_command(values)
            perform(self.context.undo_stack, command)
        except PlannerError as error:
            self.show_error(error)
            return
        self.saved(command)
        super().accept()

    def saved(self, command: ServiceCommand) -> None:
        """Called after a save (the command is on the stack)."""


class RecordDialog(FormDialog):
    """Creates (``parent_uuid``) or edits (``record_uuid``) one record of a kind."""

    def __init__(
        self,
        context: WorkspaceContext,
        kind: Kind,
        *,
        record_uuid: uuid.UUID | None = None,
        parent_uuid: uuid.UUID | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        db = context.db
        self.kind = kind
        self.record = kind.records.get(db, record_uuid) if record_uuid is not None else None
        self.parent_uuid = self.record.parent_uuid if self.record is not None else parent_uuid
        account = self.record.account_uuid if self.record is not None else account_of(db, kind, parent_uuid)
        ctx = FormContext(db, account, self.record)
        definition = form_for(kind.key)
        title = tr(kind.edit_title if self.record is not None else kind.new_title)
        super().__init__(context, definition, ctx, title, parent)
        self.setObjectName(f"{kind.key}Dialog")
        self.defaults = {**definition.defaults(ctx), **(defaults or {})}
        self.form.fill(self.record, self.defaults)
        #: The record saved (the new one's UUID after a create), once saved.
        self.saved_uuid: uuid.UUID | None = None

    def build_command(self, values: dict[str, Any]) -> ServiceCommand:
        spec = self.kind.spec
        names = [f.name for f in fields(spec.input)]
        if self.record is not None:
            base = {name: getattr(self.record, name) for name in names}
        else:
            base = {
                f.name: None
                for f in fields(spec.input)
                if f.default is MISSING and f.default_factory is MISSING
            }
            base.update({k: v for k, v in self.defaults.items() if k in names})
        data = spec.input(**{**base, **values})
        db = self.context.db
        if self.record is None:
            return commands.CreateRecord(db, self.kind, self.parent_uuid, data, bus=self.context.bus)
        if not spec.updatable:
            return commands.ReplaceRecord(db, self.kind, self.record.uuid, data, bus=self.context.bus)
        return commands.EditRecord(
            db, self.kind, self.record.uuid, data, old=self.record, bus=self.context.bus
        )

    def saved(self, command: ServiceCommand) -> None:
        self.saved_uuid = getattr(command, "record_uuid", None)
