"""Training records: role training (mentor training, mentee orientation) recorded by HR."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.errors import Conflict, Forbidden, NotFound, RuleViolation
from api.core.pagination import PageParams, page_of
from api.core.security import Actor
from api.programme import service as programme
from api.records import service as records
from api.training import policy, ports, repository
from api.training.models import TrainingKind, TrainingRecord, TrainingRole
from api.training.schemas import PeerSessionCreate, RoleTrainingCreate

TRAINING_FIELDS = (
    "kind",
    "employee_id",
    "trainer_id",
    "pairing_id",
    "role",
    "title",
    "provider",
    "date",
    "duration_minutes",
    "topics",
    "skills",
    "notes",
    "confirmed_at",
)
ROLE_TITLES = {TrainingRole.MENTOR: "Mentor training", TrainingRole.MENTEE: "Mentee orientation"}


async def get_record(session: AsyncSession, actor: Actor, record_id: int) -> TrainingRecord:
    record = await repository.visible_record(session, actor, record_id)
    if record is None:
        raise NotFound("Training record not found")
    return record


async def list_records(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    employee_id: int | None,
    pairing_id: int | None,
    kind: TrainingKind | None,
    date_from: date | None,
    date_to: date | None,
    department_id: int | None = None,
) -> tuple[list[tuple[TrainingRecord, dict[str, Any] | None, dict[str, Any] | None]], str | None]:
    """A page of the records, each with its trainee and trainer by name."""
    rows = await repository.list_page(
        session,
        actor,
        page,
        employee_id=employee_id,
        pairing_id=pairing_id,
        kind=kind,
        date_from=date_from,
        date_to=date_to,
        department_id=department_id,
    )
    return page_of(rows, page, id_of=lambda row: row[0].id)


async def record_role_training(
    session: AsyncSession, actor: Actor, *, data: RoleTrainingCreate
) -> TrainingRecord:
    if not policy.may_record_role_training(actor):
        raise Forbidden("Only HR records role training")
    trainee = await repository.employee(session, data.employee_id)
    if trainee is None:
        raise RuleViolation("No employee with this id", loc=["body", "employee_id"])
    if data.trainer_id is not None and await repository.employee(session, data.trainer_id) is None:
        raise RuleViolation("No employee with this id", loc=["body", "trainer_id"])
    if data.pairing_id is not None:
        pairing = await ports.visible_pairing(session, actor, data.pairing_id)
        participant = pairing.mentor_id if data.role == TrainingRole.MENTOR else pairing.mentee_id
        if participant != trainee.id:
            raise RuleViolation(
                f"The trainee is not the {data.role} of pairing {pairing.id}",
                loc=["body", "employee_id"],
            )
    record = TrainingRecord(
        kind=TrainingKind.ROLE_TRAINING,
        employee_id=trainee.id,
        trainer_id=data.trainer_id,
        pairing_id=data.pairing_id,
        role=data.role,
        title=data.title,
        provider=data.provider,
        date=data.date,
        duration_minutes=data.duration_minutes,
        notes=data.notes,
        topics=list(data.topics),
        skills=list(data.skills),
        recorded_by=actor.label,
    )
    session.add(record)
    await session.flush()
    audit.record(
        session,
        actor,
        "training_record.create",
        entity="training_record",
        entity_id=record.id,
        after=audit.snapshot(record, TRAINING_FIELDS),
    )
    await records.file_document(
        session,
        document_type=TrainingKind.ROLE_TRAINING.value,
        document_id=record.id,
        title=f"{ROLE_TITLES[data.role]}: {data.title}",
        participants=[trainee],
        # Training for a pairing opens the pairing; training ahead of one, the trainee.
        record=("pairing", record.pairing_id)
        if record.pairing_id is not None
        else ("employee", trainee.id),
    )
    return record


async def record_peer_session(
    session: AsyncSession, actor: Actor, *, data: PeerSessionCreate
) -> TrainingRecord:
    pairing = await ports.visible_pairing(session, actor, data.pairing_id)
    if not policy.may_record_peer_session(actor, mentor_id=pairing.mentor_id):
        raise Forbidden("Only the mentor or HR records a peer session")
    if not pairing.active:
        raise Conflict(
            f"Sessions are recorded on active pairings; this one is {pairing.status}",
            reasons=[f"status_{pairing.status}"],
        )
    if data.date < pairing.start_date:
        raise RuleViolation(
            "The session cannot be before the pairing started", loc=["body", "date"]
        )
    if data.date > await programme.today(session):
        raise RuleViolation("The session cannot be in the future", loc=["body", "date"])
    # The trainee and trainer are the pairing's: when named, they must be its mentee and mentor.
    for field, given, expected, who in (
        ("employee_id", data.employee_id, pairing.mentee_id, "mentee"),
        ("trainer_id", data.trainer_id, pairing.mentor_id, "mentor"),
    ):
        if given is not None and given != expected:
            raise RuleViolation(
                f"{field} must be the pairing's {who} ({expected})", loc=["body", field]
            )
    record = TrainingRecord(
        kind=TrainingKind.PEER_SESSION,
        employee_id=pairing.mentee_id,
        trainer_id=pairing.mentor_id,
        pairing_id=pairing.id,
        title=data.title,
        date=data.date,
        duration_minutes=data.duration_minutes,
        topics=list(data.topics),
        skills=list(data.skills),
        notes=data.notes,
        recorded_by=actor.label,
    )
    session.add(record)
    await session.flush()
    audit.record(
        session,
        actor,
        "training_record.create",
        entity="training_record",
        entity_id=record.id,
        after=audit.snapshot(record, TRAINING_FIELDS),
    )
    mentor, mentee = await repository.participants(session, pairing.mentor_id, pairing.mentee_id)
    await records.file_document(
        session,
        document_type=TrainingKind.PEER_SESSION.value,
        document_id=record.id,
        title=f"Peer session on {data.date.isoformat()}",
        participants=[mentor, mentee],
        record=("pairing", pairing.id),
    )
    return record


async def confirm(session: AsyncSession, actor: Actor, *, record_id: int) -> TrainingRecord:
    """The trainee confirms the record (the mentee, for a peer session)."""
    record = await get_record(session, actor, record_id)
    if not policy.may_confirm(actor, record):
        raise Forbidden("Only the trainee confirms a training record")
    if policy.is_confirmed(record):
        raise Conflict("Already confirmed", reasons=["already_confirmed"])
    record.confirmed_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "training_record.confirm",
        entity="training_record",
        entity_id=record.id,
        after={"confirmed_at": record.confirmed_at},
    )
    return record


async def trained_roles(
    session: AsyncSession, employee_ids: list[int]
) -> set[tuple[int, str | None]]:
    """(employee_id, role) pairs that have a role-training record (the activation reads it)."""
    return await repository.trained_roles(session, employee_ids)
