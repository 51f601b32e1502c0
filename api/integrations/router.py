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
    summary="Sync departments, employees and performance reviews from the HRIS",
    description=(
        "One bulk, idempotent upsert keyed by `external_id`, applied in dependency order "
        "(departments, employees, reviews) in one transaction. A row for a record sent before may "
        "be sparse: a field left out keeps its stored value and `null` clears an optional one; a "
        "new record must be whole. An invalid row is reported in `errors` by its index and "
        "skipped; the valid rows land. Nothing is deleted: a leaver is `status: terminated`. With "
        "an `Idempotency-Key`, a repeat answers the stored result. The `hris` account and HR "
        "(`hr_admin`). 413 for a body over the size limit; 422 for a malformed body or a key "
        "reused with another payload."
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
