from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Response

from api.auth.dependencies import HrActor
from api.auth.dependencies import PersonActor as Filler
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.etag import IfMatch, etag_headers
from api.core.pagination import Page, PageDep, page_response
from api.core.schemas import Day, PathId, QueryId
from api.core.security import Actor
from api.employees.listfilters import ListFilterDep
from api.reviews import policy, service
from api.reviews.repository import ReviewRecord
from api.reviews.schemas import FollowUpInput, ReviewFormInput, ReviewRead, ReviewStatus

router = APIRouter(prefix="/reviews", tags=["reviews"])

ETAG_HEADER = etag_headers("review")
WRITE_ERRORS = problem_responses(401, 403, 404, 409, 412, 422)


def _row(record: ReviewRecord, today: date, actor: Actor) -> dict[str, Any]:
    """The review as its read model reads it (the list validates a whole page at once)."""
    review = record.review
    return {
        "id": review.id,
        "pairing_id": review.pairing_id,
        "sequence": review.sequence,
        "due_date": review.due_date,
        "status": service.status_of(review, today),
        "mentor_form": review.mentor_form,
        "mentee_form": review.mentee_form,
        "hr_follow_up": review.hr_follow_up,
        "submitted_at": review.submitted_at,
        "version": review.version,
        "allowed_actions": policy.allowed_actions(actor, record),
        "mentor": record.mentor,
        "mentee": record.mentee,
    }


def _read(record: ReviewRecord, today: date, actor: Actor) -> ReviewRead:
    return ReviewRead.model_validate(_row(record, today, actor))


@router.get(
    "",
    response_model=Page[ReviewRead],
    operation_id="reviews-list",
    summary="List periodic reviews",
    description=(
        "The reviews the caller may see, filtered by `pairing_id`, `status` and `due_before` "
        "(strictly before that date), the mentee's `department_id` and the due date (`date_from`, "
        "`date_to`, inclusive). `status` is derived: `submitted` once both forms are in, "
        "`overdue` when past its due date without both, `scheduled` before, `cancelled` when the "
        "pairing ended early. HR and the `reporting` account all; team leaders and participants "
        "those of the pairings they may see. Not the `hris` account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_reviews(
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    filters: ListFilterDep,
    pairing_id: QueryId = None,
    status: ReviewStatus | None = None,
    due_before: Day | None = None,
) -> Response:
    items, cursor, today = await service.list_reviews(
        session,
        actor,
        page,
        pairing_id=pairing_id,
        status=status,
        due_before=due_before,
        filters=filters,
    )
    return page_response(ReviewRead, [_row(r, today, actor) for r in items], cursor)


@router.get(
    "/{review_id}",
    response_model=ReviewRead,
    operation_id="reviews-get",
    summary="Get a periodic review",
    description=(
        "The review with both feedback forms, HR's follow-up and an `ETag` for `If-Match`. HR, the "
        "`reporting` account, the mentor, the mentee and the team leaders who may see them. 404 "
        "for a review the caller may not see."
    ),
    responses={
        200: {"headers": ETAG_HEADER, "description": "The review"},
        **problem_responses(401, 403, 404, 422),
    },
)
async def read_review(
    session: SessionDep, actor: Reader, review_id: PathId, response: Response
) -> ReviewRead:
    record = await service.get_review(session, actor, review_id)
    response.headers["ETag"] = service.etag(record.review)
    return _read(record, await service.today(session), actor)


async def _put_form(
    session: SessionDep,
    actor: Actor,
    review_id: int,
    side: Literal["mentor", "mentee"],
    body: ReviewFormInput,
    response: Response,
    if_match: str | None,
) -> ReviewRead:
    record, today, (mentor, mentee) = await service.submit_form(
        session, actor, review_id=review_id, side=side, data=body, if_match=if_match
    )
    response.headers["ETag"] = service.etag(record.review)
    # Named from the form's own locked read: the hot write stays at 8 statements.
    read = _read(record, today, actor)
    read.mentor, read.mentee = mentor, mentee
    return read


FORM_DOC = (
    "Only the {side} fills it, or HR on their behalf with `on_behalf_note`. A form with "
    "`concern: true` notifies HR. The review is `submitted` once both forms are in."
)


@router.put(
    "/{review_id}/forms/mentor",
    response_model=ReviewRead,
    operation_id="reviews-put_mentor_form",
    summary="Fill in the mentor's review form",
    description=(
        "Only the mentor fills it, or HR on their behalf with `on_behalf_note`. A form with "
        "`concern: true` notifies HR. The review is `submitted` once both forms are in. 409 when "
        "the review was cancelled or the pairing is not active; 412 for a stale `If-Match`."
    ),
    responses={200: {"headers": ETAG_HEADER, "description": "The review"}, **WRITE_ERRORS},
)
async def put_mentor_form(
    session: SessionDep,
    actor: Filler,
    review_id: PathId,
    body: ReviewFormInput,
    response: Response,
    if_match: IfMatch = None,
) -> ReviewRead:
    return await _put_form(session, actor, review_id, "mentor", body, response, if_match)


@router.put(
    "/{review_id}/forms/mentee",
    response_model=ReviewRead,
    operation_id="reviews-put_mentee_form",
    summary="Fill in the mentee's review form",
    description=(
        "Only the mentee fills it, or HR on their behalf with `on_behalf_note`. A form with "
        "`concern: true` notifies HR. The review is `submitted` once both forms are in. 409 when "
        "the review was cancelled or the pairing is not active; 412 for a stale `If-Match`."
    ),
    responses={200: {"headers": ETAG_HEADER, "description": "The review"}, **WRITE_ERRORS},
)
async def put_mentee_form(
    session: SessionDep,
    actor: Filler,
    review_id: PathId,
    body: ReviewFormInput,
    response: Response,
    if_match: IfMatch = None,
) -> ReviewRead:
    return await _put_form(session, actor, review_id, "mentee", body, response, if_match)


@router.put(
    "/{review_id}/follow-up",
    response_model=ReviewRead,
    operation_id="reviews-follow_up",
    summary="Record HR's follow-up on a review",
    description=(
        "HR's notes on a review and whether action is required; it replaces any earlier follow-up. "
        "Only HR (`hr_admin`). 412 for a stale `If-Match`."
    ),
    responses={200: {"headers": ETAG_HEADER, "description": "The review"}, **WRITE_ERRORS},
)
async def put_follow_up(
    session: SessionDep,
    actor: HrActor,
    review_id: PathId,
    body: FollowUpInput,
    response: Response,
    if_match: IfMatch = None,
) -> ReviewRead:
    record = await service.follow_up(
        session, actor, review_id=review_id, data=body, if_match=if_match
    )
    response.headers["ETag"] = service.etag(record.review)
    return _read(record, await service.today(session), actor)
