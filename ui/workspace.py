"""The selected account's workspace: one tab per capability, plugged in with ``register_tab``.

A tab is an ``AccountTab``: it loads one account when asked, says which kinds of
record it shows (so it is refreshed only when a ``Changes`` touches them) and which
it can open (so a search result or a link lands on it). Tabs are built from their
factories for each open database and loaded lazily: only the tab on show reads
when the selection changes; the others catch up when they are brought forward.

Tabs come from the modules of ``ui.tabs`` (see ``ui/tabs/__init__.py``), in the
order they give: Overview 0, Stakeholders 10, Timeline 20, Orders & SLA 30,
Plan 40, Briefing 50. A capability that does not exist yet simply has no module,
so there are no placeholder screens.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.changes import Changes, Entity
from planner.database import Database
from planner.errors import NotFound
from ui.shell.preferences import Preferences
from ui.undo import ChangeBus
from ui.workers import WorkerPool

CURRENT_TAB_KEY = "workspace/currentTab"


@dataclass(frozen=True)
class WorkspaceContext:
    """What a tab works with: the open database, the undo stack, the change bus, workers."""

    db: Database
    undo_stack: QUndoStack
    bus: ChangeBus
    workers: WorkerPool
    preferences: Preferences = field(default_factory=Preferences)
    #: Opens a record wherever it is shown: ``open_record(entity, uuid)`` (the main window's).
    open_record: Callable[[Entity, uuid.UUID], None] | None = None


class AccountTab(QWidget):
    """Base class of a workspace tab.

    Subclasses implement ``load`` and set ``entities`` (what they show) and, if they
    can open single records, ``opens`` and ``open_record``. ``load`` may raise the
    planner's ``NotFound`` if the account is gone; the workspace then says so.
    """

    #: Kinds of record this tab shows: a change to one of them refreshes it.
    entities: ClassVar[frozenset[Entity]] = frozenset({Entity.ACCOUNT})
    #: Kinds of record this tab can open and show (``open_record``).
    opens: ClassVar[frozenset[Entity]] = frozenset()
    #: A fallback opens records only when no other tab does (the Overview does this for now).
    opens_as_fallback: ClassVar[bool] = False

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._account: uuid.UUID | None = None

    @property
    def db(self) -> Database:
        return self.context.db

    @property
    def account_uuid(self) -> uuid.UUID | None:
        """The account this tab last loaded."""
        return self._account

    def load(self, account_uuid: uuid.UUID) -> None:
        """Read the account from the planner and show it (override, calling ``super().load``)."""
        self._account = account_uuid

    def refresh(self) -> None:
        if self._account is not None:
            self.load(self._account)

    def affected_by(self, changes: Changes) -> bool:
        """Whether ``changes`` may alter what this tab shows for its account."""
        if not any(changes.touches(entity) for entity in self.entities):
            return False
        if Entity.DATABASE in changes.entities or not changes.accounts:
            return True
        return self._account in changes.accounts

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        """Show one record of the loaded account; False if this tab cannot."""
        return False

    def forget(self) -> None:
        """Nothing is selected any more (override to drop cached data)."""
        self._account = None


#: Builds a tab for a database; may return None when the capability is unavailable.
TabFactory = Callable[[WorkspaceContext], AccountTab | None]


@dataclass
class _Registration:
    key: str
    factory: TabFactory
    title: str | Callable[[], str]
    order: int


def _scrolling(tab: AccountTab) -> QScrollArea:
    """The tab in a scroll area: a tab that needs more room scrolls, it never widens the window."""
    area = QScrollArea()
    area.setObjectName(f"{tab.objectName()}Page")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(tab)
    return area


class AccountWorkspace(QWidget):
    """A hint while no account is selected; otherwise the account's tabs."""

    #: The tab brought forward (its key).
    tab_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountWorkspace")
        self._registrations: list[_Registration] = []
        self._tabs: dict[str, AccountTab] = {}
        self._stale: set[str] = set()
        self._context: WorkspaceContext | None = None
        self._account: uuid.UUID | None = None
        self._build()

    # -- registering -------------------------------------------------------------------

    def register_tab(
        self,
        factory: TabFactory,
        title: str | Callable[[], str],
        order: int,
        *,
        key: str | None = None,
    ) -> None:
        """Add a tab kind: ``factory(context)`` builds it, ``title`` names it, ``order`` places it.

        ``title`` is either a callable returning the translated title (re-asked on a
        language switch) or a source text marked with
        ``QT_TRANSLATE_NOOP("AccountWorkspace", ...)``. ``key`` (default: the title)
        identifies the tab in settings and in ``tab()``.
        """
        key = key or (title if isinstance(title, str) else getattr(factory, "__name__", str(order)))
        if any(r.key == key for r in self._registrations):
            raise ValueError(f"a workspace tab {key!r} is already registered")
        self._registrations.append(_Registration(key, factory, title, order))
        self._registrations.sort(key=lambda r: r.order)
        if self._context is not None:
            self.set_context(self._context)

    @property
    def keys(self) -> list[str]:
        """The keys of the tabs built, in order."""
        return list(self._tabs)

    def tab(self, key: str) -> AccountTab | None:
        return self._tabs.get(key)

    # -- the database --------------------------------------------------------------------

    def set_context(self, context: WorkspaceContext) -> None:
        """(Re)build every tab for a database; the previous tabs are discarded."""
        if self._context is not None and self._context.bus is not context.bus:
            self._context.bus.changed.disconnect(self._changed)
        if self._context is None or self._context.bus is not context.bus:
            context.bus.changed.connect(self._changed)
        if self._context is not None and self._context.db is not context.db:
            self._account = None  # an account of the previous database
        self._context = context
        wanted = self.current_key() or str(QSettings().value(CURRENT_TAB_KEY, ""))
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self._tabs.clear()
        for registration in self._registrations:
            tab = registration.factory(context)
            if tab is None:
                continue
            tab.setObjectName(f"{registration.key}Tab")
            self._tabs[registration.key] = tab
            self.tabs.addTab(_scrolling(tab), self._title(registration))
        self.tabs.blockSignals(False)
        if wanted in self._tabs:
            self.tabs.setCurrentWidget(self._page(wanted))
        self._stale = set(self._tabs)
        account, self._account = self._account, None
        if account is not None:
            self.show_account(account)

    def detach(self) -> None:
        """Stop listening (the window closes)."""
        if self._context is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._context.bus.changed.disconnect(self._changed)

    # -- what is shown -------------------------------------------------------------------

    @property
    def account_uuid(self) -> uuid.UUID | None:
        return self._account

    def show_account(self, account_uuid: uuid.UUID) -> None:
        """Show the account's tabs; the tab on show reads it now, the others when brought forward."""
        self._account = account_uuid
        self._stale = set(self._tabs)
        self.stack.setCurrentWidget(self.tabs)
        self._load_current()

    def show_hint(self, text: str, command: str = "", actions: Iterable[QAction] = ()) -> None:
        """Show ``text`` instead of an account; ``command`` to type in a terminal, ``actions`` as buttons."""
        self._account = None
        for tab in self._tabs.values():
            tab.forget()
        self.hint.setText(text)
        self.hint_command.setText(command)
        self.hint_command.setVisible(bool(command))
        while self.hint_buttons.count():
            item = self.hint_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for action in actions:
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            self.hint_buttons.addWidget(button)
        self.stack.setCurrentWidget(self.hint_page)

    @property
    def hint_text(self) -> str:
        return self.hint.text() if self.stack.currentWidget() is self.hint_page else ""

    @property
    def hint_command_text(self) -> str:
        return self.hint_command.text()

    def current_key(self) -> str | None:
        index = self.tabs.currentIndex()
        return list(self._tabs)[index] if 0 <= index < len(self._tabs) else None

    def set_current(self, key: str) -> bool:
        if key not in self._tabs:
            return False
        self.tabs.setCurrentWidget(self._page(key))
        return True

    def _page(self, key: str) -> QWidget:
        """The tab's page in the tab widget (the scroll area around it)."""
        return self.tabs.widget(list(self._tabs).index(key))

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        """Bring forward the first tab that opens this kind of record, and open it there."""
        if self._account is None:
            return False
        candidates = sorted(self._tabs.items(), key=lambda item: item[1].opens_as_fallback)
        for key, tab in candidates:
            if entity in tab.opens:
                self.tabs.setCurrentWidget(self._page(key))
                self._ensure_loaded(key)
                if tab.open_record(entity, record_uuid):
                    return True
        return False

    # -- reacting ------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if self._account is None:
            return
        current = self.current_key()
        for key, tab in self._tabs.items():
            if tab.affected_by(changes):
                self._stale.add(key)
        if current in self._stale:
            self._ensure_loaded(current)

    def _current_tab_changed(self, _index: int) -> None:
        key = self.current_key()
        if key is None:
            return
        QSettings().setValue(CURRENT_TAB_KEY, key)
        if self._account is not None:
            self._ensure_loaded(key)
        self.tab_changed.emit(key)

    def _load_current(self) -> None:
        key = self.current_key()
        if key is not None:
            self._ensure_loaded(key)

    def _ensure_loaded(self, key: str) -> None:
        if key not in self._stale or self._account is None:
            return
        self._stale.discard(key)
        try:
            self._tabs[key].load(self._account)
        except NotFound:  # deleted meanwhile, e.g. from the command line
            self.show_hint(QCoreApplication.translate("AccountWorkspace", "This account no longer exists."))

    def _title(self, registration: _Registration) -> str:
        title = registration.title
        if callable(title):
            return title()
        return QCoreApplication.translate("AccountWorkspace", title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            keys = list(self._tabs)
            for registration in self._registrations:
                if registration.key in self._tabs:
                    self.tabs.setTabText(keys.index(registration.key), self._title(registration))
        super().changeEvent(event)

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.hint_page = QWidget()
        self.hint_page.setObjectName("workspaceHint")
        column = QVBoxLayout(self.hint_page)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(1)
        self.hint = QLabel()
        self.hint.setObjectName("overviewHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.hint)
        # A command to type, e.g. how to build the demo portfolio: monospaced and selectable.
        self.hint_command = QLabel()
        self.hint_command.setObjectName("overviewHintCommand")
        self.hint_command.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_command.setWordWrap(True)
        self.hint_command.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hint_command.hide()
        column.addSpacing(8)
        column.addWidget(self.hint_command)
        self.hint_buttons = QHBoxLayout()
        self.hint_buttons.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addSpacing(8)
        column.addLayout(self.hint_buttons)
        column.addStretch(2)
        self.stack.addWidget(self.hint_page)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._current_tab_changed)
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.hint_page)
