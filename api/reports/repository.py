"""The reports' SQL: aggregates and joins computed by the database, never row by row here.

Every report is scoped the same way: pairings whose mentee the caller may see (HR and the
reporting account: all; a team leader: their department and the people they lead), optionally
one department (the mentee's), and a date range on the report's own date column."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    Text,
    and_,
    case,
    cast,
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.security import Actor
from api.employees.models import Department, Employee
from api.employees.repository import employee_visibility, sees_everyone
from api.evaluations.models import Evaluation, EvaluationOutcome
from api.grievances.models import OPEN_STATUSES, Grievance
from api.pairings.models import STARTED_STATUSES, Pairing, PairingStatus
from api.requests.models import PENDING_STATUSES, MentoringRequest
from api.reviews.models import PeriodicReview
from api.reviews.repository import is_pending
from api.training.models import TrainingKind, TrainingRecord, TrainingRole

Mentee = aliased(Employee, name="mentee")
Mentor = aliased(Employee, name="mentor")
REVIEWS_DUE_WINDOW_DAYS = 14


@dataclass(frozen=True)
class Scope:
    actor: Actor
    department_id: int | None
    date_from: date | None
    date_to: date | None
    today: date

    @property
    def everyone(self) -> bool:
        """The whole programme, unfiltered: no scope condition at all (cheaper than one that
        keeps every row)."""
        return sees_everyone(self.actor) and self.department_id is None

    def people(self) -> Any:
        """Employee ids the caller may report on (the mentees)."""
        stmt = select(Employee.id).where(employee_visibility(self.actor))
        if self.department_id is not None:
            stmt = stmt.where(Employee.department_id == self.department_id)
        return stmt

    def mentees(self, column: Any) -> ColumnElement[bool]:
        """`column` (an employee id) is one of the people in scope."""
        return true() if self.everyone else column.in_(self.people())

    def pairings(self) -> ColumnElement[bool]:
        return self.mentees(Pairing.mentee_id)

    def of_pairings(self, column: Any) -> ColumnElement[bool]:
        """`column` (a pairing id) is one of the pairings in scope."""
        return true() if self.everyone else column.in_(select(Pairing.id).where(self.pairings()))

    def running(self, pairing: Any) -> ColumnElement[bool]:
        """The pairing ran during the date range (started by its end, not ended before its
        start)."""
        conditions = []
        if self.date_to is not None:
            conditions.append(pairing.start_date <= self.date_to)
        if self.date_from is not None:
            conditions.append(or_(pairing.end_date.is_(None), pairing.end_date >= self.date_from))
        return and_(true(), *conditions)

    def dated(self, column: Any) -> ColumnElement[bool]:
        conditions = []
        if self.date_from is not None:
            conditions.append(column >= self.date_from)
        if self.date_to is not None:
            conditions.append(column <= self.date_to)
        return and_(*conditions) if conditions else and_(True)


def _days_between(session: AsyncSession, later: Any, earlier: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier) / 86400.0
    return func.julianday(later) - func.julianday(earlier)


STATUSES = tuple(PairingStatus)


async def change_marker(session: AsyncSession) -> str | None:
    """What the database has committed, as a value that changes with every commit: the
    current snapshot (xmin:xmax:running transactions) on PostgreSQL. Two equal snapshots see
    exactly the same data, in any process; None where there is no such marker (SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return await session.scalar(select(func.cast(func.pg_current_snapshot(), Text)))


async def summary(session: AsyncSession, scope: Scope) -> dict[str, Any]:
    """Two statements: the pairings per department and status (the statuses' totals are
    their sums: every mentee has a department), and every other figure, each a one-row
    aggregate of its own table, cross-joined into one row."""
    in_scope = scope.pairings()
    by_department = (
        await session.execute(
            select(
                Department.id,
                Department.name,
                func.count(Pairing.id),
                *(func.count(case((Pairing.status == s, 1))) for s in STATUSES),
            )
            .join(Mentee, Mentee.id == Pairing.mentee_id)
            .join(Department, Department.id == Mentee.department_id)
            .where(in_scope, scope.dated(Pairing.start_date))
            .group_by(Department.id, Department.name)
            .order_by(Department.name)
        )
    ).all()
    by_status = {s: sum(int(row[3 + i]) for row in by_department) for i, s in enumerate(STATUSES)}

    open_requests = (
        select(func.count().label("open_requests"))
        .select_from(MentoringRequest)
        .where(
            MentoringRequest.status.in_(PENDING_STATUSES),
            scope.mentees(MentoringRequest.mentee_id),
            scope.dated(MentoringRequest.discussion_date),
        )
        .subquery()
    )
    activation = (
        select(
            func.avg(
                _days_between(session, Pairing.activated_at, MentoringRequest.created_at)
            ).label("avg_days")
        )
        .join(MentoringRequest, MentoringRequest.id == Pairing.request_id)
        .where(in_scope, Pairing.activated_at.is_not(None), scope.dated(Pairing.start_date))
        .subquery()
    )

    def trained(role: TrainingRole) -> Any:
        return select(TrainingRecord.employee_id).where(
            TrainingRecord.kind == TrainingKind.ROLE_TRAINING, TrainingRecord.role == role
        )

    started = Pairing.status.in_((PairingStatus.APPROVED, *STARTED_STATUSES))
    training = (
        select(
            (func.count() * 2).label("participants"),
            (
                func.count(case((Pairing.mentor_id.in_(trained(TrainingRole.MENTOR)), 1)))
                + func.count(case((Pairing.mentee_id.in_(trained(TrainingRole.MENTEE)), 1)))
            ).label("trained"),
        )
        .where(in_scope, started, scope.dated(Pairing.start_date))
        .subquery()
    )
    reviews = (
        select(
            func.count(
                case(
                    (
                        and_(
                            PeriodicReview.due_date >= scope.today,
                            PeriodicReview.due_date
                            < scope.today + timedelta(days=REVIEWS_DUE_WINDOW_DAYS),
                        ),
                        1,
                    )
                )
            ).label("due"),
            func.count(case((PeriodicReview.due_date < scope.today, 1))).label("overdue"),
        )
        .where(
            scope.of_pairings(PeriodicReview.pairing_id),
            is_pending(),
            scope.dated(PeriodicReview.due_date),
        )
        .subquery()
    )
    is_open = Grievance.status.in_(OPEN_STATUSES)
    grievances = (
        select(
            func.count(case((is_open, 1))).label("open"),
            func.count(case((and_(is_open, Grievance.due_date < scope.today), 1))).label(
                "breached"
            ),
            func.count(case((~is_open, 1))).label("closed"),
            func.count(
                case((and_(~is_open, Grievance.resolved_on <= Grievance.due_date), 1))
            ).label("on_time"),
        )
        .where(scope.of_pairings(Grievance.pairing_id), scope.dated(Grievance.raised_on))
        .subquery()
    )
    evaluations_due = (
        select(func.count().label("due"))
        .select_from(Pairing)
        .where(
            in_scope,
            Pairing.status == PairingStatus.ACTIVE,
            Pairing.evaluation_due_date <= scope.today,
            ~exists().where(
                Evaluation.pairing_id == Pairing.id,
                Evaluation.due_date == Pairing.evaluation_due_date,
            ),
        )
        .subquery()
    )
    effectiveness = (
        select(func.avg(Evaluation.effectiveness).label("mean"))
        .where(
            scope.of_pairings(Evaluation.pairing_id),
            scope.dated(Evaluation.evaluated_on),
        )
        .subquery()
    )
    sessions = (
        select(
            func.count().label("sessions"),
            func.coalesce(func.sum(TrainingRecord.duration_minutes), 0).label("minutes"),
        )
        .where(
            TrainingRecord.kind == TrainingKind.PEER_SESSION,
            scope.of_pairings(TrainingRecord.pairing_id),
            scope.dated(TrainingRecord.date),
        )
        .subquery()
    )
    parts = (
        open_requests,
        activation,
        training,
        reviews,
        grievances,
        evaluations_due,
        effectiveness,
        sessions,
    )
    from_: Any = parts[0]
    for part in parts[1:]:  # one row each: a cross join is that row
        from_ = from_.join(part, true())
    figures = (
        await session.execute(
            select(
                open_requests.c.open_requests,
                activation.c.avg_days,
                training.c.participants,
                training.c.trained,
                reviews.c.due,
                reviews.c.overdue,
                grievances.c.open,
                grievances.c.breached,
                grievances.c.closed,
                grievances.c.on_time,
                evaluations_due.c.due,
                effectiveness.c.mean,
                sessions.c.sessions,
                sessions.c.minutes,
            ).select_from(from_)
        )
    ).one()
    (
        open_count,
        avg_days,
        participants,
        trained_count,
        reviews_due,
        reviews_overdue,
        g_open,
        g_breached,
        g_closed,
        g_on_time,
        evaluations_due_count,
        mean_effectiveness,
        sessions_count,
        minutes,
    ) = figures

    def pct(part: int | None, whole: int | None) -> float | None:
        return round(100.0 * (part or 0) / whole, 1) if whole else None

    return {
        "generated_on": scope.today,
        "pairings_by_status": by_status,
        "pairings_by_department": [
            {"department_id": row[0], "department": row[1], "total": row[2], "active": row[5]}
            for row in by_department
        ],
        "open_requests": open_count or 0,
        "avg_days_request_to_activation": round(float(avg_days), 1)
        if avg_days is not None
        else None,
        "training_completion_pct": pct(trained_count, participants),
        "reviews_due": reviews_due,
        "reviews_overdue": reviews_overdue,
        "grievances_open": g_open,
        "grievances_breached": g_breached,
        "grievance_sla_compliance_pct": pct(g_on_time, g_closed),
        "evaluations_due": evaluations_due_count or 0,
        "mean_effectiveness": round(float(mean_effectiveness), 2)
        if mean_effectiveness is not None
        else None,
        "sessions_recorded": sessions_count,
        "session_hours": round(minutes / 60.0, 1),
    }


def _pairing_people() -> Select[Any]:
    return (
        select(Pairing)
        .join(Mentee, Mentee.id == Pairing.mentee_id)
        .join(Mentor, Mentor.id == Pairing.mentor_id)
        .join(Department, Department.id == Mentee.department_id)
    )


async def overdue_reviews(session: AsyncSession, scope: Scope) -> list[dict[str, Any]]:
    stmt = (
        _pairing_people()
        .join(PeriodicReview, PeriodicReview.pairing_id == Pairing.id)
        .with_only_columns(
            PeriodicReview.id,
            Pairing.id,
            PeriodicReview.sequence,
            PeriodicReview.due_date,
            Department.name,
            Mentor.id,
            Mentor.full_name,
            Mentee.id,
            Mentee.full_name,
            Mentee.team_leader_id,
            PeriodicReview.mentor_form.is_not(None),
            PeriodicReview.mentee_form.is_not(None),
        )
        .where(
            scope.pairings(),
            Pairing.status == PairingStatus.ACTIVE,
            is_pending(),
            PeriodicReview.due_date < scope.today,
            scope.dated(PeriodicReview.due_date),
        )
        .order_by(PeriodicReview.due_date, PeriodicReview.id)
    )
    keys = (
        "review_id",
        "pairing_id",
        "sequence",
        "due_date",
        "department",
        "mentor_id",
        "mentor",
        "mentee_id",
        "mentee",
        "team_leader_id",
        "mentor_form",
        "mentee_form",
    )
    rows = [dict(zip(keys, row, strict=True)) for row in await session.execute(stmt)]
    for row in rows:
        row["days_overdue"] = (scope.today - row["due_date"]).days
        row["mentor_form"], row["mentee_form"] = bool(row["mentor_form"]), bool(row["mentee_form"])
    return rows


async def grievance_sla(session: AsyncSession, scope: Scope) -> list[dict[str, Any]]:
    stmt = (
        _pairing_people()
        .join(Grievance, Grievance.pairing_id == Pairing.id)
        .with_only_columns(
            Grievance.id,
            Pairing.id,
            Department.name,
            Grievance.kind,
            Grievance.status,
            Grievance.raised_on,
            Grievance.due_date,
            Grievance.resolved_on,
        )
        .where(scope.pairings(), scope.dated(Grievance.raised_on))
        .order_by(Grievance.due_date, Grievance.id)
    )
    keys = (
        "grievance_id",
        "pairing_id",
        "department",
        "kind",
        "status",
        "raised_on",
        "due_date",
        "resolved_on",
    )
    rows = [dict(zip(keys, row, strict=True)) for row in await session.execute(stmt)]
    for row in rows:
        closed_on = row["resolved_on"] if row["status"] not in OPEN_STATUSES else None
        row["breached"] = (closed_on or scope.today) > row["due_date"]
    return rows


def _pairing_department() -> Select[Any]:
    """Pairings with their mentee's department (for the reports that name no person)."""
    return (
        select(Pairing)
        .join(Mentee, Mentee.id == Pairing.mentee_id)
        .join(Department, Department.id == Mentee.department_id)
    )


def _json_items(session: AsyncSession, column: Any) -> tuple[Any, Any]:
    """A JSON array column's elements as a table (correlated to its row), and a getter of an
    element's field as SQL."""
    if session.get_bind().dialect.name == "postgresql":
        element = func.json_array_elements(column).table_valued("value")
        return (
            element,
            lambda name, type_=None: (
                func.cast(element.c.value.op("->>")(name), type_)
                if type_ is not None
                else element.c.value.op("->>")(name)
            ),
        )
    element = func.json_each(column).table_valued("value")
    return element, lambda name, type_=None: func.json_extract(element.c.value, f"$.{name}")


async def evaluations(session: AsyncSession, scope: Scope) -> list[dict[str, Any]]:
    # The goals met and the skill gains counted by the database: no JSON comes back.
    goal, goal_field = _json_items(session, Evaluation.goals)
    met = goal_field("met")
    is_met = met == "true" if session.get_bind().dialect.name == "postgresql" else met == 1
    rating, rating_field = _json_items(session, Evaluation.skill_ratings)
    gain = rating_field("after", Integer) - rating_field("before", Integer)
    goals_met = (
        select(func.count()).select_from(goal).where(is_met).correlate(Evaluation).scalar_subquery()
    )
    rated = select(func.count()).select_from(rating).correlate(Evaluation).scalar_subquery()
    gained = select(func.sum(gain)).select_from(rating).correlate(Evaluation).scalar_subquery()
    stmt = (
        _pairing_department()
        .join(Evaluation, Evaluation.pairing_id == Pairing.id)
        .with_only_columns(
            Evaluation.id,
            Pairing.id,
            Department.name,
            Evaluation.evaluated_on,
            Evaluation.outcome,
            Evaluation.effectiveness,
            Evaluation.mentor_kra_rating,
            goals_met,
            func.json_array_length(Evaluation.goals),
            rated,
            gained,
        )
        .where(scope.pairings(), scope.dated(Evaluation.evaluated_on))
        .order_by(Evaluation.evaluated_on, Evaluation.id)
    )
    return [
        {
            "evaluation_id": evaluation_id,
            "pairing_id": pairing_id,
            "department": department,
            "evaluated_on": evaluated_on,
            "outcome": outcome,
            "effectiveness": effectiveness,
            "mentor_kra_rating": kra,
            "goals_met": met_count,
            "goals_total": goals_total,
            # Rounded here as before (Python's rounding, not the database's).
            "mean_skill_gain": round(gain_sum / rated, 2) if rated else None,
        }
        for (
            evaluation_id,
            pairing_id,
            department,
            evaluated_on,
            outcome,
            effectiveness,
            kra,
            met_count,
            goals_total,
            rated,
            gain_sum,
        ) in await session.execute(stmt)
    ]


async def training(session: AsyncSession, scope: Scope) -> list[Any]:
    """Per pairing in scope that ran during the date range (activated) or had a peer session
    in it, as the report's rows (TrainingRow's fields in order): id, department, status,
    mentor id and name, mentee id and name, sessions, confirmed sessions, hours, last
    session; by pairing id. Core rows through the connection, the hours computed here too:
    the rows go out as they come, with no ORM processing and no Python per row (some 16,000
    of them at the bench's scale)."""
    per_pairing = (
        select(
            TrainingRecord.pairing_id,
            func.count().label("sessions"),
            func.count(TrainingRecord.confirmed_at).label("confirmed"),
            func.sum(TrainingRecord.duration_minutes).label("minutes"),
            func.max(TrainingRecord.date).label("last_session"),
        )
        .where(
            TrainingRecord.kind == TrainingKind.PEER_SESSION,
            scope.of_pairings(TrainingRecord.pairing_id),
            scope.dated(TrainingRecord.date),
        )
        .group_by(TrainingRecord.pairing_id)
        .cte("per_pairing")
    )
    if session.get_bind().dialect.name == "postgresql":
        # Computed once and kept: as a subquery, every process of a parallel plan built this
        # aggregate of all the sessions again (three times the work on two cores).
        per_pairing = per_pairing.prefix_with("MATERIALIZED")
    minutes = func.coalesce(per_pairing.c.minutes, 0)
    stmt = (
        _pairing_people()
        .outerjoin(per_pairing, per_pairing.c.pairing_id == Pairing.id)
        .with_only_columns(
            Pairing.id,
            Department.name,
            Pairing.status,
            Mentor.id,
            Mentor.full_name,
            Mentee.id,
            Mentee.full_name,
            func.coalesce(per_pairing.c.sessions, 0),
            func.coalesce(per_pairing.c.confirmed, 0),
            # Hours to two decimals as Python's round(minutes / 60, 2) gives them, to the bit:
            # 100 * minutes / 60 is never halfway between two integers (its fraction is 0, 1/3
            # or 2/3), so every rounding rule and both databases agree, and k / 100 is the
            # float nearest to k hundredths, as round() returns. Checked for 0-3,000,000.
            func.round(cast(minutes * 100, Float) / 60.0) / 100.0,
            per_pairing.c.last_session,
        )
        .where(
            scope.pairings(),
            or_(
                and_(Pairing.activated_at.is_not(None), scope.running(Pairing)),
                per_pairing.c.sessions.is_not(None),
            ),
        )
        .order_by(Pairing.id)
    )
    connection = await session.connection()
    # Plain tuples of plain values, which the garbage collector stops tracking at its next
    # pass: 16,000 rows kept alive as Row objects were promoted to the oldest generation on
    # every request and set off a full collection every few requests (~0.1 s each).
    return list(map(tuple, await connection.execute(stmt)))


# -- programme impact ----------------------------------------------------------------------

STARTED = STARTED_STATUSES


async def impact_pairings(session: AsyncSession, scope: Scope) -> list[Any]:
    """Pairings in scope that started (filtered on their start date): id, mentee, mentor,
    status, start, end."""
    stmt = (
        select(
            Pairing.id,
            Pairing.mentee_id,
            Pairing.mentor_id,
            Pairing.status,
            Pairing.start_date,
            Pairing.end_date,
        )
        .where(scope.pairings(), Pairing.status.in_(STARTED), scope.dated(Pairing.start_date))
        .order_by(Pairing.id)
    )
    return list((await session.execute(stmt)).all())


async def impact_cells(session: AsyncSession, scope: Scope) -> set[tuple[int, str]]:
    """The (department, level) of every mentee and mentor of those pairings."""
    pairings = select(Pairing.mentee_id, Pairing.mentor_id).where(
        scope.pairings(), Pairing.status.in_(STARTED), scope.dated(Pairing.start_date)
    )
    participants = pairings.subquery()
    stmt = (
        select(Employee.department_id, Employee.level)
        .where(
            or_(
                Employee.id.in_(select(participants.c.mentee_id)),
                Employee.id.in_(select(participants.c.mentor_id)),
            )
        )
        .distinct()
    )
    return {(d, lvl) for d, lvl in (await session.execute(stmt)).all()}


async def people_with_ratings(
    session: AsyncSession, *, departments: set[int], levels: set[str]
) -> list[Any]:
    """The people of these departments and levels (a superset of the cells wanted), one row
    each: id, department, level, hire date, status, terminated_on, their packed ratings
    (`Employee.rating_history`: parsed only for the people a matching looks at), and whether
    they were ever a mentee, and a mentor, of a pairing that started. One short row per
    person: what keeps the report fast at 100,000 people."""
    stmt = select(
        Employee.id,
        Employee.department_id,
        Employee.level,
        Employee.hire_date,
        Employee.status,
        Employee.terminated_on,
        Employee.rating_history,
        exists().where(Pairing.mentee_id == Employee.id, Pairing.status.in_(STARTED)),
        exists().where(Pairing.mentor_id == Employee.id, Pairing.status.in_(STARTED)),
    ).where(Employee.department_id.in_(departments), Employee.level.in_(levels))
    connection = await session.connection()
    if connection.dialect.name != "postgresql":
        # Core rows through the connection: no ORM row processing.
        return list((await connection.execute(stmt)).all())
    # The planner's cost estimate for 100,000 rows turns JIT compilation on, which costs more
    # (tenths of a second) than it saves here; off for this query only. Not `SET LOCAL`: a
    # reading request runs in autocommit, where that would not outlive its own statement.
    await connection.exec_driver_sql("SET jit = off")
    try:
        # Straight through psycopg's binary cursor, on the session's own connection: a third
        # of the CPU of SQLAlchemy's row processing for 100,000 rows (plain values need none).
        compiled = stmt.compile(
            dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
        )
        driver: Any = (await connection.get_raw_connection()).driver_connection
        async with driver.cursor(binary=True) as cursor:
            await cursor.execute(compiled.string, compiled.params)
            return list(await cursor.fetchall())
    finally:
        await connection.exec_driver_sql("RESET jit")


async def skill_ratings(session: AsyncSession, scope: Scope) -> list[Any]:
    """Per improvement area, over the completing evaluations of the pairings in scope (by
    start): skill, count, sum of befores, sum of afters, sum and sum of squares of the changes
    (the JSON arrays unnested by the database)."""
    pairings = select(Pairing.id).where(scope.pairings(), scope.dated(Pairing.start_date))
    skill: Any
    before: Any
    after: Any
    if session.get_bind().dialect.name == "postgresql":
        element = func.json_array_elements(Evaluation.skill_ratings).table_valued("value")
        skill = element.c.value.op("->>")("skill")
        before = func.cast(element.c.value.op("->>")("before"), Integer)
        after = func.cast(element.c.value.op("->>")("after"), Integer)
    else:
        element = func.json_each(Evaluation.skill_ratings).table_valued("value")
        skill = func.json_extract(element.c.value, "$.skill")
        before = func.json_extract(element.c.value, "$.before")
        after = func.json_extract(element.c.value, "$.after")
    change = after - before
    stmt = (
        select(
            skill,
            func.count(),
            func.sum(before),
            func.sum(after),
            func.sum(change),
            func.sum(change * change),
        )
        .select_from(Evaluation)
        .join(element, true())
        .where(
            Evaluation.outcome == EvaluationOutcome.COMPLETE, Evaluation.pairing_id.in_(pairings)
        )
        .group_by(skill)
    )
    return list((await session.execute(stmt)).all())
