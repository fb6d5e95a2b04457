"""What an alert says, in the user's language, from the same facts ``kap alerts`` words in English.

The planner hands over an alert's kind and plain facts, never sentences; the CLI
(``planner.cli.alerts_cmd.message``) and this module each word them — here through
Qt translation templates, with the locale's dates and numbers — so the app and the
command line show the same alerts with the same figures.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from planner.alerts.model import Alert, AlertKind, AlertStatus
from ui import formatting
from ui.formatting import EMPTY
from ui.service import words
from ui.service.evidence_model import ROLE_NAMES

KINDS: dict[str, str] = {
    AlertKind.DELIVERY_LATE: QT_TRANSLATE_NOOP("AlertWording", "Late delivery"),
    AlertKind.SLA_AT_RISK: QT_TRANSLATE_NOOP("AlertWording", "SLA at risk"),
    AlertKind.SLA_BREACHED: QT_TRANSLATE_NOOP("AlertWording", "SLA breached"),
    AlertKind.TICKET_OVERDUE: QT_TRANSLATE_NOOP("AlertWording", "Overdue ticket"),
    AlertKind.NPS_DROP: QT_TRANSLATE_NOOP("AlertWording", "NPS drop"),
    AlertKind.KEY_PERSON_STALE: QT_TRANSLATE_NOOP("AlertWording", "Key person not contacted"),
    AlertKind.KEY_PERSON_LEFT: QT_TRANSLATE_NOOP("AlertWording", "Key person left"),
    AlertKind.ENGAGEMENT_DROP: QT_TRANSLATE_NOOP("AlertWording", "Engagement drop"),
}


def _tr(source: str) -> str:
    """The translation of a source marked elsewhere in this module (for table look-ups only)."""
    return QCoreApplication.translate("AlertWording", source)


def kind_label(kind) -> str:
    source = KINDS.get(str(kind))
    return _tr(source) if source else str(kind)


def status_text(alert: Alert) -> str:
    if alert.status is AlertStatus.ACKNOWLEDGED:
        return QCoreApplication.translate("AlertWording", "Acknowledged")
    if alert.status is AlertStatus.SNOOZED and alert.snoozed_until is not None:
        return QCoreApplication.translate("AlertWording", "Snoozed until {date}").format(
            date=formatting.short_date(alert.snoozed_until)
        )
    return QCoreApplication.translate("AlertWording", "Open")


def roles_text(roles) -> str:
    names = [_role(r) for r in roles] or [QCoreApplication.translate("AlertWording", "key person")]
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("AlertWording", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _role(role: str) -> str:
    source = ROLE_NAMES.get(role)
    return QCoreApplication.translate("EvidenceModel", source) if source else role


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- the one-line message -----------------------------------------------------------


def message(alert: Alert) -> str:
    """One sentence saying what fired and why (the CLI's ``message``, translated)."""
    try:
        return _MESSAGES[alert.kind](alert.facts)
    except (KeyError, TypeError, ValueError):  # facts of a newer planner: say at least what it is
        return kind_label(alert.kind)


def _delivery(f: dict) -> str:
    what = QCoreApplication.translate("AlertWording", "order {order} ({line})").format(
        order=f["order_number"] or EMPTY,
        line=f["product_line"] or QCoreApplication.translate("AlertWording", "no product line"),
    )
    if f["overdue"]:
        text = QCoreApplication.translate(
            "AlertWording",
            "Delivery of {what} was promised for {promised} and is {days} overdue; "
            "now expected on {expected}.",
        )
        return text.format(
            what=what,
            promised=formatting.short_date(f["promised_on"]),
            days=words.days(f["days_overdue"]),
            expected=formatting.short_date(f["expected_on"]),
        )
    scope = (
        QCoreApplication.translate("AlertWording", "this account")
        if f["scope"] == "account"
        else QCoreApplication.translate("AlertWording", "all accounts")
    )
    text = QCoreApplication.translate(
        "AlertWording",
        "Delivery of {what} promised for {promised} is likely to be late: {chance} chance, about {days} "
        "(expected {expected}), from {late} late of {sample} comparable deliveries "
        "({scope}, last 12 months).",
    )
    return text.format(
        what=what,
        promised=formatting.short_date(f["promised_on"]),
        chance=words.percent(f["probability"]),
        days=words.days(f["expected_delay_days"]),
        expected=formatting.short_date(f["expected_on"]),
        late=words.number(f["late_count"], 0),
        sample=words.number(f["sample_size"], 0),
        scope=scope,
    )


class AlertCounts(QObject):
    """Plural phrases of the messages (lupdate marks plurals only in ``self.tr`` with the count)."""

    def of_total(self, metric: str, n: int) -> str:
        if metric in ("on_time_delivery", "order_lead_time"):
            text = self.tr("of %n deliveries", "", n)
        elif metric in ("first_response_time", "resolution_time"):
            text = self.tr("of %n tickets", "", n)
        elif metric == "satisfaction":
            text = self.tr("of %n answers", "", n)
        else:
            text = self.tr("of %n records", "", n)
        return words.settle_plural(text, n)

    def inspections(self, n: int) -> str:
        return words.settle_plural(self.tr("; %n inspection record(s) over the target", "", n), n)


_counts: AlertCounts | None = None


def _count() -> AlertCounts:
    global _counts
    if _counts is None:
        _counts = AlertCounts()
    return _counts


def _of_total(metric: str, n: int) -> str:
    return _count().of_total(metric, n)


def _sla(f: dict) -> str:
    title = words.sla_title(f["metric"], f.get("name"), f.get("product_line"))
    period = words.period_label_name(f["period"])
    at_risk = f["status"] == "at_risk"
    if at_risk:
        text = QCoreApplication.translate(
            "AlertWording", "SLA {title} is at risk in {period}: {value} against {target}"
        )
    elif f["period_complete"]:
        text = QCoreApplication.translate(
            "AlertWording", "SLA {title} was breached in {period}: {value} against {target}"
        )
    else:
        text = QCoreApplication.translate(
            "AlertWording", "SLA {title} is breached in {period}: {value} against {target}"
        )
    target = QCoreApplication.translate("AlertWording", "{direction} {target}").format(
        direction=words.direction_text(f["direction"]), target=words.measure(f["target"], f["unit"])
    )
    value = words.measure(f["value"], f["unit"])
    text = text.format(title=title, period=period, value=value, target=target)
    if at_risk and f.get("warning_threshold") is not None:
        text += QCoreApplication.translate("AlertWording", " (warning at {threshold})").format(
            threshold=words.measure(f["warning_threshold"], f["unit"])
        )
    n, metric = f["evidence_count"], str(f["metric"])
    if n and metric == "on_time_delivery":
        text += QCoreApplication.translate("AlertWording", "; {count} {of_total} late").format(
            count=words.number(n, 0), of_total=_of_total(metric, f["sample_size"])
        )
    elif n and metric == "defect_ppm":
        text += _count().inspections(n)
    elif n:
        text += QCoreApplication.translate("AlertWording", "; {count} {of_total} miss the target").format(
            count=words.number(n, 0), of_total=_of_total(metric, f["sample_size"])
        )
    return text + "."


def _ticket(f: dict) -> str:
    stage = (
        QCoreApplication.translate("AlertWording", "first response")
        if f["stage"] == "first_response"
        else QCoreApplication.translate("AlertWording", "resolution")
    )
    basis = (
        QCoreApplication.translate("AlertWording", "per SLA")
        if f["basis"] == "sla"
        else QCoreApplication.translate("AlertWording", "default for its severity")
    )
    text = QCoreApplication.translate(
        "AlertWording",
        "Ticket {number} “{subject}” ({severity}) is {overdue} past its {stage} time of {allowed} ({basis}).",
    )
    return text.format(
        number=f["number"] or EMPTY,
        subject=f["subject"] or "",
        severity=words.ticket_severity_label(f["ticket_severity"]).lower(),
        overdue=words.hours(round(f["overdue_hours"])),
        stage=stage,
        allowed=words.hours(round(f["allowed_hours"])),
        basis=basis,
    )


def _nps(f: dict) -> str:
    text = QCoreApplication.translate(
        "AlertWording",
        "NPS fell to {nps} in {round} ({answers}) from {baseline} in the rounds before: down {drop}.",
    )
    return text.format(
        nps=words.number(round(f["nps"]), 0),
        round=f["round"],
        answers=words.answers(f["responses"]),
        baseline=words.number(round(f["baseline_nps"]), 0),
        drop=words.points(round(f["drop_points"])),
    )


def _stale(f: dict) -> str:
    roles = _capital(roles_text(f["roles"]))
    if f["days_since_contact"] is None:
        text = QCoreApplication.translate("AlertWording", "{roles} {person} has never been contacted.")
        return text.format(roles=roles, person=f["person"])
    text = QCoreApplication.translate(
        "AlertWording", "{roles} {person} has not been contacted for {days} (last contact {date})."
    )
    return text.format(
        roles=roles,
        person=f["person"],
        days=words.days(f["days_since_contact"]),
        date=formatting.short_date(f["last_contact"]),
    )


def _left(f: dict) -> str:
    where = ""
    if f.get("left_to"):
        where = QCoreApplication.translate("AlertWording", ", to {employer}").format(employer=f["left_to"])
    text = QCoreApplication.translate(
        "AlertWording", "{roles} {person} left the company on {date} ({days} ago{where})."
    )
    return text.format(
        roles=_capital(roles_text(f["roles"])),
        person=f["person"],
        date=formatting.short_date(f["left_on"]),
        days=words.days(f["days_since"]),
        where=where,
    )


def months_text(months) -> str:
    names = [words.month_name(m.year, m.month) for m in months]
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("AlertWording", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _engagement(f: dict) -> str:
    text = QCoreApplication.translate(
        "AlertWording",
        "About {recent} client interactions a month in {months}, against {baseline} in the six months "
        "before ({ratio} of the usual).",
    )
    return text.format(
        recent=words.number(round(f["recent_monthly"]), 0),
        months=months_text(f["recent_months"]),
        baseline=words.number(round(f["baseline_monthly"]), 0),
        ratio=words.percent(f["ratio"]),
    )


_MESSAGES = {
    AlertKind.DELIVERY_LATE: _delivery,
    AlertKind.SLA_AT_RISK: _sla,
    AlertKind.SLA_BREACHED: _sla,
    AlertKind.TICKET_OVERDUE: _ticket,
    AlertKind.NPS_DROP: _nps,
    AlertKind.KEY_PERSON_STALE: _stale,
    AlertKind.KEY_PERSON_LEFT: _left,
    AlertKind.ENGAGEMENT_DROP: _engagement,
}
