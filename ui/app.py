"""Starting the desktop app: the QApplication, the database, the main window.

Kept light on purpose: nothing on this path imports matplotlib or pandas, so the
window is up in about the time Qt itself needs.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import planner
from planner.database import open_planner_database
from planner.errors import PlannerError
from ui.main_window import MainWindow
from ui.messages import show_error

#: Names QSettings files under (and the platform shows for the app).
ORGANIZATION = "KeyAccountPlanner"
APPLICATION = "Key Account Planner"

#: Exit status when the database cannot be opened (the CLI's "bad input").
EXIT_BAD_INPUT = 2


def run(db_target: str | None, argv: list[str] | None = None) -> int:
    """Open ``db_target`` (else ``KAP_DB``, else the default database) in the main window.

    ``argv`` is what Qt sees (program name first, then Qt's own options such as
    ``-style``); by default only the program name, so ``kap``'s options never reach Qt.
    Returns the exit status: the event loop's, or 2 if the database cannot be opened.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    configure(app)
    try:
        db = open_planner_database(db_target)
    except PlannerError as error:
        show_error(None, error)
        return EXIT_BAD_INPUT
    try:
        window = MainWindow(db)
        window.show()
        return app.exec()
    finally:
        db.close()


def configure(app: QApplication) -> None:
    """Application-wide settings: names for QSettings, and a real locale to format with."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(planner.__version__)
    # The POSIX "C" locale (no LANG set) groups no digits and writes dates as ISO: read
    # that as "no preference" and format like English rather than like a machine.
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
