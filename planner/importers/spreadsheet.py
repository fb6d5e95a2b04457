"""Reading .csv and .xlsx files as rows, finding the header row and the column mapping.

CSV is streamed (encoding detected on a sample, separator chosen by which one
splits the sample into consistent columns, lines longer than MAX_LINE refused
so junk is never read whole); .xlsx is read with python-calamine. The mapping
is, in order of preference: the one given by the caller, the one remembered for
this header layout, the one recognised from the headers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from planner.importers.columns import Mapping, closest, fields_of, recognise, recognised_count
from planner.importers.encodings import SAMPLE_BYTES, detect_encoding
from planner.importers.report import ImportFailure, Reason

#: A CSV line longer than this is not a spreadsheet row (1 MB).
MAX_LINE = 1 << 20
#: Rows scanned for the header row, and data rows kept as a sample (date order, the UI preview).
HEADER_SCAN_ROWS = 20
SAMPLE_ROWS = 200
DELIMITERS = (";", ",", "\t", "|")
#: Accepted synonyms of the targets for --kind.
TARGET_ALIASES = {
    "interaction": "interactions",
    "contact": "contacts",
    "people": "contacts",
    "order": "orders",
    "delivery": "deliveries",
    "ticket": "tickets",
    "survey": "surveys",
    "nps": "surveys",
}


@dataclass
class Sheet:
    """An open spreadsheet: its header, a sample of its rows, and the rest as a stream."""

    headers: list[str]
    header_row: int
    sample: list[tuple[int, list]]
    rest: Iterator[tuple[int, list]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet_name: str | None = None
    extra: dict = field(default_factory=dict)

    def rows(self) -> Iterator[tuple[int, list]]:
        return chain(self.sample, self.rest)


def cell_text(value: object) -> str:
    """A cell as text: 536365.0 -> "536365", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@contextmanager
def open_sheet(path: Path, fmt: str):
    """An open Sheet of a .csv or .xlsx file (the first sheet that has a recognisable header)."""
    if fmt == "xlsx":
        with _xlsx(path) as sheet:
            yield sheet
    else:
        with _csv(path) as sheet:
            yield sheet


@contextmanager
def _csv(path: Path):
    with path.open("rb") as raw:
        sample = raw.read(SAMPLE_BYTES)
        complete = len(sample) < SAMPLE_BYTES
        encoding = detect_encoding(sample, complete=complete)
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        lines = _limited_lines(text)
        head: list[str] = []
        for line in lines:
            head.append(line)
            if len(head) >= 60:
                break
        delimiter = choose_delimiter(head)
        reader = csv.reader(_chain(head, lines), delimiter=delimiter)
        rows = _guarded(((n, row) for n, row in enumerate(reader, start=1)), encoding)
        sheet = _with_header(rows)
        sheet.encoding = encoding
        sheet.delimiter = delimiter
        yield sheet


def _chain(head: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from head
    yield from rest


def _limited_lines(text: io.TextIOWrapper) -> Iterator[str]:
    number = 0
    while True:
        try:
            line = text.readline(MAX_LINE)
        except UnicodeDecodeError as exc:
            raise ImportFailure(Reason.ENCODING, row=number + 1, detail=text.encoding) from exc
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
            raise ImportFailure(Reason.BINARY, row=number, detail="line longer than 1 MB")
        yield line


def _guarded(rows: Iterator[tuple[int, list]], encoding: str) -> Iterator[tuple[int, list]]:
    """CSV rows, with the csv module's failures (NUL bytes, huge fields) as a failed file."""
    number = 0
    try:
        for number, row in rows:
            yield number, row
    except csv.Error as exc:
        raise ImportFailure(Reason.BINARY, row=number + 1, detail=str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ImportFailure(Reason.ENCODING, row=number + 1, detail=encoding) from exc


def choose_delimiter(lines: list[str]) -> str:
    """The separator that splits the sample lines into the most, and most consistent, columns."""
    best, best_score = ";", -1.0
    sample = [line for line in lines if line.strip()][:50]
    if not sample:
        return best
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        consistency = counts.count(common) / len(counts)
        score = consistency * 10 + min(common, 50) / 50
        if score > best_score:
            best, best_score = delimiter, score
    return best


@contextmanager
def _xlsx(path: Path):
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine raises its own errors for broken zips/XML
        raise ImportFailure(Reason.TRUNCATED, detail=f"{type(exc).__name__}: {exc}") from exc
    try:
        chosen = None
        for name in workbook.sheet_names:
            try:
                rows = workbook.get_sheet_by_name(name).iter_rows()
                sheet = _with_header(_xlsx_guard(enumerate(rows, start=1)))
            except ImportFailure:
                continue
            sheet.sheet_name = name
            if chosen is None or (recognised_count(sheet.headers) > recognised_count(chosen.headers)):
                chosen = sheet
            if recognised_count(sheet.headers) >= 2:
                break
        if chosen is None:
            raise ImportFailure(Reason.EMPTY, detail="no sheet with data")
        yield chosen
    finally:
        workbook.close()


def _xlsx_guard(rows):
    number = 0
    try:
        for number, row in rows:
            yield number, row
    except Exception as exc:  # noqa: BLE001
        raise ImportFailure(Reason.TRUNCATED, row=number + 1, detail=str(exc)) from exc


def _with_header(rows: Iterator[tuple[int, list]]) -> Sheet:
    """Find the header row among the first rows (the one with most known headers) and a sample."""
    head: list[tuple[int, list]] = []
    for item in rows:
        if any(cell_text(c) for c in item[1]):
            head.append(item)
        if len(head) >= HEADER_SCAN_ROWS:
            break
    if not head:
        raise ImportFailure(Reason.EMPTY)
    scores = [recognised_count([cell_text(c) for c in row]) for _, row in head]
    best = max(range(len(head)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        best = 0
    header_number, header_cells = head[best]
    headers = [cell_text(c) for c in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    sample = [item for item in head[best + 1 :]]
    for item in rows:
        sample.append(item)
        if len(sample) >= SAMPLE_ROWS:
            break
    return Sheet(headers=headers, header_row=header_number, sample=sample, rest=rows)


def resolve_mapping(
    headers: list[str], *, wanted: str | None, given: dict[str, str] | None, remembered: Mapping | None
) -> Mapping:
    """The mapping to use; raises ImportFailure naming the missing columns or bad names.

    MISSING_COLUMNS carries what was wanted and what was found: ``column`` the required
    fields missing (comma-separated, "a|b" for either-or), ``detail`` the target they belong
    to (the one asked for, else the nearest), ``value`` the headers seen."""
    if wanted is not None:
        wanted = TARGET_ALIASES.get(wanted, wanted)
    if given:
        target = wanted or (recognise(headers).target if recognise(headers) else None)
        if target is None:
            raise ImportFailure(Reason.BAD_MAPPING, detail="give --kind with a mapping")
        columns = {}
        folded = {h.casefold(): i for i, h in enumerate(headers)}
        known = set(fields_of(target))
        for column, name in given.items():
            if name not in known:
                raise ImportFailure(
                    Reason.BAD_MAPPING,
                    column=column,
                    value=name,
                    detail="fields: " + ", ".join(sorted(known)),
                )
            index = folded.get(column.casefold())
            if index is None:
                raise ImportFailure(Reason.BAD_MAPPING, column=column, detail="no such column")
            columns[index] = name
        mapping = Mapping(target, columns, tuple(headers))
    elif remembered is not None and (wanted is None or remembered.target == wanted):
        mapping = remembered
    else:
        # No target fits: the nearest one's missing columns are the ones to name as required.
        mapping = recognise(headers, wanted) or closest(headers)
    missing = mapping.missing()
    if missing:
        raise ImportFailure(
            Reason.MISSING_COLUMNS,
            column=", ".join(missing),
            value=", ".join(h for h in headers[:12] if h),
            detail=mapping.target,
        )
    return mapping
