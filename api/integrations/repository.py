"""Queries of the integrations domain: the stored answers of idempotent calls."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.integrations.models import IdempotencyRecord


async def idempotency_record(
    session: AsyncSession, *, actor: str, operation: str, key: str
) -> IdempotencyRecord | None:
    return await session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.actor == actor,
            IdempotencyRecord.operation == operation,
            IdempotencyRecord.key == key,
        )
    )
