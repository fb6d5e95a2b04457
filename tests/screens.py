"""Screenshots of the real main window, for a person to look at (not collected by pytest).

Runs the app on a real X display (the xcb platform, not offscreen), starting its own
Xvfb when there is no DISPLAY, selects an account, waits for painting and saves
the window and the whole screen as PNG files::

    .venv/bin/python tests/screens.py --db /tmp/shots.sqlite --out /tmp/shots --build
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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="planner database file (or URL)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--account", help="account to select (name prefix); default: the first")
    parser.add_argument("--filter", default="", help="text to type into the filter box")
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT (logical pixels)")
    parser.add_argument("--build", action="store_true", help="fill an empty database with sample data")
    parser.add_argument("--name", default="main_window", help="file name stem of the screenshots")
    return parser.parse_args(argv)


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
        build_demo(db, scale=1, seed=7)
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


def shoot(args: argparse.Namespace) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from planner.database import open_planner_database
    from planner.services import accounts
    from ui.app import configure
    from ui.main_window import MainWindow

    settings = tempfile.mkdtemp(prefix="kap-screens-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
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

        args.out.mkdir(parents=True, exist_ok=True)
        scale = os.environ.get("QT_SCALE_FACTOR")
        suffix = f"@{scale}x" if scale and scale != "1" else ""
        shots = [args.out / f"{args.name}{suffix}.png", args.out / f"{args.name}{suffix}-screen.png"]
        if not window.grab().save(str(shots[0])):
            sys.exit(f"could not write {shots[0]}")
        screen = QGuiApplication.primaryScreen()
        if not screen.grabWindow(0).save(str(shots[1])):
            sys.exit(f"could not write {shots[1]}")
        window.close()
        return shots
    finally:
        db.close()
        shutil.rmtree(settings, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with x_display():
        for shot in shoot(args):
            print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
