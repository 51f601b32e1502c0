"""The mentoring agreement and its life: proposed -> approved -> active -> completed, or
rejected / withdrawn / terminated (PRODUCT.md rules 4-8 and 13)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.dates import add_months
from api.core.db import fetch_dicts, utcnow
from api.core.errors import Conflict, NotFound, RuleViolation
from api.core.etag import check_if_match as if_match_check
from api.core.etag import etag_of
from api.core.pagination import PageParams, page_of, paged
from api.core.security import Actor, Role
from api.development import service as development
from api.employees import people
from api.employees.listfilters import ListFilter, narrowed
from api.employees.models import Employee
from api.mentors import service as mentors
from api.pairings import lifecycle, policy, repository
from api.pairings.models import (
    CAPACITY_STATUSES,
    Pairing,
    PairingAcknowledgement,
    PairingApproval,
    PairingStatus,
)
from api.pairings.schemas import PairingCreate, PairingUpdate
from api.programme import service as programme
from api.programme.models import ProgrammeSettings
from api.records import service as records
from api.requests import service as requests
from api.requests.models import RequestStatus
from api.training import service as training
from api.webhooks import events

PAIRING_FIELDS = (
    "request_id",
    "mentee_id",
    "mentor_id",
    "goals",
    "meeting_cadence",
    "start_date",
    "status",
    "evaluation_due_date",
    "end_date",
    "status_reason",
)


def etag(pairing: Pairing) -> str:
    return etag_of("pairing", pairing.id, pairing.version)


def check_if_match(pairing: Pairing, if_match: str | None) -> None:
    if_match_check(etag(pairing), if_match, what="pairing")


async def get_pairing(
    session: AsyncSession, actor: Actor, pairing_id: int, *, for_update: bool = False
) -> Pairing:
    pairing = await repository.visible_pairing(session, actor, pairing_id, for_update=for_update)
    if pairing is None:
        raise NotFound("Pairing not found")
    return pairing


async def read_pairing(session: AsyncSession, actor: Actor, pairing_id: int) -> dict[str, Any]:
    """`GET /pairings/{id}`: the visible pairing as a plain row, approvals and
    acknowledgements included (one statement, as the list reads them)."""
    stmt = repository.pairing_row_query(actor, dialect=session.get_bind().dialect.name)
    rows = await fetch_dicts(session, stmt, {"pairing_id": pairing_id})
    if not rows:
        raise NotFound("Pairing not found")
    return _with_allowed_actions(actor, rows[0])


async def list_pairings(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    status: str | None,
    mentor_id: int | None,
    mentee_id: int | None,
    filters: ListFilter | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of pairings as plain rows, approvals and acknowledgements included (one query)."""
    stmt = repository.pairing_rows_query(actor, dialect=session.get_bind().dialect.name)
    if status is not None:
        stmt = stmt.where(Pairing.status == status)
    if mentor_id is not None:
        stmt = stmt.where(Pairing.mentor_id == mentor_id)
    if mentee_id is not None:
        stmt = stmt.where(Pairing.mentee_id == mentee_id)
    if filters is not None:
        stmt = narrowed(
            stmt, filters.conditions(employee=Pairing.mentee_id, day=Pairing.start_date)
        )
    rows = await fetch_dicts(session, *paged(stmt, page, Pairing.id))
    for row in rows:
        _with_allowed_actions(actor, row)
    return page_of(rows, page, id_of=lambda row: row["id"])


async def read_pairings(
    session: AsyncSession, actor: Actor, pairing_ids: list[int]
) -> list[dict[str, Any]]:
    """These visible pairings as plain rows, as the list answers them (one statement)."""
    if not pairing_ids:
        return []
    stmt = repository.pairing_rows_query(actor, dialect=session.get_bind().dialect.name)
    rows = await fetch_dicts(session, stmt.where(Pairing.id.in_(pairing_ids)).order_by(Pairing.id))
    return [_with_allowed_actions(actor, row) for row in rows]


def _with_allowed_actions(actor: Actor, row: dict[str, Any]) -> dict[str, Any]:
    """The row as read models answer it: the two people by name, approvals and
    acknowledgements in the order given (SQLite aggregates them unordered), and what the caller
    may do now."""
    people.take_people(row, "mentor", "mentee")
    row["approvals"].sort(key=_by_id)
    row["acknowledgements"].sort(key=_by_id)
    row["allowed_actions"] = policy.allowed_actions(actor, policy.PairingFacts.of_row(row))
    return row


def _by_id(entry: dict[str, Any]) -> int:
    return int(entry["id"])


async def _people(session: AsyncSession, pairing: Pairing) -> tuple[Employee, Employee]:
    mentor = await session.get(Employee, pairing.mentor_id)
    mentee = await session.get(Employee, pairing.mentee_id)
    assert mentor is not None and mentee is not None
    return mentor, mentee


async def _facts(
    session: AsyncSession, actor: Actor, pairing: Pairing, *, trained: bool = False
) -> policy.PairingFacts:
    """The pairing as the policy reads it: the caller's relation to the mentee (one lookup,
    for a team leader only) and, for the activation, the participants' role trainings."""
    leads = await repository.caller_leads_mentee(session, actor, pairing.id)
    roles = (
        await training.trained_roles(session, [pairing.mentor_id, pairing.mentee_id])
        if trained
        else set()
    )
    return policy.PairingFacts.of(pairing, leads_mentee=leads, trained=roles)


def _peer_conflicts(mentor: Employee, mentee: Employee, settings: ProgrammeSettings) -> list[str]:
    reasons = []
    if mentor.id == mentee.id:
        reasons.append("mentor_is_mentee")
    if mentee.team_leader_id == mentor.id:
        reasons.append("mentor_is_team_leader")
    if mentor.team_leader_id == mentee.id:
        reasons.append("mentor_reports_to_mentee")
    if settings.require_same_department and mentor.department_id != mentee.department_id:
        reasons.append("not_same_department")
    if settings.require_same_level and mentor.level != mentee.level:
        reasons.append("not_same_level")
    return reasons


async def audit_transition(
    session: AsyncSession, actor: Actor, pairing: Pairing, action: str, before: dict[str, object]
) -> None:
    pairing.version += 1
    await session.flush()
    audit.record(
        session,
        actor,
        f"pairing.{action}",
        entity="pairing",
        entity_id=pairing.id,
        changes=audit.diff(before, audit.snapshot(pairing, PAIRING_FIELDS)),
    )


async def propose(session: AsyncSession, actor: Actor, *, data: PairingCreate) -> Pairing:
    request = await requests.get_request(session, actor, data.request_id, for_update=True)
    mentee = await session.get(Employee, request.mentee_id)
    assert mentee is not None
    policy.can_propose(actor, mentee_team_leader_id=mentee.team_leader_id).enforce()
    if request.status != RequestStatus.OPEN:
        raise Conflict(
            f"The request is {request.status}, not open", reasons=[f"request_{request.status}"]
        )
    if data.start_date < request.discussion_date:
        raise RuleViolation(
            "The start date cannot be before the performance discussion", loc=["body", "start_date"]
        )
    mentor = await session.get(Employee, data.mentor_id)
    if mentor is None:
        raise RuleViolation("No employee with this id", loc=["body", "mentor_id"])
    await repository.lock_employee(session, mentee.id)
    await repository.lock_employee(session, mentor.id)
    settings = await programme.get_settings(session)
    reasons = _peer_conflicts(mentor, mentee, settings)
    assessment = (
        await mentors.assess(
            session, [mentor.id], settings=settings, today=await programme.today(session)
        )
    )[mentor.id]
    reasons += list(assessment.reasons)
    existing = await repository.open_pairing_of_mentee(session, mentee.id)
    if existing is not None:
        reasons.append("mentee_has_open_pairing")
    if reasons:
        raise Conflict(
            "The mentor cannot be paired with this mentee: " + ", ".join(reasons), reasons=reasons
        )
    pairing = Pairing(
        request_id=request.id,
        mentee_id=mentee.id,
        mentor_id=mentor.id,
        goals=list(data.goals),
        meeting_cadence=data.meeting_cadence,
        start_date=data.start_date,
        status=PairingStatus.PROPOSED,
        proposed_by=actor.label,
        approvals=[],
        acknowledgements=[],
    )
    session.add(pairing)
    await session.flush()
    audit.record(
        session,
        actor,
        "pairing.propose",
        entity="pairing",
        entity_id=pairing.id,
        after=audit.snapshot(pairing, PAIRING_FIELDS),
    )
    return pairing


async def update(
    session: AsyncSession,
    actor: Actor,
    *,
    pairing_id: int,
    data: PairingUpdate,
    if_match: str | None,
) -> Pairing:
    pairing = await get_pairing(session, actor, pairing_id, for_update=True)
    check_if_match(pairing, if_match)
    policy.can_update(actor, await _facts(session, actor, pairing)).enforce()
    changes = data.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is None:
            raise RuleViolation(f"{name} cannot be null", loc=["body", name])
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    for name, value in changes.items():
        setattr(pairing, name, list(value) if name == "goals" else value)
    if audit.diff(before, audit.snapshot(pairing, PAIRING_FIELDS))["after"]:
        pairing.acknowledgements.clear()  # they agreed to other terms
        await audit_transition(session, actor, pairing, "update", before)
    return pairing


async def approve(
    session: AsyncSession, actor: Actor, *, pairing_id: int, if_match: str | None
) -> Pairing:
    pairing = await get_pairing(session, actor, pairing_id, for_update=True)
    check_if_match(pairing, if_match)
    facts = await _facts(session, actor, pairing)
    policy.can_approve(actor, facts).enforce()
    role = policy.approver_role(actor, facts)
    assert role is not None
    mentor, mentee = await _people(session, pairing)
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    pairing.approvals.append(PairingApproval(role=role, by=actor.id, at=utcnow()))
    if {a.role for a in pairing.approvals} == {"hr_admin", "team_leader"}:
        # The approval takes one of the mentor's slots: decide it under the mentor's lock.
        await repository.lock_employee(session, mentor.id)
        settings = await programme.get_settings(session)
        assessment = (
            await mentors.assess(
                session, [mentor.id], settings=settings, today=await programme.today(session)
            )
        )[mentor.id]
        if "at_capacity" in assessment.reasons:
            raise Conflict("The mentor has no free capacity", reasons=["at_capacity"])
        pairing.status = PairingStatus.APPROVED
        await records.file_document(
            session,
            document_type="agreement",
            document_id=pairing.id,
            title="Mentoring agreement",
            participants=[mentor, mentee],
            record=("pairing", pairing.id),
        )
    await audit_transition(session, actor, pairing, "approve", before)
    return pairing


async def reject(
    session: AsyncSession, actor: Actor, *, pairing_id: int, reason: str, if_match: str | None
) -> Pairing:
    pairing = await get_pairing(session, actor, pairing_id, for_update=True)
    check_if_match(pairing, if_match)
    policy.can_reject(actor, await _facts(session, actor, pairing)).enforce()
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    pairing.status = PairingStatus.REJECTED
    pairing.status_reason = reason
    pairing.end_date = await programme.today(session)
    await audit_transition(session, actor, pairing, "reject", before)
    return pairing


async def acknowledge(
    session: AsyncSession, actor: Actor, *, pairing_id: int, if_match: str | None
) -> Pairing:
    pairing = await get_pairing(session, actor, pairing_id, for_update=True)
    check_if_match(pairing, if_match)
    # The acknowledgement reads no relation of the caller's: no lookup.
    policy.can_acknowledge(actor, policy.PairingFacts.of(pairing, leads_mentee=False)).enforce()
    settings = await programme.get_settings(session)
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    pairing.acknowledgements.append(
        PairingAcknowledgement(
            employee_id=actor.employee_id, at=utcnow(), purpose_statement=settings.programme_purpose
        )
    )
    await audit_transition(session, actor, pairing, "acknowledge", before)
    participant = await session.get(Employee, actor.employee_id)
    assert participant is not None
    await records.file_document(
        session,
        document_type="acknowledgement",
        document_id=pairing.id,
        title="Acknowledgement of the mentoring agreement",
        participants=[participant],
        record=("pairing", pairing.id),
    )
    return pairing


async def unmet_activation_conditions(session: AsyncSession, pairing: Pairing) -> list[str]:
    roles = await training.trained_roles(session, [pairing.mentor_id, pairing.mentee_id])
    facts = policy.PairingFacts.of(pairing, leads_mentee=False, trained=roles)
    return policy.unmet_activation_conditions(facts)


async def activate(
    session: AsyncSession, actor: Actor, *, pairing_id: int, if_match: str | None
) -> Pairing:
    pairing = await get_pairing(session, actor, pairing_id, for_update=True)
    check_if_match(pairing, if_match)
    policy.can_activate(actor, await _facts(session, actor, pairing, trained=True)).enforce()
    mentor, mentee = await _people(session, pairing)
    settings = await programme.get_settings(session)
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    pairing.status = PairingStatus.ACTIVE
    pairing.activated_at = utcnow()
    pairing.evaluation_due_date = add_months(pairing.start_date, settings.evaluation_after_months)
    await lifecycle.started(
        session,
        lifecycle.Started(
            pairing_id=pairing.id,
            start=pairing.start_date,
            evaluation_due=pairing.evaluation_due_date,
        ),
    )
    await audit_transition(session, actor, pairing, "activate", before)
    await development.open_for_pairing(
        session,
        actor,
        pairing_id=pairing.id,
        mentor_id=pairing.mentor_id,
        mentee_id=pairing.mentee_id,
        period_start=pairing.start_date,
        period_end=pairing.evaluation_due_date,
    )
    await requests.mark_matched(session, actor, request_id=pairing.request_id)
    await events.emit(
        session,
        "pairing.activated",
        {
            "pairing_id": pairing.id,
            "mentor_id": mentor.id,
            "mentee_id": mentee.id,
            "start_date": pairing.start_date.isoformat(),
            "evaluation_due_date": pairing.evaluation_due_date.isoformat(),
        },
    )
    for person in (mentor, mentee):
        await records.notify(
            session,
            recipient_id=person.id,
            kind="pairing_activated",
            title="Your mentoring pairing has started",
            body=f"Evaluation due on {pairing.evaluation_due_date.isoformat()}.",
            document_type="agreement",
            document_id=pairing.id,
            record=("pairing", pairing.id),
        )
    return pairing


async def terminate(
    session: AsyncSession, actor: Actor, *, pairing_id: int, reason: str, if_match: str | None
) -> Pairing:
    pairing = await get_pairing(session, actor, pairing_id, for_update=True)
    check_if_match(pairing, if_match)
    policy.can_terminate(actor, await _facts(session, actor, pairing)).enforce()
    await _end_early(
        session, actor, pairing, status=PairingStatus.TERMINATED, reason=reason, action="terminate"
    )
    return pairing


async def _end_early(
    session: AsyncSession,
    actor: Actor,
    pairing: Pairing,
    *,
    status: PairingStatus,
    reason: str,
    action: str,
) -> None:
    """End an open pairing before its evaluation (terminated, or withdrawn after a grievance):
    the lifecycle announces the end (the open reviews are cancelled) and the development records
    close without a rating."""
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    pairing.status = status
    pairing.status_reason = reason
    pairing.end_date = await programme.today(session)
    await lifecycle.ended(
        session, lifecycle.Ended(pairing_id=pairing.id, status=status, end=pairing.end_date)
    )
    await development.close_for_pairing(session, pairing_id=pairing.id)
    await audit_transition(session, actor, pairing, action, before)
    await events.emit(
        session,
        f"pairing.{status}",
        {"pairing_id": pairing.id, "end_date": pairing.end_date.isoformat()},
    )


async def withdraw(session: AsyncSession, actor: Actor, pairing: Pairing, *, reason: str) -> None:
    """A withdrawal (a grievance HR resolved) ends an approved or active pairing early."""
    if pairing.status not in CAPACITY_STATUSES:
        raise Conflict(
            f"A {pairing.status} pairing cannot be withdrawn from",
            reasons=[f"status_{pairing.status}"],
        )
    await _end_early(
        session, actor, pairing, status=PairingStatus.WITHDRAWN, reason=reason, action="withdraw"
    )


def _check_evaluable(actor: Actor, pairing: Pairing) -> date:
    policy.can_evaluate(actor, policy.PairingFacts.of(pairing, leads_mentee=False)).enforce()
    assert pairing.evaluation_due_date is not None  # set at the activation
    return pairing.evaluation_due_date


async def complete(
    session: AsyncSession, actor: Actor, pairing: Pairing, *, on: date, kra_rating: int
) -> None:
    """The evaluation's outcome `complete` (rule 12): the pairing ends on the evaluation's
    date, the lifecycle announces the end (the open reviews are cancelled) and the development
    records close, the mentor's KRA with the evaluation's rating."""
    _check_evaluable(actor, pairing)
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    pairing.status = PairingStatus.COMPLETED
    pairing.end_date = on
    await lifecycle.ended(
        session, lifecycle.Ended(pairing_id=pairing.id, status=PairingStatus.COMPLETED, end=on)
    )
    await development.close_for_pairing(session, pairing_id=pairing.id, kra_rating=kra_rating)
    await audit_transition(session, actor, pairing, "complete", before)
    await events.emit(session, "pairing.completed", {"pairing_id": pairing.id})


async def extend(session: AsyncSession, actor: Actor, pairing: Pairing, *, months: int) -> date:
    """The evaluation's outcome `extend`: the evaluation date moves by `months`, the further
    reviews are scheduled (the lifecycle announces the extension) and the development records
    run to the new date. Returns it."""
    due = _check_evaluable(actor, pairing)
    before = audit.snapshot(pairing, PAIRING_FIELDS)
    new_due = add_months(due, months)
    pairing.evaluation_due_date = new_due
    await lifecycle.extended(
        session,
        lifecycle.Extended(pairing_id=pairing.id, start=pairing.start_date, evaluation_due=new_due),
    )
    await development.extend_for_pairing(session, pairing_id=pairing.id, period_end=new_due)
    await audit_transition(session, actor, pairing, "extend", before)
    return new_due


async def flag_pairings_of_leavers(session: AsyncSession, *, leavers: list[Employee]) -> int:
    """HR's task when people leave: one notice in HR's shared inbox per open pairing of theirs,
    naming who left and what HR must decide. The pairing itself is left as it is: ending it
    (terminate, or a new mentor) is HR's decision. Returns the number of notices."""
    if not leavers:
        return 0
    by_id = {employee.id: employee for employee in leavers}
    pairings = await repository.open_pairings_of(session, list(by_id))
    for pairing in pairings:
        for role, employee_id in (("mentor", pairing.mentor_id), ("mentee", pairing.mentee_id)):
            leaver = by_id.get(employee_id)
            if leaver is None:
                continue
            await records.notify(
                session,
                recipient_role=Role.HR_ADMIN.value,
                kind="participant_left",
                title=(
                    f"The {role} of pairing #{pairing.id} ({pairing.status}), "
                    f"{leaver.full_name}, has left: decide what happens to the pairing"
                ),
                body=(
                    f"{leaver.full_name} (employee #{leaver.id}) is now terminated. "
                    f"Pairing #{pairing.id} is still {pairing.status}: terminate it with a "
                    "reason, or agree a new arrangement with the team leader."
                ),
                subject_employee_id=leaver.id,
                record=("pairing", pairing.id),
            )
    return len(pairings)
