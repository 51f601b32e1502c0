"""a partial index of the reviews whose concern awaits HR's follow-up

The inbox (GET /me/tasks) lists HR's `follow_up_concern` tasks: reviews where a form flags a
concern and HR has not followed up. Without an index that reads every form's JSON (80,000
reviews: about 200 ms on PostgreSQL); the partial index holds only the few such reviews. Its
condition is spelt exactly as the query states it (api/reviews/models.py).

Revision ID: c4f1d2e3a5b6
Revises: 7a1c2e9d4f30
Create Date: 2026-11-26 18:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c4f1d2e3a5b6"
down_revision: str | None = "7a1c2e9d4f30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_periodic_reviews_concern_to_follow_up"
# As api/reviews/models.py's concern_to_follow_up_sql() spells it (a migration does not import
# the app's code: it must keep meaning what it meant when written).
POSTGRESQL = (
    "hr_follow_up IS NULL AND (((mentor_form ->> 'concern') = 'true') "
    "OR ((mentee_form ->> 'concern') = 'true'))"
)
SQLITE = (
    "hr_follow_up IS NULL AND ((json_extract(mentor_form, '$.concern') = 1) "
    "OR (json_extract(mentee_form, '$.concern') = 1))"
)


def upgrade() -> None:
    op.create_index(
        INDEX,
        "periodic_reviews",
        ["pairing_id"],
        postgresql_where=sa.text(POSTGRESQL),
        sqlite_where=sa.text(SQLITE),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="periodic_reviews")
