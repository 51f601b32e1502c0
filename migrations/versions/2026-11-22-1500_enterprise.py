"""enterprise: OIDC sign-on, calendar feeds, personal-data requests

Revision ID: e8e1c0de0008
Revises: c7e1c0de0007
Create Date: 2026-11-22 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e8e1c0de0008"
down_revision: str | None = "c7e1c0de0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # OIDC sign-on: the provider's subject of each user, remembered at the first sign-in.
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("oidc_subject", sa.String(length=255), nullable=True))
        batch_op.create_unique_constraint("uq_users_oidc_subject", ["oidc_subject"])

    # Calendar feeds: one per user, the URL's token stored as a SHA-256 digest.
    op.create_table(
        "calendar_feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_calendar_feeds_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_feeds")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_calendar_feeds_token_hash")),
        sa.UniqueConstraint("user_id", name=op.f("uq_calendar_feeds_user_id")),
    )

    # Personal-data requests: the record of each anonymisation, and the retention period.
    op.create_table(
        "anonymisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("anonymised_by", sa.String(length=64), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_anonymisations_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anonymisations")),
        sa.UniqueConstraint("employee_id", name=op.f("uq_anonymisations_employee_id")),
    )
    # The existing settings row gets the default; the server default is only for that.
    with op.batch_alter_table("programme_settings") as batch_op:
        batch_op.add_column(
            sa.Column(
                "data_retention_months", sa.Integer(), nullable=False, server_default="24"
            )
        )
    with op.batch_alter_table("programme_settings") as batch_op:
        batch_op.alter_column("data_retention_months", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("programme_settings") as batch_op:
        batch_op.drop_column("data_retention_months")
    op.drop_table("anonymisations")
    op.drop_table("calendar_feeds")
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_constraint("uq_users_oidc_subject", type_="unique")
        batch_op.drop_column("oidc_subject")
