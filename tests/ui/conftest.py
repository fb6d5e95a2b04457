"""UI tests run headless, with their own QSettings and a small portfolio to look at."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

# Before any QApplication exists: no window ever opens on the developer's screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402

from planner.services import accounts  # noqa: E402
from planner.services.accounts import AccountInput  # noqa: E402
from ui.app import configure  # noqa: E402

NORDWIND = "Nordwind Logistik"
ALPENMILCH = "Alpenmilch"
URALSTAL = "Уралсталь"


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path: Path):
    """Each test reads and writes its own settings folder, in English number formats."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    configure(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield folder
    QSettings().clear()


@pytest.fixture(scope="session")
def empty_database_file(tmp_path_factory) -> Path:
    """One freshly migrated database per session, copied for each test (migrating takes ~0.5 s)."""
    from db.store import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(path)
    database.close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


@pytest.fixture
def sqlite_db(empty_database_file, tmp_path: Path):
    """An empty planner database of the test's own (a copy of the session's template)."""
    import shutil

    from db.store import open_database

    path = tmp_path / "planner.sqlite"
    shutil.copyfile(empty_database_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def english_and_idle(qapp):
    """Each test starts in English and leaves no translator or worker behind."""
    from PySide6.QtCore import QThreadPool

    from ui import i18n

    i18n.apply_language("en")  # English has a catalogue too: its plural forms
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    if i18n.current_language() != "en":
        i18n.apply_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def only_overview_tab(monkeypatch):
    """The workspace gets the Overview only: shell tests do not depend on the other tabs."""
    from ui import tabs

    monkeypatch.setattr(tabs, "tab_modules", lambda: ["ui.tabs.overview"])


@pytest.fixture
def portfolio_db(sqlite_db):
    """Three accounts in two currencies, one with a Cyrillic name, a stage change and a contact.

    Revenue in EUR (the base): Nordwind 12,000,000; Alpenmilch 950,000; Уралсталь
    9,000,000 RUB = 90,000. As text "12,000,000" would sort before "9,000,000".
    """
    from db.enums import InteractionKind, LifecycleStage, Tier
    from db.models import Account, FxRate, Interaction, Person

    accounts.create(
        sqlite_db,
        AccountInput(
            name=NORDWIND,
            legal_name="Nordwind Logistik GmbH",
            industry="Logistics",
            region="DACH",
            country="DE",
            tier=Tier.STRATEGIC,
            stage=LifecycleStage.ONBOARDING,
            currency="EUR",
            language="de",
            annual_revenue=Decimal("12000000"),
            wallet_spend=Decimal("30000000"),
            strategic_goals="Become the sole carrier for the Baltic routes.",
            description="Contract logistics for retail, 14 warehouses.",
            website="nordwind.example",
            next_review_on=date(2025, 3, 31),
        ),
    )
    nordwind = accounts.resolve(sqlite_db, NORDWIND).uuid
    profile = accounts.get(sqlite_db, nordwind)
    changed = {name: getattr(profile, name) for name in accounts.EDITABLE} | {"stage": LifecycleStage.GROWTH}
    accounts.update(sqlite_db, nordwind, AccountInput(**changed), reason="First framework contract signed")
    accounts.create(
        sqlite_db,
        AccountInput(
            name=ALPENMILCH,
            industry="Food",
            region="Alps",
            tier=Tier.DEVELOPMENT,
            stage=LifecycleStage.PROSPECT,
            currency="EUR",
            annual_revenue=Decimal("950000"),
        ),
    )
    accounts.create(
        sqlite_db,
        AccountInput(
            name=URALSTAL,
            legal_name="ПАО «Уралсталь»",
            industry="Металлургия",
            region="Урал",
            country="RU",
            tier=Tier.KEY,
            stage=LifecycleStage.MATURE,
            currency="RUB",
            language="ru",
            annual_revenue=Decimal("9000000"),
            wallet_spend=Decimal("36000000"),
        ),
    )
    with sqlite_db.session.begin() as session:
        session.add(FxRate(currency="RUB", base="EUR", rate=Decimal("0.01"), as_of=date(2024, 1, 1)))
        ural = session.query(Account).filter_by(name=URALSTAL).one()
        session.add(Person(account_id=ural.id, full_name="Ирина Ёлкина"))
        session.add(
            Interaction(
                account_id=ural.id,
                kind=InteractionKind.MEETING,
                occurred_at=datetime(2024, 11, 5, 9, 30, tzinfo=UTC),
                subject="Quarterly review",
            )
        )
    return sqlite_db
