"""What the mapping dialog shows before a spreadsheet is imported: the header, the target
and mapping the planner proposes (remembered or recognised), what is missing, a sample."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.store import Database
from planner.importers.columns import REQUIRED, SYNONYMS, TARGETS, header_signature, recognise
from planner.importers.detect import Format, detect_format
from planner.importers.report import ImportFailure, Rejection
from planner.importers.sources import remembered_mapping
from planner.importers.spreadsheet import TARGET_ALIASES, cell_text, open_sheet

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class SheetPreview:
    path: str
    format: str | None
    headers: tuple[str, ...]
    header_row: int | None
    #: The proposed target (orders, contacts…) and mapping column -> field; None if nothing fits.
    target: str | None
    mapping: dict[str, str]
    #: Required fields (or either-or groups "a|b") the proposed mapping lacks.
    missing: tuple[str, ...]
    #: True when the mapping is one the user confirmed before for this header layout.
    remembered: bool
    sample: tuple[tuple[str, ...], ...]
    encoding: str | None
    delimiter: str | None
    error: Rejection | None = None


def target_fields(target: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every field of a target, its required fields as "a|b" groups), for the dialog's choices."""
    return tuple(SYNONYMS[target]), tuple("|".join(group) for group in REQUIRED[target])


def preview(db: Database, path: str | Path, kind: str | None = None) -> SheetPreview:
    """Read the header and a few rows of a .csv/.xlsx and propose a mapping; never writes."""
    path = Path(path)
    wanted = TARGET_ALIASES.get(kind, kind) if kind else None
    try:
        fmt = detect_format(path)
        if fmt not in (Format.CSV, Format.XLSX):
            return SheetPreview(str(path), fmt.value, (), None, None, {}, (), False, (), None, None)
        with open_sheet(path, fmt.value) as sheet, db.session.begin() as session:
            headers = sheet.headers
            remembered = remembered_mapping(session, headers, header_signature(headers))
            if remembered is not None and wanted not in (None, remembered.target):
                remembered = None
            proposed = remembered or recognise(headers, wanted if wanted in TARGETS else None)
            sample = tuple(tuple(cell_text(c) for c in row) for _, row in sheet.sample[:PREVIEW_ROWS])
            return SheetPreview(
                path=str(path),
                format=fmt.value,
                headers=tuple(headers),
                header_row=sheet.header_row,
                target=proposed.target if proposed else None,
                mapping=proposed.as_names() if proposed else {},
                missing=tuple(proposed.missing()) if proposed else (),
                remembered=remembered is not None,
                sample=sample,
                encoding=sheet.encoding,
                delimiter=sheet.delimiter,
            )
    except ImportFailure as failure:
        return SheetPreview(str(path), None, (), None, None, {}, (), False, (), None, None, failure.rejection)
