"""The oversight filters that lists share: a department (the mentee's, or the trainee's) and a
date range on the list's own date column.

Each becomes a condition of the list's one statement (a subquery over employees), so a filtered
page costs the same statements as an unfiltered one, and keyset pagination is unchanged: the
cursor still walks the id, the filter only narrows the rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query
from sqlalchemy import ColumnElement, Select, select

from api.core.errors import RuleViolation
from api.core.schemas import MAX_ID, Day
from api.employees.models import Employee

DepartmentQuery = Annotated[
    int | None,
    Query(
        ge=1,
        le=MAX_ID,
        description="Only records of people in this department (the mentee's, or the trainee's).",
    ),
]
DateFrom = Annotated[
    Day | None, Query(description="Only records dated on or after this day (inclusive).")
]
DateTo = Annotated[
    Day | None, Query(description="Only records dated on or before this day (inclusive).")
]


def check_range(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_to < date_from:
        raise RuleViolation("date_to is before date_from", loc=["query", "date_to"])


def in_department(employee_column: Any, department_id: int | None) -> list[ColumnElement[bool]]:
    """`employee_column` (an employee id) is a person of the department."""
    if department_id is None:
        return []
    return [employee_column.in_(select(Employee.id).where(Employee.department_id == department_id))]


def narrowed(stmt: Select[Any], conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """`stmt` with the conditions, or `stmt` itself when there are none: a list's statement
    built once per reader stays the same object for unfiltered pages (`pagination.paged`)."""
    return stmt.where(*conditions) if conditions else stmt


def dated(column: Any, date_from: date | None, date_to: date | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if date_from is not None:
        conditions.append(column >= date_from)
    if date_to is not None:
        conditions.append(column <= date_to)
    return conditions


@dataclass(frozen=True)
class ListFilter:
    department_id: int | None
    date_from: date | None
    date_to: date | None

    def conditions(self, *, employee: Any, day: Any) -> list[ColumnElement[bool]]:
        """The filter as conditions on a list's mentee (or trainee) id column and date column."""
        return [
            *in_department(employee, self.department_id),
            *dated(day, self.date_from, self.date_to),
        ]

    def of_pairings(self, pairing_column: Any, pairing: Any) -> list[ColumnElement[bool]]:
        """The department as a condition on a pairing id column (reviews, grievances):
        `pairing` is the Pairing model, whose mentee's department counts."""
        if self.department_id is None:
            return []
        return [
            pairing_column.in_(
                select(pairing.id).where(*in_department(pairing.mentee_id, self.department_id))
            )
        ]


async def list_filter(
    department_id: DepartmentQuery = None, date_from: DateFrom = None, date_to: DateTo = None
) -> ListFilter:
    check_range(date_from, date_to)
    return ListFilter(department_id=department_id, date_from=date_from, date_to=date_to)


ListFilterDep = Annotated[ListFilter, Depends(list_filter)]
