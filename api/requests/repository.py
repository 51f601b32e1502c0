from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from api.core.pagination import PageParams, paged
from api.core.security import Actor, Role, built_per_reader
from api.employees.listfilters import ListFilter, narrowed
from api.employees.models import Employee, PerformanceReview
from api.employees.people import person_columns, summary_of
from api.employees.repository import employee_visibility, in_team_scope, sees_everyone
from api.mentors.repository import mentor_facts
from api.programme.models import ProgrammeSettings
from api.requests.models import PENDING_STATUSES, MentoringRequest, RequestStatus


def request_visibility(actor: Actor) -> ColumnElement[bool]:
    """A request is visible with its mentee: HR and services all, a team leader their
    department and the people they lead, an employee their own."""
    if sees_everyone(actor):
        return true()
    if actor.role is Role.TEAM_LEADER and actor.employee_id is not None:
        return in_team_scope(
            actor, MentoringRequest.mentee_department_id, MentoringRequest.mentee_id
        )
    return MentoringRequest.mentee_id.in_(select(Employee.id).where(employee_visibility(actor)))


def requests_query(actor: Actor) -> Select[MentoringRequest]:
    """The requests the actor may see, each with its mentee (in the same statement: the
    policy reads the mentee's team leader)."""
    return (
        select(MentoringRequest)
        .options(joinedload(MentoringRequest.mentee, innerjoin=True))
        .where(request_visibility(actor))
    )


# Built once: an alias costs more Python to build than the page's query takes to run.
_MENTEE = aliased(Employee, name="mentee")


@built_per_reader
def _page_query(actor: Actor) -> Select[Any]:
    """The list's statement before its filters."""
    return (
        requests_query(actor)
        .add_columns(*person_columns(_MENTEE, "mentee"))
        .join(_MENTEE, _MENTEE.id == MentoringRequest.mentee_id)
    )


async def list_page(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    status: RequestStatus | None,
    mentee_id: int | None,
    filters: ListFilter | None = None,
) -> list[tuple[MentoringRequest, dict[str, Any] | None]]:
    """A page of requests, each with its mentee by name (`PersonSummary` fields), in one
    statement."""
    stmt = _page_query(actor)
    if status is not None:
        stmt = stmt.where(MentoringRequest.status == status)
    if mentee_id is not None:
        stmt = stmt.where(MentoringRequest.mentee_id == mentee_id)
    if filters is not None:
        stmt = narrowed(
            stmt,
            filters.conditions(
                employee=MentoringRequest.mentee_id, day=MentoringRequest.discussion_date
            ),
        )
    return [
        (request, summary_of(*person))
        for request, *person in await session.execute(*paged(stmt, page, MentoringRequest.id))
    ]


async def visible_request(
    session: AsyncSession, actor: Actor, request_id: int, *, for_update: bool = False
) -> MentoringRequest | None:
    stmt = requests_query(actor).where(MentoringRequest.id == request_id)
    if for_update:
        stmt = stmt.with_for_update(of=MentoringRequest)
    return await session.scalar(stmt)


async def pending_request_id(session: AsyncSession, mentee_id: int) -> int | None:
    """The mentee's pending request (awaiting the supervisor, or open), if any."""
    return await session.scalar(
        select(MentoringRequest.id).where(
            MentoringRequest.mentee_id == mentee_id, MentoringRequest.status.in_(PENDING_STATUSES)
        )
    )


async def locked_request(session: AsyncSession, request_id: int) -> MentoringRequest:
    """The request, locked, whoever may see it (the pairing's activation marks it matched)."""
    request = await session.get(MentoringRequest, request_id, with_for_update=True)
    assert request is not None
    return request


async def performance_review(session: AsyncSession, review_id: int) -> PerformanceReview | None:
    return await session.get(PerformanceReview, review_id)


# -- suggestions ---------------------------------------------------------------------------


def peer_conditions(
    mentee: Any, settings: ProgrammeSettings, *, mentor: Any = Employee
) -> ColumnElement[bool]:
    """Peers of the mentee: never the mentee, their team leader or someone they lead. `mentee`
    is an Employee (one mentee's values) or an alias of the table (every mentee of a join, as
    programme-wide matching scores all pairs at once); `mentor` the candidates' table."""
    conditions = [mentor.id != mentee.id, mentor.team_leader_id.is_distinct_from(mentee.id)]
    if isinstance(mentee, Employee):
        if mentee.team_leader_id is not None:
            conditions.append(mentor.id != mentee.team_leader_id)
    else:
        conditions.append(mentor.id.is_distinct_from(mentee.team_leader_id))
    if settings.require_same_department:
        conditions.append(mentor.department_id == mentee.department_id)
    if settings.require_same_level:
        conditions.append(mentor.level == mentee.level)
    return and_(*conditions)


async def suggestion_rows(
    session: AsyncSession,
    mentee: Employee,
    settings: ProgrammeSettings,
    *,
    today: date,
    areas: list[str],
    include_ineligible: bool,
    limit: int,
) -> Sequence[Any]:
    """The page of suggestions_query's ranked mentors."""
    stmt = suggestions_query(
        mentee,
        settings,
        today=today,
        areas=areas,
        include_ineligible=include_ineligible,
        limit=limit,
    )
    return (await session.execute(stmt)).all()


def suggestions_query(
    mentee: Employee,
    settings: ProgrammeSettings,
    *,
    today: date,
    areas: list[str],
    include_ineligible: bool,
    limit: int,
) -> Select[Any]:
    """The mentee's peers as mentors, ranked: eligible first, then skill coverage of the
    improvement areas, depth of proficiency, latest rating, spare capacity."""
    stmt, rank = mentor_facts(
        peer_conditions(mentee, settings),
        settings=settings,
        today=today,
        areas=areas,
        eligible_only=not include_ineligible,
    )
    if not include_ineligible:
        stmt = stmt.where(rank["eligible"] == 1)
    return stmt.order_by(
        rank["eligible"].desc(),
        rank["covered"].desc(),
        rank["depth"].desc(),
        rank["rating"].desc(),
        rank["spare_capacity"].desc(),
        rank["id"],
    ).limit(limit)
