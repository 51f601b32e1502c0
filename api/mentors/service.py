"""Mentor profiles (the opt-in) and mentor eligibility (PRODUCT.md rule 4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.errors import Conflict, Forbidden, NotFound
from api.core.security import Actor, Role
from api.employees import service as employees
from api.employees.models import Employee, EmployeeStatus
from api.mentors import repository
from api.mentors.models import MentorProfile
from api.mentors.schemas import MentorInvitationCreate, MentorProfileUpdate
from api.notifications.models import Notification
from api.programme import service as programme
from api.programme.models import ProgrammeSettings
from api.records import service as records

PROFILE_FIELDS = ("available", "capacity", "bio", "skills_offered")


@dataclass(frozen=True)
class Assessment:
    """Whether an employee may mentor now, and every rule that fails."""

    employee_id: int
    reasons: tuple[str, ...]
    latest_rating: int | None
    active_mentees: int
    capacity: int

    @property
    def eligible(self) -> bool:
        return not self.reasons

    @property
    def spare_capacity(self) -> int:
        return max(0, self.capacity - self.active_mentees)


def assessment_of(row: Any) -> Assessment:
    """The Assessment of a row of `repository.mentor_facts`."""
    return Assessment(
        employee_id=row.id,
        reasons=tuple(reason for reason in repository.REASONS if getattr(row, reason)),
        latest_rating=row.latest_rating,
        active_mentees=row.active_mentees,
        capacity=row.capacity,
    )


async def assess(
    session: AsyncSession,
    employee_ids: Sequence[int],
    *,
    settings: ProgrammeSettings,
    today: date,
) -> dict[int, Assessment]:
    """Assess these employees, in one query whatever their number."""
    stmt, _ = repository.mentor_facts(
        Employee.id.in_(list(employee_ids)), settings=settings, today=today
    )
    return {row.id: assessment_of(row) for row in await session.execute(stmt)}


async def eligibility(session: AsyncSession, actor: Actor, *, employee_id: int) -> Assessment:
    employee = await employees.get_employee(session, actor, employee_id)
    settings = await programme.get_settings(session)
    today = await programme.today(session)
    return (await assess(session, [employee.id], settings=settings, today=today))[employee.id]


async def get_profile(session: AsyncSession, actor: Actor, *, employee_id: int) -> MentorProfile:
    await employees.get_employee(session, actor, employee_id)
    profile = await session.get(MentorProfile, employee_id)
    if profile is None:
        raise NotFound("This employee has no mentor profile")
    return profile


async def put_profile(
    session: AsyncSession, actor: Actor, *, employee_id: int, data: MentorProfileUpdate
) -> tuple[MentorProfile, bool]:
    """Create or replace the profile: the employee themself or HR. Returns (profile, created)."""
    await employees.get_employee(session, actor, employee_id)
    if not (actor.is_hr or actor.employee_id == employee_id):
        raise Forbidden("Only the employee or HR may change a mentor profile")
    profile = await session.get(MentorProfile, employee_id)
    created = profile is None
    before = None if profile is None else audit.snapshot(profile, PROFILE_FIELDS)
    if profile is None:
        profile = MentorProfile(employee_id=employee_id)
        session.add(profile)
    for name, value in data.model_dump().items():
        setattr(profile, name, value)
    await session.flush()
    after = audit.snapshot(profile, PROFILE_FIELDS)
    audit.record(
        session,
        actor,
        "mentor_profile.create" if created else "mentor_profile.update",
        entity="mentor_profile",
        entity_id=employee_id,
        changes={"before": None, "after": after} if before is None else audit.diff(before, after),
    )
    return profile, created


MENTOR_INVITATION_KIND = "mentor_invitation"


async def invite_to_mentor(
    session: AsyncSession, actor: Actor, *, employee_id: int, data: MentorInvitationCreate
) -> Notification:
    """A team leader (for someone they may see: their department's peers and the people they
    lead) or HR asks an employee to opt in as a mentor: a notification to that person."""
    if actor.role not in (Role.HR_ADMIN, Role.TEAM_LEADER):
        raise Forbidden("Only team leaders and HR invite people to mentor")
    employee = await employees.get_employee(session, actor, employee_id)
    if employee.id == actor.employee_id:
        raise Conflict(
            "You cannot invite yourself: open your own mentor profile instead",
            reasons=["self_invitation"],
        )
    if employee.status != EmployeeStatus.ACTIVE:
        raise Conflict("The employee has left the organisation", reasons=["inactive"])
    profile = await session.get(MentorProfile, employee.id)
    if profile is not None and profile.available:
        raise Conflict("The employee already offers to mentor", reasons=["already_available"])
    if await records.has_unread(session, recipient_id=employee.id, kind=MENTOR_INVITATION_KIND):
        raise Conflict(
            "The employee has an invitation to mentor they have not read yet",
            reasons=["already_invited"],
        )
    inviter = "HR"
    if actor.employee_id is not None:
        leader = await employees.get_employee(session, actor, actor.employee_id)
        inviter = leader.full_name
    body = (
        "You are invited to join the peer mentoring programme as a mentor. Open "
        "'My mentor profile' to opt in: say that you are available, how many mentees you can "
        "take and which skills you offer."
    )
    if data.message:
        body = f"{data.message}\n\n{body}"
    notification = await records.notify(
        session,
        recipient_id=employee.id,
        kind=MENTOR_INVITATION_KIND,
        title=f"{inviter} invites you to be a mentor",
        body=body,
        subject_employee_id=employee.id,
    )
    await session.flush()
    audit.record(
        session,
        actor,
        "mentor_invitation.create",
        entity="employee",
        entity_id=employee.id,
        after={"notification_id": notification.id, "message": data.message},
    )
    return notification
