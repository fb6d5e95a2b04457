"""Spreadsheet rows into records, one converter per target; a bad cell rejects its row.

Words in cells (channel, status, severity…) are recognised in English and
Russian; dates are day-first unless the column shows it is month-first; numbers
accept decimal commas and thousands spaces.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

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
from planner.importers.columns import Mapping
from planner.importers.normalize import (
    clean_text,
    date_order,
    month_first_hint,
    normalize_email,
    parse_datetime,
    parse_decimal,
    parse_int,
    to_utc,
)
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
from planner.importers.spreadsheet import cell_text
from planner.importers.vocabulary import SCALES, WORDS

CENT = Decimal("0.01")


class BadCell(Exception):
    def __init__(self, reason: Reason, column: str, value: object) -> None:
        super().__init__(reason)
        self.reason, self.column, self.value = reason, column, value


class DateOrderChanged(Exception):
    """A date column read day-first turned out month-first (12/13/2010) after rows that could be
    read either way: the file must be read again with the column month-first."""

    def __init__(self, column: str) -> None:
        super().__init__(column)
        self.column = column


class RowReader:
    """Reads mapped fields out of raw rows; knows the column names for rejections.

    Date columns are day-first unless the sample, or the caller (``month_first``), says
    otherwise; a column proven month-first later raises DateOrderChanged.
    """

    def __init__(
        self, mapping: Mapping, sample: list[tuple[int, list]], month_first: frozenset[str] = frozenset()
    ) -> None:
        self.mapping = mapping
        self.index = {name: i for i, name in mapping.columns.items()}
        self.names = {name: mapping.headers[i] for i, name in mapping.columns.items()}
        self.month_first: dict[str, bool] = {}
        self.day_proven: set[str] = set()
        self._pairs = tuple(self.index.items())
        self._row: list | None = None
        self._cells: dict[str, object] = {}
        for name, i in self.index.items():
            values = [row[i] for _, row in sample if i < len(row) and isinstance(row[i], str)]
            self.month_first[name] = name in month_first or month_first_hint(values)

    def _values(self, row: list) -> dict[str, object]:
        """The row's non-blank mapped cells by field, worked out once per row."""
        if row is not self._row:
            self._row = row
            values = {}
            size = len(row)
            for name, i in self._pairs:
                if i < size:
                    value = row[i]
                    if value is None or value == "" or (value.__class__ is str and value.isspace()):
                        continue
                    values[name] = value
            self._cells = values
        return self._cells

    def raw(self, row: list, name: str) -> object:
        return self._values(row).get(name)

    def text(self, row: list, name: str, limit: int | None = None) -> str | None:
        value = self._values(row).get(name)
        if value is None:
            return None
        if value.__class__ is str and value.isprintable():
            text = value.strip()
            return text if limit is None or len(text) <= limit else clean_text(text, limit)
        return clean_text(cell_text(value), limit)

    def required(self, row: list, name: str) -> object:
        value = self.raw(row, name)
        if value is None:
            raise BadCell(Reason.MISSING_VALUE, self.names.get(name, name), None)
        return value

    def convert(
        self,
        row: list,
        name: str,
        parse: Callable,
        *,
        required: bool = False,
        reason: Reason = Reason.BAD_VALUE,
    ):
        value = self.required(row, name) if required else self.raw(row, name)
        if value is None:
            return None
        try:
            return parse(value)
        except (ValueError, ArithmeticError, OverflowError):
            raise BadCell(reason, self.names[name], value) from None

    def _when(self, row: list, name: str, required: bool):
        value = self._values(row).get(name)
        if value.__class__ is datetime:
            return value  # typed cells (xlsx) need no reading
        month_first = self.month_first.get(name, False)
        try:
            return self.convert(
                row,
                name,
                lambda v: parse_datetime(v, month_first=month_first),
                required=required,
                reason=Reason.BAD_DATE,
            )
        except BadCell as bad:
            proof = date_order(bad.value)
            if (
                bad.reason is Reason.BAD_DATE
                and not month_first
                and proof == "month"
                and name not in self.day_proven
            ):
                raise DateOrderChanged(name) from None
            raise
        finally:
            if not month_first and name not in self.day_proven and date_order(self.raw(row, name)) == "day":
                self.day_proven.add(name)

    def moment(self, row: list, name: str, *, required: bool = False):
        value = self._when(row, name, required)
        return to_utc(value) if value is not None else None

    def day(self, row: list, name: str, *, required: bool = False):
        value = self._when(row, name, required)
        return value.date() if value is not None else None

    def number(self, row: list, name: str, *, required: bool = False) -> Decimal | None:
        value = self._values(row).get(name)
        if value.__class__ is int:
            return Decimal(value)
        if value.__class__ is float and value == value and -1e15 < value < 1e15:
            return Decimal(repr(value))
        return self.convert(row, name, parse_decimal, required=required, reason=Reason.BAD_NUMBER)

    def word(self, row: list, name: str, enum: type):
        if name not in self.index:
            return None

        def parse(value: object):
            text = " ".join(cell_text(value).casefold().replace("ё", "е").replace("_", " ").split())
            found = WORDS[enum].get(text) or WORDS[enum].get(text.rstrip("."))
            if found is None:
                try:
                    found = enum(text.replace(" ", "_"))
                except ValueError:
                    raise ValueError(text) from None
            return found

        return self.convert(row, name, parse)


def content_key(prefix: str, *parts: object) -> str:
    """A key from a row's content, for rows without an id: the same row is the same key."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}:{digest[:40]}"


def convert_row(target: str, reader: RowReader, number: int, row: list, scope: str):
    """One row as a record or a Rejection; ``scope`` keeps keys of different accounts apart."""
    try:
        return CONVERTERS[target](reader, number, row, scope)
    except BadCell as bad:
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
