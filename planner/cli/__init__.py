"""The ``kap`` command line: a thin shell over the planner services.

Kept free of Qt, matplotlib and pandas at import time so that ``kap --version``
and scripted commands start fast; the desktop app is launched by ``ui.entry``.
"""

from planner.cli.main import build_parser, main, parse, run_command

__all__ = ["build_parser", "main", "parse", "run_command"]
