"""Single-value editors of a form: text, numbers, choices, dates, money and record pickers.

Every editor has ``value()`` (the Python value for the planner's input, or a
``FieldProblem`` when the text cannot be read), ``set_value(value)`` and a
``changed`` signal. Numbers, money and dates are read and written the way the
user's locale writes them (a decimal comma in Russian), and optional dates have
a true empty state rather than a sentinel date.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ui import formatting
from ui.editing.dates import DateEdit, DateTimeEdit, parse_date
from ui.editing.labels import choices
from ui.editing.problems import FieldProblem

__all__ = [
    "CodeCombo",
    "DateEdit",
    "DateTimeEdit",
    "DecimalEdit",
    "EnumCombo",
    "FieldProblem",
    "FlagEdit",
    "IntegerEdit",
    "NoteEdit",
    "RecordPicker",
    "TextEdit",
    "format_decimal",
    "parse_date",
    "parse_decimal",
]

CONTEXT = "editing"
_SPACES = re.compile(r"[\s\u00a0\u202f']")


# -- numbers ---------------------------------------------------------------------------


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """A number as the locale writes it ("1 234,5" in Russian), or None for an empty text.

    A point is read as the decimal mark too where the locale uses a comma and the text
    has no comma, so "12.5" works in Russian.
    """
    locale = locale or QLocale()
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    point, group = locale.decimalPoint(), locale.groupSeparator()
    # "12.5" in a locale that groups with "." but writes no comma: the point is the decimal mark.
    point_is_decimal = point != "." and group == "." and point not in cleaned and cleaned.count(".") == 1
    if group and group != point and not _SPACES.fullmatch(group) and not point_is_decimal:
        cleaned = cleaned.replace(group, "")
    if point != ".":
        cleaned = cleaned.replace(point, ".")
    cleaned = cleaned.replace(locale.negativeSign(), "-").replace("−", "-")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise FieldProblem(QCoreApplication.translate("editing", "Not a number.")) from None
    if not value.is_finite():
        raise FieldProblem(QCoreApplication.translate("editing", "Not a number."))
    return value


def format_decimal(value: Decimal | None, *, min_decimals: int = 0, locale: QLocale | None = None) -> str:
    """A Decimal with the locale's digit grouping and decimal mark, trailing zeros dropped."""
    if value is None:
        return ""
    locale = locale or QLocale()
    text = format(value, "f")
    sign = ""
    if text.startswith("-"):
        sign, text = locale.negativeSign(), text[1:]
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    if fraction or min_decimals:
        fraction = fraction.ljust(min_decimals, "0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    separator = locale.groupSeparator()
    result = sign + separator.join(groups)
    return result + (locale.decimalPoint() + fraction if fraction else "")


class DecimalEdit(QWidget):
    """An exact number (money, a quantity, a rate) in the locale's writing, with a unit after it."""

    changed = Signal()

    def __init__(self, unit: str = "", *, min_decimals: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_decimals = min_decimals
        self.line = QLineEdit()
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.textEdited.connect(lambda _text: self.changed.emit())
        self.line.editingFinished.connect(self._tidy)
        self.unit = QLabel(unit)
        self.unit.setVisible(bool(unit))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.unit)
        self.setFocusProxy(self.line)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("000 000 000 000,00") + 16)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_unit(self, unit: str) -> None:
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))

    def value(self) -> Decimal | None:
        return parse_decimal(self.line.text())

    def set_value(self, value: Decimal | None) -> None:
        self.line.setText(
            format_decimal(
                value,
                min_decimals=self.min_decimals
                if value is not None and value != value.to_integral_value()
                else 0,
            )
        )

    def _tidy(self) -> None:
        try:
            value = self.value()
        except FieldProblem:
            return  # left as typed: saving shows the problem next to the field
        self.set_value(value)


class IntegerEdit(QSpinBox):
    """A whole number in a range; optional ones show "—" at one below the lowest value."""

    changed = Signal()

    def __init__(
        self, low: int, high: int, *, optional: bool = False, suffix: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setRange(low - 1 if optional else low, high)
        if optional:
            self.setSpecialValueText(formatting.EMPTY)
        if suffix:
            self.setSuffix(suffix)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000000" + suffix) + 36)
        self.valueChanged.connect(lambda _value: self.changed.emit())

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        if self.optional and number == self.minimum():
            return None
        return number

    def set_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


# -- text ------------------------------------------------------------------------------


class TextEdit(QLineEdit):
    """One line of text; empty is None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, upper: bool = False) -> None:
        super().__init__(parent)
        self.upper = upper
        self.textEdited.connect(lambda _text: self.changed.emit())

    def value(self) -> str | None:
        text = self.text().strip()
        if self.upper:
            text = text.upper()
        return text or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)  # a long name shows its beginning


class NoteEdit(QPlainTextEdit):
    """Several lines of text (notes, a summary); empty is None. Tab moves on, as in a form."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.changed.emit)
        lines = 4
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class FlagEdit(QCheckBox):
    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))


# -- choices ---------------------------------------------------------------------------


class EnumCombo(QComboBox):
    """One value of an enum, shown by its translated label; optional ones offer "—"."""

    changed = Signal()

    def __init__(self, enum: type[StrEnum], *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        if optional:
            self.addItem(formatting.EMPTY, None)
        for member, label in choices(enum):
            self.addItem(label, str(member))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def value(self) -> StrEnum | None:
        data = self.currentData()
        return None if data is None else self.enum(data)

    def set_value(self, value: StrEnum | None) -> None:
        index = self.findData(None if value is None else str(value))
        self.setCurrentIndex(max(index, 0))


class CodeCombo(QComboBox):
    """A code picked from a short list or typed (currencies, languages): the code is the value."""

    changed = Signal()

    def __init__(
        self,
        codes: list[tuple[str, str]],
        *,
        optional: bool = False,
        upper: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.upper = upper
        if optional:
            self.addItem("", None)
        for code, label in codes:
            self.addItem(f"{code} — {label}" if label else code, code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currentTextChanged.connect(lambda _text: self.changed.emit())

    def value(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0 and self.itemData(index):
            return self.itemData(index)
        code = text.split("—")[0].strip()
        return (code.upper() if self.upper else code) or None

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value or "")


class RecordPicker(QComboBox):
    """A record of the account (a person, a site, a colleague), found by typing part of its name.

    ``set_options`` gives (UUID, name) pairs; optional pickers offer "—" for none.
    """

    changed = Signal()

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.lineEdit().setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._keys: dict[str, Any] = {}
        self.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def set_options(self, options: list[tuple[Any, str]], keep: tuple[Any, str] | None = None) -> None:
        """Offer these records; ``keep`` (the current one, even if deleted since) stays offered."""
        current = self.value_or_none()
        blocker = QSignalBlocker(self)
        self.clear()
        self._keys: dict[str, Any] = {}
        if self.optional:
            self.addItem("", None)
        for key, name in options:
            self._add(key, name)
        if keep is not None and keep[0] is not None and str(keep[0]) not in self._keys:
            self._add(keep[0], keep[1] or str(keep[0]))
        del blocker
        self.set_value(current)

    def _add(self, key: Any, name: str) -> None:
        # Item data holds the key as text: Qt compares Python objects in a QVariant by identity.
        self._keys[str(key)] = key
        self.addItem(name, str(key))

    @property
    def keys(self) -> list[Any]:
        return list(self._keys.values())

    def value_or_none(self) -> Any:
        try:
            return self.value()
        except FieldProblem:
            return None

    def value(self) -> Any:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise FieldProblem(QCoreApplication.translate("editing", "Choose one from the list."))
        data = self.itemData(index)
        return None if data is None else self._keys.get(data)

    def set_value(self, value: Any) -> None:
        index = self.findData(str(value)) if value is not None else -1
        if index < 0:
            index = 0 if self.optional else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
