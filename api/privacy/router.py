from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from api.auth.dependencies import HrActor
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.schemas import PathId
from api.privacy import html, service
from api.privacy.schemas import AnonymisationResult, DataExport, ExportFormat

router = APIRouter(tags=["privacy"])


@router.get(
    "/employees/{employee_id}/data-export",
    response_model=DataExport,
    operation_id="privacy-data_export",
    summary="Export everything held about an employee",
    description=(
        "For a subject access request: JSON, or with `?format=html` a self-contained, printable "
        "HTML page. Audited as `employee.data_export`. Only HR (`hr_admin`). 404 for an unknown "
        "employee."
    ),
    responses={
        200: {"content": {"text/html": {"schema": {"type": "string"}}}},
        **problem_responses(401, 403, 404, 422),
    },
)
async def data_export(
    response: Response,
    session: SessionDep,
    actor: HrActor,
    employee_id: PathId,
    format: Annotated[ExportFormat, Query(description="`json` (default) or `html`.")] = "json",
) -> Any:
    document = await service.export(session, actor, employee_id=employee_id, format=format)
    if format == "html":
        return Response(
            html.render(document),
            media_type="text/html; charset=utf-8",
            headers={
                "Content-Security-Policy": html.CONTENT_SECURITY_POLICY,
                "Content-Disposition": (
                    f'inline; filename="employee-{employee_id}-personal-data.html"'
                ),
                "Cache-Control": "private, no-store",
                "X-Content-Type-Options": "nosniff",
            },
        )
    response.headers["Cache-Control"] = "private, no-store"
    return document


@router.post(
    "/employees/{employee_id}/anonymise",
    response_model=AnonymisationResult,
    operation_id="privacy-anonymise",
    summary="Anonymise a departed employee",
    description=(
        "Replaces a terminated employee's personal data in their records once the retention period "
        "has passed. Only HR (`hr_admin`). 409 with `reasons`: `already_anonymised`, "
        "`not_terminated`, `open_pairing` or `retention_period` (the programme setting "
        "`data_retention_months` since termination or the end of their last pairing, whichever is "
        "later, has not passed)."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def anonymise(
    session: SessionDep, actor: HrActor, employee_id: PathId
) -> AnonymisationResult:
    return await service.anonymise(session, actor, employee_id=employee_id)
