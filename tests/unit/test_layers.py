"""The layering rules of ARCHITECTURE.md, checked on the source and on a real import.

ui -> planner -> db: planner and db never import Qt (nor ui), db never imports
planner. And the command line starts fast: importing it loads neither Qt nor
the heavy analytics libraries.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("planner", "db", "ui")
QT = ("PySide6", "shiboken6")

#: layer -> top-level packages it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "planner": (*QT, "ui"),
    "db": (*QT, "ui", "planner"),
    "ui": (),
}

#: what a start-up path must not load
HEAVY = ("PySide6", "shiboken6", "matplotlib", "pandas")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, *, is_package: bool = False) -> list[tuple[int, str]]:
    """Every module that ``source`` imports, as absolute dotted names with their line.

    Covers ``import x``, ``from x import y``, relative imports (resolved against
    ``module``) and ``importlib.import_module("x")`` / ``__import__("x")`` with a
    literal name, wherever they are (functions, ``if TYPE_CHECKING`` blocks).
    """
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                name = ".".join([*parts, node.module] if node.module else parts)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
        elif isinstance(node, ast.Call) and node.args:
            func, first = node.func, node.args[0]
            called = getattr(func, "attr", None) or getattr(func, "id", None)
            if (
                called in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append((node.lineno, first.value))
    return found


def violations(source: str, module: str, *, is_package: bool = False) -> list[str]:
    """The imports in ``source`` that break the layering rules for ``module``."""
    forbidden = FORBIDDEN.get(module.split(".")[0], ())
    return [
        f"{module}:{line} imports {name}"
        for line, name in imported_modules(source, module, is_package=is_package)
        if name.split(".")[0] in forbidden
    ]


def source_files() -> list[Path]:
    files: list[Path] = []
    for layer in LAYERS:
        files += sorted((ROOT / layer).rglob("*.py"))
    return files


def test_the_rules_catch_forbidden_imports() -> None:
    """The checker itself can fail: each rule on a synthetic source."""
    assert violations("import PySide6.QtCore\n", "planner.rules")
    assert violations("from PySide6.QtWidgets import QWidget\n", "db.store")
    assert violations("from shiboken6 import isValid\n", "planner.charts")
    assert violations("import planner.paths\n", "db.store")
    assert violations("from planner import services\n", "db.models.accounts")
    assert violations("from ui.entry import main\n", "planner.cli.main")
    assert violations(
        "def f():\n    import importlib\n    return importlib.import_module('PySide6.QtGui')\n",
        "planner.charts",
    )
    assert violations("if TYPE_CHECKING:\n    from PySide6.QtCore import QObject\n", "planner.x")


def test_the_rules_allow_the_intended_direction() -> None:
    assert violations("from db.store import open_database\n", "planner.database") == []
    assert violations("from . import engine\nfrom .errors import E\n", "db.store") == []
    assert violations("from .services import accounts\n", "planner.cli", is_package=True) == []
    assert violations("from PySide6.QtWidgets import QWidget\nimport planner\n", "ui.app") == []
    assert violations("import sqlalchemy\nfrom alembic import op\n", "db.migrations.env") == []


def test_relative_imports_resolve_against_the_package() -> None:
    assert imported_modules("from . import x\n", "planner.cli", is_package=True) == [(1, "planner.cli")]
    assert imported_modules("from .. import x\n", "planner.cli.main") == [(1, "planner")]
    assert imported_modules("from ..db import y\n", "planner.cli.main") == [(1, "planner.db")]
    assert imported_modules("from .models import Account\n", "db.store") == [(1, "db.models")]


def test_layers_import_only_downwards() -> None:
    files = source_files()
    assert any(path.parts[-2] == "planner" for path in files), "no planner sources found"
    problems: list[str] = []
    for path in files:
        problems += violations(
            path.read_text(encoding="utf-8"),
            module_name(path),
            is_package=path.name == "__init__.py",
        )
    assert not problems, "layering broken:\n" + "\n".join(problems)


def loaded_heavy_modules(*modules: str) -> list[str]:
    """Import ``modules`` in a fresh interpreter; which of HEAVY got loaded with them."""
    code = (
        "import importlib, json, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        f"heavy = {list(HEAVY)!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _roots(modules: list[str]) -> list[str]:
    return sorted({name.split(".")[0] for name in modules})


def test_opening_the_store_loads_no_qt_nor_analytics() -> None:
    assert _roots(loaded_heavy_modules("db.store")) == []


def test_the_command_line_loads_no_qt_nor_analytics() -> None:
    if importlib.util.find_spec("planner.cli") is None:
        pytest.skip("planner.cli does not exist yet")
    assert _roots(loaded_heavy_modules("planner.cli")) == []


def test_the_kap_entry_point_defers_qt_until_the_app_opens() -> None:
    """Every ``kap`` command goes through ui.entry, so it must not load Qt at import."""
    if importlib.util.find_spec("ui.entry") is None:
        pytest.skip("ui.entry does not exist yet")
    assert _roots(loaded_heavy_modules("ui.entry")) == []
