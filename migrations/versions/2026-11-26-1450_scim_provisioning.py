"""scim provisioning: SCIM tokens of hris service accounts; employees' SCIM userName and deletion

Revision ID: b13e5c1a0012
Revises: a12e0acc0011
Create Date: 2026-11-26 14:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b13e5c1a0012"
down_revision: str | None = "a12e0acc0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scim_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_account_id"],
            ["service_accounts.id"],
            name=op.f("fk_scim_tokens_service_account_id_service_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scim_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_scim_tokens_token_hash")),
    )
    op.create_index(
        op.f("ix_scim_tokens_service_account_id"), "scim_tokens", ["service_account_id"]
    )
    with op.batch_alter_table("employees") as batch:
        batch.add_column(sa.Column("scim_user_name", sa.String(length=320), nullable=True))
        batch.add_column(sa.Column("scim_deleted_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_unique_constraint(
            op.f("uq_employees_scim_user_name"), ["scim_user_name"]
        )


def downgrade() -> None:
    with op.batch_alter_table("employees") as batch:
        batch.drop_constraint(op.f("uq_employees_scim_user_name"), type_="unique")
        batch.drop_column("scim_deleted_at")
        batch.drop_column("scim_user_name")
    op.drop_index(op.f("ix_scim_tokens_service_account_id"), table_name="scim_tokens")
    op.drop_table("scim_tokens")
