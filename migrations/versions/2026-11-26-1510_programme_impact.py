"""programme impact: employees.terminated_on, employees.rating_history, the minimum sample

`employees.terminated_on` is the day an employee's status became `terminated` (set from now on
by the employee service and the HRIS sync). For people who left before this release it is
backfilled from the audit log (the latest `employee.*` event whose `changes.after.status` is
`terminated`), else from the record's `updated_at` (the last change, at the latest the day it
was terminated). `employees.rating_history` packs every rating of the person (`days since
1970 of the period end * 10 + rating` as 7 digits, comma-separated), kept by the app whenever a review is
written and filled here from the reviews already stored. `programme_settings.impact_min_sample`
(default 10) is the smallest group the programme-impact report shows a figure for. Downgrade
drops the three columns.

Revision ID: b19e1a9c0019
Revises: 3c9e1a7d5b20
Create Date: 2026-11-26 15:00:00
"""

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "b19e1a9c0019"
down_revision: str | None = "3c9e1a7d5b20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)[:19]).date()


def upgrade() -> None:
    with op.batch_alter_table("programme_settings") as batch_op:
        batch_op.add_column(
            sa.Column("impact_min_sample", sa.Integer(), nullable=False, server_default="10")
        )
    with op.batch_alter_table("programme_settings") as batch_op:
        batch_op.alter_column("impact_min_sample", server_default=None)
    with op.batch_alter_table("employees") as batch_op:
        batch_op.add_column(sa.Column("terminated_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("rating_history", sa.Text(), nullable=True))

    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        code = "(r.period_end - DATE '1970-01-01') * 10 + r.rating"
        packed = f"string_agg(lpad(CAST({code} AS TEXT), 7, '0'), ',' ORDER BY {code})"
    else:
        code = "CAST(julianday(r.period_end) - 2440587.5 AS INTEGER) * 10 + r.rating"
        packed = f"group_concat(printf('%07d', {code}), ',')"
    op.execute(
        "UPDATE employees SET rating_history = "
        f"(SELECT {packed} FROM performance_reviews AS r WHERE r.employee_id = employees.id)"
    )

    leavers = {
        row.id: _day(row.updated_at)
        for row in conn.execute(
            sa.text("SELECT id, updated_at FROM employees WHERE status = 'terminated'")
        )
    }
    if not leavers:
        return
    events = conn.execute(
        sa.text(
            "SELECT entity_id, at, changes FROM audit_events "
            "WHERE entity = 'employee' AND entity_id IS NOT NULL ORDER BY at"
        )
    )
    for entity_id, at, changes in events:
        if entity_id not in leavers:
            continue
        if isinstance(changes, str):
            changes = json.loads(changes)
        after = changes.get("after") if isinstance(changes, dict) else None
        if isinstance(after, dict) and after.get("status") == "terminated":
            leavers[entity_id] = _day(at)  # ordered by `at`: the latest wins
    employees = sa.table("employees", sa.column("id"), sa.column("terminated_on", sa.Date()))
    for employee_id, day in leavers.items():
        conn.execute(
            employees.update().where(employees.c.id == employee_id).values(terminated_on=day)
        )


def downgrade() -> None:
    with op.batch_alter_table("employees") as batch_op:
        batch_op.drop_column("rating_history")
        batch_op.drop_column("terminated_on")
    with op.batch_alter_table("programme_settings") as batch_op:
        batch_op.drop_column("impact_min_sample")
