from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response

from api.auth.dependencies import HrActor
from api.auth.dependencies import ProgrammeReader as Reader
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.etag import etag_headers
from api.core.pagination import Page, PageDep
from api.core.schemas import Day, PathId, QueryId
from api.core.security import Actor
from api.evaluations import policy, service
from api.evaluations.models import Evaluation
from api.evaluations.schemas import EvaluationCreate, EvaluationDue, EvaluationRead, Outcome
from api.programme import service as programme

router = APIRouter(tags=["evaluations"])

IfMatch = Annotated[
    str | None, Header(alias="If-Match", max_length=200, description="The pairing's ETag as read.")
]


READ_FIELDS = [name for name in EvaluationRead.model_fields if name != "allowed_actions"]


def _read(evaluation: Evaluation, actor: Actor, mentee_id: int | None = None) -> EvaluationRead:
    fields = {name: getattr(evaluation, name) for name in READ_FIELDS}
    if not policy.sees_kra_rating(actor, evaluation, mentee_id=mentee_id):
        fields["mentor_kra_rating"] = None
    fields["allowed_actions"] = policy.allowed_actions(actor, evaluation)
    return EvaluationRead.model_validate(fields)


@router.post(
    "/pairings/{pairing_id}/evaluation",
    response_model=EvaluationRead,
    status_code=201,
    operation_id="evaluations-create",
    summary="Evaluate a pairing",
    description=(
        "HR evaluates an active pairing. `complete` completes the pairing and rates the mentor's "
        "KRA; `extend` moves the evaluation date by `extend_months` and schedules the further "
        "reviews. Before 80% of the period has passed the evaluation needs `early: true` and an "
        "`early_reason` (409 otherwise). Only HR (`hr_admin`). 409 for a pairing that is not "
        "active; 412 for a stale `If-Match`."
    ),
    responses={
        201: {"headers": etag_headers("evaluation"), "description": "The evaluation"},
        **problem_responses(401, 403, 404, 409, 412, 422),
    },
)
async def create_evaluation(
    session: SessionDep,
    actor: HrActor,
    pairing_id: PathId,
    body: EvaluationCreate,
    response: Response,
    if_match: IfMatch = None,
) -> EvaluationRead:
    evaluation = await service.evaluate(
        session, actor, pairing_id=pairing_id, data=body, if_match=if_match
    )
    response.headers["ETag"] = service.etag(evaluation)
    return _read(evaluation, actor)


@router.get(
    "/evaluations",
    response_model=Page[EvaluationRead],
    operation_id="evaluations-list",
    summary="List evaluations",
    description=(
        "The evaluations the caller may see, filtered by pairing, outcome and date range: HR and "
        "the `reporting` account all; team leaders and participants those of the pairings they may "
        "see. Not the `hris` account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_evaluations(
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    pairing_id: QueryId = None,
    outcome: Outcome | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
) -> Page[EvaluationRead]:
    items, cursor = await service.list_evaluations(
        session,
        actor,
        page,
        pairing_id=pairing_id,
        outcome=outcome,
        date_from=date_from,
        date_to=date_to,
    )
    mentee_ids = await service.mentee_ids(session, [e.pairing_id for e in items])
    return Page(
        items=[_read(e, actor, mentee_ids[e.pairing_id]) for e in items], next_cursor=cursor
    )


@router.get(
    "/evaluations/due",
    response_model=Page[EvaluationDue],
    operation_id="evaluations-due",
    summary="List pairings due for evaluation",
    description=(
        "Active pairings whose evaluation date is today or past without an evaluation: what HR has "
        "to evaluate now. Scoped like the pairings list; not the `hris` account."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_due(session: SessionDep, actor: Reader, page: PageDep) -> Page[EvaluationDue]:
    today = await programme.today(session)
    items, cursor = await service.list_due(session, actor, page, today=today)
    return Page(
        items=[
            EvaluationDue(
                pairing_id=p.id,
                mentor_id=p.mentor_id,
                mentee_id=p.mentee_id,
                evaluation_due_date=p.evaluation_due_date,  # type: ignore[arg-type]
                days_overdue=(today - p.evaluation_due_date).days,  # type: ignore[operator]
            )
            for p in items
        ],
        next_cursor=cursor,
    )


@router.get(
    "/evaluations/{evaluation_id}",
    response_model=EvaluationRead,
    operation_id="evaluations-get",
    summary="Get an evaluation",
    description=(
        "HR, the `reporting` account, the mentor, the mentee and the team leaders who may see "
        "them; with its `ETag`. 404 for an evaluation the caller may not see."
    ),
    responses={
        200: {"headers": etag_headers("evaluation"), "description": "The evaluation"},
        **problem_responses(401, 403, 404, 422),
    },
)
async def read_evaluation(
    session: SessionDep, actor: Reader, evaluation_id: PathId, response: Response
) -> EvaluationRead:
    evaluation = await service.get_evaluation(session, actor, evaluation_id)
    response.headers["ETag"] = service.etag(evaluation)
    mentee_ids = await service.mentee_ids(session, [evaluation.pairing_id])
    return _read(evaluation, actor, mentee_ids[evaluation.pairing_id])
