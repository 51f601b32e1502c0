"""Mentoring requests (PRODUCT.md rule 3) and mentor suggestions (rule 5)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.errors import Conflict, Forbidden, NotFound, RuleViolation
from api.core.pagination import PageParams, page_of
from api.core.security import Actor
from api.employees import service as employees
from api.employees.listfilters import ListFilter
from api.employees.models import EmployeeStatus
from api.mentors import service as mentors
from api.mentors.repository import area_column
from api.programme import service as programme
from api.records import service as records
from api.requests import policy, repository
from api.requests.models import PENDING_STATUSES, MentoringRequest, RequestStatus
from api.requests.policy import RequestAction
from api.requests.schemas import MentoringRequestCreate, MentorSuggestion

REQUEST_FIELDS = (
    "mentee_id",
    "performance_review_id",
    "discussion_date",
    "improvement_areas",
    "notes",
    "status",
    "requested_by",
    "status_reason",
)


async def get_request(
    session: AsyncSession, actor: Actor, request_id: int, *, for_update: bool = False
) -> MentoringRequest:
    request = await repository.visible_request(session, actor, request_id, for_update=for_update)
    if request is None:
        raise NotFound("Mentoring request not found")
    return request


async def list_requests(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    status: RequestStatus | None = None,
    mentee_id: int | None = None,
    filters: ListFilter | None = None,
) -> tuple[list[tuple[MentoringRequest, dict[str, Any] | None]], str | None]:
    """A page of the requests, each with its mentee by name."""
    rows = await repository.list_page(
        session, actor, page, status=status, mentee_id=mentee_id, filters=filters
    )
    return page_of(rows, page, id_of=lambda row: row[0].id)


def _pending_conflict(pending_id: int) -> Conflict:
    return Conflict(
        f"The mentee already has a pending request ({pending_id})", reasons=["pending_request"]
    )


async def create_request(
    session: AsyncSession, actor: Actor, *, data: MentoringRequestCreate
) -> MentoringRequest:
    mentee = await employees.get_employee(session, actor, data.mentee_id)
    if not policy.may_raise(actor, mentee):
        raise Forbidden("Only HR, the mentee's team leader or the mentee may raise a request")
    settings = await programme.get_settings(session)
    if mentee.status != EmployeeStatus.ACTIVE:
        raise RuleViolation("The mentee is not an active employee", loc=["body", "mentee_id"])
    if settings.managerial_cadre_only and not mentee.is_managerial:
        raise RuleViolation("The programme is for the managerial cadre", loc=["body", "mentee_id"])
    review = await repository.performance_review(session, data.performance_review_id)
    if review is None or review.employee_id != mentee.id:
        raise RuleViolation(
            "The performance review must be one of the mentee's",
            loc=["body", "performance_review_id"],
        )
    if data.discussion_date > await programme.today(session):
        raise RuleViolation(
            "The discussion date cannot be in the future", loc=["body", "discussion_date"]
        )
    areas = (
        data.improvement_areas
        if data.improvement_areas is not None
        else list(review.improvement_areas)
    )
    if not areas:
        raise RuleViolation(
            "A request needs at least one improvement area", loc=["body", "improvement_areas"]
        )
    # The clear answer in the common case; the unique index decides a race (below).
    pending = await repository.pending_request_id(session, mentee.id)
    if pending is not None:
        raise _pending_conflict(pending)
    # Self-service requests wait for the supervisor's confirmation.
    status = (
        RequestStatus.OPEN
        if policy.supervises(actor, mentee)
        else RequestStatus.AWAITING_SUPERVISOR
    )
    request = MentoringRequest(
        mentee=mentee,
        performance_review_id=review.id,
        discussion_date=data.discussion_date,
        improvement_areas=areas,
        notes=data.notes,
        status=status,
        requested_by=actor.id,
    )
    try:
        # A savepoint: a concurrent create that won the unique index undoes only this insert.
        async with session.begin_nested():
            session.add(request)
    except IntegrityError:
        pending = await repository.pending_request_id(session, mentee.id)
        if pending is None:
            raise
        raise _pending_conflict(pending) from None
    audit.record(
        session,
        actor,
        "mentoring_request.create",
        entity="mentoring_request",
        entity_id=request.id,
        after=audit.snapshot(request, REQUEST_FIELDS),
    )
    await records.file_document(
        session,
        document_type="mentoring_request",
        document_id=request.id,
        title="Mentoring request",
        participants=[mentee],
        record=("mentoring_request", request.id),
    )
    return request


async def _transition(
    session: AsyncSession,
    actor: Actor,
    request: MentoringRequest,
    *,
    action: str,
    allowed_from: tuple[RequestStatus, ...],
    to: RequestStatus,
    reason: str | None = None,
) -> MentoringRequest:
    if request.status not in allowed_from:
        raise Conflict(
            f"A {request.status} request cannot be {to}", reasons=[f"status_{request.status}"]
        )
    before = audit.snapshot(request, REQUEST_FIELDS)
    request.status = to
    if reason is not None:
        request.status_reason = reason
    if action == "confirm":
        request.confirmed_by = actor.id
        request.confirmed_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        f"mentoring_request.{action}",
        entity="mentoring_request",
        entity_id=request.id,
        changes=audit.diff(before, audit.snapshot(request, REQUEST_FIELDS)),
    )
    return request


async def confirm_request(
    session: AsyncSession, actor: Actor, *, request_id: int
) -> MentoringRequest:
    request = await get_request(session, actor, request_id, for_update=True)
    if not policy.may_confirm(actor, request):
        raise Forbidden("Only the mentee's team leader or HR may confirm a request")
    return await _transition(
        session,
        actor,
        request,
        action="confirm",
        allowed_from=policy.ALLOWED_FROM[RequestAction.CONFIRM],
        to=RequestStatus.OPEN,
    )


async def reject_request(
    session: AsyncSession, actor: Actor, *, request_id: int, reason: str
) -> MentoringRequest:
    request = await get_request(session, actor, request_id, for_update=True)
    if not policy.may_reject(actor, request):
        raise Forbidden("Only the mentee's team leader or HR may reject a request")
    return await _transition(
        session,
        actor,
        request,
        action="reject",
        allowed_from=policy.ALLOWED_FROM[RequestAction.REJECT],
        to=RequestStatus.REJECTED,
        reason=reason,
    )


async def cancel_request(
    session: AsyncSession, actor: Actor, *, request_id: int
) -> MentoringRequest:
    request = await get_request(session, actor, request_id, for_update=True)
    if not policy.may_cancel(actor, request):
        raise Forbidden("Only the requester or HR may cancel a request")
    return await _transition(
        session,
        actor,
        request,
        action="cancel",
        allowed_from=policy.ALLOWED_FROM[RequestAction.CANCEL],
        to=RequestStatus.CANCELLED,
    )


async def mark_matched(session: AsyncSession, actor: Actor, *, request_id: int) -> None:
    """Called by the pairing's activation: the request has found its mentor."""
    request = await repository.locked_request(session, request_id)
    if request.status != RequestStatus.MATCHED:
        await _transition(
            session,
            actor,
            request,
            action="match",
            allowed_from=(RequestStatus.OPEN,),
            to=RequestStatus.MATCHED,
        )


# -- suggestions ---------------------------------------------------------------------------


def coverage(
    areas: list[str], levels: list[int], threshold: int
) -> tuple[float, list[str], list[str]]:
    """A mentor's score for a request (the share of its improvement areas they cover at
    `threshold` or better, 0-100), the areas covered and those missing."""
    covered = [area for area, level in zip(areas, levels, strict=True) if level >= threshold]
    return coverage_score(len(covered), len(areas)), covered, [a for a in areas if a not in covered]


def coverage_score(covered: int, areas: int) -> float:
    """The suggestion score of a mentor covering `covered` of `areas` improvement areas."""
    return round(100 * covered / areas, 1) if areas else 0.0


async def suggest_mentors(
    session: AsyncSession,
    actor: Actor,
    *,
    request_id: int,
    limit: int,
    include_ineligible: bool,
) -> list[MentorSuggestion]:
    """Peers ranked by the database: eligible first, then skill coverage of the improvement
    areas, depth of proficiency, latest rating, spare capacity; only the page comes back."""
    request = await get_request(session, actor, request_id)
    if request.status not in PENDING_STATUSES:
        raise Conflict(
            f"A {request.status} request needs no mentor", reasons=[f"status_{request.status}"]
        )
    mentee = request.mentee
    settings = await programme.get_settings(session)
    areas = list(request.improvement_areas)
    rows = await repository.suggestion_rows(
        session,
        mentee,
        settings,
        today=await programme.today(session),
        areas=areas,
        include_ineligible=include_ineligible,
        limit=limit,
    )
    suggestions = []
    threshold = settings.mentor_min_skill_level
    for row in rows:
        assessment = mentors.assessment_of(row)
        levels = [getattr(row, area_column(i)) for i in range(len(areas))]
        score, covered, missing = coverage(areas, levels, threshold)
        suggestions.append(
            MentorSuggestion(
                mentor_id=row.id,
                full_name=row.full_name,
                job_title=row.job_title,
                score=score,
                covered_skills=covered,
                missing_skills=missing,
                depth=round(sum(levels) / len(areas), 2) if areas else 0.0,
                latest_rating=assessment.latest_rating,
                spare_capacity=assessment.spare_capacity,
                eligible=assessment.eligible,
                reasons=list(assessment.reasons),  # type: ignore[arg-type]
            )
        )
    return suggestions
