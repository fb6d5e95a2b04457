"""Importing a batch of files: one transaction per file, a report for the batch.

    parse (format module) -> normalise (inside the parsers) -> match + de-duplicate
    + write (writer) -> report

Each file runs inside its own SAVEPOINT: it is written whole or rolled back
whole, and a failed or cancelled file leaves the database as it was. Files are
committed in groups (at least every COMMIT_INTERVAL seconds) so that a folder of
10,000 small mails does not pay one disk sync per mail. A file whose exact bytes
were imported before is reported unchanged without being parsed again.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError

from db.models import ImportedFile
from db.store import Database
from planner.changes import Changes, Entity
from planner.database import storage_errors
from planner.errors import ErrorCode, PlannerError
from planner.importers import sources
from planner.importers.detect import Format, detect_format
from planner.importers.email_msg import sha256_of
from planner.importers.folders import expand
from planner.importers.mailgroup import GROUP_SIZE, groupable, import_mail_group
from planner.importers.matching import AccountRef, Directory
from planner.importers.records import (
    ContactRecord,
    DeliveryRecord,
    InteractionRecord,
    OrderLineRecord,
    Skipped,
    SurveyRecord,
    TicketRecord,
)
from planner.importers.report import (
    FileReport,
    FileStatus,
    ImportCancelled,
    ImportFailure,
    ImportReport,
    Reason,
    Rejection,
)
from planner.importers.sheet_rows import DateOrderChanged
from planner.importers.writer_sheets import SheetWriter

Progress = Callable[[int, int], None]
BATCH = 1000
COMMIT_INTERVAL = 0.5
#: File kinds a user may ask for with ``kind``; spreadsheets take any of the sheet targets.
KINDS = ("email", "calendar", "contacts", "interactions", "orders", "deliveries", "tickets", "surveys")


def import_files(
    db: Database,
    paths: Iterable[str | Path],
    *,
    account: uuid.UUID | str | None = None,
    kind: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
    add_people: bool = False,
    mapping: dict[str, str] | None = None,
    strict: bool = False,
) -> ImportReport:
    """Import files (folders expanded); ``account`` files everything under one account.

    ``progress(done, total)`` is called after each file; ``cancelled()`` is polled between
    batches of records (and between groups of small mail files, which take well under a
    second): when it turns true the file in flight is rolled back and the batch stops, the
    files not reached reported NOT_STARTED. ``dry_run`` parses, matches and reports but
    writes nothing. ``add_people`` creates the unknown addresses at a known account's domain
    as people instead of proposing them. ``strict`` fails a file on its first rejected record.
    """
    if kind is not None and kind not in KINDS:
        raise PlannerError(ErrorCode.INVALID, f"unknown kind {kind!r}", field="kind", choices=KINDS)
    forced_uuid = _account_uuid(db, account)
    files = [f for f in expand(paths) if not _is_database_file(db, f)]
    reports: list[FileReport] = []
    changes = Changes()
    stopped = False
    options = dict(kind=kind, add_people=add_people, mapping=mapping, strict=strict, cancelled=cancelled)
    with storage_errors(), db.session() as session:
        session.begin()
        directory = Directory(session)
        forced = directory.account_by_uuid(forced_uuid) if forced_uuid else None
        last_commit = time.monotonic()
        index = 0
        while index < len(files):
            if stopped or (cancelled is not None and cancelled()):
                stopped = True
                reports += [FileReport(str(p), None, None, FileStatus.NOT_STARTED) for p in files[index:]]
                break
            group = _mail_run(files, index) if kind in (None, "email") else []
            grouped = (
                import_mail_group(
                    session,
                    directory,
                    group,
                    forced=forced,
                    add_people=add_people,
                    strict=strict,
                    dry_run=dry_run,
                )
                if len(group) > 1
                else None
            )
            if grouped is None:
                group, grouped = files[index : index + 1], [None]
            for path, report in zip(group, grouped, strict=True):
                if report is None:
                    report, stopped = _import_alone(
                        session, directory, path, forced=forced, dry_run=dry_run, **options
                    )
                if not dry_run:
                    changes = changes | _changes_of(report)
                reports.append(report)
                index += 1
                if progress is not None:
                    progress(index, len(files))
                if stopped:
                    break
            if time.monotonic() - last_commit > COMMIT_INTERVAL:
                session.commit()
                session.begin()
                last_commit = time.monotonic()
        session.commit()
    return ImportReport(tuple(reports), Changes() if dry_run else changes, dry_run=dry_run, cancelled=stopped)


def _is_database_file(db: Database, path: Path) -> bool:
    """The planner's own database (and its -wal/-shm/-journal files) is never imported."""
    if db.path is None:
        return False
    if not path.name.startswith(db.path.name):
        return False
    try:
        return path.resolve().parent == db.path.resolve().parent
    except OSError:
        return False


def _mail_run(files: list[Path], start: int) -> list[Path]:
    """The small .eml files from ``start`` on, up to GROUP_SIZE: written as one group."""
    end = start
    while end < len(files) and end - start < GROUP_SIZE and groupable(files[end]):
        end += 1
    return files[start:end]


def _import_alone(
    session, directory: Directory, path: Path, *, forced: AccountRef | None, dry_run: bool, **options
) -> tuple[FileReport, bool]:
    """One file in its own savepoint: (its report, whether the batch must stop)."""
    savepoint = session.begin_nested()
    try:
        report, people = import_one(session, directory, path, forced=forced, **options)
    except ImportCancelled:
        savepoint.rollback()
        return FileReport(str(path), None, None, FileStatus.CANCELLED), True
    except ImportFailure as failure:
        savepoint.rollback()
        return FileReport(str(path), None, None, FileStatus.FAILED, error=failure.rejection), False
    except SQLAlchemyError as exc:
        savepoint.rollback()
        detail = str(getattr(exc, "orig", exc) or exc)[:300]
        return FileReport(
            str(path), None, None, FileStatus.FAILED, error=Rejection(Reason.BAD_VALUE, detail=detail)
        ), False
    if dry_run or report.status is FileStatus.FAILED:
        savepoint.rollback()
    else:
        savepoint.commit()
        if people is not None:
            people.commit()
    return report, False


def _account_uuid(db: Database, account: uuid.UUID | str | None) -> uuid.UUID | None:
    if account is None:
        return None
    if isinstance(account, uuid.UUID):
        return account
    from planner.services.accounts import resolve

    return resolve(db, account).uuid


def import_one(
    session,
    directory: Directory,
    path: Path,
    *,
    forced: AccountRef | None,
    kind: str | None,
    add_people: bool,
    mapping: dict[str, str] | None,
    strict: bool,
    cancelled: Callable[[], bool] | None,
) -> tuple[FileReport, object]:
    """One file inside the caller's savepoint; raises ImportFailure when the file is unusable.

    Returns the report and the file's People lookups, to be committed with the file."""
    if not path.exists():
        raise ImportFailure(Reason.UNREADABLE, detail="does not exist")
    if not path.is_file():
        raise ImportFailure(Reason.UNREADABLE, detail="not a file")
    fmt = detect_format(path)
    digest = sha256_of(path)
    before = (
        session.connection()
        .execute(select(ImportedFile.kind).where(ImportedFile.sha256 == digest).limit(1))
        .scalar_one_or_none()
    )
    if before is not None:
        return FileReport(str(path), before, fmt.value, FileStatus.UNCHANGED), None
    month_first: frozenset[str] = frozenset()
    sheet = fmt in (Format.CSV, Format.XLSX)
    while True:
        attempt = session.begin_nested() if sheet else None
        writer = SheetWriter(
            session,
            directory,
            forced=forced,
            add_people=add_people,
            source_kind=fmt.value,
            source_name=path.name,
        )
        parsed = sources.open_source(
            session,
            path,
            fmt,
            digest,
            kind=kind,
            mapping=mapping,
            scope=str(forced.uuid) if forced else "-",
            month_first=month_first,
        )
        try:
            with parsed:
                _consume(parsed.records, writer, strict=strict, cancelled=cancelled)
        except DateOrderChanged as change:
            # 12/13/2010 after rows read day-first: read the file again, that column month-first.
            attempt.rollback()
            if change.column in month_first:
                raise
            month_first = month_first | {change.column}
            continue
        except BaseException:
            if attempt is not None:
                attempt.rollback()
            raise
        if attempt is not None:
            attempt.commit()
        break
    tally = writer.tally
    common = dict(
        path=str(path),
        kind=parsed.kind,
        format=fmt.value,
        added=tally.added,
        merged=tally.merged,
        duplicates=tally.duplicates,
        skipped=tally.skipped,
        rejected=tuple(tally.rejected),
        rejected_count=tally.rejected_count,
        rejected_by=tally.rejected_by(),
        proposals=tuple(tally.proposals.values()),
        people_added=tally.people_added,
        mapping=parsed.mapping_names,
        accounts=tuple(sorted(tally.account_uuids)),
    )
    useful = tally.added + tally.merged + tally.duplicates + tally.skipped
    if not useful and not tally.rejected_count:
        raise ImportFailure(Reason.EMPTY, detail="no records")
    if tally.rejected_count and (strict or not useful):
        error = (
            tally.rejected[0]
            if strict
            else Rejection(Reason.NOTHING_IMPORTABLE, detail=str(tally.rejected_count))
        )
        return FileReport(status=FileStatus.FAILED, error=error, **common), None
    if tally.added == 0 and tally.merged == 0 and tally.people_added == 0 and not tally.rejected_count:
        status = FileStatus.UNCHANGED
    else:
        status = FileStatus.IMPORTED
    session.connection().execute(
        insert(ImportedFile.__table__).values(
            uuid=uuid.uuid4(),
            sha256=digest,
            file_name=path.name[:500],
            kind=parsed.kind or fmt.value,
            account_id=forced.id
            if forced
            else (next(iter(tally.accounts)) if len(tally.accounts) == 1 else None),
            imported_at=datetime.now(UTC),
            added=tally.added,
            merged=tally.merged,
            duplicates=tally.duplicates,
            rejected=tally.rejected_count,
        )
    )
    parsed.remember()
    return FileReport(status=status, **common), writer.people


def _consume(
    records: Iterator, writer: SheetWriter, *, strict: bool, cancelled: Callable[[], bool] | None
) -> None:
    """Feed records to the writer in batches of one type, checking for cancel between batches."""
    batch: list = []
    batch_type: type | None = None

    def flush() -> None:
        nonlocal batch
        if not batch:
            return
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if batch_type is InteractionRecord:
            writer.interactions(batch)
        elif batch_type is ContactRecord:
            for record in batch:
                writer.contact(record)
        elif batch_type is OrderLineRecord:
            writer.order_lines(batch)
        elif batch_type is DeliveryRecord:
            writer.deliveries(batch)
        elif batch_type is TicketRecord:
            writer.tickets(batch)
        elif batch_type is SurveyRecord:
            writer.surveys(batch)
        batch = []

    for record in records:
        kind = type(record)
        if kind is batch_type and len(batch) < BATCH:
            batch.append(record)  # the common case first: one more of the batch's type
            continue
        if isinstance(record, Rejection):
            writer.tally.reject(record)
            if strict:
                return
            continue
        if isinstance(record, Skipped):
            writer.tally.skipped += 1
            continue
        flush()
        batch_type = kind
        batch.append(record)
    flush()
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _changes_of(report: FileReport) -> Changes:
    entities = {
        "email": Entity.INTERACTION,
        "calendar": Entity.INTERACTION,
        "interactions": Entity.INTERACTION,
        "contacts": Entity.PERSON,
        "orders": Entity.ORDER,
        "deliveries": Entity.DELIVERY,
        "tickets": Entity.TICKET,
        "surveys": Entity.SURVEY,
    }
    if report.status is not FileStatus.IMPORTED:
        return Changes()
    touched = {entities.get(report.kind or "", Entity.INTERACTION)}
    if report.people_added:
        touched.add(Entity.PERSON)
    return Changes(frozenset(touched), frozenset(report.accounts))


__all__ = ["Format", "ImportReport", "expand", "import_files", "import_one"]
