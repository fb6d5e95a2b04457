"""A folder of mail written in groups: many small .eml files, one round of statements.

A mail file holds one message, so its whole write is one interaction row, its
participants and its bookkeeping row. Writing GROUP_SIZE such files with one
de-duplication query and one INSERT each (inside one savepoint) instead of a
savepoint and six statements per file is what lets 10,000 mails import in about
the time the mail parser alone needs. Each file still imports whole or not at all:
any database error rolls the group back and the service imports its files one by
one, so the failing file is found and reported alone.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from db.models import ImportedFile
from planner.importers.bulk import bulk_insert
from planner.importers.detect import SNIFF_BYTES, Format, sniff
from planner.importers.email_eml import parse_mail
from planner.importers.matching import AccountRef, Directory
from planner.importers.records import InteractionRecord
from planner.importers.report import FileReport, FileStatus, ImportFailure, Reason, Rejection
from planner.importers.writer import Tally
from planner.importers.writer_sheets import SheetWriter

GROUP_SIZE = 256
#: Only mail files up to this size are grouped (bigger ones go alone).
GROUP_MAX_BYTES = 1 << 20


def groupable(path: Path) -> bool:
    if not path.name.lower().endswith(".eml"):
        return False
    try:
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size <= GROUP_MAX_BYTES


@dataclass
class _Item:
    path: Path
    digest: str
    record: InteractionRecord | Rejection
    tally: Tally


def import_mail_group(
    session,
    directory: Directory,
    paths: list[Path],
    *,
    forced: AccountRef | None,
    add_people: bool,
    strict: bool,
    dry_run: bool,
) -> list[FileReport | None] | None:
    """Reports for ``paths`` (None for a file to import alone: not mail after all, or unreadable);
    None for the whole group when the database refused it (then every file goes alone)."""
    results: list[FileReport | None] = [None] * len(paths)
    items: dict[int, _Item] = {}
    for index, path in enumerate(paths):
        try:
            data = path.read_bytes()
            if sniff(data[:SNIFF_BYTES], path) is not Format.EML:
                continue
        except (OSError, ImportFailure):
            continue
        items[index] = _Item(path, hashlib.sha256(data).hexdigest(), parse_mail(data), Tally())
    if not items:
        return results
    known = dict(
        session.connection()
        .execute(
            select(ImportedFile.sha256, ImportedFile.kind).where(
                ImportedFile.sha256.in_({item.digest for item in items.values()})
            )
        )
        .all()
    )
    seen: set[str] = set()
    live: dict[int, _Item] = {}
    for index, item in items.items():
        if item.digest in known or item.digest in seen:
            results[index] = FileReport(
                str(item.path), known.get(item.digest, "email"), "eml", FileStatus.UNCHANGED
            )
        else:
            seen.add(item.digest)
            live[index] = item
    savepoint = session.begin_nested()
    try:
        writer = SheetWriter(
            session, directory, forced=forced, add_people=add_people, source_kind="eml", source_name=""
        )
        batch = [
            (item.record, item.tally, item.path.name)
            for item in live.values()
            if isinstance(item.record, InteractionRecord)
        ]
        for item in live.values():
            if isinstance(item.record, Rejection):
                item.tally.reject(item.record)
        if batch:
            records, tallies, names = (list(column) for column in zip(*batch, strict=True))
            writer.interactions(records, tallies, names)
        bookkeeping = []
        for index, item in live.items():
            report = _report(item, strict)
            results[index] = report
            if report.status is not FileStatus.FAILED:
                tally = item.tally
                bookkeeping.append(
                    {
                        "sha256": item.digest,
                        "file_name": item.path.name[:500],
                        "kind": "email",
                        "account_id": forced.id
                        if forced
                        else (next(iter(tally.accounts)) if len(tally.accounts) == 1 else None),
                        "imported_at": datetime.now(UTC),
                        "added": tally.added,
                        "merged": tally.merged,
                        "duplicates": tally.duplicates,
                        "rejected": tally.rejected_count,
                    }
                )
        bulk_insert(session, ImportedFile.__table__, bookkeeping)
    except SQLAlchemyError:
        savepoint.rollback()
        return None
    if dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
        writer.people.commit()
    return results


def _report(item: _Item, strict: bool) -> FileReport:
    tally = item.tally
    common = dict(
        path=str(item.path),
        kind="email",
        format="eml",
        added=tally.added,
        merged=tally.merged,
        duplicates=tally.duplicates,
        skipped=tally.skipped,
        rejected=tuple(tally.rejected),
        rejected_count=tally.rejected_count,
        rejected_by=tally.rejected_by(),
        proposals=tuple(tally.proposals.values()),
        people_added=tally.people_added,
        accounts=tuple(sorted(tally.account_uuids)),
    )
    if tally.rejected_count:
        error = (
            tally.rejected[0]
            if strict
            else Rejection(Reason.NOTHING_IMPORTABLE, detail=str(tally.rejected_count))
        )
        return FileReport(status=FileStatus.FAILED, error=error, **common)
    status = (
        FileStatus.IMPORTED if tally.added or tally.merged or tally.people_added else FileStatus.UNCHANGED
    )
    return FileReport(status=status, **common)
