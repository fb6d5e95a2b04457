"""The ``kap`` sub-commands: each parses nothing, calls planner services, prints the result."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from db.engine import resolve_url, sqlite_path
from planner.cli.output import error, info, money, percent, print_json, print_table
from planner.database import open_planner_database
from planner.errors import ErrorCode, PlannerError
from planner.paths import database_target
from planner.services import accounts as accounts_service
from planner.services import maintenance


def accounts(args: argparse.Namespace) -> int:
    db = open_planner_database(args.db)
    try:
        summaries = accounts_service.list_accounts(db)
    finally:
        db.close()
    if args.json:
        print_json(summaries)
        return 0
    if not summaries:
        info("No accounts yet. Build the demo portfolio with 'kap demo'.")
        return 0
    rows = [
        [
            s.name,
            s.industry or "—",
            s.stage.value,
            s.tier.value,
            money(s.revenue, s.currency),
            percent(s.share_of_portfolio),
            percent(s.share_of_wallet),
            str(s.people),
            s.last_contact.date().isoformat() if s.last_contact else "—",
        ]
        for s in summaries
    ]
    headers = ["Name", "Industry", "Stage", "Tier", "Revenue", "Portfolio", "Wallet", "People"]
    print_table([*headers, "Last contact"], rows, right={4, 5, 6, 7})
    return 0


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


def demo(args: argparse.Namespace) -> int:
    """Build the demo portfolio; an SQLite target is built aside and moved into place whole."""
    target = database_target(args.db)
    args.open_target = target
    path = sqlite_path(resolve_url(target))
    if path is None or path.exists():
        db = open_planner_database(target)
        try:
            facts = maintenance.database_facts(db)
        finally:
            db.close()
        if facts.accounts:
            if args.reuse and facts.demo_seed is not None:
                info(f"Keeping the demo portfolio in {db.display_name} ({facts.accounts} accounts).")
                return 0
            if not args.replace:
                raise PlannerError(
                    ErrorCode.INVALID,
                    f"{db.display_name} already holds {facts.accounts} accounts; "
                    "give another --db, or --replace to rebuild it",
                )
            if path is None:
                raise PlannerError(
                    ErrorCode.UNSUPPORTED,
                    "--replace works on SQLite files only; empty the server database first",
                )
    if path is None:
        db = open_planner_database(target)
        try:
            summary = _build(db, args)
        finally:
            db.close()
    else:
        staging = path.with_name(f".{path.name}.demo-{os.getpid()}")
        _remove_sqlite(staging)
        try:
            db = open_planner_database(str(staging))
            try:
                summary = _build(db, args)
            finally:
                db.close()
            _remove_sqlite(path)
            staging.replace(path)
        finally:
            _remove_sqlite(staging)
    if args.json:
        print_json(summary)
    else:
        counts = ", ".join(f"{n:,} {name}".replace(",", " ") for name, n in summary.counts.items())
        info(f"Built the demo portfolio in {summary.elapsed_seconds:.1f} s into {target}: {counts}")
    return 0


def _build(db, args: argparse.Namespace):
    from planner.demo import build_demo

    started = time.monotonic()
    last = [0.0]

    def progress(stage: str, fraction: float) -> None:
        if sys.stderr.isatty() and time.monotonic() - last[0] > 0.2:
            last[0] = time.monotonic()
            sys.stderr.write(f"\r{stage:<40} {fraction * 100:5.1f} %")
            sys.stderr.flush()

    try:
        return build_demo(db, scale=args.scale, seed=args.seed, as_of=args.as_of, progress=progress)
    finally:
        if sys.stderr.isatty() and time.monotonic() - started > 0.2:
            sys.stderr.write("\r" + " " * 50 + "\r")


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["accounts", "backup", "check", "demo", "error", "restore"]
