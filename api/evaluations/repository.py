"""The evaluations' queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.pagination import PageParams, keyset
from api.core.security import Actor
from api.evaluations.models import Evaluation, EvaluationOutcome
from api.pairings.models import Pairing, PairingStatus
from api.pairings.repository import pairing_visibility


def evaluations_query(actor: Actor) -> Select[Evaluation]:
    """The evaluations of the pairings the actor may see."""
    return select(Evaluation).where(
        Evaluation.pairing_id.in_(select(Pairing.id).where(pairing_visibility(actor)))
    )


async def visible_evaluation(
    session: AsyncSession, actor: Actor, evaluation_id: int
) -> Evaluation | None:
    return await session.scalar(evaluations_query(actor).where(Evaluation.id == evaluation_id))


async def evaluations_page(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    pairing_id: int | None,
    outcome: EvaluationOutcome | None,
    date_from: date | None,
    date_to: date | None,
) -> Sequence[Evaluation]:
    stmt = evaluations_query(actor)
    if pairing_id is not None:
        stmt = stmt.where(Evaluation.pairing_id == pairing_id)
    if outcome is not None:
        stmt = stmt.where(Evaluation.outcome == outcome)
    if date_from is not None:
        stmt = stmt.where(Evaluation.evaluated_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(Evaluation.evaluated_on <= date_to)
    return (await session.scalars(keyset(stmt, page, Evaluation.id))).all()


def _answered() -> ColumnElement[bool]:
    """SQL: the pairing's current evaluation date has its evaluation."""
    return exists().where(
        Evaluation.pairing_id == Pairing.id, Evaluation.due_date == Pairing.evaluation_due_date
    )


def due_condition(today: date) -> ColumnElement[bool]:
    """Active pairings whose evaluation date has come (today or before) without an evaluation
    of that date."""
    return and_(
        Pairing.status == PairingStatus.ACTIVE, Pairing.evaluation_due_date <= today, ~_answered()
    )


async def due_page(
    session: AsyncSession, actor: Actor, page: PageParams, *, today: date
) -> Sequence[Pairing]:
    stmt = select(Pairing).where(pairing_visibility(actor), due_condition(today))
    return (await session.scalars(keyset(stmt, page, Pairing.id))).all()


async def latest_due_date(session: AsyncSession, pairing_id: int) -> date | None:
    """The evaluation date the pairing's latest evaluation answered (None before the first)."""
    return await session.scalar(
        select(Evaluation.due_date)
        .where(Evaluation.pairing_id == pairing_id)
        .order_by(Evaluation.due_date.desc())
        .limit(1)
    )


async def mentee_ids(session: AsyncSession, pairing_ids: list[int]) -> dict[int, int]:
    if not pairing_ids:
        return {}
    rows = await session.execute(
        select(Pairing.id, Pairing.mentee_id).where(Pairing.id.in_(set(pairing_ids)))
    )
    return {pairing_id: mentee_id for pairing_id, mentee_id in rows}


async def claim_due_soon(
    session: AsyncSession, *, today: date, days: int, limit: int
) -> list[Pairing]:
    """Active pairings whose evaluation date is within `days` (or past) without its evaluation
    and not yet announced for that date, locked (others' claims skipped)."""
    stmt = (
        select(Pairing)
        .where(
            Pairing.status == PairingStatus.ACTIVE,
            Pairing.evaluation_due_date <= today + timedelta(days=days),
            ~_answered(),
            or_(
                Pairing.evaluation_reminded_for.is_(None),
                Pairing.evaluation_reminded_for != Pairing.evaluation_due_date,
            ),
        )
        .order_by(Pairing.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list((await session.scalars(stmt)).all())
