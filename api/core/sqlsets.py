"""`column IN (subquery)` for a subquery of a handful of rows, written so PostgreSQL's
planner knows it is a handful.

PostgreSQL turns `x IN (SELECT ...)` under an OR into a hashed subplan and guesses that half
of all rows pass it. A team leader's scope (`department = d OR person IN (the people they
lead)`) then looks like three quarters of every table, and the planner sizes what it prepares
for every execution accordingly: more than half the time of a page of a team leader's
reviews went into caches for 60,000 rows it would never see (bench/README.md).
`x = ANY(ARRAY(SELECT ...))` means the same, runs the subquery once, and is estimated as about
ten values: the plan is sized for the page it reads. Other databases get the plain
`IN (SELECT ...)`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class InHandful(ColumnElement[bool]):
    __visit_name__ = "in_handful"
    # The statement's cache key (and copies, correlation) see both parts.
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("rows", InternalTraversal.dp_clauseelement),
    ]
    type = Boolean()
    _is_implicitly_boolean = True  # a condition in its own right (no `= 1` on SQLite)

    def __init__(self, column: ColumnElement[Any], rows: Select[Any]) -> None:
        self.column = column
        self.rows = rows

    @property
    def _from_objects(self) -> list[Any]:
        return self.column._from_objects


def in_handful(column: Any, rows: Select[Any]) -> ColumnElement[bool]:
    """SQL: `column` is one of the values `rows` (a one-column select of a few rows) gives."""
    return InHandful(column.__clause_element__(), rows)  # a mapped attribute's column


@compiles(InHandful)
def _in_subquery(element: InHandful, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.in_(element.rows), **kw)


@compiles(InHandful, "postgresql")
def _any_of_array(element: InHandful, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    rows = compiler.process(element.rows.scalar_subquery(), **kw)  # "(SELECT ...)"
    return f"{column} = ANY(ARRAY{rows})"
