"""requests and training records: their person's department, kept by the database

A team leader sees a request or a training record with its person (their department and the
people they lead). Without the department on the record's own row, a 50-row page of a
100,000-person organisation looks up the person of every record it passes, about 2,500 of them,
in id order. As `pairings` already do (c4d2e8f1a7b3), the records carry a copy, indexed with the
id for keyset pages:

- `mentoring_requests.mentee_department_id`: the mentee's department;
- `training_records.employee_department_id`: the trainee's department.

(Periodic reviews do not: measured on the bench database, a copy on the review's row did not
make a team leader's page cheaper than reading the pairing's copy.)

Triggers keep them right on every write path: a record inserted or given another person, and
an employee moved to another department (by HR, the HRIS sync or SCIM). Backfilled here.
Downgrade drops the triggers, the indexes and the columns.

Revision ID: 5e8a1c7d3b20
Revises: 7d2c4e9a1f05
Create Date: 2026-11-26 20:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e8a1c7d3b20"
down_revision: str | None = "7d2c4e9a1f05"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DEPARTMENT_OF = "(SELECT department_id FROM employees WHERE employees.id = {})"

# (table, the copy, the person whose department it copies)
COPIES = (
    ("mentoring_requests", "mentee_department_id", "mentee_id"),
    ("training_records", "employee_department_id", "employee_id"),
)

_MOVED = " ".join(
    f"UPDATE {table} SET {column} = NEW.department_id WHERE {person} = NEW.id;"
    for table, column, person in COPIES
)


def _postgresql_up() -> list[str]:
    statements = []
    for table, column, person in COPIES:
        statements += [
            f"""
            CREATE FUNCTION {table}_set_department() RETURNS trigger AS $$
            BEGIN
                NEW.{column} := {_DEPARTMENT_OF.format("NEW." + person)};
                RETURN NEW;
            END $$ LANGUAGE plpgsql
            """,
            f"""
            CREATE TRIGGER {table}_department BEFORE INSERT OR UPDATE OF {person}
            ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_set_department()
            """,
        ]
    return statements + [
        f"""
        CREATE FUNCTION employees_department_to_records() RETURNS trigger AS $$
        BEGIN
            {_MOVED}
            RETURN NULL;
        END $$ LANGUAGE plpgsql
        """,
        """
        CREATE TRIGGER employees_department_to_records AFTER UPDATE OF department_id
        ON employees FOR EACH ROW WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id)
        EXECUTE FUNCTION employees_department_to_records()
        """,
    ]


def _postgresql_down() -> list[str]:
    statements = [
        "DROP TRIGGER employees_department_to_records ON employees",
        "DROP FUNCTION employees_department_to_records()",
    ]
    for table, _, _ in COPIES:
        statements += [
            f"DROP TRIGGER {table}_department ON {table}",
            f"DROP FUNCTION {table}_set_department()",
        ]
    return statements


def _sqlite_up() -> list[str]:
    statements = []
    for table, column, person in COPIES:
        set_own = (
            f"UPDATE {table} SET {column} = {_DEPARTMENT_OF.format('NEW.' + person)}"
            " WHERE id = NEW.id;"
        )
        statements += [
            f"CREATE TRIGGER {table}_department_insert AFTER INSERT ON {table}"
            f" BEGIN {set_own} END",
            f"CREATE TRIGGER {table}_department_update AFTER UPDATE OF {person} ON {table}"
            f" BEGIN {set_own} END",
        ]
    return statements + [
        f"""
        CREATE TRIGGER employees_department_to_records AFTER UPDATE OF department_id ON employees
        WHEN OLD.department_id IS NOT NEW.department_id BEGIN {_MOVED} END
        """,
    ]


def _sqlite_down() -> list[str]:
    statements = ["DROP TRIGGER employees_department_to_records"]
    for table, _, _ in COPIES:
        statements += [
            f"DROP TRIGGER {table}_department_update",
            f"DROP TRIGGER {table}_department_insert",
        ]
    return statements


def upgrade() -> None:
    for table, column, person in COPIES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
        op.execute(f"UPDATE {table} SET {column} = {_DEPARTMENT_OF.format(table + '.' + person)}")
        op.create_index(f"ix_{table}_{column}_id", table, [column, "id"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _sqlite_up() if sqlite else _postgresql_up():
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _sqlite_down() if sqlite else _postgresql_down():
        op.execute(statement)
    for table, column, _ in reversed(COPIES):
        op.drop_index(f"ix_{table}_{column}_id", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
