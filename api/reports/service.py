"""Reports for programme coordinators and analysts (PRODUCT.md rule 15)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import RuleViolation
from api.core.security import Actor
from api.programme import service as programme
from api.reports import repository
from api.reports.repository import Scope
from api.reports.schemas import (
    EvaluationsReport,
    GrievanceSla,
    OverdueReviews,
    ProgrammeSummary,
    TrainingReport,
)


async def scope(
    session: AsyncSession,
    actor: Actor,
    *,
    department_id: int | None,
    date_from: date | None,
    date_to: date | None,
) -> Scope:
    if date_from and date_to and date_to < date_from:
        raise RuleViolation("date_to is before date_from", loc=["query", "date_to"])
    return Scope(
        actor=actor,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
        today=await programme.today(session),
    )


async def programme_summary(session: AsyncSession, scope: Scope) -> ProgrammeSummary:
    return ProgrammeSummary.model_validate(await repository.summary(session, scope))


async def overdue_reviews(session: AsyncSession, scope: Scope) -> OverdueReviews:
    rows = await repository.overdue_reviews(session, scope)
    return OverdueReviews.model_validate({"generated_on": scope.today, "items": rows})


async def grievance_sla(session: AsyncSession, scope: Scope) -> GrievanceSla:
    rows = await repository.grievance_sla(session, scope)
    closed = [r for r in rows if r["status"] not in ("open", "under_review")]
    on_time = [r for r in closed if not r["breached"]]
    return GrievanceSla.model_validate(
        {
            "generated_on": scope.today,
            "total": len(rows),
            "open": len(rows) - len(closed),
            "breached": sum(1 for r in rows if r["breached"]),
            "closed": len(closed),
            "closed_on_time": len(on_time),
            "compliance_pct": round(100.0 * len(on_time) / len(closed), 1) if closed else None,
            "items": rows,
        }
    )


async def evaluations(session: AsyncSession, scope: Scope) -> EvaluationsReport:
    rows = await repository.evaluations(session, scope)
    return EvaluationsReport.model_validate(
        {
            "generated_on": scope.today,
            "count": len(rows),
            "mean_effectiveness": round(sum(r["effectiveness"] for r in rows) / len(rows), 2)
            if rows
            else None,
            "completed": sum(1 for r in rows if r["outcome"] == "complete"),
            "extended": sum(1 for r in rows if r["outcome"] == "extend"),
            "items": rows,
        }
    )


async def training(session: AsyncSession, scope: Scope) -> TrainingReport:
    rows = await repository.training(session, scope)
    return TrainingReport.model_validate(
        {
            "generated_on": scope.today,
            "sessions": sum(r["sessions"] for r in rows),
            "hours": round(sum(r["hours"] for r in rows), 1),
            "items": rows,
        }
    )
