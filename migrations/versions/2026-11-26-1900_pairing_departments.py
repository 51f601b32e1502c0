"""pairings: the mentee's and the mentor's departments, kept by the database

`pairings.mentee_department_id` and `pairings.mentor_department_id` copy the department of the
pairing's two people, so that a team leader's pairing list (and the reviews, training records
and requests read through it) filters on the pairing's own row instead of looking up both
people of every pairing it passes (about 2,500 pairings for a 50-row page of a 100,000-person
organisation). Triggers keep them right on every write path: a pairing inserted or given
another person, and an employee moved to another department (by HR, the HRIS sync or SCIM).
Backfilled here; indexed with the id for keyset pages. Downgrade drops the triggers, the
indexes and the columns.

Revision ID: c4d2e8f1a7b3
Revises: c4f1d2e3a5b6
Create Date: 2026-11-26 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c4d2e8f1a7b3"
down_revision: str | None = "c4f1d2e3a5b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DEPARTMENT_OF = "(SELECT department_id FROM employees WHERE employees.id = {})"

POSTGRESQL_UP = [
    f"""
    CREATE FUNCTION pairings_set_departments() RETURNS trigger AS $$
    BEGIN
        NEW.mentee_department_id := {_DEPARTMENT_OF.format("NEW.mentee_id")};
        NEW.mentor_department_id := {_DEPARTMENT_OF.format("NEW.mentor_id")};
        RETURN NEW;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER pairings_departments BEFORE INSERT OR UPDATE OF mentee_id, mentor_id
    ON pairings FOR EACH ROW EXECUTE FUNCTION pairings_set_departments()
    """,
    """
    CREATE FUNCTION employees_department_to_pairings() RETURNS trigger AS $$
    BEGIN
        UPDATE pairings SET mentee_department_id = NEW.department_id WHERE mentee_id = NEW.id;
        UPDATE pairings SET mentor_department_id = NEW.department_id WHERE mentor_id = NEW.id;
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER employees_department_to_pairings AFTER UPDATE OF department_id
    ON employees FOR EACH ROW WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id)
    EXECUTE FUNCTION employees_department_to_pairings()
    """,
]
POSTGRESQL_DOWN = [
    "DROP TRIGGER employees_department_to_pairings ON employees",
    "DROP FUNCTION employees_department_to_pairings()",
    "DROP TRIGGER pairings_departments ON pairings",
    "DROP FUNCTION pairings_set_departments()",
]

_SQLITE_SET = f"""
    UPDATE pairings SET mentee_department_id = {_DEPARTMENT_OF.format("NEW.mentee_id")},
        mentor_department_id = {_DEPARTMENT_OF.format("NEW.mentor_id")}
    WHERE id = NEW.id;
"""
SQLITE_UP = [
    f"CREATE TRIGGER pairings_departments_insert AFTER INSERT ON pairings BEGIN {_SQLITE_SET} END",
    "CREATE TRIGGER pairings_departments_update AFTER UPDATE OF mentee_id, mentor_id ON pairings"
    f" BEGIN {_SQLITE_SET} END",
    """
    CREATE TRIGGER employees_department_to_pairings AFTER UPDATE OF department_id ON employees
    WHEN OLD.department_id IS NOT NEW.department_id BEGIN
        UPDATE pairings SET mentee_department_id = NEW.department_id WHERE mentee_id = NEW.id;
        UPDATE pairings SET mentor_department_id = NEW.department_id WHERE mentor_id = NEW.id;
    END
    """,
]
SQLITE_DOWN = [
    "DROP TRIGGER employees_department_to_pairings",
    "DROP TRIGGER pairings_departments_update",
    "DROP TRIGGER pairings_departments_insert",
]


def upgrade() -> None:
    with op.batch_alter_table("pairings") as batch:
        batch.add_column(sa.Column("mentee_department_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("mentor_department_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE pairings SET"
        f" mentee_department_id = {_DEPARTMENT_OF.format('pairings.mentee_id')},"
        f" mentor_department_id = {_DEPARTMENT_OF.format('pairings.mentor_id')}"
    )
    op.create_index(
        "ix_pairings_mentee_department_id_id", "pairings", ["mentee_department_id", "id"]
    )
    op.create_index(
        "ix_pairings_mentor_department_id_id", "pairings", ["mentor_department_id", "id"]
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_UP if sqlite else POSTGRESQL_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else POSTGRESQL_DOWN:
        op.execute(statement)
    op.drop_index("ix_pairings_mentor_department_id_id", table_name="pairings")
    op.drop_index("ix_pairings_mentee_department_id_id", table_name="pairings")
    with op.batch_alter_table("pairings") as batch:
        batch.drop_column("mentor_department_id")
        batch.drop_column("mentee_department_id")
