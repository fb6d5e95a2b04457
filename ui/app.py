"""Starting the desktop app: the QApplication, the language, the database, the main window.

Kept light on purpose: nothing on this path imports matplotlib or pandas, so the
window is up in about the time Qt itself needs.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

import planner
from planner.paths import DB_ENV, database_target
from ui import gc_policy, i18n
from ui.main_window import MainWindow
from ui.shell.opening import open_with_dialogs
from ui.shell.preferences import Preferences

#: Names QSettings files under (and the platform shows for the app).
ORGANIZATION = "KeyAccountPlanner"
APPLICATION = "Key Account Planner"

#: Exit status when the database cannot be opened (the CLI's "bad input").
EXIT_BAD_INPUT = 2


def run(db_target: str | None, argv: list[str] | None = None) -> int:
    """Open ``db_target`` (else ``KAP_DB``, else the preferred, else the default database).

    ``argv`` is what Qt sees (program name first, then Qt's own options such as
    ``-style``); by default only the program name, so ``kap``'s options never reach Qt.
    Returns the exit status: the event loop's, or 2 if no database could be opened.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    configure(app)
    preferences = Preferences()
    i18n.apply_language(preferences.language)
    target = database_target(startup_target(db_target, preferences))
    opened = open_with_dialogs(None, target, at_start=True)
    if opened is None:
        return EXIT_BAD_INPUT
    try:
        window = MainWindow(opened.db, lock=opened.lock, owns_database=True)
    except BaseException:
        opened.close()
        raise
    window.show()
    return app.exec()


def startup_target(explicit: str | None, preferences: Preferences | None = None) -> str | None:
    """``--db``, else ``KAP_DB``, else the default database set in Preferences, else None.

    None lets the planner pick its own default file (``planner.paths.database_target``).
    """
    if explicit or os.environ.get(DB_ENV):
        return explicit or None
    return (preferences or Preferences()).default_database


def configure(app: QApplication) -> None:
    """Application-wide settings: names for QSettings, a real locale to format with, and
    garbage collection on the UI thread only (see ui.gc_policy)."""
    gc_policy.install(app)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(planner.__version__)
    # The POSIX "C" locale (no LANG set) groups no digits and writes dates as ISO: read
    # that as "no preference" and format like English rather than like a machine.
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
