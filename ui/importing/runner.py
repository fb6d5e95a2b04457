"""What an import dialog asks the planner to do, run in a worker: the files, their options,
and the column mappings the user chose for some spreadsheets.

``import_files`` takes one mapping per call, so the batch runs as consecutive calls in
the files' order: runs of files without a chosen mapping together, each mapped
spreadsheet alone. The reports are joined into one. Cancel is the dialog's own flag
(the worker's flag would drop the report, and the user must see what was done).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.changes import Changes
from planner.database import Database
from planner.importers.report import FileReport, FileStatus, ImportReport
from planner.importers.service import import_files

#: Files that may be spreadsheets: the dialog previews these for the column mapping step.
SHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


@dataclass(frozen=True)
class SheetChoice:
    """The user's mapping for one spreadsheet: its target and column -> field."""

    target: str
    mapping: dict[str, str]


@dataclass(frozen=True)
class ImportPlan:
    files: tuple[Path, ...]
    account: uuid.UUID | None = None
    add_people: bool = False
    #: Chosen mappings, by the file's path (as a string).
    sheets: dict[str, SheetChoice] = field(default_factory=dict)


def groups(plan: ImportPlan) -> list[tuple[list[Path], SheetChoice | None]]:
    """Consecutive unmapped files together, each mapped spreadsheet alone, in the files' order."""
    out: list[tuple[list[Path], SheetChoice | None]] = []
    for path in plan.files:
        choice = plan.sheets.get(str(path))
        if choice is None and out and out[-1][1] is None:
            out[-1][0].append(path)
        else:
            out.append(([path], choice))
    return out


def run_plan(
    db: Database,
    plan: ImportPlan,
    stop: threading.Event,
    *,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the plan's files (in a worker); stops when ``stop`` is set (or the worker is cancelled)."""
    total = max(len(plan.files), 1)

    def stopping() -> bool:
        return stop.is_set() or (cancelled is not None and cancelled())

    files: list[FileReport] = []
    changes = Changes()
    stopped = False
    done = 0
    for paths, choice in groups(plan):
        if stopped or stopping():
            stopped = True
            files += [FileReport(str(p), None, None, FileStatus.NOT_STARTED) for p in paths]
            continue
        base = done

        def step(count: int, _of: int, base: int = base, paths: list[Path] = paths) -> None:
            if progress is not None:
                progress(paths[min(count, len(paths)) - 1].name if count else "", (base + count) / total)

        extra = {"kind": choice.target, "mapping": choice.mapping} if choice is not None else {}
        report = import_files(
            db,
            paths,
            account=plan.account,
            add_people=plan.add_people,
            progress=step,
            cancelled=stopping,
            **extra,
        )
        files += report.files
        changes = changes | report.changes
        done += len(paths)
        stopped = report.cancelled
    return ImportReport(tuple(files), changes, cancelled=stopped)
