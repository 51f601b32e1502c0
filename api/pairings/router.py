from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.dependencies import ChooserActor as Chooser
from api.auth.dependencies import HrActor
from api.auth.dependencies import PersonActor as Participant
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.etag import IfMatch, etag_headers, etag_of
from api.core.pagination import Page, PageDep, page_response
from api.core.schemas import PathId, QueryId, ReasonBody
from api.core.security import Actor
from api.employees.listfilters import ListFilterDep
from api.pairings import service
from api.pairings.models import Pairing, PairingStatus
from api.pairings.schemas import PairingCreate, PairingRead, PairingUpdate

router = APIRouter(prefix="/pairings", tags=["pairings"])

ETAG_HEADER = etag_headers("pairing")
TRANSITION_ERRORS = problem_responses(401, 403, 404, 409, 412, 422)


async def _read(
    session: AsyncSession, actor: Actor, pairing: Pairing, response: Response
) -> PairingRead:
    """The pairing after the change, as reading it answers (the caller's next actions, the two
    people by name)."""
    response.headers["ETag"] = service.etag(pairing)
    return PairingRead.model_validate(await service.read_pairing(session, actor, pairing.id))


@router.get(
    "",
    response_model=Page[PairingRead],
    operation_id="pairings-list",
    summary="List pairings",
    description=(
        "The pairings the caller may see, filtered by `status`, `mentor_id`, `mentee_id`, the "
        "mentee's `department_id` and the start date (`date_from`, `date_to`, inclusive): HR "
        "and the `reporting` account all; a team leader those of people in their department or "
        "whom they lead; an employee those they are mentor or mentee of. Not the `hris` account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_pairings(
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    filters: ListFilterDep,
    status: PairingStatus | None = None,
    mentor_id: QueryId = None,
    mentee_id: QueryId = None,
) -> Response:
    items, cursor = await service.list_pairings(
        session,
        actor,
        page,
        status=status,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        filters=filters,
    )
    return page_response(PairingRead, items, cursor)


@router.post(
    "",
    response_model=PairingRead,
    status_code=201,
    operation_id="pairings-create",
    summary="Propose a pairing",
    description=(
        "The mentee's team leader or HR proposes a mentor for an open request, with goals, meeting "
        "cadence and start date. 409 lists the reasons when the mentor is not eligible or not a "
        "peer, or when the request is not open."
    ),
    responses={
        201: {"headers": ETAG_HEADER, "description": "Created"},
        **problem_responses(401, 403, 404, 409, 422),
    },
)
async def propose_pairing(
    session: SessionDep, actor: Chooser, body: PairingCreate, response: Response
) -> PairingRead:
    return await _read(session, actor, await service.propose(session, actor, data=body), response)


@router.get(
    "/{pairing_id}",
    response_model=PairingRead,
    operation_id="pairings-get",
    summary="Get a pairing",
    description=(
        "The agreement with its approvals and acknowledgements, and an `ETag` for `If-Match`. HR, "
        "the `reporting` account, the mentor, the mentee and the team leaders who may see them. "
        "404 for a pairing the caller may not see."
    ),
    responses={
        200: {"headers": ETAG_HEADER, "description": "The pairing"},
        **problem_responses(401, 403, 404, 422),
    },
)
async def read_pairing(
    session: SessionDep, actor: Reader, pairing_id: PathId, response: Response
) -> PairingRead:
    row = await service.read_pairing(session, actor, pairing_id)
    response.headers["ETag"] = etag_of("pairing", row["id"], row["version"])
    return PairingRead.model_validate(row)


@router.patch(
    "/{pairing_id}",
    response_model=PairingRead,
    operation_id="pairings-update",
    summary="Change a proposed agreement",
    description=(
        "Changes the goals, cadence or start date of a `proposed` pairing; fields left out keep "
        "their value. A change clears the acknowledgements (the terms changed). HR or the mentee's "
        "team leader. 409 once it is no longer proposed; 412 for a stale `If-Match`."
    ),
    responses={200: {"headers": ETAG_HEADER, "description": "The pairing"}, **TRANSITION_ERRORS},
)
async def update_pairing(
    session: SessionDep,
    actor: Chooser,
    pairing_id: PathId,
    body: PairingUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> PairingRead:
    pairing = await service.update(
        session, actor, pairing_id=pairing_id, data=body, if_match=if_match
    )
    return await _read(session, actor, pairing, response)


@router.post(
    "/{pairing_id}/approve",
    response_model=PairingRead,
    operation_id="pairings-approve",
    summary="Approve a pairing",
    description=(
        "Both the mentee's team leader (or a team leader of the department) and HR approve, in "
        "either order; the second approval makes it `approved`. 409 when it is not proposed, "
        "already approved by that role, or the mentor has no free capacity; 412 for a stale "
        "`If-Match`."
    ),
    responses=TRANSITION_ERRORS,
)
async def approve_pairing(
    session: SessionDep,
    actor: Chooser,
    pairing_id: PathId,
    response: Response,
    if_match: IfMatch = None,
) -> PairingRead:
    return await _read(
        session,
        actor,
        await service.approve(session, actor, pairing_id=pairing_id, if_match=if_match),
        response,
    )


@router.post(
    "/{pairing_id}/reject",
    response_model=PairingRead,
    operation_id="pairings-reject",
    summary="Reject a pairing",
    description=(
        "HR or a team leader of the mentee's department rejects a `proposed` or `approved` pairing "
        "with a `reason`. 409 from any other status; 412 for a stale `If-Match`."
    ),
    responses=TRANSITION_ERRORS,
)
async def reject_pairing(
    session: SessionDep,
    actor: Chooser,
    pairing_id: PathId,
    body: ReasonBody,
    response: Response,
    if_match: IfMatch = None,
) -> PairingRead:
    return await _read(
        session,
        actor,
        await service.reject(
            session, actor, pairing_id=pairing_id, reason=body.reason, if_match=if_match
        ),
        response,
    )


@router.post(
    "/{pairing_id}/acknowledge",
    response_model=PairingRead,
    operation_id="pairings-acknowledge",
    summary="Acknowledge the agreement",
    description=(
        "The mentor or the mentee, themself, acknowledges the agreement and the programme's "
        "purpose statement; nobody acknowledges for them (HR and team leaders get 403). 409 when "
        "already acknowledged or the pairing is not proposed or approved; 412 for a stale "
        "`If-Match`."
    ),
    responses=TRANSITION_ERRORS,
)
async def acknowledge_pairing(
    session: SessionDep,
    actor: Participant,
    pairing_id: PathId,
    response: Response,
    if_match: IfMatch = None,
) -> PairingRead:
    return await _read(
        session,
        actor,
        await service.acknowledge(session, actor, pairing_id=pairing_id, if_match=if_match),
        response,
    )


@router.post(
    "/{pairing_id}/activate",
    response_model=PairingRead,
    operation_id="pairings-activate",
    summary="Start a pairing",
    description=(
        "HR or the mentee's team leader starts an approved pairing. Activation schedules the "
        "reviews, sets the evaluation date and opens the KRA and development records. 409 with "
        "`reasons` listing every unmet condition: approvals, both acknowledgements, both role "
        "trainings; 412 for a stale `If-Match`."
    ),
    responses=TRANSITION_ERRORS,
)
async def activate_pairing(
    session: SessionDep,
    actor: Chooser,
    pairing_id: PathId,
    response: Response,
    if_match: IfMatch = None,
) -> PairingRead:
    return await _read(
        session,
        actor,
        await service.activate(session, actor, pairing_id=pairing_id, if_match=if_match),
        response,
    )


@router.post(
    "/{pairing_id}/terminate",
    response_model=PairingRead,
    operation_id="pairings-terminate",
    summary="Terminate a pairing",
    description=(
        "HR ends a proposed, approved or active pairing early with a `reason`; its open reviews "
        "are cancelled. Only HR (`hr_admin`). 409 for a pairing already ended; 412 for a stale "
        "`If-Match`."
    ),
    responses=TRANSITION_ERRORS,
)
async def terminate_pairing(
    session: SessionDep,
    actor: HrActor,
    pairing_id: PathId,
    body: ReasonBody,
    response: Response,
    if_match: IfMatch = None,
) -> PairingRead:
    return await _read(
        session,
        actor,
        await service.terminate(
            session, actor, pairing_id=pairing_id, reason=body.reason, if_match=if_match
        ),
        response,
    )
