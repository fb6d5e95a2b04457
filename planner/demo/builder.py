"""Filling an empty planner database with a deterministic demo portfolio.

One seeded generator drives everything, and every date is derived from
``as_of``, so the same seed and date give byte-identical content, UUIDs
included. The whole build is one transaction of Core bulk inserts: cancelling
or failing leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, delete, insert, select, text

from db import search
from db.models import Account, FxRate, MetaEntry
from db.store import Database
from planner.demo.accounts import (
    new_account,
    write_account,
    write_account_team,
    write_competitors,
    write_contracts,
    write_team,
)
from planner.demo.activity import write_interactions
from planner.demo.catalog import PROFILES, RUB_EUR
from planner.demo.commerce import write_commerce
from planner.demo.context import AccountInfo, Build
from planner.demo.people import write_people
from planner.demo.plan import write_plan
from planner.demo.service import write_service
from planner.demo.stories import Story, describe
from planner.demo.timeline import Timeline
from planner.demo.writer import BulkWriter
from planner.errors import Cancelled, ErrorCode, PlannerError, ValidationError

MAX_SCALE = 200
#: Accounts per unit of scale: one copy of each base profile.
ACCOUNTS_PER_SCALE = len(PROFILES)
_SQLITE_CACHE_KIB = 512 * 1024
META_KEYS = ("demo_seed", "demo_scale", "demo_as_of")


class DemoCancelled(Cancelled):
    """The caller cancelled the build; the database was rolled back and is unchanged."""

    def __init__(self) -> None:
        super().__init__("building the demo portfolio")


@dataclass(frozen=True)
class DemoSummary:
    """What a build wrote: rows per table, how long it took and the planted stories."""

    seed: int
    scale: int
    as_of: date
    accounts: int
    account_domains: int
    sites: int
    stage_changes: int
    team_members: int
    account_team_members: int
    people: int
    contact_points: int
    person_roles: int
    person_links: int
    interactions: int
    interaction_participants: int
    orders: int
    order_lines: int
    deliveries: int
    quality_records: int
    tickets: int
    sla_definitions: int
    surveys: int
    opportunities: int
    plan_goals: int
    plan_objectives: int
    plan_actions: int
    risks: int
    contracts: int
    competitors: int
    fx_rates: int
    elapsed_seconds: float
    stories: tuple[Story, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Rows written per table, by the summary's field names (accounts, people, …)."""
        return {name: getattr(self, name) for name in _COUNT_FIELDS.values()}

    @property
    def rows(self) -> int:
        """All rows written (meta entries aside)."""
        return sum(self.counts.values())


#: DemoSummary field for each table.
_COUNT_FIELDS = {
    "account": "accounts", "account_domain": "account_domains", "site": "sites",
    "stage_change": "stage_changes", "team_member": "team_members",
    "account_team_member": "account_team_members", "person": "people",
    "contact_point": "contact_points", "person_role": "person_roles", "person_link": "person_links",
    "interaction": "interactions", "interaction_participant": "interaction_participants",
    "sales_order": "orders", "order_line": "order_lines", "delivery": "deliveries",
    "quality_record": "quality_records", "ticket": "tickets", "sla_definition": "sla_definitions",
    "survey_response": "surveys", "opportunity": "opportunities", "plan_goal": "plan_goals",
    "plan_objective": "plan_objectives", "plan_action": "plan_actions", "risk": "risks",
    "contract": "contracts", "competitor": "competitors", "fx_rate": "fx_rates",
}


def build_demo(
    db: Database,
    *,
    scale: int = 1,
    seed: int = 7,
    as_of: date | None = None,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with ``scale`` × 8 demo accounts and two years of history."""
    if isinstance(scale, bool) or not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise ValidationError("scale", f"must be a whole number from 1 to {MAX_SCALE}")
    as_of = as_of or date.today()
    report = progress or (lambda _label, _fraction: None)
    is_cancelled = cancelled or (lambda: False)
    started = time.perf_counter()

    def check() -> None:
        if is_cancelled():
            raise DemoCancelled()

    report("Preparing", 0.0)
    with db.engine.connect() as conn:
        saved = _tune_sqlite(conn)
        try:
            with conn.begin():
                if conn.execute(select(Account.id).limit(1)).first() is not None:
                    raise PlannerError(
                        ErrorCode.INVALID,
                        "the database already holds accounts; the demo only fills an empty database",
                    )
                # Search triggers cost more than the inserts; the index is rebuilt once at the end.
                search.suspend(conn)
                rng = random.Random(seed)
                writer = BulkWriter(conn, rng, on_flush=check)
                writer.start_ids()
                build = Build(rng=rng, writer=writer, timeline=Timeline(as_of, rng), as_of=as_of)
                build.team_ids = write_team(build)
                stories = _build_accounts(build, scale * ACCOUNTS_PER_SCALE, report, check)
                _write_fx_rates(conn, build)
                writer.flush()
                _write_meta(conn, seed, scale, as_of)
                report("Indexing for search", 0.97)
                check()
                search.ensure(conn)
                report("Saving", 0.99)
                _bump_sequences(conn, writer)
        finally:
            _restore_sqlite(conn, saved)
    report("Done", 1.0)
    counts = {_COUNT_FIELDS[name]: writer.counts[name] for name in _COUNT_FIELDS}
    return DemoSummary(seed=seed, scale=scale, as_of=as_of, **counts,
                       elapsed_seconds=round(time.perf_counter() - started, 3), stories=tuple(stories))


def _build_accounts(build: Build, total: int, report, check) -> list[Story]:
    stories = []
    used_domains: set[str] = set()
    for index in range(total):
        check()
        acc = new_account(build, index, used_domains)
        report(f"Account {index + 1} of {total}: {acc.name}", 0.02 + 0.95 * index / total)
        write_account_team(build, acc)
        write_people(build, acc)
        write_commerce(build, acc)
        write_account(build, acc)
        write_contracts(build, acc)
        write_competitors(build, acc)
        write_service(build, acc)
        write_plan(build, acc)
        write_interactions(build, acc)
        stories.append(_story(acc))
        build.writer.maybe_flush()
    return stories


def _story(acc: AccountInfo) -> Story:
    person = acc.story_person.name.full if acc.story_person else None
    line = acc.profile.story_line
    return Story(kind=acc.story, account=acc.name, person=person,
                 description=describe(acc.story, acc.name, person, line),
                 account_uuid=acc.uuid, product_line=line)


def _write_fx_rates(conn: Connection, build: Build) -> None:
    """Monthly RUB→EUR rates over the history, so a mixed portfolio adds up in euros."""
    rng = build.rng
    existing = set(conn.execute(
        select(FxRate.as_of).where(FxRate.currency == "RUB", FxRate.base == "EUR")
    ).scalars())
    rate = RUB_EUR
    for first, _last in build.timeline.months():
        rate = min(0.0116, max(0.0095, rate * (1 + rng.uniform(-0.025, 0.025))))
        if first in existing:
            continue
        row = build.base_row("fx_rate", min(first, build.as_of))
        row.update(currency="RUB", base="EUR", rate=Decimal(f"{rate:.8f}"), as_of=first)
        build.writer.add("fx_rate", row)


def _write_meta(conn: Connection, seed: int, scale: int, as_of: date) -> None:
    conn.execute(delete(MetaEntry).where(MetaEntry.key.in_(META_KEYS)))
    conn.execute(insert(MetaEntry), [
        {"key": "demo_seed", "value": str(seed)},
        {"key": "demo_scale", "value": str(scale)},
        {"key": "demo_as_of", "value": as_of.isoformat()},
    ])


def _bump_sequences(conn: Connection, writer: BulkWriter) -> None:
    """PostgreSQL serial sequences must move past the ids we assigned ourselves."""
    if conn.dialect.name != "postgresql":
        return
    for table in writer.written():
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        ))


def _tune_sqlite(conn: Connection) -> dict[str, int] | None:
    """Faster bulk writes on SQLite for this connection; returns the settings to restore."""
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.dbapi_connection
    saved = {
        "synchronous": raw.execute("PRAGMA synchronous").fetchone()[0],
        "cache_size": raw.execute("PRAGMA cache_size").fetchone()[0],
    }
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    return saved


def _restore_sqlite(conn: Connection, saved: dict[str, int] | None) -> None:
    """Undo ``_tune_sqlite`` and fold the (large) write-ahead log back into the file."""
    if saved is None:
        return
    raw = conn.connection.dbapi_connection
    raw.execute(f"PRAGMA synchronous={int(saved['synchronous'])}")
    raw.execute(f"PRAGMA cache_size={int(saved['cache_size'])}")
    with contextlib.suppress(sqlite3.Error):  # a reader holds the log: SQLite checkpoints it later
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

