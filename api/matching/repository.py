"""The rows a matching run reads: the open requests in scope, and every eligible
(request, mentor) pair with the mentor's proficiency in the requests' areas, in one statement
built from the suggestions' own rules (mentor eligibility and peer conditions)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Select,
    String,
    and_,
    cast,
    exists,
    func,
    literal_column,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.security import Actor, Role
from api.employees.models import Employee
from api.matching.models import MatchingRun
from api.mentors.repository import mentor_facts
from api.pairings.models import OPEN_STATUSES, Pairing
from api.programme.models import ProgrammeSettings
from api.requests.models import MentoringRequest, RequestStatus
from api.requests.repository import peer_conditions


def run_visibility(actor: Actor) -> ColumnElement[bool]:
    """HR: every run. A team leader: the runs they made."""
    if actor.is_hr:
        return true()
    return MatchingRun.created_by == actor.id


def runs_query(actor: Actor) -> Select[MatchingRun]:
    return select(MatchingRun).where(run_visibility(actor))


async def visible_run(
    session: AsyncSession, actor: Actor, run_id: int, *, for_update: bool = False
) -> MatchingRun | None:
    stmt = runs_query(actor).where(MatchingRun.id == run_id)
    if for_update:
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


def scope_conditions(
    actor: Actor,
    mentee: Any,
    *,
    department_id: int | None,
    request_ids: list[int] | None,
) -> list[ColumnElement[bool]]:
    """The open requests without an open pairing that the caller may match (HR any, a team
    leader those of the people they lead), on `MentoringRequest` joined to `mentee`."""
    conditions = [
        MentoringRequest.status == RequestStatus.OPEN,
        ~exists().where(
            Pairing.mentee_id == MentoringRequest.mentee_id, Pairing.status.in_(OPEN_STATUSES)
        ),
    ]
    if not actor.is_hr:
        assert actor.role is Role.TEAM_LEADER
        conditions.append(mentee.team_leader_id == actor.employee_id)
    if department_id is not None:
        conditions.append(mentee.department_id == department_id)
    if request_ids is not None:
        conditions.append(MentoringRequest.id.in_(request_ids))
    return conditions


def open_requests_in_scope(
    actor: Actor, *, department_id: int | None, request_ids: list[int] | None
) -> Select[Any]:
    """(id, mentee_id, improvement_areas, department_id, level: the mentee's) of the requests
    in scope (`scope_conditions`)."""
    mentee = aliased(Employee, name="mentee")
    return (
        select(
            MentoringRequest.id,
            MentoringRequest.mentee_id,
            MentoringRequest.improvement_areas,
            mentee.department_id,
            mentee.level,
        )
        .join(mentee, mentee.id == MentoringRequest.mentee_id)
        .where(
            *scope_conditions(actor, mentee, department_id=department_id, request_ids=request_ids)
        )
        .order_by(MentoringRequest.id)
    )


def _id_list(dialect: str, column: ColumnExpressionArgument[int]) -> ColumnElement[str]:
    """The ids of a group as one comma-separated string."""
    if dialect == "postgresql":
        return func.string_agg(cast(column, String), literal_column("','"))
    return func.group_concat(column)


def eligible_pairs(
    actor: Actor,
    *,
    department_id: int | None,
    request_ids: list[int] | None,
    areas: list[str],
    departments: list[int],
    levels: list[str],
    settings: ProgrammeSettings,
    today: date,
    dialect: str,
) -> Select[Any]:
    """Every eligible mentor of some request in scope (`scope_conditions`), one row each:
    mentor_id, capacity, active_mentees, their proficiency in each of `areas` (area_0, area_1,
    ...: the union of the requests' improvement areas) and `request_ids`, the requests
    (comma-separated) they may mentor. Eligibility and peer rules are those of the mentor
    suggestions; one row per mentor rather than per pair keeps what comes back small.
    `departments` and `levels` are those of the mentees in scope (`open_requests_in_scope`):
    only candidates there can be their peers."""

    # The requests in scope first (a few thousand rows), then everything joins to them.
    someone = aliased(Employee, name="someone")
    scoped = (
        select(
            MentoringRequest.id,
            MentoringRequest.mentee_id,
            someone.department_id,
            someone.level,
        )
        .join(someone, someone.id == MentoringRequest.mentee_id)
        .where(
            *scope_conditions(actor, someone, department_id=department_id, request_ids=request_ids)
        )
        .cte("scope")
        .prefix_with("MATERIALIZED")
    )
    # Only candidates who can be a peer of some mentee in scope are assessed, and of those only
    # the ones whose own row passes (opted in, active...). The departments and levels are
    # values, not a subquery of the scope: the planner then reads them from the
    # (department_id, level) index with true estimates; from a subquery it expected most of
    # the organisation, scanned all of it and all of its reviews, and spent 2 s compiling
    # the statement (JIT) for a department of 2,000.
    candidate_where: list[ColumnElement[bool]] = []
    if settings.require_same_department:
        candidate_where.append(Employee.department_id.in_(departments))
    if settings.require_same_level:
        candidate_where.append(Employee.level.in_(levels))
    facts, rank = mentor_facts(
        and_(true(), *candidate_where),
        settings=settings,
        today=today,
        areas=areas,
        eligible_only=True,
    )
    # Materialised: the few eligible mentors first, then their peers (planners otherwise
    # check eligibility after joining every candidate to every mentee).
    eligible = (
        facts.where(rank["eligible"] == 1).cte("eligible_mentors").prefix_with("MATERIALIZED")
    )
    e = eligible.c
    mentee = aliased(Employee, name="mentee")
    mentor = aliased(Employee, name="mentor")
    peers = (
        select(e.id.label("mentor_id"), _id_list(dialect, MentoringRequest.id).label("ids"))
        .select_from(eligible)
        .join(mentor, mentor.id == e.id)
        .join(mentee, peer_conditions(mentee, settings, mentor=mentor))
        .join(MentoringRequest, MentoringRequest.mentee_id == mentee.id)
        .where(MentoringRequest.id.in_(select(scoped.c.id)))
        .group_by(e.id)
        .subquery("peers")
    )
    return (
        select(
            e.id.label("mentor_id"),
            e.capacity,
            e.active_mentees,
            *(e[f"area_{i}"] for i in range(len(areas))),
            peers.c.ids.label("request_ids"),
        )
        .join_from(eligible, peers, peers.c.mentor_id == e.id)
        .order_by(e.id)
    )
