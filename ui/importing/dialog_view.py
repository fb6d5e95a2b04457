"""Layout of the import dialog: the sources page, the column-mapping page, the report page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.importing.mapping import MappingPage


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class ImportDialogView:
    """Creates the dialog's widgets (Designer-style ``setup``); ``retranslate`` words them."""

    def setup(self, dialog: QDialog, mapping_page: MappingPage) -> None:
        dialog.setObjectName("importDialog")
        self.stack = QStackedWidget()
        outer = QVBoxLayout(dialog)
        outer.addWidget(self.stack)

        # -- sources ---------------------------------------------------------------------
        self.sources_page = QWidget()
        column = QVBoxLayout(self.sources_page)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        row = QHBoxLayout()
        self.sources = QListWidget()
        self.sources.setObjectName("importSources")
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        row.addWidget(self.sources, 1)
        buttons = QVBoxLayout()
        self.add_files = _button("importAddFiles")
        self.add_folder = _button("importAddFolder")
        self.remove = _button("importRemove")
        for button in (self.add_files, self.add_folder, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        column.addLayout(row, 1)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("importDropHint")
        self.drop_hint.setWordWrap(True)
        column.addWidget(self.drop_hint)
        form = QFormLayout()
        self.account_label = QLabel()
        self.account = QComboBox()
        self.account.setObjectName("importAccount")
        self.account_label.setBuddy(self.account)
        form.addRow(self.account_label, self.account)
        column.addLayout(form)
        self.add_people = QCheckBox()
        self.add_people.setObjectName("importAddPeople")
        self.review = QCheckBox()
        self.review.setObjectName("importReviewColumns")
        column.addWidget(self.add_people)
        column.addWidget(self.review)
        self.sources_message = QLabel()
        self.sources_message.setObjectName("importMessage")
        self.sources_message.setWordWrap(True)
        self.sources_message.setStyleSheet("color: #b3261e;")
        self.sources_message.hide()
        column.addWidget(self.sources_message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.start = QPushButton()
        self.start.setObjectName("importStart")
        self.start.setDefault(True)
        self.cancel = _button("importCancel")
        bottom.addWidget(self.start)
        bottom.addWidget(self.cancel)
        column.addLayout(bottom)
        self.stack.addWidget(self.sources_page)

        # -- column mapping --------------------------------------------------------------
        self.mapping_page = QWidget()
        column = QVBoxLayout(self.mapping_page)
        self.mapping = mapping_page
        column.addWidget(mapping_page, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.back = _button("mappingBack")
        self.next = QPushButton()
        self.next.setObjectName("mappingNext")
        self.next.setDefault(True)
        bottom.addWidget(self.back)
        bottom.addWidget(self.next)
        column.addLayout(bottom)
        self.stack.addWidget(self.mapping_page)

        # -- report ----------------------------------------------------------------------
        self.report_page = QWidget()
        column = QVBoxLayout(self.report_page)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.cancelled_note = QLabel()
        self.cancelled_note.setObjectName("importCancelledNote")
        self.cancelled_note.setWordWrap(True)
        self.cancelled_note.setStyleSheet(
            "background: #fff3df; color: #6b3a00; border: 1px solid #f0d3a0;"
            " border-radius: 4px; padding: 6px;"
        )
        self.cancelled_note.hide()
        column.addWidget(self.cancelled_note)
        self.report = QTreeView()
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        self.report.setAlternatingRowColors(True)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        column.addWidget(self.report, 4)
        self.proposals_box = QGroupBox()
        self.proposals_box.setObjectName("importProposals")
        box = QVBoxLayout(self.proposals_box)
        self.proposals_intro = QLabel()
        self.proposals_intro.setWordWrap(True)
        box.addWidget(self.proposals_intro)
        self.proposals = QListWidget()
        self.proposals.setObjectName("importProposalList")
        self.proposals.setMaximumHeight(dialog.fontMetrics().height() * 8)
        box.addWidget(self.proposals)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_proposed = _button("importAddProposed")
        row.addWidget(self.add_proposed)
        box.addLayout(row)
        column.addWidget(self.proposals_box, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.again = _button("importAgain")
        self.close = QPushButton()
        self.close.setObjectName("importClose")
        self.close.setDefault(True)
        bottom.addWidget(self.again)
        bottom.addWidget(self.close)
        column.addLayout(bottom)
        self.stack.addWidget(self.report_page)

        header = self.report.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        line = dialog.fontMetrics().height()
        dialog.resize(line * 72, line * 46)
        self.retranslate(dialog)

    def retranslate(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import"))
        self.intro.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "Mail (.eml, .msg, .mbox), calendars (.ics), contacts (.vcf) and spreadsheets of "
                "interactions, contacts, orders, deliveries, tickets or surveys (.csv, .xlsx). "
                "Each file is imported whole or not at all.",
            )
        )
        self.sources.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Files and folders to import")
        )
        self.add_files.setText(QCoreApplication.translate("ImportDialog", "Add &Files…"))
        self.add_folder.setText(QCoreApplication.translate("ImportDialog", "Add F&older…"))
        self.remove.setText(QCoreApplication.translate("ImportDialog", "&Remove"))
        self.drop_hint.setText(
            QCoreApplication.translate(
                "ImportDialog", "You can also drop files and folders here or on the main window."
            )
        )
        self.account_label.setText(QCoreApplication.translate("ImportDialog", "File under &account:"))
        self.account.setAccessibleName(QCoreApplication.translate("ImportDialog", "Account"))
        self.add_people.setText(
            QCoreApplication.translate(
                "ImportDialog", "Add &unknown people at a client's mail domain as new contacts"
            )
        )
        self.review.setText(
            QCoreApplication.translate("ImportDialog", "Let me check the &columns of every spreadsheet")
        )
        self.start.setText(QCoreApplication.translate("ImportDialog", "&Import"))
        self.cancel.setText(QCoreApplication.translate("ImportDialog", "Cancel"))
        self.back.setText(QCoreApplication.translate("ImportDialog", "&Back"))
        self.report.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import report"))
        self.proposals_box.setTitle(QCoreApplication.translate("ImportDialog", "Unknown people"))
        self.proposals_intro.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "These addresses at clients' mail domains are not contacts yet. "
                "Tick the ones to add; newsletters and shared mailboxes are better left out.",
            )
        )
        self.proposals.setAccessibleName(QCoreApplication.translate("ImportDialog", "Unknown people to add"))
        self.add_proposed.setText(QCoreApplication.translate("ImportDialog", "Add &Ticked People"))
        self.again.setText(QCoreApplication.translate("ImportDialog", "Import &More…"))
        self.close.setText(QCoreApplication.translate("ImportDialog", "Close"))
