"""Grievances and withdrawals, handled by HR within the SLA's working days (rule 14)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.dates import WorkingCalendar
from api.core.db import utcnow
from api.core.errors import Conflict, Forbidden, NotFound, RuleViolation
from api.core.etag import check_if_match, etag_of
from api.core.pagination import PageParams, page_of
from api.core.security import Actor, Role
from api.employees.listfilters import ListFilter
from api.grievances import policy, repository
from api.grievances.models import (
    OPEN_STATUSES,
    Grievance,
    GrievanceAction,
    GrievanceKind,
    GrievanceState,
    GrievanceStatus,
)
from api.grievances.schemas import GrievanceCreate, ResolveBody
from api.pairings import service as pairings
from api.pairings.models import CAPACITY_STATUSES
from api.programme import service as programme
from api.programme.models import DEFAULT_TIMEZONE
from api.records import service as records
from api.webhooks import events

# Audited facts: never the confidential text.
GRIEVANCE_FIELDS = (
    "pairing_id",
    "kind",
    "raised_by",
    "raised_on",
    "status",
    "due_date",
    "resolved_on",
)


def is_breached(grievance: GrievanceState, today: date) -> bool:
    """Not resolved by the end of its due date."""
    closed_on = grievance.resolved_on if grievance.status not in OPEN_STATUSES else None
    return (closed_on or today) > grievance.due_date


def working_days_left(
    grievance: GrievanceState, today: date, calendar: WorkingCalendar
) -> int | None:
    if grievance.status not in OPEN_STATUSES:
        return None
    return calendar.working_days_between(today, grievance.due_date)


def etag(grievance: Grievance) -> str:
    return etag_of("grievance", grievance.id, grievance.version)


async def get_grievance(
    session: AsyncSession, actor: Actor, grievance_id: int, *, for_update: bool = False
) -> Grievance:
    grievance = await repository.visible_grievance(
        session, actor, grievance_id, for_update=for_update
    )
    if grievance is None:
        raise NotFound("Grievance not found")
    return grievance


async def list_grievances(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    status: GrievanceStatus | None,
    kind: GrievanceKind | None,
    pairing_id: int | None,
    breached: bool | None,
    filters: ListFilter | None = None,
) -> tuple[list[repository.GrievanceRow], str | None, date, WorkingCalendar]:
    """A page of grievances, today and the working calendar (for the working days left). The
    calendar comes with the page's rows; only a `breached` filter reads it first (it compares
    with today)."""
    context = await programme.today_and_calendar(session) if breached is not None else None
    found = await repository.list_page(
        session,
        actor,
        page,
        status=status,
        kind=kind,
        pairing_id=pairing_id,
        breached=breached,
        today=context[0] if context else None,
        filters=filters,
    )
    if context is None:
        # The page's own calendar (an empty page derives nothing: the defaults will do).
        context = programme.today_and_calendar_of(*(found.calendar or (DEFAULT_TIMEZONE, None, [])))
    rows, cursor = page_of(found.rows, page)
    return rows, cursor, *context


async def raise_grievance(
    session: AsyncSession, actor: Actor, *, data: GrievanceCreate
) -> Grievance:
    pairing = await pairings.get_pairing(session, actor, data.pairing_id, for_update=True)
    participants = (pairing.mentor_id, pairing.mentee_id)
    today = await programme.today(session)
    if not policy.may_raise(actor, pairing):
        raise Forbidden("Only the mentor, the mentee or HR raise a grievance on a pairing")
    if actor.is_hr:
        if data.raised_by is None:
            raise RuleViolation("Say whose grievance HR is recording", loc=["body", "raised_by"])
        if data.raised_by not in participants:
            raise RuleViolation(
                "raised_by must be the pairing's mentor or mentee", loc=["body", "raised_by"]
            )
        raised_by, raised_on = data.raised_by, data.raised_on or today
        if raised_on > today:
            raise RuleViolation("raised_on cannot be in the future", loc=["body", "raised_on"])
    else:
        if data.raised_by not in (None, actor.employee_id):
            raise RuleViolation("You raise grievances in your own name", loc=["body", "raised_by"])
        if data.raised_on not in (None, today):
            raise RuleViolation(
                "Only HR records a grievance received earlier", loc=["body", "raised_on"]
            )
        assert actor.employee_id is not None
        raised_by, raised_on = actor.employee_id, today
    if pairing.status not in CAPACITY_STATUSES:
        raise Conflict(
            f"Grievances are raised on approved or active pairings; this one is {pairing.status}",
            reasons=[f"status_{pairing.status}"],
        )
    if data.kind == GrievanceKind.WITHDRAWAL and await open_withdrawal(session, pairing.id):
        raise Conflict(
            "A withdrawal from this pairing is already open", reasons=["withdrawal_open"]
        )
    settings = await programme.get_settings(session)
    calendar = await programme.working_calendar(session, settings)
    grievance = Grievance(
        pairing_id=pairing.id,
        kind=data.kind,
        raised_by=raised_by,
        raised_on=raised_on,
        description=data.description,
        status=GrievanceStatus.OPEN,
        due_date=calendar.add_working_days(raised_on, settings.grievance_sla_working_days),
        recorded_by=actor.label,
        actions=[],
    )
    session.add(grievance)
    await session.flush()
    audit.record(
        session,
        actor,
        "grievance.raise",
        entity="grievance",
        entity_id=grievance.id,
        after=audit.snapshot(grievance, GRIEVANCE_FIELDS),
    )
    await records.notify(
        session,
        recipient_role=Role.HR_ADMIN.value,
        kind="grievance_raised",
        title=f"New {data.kind}: due {grievance.due_date.isoformat()}",
        subject_employee_id=raised_by,
        record=("grievance", grievance.id),
    )
    await events.emit(session, "grievance.raised", _event_data(grievance))
    return grievance


def _event_data(grievance: Grievance) -> dict[str, Any]:
    # Ids, kind and dates only: the text stays inside PeerMentor.
    return {
        "grievance_id": grievance.id,
        "pairing_id": grievance.pairing_id,
        "kind": grievance.kind,
        "status": grievance.status,
        "raised_on": grievance.raised_on.isoformat(),
        "due_date": grievance.due_date.isoformat(),
    }


async def open_withdrawal(session: AsyncSession, pairing_id: int) -> int | None:
    """The pairing's open withdrawal, if any (an evaluation waits for it)."""
    return await repository.open_withdrawal(session, pairing_id)


def _refuse_unless_open(grievance: Grievance, operation: policy.GrievanceOperation) -> None:
    if grievance.status not in policy.ALLOWED_FROM[operation]:
        closed = "already " if operation is policy.GrievanceOperation.RESOLVE else ""
        raise Conflict(
            f"The grievance is {closed}{grievance.status}",
            reasons=[f"status_{grievance.status}"],
        )


async def add_action(
    session: AsyncSession, actor: Actor, *, grievance_id: int, note: str, if_match: str | None
) -> Grievance:
    grievance = await get_grievance(session, actor, grievance_id, for_update=True)
    if not policy.may_add_action(actor, grievance):
        raise Forbidden("Only HR logs due diligence on a grievance")
    check_if_match(etag(grievance), if_match, what="grievance")
    _refuse_unless_open(grievance, policy.GrievanceOperation.ADD_ACTION)
    before = audit.snapshot(grievance, GRIEVANCE_FIELDS)
    grievance.actions.append(GrievanceAction(at=utcnow(), by=actor.id, note=note))
    grievance.status = GrievanceStatus.UNDER_REVIEW
    grievance.version += 1
    await session.flush()
    audit.record(
        session,
        actor,
        "grievance.action",
        entity="grievance",
        entity_id=grievance.id,
        changes=audit.diff(before, audit.snapshot(grievance, GRIEVANCE_FIELDS))
        | {"action_count": len(grievance.actions)},
    )
    return grievance


async def resolve(
    session: AsyncSession,
    actor: Actor,
    *,
    grievance_id: int,
    data: ResolveBody,
    if_match: str | None,
) -> Grievance:
    grievance = await get_grievance(session, actor, grievance_id, for_update=True)
    if not policy.may_resolve(actor, grievance):
        raise Forbidden("Only HR resolves a grievance")
    check_if_match(etag(grievance), if_match, what="grievance")
    _refuse_unless_open(grievance, policy.GrievanceOperation.RESOLVE)
    before = audit.snapshot(grievance, GRIEVANCE_FIELDS)
    grievance.status = GrievanceStatus(data.outcome)
    grievance.resolution = data.resolution
    grievance.resolved_on = await programme.today(session)
    grievance.resolved_by = actor.id
    grievance.version += 1
    await session.flush()
    audit.record(
        session,
        actor,
        "grievance.resolve",
        entity="grievance",
        entity_id=grievance.id,
        changes=audit.diff(before, audit.snapshot(grievance, GRIEVANCE_FIELDS)),
    )
    pairing = await repository.locked_pairing(session, grievance.pairing_id)
    withdrawn = (
        grievance.kind == GrievanceKind.WITHDRAWAL
        and data.outcome == GrievanceStatus.RESOLVED
        and pairing.status in CAPACITY_STATUSES
    )
    if withdrawn:
        await pairings.withdraw(session, actor, pairing, reason="Withdrawn from the agreement")
    mentor, mentee = await repository.participants(session, pairing)
    # The personnel files get the outcome only, never the text.
    title = "Pairing withdrawn" if withdrawn else f"{grievance.kind.capitalize()} {data.outcome}"
    await records.file_document(
        session,
        document_type="grievance_outcome",
        document_id=grievance.id,
        title=title,
        participants=[mentor, mentee],
        # Team leaders open the pairing: the grievance itself is for HR and its parties.
        record=("pairing", grievance.pairing_id),
    )
    await events.emit(
        session,
        "grievance.resolved",
        _event_data(grievance) | {"outcome": data.outcome, "pairing_withdrawn": withdrawn},
    )
    return grievance


async def emit_breaches(session: AsyncSession, *, today: date, limit: int = 500) -> int:
    """Announce each open grievance past its due date once (`grievance.breached`)."""
    breached = await repository.newly_breached(session, today=today, limit=limit)
    for grievance in breached:
        grievance.breach_notified_at = utcnow()
        await events.emit(session, "grievance.breached", _event_data(grievance))
        await records.notify(
            session,
            recipient_role=Role.HR_ADMIN.value,
            kind="grievance_breached",
            title=f"Grievance {grievance.id} is past its due date "
            f"({grievance.due_date.isoformat()})",
            subject_employee_id=grievance.raised_by,
            record=("grievance", grievance.id),
        )
    await session.flush()
    return len(breached)


async def emit_deadlines(
    session: AsyncSession, *, today: date, calendar: WorkingCalendar, limit: int = 500
) -> int:
    """Warn HR once per open grievance on the working day before its due date (or at once,
    when it is raised closer to it than that), while it is not yet breached. The notice
    names no person and carries no text."""
    next_working_day = calendar.add_working_days(today, 1)
    due = await repository.deadline_due(
        session, today=today, next_working_day=next_working_day, limit=limit
    )
    for grievance in due:
        grievance.deadline_notified_at = utcnow()
        await records.notify(
            session,
            recipient_role=Role.HR_ADMIN.value,
            kind="grievance_deadline",
            title=f"Grievance {grievance.id} must be addressed by {grievance.due_date.isoformat()}",
            body="One working day is left before the deadline.",
            record=("grievance", grievance.id),
        )
    await session.flush()
    return len(due)
