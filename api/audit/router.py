from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.audit import service
from api.audit.schemas import AuditEventRead
from api.auth.dependencies import HrActor
from api.core.db import SessionDep
from api.core.errors import RuleViolation, problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import NoNul, QueryId, Timestamp
from api.employees import people

router = APIRouter(tags=["audit"])

ShortQuery = Annotated[str | None, Query(max_length=100), NoNul]


@router.get(
    "/audit-events",
    response_model=Page[AuditEventRead],
    operation_id="audit-list",
    summary="Read the audit log",
    description=(
        "Every write, newest first, filtered by entity, entity id, actor (e.g. `user:3`), action "
        "and time range. Only HR (`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_audit_events(
    session: SessionDep,
    _actor: HrActor,
    page: PageDep,
    entity: ShortQuery = None,
    entity_id: QueryId = None,
    actor: Annotated[str | None, Query(max_length=64, description='e.g. "user:3"'), NoNul] = None,
    action: ShortQuery = None,
    since: Timestamp | None = None,
    until: Timestamp | None = None,
) -> Page[AuditEventRead]:
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.tzinfo is None:
            raise RuleViolation(
                "Timestamps need an offset, e.g. 2026-01-01T00:00:00Z", loc=["query", name]
            )
    items, cursor = await service.list_events(
        session,
        page,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
    )
    reads = [AuditEventRead.model_validate(e) for e in items]
    names = await people.actor_names(session, (read.actor for read in reads))
    for read in reads:
        read.actor_name = names.get(read.actor)
    return Page(items=reads, next_cursor=cursor)
