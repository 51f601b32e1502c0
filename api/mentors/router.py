from __future__ import annotations

from fastapi import APIRouter, Response

from api.auth.dependencies import CurrentActor
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.schemas import PathId
from api.mentors import service
from api.mentors.schemas import (
    MentorEligibility,
    MentorInvitationCreate,
    MentorInvitationRead,
    MentorProfileRead,
    MentorProfileUpdate,
)

router = APIRouter(tags=["mentors"])

# Mentor profiles and eligibility are programme data: not the HRIS account's to read.


@router.get(
    "/employees/{employee_id}/mentor-profile",
    response_model=MentorProfileRead,
    operation_id="mentors-get_profile",
    summary="Get an employee's mentor profile",
    description=(
        "Whether they are available to mentor, their capacity, bio and the skills they offer. HR, "
        "the `reporting` account, the employee and the team leaders who may see them. 404 when the "
        "employee is not visible or has no profile."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def read_profile(
    session: SessionDep, actor: Reader, employee_id: PathId
) -> MentorProfileRead:
    return MentorProfileRead.model_validate(
        await service.get_profile(session, actor, employee_id=employee_id)
    )


@router.put(
    "/employees/{employee_id}/mentor-profile",
    response_model=MentorProfileRead,
    operation_id="mentors-put_profile",
    summary="Create or replace an employee's mentor profile",
    description=(
        "The employee themself or HR (`hr_admin`); others get 403 (or 404 for an employee they may "
        "not see). Answers 201 when the profile is new, 200 when it replaced one."
    ),
    responses={
        201: {"description": "Created", "model": MentorProfileRead},
        **problem_responses(401, 403, 404, 422),
    },
)
async def put_profile(
    session: SessionDep,
    actor: CurrentActor,
    employee_id: PathId,
    body: MentorProfileUpdate,
    response: Response,
) -> MentorProfileRead:
    profile, created = await service.put_profile(session, actor, employee_id=employee_id, data=body)
    if created:
        response.status_code = 201
    return MentorProfileRead.model_validate(profile)


@router.post(
    "/employees/{employee_id}/mentor-invitation",
    response_model=MentorInvitationRead,
    status_code=201,
    operation_id="mentors-invite",
    summary="Invite an employee to opt in as a mentor",
    description=(
        "Sends the employee a notification (and an e-mail, unless they turned that kind off) "
        "asking them to opt in on their mentor profile, with an optional personal `message`. "
        "A team leader, for the people they may see (their department and the people they "
        "lead), or HR. 403 for other roles; 404 for an employee the caller may not see; 409 "
        "with a reason: `already_available` (they already offer to mentor), `already_invited` "
        "(an invitation they have not read yet), `inactive` (they left) or `self_invitation`."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def invite_to_mentor(
    session: SessionDep, actor: CurrentActor, employee_id: PathId, body: MentorInvitationCreate
) -> MentorInvitationRead:
    notification = await service.invite_to_mentor(
        session, actor, employee_id=employee_id, data=body
    )
    return MentorInvitationRead(
        employee_id=employee_id, notification_id=notification.id, invited_at=notification.created_at
    )


@router.get(
    "/employees/{employee_id}/mentor-eligibility",
    response_model=MentorEligibility,
    operation_id="mentors-eligibility",
    summary="Check whether an employee may mentor",
    description=(
        "`eligible` and the `reasons` why not (`low_rating`, `no_rating`, `short_tenure`, "
        "`not_available`, `at_capacity`, `not_managerial`, `inactive`). HR, the `reporting` "
        "account, the employee and the team leaders who may see them. 404 for an employee the "
        "caller may not see."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def read_eligibility(
    session: SessionDep, actor: Reader, employee_id: PathId
) -> MentorEligibility:
    result = await service.eligibility(session, actor, employee_id=employee_id)
    return MentorEligibility(
        employee_id=result.employee_id,
        eligible=result.eligible,
        reasons=list(result.reasons),  # type: ignore[arg-type]
        latest_rating=result.latest_rating,
        active_mentees=result.active_mentees,
        capacity=result.capacity,
    )
