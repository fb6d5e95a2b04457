"""New… / Edit… / Delete buttons for one kind of record shown in a table.

Bound to a table view: Edit and Delete act on its current row (and are enabled only
with one), Insert, F2 / Return and Delete work while the table has the focus. They
call ``ui.service.editing`` (``ui.editing``'s dialogs and undoable commands) and are
hidden while that module is missing from the build.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QWidget

from planner.changes import Entity
from ui.service import editing
from ui.service.table_model import ROW_ROLE

#: Button texts per kind of record: (new, edit, delete).
TEXTS: dict[Entity, tuple[str, str, str]] = {
    Entity.ORDER: (
        QT_TRANSLATE_NOOP("RecordActions", "New Order…"),
        QT_TRANSLATE_NOOP("RecordActions", "Edit Order…"),
        QT_TRANSLATE_NOOP("RecordActions", "Delete Order"),
    ),
    Entity.DELIVERY: (
        QT_TRANSLATE_NOOP("RecordActions", "New Delivery…"),
        QT_TRANSLATE_NOOP("RecordActions", "Edit Delivery…"),
        QT_TRANSLATE_NOOP("RecordActions", "Delete Delivery"),
    ),
    Entity.TICKET: (
        QT_TRANSLATE_NOOP("RecordActions", "New Ticket…"),
        QT_TRANSLATE_NOOP("RecordActions", "Edit Ticket…"),
        QT_TRANSLATE_NOOP("RecordActions", "Delete Ticket"),
    ),
    Entity.SLA: (
        QT_TRANSLATE_NOOP("RecordActions", "New SLA…"),
        QT_TRANSLATE_NOOP("RecordActions", "Edit SLA…"),
        QT_TRANSLATE_NOOP("RecordActions", "Delete SLA"),
    ),
    Entity.SURVEY: (
        QT_TRANSLATE_NOOP("RecordActions", "New Survey Answer…"),
        QT_TRANSLATE_NOOP("RecordActions", "Edit Survey Answer…"),
        QT_TRANSLATE_NOOP("RecordActions", "Delete Survey Answer"),
    ),
}


def _row_uuid(index) -> uuid.UUID | None:
    item = index.data(ROW_ROLE)
    return getattr(item, "uuid", None)


class RecordActions(QObject):
    """The editing buttons (``bar``) and keyboard actions for ``entity`` rows of ``view``.

    ``account`` returns the account new records go under; ``record_of(index)`` the
    UUID of a row's record (by default its read-model's ``uuid``). ``editable`` False
    leaves Edit out (survey answers are history: added and deleted, never rewritten).
    """

    def __init__(
        self,
        tab,
        entity: Entity,
        view: QAbstractItemView,
        account: Callable[[], uuid.UUID | None],
        *,
        record_of: Callable = _row_uuid,
        editable: bool = True,
    ) -> None:
        super().__init__(view)
        self.tab = tab
        self.entity = entity
        self.view = view
        self.account = account
        self.record_of = record_of
        self.editable = editable
        self.bar = QWidget()
        self.bar.setObjectName(f"{entity.value}Actions")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        for name, button in (
            ("new", self.new_button),
            ("edit", self.edit_button),
            ("delete", self.delete_button),
        ):
            button.setObjectName(f"{entity.value}_{name}")
            row.addWidget(button)
        self.edit_button.setVisible(editable)
        row.addStretch(1)
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self._keys = [
            self._key(QKeySequence(Qt.Key.Key_Insert), self.create),
            self._key(QKeySequence(QKeySequence.StandardKey.Delete), self.delete),
        ]
        if editable:
            self._keys.append(self._key(QKeySequence(Qt.Key.Key_F2), self.edit))
            view.activated.connect(lambda _index: self.edit())
        self.available = editing.available()
        self.bar.setVisible(self.available)
        for action in self._keys:
            action.setEnabled(self.available)
        self.retranslate()
        self.update_enabled()

    def _key(self, keys: QKeySequence, slot: Callable[[], None]) -> QAction:
        action = QAction(self.view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def watch_selection(self) -> None:
        """Follow the view's selection model (call after the view has its model)."""
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_enabled())
        self.update_enabled()

    def retranslate(self) -> None:
        new, edit, delete = (QCoreApplication.translate("RecordActions", text) for text in TEXTS[self.entity])
        self.new_button.setText(new)
        self.edit_button.setText(edit)
        self.delete_button.setText(delete)
        for button, text in ((self.new_button, new), (self.edit_button, edit), (self.delete_button, delete)):
            button.setAccessibleName(text.rstrip("…"))

    def update_enabled(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def current(self) -> uuid.UUID | None:
        model = self.view.selectionModel()
        if model is None:
            return None
        index = self.view.currentIndex()
        if not index.isValid() or not model.hasSelection():
            return None
        return self.record_of(index)

    # -- acting --------------------------------------------------------------------

    def create(self) -> None:
        account = self.account()
        if self.available and account is not None:
            editing.create(self.tab.context, self.entity, account, self.tab)

    def edit(self) -> None:
        record = self.current()
        if self.available and self.editable and record is not None:
            editing.edit(self.tab.context, self.entity, record, self.tab)

    def delete(self) -> None:
        record = self.current()
        if self.available and record is not None:
            editing.delete(self.tab.context, self.entity, record, self.tab)
