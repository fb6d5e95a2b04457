"""Decide: which sections a meeting gets, what goes in them, and what the audience may see.

Internal briefings get everything that has content, in reading order for the
train: cover, summary, talking points and questions, attendees, recent timeline,
service, orders, and last the stakeholder map on landscape pages (a wide chart
reads there; at the end it leaves no half-empty page before it). Client briefings are built from other types
(``model.CLIENT_SECTIONS``) that hold no attitude, influence, relationship,
notes, risks, gaps, alerts, forecasts or talking points: the redaction happens
here, before rendering, so nothing internal can reach the document.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from db.enums import InteractionKind
from planner.briefing import model as m
from planner.briefing import talking_points
from planner.briefing.facts import Contact, MeetingData
from planner.briefing.request import Audience
from planner.sla.status import SlaStatus
from planner.stakeholders.gaps import is_decision_maker
from planner.stakeholders.model import StakeholderMap

#: A map this small is shown whole; a bigger one is narrowed to the meeting's people.
WHOLE_MAP_MAX = 16
#: Interactions condensed into rows of the timeline section.
THREAD_KINDS = (InteractionKind.MEETING, InteractionKind.SITE_VISIT, InteractionKind.VIDEO_CALL,
                InteractionKind.CALL, InteractionKind.CONFERENCE)
MAX_THREADS = 12
MAX_ATTENDEE_THREADS = 8
MAX_FOLLOW_UPS = 6
MAX_NOTES = 3
MAX_LATE_ROWS = 12
MAX_TICKET_ROWS = 12
MAX_DELIVERY_ROWS = 10
#: Open deliveries at least this likely to be late are listed internally.
RISKY_DELIVERY = 0.5
MAX_OPPORTUNITIES = 8
MAX_ACTIONS = 8
#: Plan actions due up to this long after the meeting (and overdue ones) are listed.
ACTIONS_AHEAD = timedelta(days=60)
MAX_LINES = 8


def decide(data: MeetingData, audience: Audience, lang: str) -> m.Briefing:
    """The briefing for one audience: sections with content, client ones redacted."""
    cover = _cover(data)
    if Audience(audience) is Audience.CLIENT:
        sections = (cover, _client_commerce(data), _client_service(data))
    else:
        plan = talking_points.plan(data)
        sections = (cover, _summary(data, plan), m.TalkingPoints(plan.points, plan.questions),
                    _attendees(data), _timeline(data), _service(data), _commerce(data), _map(data))
    kept = tuple(s for s in sections if s is not None and has_content(s))
    return m.Briefing(Audience(audience), lang, data.account.name, data.account.uuid,
                      data.meeting.day, data.meeting.subject, kept)


def has_content(section: m.Section) -> bool:
    """A section is written only where it has something to say."""
    match section:
        case m.Cover() | m.Summary():
            return True
        case m.TalkingPoints(points=p, questions=q):
            return bool(p or q)
        case m.Attendees(cards=cards):
            return bool(cards)
        case m.MapSection(focus=focus):
            return bool(focus.people)
        case m.TimelineSection(counts=counts, notes=notes):
            return bool(counts or notes)
        case m.ServiceSection(scorecard=s, late=late, upcoming=up, tickets=t):
            return bool(s or late or up or t)
        case m.CommerceSection(yoy=yoy, lines=lines, opportunities=o, actions=a):
            return bool(lines or o or a or (yoy and any(yoy.totals.values())))
        case m.ClientService(scorecard=s, upcoming=up, tickets=t):
            return bool(s or up or t)
        case m.ClientCommerce(yoy=yoy, lines=lines, contracts=c):
            return bool(lines or c or (yoy and any(yoy.totals.values())))
    return False


def _cover(data: MeetingData) -> m.Cover:
    meeting = data.meeting
    return m.Cover(
        account=data.account.name, legal_name=data.account.legal_name, subject=meeting.subject,
        day=meeting.day, start=meeting.start, kind=meeting.kind,
        duration_minutes=meeting.duration_minutes, location=meeting.location,
        client=tuple(m.Party(p.name, p.title) for p in data.attendees),
        team=tuple(m.Party(t.name, t.title) for t in meeting.team),
        prepared_on=data.as_of, prepared_by=data.account.owner_name,
    )


# --------------------------------------------------------------------------- internal


def _summary(data: MeetingData, plan: talking_points.Plan) -> m.Summary:
    orders = data.orders
    last_12 = sum((line.amount for line in orders.product_lines), start=0) if orders else None
    return m.Summary(
        stage=data.account.stage, tier=data.account.tier, currency=data.account.currency,
        revenue=data.account.annual_revenue, orders_12m=last_12 or None,
        orders_change=orders.yoy.change_to_date if orders else None,
        share_of_wallet=data.account.share_of_wallet, owner=data.account.owner_name,
        alerts=data.alerts, achieve=plan.achieve, watch=plan.watch,
    )


def _attendees(data: MeetingData) -> m.Attendees:
    cards = []
    for person in data.attendees:
        cards.append(m.AttendeeCard(
            person=person,
            contacts=data.last_contacts.get(person.uuid, ()),
            tickets=tuple(t for t in data.tickets if t.raised_by == person.uuid)[:5],
            answers=tuple(a for a in data.surveys if a.person == person.uuid)[:3],
        ))
    return m.Attendees(tuple(cards))


def _map(data: MeetingData) -> m.MapSection | None:
    if data.smap is None:
        return None
    return m.MapSection(focus_map(data.smap, set(data.meeting.client)), data.smap, data.gaps)


def focus_map(smap: StakeholderMap, attendees: set[uuid.UUID]) -> StakeholderMap:
    """The attendees and the decision makers with their reporting lines up to the top.

    A big org chart fitted to a page is unreadable; this one keeps the people the
    meeting is about and how they connect. Saved card positions belong to the
    whole chart, so the narrowed one is laid out afresh.
    """
    if len(smap.people) <= WHOLE_MAP_MAX:
        return smap
    keep: set[uuid.UUID] = set()

    def chain(person_uuid: uuid.UUID | None) -> None:
        while person_uuid is not None and person_uuid in smap and person_uuid not in keep:
            keep.add(person_uuid)
            person_uuid = smap.person(person_uuid).manager

    for person in attendees:
        chain(person)
    for person in smap.active_people:
        if is_decision_maker(person):
            chain(person.uuid)
    if not keep:
        for person in smap.active_people:
            if person.manager is None or person.manager not in smap:
                keep.add(person.uuid)
    people = tuple(replace(p, org_position=None, grid_position=None) for p in smap.people if p.uuid in keep)
    return StakeholderMap(smap.account_uuid, smap.account_name, smap.as_of, people,
                          tuple(link for link in smap.links if link.source in keep and link.target in keep),
                          smap.sites, smap.site_filter)


def _timeline(data: MeetingData) -> m.TimelineSection:
    contacts = [c for c in data.recent if not c.internal]
    counts = Counter(c.kind for c in contacts)
    order = {kind: i for i, kind in enumerate(InteractionKind)}
    attending = set(data.meeting.client)
    groups: dict[tuple, list[Contact]] = {}
    for c in contacts:
        if c.kind in THREAD_KINDS and c.uuid != data.meeting.uuid:
            groups.setdefault((c.kind, (c.subject or "").strip().casefold()), []).append(c)
    threads = []
    for items in groups.values():
        who = dict.fromkeys(p for c in items for p in c.people)
        ranked = sorted(who, key=lambda p: p not in attending)
        names = tuple(data.people[p].name for p in ranked[:3] if p in data.people)
        threads.append((bool(attending & set(who)),
                        m.Thread(items[0].kind, items[0].subject or "", items[0].at, len(items), names)))
    mine = [t for touched, t in threads if touched][:MAX_ATTENDEE_THREADS]
    rest = [t for touched, t in threads if not touched][:MAX_THREADS - len(mine)]
    follow_ups, seen = [], set()
    for c in contacts:
        step = (c.next_step or "").strip()
        if step and step.casefold() not in seen and len(follow_ups) < MAX_FOLLOW_UPS:
            seen.add(step.casefold())
            follow_ups.append(m.FollowUp(step, c.at.date(),
                                         m.Source(m.SourceKind.INTERACTION, c.uuid, c.subject or "—")))
    notes, seen_notes = [], set()
    for c in data.recent:
        if c.kind is InteractionKind.NOTE and (c.summary or "") not in seen_notes and len(notes) < MAX_NOTES:
            seen_notes.add(c.summary or "")
            notes.append(c)
    return m.TimelineSection(
        days=data.window_days,
        counts=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))),
        notes=sum(1 for c in data.recent if c.internal),
        threads=tuple(sorted(mine + rest, key=lambda t: t.latest, reverse=True)),
        follow_ups=tuple(follow_ups), our_notes=tuple(notes),
    )


def _service(data: MeetingData) -> m.ServiceSection:
    tickets = sorted((t for t in data.tickets if t.open), key=lambda t: t.opened_at)
    risky = [d for d in data.open_deliveries
             if (d.days_late or 0) > 0 or (d.late_probability or 0) >= RISKY_DELIVERY]
    names = {p: data.people[p].name for p in {t.raised_by for t in tickets} if p in data.people}
    worst_first = sorted(data.late_deliveries, key=lambda d: (-(d.days_late or 0), d.promised_on))
    return m.ServiceSection(
        scorecard=data.scorecard, late=tuple(worst_first[:MAX_LATE_ROWS]),
        upcoming=tuple(risky[:MAX_DELIVERY_ROWS]), tickets=tuple(tickets[:MAX_TICKET_ROWS]),
        names=names, window_days=data.window_days,
    )


def _commerce(data: MeetingData) -> m.CommerceSection:
    orders = data.orders
    return m.CommerceSection(
        currency=data.account.currency, yoy=orders.yoy if orders else None,
        lines=tuple(orders.product_lines[:MAX_LINES]) if orders else (),
        opportunities=data.opportunities[:MAX_OPPORTUNITIES],
        actions=tuple(a for a in data.actions
                      if a.due_on is not None and a.due_on <= data.meeting.day + ACTIONS_AHEAD)[:MAX_ACTIONS],
    )


# --------------------------------------------------------------------------- client


def _client_service(data: MeetingData) -> m.ClientService:
    sla = tuple(
        m.ClientSla(r.metric.value, r.name, r.product_line, r.period, r.complete, r.unit,
                    r.direction.value, r.target, r.value,
                    None if r.status is SlaStatus.NO_DATA else r.status is not SlaStatus.BREACHED)
        for r in data.scorecard
    )
    upcoming = tuple(
        m.ClientDelivery(d.order_number, d.product_line, d.quantity, d.unit, d.promised_on)
        for d in data.open_deliveries if d.promised_on >= data.as_of
    )[:MAX_DELIVERY_ROWS]
    tickets = tuple(
        m.ClientTicket(t.number, t.kind, t.subject, t.opened_at.date(), t.status)
        for t in sorted((t for t in data.tickets if t.open), key=lambda t: t.opened_at)
    )[:MAX_TICKET_ROWS]
    return m.ClientService(sla, upcoming, tickets)


def _client_commerce(data: MeetingData) -> m.ClientCommerce:
    orders = data.orders
    return m.ClientCommerce(
        currency=data.account.currency, yoy=orders.yoy if orders else None,
        lines=tuple(orders.product_lines[:MAX_LINES]) if orders else (),
        contracts=tuple(m.ClientContract(c.title, c.number, c.ends_on) for c in data.contracts),
    )
