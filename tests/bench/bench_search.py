"""How fast the app's reads are on the 25× demo: search, portfolio, account switch, alerts.

Builds the demo with ``kap demo --scale 25`` (about two minutes) unless the database
is there already, then times 20 searches (10 English, 10 Russian; each the best of
three after a warm-up, as the app runs them again while the user types) and the
reads the window makes on the UI thread (and the alerts it computes in a worker).
Prints median and 95th percentile in ms and
their ratio to the 100 ms floor (ratio ≤ 1 is within it)::

    .venv/bin/python tests/bench/bench_search.py [--db /tmp/bench25.sqlite]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DB = Path("/tmp/bench25.sqlite")
SCALE = 25
AS_OF = "2026-11-27"
FLOOR_MS = 100.0

QUERIES = {
    "en": [
        "delivery",
        "invoice",
        "quality",
        "contract",
        "maintenance",
        "price increase",
        "warehouse manager",
        "Krause",
        "complaint",
        "commissioning",
    ],
    "ru": [
        "поставка",
        "договор",
        "претензия",
        "отгрузка",
        "ПОСТАВКИ",
        "счёт",
        "закупкам",
        "Иванов",
        "ремонт",
        "двигатель",
    ],
}


def ensure_demo(path: Path) -> None:
    """Build the scaled demo into ``path`` unless a demo of that scale is there already."""
    if path.exists():
        from planner.database import open_planner_database
        from planner.services import maintenance

        db = open_planner_database(str(path))
        try:
            facts = maintenance.database_facts(db)
        finally:
            db.close()
        if facts.demo_scale == SCALE:
            print(f"reusing {path} ({facts.accounts} accounts, scale {facts.demo_scale})")
            return
        sys.exit(f"{path} exists but is not the {SCALE}× demo (scale {facts.demo_scale}); pass another --db")
    print(f"building the {SCALE}× demo into {path} (takes a few minutes)…", flush=True)
    started = time.monotonic()
    command = [sys.executable, "-m", "ui.entry", "demo", "--db", str(path), "--scale", str(SCALE)]
    subprocess.run([*command, "--as-of", AS_OF], check=True, cwd=ROOT)
    print(f"built in {time.monotonic() - started:.0f} s")


def best_of(repeats: int, call) -> float:
    """The fastest of ``repeats`` runs, in ms."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def summary(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    median = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{label:<28} median {median:7.1f} ms  p95 {p95:7.1f} ms  "
        f"ratio to {FLOOR_MS:.0f} ms: {median / FLOOR_MS:.2f} / {p95 / FLOOR_MS:.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help=f"the {SCALE}× demo (default {DEFAULT_DB})"
    )
    parser.add_argument("--repeats", type=int, default=3, help="runs per query; the best counts")
    args = parser.parse_args(argv)
    ensure_demo(args.db)

    from planner.database import open_planner_database
    from planner.services import accounts, overview
    from planner.services.search import search

    db = open_planner_database(str(args.db))
    try:
        everything: list[float] = []
        for language, queries in QUERIES.items():
            times = []
            for query in queries:
                search(db, query)  # warm-up: the page cache, the stemmer
                ms = best_of(args.repeats, lambda q=query: search(db, q))
                hits = search(db, query).total
                times.append(ms)
                print(f"  {language} {query!r:<22} {ms:7.1f} ms  {hits:3d} hits")
            everything += times
            print(summary(f"search ({language}, {len(times)} queries)", times))
        print(summary(f"search (all {len(everything)})", everything))

        portfolio = accounts.list_accounts(db)
        print(summary("portfolio reload", [best_of(args.repeats, lambda: accounts.list_accounts(db))]))
        switches = [
            best_of(args.repeats, lambda a=a: (accounts.get(db, a.uuid), overview.facts(db, a.uuid)))
            for a in portfolio[:20]
        ]
        print(summary("account switch (20 accounts)", switches))
        from ui.models.portfolio_alerts import load_alert_summaries

        alerts_ms = best_of(1, lambda: load_alert_summaries(db))
        print(summary("alerts column (in a worker)", [alerts_ms]))
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
