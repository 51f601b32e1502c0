"""The programme month by month: grievance SLA compliance, evaluations' effectiveness,
pairings started and role training recorded, each grouped by month in the database.

Months without any record are filled in here (as zero counts and no percentages), so a chart
shows every month of the range."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Float, String, and_, case, func, literal, null, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import RuleViolation
from api.evaluations.models import Evaluation
from api.grievances.models import OPEN_STATUSES, Grievance
from api.pairings.models import Pairing
from api.reports.repository import STARTED, Scope
from api.training.models import TrainingRecord

DEFAULT_MONTHS = 12
MAX_MONTHS = 120


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_range(scope: Scope) -> tuple[date, date]:
    """First day of the first month and the last day of the range: the scope's dates, or the
    last 12 months up to today (or up to `date_to`)."""
    end = scope.date_to or scope.today
    start = scope.date_from or _add_months(_first_of_month(end), 1 - DEFAULT_MONTHS)
    if start > end:  # only date_from given, after today
        raise RuleViolation(
            "date_from is after today: give date_to too", loc=["query", "date_from"]
        )
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months > MAX_MONTHS:
        raise RuleViolation(
            f"The range spans {months} months; at most {MAX_MONTHS} are reported",
            loc=["query", "date_from"],
        )
    return start, end


def _month(session: AsyncSession, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


async def monthly(session: AsyncSession, scope: Scope) -> list[dict[str, Any]]:
    start, end = month_range(scope)

    def between(column: Any) -> Any:
        return and_(column >= start, column <= end)

    closed = ~Grievance.status.in_(OPEN_STATUSES)
    g_month = _month(session, Grievance.resolved_on)
    grievances = select(Grievance.id).where(
        closed,
        Grievance.resolved_on.is_not(None),
        between(Grievance.resolved_on),
        scope.of_pairings(Grievance.pairing_id),
    )
    e_month = _month(session, Evaluation.evaluated_on)
    evaluations = select(Evaluation.id).where(
        between(Evaluation.evaluated_on), scope.of_pairings(Evaluation.pairing_id)
    )
    p_month = _month(session, Pairing.start_date)
    pairings = select(Pairing.id).where(
        Pairing.status.in_(STARTED), between(Pairing.start_date), scope.pairings()
    )
    t_month = _month(session, TrainingRecord.date)
    training = select(TrainingRecord.id).where(
        TrainingRecord.kind == "role_training",
        between(TrainingRecord.date),
        scope.mentees(TrainingRecord.employee_id),
    )

    # One statement: the four grouped selects as one union, tagged by their source.
    def tagged(source: str, stmt: Any, month: Any, *values: Any) -> Any:
        padded = [func.cast(v, Float) for v in values]
        padded += [func.cast(null(), Float)] * (2 - len(values))
        return stmt.with_only_columns(
            literal(source, String).label("source"), month.label("month"), *padded
        ).group_by(month)

    union = union_all(
        tagged(
            "grievances",
            grievances,
            g_month,
            func.count(),
            func.count(case((Grievance.resolved_on <= Grievance.due_date, 1))),
        ),
        tagged(
            "evaluations", evaluations, e_month, func.count(), func.avg(Evaluation.effectiveness)
        ),
        tagged("pairings", pairings, p_month, func.count()),
        tagged("training", training, t_month, func.count()),
    )
    figures: dict[str, dict[str, Any]] = {}
    month = start.replace(day=1)
    while month <= end:
        key = month.strftime("%Y-%m")
        figures[key] = {
            "month": key,
            "grievances_closed": 0,
            "grievances_closed_on_time": 0,
            "grievance_sla_compliance_pct": None,
            "evaluations": 0,
            "mean_effectiveness": None,
            "pairings_started": 0,
            "role_trainings": 0,
        }
        month = _add_months(month, 1)
    for source, key, first, second in await session.execute(union):
        row = figures.get(key)
        if row is None:  # cannot happen: every statement keeps to the range
            continue
        if source == "grievances":
            row["grievances_closed"] = int(first)
            row["grievances_closed_on_time"] = int(second)
            row["grievance_sla_compliance_pct"] = (
                round(100.0 * second / first, 1) if first else None
            )
        elif source == "evaluations":
            row["evaluations"] = int(first)
            row["mean_effectiveness"] = round(float(second), 2) if second is not None else None
        elif source == "pairings":
            row["pairings_started"] = int(first)
        else:
            row["role_trainings"] = int(first)
    return list(figures.values())
