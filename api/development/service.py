"""KRA and career-development records (PRODUCT.md rule 13)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.pagination import PageParams, page_of
from api.core.security import Actor
from api.development import repository
from api.development.models import DevelopmentKind, DevelopmentRecord
from api.employees import service as employees


async def open_for_pairing(
    session: AsyncSession,
    actor: Actor,
    *,
    pairing_id: int,
    mentor_id: int,
    mentee_id: int,
    period_start: date,
    period_end: date,
) -> None:
    """At activation: the mentor's KRA "peer mentoring" and the mentee's development record."""
    for employee_id, kind, title in (
        (mentor_id, DevelopmentKind.KRA, "Peer mentoring"),
        (mentee_id, DevelopmentKind.CAREER_DEVELOPMENT, "Peer mentoring: development plan"),
    ):
        record = DevelopmentRecord(
            employee_id=employee_id,
            kind=kind,
            pairing_id=pairing_id,
            title=title,
            period_start=period_start,
            period_end=period_end,
        )
        session.add(record)
        await session.flush()
        audit.record(
            session,
            actor,
            "development_record.create",
            entity="development_record",
            entity_id=record.id,
            after={"employee_id": employee_id, "kind": kind, "pairing_id": pairing_id},
        )


async def close_for_pairing(
    session: AsyncSession, *, pairing_id: int, kra_rating: int | None = None
) -> None:
    """The pairing ended: its open records close. Completed after an evaluation, the mentor's
    KRA gets the evaluation's `kra_rating`; ended early, the records close without a rating."""
    await repository.close_open_records(session, pairing_id=pairing_id, closed_at=utcnow())
    if kra_rating is not None:
        await repository.rate_kra(session, pairing_id=pairing_id, rating=kra_rating)


async def extend_for_pairing(session: AsyncSession, *, pairing_id: int, period_end: date) -> None:
    """The pairing was extended: its records run to the new evaluation date."""
    await repository.set_period_end(session, pairing_id=pairing_id, period_end=period_end)


async def list_for_employee(
    session: AsyncSession, actor: Actor, page: PageParams, *, employee_id: int
) -> tuple[list[DevelopmentRecord], str | None]:
    await employees.get_employee(session, actor, employee_id)
    return page_of(await repository.records_of(session, employee_id, page), page)
