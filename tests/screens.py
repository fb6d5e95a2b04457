"""Screenshots of the real app, for a person to look at (not collected by pytest).

Runs the app on a real X display (the xcb platform, not offscreen), starting its own
Xvfb when there is no DISPLAY, and saves PNG files of each main screen: the main
window with an account selected, an opened search result in the overview, the
search dialog with results, the Preferences dialog, the File and Edit menus, and an
empty database. ``--all`` takes every screen in English and Russian at 100 % and
150 % scaling (one process each: the scale must be set before Qt starts)::

    .venv/bin/python tests/screens.py --all --out /tmp/shots
    .venv/bin/python tests/screens.py --db /tmp/shots.sqlite --out /tmp/shots --build --lang ru
    QT_SCALE_FACTOR=1.5 .venv/bin/python tests/screens.py --db /tmp/shots.sqlite --out /tmp/shots

``--build`` fills an empty database first: the demo portfolio when ``planner.demo``
offers ``build_demo``, else five sample accounts. Window layout memory (QSettings)
goes to a temporary folder, so every run starts from the default layout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


#: The demo's "today", so every run shows the same dates.
AS_OF = date(2026, 11, 27)
SCREENS = ("main", "found", "search", "preferences", "menu_file", "menu_edit", "empty")
#: What to search for in each language (the demo has Russian and English accounts).
QUERIES = {"en": "delivery", "ru": "поставка"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="planner database file (or URL); default with --all: a demo in --out")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--account", help="account to select (name prefix); default: the first")
    parser.add_argument("--filter", default="", help="text to type into the filter box")
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT (logical pixels)")
    parser.add_argument("--build", action="store_true", help="fill an empty database with sample data")
    parser.add_argument("--lang", default="en", choices=("en", "ru"), help="the app's language")
    parser.add_argument("--query", help="what to search for (default: a word of the language)")
    parser.add_argument("--screens", default=",".join(SCREENS), help="which screens, comma-separated")
    parser.add_argument("--all", action="store_true", help="every screen in both languages at 100 and 150 %%")
    args = parser.parse_args(argv)
    if not args.all and not args.db:
        parser.error("--db is needed (or --all)")
    return args


@contextmanager
def x_display(size: str = "1600x1000x24"):
    """Use $DISPLAY, or start a private Xvfb for the duration."""
    os.environ.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, not offscreen
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        sys.exit("no DISPLAY and no Xvfb to start one")
    number = next(n for n in range(99, 199) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        yield os.environ["DISPLAY"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def build_sample(db) -> str:
    """Fill an empty database: the demo portfolio if it exists yet, else five accounts."""
    from planner.services import accounts

    if accounts.list_accounts(db):
        return "kept the database's own accounts"
    try:
        from planner.demo import build_demo
    except ImportError:
        build_demo = None
    if build_demo is not None:
        build_demo(db, scale=1, seed=7, as_of=AS_OF)
        return "built the demo portfolio"

    from db.enums import LifecycleStage, Tier
    from planner.services.accounts import AccountInput

    samples = [
        AccountInput(
            name="Nordwind Logistik",
            legal_name="Nordwind Logistik GmbH",
            industry="Logistics",
            region="DACH",
            country="DE",
            tier=Tier.STRATEGIC,
            stage=LifecycleStage.GROWTH,
            currency="EUR",
            language="de",
            annual_revenue=Decimal("12400000"),
            wallet_spend=Decimal("41000000"),
            strategic_goals="Become the sole carrier for the Baltic routes by 2026; "
            "cut empty runs by a fifth with shared route planning.",
            description="Contract logistics for retail and pharma: 14 warehouses, "
            "2,100 employees, own fleet of 600 trucks.",
            website="nordwind-logistik.example",
            next_review_on=date(2025, 3, 31),
        ),
        AccountInput(
            name="Уралсталь",
            legal_name="ПАО «Уралсталь»",
            industry="Металлургия",
            region="Урал",
            country="RU",
            tier=Tier.KEY,
            stage=LifecycleStage.MATURE,
            currency="RUB",
            language="ru",
            annual_revenue=Decimal("9800000"),
            wallet_spend=Decimal("31000000"),
            strategic_goals="Модернизация прокатного стана до 2026 года.",
            website="uralstal.example",
        ),
        AccountInput(
            name="Alpenmilch",
            industry="Food & beverages",
            region="Alps",
            country="AT",
            tier=Tier.DEVELOPMENT,
            stage=LifecycleStage.PROSPECT,
            currency="EUR",
            annual_revenue=Decimal("950000"),
        ),
        AccountInput(
            name="Baltic Maritime Services",
            industry="Shipping",
            region="Nordics",
            country="FI",
            tier=Tier.KEY,
            stage=LifecycleStage.AT_RISK,
            currency="EUR",
            annual_revenue=Decimal("3100000"),
            wallet_spend=Decimal("5200000"),
        ),
        AccountInput(
            name="Helvetia Präzision",
            industry="Machinery",
            region="DACH",
            country="CH",
            tier=Tier.STRATEGIC,
            stage=LifecycleStage.RENEWAL,
            currency="CHF",
            annual_revenue=Decimal("7600000"),
            wallet_spend=Decimal("9000000"),
            next_review_on=date(2025, 1, 15),
        ),
    ]
    for sample in samples:
        accounts.create(db, sample)
    return "added five sample accounts"


def settle(app, milliseconds: int) -> None:
    """Let Qt lay out and paint for a while."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def wait_for(app, condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        settle(app, 50)
    return True


class Camera:
    """Saves widgets and screen regions as ``<screen>-<lang>[@<scale>x].png``."""

    def __init__(self, out: Path, lang: str) -> None:
        self.out = out
        scale = os.environ.get("QT_SCALE_FACTOR")
        self.suffix = f"-{lang}" + (f"@{scale}x" if scale and scale != "1" else "")
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def widget(self, name: str, widget) -> None:
        self._save(name, widget.grab())

    def screen_region(self, name: str, rect) -> None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        self._save(name, screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()))

    def _save(self, name: str, pixmap) -> None:
        path = self.out / f"{name}{self.suffix}.png"
        if not pixmap.save(str(path)):
            sys.exit(f"could not write {path}")
        self.saved.append(path)


def shoot(args: argparse.Namespace) -> list[Path]:
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QApplication

    from planner.database import open_planner_database
    from planner.services import accounts
    from ui import i18n
    from ui.app import configure
    from ui.main_window import MainWindow
    from ui.shell.preferences_dialog import PreferencesDialog

    settings = tempfile.mkdtemp(prefix="kap-screens-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    os.environ.setdefault("KAP_DATA_DIR", settings)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    i18n.apply_language(args.lang)
    wanted = set(args.screens.split(","))
    camera = Camera(args.out, args.lang)
    db = open_planner_database(args.db)
    try:
        if args.build:
            print(build_sample(db))
        window = MainWindow(db)
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.move(0, 0)
        window.show()
        if args.filter:
            window.ui.filter.setText(args.filter)
        if args.account:
            window.select_account(accounts.resolve(db, args.account).uuid)
        window.raise_()
        window.activateWindow()
        settle(app, 800)
        if "main" in wanted:
            camera.widget("main", window)

        query = args.query or QUERIES[args.lang]
        window.show_search()
        dialog = window.search_dialog
        dialog.box.setText(query)
        wait_for(app, lambda: dialog.model.query == query and dialog.model.total > 0)
        settle(app, 400)
        if "search" in wanted:
            camera.widget("search", dialog)

        # Open a person from the results: the overview shows it in its banner.
        people = next(
            (
                dialog.model.index(r, 0)
                for r in range(dialog.model.rowCount())
                if dialog.model.index(r, 0).data().startswith(("People", "Контактные"))
            ),
            None,
        )
        if people is not None:
            dialog.open_index(dialog.model.index(0, 0, people))
        else:
            dialog.hide()
        settle(app, 500)
        if "found" in wanted and window.overview.found is not None:
            camera.widget("found", window)
        window.overview.dismiss_found()

        if "preferences" in wanted:
            preferences = PreferencesDialog(window)
            preferences.show()
            settle(app, 400)
            camera.widget("preferences", preferences)
            preferences.close()

        for name, menu in (("menu_file", window.ui.file_menu), ("menu_edit", window.ui.edit_menu)):
            if name not in wanted:
                continue
            bar = window.menuBar()
            menu.popup(window.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))
            settle(app, 500)
            top_left = window.mapToGlobal(bar.geometry().topLeft())
            geometry = menu.geometry().united(QRect(top_left, bar.size()))
            camera.screen_region(name, geometry.adjusted(-4, -4, 24, 24))
            menu.hide()
            settle(app, 200)

        if "empty" in wanted:
            from ui.shell.opening import open_locked

            empty = open_locked(str(Path(settings) / "empty.sqlite"))
            window.set_database(empty)
            settle(app, 500)
            camera.widget("empty", window)
        window.close()
        return camera.saved
    finally:
        db.close()
        shutil.rmtree(settings, ignore_errors=True)


def shoot_all(args: argparse.Namespace) -> list[Path]:
    """Every screen in English and Russian at 100 % and 150 %, one process each."""
    db = args.db or str(args.out / "demo.sqlite")
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for lang in ("en", "ru"):
        for scale in ("1", "1.5"):
            command = [sys.executable, __file__, "--db", db, "--out", str(args.out), "--lang", lang]
            command += ["--size", args.size, "--screens", args.screens]
            if args.account:
                command += ["--account", args.account]
            if not saved:
                command.append("--build")  # the first run fills the database if it is empty
            env = dict(os.environ, QT_SCALE_FACTOR=scale)
            result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
            if result.returncode != 0:
                sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
            for line in result.stdout.splitlines():
                if line.endswith(".png"):
                    saved.append(Path(line))
                else:
                    print(line)
    return saved


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with x_display():
        for shot in shoot_all(args) if args.all else shoot(args):
            print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
