"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Index, String, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, utcnow
from api.core.security import Actor


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    actor_role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The audited fields of a record, as JSON values."""
    return {name: _jsonable(getattr(obj, name)) for name in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only the fields that changed, as {"before": {...}, "after": {...}}."""
    changed = [k for k in after if before.get(k) != after.get(k)]
    return {"before": {k: before.get(k) for k in changed}, "after": {k: after[k] for k in changed}}


def record(
    session: AsyncSession,
    actor: Actor,
    action: str,
    *,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """Add an audit event to the current transaction: it lands exactly when the change does."""
    if changes is None:
        changes = {"before": _jsonable(before), "after": _jsonable(after)}
    session.add(
        AuditEvent(
            at=utcnow(),
            actor=actor.label,
            actor_role=actor.role.value,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=_jsonable(changes),
        )
    )


async def record_many(
    session: AsyncSession,
    actor: Actor,
    action: str,
    *,
    entity: str,
    events: list[tuple[int | None, dict[str, Any]]],
) -> None:
    """Many events of one action in one bulk INSERT: (entity_id, changes) each."""
    if not events:
        return
    at = utcnow()
    await session.execute(
        insert(AuditEvent),
        [
            {
                "at": at,
                "actor": actor.label,
                "actor_role": actor.role.value,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": _jsonable(changes),
            }
            for entity_id, changes in events
        ],
    )
