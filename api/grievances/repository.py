"""The grievances' queries: who reads which, the queue's filters, the jobs' batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.crypto import decrypt
from api.core.pagination import PageParams, paged
from api.core.security import Actor, Role
from api.core.sqljson import json_array
from api.employees.listfilters import ListFilter, dated, narrowed
from api.employees.models import Employee
from api.employees.people import person_columns, summary_of
from api.grievances.models import (
    OPEN_STATUSES,
    Grievance,
    GrievanceAction,
    GrievanceKind,
    GrievanceStatus,
)
from api.pairings.models import Pairing
from api.programme.repository import calendar_columns, calendar_of


def grievance_visibility(is_hr: bool, employee_id: int | None) -> ColumnElement[bool]:
    """HR reads every grievance; the person who raised one reads theirs; nobody else does
    (the other participant and team leaders get 404)."""
    if is_hr:
        return true()
    if employee_id is None:
        return false()
    return Grievance.raised_by == employee_id


def grievances_query(actor: Actor) -> Select[Grievance]:
    return select(Grievance).where(grievance_visibility(actor.is_hr, actor.employee_id))


def breached_condition(today: date) -> ColumnElement[bool]:
    """SQL: not resolved by the end of its due date (service.is_breached)."""
    open_breach = Grievance.status.in_(OPEN_STATUSES) & (Grievance.due_date < today)
    closed_breach = ~Grievance.status.in_(OPEN_STATUSES) & (
        Grievance.resolved_on > Grievance.due_date
    )
    return open_breach | closed_breach


async def visible_grievance(
    session: AsyncSession, actor: Actor, grievance_id: int, *, for_update: bool = False
) -> Grievance | None:
    stmt = grievances_query(actor).where(Grievance.id == grievance_id)
    if for_update:
        stmt = stmt.with_for_update(of=Grievance).execution_options(populate_existing=True)
    return await session.scalar(stmt)


@dataclass(frozen=True, slots=True)
class GrievanceRow:
    """A grievance of a page (a Core row: the columns of `grievances`, its texts decrypted by
    their column type), its actions (`ActionRead` fields, oldest first), and its pairing's two
    people by name (`PersonSummary` fields), read in the page's own statement."""

    grievance: Row[Any]
    actions: list[dict[str, Any]]
    mentor: dict[str, Any] | None
    mentee: dict[str, Any] | None

    @property
    def id(self) -> int:
        return int(self.grievance.id)


@dataclass(frozen=True, slots=True)
class GrievancePage:
    """A page of grievances (one more than asked) and the organisation's calendar read with
    it (`programme.repository.calendar_of`; None when the page is empty)."""

    rows: list[GrievanceRow]
    calendar: tuple[str, str | None, list[date]] | None


# Built once: an alias costs more Python to build than the page's query takes to run.
_MENTOR = aliased(Employee, name="mentor")
_MENTEE = aliased(Employee, name="mentee")


async def list_page(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    status: GrievanceStatus | None,
    kind: GrievanceKind | None,
    pairing_id: int | None,
    breached: bool | None,
    today: date | None,
    filters: ListFilter | None = None,
) -> GrievancePage:
    """`today` is needed only for a `breached` filter."""
    stmt = _page_query(actor.role, actor.employee_id, session.get_bind().dialect.name)
    if status is not None:
        stmt = stmt.where(Grievance.status == status)
    if kind is not None:
        stmt = stmt.where(Grievance.kind == kind)
    if pairing_id is not None:
        stmt = stmt.where(Grievance.pairing_id == pairing_id)
    if breached is not None:
        assert today is not None, "a breached filter compares with today"
        condition = breached_condition(today)
        stmt = stmt.where(condition if breached else ~condition)
    if filters is not None:
        stmt = narrowed(
            stmt,
            [
                *filters.of_pairings(Grievance.pairing_id, Pairing),
                *dated(Grievance.raised_on, filters.date_from, filters.date_to),
            ],
        )
    rows = list(await session.execute(*paged(stmt, page, Grievance.id)))
    width = len(_GRIEVANCE_COLUMNS)
    return GrievancePage(
        [
            GrievanceRow(
                row,
                _actions(row.actions),
                summary_of(*row[width : width + 4]),
                summary_of(*row[width + 4 : width + 8]),
            )
            for row in rows
        ],
        calendar_of(*rows[0][-3:]) if rows else None,
    )


def _actions(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actions as read models answer them, oldest first (SQLite aggregates them
    unordered), their notes decrypted (the JSON carries the stored tokens)."""
    return [
        {"at": action["at"], "by": action["by"], "note": decrypt(action["note"])}
        for action in sorted(actions, key=lambda action: int(action["id"]))
    ]


_GRIEVANCE_COLUMNS = tuple(Grievance.__table__.c)


@lru_cache(maxsize=1024)
def _page_query(role: Role, employee_id: int | None, dialect: str) -> Select[Any]:
    """The list's statement before its filters, built once per kind of reader: the page's
    grievances with their actions, their pairing's two people and the organisation's calendar
    (for the working days left), in one statement. Core rows, not ORM objects: building and
    tracking an object per grievance and per action cost more than the page's statement."""
    actor = Actor(kind="user", id=0, role=role, employee_id=employee_id)
    actions = json_array(
        dialect,
        {
            "id": GrievanceAction.id,
            "at": GrievanceAction.at,
            "by": GrievanceAction.by,
            "note": GrievanceAction.note,
        },
        where=GrievanceAction.grievance_id == Grievance.id,
        order_by=GrievanceAction.id,
    )
    return (
        select(*_GRIEVANCE_COLUMNS)
        .where(grievance_visibility(actor.is_hr, actor.employee_id))
        .add_columns(
            *person_columns(_MENTOR, "mentor"),
            *person_columns(_MENTEE, "mentee"),
            actions.label("actions"),
            *calendar_columns(dialect),  # last: `calendar_of(*row[-3:])`
        )
        .join(Pairing, Pairing.id == Grievance.pairing_id)
        .join(_MENTOR, _MENTOR.id == Pairing.mentor_id)
        .join(_MENTEE, _MENTEE.id == Pairing.mentee_id)
    )


async def open_withdrawal(session: AsyncSession, pairing_id: int) -> int | None:
    """The pairing's open withdrawal, if any."""
    return await session.scalar(
        select(Grievance.id).where(
            Grievance.pairing_id == pairing_id,
            Grievance.kind == GrievanceKind.WITHDRAWAL,
            Grievance.status.in_(OPEN_STATUSES),
        )
    )


async def locked_pairing(session: AsyncSession, pairing_id: int) -> Pairing:
    pairing = await session.get(Pairing, pairing_id, with_for_update=True)
    assert pairing is not None
    return pairing


async def participants(session: AsyncSession, pairing: Pairing) -> tuple[Employee, Employee]:
    """The pairing's mentor and mentee."""
    mentor = await session.get(Employee, pairing.mentor_id)
    mentee = await session.get(Employee, pairing.mentee_id)
    assert mentor is not None and mentee is not None
    return mentor, mentee


async def newly_breached(session: AsyncSession, *, today: date, limit: int) -> list[Grievance]:
    """Open grievances past their due date not yet announced, locked (skipping those another
    worker holds)."""
    stmt = (
        select(Grievance)
        .where(
            Grievance.status.in_(OPEN_STATUSES),
            Grievance.due_date < today,
            Grievance.breach_notified_at.is_(None),
        )
        .order_by(Grievance.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list((await session.scalars(stmt)).all())


async def deadline_due(
    session: AsyncSession, *, today: date, next_working_day: date, limit: int
) -> list[Grievance]:
    """Open grievances due today or on the next working day whose deadline HR was not warned
    of yet, locked (skipping those another worker holds)."""
    stmt = (
        select(Grievance)
        .where(
            Grievance.status.in_(OPEN_STATUSES),
            Grievance.due_date >= today,
            Grievance.due_date <= next_working_day,
            Grievance.deadline_notified_at.is_(None),
        )
        .order_by(Grievance.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list((await session.scalars(stmt)).all())
