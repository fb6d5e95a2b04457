"""Stakeholder map: card positions per view and baselines to compare against.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 13:50:43.184886
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('map_baseline',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_map_baseline_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_baseline')),
    sa.UniqueConstraint('uuid', name=op.f('uq_map_baseline_uuid'))
    )
    with op.batch_alter_table('map_baseline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_map_baseline_account_id'), ['account_id'], unique=False)

    op.create_table('map_position',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('view', sa.String(length=16), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_map_position_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_map_position_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_position')),
    sa.UniqueConstraint('person_id', 'view', name='map_position_once'),
    sa.UniqueConstraint('uuid', name=op.f('uq_map_position_uuid'))
    )
    with op.batch_alter_table('map_position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_map_position_account_id'), ['account_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('map_position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_map_position_account_id'))

    op.drop_table('map_position')
    with op.batch_alter_table('map_baseline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_map_baseline_account_id'))

    op.drop_table('map_baseline')
