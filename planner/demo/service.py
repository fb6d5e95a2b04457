"""How we serve the account: SLA definitions, tickets, and NPS / CSAT / CES answers.

Tickets follow the account's late deliveries (complaints) and a steady flow of
requests and incidents; a few stay open past their resolution target. Survey
answers are new rows per round, never overwritten; the NPS of the planted
account collapses in its latest round while everyone else's stays steady.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from db.enums import SlaDirection, SlaMetric, SlaPeriod, SurveyKind, TeamRole, TicketStatus
from planner.demo.catalog import SERVICE_UNITS
from planner.demo.context import AccountInfo, Build, PersonInfo
from planner.demo.stories import StoryKind
from planner.demo.timeline import MINUTE

_FIRST_RESPONSE_H = (0.2, 0.3, 0.5, 0.5, 0.8, 1.0, 1.0, 1.5, 2.0, 2.0, 2.5, 3.0, 3.5, 3.9, 5.0, 7.5)
_RESOLUTION_H = {
    "request": (4, 8, 12, 20, 24, 30, 48, 60),
    "incident": (2, 4, 6, 10, 16, 24, 36, 48, 70),
    "complaint": (24, 36, 48, 48, 60, 70, 96),
}
_SEVERITY = {
    "request": (("low", "medium"), (60, 40)),
    "incident": (("medium", "high", "critical"), (40, 40, 20)),
    "complaint": (("medium", "high"), (50, 50)),
}
_PREFIX = {"request": "REQ", "incident": "INC", "complaint": "CMP"}
_NPS_SCORES = {
    "normal": (10, 9, 9, 8, 9, 7, 9, 10, 6, 10),
    "tense": (9, 8, 7, 7, 6, 5, 8, 9, 6, 4),
    "high": (10, 10, 9, 9, 9, 8, 9, 10),
    "collapsed": (3, 4, 5, 6, 6, 2, 7, 5),
}


def nps(scores: list[int]) -> float:
    """Net Promoter Score of a set of 0–10 answers (−100 … 100)."""
    if not scores:
        return 0.0
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    return 100.0 * (promoters - detractors) / len(scores)


def write_service(build: Build, acc: AccountInfo) -> None:
    _write_sla(build, acc)
    _write_tickets(build, acc)
    _write_nps(build, acc)
    _write_ces(build, acc)


def _relationship_start(build: Build, acc: AccountInfo) -> date:
    return build.timeline.day(-430) if acc.profile.stage.value == "onboarding" else build.timeline.start


def _write_sla(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    valid_from = acc.contract_start or build.timeline.start
    rows = [
        (SlaMetric.ON_TIME_DELIVERY, None, "%", 95, SlaDirection.AT_LEAST, SlaPeriod.MONTH, 97),
        (SlaMetric.FIRST_RESPONSE_TIME, None, "hours", 4, SlaDirection.AT_MOST, SlaPeriod.MONTH, 3),
        (SlaMetric.RESOLUTION_TIME, None, "hours", 72, SlaDirection.AT_MOST, SlaPeriod.MONTH, 60),
        (SlaMetric.DEFECT_PPM, None, "ppm", 500, SlaDirection.AT_MOST, SlaPeriod.MONTH, 400),
        (SlaMetric.SATISFACTION, "CSAT", "points", Decimal("4.0"), SlaDirection.AT_LEAST,
         SlaPeriod.QUARTER, Decimal("4.2")),
        (SlaMetric.SATISFACTION, "NPS", "points", 30, SlaDirection.AT_LEAST, SlaPeriod.QUARTER, 40),
    ]
    if rng.random() < 0.5:
        rows.append((SlaMetric.ORDER_LEAD_TIME, None, "days", 45, SlaDirection.AT_MOST,
                     SlaPeriod.MONTH, 40))
    for metric, name, unit, target, direction, period, warning in rows:
        row = build.base_row("sla_definition", min(valid_from, build.timeline.day(-1)))
        row.update(account_id=acc.id, metric=metric.value, name=name, unit=unit,
                   target=Decimal(target), direction=direction.value, period=period.value,
                   warning_threshold=Decimal(warning), product_line=None, valid_from=valid_from,
                   valid_to=None)
        build.writer.add("sla_definition", row)


def _eligible(acc: AccountInfo, day_index: int, levels=(1, 2, 3)) -> list[PersonInfo]:
    people = [p for p in acc.people if p.until > day_index and p.level in levels]
    return people or [p for p in acc.people if p.until > day_index] or acc.people


def _write_tickets(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    tl = build.timeline
    as_of = build.as_of
    start = tl.index(_relationship_start(build, acc))
    months = (tl.days - start) / 30.4
    planned: list[tuple[int, str]] = []
    for _ in range(round(months * rng.uniform(4.0, 7.0))):
        kind = rng.choices(("request", "incident", "complaint"), (60, 30, 10))[0]
        planned.append((rng.randrange(start, tl.days), kind))
    for noticed, _line, _po in acc.late_deliveries:
        if rng.random() < 0.35:
            day = min(tl.index(noticed) + rng.randrange(0, 3), tl.days - 1)
            planned.append((day, "complaint"))
    planned.sort()
    overdue = set()
    if acc.story in (StoryKind.SLA_SLIPPING, StoryKind.NPS_DROP) or rng.random() < 0.2:
        overdue = {len(planned) - 1 - i for i in range(rng.randint(1, 2))}
    for i in range(len(planned)):
        if i in overdue:  # opened a week or two ago, still being worked on
            planned[i] = (tl.days - rng.randrange(6, 20), planned[i][1])
    hq = acc.sites[0]
    midnights = tl.midnights(hq.timezone)
    as_of_utc = datetime.combine(as_of, time(), UTC)
    lines = [pl for pl in acc.profile.product_lines if pl.unit not in SERVICE_UNITS]
    for i, (day, kind) in enumerate(planned):
        opened = midnights[day] + MINUTE[rng.choice(tl.minute_pool)]
        person = rng.choice(_eligible(acc, day))
        line = rng.choice(lines)
        first = opened + timedelta(hours=rng.choice(_FIRST_RESPONSE_H))
        resolved = first + timedelta(hours=rng.choice(_RESOLUTION_H[kind]))
        if i in overdue:
            resolved = None
            first = min(first, as_of_utc - timedelta(minutes=5))
        elif day >= tl.days - 3 and rng.random() < 0.5:  # young, still within target
            resolved = None
        if first >= as_of_utc:
            first = None
        if resolved is not None and resolved >= as_of_utc:
            resolved = None
        if resolved is None:
            status = TicketStatus.IN_PROGRESS if first is not None else TicketStatus.OPEN
        elif (as_of_utc - resolved).days > 7:
            status = TicketStatus.CLOSED
        else:
            status = TicketStatus.RESOLVED
        build.ticket_seq += 1
        opened_day = tl.dates[day]
        number = f"{_PREFIX[kind]}-{opened_day.year}-{build.ticket_seq:05d}"
        subject, description = rng.choice(acc.lex.tickets[kind])
        fill = _fill(build, acc, line, opened_day)
        assignee = {
            "incident": (TeamRole.TECHNICAL_LEAD.value, TeamRole.SERVICE_MANAGER.value),
            "complaint": (TeamRole.SERVICE_MANAGER.value,),
            "request": (rng.choice((TeamRole.LOGISTICS.value, TeamRole.TECHNICAL_LEAD.value,
                                    TeamRole.ACCOUNT_MANAGER.value)),),
        }[kind]
        names, weights = _SEVERITY[kind]
        updated = (resolved or first or opened).date()
        row = build.base_row("ticket", opened_day, updated)
        row.update(
            account_id=acc.id, raised_by_id=person.id, assignee_id=acc.team_member(*assignee),
            number=number, kind=kind, subject=subject.format(**fill)[:500],
            description=description.format(**fill), severity=rng.choices(names, weights)[0],
            category=rng.choice(acc.lex.ticket_categories[kind]), product_line=line.name,
            status=status.value, opened_at=opened, first_response_at=first, resolved_at=resolved,
            resolution=rng.choice(acc.lex.resolutions[kind]) if resolved else None, source_key=None,
        )
        build.writer.add("ticket", row)
        if resolved is not None and rng.random() < 0.25:
            answered = resolved + timedelta(days=rng.randrange(1, 4))
            if answered < as_of_utc:
                fast = (resolved - opened) <= timedelta(hours=48)
                score = rng.choice((5, 5, 5, 5, 4, 4, 4, 5) if fast else (3, 4, 4, 5, 3, 4))
                good, poor = acc.lex.csat_comments
                comment = rng.choice(good if score >= 4 else poor) if rng.random() < 0.5 else None
                _survey(build, acc, person, SurveyKind.CSAT, score, 5, comment,
                        acc.lex.csat_name.format(number=number), answered)


def _fill(build: Build, acc: AccountInfo, line, day: date) -> dict[str, str]:
    rng = build.rng
    site = rng.choice(acc.sites)
    quarter = acc.lex.quarter_labels[(day.month - 1) // 3]
    return {
        "product": rng.choice(line.products), "line": line.name, "site": site.name,
        "city": site.city, "po": rng.choice(acc.order_numbers) if acc.order_numbers else "4500000000",
        "quarter": f"{quarter} {day.year}", "qty": str(rng.randrange(2, 40)),
    }


def _survey(build: Build, acc: AccountInfo, person: PersonInfo | None, kind: SurveyKind, score: int,
            scale_max: int, comment: str | None, name: str, at: datetime) -> None:
    row = build.base_row("survey_response", at.date())
    row.update(account_id=acc.id, person_id=person.id if person else None, kind=kind.value, score=score,
               scale_max=scale_max, comment=comment, survey_name=name, responded_at=at,
               source_key=None)
    build.writer.add("survey_response", row)


def _rounds(build: Build, acc: AccountInfo, launches: list[date]) -> list[date]:
    """Survey launch dates inside the relationship whose two answer weeks end before as_of."""
    start = _relationship_start(build, acc)
    last = build.as_of - timedelta(days=14)
    return [d for d in launches if start <= d <= last]


def _write_nps(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    tl = build.timeline
    launches = []
    for year in range(tl.start.year, build.as_of.year + 1):
        for quarter in range(4):
            launches.append(date(year, quarter * 3 + 2, 10))
    rounds = _rounds(build, acc, launches)[-8:]
    story = acc.story
    tense = acc.profile.stage.value == "at_risk"
    answers: list[list[tuple[PersonInfo, int, datetime]]] = []
    for n, launch in enumerate(rounds):
        latest = n == len(rounds) - 1
        index = tl.index(launch)
        people = _eligible(acc, index, (0, 1, 2))
        respondents = rng.sample(people, min(len(people), rng.randint(4, 7)))
        if story is StoryKind.NPS_DROP:
            pool = _NPS_SCORES["collapsed" if latest else "high"]
        else:
            pool = _NPS_SCORES["tense" if tense else "normal"]
        scores = [rng.choice(pool) for _ in respondents]
        if latest and story is not StoryKind.NPS_DROP and answers:
            # Keep everyone else's latest round steady against any usual baseline:
            # the round before, the two before, or all before.
            before = [nps([s for _, s, _ in r]) for r in answers]
            floor = max(before[-1], sum(before[-2:]) / len(before[-2:]), sum(before) / len(before)) - 15
            for _ in range(50):
                if nps(scores) >= floor:
                    break
                scores = [rng.choice(pool) for _ in respondents]
            else:
                scores = [rng.choice((9, 10)) for _ in respondents]
        midnights = tl.midnights(acc.sites[0].timezone)
        round_answers = []
        for person, score in zip(respondents, scores, strict=True):
            day = min(index + rng.randrange(0, 13), tl.days - 1)
            at = midnights[day] + MINUTE[rng.choice(tl.minute_pool)]
            round_answers.append((person, score, at))
        answers.append(round_answers)
        quarter = acc.lex.quarter_labels[(launch.month - 1) // 3]
        name = acc.lex.nps_name.format(q=quarter, year=launch.year)
        promoters, passives, detractors = acc.lex.nps_comments
        for person, score, at in round_answers:
            band = promoters if score >= 9 else passives if score >= 7 else detractors
            comment = rng.choice(band) if rng.random() < 0.55 else None
            _survey(build, acc, person, SurveyKind.NPS, score, 10, comment, name, at)


def _write_ces(build: Build, acc: AccountInfo) -> None:
    rng = build.rng
    tl = build.timeline
    launches = []
    for year in range(tl.start.year, build.as_of.year + 1):
        launches += [date(year, 6, 10), date(year, 12, 1)]
    pool = (3, 4, 4, 5, 5, 6) if acc.profile.stage.value == "at_risk" else (5, 6, 6, 7, 4, 5)
    easy, hard = acc.lex.ces_comments
    midnights = tl.midnights(acc.sites[0].timezone)
    for launch in _rounds(build, acc, launches):
        index = tl.index(launch)
        people = [p for p in _eligible(acc, index, (2, 3))
                  if p.dept in ("procurement", "logistics", "production")] or _eligible(acc, index)
        for person in rng.sample(people, min(len(people), rng.randint(2, 4))):
            score = rng.choice(pool)
            day = min(index + rng.randrange(0, 13), tl.days - 1)
            at = midnights[day] + MINUTE[rng.choice(tl.minute_pool)]
            comment = rng.choice(easy if score >= 5 else hard) if rng.random() < 0.4 else None
            name = acc.lex.ces_name.format(half=1 if launch.month <= 6 else 2, year=launch.year)
            _survey(build, acc, person, SurveyKind.CES, score, 7, comment, name, at)
