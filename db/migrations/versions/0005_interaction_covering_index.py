"""Interactions: the account/time index also covers kind, direction and deletion.

The engagement counts and key-person last contacts of the alert centre read only
these columns; with them in the index, SQLite answers from the index alone instead of
fetching a third of the interaction table (430 ms -> 120 ms on a million interactions).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 18:40:00
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain index operations: SQLite does them in place, no batch copy of the table.
    op.drop_index('ix_interaction_account_time', table_name='interaction')
    op.create_index(
        'ix_interaction_account_time', 'interaction',
        ['account_id', 'occurred_at', 'kind', 'direction', 'deleted_at'], unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_interaction_account_time', table_name='interaction')
    op.create_index('ix_interaction_account_time', 'interaction', ['account_id', 'occurred_at'], unique=False)
