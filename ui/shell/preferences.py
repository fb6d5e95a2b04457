"""The user's preferences, kept in QSettings: language, default currency, default database.

One small typed wrapper so every reader agrees on keys and defaults; the dialog
that edits them is ``ui.shell.preferences_dialog``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from ui.i18n import Language

LANGUAGE_KEY = "preferences/language"
CURRENCY_KEY = "preferences/defaultCurrency"
DATABASE_KEY = "preferences/defaultDatabase"

DEFAULT_CURRENCY = "EUR"
#: Offered first in the currency box; any other ISO 4217 code can be typed.
COMMON_CURRENCIES = ("EUR", "USD", "RUB", "GBP", "CHF", "CNY", "JPY", "PLN", "SEK", "KZT", "TRY", "AED")
_ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")


def is_currency_code(text: str) -> bool:
    return bool(_ISO_CURRENCY.match(text))


class Preferences:
    """Reads and writes the preferences in the application's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    @property
    def language(self) -> Language:
        value = str(self._settings.value(LANGUAGE_KEY, Language.SYSTEM.value))
        try:
            return Language(value)
        except ValueError:
            return Language.SYSTEM

    @language.setter
    def language(self, value: Language | str) -> None:
        self._settings.setValue(LANGUAGE_KEY, Language(value).value)

    @property
    def default_currency(self) -> str:
        """The currency a new account starts with."""
        value = str(self._settings.value(CURRENCY_KEY, DEFAULT_CURRENCY)).upper()
        return value if is_currency_code(value) else DEFAULT_CURRENCY

    @default_currency.setter
    def default_currency(self, value: str) -> None:
        code = value.strip().upper()
        if not is_currency_code(code):
            raise ValueError(f"not a currency code: {value!r}")
        self._settings.setValue(CURRENCY_KEY, code)

    @property
    def default_database(self) -> str | None:
        """The database ``kap`` opens without --db or KAP_DB; None: the planner's default file."""
        value = self._settings.value(DATABASE_KEY, "")
        text = str(value).strip() if value else ""
        return text or None

    @default_database.setter
    def default_database(self, value: str | Path | None) -> None:
        text = str(value).strip() if value else ""
        if text:
            self._settings.setValue(DATABASE_KEY, text)
        else:
            self._settings.remove(DATABASE_KEY)

    def sync(self) -> None:
        self._settings.sync()
