"""The accounts use cases: validation, stage history, lookup by name, portfolio figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from db.enums import LifecycleStage
from db.models import FxRate
from planner.errors import Ambiguous, NotFound, ValidationError
from planner.services import accounts
from planner.services.accounts import AccountInput


def _add(db, **values):
    changes = accounts.create(db, AccountInput(**values))
    return changes.created[0]


def test_create_update_keeps_stage_history(sqlite_db):
    uid = _add(sqlite_db, name="  Уралсталь ", currency="rub", stage=LifecycleStage.ONBOARDING)
    detail = accounts.get(sqlite_db, uid)
    assert detail.name == "Уралсталь" and detail.currency == "RUB"
    profile = AccountInput(**{f: getattr(detail, f) for f in accounts.EDITABLE})
    changes = accounts.update(sqlite_db, uid, replace(profile, stage=LifecycleStage.GROWTH),
                              reason="first framework agreement signed")
    assert uid in changes.accounts
    history = accounts.get(sqlite_db, uid).stage_history
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, LifecycleStage.ONBOARDING), (LifecycleStage.ONBOARDING, LifecycleStage.GROWTH)
    ]
    assert history[-1].reason == "first framework agreement signed"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "A", "currency": "EURO"}, "currency"),
        ({"name": "A", "country": "Russia"}, "country"),
        ({"name": "A", "annual_revenue": Decimal(-1)}, "annual_revenue"),
        ({"name": "A", "annual_revenue": Decimal(10), "wallet_spend": Decimal(5)}, "wallet_spend"),
    ],
)
def test_validation_names_the_field(sqlite_db, values, field):
    with pytest.raises(ValidationError) as caught:
        accounts.create(sqlite_db, AccountInput(**values))
    assert caught.value.field == field
    assert accounts.list_accounts(sqlite_db) == []


def test_resolve_by_name_prefix_and_uuid(sqlite_db):
    steel = _add(sqlite_db, name="Уралсталь")
    _add(sqlite_db, name="Nordwerk Automotive")
    _add(sqlite_db, name="Nordic Vision")
    assert accounts.resolve(sqlite_db, "УРАЛ").uuid == steel  # case-insensitive Cyrillic
    assert accounts.resolve(sqlite_db, str(steel)).name == "Уралсталь"
    assert accounts.resolve(sqlite_db, "nordw").name == "Nordwerk Automotive"
    with pytest.raises(Ambiguous) as caught:
        accounts.resolve(sqlite_db, "Nord")
    assert caught.value.context["candidates"] == ["Nordic Vision", "Nordwerk Automotive"]
    with pytest.raises(NotFound):
        accounts.resolve(sqlite_db, "Gazprom")


def test_portfolio_shares_in_one_currency(sqlite_db):
    _add(sqlite_db, name="EU", currency="EUR", annual_revenue=Decimal(1000),
         wallet_spend=Decimal(4000))
    _add(sqlite_db, name="EU2", currency="EUR", annual_revenue=Decimal(500))
    _add(sqlite_db, name="RU", currency="RUB", annual_revenue=Decimal(50000))
    with sqlite_db.session.begin() as session:
        session.add(FxRate(currency="RUB", base="EUR", rate=Decimal("0.02"), as_of=date(2026, 1, 1)))
        session.add(FxRate(currency="RUB", base="EUR", rate=Decimal("0.01"), as_of=date(2026, 6, 1)))
    listed = {a.name: a for a in accounts.list_accounts(sqlite_db)}
    assert listed["RU"].revenue_base == Decimal("500.00")  # the newest rate counts
    assert listed["EU"].share_of_portfolio == pytest.approx(0.5)
    assert listed["EU"].share_of_wallet == pytest.approx(0.25)
    assert listed["EU2"].share_of_wallet is None
    assert {a.base_currency for a in listed.values()} == {"EUR"}


def test_delete_hides_and_restore_brings_back(sqlite_db):
    uid = _add(sqlite_db, name="Gone for a while")
    accounts.delete(sqlite_db, uid)
    assert accounts.list_accounts(sqlite_db) == []
    with pytest.raises(NotFound):
        accounts.get(sqlite_db, uid)
    accounts.restore(sqlite_db, uid)
    assert [a.name for a in accounts.list_accounts(sqlite_db)] == ["Gone for a while"]


def test_last_contact_is_the_latest_live_interaction(any_db):
    from datetime import UTC, datetime

    from db.enums import Direction, InteractionKind
    from db.models import Account, Interaction

    db = any_db
    busy = _add(db, name="Busy")
    _add(db, name="Quiet")
    with db.session.begin() as s:
        account_id = s.query(Account.id).filter(Account.uuid == busy).scalar()
        for day, deleted in ((3, False), (20, False), (25, True), (11, False)):
            s.add(Interaction(account_id=account_id, kind=InteractionKind.CALL, direction=Direction.OUTBOUND,
                              occurred_at=datetime(2026, 11, day, 9, 30, tzinfo=UTC),
                              deleted_at=datetime(2026, 11, 26, tzinfo=UTC) if deleted else None))
    listed = {a.name: a.last_contact for a in accounts.list_accounts(db)}
    assert listed == {"Busy": datetime(2026, 11, 20, 9, 30, tzinfo=UTC), "Quiet": None}
