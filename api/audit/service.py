from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import repository
from api.core.audit import AuditEvent
from api.core.pagination import PageParams, keyset, page_of


async def list_events(
    session: AsyncSession,
    page: PageParams,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[list[AuditEvent], str | None]:
    """Newest first."""
    stmt = repository.events_query(
        entity=entity, entity_id=entity_id, actor=actor, action=action, since=since, until=until
    )
    rows = (await session.scalars(keyset(stmt, page, AuditEvent.id, descending=True))).all()
    return page_of(rows, page)
