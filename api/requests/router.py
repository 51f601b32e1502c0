from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.auth.dependencies import ChooserActor as Chooser
from api.auth.dependencies import PersonActor as Person
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import MAX_LIMIT, Page, PageDep, page_response
from api.core.schemas import PathId, QueryId, ReasonBody, WithActions
from api.core.security import Actor
from api.employees import people
from api.employees.listfilters import ListFilterDep
from api.requests import policy, service
from api.requests.models import MentoringRequest
from api.requests.schemas import (
    MentoringRequestCreate,
    MentoringRequestRead,
    MentorSuggestions,
    RequestStatus,
)

router = APIRouter(prefix="/mentoring-requests", tags=["requests"])

TRANSITION_ERRORS = problem_responses(401, 403, 404, 409, 422)


def _read(request: MentoringRequest, actor: Actor) -> MentoringRequestRead:
    return MentoringRequestRead.model_validate(
        WithActions(request, policy.allowed_actions(actor, request))
    )


async def _named(session: SessionDep, read: MentoringRequestRead) -> MentoringRequestRead:
    """The answer with the mentee by name, as reading the request gives it."""
    await people.attach(session, [read], mentee="mentee_id")
    return read


@router.get(
    "",
    response_model=Page[MentoringRequestRead],
    operation_id="requests-list",
    summary="List mentoring requests",
    description=(
        "The requests the caller may see, filtered by `status`, `mentee_id`, the mentee's "
        "`department_id` and the performance discussion's date (`date_from`, `date_to`, "
        "inclusive): HR and the "
        "`reporting` account all; a team leader those of their department and the people they "
        "lead; an employee their own. Not the `hris` account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_requests(
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    filters: ListFilterDep,
    status: RequestStatus | None = None,
    mentee_id: QueryId = None,
) -> Response:
    rows, cursor = await service.list_requests(
        session, actor, page, status=status, mentee_id=mentee_id, filters=filters
    )
    items = [WithActions(r, policy.allowed_actions(actor, r), mentee=mentee) for r, mentee in rows]
    return page_response(MentoringRequestRead, items, cursor)


@router.post(
    "",
    response_model=MentoringRequestRead,
    status_code=201,
    operation_id="requests-create",
    summary="Raise a mentoring request",
    description=(
        "HR or the mentee's team leader raise an `open` request; an employee raising one for "
        "themself gets `awaiting_supervisor` until the team leader confirms. 409 when the mentee "
        "already has a pending request; 422 for a mentee who is inactive or not managerial, a "
        "performance review that is not theirs or a future discussion date; 404 for a mentee the "
        "caller may not see."
    ),
    responses=TRANSITION_ERRORS,
)
async def create_request(
    session: SessionDep, actor: Person, body: MentoringRequestCreate
) -> MentoringRequestRead:
    return await _named(
        session, _read(await service.create_request(session, actor, data=body), actor)
    )


@router.get(
    "/{request_id}",
    response_model=MentoringRequestRead,
    operation_id="requests-get",
    summary="Get a mentoring request",
    description=(
        "HR and the `reporting` account; the mentee and the team leaders who may see them. 404 for "
        "a request the caller may not see."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def read_request(
    session: SessionDep, actor: Reader, request_id: PathId
) -> MentoringRequestRead:
    read = _read(await service.get_request(session, actor, request_id), actor)
    await people.attach(session, [read], mentee="mentee_id")
    return read


@router.post(
    "/{request_id}/confirm",
    response_model=MentoringRequestRead,
    operation_id="requests-confirm",
    summary="Confirm a mentoring request",
    description=(
        "The mentee's team leader (or HR) confirms a request the employee raised: "
        "`awaiting_supervisor` becomes `open`. 409 from any other status; 403 for anyone else."
    ),
    responses=TRANSITION_ERRORS,
)
async def confirm_request(
    session: SessionDep, actor: Chooser, request_id: PathId
) -> MentoringRequestRead:
    return await _named(
        session, _read(await service.confirm_request(session, actor, request_id=request_id), actor)
    )


@router.post(
    "/{request_id}/reject",
    response_model=MentoringRequestRead,
    operation_id="requests-reject",
    summary="Reject a mentoring request",
    description=(
        "The mentee's team leader or HR rejects a pending request (`awaiting_supervisor` or "
        "`open`) with a `reason`. 409 from any other status; 403 for anyone else."
    ),
    responses=TRANSITION_ERRORS,
)
async def reject_request(
    session: SessionDep, actor: Chooser, request_id: PathId, body: ReasonBody
) -> MentoringRequestRead:
    return await _named(
        session,
        _read(
            await service.reject_request(session, actor, request_id=request_id, reason=body.reason),
            actor,
        ),
    )


@router.post(
    "/{request_id}/cancel",
    response_model=MentoringRequestRead,
    operation_id="requests-cancel",
    summary="Cancel a mentoring request",
    description=(
        "The person who raised it, or HR, cancels a pending request. 409 from any other status; "
        "403 for anyone else who can see it."
    ),
    responses=TRANSITION_ERRORS,
)
async def cancel_request(
    session: SessionDep, actor: Person, request_id: PathId
) -> MentoringRequestRead:
    return await _named(
        session, _read(await service.cancel_request(session, actor, request_id=request_id), actor)
    )


@router.get(
    "/{request_id}/mentor-suggestions",
    response_model=MentorSuggestions,
    operation_id="requests-mentor_suggestions",
    summary="Suggest mentors for a request",
    description=(
        "Peers ranked by how many improvement areas they cover (proficiency at least "
        "`mentor_min_skill_level`), then depth of proficiency, then latest rating, then spare "
        "capacity. Eligible mentors always rank above ineligible ones, which are listed only with "
        "`include_ineligible=true`, with their reasons. HR and the mentee's team leader. 409 when "
        "the request is no longer pending."
    ),
    responses=TRANSITION_ERRORS,
)
async def mentor_suggestions(
    session: SessionDep,
    actor: Chooser,
    request_id: PathId,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 10,
    include_ineligible: bool = False,
) -> MentorSuggestions:
    items = await service.suggest_mentors(
        session, actor, request_id=request_id, limit=limit, include_ineligible=include_ineligible
    )
    return MentorSuggestions(items=items)
