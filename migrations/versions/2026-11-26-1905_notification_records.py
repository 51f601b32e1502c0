"""notification records: notifications.record_type and record_id, the screen each one opens

A notification now names the record it is about, as the SPA shows it: `pairing`,
`mentoring_request`, `grievance` or `employee` and its id, so that every notification links to
its record.
Existing notifications are backfilled from what they carry: agreements, acknowledgements and
evaluation reminders (document id = the pairing), requests, review forms (their review's
pairing), evaluations, training records and grievance outcomes (their pairing; role training
held before any pairing: the trainee). HR's grievance
notices carried no id and stay without a link. Downgrade drops both columns.

Revision ID: 7d2c4e9a1f05
Revises: c4d2e8f1a7b3
Create Date: 2026-11-26 19:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7d2c4e9a1f05"
down_revision: str | None = "c4d2e8f1a7b3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# document_type -> (record_type, SQL giving the record id from notifications.document_id)
BACKFILL = {
    "agreement": ("pairing", "notifications.document_id"),
    "acknowledgement": ("pairing", "notifications.document_id"),
    "mentoring_request": ("mentoring_request", "notifications.document_id"),
    "review_form": (
        "pairing",
        "(SELECT pairing_id FROM periodic_reviews WHERE periodic_reviews.id = notifications.document_id)",
    ),
    "evaluation": (
        "pairing",
        "(SELECT pairing_id FROM evaluations WHERE evaluations.id = notifications.document_id)",
    ),
    "role_training": (
        "pairing",
        "(SELECT pairing_id FROM training_records WHERE training_records.id = notifications.document_id)",
    ),
    "peer_session": (
        "pairing",
        "(SELECT pairing_id FROM training_records WHERE training_records.id = notifications.document_id)",
    ),
    "grievance_outcome": (
        "pairing",
        "(SELECT pairing_id FROM grievances WHERE grievances.id = notifications.document_id)",
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("notifications") as batch:
        batch.add_column(sa.Column("record_type", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("record_id", sa.Integer(), nullable=True))
    for document_type, (record_type, record_id) in BACKFILL.items():
        op.execute(
            sa.text(
                f"UPDATE notifications SET record_type = :record_type, record_id = {record_id} "
                "WHERE document_type = :document_type AND document_id IS NOT NULL"
            ).bindparams(record_type=record_type, document_type=document_type)
        )
    op.execute(
        "UPDATE notifications SET record_type = 'employee', record_id = (SELECT employee_id "
        "FROM training_records WHERE training_records.id = notifications.document_id) "
        "WHERE document_type = 'role_training' AND record_id IS NULL"
    )
    # A document whose record is gone (or had none) links nowhere rather than to a wrong id.
    op.execute("UPDATE notifications SET record_type = NULL WHERE record_id IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("notifications") as batch:
        batch.drop_column("record_id")
        batch.drop_column("record_type")
