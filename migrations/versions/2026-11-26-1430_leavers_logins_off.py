"""leavers' logins off: deactivate the accounts of employees already terminated

From this release a terminated employee's account is deactivated when the termination is
recorded (by HR or the HRIS sync). Accounts of people who left before are brought in line here.
Downgrade leaves the accounts as they are: turning them back on would re-open leavers' logins.

Revision ID: a12e0acc0011
Revises: 4b77e5b07ba5
Create Date: 2026-11-26 14:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a12e0acc0011"
down_revision: str | None = "4b77e5b07ba5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE users SET is_active = false WHERE is_active AND employee_id IN "
        "(SELECT id FROM employees WHERE status = 'terminated')"
    )


def downgrade() -> None:
    pass
