"""`ruff check` (the rules in pyproject.toml) passes on the whole repository."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def ruff_command() -> list[str]:
    if importlib.util.find_spec("ruff") is not None:
        return [sys.executable, "-m", "ruff"]
    found = shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    return [found]


def test_ruff_check_passes() -> None:
    result = subprocess.run(
        [*ruff_command(), "check", "--no-fix", "--output-format=concise", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(
            "ruff check found problems (fix them, or try `ruff check --fix .`):\n"
            + result.stdout
            + result.stderr,
            pytrace=False,
        )
