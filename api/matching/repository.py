"""The rows a matching run reads: the open requests in scope, and every eligible
(request, mentor) pair with the mentor's proficiency in the requests' areas, in one statement
built from the suggestions' own rules (mentor eligibility and peer conditions)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.security import Actor, Role
from api.employees.models import Employee
from api.matching.models import MatchingRun
from api.mentors.repository import mentor_facts
from api.pairings.models import OPEN_STATUSES, Pairing
from api.programme.models import ProgrammeSettings
from api.requests.models import MentoringRequest
from api.requests.service import peer_conditions


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


def open_requests_in_scope(
    actor: Actor, *, department_id: int | None, request_ids: list[int] | None
) -> Select[Any]:
    """(id, mentee_id, improvement_areas) of the open requests without an open pairing that
    the caller may match: HR any, a team leader those of the people they lead."""
    mentee = aliased(Employee, name="mentee")
    stmt = (
        select(MentoringRequest.id, MentoringRequest.mentee_id, MentoringRequest.improvement_areas)
        .join(mentee, mentee.id == MentoringRequest.mentee_id)
        .where(
            MentoringRequest.status == "open",
            ~exists().where(
                Pairing.mentee_id == MentoringRequest.mentee_id, Pairing.status.in_(OPEN_STATUSES)
            ),
        )
        .order_by(MentoringRequest.id)
    )
    if not actor.is_hr:
        assert actor.role is Role.TEAM_LEADER
        stmt = stmt.where(mentee.team_leader_id == actor.employee_id)
    if department_id is not None:
        stmt = stmt.where(mentee.department_id == department_id)
    if request_ids is not None:
        stmt = stmt.where(MentoringRequest.id.in_(request_ids))
    return stmt


def eligible_pairs(
    request_ids: list[int], *, areas: list[str], settings: ProgrammeSettings, today: date
) -> Select[Any]:
    """One row per eligible (request, mentor) pair: request_id, mentor_id, capacity,
    active_mentees and the mentor's proficiency in each of `areas` (area_0, area_1, ...), the
    union of the requests' improvement areas. Eligibility and peer rules are those of the
    mentor suggestions."""
    mentee = aliased(Employee, name="mentee")
    mentor = aliased(Employee, name="mentor")
    # Only candidates who can be a peer of some mentee in scope are assessed.
    candidate_where: list[ColumnElement[bool]] = []
    if settings.require_same_department:
        candidate_where.append(
            Employee.department_id.in_(
                select(mentee.department_id)
                .join(MentoringRequest, MentoringRequest.mentee_id == mentee.id)
                .where(MentoringRequest.id.in_(request_ids))
            )
        )
    if settings.require_same_level:
        candidate_where.append(
            Employee.level.in_(
                select(mentee.level)
                .join(MentoringRequest, MentoringRequest.mentee_id == mentee.id)
                .where(MentoringRequest.id.in_(request_ids))
            )
        )
    facts, rank = mentor_facts(
        and_(true(), *candidate_where), settings=settings, today=today, areas=areas
    )
    eligible = facts.where(rank["eligible"] == 1).subquery("eligible_mentors")
    e = eligible.c
    return (
        select(
            MentoringRequest.id.label("request_id"),
            e.id.label("mentor_id"),
            e.capacity,
            e.active_mentees,
            *(e[f"area_{i}"] for i in range(len(areas))),
        )
        .select_from(MentoringRequest)
        .join(mentee, mentee.id == MentoringRequest.mentee_id)
        .join(mentor, peer_conditions(mentee, settings, mentor=mentor))
        .join(eligible, e.id == mentor.id)
        .where(MentoringRequest.id.in_(request_ids))
    )
