"""Argument parsing and dispatch for ``kap``; exit codes 0 done, 1 in part, 2 bad input."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from planner import __version__
from planner.cli.output import error
from planner.errors import PlannerError

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_BAD_INPUT = 2

Handler = Callable[[argparse.Namespace], int]


#: Modules that add sub-commands; each has ``register(subparsers, parents)``.
COMMAND_MODULES = (
    "planner.cli.demo_cmd",
    "planner.cli.portfolio_cmd",
    "planner.cli.maintenance_cmd",
    "planner.cli.import_cmd",
    "planner.cli.timeline_cmd",
    "planner.cli.sla_cmd",
    "planner.cli.alerts_cmd",
    "planner.cli.map_cmd",
    "planner.cli.brief_cmd",
)


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
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, [db_option])
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
        status = handler(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # `kap accounts --json | head`: the reader has what it wanted; stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
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
