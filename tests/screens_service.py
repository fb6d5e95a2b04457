"""Screenshots of the Orders & SLA tab and the alert centre, for a person to look at (not run by pytest).

Runs the real app on an X display (starting its own Xvfb without DISPLAY) on the demo
portfolio as of its day (``KAP_AS_OF=2026-11-27``), selects Староуральская сталь and
saves PNGs of the tab's four pages (the SLA page over October 2026 with the breach
selected), the alert centre with Енисейская горнорудная компания's late-delivery
forecast, and the draft notice in Russian. ``--all`` takes them in English and
Russian at 100 % and 150 % (one process each)::

    .venv/bin/python tests/screens_service.py --all --out /tmp/service-shots
    QT_SCALE_FACTOR=1.5 .venv/bin/python tests/screens_service.py --db /tmp/demo.sqlite --out /tmp/s --lang ru

Until the app loads every ``*_ru.ts`` catalogue itself, the Russian run compiles
``resources/translations/service_ru.ts`` and installs it beside the app's own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

AS_OF = date(2026, 11, 27)
ACCOUNT = "Староуральская сталь"
LATE_ACCOUNT = "Енисейская горнорудная компания"
SCREENS = ("sla", "orders", "satisfaction", "tickets", "alerts", "notice")
ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="demo database file (built there if missing)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", default="en", choices=("en", "ru"))
    parser.add_argument("--size", default="1500x950", help="window size, WIDTHxHEIGHT (logical pixels)")
    parser.add_argument("--screens", default=",".join(SCREENS), help="which screens, comma-separated")
    parser.add_argument("--all", action="store_true", help="both languages at 100 and 150 %%")
    return parser.parse_args(argv)


def x_display():
    """$DISPLAY, or a private Xvfb started for the run (returned to be stopped), as (display, server)."""
    os.environ.pop("QT_QPA_PLATFORM", None)
    if os.environ.get("DISPLAY"):
        return os.environ["DISPLAY"], None
    if shutil.which("Xvfb") is None:
        sys.exit("no DISPLAY and no Xvfb to start one")
    number = next(n for n in range(120, 220) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            sys.exit(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    return os.environ["DISPLAY"], server


def ensure_demo(path: Path) -> None:
    if path.exists():
        return
    from db.store import open_database
    from planner.demo import build_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    build_demo(db, scale=1, seed=7, as_of=AS_OF)
    db.close()


def settle(app, milliseconds: int) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def wait_for(app, condition, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        settle(app, 50)
    return True


def install_catalogue(folder: str):
    """Compile and install the service catalogue (the app's own i18n does not load it yet)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui import i18n

    tool = i18n.qt_tool("lrelease")
    qm = Path(folder) / "service_ru.qm"
    ts = ROOT / "resources" / "translations" / "service_ru.ts"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    if not translator.load(str(qm)):
        sys.exit(f"cannot load {qm}")
    QCoreApplication.installTranslator(translator)
    return translator


def shoot(args: argparse.Namespace) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    os.environ["KAP_AS_OF"] = AS_OF.isoformat()
    settings = tempfile.mkdtemp(prefix="kap-service-screens-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    os.environ.setdefault("KAP_DATA_DIR", settings)

    from planner.alerts.model import AlertKind
    from planner.database import open_planner_database
    from planner.services import accounts
    from ui import alerts, i18n
    from ui.app import configure
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    i18n.apply_language(args.lang)
    keep = install_catalogue(settings) if args.lang == "ru" else None  # noqa: F841 - must stay alive
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = f"-{args.lang}" + (f"@{scale}x" if scale != "1" else "")
    wanted = set(args.screens.split(","))
    saved: list[Path] = []
    args.out.mkdir(parents=True, exist_ok=True)

    def save(name: str, widget) -> None:
        if name in wanted:
            path = args.out / f"service_{name}{suffix}.png"
            widget.grab().save(str(path))
            saved.append(path)

    db = open_planner_database(args.db)
    try:
        window = MainWindow(db)
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.move(0, 0)
        installation = alerts.install(window)
        window.show()
        window.ui.splitter.setSizes([int(width * 0.24), int(width * 0.76)])
        window.select_account(accounts.resolve(db, ACCOUNT).uuid)
        window.workspace.set_current("orders_sla")
        tab = window.workspace.tab("orders_sla")
        wait_for(app, lambda: tab.data is not None)
        tab.sections.setCurrentWidget(tab.sla)
        tab.sla.choose_period("2026-10")
        wait_for(app, lambda: tab.sla.model.rowCount() and tab.sla.model.result(0).period.label == "2026-10")
        row = next(i for i, r in enumerate(tab.sla.model.results) if str(r.metric) == "on_time_delivery")
        tab.sla.select_row(row)
        wait_for(app, lambda: tab.sla.chart.canvas is not None)
        settle(app, 800)
        save("sla", window)
        for name, page, charts in (
            ("orders", tab.orders, (tab.orders.yoy_chart, tab.orders.lines_chart)),
            ("satisfaction", tab.satisfaction, (tab.satisfaction.chart,)),
            ("tickets", tab.tickets, ()),
        ):
            tab.sections.setCurrentWidget(page)
            wait_for(app, lambda charts=charts: all(c.canvas is not None for c in charts))
            settle(app, 600)
            save(name, window)

        wait_for(app, lambda: installation.feed.computed)
        installation.show_centre()
        centre = installation.centre
        late = next(
            a
            for a in installation.feed.alerts
            if a.kind is AlertKind.DELIVERY_LATE and a.account.name == LATE_ACCOUNT
        )
        centre.select(late.uuid)
        settle(app, 800)
        save("alerts", window)
        if "notice" in wanted:
            dialog = centre.draft_notice()
            settle(app, 600)
            save("notice", dialog)
            dialog.close()
        window.close()
        return saved
    finally:
        db.close()
        shutil.rmtree(settings, ignore_errors=True)


def shoot_all(args: argparse.Namespace) -> list[Path]:
    db = Path(args.db) if args.db else args.out / "demo.sqlite"
    ensure_demo(db)
    saved: list[Path] = []
    for lang in ("en", "ru"):
        for scale in ("1", "1.5"):
            command = [
                sys.executable,
                __file__,
                "--db",
                str(db),
                "--out",
                str(args.out),
                "--lang",
                lang,
                "--size",
                args.size,
                "--screens",
                args.screens,
            ]
            env = dict(os.environ, QT_SCALE_FACTOR=scale)
            result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
            if result.returncode != 0:
                sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
            saved += [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    return saved


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    _display, server = x_display()
    try:
        if args.all:
            shots = shoot_all(args)
        else:
            if not args.db:
                sys.exit("--db is needed (or --all)")
            ensure_demo(Path(args.db))
            shots = shoot(args)
        for shot in shots:
            print(shot)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
