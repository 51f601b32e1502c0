"""The development records' queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.pagination import PageParams, keyset
from api.development.models import DevelopmentKind, DevelopmentRecord


async def close_open_records(
    session: AsyncSession, *, pairing_id: int, closed_at: datetime
) -> None:
    await session.execute(
        update(DevelopmentRecord)
        .where(DevelopmentRecord.pairing_id == pairing_id, DevelopmentRecord.closed_at.is_(None))
        .values(closed_at=closed_at)
    )


async def rate_kra(session: AsyncSession, *, pairing_id: int, rating: int) -> None:
    """The mentor's KRA of this pairing gets its rating."""
    await session.execute(
        update(DevelopmentRecord)
        .where(
            DevelopmentRecord.pairing_id == pairing_id,
            DevelopmentRecord.kind == DevelopmentKind.KRA,
        )
        .values(rating=rating)
    )


async def set_period_end(session: AsyncSession, *, pairing_id: int, period_end: date) -> None:
    await session.execute(
        update(DevelopmentRecord)
        .where(DevelopmentRecord.pairing_id == pairing_id)
        .values(period_end=period_end)
    )


async def records_of(
    session: AsyncSession, employee_id: int, page: PageParams
) -> Sequence[DevelopmentRecord]:
    stmt = select(DevelopmentRecord).where(DevelopmentRecord.employee_id == employee_id)
    return (await session.scalars(keyset(stmt, page, DevelopmentRecord.id))).all()
