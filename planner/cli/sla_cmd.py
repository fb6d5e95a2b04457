"""``kap sla``: an account's SLA scorecard (or its trend), with the records behind misses."""

from __future__ import annotations

import argparse
from decimal import Decimal

from planner.cli.args import iso_date, positive_int
from planner.cli.output import info, print_json, print_table, to_jsonable
from planner.database import open_planner_database
from planner.services import accounts as accounts_service
from planner.sla import service as sla_service
from planner.sla.facts import Evidence
from planner.sla.periods import parse_period
from planner.sla.scorecard import SlaResult

METRIC_NAMES = {
    "on_time_delivery": "On-time delivery",
    "order_lead_time": "Order lead time",
    "first_response_time": "First response time",
    "resolution_time": "Resolution time",
    "defect_ppm": "Defect rate",
    "satisfaction": "Satisfaction",
    "custom": "Custom metric",
}
STATUS_WORDS = {"met": "met", "at_risk": "AT RISK", "breached": "BREACHED", "no_data": "no data"}


def register(sub, parents) -> None:
    parser = sub.add_parser(
        "sla", parents=parents, help="SLA scorecard of an account",
        description="The SLA scorecard of an account: measured value, target and status "
                    "(met, at_risk, breached, no_data) per SLA, over each SLA's current period "
                    "(month or quarter) unless --period is given.",
    )
    parser.add_argument("--account", required=True, metavar="NAME", help="name, unique prefix or UUID")
    parser.add_argument("--period", metavar="PERIOD", help="2026-Q3 or 2026-09 (default: current)")
    parser.add_argument("--as-of", type=iso_date, default=None, metavar="DATE",
                        help="judge as of this day, YYYY-MM-DD (default: today)")
    parser.add_argument("--trend", type=positive_int, metavar="N",
                        help="show each SLA's last N periods instead of one")
    parser.add_argument("--evidence", action="store_true",
                        help="list the records behind each miss (late deliveries, slow tickets...)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=sla)


def row_json(r: SlaResult) -> dict:
    return {
        "metric": r.metric.value,
        "period": r.period.label,
        "target": _number(r.target),
        "value": _number(r.value),
        "status": r.status.value,
        "sla_uuid": str(r.sla_uuid),
        "name": r.name,
        "product_line": r.product_line,
        "unit": r.unit,
        "direction": r.direction.value,
        "warning_threshold": _number(r.warning_threshold),
        "period_start": r.period.start.isoformat(),
        "period_end": r.period.end.isoformat(),
        "complete": r.complete,
        "sample_size": r.sample_size,
        "evidence_count": len(r.evidence),
        "evidence": [evidence_json(e) for e in r.evidence],
    }


def evidence_json(e: Evidence) -> dict:
    return {"kind": e.kind, "uuid": to_jsonable(e.uuid), "label": e.label,
            "date": to_jsonable(e.day), **to_jsonable(e.facts)}


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _show(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ")
    return f"{text} {unit}".rstrip() if unit not in ("", "points") else text


def metric_title(r: SlaResult) -> str:
    title = r.name or METRIC_NAMES[r.metric.value]
    return f"{title} ({r.product_line})" if r.product_line else title


def evidence_line(e: Evidence, unit: str = "hours") -> str:
    f = e.facts
    if e.kind == "delivery":
        made = f"delivered {f['delivered_on']}" if f.get("delivered_on") else "still open"
        parts = [f"order {e.label or '—'}", f.get("product_line") or "—",
                 f"promised {f['promised_on']}", made]
        if f.get("lead_days") is not None:
            parts.append(f"lead time {f['lead_days']} days")
        elif f.get("days_late"):
            parts.append(f"{f['days_late']} day{'' if f['days_late'] == 1 else 's'} late")
        return " · ".join(parts)
    if e.kind == "ticket":
        hours = f.get("first_response_time", f.get("resolution_time"))
        pending = " (still open)" if f.get("pending") else ""
        return f"ticket {e.label or '—'} · {f.get('subject') or '—'} · {hours} {unit}{pending}"
    if e.kind == "quality_record":
        counts = f"{f['defects']} defects in {f['units_inspected']}"
        return f"{e.label or '—'} · {e.day} · {counts} · {f['ppm']} ppm"
    if e.kind == "survey_response":
        comment = f" · “{f['comment']}”" if f.get("comment") else ""
        who = f.get("person") or "anonymous"
        return f"{f['kind'].upper()} {f['score']}/{f['scale_max']} · {who} · {e.day}{comment}"
    return f"{e.kind} {e.label or ''} {e.day or ''}".strip()


def sla(args: argparse.Namespace) -> int:
    db = open_planner_database(args.db)
    try:
        account = accounts_service.resolve(db, args.account)
        if args.trend:
            results = [r for rows in sla_service.trends(db, account.uuid, args.trend, args.as_of).values()
                       for r in rows]
        else:
            period = parse_period(args.period) if args.period else None
            results = list(sla_service.scorecard(db, account.uuid, period, args.as_of).results)
    finally:
        db.close()
    if args.json:
        print_json([row_json(r) for r in results])
        return 0
    if not results:
        info(f"{account.name} has no SLA defined for that period.")
        return 0
    print_table(
        ["Metric", "Period", "Target", "Value", "Status", "Sample", "Misses"],
        [
            [metric_title(r), r.period.label + ("" if r.complete else " (to date)"),
             ("≥ " if r.direction.value == "at_least" else "≤ ") + _show(r.target, r.unit),
             _show(r.value, r.unit), STATUS_WORDS[r.status.value], str(r.sample_size),
             str(len(r.evidence))]
            for r in results
        ],
        right={5, 6},
    )
    if args.evidence:
        for r in results:
            if r.evidence and r.status.value != "met":
                print(f"\n{metric_title(r)}, {r.period.label}: {STATUS_WORDS[r.status.value]}")
                for e in r.evidence:
                    print(f"  {evidence_line(e, r.unit)}")
    return 0
