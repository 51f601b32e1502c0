"""account invitations: one-time set-password links of people's logins

`account_invitations` holds, per link, the SHA-256 of its token (never the token), the nonce
from which the server derives the token with its secret key (for the e-mail), its expiry, when
it was used or replaced by a newer link, and the notification whose e-mail carries it. A login
created without a password (or reset by HR) gets one; its stored password is then unusable
until the person sets one. Downgrade drops the table.

Revision ID: 7a1c2e9d4f30
Revises: b19e1a9c0019
Create Date: 2026-11-26 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7a1c2e9d4f30"
down_revision: str | None = "b19e1a9c0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notification_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_account_invitations_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notifications.id"],
            name=op.f("fk_account_invitations_notification_id_notifications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_invitations")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_account_invitations_token_hash")),
    )
    op.create_index(
        op.f("ix_account_invitations_user_id"), "account_invitations", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_account_invitations_user_id"), table_name="account_invitations")
    op.drop_table("account_invitations")
