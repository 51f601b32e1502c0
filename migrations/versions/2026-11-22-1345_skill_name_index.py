"""skill name index

Revision ID: c7e1c0de0007
Revises: c6e1c0de0006
Create Date: 2026-11-22 13:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c7e1c0de0007"
down_revision: str | None = "c6e1c0de0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Mentor matching reads candidates' skills by lower-cased name.
    op.create_index(
        "ix_employee_skills_lower_skill",
        "employee_skills",
        [sa.text("lower(skill)"), "employee_id", "level"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_employee_skills_lower_skill", table_name="employee_skills")
