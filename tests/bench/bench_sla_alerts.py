"""Benchmark of the SLA scorecard and the alert list on the scaled demo (a script, not a test).

    .venv/bin/python tests/bench/bench_sla_alerts.py                       # /tmp/bench25.sqlite
    .venv/bin/python tests/bench/bench_sla_alerts.py --db other.sqlite --runs 7

Builds the scale-25 demo (200 accounts, about a million interactions) as of
27.11.2026 if the file does not exist yet (``kap demo --db /tmp/bench25.sqlite
--scale 25 --as-of 2026-11-27``, a few minutes), then times, several runs each:
the portfolio's SLA scorecards (every account's current periods), the alert list
of the whole portfolio (every rule), one account's scorecard, and one account's
alerts. Prints the median and best wall time, the median CPU time (all threads) and
the ratio to the 1 s floor; exits 1 when a median wall time is over it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from planner.alerts import service as alerts  # noqa: E402
from planner.database import open_planner_database  # noqa: E402
from planner.services import accounts  # noqa: E402
from planner.sla import service as sla  # noqa: E402

FLOOR_SECONDS = 1.0
AS_OF = date(2026, 11, 27)


def measure(label: str, call: Callable[[], object], runs: int, size: Callable[[object], int]) -> bool:
    call()  # warm the caches (file pages, imports), as a running app would be
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = call()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    median = statistics.median(walls)
    ok = median <= FLOOR_SECONDS
    print(
        f"{label:<34} {size(result):>6} rows  median {median:6.3f} s  best {min(walls):6.3f} s  "
        f"CPU {statistics.median(cpus):6.3f} s  {median / FLOOR_SECONDS:5.2f} × floor"
        + ("" if ok else "  ** over the 1 s floor **"),
        flush=True,
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench25.sqlite"))
    parser.add_argument("--scale", type=int, default=25, help="scale of a demo built when --db is missing")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"building the scale-{args.scale} demo into {args.db} ...", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ui.entry",
                "demo",
                "--db",
                str(args.db),
                "--scale",
                str(args.scale),
                "--as-of",
                AS_OF.isoformat(),
            ],
            check=True,
            cwd=ROOT,
        )
    db = open_planner_database(str(args.db))
    try:
        portfolio = accounts.list_accounts(db)
        one = portfolio[0].uuid
        print(f"{args.db}: {len(portfolio)} accounts, as of {AS_OF}, {args.runs} runs each", flush=True)
        ok = all(
            [
                measure(
                    "SLA scorecards, whole portfolio",
                    lambda: sla.portfolio(db, AS_OF),
                    args.runs,
                    lambda cards: sum(len(c.results) for c in cards),
                ),
                measure(
                    "alert list, whole portfolio", lambda: alerts.list_alerts(db, as_of=AS_OF), args.runs, len
                ),
                measure(
                    "SLA scorecard, one account",
                    lambda: sla.scorecard(db, one, as_of=AS_OF),
                    args.runs,
                    lambda card: len(card.results),
                ),
                measure(
                    "alert list, one account",
                    lambda: alerts.list_alerts(db, one, as_of=AS_OF),
                    args.runs,
                    len,
                ),
            ]
        )
    finally:
        db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
