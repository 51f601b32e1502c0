from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.auth.dependencies import PersonActor, SettingsDep
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.tasks import service
from api.tasks.schemas import TaskKind, TaskList

router = APIRouter(tags=["tasks"])


@router.get(
    "/me/tasks",
    response_model=TaskList,
    operation_id="tasks-list",
    summary="List what the caller must do now",
    description=(
        "The caller's inbox, computed from the records' state on every request (a task "
        "disappears as soon as it is done): soonest `due_date` first, so the overdue ones "
        "lead, then the tasks without a deadline; `counts` (by kind) and `total` are complete "
        "whatever page or `kind` is asked for. Each person gets only what they must act on:\n\n"
        "- the mentee's team leader: `confirm_request` (a self-service request awaiting them), "
        "`match_request` (an open request with no pairing proposed), `approve_pairing` (their "
        "approval is missing), `activate_pairing` (approved, acknowledged by both, both "
        "role-trained; due on the start date);\n"
        "- HR (`hr_admin`): `match_request`, `approve_pairing`, `activate_pairing` as well, "
        "`confirm_request` only for a mentee without an active team leader, "
        "`record_role_training` (a mentor or mentee of a proposed or approved pairing without "
        "their role training), `follow_up_concern` (a review form flagged a concern and HR has "
        "not followed up), `handle_grievance` (open or under review; due on its SLA due date), "
        "`run_evaluation` (an active pairing at or past its evaluation date without an "
        "evaluation), `terminated_participant` (an open pairing whose mentor or mentee has "
        "left);\n"
        "- the mentor and the mentee themselves, whatever their role: `acknowledge_agreement`, "
        "`confirm_session` (the mentee, a peer session recorded by the mentor), "
        "`fill_review_form` (their form of a review of an active pairing, from the day they are "
        "reminded of it until it is submitted; overdue after its due date).\n\n"
        "`overdue`: the due date is before today in the organisation's time zone. Service "
        "accounts (`hris`, `reporting`) have no inbox: 403, so that an integration calling it "
        "by mistake learns so at once instead of reading an empty list. 422 for an unknown "
        "query parameter or a cursor this endpoint did not issue."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_my_tasks(
    session: SessionDep,
    actor: PersonActor,
    settings: SettingsDep,
    kind: Annotated[
        TaskKind | None, Query(description="Only the items of this kind (counts stay complete).")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (max {MAX_LIMIT}).")
    ] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None, Query(max_length=200, description="The `next_cursor` of the previous page.")
    ] = None,
) -> TaskList:
    return await service.my_tasks(
        session,
        actor,
        kind=kind,
        limit=limit,
        cursor=cursor,
        review_reminder_days=settings.review_reminder_days,
    )
