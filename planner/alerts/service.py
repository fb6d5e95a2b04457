"""The alert centre's use cases: compute the open alerts, acknowledge, snooze, reopen,
and draft the client notice for a late delivery.

``list_alerts`` reads the whole portfolio (or one account) in a fixed handful of
set-based queries, runs every rule in Python, then applies the user's decisions kept
in ``alert_state``. The CLI and the app call the same function, so they list the same
alerts.
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account, AlertState
from db.store import Database
from planner.alerts import rules_relations as relations
from planner.alerts import rules_service as service_rules
from planner.alerts.loading import (
    load_comparables,
    load_key_people,
    load_monthly_contacts,
    load_settled,
)
from planner.alerts.model import AccountRef, Alert, AlertKind, AlertStatus, sort_key
from planner.alerts.notice_data import recipients_and_sender
from planner.alerts.params import AlertParams
from planner.alerts.prediction import History, predict
from planner.changes import Changes, Entity
from planner.errors import NotFound, ValidationError
from planner.notices import LateDeliveryNotice, choose_recipient, draft_late_delivery_notice
from planner.sla import scorecard as sla_rules
from planner.sla.facts import AccountData
from planner.sla.loading import load_account_data, load_specs, windows
from planner.sla.periods import moment_of, utc_day

__all__ = ["acknowledge", "draft_notice", "find", "list_alerts", "reopen", "snooze"]


def _accounts(session: Session, account_uuid: uuid.UUID | None) -> dict[int, AccountRef]:
    query = select(Account.id, Account.uuid, Account.name, Account.language).where(
        Account.deleted_at.is_(None)
    )
    if account_uuid is not None:
        query = query.where(Account.uuid == account_uuid)
    refs = {row.id: AccountRef(row.id, row.uuid, row.name, row.language or "en")
            for row in session.execute(query)}
    if account_uuid is not None and not refs:
        raise NotFound("account", str(account_uuid))
    return refs


class _Aside:
    """Runs read-only loaders on connections of their own, beside this thread.

    The heavy aggregates (over the interactions, and the delivery history) are mostly
    time inside the database (SQLite releases the GIL while it steps), so they overlap
    with the loading and rule computing done here. An in-memory SQLite database has a
    single connection: there the jobs run in line, on the caller's session.
    """

    def __init__(self, session: Session):
        self.session = session
        engine = session.get_bind()
        in_memory = engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")
        self.engine = None if in_memory else engine
        self.pool = ThreadPoolExecutor(max_workers=3) if self.engine is not None else None

    def _job(self, load):
        with Session(self.engine) as session, session.begin():
            return load(session)

    def run(self, load):
        if self.pool is None:
            return load(self.session)
        return self.pool.submit(self._job, load)

    def wait(self, job):
        return job if self.pool is None else job.result()

    def __enter__(self) -> _Aside:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def compute(session: Session, now: datetime, account_uuid: uuid.UUID | None = None,
            params: AlertParams | None = None) -> list[Alert]:
    """Every alert that fires at ``now``, before the user's decisions are applied.

    Loads, for all accounts at once: the SLA definitions; each kind of record only as far
    back as the SLAs' current and previous periods reach; the portfolio's delivery history
    aggregated in SQL; survey answers for the NPS rounds; key people with their last
    contact; interaction counts. A fixed number of queries, whatever the portfolio's size.
    """
    params = params or AlertParams()
    today = utc_day(now)
    accounts = _accounts(session, account_uuid)
    ids = None if account_uuid is None else list(accounts)
    lookback = today - timedelta(days=params.prediction.lookback_days)
    horizon = today + timedelta(days=params.prediction.horizon_days)
    first_month = relations.engagement_first_month(today)
    alerts: list[Alert] = []
    with _Aside(session) as aside:
        # The heavy aggregates (mostly time inside the database) start first, beside the rest.
        people_job = aside.run(lambda s: load_key_people(s, ids, now, params.stale_days))
        engagement_job = aside.run(lambda s: load_monthly_contacts(s, ids, first_month, now))
        # The whole portfolio's delivery history beside the rest; for one account, later and
        # only for the product lines it has open deliveries of.
        settled_job = (aside.run(lambda s: load_settled(s, lookback, today, params.prediction))
                       if ids is None else None)

        specs = load_specs(session, ids)
        since = windows([s for group in specs.values() for s in group],
                        lambda spec: sla_rules.current_period(spec, now).previous())
        # Open deliveries within the horizon (and overdue ones) are needed for predictions,
        # NPS answers of about a year for the rounds, whatever the SLAs read.
        since["deliveries"] = min(since.get("deliveries", today), today)
        since["surveys"] = min(since.get("surveys", today), today)
        data = load_account_data(session, ids, since, now, deliveries_until=horizon, open_since=lookback,
                                 nps_since=today - timedelta(days=params.nps_history_days))
        for account_id, account in accounts.items():
            facts = data.get(account_id, AccountData())
            own_specs = specs.get(account_id, [])
            current = sla_rules.scorecard(own_specs, facts, now)
            previous = [
                sla_rules.evaluate(s, facts, p, now)
                for s in own_specs
                for p in [sla_rules.current_period(s, now).previous()]
                if s.applies(p.start, p.end)
            ]
            alerts += service_rules.sla_alerts(account, current, previous, now, params)
            alerts += service_rules.ticket_alerts(account, facts.tickets, own_specs, now, params)
            alerts += relations.nps_drop_alerts(account, facts.surveys, now, params)

        open_ones = {
            account_id: [d for d in data.get(account_id, AccountData()).deliveries
                         if d.delivered_by(today) is None]
            for account_id in accounts
        }
        if settled_job is None:
            lines = {d.product_line for group in open_ones.values() for d in group}
            settled = load_settled(session, lookback, today, params.prediction, lines)
        else:
            settled = aside.wait(settled_job)
        history = History(settled, today, params.prediction)
        predicted = {account_id: predict(group, history) for account_id, group in open_ones.items()}
        wanted = {(p.delivery.account_id if p.estimate.scope == "account" else None,
                   p.delivery.product_line)
                  for group in predicted.values() for p in group if p.estimate is not None}
        behind = load_comparables(session, wanted, lookback, today, params.prediction.evidence_limit + 1)
        for account_id, group in predicted.items():
            alerts += service_rules.delivery_alerts(accounts[account_id], group, now, params, behind)

        people, engagement = aside.wait(people_job), aside.wait(engagement_job)
    for account_id, account in accounts.items():
        alerts += relations.key_person_alerts(account, people.get(account_id, []), now, params)
        alerts += relations.engagement_alerts(account, engagement.get(account_id), now, params)
    return alerts


def _apply_states(session: Session, alerts: list[Alert], now: datetime) -> list[Alert]:
    states = {
        s.alert_key: s
        for s in session.scalars(
            select(AlertState).where(AlertState.alert_key.in_([a.key for a in alerts]))
        )
    } if alerts else {}
    out = []
    for alert in alerts:
        state = states.get(alert.key)
        if state is None:
            out.append(alert)
            continue
        status = AlertStatus(state.status)
        if status is AlertStatus.SNOOZED and (state.snoozed_until is None or state.snoozed_until <= now):
            status = AlertStatus.OPEN  # the snooze is over
        out.append(alert.with_state(status, state.snoozed_until, state.acted_at, state.note))
    return out


def list_alerts(
    db: Database,
    account_uuid: uuid.UUID | None = None,
    as_of: date | None = None,
    *,
    include_dismissed: bool = False,
    params: AlertParams | None = None,
) -> list[Alert]:
    """Open alerts by severity then date (newest first); acknowledged and snoozed ones only
    with ``include_dismissed``, carrying their state."""
    now = moment_of(as_of)
    with db.session.begin() as session:
        alerts = _apply_states(session, compute(session, now, account_uuid, params), now)
    if not include_dismissed:
        alerts = [a for a in alerts if a.status is AlertStatus.OPEN]
    return sorted(alerts, key=sort_key)


def _matches(alert: Alert, ref: str) -> bool:
    text = ref.strip()
    if text == alert.key:
        return True
    try:
        return uuid.UUID(text) == alert.uuid
    except ValueError:
        return False


def find(db: Database, ref: Alert | str, as_of: date | None = None) -> Alert:
    """One alert by UUID (or key), among those that fire at ``as_of``, whatever its state.

    An ``Alert`` already in hand (the alert centre's list) is taken as it is, so acting on
    it does not compute the portfolio's alerts again.
    """
    if isinstance(ref, Alert):
        return ref
    for alert in list_alerts(db, as_of=as_of, include_dismissed=True):
        if _matches(alert, ref):
            return alert
    raise NotFound("alert", ref)


def _decide(db: Database, alert: Alert, status: AlertStatus, until: datetime | None,
            note: str | None) -> Changes:
    with db.session.begin() as session:
        state = session.scalars(select(AlertState).where(AlertState.alert_key == alert.key)).one_or_none()
        if state is None:
            state = AlertState(account_id=alert.account.id, alert_key=alert.key)
            session.add(state)
        state.status = status.value
        state.snoozed_until = until
        state.acted_at = datetime.now(UTC)
        state.note = note
    return Changes(frozenset({Entity.ALERT}), frozenset({alert.account.uuid}))


def acknowledge(db: Database, ref: Alert | str, note: str | None = None,
                as_of: date | None = None) -> Changes:
    """Hide the alert for good: it will not come back (a new episode gets a new key)."""
    return _decide(db, find(db, ref, as_of), AlertStatus.ACKNOWLEDGED, None, note)


def snooze(db: Database, ref: Alert | str, until: date | datetime, note: str | None = None,
           as_of: date | None = None) -> Changes:
    """Hide the alert until ``until`` (a date means the start of that UTC day)."""
    if not isinstance(until, datetime):
        until = datetime.combine(until, time(0), tzinfo=UTC)
    if until.tzinfo is None:
        raise ValidationError("until", "give the time with its zone")
    if until <= moment_of(as_of):
        raise ValidationError("until", "a snooze must end in the future")
    return _decide(db, find(db, ref, as_of), AlertStatus.SNOOZED, until, note)


def reopen(db: Database, ref: Alert | str, as_of: date | None = None) -> Changes:
    """Forget the decision about an alert, so it is listed again while it fires."""
    alert = find(db, ref, as_of)
    with db.session.begin() as session:
        state = session.scalars(select(AlertState).where(AlertState.alert_key == alert.key)).one_or_none()
        if state is not None:
            session.delete(state)
    return Changes(frozenset({Entity.ALERT}), frozenset({alert.account.uuid}))


def draft_notice(db: Database, ref: Alert | str, as_of: date | None = None,
                 language: str | None = None) -> LateDeliveryNotice:
    """The client notice for a ``delivery_late`` alert, in the account's language (or
    ``language``), addressed to the purchasing contact, signed by the account manager."""
    alert = find(db, ref, as_of)
    if alert.kind is not AlertKind.DELIVERY_LATE:
        raise ValidationError("alert", f"only a {AlertKind.DELIVERY_LATE} alert has a client notice")
    with db.session.begin() as session:
        people, sender = recipients_and_sender(session, alert.account.id)
    f = alert.facts
    return draft_late_delivery_notice(
        language=language or alert.account.language,
        recipient=choose_recipient(people),
        order_number=f["order_number"],
        product_line=f["product_line"],
        promised_on=f["promised_on"],
        expected_on=f["expected_on"],
        quantity=f["quantity"],
        unit=f["unit"],
        ordered_on=f["ordered_on"],
        overdue=f["overdue"],
        sender=sender,
    )
