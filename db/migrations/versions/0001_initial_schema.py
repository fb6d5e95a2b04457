"""Initial schema: accounts, people, interactions, orders, service, plan.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 13:43:15.248013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fx_rate',
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('base', sa.String(length=3), nullable=False),
    sa.Column('rate', sa.Numeric(precision=18, scale=8), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('rate > 0', name=op.f('ck_fx_rate_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fx_rate')),
    sa.UniqueConstraint('currency', 'base', 'as_of', name='fx_rate_once'),
    sa.UniqueConstraint('uuid', name=op.f('uq_fx_rate_uuid'))
    )
    op.create_table('kap_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_kap_meta'))
    )
    op.create_table('team_member',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member')),
    sa.UniqueConstraint('uuid', name=op.f('uq_team_member_uuid'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_email'), ['email'], unique=False)

    op.create_table('account',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_name', sa.String(length=300), nullable=True),
    sa.Column('industry', sa.String(length=120), nullable=True),
    sa.Column('region', sa.String(length=120), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('tier', sa.String(length=32), nullable=False),
    sa.Column('stage', sa.String(length=32), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('annual_revenue', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('wallet_spend', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('strategic_goals', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_account_owner_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('uuid', name=op.f('uq_account_uuid'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_name'), ['name'], unique=False)

    op.create_table('account_domain',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=253), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_domain_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_domain')),
    sa.UniqueConstraint('domain', name=op.f('uq_account_domain_domain')),
    sa.UniqueConstraint('uuid', name=op.f('uq_account_domain_uuid'))
    )
    with op.batch_alter_table('account_domain', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_domain_account_id'), ['account_id'], unique=False)

    op.create_table('account_team_member',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('team_member_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_team_member_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_member_id'], ['team_member.id'], name=op.f('fk_account_team_member_team_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_team_member')),
    sa.UniqueConstraint('uuid', name=op.f('uq_account_team_member_uuid'))
    )
    with op.batch_alter_table('account_team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_team_member_account_id'), ['account_id'], unique=False)
        batch_op.create_index('ix_account_team_unique', ['account_id', 'team_member_id', 'role'], unique=True)

    op.create_table('competitor',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('product_line', sa.String(length=120), nullable=True),
    sa.Column('share_pct', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('strengths', sa.Text(), nullable=True),
    sa.Column('weaknesses', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('share_pct >= 0 AND share_pct <= 100', name=op.f('ck_competitor_share_pct')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_competitor_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor')),
    sa.UniqueConstraint('uuid', name=op.f('uq_competitor_uuid'))
    )
    with op.batch_alter_table('competitor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competitor_account_id'), ['account_id'], unique=False)

    op.create_table('contract',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('number', sa.String(length=80), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('notice_days', sa.Integer(), nullable=False),
    sa.Column('auto_renew', sa.Boolean(), nullable=False),
    sa.Column('annual_value', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('notice_days >= 0', name=op.f('ck_contract_notice_days')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_contract_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contract_uuid'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_account_id'), ['account_id'], unique=False)

    op.create_table('plan_goal',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('horizon', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_plan_goal_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_goal')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plan_goal_uuid'))
    )
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goal_account_id'), ['account_id'], unique=False)

    op.create_table('quality_record',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('product_line', sa.String(length=120), nullable=True),
    sa.Column('units_inspected', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('defects', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('defects >= 0', name=op.f('ck_quality_record_defects')),
    sa.CheckConstraint('units_inspected >= 0', name=op.f('ck_quality_record_units')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_quality_record_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_record')),
    sa.UniqueConstraint('uuid', name=op.f('uq_quality_record_uuid'))
    )
    with op.batch_alter_table('quality_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_record_account_id'), ['account_id'], unique=False)

    op.create_table('risk',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=120), nullable=True),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('impact', sa.Integer(), nullable=False),
    sa.Column('mitigation', sa.Text(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('impact BETWEEN 1 AND 5', name=op.f('ck_risk_impact')),
    sa.CheckConstraint('probability BETWEEN 1 AND 5', name=op.f('ck_risk_probability')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_risk_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_risk_owner_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk')),
    sa.UniqueConstraint('uuid', name=op.f('uq_risk_uuid'))
    )
    with op.batch_alter_table('risk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_account_id'), ['account_id'], unique=False)

    op.create_table('site',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=True),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('annual_revenue', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_site_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['site.id'], name=op.f('fk_site_parent_id_site'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('uuid', name=op.f('uq_site_uuid'))
    )
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_account_id'), ['account_id'], unique=False)

    op.create_table('sla_definition',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('target', sa.Numeric(precision=12, scale=4), nullable=False),
    sa.Column('direction', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('warning_threshold', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('product_line', sa.String(length=120), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_sla_definition_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sla_definition')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sla_definition_uuid'))
    )
    with op.batch_alter_table('sla_definition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sla_definition_account_id'), ['account_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sa.String(length=32), nullable=True),
    sa.Column('to_stage', sa.String(length=32), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_stage_change_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_change')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stage_change_uuid'))
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_account_id'), ['account_id'], unique=False)

    op.create_table('interaction',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('direction', sa.String(length=32), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('sentiment', sa.String(length=32), nullable=True),
    sa.Column('next_step', sa.Text(), nullable=True),
    sa.Column('source_kind', sa.String(length=20), nullable=True),
    sa.Column('source_name', sa.String(length=500), nullable=True),
    sa.Column('source_key', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('duration_minutes >= 0', name=op.f('ck_interaction_duration')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_interaction_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_interaction_site_id_site'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interaction')),
    sa.UniqueConstraint('source_key', name=op.f('uq_interaction_source_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_interaction_uuid'))
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index('ix_interaction_account_time', ['account_id', 'occurred_at'], unique=False)

    op.create_table('person',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('reports_to_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=False),
    sa.Column('attitude', sa.String(length=32), nullable=False),
    sa.Column('relationship_strength', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('priorities', sa.Text(), nullable=True),
    sa.Column('internal_notes', sa.Text(), nullable=True),
    sa.Column('preferred_language', sa.String(length=8), nullable=True),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('left_company', sa.Boolean(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('left_to', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_person_influence')),
    sa.CheckConstraint('interest BETWEEN 1 AND 5', name=op.f('ck_person_interest')),
    sa.CheckConstraint('relationship_strength BETWEEN 0 AND 5', name=op.f('ck_person_relationship_strength')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_person_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_person_owner_id_team_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reports_to_id'], ['person.id'], name=op.f('fk_person_reports_to_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_person_site_id_site'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_uuid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_reports_to_id'), ['reports_to_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_site_id'), ['site_id'], unique=False)

    op.create_table('plan_objective',
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('measure', sa.String(length=300), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['goal_id'], ['plan_goal.id'], name=op.f('fk_plan_objective_goal_id_plan_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_objective')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plan_objective_uuid'))
    )
    with op.batch_alter_table('plan_objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_objective_goal_id'), ['goal_id'], unique=False)

    op.create_table('sales_order',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=80), nullable=True),
    sa.Column('ordered_on', sa.Date(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('source_key', sa.String(length=500), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_sales_order_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_sales_order_site_id_site'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_order')),
    sa.UniqueConstraint('source_key', name=op.f('uq_sales_order_source_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sales_order_uuid'))
    )
    with op.batch_alter_table('sales_order', schema=None) as batch_op:
        batch_op.create_index('ix_order_account_date', ['account_id', 'ordered_on'], unique=False)

    op.create_table('contact_point',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('value', sa.String(length=320), nullable=False),
    sa.Column('value_normalized', sa.String(length=320), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=True),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_contact_point_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_point')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_point_uuid'))
    )
    with op.batch_alter_table('contact_point', schema=None) as batch_op:
        batch_op.create_index('ix_contact_point_lookup', ['kind', 'value_normalized'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_point_person_id'), ['person_id'], unique=False)

    op.create_table('interaction_participant',
    sa.Column('interaction_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('team_member_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(person_id IS NULL) <> (team_member_id IS NULL)', name=op.f('ck_interaction_participant_exactly_one_party')),
    sa.ForeignKeyConstraint(['interaction_id'], ['interaction.id'], name=op.f('fk_interaction_participant_interaction_id_interaction'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_interaction_participant_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_member_id'], ['team_member.id'], name=op.f('fk_interaction_participant_team_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interaction_participant')),
    sa.UniqueConstraint('uuid', name=op.f('uq_interaction_participant_uuid'))
    )
    with op.batch_alter_table('interaction_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_participant_interaction_id'), ['interaction_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_participant_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_participant_team_member_id'), ['team_member_id'], unique=False)

    op.create_table('opportunity',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('product_line', sa.String(length=120), nullable=True),
    sa.Column('value', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('stage', sa.String(length=32), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('decision_maker_id', sa.Integer(), nullable=True),
    sa.Column('competitors', sa.Text(), nullable=True),
    sa.Column('next_step', sa.Text(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('loss_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('probability BETWEEN 0 AND 100', name=op.f('ck_opportunity_probability')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_opportunity_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decision_maker_id'], ['person.id'], name=op.f('fk_opportunity_decision_maker_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_opportunity_owner_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_opportunity_uuid'))
    )
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_account_id'), ['account_id'], unique=False)

    op.create_table('order_line',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('product_line', sa.String(length=120), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=True),
    sa.Column('quantity', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_order_line_quantity')),
    sa.ForeignKeyConstraint(['order_id'], ['sales_order.id'], name=op.f('fk_order_line_order_id_sales_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_line')),
    sa.UniqueConstraint('uuid', name=op.f('uq_order_line_uuid'))
    )
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_line_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_line_product_line'), ['product_line'], unique=False)

    op.create_table('person_link',
    sa.Column('from_person_id', sa.Integer(), nullable=False),
    sa.Column('to_person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('from_person_id <> to_person_id', name=op.f('ck_person_link_not_self')),
    sa.CheckConstraint('strength BETWEEN 1 AND 5', name=op.f('ck_person_link_strength')),
    sa.ForeignKeyConstraint(['from_person_id'], ['person.id'], name=op.f('fk_person_link_from_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_person_id'], ['person.id'], name=op.f('fk_person_link_to_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_link')),
    sa.UniqueConstraint('from_person_id', 'to_person_id', 'kind', name='person_link_once'),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_link_uuid'))
    )
    with op.batch_alter_table('person_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_link_from_person_id'), ['from_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_link_to_person_id'), ['to_person_id'], unique=False)

    op.create_table('person_role',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('framework', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_role_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_role')),
    sa.UniqueConstraint('person_id', 'framework', 'role', name='person_role_once'),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_role_uuid'))
    )
    with op.batch_alter_table('person_role', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_role_person_id'), ['person_id'], unique=False)

    op.create_table('plan_action',
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['objective_id'], ['plan_objective.id'], name=op.f('fk_plan_action_objective_id_plan_objective'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_plan_action_owner_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_action')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plan_action_uuid'))
    )
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_action_objective_id'), ['objective_id'], unique=False)

    op.create_table('survey_response',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('scale_max', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('survey_name', sa.String(length=200), nullable=True),
    sa.Column('responded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source_key', sa.String(length=500), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('score >= 0', name=op.f('ck_survey_response_score')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_survey_response_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_survey_response_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response')),
    sa.UniqueConstraint('source_key', name=op.f('uq_survey_response_source_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_survey_response_uuid'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index('ix_survey_account_time', ['account_id', 'responded_at'], unique=False)

    op.create_table('ticket',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('raised_by_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=80), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('severity', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=120), nullable=True),
    sa.Column('product_line', sa.String(length=120), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('first_response_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('source_key', sa.String(length=500), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_ticket_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['assignee_id'], ['team_member.id'], name=op.f('fk_ticket_assignee_id_team_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['raised_by_id'], ['person.id'], name=op.f('fk_ticket_raised_by_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket')),
    sa.UniqueConstraint('source_key', name=op.f('uq_ticket_source_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_ticket_uuid'))
    )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_account_opened', ['account_id', 'opened_at'], unique=False)

    op.create_table('delivery',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('order_line_id', sa.Integer(), nullable=True),
    sa.Column('product_line', sa.String(length=120), nullable=True),
    sa.Column('quantity', sa.Numeric(precision=18, scale=3), nullable=True),
    sa.Column('promised_on', sa.Date(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('carrier', sa.String(length=120), nullable=True),
    sa.Column('delay_reason', sa.Text(), nullable=True),
    sa.Column('source_key', sa.String(length=500), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_delivery_quantity')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_delivery_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_id'], ['sales_order.id'], name=op.f('fk_delivery_order_id_sales_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_line_id'], ['order_line.id'], name=op.f('fk_delivery_order_line_id_order_line'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery')),
    sa.UniqueConstraint('source_key', name=op.f('uq_delivery_source_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_delivery_uuid'))
    )
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.create_index('ix_delivery_account_promised', ['account_id', 'promised_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_delivery_order_id'), ['order_id'], unique=False)

    meta = sa.table("kap_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(meta, [{"key": "application", "value": "key-account-planner"}])


def downgrade() -> None:
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_order_id'))
        batch_op.drop_index('ix_delivery_account_promised')

    op.drop_table('delivery')
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_account_opened')

    op.drop_table('ticket')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_account_time')

    op.drop_table('survey_response')
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_action_objective_id'))

    op.drop_table('plan_action')
    with op.batch_alter_table('person_role', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_role_person_id'))

    op.drop_table('person_role')
    with op.batch_alter_table('person_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_link_to_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_link_from_person_id'))

    op.drop_table('person_link')
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_line_product_line'))
        batch_op.drop_index(batch_op.f('ix_order_line_order_id'))

    op.drop_table('order_line')
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_account_id'))

    op.drop_table('opportunity')
    with op.batch_alter_table('interaction_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_participant_team_member_id'))
        batch_op.drop_index(batch_op.f('ix_interaction_participant_person_id'))
        batch_op.drop_index(batch_op.f('ix_interaction_participant_interaction_id'))

    op.drop_table('interaction_participant')
    with op.batch_alter_table('contact_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_point_person_id'))
        batch_op.drop_index('ix_contact_point_lookup')

    op.drop_table('contact_point')
    with op.batch_alter_table('sales_order', schema=None) as batch_op:
        batch_op.drop_index('ix_order_account_date')

    op.drop_table('sales_order')
    with op.batch_alter_table('plan_objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_objective_goal_id'))

    op.drop_table('plan_objective')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_site_id'))
        batch_op.drop_index(batch_op.f('ix_person_reports_to_id'))
        batch_op.drop_index(batch_op.f('ix_person_account_id'))

    op.drop_table('person')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index('ix_interaction_account_time')

    op.drop_table('interaction')
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_account_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('sla_definition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sla_definition_account_id'))

    op.drop_table('sla_definition')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_account_id'))

    op.drop_table('site')
    with op.batch_alter_table('risk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_account_id'))

    op.drop_table('risk')
    with op.batch_alter_table('quality_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quality_record_account_id'))

    op.drop_table('quality_record')
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_goal_account_id'))

    op.drop_table('plan_goal')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_account_id'))

    op.drop_table('contract')
    with op.batch_alter_table('competitor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competitor_account_id'))

    op.drop_table('competitor')
    with op.batch_alter_table('account_team_member', schema=None) as batch_op:
        batch_op.drop_index('ix_account_team_unique')
        batch_op.drop_index(batch_op.f('ix_account_team_member_account_id'))

    op.drop_table('account_team_member')
    with op.batch_alter_table('account_domain', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_domain_account_id'))

    op.drop_table('account_domain')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_name'))

    op.drop_table('account')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_email'))

    op.drop_table('team_member')
    op.drop_table('kap_meta')
    op.drop_table('fx_rate')
