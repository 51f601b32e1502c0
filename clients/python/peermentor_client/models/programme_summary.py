from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.department_count import DepartmentCount
    from ..models.programme_summary_pairings_by_status import ProgrammeSummaryPairingsByStatus


T = TypeVar("T", bound="ProgrammeSummary")


@_attrs_define
class ProgrammeSummary:
    """
    Attributes:
        generated_on (datetime.date):
        pairings_by_status (ProgrammeSummaryPairingsByStatus):
        pairings_by_department (list[DepartmentCount]):
        open_requests (int): Requests awaiting the supervisor or a mentor.
        avg_days_request_to_activation (float | None):
        training_completion_pct (float | None): Share of participants of approved or later pairings with their role
            training recorded.
        reviews_due (int): Reviews due in the next 14 days without both forms.
        reviews_overdue (int):
        grievances_open (int):
        grievances_breached (int): Open and past their due date.
        grievance_sla_compliance_pct (float | None): Closed grievances closed by their due date, in percent.
        evaluations_due (int):
        mean_effectiveness (float | None):
        sessions_recorded (int):
        session_hours (float):
    """

    generated_on: datetime.date
    pairings_by_status: ProgrammeSummaryPairingsByStatus
    pairings_by_department: list[DepartmentCount]
    open_requests: int
    avg_days_request_to_activation: float | None
    training_completion_pct: float | None
    reviews_due: int
    reviews_overdue: int
    grievances_open: int
    grievances_breached: int
    grievance_sla_compliance_pct: float | None
    evaluations_due: int
    mean_effectiveness: float | None
    sessions_recorded: int
    session_hours: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_on = self.generated_on.isoformat()

        pairings_by_status = self.pairings_by_status.to_dict()

        pairings_by_department = []
        for pairings_by_department_item_data in self.pairings_by_department:
            pairings_by_department_item = pairings_by_department_item_data.to_dict()
            pairings_by_department.append(pairings_by_department_item)

        open_requests = self.open_requests

        avg_days_request_to_activation: float | None
        avg_days_request_to_activation = self.avg_days_request_to_activation

        training_completion_pct: float | None
        training_completion_pct = self.training_completion_pct

        reviews_due = self.reviews_due

        reviews_overdue = self.reviews_overdue

        grievances_open = self.grievances_open

        grievances_breached = self.grievances_breached

        grievance_sla_compliance_pct: float | None
        grievance_sla_compliance_pct = self.grievance_sla_compliance_pct

        evaluations_due = self.evaluations_due

        mean_effectiveness: float | None
        mean_effectiveness = self.mean_effectiveness

        sessions_recorded = self.sessions_recorded

        session_hours = self.session_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_on": generated_on,
                "pairings_by_status": pairings_by_status,
                "pairings_by_department": pairings_by_department,
                "open_requests": open_requests,
                "avg_days_request_to_activation": avg_days_request_to_activation,
                "training_completion_pct": training_completion_pct,
                "reviews_due": reviews_due,
                "reviews_overdue": reviews_overdue,
                "grievances_open": grievances_open,
                "grievances_breached": grievances_breached,
                "grievance_sla_compliance_pct": grievance_sla_compliance_pct,
                "evaluations_due": evaluations_due,
                "mean_effectiveness": mean_effectiveness,
                "sessions_recorded": sessions_recorded,
                "session_hours": session_hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_count import DepartmentCount  # noqa: PLC0415
        from ..models.programme_summary_pairings_by_status import ProgrammeSummaryPairingsByStatus  # noqa: PLC0415

        d = dict(src_dict)
        generated_on = datetime.date.fromisoformat(d.pop("generated_on"))

        pairings_by_status = ProgrammeSummaryPairingsByStatus.from_dict(d.pop("pairings_by_status"))

        pairings_by_department = []
        _pairings_by_department = d.pop("pairings_by_department")
        for pairings_by_department_item_data in _pairings_by_department:
            pairings_by_department_item = DepartmentCount.from_dict(pairings_by_department_item_data)

            pairings_by_department.append(pairings_by_department_item)

        open_requests = d.pop("open_requests")

        def _parse_avg_days_request_to_activation(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_days_request_to_activation = _parse_avg_days_request_to_activation(d.pop("avg_days_request_to_activation"))

        def _parse_training_completion_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        training_completion_pct = _parse_training_completion_pct(d.pop("training_completion_pct"))

        reviews_due = d.pop("reviews_due")

        reviews_overdue = d.pop("reviews_overdue")

        grievances_open = d.pop("grievances_open")

        grievances_breached = d.pop("grievances_breached")

        def _parse_grievance_sla_compliance_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        grievance_sla_compliance_pct = _parse_grievance_sla_compliance_pct(d.pop("grievance_sla_compliance_pct"))

        evaluations_due = d.pop("evaluations_due")

        def _parse_mean_effectiveness(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_effectiveness = _parse_mean_effectiveness(d.pop("mean_effectiveness"))

        sessions_recorded = d.pop("sessions_recorded")

        session_hours = d.pop("session_hours")

        programme_summary = cls(
            generated_on=generated_on,
            pairings_by_status=pairings_by_status,
            pairings_by_department=pairings_by_department,
            open_requests=open_requests,
            avg_days_request_to_activation=avg_days_request_to_activation,
            training_completion_pct=training_completion_pct,
            reviews_due=reviews_due,
            reviews_overdue=reviews_overdue,
            grievances_open=grievances_open,
            grievances_breached=grievances_breached,
            grievance_sla_compliance_pct=grievance_sla_compliance_pct,
            evaluations_due=evaluations_due,
            mean_effectiveness=mean_effectiveness,
            sessions_recorded=sessions_recorded,
            session_hours=session_hours,
        )

        programme_summary.additional_properties = d
        return programme_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
