"""``kap check``, ``kap backup`` and ``kap restore``: keeping the database safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.output import info, print_json
from planner.database import open_planner_database
from planner.paths import database_target
from planner.services import maintenance


def register(sub, parents) -> None:
    check_parser = sub.add_parser("check", parents=parents, help="integrity check and migration state")
    check_parser.add_argument("--json", action="store_true", help="print JSON")
    check_parser.set_defaults(handler=check)

    backup_parser = sub.add_parser("backup", parents=parents, help="write a consistent copy")
    backup_parser.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup_parser.add_argument("--force", action="store_true", help="replace an existing backup file")
    backup_parser.set_defaults(handler=backup)

    restore_parser = sub.add_parser("restore", parents=parents, help="replace the content with a backup")
    restore_parser.add_argument("file", metavar="FILE", help="a backup written by 'kap backup'")
    restore_parser.set_defaults(handler=restore)


def check(args: argparse.Namespace) -> int:
    target = database_target(args.db)
    db = open_planner_database(target, create=False, migrate=False)
    try:
        report = maintenance.check(db)
    finally:
        db.close()
    if args.json:
        print_json(report)
    else:
        print(f"database:  {db.display_name}")
        print(f"backend:   {report.backend}")
        print(f"schema:    {report.schema_revision} (latest {report.head_revision})")
        print(f"records:   {sum(report.tables.values()):,}".replace(",", " "))
        for problem in report.problems:
            print(f"problem:   {problem.kind}: {problem.detail}")
        print("ok" if report.ok else f"{len(report.problems)} problem(s) found")
    return 0 if report.ok else 1


def backup(args: argparse.Namespace) -> int:
    db = open_planner_database(args.db, create=False)
    try:
        written = maintenance.backup(db, Path(args.out), overwrite=args.force)
    finally:
        db.close()
    info(f"Backed up {db.display_name} to {written}")
    return 0


def restore(args: argparse.Namespace) -> int:
    db = open_planner_database(args.db)
    try:
        kept = maintenance.restore(db, Path(args.file))
    finally:
        db.close()
    message = f"Restored {args.file} into {db.display_name}"
    if kept is not None:
        message += f"; what it held before is kept in {kept}"
    info(message)
    return 0
