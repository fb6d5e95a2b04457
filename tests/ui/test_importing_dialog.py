"""Importing through the UI: the menu action, drops on the window, the mapping step, the report,
a bad file, cancel, and the people an import proposes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from db.models import ImportedFile, Interaction, Order, Person
from planner.importers.report import FileStatus
from planner.timeline import query
from tests.db.test_import_service import ICS, VCARDS
from tests.db.test_import_support import mail, seed
from ui import importing
from ui.importing import runner
from ui.importing.dialog import ImportDialog
from ui.importing.report import Column
from ui.main_window import MainWindow
from ui.tabs.timeline import CHART_SHOWN_KEY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
ORDERS = (
    "Выгрузка заказов за март\n"
    "Номер заказа;Дата;Контрагент;Номенклатура;Кол-во;Цена;Сумма, руб\n"
    "З-001;03.03.2025;Уралсталь;Лист стальной;1 200;1 234,50;1 481 400,00\n"
    "З-001;03.03.2025;Уралсталь;Уголок;10;99,9;999,00\n"
    "З-002;31.02.2025;Уралсталь;Уголок;1;1;1\n"
    "З-003;05.03.2025;Уралсталь;Возврат;-5;10;-50\n"
    "З-004;06.03.2025;Рога и копыта;Уголок;1;1;1\n"
)


@pytest.fixture
def portfolio(sqlite_db):
    return seed(sqlite_db)


@pytest.fixture
def window(qtbot, sqlite_db, portfolio):
    QSettings().setValue(CHART_SHOWN_KEY, False)
    win = MainWindow(sqlite_db)
    importing.install(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def count(db, model) -> int:
    with db.session.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


def live_people(db) -> int:
    with db.session.begin() as session:
        return session.scalar(select(func.count()).select_from(Person).where(Person.deleted_at.is_(None)))


def drop_event(paths: list[Path], kind=QDropEvent):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if kind is QDragEnterEvent:
        return QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier), mime  # fmt: skip
    return QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier), mime  # fmt: skip


def drop_on(window, paths: list[Path]) -> ImportDialog:
    enter, _mime = drop_event(paths, QDragEnterEvent)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop, _mime2 = drop_event(paths)
    QApplication.sendEvent(window, drop)
    dialog = window.import_installer.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def run(qtbot, dialog: ImportDialog) -> None:
    dialog.ui.start.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.worker is None)


def rows(dialog: ImportDialog) -> dict[str, tuple]:
    model = dialog.model
    out = {}
    for row in range(model.rowCount()):
        values = [model.index(row, c).data() for c in Column]
        out[values[0]] = tuple(values[1:])
    return out


def details(dialog: ImportDialog, name: str) -> list[str]:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    parent = model.index(row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_file_menu_has_import_with_ctrl_i(window):
    action = window.import_installer.action
    assert action in window.ui.file_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+I") and action.text() == "&Import…"
    action.trigger()
    dialog = window.import_installer.dialog
    assert dialog.isVisible() and not dialog.ui.start.isEnabled(), "nothing chosen yet"
    dialog.reject()


def test_a_dropped_folder_of_mail_calendar_contacts_and_orders_gives_an_honest_report(
    qtbot, window, sqlite_db, portfolio, tmp_path
):
    folder = tmp_path / "drop"
    mail(folder / "mail", "a.eml", sender="Anna <anna@uralsteel.ru>", to="max@ourcompany.com",
         subject="Поставка", cc="Boris <boris@uralsteel.ru>")  # fmt: skip
    mail(folder / "mail", "b.eml", sender="Max <max@ourcompany.com>", to="klaus@nordwerk.de", subject="Offer")
    (folder / "cal.ics").write_text(ICS.format(extra=""), encoding="utf-8")
    (folder / "people.vcf").write_text(VCARDS, encoding="utf-8")
    (folder / "заказы.csv").write_bytes(ORDERS.encode("cp1251"))
    dialog = drop_on(window, [folder])
    assert dialog.paths() == [str(folder)]
    tester = QAbstractItemModelTester(dialog.model, FATAL)
    run(qtbot, dialog)
    assert dialog.ui.stack.currentWidget() is dialog.ui.report_page, (
        "the Russian headers need no mapping step"
    )
    #            kind, status, added, merged, duplicates, rejected
    assert rows(dialog) == {
        "a.eml": ("E-mail", "Imported", "1", "0", "0", "0"),
        "b.eml": ("E-mail", "Imported", "1", "0", "0", "0"),
        "cal.ics": ("Calendar", "Imported", "3", "0", "0", "0"),
        "people.vcf": ("Contacts", "Imported", "1", "2", "0", "1"),
        "заказы.csv": ("Orders", "Imported", "2", "0", "0", "3"),
    }
    assert details(dialog, "заказы.csv") == [
        "Row 5, column “Дата”, value “31.02.2025”: not a date",
        "Row 6, column “Кол-во”, value “-5”: negative (returns and credit notes are not imported)",
        "Row 7, field “Account (client)”, value “Рога и копыта”: no account of that name",
    ]
    assert "no account found" in details(dialog, "people.vcf")[0]
    assert dialog.ui.summary.text().startswith("Files: 5 (imported: 5, nothing new: 0, failed: 0)")
    # One clean timeline: the mail and the meetings of Уралсталь, newest first.
    subjects = [e.subject for e in query.timeline(sqlite_db, portfolio.ural).entries]
    assert "Поставка" in subjects and subjects.count("Weekly sync") == 3
    # Boris was mentioned but is unknown: proposed, and added with one undoable step.
    assert dialog.ui.proposals.count() == 1 and "boris@uralsteel.ru" in dialog.ui.proposals.item(0).text()
    people = live_people(sqlite_db)
    dialog.ui.proposals.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.ui.add_proposed.click()
    assert live_people(sqlite_db) == people + 1
    assert window.undo_stack.undoText() == "Add person “Boris”"
    assert not dialog.ui.proposals.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    window.undo_stack.undo()
    assert live_people(sqlite_db) == people
    window.undo_stack.redo()
    assert live_people(sqlite_db) == people + 1
    del tester
    dialog.accept()


def test_a_bad_file_shows_its_reason_and_leaves_the_database_unchanged(qtbot, window, sqlite_db, tmp_path):
    bad = tmp_path / "orders-bad.csv"
    bad.write_bytes(
        "Номер заказа;Дата;Номенклатура;Кол-во;Цена\nЗ-9;31.02.2025;Уголок;1;1\nЗ-9;32.01.2025;Уголок;1;1\n"
        .encode("cp1251")
    )  # fmt: skip
    junk = tmp_path / "broken.xlsx"
    junk.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    before = (count(sqlite_db, Interaction), count(sqlite_db, Order), live_people(sqlite_db))
    dialog = window.import_installer.open_dialog([bad, junk])
    tester = QAbstractItemModelTester(dialog.model, FATAL)
    run(qtbot, dialog)
    found = rows(dialog)
    assert found["orders-bad.csv"][1] == "Failed" and found["orders-bad.csv"][5] == "2"
    assert found["broken.xlsx"][1] == "Failed"
    lines = details(dialog, "orders-bad.csv")
    assert lines[0] == "Every record was rejected (2)"
    assert lines[1] == "Row 2, column “Дата”, value “31.02.2025”: not a date"
    assert details(dialog, "broken.xlsx")  # its reason, whatever the format check said
    assert (count(sqlite_db, Interaction), count(sqlite_db, Order), live_people(sqlite_db)) == before
    assert count(sqlite_db, ImportedFile) == 0
    del tester
    dialog.accept()


def test_unknown_columns_are_mapped_by_the_user_and_remembered(qtbot, window, sqlite_db, portfolio, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text("When;Who;What;Notes\n01.03.2025;Анна Петрова;Call;pricing\n", encoding="utf-8")
    dialog = window.import_installer.open_dialog([first])
    dialog.set_account(portfolio.ural)
    dialog.ui.start.click()
    assert dialog.ui.stack.currentWidget() is dialog.ui.mapping_page
    page = dialog.mapping_page
    assert page.target.currentData() == "interactions" and "not recognised" in page.note.text()
    assert page.mapping() == {"When": "occurred_at", "Notes": "summary"}, "what the planner recognised"
    page._combos[0].setCurrentIndex(0)  # "When" not imported: the date is missing
    assert not dialog.ui.next.isEnabled() and page.missing.text() == "Still needed: Date and time."
    wanted = {"When": "occurred_at", "Who": "person", "What": "kind", "Notes": "summary"}
    for column, combo in enumerate(page._combos):
        combo.setCurrentIndex(combo.findData(wanted[page.preview.headers[column]]))
    assert dialog.ui.next.isEnabled() and dialog.ui.next.text() == "&Import"
    dialog.ui.next.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert rows(dialog)["a.csv"][:3] == ("Interactions", "Imported", "1")
    qtbot.waitUntil(lambda: dialog.worker is None)
    dialog.accept()
    # The same layout again: the planner remembers the columns, so no question is asked…
    second = tmp_path / "b.csv"
    second.write_text("When;Who;What;Notes\n02.03.2025;Анна Петрова;Визит;склад\n", encoding="utf-8")
    again = window.import_installer.open_dialog([second])
    again.set_account(portfolio.ural)
    again.ui.review.setChecked(True)  # …unless asked to show them: then they are preselected
    again.ui.start.click()
    assert again.mapping_page.preview.remembered and again.mapping_page.mapping() == wanted
    assert "last time" in again.mapping_page.note.text()
    again.ui.next.click()
    qtbot.waitUntil(lambda: again.report is not None, timeout=20_000)
    assert rows(again)["b.csv"][:3] == ("Interactions", "Imported", "1")
    qtbot.waitUntil(lambda: again.worker is None)
    again.accept()


def test_cancel_rolls_back_the_file_in_flight(qtbot, window, sqlite_db, monkeypatch, tmp_path):
    lines = "\n".join(f"{i};01.02.2025;Уралсталь;Сталь;1;10" for i in range(2500))
    sheet = tmp_path / "orders.csv"
    sheet.write_text("Номер;Дата;Клиент;Товар;Кол-во;Цена\n" + lines, encoding="utf-8")
    later = mail(
        tmp_path / "later", "z.eml", sender="anna@uralsteel.ru", to="max@ourcompany.com", subject="z"
    )
    reached, proceed = threading.Event(), threading.Event()
    real = runner.import_files

    def held(db, paths, **options):
        polled = options["cancelled"]
        calls = [0]

        def cancelled() -> bool:
            calls[0] += 1
            if calls[0] == 3:  # inside the sheet, its first 1,000 rows written
                reached.set()
                proceed.wait(10)
            return polled()

        return real(db, paths, **{**options, "cancelled": cancelled})

    monkeypatch.setattr(runner, "import_files", held)
    dialog = window.import_installer.open_dialog([sheet, later])
    dialog.ui.start.click()
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    proceed.set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert [dialog.model.file(r).status for r in range(2)] == [FileStatus.CANCELLED, FileStatus.NOT_STARTED]
    assert rows(dialog)["orders.csv"][1] == "Cancelled, rolled back"
    assert dialog.ui.cancelled_note.isVisibleTo(dialog)
    assert count(sqlite_db, Order) == 0 and count(sqlite_db, ImportedFile) == 0
    qtbot.waitUntil(lambda: dialog.worker is None)
    dialog.accept()


def test_plain_files_run_together_and_mapped_sheets_alone_in_order():
    plan = runner.ImportPlan(
        files=(Path("a.eml"), Path("b.ics"), Path("c.csv"), Path("d.vcf")),
        sheets={"c.csv": runner.SheetChoice("orders", {"Дата": "ordered_on"})},
    )
    assert [([p.name for p in paths], choice and choice.target) for paths, choice in runner.groups(plan)] == [
        (["a.eml", "b.ics"], None),
        (["c.csv"], "orders"),
        (["d.vcf"], None),
    ]


def test_drops_of_anything_but_local_files_are_refused_and_a_second_drop_joins_the_dialog(window, tmp_path):
    text = QMimeData()
    text.setText("just words")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.com/mail.eml")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, remote, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    one, two = tmp_path / "one.eml", tmp_path / "two.ics"
    first = drop_on(window, [one])
    second = drop_on(window, [two, one])
    assert second is first and first.paths() == [str(one), str(two)]
    first.reject()


def test_a_file_with_more_rejections_than_kept_says_how_many_and_why():
    from planner.importers.report import FileReport, Reason, Rejection
    from ui.importing.report import details

    kept = (Rejection(Reason.BAD_DATE, 2, "Дата", "31.02"), Rejection(Reason.BAD_NUMBER, 3, "Цена", "x"))
    report = FileReport(
        "/tmp/big.csv", "orders", "csv", FileStatus.IMPORTED, added=10, rejected=kept, rejected_count=1205,
        rejected_by=((Reason.BAD_DATE, "Дата", 1200), (Reason.BAD_NUMBER, "Цена", 5)),
    )  # fmt: skip
    assert details(report) == [
        "Row 2, column “Дата”, value “31.02”: not a date",
        "Row 3, column “Цена”, value “x”: not a number",
        "… and 1,203 more rejected; in all:",
        "    1,200 × not a date in column “Дата”",
        "    5 × not a number in column “Цена”",
    ]


def test_a_file_without_the_required_columns_names_them_and_what_it_has(qapp):
    from planner.importers.report import Reason, Rejection
    from ui.importing.texts import rejection_text

    missing = Rejection(Reason.MISSING_COLUMNS, column="product|product_line, quantity", value="Дата, Сумма",
                        detail="orders")
    text = rejection_text(missing)
    assert text.startswith("Required columns not found: ")
    assert text.endswith("; the file has: Дата, Сумма")
    assert "Quantity" in text and " or " in text  # product or product line
    bare = Rejection(Reason.MISSING_COLUMNS, column="quantity", detail="orders")
    assert "the file has" not in rejection_text(bare)
