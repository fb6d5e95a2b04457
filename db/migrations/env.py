"""Alembic environment: runs on the connection the planner hands over.

``render_as_batch`` lets SQLite alter tables by rebuilding them.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

import db.models  # noqa: F401  (registers every table)
from db.base import Base
from db.search import is_search_object

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """The search index is derived data kept by db.search, not by migrations."""
    return not is_search_object(name)


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Developer use: `alembic -x url=sqlite:///x.sqlite revision --autogenerate`.
    url = context.get_x_argument(as_dictionary=True).get("url")
    engine = engine_from_config({"sqlalchemy.url": url}, poolclass=pool.NullPool)
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
