"""matching runs: programme-wide optimal matchings, kept with their proposals

Revision ID: 3c9e1a7d5b20
Revises: b13e5c1a0012
Create Date: 2026-11-26 14:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3c9e1a7d5b20"
down_revision: str | None = "b13e5c1a0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matching_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("request_ids", sa.JSON(), nullable=True),
        sa.Column("total_score", sa.Float(), nullable=False),
        sa.Column("proposals", sa.JSON(), nullable=False),
        sa.Column("unmatched", sa.JSON(), nullable=False),
        sa.Column("proposed", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "objective IN ('best_coverage', 'most_matched')",
            name=op.f("ck_matching_runs_objective"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_matching_runs_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_matching_runs_department_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_runs")),
    )
    op.create_index(op.f("ix_matching_runs_created_by"), "matching_runs", ["created_by"])


def downgrade() -> None:
    op.drop_index(op.f("ix_matching_runs_created_by"), table_name="matching_runs")
    op.drop_table("matching_runs")
