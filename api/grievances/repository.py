"""The grievances' queries: who reads which, the queue's filters, the jobs' batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    any_,
    bindparam,
    false,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.pagination import PageParams, paged
from api.core.security import Actor, built_per_reader
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
    their column type), its actions, and its pairing's two people by name (`PersonSummary`
    fields), read in the page's own statement."""

    grievance: Row[Any]
    actions: list[dict[str, Any]]
    mentor: dict[str, Any] | None
    mentee: dict[str, Any] | None

    @property
    def id(self) -> int:
        return int(self.grievance.id)


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
    today: date,
    filters: ListFilter | None = None,
) -> list[GrievanceRow]:
    stmt = _page_query(actor)
    if status is not None:
        stmt = stmt.where(Grievance.status == status)
    if kind is not None:
        stmt = stmt.where(Grievance.kind == kind)
    if pairing_id is not None:
        stmt = stmt.where(Grievance.pairing_id == pairing_id)
    if breached is not None:
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
    actions = await _actions_of(session, [row.id for row in rows])
    width = len(_GRIEVANCE_COLUMNS)
    return [
        GrievanceRow(
            row,
            actions.get(row.id, []),
            summary_of(*row[width : width + 4]),
            summary_of(*row[width + 4 : width + 8]),
        )
        for row in rows
    ]


_GRIEVANCE_COLUMNS = tuple(Grievance.__table__.c)


@built_per_reader
def _page_query(actor: Actor) -> Select[Any]:
    """The list's statement before its filters. Core rows, not ORM objects: building and
    tracking an object per grievance and per action cost more than the page's two statements."""
    return (
        select(*_GRIEVANCE_COLUMNS)
        .where(grievance_visibility(actor.is_hr, actor.employee_id))
        .add_columns(*person_columns(_MENTOR, "mentor"), *person_columns(_MENTEE, "mentee"))
        .join(Pairing, Pairing.id == Grievance.pairing_id)
        .join(_MENTOR, _MENTOR.id == Pairing.mentor_id)
        .join(_MENTEE, _MENTEE.id == Pairing.mentee_id)
    )


_ACTION_COLUMNS = (
    GrievanceAction.grievance_id,
    GrievanceAction.at,
    GrievanceAction.by,
    GrievanceAction.note,
)
# On PostgreSQL the page's ids go as one array: the statement's text is the same for every page.
_ACTIONS_BY_ARRAY = (
    select(*_ACTION_COLUMNS)
    .where(GrievanceAction.grievance_id == any_(bindparam("ids", type_=ARRAY(Integer))))
    .order_by(GrievanceAction.id)
)


async def _actions_of(
    session: AsyncSession, grievance_ids: list[int]
) -> dict[int, list[dict[str, Any]]]:
    """The actions of these grievances (`ActionRead` fields), oldest first, in one statement."""
    if not grievance_ids:
        return {}
    if session.get_bind().dialect.name == "postgresql":
        result = await session.execute(_ACTIONS_BY_ARRAY, {"ids": grievance_ids})
    else:  # a page holds at most 500 grievances: well under SQLite's parameter limit
        result = await session.execute(
            select(*_ACTION_COLUMNS)
            .where(GrievanceAction.grievance_id.in_(grievance_ids))
            .order_by(GrievanceAction.id)
        )
    found: dict[int, list[dict[str, Any]]] = {}
    for grievance_id, at, by, note in result:
        found.setdefault(grievance_id, []).append({"at": at, "by": by, "note": note})
    return found


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
