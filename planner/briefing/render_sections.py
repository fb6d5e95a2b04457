"""One writer per section type: headings, facts, tables and pictures of each part.

Each takes the ``render.Writer`` (document, lexicon, briefing) and its section;
the client writers get client section types only, which have no internal fields.
"""

from __future__ import annotations

from collections.abc import Callable

from db.enums import SlaDirection
from planner.briefing import docx_kit as kit
from planner.briefing import figures
from planner.briefing import model as m
from planner.briefing.docx_kit import STATUS_INK, Cell
from planner.briefing.render import Writer, nb
from planner.briefing.talking_points import roles_of
from planner.briefing.typography import NBSP, clock, quantity
from planner.sla.status import SlaStatus

CM_PER_INCH = 2.54
#: Room for the org chart on its landscape page (inches), below the heading and its caption,
#: and for the grid on the next one.
MAP_HEIGHT_IN = 5.5
GRID_HEIGHT_IN = 5.1
STATUS = {SlaStatus.MET: "good", SlaStatus.AT_RISK: "warn", SlaStatus.BREACHED: "bad",
          SlaStatus.NO_DATA: "none"}


def cover(w: Writer, cover: m.Cover) -> None:
    lx, doc = w.lx, w.doc
    client = w.briefing.audience.value == "client"
    kit.paragraph(doc, lx("doc_title_client" if client else "doc_title"), "Title")
    kit.paragraph(doc, cover.account, "Subtitle")
    pairs = [(lx("cover_meeting"), lx.text(cover.subject))] if cover.subject else []
    pairs.append((lx("cover_date"), lx.day(cover.day)))
    if cover.start is not None:
        pairs.append((lx("cover_time"), clock(cover.start)))
    if cover.duration_minutes:
        pairs.append((lx("cover_duration"), lx("minutes", n=cover.duration_minutes)))
    if cover.kind is not None:
        pairs.append((lx("cover_type"), lx.enum(cover.kind)))
    if cover.location:
        pairs.append((lx("cover_place"), lx.text(cover.location)))
    kit.facts(doc, pairs)
    kit.space(doc, 10)
    rows = []
    for i in range(max(len(cover.client), len(cover.team), 1)):
        left = cover.client[i] if i < len(cover.client) else None
        right = cover.team[i] if i < len(cover.team) else None
        rows.append([
            w.people_cell(left.name, left.title) if left else Cell(lx("nobody") if i == 0 else ""),
            w.people_cell(right.name, right.title) if right else Cell(lx("nobody") if i == 0 else ""),
        ])
    kit.table(doc, [lx("client_side", account=cover.account), lx("our_side")], rows, [1, 1])
    prepared = (lx("prepared", date=lx.day(cover.prepared_on), author=cover.prepared_by)
                if cover.prepared_by else lx("prepared_no_author", date=lx.day(cover.prepared_on)))
    kit.paragraph(doc, prepared, "Caption")


# --------------------------------------------------------------------------- internal


def summary(w: Writer, s: m.Summary) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("summary"))
    pairs = [(lx("stage"), lx.enum(s.stage)), (lx("tier"), lx.enum(s.tier))]
    if s.revenue is not None:
        pairs.append((lx("revenue"), lx.money(s.revenue, s.currency)))
    if s.share_of_wallet is not None:
        pairs.append((lx("share_of_wallet"), lx.percent(s.share_of_wallet)))
    if s.orders_12m is not None:
        pairs.append((lx("orders_12m"), lx.money(s.orders_12m, s.currency)))
    if s.orders_change is not None:
        pairs.append((lx("orders_trend"), lx("trend_value", change=lx.percent(s.orders_change, signed=True))))
    severe = sum(1 for a in s.alerts if a.severity.rank <= 1)
    alerts = str(len(s.alerts)) + (f" ({severe} {lx.enum('high')})" if severe else "") if s.alerts \
        else lx("alerts_none")
    pairs.append((lx("open_alerts"), alerts))
    if s.owner:
        pairs.append((lx("owner"), s.owner))
    kit.facts(doc, pairs, columns=2)
    if s.achieve:
        w.h(lx("achieve"), 2)
        w.bullets(s.achieve)
    if s.watch:
        w.h(lx("watch"), 2)
        w.bullets(s.watch)
    if s.alerts:
        w.h(lx("alerts"), 2)
        rows = [[Cell(lx.enum(a.severity), bold=a.severity.rank <= 1,
                      ink=STATUS_INK["bad" if a.severity.rank <= 1 else "warn"]),
                 nb(lx.short_day(a.created.date())), lx.alert(a)] for a in s.alerts[:10]]
        kit.table(doc, [lx("col_severity"), lx("col_date"), lx("col_alert")], rows, [1.3, 1.1, 7.6])


def talking_points(w: Writer, t: m.TalkingPoints) -> None:
    w.h(w.lx("talking_points"))
    w.bullets(t.points)
    if t.questions:
        w.h(w.lx("questions"), 2)
        w.bullets(t.questions)


def attendees(w: Writer, a: m.Attendees) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("attendees"))
    for card in a.cards:
        p = card.person
        w.h(p.name, 2)
        pairs = [(lx("title"), lx.text(p.title))] if p.title else []
        if p.department:
            pairs.append((lx("department"), lx.text(p.department)))
        if p.manager_name:
            pairs.append((lx("reports_to"), p.manager_name))
        roles = [lx.role(r) for r in roles_of(p)]
        if roles:
            pairs.append((lx("roles"), ", ".join(roles)))
        pairs += [(lx("attitude"), lx.enum(p.attitude)),
                  (lx("influence"), lx("influence_value", n=p.influence)),
                  (lx("relationship"), lx.strength(p.strength)),
                  (lx("our_owner"), p.owner_name or lx("no_owner"))]
        if p.priorities:
            pairs.append((lx("cares_about"), lx.text(p.priorities)))
        if p.internal_notes:
            pairs.append((lx("notes"), lx.text(p.internal_notes)))
        if p.left:
            pairs.append((lx("left_company"), ""))
        kit.facts(doc, pairs)
        w.h(lx("last_contacts"), 3)
        if card.contacts:
            kit.table(doc, None, [[nb(lx.day(c.at.date())), lx.enum(c.kind), lx.text(c.subject)]
                                  for c in card.contacts], [1.4, 1.4, 7.2])
        else:
            kit.paragraph(doc, lx("never_contacted"))
        if card.tickets:
            w.h(lx("person_tickets"), 3)
            kit.table(doc, None, [[t.number or "—", lx.text(t.subject), nb(lx.day(t.opened_at.date())),
                                   lx.enum(t.status)] for t in card.tickets], [1.8, 5.2, 1.4, 1.6])
        if card.answers:
            w.h(lx("person_surveys"), 3)
            kit.table(doc, None, [[lx.enum(s.kind), lx("score", score=s.score, top=s.scale_max),
                                   nb(lx.day(s.day)), lx.text(s.comment) if s.comment else ""]
                                  for s in card.answers], [0.9, 1.0, 1.4, 6.7])


def stakeholder_map(w: Writer, s: m.MapSection) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("map"))
    width_in = w.width_cm / CM_PER_INCH
    focused = len(s.focus.people) < len(s.whole.people)
    png, fig_w = figures.org_chart(s.focus, w.briefing.lang, width_in, MAP_HEIGHT_IN)
    names = lx.join([p.name for p in s.focus.people][:6]) + ("…" if len(s.focus.people) > 6 else "")
    kit.picture(doc, png, fig_w * CM_PER_INCH, lx("map_alt", account=w.briefing.account, names=names))
    kit.paragraph(doc, lx("map_focus", n=len(s.focus.active_people), total=len(s.whole.active_people))
                  if focused else lx("map_whole", n=len(s.whole.active_people)), "Caption")
    if focused:
        png, fig_w = figures.grid_chart(s.whole, w.briefing.lang, width_in, GRID_HEIGHT_IN)
        kit.picture(doc, png, fig_w * CM_PER_INCH,
                    lx("grid_alt", n=len(s.whole.people), account=w.briefing.account))
        kit.paragraph(doc, lx("grid_caption", account=w.briefing.account), "Caption")
    w.h(lx("gaps"), 2)
    if not s.gaps:
        kit.paragraph(doc, lx("gaps_none"))
    for gap in s.gaps:
        kit.rich(doc, [(lx.gap(gap) + ": ", True), (lx.gap_detail(gap), False)], "List Bullet")


def timeline(w: Writer, t: m.TimelineSection) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("timeline", days=t.days))
    total = sum(n for _, n in t.counts)
    parts = [lx.count(n, kind.value) for kind, n in t.counts]
    noun = lx.count(total, "contact") if lx.lang == "ru" else lx.number(total)
    text = lx("timeline_counts", total=noun, parts=", ".join(parts)) if total else ""
    if t.notes:
        text += (" " if text else "") + lx("timeline_notes", n=t.notes)
    kit.paragraph(doc, text)
    if t.threads:
        w.h(lx("threads"), 2)
        rows = [[nb(lx.day(th.latest.date())), lx.enum(th.kind), lx.text(th.subject),
                 ", ".join(_short(n) for n in th.people), str(th.count)] for th in t.threads]
        kit.table(doc, [lx("col_last"), lx("col_type"), lx("col_subject"), lx("col_with"), lx("col_times")],
                  rows, [1.4, 1.4, 4.3, 2.5, 0.7], right={4})
    if t.follow_ups:
        w.h(lx("follow_ups"), 2)
        kit.table(doc, [lx("col_promised_at"), lx("col_follow_up"), lx("col_subject")],
                  [[nb(lx.day(f.day)), lx.text(f.text), lx.text(f.source.label)] for f in t.follow_ups],
                  [1.4, 4.3, 4.3])
    if t.our_notes:
        w.h(lx("our_notes"), 2)
        for note in t.our_notes:
            kit.rich(doc, [(lx.day(note.at.date()) + f"{NBSP}— ", True),
                           (lx.text(note.summary or note.subject), False)], "List Bullet")


def _short(name: str) -> str:
    parts = name.split()
    if len(parts) < 2:
        return name
    return NBSP.join([*(f"{p[0]}." for p in parts[:-1]), parts[-1]])


def _sla_rows(w: Writer, rows, status: Callable) -> list[list]:
    lx = w.lx
    out = []
    for r in rows:
        period = lx.period(r.period)
        if not r.complete:
            period = lx("to_date", period=period)
        label, tone = status(r)
        out.append([lx.sla_name(r.metric, r.name, r.product_line), period,
                    nb(lx.target(SlaDirection(r.direction), r.target, r.unit)),
                    nb(lx.measure(r.value, r.unit)), Cell(label, bold=tone == "bad", ink=STATUS_INK[tone])])
    return out


def _sla_table(w: Writer, rows: list[list]) -> None:
    lx = w.lx
    headers = [lx("col_metric"), lx("col_period"), lx("col_target"), lx("col_actual"), lx("col_status")]
    kit.table(w.doc, headers, rows, [3.2, 2.2, 1.5, 1.5, 1.6], right={2, 3})


def service(w: Writer, s: m.ServiceSection) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("service"))
    if s.scorecard:
        w.h(lx("sla"), 2)
        key = {SlaStatus.AT_RISK: "sla_at_risk"}
        _sla_table(w, _sla_rows(w, s.scorecard, lambda r: (lx.enum(key.get(r.status, r.status)),
                                                           STATUS[r.status])))
    if s.late:
        w.h(lx("late", days=s.window_days), 2)
        rows = [[d.order_number or "—", lx.text(d.product_line), nb(lx.day(d.promised_on)),
                 nb(lx.day(d.delivered_on)) if d.delivered_on else Cell(lx("not_yet"), ink=STATUS_INK["bad"]),
                 str(d.days_late)] for d in s.late]
        kit.table(doc, [lx("col_order"), lx("col_line"), lx("col_promised"), lx("col_delivered"),
                        lx("col_days_late")], rows, [1.9, 3.5, 1.6, 1.6, 1.4], right={4})
    if s.upcoming:
        w.h(lx("upcoming_risky"), 2)
        rows = [[d.order_number or "—", lx.text(d.product_line), nb(lx.day(d.promised_on)),
                 lx.percent(d.late_probability) if d.late_probability is not None else lx("none"),
                 lx.count(d.expected_delay_days, "day") if d.expected_delay_days else lx("none")]
                for d in s.upcoming]
        headers = [lx("col_order"), lx("col_line"), lx("col_promised"), lx("col_chance"), lx("col_delay")]
        kit.table(doc, headers, rows, [1.9, 3.5, 1.6, 1.5, 1.5], right={3, 4})
    if s.tickets:
        w.h(lx("tickets"), 2)
        rows = [[t.number or "—", lx.text(t.subject), s.names.get(t.raised_by, lx("none")),
                 nb(lx.day(t.opened_at.date())), lx.enum(t.severity), lx.enum(t.status)] for t in s.tickets]
        kit.table(doc, [lx("col_number"), lx("col_subject"), lx("col_raised_by"), lx("col_opened"),
                        lx("col_severity"), lx("col_status")], rows, [1.8, 3.3, 2.0, 1.4, 1.2, 1.2])


def _orders(w: Writer, yoy, lines, currency: str) -> None:
    lx, doc = w.lx, w.doc
    if yoy is not None and any(yoy.totals.values()):
        width_in = w.width_cm / CM_PER_INCH
        png = figures.orders_chart(yoy, currency, w.briefing.lang, width_in)
        years = ", ".join(f"{y}: {lx.short_money(t, currency)}" for y, t in yoy.totals.items())
        kit.picture(doc, png, w.width_cm, lx("orders_alt", account=w.briefing.account, years=years))
        kit.space(doc, 6)
    if lines:
        w.h(lx("lines"), 2)
        rows = [[lx.text(r.product_line), nb(lx.money(r.amount, currency)),
                 lx.percent(r.change, signed=True) if r.change is not None else lx("none"),
                 lx.percent(r.share)] for r in lines]
        kit.table(doc, [lx("col_line"), lx("col_last_12"), lx("col_change"), lx("col_share")], rows,
                  [4.6, 2.4, 1.5, 1.5], right={1, 2, 3})


def commerce(w: Writer, c: m.CommerceSection) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("commerce"))
    _orders(w, c.yoy, c.lines, c.currency)
    if c.opportunities:
        w.h(lx("opportunities"), 2)
        rows = [[lx.text(o.name), nb(lx.short_money(o.value, o.currency)), lx.enum(o.stage),
                 lx.percent(o.probability / 100),
                 nb(lx.day(o.expected_close)) if o.expected_close else lx("none"),
                 lx.text(o.next_step) if o.next_step else ""] for o in c.opportunities]
        kit.table(doc, [lx("col_opportunity"), lx("col_value"), lx("col_stage"), lx("col_probability"),
                        lx("col_close"), lx("col_next_step")], rows, [3.3, 1.5, 1.5, 1.0, 1.5, 2.6],
                  right={1, 3})
    if c.actions:
        w.h(lx("actions"), 2)
        rows = [[lx.text(a.title), a.owner_name or lx("none"), nb(lx.day(a.due_on)),
                 lx.enum(a.status)] for a in c.actions]
        kit.table(doc, [lx("col_action"), lx("col_owner"), lx("col_due"), lx("col_status")], rows,
                  [5.2, 2.4, 1.4, 1.4])


# --------------------------------------------------------------------------- client


def client_service(w: Writer, s: m.ClientService) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("service_client"))
    if s.scorecard:
        w.h(lx("sla"), 2)

        def verdict(r: m.ClientSla) -> tuple[str, str]:
            if r.met is None:
                return lx.enum("no_data"), "none"
            return (lx.enum("met"), "good") if r.met else (lx.enum("not_met"), "bad")

        _sla_table(w, _sla_rows(w, s.scorecard, verdict))
    if s.upcoming:
        w.h(lx("upcoming", days=s.horizon_days), 2)
        rows = [[d.order_number or "—", lx.text(d.product_line),
                 "" if d.quantity is None else quantity(d.quantity, d.unit, lx.lang),
                 nb(lx.day(d.promised_on))] for d in s.upcoming]
        kit.table(doc, [lx("col_order"), lx("col_line"), lx("col_quantity"), lx("col_promised")], rows,
                  [2.0, 4.6, 1.6, 1.8], right={2})
    if s.tickets:
        w.h(lx("tickets"), 2)
        rows = [[t.number or "—", lx.text(t.subject), nb(lx.day(t.opened)), lx.enum(t.status)]
                for t in s.tickets]
        kit.table(doc, [lx("col_number"), lx("col_subject"), lx("col_opened"), lx("col_status")], rows,
                  [2.0, 5.0, 1.5, 1.5])


def client_commerce(w: Writer, c: m.ClientCommerce) -> None:
    lx, doc = w.lx, w.doc
    w.h(lx("commerce_client"))
    _orders(w, c.yoy, c.lines, c.currency)
    if c.contracts:
        w.h(lx("contracts"), 2)
        kit.table(doc, [lx("col_contract"), lx("col_number"), lx("col_valid_until")],
                  [[lx.text(k.title), k.number or "—", nb(lx.day(k.ends_on)) if k.ends_on else lx("none")]
                   for k in c.contracts], [5.5, 2.5, 2.0])


WRITERS: dict[type, Callable] = {
    m.Cover: cover,
    m.Summary: summary,
    m.TalkingPoints: talking_points,
    m.Attendees: attendees,
    m.MapSection: stakeholder_map,
    m.TimelineSection: timeline,
    m.ServiceSection: service,
    m.CommerceSection: commerce,
    m.ClientService: client_service,
    m.ClientCommerce: client_commerce,
}

