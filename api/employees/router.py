from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.auth.dependencies import CurrentActor, HrActor
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import NoNul, PathId, QueryId
from api.employees import service
from api.employees.schemas import (
    DepartmentCreate,
    DepartmentRead,
    DepartmentUpdate,
    EmployeeCreate,
    EmployeeFilters,
    EmployeeRead,
    EmployeeStatus,
    EmployeeUpdate,
    PerformanceReviewCreate,
    PerformanceReviewRead,
)

router = APIRouter()

# HR maintains people here. The HRIS reads people and writes them only through its sync
# (api.integrations: per-row report, idempotency), never around it: these writes are HR's.
# Everyone else reads what they may see.
SearchText = Annotated[str | None, Query(max_length=200, description="Search text."), NoNul]
ExternalIdFilter = Annotated[
    str | None,
    Query(max_length=100, description="Only the record with this HRIS `external_id`."),
    NoNul,
]


@router.get(
    "/departments",
    response_model=Page[DepartmentRead],
    tags=["departments"],
    operation_id="departments-list",
    summary="List departments",
    description=(
        "All departments, filtered by `q` (name) or `external_id`, a page at a time. Any "
        "authenticated caller."
    ),
    responses=problem_responses(401, 422),
)
async def list_departments(
    session: SessionDep,
    _actor: CurrentActor,
    page: PageDep,
    q: SearchText = None,
    external_id: ExternalIdFilter = None,
) -> Page[DepartmentRead]:
    items, cursor = await service.list_departments(session, page, q=q, external_id=external_id)
    return Page(items=[DepartmentRead.model_validate(d) for d in items], next_cursor=cursor)


@router.post(
    "/departments",
    response_model=DepartmentRead,
    status_code=201,
    tags=["departments"],
    operation_id="departments-create",
    summary="Create a department",
    description=(
        "Only HR (`hr_admin`); the HRIS feeds departments through the HRIS sync. 409 when another "
        "department has the `external_id`."
    ),
    responses=problem_responses(401, 403, 409, 422),
)
async def create_department(
    session: SessionDep, actor: HrActor, body: DepartmentCreate
) -> DepartmentRead:
    return DepartmentRead.model_validate(await service.create_department(session, actor, data=body))


@router.get(
    "/departments/{department_id}",
    response_model=DepartmentRead,
    tags=["departments"],
    operation_id="departments-get",
    summary="Get a department",
    description="Any authenticated caller. 404 when there is no such department.",
    responses=problem_responses(401, 404, 422),
)
async def read_department(
    session: SessionDep, _actor: CurrentActor, department_id: PathId
) -> DepartmentRead:
    return DepartmentRead.model_validate(await service.get_department(session, department_id))


@router.patch(
    "/departments/{department_id}",
    response_model=DepartmentRead,
    tags=["departments"],
    operation_id="departments-update",
    summary="Change a department",
    description=(
        "Fields left out keep their value. Only HR (`hr_admin`). 409 when another department has "
        "the `external_id`; 404 for an unknown department."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_department(
    session: SessionDep, actor: HrActor, department_id: PathId, body: DepartmentUpdate
) -> DepartmentRead:
    return DepartmentRead.model_validate(
        await service.update_department(session, actor, department_id=department_id, data=body)
    )


@router.get(
    "/employees",
    response_model=Page[EmployeeRead],
    tags=["employees"],
    operation_id="employees-list",
    summary="List employees",
    description=(
        "The employees the caller may see, filtered by department, team leader, status, grade, "
        "managerial cadre, `external_id` or search text. HR and the `hris` and `reporting` "
        "accounts see everyone; a team leader their department and the people they lead; an "
        "employee themself."
    ),
    responses=problem_responses(401, 422),
)
async def list_employees(
    session: SessionDep,
    actor: CurrentActor,
    page: PageDep,
    department_id: QueryId = None,
    team_leader_id: QueryId = None,
    status: EmployeeStatus | None = None,
    level: Annotated[str | None, Query(max_length=20), NoNul] = None,
    is_managerial: bool | None = None,
    q: SearchText = None,
    external_id: ExternalIdFilter = None,
) -> Response:
    filters = EmployeeFilters(
        department_id=department_id,
        team_leader_id=team_leader_id,
        status=status,
        level=level,
        is_managerial=is_managerial,
        q=q,
        external_id=external_id,
    )
    body = await service.employees_page_json(session, actor, page, filters=filters)
    return Response(body, media_type="application/json")


@router.post(
    "/employees",
    response_model=EmployeeRead,
    status_code=201,
    tags=["employees"],
    operation_id="employees-create",
    summary="Create an employee",
    description=(
        "Only HR (`hr_admin`); the HRIS feeds employees through the HRIS sync. 409 when another "
        "employee has the `external_id`, employee number or e-mail; 422 for an unknown department "
        "or team leader."
    ),
    responses=problem_responses(401, 403, 409, 422),
)
async def create_employee(
    session: SessionDep, actor: HrActor, body: EmployeeCreate
) -> EmployeeRead:
    return EmployeeRead.model_validate(await service.create_employee(session, actor, data=body))


@router.get(
    "/employees/{employee_id}",
    response_model=EmployeeRead,
    tags=["employees"],
    operation_id="employees-get",
    summary="Get an employee",
    description=(
        "The employee with their skills. HR and the `hris` and `reporting` accounts see everyone; "
        "a team leader their department and the people they lead; an employee themself. 404 for an "
        "employee the caller may not see."
    ),
    responses=problem_responses(401, 404, 422),
)
async def read_employee(
    session: SessionDep, actor: CurrentActor, employee_id: PathId
) -> EmployeeRead:
    return EmployeeRead.model_validate(await service.read_employee(session, actor, employee_id))


@router.patch(
    "/employees/{employee_id}",
    response_model=EmployeeRead,
    tags=["employees"],
    operation_id="employees-update",
    summary="Change an employee",
    description=(
        "Fields left out keep their value, `null` clears an optional one; `skills` replaces the "
        "whole list. Terminating an employee flags their open pairings. Only HR (`hr_admin`). 409 "
        "for a duplicate `external_id`, employee number or e-mail; 404 for an unknown employee."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_employee(
    session: SessionDep, actor: HrActor, employee_id: PathId, body: EmployeeUpdate
) -> EmployeeRead:
    return EmployeeRead.model_validate(
        await service.update_employee(session, actor, employee_id=employee_id, data=body)
    )


@router.get(
    "/employees/{employee_id}/performance-reviews",
    response_model=Page[PerformanceReviewRead],
    tags=["employees"],
    operation_id="performance_reviews-list",
    summary="List an employee's performance reviews",
    description=(
        "HR and the `hris` and `reporting` accounts read everyone's; a team leader those of the "
        "people they lead; an employee their own. 404 for an employee the caller may not see."
    ),
    responses=problem_responses(401, 404, 422),
)
async def list_performance_reviews(
    session: SessionDep, actor: CurrentActor, page: PageDep, employee_id: PathId
) -> Page[PerformanceReviewRead]:
    items, cursor = await service.list_performance_reviews(
        session, actor, page, employee_id=employee_id
    )
    return Page(items=[PerformanceReviewRead.model_validate(r) for r in items], next_cursor=cursor)


@router.post(
    "/employees/{employee_id}/performance-reviews",
    response_model=PerformanceReviewRead,
    status_code=201,
    tags=["employees"],
    operation_id="performance_reviews-create",
    summary="Record a performance review",
    description=(
        "Records a rated review (1-5) with its improvement areas for an employee. Only HR "
        "(`hr_admin`); the HRIS sends reviews through the HRIS sync. 409 when another review has "
        "the `external_id`; 404 for an unknown employee."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_performance_review(
    session: SessionDep, actor: HrActor, employee_id: PathId, body: PerformanceReviewCreate
) -> PerformanceReviewRead:
    review = await service.create_performance_review(
        session, actor, employee_id=employee_id, data=body
    )
    return PerformanceReviewRead.model_validate(review)
