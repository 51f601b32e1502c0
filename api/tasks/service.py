"""The caller's inbox (`GET /me/tasks`): what they must do now, computed on every request from
the records' state, so a task disappears the moment its record says it is done.

Who gets which task:
- the mentee's team leader: confirm a self-service request, find a mentor for an open request
  (with HR), approve a proposed pairing (their approval), start a pairing whose every condition
  is met (with HR);
- HR: the same (confirming a request only when the mentee has no active team leader to do it),
  plus record role training, follow up concerns flagged in review forms, handle grievances
  within their SLA, run due evaluations, decide about pairings whose participant has left;
- the mentor and the mentee themselves, whatever their role: acknowledge the agreement, confirm
  a peer session (the mentee), fill their review form once it is due."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import RuleViolation
from api.core.schemas import MAX_ID, MIN_DATE
from api.core.security import Actor
from api.grievances.models import GrievanceKind
from api.programme import service as programme
from api.tasks import repository
from api.tasks.repository import NO_DUE_DATE, After, Horizon
from api.tasks.schemas import TASK_KINDS, TaskCounts, TaskList, TaskRead


def encode_cursor(task: dict[str, Any]) -> str:
    due: date = task["due_date"] or NO_DUE_DATE
    raw = json.dumps(
        {
            "due": due.isoformat(),
            "kind": task["kind"],
            "id": task["entity_id"],
            "subject": task["subject_id"] or 0,
        },
        separators=(",", ":"),
    ).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> After:
    """The position a `next_cursor` names; anything we did not issue is a 422."""
    invalid = RuleViolation("Invalid cursor", loc=["query", "cursor"])
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
        due = date.fromisoformat(value["due"])
        kind, entity_id, subject_id = value["kind"], value["id"], value["subject"]
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError):
        raise invalid from None
    ids_ok = all(
        isinstance(n, int) and not isinstance(n, bool) and low <= n <= MAX_ID
        for n, low in ((entity_id, 1), (subject_id, 0))
    )
    if not (ids_ok and kind in TASK_KINDS and MIN_DATE <= due <= NO_DUE_DATE):
        raise invalid
    return After(due=due, kind=kind, entity_id=entity_id, subject_id=subject_id)


def _pair(task: dict[str, Any]) -> str:
    return f"{task['mentor_name']} & {task['mentee_name']}"


def _other(task: dict[str, Any], actor: Actor) -> str:
    """The other participant, as the caller sees them."""
    if task["mentor_id"] == actor.employee_id:
        return f"{task['mentee_name']} (your mentee)"
    return f"{task['mentor_name']} (your mentor)"


def title_of(task: dict[str, Any], actor: Actor) -> str:
    """What to do, in words: people's names, never only a record number."""
    kind = task["kind"]
    subject = task["subject_name"]
    if kind == "confirm_request":
        return f"Confirm {subject}'s request for a mentor"
    if kind == "match_request":
        return f"Find a mentor for {subject}"
    if kind == "approve_pairing":
        return f"Approve the mentoring agreement of {_pair(task)}"
    if kind == "record_role_training":
        if task["detail"] == "mentor":
            return f"Record {subject}'s mentor training (mentor of {task['mentee_name']})"
        return f"Record {subject}'s mentee orientation (mentored by {task['mentor_name']})"
    if kind == "acknowledge_agreement":
        return f"Acknowledge your mentoring agreement with {_other(task, actor)}"
    if kind == "activate_pairing":
        return f"Start the pairing of {_pair(task)}: every condition is met"
    if kind == "confirm_session":
        day: date = task["day"]
        return f"Confirm the peer session of {day.isoformat()} with {task['mentor_name']}"
    if kind == "fill_review_form":
        return f"Fill in your {task['detail']} form for review {task['number']} of {_pair(task)}"
    if kind == "follow_up_concern":
        raised_by = {
            "mentor": task["mentor_name"],
            "mentee": task["mentee_name"],
            "both": "both participants",
        }[task["detail"]]
        return (
            f"Follow up the concern raised by {raised_by} in review {task['number']} "
            f"of {_pair(task)}"
        )
    if kind == "handle_grievance":
        withdrawal = task["detail"] == GrievanceKind.WITHDRAWAL
        what = GrievanceKind.WITHDRAWAL if withdrawal else GrievanceKind.GRIEVANCE
        return f"Handle the {what} raised by {subject} ({_pair(task)})"
    if kind == "run_evaluation":
        return f"Evaluate the pairing of {_pair(task)}"
    if kind == "terminated_participant":
        return (
            f"{subject}, the {task['detail']} of {_pair(task)}, has left: decide what happens "
            "to the pairing"
        )
    raise AssertionError(kind)


async def my_tasks(
    session: AsyncSession,
    actor: Actor,
    *,
    kind: str | None,
    limit: int,
    cursor: str | None,
    review_reminder_days: int,
) -> TaskList:
    """A page of the caller's tasks, soonest due first, and the complete counts by kind. Two
    statements whatever the number of records: the programme's settings (today's date), then
    the page with the counts."""
    after = decode_cursor(cursor) if cursor else None
    today = await programme.today(session)
    horizon = Horizon(
        today=today,
        reviews_until=today + timedelta(days=review_reminder_days),
        dialect=session.get_bind().dialect.name,
    )
    tasks = repository.tasks_table(actor, horizon)
    if tasks is None:
        return TaskList(items=[], next_cursor=None, counts=TaskCounts(), total=0)
    rows, counts = await repository.task_page(session, tasks, kind=kind, after=after, limit=limit)
    page = rows[:limit]
    items = [
        TaskRead(
            kind=row["kind"],
            title=title_of(row, actor),
            due_date=row["due_date"],
            overdue=row["due_date"] is not None and row["due_date"] < today,
            entity=row["entity"],
            entity_id=row["entity_id"],
            pairing_id=row["pairing_id"],
        )
        for row in page
    ]
    return TaskList(
        items=items,
        next_cursor=encode_cursor(page[-1]) if len(rows) > limit else None,
        counts=TaskCounts(**counts),
        total=sum(counts.values()),
    )
