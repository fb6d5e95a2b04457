"""Screenshots of the Stakeholders tab in the real app, for a person to look at (not collected by pytest).

Opens the main window on the demo portfolio (built into ``--out`` on first use)
under a real X display (a private Xvfb when DISPLAY is unset), selects the
demo's largest account, Староуральская сталь, and saves PNGs of the org chart
(fitted and at 100 %), the power/interest grid, a comparison with a baseline
(highlights and the change list), the gaps of Заволжнефтехим and a card's
context menu. ``--all`` takes them in English and Russian at 100 % and 150 %
(one process each: the scale is set before Qt starts)::

    .venv/bin/python tests/screens_stakeholders.py --all --out /tmp/stakeholder-shots
    QT_SCALE_FACTOR=1.5 .venv/bin/python tests/screens_stakeholders.py --out /tmp/s --lang ru

If the app does not load every ``*_ru.ts`` catalogue itself, the Russian run compiles
``stakeholders_ru.ts`` and installs it as an extra translator.
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
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

AS_OF = date(2026, 11, 27)
LARGEST = "Староуральская сталь"
CHAMPION_LEFT = "Заволжнефтехим"
ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files (and the demo)")
    parser.add_argument("--lang", default="en", choices=("en", "ru"))
    parser.add_argument("--size", default="1500x920", help="window size, WIDTHxHEIGHT (logical pixels)")
    parser.add_argument("--all", action="store_true", help="both languages at 100 and 150 %%")
    return parser.parse_args(argv)


@contextmanager
def x_display(size: str = "2700x1800x24"):
    """Use $DISPLAY, or start a private Xvfb for the duration."""
    os.environ.pop("QT_QPA_PLATFORM", None)
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    number = next(n for n in range(140, 199) if not Path(f"/tmp/.X11-unix/X{n}").exists())
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


def settle(app, milliseconds: int) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def demo_database(out: Path) -> Path:
    """The demo portfolio as of AS_OF, built once into ``out``."""
    path = out / "stakeholders-demo.sqlite"
    if not path.exists():
        from db.store import open_database
        from planner.demo import build_demo

        out.mkdir(parents=True, exist_ok=True)
        db = open_database(path)
        build_demo(db, scale=1, seed=7, as_of=AS_OF)
        db.close()
    return path


def install_catalogue(app, folder: Path) -> None:
    """Compile and install stakeholders_ru.ts (the app may not load it yet)."""
    from PySide6.QtCore import QTranslator

    from ui import i18n

    qm = folder / "stakeholders_ru.qm"
    tool = i18n.qt_tool("lrelease")
    subprocess.run(
        [str(tool), "-silent", str(ROOT / "resources/translations/stakeholders_ru.ts"), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        sys.exit(f"cannot load {qm}")
    app.installTranslator(translator)


class Camera:
    def __init__(self, out: Path, lang: str) -> None:
        scale = os.environ.get("QT_SCALE_FACTOR")
        self.out, self.suffix = out, f"-{lang}" + (f"@{scale}x" if scale and scale != "1" else "")
        self.saved: list[Path] = []

    def widget(self, name: str, widget) -> None:
        self._save(name, widget.grab())

    def region(self, name: str, rect) -> None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        self._save(name, screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()))

    def _save(self, name: str, pixmap) -> None:
        path = self.out / f"stakeholders_{name}{self.suffix}.png"
        if not pixmap.save(str(path)):
            sys.exit(f"could not write {path}")
        self.saved.append(path)


def shoot(args: argparse.Namespace) -> list[Path]:
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtWidgets import QApplication

    from planner.database import open_planner_database
    from planner.enums import Attitude
    from planner.services import accounts
    from planner.stakeholders.model import View
    from ui import i18n
    from ui.app import configure
    from ui.main_window import MainWindow

    scratch = Path(tempfile.mkdtemp(prefix="kap-stakeholder-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    os.environ.setdefault("KAP_DATA_DIR", str(scratch))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    i18n.apply_language(args.lang)
    loaded = getattr(i18n, "catalogues", lambda _lang: [])("ru")
    if args.lang == "ru" and not any(ts.name == "stakeholders_ru.ts" for ts in loaded):
        install_catalogue(app, scratch)
    copy = scratch / "demo.sqlite"
    shutil.copyfile(demo_database(args.out), copy)  # the comparison edits it
    db = open_planner_database(str(copy))
    camera = Camera(args.out, args.lang)
    try:
        window = MainWindow(db)
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.move(0, 0)
        window.show()
        window.ui.splitter.setSizes([400, width - 400])  # room for the map, as a user would make it
        tab = window.workspace.tab("stakeholders")
        tab.as_of = AS_OF
        window.select_account(accounts.resolve(db, LARGEST).uuid)
        window.workspace.set_current("stakeholders")
        settle(app, 900)
        camera.widget("org", window)

        top = min(tab.scene.cards.values(), key=lambda c: (c.pos().y(), c.pos().x()))
        tab.view.set_zoom(1.0)
        tab.view.centerOn(top.pos() + type(top.pos())(0, 260))
        settle(app, 300)
        camera.widget("org_100", window)

        tab.ui.grid_action.trigger()
        settle(app, 600)
        camera.widget("grid", window)

        # A baseline, two moves since, and the comparison: highlights and the change list.
        tab.ui.org_action.trigger()
        settle(app, 300)
        history = tab.ui.history
        history.save_baseline("QBR Q3" if args.lang == "en" else "Перед QBR за III кв.")
        warm = next(p for p in tab.full.people if p.active and p.attitude == Attitude.NEUTRAL)
        cold = next(p for p in tab.full.people if p.active and p.attitude == Attitude.SUPPORTER)
        tab.editor.change_attitude(warm.uuid, Attitude.CHAMPION)
        tab.editor.change_attitude(cold.uuid, Attitude.SCEPTIC)
        tab.editor.set_owner(cold.uuid, None)
        tab.ui.side_tabs.setCurrentWidget(history)
        history.combo.setCurrentIndex(1)
        history.list.setCurrentRow(0)
        settle(app, 500)
        camera.widget("history", window)

        point = tab.view.mapFromScene(tab.scene.cards[warm.uuid].pos())
        menu = tab.editor.card_menu(warm.uuid, tab)
        menu.popup(tab.view.viewport().mapToGlobal(point))
        settle(app, 300)
        attitudes = menu.findChild(type(menu), "attitudeMenu")
        menu.setActiveAction(attitudes.menuAction())
        attitudes.popup(menu.mapToGlobal(menu.actionGeometry(attitudes.menuAction()).topRight()))
        settle(app, 400)
        area = menu.geometry().united(attitudes.geometry()).adjusted(-40, -40, 24, 24)
        camera.region("menu", area.translated(QPoint(0, 0)))
        attitudes.hide()
        menu.hide()

        window.select_account(accounts.resolve(db, CHAMPION_LEFT).uuid)
        tab.ui.side_tabs.setCurrentWidget(tab.ui.gaps)
        settle(app, 700)
        tab.ui.gaps.list.setCurrentRow(0)
        settle(app, 400)
        camera.widget("gaps", window)
        tab.set_view(View.GRID)
        window.close()
        return camera.saved
    finally:
        db.close()
        shutil.rmtree(scratch, ignore_errors=True)


def shoot_all(args: argparse.Namespace) -> list[Path]:
    demo_database(args.out)
    saved: list[Path] = []
    for lang in ("en", "ru"):
        for scale in ("1", "1.5"):
            command = [sys.executable, __file__, "--out", str(args.out), "--lang", lang, "--size", args.size]
            result = subprocess.run(
                command,
                env=dict(os.environ, QT_SCALE_FACTOR=scale),
                capture_output=True,
                text=True,
                timeout=900,
            )
            if result.returncode != 0:
                sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
            saved += [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    return saved


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with x_display():
        for shot in shoot_all(args) if args.all else shoot(args):
            print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
