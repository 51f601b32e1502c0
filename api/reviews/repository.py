from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.pagination import PageParams, paged
from api.core.security import Actor, Role
from api.employees.listfilters import ListFilter, dated, narrowed
from api.employees.models import Employee
from api.employees.people import person_columns, summary_of
from api.employees.repository import sees_everyone
from api.pairings.models import Pairing, PairingStatus
from api.pairings.repository import pairing_visibility
from api.programme.models import ProgrammeSettings
from api.programme.repository import setting
from api.reviews.models import PeriodicReview, ReviewFields, ReviewStatus


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """A review with what its rules read of its pairing (fetched in the same statement). The
    list reads the review as a Core row; a single review (read or written) is the entity."""

    review: ReviewFields
    mentor_id: int
    mentee_id: int
    pairing_status: str
    # The two people by name (`PersonSummary` fields), read in the same statement.
    mentor: dict[str, Any] | None = None
    mentee: dict[str, Any] | None = None

    @property
    def id(self) -> int:
        return self.review.id

    @property
    def pairing_active(self) -> bool:
        return self.pairing_status == PairingStatus.ACTIVE


# Built once: an alias costs more Python to build than a page's query takes to run.
_MENTOR = aliased(Employee, name="mentor")
_MENTEE = aliased(Employee, name="mentee")


def periodic_review_visibility(actor: Actor) -> ColumnElement[bool]:
    """A periodic review is visible with its pairing."""
    # Those who see every pairing get no predicate: `IN (SELECT id FROM pairings WHERE true)`
    # is still planned, and run, as a semi-join.
    if sees_everyone(actor):
        return true()
    return PeriodicReview.pairing_id.in_(select(Pairing.id).where(pairing_visibility(actor)))


def is_pending() -> ColumnElement[bool]:
    """SQL: the review still waits for forms (scheduled or overdue): neither submitted nor
    cancelled. The one definition of a pending review (reports, calendar and the inbox use
    it)."""
    return and_(PeriodicReview.submitted_at.is_(None), PeriodicReview.cancelled_at.is_(None))


def status_condition(status: ReviewStatus, today: date) -> ColumnElement[bool]:
    """The derived status as SQL: submitted (both forms), overdue (past due without both),
    scheduled (not yet due), cancelled (the pairing ended early)."""
    return {
        ReviewStatus.SUBMITTED: PeriodicReview.submitted_at.is_not(None),
        ReviewStatus.CANCELLED: and_(
            PeriodicReview.submitted_at.is_(None), PeriodicReview.cancelled_at.is_not(None)
        ),
        ReviewStatus.OVERDUE: and_(is_pending(), PeriodicReview.due_date < today),
        ReviewStatus.SCHEDULED: and_(is_pending(), PeriodicReview.due_date >= today),
    }[status]


def reviews_query(actor: Actor, *, rows: bool = False) -> Select[Any]:
    """The reviews the actor may see, each with its pairing's mentor, mentee and status (what
    its policy reads) and the two people by name, in one statement: the review as the entity,
    or (`rows`, for the list) as the columns of its table. Built once per kind of caller (role,
    employee): building it costs as much Python as running it."""
    return _reviews_query(actor.role, actor.employee_id, rows)


_REVIEW_COLUMNS = tuple(PeriodicReview.__table__.c)


@lru_cache(maxsize=1024)
def _reviews_query(role: Role, employee_id: int | None, rows: bool) -> Select[Any]:
    # The statement reads only the actor's role and employee (the pairing's visibility).
    actor = Actor(kind="user", id=0, role=role, employee_id=employee_id)
    mentor, mentee = _MENTOR, _MENTEE
    review: tuple[Any, ...] = _REVIEW_COLUMNS if rows else (PeriodicReview,)
    stmt: Select[Any] = select(  # type: ignore[assignment]
        *review,
        Pairing.mentor_id,
        Pairing.mentee_id,
        Pairing.status,
        *person_columns(mentor, "mentor"),
        *person_columns(mentee, "mentee"),
    )
    if rows:
        # The organisation's time zone (today, for the derived status) in the page's own row:
        # an uncorrelated subquery, run once per page, one statement fewer per request.
        timezone = setting(ProgrammeSettings.timezone).label("organisation_timezone")
        stmt = stmt.add_columns(timezone)
    return (
        stmt.join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .join(mentor, mentor.id == Pairing.mentor_id)
        .join(mentee, mentee.id == Pairing.mentee_id)
        .where(periodic_review_visibility(actor))
    )


def _record(row: Any) -> ReviewRecord:
    review, mentor_id, mentee_id, pairing_status, *people = row
    return _as_record(review, mentor_id, mentee_id, pairing_status, people)


# A list row: the review's columns, then what `_record` reads after the entity.
_WIDTH = len(_REVIEW_COLUMNS)


def _list_record(row: Any) -> ReviewRecord:
    mentor_id, mentee_id, pairing_status, *people, _timezone = row[_WIDTH:]
    return _as_record(row, mentor_id, mentee_id, pairing_status, people)


def _as_record(
    review: ReviewFields, mentor_id: int, mentee_id: int, pairing_status: str, people: list[Any]
) -> ReviewRecord:
    return ReviewRecord(
        review,
        mentor_id,
        mentee_id,
        pairing_status,
        mentor=summary_of(*people[0:4]),
        mentee=summary_of(*people[4:8]),
    )


async def visible_review(
    session: AsyncSession, actor: Actor, review_id: int, *, for_update: bool = False
) -> ReviewRecord | None:
    stmt = reviews_query(actor).where(PeriodicReview.id == review_id)
    if for_update:
        stmt = stmt.with_for_update(of=PeriodicReview).execution_options(populate_existing=True)
    row = (await session.execute(stmt)).first()
    return None if row is None else _record(row)


async def list_page(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    pairing_id: int | None,
    status: ReviewStatus | None,
    due_before: date | None,
    today: date | None,
    filters: ListFilter | None = None,
) -> tuple[list[ReviewRecord], str | None]:
    """A page of reviews (one more than asked) and the organisation's time zone read with it
    (None when the page is empty or the settings were never written). `today` is needed only
    for a `status` filter."""
    # Core rows: an ORM object per review cost more than the page's statement.
    stmt = reviews_query(actor, rows=True)
    if pairing_id is not None:
        stmt = stmt.where(PeriodicReview.pairing_id == pairing_id)
    if status is not None:
        assert today is not None, "a status filter compares with today"
        stmt = stmt.where(status_condition(status, today))
    if due_before is not None:
        stmt = stmt.where(PeriodicReview.due_date < due_before)
    if filters is not None:
        stmt = narrowed(
            stmt,
            [
                *filters.of_pairings(PeriodicReview.pairing_id, Pairing),
                *dated(PeriodicReview.due_date, filters.date_from, filters.date_to),
            ],
        )
    rows = (await session.execute(*paged(stmt, page, PeriodicReview.id))).all()
    timezone = rows[0].organisation_timezone if rows else None
    return [_list_record(row) for row in rows], timezone


def form_context_query(actor: Actor, review_id: int) -> Select[*tuple[Any, ...]]:
    """A review the actor may see, locked for a form, with what filing the form needs in the
    same row: its pairing's status and people (id, name, team leader, job title, e-mail) and the
    organisation's
    time zone (NULL before the programme settings are first written)."""
    mentor, mentee = _MENTOR, _MENTEE
    timezone = setting(ProgrammeSettings.timezone)
    return (
        select(
            PeriodicReview,
            Pairing.status,
            mentor.id,
            mentor.full_name,
            mentor.team_leader_id,
            mentor.job_title,
            mentor.email,
            mentee.id,
            mentee.full_name,
            mentee.team_leader_id,
            mentee.job_title,
            mentee.email,
            timezone,
        )
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .join(mentor, mentor.id == Pairing.mentor_id)
        .join(mentee, mentee.id == Pairing.mentee_id)
        .where(PeriodicReview.id == review_id, periodic_review_visibility(actor))
        .with_for_update(of=PeriodicReview)
        .execution_options(populate_existing=True)
    )


async def form_context(session: AsyncSession, actor: Actor, review_id: int) -> Any | None:
    """The row of form_context_query, or None for a review the actor may not see."""
    return (await session.execute(form_context_query(actor, review_id))).first()


async def schedule_state(session: AsyncSession, pairing_id: int) -> tuple[set[date], int]:
    """The pairing's scheduled due dates and its last sequence number (0 for none)."""
    existing = set(
        (
            await session.scalars(
                select(PeriodicReview.due_date).where(PeriodicReview.pairing_id == pairing_id)
            )
        ).all()
    )
    last = await session.scalar(
        select(func.max(PeriodicReview.sequence)).where(PeriodicReview.pairing_id == pairing_id)
    )
    return existing, last or 0


async def cancel_pending(session: AsyncSession, *, pairing_id: int, at: datetime) -> None:
    """Cancel the pairing's pending reviews."""
    await session.execute(
        update(PeriodicReview)
        .where(PeriodicReview.pairing_id == pairing_id, is_pending())
        .values(cancelled_at=at)
    )


async def overdue_to_announce(session: AsyncSession, *, today: date, limit: int) -> Sequence[Any]:
    """(review, pairing) rows: overdue reviews of active pairings not yet announced, locked
    (skipping those another worker holds)."""
    stmt = (
        select(PeriodicReview, Pairing)
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .where(
            status_condition(ReviewStatus.OVERDUE, today),
            PeriodicReview.overdue_notified_at.is_(None),
            Pairing.status == PairingStatus.ACTIVE,
        )
        .order_by(PeriodicReview.id)
        .limit(limit)
        .with_for_update(of=PeriodicReview, skip_locked=True)
    )
    return (await session.execute(stmt)).all()


async def due_soon_to_announce(
    session: AsyncSession, *, today: date, days: int, limit: int
) -> Sequence[Any]:
    """(review, pairing) rows: scheduled reviews of active pairings due within `days` days
    whose participants were not reminded yet, locked (skipping those another worker holds)."""
    stmt = (
        select(PeriodicReview, Pairing)
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .where(
            status_condition(ReviewStatus.SCHEDULED, today),
            PeriodicReview.due_date <= today + timedelta(days=days),
            PeriodicReview.due_reminder_sent_at.is_(None),
            Pairing.status == PairingStatus.ACTIVE,
        )
        .order_by(PeriodicReview.id)
        .limit(limit)
        .with_for_update(of=PeriodicReview, skip_locked=True)
    )
    return (await session.execute(stmt)).all()
