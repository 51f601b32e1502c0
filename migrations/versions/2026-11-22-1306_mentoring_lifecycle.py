"""mentoring lifecycle

Revision ID: ebf2c7d8442d
Revises: 5d757236a71b
Create Date: 2026-11-22 13:06:23.497582
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# Copied, not imported: a migration must not change when the app's code does.
DEFAULT_PURPOSE = (
    "Peer mentoring at our organisation is for development: it helps colleagues grow in the "
    "improvement areas found in their performance review, with a peer at the same level. It "
    "is not a promotion fast track, and what is said in mentoring conversations stays "
    "confidential between mentor and mentee."
)


revision: str = 'ebf2c7d8442d'
down_revision: str | None = '5d757236a71b'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('holidays',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holidays')),
    sa.UniqueConstraint('date', name=op.f('uq_holidays_date'))
    )
    programme_settings = op.create_table('programme_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('managerial_cadre_only', sa.Boolean(), nullable=False),
    sa.Column('require_same_department', sa.Boolean(), nullable=False),
    sa.Column('require_same_level', sa.Boolean(), nullable=False),
    sa.Column('mentor_min_rating', sa.Integer(), nullable=False),
    sa.Column('mentor_min_tenure_months', sa.Integer(), nullable=False),
    sa.Column('max_mentees_per_mentor', sa.Integer(), nullable=False),
    sa.Column('mentor_min_skill_level', sa.Integer(), nullable=False),
    sa.Column('review_interval_months', sa.Integer(), nullable=False),
    sa.Column('evaluation_after_months', sa.Integer(), nullable=False),
    sa.Column('grievance_sla_working_days', sa.Integer(), nullable=False),
    sa.Column('holiday_country', sa.String(length=10), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('programme_purpose', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_programme_settings_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_settings'))
    )
    # The policy's defaults (PRODUCT.md), as the one settings row HR edits.
    now = datetime.now(UTC)
    op.bulk_insert(programme_settings, [{
        "id": 1, "managerial_cadre_only": True, "require_same_department": True,
        "require_same_level": True, "mentor_min_rating": 4, "mentor_min_tenure_months": 12,
        "max_mentees_per_mentor": 2, "mentor_min_skill_level": 4, "review_interval_months": 1,
        "evaluation_after_months": 6, "grievance_sla_working_days": 4, "holiday_country": None,
        "timezone": "UTC", "programme_purpose": DEFAULT_PURPOSE, "created_at": now,
        "updated_at": now,
    }])
    op.create_table('mentor_profiles',
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('available', sa.Boolean(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('bio', sa.Text(), nullable=True),
    sa.Column('skills_offered', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_mentor_profiles_employee_id_employees')),
    sa.PrimaryKeyConstraint('employee_id', name=op.f('pk_mentor_profiles'))
    )
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('document_type', sa.String(length=40), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('subject_employee_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['recipient_id'], ['employees.id'], name=op.f('fk_notifications_recipient_id_employees')),
    sa.ForeignKeyConstraint(['subject_employee_id'], ['employees.id'], name=op.f('fk_notifications_subject_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    op.create_index('ix_notifications_recipient_id_id', 'notifications', ['recipient_id', 'id'], unique=False)
    op.create_table('personnel_file_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('document_type', sa.String(length=40), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_to_team_leader_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_personnel_file_entries_employee_id_employees')),
    sa.ForeignKeyConstraint(['sent_to_team_leader_id'], ['employees.id'], name=op.f('fk_personnel_file_entries_sent_to_team_leader_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personnel_file_entries'))
    )
    op.create_index('ix_personnel_file_entries_employee_id_id', 'personnel_file_entries', ['employee_id', 'id'], unique=False)
    op.create_table('mentoring_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('performance_review_id', sa.Integer(), nullable=False),
    sa.Column('discussion_date', sa.Date(), nullable=False),
    sa.Column('improvement_areas', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=False),
    sa.Column('confirmed_by', sa.Integer(), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('awaiting_supervisor', 'open', 'matched', 'rejected', 'cancelled')", name=op.f('ck_mentoring_requests_status')),
    sa.ForeignKeyConstraint(['confirmed_by'], ['users.id'], name=op.f('fk_mentoring_requests_confirmed_by_users')),
    sa.ForeignKeyConstraint(['mentee_id'], ['employees.id'], name=op.f('fk_mentoring_requests_mentee_id_employees')),
    sa.ForeignKeyConstraint(['performance_review_id'], ['performance_reviews.id'], name=op.f('fk_mentoring_requests_performance_review_id_performance_reviews')),
    sa.ForeignKeyConstraint(['requested_by'], ['users.id'], name=op.f('fk_mentoring_requests_requested_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_requests'))
    )
    op.create_index('ix_mentoring_requests_mentee_id_status', 'mentoring_requests', ['mentee_id', 'status'], unique=False)
    op.create_table('pairings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('mentee_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=False),
    sa.Column('goals', sa.JSON(), nullable=False),
    sa.Column('meeting_cadence', sa.String(length=100), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('evaluation_due_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('activated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('proposed_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('proposed', 'approved', 'active', 'completed', 'rejected', 'withdrawn', 'terminated')", name=op.f('ck_pairings_status')),
    sa.CheckConstraint('mentor_id <> mentee_id', name=op.f('ck_pairings_distinct_people')),
    sa.ForeignKeyConstraint(['mentee_id'], ['employees.id'], name=op.f('fk_pairings_mentee_id_employees')),
    sa.ForeignKeyConstraint(['mentor_id'], ['employees.id'], name=op.f('fk_pairings_mentor_id_employees')),
    sa.ForeignKeyConstraint(['request_id'], ['mentoring_requests.id'], name=op.f('fk_pairings_request_id_mentoring_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pairings'))
    )
    op.create_index('ix_pairings_mentee_id_status', 'pairings', ['mentee_id', 'status'], unique=False)
    op.create_index('ix_pairings_mentor_id_status', 'pairings', ['mentor_id', 'status'], unique=False)
    op.create_index(op.f('ix_pairings_request_id'), 'pairings', ['request_id'], unique=False)
    op.create_table('development_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('kra', 'career_development')", name=op.f('ck_development_records_kind')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_development_records_employee_id_employees')),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_development_records_pairing_id_pairings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_records'))
    )
    op.create_index(op.f('ix_development_records_employee_id'), 'development_records', ['employee_id'], unique=False)
    op.create_index(op.f('ix_development_records_pairing_id'), 'development_records', ['pairing_id'], unique=False)
    op.create_table('pairing_acknowledgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purpose_statement', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_pairing_acknowledgements_employee_id_employees')),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_pairing_acknowledgements_pairing_id_pairings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pairing_acknowledgements')),
    sa.UniqueConstraint('pairing_id', 'employee_id', name=op.f('uq_pairing_acknowledgements_pairing_id_employee_id'))
    )
    op.create_table('pairing_approvals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('by', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['by'], ['users.id'], name=op.f('fk_pairing_approvals_by_users')),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_pairing_approvals_pairing_id_pairings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pairing_approvals')),
    sa.UniqueConstraint('pairing_id', 'role', name=op.f('uq_pairing_approvals_pairing_id_role'))
    )
    op.create_table('periodic_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('mentor_form', sa.JSON(), nullable=True),
    sa.Column('mentee_form', sa.JSON(), nullable=True),
    sa.Column('hr_follow_up', sa.JSON(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_periodic_reviews_pairing_id_pairings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_periodic_reviews')),
    sa.UniqueConstraint('pairing_id', 'sequence', name=op.f('uq_periodic_reviews_pairing_id_sequence'))
    )
    op.create_index('ix_periodic_reviews_due_date', 'periodic_reviews', ['due_date'], unique=False)
    op.create_table('training_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('trainer_id', sa.Integer(), nullable=True),
    sa.Column('pairing_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=10), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('role_training', 'peer_session')", name=op.f('ck_training_records_kind')),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_training_records_duration')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_training_records_employee_id_employees')),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairings.id'], name=op.f('fk_training_records_pairing_id_pairings')),
    sa.ForeignKeyConstraint(['trainer_id'], ['employees.id'], name=op.f('fk_training_records_trainer_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_records'))
    )
    op.create_index('ix_training_records_employee_id_kind', 'training_records', ['employee_id', 'kind'], unique=False)
    op.create_index(op.f('ix_training_records_pairing_id'), 'training_records', ['pairing_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_training_records_pairing_id'), table_name='training_records')
    op.drop_index('ix_training_records_employee_id_kind', table_name='training_records')
    op.drop_table('training_records')
    op.drop_index('ix_periodic_reviews_due_date', table_name='periodic_reviews')
    op.drop_table('periodic_reviews')
    op.drop_table('pairing_approvals')
    op.drop_table('pairing_acknowledgements')
    op.drop_index(op.f('ix_development_records_pairing_id'), table_name='development_records')
    op.drop_index(op.f('ix_development_records_employee_id'), table_name='development_records')
    op.drop_table('development_records')
    op.drop_index(op.f('ix_pairings_request_id'), table_name='pairings')
    op.drop_index('ix_pairings_mentor_id_status', table_name='pairings')
    op.drop_index('ix_pairings_mentee_id_status', table_name='pairings')
    op.drop_table('pairings')
    op.drop_index('ix_mentoring_requests_mentee_id_status', table_name='mentoring_requests')
    op.drop_table('mentoring_requests')
    op.drop_index('ix_personnel_file_entries_employee_id_id', table_name='personnel_file_entries')
    op.drop_table('personnel_file_entries')
    op.drop_index('ix_notifications_recipient_id_id', table_name='notifications')
    op.drop_table('notifications')
    op.drop_table('mentor_profiles')
    op.drop_table('programme_settings')
    op.drop_table('holidays')
