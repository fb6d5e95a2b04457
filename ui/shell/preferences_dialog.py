"""Edit ▸ Preferences: language (applied at once), default currency, default database.

The language switch is live: ``ui.i18n.apply_language`` swaps the translators,
and every open widget retranslates itself on the LanguageChange event it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.paths import default_database
from ui import i18n
from ui.i18n import Language
from ui.shell.opening import file_filter
from ui.shell.preferences import COMMON_CURRENCIES, Preferences, is_currency_code

#: Each language is named in itself, so it can be found whatever the current language.
NATIVE_NAMES = {Language.ENGLISH: "English", Language.RUSSIAN: "Русский"}


class PreferencesView:
    """The dialog's widgets and fixed texts."""

    def setup(self, dialog: QDialog) -> None:
        dialog.setObjectName("preferencesDialog")
        layout = QVBoxLayout(dialog)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        for language in Language:
            self.language.addItem("", language.value)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)

        self.currency = QComboBox()
        self.currency.setObjectName("currencyBox")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.lineEdit().setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.lineEdit().setMaxLength(3)
        self.currency_label = QLabel()
        self.currency_label.setBuddy(self.currency)
        form.addRow(self.currency_label, self.currency)

        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.database = QLineEdit()
        self.database.setObjectName("defaultDatabase")
        self.database.setClearButtonEnabled(True)
        self.database.setMinimumWidth(320)
        self.browse = QPushButton()
        self.browse.setObjectName("browseDatabase")
        row_layout.addWidget(self.database, 1)
        row_layout.addWidget(self.browse)
        self.database_label = QLabel()
        self.database_label.setBuddy(self.database)
        form.addRow(self.database_label, row)
        layout.addLayout(form)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("preferencesNote")
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setObjectName("preferencesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px;")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.retranslate(dialog)

    def retranslate(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        system = NATIVE_NAMES[Language(i18n.system_language())]
        self.language.setItemText(
            0,
            QCoreApplication.translate("PreferencesDialog", "System default ({language})").format(
                language=system
            ),
        )
        for index in range(1, self.language.count()):
            self.language.setItemText(index, NATIVE_NAMES[Language(self.language.itemData(index))])
        self.language_label.setText(QCoreApplication.translate("PreferencesDialog", "&Language:"))
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Language"))
        self.currency_label.setText(QCoreApplication.translate("PreferencesDialog", "Default &currency:"))
        self.currency.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Default currency"))
        self.currency.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog", "The currency a new account starts with: a three-letter ISO code"
            )
        )
        self.database_label.setText(QCoreApplication.translate("PreferencesDialog", "Default &database:"))
        self.database.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Default database"))
        self.database.setPlaceholderText(str(default_database()))
        self.database.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog",
                "Opened when the planner starts without --db or KAP_DB; leave empty for the standard file",
            )
        )
        self.browse.setText(QCoreApplication.translate("PreferencesDialog", "&Browse…"))
        self.browse.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Choose the default database")
        )
        self.note.setText(
            QCoreApplication.translate(
                "PreferencesDialog",
                "Numbers, money and dates are written the way the chosen language writes them. "
                "The default database is used from the next start.",
            )
        )


class PreferencesDialog(QDialog):
    """Shows the preferences; OK saves them and applies the language at once."""

    def __init__(self, parent: QWidget | None = None, preferences: Preferences | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences or Preferences()
        self.ui = PreferencesView()
        self.ui.setup(self)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.browse.clicked.connect(self._browse)
        self.ui.currency.currentTextChanged.connect(lambda _text: self.ui.error.hide())
        self._load()

    def _load(self) -> None:
        prefs = self.preferences
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(prefs.language.value)))
        self.ui.currency.setCurrentText(prefs.default_currency)
        self.ui.database.setText(prefs.default_database or "")

    def _browse(self) -> None:
        start = self.ui.database.text().strip() or str(default_database())
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PreferencesDialog", "Default Database"),
            start,
            file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.database.setText(path)

    def accept(self) -> None:
        currency = self.ui.currency.currentText().strip().upper()
        if not is_currency_code(currency):
            self.ui.error.setText(
                QCoreApplication.translate(
                    "PreferencesDialog", "The default currency needs a three-letter code such as EUR or RUB."
                )
            )
            self.ui.error.show()
            self.ui.currency.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        prefs = self.preferences
        language = Language(self.ui.language.currentData())
        changed_language = language != prefs.language
        prefs.language = language
        prefs.default_currency = currency
        prefs.default_database = self.ui.database.text()
        prefs.sync()
        super().accept()
        if changed_language or i18n.current_language() != i18n.effective_language(language):
            i18n.apply_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate(self)
        super().changeEvent(event)
