"""Benchmark of the demo builder: how fast it fills fresh SQLite files (a script, not a test).

    .venv/bin/python tests/bench/bench_demo.py            # scales 1 and 25
    .venv/bin/python tests/bench/bench_demo.py --scale 5 --keep /tmp/bench

Prints wall and CPU seconds, rows per second, interactions and the file size per
scale. The target: scale 25 (200 accounts, over a million interactions) in under
two minutes on a two-core machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.store import open_database  # noqa: E402
from planner.demo import build_demo  # noqa: E402

TARGET_SECONDS = 120.0


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def bench(scale: int, folder: Path, as_of: date) -> bool:
    path = folder / f"demo-scale{scale}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(path)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        summary = build_demo(database, scale=scale, as_of=as_of)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        database.close()
    ok = scale != 25 or (
        wall < TARGET_SECONDS and summary.accounts >= 200 and summary.interactions >= 1_000_000
    )
    print(
        f"scale {scale:>3}: {wall:7.1f} s wall, {cpu:7.1f} s CPU, {summary.rows / wall:10,.0f} rows/s, "
        f"{summary.accounts:,} accounts, {summary.interactions:,} interactions, "
        f"{summary.interaction_participants:,} participants, {summary.rows:,} rows, "
        f"{file_size(path) / 2**20:,.0f} MiB" + ("" if ok else "  ** over target **"),
        flush=True,
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, action="append", help="scale to build (repeatable)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep the files")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 3, 15))
    args = parser.parse_args(argv)
    scales = args.scale or [1, 25]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = [bench(scale, args.keep, args.as_of) for scale in scales]
    else:
        with tempfile.TemporaryDirectory(prefix="kap-bench-") as folder:
            results = [bench(scale, Path(folder), args.as_of) for scale in scales]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
