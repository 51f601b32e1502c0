from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, Field
from pydantic_core import to_json


class DepartmentCount(BaseModel):
    department_id: int
    department: str
    total: int
    active: int


class ProgrammeSummary(BaseModel):
    generated_on: date
    pairings_by_status: dict[str, int]
    pairings_by_department: list[DepartmentCount]
    open_requests: int = Field(description="Requests awaiting the supervisor or a mentor.")
    avg_days_request_to_activation: float | None
    training_completion_pct: float | None = Field(
        description="Share of participants of approved or later pairings with their role "
        "training recorded."
    )
    reviews_due: int = Field(description="Reviews due in the next 14 days without both forms.")
    reviews_overdue: int
    grievances_open: int
    grievances_breached: int = Field(description="Open and past their due date.")
    grievance_sla_compliance_pct: float | None = Field(
        description="Closed grievances closed by their due date, in percent."
    )
    evaluations_due: int
    mean_effectiveness: float | None
    sessions_recorded: int
    session_hours: float


class OverdueReview(BaseModel):
    review_id: int
    pairing_id: int
    sequence: int
    due_date: date
    days_overdue: int
    department: str
    mentor_id: int
    mentor: str
    mentee_id: int
    mentee: str
    team_leader_id: int | None
    mentor_form: bool
    mentee_form: bool


class OverdueReviews(BaseModel):
    generated_on: date
    items: list[OverdueReview]


class GrievanceSlaRow(BaseModel):
    grievance_id: int
    pairing_id: int
    department: str
    kind: str
    status: str
    raised_on: date
    due_date: date
    resolved_on: date | None
    breached: bool


class GrievanceSla(BaseModel):
    generated_on: date
    total: int
    open: int
    breached: int
    closed: int
    closed_on_time: int
    compliance_pct: float | None
    items: list[GrievanceSlaRow]


class EvaluationRow(BaseModel):
    evaluation_id: int
    pairing_id: int
    department: str
    evaluated_on: date
    outcome: str
    effectiveness: int
    mentor_kra_rating: int
    goals_met: int
    goals_total: int
    mean_skill_gain: float | None


class EvaluationsReport(BaseModel):
    generated_on: date
    count: int
    mean_effectiveness: float | None
    completed: int
    extended: int
    items: list[EvaluationRow]


class TrainingRow(BaseModel):
    pairing_id: int
    department: str
    status: str
    mentor_id: int
    mentor: str
    mentee_id: int
    mentee: str
    sessions: int
    confirmed_sessions: int
    hours: float
    last_session: date | None


class TrainingReport(BaseModel):
    generated_on: date
    sessions: int
    hours: float
    items: list[TrainingRow]


@dataclass(frozen=True)
class RowsReport:
    """A report of many rows kept as the database returned them (plain values in
    `row_model`'s field order) beside its other figures: answered exactly as `model` would
    serialise them, without a pydantic object per row. Validating 16,000 training rows cost
    more than querying them (most of it the cyclic garbage collector's passes over the
    objects); the values come typed from the database's columns, as a validated model would
    hold them (tests/reports/test_training_report.py checks the bytes against the model's)."""

    model: type[BaseModel]
    row_model: type[BaseModel]
    figures: dict[str, Any]
    rows: Sequence[Sequence[Any]]

    def header(self) -> list[str]:
        return list(self.row_model.model_fields)

    def json(self) -> bytes:
        """`model.model_dump_json()` of the same report: the fields in the model's order, the
        rows as objects (dicts of plain values, which pydantic-core serialises as it does a
        model's fields)."""
        body = {name: self.figures[name] for name in self.model.model_fields if name != "items"}
        fields = self.header()
        body["items"] = [dict(zip(fields, row, strict=True)) for row in self.rows]
        return to_json(body)


class ImpactFigure(BaseModel):
    """One figure of the programme-impact report: a group's measure against its comparison
    group, or (for skills) the mean before and after. Withheld figures carry no numbers."""

    group: str = Field(description="`mentees` or `mentors`.")
    measure: str = Field(
        description="`rating_change` (performance rating points), `retention_12_months` "
        "(percent still employed 12 months after the start) or `skill_rating` (an evaluation's "
        "before/after rating of one improvement area)."
    )
    skill: str | None = Field(description="The improvement area, for `skill_rating`.")
    status: str = Field(description="`reported`, or `withheld` (see `withheld_reason`).")
    withheld_reason: str | None
    unit: str = Field(description="`rating points` or `percent` (differences: `points`).")
    participants: int = Field(
        description="People of the group with the data the figure needs (performance: a "
        "rating on both sides of the pairing; retention: 12 months since the start)."
    )
    without_data: int = Field(description="People of the group left out for lack of that data.")
    unmatched: int = Field(description="Participants for whom no comparison person was found.")
    sample_size: int = Field(
        description="Participants in the figure (matched ones; for skills: evaluations)."
    )
    comparison_size: int = Field(description="People in the comparison group (0 for skills).")
    participant_mean: float | None = Field(
        description="Mean change (rating points), share retained (percent), or for skills the "
        "mean after."
    )
    comparison_mean: float | None = Field(description="The same for the comparison group.")
    before_mean: float | None = Field(description="Skills: the mean rating before.")
    difference: float | None = Field(
        description="participant_mean - comparison_mean (skills: mean after - before)."
    )
    ci_low: float | None = Field(description="Lower end of the 95% interval of `difference`.")
    ci_high: float | None = Field(description="Upper end of the 95% interval of `difference`.")
    method: str = Field(description="How the figure is computed, in plain words.")


class ProgrammeImpact(BaseModel):
    generated_on: date
    min_sample: int = Field(description="The programme setting `impact_min_sample`.")
    confidence_level: float
    method: str = Field(description="The report's method in plain words.")
    items: list[ImpactFigure]


class MonthFigures(BaseModel):
    month: str = Field(description="`YYYY-MM`.", examples=["2026-11"])
    grievances_closed: int = Field(description="Grievances resolved or dismissed in the month.")
    grievances_closed_on_time: int = Field(description="Of those, closed by their due date.")
    grievance_sla_compliance_pct: float | None = Field(
        description="grievances_closed_on_time / grievances_closed in percent (none closed: null)."
    )
    evaluations: int = Field(description="Evaluations recorded in the month.")
    mean_effectiveness: float | None = Field(description="Their mean effectiveness (1-5).")
    pairings_started: int = Field(
        description="Pairings that started in the month (active or ended since)."
    )
    role_trainings: int = Field(description="Role training recorded for people in scope.")


class MonthlyReport(BaseModel):
    generated_on: date
    date_from: date = Field(description="The first day reported.")
    date_to: date = Field(description="The last day reported.")
    items: list[MonthFigures] = Field(description="One row per month, oldest first.")
