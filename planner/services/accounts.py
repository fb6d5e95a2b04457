"""Accounts: the portfolio list, finding an account by name, and editing its profile."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import LifecycleStage, Tier
from db.models import Account, FxRate, Interaction, MetaEntry, Person, StageChange
from db.store import Database
from planner.changes import Changes, Entity
from planner.errors import Ambiguous, NotFound, ValidationError


@dataclass(frozen=True)
class AccountSummary:
    """One row of the portfolio."""

    uuid: uuid.UUID
    name: str
    legal_name: str | None
    industry: str | None
    region: str | None
    tier: Tier
    stage: LifecycleStage
    currency: str
    revenue: Decimal | None
    wallet_spend: Decimal | None
    #: Our revenue as a share of what the client spends in our categories (0–1).
    share_of_wallet: float | None
    #: Revenue in the portfolio's base currency, and its share of the whole portfolio (0–1).
    revenue_base: Decimal | None
    base_currency: str
    share_of_portfolio: float | None
    people: int
    last_contact: datetime | None


@dataclass(frozen=True)
class StageEntry:
    from_stage: LifecycleStage | None
    to_stage: LifecycleStage
    changed_at: datetime
    reason: str | None


@dataclass(frozen=True)
class AccountDetail:
    """The account's full profile with its lifecycle history."""

    uuid: uuid.UUID
    name: str
    legal_name: str | None
    industry: str | None
    region: str | None
    country: str | None
    tier: Tier
    stage: LifecycleStage
    currency: str
    language: str
    annual_revenue: Decimal | None
    wallet_spend: Decimal | None
    #: Our revenue as a share of the client's spend in our categories (0–1).
    share_of_wallet: float | None
    strategic_goals: str | None
    description: str | None
    website: str | None
    next_review_on: date | None
    stage_history: tuple[StageEntry, ...]


@dataclass(frozen=True)
class AccountInput:
    """The editable profile of an account; ``None`` leaves an optional field empty."""

    name: str
    legal_name: str | None = None
    industry: str | None = None
    region: str | None = None
    country: str | None = None
    tier: Tier = Tier.KEY
    stage: LifecycleStage = LifecycleStage.PROSPECT
    currency: str = "EUR"
    language: str = "en"
    annual_revenue: Decimal | None = None
    wallet_spend: Decimal | None = None
    strategic_goals: str | None = None
    description: str | None = None
    website: str | None = None
    next_review_on: date | None = None


EDITABLE = tuple(f.name for f in fields(AccountInput))


def base_currency(session: Session) -> str:
    """The portfolio's reporting currency: as set in the database, else the most common one."""
    chosen = session.scalar(select(MetaEntry.value).where(MetaEntry.key == "base_currency"))
    if chosen:
        return chosen
    row = session.execute(
        select(Account.currency, func.count().label("n"))
        .where(Account.deleted_at.is_(None))
        .group_by(Account.currency)
        .order_by(func.count().desc(), Account.currency)
    ).first()
    return row.currency if row else "EUR"


def latest_rates(session: Session, base: str) -> dict[str, Decimal]:
    """The newest known rate of every currency into ``base`` (inverted where only base→X is known)."""
    rates: dict[str, Decimal] = {base: Decimal(1)}
    inverse: dict[str, Decimal] = {}
    query = select(FxRate).where((FxRate.base == base) | (FxRate.currency == base))
    for rate in session.scalars(query.order_by(FxRate.as_of)):
        if rate.base == base:
            rates[rate.currency] = rate.rate
        else:
            inverse[rate.base] = 1 / rate.rate
    return {**inverse, **rates}


def list_accounts(db: Database) -> list[AccountSummary]:
    """Every live account with its key figures, largest revenue first."""
    with db.session.begin() as session:
        # Each account's latest interaction: one step down the (account, time) index per
        # account, not a grouping of every interaction of the portfolio.
        last_contact = (
            select(Interaction.occurred_at)
            .where(Interaction.account_id == Account.id, Interaction.deleted_at.is_(None))
            .order_by(Interaction.occurred_at.desc())
            .limit(1)
            .correlate(Account)
            .scalar_subquery()
        )
        people = (
            select(Person.account_id, func.count().label("n"))
            .where(Person.deleted_at.is_(None), Person.left_company.is_(False))
            .group_by(Person.account_id)
            .subquery()
        )
        rows = session.execute(
            select(Account, last_contact, people.c.n)
            .outerjoin(people, people.c.account_id == Account.id)
            .where(Account.deleted_at.is_(None))
        ).all()
        base = base_currency(session)
        rates = latest_rates(session, base)

    def in_base(account: Account) -> Decimal | None:
        rate = rates.get(account.currency)
        if account.annual_revenue is None or rate is None:
            return None
        return (account.annual_revenue * rate).quantize(Decimal("0.01"))

    converted = [in_base(account) for account, _, _ in rows]
    total = sum((v for v in converted if v is not None), Decimal(0))
    summaries = []
    for (account, last, n_people), revenue_base in zip(rows, converted, strict=True):
        summaries.append(
            AccountSummary(
                uuid=account.uuid,
                name=account.name,
                legal_name=account.legal_name,
                industry=account.industry,
                region=account.region,
                tier=account.tier,
                stage=account.stage,
                currency=account.currency,
                revenue=account.annual_revenue,
                wallet_spend=account.wallet_spend,
                share_of_wallet=_ratio(account.annual_revenue, account.wallet_spend),
                revenue_base=revenue_base,
                base_currency=base,
                share_of_portfolio=_ratio(revenue_base, total),
                people=n_people or 0,
                last_contact=last,
            )
        )
    summaries.sort(key=lambda s: (-(s.revenue_base or 0), s.name.casefold()))
    return summaries


def _ratio(part: Decimal | None, whole: Decimal | None) -> float | None:
    if part is None or not whole:
        return None
    return float(part / whole)


def resolve(db: Database, key: str) -> AccountSummary:
    """An account by UUID, exact name, or unique case-insensitive prefix (the CLI's ``--account``)."""
    accounts = list_accounts(db)
    key_clean = key.strip()
    try:
        wanted = uuid.UUID(key_clean)
    except ValueError:
        wanted = None
    if wanted is not None:
        for account in accounts:
            if account.uuid == wanted:
                return account
        raise NotFound("account", key)
    exact = [a for a in accounts if a.name == key_clean]
    if len(exact) == 1:
        return exact[0]
    folded = key_clean.casefold()
    same = [a for a in accounts if a.name.casefold() == folded]
    if len(same) == 1:
        return same[0]
    prefixed = [a for a in accounts if a.name.casefold().startswith(folded)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        raise NotFound("account", key)
    raise Ambiguous("account", key, sorted(a.name for a in prefixed))


def get(db: Database, account_uuid: uuid.UUID) -> AccountDetail:
    with db.session.begin() as session:
        account = _load(session, account_uuid)
        return AccountDetail(
            uuid=account.uuid,
            name=account.name,
            legal_name=account.legal_name,
            industry=account.industry,
            region=account.region,
            country=account.country,
            tier=account.tier,
            stage=account.stage,
            currency=account.currency,
            language=account.language,
            annual_revenue=account.annual_revenue,
            wallet_spend=account.wallet_spend,
            share_of_wallet=_ratio(account.annual_revenue, account.wallet_spend),
            strategic_goals=account.strategic_goals,
            description=account.description,
            website=account.website,
            next_review_on=account.next_review_on,
            stage_history=tuple(
                StageEntry(h.from_stage, h.to_stage, h.changed_at, h.reason)
                for h in account.stage_history
            ),
        )


def validate(data: AccountInput) -> AccountInput:
    """Checks a profile; raises ValidationError naming the first bad field."""
    if not data.name or not data.name.strip():
        raise ValidationError("name", "an account needs a name")
    if len(data.name) > 200:
        raise ValidationError("name", "at most 200 characters")
    if len(data.currency) != 3 or not data.currency.isalpha():
        raise ValidationError("currency", "a three-letter ISO code such as EUR or RUB")
    if data.country is not None and (len(data.country) != 2 or not data.country.isalpha()):
        raise ValidationError("country", "a two-letter ISO code such as DE or RU")
    for name in ("annual_revenue", "wallet_spend"):
        value = getattr(data, name)
        if value is not None and value < 0:
            raise ValidationError(name, "cannot be negative")
    if (
        data.annual_revenue is not None
        and data.wallet_spend is not None
        and data.wallet_spend < data.annual_revenue
    ):
        raise ValidationError(
            "wallet_spend", "the client's spend in our categories includes what it buys from us"
        )
    return data


def create(db: Database, data: AccountInput) -> Changes:
    """Add an account; its first lifecycle stage opens the stage history."""
    validate(data)
    now = datetime.now(UTC)
    with db.session.begin() as session:
        values = {name: getattr(data, name) for name in EDITABLE}
        values["name"] = data.name.strip()
        values["currency"] = data.currency.upper()
        account = Account(**values)
        account.stage_history.append(
            StageChange(from_stage=None, to_stage=data.stage, changed_at=now)
        )
        session.add(account)
        session.flush()
        return Changes(frozenset({Entity.ACCOUNT}), frozenset({account.uuid}), (account.uuid,))


def update(db: Database, account_uuid: uuid.UUID, data: AccountInput, reason: str | None = None) -> Changes:
    """Replace the profile; a change of stage is added to the stage history with its reason."""
    validate(data)
    with db.session.begin() as session:
        account = _load(session, account_uuid)
        if data.stage != account.stage:
            account.stage_history.append(
                StageChange(
                    from_stage=account.stage,
                    to_stage=data.stage,
                    changed_at=datetime.now(UTC),
                    reason=reason,
                )
            )
        for name in EDITABLE:
            setattr(account, name, getattr(data, name))
        account.name = data.name.strip()
        account.currency = data.currency.upper()
        return Changes(frozenset({Entity.ACCOUNT}), frozenset({account.uuid}))


def delete(db: Database, account_uuid: uuid.UUID) -> Changes:
    """Soft-delete: the account disappears from views but its history stays restorable."""
    with db.session.begin() as session:
        account = _load(session, account_uuid)
        account.deleted_at = datetime.now(UTC)
        return Changes(frozenset({Entity.ACCOUNT}), frozenset({account.uuid}))


def restore(db: Database, account_uuid: uuid.UUID) -> Changes:
    """Undo a delete."""
    with db.session.begin() as session:
        account = session.scalars(select(Account).where(Account.uuid == account_uuid)).one_or_none()
        if account is None:
            raise NotFound("account", str(account_uuid))
        account.deleted_at = None
        return Changes(frozenset({Entity.ACCOUNT}), frozenset({account.uuid}))


def _load(session: Session, account_uuid: uuid.UUID) -> Account:
    account = session.scalars(
        select(Account).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
    ).one_or_none()
    if account is None:
        raise NotFound("account", str(account_uuid))
    return account
