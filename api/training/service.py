"""Training records: role training (mentor training, mentee orientation) recorded by HR."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.errors import NotFound, RuleViolation
from api.core.pagination import PageParams, keyset, page_of
from api.core.security import Actor
from api.employees.models import Employee
from api.records import service as records
from api.training import repository
from api.training.models import TrainingRecord
from api.training.schemas import RoleTrainingCreate

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
ROLE_TITLES = {"mentor": "Mentor training", "mentee": "Mentee orientation"}


async def get_record(session: AsyncSession, actor: Actor, record_id: int) -> TrainingRecord:
    record = await session.scalar(
        repository.training_query(actor).where(TrainingRecord.id == record_id)
    )
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
    kind: str | None,
    date_from: date | None,
    date_to: date | None,
) -> tuple[list[TrainingRecord], str | None]:
    stmt = repository.training_query(actor)
    if employee_id is not None:
        stmt = stmt.where(TrainingRecord.employee_id == employee_id)
    if pairing_id is not None:
        stmt = stmt.where(TrainingRecord.pairing_id == pairing_id)
    if kind is not None:
        stmt = stmt.where(TrainingRecord.kind == kind)
    if date_from is not None:
        stmt = stmt.where(TrainingRecord.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(TrainingRecord.date <= date_to)
    rows = (await session.scalars(keyset(stmt, page, TrainingRecord.id))).all()
    return page_of(rows, page)


async def record_role_training(
    session: AsyncSession, actor: Actor, *, data: RoleTrainingCreate
) -> TrainingRecord:
    trainee = await session.get(Employee, data.employee_id)
    if trainee is None:
        raise RuleViolation("No employee with this id", loc=["body", "employee_id"])
    if data.trainer_id is not None and await session.get(Employee, data.trainer_id) is None:
        raise RuleViolation("No employee with this id", loc=["body", "trainer_id"])
    record = TrainingRecord(
        kind="role_training",
        employee_id=trainee.id,
        trainer_id=data.trainer_id,
        role=data.role,
        title=data.title,
        provider=data.provider,
        date=data.date,
        duration_minutes=data.duration_minutes,
        notes=data.notes,
        topics=[],
        skills=[],
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
        document_type="role_training",
        document_id=record.id,
        title=f"{ROLE_TITLES[data.role]}: {data.title}",
        participants=[trainee],
    )
    return record
