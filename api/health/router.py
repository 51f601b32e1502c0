"""Liveness and readiness: public, outside /api/v1, for load balancers and orchestrators."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from api.core.errors import ServiceUnavailable, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    database: Literal["ok"]
    migrations: Literal["at_head"]


@router.get(
    "/healthz",
    response_model=Health,
    operation_id="health-live",
    summary="Liveness probe",
    description="Answers `ok` while the process is up; it checks nothing else. Public: no token.",
)
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    operation_id="health-ready",
    summary="Readiness probe",
    description=(
        "Answers `ready` when the database is reachable and its schema is at the latest migration. "
        "Public: no token. 503 when the database is unreachable or not migrated."
    ),
    responses=problem_responses(503),
)
async def readyz(request: Request) -> Readiness:
    engine = request.app.state.engine
    try:
        async with engine.connect() as connection:
            versions = set(
                (
                    await connection.execute(text("SELECT version_num FROM alembic_version"))
                ).scalars()
            )
    except Exception:
        raise ServiceUnavailable("The database is not reachable or not migrated") from None
    if versions != request.app.state.migration_heads:
        raise ServiceUnavailable("The database schema is not at the latest migration")
    return Readiness(status="ready", database="ok", migrations="at_head")
