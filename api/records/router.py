from __future__ import annotations

from fastapi import APIRouter

from api.auth.dependencies import CurrentActor
from api.core.db import SessionDep
from api.core.errors import Forbidden, NotFound, problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import PathId
from api.core.security import Role
from api.employees import people as summaries
from api.employees import repository as people
from api.records import service
from api.records.schemas import (
    DocumentType,
    NotificationRead,
    NotificationsReadAll,
    PersonnelFileEntryRead,
)

router = APIRouter(tags=["records"])


@router.get(
    "/employees/{employee_id}/personnel-file",
    response_model=Page[PersonnelFileEntryRead],
    operation_id="records-personnel_file",
    summary="Read an employee's personnel file",
    description=(
        "The documents filed for the employee (requests, agreements, acknowledgements, training, "
        "review forms, evaluations, grievance outcomes), optionally of one `document_type`. HR, "
        "the employee and their team leader read it; the service accounts get 403. Entries "
        "reference the filed documents; grievance outcomes never carry the grievance's text. 404 "
        "for an employee the caller may not see."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def read_personnel_file(
    session: SessionDep,
    actor: CurrentActor,
    page: PageDep,
    employee_id: PathId,
    document_type: DocumentType | None = None,
) -> Page[PersonnelFileEntryRead]:
    if actor.role in (Role.HRIS, Role.REPORTING):
        raise Forbidden("Personnel files are not available to service accounts")
    employee = await people.visible_employee(session, actor, employee_id, with_skills=False)
    if employee is None or not (
        actor.is_hr or actor.employee_id in (employee.id, employee.team_leader_id)
    ):
        raise NotFound("Employee not found")
    items, cursor = await service.personnel_file(
        session, page, employee_id=employee_id, document_type=document_type
    )
    reads = [PersonnelFileEntryRead.model_validate(e) for e in items]
    await summaries.attach(
        session, reads, employee="employee_id", team_leader="sent_to_team_leader_id"
    )
    return Page(items=reads, next_cursor=cursor)


@router.get(
    "/notifications",
    response_model=Page[NotificationRead],
    operation_id="records-list_notifications",
    summary="List the caller's notifications",
    description=(
        "The caller's own in-app notifications, optionally only the `unread` ones. Any "
        "authenticated caller."
    ),
    responses=problem_responses(401, 422),
)
async def list_notifications(
    session: SessionDep, actor: CurrentActor, page: PageDep, unread: bool | None = None
) -> Page[NotificationRead]:
    items, cursor = await service.notifications_for(session, actor, page, unread=unread)
    reads = [NotificationRead.model_validate(n) for n in items]
    await summaries.attach(session, reads, subject="subject_employee_id")
    if not actor.is_hr:
        for read in reads:
            if read.record_type == "grievance":
                read.subject = None
    return Page(items=reads, next_cursor=cursor)


@router.post(
    "/notifications/read-all",
    response_model=NotificationsReadAll,
    operation_id="records-read_all_notifications",
    summary="Mark all the caller's notifications read",
    description=(
        "Every unread notification addressed to the caller, and to their role's shared inbox "
        "(HR's), is marked read at once; the answer says how many. Any authenticated caller; "
        "calling it again marks nothing (`marked: 0`)."
    ),
    responses=problem_responses(401),
)
async def read_all_notifications(session: SessionDep, actor: CurrentActor) -> NotificationsReadAll:
    return NotificationsReadAll(marked=await service.mark_all_read(session, actor))


@router.post(
    "/notifications/{notification_id}/read",
    response_model=NotificationRead,
    operation_id="records-read_notification",
    summary="Mark a notification read",
    description="Only the notification's recipient; for anyone else it does not exist (404).",
    responses=problem_responses(401, 404, 422),
)
async def read_notification(
    session: SessionDep, actor: CurrentActor, notification_id: PathId
) -> NotificationRead:
    return NotificationRead.model_validate(
        await service.mark_read(session, actor, notification_id=notification_id)
    )
