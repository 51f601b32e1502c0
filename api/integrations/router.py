from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header
from fastapi.responses import JSONResponse

from api.auth.dependencies import require_role
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.schemas import NoNul
from api.core.security import Actor, Role
from api.integrations import service
from api.integrations.schemas import HrisSyncRequest, HrisSyncResult

router = APIRouter(prefix="/integrations", tags=["integrations"])

SyncActor = Annotated[Actor, Depends(require_role(Role.HRIS, Role.HR_ADMIN))]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        description="Replays the stored answer when the same payload is sent again with it.",
    ),
    NoNul,
]


@router.post(
    "/hris/sync",
    response_model=HrisSyncResult,
    operation_id="integrations-hris_sync",
    summary="Bulk, idempotent upsert of departments, employees and performance reviews",
    description=(
        "Rows are keyed by `external_id` and applied in dependency order (departments, "
        "employees, reviews) in one transaction. An invalid row is reported in `errors` by "
        "its index and skipped; the valid rows land. Each row is a full record: optional "
        "fields left out are stored empty. Nothing is deleted: a leaver is "
        "`status: terminated`."
    ),
    responses=problem_responses(401, 403, 413, 422),
)
async def hris_sync(
    session: SessionDep,
    actor: SyncActor,
    body: Annotated[HrisSyncRequest, Body()],
    idempotency_key: IdempotencyKey = None,
) -> Any:
    # The rows are kept as sent (each is validated by the service), so they hash as sent.
    raw = {
        "departments": body.departments,
        "employees": body.employees,
        "performance_reviews": body.performance_reviews,
    }
    status, result = await service.sync_idempotent(
        session, actor, payload=body, raw=raw, key=idempotency_key
    )
    return JSONResponse(result, status_code=status)
