"""Collect: one read-model of everything a meeting needs, in a handful of set-based queries.

The account's own records are read in one unit of work, one query per kind of
record (never one per person or per row); the stakeholder map, SLA scorecard,
alerts and order analytics come from their services, so the briefing shows the
same figures as the app's tabs. Everything is read, internal facts included:
deciding what an audience may see is ``decide``'s job, not this one's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.enums import (
    ContractStatus,
    DeliveryStatus,
    Direction,
    InteractionKind,
    OpportunityStage,
    PlanStatus,
    RiskStatus,
    TicketStatus,
)
from db.models import (
    Account,
    Contract,
    Delivery,
    Interaction,
    InteractionParticipant,
    Opportunity,
    Order,
    OrderLine,
    Person,
    PlanAction,
    PlanGoal,
    PlanObjective,
    Risk,
    SurveyResponse,
    TeamMember,
    Ticket,
)
from db.store import Database
from planner.briefing import facts as f
from planner.briefing.request import BriefingRequest
from planner.briefing.typography import local
from planner.errors import NotFound, ValidationError
from planner.sla.periods import moment_of, utc_day

#: The timeline section looks this far back.
WINDOW_DAYS = 90
#: Each attendee card lists this many of their last contacts.
LAST_CONTACTS = 3
#: Tickets and survey answers of an attendee this recent appear on their card.
PERSON_HISTORY_DAYS = 365
#: Open deliveries promised within this many days (or overdue) are listed.
DELIVERY_HORIZON_DAYS = 30
NOT_CONTACT = (InteractionKind.NOTE,)
#: The orders chart compares this year with the years before it.
ORDER_YEARS = 2


def collect(db: Database, request: BriefingRequest) -> f.MeetingData:
    """Everything the meeting needs as of ``request.as_of`` (default today)."""
    from planner.alerts.service import list_alerts
    from planner.analytics.orders import open_deliveries, order_volume
    from planner.sla.service import scorecard
    from planner.stakeholders.gaps import find_gaps
    from planner.stakeholders.service import load_map

    now = moment_of(request.as_of)
    today = utc_day(now)
    with db.session.begin() as session:
        account_id, account = _account(session, request.account)
        meeting = _meeting(session, account_id, request)
        people = _people(session, account_id)
        unknown = [p for p in meeting.client if p not in people]
        if unknown:
            raise ValidationError("attendees", f"not a person of {account.name}: {unknown[0]}")
        ids = {row_id: person_uuid for person_uuid, (row_id, _) in people.items()}
        attendee_ids = [people[p][0] for p in meeting.client]
        since = datetime.combine(today - timedelta(days=WINDOW_DAYS), time.min, tzinfo=UTC)
        recent = _recent(session, account_id, since, now, ids)
        last = _last_contacts(session, attendee_ids, now, meeting.uuid, ids)
        first = _first_contacts(session, attendee_ids, now, ids)
        tickets = _tickets(session, account_id, attendee_ids, now, ids)
        surveys = _surveys(session, account_id, attendee_ids, now, ids)
        late = _late_deliveries(session, account_id, today)
        opportunities = _opportunities(session, account_id)
        actions = _actions(session, account_id)
        risks = _risks(session, account_id)
        contracts = _contracts(session, account_id, today)
    smap = load_map(db, request.account, as_of=today)
    card = scorecard(db, request.account, as_of=today)
    alerts = list_alerts(db, request.account, today)
    orders = order_volume(db, request.account, today, years=ORDER_YEARS)
    upcoming = [
        f.DeliveryFacts(d.uuid, d.order_number, d.product_line, d.promised_on, None, d.quantity, d.unit,
                        max(0, -d.days_to_promise) or None, d.late_probability, d.expected_delay_days)
        for d in open_deliveries(db, request.account, today)
        if d.days_to_promise <= DELIVERY_HORIZON_DAYS
    ]
    persons = {}
    for card_person in smap.people:
        row_id, extra = people[card_person.uuid]
        manager = smap.get(card_person.manager)
        persons[card_person.uuid] = f.PersonFacts(
            uuid=card_person.uuid, name=card_person.name, title=card_person.title,
            department=card_person.department, site_name=card_person.site_name,
            manager_name=manager.name if manager else None, roles=card_person.roles,
            attitude=card_person.attitude, influence=card_person.influence,
            interest=card_person.interest, strength=card_person.strength,
            owner_name=card_person.owner_name, priorities=extra[0], internal_notes=extra[1],
            left=card_person.left, first_contact=first.get(row_id),
            last_contact=card_person.last_interaction.date() if card_person.last_interaction else None,
        )
    return f.MeetingData(
        as_of=today, account=account, meeting=meeting, people=persons, smap=smap,
        gaps=find_gaps(smap), recent=recent, window_days=WINDOW_DAYS, last_contacts=last,
        tickets=tickets, surveys=surveys, scorecard=card.results, late_deliveries=late,
        open_deliveries=tuple(upcoming), alerts=tuple(alerts), orders=orders,
        opportunities=opportunities, actions=actions, risks=risks, contracts=contracts,
    )


def _account(session: Session, account_uuid: uuid.UUID) -> tuple[int, f.AccountFacts]:
    row = session.execute(
        select(Account, TeamMember.name, TeamMember.title)
        .outerjoin(TeamMember, TeamMember.id == Account.owner_id)
        .where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
    ).one_or_none()
    if row is None:
        raise NotFound("account", str(account_uuid))
    a, owner, owner_title = row
    return a.id, f.AccountFacts(a.uuid, a.name, a.legal_name, a.industry, a.stage, a.tier, a.currency,
                                a.annual_revenue, a.wallet_spend, owner, owner_title)


def _meeting(session: Session, account_id: int, request: BriefingRequest) -> f.MeetingFacts:
    if request.meeting is None:
        return f.MeetingFacts(
            day=request.date, subject=request.subject, location=request.place,
            client=request.attendees, team=_team(session, account_id, request.team),
        )
    row = session.scalars(
        select(Interaction).where(Interaction.uuid == request.meeting, Interaction.account_id == account_id,
                                  Interaction.deleted_at.is_(None))
    ).one_or_none()
    if row is None:
        raise NotFound("meeting", str(request.meeting))
    ip = InteractionParticipant
    client = session.scalars(
        select(Person.uuid).join(ip, ip.person_id == Person.id)
        .where(ip.interaction_id == row.id, Person.deleted_at.is_(None)).order_by(ip.id)
    ).all()
    team = session.execute(
        select(TeamMember.uuid, TeamMember.name, TeamMember.title)
        .join(ip, ip.team_member_id == TeamMember.id)
        .where(ip.interaction_id == row.id).order_by(ip.id)
    ).all()
    start = local(row.occurred_at, row.timezone)
    return f.MeetingFacts(
        day=start.date(), uuid=row.uuid, start=start, kind=row.kind,
        subject=request.subject or row.subject, location=request.place or row.location,
        duration_minutes=row.duration_minutes, client=tuple(dict.fromkeys(client)),
        team=tuple(f.TeamPerson(*t) for t in team),
    )


def _team(session: Session, account_id: int, wanted: tuple[uuid.UUID, ...]) -> tuple[f.TeamPerson, ...]:
    """The chosen team members, else the account's owner."""
    if wanted:
        rows = {r.uuid: r for r in session.execute(
            select(TeamMember.uuid, TeamMember.name, TeamMember.title).where(TeamMember.uuid.in_(wanted)))}
        missing = [w for w in wanted if w not in rows]
        if missing:
            raise NotFound("team member", str(missing[0]))
        return tuple(f.TeamPerson(*rows[w]) for w in wanted)
    owner = session.execute(
        select(TeamMember.uuid, TeamMember.name, TeamMember.title)
        .join(Account, Account.owner_id == TeamMember.id).where(Account.id == account_id)
    ).first()
    return (f.TeamPerson(*owner),) if owner else ()


def _people(session: Session, account_id: int) -> dict[uuid.UUID, tuple[int, tuple[str | None, str | None]]]:
    """Every live person: their row id and what the map does not carry (priorities, notes)."""
    rows = session.execute(
        select(Person.uuid, Person.id, Person.priorities, Person.internal_notes)
        .where(Person.account_id == account_id, Person.deleted_at.is_(None))
    )
    return {r.uuid: (r.id, (r.priorities, r.internal_notes)) for r in rows}


def _recent(session: Session, account_id: int, since: datetime, now: datetime,
            ids: dict[int, uuid.UUID]) -> tuple[f.Contact, ...]:
    where = (Interaction.account_id == account_id, Interaction.deleted_at.is_(None),
             Interaction.occurred_at >= since, Interaction.occurred_at <= now)
    ip = InteractionParticipant
    who: dict[int, list[uuid.UUID]] = defaultdict(list)
    for interaction_id, person_id in session.execute(
        select(ip.interaction_id, ip.person_id).join(Interaction, Interaction.id == ip.interaction_id)
        .where(*where, ip.person_id.is_not(None)).order_by(ip.id)
    ):
        if person_id in ids:
            who[interaction_id].append(ids[person_id])
    rows = session.execute(
        select(Interaction.id, Interaction.uuid, Interaction.occurred_at, Interaction.kind,
               Interaction.direction, Interaction.subject, Interaction.summary, Interaction.next_step)
        .where(*where).order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    return tuple(f.Contact(r.uuid, r.occurred_at, r.kind, r.direction, r.subject, r.summary, r.next_step,
                           tuple(who.get(r.id, ()))) for r in rows)


def _contact_filter():
    return (Interaction.deleted_at.is_(None), Interaction.kind.not_in(NOT_CONTACT),
            Interaction.direction != Direction.INTERNAL)


def _last_contacts(session: Session, person_ids: list[int], now: datetime, meeting: uuid.UUID | None,
                   ids: dict[int, uuid.UUID]) -> dict[uuid.UUID, tuple[f.Contact, ...]]:
    """Each person's last LAST_CONTACTS interactions (one windowed query for all of them)."""
    if not person_ids:
        return {}
    ip = InteractionParticipant
    rank = func.row_number().over(partition_by=ip.person_id,
                                  order_by=(Interaction.occurred_at.desc(), Interaction.id.desc()))
    ranked = (
        select(ip.person_id, Interaction.uuid, Interaction.occurred_at, Interaction.kind,
               Interaction.direction, Interaction.subject, Interaction.summary, Interaction.next_step,
               rank.label("n"))
        .join(Interaction, Interaction.id == ip.interaction_id)
        .where(ip.person_id.in_(person_ids), Interaction.occurred_at <= now, *_contact_filter(),
               Interaction.uuid != meeting if meeting else Interaction.id.is_not(None))
        .subquery()
    )
    found: dict[uuid.UUID, list[f.Contact]] = defaultdict(list)
    for r in session.execute(select(ranked).where(ranked.c.n <= LAST_CONTACTS)
                             .order_by(ranked.c.person_id, ranked.c.n)):
        at = r.occurred_at
        if isinstance(at, str):  # SQLite hands a subquery's timestamp back as text
            at = datetime.fromisoformat(at)
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at
        found[ids[r.person_id]].append(f.Contact(r.uuid, at, r.kind, r.direction, r.subject, r.summary,
                                                 r.next_step, (ids[r.person_id],)))
    return {k: tuple(v) for k, v in found.items()}


def _first_contacts(session: Session, person_ids: list[int], now: datetime,
                    ids: dict[int, uuid.UUID]) -> dict[int, date]:
    if not person_ids:
        return {}
    ip = InteractionParticipant
    rows = session.execute(
        select(ip.person_id, func.min(Interaction.occurred_at))
        .join(Interaction, Interaction.id == ip.interaction_id)
        .where(ip.person_id.in_(person_ids), Interaction.occurred_at <= now, *_contact_filter())
        .group_by(ip.person_id)
    )
    out = {}
    for person_id, first in rows:
        if isinstance(first, str):
            first = datetime.fromisoformat(first)
        out[person_id] = first.date()
    return out


def _tickets(session: Session, account_id: int, person_ids: list[int], now: datetime,
             ids: dict[int, uuid.UUID]) -> tuple[f.TicketFacts, ...]:
    """Every open ticket, and the attendees' tickets of the last year."""
    open_now = Ticket.status.in_((TicketStatus.OPEN, TicketStatus.IN_PROGRESS))
    theirs = Ticket.raised_by_id.in_(person_ids) & (
        Ticket.opened_at >= now - timedelta(days=PERSON_HISTORY_DAYS))
    rows = session.execute(
        select(Ticket).where(Ticket.account_id == account_id, Ticket.deleted_at.is_(None),
                             Ticket.opened_at <= now, open_now | theirs if person_ids else open_now)
        .order_by(Ticket.opened_at.desc())
    ).scalars()
    return tuple(f.TicketFacts(t.uuid, t.number, t.kind, t.subject, t.severity, t.status, t.opened_at,
                               ids.get(t.raised_by_id), t.resolved_at) for t in rows)


def _surveys(session: Session, account_id: int, person_ids: list[int], now: datetime,
             ids: dict[int, uuid.UUID]) -> tuple[f.SurveyAnswer, ...]:
    if not person_ids:
        return ()
    rows = session.execute(
        select(SurveyResponse).where(
            SurveyResponse.account_id == account_id, SurveyResponse.person_id.in_(person_ids),
            SurveyResponse.responded_at <= now,
            SurveyResponse.responded_at >= now - timedelta(days=PERSON_HISTORY_DAYS))
        .order_by(SurveyResponse.responded_at.desc())
    ).scalars()
    return tuple(f.SurveyAnswer(s.uuid, ids[s.person_id], s.kind, s.score, s.scale_max,
                                utc_day(s.responded_at), s.comment, s.survey_name) for s in rows)


def _late_deliveries(session: Session, account_id: int, today: date) -> tuple[f.DeliveryFacts, ...]:
    """Deliveries promised in the window that came late, or are still out past their date."""
    start = today - timedelta(days=WINDOW_DAYS)
    rows = session.execute(
        select(Delivery.uuid, Order.number, Delivery.product_line, Delivery.promised_on,
               Delivery.delivered_on, Delivery.quantity, OrderLine.unit)
        .outerjoin(Order, Order.id == Delivery.order_id)
        .outerjoin(OrderLine, OrderLine.id == Delivery.order_line_id)
        .where(Delivery.account_id == account_id, Delivery.deleted_at.is_(None),
               Delivery.status != DeliveryStatus.CANCELLED,
               Delivery.promised_on >= start, Delivery.promised_on < today,
               (Delivery.delivered_on > Delivery.promised_on) | Delivery.delivered_on.is_(None))
        .order_by(Delivery.promised_on, Order.number)
    )
    out = []
    for r in rows:
        done = r.delivered_on if r.delivered_on is not None and r.delivered_on <= today else None
        late = ((done or today) - r.promised_on).days
        if late > 0:
            out.append(f.DeliveryFacts(r.uuid, r.number, r.product_line, r.promised_on, done, r.quantity,
                                       r.unit, late))
    return tuple(out)


def _opportunities(session: Session, account_id: int) -> tuple[f.OpportunityFacts, ...]:
    maker = aliased(Person)
    rows = session.execute(
        select(Opportunity, maker.uuid, maker.full_name, TeamMember.name)
        .outerjoin(maker, maker.id == Opportunity.decision_maker_id)
        .outerjoin(TeamMember, TeamMember.id == Opportunity.owner_id)
        .where(Opportunity.account_id == account_id, Opportunity.deleted_at.is_(None),
               Opportunity.stage.not_in((OpportunityStage.WON, OpportunityStage.LOST)))
        .order_by(Opportunity.expected_close, Opportunity.name)
    )
    return tuple(f.OpportunityFacts(o.uuid, o.name, o.value, o.currency, o.stage, o.probability,
                                    o.expected_close, dm, dm_name, o.next_step, owner)
                 for o, dm, dm_name, owner in rows)


def _actions(session: Session, account_id: int) -> tuple[f.ActionFacts, ...]:
    rows = session.execute(
        select(PlanAction, TeamMember.name, PlanGoal.title)
        .join(PlanObjective, PlanObjective.id == PlanAction.objective_id)
        .join(PlanGoal, PlanGoal.id == PlanObjective.goal_id)
        .outerjoin(TeamMember, TeamMember.id == PlanAction.owner_id)
        .where(PlanGoal.account_id == account_id, PlanGoal.deleted_at.is_(None),
               PlanObjective.deleted_at.is_(None), PlanAction.deleted_at.is_(None),
               PlanAction.status.not_in((PlanStatus.DONE, PlanStatus.CANCELLED)))
        .order_by(PlanAction.due_on, PlanAction.position)
    )
    return tuple(f.ActionFacts(a.uuid, a.title, a.due_on, a.status, owner, goal) for a, owner, goal in rows)


def _risks(session: Session, account_id: int) -> tuple[f.RiskFacts, ...]:
    rows = session.execute(
        select(Risk, TeamMember.name).outerjoin(TeamMember, TeamMember.id == Risk.owner_id)
        .where(Risk.account_id == account_id, Risk.deleted_at.is_(None),
               Risk.status.in_((RiskStatus.OPEN, RiskStatus.MITIGATING)))
    )
    risks = [f.RiskFacts(r.uuid, r.title, r.probability, r.impact, r.mitigation, owner) for r, owner in rows]
    return tuple(sorted(risks, key=lambda r: (-r.score, r.title.casefold())))


def _contracts(session: Session, account_id: int, today: date) -> tuple[f.ContractFacts, ...]:
    rows = session.scalars(
        select(Contract).where(Contract.account_id == account_id, Contract.deleted_at.is_(None),
                               Contract.status == ContractStatus.ACTIVE)
        .order_by(Contract.ends_on)
    )
    return tuple(f.ContractFacts(c.uuid, c.title, c.number, c.ends_on, c.notice_days, c.auto_renew,
                                 c.annual_value, c.currency) for c in rows
                 if c.ends_on is None or c.ends_on >= today)
