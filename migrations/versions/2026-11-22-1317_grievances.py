"""grievances

Revision ID: b5e1c0de0005
Revises: 399a5e953f01
Create Date: 2026-11-22 13:17:37.695159
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'b5e1c0de0005'
down_revision: str | None = '399a5e953f01'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('grievances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('raised_by', sa.Integer(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('resolved_by', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('breach_notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('grievance', 'withdrawal')", name=op.f('ck_grievances_kind')),
    sa.CheckConstraint("status IN ('open', 'under_review', 'resolved', 'dismissed')", name=op.f('ck_grievances_status')),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_grievances_pairing_id_pairings')),
    sa.ForeignKeyConstraint(['raised_by'], ['employees.id'], name=op.f('fk_grievances_raised_by_employees')),
    sa.ForeignKeyConstraint(['resolved_by'], ['users.id'], name=op.f('fk_grievances_resolved_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grievances'))
    )
    op.create_index(op.f('ix_grievances_pairing_id'), 'grievances', ['pairing_id'], unique=False)
    op.create_index(op.f('ix_grievances_raised_by'), 'grievances', ['raised_by'], unique=False)
    op.create_index('ix_grievances_status_due_date', 'grievances', ['status', 'due_date'], unique=False)
    op.create_table('grievance_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('grievance_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['by'], ['users.id'], name=op.f('fk_grievance_actions_by_users')),
    sa.ForeignKeyConstraint(['grievance_id'], ['grievances.id'], name=op.f('fk_grievance_actions_grievance_id_grievances')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grievance_actions'))
    )
    op.create_index(op.f('ix_grievance_actions_grievance_id'), 'grievance_actions', ['grievance_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_grievance_actions_grievance_id'), table_name='grievance_actions')
    op.drop_table('grievance_actions')
    op.drop_index('ix_grievances_status_due_date', table_name='grievances')
    op.drop_index(op.f('ix_grievances_raised_by'), table_name='grievances')
    op.drop_index(op.f('ix_grievances_pairing_id'), table_name='grievances')
    op.drop_table('grievances')
