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
