"""Periodic reviews: the schedule, the mentor's and mentee's forms, HR's follow-up
(PRODUCT.md rule 10)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.dates import add_months, today_in
from api.core.db import utcnow
from api.core.errors import Conflict, Forbidden, NotFound, RuleViolation
from api.core.etag import check_if_match as if_match_check
from api.core.etag import etag_of
from api.core.pagination import PageParams, page_of
from api.core.schemas import PersonSummary
from api.core.security import Actor
from api.employees.listfilters import ListFilter
from api.programme import service as programme
from api.programme.models import DEFAULT_TIMEZONE
from api.records import service as records
from api.reviews import policy, repository
from api.reviews.models import PeriodicReview, ReviewFields, ReviewStatus
from api.reviews.policy import Side
from api.reviews.repository import ReviewRecord
from api.reviews.schemas import FollowUpInput, ReviewFormInput
from api.webhooks import events

__all__ = ["ReviewRecord", "Side"]


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
    existing, sequence = await repository.schedule_state(session, pairing_id)
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
    await repository.cancel_pending(session, pairing_id=pairing_id, at=utcnow())


def record_past_submission(
    review: PeriodicReview,
    *,
    mentor_form: dict[str, Any],
    mentee_form: dict[str, Any],
    at: datetime,
) -> None:
    """A review both participants filed in the past (the demo's history): both forms, and
    submitted at `at`. No audit, files or events: those belong to a live filing."""
    review.mentor_form = mentor_form
    review.mentee_form = mentee_form
    review.submitted_at = at


def status_of(review: ReviewFields, today: date) -> ReviewStatus:
    """The derived status (repository.status_condition says the same in SQL)."""
    if review.submitted_at is not None:
        return ReviewStatus.SUBMITTED
    if review.cancelled_at is not None:
        return ReviewStatus.CANCELLED
    return ReviewStatus.OVERDUE if review.due_date < today else ReviewStatus.SCHEDULED


def etag(review: ReviewFields) -> str:
    return etag_of("review", review.id, review.version)


def check_if_match(review: PeriodicReview, if_match: str | None) -> None:
    if_match_check(etag(review), if_match, what="review")


async def get_review(
    session: AsyncSession, actor: Actor, review_id: int, *, for_update: bool = False
) -> ReviewRecord:
    """The review with its pairing's people and status."""
    record = await repository.visible_review(session, actor, review_id, for_update=for_update)
    if record is None:
        raise NotFound("Review not found")
    return record


async def list_reviews(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    pairing_id: int | None,
    status: ReviewStatus | None,
    due_before: date | None,
    filters: ListFilter | None = None,
) -> tuple[list[ReviewRecord], str | None, date]:
    """A page of reviews, the next cursor, and today in the organisation's time zone (for the
    derived status): read before the page when the `status` filter compares with it, otherwise
    with the page itself."""
    today = await programme.today(session) if status is not None else None
    rows, timezone = await repository.list_page(
        session,
        actor,
        page,
        pairing_id=pairing_id,
        status=status,
        due_before=due_before,
        today=today,
        filters=filters,
    )
    items, cursor = page_of(rows, page)
    return items, cursor, today or today_in(timezone or DEFAULT_TIMEZONE)


class Person(NamedTuple):
    """A participant as filing a form needs them (and its answer names them)."""

    id: int
    full_name: str
    team_leader_id: int | None
    job_title: str | None
    email: str

    def summary(self) -> PersonSummary:
        return PersonSummary(
            id=self.id, full_name=self.full_name, job_title=self.job_title, email=self.email
        )


async def submit_form(
    session: AsyncSession,
    actor: Actor,
    *,
    review_id: int,
    side: Side,
    data: ReviewFormInput,
    if_match: str | None,
) -> tuple[ReviewRecord, date, tuple[PersonSummary, PersonSummary]]:
    """The mentor's or the mentee's form: only that person, or HR on their behalf with a note.
    Returns the review, the organisation's today (for its status) and the two people (for the
    answer, which names them as reading the review does).

    A hot write (participants file forms every month): the review, its pairing, both people
    and the time zone come in one locked read, and the filing's rows are queued together, so
    the whole form is 8 statements (tests/test_query_counts.py)."""
    row = await repository.form_context(session, actor, review_id)
    if row is None:
        raise NotFound("Review not found")
    review, pairing_status, *people, timezone = row
    mentor, mentee = Person(*people[:5]), Person(*people[5:])
    record = ReviewRecord(review, mentor.id, mentee.id, pairing_status)
    check_if_match(review, if_match)
    person = mentor if side == "mentor" else mentee
    if not policy.may_submit_form(actor, record, side):
        raise Forbidden(f"Only the {side} (or HR on their behalf) fills this form")
    if policy.fills_own_form(actor, record, side):
        on_behalf = None
    else:
        if not data.on_behalf_note:
            raise RuleViolation(
                "HR filing a form on someone's behalf must say how it was received",
                loc=["body", "on_behalf_note"],
            )
        on_behalf = data.on_behalf_note
    conflict = policy.form_conflict(record)
    if conflict is not None:
        raise Conflict("Forms are filled for reviews of active pairings", reasons=[conflict])
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
    return record, today, (mentor.summary(), mentee.summary())


async def follow_up(
    session: AsyncSession,
    actor: Actor,
    *,
    review_id: int,
    data: FollowUpInput,
    if_match: str | None,
) -> ReviewRecord:
    record = await get_review(session, actor, review_id, for_update=True)
    if not policy.may_follow_up(actor, record):
        raise Forbidden("Only HR follows a review up")
    review = record.review
    assert isinstance(review, PeriodicReview)  # read for a write: the entity
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
    return record


async def today(session: AsyncSession) -> date:
    return await programme.today(session)


async def emit_overdue(session: AsyncSession, *, today: date, limit: int = 500) -> int:
    """Announce each newly overdue review once: a `review.overdue` event and a reminder to
    both participants. Returns how many were announced."""
    rows = await repository.overdue_to_announce(session, today=today, limit=limit)
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
    rows = await repository.due_soon_to_announce(session, today=today, days=days, limit=limit)
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
