"""Meeting briefing speed: a full internal briefing of the demo's largest account (floor: 3 s),
measured in a fresh process the way ``kap brief`` runs (imports of python-docx and matplotlib
included), then warm, and the client version. Prints seconds and their ratio to the floor.

    .venv/bin/python -m tests.bench.bench_briefing [--db demo.sqlite] [--lang ru] [--repeat 3]

Without --db it builds the demo portfolio (as of 2026-11-27) in a temporary folder first.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

FLOOR_S = 3.0
AS_OF = date(2026, 11, 27)


def largest_account(db):
    """The account with the most interactions: the most to collect, condense and draw."""
    from sqlalchemy import func, select

    from db.models import Account, Interaction

    with db.session.begin() as session:
        return session.execute(
            select(Account.uuid, Account.name).join(Interaction, Interaction.account_id == Account.id)
            .group_by(Account.id).order_by(func.count(Interaction.id).desc()).limit(1)
        ).one()


def cold_run(db_path: Path, account: str, meeting: str, lang: str, out: Path) -> float:
    """Seconds for ``kap brief`` in a fresh interpreter, start-up and imports included."""
    code = (
        "import sys, time; started = time.perf_counter()\n"
        "from ui.entry import main\n"
        f"status = main(['brief', '--db', {str(db_path)!r}, '--account', {account!r},"
        f" '--meeting', {meeting!r}, '--lang', {lang!r}, '--as-of', {AS_OF.isoformat()!r},"
        f" '--out', {str(out)!r}])\n"
        "print(time.perf_counter() - started); sys.exit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (default: build one)")
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from planner.briefing.request import Audience, BriefingRequest
    from planner.briefing.service import build_briefing, list_meetings
    from planner.database import open_planner_database

    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db
        if db_path is None:
            from planner.demo import build_demo

            db_path = Path(tmp) / "demo.sqlite"
            started = time.perf_counter()
            build_demo(open_planner_database(str(db_path)), as_of=AS_OF)
            print(f"built the demo portfolio in {time.perf_counter() - started:.1f} s")
        db = open_planner_database(str(db_path))
        account_uuid, name = largest_account(db)
        meeting = list_meetings(db, account_uuid, as_of=AS_OF)[0].uuid
        out = Path(tmp) / "brief.docx"
        print(f"largest account: {name}; meeting {meeting}")

        cold = cold_run(db_path, str(account_uuid), str(meeting), args.lang, out)
        share = cold / FLOOR_S
        print(f"kap brief, fresh process:       {cold:6.2f} s   ({share:.0%} of the {FLOOR_S:.0f} s floor)")
        for audience in (Audience.INTERNAL, Audience.CLIENT):
            request = BriefingRequest(account_uuid, meeting=meeting, audience=audience, lang=args.lang,
                                      as_of=AS_OF)
            times = []
            for _ in range(args.repeat):
                result = build_briefing(db, request, out=out)
                times.append(result.seconds)
            median = statistics.median(times)
            print(f"build_briefing, warm, {audience.value:<8}: {median:6.2f} s   "
                  f"({median / FLOOR_S:.0%} of the floor; {len(result.content) // 1024} KiB, "
                  f"{result.pictures} pictures)")
        db.close()


if __name__ == "__main__":
    main()
