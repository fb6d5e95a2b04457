"""Argument parsing and dispatch for ``kap``; exit codes 0 done, 1 in part, 2 bad input."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from planner import __version__
from planner.cli import commands
from planner.cli.output import error
from planner.errors import PlannerError

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_BAD_INPUT = 2

Handler = Callable[[argparse.Namespace], int]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before and after the command: `kap --db X accounts` and `kap accounts --db X`.
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="SQLite file or SQLAlchemy URL (default: $KAP_DB, else the file in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="kap",
        description="Key Account Planner. Without a command, opens the desktop app.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"kap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[db_option], help="build the demo portfolio")
    demo.add_argument("--scale", type=_positive, default=1, help="N times the accounts (default 1)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--as-of", type=_date, default=None, help="the demo's 'today' (default: today)")
    demo.add_argument("--replace", action="store_true", help="rebuild even if the database holds data")
    demo.add_argument("--reuse", action="store_true", help="keep an existing demo database as it is")
    demo.add_argument("--open", action="store_true", help="open the desktop app on it afterwards")
    demo.add_argument("--json", action="store_true", help="print what was built as JSON")
    demo.set_defaults(handler=commands.demo)

    accounts = sub.add_parser("accounts", parents=[db_option], help="list the accounts")
    accounts.add_argument("--json", action="store_true", help="print JSON")
    accounts.set_defaults(handler=commands.accounts)

    check = sub.add_parser("check", parents=[db_option], help="integrity check and migration state")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=commands.check)

    backup = sub.add_parser("backup", parents=[db_option], help="write a consistent copy")
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.add_argument("--force", action="store_true", help="replace an existing backup file")
    backup.set_defaults(handler=commands.backup)

    restore = sub.add_parser("restore", parents=[db_option], help="replace the content with a backup")
    restore.add_argument("file", metavar="FILE", help="a backup written by 'kap backup'")
    restore.set_defaults(handler=commands.restore)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    return args


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; every failure becomes one line on stderr and an exit status."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except PlannerError as exc:
        error(exc.detail)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("KAP_DEBUG"):
            traceback.print_exc()
        error(f"internal error: {type(exc).__name__}: {exc} (set KAP_DEBUG=1 for details)")
        return EXIT_PARTIAL


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point: requires a command (the desktop app is started by ui.entry)."""
    args = parse(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        error("a command is needed (run plain 'kap' for the desktop app)")
        return EXIT_BAD_INPUT
    return run_command(args)
