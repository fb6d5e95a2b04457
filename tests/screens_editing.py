"""Screenshots of the editing dialogs and the Plan tab, for a person to look at (not collected by pytest).

Opens the real main window on a demo database under X (its own Xvfb when there
is no DISPLAY), selects an account, and saves PNGs of the Overview's Edit account
button, the Plan tab's sections, the main dialogs (person with its pages, order
with lines, interaction participants, a refused save with its message under the
field, our team and exchange rates, the account profile), the delete question,
and the Edit and Account menus after an edit. ``--all`` runs English and Russian at 100 %
and 150 %, one process each (the app loads ``editing_ru.ts`` with its other catalogues)::

    .venv/bin/python tests/screens_editing.py --all --out /tmp/shots-editing
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.screens import AS_OF, Camera, settle, x_display  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="planner database file; default with --all: a demo in --out")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--account", default="Староуральская", help="account to select (name prefix)")
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", default="en", choices=("en", "ru"))
    parser.add_argument("--all", action="store_true", help="both languages at 100 and 150 %%")
    args = parser.parse_args(argv)
    if not args.all and not args.db:
        parser.error("--db is needed (or --all)")
    return args


def shoot(args: argparse.Namespace) -> list[Path]:
    from PySide6.QtCore import QRect, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from planner import records
    from planner.changes import Entity
    from planner.database import open_planner_database
    from planner.services import accounts
    from ui import editing, i18n
    from ui.app import configure
    from ui.editing.accounts import AccountDialog
    from ui.editing.dialog import RecordDialog
    from ui.editing.kinds import KINDS
    from ui.main_window import MainWindow

    settings = tempfile.mkdtemp(prefix="kap-screens-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    os.environ.setdefault("KAP_DATA_DIR", settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    i18n.apply_language(args.lang)
    camera = Camera(args.out, args.lang)
    db = open_planner_database(args.db)
    try:
        window = MainWindow(db)
        account_menu = getattr(window, "account_menu", None) or editing.install(window)
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.move(0, 0)
        window.show()
        account = accounts.resolve(db, args.account).uuid
        window.select_account(account)
        window.workspace.set_current("overview")
        settle(app, 600)
        camera.widget("overview_edit", window)
        window.workspace.set_current("plan")
        plan = window.workspace.tab("plan")
        settle(app, 800)
        for number, name in enumerate(("plan_tree", "plan_opportunities", "plan_risks", "plan_team")):
            plan.ui.sections.setCurrentIndex(number)
            settle(app, 300)
            camera.widget(name, window)
        plan.ui.sections.setCurrentIndex(0)

        context = plan.context
        person = records.people.list_for(db, account)[0]
        dialog = RecordDialog(context, KINDS["people"], record_uuid=person.uuid, parent=window)
        for page, name in ((0, "dialog_person"), (1, "dialog_person_contacts")):
            dialog.form.pages.setCurrentIndex(page)
            dialog.show()
            settle(app, 300)
            camera.widget(name, dialog)
        dialog.form.pages.setCurrentIndex(0)
        dialog.form.set_value("full_name", "")
        dialog.accept()  # refused: the message shows under the name
        settle(app, 300)
        camera.widget("dialog_refused", dialog)
        dialog.reject()

        order = records.orders.list_for(db, account, limit=1)[0]
        dialog = RecordDialog(context, KINDS["orders"], record_uuid=order.uuid, parent=window)
        dialog.show()
        settle(app, 300)
        camera.widget("dialog_order", dialog)
        dialog.reject()

        interaction = records.interactions.list_for(db, account, limit=1)[0]
        dialog = RecordDialog(context, KINDS["interactions"], record_uuid=interaction.uuid, parent=window)
        dialog.show()
        settle(app, 300)
        camera.widget("dialog_interaction", dialog)
        dialog.form.pages.setCurrentIndex(1)
        settle(app, 300)
        camera.widget("dialog_participants", dialog)
        dialog.reject()

        goal = records.goals.list_for(db, account)[0]
        dialog = RecordDialog(context, KINDS["objectives"], parent_uuid=goal.uuid, parent=window)
        dialog.show()
        settle(app, 300)
        camera.widget("dialog_new_objective", dialog)
        dialog.reject()

        from ui.editing.lists import SharedRecordsDialog

        for key in ("fx_rates", "team_members"):
            shared = SharedRecordsDialog(context, key, window)
            shared.show()
            settle(app, 300)
            camera.widget(f"list_{key}", shared)
            shared.reject()

        dialog = AccountDialog(context, account, window)
        dialog.show()
        settle(app, 300)
        camera.widget("dialog_account", dialog)
        dialog.reject()

        # One real edit, so the Edit menu names it; then the menus.
        dialog = RecordDialog(context, KINDS["people"], record_uuid=person.uuid, parent=window)
        dialog.form.set_value("title", (person.title or "") + " ")
        dialog.form.set_value("influence", 5 if person.influence != 5 else 4)
        dialog.accept()
        settle(app, 300)
        bar = window.menuBar()
        for name, menu in (("menu_edit", window.ui.edit_menu), ("menu_account", account_menu.menu)):
            menu.popup(window.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))
            settle(app, 500)
            top_left = window.mapToGlobal(bar.geometry().topLeft())
            geometry = menu.geometry().united(QRect(top_left, bar.size()))
            camera.screen_region(name, geometry.adjusted(-4, -4, 24, 24))
            menu.hide()
            settle(app, 200)
        window.undo_stack.undo()

        # The delete question.
        risk = records.risks.list_for(db, account)[0]

        def answer() -> None:
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "confirmDelete" and widget.isVisible():
                    camera.widget("confirm_delete", widget)
                    widget.reject()

        QTimer.singleShot(600, answer)
        editing.delete_record(context, Entity.RISK, risk.uuid, window)
        window.close()
        return camera.saved
    finally:
        db.close()
        shutil.rmtree(settings, ignore_errors=True)


def shoot_all(args: argparse.Namespace) -> list[Path]:
    db = Path(args.db) if args.db else args.out / "demo.sqlite"
    args.out.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        from db.store import open_database
        from planner.demo import build_demo

        database = open_database(db)
        build_demo(database, scale=1, seed=7, as_of=AS_OF)
        database.close()
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
                "--account",
                args.account,
            ]
            env = dict(os.environ, QT_SCALE_FACTOR=scale)
            result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
            if result.returncode != 0:
                sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
            saved += [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    return saved


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with x_display():
        for shot in shoot_all(args) if args.all else shoot(args):
            print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
