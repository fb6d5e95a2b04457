"""``kap demo``: build the demo portfolio, aside and then moved into place whole."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from db.engine import resolve_url, sqlite_path
from planner.cli.args import iso_date, positive_int
from planner.cli.output import info, print_json
from planner.database import open_planner_database
from planner.errors import ErrorCode, PlannerError
from planner.paths import database_target
from planner.services import maintenance


def register(sub, parents) -> None:
    parser = sub.add_parser("demo", parents=parents, help="build the demo portfolio")
    parser.add_argument("--scale", type=positive_int, default=1, help="N times the accounts (default 1)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--as-of", type=iso_date, default=None, help="the demo's today (default: today)")
    parser.add_argument("--replace", action="store_true", help="rebuild even if the database holds data")
    parser.add_argument("--reuse", action="store_true", help="keep an existing demo database as it is")
    parser.add_argument("--open", action="store_true", help="open the desktop app on it afterwards")
    parser.add_argument("--json", action="store_true", help="print what was built as JSON")
    parser.set_defaults(handler=demo)


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
