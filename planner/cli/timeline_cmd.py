"""``kap timeline``: an account's (or a person's) interactions, newest first, by month with gaps."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from planner.cli.args import iso_date, positive_int
from planner.cli.output import to_jsonable
from planner.database import open_planner_database
from planner.enums import Direction, InteractionKind
from planner.services import accounts as accounts_service
from planner.timeline import query
from planner.timeline.months import GAP_DAYS, Gap, with_gaps

PAGE = 500


def register(sub, parents) -> None:
    parser = sub.add_parser("timeline", parents=parents, help="an account's interactions, newest first")
    parser.add_argument("--account", required=True, metavar="NAME", help="name, unique prefix or UUID")
    parser.add_argument("--person", metavar="NAME", help="only interactions with this person")
    parser.add_argument("--since", type=iso_date, metavar="DATE", help="from this day on (YYYY-MM-DD)")
    parser.add_argument("--until", type=iso_date, metavar="DATE", help="up to this day (YYYY-MM-DD)")
    parser.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in InteractionKind],
        help="only this channel (repeatable)",
    )
    parser.add_argument(
        "--direction",
        action="append",
        choices=[d.value for d in Direction],
        help="only this direction (repeatable)",
    )
    parser.add_argument("--search", metavar="WORDS", help="full-text search in subjects and notes")
    parser.add_argument("--limit", type=positive_int, metavar="N", help="at most N interactions")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=timeline)


def entry_json(entry: query.TimelineEntry) -> dict:
    return {
        "uuid": str(entry.uuid),
        "occurred_at": entry.occurred_at.isoformat(),
        "kind": entry.kind.value,
        "direction": entry.direction.value,
        "subject": entry.subject,
        "summary": entry.summary,
        "people": [p.name for p in entry.people],
        "team": [p.name for p in entry.team],
        "source": entry.source,
        "source_name": entry.source_name,
        "location": entry.location,
        "duration_minutes": entry.duration_minutes,
        "participants": to_jsonable(list(entry.people + entry.team)),
    }


def timeline(args: argparse.Namespace) -> int:
    db = open_planner_database(args.db)
    try:
        account = accounts_service.resolve(db, args.account)
        person = query.resolve_person(db, account.uuid, args.person) if args.person else None
        filters = query.TimelineFilter(
            person=person,
            kinds=frozenset(InteractionKind(k) for k in args.kind or ()),
            directions=frozenset(Direction(d) for d in args.direction or ()),
            since=args.since,
            until=args.until,
            text=args.search,
        )
        if args.json:
            _stream_json(db, account.uuid, filters, args.limit)
        else:
            _print_text(db, account, filters, args.limit)
    finally:
        db.close()
    return 0


def _pages(db, account_uuid, filters, limit):
    """Every entry, page by page (never the whole timeline in memory)."""
    cursor = None
    left = limit
    while True:
        size = PAGE if left is None else min(PAGE, left)
        page = query.timeline(db, account_uuid, filters, limit=size, before=cursor)
        yield from page.entries
        if left is not None:
            left -= len(page.entries)
            if left <= 0:
                return
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _stream_json(db, account_uuid, filters, limit) -> None:
    out = sys.stdout
    out.write("[")
    first = True
    for entry in _pages(db, account_uuid, filters, limit):
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(entry_json(entry), ensure_ascii=False))
        first = False
    out.write("\n]\n" if not first else "]\n")


def _print_text(db, account, filters, limit) -> None:
    entries = list(_pages(db, account.uuid, filters, limit or 200))
    if not entries:
        print(f"No interactions with {account.name} yet.")
        return
    month = None
    now = datetime.now(UTC)
    if (now - entries[0].occurred_at).days >= GAP_DAYS:
        print(f"  … no contact for {(now - entries[0].occurred_at).days} days (since the last one)")
    for item in with_gaps(entries):
        if isinstance(item, Gap):
            print(f"  … {item.days} days without contact")
            continue
        local = item.occurred_at.astimezone()
        if (local.year, local.month) != month:
            month = (local.year, local.month)
            print(f"\n{local:%B %Y}")
        people = ", ".join(p.name for p in item.people + item.team)
        arrow = {"inbound": "←", "outbound": "→", "mutual": "↔", "internal": "·"}[item.direction.value]
        subject = item.subject or "(no subject)"
        subject = subject if len(subject) <= 90 else subject[:89] + "…"
        line = f"  {local:%d %a %H:%M}  {item.kind.value:<10} {arrow} {subject}"
        print(line + (f"  [{people}]" if people else ""))
    if limit is None and len(entries) == 200:
        print("\n(first 200 shown; use --limit N or --since DATE for more)")
