"""Why an alert fired, fact by fact: the rows of the alert centre's detail pane.

Each kind lists the figures its rule compared (the forecast and the history behind
it, the measured value against the target, the time allowed against the time
taken…); the records themselves are the alert's evidence, shown beneath.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication

from planner.alerts.model import Alert, AlertKind
from ui import formatting
from ui.alerts.wording import months_text, roles_text
from ui.formatting import EMPTY
from ui.models.portfolio_alerts import severity_label
from ui.service import words


def fact_rows(alert: Alert) -> list[tuple[str, str]]:
    """(label, value) pairs: the account and severity, then the facts of the alert's kind."""
    rows = [
        (QCoreApplication.translate("AlertDetails", "Account"), alert.account.name),
        (QCoreApplication.translate("AlertDetails", "Severity"), severity_label(str(alert.severity))),
        (QCoreApplication.translate("AlertDetails", "Since"), formatting.short_date(alert.created)),
    ]
    with contextlib.suppress(KeyError, TypeError, ValueError):  # facts of a newer planner
        rows += _KINDS[alert.kind](alert.facts)
    if alert.note:
        rows.append((QCoreApplication.translate("AlertDetails", "Note"), alert.note))
    return [(label, value if value not in (None, "") else EMPTY) for label, value in rows]


def _delivery(f: dict) -> list[tuple[str, str]]:
    quantity = EMPTY
    if f.get("quantity") is not None:
        quantity = f"{words.number(f['quantity'], 2)}\u00a0{f.get('unit') or ''}".strip()
    rows = [
        (QCoreApplication.translate("AlertDetails", "Order"), f["order_number"] or EMPTY),
        (QCoreApplication.translate("AlertDetails", "Product line"), f["product_line"] or EMPTY),
        (QCoreApplication.translate("AlertDetails", "Quantity"), quantity),
        (QCoreApplication.translate("AlertDetails", "Ordered"), formatting.short_date(f.get("ordered_on"))),
        (QCoreApplication.translate("AlertDetails", "Promised for"), formatting.short_date(f["promised_on"])),
        (QCoreApplication.translate("AlertDetails", "Now expected"), formatting.short_date(f["expected_on"])),
        (QCoreApplication.translate("AlertDetails", "Expected delay"), words.days(f["expected_delay_days"])),
    ]
    if f["overdue"]:
        rows.append((QCoreApplication.translate("AlertDetails", "Overdue by"), words.days(f["days_overdue"])))
    else:
        rows.append(
            (
                QCoreApplication.translate("AlertDetails", "Chance of being late"),
                words.percent(f["probability"]),
            )
        )
        rows.append(
            (
                QCoreApplication.translate("AlertDetails", "Days until the promised date"),
                words.days(f["days_until_promised"]),
            )
        )
    if f.get("sample_size"):
        scope = (
            QCoreApplication.translate("AlertDetails", "this account's")
            if f["scope"] == "account"
            else QCoreApplication.translate("AlertDetails", "all accounts'")
        )
        rows.append(
            (
                QCoreApplication.translate("AlertDetails", "Basis"),
                QCoreApplication.translate(
                    "AlertDetails",
                    "{late} of {sample} of {scope} comparable deliveries of the last 12 months "
                    "were late (recent ones weigh more)",
                ).format(
                    late=words.number(f["late_count"], 0),
                    sample=words.number(f["sample_size"], 0),
                    scope=scope,
                ),
            )
        )
    return rows


def _sla(f: dict) -> list[tuple[str, str]]:
    period = words.period_label_name(f["period"], capital=True)
    if not f["period_complete"]:
        period = QCoreApplication.translate("AlertDetails", "{period}, to date").format(period=period)
    rows = [
        (
            QCoreApplication.translate("AlertDetails", "SLA"),
            words.sla_title(f["metric"], f.get("name"), f.get("product_line")),
        ),
        (QCoreApplication.translate("AlertDetails", "Period"), period),
        (QCoreApplication.translate("AlertDetails", "Measured"), words.measure(f["value"], f["unit"])),
        (
            QCoreApplication.translate("AlertDetails", "Target"),
            words.target(f["target"], f["unit"], f["direction"]),
        ),
    ]
    if f.get("warning_threshold") is not None:
        rows.append(
            (
                QCoreApplication.translate("AlertDetails", "At risk from"),
                words.measure(f["warning_threshold"], f["unit"]),
            )
        )
    rows += [
        (QCoreApplication.translate("AlertDetails", "Status"), words.status_label(f["status"])),
        (QCoreApplication.translate("AlertDetails", "Records measured"), words.number(f["sample_size"], 0)),
        (
            QCoreApplication.translate("AlertDetails", "Records missing the target"),
            words.number(f["evidence_count"], 0),
        ),
    ]
    return rows


def _ticket(f: dict) -> list[tuple[str, str]]:
    stage = (
        QCoreApplication.translate("AlertDetails", "First response")
        if f["stage"] == "first_response"
        else QCoreApplication.translate("AlertDetails", "Resolution")
    )
    basis = (
        QCoreApplication.translate("AlertDetails", "the account's SLA")
        if f["basis"] == "sla"
        else QCoreApplication.translate("AlertDetails", "the default for the ticket's severity")
    )
    return [
        (QCoreApplication.translate("AlertDetails", "Ticket"), f["number"] or EMPTY),
        (QCoreApplication.translate("AlertDetails", "Subject"), f["subject"] or EMPTY),
        (
            QCoreApplication.translate("AlertDetails", "Ticket severity"),
            words.ticket_severity_label(f["ticket_severity"]),
        ),
        (QCoreApplication.translate("AlertDetails", "Opened"), formatting.long_datetime(f["opened_at"])),
        (QCoreApplication.translate("AlertDetails", "Waiting for"), stage),
        (QCoreApplication.translate("AlertDetails", "Time allowed"), words.hours(round(f["allowed_hours"]))),
        (QCoreApplication.translate("AlertDetails", "Due"), formatting.long_datetime(f["due_at"])),
        (QCoreApplication.translate("AlertDetails", "Overdue by"), words.hours(round(f["overdue_hours"]))),
        (QCoreApplication.translate("AlertDetails", "Time allowed by"), basis),
    ]


def _nps(f: dict) -> list[tuple[str, str]]:
    split = QCoreApplication.translate("AlertDetails", "{promoters} promoters, {detractors} detractors")
    split = split.format(
        promoters=words.number(f["promoters"], 0), detractors=words.number(f["detractors"], 0)
    )
    return [
        (QCoreApplication.translate("AlertDetails", "Latest round"), f["round"]),
        (QCoreApplication.translate("AlertDetails", "NPS"), f"{words.number(f['nps'], 1)} ({split})"),
        (QCoreApplication.translate("AlertDetails", "Answers"), words.number(f["responses"], 0)),
        (QCoreApplication.translate("AlertDetails", "Rounds before"), ", ".join(f["baseline_rounds"])),
        (
            QCoreApplication.translate("AlertDetails", "NPS before"),
            QCoreApplication.translate("AlertDetails", "{nps} from {answers}").format(
                nps=words.number(f["baseline_nps"], 1), answers=words.answers(f["baseline_responses"])
            ),
        ),
        (QCoreApplication.translate("AlertDetails", "Drop"), words.points(round(f["drop_points"]))),
    ]


def _stale(f: dict) -> list[tuple[str, str]]:
    days = f["days_since_contact"]
    return [
        (QCoreApplication.translate("AlertDetails", "Person"), f["person"]),
        (QCoreApplication.translate("AlertDetails", "Title"), f.get("title") or EMPTY),
        (QCoreApplication.translate("AlertDetails", "Role"), roles_text(f["roles"])),
        (
            QCoreApplication.translate("AlertDetails", "Last contact"),
            formatting.short_date(f["last_contact"])
            if f["last_contact"]
            else QCoreApplication.translate("AlertDetails", "never"),
        ),
        (
            QCoreApplication.translate("AlertDetails", "Without contact"),
            words.days(days) if days is not None else EMPTY,
        ),
        (QCoreApplication.translate("AlertDetails", "Alert after"), words.days(f["threshold_days"])),
    ]


def _left(f: dict) -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("AlertDetails", "Person"), f["person"]),
        (QCoreApplication.translate("AlertDetails", "Title"), f.get("title") or EMPTY),
        (QCoreApplication.translate("AlertDetails", "Role"), roles_text(f["roles"])),
        (QCoreApplication.translate("AlertDetails", "Left on"), formatting.short_date(f["left_on"])),
        (QCoreApplication.translate("AlertDetails", "New employer"), f.get("left_to") or EMPTY),
    ]


def _engagement(f: dict) -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("AlertDetails", "Recent months"), months_text(f["recent_months"])),
        (
            QCoreApplication.translate("AlertDetails", "Interactions a month"),
            words.number(f["recent_monthly"], 1),
        ),
        (QCoreApplication.translate("AlertDetails", "Usual a month"), words.number(f["baseline_monthly"], 1)),
        (QCoreApplication.translate("AlertDetails", "Share of the usual"), words.percent(f["ratio"])),
    ]


_KINDS = {
    AlertKind.DELIVERY_LATE: _delivery,
    AlertKind.SLA_AT_RISK: _sla,
    AlertKind.SLA_BREACHED: _sla,
    AlertKind.TICKET_OVERDUE: _ticket,
    AlertKind.NPS_DROP: _nps,
    AlertKind.KEY_PERSON_STALE: _stale,
    AlertKind.KEY_PERSON_LEFT: _left,
    AlertKind.ENGAGEMENT_DROP: _engagement,
}


def evidence_heading(alert: Alert) -> str:
    """What the evidence table beneath the facts lists."""
    if not alert.evidence:
        return QCoreApplication.translate("AlertDetails", "No records to list.")
    kind = alert.kind
    if kind is AlertKind.DELIVERY_LATE:
        return QCoreApplication.translate(
            "AlertDetails", "The comparable deliveries behind the forecast, newest first"
        )
    if kind in (AlertKind.SLA_AT_RISK, AlertKind.SLA_BREACHED):
        return QCoreApplication.translate("AlertDetails", "The records that miss the target, worst first")
    if kind is AlertKind.NPS_DROP:
        return QCoreApplication.translate("AlertDetails", "The answers of the latest round, lowest first")
    if kind is AlertKind.ENGAGEMENT_DROP:
        return QCoreApplication.translate("AlertDetails", "Client contact in the recent months")
    return QCoreApplication.translate("AlertDetails", "The record")
