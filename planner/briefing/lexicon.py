"""Every word of the briefing, in the document's language (English or Russian).

The tables live in ``lexicon_en`` and ``lexicon_ru``; this class picks one and
words what the planner hands over as data: enums, alerts, gaps and talking points
from their facts, with the language's typography (see ``typography``). The
document's language is chosen per briefing, independent of the UI's.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from db.enums import SlaDirection
from planner.alerts.model import Alert, AlertKind
from planner.briefing import lexicon_en, lexicon_ru
from planner.briefing import typography as ty
from planner.briefing.model import Point, PointKind, Source
from planner.sla.periods import Period
from planner.stakeholders.gaps import Gap
from planner.stakeholders.model import Role

_TABLES = {"en": lexicon_en, "ru": lexicon_ru}
ROMAN = ("I", "II", "III", "IV")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


class Lexicon:
    """The words and formats of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in _TABLES else "en"
        self._table = _TABLES[self.lang]

    def __call__(self, key: str, **values: Any) -> str:
        # "… 25,7 дн.." : a value ending in an abbreviation's dot takes no second full stop
        return _DOUBLE_STOP.sub(".", self._table.TEXT[key].format(**values))

    # ------------------------------------------------------------------ formats

    def day(self, value: date) -> str:
        return ty.day(value, self.lang)

    def short_day(self, value: date) -> str:
        return ty.short_day(value, self.lang)

    def money(self, value: Decimal | float, currency: str) -> str:
        return ty.money(Decimal(str(value)).quantize(Decimal(1)), currency, self.lang)

    def short_money(self, value: Decimal | float, currency: str) -> str:
        return ty.short_money(value, currency, self.lang)

    def number(self, value: Decimal | float | int, decimals: int = 0) -> str:
        return ty.number(value, self.lang, decimals)

    def percent(self, share: float, decimals: int = 0, signed: bool = False) -> str:
        return ty.percent(share, self.lang, decimals, signed)

    def quote(self, text: str) -> str:
        return ty.quote(text, self.lang)

    def text(self, value: str | None) -> str:
        """Free text from the data, with the language's quotes and dashes."""
        return ty.smarten(value, self.lang) if value else self("none")

    def join(self, items: list[str]) -> str:
        return ty.join(items, self.lang)

    def count(self, n: int, noun: str) -> str:
        """"3 meetings" / "3 встречи": the number with the noun in the right form."""
        return f"{self.number(n)}{ty.NBSP}{self.plural_form(n, noun)}"

    def plural_form(self, n: int, noun: str) -> str:
        forms = self._table.PLURALS[noun]
        if self.lang == "ru":
            tail, tens = n % 10, n % 100
            return forms[0] if tail == 1 and tens != 11 else (
                forms[1] if 2 <= tail <= 4 and not 12 <= tens <= 14 else forms[2])
        return forms[0] if n == 1 else forms[1]

    def month(self, month: int, year: int | None = None, *, inside: bool = False) -> str:
        names = self._table.MONTHS_IN if inside else self._table.MONTHS
        name = names[month - 1]
        return f"{name} {year}" if year else name

    def period(self, period: Period) -> str:
        """Nov 2026 / ноябрь 2026; Q4 2026 / IV кв. 2026."""
        if period.kind.value == "month":
            return self.month(period.index, period.year)
        if self.lang == "ru":
            return f"{ROMAN[period.index - 1]}{ty.NBSP}кв. {period.year}"
        return f"Q{period.index} {period.year}"

    # ------------------------------------------------------------------ vocabularies

    def enum(self, value: Any) -> str:
        key = getattr(value, "value", value)
        return self._table.ENUMS.get(key, str(key).replace("_", " "))

    def role(self, role: Role | str) -> str:
        return self.enum(role.role if isinstance(role, Role) else role)

    def strength(self, value: int) -> str:
        return f"{self._table.STRENGTH[max(0, min(5, value))]} ({value}/5)"

    def unit(self, unit: str | None) -> str:
        return self._table.ENUMS.get(f"unit_{unit}", unit or "") if unit else ""

    def measure(self, value: Decimal | float | None, unit: str | None, *, exact: bool = False) -> str:
        """87,0 % / 101,9 ч / 42,9: one decimal (``exact``: as few as the value needs, for
        targets such as 95 % or 72 ч), the unit after a non-breaking space."""
        if value is None:
            return self("none")
        decimals = 1
        if exact:
            normal = Decimal(str(value)).normalize()
            decimals = min(2, max(0, -normal.as_tuple().exponent))
        text = self.number(value, decimals)
        word = self.unit(unit)
        if not word:
            return text
        return f"{text}{ty.NBSP}{word}" if (word != "%" or self.lang == "ru") else f"{text}%"

    def target(self, direction: SlaDirection | str, target: Decimal, unit: str | None) -> str:
        sign = "≥" if SlaDirection(direction) is SlaDirection.AT_LEAST else "≤"
        return f"{sign}{ty.NBSP}{self.measure(target, unit, exact=True)}"

    def sla_name(self, metric: Any, name: str | None, product_line: str | None, *,
                 quoted: bool = False) -> str:
        text = name or self.enum(metric)
        if quoted:
            text = self.quote(text)
        return f"{text} ({product_line})" if product_line else text

    def gap(self, gap: Gap) -> str:
        return self.enum(gap.kind)

    def gap_detail(self, gap: Gap) -> str:
        """Who is involved and the next step, for the gap list."""
        parts = [p.name for p in gap.people] or ([gap.site_name] if gap.site_name else [])
        step = self.enum(gap.next_step)
        if gap.candidates:
            step += f" ({self('gap_candidates', names=self.join([c.name for c in gap.candidates]))})"
        return "; ".join([*([", ".join(parts)] if parts else []), step])

    def source(self, source: Source) -> str:
        """"ticket CMP-2026-00166 (14 Nov 2026)": what the record is, enough to find it."""
        kind = source.kind.value
        if kind == "sla":
            label = self.quote(self.enum(source.label))
            if source.period is not None:
                return self("src_sla_period", label=label, period=self.period(source.period))
            return self("src_sla", label=label)
        if kind == "gap":
            return self("src_gap", label=self.enum(source.label))
        label = self.text(source.label)
        if kind in ("opportunity", "plan_action", "interaction", "survey", "contract", "risk"):
            label = self.quote(source.label)
        text = self(f"src_{kind}", label=label)
        if source.day is not None and kind in ("interaction", "survey", "ticket"):
            return self("src_dated", source=text, date=self.day(source.day))
        return text

    # ------------------------------------------------------------------ sentences

    def alert(self, alert: Alert) -> str:
        """One sentence saying what fired, from the alert's facts (a generic one where the
        facts are not what this lexicon knows: the alert rules evolve on their own)."""
        try:
            return self._alert(alert)
        except (KeyError, TypeError, ValueError):
            return self("al_generic", kind=self.enum(alert.kind), severity=self.enum(alert.severity))

    def _alert(self, alert: Alert) -> str:
        f = alert.facts
        kind = alert.kind
        if kind is AlertKind.DELIVERY_LATE:
            common = {"order": f.get("order_number") or "—", "line": self.text(f.get("product_line")),
                      "promised": self.day(f["promised_on"])}
            if f.get("overdue"):
                return self("al_late_overdue", days=self.count(f["days_overdue"], "day"), **common)
            return self("al_late_predicted", probability=self.percent(f["probability"]),
                        delay=self.count(f["expected_delay_days"], "day"), **common)
        if kind in (AlertKind.SLA_AT_RISK, AlertKind.SLA_BREACHED):
            key = "al_sla_at_risk" if kind is AlertKind.SLA_AT_RISK else (
                "al_sla_was_breached" if f.get("period_complete") else "al_sla_breached")
            metric = self.sla_name(f["metric"], f.get("name"), f.get("product_line"), quoted=True)
            return self(key, metric=metric,
                        period=self.period(_period(f["period"])), value=self.measure(f["value"], f["unit"]),
                        target=self.target(f["direction"], f["target"], f["unit"]))
        if kind is AlertKind.TICKET_OVERDUE:
            stage = "al_stage_first_response" if f["stage"] == "first_response" else "al_stage_resolution"
            return self("al_ticket_overdue", number=f.get("number") or "—",
                        subject=self.quote(f.get("subject") or ""), severity=self.enum(f["ticket_severity"]),
                        hours=self.count(round(f["overdue_hours"]), "hour"), stage=self(stage))
        if kind is AlertKind.NPS_DROP:
            return self("al_nps_drop", nps=self.number(f["nps"]), round=self.text(f["round"]),
                        baseline=self.number(f["baseline_nps"]), drop=self.number(f["drop_points"]))
        if kind in (AlertKind.KEY_PERSON_STALE, AlertKind.KEY_PERSON_LEFT):
            named = [self.enum(r) for r in f.get("roles", ())]
            if self.lang == "en":  # "Decider and economic buyer", not "Decider and Economic buyer"
                named = [n.lower() for n in named]
            roles = self.join(named) or self("key_person")
            roles = roles[:1].upper() + roles[1:]
            if kind is AlertKind.KEY_PERSON_LEFT:
                return self("al_person_left", roles=roles, person=f["person"], date=self.day(f["left_on"]))
            if f.get("days_since_contact") is None:
                return self("al_person_never", roles=roles, person=f["person"])
            return self("al_person_stale", roles=roles, person=f["person"],
                        days=self.count(f["days_since_contact"], "day"))
        if kind is AlertKind.ENGAGEMENT_DROP:
            if "recent_monthly" in f:
                return self("al_engagement_monthly", recent=self.number(f["recent_monthly"]),
                            baseline=self.number(f["baseline_monthly"]), ratio=self.percent(f["ratio"]))
            return self("al_engagement", recent=self._contacts(f["recent"]), window=f["window_days"],
                        expected=self.number(f["expected"]))
        return self.enum(kind)

    def _contacts(self, n: int) -> str:
        return self.count(n, "contact") if self.lang == "ru" else self.number(n)

    def point(self, point: Point) -> str:
        """The sentence of a talking point, question, aim or risk."""
        return _WORDERS[point.kind](self, point.facts)


def _period(label: str) -> Period:
    from planner.sla.periods import parse_period

    return parse_period(label)


def _late(lx: Lexicon, f: dict) -> str:
    months = [lx("pt_late_month", n=n, month=lx.month(m, inside=True)) for (_, m), n in f["months"]]
    on_time = ""
    if f["on_time"] is not None:
        on_time = lx("pt_on_time", value=lx.measure(f["on_time"], "%"),
                     target=lx.measure(f["target"], "%", exact=True))
    if len(months) == 1:
        spread = lx("pt_late_one_month", month=lx.month(f["months"][0][0][1], inside=True))
    else:
        spread = lx("pt_late_months", parts=lx.join(months))
    return lx("pt_acknowledge_late", count=lx.number(f["count"]),
              deliveries=lx.plural_form(f["count"], "delivery"), months=spread, on_time=on_time)


def _sla(lx: Lexicon, f: dict) -> str:
    r = f["result"]
    return lx("pt_explain_sla", metric=lx.sla_name(r.metric, r.name, r.product_line, quoted=True),
              value=lx.measure(r.value, r.unit), period=lx.period(r.period),
              target=lx.target(r.direction, r.target, r.unit))


def _ticket(lx: Lexicon, f: dict) -> str:
    t = f["ticket"]
    raised = ""
    if f["raised_by"]:
        raised = lx("pt_ticket_raised", name=f["raised_by"], date=lx.day(t.opened_at.date()))
    return lx("pt_ticket_update", kind=lx.enum(t.kind), number=t.number or "", subject=lx.quote(t.subject),
              raised=raised, days=lx.count(f["days"], "day"))


def _owner(lx: Lexicon, name: str | None) -> str:
    return lx("pt_owner", name=name) if name else ""


def _action(lx: Lexicon, f: dict) -> str:
    a = f["action"]
    key = "pt_move_action_overdue" if f["overdue"] else "pt_move_action"
    return lx(key, action=lx.quote(a.title), due=lx.day(a.due_on), owner=_owner(lx, a.owner_name))


def _opportunity_common(lx: Lexicon, o) -> dict:
    return {"name": lx.quote(o.name), "value": lx.short_money(o.value, o.currency), "stage": lx.enum(o.stage)}


def _advance(lx: Lexicon, f: dict) -> str:
    o = f["opportunity"]
    return lx("pt_advance_opportunity", step=lx.text(o.next_step), **_opportunity_common(lx, o))


def _decision(lx: Lexicon, f: dict) -> str:
    o = f["opportunity"]
    maker = lx("pt_maker", name=f["maker"]) if f["maker"] else ""
    key = "pt_decision_overdue" if f["overdue"] else "pt_confirm_decision_date"
    return lx(key, date=lx.day(o.expected_close), maker=maker, **_opportunity_common(lx, o))


def _priorities(lx: Lexicon, f: dict) -> str:
    p = f["person"]
    title = lx.text(p.title) if p.title else lx("none")
    date_text = lx.day(p.first_contact) if p.first_contact else ""
    return lx(f"pt_ask_priorities_{f['why']}", name=p.name, title=title, date=date_text)


def _detractor(lx: Lexicon, f: dict) -> str:
    a = f["answer"]
    comment = lx("pt_comment", text=lx.quote(a.comment.strip().rstrip("."))) if a.comment else ""
    return lx("pt_ask_detractor", name=f["name"] or lx("none"), kind=lx.enum(a.kind),
              score=lx("score", score=a.score, top=a.scale_max), date=lx.day(a.day), comment=comment)


def _decision_maker(lx: Lexicon, f: dict) -> str:
    from planner.briefing.talking_points import roles_of

    p = f["person"]
    roles = lx.join([lx.role(r).lower() if lx.lang == "en" else lx.role(r) for r in roles_of(p)][:2])
    stale = (lx("pt_stale_never") if f["days"] is None
             else lx("pt_stale_days", days=lx.count(f["days"], "day")))
    return lx("pt_ask_decision_maker", name=p.name, roles=roles or lx("key_person"), stale=stale)


def _risk(lx: Lexicon, f: dict) -> str:
    r = f["risk"]
    mitigation = lx("pt_mitigation", text=lx.text(r.mitigation)) if r.mitigation else ""
    return lx("pt_risk", title=lx.text(r.title), probability=r.probability, impact=r.impact,
              mitigation=mitigation)


def _gap(lx: Lexicon, f: dict) -> str:
    gap = f["gap"]
    return lx("pt_gap", gap=lx.gap(gap), who=lx.gap_detail(gap))


_WORDERS = {
    PointKind.ACKNOWLEDGE_LATE: _late,
    PointKind.EXPLAIN_SLA: _sla,
    PointKind.TICKET_UPDATE: _ticket,
    PointKind.REPORT_BACK: lambda lx, f: lx("pt_report_back", date=lx.day(f["day"]),
                                            step=lx.quote(f["step"])),
    PointKind.ADDRESS_CONCERNS: lambda lx, f: lx("pt_address_concerns", name=f["name"],
                                                 attitude=lx.enum(f["attitude"]),
                                                 priorities=lx.text(f["priorities"])),
    PointKind.RAISE_RENEWAL: lambda lx, f: lx(
        "pt_raise_renewal", contract=lx.quote(f["contract"].title) + (
            f" №{ty.NBSP}{f['contract'].number}" if f["contract"].number else ""),
        ends=lx.day(f["contract"].ends_on), notice=lx.day(f["notice"])),
    PointKind.MOVE_ACTION: _action,
    PointKind.ADVANCE_OPPORTUNITY: _advance,
    PointKind.CONFIRM_DECISION_DATE: _decision,
    PointKind.ASK_PRIORITIES: _priorities,
    PointKind.ASK_DETRACTOR: _detractor,
    PointKind.ASK_DECISION_MAKER: _decision_maker,
    PointKind.ASK_ECONOMIC_BUYER: lambda lx, f: lx("pt_ask_economic_buyer", account=f["account"]),
    PointKind.RISK: _risk,
    PointKind.ALERT: lambda lx, f: lx.alert(f["alert"]),
    PointKind.GAP: _gap,
}
