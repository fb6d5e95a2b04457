"""``kap import FILE...``: import mail, calendars, contacts and spreadsheets; report per file.

Unknown addresses at a known account's domain are not created as people unless
``--add-people`` is given: by default they are listed as proposals, so that a
newsletter sender at a client's domain never becomes a stakeholder by accident.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from planner.cli.output import error, info, print_json, to_jsonable
from planner.database import open_planner_database
from planner.importers.report import FileReport, FileStatus, ImportReport, Reason, Rejection
from planner.importers.service import KINDS, expand, import_files

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2

#: English wording of the planner's reason codes (the UI has its own, translated).
REASONS = {
    Reason.UNREADABLE: "cannot be read",
    Reason.UNKNOWN_FORMAT: "not a format the planner imports",
    Reason.BINARY: "binary or corrupt content, not a text file or a known document",
    Reason.TRUNCATED: "the file is damaged or cut off",
    Reason.UNSUPPORTED: "a format the planner does not import",
    Reason.EMPTY: "the file is empty",
    Reason.KIND_MISMATCH: "the file does not hold what --kind asks for",
    Reason.MISSING_COLUMNS: "required columns not found",
    Reason.BAD_MAPPING: "the column mapping does not fit the file",
    Reason.ENCODING: "text that does not decode in the detected encoding",
    Reason.NOTHING_IMPORTABLE: "every record was rejected",
    Reason.TOO_LARGE: "too large for this kind of file",
    Reason.MISSING_VALUE: "a required value is missing",
    Reason.BAD_DATE: "not a date",
    Reason.BAD_NUMBER: "not a number",
    Reason.BAD_EMAIL: "not an e-mail address",
    Reason.BAD_VALUE: "not an allowed value",
    Reason.NEGATIVE: "negative (returns and credits are not imported)",
    Reason.NO_ACCOUNT: "no account found (give --account, or add the client's mail domain to an account)",
    Reason.UNKNOWN_ACCOUNT: "no account of that name",
    Reason.NO_NAME: "neither a name nor an e-mail address",
    Reason.TOO_LONG: "too long",
}


def register(sub, parents) -> None:
    parser = sub.add_parser(
        "import",
        parents=parents,
        help="import mail, calendars, contacts and spreadsheets",
        description="Import files (a folder imports everything in it), one transaction per file. "
        "Kinds are detected from the content.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="files or folders to import")
    parser.add_argument("--account", metavar="NAME", help="file everything under this account")
    parser.add_argument("--kind", choices=KINDS, help="what the files hold (spreadsheets: which records)")
    parser.add_argument(
        "--mapping", metavar="MAP", help='spreadsheet columns, "Column=field;Other=field" or a JSON file'
    )
    parser.add_argument(
        "--add-people",
        action="store_true",
        help="add unknown addresses at a known account's domain as new people",
    )
    parser.add_argument("--dry-run", action="store_true", help="read and report, write nothing")
    parser.add_argument("--strict", action="store_true", help="fail a file on its first rejected record")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_import)


def parse_mapping(text: str | None) -> dict[str, str] | None:
    """``--mapping``: a JSON file, a JSON object, or "Column=field;Column=field"."""
    if not text:
        return None
    path = Path(text)
    if path.suffix.lower() == ".json" and path.is_file():
        text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise argparse.ArgumentTypeError(f"--mapping: not valid JSON ({exc.msg})") from None
        return {str(k): str(v) for k, v in loaded.items()}
    pairs = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        column, eq, name = part.partition("=")
        if not eq:
            raise argparse.ArgumentTypeError(f"--mapping: {part!r} is not Column=field")
        pairs[column.strip()] = name.strip()
    return pairs


def run_import(args: argparse.Namespace) -> int:
    try:
        mapping = parse_mapping(args.mapping)
    except argparse.ArgumentTypeError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    if not expand(args.files):
        error("no files to import in " + ", ".join(args.files))
        return EXIT_BAD_INPUT
    db = open_planner_database(args.db)
    try:
        report = import_files(
            db,
            args.files,
            account=args.account,
            kind=args.kind,
            mapping=mapping,
            add_people=args.add_people,
            dry_run=args.dry_run,
            strict=args.strict,
        )
    finally:
        db.close()
    if args.json:
        print_json(report_json(report))
    else:
        print_report(report)
    return exit_status(report)


def exit_status(report: ImportReport) -> int:
    failed = [f for f in report.files if f.status is FileStatus.FAILED]
    if not failed:
        return EXIT_OK
    return EXIT_BAD_INPUT if len(failed) == len(report.files) else EXIT_PARTIAL


def reason_text(rejection: Rejection) -> str:
    """One rejection in plain English: where, what, why."""
    where = []
    if rejection.row is not None:
        where.append(f"row {rejection.row}")
    if rejection.column:
        where.append(f"column {rejection.column!r}")
    if rejection.value not in (None, ""):
        where.append(f"value {rejection.value!r}")
    text = REASONS.get(rejection.reason, rejection.reason.value)
    if rejection.reason is Reason.NOTHING_IMPORTABLE and rejection.detail:
        text += f" ({rejection.detail})"
    elif rejection.reason is Reason.MISSING_COLUMNS and rejection.column:
        text = f"required columns not found: {rejection.column} (header: {rejection.value})"
        where = []
    elif rejection.detail and rejection.reason in (
        Reason.UNSUPPORTED,
        Reason.TRUNCATED,
        Reason.UNREADABLE,
        Reason.ENCODING,
        Reason.BAD_MAPPING,
        Reason.KIND_MISMATCH,
        Reason.BINARY,
        Reason.UNKNOWN_FORMAT,
        Reason.BAD_VALUE,
    ):
        text += f" ({rejection.detail})"
    return (", ".join(where) + ": " if where else "") + text


def file_json(report: FileReport) -> dict:
    data = to_jsonable(report)
    data["rejected"] = [
        {"row": r.row, "column": r.column, "value": r.value, "reason": reason_text(r), "code": r.reason.value}
        for r in report.rejected
    ]
    data["rejected_by"] = [
        {"reason": REASONS.get(r, r.value), "code": r.value, "column": c, "count": n}
        for r, c, n in report.rejected_by
    ]
    data["error"] = reason_text(report.error) if report.error else None
    data["error_code"] = report.error.reason.value if report.error else None
    return data


def report_json(report: ImportReport) -> dict:
    return {
        "files": [file_json(f) for f in report.files],
        "proposals": to_jsonable(list(report.proposals)),
        "dry_run": report.dry_run,
        "cancelled": report.cancelled,
        "totals": {
            name: report.total(name)
            for name in ("added", "merged", "duplicates", "skipped", "rejected_count", "people_added")
        },
    }


def print_report(report: ImportReport) -> None:
    for item in report.files:
        counts = [f"{item.added} added", f"{item.merged} merged", f"{item.duplicates} duplicates"]
        if item.skipped:
            counts.append(f"{item.skipped} skipped")
        if item.rejected_count:
            counts.append(f"{item.rejected_count} rejected")
        if item.people_added:
            counts.append(f"{item.people_added} new people")
        kind = f" [{item.kind}]" if item.kind else ""
        print(f"{item.status.value:<10} {item.path}{kind}: " + ", ".join(counts))
        if item.error is not None:
            print(f"           failed: {reason_text(item.error)}")
        for rejection in item.rejected[:20]:
            print(f"           rejected {reason_text(rejection)}")
        if len(item.rejected) > 20 or item.rejected_count > len(item.rejected):
            print(f"           … {item.rejected_count - min(len(item.rejected), 20)} more rejected; in all:")
            for reason, column, count in item.rejected_by:
                where = f" in column {column!r}" if column else ""
                print(f"             {count:>7}  {REASONS.get(reason, reason.value)}{where}")
    proposals = report.proposals
    if proposals:
        print("Unknown addresses at known accounts (run again with --add-people to add them):")
        for proposal in proposals:
            name = f" ({proposal.name})" if proposal.name else ""
            print(f"  {proposal.email}{name} at {proposal.account_name}, in {proposal.seen} record(s)")
    statuses = [f.status for f in report.files]
    summary = ", ".join(f"{statuses.count(s)} {s.value}" for s in FileStatus if statuses.count(s))
    prefix = "Dry run, nothing written: " if report.dry_run else ""
    info(
        f"{prefix}{len(statuses)} file(s): {summary}; "
        f"{report.total('added')} added, {report.total('merged')} merged, "
        f"{report.total('duplicates')} duplicates, {report.total('rejected_count')} rejected"
    )
