"""The PyInstaller bundle works on its own: version, demo database, integrity check.

Builds ``build.spec`` into a temporary folder (a minute or two), so it is ``slow``:
run it with ``./dev test -m slow tests/e2e/test_bundle.py`` after
``pip install -e '.[build]'``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
APP = next(name for name, target in PROJECT["scripts"].items() if target == "ui.entry:main")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled executable, built once for this module."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    executable = out / "dist" / APP / (APP + (".exe" if sys.platform == "win32" else ""))
    assert executable.is_file(), f"no {executable} after the build"
    return executable


def run(bundle: Path, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "KAP_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": "",  # the bundle must not borrow the source tree or the venv
    }
    env.pop("KAP_DB", None)
    return subprocess.run(
        [str(bundle), *args], cwd=data, env=env, capture_output=True, text=True, timeout=600
    )


def test_bundle_prints_the_project_version(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, "--version", data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert PROJECT["version"] in result.stdout


def test_bundle_builds_and_checks_a_demo_database(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"

    demo = run(bundle, "demo", "--db", str(db), "--scale", "1", data=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert db.is_file()

    check = run(bundle, "check", "--db", str(db), "--json", data=tmp_path)
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["ok"] is True, report
    assert report["schema_revision"]

    accounts = run(bundle, "accounts", "--db", str(db), "--json", data=tmp_path)
    assert accounts.returncode == 0, accounts.stderr
    assert json.loads(accounts.stdout), "the demo portfolio has no accounts"


def test_bundle_refuses_a_file_that_is_not_a_planner_database(bundle: Path, tmp_path: Path) -> None:
    stranger = tmp_path / "notes.txt"
    stranger.write_text("not a database\n", encoding="utf-8")
    result = run(bundle, "check", "--db", str(stranger), data=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert stranger.read_text(encoding="utf-8") == "not a database\n"
