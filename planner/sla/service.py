"""SLA use cases: the scorecard of an account, its trend, and the whole portfolio's status.

Each call is one unit of work reading the definitions and then the facts of the
window they need in a few set-based queries; the computing is done by the pure
``scorecard`` module.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account
from db.store import Database
from planner.errors import NotFound
from planner.sla import scorecard as rules
from planner.sla.facts import AccountData, SlaSpec
from planner.sla.loading import load_account_data, load_specs, windows
from planner.sla.periods import Period, moment_of, periods_back
from planner.sla.scorecard import SlaResult

__all__ = ["AccountScorecard", "SlaResult", "portfolio", "scorecard", "trends"]


@dataclass(frozen=True)
class AccountScorecard:
    account_uuid: uuid.UUID
    account_name: str
    as_of: datetime
    results: tuple[SlaResult, ...]


def _account(session: Session, account_uuid: uuid.UUID) -> tuple[int, str]:
    row = session.execute(
        select(Account.id, Account.name).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
    ).first()
    if row is None:
        raise NotFound("account", str(account_uuid))
    return row.id, row.name


def _since(specs: list[SlaSpec], now: datetime, period: Period | None, back: int = 1) -> dict[str, date]:
    """How far back each kind of record is needed for the requested periods."""
    if period is not None:
        return windows(specs, lambda _spec: periods_back(period, back)[0])
    return windows(specs, lambda spec: periods_back(rules.current_period(spec, now), back)[0])


def scorecard(
    db: Database, account_uuid: uuid.UUID, period: Period | None = None, as_of: date | None = None
) -> AccountScorecard:
    """Every SLA of the account over ``period``, else over each SLA's current period."""
    now = moment_of(as_of)
    with db.session.begin() as session:
        account_id, name = _account(session, account_uuid)
        specs = load_specs(session, [account_id]).get(account_id, [])
        since = _since(specs, now, period)
        data = load_account_data(session, [account_id], since, now).get(account_id, AccountData())
    return AccountScorecard(account_uuid, name, now, tuple(rules.scorecard(specs, data, now, period)))


def trends(
    db: Database, account_uuid: uuid.UUID, count: int = 12, as_of: date | None = None
) -> dict[uuid.UUID, list[SlaResult]]:
    """Each SLA's last ``count`` periods (oldest first), keyed by the SLA's UUID."""
    now = moment_of(as_of)
    with db.session.begin() as session:
        account_id, _ = _account(session, account_uuid)
        specs = load_specs(session, [account_id]).get(account_id, [])
        if not specs:
            return {}
        since = _since(specs, now, None, back=count)
        data = load_account_data(session, [account_id], since, now).get(account_id, AccountData())
    return {spec.uuid: rules.trend(spec, data, now, count) for spec in specs}


def portfolio(db: Database, as_of: date | None = None) -> list[AccountScorecard]:
    """The current-period scorecard of every live account that has SLAs, in one pass."""
    now = moment_of(as_of)
    with db.session.begin() as session:
        rows = session.execute(
            select(Account.id, Account.uuid, Account.name).where(Account.deleted_at.is_(None))
        ).all()
        accounts = {row.id: row.uuid for row in rows}
        names = {row.id: row.name for row in rows}
        specs = {k: v for k, v in load_specs(session).items() if k in accounts}
        every = [s for group in specs.values() for s in group]
        data = load_account_data(session, None, _since(every, now, None), now)
    cards = [
        AccountScorecard(
            accounts[account_id], names[account_id], now,
            tuple(rules.scorecard(group, data.get(account_id, AccountData()), now)),
        )
        for account_id, group in specs.items()
    ]
    cards.sort(key=lambda c: c.account_name.casefold())
    return cards
