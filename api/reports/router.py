from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Response
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.dependencies import require_role
from api.core.csvout import csv_response
from api.core.db import SessionDep
from api.core.errors import RuleViolation, problem_responses
from api.core.schemas import Day, QueryId
from api.core.security import Actor, Role
from api.reports import service
from api.reports.repository import Scope
from api.reports.schemas import (
    EvaluationRow,
    EvaluationsReport,
    GrievanceSla,
    GrievanceSlaRow,
    ImpactFigure,
    MonthFigures,
    MonthlyReport,
    OverdueReview,
    OverdueReviews,
    ProgrammeImpact,
    ProgrammeSummary,
    RowsReport,
    TrainingReport,
    TrainingRow,
)

router = APIRouter(prefix="/reports", tags=["reports"])

# HR and the reporting account see the whole programme; team leaders their own people.
ReportReader = Annotated[
    Actor, Depends(require_role(Role.HR_ADMIN, Role.REPORTING, Role.TEAM_LEADER))
]


class ReportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


Format = Annotated[
    ReportFormat | None,
    Query(description="`csv` for a spreadsheet; `Accept: text/csv` does the same."),
]
Bom = Annotated[
    bool,
    Query(
        description="With CSV, `true` starts the file with a UTF-8 byte order mark so that "
        "Excel reads accented names (Zoë) correctly when the file is opened by double-click; "
        "leave it out for scripts. Ignored for JSON."
    ),
]
AcceptHeader = Annotated[str | None, Header(alias="Accept", include_in_schema=False)]
CSV_DOC = {"text/csv": {"schema": {"type": "string"}}}
ROLES_DOC = (
    " HR and the `reporting` account see the whole programme, a team leader the pairings of "
    "the people they may see; employees and the `hris` account get 403."
)
FILTERS_DOC = (
    " Filter by the mentee's `department_id` and a date range (`date_from`, "
    "`date_to`, inclusive; `from` and `to` are accepted as well) on the report's date. "
    "Answers CSV with `Accept: text/csv` or `?format=csv` (cells that a spreadsheet would "
    "read as a formula are quoted); "
    "add `bom=true` for a file Excel opens with its accents intact."
)


FromAlias = Annotated[Day | None, Query(alias="from", description="The same as `date_from`.")]
ToAlias = Annotated[Day | None, Query(alias="to", description="The same as `date_to`.")]


def _one_of(name: str, value: date | None, alias: str, alias_value: date | None) -> date | None:
    if value is not None and alias_value is not None and value != alias_value:
        raise RuleViolation(
            f"{name} and {alias} name the same bound: give one", loc=["query", alias]
        )
    return value if value is not None else alias_value


async def report_scope(
    session: SessionDep,
    actor: ReportReader,
    department_id: QueryId = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
    from_: FromAlias = None,
    to: ToAlias = None,
) -> Scope:
    return await service.scope(
        session,
        actor,
        department_id=department_id,
        date_from=_one_of("date_from", date_from, "from", from_),
        date_to=_one_of("date_to", date_to, "to", to),
    )


ScopeDep = Annotated[Scope, Depends(report_scope)]


def _wants_csv(format_: str | None, accept: str | None) -> bool:
    if format_ is not None:
        return format_ == "csv"
    return accept is not None and "text/csv" in accept and "application/json" not in accept


def _summary_row(data: dict[str, Any]) -> dict[str, Any]:
    """The summary as one CSV row: its figures, then one column per status and two per
    department (so the file stays one header and one row, and months can be stacked)."""
    flat = {k: v for k, v in data.items() if not isinstance(v, list | dict)}
    flat.update({f"pairings_{k}": v for k, v in data["pairings_by_status"].items()})
    by_department = data["pairings_by_department"]
    names = [d["department"] for d in by_department]
    for department in by_department:
        name = department["department"]
        if names.count(name) > 1:  # two departments of one name: tell them apart by id
            name = f"{name} ({department['department_id']})"
        flat[f"pairings_department_{name}_total"] = department["total"]
        flat[f"pairings_department_{name}_active"] = department["active"]
    return flat


def _respond(
    report: BaseModel | RowsReport,
    row_model: type[BaseModel] | None,
    name: str,
    csv: bool,
    bom: bool,
) -> Any:
    if isinstance(report, RowsReport):  # rows as tuples: written as they are
        if csv:
            return csv_response(f"{name}.csv", report.header(), report.rows, bom=bom)
        return Response(report.json(), media_type="application/json")
    if not csv:
        # Already validated by the service: serialise once, without FastAPI checking it again.
        return Response(report.model_dump_json(), media_type="application/json")
    if row_model is None:  # a summary: one row of figures
        flat = _summary_row(report.model_dump())
        return csv_response(f"{name}.csv", list(flat), [list(flat.values())], bom=bom)
    header = list(row_model.model_fields)
    # Flat rows of plain values: read straight off the validated rows (no dump to dicts).
    cells = attrgetter(*header)
    items: list[BaseModel] = getattr(report, "items")  # noqa: B009 - every row report has items
    return csv_response(f"{name}.csv", header, (cells(row) for row in items), bom=bom)


def _report_route(
    path: str,
    model: type[BaseModel],
    row_model: type[BaseModel] | None,
    summary: str,
    build: Callable[[AsyncSession, Scope], Awaitable[BaseModel | RowsReport]],
) -> None:
    name = path.strip("/")

    @router.get(
        path,
        response_model=model,
        operation_id=f"reports-{name.replace('-', '_')}",
        summary=summary,
        description=summary + "." + ROLES_DOC + FILTERS_DOC,
        responses={200: {"content": CSV_DOC}, **problem_responses(401, 403, 422)},
    )
    async def report(
        session: SessionDep,
        scope: ScopeDep,
        format: Format = None,
        bom: Bom = False,
        accept: AcceptHeader = None,
    ) -> Any:
        return _respond(
            await build(session, scope), row_model, name, _wants_csv(format, accept), bom
        )


_report_route(
    "/programme-summary",
    ProgrammeSummary,
    None,
    "Programme health at a glance",
    service.programme_summary,
)
_report_route(
    "/overdue-reviews",
    OverdueReviews,
    OverdueReview,
    "Reviews of active pairings past their due date without both forms",
    service.overdue_reviews,
)
_report_route(
    "/grievance-sla",
    GrievanceSla,
    GrievanceSlaRow,
    "Grievances against their working-day SLA (no confidential text)",
    service.grievance_sla,
)
_report_route(
    "/evaluations",
    EvaluationsReport,
    EvaluationRow,
    "Evaluations: outcome, effectiveness, goals met and skill gains",
    service.evaluations,
)
_report_route(
    "/training",
    TrainingReport,
    TrainingRow,
    "Peer sessions and hours per pairing",
    service.training,
)
_report_route(
    "/programme-impact",
    ProgrammeImpact,
    ImpactFigure,
    "Does the programme work? Mentees' and mentors' rating change and 12-month retention "
    "against matched comparison groups, and skill ratings before and after, with 95% "
    "intervals, method and sample sizes (the date range filters pairings by start date)",
    service.programme_impact,
)
_report_route(
    "/monthly",
    MonthlyReport,
    MonthFigures,
    "The programme month by month: grievance SLA compliance (by the month closed), "
    "evaluations and their mean effectiveness, pairings started and role training recorded "
    "(the date range picks the months: the last 12 up to today by default, at most 120)",
    service.monthly,
)
