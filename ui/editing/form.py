"""A small form machinery: fields described once, editors built from them, errors shown beside them.

A dialog definition is a ``FormDefinition``: pages of ``Field``s, each naming
the planner input's field it edits, its label and its editor (text, number,
choice, date, money, record picker, collection). ``Form`` builds the widgets,
fills them from a read-model or defaults, reads them back as a dict of input
values, and shows a problem — a ``FieldProblem`` from an editor or the planner's
``ValidationError`` — as a red message under the field it names, focusing it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.database import Database
from ui.editing import collections, widgets
from ui.editing.widgets import FieldProblem

FIELDS = "fields"
#: The colour of a message under a field (readable on light and dark backgrounds).
ERROR_COLOUR = QColor("#d32f2f")


def field_label(source: str) -> str:
    return QCoreApplication.translate(FIELDS, source)


@dataclass
class FormContext:
    """What editors may need to know: the database, the account, the record being edited."""

    db: Database
    account_uuid: uuid.UUID | None
    record: Any = None
    _currency: str | None = None

    @property
    def account_currency(self) -> str:
        if self._currency is None:
            self._currency = "EUR"
            if self.account_uuid is not None:
                from planner.services import accounts

                self._currency = accounts.get(self.db, self.account_uuid).currency
        return self._currency


Initial = Callable[[FormContext], Any]


@dataclass(frozen=True)
class Field:
    """One input field on the form: ``name`` as in the planner's input, ``label`` a source text."""

    name: str
    label: str
    required: bool = False
    #: A source text (context "fields") shown as the editor's tooltip.
    hint: str | None = None
    #: The value of a new record when no default is given.
    initial: Initial | None = None
    #: Another (flag) field that must be ticked for this one to be editable.
    enabled_by: str | None = None
    #: Shown across the form's width, its label above it (tables, lists).
    wide: bool = False

    def create(self, ctx: FormContext) -> QWidget:
        return widgets.TextEdit()

    def prepare(self, editor: QWidget, ctx: FormContext, form: Form) -> None:
        """Fill choices that depend on the data (record pickers); called before values are set."""


@dataclass(frozen=True)
class Text(Field):
    upper: bool = False
    max_length: int | None = None

    def create(self, ctx: FormContext) -> QWidget:
        editor = widgets.TextEdit(upper=self.upper)
        if self.max_length:
            editor.setMaxLength(self.max_length)
        return editor


@dataclass(frozen=True)
class Note(Field):
    def create(self, ctx: FormContext) -> QWidget:
        return widgets.NoteEdit()


@dataclass(frozen=True)
class Integer(Field):
    low: int = 0
    high: int = 1_000_000
    optional: bool = False
    suffix: str = ""

    def create(self, ctx: FormContext) -> QWidget:
        suffix = field_label(self.suffix) if self.suffix else ""
        return widgets.IntegerEdit(self.low, self.high, optional=self.optional, suffix=suffix)


@dataclass(frozen=True)
class Scale(Integer):
    """A 1–5 rating (influence, probability, impact)."""

    low: int = 1
    high: int = 5


@dataclass(frozen=True)
class Choice(Field):
    enum: type[StrEnum] | None = None
    optional: bool = False

    def create(self, ctx: FormContext) -> QWidget:
        assert self.enum is not None
        return widgets.EnumCombo(self.enum, optional=self.optional)


@dataclass(frozen=True)
class Codes(Field):
    """A code from a short list or typed (currency, language)."""

    codes: Callable[[], list[tuple[str, str]]] = list
    optional: bool = False
    upper: bool = True

    def create(self, ctx: FormContext) -> QWidget:
        return widgets.CodeCombo(self.codes(), optional=self.optional, upper=self.upper)


@dataclass(frozen=True)
class Flag(Field):
    def create(self, ctx: FormContext) -> QWidget:
        return widgets.FlagEdit()


@dataclass(frozen=True)
class Day(Field):
    def create(self, ctx: FormContext) -> QWidget:
        return widgets.DateEdit()


@dataclass(frozen=True)
class Moment(Field):
    def create(self, ctx: FormContext) -> QWidget:
        return widgets.DateTimeEdit()


@dataclass(frozen=True)
class Amount(Field):
    """An exact number; ``currency`` names the form's currency field, else the account's currency."""

    money: bool = False
    currency: str | None = None
    unit: str = ""

    def create(self, ctx: FormContext) -> QWidget:
        unit = self.unit
        if self.money and self.currency is None:
            unit = ctx.account_currency
        return widgets.DecimalEdit(unit, min_decimals=2 if self.money else 0)

    def prepare(self, editor: QWidget, ctx: FormContext, form: Form) -> None:
        if self.money and self.currency is not None and self.currency in form.editors:
            source = form.editors[self.currency]

            def follow() -> None:
                try:
                    editor.set_unit(source.value() or "")
                except FieldProblem:
                    editor.set_unit("")

            source.changed.connect(follow)
            form.after_fill.append(follow)


Options = Callable[[FormContext, "Form"], list[tuple[Any, str]]]


@dataclass(frozen=True)
class Reference(Field):
    """Another record, picked by name: ``options`` lists (UUID, name) of what may be chosen."""

    options: Options | None = None
    optional: bool = True
    #: Fields whose change changes the options (an order's lines follow the order).
    depends_on: tuple[str, ...] = ()
    #: The read-model field naming the current choice, to keep a deleted one offered.
    shown_as: str | None = None

    def create(self, ctx: FormContext) -> QWidget:
        return widgets.RecordPicker(optional=self.optional)

    def prepare(self, editor: QWidget, ctx: FormContext, form: Form) -> None:
        def fill() -> None:
            keep = None
            if ctx.record is not None:
                keep = (
                    getattr(ctx.record, self.name, None),
                    getattr(ctx.record, self.shown_as or f"{self.name}_name", None),
                )
            editor.set_options(self.options(ctx, form) if self.options else [], keep)

        fill()
        for other in self.depends_on:
            form.editors[other].changed.connect(fill)


@dataclass(frozen=True)
class Contacts(Field):
    wide: bool = True

    def create(self, ctx: FormContext) -> QWidget:
        return collections.ContactsEditor()


@dataclass(frozen=True)
class Roles(Field):
    wide: bool = True

    def create(self, ctx: FormContext) -> QWidget:
        return collections.RolesEditor()


@dataclass(frozen=True)
class Participants(Field):
    wide: bool = True
    parties: Callable[[FormContext], list[collections.Party]] | None = None

    def create(self, ctx: FormContext) -> QWidget:
        return collections.ParticipantsEditor()

    def prepare(self, editor: QWidget, ctx: FormContext, form: Form) -> None:
        editor.set_parties(self.parties(ctx) if self.parties else [])


@dataclass(frozen=True)
class Lines(Field):
    wide: bool = True

    def create(self, ctx: FormContext) -> QWidget:
        return collections.LinesEditor()


@dataclass(frozen=True)
class Page:
    """A group of fields; a form with several pages shows them as tabs."""

    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class FormDefinition:
    """Which fields a kind's dialog shows, in which order and on which pages."""

    pages: tuple[Page, ...]
    #: Values a new record starts from (besides each field's ``initial``).
    defaults: Callable[[FormContext], dict[str, Any]] = field(default=lambda ctx: {})
    #: The dialog's width in logical pixels when the fields need more than the default.
    width: int = 0

    @property
    def fields(self) -> list[Field]:
        return [f for page in self.pages for f in page.fields]


class Form(QWidget):
    """The editors of a ``FormDefinition``, each with its label and a message line beneath."""

    def __init__(self, definition: FormDefinition, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.ctx = ctx
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._page_of: dict[str, int] = {}
        #: Called after values are set (editors that follow others).
        self.after_fill: list[Callable[[], None]] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.pages: QTabWidget | None = None
        if len(definition.pages) > 1:
            self.pages = QTabWidget()
            self.pages.setDocumentMode(True)
            column.addWidget(self.pages)
        for number, page in enumerate(definition.pages):
            host = QWidget()
            layout = QFormLayout(host)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for item in page.fields:
                self._add_row(layout, item, number)
            if self.pages is not None:
                self.pages.addTab(host, field_label(page.title))
            else:
                column.addWidget(host)
        for item in definition.fields:
            item.prepare(self.editors[item.name], ctx, self)
            if item.enabled_by:
                switch = self.editors[item.enabled_by]
                editor = self.editors[item.name]
                switch.changed.connect(lambda e=editor, s=switch: e.setEnabled(s.value()))
                self.after_fill.append(lambda e=editor, s=switch: e.setEnabled(s.value()))

    def _add_row(self, layout: QFormLayout, item: Field, page: int) -> None:
        editor = item.create(self.ctx)
        editor.setObjectName(f"field_{item.name}")
        text = field_label(item.label)
        editor.setAccessibleName(text)
        if item.hint:
            editor.setToolTip(field_label(item.hint))
        message = QLabel()
        message.setObjectName(f"error_{item.name}")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        palette = message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        message.setPalette(palette)
        message.hide()
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(editor)
        stack.addWidget(message)
        label = QLabel(f"{text} *" if item.required else text)
        label.setBuddy(editor)
        if item.wide:
            layout.addRow(label)
            layout.addRow(cell)
        else:
            layout.addRow(label, cell)
        self.editors[item.name] = editor
        self.messages[item.name] = message
        self.labels[item.name] = label
        self._page_of[item.name] = page

    # -- values ----------------------------------------------------------------------

    def fill(self, record: Any = None, defaults: dict[str, Any] | None = None) -> None:
        """Show a record's values, or for a new record the defaults and each field's initial value."""
        defaults = defaults or {}
        for item in self.definition.fields:
            if record is not None:
                if not hasattr(record, item.name):
                    continue
                value = getattr(record, item.name)
            elif item.name in defaults:
                value = defaults[item.name]
            elif item.initial is not None:
                value = item.initial(self.ctx)
            else:
                continue
            self.editors[item.name].set_value(value)
        for follow in self.after_fill:
            follow()

    def value(self, name: str) -> Any:
        return self.editors[name].value()

    def set_value(self, name: str, value: Any) -> None:
        self.editors[name].set_value(value)

    def values(self) -> dict[str, Any] | None:
        """Every field's value; None (with the problems shown) if some cannot be read."""
        self.clear_problems()
        values, first = {}, None
        for item in self.definition.fields:
            try:
                values[item.name] = self.editors[item.name].value()
            except FieldProblem as problem:
                self.show_problem(item.name, problem.message, focus=first is None)
                first = first or item.name
        return None if first else values

    # -- problems --------------------------------------------------------------------

    def show_problem(self, name: str, message: str, *, focus: bool = True) -> bool:
        """Show ``message`` under the field ``name``; False if the form has no such field."""
        label = self.messages.get(name)
        if label is None:
            return False
        label.setText(message)
        label.show()
        if focus:
            if self.pages is not None:
                self.pages.setCurrentIndex(self._page_of[name])
            self.editors[name].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def problem(self, name: str) -> str:
        """The message shown under a field ("" when none)."""
        label = self.messages[name]
        return label.text() if not label.isHidden() else ""

    def clear_problems(self) -> None:
        for label in self.messages.values():
            label.clear()
            label.hide()


# -- initial values ------------------------------------------------------------------------


def today(_ctx: FormContext) -> date:
    return date.today()


def now(_ctx: FormContext) -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


def account_currency(ctx: FormContext) -> str:
    return ctx.account_currency
