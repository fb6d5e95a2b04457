"""``kap alerts``: the alert centre from the command line — list, acknowledge, snooze,
reopen, and draft the client notice for a late delivery. The English sentences are
worded here, from each alert's kind and facts; the planner only hands over facts."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from planner.alerts import service as alerts_service
from planner.alerts.model import Alert, AlertKind, Severity
from planner.cli.args import iso_date
from planner.cli.output import info, print_json, to_jsonable
from planner.cli.sla_cmd import METRIC_NAMES, _number, evidence_json
from planner.database import open_planner_database
from planner.services import accounts as accounts_service

NOUNS = {"order_lead_time": "deliveries", "first_response_time": "tickets", "resolution_time": "tickets",
         "satisfaction": "answers"}
UNITS = {"%": "%", "days": " days", "hours": " hours", "ppm": " ppm", "points": " points"}


def until_moment(text: str) -> datetime:
    """--until: a date (start of that UTC day) or an ISO time with its offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD) or ISO time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def register(sub, parents) -> None:
    parser = sub.add_parser(
        "alerts", parents=parents, help="open alerts; acknowledge or snooze them",
        description="Lists the open alerts by severity and date. Acknowledged and snoozed "
                    "alerts are hidden unless --all. Act on one alert by its UUID with --ack, "
                    "--snooze UUID --until DATE, or --reopen; --notice UUID drafts the client "
                    "notice for a late delivery.",
    )
    parser.add_argument("--account", metavar="NAME", help="only this account (name, prefix or UUID)")
    parser.add_argument("--as-of", type=iso_date, default=None, metavar="DATE",
                        help="judge as of this day, YYYY-MM-DD (default: today)")
    parser.add_argument("--all", action="store_true", help="include acknowledged and snoozed alerts")
    parser.add_argument("--kind", action="append", choices=[k.value for k in AlertKind],
                        help="only alerts of this kind (repeatable)")
    parser.add_argument("--severity", choices=[s.value for s in Severity],
                        help="only alerts at least this severe")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--ack", metavar="UUID", help="acknowledge the alert: hide it for good")
    action.add_argument("--snooze", metavar="UUID", help="hide the alert until --until")
    action.add_argument("--reopen", metavar="UUID", help="forget an acknowledgement or snooze")
    action.add_argument("--notice", metavar="UUID", help="draft the client notice for a late delivery")
    parser.add_argument("--until", type=until_moment, metavar="DATE", help="end of a --snooze")
    parser.add_argument("--note", help="a note kept with --ack or --snooze")
    parser.add_argument("--lang", choices=["en", "ru"], help="language of --notice (default: the account's)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=alerts)


def _value(value, unit: str) -> str:
    if value is None:
        return "no data"
    number = _number(value)
    if isinstance(number, float):
        number = round(number, 1)
    return f"{number}{UNITS.get(unit, ' ' + unit if unit else '')}"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _roles(roles) -> str:
    words = {"economic_buyer": "economic buyer", "decider": "decider", "champion": "champion"}
    return " and ".join(words.get(r, r) for r in roles) or "key person"


def message(alert: Alert) -> str:
    """One English sentence saying what fired and why."""
    f = alert.facts
    kind = alert.kind
    if kind is AlertKind.DELIVERY_LATE:
        what = f"Delivery of order {f['order_number'] or '—'} ({f['product_line'] or 'no product line'})"
        source = (f"from {f['late_count']} late of {f['sample_size']} comparable deliveries "
                  f"({'this account' if f['scope'] == 'account' else 'all accounts'}, last 12 months)")
        if f["overdue"]:
            return (f"{what} was promised for {f['promised_on']} and is {_days(f['days_overdue'])} overdue; "
                    f"now expected on {f['expected_on']}.")
        return (f"{what} promised for {f['promised_on']} is likely to be late: "
                f"{f['probability']:.0%} chance, about {_days(f['expected_delay_days'])} "
                f"(expected {f['expected_on']}), {source}.")
    if kind in (AlertKind.SLA_AT_RISK, AlertKind.SLA_BREACHED):
        title = f.get("name") or METRIC_NAMES[f["metric"]]
        if f.get("product_line"):
            title += f" ({f['product_line']})"
        state = "is at risk" if kind is AlertKind.SLA_AT_RISK else (
            "was breached" if f["period_complete"] else "is breached")
        sign = "at least" if f["direction"] == "at_least" else "at most"
        text = (f"SLA {title} {state} in {f['period']}: {_value(f['value'], f['unit'])} against "
                f"{sign} {_value(f['target'], f['unit'])}")
        if f.get("warning_threshold") is not None and kind is AlertKind.SLA_AT_RISK:
            text += f" (warning at {_value(f['warning_threshold'], f['unit'])})"
        n = f["evidence_count"]
        if n and f["metric"] == "on_time_delivery":
            text += f"; {n} of {f['sample_size']} deliveries late"
        elif n and f["metric"] == "defect_ppm":
            text += f"; {n} inspection record{'s' if n > 1 else ''} over the target"
        elif n:
            noun = NOUNS.get(f["metric"], "records")
            text += f"; {n} of {f['sample_size']} {noun} miss the target"
        return text + "."
    if kind is AlertKind.TICKET_OVERDUE:
        stage = "first response" if f["stage"] == "first_response" else "resolution"
        basis = "per SLA" if f["basis"] == "sla" else "default for its severity"
        return (f"Ticket {f['number'] or '—'} “{f['subject'] or ''}” ({f['ticket_severity']}) is "
                f"{f['overdue_hours']:.0f} hours past its {stage} time of {f['allowed_hours']:.0f} hours "
                f"({basis}).")
    if kind is AlertKind.NPS_DROP:
        return (f"NPS fell to {f['nps']:.0f} in {f['round']} ({f['responses']} answers) from "
                f"{f['baseline_nps']:.0f} in the rounds before: down {f['drop_points']:.0f} points.")
    if kind is AlertKind.KEY_PERSON_STALE:
        who = f"{_roles(f['roles']).capitalize()} {f['person']}"
        if f["days_since_contact"] is None:
            return f"{who} has never been contacted."
        return (f"{who} has not been contacted for {_days(f['days_since_contact'])} "
                f"(last contact {f['last_contact'].date()}).")
    if kind is AlertKind.KEY_PERSON_LEFT:
        where = f", to {f['left_to']}" if f.get("left_to") else ""
        return (f"{_roles(f['roles']).capitalize()} {f['person']} left the company on {f['left_on']} "
                f"({_days(f['days_since'])} ago{where}).")
    if kind is AlertKind.ENGAGEMENT_DROP:
        months = " and ".join(f"{m:%B %Y}" for m in f["recent_months"])
        return (f"About {f['recent_monthly']:.0f} client interactions a month in {months}, against "
                f"{f['baseline_monthly']:.0f} in the six months before ({f['ratio']:.0%} of the usual).")
    return kind.value


def alert_json(alert: Alert) -> dict:
    return {
        "uuid": str(alert.uuid),
        "account": alert.account.name,
        "account_uuid": str(alert.account.uuid),
        "kind": alert.kind.value,
        "severity": alert.severity.value,
        "created": alert.created.isoformat(),
        "message": message(alert),
        "status": alert.status.value,
        "snoozed_until": to_jsonable(alert.snoozed_until),
        "note": alert.note,
        "key": alert.key,
        "facts": to_jsonable(alert.facts),
        "evidence": [evidence_json(e) for e in alert.evidence],
    }


def alerts(args: argparse.Namespace) -> int:
    if args.snooze and args.until is None:
        raise_usage("--snooze needs --until DATE")
    if args.until is not None and not args.snooze:
        raise_usage("--until goes with --snooze")
    db = open_planner_database(args.db)
    try:
        if args.ack or args.snooze or args.reopen:
            return _act(db, args)
        if args.notice:
            notice = alerts_service.draft_notice(db, args.notice, args.as_of, args.lang)
            if args.json:
                print_json(notice)
            else:
                print(f"To: {notice.to_name or '—'}" + (f" <{notice.to_email}>" if notice.to_email else ""))
                print(f"Subject: {notice.subject}\n")
                print(notice.body, end="")
            return 0
        account = accounts_service.resolve(db, args.account).uuid if args.account else None
        found = alerts_service.list_alerts(db, account, args.as_of, include_dismissed=args.all)
    finally:
        db.close()
    if args.kind:
        found = [a for a in found if a.kind.value in args.kind]
    if args.severity:
        found = [a for a in found if a.severity.rank <= Severity(args.severity).rank]
    if args.json:
        print_json([alert_json(a) for a in found])
        return 0
    if not found:
        info("No open alerts.")
        return 0
    for a in found:
        state = "" if a.status.value == "open" else f"  [{a.status.value}" + (
            f" until {a.snoozed_until.date()}]" if a.snoozed_until else "]")
        print(f"{a.severity.value.upper():<8}  {a.created.date()}  {a.account.name}  {a.kind.value}  "
              f"{a.uuid}{state}")
        print(f"          {message(a)}")
    info(f"{len(found)} alert(s).")
    return 0


def _act(db, args: argparse.Namespace) -> int:
    if args.ack:
        alerts_service.acknowledge(db, args.ack, args.note, args.as_of)
        info(f"Acknowledged {args.ack}.")
    elif args.snooze:
        alerts_service.snooze(db, args.snooze, args.until, args.note, args.as_of)
        info(f"Snoozed {args.snooze} until {args.until.isoformat()}.")
    else:
        alerts_service.reopen(db, args.reopen, args.as_of)
        info(f"Reopened {args.reopen}.")
    return 0


def raise_usage(text: str) -> None:
    from planner.errors import ErrorCode, PlannerError

    raise PlannerError(ErrorCode.INVALID, text)
