"""Test isolation: every test gets its own data folder, no inherited KAP_DB, fresh databases.

PostgreSQL tests use ``KAP_TEST_PG_URL`` (a server URL whose user may create
databases). Without it they skip, unless ``KAP_REQUIRE_PG=1`` (set by CI), where
a missing server is a failure rather than a silent skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REALDATA = Path(__file__).resolve().parents[1].parent / "shared" / "realdata"


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real data folder or database."""
    data = tmp_path_factory.mktemp("kap-data")
    monkeypatch.setenv("KAP_DATA_DIR", str(data))
    monkeypatch.delenv("KAP_DB", raising=False)
    return data


@pytest.fixture
def sqlite_db(tmp_path: Path):
    from db.store import open_database

    database = open_database(tmp_path / "planner.sqlite")
    yield database
    database.close()


def _pg_admin_url() -> str | None:
    url = os.environ.get("KAP_TEST_PG_URL")
    if not url:
        if os.environ.get("KAP_REQUIRE_PG") == "1":
            pytest.fail("KAP_REQUIRE_PG=1 but KAP_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set KAP_TEST_PG_URL)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL of a brand-new, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(_pg_admin_url())
    name = f"kap_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - turned into a skip or failure below
        admin.dispose()
        if os.environ.get("KAP_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL at {admin_url!r} unusable: {exc}")
        pytest.skip(f"PostgreSQL unusable: {exc}")
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path):
    """The same test on an SQLite file and on a PostgreSQL database."""
    from db.store import open_database

    if request.param == "sqlite":
        database = open_database(tmp_path / "planner.sqlite")
    else:
        database = open_database(request.getfixturevalue("pg_url"))
    yield database
    database.close()


@pytest.fixture
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not beside the project")
    return REALDATA
