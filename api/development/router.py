from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter

from api.auth.dependencies import CurrentActor
from api.core.db import SessionDep
from api.core.errors import Forbidden, problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import PathId, ReadModel
from api.core.security import Role
from api.development import service
from api.development.models import DevelopmentKind

router = APIRouter(tags=["development"])


class DevelopmentRecordRead(ReadModel):
    id: int
    employee_id: int
    kind: DevelopmentKind
    pairing_id: int
    title: str
    period_start: date
    period_end: date
    rating: int | None
    closed_at: datetime | None


@router.get(
    "/employees/{employee_id}/development-records",
    response_model=Page[DevelopmentRecordRead],
    operation_id="development-list",
    summary="List an employee's development records",
    description=(
        "The KRA and career-development records opened by their pairings, with ratings once "
        "evaluated. HR, the `reporting` account, the employee and the team leaders who may see "
        "them. 404 for an employee the caller may not see."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def list_development_records(
    session: SessionDep, actor: CurrentActor, page: PageDep, employee_id: PathId
) -> Page[DevelopmentRecordRead]:
    if actor.role is Role.HRIS:
        raise Forbidden("Development records are not available to the HRIS account")
    items, cursor = await service.list_for_employee(session, actor, page, employee_id=employee_id)
    return Page(items=[DevelopmentRecordRead.model_validate(r) for r in items], next_cursor=cursor)
