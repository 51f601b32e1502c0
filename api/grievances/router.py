from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import Row

from api.auth.dependencies import HrActor
from api.auth.dependencies import PersonActor as Person
from api.core.dates import WorkingCalendar
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.etag import IfMatch, etag_headers
from api.core.pagination import Page, PageDep, page_response
from api.core.schemas import PathId, QueryId
from api.core.security import Actor
from api.employees import people
from api.employees.listfilters import ListFilterDep
from api.grievances import policy, service
from api.grievances.models import Grievance
from api.grievances.schemas import (
    ActionCreate,
    ActionRead,
    GrievanceCreate,
    GrievanceKind,
    GrievanceRead,
    GrievanceStatus,
    ResolveBody,
)
from api.programme import service as programme

router = APIRouter(prefix="/grievances", tags=["grievances"])

ETAG_HEADER = etag_headers("grievance")

# Grievance text is for HR and the person who raised it: service accounts never read it.
CONFIDENTIAL = (
    " Only HR and the person who raised it can read it; the other participant "
    "and team leaders get 404."
)


async def _context(session: SessionDep) -> tuple[date, WorkingCalendar]:
    return await programme.today_and_calendar(session)


def _row(
    grievance: Grievance | Row[Any],
    actions: list[ActionRead] | list[dict[str, Any]],
    today: date,
    calendar: WorkingCalendar,
    actor: Actor,
) -> dict[str, Any]:
    """The grievance as its read model reads it, from the loaded record or a row of the list
    (the list validates a whole page at once)."""
    return {
        "id": grievance.id,
        "pairing_id": grievance.pairing_id,
        "kind": grievance.kind,
        "raised_by": grievance.raised_by,
        "raised_on": grievance.raised_on,
        "description": grievance.description,
        "status": grievance.status,
        "due_date": grievance.due_date,
        "breached": service.is_breached(grievance, today),
        "working_days_left": service.working_days_left(grievance, today, calendar),
        "actions": actions,
        "resolution": grievance.resolution,
        "resolved_on": grievance.resolved_on,
        "version": grievance.version,
        "created_at": grievance.created_at,
        "allowed_actions": policy.allowed_actions(actor, grievance),
    }


def _read(
    grievance: Grievance, today: date, calendar: WorkingCalendar, actor: Actor
) -> GrievanceRead:
    actions = [ActionRead(at=a.at, by=a.by, note=a.note) for a in grievance.actions]
    return GrievanceRead.model_validate(_row(grievance, actions, today, calendar, actor))


async def _with_people(session: SessionDep, reads: list[GrievanceRead]) -> list[GrievanceRead]:
    """The pairing's two people by name, in one statement for the page; whoever raised it is
    one of them. Only HR and the raiser read grievances, so nobody else learns the name."""
    await people.attach_pairing_people(session, reads)
    for read in reads:
        for person in (read.mentor, read.mentee):
            if person is not None and person.id == read.raised_by:
                read.raised_by_person = person
    return reads


async def _named(session: SessionDep, read: GrievanceRead) -> GrievanceRead:
    """The answer with the people by name, as reading the grievance gives it."""
    (named,) = await _with_people(session, [read])
    return named


@router.get(
    "",
    response_model=Page[GrievanceRead],
    operation_id="grievances-list",
    summary="List grievances and withdrawals",
    description=(
        "HR's queue (all), or the caller's own grievances, filtered by `status`, `kind`, "
        "`pairing_id`, `breached`, the mentee's `department_id` and the day raised (`date_from`, "
        "`date_to`, inclusive). Only HR and the person who raised one "
        "can read it; the other participant and team leaders do not see it. The service accounts "
        "get 403: grievance text is confidential."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_grievances(
    session: SessionDep,
    actor: Person,
    page: PageDep,
    filters: ListFilterDep,
    status: GrievanceStatus | None = None,
    kind: GrievanceKind | None = None,
    pairing_id: QueryId = None,
    breached: bool | None = None,
) -> Response:
    rows, cursor, today, calendar = await service.list_grievances(
        session,
        actor,
        page,
        status=status,
        kind=kind,
        pairing_id=pairing_id,
        breached=breached,
        filters=filters,
    )
    items = []
    for row in rows:
        item = _row(row.grievance, row.actions, today, calendar, actor)
        # Whoever raised it is one of the two; only HR and the raiser read grievances.
        item["mentor"], item["mentee"] = row.mentor, row.mentee
        item["raised_by_person"] = next(
            (p for p in (row.mentor, row.mentee) if p and p["id"] == row.grievance.raised_by),
            None,
        )
        items.append(item)
    return page_response(GrievanceRead, items, cursor)


@router.post(
    "",
    response_model=GrievanceRead,
    status_code=201,
    operation_id="grievances-create",
    summary="Raise a grievance or withdrawal",
    description=(
        "The mentor or mentee raises one on their own approved or active pairing (`raised_on` is "
        "today); HR may record one received earlier on their behalf (`raised_by`, `raised_on` "
        "today or in the past). The due date is the `grievance_sla_working_days`-th working day "
        "after `raised_on` (weekends, public holidays of `holiday_country` and organisation "
        "holidays excluded) and is fixed when raised: holidays added later do not move it. 409 for "
        "a pairing that is not approved or active; 404 for a pairing the caller may not see; team "
        "leaders get 403."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def raise_grievance(
    session: SessionDep, actor: Person, body: GrievanceCreate
) -> GrievanceRead:
    grievance = await service.raise_grievance(session, actor, data=body)
    return await _named(session, _read(grievance, *(await _context(session)), actor))


@router.get(
    "/{grievance_id}",
    response_model=GrievanceRead,
    operation_id="grievances-get",
    summary="Get a grievance or withdrawal",
    description=(
        "The grievance with its due-diligence log, and its `ETag` for the `If-Match` of HR's "
        "actions and resolution. Only HR and the person who raised it can read it; the other "
        "participant and team leaders get 404, the service accounts 403."
    ),
    responses={
        200: {"headers": ETAG_HEADER, "description": "The grievance"},
        **problem_responses(401, 403, 404, 422),
    },
)
async def read_grievance(
    session: SessionDep, actor: Person, grievance_id: PathId, response: Response
) -> GrievanceRead:
    grievance = await service.get_grievance(session, actor, grievance_id)
    response.headers["ETag"] = service.etag(grievance)
    (read,) = await _with_people(session, [_read(grievance, *(await _context(session)), actor)])
    return read


@router.post(
    "/{grievance_id}/actions",
    response_model=GrievanceRead,
    operation_id="grievances-add_action",
    summary="Log a due-diligence step on a grievance",
    description=(
        "HR logs a step (`note`); the first moves it `under_review`. Only HR (`hr_admin`). 409 "
        "once it is resolved or dismissed; 412 when `If-Match` (the ETag read) is stale."
    ),
    responses={
        200: {"headers": ETAG_HEADER, "description": "The grievance"},
        **problem_responses(401, 403, 404, 409, 412, 422),
    },
)
async def add_action(
    session: SessionDep,
    actor: HrActor,
    grievance_id: PathId,
    body: ActionCreate,
    response: Response,
    if_match: IfMatch = None,
) -> GrievanceRead:
    grievance = await service.add_action(
        session, actor, grievance_id=grievance_id, note=body.note, if_match=if_match
    )
    response.headers["ETag"] = service.etag(grievance)
    return await _named(session, _read(grievance, *(await _context(session)), actor))


@router.post(
    "/{grievance_id}/resolve",
    response_model=GrievanceRead,
    operation_id="grievances-resolve",
    summary="Resolve a grievance or withdrawal",
    description=(
        "HR closes it as `resolved` or `dismissed` with a `resolution`. A resolved withdrawal ends "
        "the pairing as `withdrawn` (open reviews cancelled, the KRA closed unrated). The "
        "personnel files get the outcome only. Only HR (`hr_admin`). 409 when it is already "
        "closed; 412 when `If-Match` (the ETag read) is stale."
    ),
    responses={
        200: {"headers": ETAG_HEADER, "description": "The grievance"},
        **problem_responses(401, 403, 404, 409, 412, 422),
    },
)
async def resolve(
    session: SessionDep,
    actor: HrActor,
    grievance_id: PathId,
    body: ResolveBody,
    response: Response,
    if_match: IfMatch = None,
) -> GrievanceRead:
    grievance = await service.resolve(
        session, actor, grievance_id=grievance_id, data=body, if_match=if_match
    )
    response.headers["ETag"] = service.etag(grievance)
    return await _named(session, _read(grievance, *(await _context(session)), actor))
