"""The alert centre on a real database: every planted story fires, decisions persist,
the client notice is drafted, and queries stay few however many accounts there are."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from db.models import AlertState
from planner.alerts import service
from planner.alerts.model import AlertKind, AlertStatus, Severity
from planner.errors import NotFound, ValidationError
from tests.db.test_sla_service import TODAY, Seed, count_queries


@pytest.fixture
def seeded(any_db) -> Seed:
    return Seed(any_db)


def by_kind(alerts):
    out = {}
    for alert in alerts:
        out.setdefault(alert.kind, []).append(alert)
    return out


def test_every_story_fires(seeded):
    alerts = service.list_alerts(seeded.db, as_of=TODAY)
    kinds = by_kind(a for a in alerts if a.account.name == "Уралсталь")
    [late] = kinds[AlertKind.DELIVERY_LATE]
    assert late.facts["order_number"] == "PO-OPEN-1" and late.facts["overdue"] is False
    assert late.facts["expected_delay_days"] == 6 and late.facts["probability"] >= 0.5
    assert late.facts["sample_size"] == 8 and late.facts["scope"] == "account"
    assert late.facts["promised_on"] == TODAY + timedelta(days=6)
    breached = [a for a in kinds[AlertKind.SLA_BREACHED] if a.facts["metric"] == "on_time_delivery"]
    assert {a.facts["period"] for a in breached} == {"2026-10", "2026-11"}
    assert all(e.facts["product_line"] == "Гидравлика" for a in breached for e in a.evidence)
    [ticket] = kinds[AlertKind.TICKET_OVERDUE]
    assert ticket.facts["number"] == "INC-1" and ticket.facts["basis"] == "sla"
    [nps] = kinds[AlertKind.NPS_DROP]
    assert nps.facts["nps"] == -50.0 and nps.facts["baseline_nps"] == 80.0
    [stale] = kinds[AlertKind.KEY_PERSON_STALE]
    assert stale.facts["person"] == "Иванов Иван Петрович" and stale.facts["days_since_contact"] == 128
    assert stale.severity is Severity.HIGH
    [left] = kinds[AlertKind.KEY_PERSON_LEFT]
    assert left.facts["days_since"] == 40
    [quiet] = kinds[AlertKind.ENGAGEMENT_DROP]
    assert quiet.facts["recent_monthly"] < quiet.facts["baseline_monthly"] / 2  # the timeline rule
    assert all(a.account.uuid == seeded.ural_uuid for a in alerts if a.account.name == "Уралсталь")
    assert not any(a.account.name == "Nordwerk Automotive" for a in alerts)


def test_sorted_by_severity_then_newest(seeded):
    alerts = service.list_alerts(seeded.db, as_of=TODAY)
    ranks = [a.severity.rank for a in alerts]
    assert ranks == sorted(ranks)
    for a, b in zip(alerts, alerts[1:], strict=False):
        if a.severity is b.severity:
            assert a.created >= b.created


def test_one_account_lists_the_same_alerts(seeded):
    everyone = [a for a in service.list_alerts(seeded.db, as_of=TODAY) if a.account.uuid == seeded.ural_uuid]
    one = service.list_alerts(seeded.db, seeded.ural_uuid, as_of=TODAY)
    assert [a.key for a in one] == [a.key for a in everyone]
    with pytest.raises(NotFound):
        service.list_alerts(seeded.db, seeded.champion.uuid)


def test_acknowledge_snooze_reopen(seeded):
    db = seeded.db
    first, second, *_ = service.list_alerts(db, as_of=TODAY)
    changes = service.acknowledge(db, str(first.uuid), note="called the client", as_of=TODAY)
    assert seeded.ural_uuid in changes.accounts or seeded.nord_uuid in changes.accounts
    service.snooze(db, second.key, date(2026, 12, 5), as_of=TODAY)
    listed = [a.key for a in service.list_alerts(db, as_of=TODAY)]
    assert first.key not in listed and second.key not in listed
    shown = {a.key: a for a in service.list_alerts(db, as_of=TODAY, include_dismissed=True)}
    assert shown[first.key].status is AlertStatus.ACKNOWLEDGED
    assert shown[first.key].note == "called the client"
    assert shown[second.key].status is AlertStatus.SNOOZED
    assert shown[second.key].snoozed_until == datetime(2026, 12, 5, tzinfo=UTC)
    # The snooze ends; the acknowledgement does not.
    later = [a.key for a in service.list_alerts(db, as_of=date(2026, 12, 6))]
    assert second.key in later and first.key not in later
    service.reopen(db, str(first.uuid), as_of=TODAY)
    assert first.key in [a.key for a in service.list_alerts(db, as_of=TODAY)]
    with db.session.begin() as s:
        assert s.query(AlertState).count() == 1


def test_decisions_reject_bad_input(seeded):
    alert = service.list_alerts(seeded.db, as_of=TODAY)[0]
    with pytest.raises(NotFound):
        service.acknowledge(seeded.db, "00000000-0000-0000-0000-000000000000", as_of=TODAY)
    with pytest.raises(ValidationError):
        service.snooze(seeded.db, str(alert.uuid), date(2026, 11, 1), as_of=TODAY)


def test_draft_notice_in_the_account_language(seeded):
    late = next(a for a in service.list_alerts(seeded.db, as_of=TODAY) if a.kind is AlertKind.DELIVERY_LATE)
    notice = service.draft_notice(seeded.db, str(late.uuid), as_of=TODAY)
    assert notice.language == "ru" and notice.to_email == "t.vasilev@ural.ru"
    assert notice.body.startswith("Уважаемый Тимур Александрович!")
    assert "PO-OPEN-1" in notice.subject and "«Насосы»" in notice.body
    assert (TODAY + timedelta(days=6)).strftime("%d.%m.%Y") in notice.body
    assert notice.body.rstrip().endswith("Андрей Соколов")
    assert service.draft_notice(seeded.db, late.key, as_of=TODAY, language="en").language == "en"
    other = next(a for a in service.list_alerts(seeded.db, as_of=TODAY) if a.kind is AlertKind.NPS_DROP)
    with pytest.raises(ValidationError):
        service.draft_notice(seeded.db, str(other.uuid), as_of=TODAY)


def test_prediction_before_the_date_and_overdue_after(seeded):
    """Predicted ahead of its date; once the date passes undelivered, it is overdue."""
    before = service.list_alerts(seeded.db, as_of=TODAY - timedelta(days=10), params=None)
    assert any(a.kind is AlertKind.DELIVERY_LATE and not a.facts["overdue"] for a in before)
    after = service.list_alerts(seeded.db, as_of=TODAY + timedelta(days=9))
    [late] = [a for a in after if a.kind is AlertKind.DELIVERY_LATE]
    assert late.facts["overdue"] and late.facts["days_overdue"] == 3


def test_queries_do_not_grow_with_accounts(sqlite_db):
    small = Seed(sqlite_db, extra_accounts=0)
    counter, stop = count_queries(small.db)
    try:
        service.list_alerts(small.db, as_of=TODAY)
        few = counter["n"]
        with small.db.session.begin() as s:
            from db.models import Account

            for n in range(20):
                s.add(Account(name=f"More {n}"))
        counter["n"] = 0
        service.list_alerts(small.db, as_of=TODAY)
    finally:
        stop()
    assert counter["n"] == few <= 20


def test_acting_on_an_alert_in_hand(seeded):
    """The alert centre passes the Alert it shows: no second computation, same state."""
    alert = service.list_alerts(seeded.db, as_of=TODAY)[0]
    service.snooze(seeded.db, alert, datetime(2026, 12, 1, 9, tzinfo=UTC), as_of=TODAY)
    [again] = [a for a in service.list_alerts(seeded.db, as_of=TODAY, include_dismissed=True)
               if a.key == alert.key]
    assert again.status is AlertStatus.SNOOZED and again.snoozed_until.hour == 9


def test_key_people_last_contact_is_exact(seeded):
    """Last contacts come from the recent window or, for the quiet ones, the whole history
    wherever it was logged: the same dates either way, for the portfolio or one account."""
    from db.enums import Direction, InteractionKind
    from db.models import Interaction, InteractionParticipant
    from planner.alerts.loading import load_key_people
    from planner.sla.periods import moment_of
    from tests.db.test_sla_service import ago, at

    now = moment_of(TODAY)
    with seeded.db.session.begin() as s:
        before = {p.name: p.last_contact for group in load_key_people(s, None, now).values() for p in group}
        ural_id, nord_id = seeded.ural.id, seeded.nord.id
    assert (now - before["Иванов Иван Петрович"]).days == 128       # quiet: whole history
    assert (now - before["Jana Richter"]).days == 2                  # recent window
    assert before["Козлов Андрей Леонидович"] is None                # never contacted
    with seeded.db.session.begin() as s:  # the economic buyer met at the other account's site
        meeting = Interaction(account_id=nord_id, kind=InteractionKind.MEETING,
                              direction=Direction.OUTBOUND, occurred_at=at(ago(20)))
        meeting.participants.append(InteractionParticipant(person_id=seeded.eb.id))
        s.add(meeting)
    with seeded.db.session.begin() as s:
        for ids, window in ((None, 90), ([ural_id], 90), ([ural_id], 10), (None, 400)):
            found = {p.name: p.last_contact for group in load_key_people(s, ids, now, window).values()
                     for p in group}
            assert (now - found["Иванов Иван Петрович"]).days == 20, (ids, window)


def test_settled_history_narrowed_to_lines(seeded):
    """One account's predictions read only the history of the lines it has open deliveries of."""
    from planner.alerts.loading import load_settled
    from planner.alerts.prediction import PredictionParams

    params = PredictionParams()
    since = TODAY - timedelta(days=params.lookback_days)
    with seeded.db.session.begin() as s:
        everything = load_settled(s, since, TODAY, params)
        lines = {row.product_line for row in everything}
        assert len(lines) >= 2
        for wanted in ({"Гидравлика"}, {None, "Гидравлика"}, lines):
            narrowed = load_settled(s, since, TODAY, params, wanted)
            assert set(narrowed) == {r for r in everything if r.product_line in wanted}
        assert load_settled(s, since, TODAY, params, set()) == []
