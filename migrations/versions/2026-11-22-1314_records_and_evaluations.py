"""records and evaluations

Revision ID: a4e1c0de0004
Revises: ebf2c7d8442d
Create Date: 2026-11-22 13:14:11.776636
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'a4e1c0de0004'
down_revision: str | None = 'ebf2c7d8442d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('evaluations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('evaluated_on', sa.Date(), nullable=False),
    sa.Column('goals', sa.JSON(), nullable=False),
    sa.Column('skill_ratings', sa.JSON(), nullable=False),
    sa.Column('effectiveness', sa.Integer(), nullable=False),
    sa.Column('mentor_kra_rating', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('extend_months', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('early', sa.Boolean(), nullable=False),
    sa.Column('early_reason', sa.Text(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('evaluated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("outcome IN ('complete', 'extend')", name=op.f('ck_evaluations_outcome')),
    sa.CheckConstraint('effectiveness BETWEEN 1 AND 5', name=op.f('ck_evaluations_effectiveness')),
    sa.CheckConstraint('mentor_kra_rating BETWEEN 1 AND 5', name=op.f('ck_evaluations_kra_rating')),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_evaluations_pairing_id_pairings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluations'))
    )
    op.create_index(op.f('ix_evaluations_pairing_id'), 'evaluations', ['pairing_id'], unique=False)
    op.add_column('periodic_reviews',
                  sa.Column('overdue_notified_at', sa.DateTime(timezone=True), nullable=True))
    # Batch mode: SQLite changes a column's nullability by copying the table.
    with op.batch_alter_table('notifications') as batch_op:
        batch_op.add_column(sa.Column('recipient_role', sa.String(length=32), nullable=True))
        batch_op.alter_column('recipient_id', existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index(batch_op.f('ix_notifications_recipient_role'), ['recipient_role'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notifications') as batch_op:
        batch_op.drop_index(batch_op.f('ix_notifications_recipient_role'))
        batch_op.alter_column('recipient_id', existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column('recipient_role')
    with op.batch_alter_table('periodic_reviews') as batch_op:
        batch_op.drop_column('overdue_notified_at')
    op.drop_index(op.f('ix_evaluations_pairing_id'), table_name='evaluations')
    op.drop_table('evaluations')
