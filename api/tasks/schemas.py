"""The caller's inbox: what they must do now, derived from the records' state."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, Field

TaskKind = Literal[
    "confirm_request",
    "match_request",
    "approve_pairing",
    "record_role_training",
    "acknowledge_agreement",
    "activate_pairing",
    "confirm_session",
    "fill_review_form",
    "follow_up_concern",
    "handle_grievance",
    "run_evaluation",
    "terminated_participant",
]
TASK_KINDS: tuple[str, ...] = get_args(TaskKind)

TaskEntity = Literal["mentoring_request", "pairing", "training_record", "review", "grievance"]


class TaskRead(BaseModel):
    kind: TaskKind
    title: str = Field(description="What to do, naming the people concerned.")
    due_date: date | None = Field(
        description="By when (the pairing's start date, a review's or evaluation's due date, a "
        "grievance's SLA due date); null when the task has no deadline."
    )
    overdue: bool = Field(description="`due_date` is before today (the organisation's time zone).")
    entity: TaskEntity = Field(description="The kind of record to act on.")
    entity_id: int = Field(description="The record's id.")
    pairing_id: int | None = Field(
        description="The pairing the record belongs to (reviews, sessions and grievances have "
        "no page of their own in the SPA), if any."
    )


class TaskCounts(BaseModel):
    """Every task of the caller, by kind: complete whatever page or `kind` was asked for."""

    confirm_request: int = 0
    match_request: int = 0
    approve_pairing: int = 0
    record_role_training: int = 0
    acknowledge_agreement: int = 0
    activate_pairing: int = 0
    confirm_session: int = 0
    fill_review_form: int = 0
    follow_up_concern: int = 0
    handle_grievance: int = 0
    run_evaluation: int = 0
    terminated_participant: int = 0


class TaskList(BaseModel):
    items: list[TaskRead]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to read the next page; null on the last page."
    )
    counts: TaskCounts
    total: int = Field(description="All the caller's tasks (the sum of `counts`).")
