"""Layout of the Briefing tab: the request on the left, the outline preview on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("BriefingTab", text)


class BriefingView:
    """Builds the widgets; ``BriefingTab`` wires their behaviour."""

    def __init__(self, host: QWidget) -> None:
        self.from_timeline = QRadioButton()
        self.from_date = QRadioButton()
        self.mode = QButtonGroup(host)
        self.mode.addButton(self.from_timeline)
        self.mode.addButton(self.from_date)
        self.from_timeline.setChecked(True)
        self.meetings = QComboBox()
        self.meetings.setMinimumContentsLength(36)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.attendees = QListWidget()
        self.attendees.setMinimumHeight(140)
        self.audience = QComboBox()
        self.language = QComboBox()
        self.template = QLabel()
        self.template.setWordWrap(True)
        self.choose_template = QPushButton()
        self.reset_template = QPushButton()
        self.open_after = QCheckBox()
        self.open_after.setChecked(True)
        self.preview_button = QPushButton()
        self.write_button = QPushButton()
        self.write_button.setDefault(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline_title = QLabel()
        self.outline_title.setWordWrap(True)
        font = self.outline_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.outline_title.setFont(font)

        self.meeting_box = QGroupBox()
        meeting_layout = QVBoxLayout(self.meeting_box)
        meeting_layout.addWidget(self.from_timeline)
        meeting_layout.addWidget(self.meetings)
        meeting_layout.addWidget(self.from_date)
        date_row = QFormLayout()
        self.date_label = QLabel()
        self.attendees_label = QLabel()
        date_row.addRow(self.date_label, self.date)
        date_row.addRow(self.attendees_label, self.attendees)
        meeting_layout.addLayout(date_row)

        self.document_box = QGroupBox()
        form = QFormLayout(self.document_box)
        self.audience_label = QLabel()
        self.language_label = QLabel()
        self.template_label = QLabel()
        form.addRow(self.audience_label, self.audience)
        form.addRow(self.language_label, self.language)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.choose_template)
        template_row.addWidget(self.reset_template)
        form.addRow(self.template_label, template_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.meeting_box)
        left_layout.addWidget(self.document_box)
        left_layout.addWidget(self.open_after)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.outline_title)
        right_layout.addWidget(self.outline, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        for label, buddy in (
            (self.date_label, self.date),
            (self.attendees_label, self.attendees),
            (self.audience_label, self.audience),
            (self.language_label, self.language),
        ):
            label.setBuddy(buddy)
        self.retranslate()

    def retranslate(self) -> None:
        self.meeting_box.setTitle(tr("Meeting"))
        self.from_timeline.setText(tr("A meeting from the timeline"))
        self.from_date.setText(tr("A date and the attendees"))
        self.date_label.setText(tr("&Date:"))
        self.attendees_label.setText(tr("A&ttendees:"))
        self.document_box.setTitle(tr("Document"))
        self.audience_label.setText(tr("A&udience:"))
        self.language_label.setText(tr("&Language:"))
        self.template_label.setText(tr("Template:"))
        self.choose_template.setText(tr("Choose…"))
        self.reset_template.setText(tr("Built-in"))
        self.open_after.setText(tr("Open the document when it is written"))
        self.preview_button.setText(tr("&Preview outline"))
        self.write_button.setText(tr("&Write briefing…"))
        self.meetings.setAccessibleName(tr("Meeting from the timeline"))
        self.attendees.setAccessibleName(tr("The client's attendees"))
        self.outline.setAccessibleName(tr("Outline of the briefing"))
        self.audience.setAccessibleName(tr("Audience"))
        self.language.setAccessibleName(tr("Language of the document"))
