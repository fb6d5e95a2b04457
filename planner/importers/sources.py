"""From a detected file format to a stream of records: the "parse" stage, per format.

A Source is a context manager (spreadsheets keep their file open while rows
stream) that tells what the file holds (``kind``) and, for spreadsheets, the
column mapping used, which is remembered for the next file of the same layout.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select, update

from db.models import ImportMapping
from planner.importers.columns import Mapping, header_signature
from planner.importers.detect import Format
from planner.importers.encodings import SAMPLE_BYTES, detect_encoding
from planner.importers.report import ImportFailure, Reason
from planner.importers.spreadsheet import TARGET_ALIASES, open_sheet, resolve_mapping

#: A single mail, calendar or card file larger than this is refused (they are small by nature).
MAX_TEXT_FILE = 64 * 1024 * 1024
FORMAT_KINDS = {
    Format.EML: "email",
    Format.MBOX: "email",
    Format.ICS: "calendar",
    Format.VCF: "contacts",
}
MAPPINGS = ImportMapping.__table__


class Source:
    """What a file holds and its records; ``remember()`` keeps a spreadsheet's mapping."""

    def __init__(self, kind: str | None, records: Iterator, stack: ExitStack | None = None) -> None:
        self.kind = kind
        self.records = records
        self.mapping_names: dict[str, str] | None = None
        self._stack = stack or ExitStack()
        self._remember = None

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def remember(self) -> None:
        if self._remember is not None:
            self._remember()


def _read_limited(path: Path) -> bytes:
    if path.stat().st_size > MAX_TEXT_FILE:
        raise ImportFailure(Reason.TOO_LARGE, detail=str(path.stat().st_size))
    return path.read_bytes()


def _check_kind(found: str, wanted: str | None) -> None:
    if wanted is not None and TARGET_ALIASES.get(wanted, wanted) != found:
        raise ImportFailure(Reason.KIND_MISMATCH, value=wanted, detail=found)


def open_source(
    session,
    path: Path,
    fmt: Format,
    digest: str,
    *,
    kind: str | None,
    mapping: dict[str, str] | None,
    scope: str,
    month_first: frozenset[str] = frozenset(),
) -> Source:
    if fmt is Format.EML:
        from planner.importers.email_eml import parse_mail

        _check_kind("email", kind)
        return Source("email", iter([parse_mail(_read_limited(path))]))
    if fmt is Format.MBOX:
        from planner.importers.mbox import parse_mbox

        _check_kind("email", kind)
        return Source("email", parse_mbox(path))
    if fmt is Format.MSG:
        from planner.importers.email_msg import parse_msg

        found, records = parse_msg(path, digest)
        if kind is not None and kind != found and not (kind == "email" and found == "calendar"):
            raise ImportFailure(Reason.KIND_MISMATCH, value=kind, detail=found)
        return Source(found, records)
    if fmt is Format.ICS:
        from planner.importers.calendar_ics import parse_ics

        _check_kind("calendar", kind)
        data = _read_limited(path)
        text = data.decode(detect_encoding(data[:SAMPLE_BYTES], complete=True), errors="replace")
        return Source("calendar", parse_ics(text))
    if fmt is Format.VCF:
        from planner.importers.contacts_vcf import parse_vcf

        _check_kind("contacts", kind)
        return Source("contacts", parse_vcf(_read_limited(path)))
    return _sheet_source(session, path, fmt, kind=kind, mapping=mapping, scope=scope, month_first=month_first)


def _sheet_source(
    session,
    path: Path,
    fmt: Format,
    *,
    kind: str | None,
    mapping: dict[str, str] | None,
    scope: str,
    month_first: frozenset[str],
) -> Source:
    from planner.importers.sheet_rows import RowReader, row_converter

    if kind in ("email", "calendar"):
        raise ImportFailure(Reason.KIND_MISMATCH, value=kind, detail="spreadsheet")
    stack = ExitStack()
    try:
        sheet = stack.enter_context(open_sheet(path, fmt.value))
        signature = header_signature(sheet.headers)
        chosen = resolve_mapping(
            sheet.headers,
            wanted=kind,
            given=mapping,
            remembered=remembered_mapping(session, sheet.headers, signature),
        )
    except BaseException:
        stack.close()
        raise
    reader = RowReader(chosen, sheet.sample, month_first)
    target = chosen.target
    convert = row_converter(target, reader, scope)

    def records() -> Iterator:
        for number, row in sheet.rows():
            first = row[0] if row else None
            # Most rows show they are not empty by their first cell; the others are looked at whole.
            if (first and not (first.__class__ is str and first.isspace())) or _filled(row):
                yield convert(number, row)

    source = Source(target, records(), stack)
    source.mapping_names = chosen.as_names()
    source._remember = lambda: remember_mapping(session, signature, chosen)
    return source


def _filled(row: list) -> bool:
    """Not an empty row: some cell truthy, and not every cell None or blank text."""
    return any(row) and not all(c is None or (c.__class__ is str and c.isspace()) for c in row)


def remembered_mapping(session, headers: list[str], signature: str) -> Mapping | None:
    """The mapping last used for this header layout, if any (and still valid for it)."""
    row = session.execute(
        select(MAPPINGS.c.kind, MAPPINGS.c.mapping)
        .where(MAPPINGS.c.header_signature == signature)
        .order_by(MAPPINGS.c.used_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    try:
        stored = json.loads(row.mapping)
        columns = {int(index): name for index, name in stored.items() if int(index) < len(headers)}
    except (ValueError, AttributeError):
        return None
    return Mapping(row.kind, columns, tuple(headers))


def remember_mapping(session, signature: str, mapping: Mapping) -> None:
    """Keep a mapping for the next file with the same header row (upsert on kind + signature)."""
    stored = json.dumps({str(i): name for i, name in sorted(mapping.columns.items())}, ensure_ascii=False)
    now = datetime.now(UTC)
    existing = session.execute(
        select(MAPPINGS.c.id).where(
            MAPPINGS.c.kind == mapping.target, MAPPINGS.c.header_signature == signature
        )
    ).scalar_one_or_none()
    if existing is None:
        import uuid

        session.execute(
            insert(MAPPINGS).values(
                uuid=uuid.uuid4(),
                kind=mapping.target,
                header_signature=signature,
                mapping=stored,
                used_at=now,
            )
        )
    else:
        session.execute(
            update(MAPPINGS)
            .where(MAPPINGS.c.id == existing)
            .values(mapping=stored, used_at=now, updated_at=now)
        )
