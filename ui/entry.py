"""The ``kap`` console entry point: the CLI for commands, the desktop app without one.

Lives in ui/ because it is the one place allowed to start Qt; it imports PySide6
only when the app is actually opened, so headless commands stay fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli import parse, run_command

    args = parse(argv)
    if args.command is None:
        return _open_app(args.db)
    status = run_command(args)
    if status == 0 and getattr(args, "open", False):
        return _open_app(args.open_target)
    return status


def _open_app(db_target: str | None) -> int:
    from ui.app import run

    return run(db_target)


if __name__ == "__main__":
    sys.exit(main())
