"""one pending mentoring request per mentee, enforced by a partial unique index

Concurrent creates could each pass the service's check and file several pending requests for
one mentee. Before the index can be built, existing duplicates are resolved: per mentee, the
newest pending request (latest created_at, then highest id) is kept and every older pending one
is set to 'cancelled' with a status_reason saying why. The downgrade drops the index only; the
requests cancelled here stay cancelled (they were duplicates).

Revision ID: 3f8b2c1d9a47
Revises: a1e1c0de0010
Create Date: 2026-11-26 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3f8b2c1d9a47"
down_revision: str | None = "a1e1c0de0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_mentoring_requests_one_pending_per_mentee"
PENDING = "status IN ('awaiting_supervisor', 'open')"


def upgrade() -> None:
    # Cancel every pending request that has a newer pending sibling for the same mentee.
    op.execute(
        sa.text(
            f"""
            UPDATE mentoring_requests
            SET status = 'cancelled',
                status_reason = 'Cancelled as a duplicate: the mentee has a newer pending request',
                updated_at = CURRENT_TIMESTAMP
            WHERE {PENDING}
              AND EXISTS (
                SELECT 1 FROM mentoring_requests AS newer
                WHERE newer.mentee_id = mentoring_requests.mentee_id
                  AND newer.status IN ('awaiting_supervisor', 'open')
                  AND (newer.created_at > mentoring_requests.created_at
                       OR (newer.created_at = mentoring_requests.created_at
                           AND newer.id > mentoring_requests.id))
              )
            """
        )
    )
    op.create_index(
        INDEX,
        "mentoring_requests",
        ["mentee_id"],
        unique=True,
        postgresql_where=sa.text(PENDING),
        sqlite_where=sa.text(PENDING),
    )


def downgrade() -> None:
    op.drop_index(
        INDEX,
        table_name="mentoring_requests",
        postgresql_where=sa.text(PENDING),
        sqlite_where=sa.text(PENDING),
    )
