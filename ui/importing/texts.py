"""The import report and the column mapping in the user's words: statuses, kinds, reasons, fields.

The planner reports codes with details (row, column, value), never sentences; these
tables word them. Marked with ``QT_TRANSLATE_NOOP`` under the context ``importing``
and translated when asked for, so a language switch shows on the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.importers.report import FileStatus, Reason, Rejection

CONTEXT = "importing"

STATUSES = {
    FileStatus.IMPORTED: QT_TRANSLATE_NOOP("importing", "Imported"),
    FileStatus.UNCHANGED: QT_TRANSLATE_NOOP("importing", "Nothing new"),
    FileStatus.FAILED: QT_TRANSLATE_NOOP("importing", "Failed"),
    FileStatus.CANCELLED: QT_TRANSLATE_NOOP("importing", "Cancelled, rolled back"),
    FileStatus.NOT_STARTED: QT_TRANSLATE_NOOP("importing", "Not started"),
}

#: What a file holds (the planner's kinds) and the spreadsheet targets.
KINDS = {
    "email": QT_TRANSLATE_NOOP("importing", "E-mail"),
    "calendar": QT_TRANSLATE_NOOP("importing", "Calendar"),
    "contacts": QT_TRANSLATE_NOOP("importing", "Contacts"),
    "interactions": QT_TRANSLATE_NOOP("importing", "Interactions"),
    "orders": QT_TRANSLATE_NOOP("importing", "Orders"),
    "deliveries": QT_TRANSLATE_NOOP("importing", "Deliveries"),
    "tickets": QT_TRANSLATE_NOOP("importing", "Service tickets"),
    "surveys": QT_TRANSLATE_NOOP("importing", "Survey answers"),
}

REASONS = {
    Reason.UNREADABLE: QT_TRANSLATE_NOOP("importing", "the file cannot be read"),
    Reason.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP("importing", "not a kind of file the planner imports"),
    Reason.BINARY: QT_TRANSLATE_NOOP("importing", "binary or damaged content, not text or a known document"),
    Reason.TRUNCATED: QT_TRANSLATE_NOOP("importing", "the file is damaged or cut off"),
    Reason.UNSUPPORTED: QT_TRANSLATE_NOOP("importing", "a format the planner does not import"),
    Reason.EMPTY: QT_TRANSLATE_NOOP("importing", "the file is empty"),
    Reason.KIND_MISMATCH: QT_TRANSLATE_NOOP("importing", "the file does not hold what was asked for"),
    Reason.MISSING_COLUMNS: QT_TRANSLATE_NOOP("importing", "required columns were not found"),
    Reason.BAD_MAPPING: QT_TRANSLATE_NOOP("importing", "the column mapping does not fit the file"),
    Reason.ENCODING: QT_TRANSLATE_NOOP("importing", "text that does not decode in the detected encoding"),
    Reason.NOTHING_IMPORTABLE: QT_TRANSLATE_NOOP("importing", "every record was rejected"),
    Reason.TOO_LARGE: QT_TRANSLATE_NOOP("importing", "too large for this kind of file"),
    Reason.MISSING_VALUE: QT_TRANSLATE_NOOP("importing", "a required value is missing"),
    Reason.BAD_DATE: QT_TRANSLATE_NOOP("importing", "not a date"),
    Reason.BAD_NUMBER: QT_TRANSLATE_NOOP("importing", "not a number"),
    Reason.BAD_EMAIL: QT_TRANSLATE_NOOP("importing", "not an e-mail address"),
    Reason.BAD_VALUE: QT_TRANSLATE_NOOP("importing", "not an allowed value"),
    Reason.NEGATIVE: QT_TRANSLATE_NOOP("importing", "negative (returns and credit notes are not imported)"),
    Reason.NO_ACCOUNT: QT_TRANSLATE_NOOP(
        "importing", "no account found (choose the account, or add the client's mail domain to it)"
    ),
    Reason.UNKNOWN_ACCOUNT: QT_TRANSLATE_NOOP("importing", "no account of that name"),
    Reason.NO_NAME: QT_TRANSLATE_NOOP("importing", "neither a name nor an e-mail address"),
    Reason.TOO_LONG: QT_TRANSLATE_NOOP("importing", "too long"),
}

#: Spreadsheet fields, by name; ``TARGET_FIELDS`` words those whose meaning depends on the target.
FIELDS = {
    "occurred_at": QT_TRANSLATE_NOOP("importing", "Date and time"),
    "kind": QT_TRANSLATE_NOOP("importing", "Type"),
    "subject": QT_TRANSLATE_NOOP("importing", "Subject"),
    "summary": QT_TRANSLATE_NOOP("importing", "Notes"),
    "direction": QT_TRANSLATE_NOOP("importing", "Direction"),
    "person": QT_TRANSLATE_NOOP("importing", "Contact name"),
    "email": QT_TRANSLATE_NOOP("importing", "E-mail"),
    "account": QT_TRANSLATE_NOOP("importing", "Account (client)"),
    "duration": QT_TRANSLATE_NOOP("importing", "Duration"),
    "location": QT_TRANSLATE_NOOP("importing", "Location"),
    "key": QT_TRANSLATE_NOOP("importing", "Record key"),
    "full_name": QT_TRANSLATE_NOOP("importing", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("importing", "First name"),
    "last_name": QT_TRANSLATE_NOOP("importing", "Last name"),
    "middle_name": QT_TRANSLATE_NOOP("importing", "Middle name"),
    "phone": QT_TRANSLATE_NOOP("importing", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("importing", "Mobile"),
    "title": QT_TRANSLATE_NOOP("importing", "Job title"),
    "department": QT_TRANSLATE_NOOP("importing", "Department"),
    "birthday": QT_TRANSLATE_NOOP("importing", "Birthday"),
    "note": QT_TRANSLATE_NOOP("importing", "Note"),
    "number": QT_TRANSLATE_NOOP("importing", "Number"),
    "ordered_on": QT_TRANSLATE_NOOP("importing", "Order date"),
    "product": QT_TRANSLATE_NOOP("importing", "Product"),
    "product_line": QT_TRANSLATE_NOOP("importing", "Product line"),
    "quantity": QT_TRANSLATE_NOOP("importing", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("importing", "Unit price"),
    "amount": QT_TRANSLATE_NOOP("importing", "Amount"),
    "currency": QT_TRANSLATE_NOOP("importing", "Currency"),
    "unit": QT_TRANSLATE_NOOP("importing", "Unit"),
    "status": QT_TRANSLATE_NOOP("importing", "Status"),
    "order_number": QT_TRANSLATE_NOOP("importing", "Order number"),
    "promised_on": QT_TRANSLATE_NOOP("importing", "Promised date"),
    "delivered_on": QT_TRANSLATE_NOOP("importing", "Delivery date"),
    "carrier": QT_TRANSLATE_NOOP("importing", "Carrier"),
    "delay_reason": QT_TRANSLATE_NOOP("importing", "Reason for delay"),
    "opened_at": QT_TRANSLATE_NOOP("importing", "Opened"),
    "severity": QT_TRANSLATE_NOOP("importing", "Severity"),
    "category": QT_TRANSLATE_NOOP("importing", "Category"),
    "description": QT_TRANSLATE_NOOP("importing", "Description"),
    "first_response_at": QT_TRANSLATE_NOOP("importing", "First response"),
    "resolved_at": QT_TRANSLATE_NOOP("importing", "Resolved"),
    "resolution": QT_TRANSLATE_NOOP("importing", "Resolution"),
    "score": QT_TRANSLATE_NOOP("importing", "Score"),
    "responded_at": QT_TRANSLATE_NOOP("importing", "Answered on"),
    "scale_max": QT_TRANSLATE_NOOP("importing", "Top of the scale"),
    "comment": QT_TRANSLATE_NOOP("importing", "Comment"),
    "survey_name": QT_TRANSLATE_NOOP("importing", "Survey"),
}
TARGET_FIELDS = {
    ("interactions", "kind"): QT_TRANSLATE_NOOP("importing", "Channel"),
    ("orders", "number"): QT_TRANSLATE_NOOP("importing", "Order number"),
    ("tickets", "number"): QT_TRANSLATE_NOOP("importing", "Ticket number"),
    ("tickets", "kind"): QT_TRANSLATE_NOOP("importing", "Ticket type"),
    ("surveys", "kind"): QT_TRANSLATE_NOOP("importing", "Survey type"),
    ("deliveries", "key"): QT_TRANSLATE_NOOP("importing", "Delivery number"),
    ("surveys", "person"): QT_TRANSLATE_NOOP("importing", "Respondent"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: FileStatus) -> str:
    return _t(STATUSES.get(status, str(status)))


def kind_text(kind: str | None) -> str:
    if not kind:
        return ""
    source = KINDS.get(kind)
    return _t(source) if source else kind


def field_text(target: str, field: str) -> str:
    source = TARGET_FIELDS.get((target, field)) or FIELDS.get(field)
    return _t(source) if source else field


def required_text(target: str, group: str) -> str:
    """A required group "amount|unit_price" as "Amount or Unit price"."""
    names = [field_text(target, field) for field in group.split("|") if field]
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("importing", "{choices} or {last}").format(
        choices=", ".join(names[:-1]), last=names[-1]
    )


def reason_text(rejection: Rejection) -> str:
    """Why, in a few words; MISSING_COLUMNS names the columns expected and those found."""
    source = REASONS.get(rejection.reason)
    text = _t(source) if source else str(rejection.reason)
    if rejection.reason is Reason.MISSING_COLUMNS and rejection.column:
        target = rejection.detail or ""
        wanted = ", ".join(required_text(target, group.strip()) for group in rejection.column.split(","))
        if rejection.value:  # the headers the file has, to compare with
            return QCoreApplication.translate(
                "importing", "required columns not found: {columns}; the file has: {headers}"
            ).format(columns=wanted, headers=rejection.value)
        return QCoreApplication.translate("importing", "required columns not found: {columns}").format(
            columns=wanted
        )
    if rejection.reason is Reason.NOTHING_IMPORTABLE and rejection.detail:
        return QCoreApplication.translate("importing", "every record was rejected ({count})").format(
            count=rejection.detail
        )
    if rejection.detail and rejection.reason in (
        Reason.UNSUPPORTED,
        Reason.TRUNCATED,
        Reason.UNREADABLE,
        Reason.ENCODING,
        Reason.BAD_MAPPING,
        Reason.BINARY,
        Reason.UNKNOWN_FORMAT,
        Reason.BAD_VALUE,
        Reason.KIND_MISMATCH,
    ):
        return f"{text} ({rejection.detail})"
    return text


def column_text(column: str) -> str:
    """Where in the record: a spreadsheet's column, a field the planner names, or the address matched."""
    if column == "from":
        return QCoreApplication.translate("importing", "address")
    if column in FIELDS:
        return QCoreApplication.translate("importing", "field “{field}”").format(field=_t(FIELDS[column]))
    return QCoreApplication.translate("importing", "column “{column}”").format(column=column)


def rejection_text(rejection: Rejection) -> str:
    """One rejection in full: "Row 5, column “Дата”, value “31.02.2025”: not a date"."""
    where = []
    if rejection.row is not None:
        where.append(QCoreApplication.translate("importing", "row {row}").format(row=rejection.row))
    if rejection.column and rejection.reason is not Reason.MISSING_COLUMNS:
        where.append(column_text(rejection.column))
    if rejection.value not in (None, "") and rejection.reason is not Reason.MISSING_COLUMNS:
        where.append(QCoreApplication.translate("importing", "value “{value}”").format(value=rejection.value))
    text = reason_text(rejection)
    if not where:
        return text[:1].upper() + text[1:]
    head = ", ".join(where)
    return f"{head[:1].upper()}{head[1:]}: {text}"
