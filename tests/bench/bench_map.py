"""Stakeholder map at scale: layout of a 300-person account (floor: 200 ms), loading it from
the database, and rendering it to PNG and SVG. Prints figures and their ratio to the floor.

    .venv/bin/python -m tests.bench.bench_map [--people 300] [--out DIR]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

LAYOUT_FLOOR_MS = 200.0


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time in milliseconds over ``repeat`` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def seed_database(path: Path, people: int):
    """An account of ``people`` stakeholders with roles, links and interactions, for load_map."""
    import random
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert, select

    from db.enums import Attitude, InteractionKind, LinkKind
    from db.models import Account, Interaction, InteractionParticipant, Person, PersonLink
    from planner.database import open_planner_database
    from planner.services import accounts
    from planner.services.accounts import AccountInput

    db = open_planner_database(str(path))
    accounts.create(db, AccountInput(name="Bench Steel"))
    rng = random.Random(7)
    with db.session.begin() as session:
        account_id = session.scalar(select(Account.id))
        ids: list[int] = []
        for i in range(people):
            boss = None if i == 0 else ids[rng.randrange(0, max(1, min(i, 1 + i // 3)))]
            person = Person(account_id=account_id, full_name=f"Person {i:03d}", reports_to_id=boss,
                            attitude=rng.choice(list(Attitude)), influence=rng.randint(1, 5),
                            interest=rng.randint(1, 5), relationship_strength=rng.randint(0, 5))
            session.add(person)
            session.flush()
            ids.append(person.id)
        session.execute(insert(PersonLink), [
            {"from_person_id": a, "to_person_id": b, "kind": rng.choice(list(LinkKind)), "strength": 3}
            for a, b in {tuple(rng.sample(ids, 2)) for _ in range(people // 10)}
        ])
        now = datetime.now(UTC)
        for n in range(people * 20):
            interaction = Interaction(account_id=account_id, kind=InteractionKind.EMAIL,
                                      occurred_at=now - timedelta(days=rng.randrange(700)))
            interaction.participants = [InteractionParticipant(person_id=p)
                                        for p in rng.sample(ids, 1 + n % 3)]
            session.add(interaction)
        account_uuid = session.scalar(select(Account.uuid))
    return db, account_uuid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--out", type=Path, default=None, help="keep the pictures in this folder")
    args = parser.parse_args()

    from planner.stakeholders import render
    from planner.stakeholders.gaps import find_gaps
    from planner.stakeholders.layout import grid_layout, org_layout
    from planner.stakeholders.service import load_map
    from tests.unit.test_stakeholder_layout import random_map

    smap = random_map(args.people, seed=3)
    org_ms, org = timed(lambda: org_layout(smap), 15)
    grid_ms, grid = timed(lambda: grid_layout(smap), 15)
    gaps_ms, _ = timed(lambda: find_gaps(smap), 15)
    print(f"people              {args.people}")
    print(f"org layout          {org_ms:7.1f} ms   (floor {LAYOUT_FLOOR_MS:.0f} ms, "
          f"ratio {org_ms / LAYOUT_FLOOR_MS:.2f})   chart {org.width:.0f} × {org.height:.0f} units")
    print(f"grid layout         {grid_ms:7.1f} ms   (ratio {grid_ms / LAYOUT_FLOOR_MS:.2f})")
    print(f"gap rules           {gaps_ms:7.1f} ms")

    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        db, account = seed_database(Path(scratch) / "bench.sqlite", args.people)
        try:
            load_ms, loaded = timed(lambda: load_map(db, account), 5)
        finally:
            db.close()
        print(f"load_map from db    {load_ms:7.1f} ms   ({len(loaded.people)} people, "
              f"{args.people * 20} interactions)")
        fig_ms, fig = timed(lambda: render.org_figure(smap, org), 3)
        png_ms, _ = timed(lambda: render.save_figure(fig, out / "org.png"), 1)
        svg_ms, _ = timed(lambda: render.save_figure(fig, out / "org.svg"), 1)
        gfig_ms, gfig = timed(lambda: render.grid_figure(smap, grid), 3)
        gpng_ms, _ = timed(lambda: render.save_figure(gfig, out / "grid.png"), 1)
        width, height = fig.get_size_inches()
        print(f"org figure          {fig_ms:7.1f} ms   ({width:.0f} × {height:.0f} in)")
        print(f"org PNG             {png_ms:7.1f} ms   ({(out / 'org.png').stat().st_size / 1e6:.1f} MB)")
        print(f"org SVG             {svg_ms:7.1f} ms   ({(out / 'org.svg').stat().st_size / 1e6:.1f} MB)")
        print(f"grid figure + PNG   {gfig_ms + gpng_ms:7.1f} ms")
        if args.out:
            print(f"pictures in         {out}")
    print(f"as of               {date.today().isoformat()}")


if __name__ == "__main__":
    main()
