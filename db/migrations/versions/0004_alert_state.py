"""Alert state: acknowledged and snoozed early-warning alerts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 13:50:55.645787
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('alert_state',
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('alert_key', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('snoozed_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_alert_state_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_state')),
    sa.UniqueConstraint('alert_key', name=op.f('uq_alert_state_alert_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_alert_state_uuid'))
    )
    with op.batch_alter_table('alert_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_state_account_id'), ['account_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('alert_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_state_account_id'))

    op.drop_table('alert_state')
