"""Spreadsheet rows into records, one converter per target; a bad cell rejects its row.

Words in cells (channel, status, severity…) are recognised in English and
Russian; dates are day-first unless the column shows it is month-first; numbers
accept decimal commas and thousands spaces. Cells are read by sheet_reader's
RowReader; order rows of typed cells take sheet_typed's direct path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from db.enums import (
    ContactKind,
    DeliveryStatus,
    Direction,
    InteractionKind,
    OrderStatus,
    ParticipantRole,
    SurveyKind,
    TicketKind,
    TicketSeverity,
    TicketStatus,
)
from planner.importers.normalize import normalize_email, parse_int
from planner.importers.records import (
    Address,
    ContactRecord,
    DeliveryRecord,
    InteractionRecord,
    OrderLineRecord,
    SurveyRecord,
    TicketRecord,
)
from planner.importers.report import Reason, Rejection
from planner.importers.sheet_reader import CENT, BadCell, DateOrderChanged, RowReader
from planner.importers.sheet_typed import TYPED
from planner.importers.spreadsheet import cell_text
from planner.importers.vocabulary import SCALES

__all__ = ["BadCell", "DateOrderChanged", "RowReader", "content_key", "convert_row", "row_converter"]


def content_key(prefix: str, *parts: object) -> str:
    """A key from a row's content, for rows without an id: the same row is the same key."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}:{digest[:40]}"


def convert_row(target: str, reader: RowReader, number: int, row: list, scope: str):
    """One row as a record or a Rejection; ``scope`` keeps keys of different accounts apart."""
    try:
        return CONVERTERS[target](reader, number, row, scope)
    except BadCell as bad:
        return _rejection(bad, number)


def row_converter(target: str, reader: RowReader, scope: str) -> Callable[[int, list], object]:
    """``convert_row`` for the rows of one sheet, through the target's typed path where it has
    one (a row it cannot take whole goes the general way, with the same result)."""
    general = CONVERTERS[target]
    make_typed = TYPED.get(target)
    typed = make_typed(reader) if make_typed is not None else None

    def convert(number: int, row: list):
        try:
            if typed is not None:
                record = typed(number, row)
                if record is not None:
                    return record
            return general(reader, number, row, scope)
        except BadCell as bad:
            return _rejection(bad, number)

    return convert


def _rejection(bad: BadCell, number: int) -> Rejection:
    value = None if bad.value is None else cell_text(bad.value)[:200]
    return Rejection(bad.reason, number, bad.column, value)


def _interaction(r: RowReader, number: int, row: list, scope: str) -> InteractionRecord:
    occurred = r.moment(row, "occurred_at", required=True)
    kind = r.word(row, "kind", InteractionKind) or InteractionKind.NOTE
    subject = r.text(row, "subject", 500)
    summary = r.text(row, "summary", 4000)
    person = r.text(row, "person", 200)
    account = r.text(row, "account", 200)
    email = r.convert(
        row, "email", lambda v: normalize_email(cell_text(v)) or _bad(v), reason=Reason.BAD_EMAIL
    )
    duration = r.convert(row, "duration", parse_int, reason=Reason.BAD_NUMBER)
    if duration is not None and duration < 0:
        raise BadCell(Reason.NEGATIVE, r.names["duration"], duration)
    key = r.text(row, "key", 200)
    record = InteractionRecord(
        source_key=f"sheet:{scope}:{key}"
        if key
        else content_key("sheet", scope, account, occurred.isoformat(), kind, subject, person, summary),
        kind=kind,
        occurred_at=occurred,
        subject=subject,
        summary=summary,
        duration_minutes=duration,
        location=r.text(row, "location", 300),
        direction=r.word(row, "direction", Direction),
        person_names=[person] if person else [],
        account_name=account,
        row=number,
    )
    if email:
        record.participants.append((Address(email, person), ParticipantRole.ATTENDEE))
    return record


def _bad(value: object):
    raise ValueError(value)


def _contact(r: RowReader, number: int, row: list, scope: str) -> ContactRecord | Rejection:
    name = r.text(row, "full_name", 200)
    if not name:
        parts = [r.text(row, f, 80) for f in ("first_name", "middle_name", "last_name")]
        name = " ".join(p for p in parts if p) or None
    email = r.convert(
        row, "email", lambda v: normalize_email(cell_text(v)) or _bad(v), reason=Reason.BAD_EMAIL
    )
    if not name and not email:
        return Rejection(Reason.NO_NAME, number, r.names.get("full_name") or r.names.get("email"))
    phones = []
    for field_name, kind, label in (
        ("phone", ContactKind.PHONE, "work"),
        ("mobile", ContactKind.MOBILE, "mobile"),
    ):
        value = r.text(row, field_name, 60)
        if value and any(ch.isdigit() for ch in value):
            phones.append((value, kind, label))
    return ContactRecord(
        full_name=name,
        emails=[(email, None)] if email else [],
        phones=phones,
        title=r.text(row, "title", 200),
        department=r.text(row, "department", 200),
        organization=r.text(row, "account", 200),
        account_name=r.text(row, "account", 200),
        birthday=r.day(row, "birthday"),
        note=r.text(row, "note", 2000),
        row=number,
    )


def _order(r: RowReader, number: int, row: list, scope: str) -> OrderLineRecord:
    ordered = r.day(row, "ordered_on", required=True)
    quantity = r.number(row, "quantity", required=True)
    if quantity < 0:
        raise BadCell(Reason.NEGATIVE, r.names["quantity"], r.raw(row, "quantity"))
    amount = r.number(row, "amount")
    if amount is None:
        price = r.number(row, "unit_price", required=True)
        amount = quantity * price
    product = r.text(row, "product", 200)
    product_line = r.text(row, "product_line", 120) or (product[:120] if product else None)
    if not product_line:
        raise BadCell(Reason.MISSING_VALUE, r.names.get("product") or r.names.get("product_line"), None)
    currency = r.text(row, "currency", 3)
    if currency is not None and (len(currency) != 3 or not currency.isalpha()):
        raise BadCell(Reason.BAD_VALUE, r.names["currency"], currency)
    return OrderLineRecord(
        number=r.text(row, "number", 80) or ordered.isoformat(),
        ordered_on=ordered,
        product_line=product_line,
        product=product,
        quantity=quantity,
        amount=amount.quantize(CENT),
        unit=r.text(row, "unit", 20),
        currency=currency.upper() if currency else None,
        status=r.word(row, "status", OrderStatus),
        account_name=r.text(row, "account", 200),
        row=number,
    )


def _delivery(r: RowReader, number: int, row: list, scope: str) -> DeliveryRecord:
    promised = r.day(row, "promised_on", required=True)
    delivered = r.day(row, "delivered_on")
    quantity = r.number(row, "quantity")
    if quantity is not None and quantity < 0:
        raise BadCell(Reason.NEGATIVE, r.names["quantity"], quantity)
    key = r.text(row, "key", 200)
    order_number = r.text(row, "order_number", 80)
    product_line = r.text(row, "product_line", 120)
    account = r.text(row, "account", 200)
    status = r.word(row, "status", DeliveryStatus) or (
        DeliveryStatus.DELIVERED if delivered else DeliveryStatus.PLANNED
    )
    return DeliveryRecord(
        promised_on=promised,
        key=f"delivery:{scope}:{key}"
        if key
        else content_key("delivery", scope, account, order_number, product_line, promised, quantity),
        order_number=order_number,
        delivered_on=delivered,
        product_line=product_line,
        quantity=quantity,
        status=status,
        carrier=r.text(row, "carrier", 120),
        delay_reason=r.text(row, "delay_reason", 2000),
        account_name=account,
        row=number,
    )


def _ticket(r: RowReader, number: int, row: list, scope: str) -> TicketRecord:
    subject = r.text(row, "subject", 500)
    if not subject:
        raise BadCell(Reason.MISSING_VALUE, r.names["subject"], None)
    opened = r.moment(row, "opened_at", required=True)
    ticket_number = r.text(row, "number", 80)
    account = r.text(row, "account", 200)
    return TicketRecord(
        subject=subject,
        opened_at=opened,
        key=f"ticket:{scope}:{ticket_number}"
        if ticket_number
        else content_key("ticket", scope, account, opened.isoformat(), subject),
        number=ticket_number,
        kind=r.word(row, "kind", TicketKind),
        severity=r.word(row, "severity", TicketSeverity),
        status=r.word(row, "status", TicketStatus),
        category=r.text(row, "category", 120),
        description=r.text(row, "description", 4000),
        first_response_at=r.moment(row, "first_response_at"),
        resolved_at=r.moment(row, "resolved_at"),
        resolution=r.text(row, "resolution", 4000),
        account_name=account,
        row=number,
    )


def _survey(r: RowReader, number: int, row: list, scope: str) -> SurveyRecord:
    score = r.convert(row, "score", parse_int, required=True, reason=Reason.BAD_NUMBER)
    responded = r.moment(row, "responded_at", required=True)
    kind = r.word(row, "kind", SurveyKind)
    if kind is None:
        header = (r.names.get("score") or "").casefold()
        kind = next((k for k in SurveyKind if k.value in header), SurveyKind.NPS)
    scale = r.convert(row, "scale_max", parse_int, reason=Reason.BAD_NUMBER) or SCALES[kind]
    if score < 0 or score > scale:
        raise BadCell(Reason.BAD_NUMBER if score > scale else Reason.NEGATIVE, r.names["score"], score)
    email = r.convert(
        row, "email", lambda v: normalize_email(cell_text(v)) or _bad(v), reason=Reason.BAD_EMAIL
    )
    person = r.text(row, "person", 200)
    account = r.text(row, "account", 200)
    return SurveyRecord(
        kind=kind,
        score=score,
        scale_max=scale,
        responded_at=responded,
        key=content_key("survey", scope, account, responded.isoformat(), kind, score, email, person),
        comment=r.text(row, "comment", 4000),
        survey_name=r.text(row, "survey_name", 200),
        person_email=email,
        person_name=person,
        account_name=account,
        row=number,
    )


CONVERTERS = {
    "interactions": _interaction,
    "contacts": _contact,
    "orders": _order,
    "deliveries": _delivery,
    "tickets": _ticket,
    "surveys": _survey,
}
