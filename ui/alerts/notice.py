"""The draft notice to the client about a late delivery, in the account's language, to copy.

The text is the planner's (``planner.notices``: client-facing, worded in English or
Russian with that language's typography, addressed to the purchasing contact and
signed by the account manager); this dialog shows it read-only with a Copy button,
so it goes into the user's own mail program.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.notices import LateDeliveryNotice
from ui.places import language_name


def notice_text(notice: LateDeliveryNotice) -> str:
    """What Copy puts on the clipboard: the subject line, a blank line, the body."""
    return f"{notice.subject}\n\n{notice.body}"


class NoticeDialog(QDialog):
    """Shows one ``LateDeliveryNotice``; Copy puts it on the clipboard."""

    def __init__(self, notice: LateDeliveryNotice, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.notice = notice
        self.setWindowTitle(self.tr("Draft Notice to {account}").format(account=account))
        column = QVBoxLayout(self)
        self.intro = QLabel(self.tr("A draft for you to check, adapt and send from your mail program."))
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        form = QFormLayout()
        self.to = QLineEdit(self._recipient())
        self.to.setReadOnly(True)
        self.to.setAccessibleName(self.tr("To"))
        self.subject = QLineEdit(notice.subject)
        self.subject.setReadOnly(True)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setCursorPosition(0)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        column.addLayout(form)
        self.body = QPlainTextEdit(notice.body)
        self.body.setObjectName("noticeBody")
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setAccessibleName(self.tr("Notice text"))
        self.body.setMinimumSize(520, 260)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.05)
        self.body.setFont(body_font)
        column.addWidget(self.body, 1)
        self.language = QLabel(self._language_note())
        self.language.setWordWrap(True)
        self.language.setVisible(bool(self.language.text()))
        column.addWidget(self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyNotice")
        self.copy_button.setToolTip(self.tr("Copy the subject and the text to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        column.addWidget(self.copied)
        column.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()

    def _recipient(self) -> str:
        n = self.notice
        if n.to_name and n.to_email:
            return f"{n.to_name} <{n.to_email}>"
        return n.to_name or n.to_email or self.tr("(no contact on record: address it yourself)")

    def _language_note(self) -> str:
        n = self.notice
        if n.requested and n.requested != n.language:
            return self.tr("The account's language is {requested}; the draft is in {language}.").format(
                requested=language_name(n.requested) or n.requested,
                language=language_name(n.language) or n.language,
            )
        return ""

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(notice_text(self.notice))
        self.copied.setText(self.tr("Copied to the clipboard."))
