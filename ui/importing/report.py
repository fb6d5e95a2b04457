"""The report after an import: one row per file with its counts, its rejections beneath it.

A tree model: a file's row shows what it held, how it ended and the counts; expanding
it lists every rejection the planner kept (row, column, value, reason) and, for a
failed file, why it failed, in the user's language.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.importers.report import FileReport, FileStatus, ImportReport, Rejection
from ui import formatting
from ui.importing.texts import kind_text, reason_text, rejection_text, status_text

ModelIndex = QModelIndex | QPersistentModelIndex

#: Child rows carry this internal id offset: id = file row + 1 (0 marks a file row).
FILE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the FileReport of a file row
FAILED_COLOUR = QColor("#b3261e")


class Column(IntEnum):
    FILE = 0
    KIND = 1
    STATUS = 2
    ADDED = 3
    MERGED = 4
    DUPLICATES = 5
    REJECTED = 6


COUNTS = {
    Column.ADDED: "added",
    Column.MERGED: "merged",
    Column.DUPLICATES: "duplicates",
    Column.REJECTED: "rejected_count",
}


def details(report: FileReport) -> list[str]:
    """The lines beneath a file: why it failed, each rejection kept, and how many more there were."""
    lines = []
    if report.error is not None:
        lines.append(rejection_text(report.error))
    lines += [rejection_text(r) for r in report.rejected]
    hidden = report.rejected_count - len(report.rejected)
    if hidden > 0:
        lines.append(
            QCoreApplication.translate("ReportModel", "… and {count} more rejected; in all:").format(
                count=formatting.integer(hidden)
            )
        )
        for reason, column, count in report.rejected_by:
            where = (
                QCoreApplication.translate("ReportModel", "in column “{column}”").format(column=column)
                if column
                else ""
            )
            lines.append(
                f"    {formatting.integer(count)} × {reason_text(Rejection(reason))} {where}".rstrip()
            )
    return lines


def summary_text(report: ImportReport) -> str:
    """The batch in two sentences: files by outcome, records by outcome."""
    statuses = [f.status for f in report.files]
    number = formatting.integer
    return QCoreApplication.translate(
        "ReportModel",
        "Files: {files} (imported: {imported}, nothing new: {unchanged}, failed: {failed}). "
        "Records added: {added}, merged: {merged}, duplicates skipped: {duplicates}, "
        "rejected: {rejected}.",
    ).format(
        files=number(len(statuses)),
        imported=number(statuses.count(FileStatus.IMPORTED)),
        unchanged=number(statuses.count(FileStatus.UNCHANGED)),
        failed=number(statuses.count(FileStatus.FAILED)),
        added=number(report.total("added")),
        merged=number(report.total("merged")),
        duplicates=number(report.total("duplicates")),
        rejected=number(report.total("rejected_count")),
    )


class ReportModel(QAbstractItemModel):
    """The files of one ImportReport, each with its detail lines as children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: list[FileReport] = []
        self._details: list[list[str]] = []

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self._files = list(report.files) if report is not None else []
        self._details = [details(f) for f in self._files]
        self.endResetModel()

    def file(self, row: int) -> FileReport:
        return self._files[row]

    def detail_lines(self, row: int) -> list[str]:
        return list(self._details[row])

    # -- the tree ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._files)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._details[parent.row()])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.FILE: self.tr("File"),
            Column.KIND: self.tr("Holds"),
            Column.STATUS: self.tr("Result"),
            Column.ADDED: self.tr("Added"),
            Column.MERGED: self.tr("Merged"),
            Column.DUPLICATES: self.tr("Duplicates"),
            Column.REJECTED: self.tr("Rejected"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() != 0:
            if index.column() != 0:
                return None
            line = self._details[index.internalId() - 1][index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return line
            return None
        report = self._files[index.row()]
        column = Column(index.column())
        if role == FILE_ROW_ROLE:
            return report
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.FILE:
                    return Path(report.path).name
                case Column.KIND:
                    return kind_text(report.kind)
                case Column.STATUS:
                    return status_text(report.status)
            if report.status in (FileStatus.NOT_STARTED, FileStatus.CANCELLED, FileStatus.FAILED) and not (
                column == Column.REJECTED and report.rejected_count
            ):
                return ""
            return formatting.integer(getattr(report, COUNTS[column]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.FILE:
                return report.path
            if column == Column.STATUS and report.error is not None:
                return reason_text(report.error)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.STATUS and report.status is FileStatus.FAILED:
                return QBrush(FAILED_COLOUR)
            if column == Column.REJECTED and report.rejected_count:
                return QBrush(FAILED_COLOUR)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags
