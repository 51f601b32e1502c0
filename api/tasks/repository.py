"""The inbox's SQL: one SELECT per kind of task over the records' own state (there is no task
table to keep in sync), UNION ALL'd so that the database sorts, pages and counts them. Each
branch reuses its domain's definitions (a pending review, a due evaluation, a pairing ready to
start) and visibility predicate, and adds who must act.

Every branch has the same columns: `kind`, `entity`, `entity_id`, `due_date`, `pairing_id`,
`subject_id` (the person the task is about, when it is not the pairing's two), `number` (a
review's sequence), `detail` (a role or a grievance's kind) and `day` (a session's date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    text,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.security import Actor, Role
from api.employees.models import Employee, EmployeeStatus
from api.evaluations.repository import due_condition as evaluation_due
from api.grievances.models import OPEN_STATUSES as OPEN_GRIEVANCE_STATUSES
from api.grievances.models import Grievance
from api.pairings.models import OPEN_STATUSES as OPEN_PAIRING_STATUSES
from api.pairings.models import PRE_START_STATUSES, Pairing, PairingStatus
from api.pairings.repository import (
    acknowledged_by,
    approved_as,
    pairing_visibility,
    ready_to_activate,
)
from api.requests.models import MentoringRequest, RequestStatus
from api.requests.repository import request_visibility
from api.reviews.models import PeriodicReview, concern_sql, concern_to_follow_up_sql
from api.reviews.repository import is_pending, periodic_review_visibility
from api.tasks.schemas import TASK_KINDS
from api.training.models import TrainingKind, TrainingRecord, TrainingRole
from api.training.repository import has_role_training, training_visibility

# Undated tasks sort after every dated one.
NO_DUE_DATE = date(9999, 12, 31)
# Before the agreement starts: the steps of the pre-start checklist.
PRE_START = PRE_START_STATUSES

Mentee = aliased(Employee, name="task_mentee")
# Built once: an alias costs more Python to build than a page's query takes to run.
_LEADER = aliased(Employee, name="task_leader")
_LEAVER = aliased(Employee, name="task_leaver")
_MENTOR = aliased(Employee, name="task_mentor")
_PAIRING_MENTEE = aliased(Employee, name="task_pairing_mentee")
_SUBJECT = aliased(Employee, name="task_subject")


def _text(value: str) -> Any:
    # Inlined constants (typed for the UNION): the statement's text is the same every time.
    if not value.replace("_", "").isalpha():
        raise ValueError(value)
    return literal_column(f"'{value}'", String)


def _branch(
    kind: str,
    entity: str,
    entity_id: Any,
    *,
    due_date: Any = None,
    pairing_id: Any = None,
    subject_id: Any = None,
    number: Any = None,
    detail: Any = None,
    day: Any = None,
) -> Select[Any]:
    def typed(value: Any, type_: Any) -> Any:
        return cast(null(), type_) if value is None else value

    return select(
        _text(kind).label("kind"),
        _text(entity).label("entity"),
        entity_id.label("entity_id"),
        typed(due_date, Date).label("due_date"),
        typed(pairing_id, Integer).label("pairing_id"),
        typed(subject_id, Integer).label("subject_id"),
        typed(number, Integer).label("number"),
        typed(detail, String).label("detail"),
        typed(day, Date).label("day"),
    )


@dataclass(frozen=True)
class Horizon:
    """What decides what is due: today, and the last due date of a review whose form is asked
    for now (the participants are reminded that many days ahead)."""

    today: date
    reviews_until: date
    dialect: str  # the database's, for the SQL stated in its own JSON dialect


def _leads_mentee(actor: Actor) -> Any:
    """Team leaders act for the people they lead (the mentee's own team leader)."""
    return Mentee.team_leader_id == actor.employee_id


def _request_tasks(actor: Actor) -> list[Select[Any]]:
    if actor.role is Role.TEAM_LEADER and actor.employee_id is not None:
        confirm_by_me: Any = _leads_mentee(actor)
        match_by_me: Any = _leads_mentee(actor)
    elif actor.is_hr:
        # The supervisor confirms a self-service request; HR does when there is none to ask
        # (no team leader, or one who has left).
        leader = _LEADER
        confirm_by_me = ~exists().where(
            leader.id == Mentee.team_leader_id, leader.status == EmployeeStatus.ACTIVE
        )
        match_by_me = true()
    else:
        return []
    no_open_pairing = ~exists().where(
        Pairing.mentee_id == MentoringRequest.mentee_id,
        Pairing.status.in_(OPEN_PAIRING_STATUSES),
    )

    def branch(kind: str) -> Select[Any]:
        return _branch(
            kind,
            "mentoring_request",
            MentoringRequest.id,
            subject_id=MentoringRequest.mentee_id,
        ).join_from(MentoringRequest, Mentee, Mentee.id == MentoringRequest.mentee_id)

    visible = request_visibility(actor)
    return [
        branch("confirm_request").where(
            MentoringRequest.status == RequestStatus.AWAITING_SUPERVISOR, visible, confirm_by_me
        ),
        branch("match_request").where(
            MentoringRequest.status == RequestStatus.OPEN, no_open_pairing, visible, match_by_me
        ),
    ]


def _pairing_branch(kind: str, **columns: Any) -> Select[Any]:
    return _branch(kind, "pairing", Pairing.id, pairing_id=Pairing.id, **columns)


def _decider_tasks(actor: Actor) -> list[Select[Any]]:
    """Approving and starting a pairing: HR, and the mentee's team leader."""
    if actor.is_hr:
        by_me: Any = true()
        my_approval = "hr_admin"
    elif actor.role is Role.TEAM_LEADER and actor.employee_id is not None:
        by_me = _leads_mentee(actor)
        my_approval = "team_leader"
    else:
        return []
    visible = pairing_visibility(actor)

    def branch(kind: str) -> Select[Any]:
        stmt = _pairing_branch(kind, due_date=Pairing.start_date)
        if not actor.is_hr:  # the mentee's team leader
            stmt = stmt.join_from(Pairing, Mentee, Mentee.id == Pairing.mentee_id)
        return stmt.where(visible, by_me)

    return [
        branch("approve_pairing").where(
            Pairing.status == PairingStatus.PROPOSED, ~approved_as(my_approval)
        ),
        branch("activate_pairing").where(ready_to_activate()),
    ]


def _hr_tasks(actor: Actor, horizon: Horizon) -> list[Select[Any]]:
    if not actor.is_hr:
        return []
    branches = []
    for role, person in (
        (TrainingRole.MENTOR, Pairing.mentor_id),
        (TrainingRole.MENTEE, Pairing.mentee_id),
    ):
        branches.append(
            _pairing_branch(
                "record_role_training",
                due_date=Pairing.start_date,
                subject_id=person,
                detail=_text(role),
            ).where(Pairing.status.in_(PRE_START), ~has_role_training(person, role))
        )
    leaver = _LEAVER
    branches.append(
        _pairing_branch(
            "terminated_participant",
            subject_id=leaver.id,
            detail=case((leaver.id == Pairing.mentor_id, _text("mentor")), else_=_text("mentee")),
        )
        .join_from(Pairing, leaver, leaver.id.in_([Pairing.mentor_id, Pairing.mentee_id]))
        .where(
            Pairing.status.in_(OPEN_PAIRING_STATUSES), leaver.status == EmployeeStatus.TERMINATED
        )
    )
    branches.append(
        _pairing_branch("run_evaluation", due_date=Pairing.evaluation_due_date).where(
            evaluation_due(horizon.today)
        )
    )
    branches.append(
        _branch(
            "handle_grievance",
            "grievance",
            Grievance.id,
            due_date=Grievance.due_date,
            pairing_id=Grievance.pairing_id,
            subject_id=Grievance.raised_by,
            detail=Grievance.kind,
        ).where(Grievance.status.in_(OPEN_GRIEVANCE_STATUSES))
    )
    # Stated as the partial index of such reviews states it (api/reviews/models.py).
    mentor_concern = text(concern_sql(horizon.dialect, "mentor"))
    mentee_concern = text(concern_sql(horizon.dialect, "mentee"))
    branches.append(
        _branch(
            "follow_up_concern",
            "review",
            PeriodicReview.id,
            pairing_id=PeriodicReview.pairing_id,
            number=PeriodicReview.sequence,
            detail=case(
                (and_(mentor_concern, mentee_concern), _text("both")),
                (mentor_concern, _text("mentor")),
                else_=_text("mentee"),
            ),
        )
        .join_from(PeriodicReview, Pairing, Pairing.id == PeriodicReview.pairing_id)
        # While the pairing runs: once it has ended, its evaluation or its ending (a
        # termination, a withdrawal) is where the concern was dealt with.
        .where(
            text(concern_to_follow_up_sql(horizon.dialect)), Pairing.status == PairingStatus.ACTIVE
        )
    )
    return branches


def _participant_tasks(actor: Actor, horizon: Horizon) -> list[Select[Any]]:
    """What the mentor or the mentee does themself, whatever their role."""
    me = actor.employee_id
    if me is None or actor.is_service:
        return []
    my_side = case((Pairing.mentor_id == me, _text("mentor")), else_=_text("mentee"))
    pending = is_pending()
    return [
        _pairing_branch("acknowledge_agreement", due_date=Pairing.start_date, detail=my_side).where(
            Pairing.status.in_(PRE_START),
            or_(Pairing.mentor_id == me, Pairing.mentee_id == me),
            ~acknowledged_by(me),
            pairing_visibility(actor),
        ),
        _branch(
            "confirm_session",
            "training_record",
            TrainingRecord.id,
            pairing_id=TrainingRecord.pairing_id,
            subject_id=TrainingRecord.trainer_id,
            day=TrainingRecord.date,
        ).where(
            TrainingRecord.kind == TrainingKind.PEER_SESSION,
            TrainingRecord.employee_id == me,
            TrainingRecord.confirmed_at.is_(None),
            training_visibility(actor),
        ),
        _branch(
            "fill_review_form",
            "review",
            PeriodicReview.id,
            due_date=PeriodicReview.due_date,
            pairing_id=PeriodicReview.pairing_id,
            number=PeriodicReview.sequence,
            detail=my_side,
        )
        .join_from(PeriodicReview, Pairing, Pairing.id == PeriodicReview.pairing_id)
        .where(
            Pairing.status == PairingStatus.ACTIVE,
            pending,
            PeriodicReview.due_date <= horizon.reviews_until,
            or_(
                and_(Pairing.mentor_id == me, PeriodicReview.mentor_form.is_(None)),
                and_(Pairing.mentee_id == me, PeriodicReview.mentee_form.is_(None)),
            ),
            periodic_review_visibility(actor),
        ),
    ]


def tasks_table(actor: Actor, horizon: Horizon) -> Any | None:
    """Every task of the actor as one common table expression; None when their role has
    none."""
    branches = [
        *_request_tasks(actor),
        *_decider_tasks(actor),
        *_hr_tasks(actor, horizon),
        *_participant_tasks(actor, horizon),
    ]
    if not branches:
        return None
    return union_all(*branches).cte("tasks")


@dataclass(frozen=True)
class After:
    """Where the previous page ended, in the inbox's order."""

    due: date
    kind: str
    entity_id: int
    subject_id: int


def _order_key(table: Any) -> tuple[Any, ...]:
    return (
        func.coalesce(table.c.due_date, NO_DUE_DATE),
        table.c.kind,
        table.c.entity_id,
        func.coalesce(table.c.subject_id, 0),
    )


async def task_page(
    session: AsyncSession, tasks: Any, *, kind: str | None, after: After | None, limit: int
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """One page of tasks, soonest due first (so the overdue ones lead), undated last, each with
    the names its title needs; and how many tasks of each kind there are in all. One
    statement: the tasks are computed once (PostgreSQL materialises a CTE read twice), the
    counts come as one row that the page is left-joined to (so an empty page still has them)."""
    counts = select(
        *(func.count(case((tasks.c.kind == _text(k), 1))).label(f"n_{k}") for k in TASK_KINDS)
    ).subquery("task_counts")
    # The page first, from the tasks alone; then the names of its few rows.
    page = select(tasks)
    if kind is not None:
        page = page.where(tasks.c.kind == kind)
    if after is not None:
        page = page.where(
            tuple_(*_order_key(tasks))
            > tuple_(after.due, after.kind, after.entity_id, after.subject_id)
        )
    paged = page.order_by(*_order_key(tasks)).limit(limit + 1).subquery("page")
    mentor, mentee, subject = _MENTOR, _PAIRING_MENTEE, _SUBJECT
    stmt = (
        select(
            counts,
            paged,
            Pairing.mentor_id,
            Pairing.mentee_id,
            mentor.full_name.label("mentor_name"),
            mentee.full_name.label("mentee_name"),
            subject.full_name.label("subject_name"),
        )
        .select_from(counts)
        .outerjoin(paged, true())
        .outerjoin(Pairing, Pairing.id == paged.c.pairing_id)
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .outerjoin(mentee, mentee.id == Pairing.mentee_id)
        .outerjoin(subject, subject.id == paged.c.subject_id)
        .order_by(*_order_key(paged))
    )
    result = await session.execute(stmt)
    keys = list(result.keys())
    rows = [dict(zip(keys, row, strict=True)) for row in result.all()]
    totals = {k: rows[0][f"n_{k}"] for k in TASK_KINDS} if rows else dict.fromkeys(TASK_KINDS, 0)
    return [row for row in rows if row["entity_id"] is not None], totals
