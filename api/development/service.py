"""KRA and career-development records (PRODUCT.md rule 13)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.pagination import PageParams, keyset, page_of
from api.core.security import Actor
from api.development.models import DevelopmentRecord
from api.employees import service as employees
from api.pairings.models import Pairing


async def open_for_pairing(session: AsyncSession, actor: Actor, pairing: Pairing) -> None:
    """At activation: the mentor's KRA "peer mentoring" and the mentee's development record."""
    assert pairing.evaluation_due_date is not None
    for employee_id, kind, title in (
        (pairing.mentor_id, "kra", "Peer mentoring"),
        (pairing.mentee_id, "career_development", "Peer mentoring: development plan"),
    ):
        record = DevelopmentRecord(
            employee_id=employee_id,
            kind=kind,
            pairing_id=pairing.id,
            title=title,
            period_start=pairing.start_date,
            period_end=pairing.evaluation_due_date,
        )
        session.add(record)
        await session.flush()
        audit.record(
            session,
            actor,
            "development_record.create",
            entity="development_record",
            entity_id=record.id,
            after={"employee_id": employee_id, "kind": kind, "pairing_id": pairing.id},
        )


async def close_for_pairing(session: AsyncSession, *, pairing_id: int) -> None:
    """The pairing ended early: its records close without a rating."""
    await session.execute(
        update(DevelopmentRecord)
        .where(DevelopmentRecord.pairing_id == pairing_id, DevelopmentRecord.closed_at.is_(None))
        .values(closed_at=utcnow())
    )


async def list_for_employee(
    session: AsyncSession, actor: Actor, page: PageParams, *, employee_id: int
) -> tuple[list[DevelopmentRecord], str | None]:
    await employees.get_employee(session, actor, employee_id)
    stmt = select(DevelopmentRecord).where(DevelopmentRecord.employee_id == employee_id)
    rows = (await session.scalars(keyset(stmt, page, DevelopmentRecord.id))).all()
    return page_of(rows, page)
