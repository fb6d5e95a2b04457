"""Import bookkeeping: files imported (by content hash) and remembered column mappings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 13:50:54.242589
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_mapping',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('header_signature', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mapping')),
    sa.UniqueConstraint('kind', 'header_signature', name='import_mapping_once'),
    sa.UniqueConstraint('uuid', name=op.f('uq_import_mapping_uuid'))
    )
    op.create_table('imported_file',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('merged', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_imported_file_account_id_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_file')),
    sa.UniqueConstraint('uuid', name=op.f('uq_imported_file_uuid'))
    )
    with op.batch_alter_table('imported_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_file_sha256'), ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('imported_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_file_sha256'))

    op.drop_table('imported_file')
    op.drop_table('import_mapping')
