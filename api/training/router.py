from __future__ import annotations

from fastapi import APIRouter, Response

from api.auth.dependencies import PersonActor as Writer
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep, page_response
from api.core.schemas import Day, PathId, QueryId, WithActions
from api.core.security import Actor
from api.employees import people
from api.employees.listfilters import DepartmentQuery
from api.training import policy, service
from api.training.models import TrainingRecord
from api.training.schemas import (
    PeerSessionCreate,
    TrainingKind,
    TrainingRecordCreate,
    TrainingRecordRead,
)

router = APIRouter(prefix="/training-records", tags=["training"])


async def _read(session: SessionDep, record: TrainingRecord, actor: Actor) -> TrainingRecordRead:
    """One record as every route answers it: the caller's actions, the trainee and the trainer
    by name."""
    read = TrainingRecordRead.model_validate(
        WithActions(record, policy.allowed_actions(actor, record))
    )
    await people.attach(session, [read], employee="employee_id", trainer="trainer_id")
    return read


@router.get(
    "",
    response_model=Page[TrainingRecordRead],
    operation_id="training-list",
    summary="List training records",
    description=(
        "Role training and peer sessions the caller may see, filtered by employee, pairing, kind, "
        "the trainee's `department_id` and date range: HR and the `reporting` account all; a "
        "team leader those of the people "
        "they may see; an employee their own; a trainer those they recorded. Not the `hris` "
        "account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_training(
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    employee_id: QueryId = None,
    pairing_id: QueryId = None,
    kind: TrainingKind | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
    department_id: DepartmentQuery = None,
) -> Response:
    rows, cursor = await service.list_records(
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
    items = [
        WithActions(r, policy.allowed_actions(actor, r), employee=employee, trainer=trainer)
        for r, employee, trainer in rows
    ]
    return page_response(TrainingRecordRead, items, cursor)


@router.post(
    "",
    response_model=TrainingRecordRead,
    status_code=201,
    operation_id="training-create",
    summary="Record role training or a peer session",
    description=(
        "`role_training`: HR records mentor training or mentee orientation; it counts towards "
        "activation as soon as it is recorded. `peer_session`: the mentor (or HR) records a "
        "session of an active pairing (409 otherwise); the mentee then confirms it. 403 for anyone "
        "else; 404 for a pairing the caller may not see."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_training(
    session: SessionDep, actor: Writer, body: TrainingRecordCreate
) -> TrainingRecordRead:
    if isinstance(body, PeerSessionCreate):
        record = await service.record_peer_session(session, actor, data=body)
    else:
        record = await service.record_role_training(session, actor, data=body)
    return await _read(session, record, actor)


@router.get(
    "/{training_record_id}",
    response_model=TrainingRecordRead,
    operation_id="training-get",
    summary="Get a training record",
    description=(
        "HR, the `reporting` account, the trainee, the trainer who recorded it and the team "
        "leaders who may see the trainee. 404 for a record the caller may not see."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def read_training(
    session: SessionDep, actor: Reader, training_record_id: PathId
) -> TrainingRecordRead:
    return await _read(session, await service.get_record(session, actor, training_record_id), actor)


@router.post(
    "/{training_record_id}/confirm",
    response_model=TrainingRecordRead,
    operation_id="training-confirm",
    summary="Confirm a training record",
    description=(
        "The trainee themself confirms the record (e.g. the mentee confirms a peer session); "
        "nobody confirms for them. 409 when it is already confirmed."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def confirm_training(
    session: SessionDep, actor: Writer, training_record_id: PathId
) -> TrainingRecordRead:
    return await _read(
        session, await service.confirm(session, actor, record_id=training_record_id), actor
    )
