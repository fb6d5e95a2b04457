"""Screenshots of the Timeline tab and the import dialog, for a person to look at (not collected by pytest).

Runs the real app under X (a private Xvfb when there is no DISPLAY), on the demo
portfolio as of 2026-11-27, and saves PNG files: the timeline of the account whose
engagement dropped (banner, chart, month headers, the selected interaction), one
person's timeline with its silences, the quick log, the column-mapping step and the
report of an import (a folder of mail, a calendar, a vCard file, a Russian order
export and a broken file, imported into a copy of the demo). ``--all`` takes every
screen in English and Russian at 100 % and 150 % (one process each)::

    .venv/bin/python tests/screens_timeline.py --all --out /tmp/timeline-shots

The Russian texts of this area come from resources/translations/timeline_ru.ts,
compiled here and installed beside the app's own catalogue.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.screens import AS_OF, Camera, settle, wait_for, x_display  # noqa: E402

SCREENS = ("timeline", "person", "quicklog", "mapping", "report")
ACCOUNT = "Brenner Fahrzeugtechnik"
ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--db", help="demo database (built in --out when missing)")
    parser.add_argument("--lang", default="en", choices=("en", "ru"))
    parser.add_argument("--size", default="1500x940", help="window size, WIDTHxHEIGHT (logical pixels)")
    parser.add_argument("--screens", default=",".join(SCREENS))
    parser.add_argument("--all", action="store_true", help="every screen in both languages at 100 and 150 %%")
    return parser.parse_args(argv)


def demo_database(args: argparse.Namespace) -> Path:
    path = Path(args.db) if args.db else args.out / "timeline-demo.sqlite"
    if not path.exists():
        from db.store import open_database
        from planner.demo import build_demo

        args.out.mkdir(parents=True, exist_ok=True)
        db = open_database(path)
        try:
            build_demo(db, scale=1, seed=7, as_of=AS_OF)
        finally:
            db.close()
    return path


def install_catalogue(app, lang: str, folder: Path) -> None:
    """Our own catalogue beside the app's, where ui/i18n does not load every *_ru.ts itself."""
    if lang != "ru":
        return
    from PySide6.QtCore import QTranslator

    from ui import i18n

    ts = ROOT / "resources" / "translations" / "timeline_ru.ts"
    if ts in getattr(i18n, "catalogues", lambda _language: [])("ru"):
        return  # the app loads it already

    qm = folder / "timeline_ru.qm"
    tool = i18n.qt_tool("lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        sys.exit(f"cannot load {qm}")
    app.installTranslator(translator)


def mail(folder: Path, name: str, sender: str, to: str, subject: str, day: int) -> None:
    from datetime import UTC, datetime

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(datetime(2026, 11, day, 9, 30, tzinfo=UTC))
    message["Message-ID"] = f"<{name}@screens.example>"
    message.set_content("Hello,\n\nplease find the updated schedule attached.\n")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(message.as_bytes())


def import_folder(base: Path) -> Path:
    """A folder like the one a user drops: mail, a calendar, cards, a Russian order export, a broken file."""
    folder = base / "to-import"
    andreas, katrin = "Andreas Huber <andreas.huber@brenner-ft.de>", "Katrin Vogel <katrin.vogel@kinetra.eu>"
    mail(folder / "mail", "schedule.eml", andreas, katrin, "Delivery schedule, week 49", 24)
    petra = "Petra Lang <petra.lang@brenner-ft.de>"
    mail(folder / "mail", "reply.eml", katrin, f"{andreas}, {petra}", "Re: Delivery schedule", 25)
    (folder / "visits.ics").write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:screens-visit-1\nSUMMARY:Plant tour Heilbronn\n"
        "DTSTART:20261126T080000Z\nDTEND:20261126T100000Z\n"
        "ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@kinetra.eu\n"
        "ATTENDEE;CN=Andreas Huber:mailto:andreas.huber@brenner-ft.de\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    (folder / "contacts.vcf").write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Andreas Huber\nEMAIL:andreas.huber@brenner-ft.de\n"
        "TITLE:Head of Controlling\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jonas Feld\nEMAIL:jonas.feld@brenner-ft.de\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Somebody Else\nEMAIL:someone@elsewhere.org\nEND:VCARD\n",
        encoding="utf-8",
    )
    orders = (
        "Выгрузка заказов за ноябрь\n"
        "Номер заказа;Дата;Контрагент;Номенклатура;Кол-во;Цена;Сумма, руб\n"
        "З-9001;03.11.2026;Староуральская сталь;Датчик давления;12;18 400,00;220 800,00\n"
        "З-9001;03.11.2026;Староуральская сталь;Комплект уплотнений клети;2;96 500,50;193 001,00\n"
        "З-9002;31.11.2026;Староуральская сталь;Пирометр;1;1;1\n"
        "З-9003;05.11.2026;Староуральская сталь;Возврат;-5;10;-50\n"
        "З-9004;06.11.2026;Рога и копыта;Уголок;1;1;1\n"
    )
    (folder / "заказы-ноябрь.csv").write_bytes(orders.encode("cp1251"))
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    return folder


def shoot(args: argparse.Namespace) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.database import open_planner_database
    from planner.services import accounts
    from ui import i18n, importing
    from ui.app import configure
    from ui.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="kap-timeline-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    os.environ.setdefault("KAP_DATA_DIR", str(work))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    i18n.apply_language(args.lang)
    install_catalogue(app, args.lang, work)
    wanted = set(args.screens.split(","))
    camera = Camera(args.out, args.lang)
    copy = work / "demo.sqlite"
    shutil.copyfile(demo_database(args), copy)
    db = open_planner_database(str(copy))
    try:
        window = MainWindow(db)
        importing.install(window)
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.move(0, 0)
        window.show()
        account = accounts.resolve(db, ACCOUNT).uuid
        window.select_account(account)
        window.workspace.set_current("timeline")
        tab = window.workspace.tab("timeline")
        tab.as_of = AS_OF
        tab.refresh()
        window.raise_()
        window.activateWindow()
        wait_for(app, lambda: tab.ui.activity.canvas is not None, 30)
        tab.ui.list.setCurrentIndex(tab.model.index(1))
        settle(app, 800)
        if "timeline" in wanted:
            camera.widget("timeline", window)

        if "person" in wanted:
            person = quiet_person(tab)
            if person is not None:
                from planner.changes import Entity

                tab.open_record(Entity.PERSON, person)
                wait_for(app, lambda: tab.ui.activity.data is not None, 30)
                first_gap = next((r for r in range(tab.model.rowCount()) if is_gap(tab.model, r)), 0)
                tab.ui.list.scrollTo(tab.model.index(max(first_gap - 2, 0)))
                settle(app, 800)
                camera.widget("person", window)
            tab.ui.filters.reset()

        if "quicklog" in wanted:
            dialog = tab.quick_log()
            dialog.who.setText("Andreas Huber")
            dialog.subject.setText("Pricing for 2027" if args.lang == "en" else "Цены на 2027 год")
            settle(app, 500)
            camera.widget("quicklog", dialog)
            dialog.reject()
            settle(app, 200)

        folder = import_folder(work)
        if "mapping" in wanted:
            sheet = work / "activities.csv"
            sheet.write_text(
                "Datum;Kunde;Wer;Art;Betreff;Bemerkung\n"
                "24.11.2026;Brenner Fahrzeugtechnik;Andreas Huber;Call;Preise 2027;Rückruf vereinbart\n"
                "25.11.2026;Brenner Fahrzeugtechnik;Petra Lang;Visit;Werksbesuch;Linie 3\n",
                encoding="utf-8",
            )
            dialog = window.import_installer.open_dialog([sheet])
            dialog.ui.start.click()
            settle(app, 600)
            camera.widget("mapping", dialog)
            dialog.ui.back.click()
            dialog.reject()
            settle(app, 200)

        if "report" in wanted:
            dialog = window.import_installer.open_dialog([folder])
            dialog.ui.start.click()
            wait_for(app, lambda: dialog.report is not None and dialog.worker is None, 60)
            model = dialog.model
            for row in range(model.rowCount()):
                if model.rowCount(model.index(row, 0)):
                    dialog.ui.report.setExpanded(model.index(row, 0), True)
            settle(app, 600)
            camera.widget("report", dialog)
            dialog.accept()
        window.close()
        return camera.saved
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)


def is_gap(model, row: int) -> bool:
    from ui.timeline.model import ROW_ROLE
    from ui.timeline.rows import GapRow

    return isinstance(model.index(row).data(ROW_ROLE), GapRow)


def quiet_person(tab):
    """A person of the account whose timeline has a silence early on (to show the gap rows)."""
    from planner.timeline.query import TimelineFilter
    from ui.timeline.model import TimelineModel

    probe = TimelineModel()
    for person_uuid, _name in tab._people:
        probe.set_query(tab.db, tab.account_uuid, TimelineFilter(person=person_uuid))
        shown = min(probe.rowCount(), 20)
        if shown >= 10 and any(is_gap(probe, r) for r in range(shown)):
            return person_uuid
    return None


def shoot_all(args: argparse.Namespace) -> list[Path]:
    args.out.mkdir(parents=True, exist_ok=True)
    db = demo_database(args)
    saved: list[Path] = []
    for lang in ("en", "ru"):
        for scale in ("1", "1.5"):
            command = [sys.executable, __file__, "--db", str(db), "--out", str(args.out), "--lang", lang]
            command += ["--size", args.size, "--screens", args.screens]
            env = dict(os.environ, QT_SCALE_FACTOR=scale)
            result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
            if result.returncode != 0:
                sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
            saved += [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    return saved


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with x_display("2600x1700x24"):
        for shot in shoot_all(args) if args.all else shoot(args):
            print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
