from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.auth.dependencies import HrActor
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import PathId
from api.programme import service
from api.programme.schemas import (
    HolidayCreate,
    HolidayRead,
    ProgrammeSettingsRead,
    ProgrammeSettingsUpdate,
)

router = APIRouter(tags=["programme"])

# The HRIS account uses the integration endpoints (and reads people), not the programme's.


@router.get(
    "/programme-settings",
    response_model=ProgrammeSettingsRead,
    operation_id="programme-get_settings",
    summary="Get the programme settings",
    description=(
        "Eligibility thresholds, review interval, evaluation period, grievance SLA and the other "
        "settings of the programme. HR, team leaders, employees and the `reporting` account; not "
        "the `hris` account."
    ),
    responses=problem_responses(401, 403),
)
async def read_settings(session: SessionDep, _actor: Reader) -> ProgrammeSettingsRead:
    return ProgrammeSettingsRead.model_validate(await service.get_settings(session))


@router.put(
    "/programme-settings",
    response_model=ProgrammeSettingsRead,
    operation_id="programme-update_settings",
    summary="Change the programme settings",
    description=(
        "Fields left out keep their value. Due dates already computed (reviews, evaluations, "
        "grievances) do not move when the settings change. Only HR (`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def update_settings(
    session: SessionDep, actor: HrActor, body: ProgrammeSettingsUpdate
) -> ProgrammeSettingsRead:
    return ProgrammeSettingsRead.model_validate(
        await service.update_settings(session, actor, data=body)
    )


@router.get(
    "/holidays",
    response_model=Page[HolidayRead],
    operation_id="programme-list_holidays",
    summary="List organisation holidays",
    description=(
        "The organisation's own non-working days (public holidays come from `holiday_country`), "
        "optionally for one `year`. HR, team leaders, employees and the `reporting` account; not "
        "the `hris` account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_holidays(
    session: SessionDep,
    _actor: Reader,
    page: PageDep,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
) -> Page[HolidayRead]:
    items, cursor = await service.list_holidays(session, page, year=year)
    return Page(items=[HolidayRead.model_validate(h) for h in items], next_cursor=cursor)


@router.post(
    "/holidays",
    response_model=HolidayRead,
    status_code=201,
    operation_id="programme-create_holiday",
    summary="Add an organisation holiday",
    description=(
        "An organisation holiday is a non-working day from now on; due dates already fixed (e.g. "
        "of grievances raised before) do not move. Only HR (`hr_admin`). 409 when the date already "
        "has one."
    ),
    responses=problem_responses(401, 403, 409, 422),
)
async def create_holiday(session: SessionDep, actor: HrActor, body: HolidayCreate) -> HolidayRead:
    return HolidayRead.model_validate(await service.create_holiday(session, actor, data=body))


@router.delete(
    "/holidays/{holiday_id}",
    status_code=204,
    response_class=Response,
    operation_id="programme-delete_holiday",
    summary="Remove an organisation holiday",
    description=(
        "Due dates already fixed do not move. Only HR (`hr_admin`). 404 for an unknown holiday."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def delete_holiday(session: SessionDep, actor: HrActor, holiday_id: PathId) -> Response:
    await service.delete_holiday(session, actor, holiday_id=holiday_id)
    return Response(status_code=204)
