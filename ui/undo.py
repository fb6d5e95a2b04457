"""Edits as undoable commands, and the one signal that tells every view what changed.

Every edit is saved at once by a planner service, which returns a ``Changes``
record. ``ServiceCommand`` wraps one user intent: ``redo()`` calls the service,
``undo()`` calls the service that takes it back, and both broadcast the returned
``Changes`` on ``ChangeBus.changed``, where each view decides whether it is
affected. ``perform`` runs a command the first time *before* it enters the stack,
so an edit the planner refuses (a ``ValidationError`` a dialog shows next to its
field) never becomes an entry in the Edit menu.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from planner.changes import Changes
from planner.errors import PlannerError

ServiceCall = Callable[[], Changes]


class ChangeBus(QObject):
    """The application-wide broadcast of what the last operation changed.

    ``changed(Changes)`` is emitted after every saved edit, undo and redo, and after
    operations that replace data wholesale (restore: ``Entity.DATABASE``).
    ``failed(PlannerError)`` reports an undo or redo the planner refused.
    """

    changed = Signal(object)
    failed = Signal(object)

    _instance: ChangeBus | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batch: list[Changes] | None = None

    @classmethod
    def instance(cls) -> ChangeBus:
        """The bus of this application (created on first use, owned by the QCoreApplication)."""
        app = QCoreApplication.instance()
        bus = cls._instance
        if bus is None or not shiboken6.isValid(bus) or bus.parent() is not app:
            cls._instance = bus = cls(app)
        return bus

    def publish(self, changes: Changes) -> None:
        """Tell every listener; inside ``batch()`` the changes are collected and sent once."""
        if self._batch is not None:
            self._batch.append(changes)
        elif changes.entities or changes.accounts:
            self.changed.emit(changes)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the changes of several service calls and publish their union once."""
        if self._batch is not None:  # nested: the outermost batch publishes
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            collected, self._batch = self._batch, None
            if collected:
                union = Changes()
                for changes in collected:
                    union = union | changes
                self.publish(union)


class ServiceCommand(QUndoCommand):
    """One user intent: ``redo`` and ``undo`` each call a planner service and publish its Changes.

    Either pass the two calls, or subclass and override ``apply`` and ``revert``
    (for example to restore, on a second redo, the record the first one created:
    ``self.created`` holds the UUIDs the first ``apply`` reported). Child commands
    (``ServiceCommand(text, parent=macro)``, ServiceCommands only) run inside the
    parent's ``redo``/``undo``, last first when undoing, and their changes are published
    together; prefer one service call (one transaction) per intent, since a child failing
    halfway cannot roll back its siblings.
    """

    def __init__(
        self,
        text: str,
        do: ServiceCall | None = None,
        undo: ServiceCall | None = None,
        *,
        bus: ChangeBus | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        # A ServiceCommand parent runs its children itself (``_children``) and keeps them
        # in ``_kids``, with no Qt parent: PySide neither keeps a Qt child's wrapper
        # alive nor lets go of it, and both would delete the C++ object.
        super().__init__(text, None if isinstance(parent, ServiceCommand) else parent)
        self._kids: list[ServiceCommand] = []
        if isinstance(parent, ServiceCommand):
            parent._kids.append(self)
        self._do = do
        self._undo = undo
        self._bus = bus
        self._skip_next_redo = False
        #: What the last redo or undo changed.
        self.last_changes: Changes | None = None
        #: UUIDs the first apply created (``Changes.created``), for commands that add records.
        self.created: tuple = ()

    @property
    def bus(self) -> ChangeBus:
        return self._bus or ChangeBus.instance()

    # -- what subclasses provide -------------------------------------------------------

    def apply(self) -> Changes:
        """Do the edit (the first time and on every redo); returns what changed."""
        if self._do is not None:
            return self._do()
        return self._children(forward=True)

    def revert(self) -> Changes:
        """Take the edit back; returns what changed."""
        if self._undo is not None:
            return self._undo()
        return self._children(forward=False)

    # -- QUndoCommand --------------------------------------------------------------

    def redo(self) -> None:
        if self._skip_next_redo:  # ``perform`` already did it once
            self._skip_next_redo = False
            return
        self._run(forward=True)

    def undo(self) -> None:
        self._run(forward=False)

    def first_run(self) -> Changes:
        """Apply the edit for the first time, letting a PlannerError through (see ``perform``)."""
        changes = self._step(forward=True)
        self.created = changes.created
        self.bus.publish(changes)
        self._skip_next_redo = True
        return changes

    def _step(self, *, forward: bool) -> Changes:
        changes = self.apply() if forward else self.revert()
        self.last_changes = changes
        return changes

    def _run(self, *, forward: bool) -> None:
        try:
            changes = self._step(forward=forward)
        except PlannerError as error:
            # The data moved under us (deleted elsewhere, say): drop this entry, say why.
            self.setObsolete(True)
            self.bus.failed.emit(error)
            return
        self.bus.publish(changes)

    def _children(self, *, forward: bool) -> Changes:
        """Run the child commands (last first when undoing); the union of their changes."""
        changes = Changes()
        for child in self._kids if forward else reversed(self._kids):
            changes = changes | child._step(forward=forward)
        return changes


def perform(stack: QUndoStack, command: ServiceCommand) -> Changes:
    """Carry out ``command`` and put it on ``stack``; a refused edit raises and is not stacked."""
    changes = command.first_run()
    stack.push(command)
    return changes


class UndoActions(QObject):
    """Edit ▸ Undo/Redo for a stack, named after the command ("Undo Rename Account").

    Made here rather than with ``QUndoStack.createUndoAction`` so the texts come from
    our translations and follow a language switch (``retranslate``).
    """

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo = QAction(parent)
        self.undo.setObjectName("undoAction")
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = QAction(parent)
        self.redo.setObjectName("redoAction")
        # Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows).
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys += [key for key in platform if key not in redo_keys]
        self.redo.setShortcuts(redo_keys)
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.retranslate)
        stack.canRedoChanged.connect(self.retranslate)
        stack.undoTextChanged.connect(self.retranslate)
        stack.redoTextChanged.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_args) -> None:
        stack = self.stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo):
            return  # the stack signals as it is destroyed
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        if stack.canUndo() and stack.undoText():
            text = self.tr("&Undo {action}").format(action=stack.undoText())
        else:
            text = self.tr("&Undo")
        self.undo.setText(text)
        if stack.canRedo() and stack.redoText():
            text = self.tr("&Redo {action}").format(action=stack.redoText())
        else:
            text = self.tr("&Redo")
        self.redo.setText(text)
