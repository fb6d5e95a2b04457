"""``kap accounts``: the portfolio as a table or JSON."""

from __future__ import annotations

import argparse

from planner.cli.output import info, money, percent, print_json, print_table
from planner.database import open_planner_database
from planner.services import accounts as accounts_service


def register(sub, parents) -> None:
    parser = sub.add_parser("accounts", parents=parents, help="list the accounts")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=accounts)


def accounts(args: argparse.Namespace) -> int:
    db = open_planner_database(args.db)
    try:
        summaries = accounts_service.list_accounts(db)
    finally:
        db.close()
    if args.json:
        print_json(summaries)
        return 0
    if not summaries:
        info("No accounts yet. Build the demo portfolio with 'kap demo'.")
        return 0
    rows = [
        [
            s.name,
            s.industry or "—",
            s.stage.value,
            s.tier.value,
            money(s.revenue, s.currency),
            percent(s.share_of_portfolio),
            percent(s.share_of_wallet),
            str(s.people),
            s.last_contact.date().isoformat() if s.last_contact else "—",
        ]
        for s in summaries
    ]
    headers = ["Name", "Industry", "Stage", "Tier", "Revenue", "Portfolio", "Wallet", "People"]
    print_table([*headers, "Last contact"], rows, right={4, 5, 6, 7})
    return 0
