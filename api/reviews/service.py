"""Periodic reviews: the schedule, the mentor's and mentee's forms, HR's follow-up
(PRODUCT.md rule 10)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Literal, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.dates import add_months, today_in
from api.core.db import utcnow
from api.core.errors import Conflict, Forbidden, NotFound, RuleViolation
from api.core.etag import check_if_match as if_match_check
from api.core.etag import etag_of
from api.core.pagination import PageParams, keyset, page_of
from api.core.security import Actor
from api.employees.listfilters import ListFilter, dated
from api.pairings.models import Pairing, PairingStatus
from api.programme import service as programme
from api.records import service as records
from api.reviews import repository
from api.reviews.models import PeriodicReview
from api.reviews.schemas import FollowUpInput, ReviewFormInput
from api.webhooks import events

Side = Literal["mentor", "mentee"]


def review_dates(start: date, until: date, interval_months: int) -> list[date]:
    """start + k x interval (k = 1, 2, ...) while strictly before `until`."""
    dates = []
    k = 1
    while (due := add_months(start, k * interval_months)) < until:
        dates.append(due)
        k += 1
    return dates


async def schedule(
    session: AsyncSession,
    *,
    pairing_id: int,
    start: date,
    until: date,
    interval_months: int,
) -> list[PeriodicReview]:
    """Schedule the reviews due before `until` that are not scheduled yet (so an extension
    adds only the new ones)."""
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
    sequence = last or 0
    created = []
    for due in review_dates(start, until, interval_months):
        if due in existing:
            continue
        sequence += 1
        review = PeriodicReview(pairing_id=pairing_id, sequence=sequence, due_date=due)
        session.add(review)
        created.append(review)
    await session.flush()
    return created


async def cancel_open(session: AsyncSession, *, pairing_id: int) -> None:
    """The pairing ended early: reviews without both forms are cancelled."""
    await session.execute(
        update(PeriodicReview)
        .where(
            PeriodicReview.pairing_id == pairing_id,
            PeriodicReview.submitted_at.is_(None),
            PeriodicReview.cancelled_at.is_(None),
        )
        .values(cancelled_at=utcnow())
    )


def status_of(review: PeriodicReview, today: date) -> str:
    if review.submitted_at is not None:
        return "submitted"
    if review.cancelled_at is not None:
        return "cancelled"
    return "overdue" if review.due_date < today else "scheduled"


def etag(review: PeriodicReview) -> str:
    return etag_of("review", review.id, review.version)


def check_if_match(review: PeriodicReview, if_match: str | None) -> None:
    if_match_check(etag(review), if_match, what="review")


async def get_review(
    session: AsyncSession, actor: Actor, review_id: int, *, for_update: bool = False
) -> PeriodicReview:
    stmt = repository.reviews_query(actor).where(PeriodicReview.id == review_id)
    if for_update:
        stmt = stmt.with_for_update(of=PeriodicReview).execution_options(populate_existing=True)
    review = await session.scalar(stmt)
    if review is None:
        raise NotFound("Review not found")
    return review


async def list_reviews(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    pairing_id: int | None,
    status: str | None,
    due_before: date | None,
    today: date,
    filters: ListFilter | None = None,
) -> tuple[list[PeriodicReview], str | None]:
    stmt = repository.reviews_query(actor)
    if pairing_id is not None:
        stmt = stmt.where(PeriodicReview.pairing_id == pairing_id)
    if status is not None:
        stmt = stmt.where(repository.status_condition(status, today))
    if due_before is not None:
        stmt = stmt.where(PeriodicReview.due_date < due_before)
    if filters is not None:
        stmt = stmt.where(
            *filters.of_pairings(PeriodicReview.pairing_id, Pairing),
            *dated(PeriodicReview.due_date, filters.date_from, filters.date_to),
        )
    rows = (await session.scalars(keyset(stmt, page, PeriodicReview.id))).all()
    return page_of(rows, page)


class Person(NamedTuple):
    """A participant as filing a form needs them."""

    id: int
    full_name: str
    team_leader_id: int | None


async def submit_form(
    session: AsyncSession,
    actor: Actor,
    *,
    review_id: int,
    side: Side,
    data: ReviewFormInput,
    if_match: str | None,
) -> tuple[PeriodicReview, date]:
    """The mentor's or the mentee's form: only that person, or HR on their behalf with a note.
    Returns the review and the organisation's today (for its status).

    A hot write (participants file forms every month): the review, its pairing, both people
    and the time zone come in one locked read, and the filing's rows are queued together, so
    the whole form is 8 statements (tests/test_query_counts.py)."""
    row = (await session.execute(repository.form_context_query(actor, review_id))).first()
    if row is None:
        raise NotFound("Review not found")
    review, pairing_status, *people, timezone = row
    mentor, mentee = Person(*people[:3]), Person(*people[3:])
    check_if_match(review, if_match)
    person = mentor if side == "mentor" else mentee
    if actor.employee_id == person.id:
        on_behalf = None
    elif actor.is_hr:
        if not data.on_behalf_note:
            raise RuleViolation(
                "HR filing a form on someone's behalf must say how it was received",
                loc=["body", "on_behalf_note"],
            )
        on_behalf = data.on_behalf_note
    else:
        raise Forbidden(f"Only the {side} (or HR on their behalf) fills this form")
    if review.cancelled_at is not None or pairing_status != PairingStatus.ACTIVE:
        raise Conflict(
            "Forms are filled for reviews of active pairings",
            reasons=["review_cancelled" if review.cancelled_at else f"pairing_{pairing_status}"],
        )
    form: dict[str, Any] = {
        "progress": data.progress,
        "relationship_health": data.relationship_health,
        "comments": data.comments,
        "concern": data.concern,
        "submitted_at": utcnow().isoformat(),
        "submitted_by": actor.label,
        "on_behalf_note": on_behalf,
    }
    before = {
        "mentor_form": review.mentor_form is not None,
        "mentee_form": review.mentee_form is not None,
    }
    if side == "mentor":
        review.mentor_form = form
    else:
        review.mentee_form = form
    newly_submitted = review.submitted_at is None and review.mentor_form and review.mentee_form
    if newly_submitted:
        review.submitted_at = utcnow()
    review.version += 1
    # The form's content stays in the review; the audit says who filed which form, when.
    audit.record(
        session,
        actor,
        f"review.{side}_form",
        entity="review",
        entity_id=review.id,
        changes={
            "before": before,
            "after": {
                f"{side}_form": True,
                "concern": data.concern,
                "on_behalf": on_behalf is not None,
            },
        },
    )
    concern = []
    if data.concern:
        concern.append(
            records.notification(
                recipient_role="hr_admin",
                kind="review_concern",
                title=f"Concern raised in review {review.sequence} by the {side}",
                body=f"{person.full_name} flagged a concern; see the review.",
                document_type="review_form",
                document_id=review.id,
                subject_employee_id=person.id,
                record=("pairing", review.pairing_id),
            )
        )
    await records.file_document(
        session,
        document_type="review_form",
        document_id=review.id,
        title=f"Review {review.sequence}: {side}'s feedback form",
        participants=[mentor, mentee],
        also_notify=concern,
        record=("pairing", review.pairing_id),
    )
    if newly_submitted:
        await events.emit(
            session,
            "review.submitted",
            {
                "review_id": review.id,
                "pairing_id": review.pairing_id,
                "sequence": review.sequence,
                "due_date": review.due_date.isoformat(),
                "concern": bool(
                    (review.mentor_form or {}).get("concern")
                    or (review.mentee_form or {}).get("concern")
                ),
            },
        )
    today = today_in(timezone) if timezone is not None else await programme.today(session)
    return review, today


async def follow_up(
    session: AsyncSession,
    actor: Actor,
    *,
    review_id: int,
    data: FollowUpInput,
    if_match: str | None,
) -> PeriodicReview:
    review = await get_review(session, actor, review_id, for_update=True)
    check_if_match(review, if_match)
    previous = review.hr_follow_up
    review.hr_follow_up = {
        "notes": data.notes,
        "action_required": data.action_required,
        "at": utcnow().isoformat(),
        "by": actor.label,
    }
    review.version += 1
    await session.flush()
    audit.record(
        session,
        actor,
        "review.follow_up",
        entity="review",
        entity_id=review.id,
        changes={"before": previous, "after": review.hr_follow_up},
    )
    return review


async def today(session: AsyncSession) -> date:
    return await programme.today(session)


async def emit_overdue(session: AsyncSession, *, today: date, limit: int = 500) -> int:
    """Announce each newly overdue review once: a `review.overdue` event and a reminder to
    both participants. Returns how many were announced."""
    stmt = (
        select(PeriodicReview, Pairing)
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .where(
            repository.status_condition("overdue", today),
            PeriodicReview.overdue_notified_at.is_(None),
            Pairing.status == PairingStatus.ACTIVE,
        )
        .order_by(PeriodicReview.id)
        .limit(limit)
        .with_for_update(of=PeriodicReview, skip_locked=True)
    )
    rows = (await session.execute(stmt)).all()
    now = utcnow()
    for review, pairing in rows:
        review.overdue_notified_at = now
        await events.emit(
            session,
            "review.overdue",
            {
                "review_id": review.id,
                "pairing_id": pairing.id,
                "sequence": review.sequence,
                "due_date": review.due_date.isoformat(),
                "mentor_form": review.mentor_form is not None,
                "mentee_form": review.mentee_form is not None,
            },
        )
        for person_id, form in (
            (pairing.mentor_id, review.mentor_form),
            (pairing.mentee_id, review.mentee_form),
        ):
            if form is None:
                await records.notify(
                    session,
                    recipient_id=person_id,
                    kind="review_overdue",
                    title=f"Review {review.sequence} is overdue",
                    body=f"It was due on {review.due_date.isoformat()}.",
                    document_type="review_form",
                    document_id=review.id,
                    record=("pairing", pairing.id),
                )
    await session.flush()
    return len(rows)


async def emit_due_soon(session: AsyncSession, *, today: date, days: int, limit: int = 500) -> int:
    """Remind each participant whose form is missing, once per review, when the review of an
    active pairing is due within `days` days (and not yet overdue). Returns how many reviews
    were announced."""
    stmt = (
        select(PeriodicReview, Pairing)
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .where(
            repository.status_condition("scheduled", today),
            PeriodicReview.due_date <= today + timedelta(days=days),
            PeriodicReview.due_reminder_sent_at.is_(None),
            Pairing.status == PairingStatus.ACTIVE,
        )
        .order_by(PeriodicReview.id)
        .limit(limit)
        .with_for_update(of=PeriodicReview, skip_locked=True)
    )
    rows = (await session.execute(stmt)).all()
    now = utcnow()
    for review, pairing in rows:
        review.due_reminder_sent_at = now
        for person_id, form in (
            (pairing.mentor_id, review.mentor_form),
            (pairing.mentee_id, review.mentee_form),
        ):
            if form is None:
                await records.notify(
                    session,
                    recipient_id=person_id,
                    kind="review_due",
                    title=f"Review {review.sequence} is due on {review.due_date.isoformat()}",
                    body="Please fill in your feedback form by then.",
                    document_type="review_form",
                    document_id=review.id,
                    record=("pairing", pairing.id),
                )
    await session.flush()
    return len(rows)
