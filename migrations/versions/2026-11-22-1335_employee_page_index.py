"""employee page index

Revision ID: c6e1c0de0006
Revises: b5e1c0de0005
Create Date: 2026-11-22 13:35:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c6e1c0de0006"
down_revision: str | None = "b5e1c0de0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_employees_department_id_id", "employees", ["department_id", "id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_employees_department_id_id", table_name="employees")
