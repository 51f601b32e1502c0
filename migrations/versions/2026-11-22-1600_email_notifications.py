"""email notifications: the e-mail outbox, preferences and the reminders' markers

Revision ID: a1e1c0de0010
Revises: f9e1c0de0009
Create Date: 2026-11-22 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a1e1c0de0010"
down_revision: str | None = "f9e1c0de0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notification_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notification_id", sa.Integer(), nullable=False),
        sa.Column("to_address", sa.String(length=320), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('queued', 'sent', 'failed', 'skipped')",
            name=op.f("ck_notification_emails_status"),
        ),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notifications.id"],
            name=op.f("fk_notification_emails_notification_id_notifications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_emails")),
        sa.UniqueConstraint("message_id", name=op.f("uq_notification_emails_message_id")),
        sa.UniqueConstraint(
            "notification_id",
            "to_address",
            name=op.f("uq_notification_emails_notification_id_to_address"),
        ),
    )
    op.create_index(
        "ix_notification_emails_status_next_attempt_at",
        "notification_emails",
        ["status", "next_attempt_at"],
    )
    op.create_index(
        op.f("ix_notification_emails_to_address"), "notification_emails", ["to_address"]
    )
    op.create_table(
        "notification_preferences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("email_enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_notification_preferences_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_preferences")),
        sa.UniqueConstraint(
            "user_id", "kind", name=op.f("uq_notification_preferences_user_id_kind")
        ),
    )
    # The reminders, each announced once.
    with op.batch_alter_table("periodic_reviews") as batch_op:
        batch_op.add_column(
            sa.Column("due_reminder_sent_at", sa.DateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("grievances") as batch_op:
        batch_op.add_column(
            sa.Column("deadline_notified_at", sa.DateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("pairings") as batch_op:
        batch_op.add_column(sa.Column("evaluation_reminded_for", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pairings") as batch_op:
        batch_op.drop_column("evaluation_reminded_for")
    with op.batch_alter_table("grievances") as batch_op:
        batch_op.drop_column("deadline_notified_at")
    with op.batch_alter_table("periodic_reviews") as batch_op:
        batch_op.drop_column("due_reminder_sent_at")
    op.drop_table("notification_preferences")
    op.drop_index(op.f("ix_notification_emails_to_address"), table_name="notification_emails")
    op.drop_index("ix_notification_emails_status_next_attempt_at", table_name="notification_emails")
    op.drop_table("notification_emails")
